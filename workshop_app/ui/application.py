"""Starting the GUI: the QApplication, one instance per database, the main window, clear start-up errors.

A database that cannot be opened is never a traceback: the person is told what is wrong and
offered a way forward (restore the newest backup, open read-only, choose another file, enter
the passphrase again). The dialogs are small module functions that tests replace.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

# The dialogs below import their Qt classes where they are shown: each Qt class named here is made
# ready (with its Python enums) at import, and a start that opens its database without a question
# shows none of them.
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..domain.errors import AlreadyOpenError, WorkshopError, WrongPassphraseError
from .instance import EXIT_ALREADY_RUNNING, acquire, lock_for  # noqa: F401 - lock_for kept for callers
from .tasks import TaskRunner

log = logging.getLogger(__name__)

HEADLESS_ENV = "WORKSHOP_APP_HEADLESS"  # messages to stderr instead of dialogs (scripts, tests)
AUTO_BACKUP_CHECK_MS = 5 * 60 * 1000
WRONG_TRIES_BEFORE_WAIT = 5

# Ways forward offered when a database cannot be opened.
RESTORE, READ_ONLY, OTHER, RETRY, QUIT = "restore", "read-only", "other", "retry", "quit"
_LABELS = {  # translated when shown
    RESTORE: QT_TRANSLATE_NOOP("application", "Restore the newest backup"),
    READ_ONLY: QT_TRANSLATE_NOOP("application", "Open read-only"),
    OTHER: QT_TRANSLATE_NOOP("application", "Choose another file…"),
    RETRY: QT_TRANSLATE_NOOP("application", "Try again"),
    QUIT: QT_TRANSLATE_NOOP("application", "Quit"),
}


def _install_excepthook() -> None:
    """An unexpected error in a slot shows a message and is logged (frames only), never a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        log.error("unexpected %s:\n%s", kind.__name__, "".join(traceback.format_tb(tb)))  # type: ignore[arg-type]
        app = QApplication.instance()
        if app is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("application", "Workshop Companion"),
                QCoreApplication.translate(
                    "application", "Something went wrong ({kind}). Nothing already saved is lost."
                ).format(kind=kind.__name__),
            )

    sys.excepthook = hook


def _headless() -> bool:
    return bool(os.environ.get(HEADLESS_ENV))


# --- small dialogs (tests replace these) ------------------------------------------------------
def tell(title: str, text: str) -> None:
    if _headless():
        print(f"workshop-app: {text}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, title, text)


def ask_way_forward(problem: str, options: list[str]) -> str:
    """Show why the database cannot be opened and the ways forward; return the one chosen."""
    if _headless():
        print(f"workshop-app: {problem}", file=sys.stderr)
        return QUIT
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("application", "Workshop Companion cannot open this database"),
        problem,
    )
    buttons = {
        box.addButton(QCoreApplication.translate("application", _LABELS[o]), QMessageBox.ButtonRole.ActionRole): o
        for o in options
    }
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def ask_passphrase(name: str, problem: str = "") -> str | None:
    if _headless():
        return os.environ.get("WORKSHOP_APP_PASSPHRASE")
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        None,
        QCoreApplication.translate("application", "Unlock database"),
        (problem + "\n\n" if problem else "")
        + QCoreApplication.translate(
            "application",
            "{name} is encrypted. Enter its passphrase (or the recovery key you printed when it was made):",
        ).format(name=name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def ask_new_database(path: Path) -> tuple[bool, str | None]:
    """(go ahead, passphrase or None for unencrypted)."""
    if _headless():
        return True, os.environ.get("WORKSHOP_APP_PASSPHRASE") or None
    from PySide6.QtWidgets import QDialog

    from .new_database import NewDatabaseDialog

    dialog = NewDatabaseDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen_passphrase()


def show_recovery_key(key: str) -> None:
    if _headless():
        print(f"Recovery key: {key}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("application", "Your recovery key"),
        QCoreApplication.translate(
            "application",
            "Print or write down this recovery key and keep it somewhere safe, away from the laptop. "
            "It unlocks the database if the passphrase is forgotten. It is shown only now.",
        )
        + f"\n\n{key}",
    )
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def choose_other_file(current: Path) -> Path | None:
    if _headless():
        return None
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("application", "Choose a database"),
        str(current.parent),
        QCoreApplication.translate("application", "Databases (*.db)"),
    )
    return Path(name) if name else None


# --- opening ----------------------------------------------------------------------------------
# How long an open may take before a window says what is happening (an upgrade of a large file,
# which is backed up first, can take a minute or more).
OPEN_FEEDBACK_AFTER = 0.6


def open_with_feedback(name: str, open_it: Callable[[], Any]) -> Any:
    """Run `open_it` on a worker thread; if it takes a while, show a busy window saying why.

    The window has no Cancel: stopping an upgrade half-way is what the backup guards against, and
    the open ends by itself. Errors are raised here, on the GUI thread, as if called directly.
    """
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = open_it()
        except BaseException as exc:  # noqa: BLE001 - raised again on the GUI thread below
            outcome["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=work, name="open-database", daemon=True)
    worker.start()
    if not done.wait(OPEN_FEEDBACK_AFTER) and QApplication.instance() is not None and not _headless():
        from PySide6.QtWidgets import QLabel, QProgressDialog

        dialog = QProgressDialog(
            QCoreApplication.translate(
                "application",
                "Opening {name}…\n\nA database made by an earlier version is backed up first and then "
                "upgraded; a large one can take a minute or two. Please leave Workshop Companion open.",
            ).format(name=name),
            "",
            0,
            0,
        )
        dialog.setCancelButton(None)
        label = QLabel(dialog.labelText())
        label.setWordWrap(True)
        dialog.setLabel(label)
        dialog.setMinimumWidth(460)
        dialog.setWindowTitle(QCoreApplication.translate("application", "Workshop Companion"))
        dialog.setAccessibleName(QCoreApplication.translate("application", "Opening the database"))
        dialog.setMinimumDuration(0)
        dialog.show()
        try:
            while not done.wait(0.03):
                QApplication.processEvents()
        finally:
            dialog.close()
            dialog.deleteLater()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def open_for_gui(db_path: Path):  # noqa: ANN201 - returns Services
    """Open the database, guiding the person through every problem; None when they give up."""
    from ..app import open_services
    from ..services.safety import backups_of, is_encrypted, restore_newest_backup

    read_only = False
    wrong = 0
    problem = ""
    while True:
        passphrase = None
        new_passphrase = None
        try:
            if not db_path.exists():
                go, new_passphrase = ask_new_database(db_path)
                if not go:
                    return None
            elif is_encrypted(db_path):
                if wrong >= WRONG_TRIES_BEFORE_WAIT:
                    time.sleep(min(30, 2 ** (wrong - WRONG_TRIES_BEFORE_WAIT)))
                passphrase = ask_passphrase(db_path.name, problem)
                if passphrase is None:
                    return None
            services = open_with_feedback(
                db_path.name,
                partial(
                    open_services, db_path, passphrase=passphrase, read_only=read_only, new_passphrase=new_passphrase
                ),
            )
            if services.recovery_key:
                show_recovery_key(services.recovery_key)
            return services
        except WrongPassphraseError as exc:
            wrong += 1
            problem = exc.message
            if _headless():
                print(f"workshop-app: {exc.message}", file=sys.stderr)
                return None
            continue
        except WorkshopError as exc:
            log.info("cannot open the database: %s", exc.code)
            options = []
            if exc.code in ("db-damaged", "not-a-database") and backups_of(db_path):
                options.append(RESTORE)
            if exc.code == "storage-readonly" and not read_only:
                options.append(READ_ONLY)
            options += [OTHER, QUIT]
            choice = ask_way_forward(exc.message, options)
            if choice == RESTORE:
                restore_newest_backup(db_path)
            elif choice == READ_ONLY:
                read_only = True
            elif choice == OTHER:
                other = choose_other_file(db_path)
                if other is None:
                    return None
                return other
            else:
                return None


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Workshop Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("WorkshopCompanion")
    _install_excepthook()
    from . import appearance

    appearance.apply_all()

    while True:
        try:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            tell(
                QCoreApplication.translate("application", "Workshop Companion"),
                QCoreApplication.translate("application", "Cannot create the data folder {folder}: {reason}").format(
                    folder=db_path.parent, reason=exc.strerror or exc
                ),
            )
            return 1
        try:
            lock = acquire(db_path)
        except AlreadyOpenError as exc:
            tell(QCoreApplication.translate("application", "Workshop Companion"), exc.message)
            return EXIT_ALREADY_RUNNING
        try:
            starting = _quick_start(db_path)
            if starting is not None:
                code = _run_window(app, starting)
                if code is not None:
                    return code
                # the ordinary open refused what the first screen read: it explains, as ever
            opened = open_for_gui(db_path)
            if isinstance(opened, Path):  # the person chose another file
                lock.unlock()
                db_path = opened
                continue
            if opened is None:
                return 1
            code = _run_window(app, opened)
            return 1 if code is None else code
        finally:
            lock.unlock()


def _quick_start(db_path: Path):  # noqa: ANN202 - StartingServices or None
    """The fast start: a current, plain database's first screen read directly; None for the ordinary path."""
    from .. import paths
    from ..content.loader import load_library
    from ..services.first_screen import open_reads
    from .starting import StartingServices

    reads = open_reads(db_path)
    if reads is None:
        return None
    try:
        library = load_library(user_templates=paths.user_templates_dir())
    except WorkshopError:
        reads.close()
        return None  # the ordinary path reports the content problem

    def build():  # noqa: ANN202 - on the background thread
        from ..app import open_services

        services = open_services(db_path, library=library)
        for name in ("programmes", "sessions", "consent", "entries", "agenda", "settings", "safety"):
            getattr(services, name)  # import and build what the first actions use
        return services

    return StartingServices(db_path, library, reads, build)


class _StartWhenPainted(QObject):
    """Starts building the services once the window has painted (or shortly after showing it)."""

    def __init__(self, window: QWidget, start: Callable[[], None]) -> None:
        super().__init__(window)
        self.start = start
        window.installEventFilter(self)
        QTimer.singleShot(200, start)  # no paint offscreen or when hidden: start anyway

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.start)  # after this paint is on screen
        return False


def settle_after_start() -> None:
    """Once the window and its services are up: collect what starting left, and freeze the rest.

    A full garbage collection walks every object the process holds (about 90,000 once the window,
    the ORM and the content are loaded: about 50 ms here) with the interpreter lock held, so
    whenever one fell due the window stalled for that long. What start-up made lives as long as
    the app; frozen, it is left out of every later collection (a full one then takes well under a
    millisecond), while everything made afterwards is collected as usual.
    """
    gc.collect()
    gc.freeze()
    gc.enable()  # the window starts without collections until here (cli._gui)


def _keep_compiled_dataclass_methods() -> None:
    """Every class the start makes is made: keep what was compiled for the next start, stop caching."""
    from .. import dataclass_methods

    compiled = dataclass_methods.settle()
    if compiled:
        log.info("start: %d dataclass methods compiled (kept for the next start)", compiled)


def _run_window(app: QApplication, services) -> int | None:  # noqa: ANN001
    """Show the main window; back up at start, every few minutes and at the end.

    `services` are open `Services`, or `StartingServices` still being built behind the window; then
    the backups, draft recovery and welcome begin once they are ready. None when they could not be
    built (the ordinary open then explains why).
    """
    from .main_window import MainWindow
    from .reflection_editor import recover_drafts
    from .starting import StartingServices

    started = time.perf_counter()
    window = MainWindow(services)
    if services.db.read_only:
        window.setWindowTitle(window.windowTitle() + " (read-only)")
    window.show()
    state: dict[str, Any] = {"backups": None, "failed": None}

    def when_ready(real) -> None:  # noqa: ANN001
        starting = services if isinstance(services, StartingServices) else None
        if starting is not None and starting.waiting:
            QTimer.singleShot(20, lambda: when_ready(real))  # after the wait under way returns
            return
        backups = AutomaticBackups(real, app)  # outlives the window (the kiosk replaces it)
        state["backups"] = backups
        backups.start()  # the start-up backup runs on its lane while the window is already in use
        if not real.db.read_only:
            QTimer.singleShot(0, lambda: _recover(window, real, recover_drafts))
            from .welcome import welcome_if_empty

            QTimer.singleShot(0, lambda: welcome_if_empty(window))
        _keep_compiled_dataclass_methods()
        log.info("start: services ready %.0f ms after the main window began", (time.perf_counter() - started) * 1000)
        QTimer.singleShot(0, settle_after_start)

    if isinstance(services, StartingServices):

        def failed(exc: BaseException) -> None:
            log.info("start: the services could not be built (%s); opening the ordinary way", type(exc).__name__)
            state["failed"] = exc
            window.hide()
            app.quit()

        services.when_ready(when_ready, failed)
        _StartWhenPainted(window, services.start)
    else:
        from .kiosk import resume_kiosk

        when_ready(services)
        if not services.db.read_only:
            resume_kiosk(window)  # if the kiosk was running when the app stopped, straight back into it
    code = app.exec()
    if state["failed"] is not None:
        window.deleteLater()
        return None
    backups = state["backups"]
    if backups is not None:
        backups.finish()  # a backup under way completes first
    try:
        services.safety.backup_if_due()  # the window is gone: nobody waits on this one
    except WorkshopError:
        pass
    try:
        services.close()
    except WorkshopError:
        pass
    return int(code)


class AutomaticBackups:
    """Automatic backups on their own background lane: at start, then whenever the timer finds one due.

    The copy (`VACUUM INTO`, then a full check) takes seconds on a large database; on the GUI
    thread it froze the window, and even on a thread of this process it held the interpreter lock
    and took the window's CPU in slices. So the lane only notes the backup in the audit trail and
    starts a separate low-priority process that copies, checks, publishes and thins, waiting for
    it (holding BACKUP_LOCK), one at a time. A failure is logged, never shown: the next check
    tries again, and the backups before risky operations are made regardless.
    """

    def __init__(self, services, parent: QObject, *, runner: TaskRunner | None = None) -> None:  # noqa: ANN001
        self.services = services
        self.runner = runner or TaskRunner(parent)
        self.busy = False
        self.last: object = None  # the BackupInfo made last, or None when none was due
        self.on_finished: Callable[[object], None] | None = None  # told the BackupInfo, None or the error
        self.timer = QTimer(parent)
        self.timer.timeout.connect(self.run_if_due)

    def start(self, interval_ms: int = AUTO_BACKUP_CHECK_MS) -> None:
        self.timer.start(interval_ms)
        self.run_if_due()

    def run_if_due(self) -> None:
        if self.busy or self.services.db.read_only:
            return
        self.busy = True
        safety = self.services.safety

        def backup(_report: object) -> object:
            return safety.backup_if_due(in_child=True)

        self.runner.start(backup, on_done=self._done, on_error=self._failed)

    def _done(self, info: object) -> None:
        self.busy = False
        self.last = info
        if self.on_finished is not None:
            self.on_finished(info)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("automatic backup failed: %s", getattr(exc, "code", None) or type(exc).__name__)
        if self.on_finished is not None:
            self.on_finished(exc)

    def finish(self, msecs: int = 10 * 60 * 1000) -> bool:
        """Stop the timer and wait for a backup under way (closing)."""
        self.timer.stop()
        return self.runner.wait(msecs)


def _recover(window, services, recover_drafts) -> None:  # noqa: ANN001
    names: dict[str | None, str] = {}
    for programme in services.programmes.programmes():
        for person in services.programmes.participants(programme.id):
            names[person.id] = f"{person.name} ({person.code})"
    changes = recover_drafts(window, services.entries, names)
    if changes is not None:
        window.data_changed.emit(changes, window)
