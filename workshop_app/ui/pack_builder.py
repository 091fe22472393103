"""The pack builder: choose documents, participants, paper and print size; preview, save and print."""

from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import WorkshopError
from ..domain.pack import BEFORE_SESSION, PackData, PackDocument, PackOptions, PackParticipant, PackReport, Paper
from . import appearance
from .messages import show_error
from .models import Column, ListTableModel
from .tasks import Task, TaskRunner

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex


def document_labels() -> dict[PackDocument, str]:
    """What each document of a pack is called (a function, so it is translated after the translator loads)."""

    return {
        PackDocument.GUIDE: QCoreApplication.translate("pack_builder", "Agenda and facilitator guide"),
        PackDocument.HANDOUT: QCoreApplication.translate("pack_builder", "Participant handout"),
        PackDocument.SHEETS: QCoreApplication.translate("pack_builder", "Reflection and self-assessment sheets"),
        PackDocument.CONSENT: QCoreApplication.translate("pack_builder", "Consent forms for new participants"),
        PackDocument.SUMMARY: QCoreApplication.translate("pack_builder", "After the session: summary"),
        PackDocument.CYCLE_REPORT: QCoreApplication.translate("pack_builder", "Cycle report"),
        PackDocument.REFERENCES: QCoreApplication.translate("pack_builder", "References"),
    }


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save a pack (tests replace this function)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("pack_builder", "Save session pack"),
        str(suggested),
        "PDF files (*.pdf)",
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def ask_printer(parent: QWidget) -> tuple[str, int] | None:
    """The printer and number of copies the person chooses in the system print dialog (tests replace this)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("pack_builder", "Print session pack"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer.printerName(), max(1, printer.copyCount())


def send_to_printer(pdf: Path, printer: str, copies: int) -> str:
    """Hand the PDF to the system's print spooler; returns what happened, in words (tests replace this)."""
    lp = shutil.which("lp")
    if lp is None or not printer:
        QDesktopServices.openUrl(pdf.as_uri())
        return QCoreApplication.translate(
            "pack_builder", "No print spooler here: the pack opened in your PDF viewer to print from there."
        )
    subprocess.run([lp, "-d", printer, "-n", str(copies), str(pdf)], check=True, capture_output=True, timeout=60)
    if copies == 1:
        return QCoreApplication.translate("pack_builder", "Sent 1 copy to {printer}.").format(printer=printer)
    return QCoreApplication.translate("pack_builder", "Sent {copies} copies to {printer}.").format(
        copies=copies, printer=printer
    )


def open_file(path: Path) -> None:
    """Open a file in the system's viewer (tests replace this function)."""
    QDesktopServices.openUrl(path.as_uri())


class ParticipantChoiceModel(QAbstractTableModel):
    """Participants with a tick box each: whose personal sheets to print."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Print"), self.tr("Name"), self.tr("Code"), self.tr("Organisation"))

    def __init__(self, people: tuple[PackParticipant, ...], parent: Any = None) -> None:
        super().__init__(parent)
        self._people = list(people)
        self._chosen = [True] * len(people)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
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
        render: Callable[[bytes], list[bytes]] | None = None,
        write: Callable[..., PackReport],
        runner: TaskRunner,
        suggested: Path,
        parent: QWidget | None = None,
        record: Callable[[PackReport, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print session pack"))
        self.setObjectName("PackBuilderDialog")
        self.data = data
        self._preview = preview
        self._render = render
        self._write = write
        self._record = record  # notes a saved or printed pack in the audit trail
        self.runner = runner
        self.suggested = suggested
        self.task: Task | None = None
        self.last_report: PackReport | None = None
        self.status_text = ""

        # documents
        self.document_boxes: dict[PackDocument, QCheckBox] = {}
        docs_box = QGroupBox(self.tr("Documents"))
        docs_layout = QVBoxLayout(docs_box)
        for document in PackDocument:
            box = QCheckBox(document_labels()[document])
            box.setToolTip(self.tr("Include this document in the pack"))
            box.setObjectName(f"doc-{document.value}")
            box.setChecked(document in BEFORE_SESSION)
            box.toggled.connect(self._options_changed)
            docs_layout.addWidget(box)
            self.document_boxes[document] = box

        # participants
        self.participants = ParticipantChoiceModel(data.participants, self)
        self.participants.dataChanged.connect(self._options_changed)
        self.people_view = appearance.table_view()
        self.people_view.setAccessibleName(self.tr("People"))
        self.people_view.setToolTip(self.tr("Tick the people whose personal sheets to print"))
        self.people_view.setModel(self.participants)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.people_view.horizontalHeader().setStretchLastSection(True)
        all_button, none_button = QPushButton(self.tr("All")), QPushButton(self.tr("None"))
        none_button.setToolTip(self.tr("Print no personal sheets"))
        all_button.setToolTip(self.tr("Print a personal sheet for everyone"))
        all_button.clicked.connect(lambda: self.participants.set_all(True))
        none_button.clicked.connect(lambda: self.participants.set_all(False))
        self.blank_sheets = QSpinBox()
        self.blank_sheets.setAccessibleName(self.tr("Blank sheets"))
        self.blank_sheets.setToolTip(self.tr("Extra sheets without a name, for people not on the list"))
        self.blank_sheets.setRange(0, 50)
        self.blank_sheets.setValue(1)
        self.blank_sheets.valueChanged.connect(self._options_changed)
        people_box = QGroupBox(self.tr("Personal sheets"))
        people_layout = QVBoxLayout(people_box)
        people_layout.addWidget(self.people_view)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Blank sheets:")))
        row.addWidget(self.blank_sheets)
        people_layout.addLayout(row)

        # paper and print size
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.setToolTip(self.tr("The paper size of the printer"))
        self.paper.addItem("A4", Paper.A4.value)
        self.paper.addItem(self.tr("US Letter"), Paper.LETTER.value)
        self.paper.currentIndexChanged.connect(self._options_changed)
        self.large_print = QCheckBox(self.tr("Large print (text at 16 pt or more)"))
        self.large_print.setToolTip(self.tr("Set all text at 16 pt or more, for people who read large print"))
        self.large_print.toggled.connect(self._options_changed)
        form = QFormLayout()
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow("", self.large_print)

        # preview: what each page holds
        self.pages = ListTableModel[tuple[int, str]](
            [
                Column(
                    self.tr("Page"), lambda p: str(p[0]), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                ),
                Column(self.tr("Contents"), lambda p: p[1]),
            ],
            self,
        )
        self.pages_view = appearance.table_view()
        self.pages_view.setAccessibleName(self.tr("Pages of the pack"))
        self.pages_view.setToolTip(self.tr("What each page of the laid-out pack holds"))
        self.pages_view.setModel(self.pages)
        self.pages_view.verticalHeader().hide()
        self.pages_view.horizontalHeader().setStretchLastSection(True)
        self.pages_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.pages_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.pages_view.setWordWrap(False)
        self.summary = QLabel(self.tr("Press Preview to lay the pack out."))
        self.summary.setWordWrap(True)
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.summary)
        preview_layout.addWidget(self.pages_view, 1)
        # the laid-out page chosen in the list above, as it will print
        self.page_image = QLabel(self.tr("Press Preview to see the pages."))
        self.page_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_image.setAccessibleName(self.tr("Page preview"))
        self.page_image.setToolTip(self.tr("The chosen page as it will print"))
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.page_image)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setMinimumHeight(320)
        self.page_scroll.setAccessibleName(self.tr("Page preview"))
        self.page_scroll.setToolTip(self.tr("The chosen page as it will print"))
        preview_layout.addWidget(self.page_scroll, 3)
        self._page_images: list[bytes] = []
        self.pages_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_page(current.row())
        )

        # progress and actions
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("Lay the pack out to see its pages"))
        self.open_button = QPushButton(self.tr("&Open preview"))
        self.open_button.setToolTip(self.tr("Open the laid-out pack in your PDF viewer"))
        self.open_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.save_button.setToolTip(self.tr("Save the pack as a PDF file"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Send the pack to a printer"))
        self.cancel_button = QPushButton(self.tr("Cancel build"))
        self.cancel_button.setToolTip(self.tr("Stop laying out the pack"))
        self.cancel_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this window"))
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
            self.summary.setText(self.tr("The choices changed: press Preview again to see the new pages."))

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
                self._say(self.tr("Cancelled; no file was changed."))
                return
            show_error(self, exc, self.tr("The pack could not be built"))

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
        if report.sheets == 1:
            text = self.tr("{lead} {pages} pages, 1 sheet.").format(lead=lead, pages=report.pages)
        else:
            text = self.tr("{lead} {pages} pages, {sheets} sheets.").format(
                lead=lead, pages=report.pages, sheets=report.sheets
            )
        if report.missing_characters:
            text += " " + report.warning()
        self._say(text)

    def preview(self) -> None:
        data, options, build = self.data, self.options(), self._preview

        render = self._render

        def work(report: Callable[[int, int], bool]) -> tuple[bytes, PackReport, list[bytes]]:
            pdf, built = build(data, options, progress=report)
            return pdf, built, (render(pdf) if render is not None else [])

        def done(result: tuple[bytes, PackReport, list[bytes]]) -> None:
            pdf, report, images = result
            folder = Path(tempfile.mkdtemp(prefix="pack-preview-"))
            self._preview_file = folder / "preview.pdf"
            self._preview_file.write_bytes(pdf)
            self.open_button.setEnabled(True)
            self._page_images = images
            self._show_report(report, self.tr("Preview:"))
            if images:
                self.pages_view.selectRow(0)
                self._show_page(0)

        self._run(work, done)

    def _show_page(self, row: int) -> None:
        """Show one laid-out page, scaled to the preview's width."""
        if not (0 <= row < len(self._page_images)):
            return
        image = QImage.fromData(self._page_images[row], "PNG")
        width = max(200, self.page_scroll.viewport().width() - 24)
        self.page_image.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.page_image.setText("")

    def open_preview(self) -> None:
        if self._preview_file is not None:
            open_file(self._preview_file)

    def save(self) -> None:
        target = ask_save_path(self, self.suggested)
        if target is None:
            return
        data, options, write = self.data, self.options(), self._write

        def done(report: PackReport) -> None:
            self._audit(report, "saved")
            self._show_report(report, self.tr("Saved to {path}:").format(path=target))
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
            self._audit(report, "printed")
            self._show_report(report, self.tr("Printed:"))
            try:
                self._say(self.status_text + " " + send_to_printer(target, printer, copies))
            except (OSError, subprocess.SubprocessError) as exc:
                show_error(self, exc, self.tr("The pack could not be sent to the printer"))

        self._run(lambda report: write(data, target, options, progress=report), done)

    def _audit(self, report: PackReport, how: str) -> None:
        if self._record is None:
            return
        try:
            self._record(report, how)
        except WorkshopError as exc:  # the pack is written; a missing audit event must not hide that
            log.warning("pack not recorded in the audit trail: %s", exc.code)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.task is not None:
            self.task.cancel()
        super().closeEvent(event)
