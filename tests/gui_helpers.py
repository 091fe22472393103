"""Helpers for driving real widgets: typing any script, and answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key (any script: qtbot.keyClicks crashes on non-ASCII here)."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, "\r" if ch == "\n" else ch)
            QApplication.sendEvent(widget, event)
    QApplication.processEvents()


def answer_dialog(fill: Callable[[QWidget], None], *, errors: list[BaseException]) -> None:
    """When the next modal dialog opens, run `fill` on it (collecting failures for the test)."""

    def attempt(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries < 200:
                QTimer.singleShot(10, lambda: attempt(tries + 1))
            else:
                errors.append(AssertionError("no modal dialog opened"))
            return
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test, and the dialog is closed
            errors.append(exc)
            dialog.close()

    QTimer.singleShot(0, attempt)


def open_main_window(qtbot, path, library):  # noqa: ANN001, ANN201
    """The main window on the database file at `path`, shown, its tasks run at once."""
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.tasks import TaskRunner

    window = MainWindow(Services.create(open_database(path), library), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def run_started_window(tmp_path, script: str) -> list[str]:  # noqa: ANN001
    """Make a demo database, then run `script` in a fresh offscreen process with `DB` set to its path.

    For checks of what a start imports: only a new process starts with nothing loaded.
    """
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    db = tmp_path / "start.db"
    env = dict(os.environ, PYTHONPATH=str(root), WORKSHOP_APP_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "workshop_app", "demo", "--db", str(db)], env=env, check=True, cwd=root)
    code = f"DB = {str(db)!r}\n" + script
    out = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True, cwd=root)
    return out.stdout.strip().splitlines()
