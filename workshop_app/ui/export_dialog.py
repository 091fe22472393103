"""The research export form: format, level (explained) and file; errors show inline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain.research import ExportFormat, ExportLevel
from .dialogs import FormDialog, Submit

FORMATS = (
    (ExportFormat.CSV, "CSV table, one row per response (with a data dictionary file)", ".csv"),
    (ExportFormat.XLSX, "Excel workbook (responses, data dictionary)", ".xlsx"),
    (ExportFormat.JSON, "JSON: the whole programme (documented format)", ".json"),
    (ExportFormat.QDPX, "REFI-QDA project for QualCoder, NVivo, ATLAS.ti, MAXQDA", ".qdpx"),
)
LEVELS = (
    (ExportLevel.DEIDENTIFIED, "De-identified: random codes, shifted dates, reviewed texts only"),
    (ExportLevel.NO_IDENTIFIERS, "No identifiers: codes, organisations and texts; no names or roles"),
    (ExportLevel.FULL, "Full: with names and roles (for the facilitator only)"),
)


def ask_export_path(parent: QWidget, suggested: Path, suffix: str) -> Path | None:
    """Where to save an export (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Export for research", str(suggested), f"*{suffix}")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class ExportDialog(FormDialog):
    def __init__(self, submit: Submit, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__("Export for research", submit, parent)
        self.format_combo = QComboBox()
        for fmt, label, _suffix in FORMATS:
            self.format_combo.addItem(label, fmt)
        self.level_combo = QComboBox()
        for level, label in LEVELS:
            self.level_combo.addItem(label, level)
        self.path_edit = QLineEdit(str(suggested.with_suffix(".csv")))
        choose = QPushButton("Choose…")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.form.addRow("&Format", self.format_combo)
        self.form.addRow("&Level", self.level_combo)
        self.form.addRow("&Save as", row)
        note = QLabel(
            "People who withdrew consent, or did not consent to research use, are always left out. "
            "Mark reflections as reviewed in the Coding tab to include them in de-identified exports."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.form.addRow(note)
        for widget, name in (
            (self.format_combo, "Export format"),
            (self.level_combo, "Export level"),
            (self.path_edit, "Export file"),
        ):
            widget.setAccessibleName(name)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        choose.clicked.connect(self._choose)

    def _suffix(self) -> str:
        return FORMATS[self.format_combo.currentIndex()][2]

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
