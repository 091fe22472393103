"""The evidence library in the app: type a source in, or import a RIS file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QMessageBox, QSpinBox, QWidget

from ..domain.content import ContentLibrary
from .dialogs import FormDialog, Submit


def ask_ris_path(parent: QWidget) -> Path | None:
    """The RIS file to import (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("evidence", "Import sources"),
        str(Path.home()),
        "RIS files (*.ris *.txt)",
    )
    return Path(name) if name else None


def tell(parent: QWidget, title: str, text: str) -> None:
    """An information message (tests replace this function)."""
    QMessageBox.information(parent, title, text)


def content_choices(library: ContentLibrary) -> list[tuple[str, str]]:
    """(label, content key) for everything a source can stand behind."""
    out = [(QCoreApplication.translate("evidence", "(none)"), "")]
    out += [
        (QCoreApplication.translate("evidence", "Practice: {name}").format(name=p.name), p.key)
        for p in library.practices
    ]
    out += [
        (QCoreApplication.translate("evidence", "PAR model: {name}").format(name=m.name), key)
        for key, m in library.par_models.items()
    ]
    out.append(
        (
            QCoreApplication.translate("evidence", "Self-assessment: {title}").format(
                title=library.self_assessment.title
            ),
            library.self_assessment.key,
        )
    )
    out += [
        (QCoreApplication.translate("evidence", "Session template: {title}").format(title=t.title), key)
        for key, t in sorted(library.templates.items())
    ]
    return out


class SourceDialog(FormDialog):
    """Type in a source: authors (one per line or separated by ';'), year, title, journal, DOI, URL."""

    def __init__(self, submit: Submit, library: ContentLibrary, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a source"), submit, parent)
        self.authors_edit = QLineEdit()
        self.authors_edit.setPlaceholderText(self.tr("Vaggers, J.; Anderson, E. S."))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1500, 2200)
        self.year_spin.setValue(2021)
        self.title_edit = QLineEdit()
        self.journal_edit = QLineEdit()
        self.volume_edit = QLineEdit()
        self.issue_edit = QLineEdit()
        self.pages_edit = QLineEdit()
        self.doi_edit = QLineEdit()
        self.doi_edit.setPlaceholderText("10.1080/13561820.2021.1897553")
        self.url_edit = QLineEdit()
        self.content_combo = QComboBox()
        # the longest template or model name would set the dialog's width and squeeze the labels
        self.content_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.content_combo.setMinimumContentsLength(32)
        for label, key in content_choices(library):
            self.content_combo.addItem(label, key)
        for label, widget, tip in (
            (self.tr("&Authors"), self.authors_edit, self.tr("Family name and initials, authors separated by ';'")),
            (self.tr("&Year"), self.year_spin, self.tr("The year the source was published")),
            (self.tr("&Title"), self.title_edit, self.tr("The title of the article, book or report")),
            (self.tr("&Journal"), self.journal_edit, self.tr("The journal or publisher, if any")),
            (self.tr("&Volume"), self.volume_edit, self.tr("The journal volume, if any")),
            (self.tr("&Issue"), self.issue_edit, self.tr("The journal issue, if any")),
            (self.tr("&Pages"), self.pages_edit, self.tr("The page range, for example 12-20")),
            (self.tr("&DOI"), self.doi_edit, self.tr("The digital object identifier, without https://doi.org/")),
            (self.tr("&URL"), self.url_edit, self.tr("A web address where the source can be read")),
            (
                self.tr("&Supports"),
                self.content_combo,
                self.tr("The practice, model or template this source stands behind"),
            ),
        ):
            self.form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
            widget.setToolTip(tip)

    def values(self) -> dict[str, Any]:
        key = self.content_combo.currentData()
        return {
            "authors": [a.strip() for a in self.authors_edit.text().split(";") if a.strip()],
            "year": self.year_spin.value(),
            "title": self.title_edit.text(),
            "journal": self.journal_edit.text(),
            "volume": self.volume_edit.text(),
            "issue": self.issue_edit.text(),
            "pages": self.pages_edit.text(),
            "doi": self.doi_edit.text(),
            "url": self.url_edit.text(),
            "content_keys": (key,) if key else (),
        }
