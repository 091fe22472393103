"""The Backups screen: every backup with its date and size; back up now; restore one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import WorkshopError
from ..services.container import Services
from . import appearance
from .messages import show_error
from .models import Column, ListTableModel
from .texts import format_date


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
        QCoreApplication.translate("restore_dialog", "Restore a backup"),
        QCoreApplication.translate(
            "restore_dialog",
            "Put the backup of {when} in place of the current data?\n\n"
            "The current data is backed up first, so this can be undone by restoring that backup.",
        ).format(when=when),
    )
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists backups newest first, with dates, sizes and how long each is kept."""

    def __init__(self, services: Services, parent: QWidget | None = None, *, on_restored: Callable | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backups"))
        self.services = services
        self.on_restored = on_restored
        self.restored = False
        self.model: ListTableModel = ListTableModel(
            [
                Column(self.tr("Taken"), lambda b: f"{format_date(b.taken_at.date())}, {b.taken_at:%H:%M:%S}"),
                Column(self.tr("Size"), _size_of, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column(self.tr("Kept until (at most)"), lambda b: format_date(b.expires_on)),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.table = appearance.table_view()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setToolTip(self.tr("Every backup of this database, newest first"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setToolTip(self.tr("Make a verified backup of the database now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setToolTip(self.tr("Put the chosen backup in place; the current data is backed up first"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close this window"))
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
        count = (
            self.tr("1 backup in {folder}.") if len(backups) == 1 else self.tr("{count} backups in {folder}.")
        ).format(count=len(backups), folder=folder)
        self.info.setText(
            count
            + " "
            + self.tr(
                "Backups are verified when made, taken automatically every 30 minutes while you work and "
                "before every risky step, and thinned to daily, weekly and monthly copies."
            )
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
        if not confirm_restore(self, f"{format_date(chosen.taken_at.date())}, {chosen.taken_at:%H:%M}"):
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
