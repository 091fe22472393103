"""The plain message shown for an expected error (never a traceback), in a module of its own so
that the main window can show one without importing the form dialogs at start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import WorkshopError


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """A plain message for an expected error; never a traceback."""
    title = title or "Workshop Companion"
    if isinstance(exc, WorkshopError):
        text = exc.message
    else:
        text = QCoreApplication.translate(
            "dialogs", "Something went wrong ({kind}). Nothing already saved is lost."
        ).format(kind=type(exc).__name__)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
