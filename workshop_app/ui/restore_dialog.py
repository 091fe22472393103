"""The Backups screen: every backup with its date and size; back up now; restore one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import WorkshopError
from ..services.container import Services
from .dialogs import show_error
from .models import Column, ListTableModel


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


def confirm_restore(parent: QWidget | None, when: str) -> bool:
    """Ask before restoring (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        "Restore a backup",
        f"Put the backup of {when} in place of the current data?\n\n"
        "The current data is backed up first, so this can be undone by restoring that backup.",
    )
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists backups newest first, with dates, sizes and how long each is kept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, on_restored: Callable | None = None):
        super().__init__(parent)
        self.setWindowTitle("Backups")
        self.services = services
        self.on_restored = on_restored
        self.restored = False
        self.model: ListTableModel = ListTableModel(
            [
                Column("Taken", lambda b: f"{b.taken_at:%a %d %b %Y, %H:%M:%S}"),
                Column("Size", _size_of, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column("Kept until (at most)", lambda b: f"{b.expires_on:%d %b %Y}"),
                Column("File", lambda b: b.path.name),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setAccessibleName("Backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.backup_button = QPushButton("&Back up now")
        self.restore_button = QPushButton("&Restore selected…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        backups = self.services.safety.backups()
        self.model.set_items(backups)
        folder = self.services.safety.backup_folder()
        self.info.setText(
            f"{len(backups)} backup{'s' if len(backups) != 1 else ''} in {folder}. Backups are verified when made, "
            "taken automatically every 30 minutes while you work and before every risky step, "
            "and thinned to daily, weekly and monthly copies."
        )
        if backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.currentIndex().isValid() and self.model.rowCount() > 0)

    def backup_now(self) -> None:
        try:
            self.services.safety.backup_now()
        except WorkshopError as exc:
            show_error(self, exc)
        self.reload()

    def restore_selected(self) -> None:
        chosen = self.model.item(self.table.currentIndex().row())
        if chosen is None:
            return
        if not confirm_restore(self, f"{chosen.taken_at:%d %b %Y, %H:%M}"):
            return
        try:
            result = self.services.safety.restore(chosen.path)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self.restored = True
        if self.on_restored is not None:
            self.on_restored(result.changes)
        self.reload()


def _size_of(b) -> str:  # noqa: ANN001
    return _size(b.size)
