"""The research export form: format, level (explained) and file; errors show inline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain.research import ExportFormat, ExportLevel
from . import appearance
from .dialogs import FormDialog, Submit


def formats() -> tuple[tuple[ExportFormat, str, str], ...]:
    """Each export format, its label and file suffix (a function, so labels are translated when asked)."""
    return (
        (
            ExportFormat.CSV,
            QCoreApplication.translate(
                "export_dialog", "CSV table, one row per response (with a data dictionary file)"
            ),
            ".csv",
        ),
        (
            ExportFormat.XLSX,
            QCoreApplication.translate("export_dialog", "Excel workbook (responses, data dictionary)"),
            ".xlsx",
        ),
        (
            ExportFormat.JSON,
            QCoreApplication.translate("export_dialog", "JSON: the whole programme (documented format)"),
            ".json",
        ),
        (
            ExportFormat.QDPX,
            QCoreApplication.translate("export_dialog", "REFI-QDA project for QualCoder, NVivo, ATLAS.ti, MAXQDA"),
            ".qdpx",
        ),
    )


def levels() -> tuple[tuple[ExportLevel, str], ...]:
    """Each export level and its label."""
    return (
        (
            ExportLevel.DEIDENTIFIED,
            QCoreApplication.translate(
                "export_dialog", "De-identified: random codes, shifted dates, reviewed texts only"
            ),
        ),
        (
            ExportLevel.NO_IDENTIFIERS,
            QCoreApplication.translate(
                "export_dialog", "No identifiers: codes, organisations and texts; no names or roles"
            ),
        ),
        (
            ExportLevel.FULL,
            QCoreApplication.translate("export_dialog", "Full: with names and roles (for the facilitator only)"),
        ),
    )


def ask_export_path(parent: QWidget, suggested: Path, suffix: str) -> Path | None:
    """Where to save an export (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export_dialog", "Export for research"), str(suggested), f"*{suffix}"
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class ExportDialog(FormDialog):
    def __init__(self, submit: Submit, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export for research"), submit, parent)
        self.format_combo = QComboBox()
        for fmt, label, _suffix in formats():
            self.format_combo.addItem(label, fmt)
        self.level_combo = QComboBox()
        for level, label in levels():
            self.level_combo.addItem(label, level)
        self.path_edit = QLineEdit(str(suggested.with_suffix(".csv")))
        choose = QPushButton(self.tr("Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.form.addRow(self.tr("&Format"), self.format_combo)
        self.form.addRow(self.tr("&Level"), self.level_combo)
        save_as = QLabel(self.tr("&Save as"))
        save_as.setBuddy(self.path_edit)  # the row is a layout: the label needs its buddy named for Alt+S
        self.form.addRow(save_as, row)
        note = appearance.hint_label(
            self.tr(
                "People who withdrew consent, or did not consent to research use, are always left out. "
                "Mark reflections as reviewed in the Coding tab to include them in de-identified exports."
            )
        )
        self.form.addRow(note)
        for widget, name, tip in (
            (self.format_combo, self.tr("Export format"), self.tr("The kind of file to write")),
            (
                self.level_combo,
                self.tr("Export level"),
                self.tr("How much that could identify people goes in the file"),
            ),
            (self.path_edit, self.tr("Export file"), self.tr("Where the export is saved")),
            (choose, self.tr("Choose file"), self.tr("Choose where to save the export")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        choose.clicked.connect(self._choose)

    def _suffix(self) -> str:
        return formats()[self.format_combo.currentIndex()][2]

    def _format_changed(self) -> None:
        path = Path(self.path_edit.text() or "export")
        self.path_edit.setText(str(path.with_suffix(self._suffix())))

    def _choose(self) -> None:
        path = ask_export_path(self, Path(self.path_edit.text()), self._suffix())
        if path:
            self.path_edit.setText(str(path))

    def values(self) -> dict[str, Any]:
        return {
            "fmt": self.format_combo.currentData(),
            "level": self.level_combo.currentData(),
            "out": Path(self.path_edit.text().strip()).expanduser(),
        }
