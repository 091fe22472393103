"""The pack builder: choose documents, participants, paper and print size; preview, save and print."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.pack import BEFORE_SESSION, PackData, PackDocument, PackOptions, PackParticipant, PackReport, Paper
from .dialogs import show_error
from .models import Column, ListTableModel
from .tasks import Task, TaskRunner

Index = QModelIndex | QPersistentModelIndex

DOCUMENT_LABELS = {
    PackDocument.GUIDE: "Agenda and facilitator guide",
    PackDocument.HANDOUT: "Participant handout",
    PackDocument.SHEETS: "Reflection and self-assessment sheets",
    PackDocument.CONSENT: "Consent forms for new participants",
    PackDocument.SUMMARY: "After the session: summary",
    PackDocument.CYCLE_REPORT: "Cycle report",
    PackDocument.REFERENCES: "References",
}


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save a pack (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(parent, "Save session pack", str(suggested), "PDF files (*.pdf)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_printer(parent: QWidget) -> tuple[str, int] | None:
    """The printer and number of copies the person chooses in the system print dialog (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print session pack")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer.printerName(), max(1, printer.copyCount())


def send_to_printer(pdf: Path, printer: str, copies: int) -> str:
    """Hand the PDF to the system's print spooler; returns what happened, in words (tests replace this)."""
    lp = shutil.which("lp")
    if lp is None or not printer:
        QDesktopServices.openUrl(pdf.as_uri())
        return "No print spooler here: the pack opened in your PDF viewer to print from there."
    subprocess.run([lp, "-d", printer, "-n", str(copies), str(pdf)], check=True, capture_output=True, timeout=60)
    return f"Sent {copies} cop{'y' if copies == 1 else 'ies'} to {printer}."


def open_file(path: Path) -> None:
    """Open a file in the system's viewer (tests replace this function)."""
    QDesktopServices.openUrl(path.as_uri())


class ParticipantChoiceModel(QAbstractTableModel):
    """Participants with a tick box each: whose personal sheets to print."""

    HEADERS = ("Print", "Name", "Code", "Organisation")

    def __init__(self, people: tuple[PackParticipant, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._chosen = [True] * len(people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self._chosen[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", person.name, person.code, person.organisation)[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        state = value.value if hasattr(value, "value") else value
        self._chosen[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [role])
        return True

    def set_all(self, chosen: bool) -> None:
        self._chosen = [chosen] * len(self._people)
        if self._people:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._people) - 1, 0))

    def chosen_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p, c in zip(self._people, self._chosen, strict=True) if c)


class PackBuilderDialog(QDialog):
    """Choose what to print; preview the pages; save or print. Builds run on the task runner."""

    def __init__(
        self,
        data: PackData,
        *,
        preview: Callable[..., tuple[bytes, PackReport]],
        write: Callable[..., PackReport],
        runner: TaskRunner,
        suggested: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Print session pack")
        self.setObjectName("PackBuilderDialog")
        self.data = data
        self._preview = preview
        self._write = write
        self.runner = runner
        self.suggested = suggested
        self.task: Task | None = None
        self.last_report: PackReport | None = None
        self.status_text = ""

        # documents
        self.document_boxes: dict[PackDocument, QCheckBox] = {}
        docs_box = QGroupBox("Documents")
        docs_layout = QVBoxLayout(docs_box)
        for document in PackDocument:
            box = QCheckBox(DOCUMENT_LABELS[document])
            box.setObjectName(f"doc-{document.value}")
            box.setChecked(document in BEFORE_SESSION)
            box.toggled.connect(self._options_changed)
            docs_layout.addWidget(box)
            self.document_boxes[document] = box

        # participants
        self.participants = ParticipantChoiceModel(data.participants, self)
        self.participants.dataChanged.connect(self._options_changed)
        self.people_view = QTableView()
        self.people_view.setModel(self.participants)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people_view.horizontalHeader().setStretchLastSection(True)
        all_button, none_button = QPushButton("All"), QPushButton("None")
        all_button.clicked.connect(lambda: self.participants.set_all(True))
        none_button.clicked.connect(lambda: self.participants.set_all(False))
        self.blank_sheets = QSpinBox()
        self.blank_sheets.setRange(0, 50)
        self.blank_sheets.setValue(1)
        self.blank_sheets.valueChanged.connect(self._options_changed)
        people_box = QGroupBox("Personal sheets")
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people_view)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(QLabel("Blank sheets:"))
        row.addWidget(self.blank_sheets)
        people_layout.addLayout(row)

        # paper and print size
        self.paper = QComboBox()
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem("US Letter", Paper.LETTER.value)
        self.paper.currentIndexChanged.connect(self._options_changed)
        self.large_print = QCheckBox("Large print (text at 16 pt or more)")
        self.large_print.toggled.connect(self._options_changed)
        form = QFormLayout()
        form.addRow("Paper:", self.paper)
        form.addRow("", self.large_print)

        # preview: what each page holds
        self.pages = ListTableModel[tuple[int, str]](
            [
                Column("Page", lambda p: str(p[0]), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                Column("Contents", lambda p: p[1]),
            ],
            self,
        )
        self.pages_view = QTableView()
        self.pages_view.setModel(self.pages)
        self.pages_view.verticalHeader().hide()
        self.pages_view.horizontalHeader().setStretchLastSection(True)
        self.pages_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.pages_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.pages_view.setWordWrap(False)
        self.summary = QLabel("Press Preview to lay the pack out.")
        self.summary.setWordWrap(True)
        preview_box = QGroupBox("Preview")
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.pages_view)

        # progress and actions
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.preview_button = QPushButton("Pre&view")
        self.open_button = QPushButton("&Open preview")
        self.open_button.setEnabled(False)
        self.save_button = QPushButton("&Save…")
        self.print_button = QPushButton("&Print…")
        self.cancel_button = QPushButton("Cancel build")
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton("Close")
        self.preview_button.clicked.connect(self.preview)
        self.open_button.clicked.connect(self.open_preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_pack)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.close)
        self.save_button.setDefault(True)

        left = QVBoxLayout()
        left.addWidget(docs_box)
        left.addLayout(form)
        left.addWidget(people_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(preview_box, 2)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.cancel_button, self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(980, 640)
        self._preview_file: Path | None = None
        self._cancel_requested = False

    # --- options -------------------------------------------------------------------------

    def options(self) -> PackOptions:
        return PackOptions(
            documents=tuple(d for d, box in self.document_boxes.items() if box.isChecked()),
            paper=Paper(self.paper.currentData()),
            large_print=self.large_print.isChecked(),
            participant_codes=self.participants.chosen_codes(),
            blank_sheets=self.blank_sheets.value(),
        )

    def _options_changed(self, *_: object) -> None:
        nothing = not any(box.isChecked() for box in self.document_boxes.values())
        for b in (self.preview_button, self.save_button, self.print_button):
            b.setEnabled(not nothing and self.task is None)
        if self.last_report is not None:
            self.summary.setText("The choices changed: press Preview again to see the new pages.")

    # --- building ------------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.save_button, self.print_button, self.close_button):
            b.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _run(self, fn: Callable[[Callable[[int, int], bool]], Any], on_done: Callable[[Any], None]) -> None:
        self._busy(True)
        ended: list[bool] = []  # a synchronous runner (tests) ends the task before start() returns

        def finished(result: Any) -> None:
            ended.append(True)
            self.task = None
            self._busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            ended.append(True)
            self.task = None
            self._busy(False)
            if type(exc).__name__ == "PackCancelled":
                self._say("Cancelled; no file was changed.")
                return
            show_error(self, exc, "The pack could not be built")

        self._cancel_requested = False

        def guarded(report: Callable[[int, int], bool]) -> Any:
            return fn(lambda done, total: report(done, total) and not self._cancel_requested)

        task = self.runner.start(guarded, on_done=finished, on_error=failed, on_progress=self._step)
        self.task = None if ended else task

    def cancel(self) -> None:
        self._cancel_requested = True
        if self.task is not None:
            self.task.cancel()

    def _say(self, text: str) -> None:
        self.status_text = text
        self.summary.setText(text)

    def _show_report(self, report: PackReport, lead: str) -> None:
        self.last_report = report
        self.pages.set_items(list(enumerate(report.page_contents, start=1)))
        text = f"{lead} {report.pages} pages, {report.sheets} sheet{'s' if report.sheets != 1 else ''}."
        if report.missing_characters:
            text += " " + report.warning()
        self._say(text)

    def preview(self) -> None:
        data, options, build = self.data, self.options(), self._preview

        def done(result: tuple[bytes, PackReport]) -> None:
            pdf, report = result
            folder = Path(tempfile.mkdtemp(prefix="pack-preview-"))
            self._preview_file = folder / "preview.pdf"
            self._preview_file.write_bytes(pdf)
            self.open_button.setEnabled(True)
            self._show_report(report, "Preview:")

        self._run(lambda report: build(data, options, progress=report), done)

    def open_preview(self) -> None:
        if self._preview_file is not None:
            open_file(self._preview_file)

    def save(self) -> None:
        target = ask_save_path(self, self.suggested)
        if target is None:
            return
        data, options, write = self.data, self.options(), self._write

        def done(report: PackReport) -> None:
            self._show_report(report, f"Saved to {target}:")
            self.saved_path = target

        self._run(lambda report: write(data, target, options, progress=report), done)

    def print_pack(self) -> None:
        choice = ask_printer(self)
        if choice is None:
            return
        printer, copies = choice
        data, options, write = self.data, self.options(), self._write
        target = Path(tempfile.mkdtemp(prefix="pack-print-")) / "pack.pdf"

        def done(report: PackReport) -> None:
            self._show_report(report, "Printed:")
            try:
                self._say(self.status_text + " " + send_to_printer(target, printer, copies))
            except (OSError, subprocess.SubprocessError) as exc:
                show_error(self, exc, "The pack could not be sent to the printer")

        self._run(lambda report: write(data, target, options, progress=report), done)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
