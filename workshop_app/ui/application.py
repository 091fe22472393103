"""Starting the GUI: the QApplication, one instance per database, the main window, clear start-up errors.

A database that cannot be opened is never a traceback: the person is told what is wrong and
offered a way forward (restore the newest backup, open read-only, choose another file, enter
the passphrase again). The dialogs are small module functions that tests replace.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

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
_LABELS = {
    RESTORE: "Restore the newest backup",
    READ_ONLY: "Open read-only",
    OTHER: "Choose another file…",
    RETRY: "Try again",
    QUIT: "Quit",
}


def _install_excepthook() -> None:
    """An unexpected error in a slot shows a message and is logged (frames only), never a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        log.error("unexpected %s:\n%s", kind.__name__, "".join(traceback.format_tb(tb)))  # type: ignore[arg-type]
        app = QApplication.instance()
        if app is not None:
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
    QMessageBox.warning(None, title, text)


def ask_way_forward(problem: str, options: list[str]) -> str:
    """Show why the database cannot be opened and the ways forward; return the one chosen."""
    if _headless():
        print(f"workshop-app: {problem}", file=sys.stderr)
        return QUIT
    box = QMessageBox(QMessageBox.Icon.Warning, "Workshop Companion cannot open this database", problem)
    buttons = {box.addButton(_LABELS[o], QMessageBox.ButtonRole.ActionRole): o for o in options}
    box.exec()
    return buttons.get(box.clickedButton(), QUIT)


def ask_passphrase(name: str, problem: str = "") -> str | None:
    if _headless():
        return os.environ.get("WORKSHOP_APP_PASSPHRASE")
    text, ok = QInputDialog.getText(
        None,
        "Unlock database",
        (problem + "\n\n" if problem else "")
        + f"{name} is encrypted. Enter its passphrase (or the recovery key you printed when it was made):",
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


class NewDatabaseDialog(QDialog):
    """Creating a database: encryption is offered, and on unless the facilitator turns it off."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New database")
        self.encrypt = QCheckBox(
            "&Encrypt the database (recommended: participants' words stay private if the laptop is lost)"
        )
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName("Repeat passphrase")
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #a00")
        form = QFormLayout()
        form.addRow("&Passphrase", self.passphrase)
        form.addRow("&Repeat it", self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Workshop Companion will keep its records in\n{path}"))
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.confirm.setEnabled)

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < 8:
                self.problem.setText("Choose a passphrase of at least 8 characters.")
                return
            if self.passphrase.text() != self.confirm.text():
                self.problem.setText("The two passphrases differ.")
                return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None


def ask_new_database(path: Path) -> tuple[bool, str | None]:
    """(go ahead, passphrase or None for unencrypted)."""
    if _headless():
        return True, os.environ.get("WORKSHOP_APP_PASSPHRASE") or None
    dialog = NewDatabaseDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen_passphrase()


def show_recovery_key(key: str) -> None:
    if _headless():
        print(f"Recovery key: {key}", file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Your recovery key",
        "Print or write down this recovery key and keep it somewhere safe, away from the laptop. "
        f"It unlocks the database if the passphrase is forgotten. It is shown only now.\n\n{key}",
    )
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def choose_other_file(current: Path) -> Path | None:
    if _headless():
        return None
    name, _ = QFileDialog.getOpenFileName(None, "Choose a database", str(current.parent), "Databases (*.db)")
    return Path(name) if name else None


# --- opening ----------------------------------------------------------------------------------
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
            services = open_services(db_path, passphrase=passphrase, read_only=read_only, new_passphrase=new_passphrase)
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
            tell("Workshop Companion", f"Cannot create the data folder {db_path.parent}: {exc.strerror or exc}")
            return 1
        try:
            lock = acquire(db_path)
        except AlreadyOpenError as exc:
            tell("Workshop Companion", exc.message)
            return EXIT_ALREADY_RUNNING
        try:
            opened = open_for_gui(db_path)
            if isinstance(opened, Path):  # the person chose another file
                lock.unlock()
                db_path = opened
                continue
            if opened is None:
                return 1
            return _run_window(app, opened)
        finally:
            lock.unlock()


def _run_window(app: QApplication, services) -> int:  # noqa: ANN001
    """Show the main window on open services; back up at start, every few minutes and at the end."""
    from .main_window import MainWindow
    from .reflection_editor import recover_drafts

    window = MainWindow(services)
    if services.db.read_only:
        window.setWindowTitle(window.windowTitle() + " (read-only)")
    backups = AutomaticBackups(services, app)  # outlives the window (the kiosk replaces it)
    window.show()
    backups.start()  # the start-up backup runs on its lane while the window is already in use
    if not services.db.read_only:
        QTimer.singleShot(0, lambda: _recover(window, services, recover_drafts))
        from .kiosk import resume_kiosk
        from .welcome import welcome_if_empty

        QTimer.singleShot(0, lambda: welcome_if_empty(window))
        resume_kiosk(window)  # if the kiosk was running when the app stopped, straight back into it
    code = app.exec()
    backups.finish()  # a backup under way completes first
    try:
        services.safety.backup_if_due()  # the window is gone: nobody waits on this one
    except WorkshopError:
        pass
    services.close()
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
