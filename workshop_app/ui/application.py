"""Starting the GUI: the QApplication, one instance per database, the main window, clear start-up errors."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..domain.errors import WorkshopError

log = logging.getLogger(__name__)

EXIT_ALREADY_RUNNING = 3


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


def lock_for(db_path: Path) -> QLockFile:
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)
    return lock


def run(db_path: Path) -> int:
    from ..app import open_services
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Workshop Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("WorkshopCompanion")
    _install_excepthook()
    from . import appearance

    appearance.apply_all()

    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("application", "Workshop Companion"),
            QCoreApplication.translate("application", "Cannot create the data folder {parent}: {exc}").format(
                parent=db_path.parent, exc=exc
            ),
        )
        return 1
    lock = lock_for(db_path)
    if not lock.tryLock(1000):
        ok, pid, host, _app = lock.getLockInfo()
        who = (
            QCoreApplication.translate("application", " (process {pid} on {host})").format(pid=pid, host=host)
            if ok
            else ""
        )
        QMessageBox.warning(
            None,
            QCoreApplication.translate("application", "Workshop Companion"),
            QCoreApplication.translate(
                "application", "This database is already open in Workshop Companion on this computer{who}.\n\n{db_path}"
            ).format(who=who, db_path=db_path),
        )
        return EXIT_ALREADY_RUNNING
    try:
        try:
            services = open_services(db_path)
        except WorkshopError as exc:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("application", "Workshop Companion cannot open this database"),
                exc.message,
            )
            return 1
        window = MainWindow(services)
        window.show()
        from PySide6.QtCore import QTimer

        from .welcome import welcome_if_empty

        QTimer.singleShot(0, lambda: welcome_if_empty(window))
        from .kiosk import resume_kiosk

        resume_kiosk(window)  # if the kiosk was running when the app stopped, straight back into it
        code = app.exec()
        services.close()
        return int(code)
    finally:
        lock.unlock()
