"""The guided setup of a new programme: programme, lens, PAR model, participants, first session."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.content import ContentLibrary, SessionTemplate
from ..domain.errors import WorkshopError
from ..services.participant_import import ParticipantDraft, ParticipantList, as_pasted_text, parse_pasted, read_csv
from ..services.setup import FirstSession, ProgrammeSetup
from . import appearance
from .dialogs import from_qdate, to_qdate
from .models import Column, ListTableModel
from .texts import format_minutes

DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2


def ask_csv_path(parent: QWidget) -> Path | None:
    """Which CSV file to import (tests replace this function)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("setup_wizard", "Import participants from a CSV file"),
        str(Path.home()),
        QCoreApplication.translate("setup_wizard", "CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
    )
    return Path(name) if name else None


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("formError")
    appearance.set_text_role(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _hint(text: str) -> QLabel:
    return appearance.hint_label(text)


class ProgrammePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your programme"))
        self.setSubTitle(
            self.tr("A programme is a series of sessions with one group of partners. You can change these later.")
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. North Ayrshire integration leaders 2026"))
        self.name_edit.setToolTip(self.tr("The name printed on every pack cover (required)"))
        self.partnership_edit = QLineEdit()
        self.partnership_edit.setPlaceholderText(self.tr("The partnership or area the programme serves"))
        self.partnership_edit.setToolTip(self.tr("The partnership or area the programme serves"))
        self.start_edit = QDateEdit(to_qdate(date.today()))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd MMM yyyy")
        self.start_edit.setToolTip(self.tr("The date of the first session or the programme's start"))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setToolTip(self.tr("Tick to give the programme an end date"))
        self.end_edit = QDateEdit(to_qdate(date.today()).addMonths(6))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("dd MMM yyyy")
        self.end_edit.setEnabled(False)
        self.end_edit.setToolTip(self.tr("When the programme ends (optional)"))
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Partnership"), self.partnership_edit)
        form.addRow(self.tr("&Starts on"), self.start_edit)
        form.addRow(self.has_end, self.end_edit)
        self.error_label = _error_label()
        form.addRow(self.error_label)
        for widget, name in (
            (self.name_edit, self.tr("Programme name")),
            (self.partnership_edit, self.tr("Partnership")),
            (self.start_edit, self.tr("Start date")),
            (self.has_end, self.tr("Programme has an end date")),
            (self.end_edit, self.tr("End date")),
        ):
            widget.setAccessibleName(name)
        self.name_edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def validatePage(self) -> bool:
        if self.has_end.isChecked() and self.end_edit.date() < self.start_edit.date():
            self.error_label.setText(self.tr("The programme cannot end before it starts."))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True


class LensPage(QWizardPage):
    def __init__(self, library: ContentLibrary) -> None:
        super().__init__()
        self.setTitle(self.tr("Lens"))
        self.setSubTitle(
            self.tr("The lenses the programme works with. Sessions about a chosen lens are offered first.")
        )
        self.model = QStandardItemModel(self)
        for lens in library.lenses():
            source = library.sources.get(lens.source_key)
            item = QStandardItem(lens.name)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(_checked(lens.key == "six-practices"))
            item.setData(lens.key)
            cited = self.tr("Source: {citation}").format(citation=source.citation()) if source else ""
            item.setToolTip(f"{lens.summary}\n\n{', '.join(lens.items)}\n\n{cited}".strip())
            item.setData(
                f"<p><b>{html.escape(lens.summary)}</b></p><p>{html.escape(', '.join(lens.items))}.</p>"
                f"<p><i>{html.escape(cited)}</i></p>",
                DETAILS_ROLE,
            )
            self.model.appendRow(item)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Lenses"))
        self.view.setToolTip(self.tr("Tick the lenses to use: Space ticks the one in focus"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = max(3, self.model.rowCount() + 1)
        self.view.setMaximumHeight(rows * self.view.sizeHintForRow(0) + 2 * self.view.frameWidth() + 4)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("About the lens"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.details, 1)
        layout.addWidget(
            _hint(self.tr("Only the lenses that ship with the app are listed. More can be added as content files."))
        )
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._show(current.row()))
        self.view.setCurrentIndex(self.model.index(0, 0))
        self._show(0)

    def _show(self, row: int) -> None:
        item = self.model.item(row)
        self.details.setText(item.data(DETAILS_ROLE) if item else "")

    def lens_keys(self) -> tuple[str, ...]:
        return tuple(
            self.model.item(row).data()
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == _checked(True)
        )


def _checked(on: bool) -> Any:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked


class ParModelPage(QWizardPage):
    def __init__(self, library: ContentLibrary) -> None:
        super().__init__()
        self.setTitle(self.tr("Participatory action research model"))
        self.setSubTitle(self.tr("The cycle the programme follows from session to session."))
        self.content_library = library
        self.model_combo = QComboBox()
        for model in library.par_models_in_order():
            self.model_combo.addItem(model.name, model.key)
        self.model_combo.setAccessibleName(self.tr("Participatory action research model"))
        self.model_combo.setToolTip(self.tr("The PAR cycle model; its stages guide the sessions"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("About the model"))
        form = QFormLayout()
        form.addRow(self.tr("PAR &model"), self.model_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.details, 1)
        self.model_combo.currentIndexChanged.connect(self._show)
        self._show()

    def _show(self) -> None:
        model = self.content_library.par_models.get(self.model_combo.currentData())
        if model is None:
            self.details.clear()
            return
        source = self.content_library.sources.get(model.source_key)
        stages = " → ".join(s.name for s in model.stages)
        self.details.setText(
            self.tr("{description}\n\nStages: {stages}").format(description=model.description, stages=stages)
            + (self.tr("\n\nSource: {citation}").format(citation=source.citation()) if source else "")
        )

    def par_model_key(self) -> str:
        return str(self.model_combo.currentData())


def preview_columns() -> list[Column[ParticipantDraft]]:
    return [
        Column(QCoreApplication.translate("setup_wizard", "Name"), lambda p: p.name),
        Column(QCoreApplication.translate("setup_wizard", "Organisation"), lambda p: p.organisation),
        Column(QCoreApplication.translate("setup_wizard", "Sector"), lambda p: p.sector),
        Column(QCoreApplication.translate("setup_wizard", "Role"), lambda p: p.role),
    ]


class ParticipantsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Participants"))
        self.setSubTitle(
            self.tr(
                "Paste a column of names from a spreadsheet (one person a line; organisation, sector and role may "
                "follow in the next columns), or import a CSV file. You can also add people later."
            )
        )
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setTabStopDistance(170)
        self.paste_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.paste_edit.setPlaceholderText(
            self.tr("Siân Griffiths\tNHS Ayrshire & Arran\tHealth\tCommunity nursing lead")
        )
        self.paste_edit.setAccessibleName(self.tr("Participant list"))
        self.paste_edit.setToolTip(
            self.tr("One person a line: name, then optionally organisation, sector and role, tab-separated")
        )
        self.import_button = QPushButton(self.tr("&Import CSV file…"))
        self.import_button.setToolTip(
            self.tr("Read participants from a CSV file; you see them below before anything is saved")
        )
        self.preview_model: ListTableModel[ParticipantDraft] = ListTableModel(preview_columns(), self)
        self.preview_view = appearance.table_view()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("Participants to add"))
        self.preview_view.setToolTip(self.tr("The people who will be added when you finish"))
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_label = QLabel(self.tr("No participants yet."))
        self.status_label.setObjectName("participantsStatus")
        self.status_label.setWordWrap(True)
        self.error_label = _error_label()
        paste_label = QLabel(self.tr("&Paste names here:"))
        paste_label.setBuddy(self.paste_edit)
        row = QHBoxLayout()
        row.addWidget(paste_label)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.paste_edit, 2)
        layout.addWidget(self.error_label)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(self.preview_view, 3)
        layout.addWidget(self.status_label)
        QWidget.setTabOrder(self.paste_edit, self.import_button)
        QWidget.setTabOrder(self.import_button, self.preview_view)
        self.found: ParticipantList | None = None
        self.paste_edit.textChanged.connect(self._parse)
        self.import_button.clicked.connect(self.import_csv)

    def _parse(self, source: str = "") -> None:
        text = self.paste_edit.toPlainText()
        self.error_label.hide()
        if not text.strip():
            self.found = None
            self.preview_model.set_items([])
            self.status_label.setText(self.tr("No participants yet."))
            return
        try:
            self.found = parse_pasted(text)
        except WorkshopError as exc:
            self.found = None
            self.preview_model.set_items([])
            self.status_label.setText(exc.message)
            return
        self.preview_model.set_items(self.found.people)
        count = len(self.found.people)
        words = [
            self.tr("1 participant will be added.")
            if count == 1
            else self.tr("{count} participants will be added.").format(count=count)
        ]
        if source:
            words.insert(0, source)
        if self.found.had_header:
            words.append(self.tr("The first line was read as column headings."))
        words.extend(self.found.notes)
        self.status_label.setText(" ".join(words))

    def import_csv(self) -> None:
        path = ask_csv_path(self)
        if path is None:
            return
        try:
            found = read_csv(path)
        except WorkshopError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.paste_edit.blockSignals(True)
        self.paste_edit.setPlainText(as_pasted_text(found.people))
        self.paste_edit.blockSignals(False)
        self._parse(self.tr("Read {name} ({encoding}).").format(name=path.name, encoding=found.encoding))
        if found.had_header:
            self.status_label.setText(
                self.status_label.text() + self.tr(" The file's first line was read as column headings.")
            )
        if found.notes:
            self.status_label.setText(self.status_label.text() + " " + " ".join(found.notes))

    def validatePage(self) -> bool:
        if self.paste_edit.toPlainText().strip() and self.found is None:
            self.error_label.setText(self.status_label.text() or self.tr("The participant list cannot be read."))
            self.error_label.show()
            return False
        return True

    def people(self) -> tuple[ParticipantDraft, ...]:
        return self.found.people if self.found else ()


class FirstSessionPage(QWizardPage):
    def __init__(self, library: ContentLibrary, lens_keys: Callable[[], tuple[str, ...]]) -> None:
        super().__init__()
        self.setTitle(self.tr("First session"))
        self.setSubTitle(self.tr("Add the first session from a template. Its agenda can be changed later."))
        self.content_library = library
        self._lens_keys = lens_keys
        self.add_check = QCheckBox(self.tr("&Add a first session now"))
        self.add_check.setChecked(True)
        self.add_check.setToolTip(self.tr("Untick to set up the programme without a session"))
        self.template_combo = QComboBox()
        self.template_combo.setToolTip(self.tr("The session plan to copy: its blocks, timings and prompts"))
        self.date_edit = QDateEdit(to_qdate(date.today()).addDays(7))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd MMM yyyy")
        self.date_edit.setToolTip(self.tr("The day of the session"))
        self.start_edit = QTimeEdit(QTime(9, 30))
        self.start_edit.setDisplayFormat("HH:mm")
        self.start_edit.setToolTip(self.tr("When the session starts; the agenda's clock times follow from it"))
        self.place_edit = QLineEdit()
        self.place_edit.setToolTip(self.tr("Where the session is held (printed on the pack)"))
        self.template_details = QLabel()
        self.template_details.setWordWrap(True)
        self.error_label = _error_label()
        form = QFormLayout(self)
        form.addRow(self.add_check)
        form.addRow(self.tr("&Template"), self.template_combo)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Starts at"), self.start_edit)
        form.addRow(self.tr("P&lace"), self.place_edit)
        form.addRow(self.template_details)
        form.addRow(self.error_label)
        for widget, name in (
            (self.add_check, self.tr("Add a first session now")),
            (self.template_combo, self.tr("Session template")),
            (self.date_edit, self.tr("Session date")),
            (self.start_edit, self.tr("Start time")),
            (self.place_edit, self.tr("Place")),
        ):
            widget.setAccessibleName(name)
        self.add_check.toggled.connect(self._enable)
        self.template_combo.currentIndexChanged.connect(self._show_template)

    def initializePage(self) -> None:
        lenses = set(self._lens_keys())
        practice_keys = {p.key for p in self.content_library.practices} if "six-practices" in lenses else set()

        def rank(t: SessionTemplate) -> tuple[int, str]:
            serves_lens = any(b.serves in practice_keys for b in t.blocks)
            return (0 if serves_lens else 1, t.title)

        current = self.template_combo.currentData()
        self.template_combo.clear()
        for template in sorted(self.content_library.templates.values(), key=rank):
            self.template_combo.addItem(f"{template.title} ({format_minutes(template.planned_minutes)})", template.key)
        if current:
            self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(current)))
        self._show_template()

    def _enable(self, on: bool) -> None:
        for widget in (self.template_combo, self.date_edit, self.start_edit, self.place_edit):
            widget.setEnabled(on)

    def _show_template(self) -> None:
        template = self.content_library.templates.get(self.template_combo.currentData())
        self.template_details.setText(template.description if template else "")

    def first_session(self) -> FirstSession | None:
        if not self.add_check.isChecked() or self.template_combo.currentData() is None:
            return None
        start = self.start_edit.time()
        return FirstSession(
            template_key=str(self.template_combo.currentData()),
            held_on=from_qdate(self.date_edit.date()),
            starts_at=time(start.hour(), start.minute()),
            place=self.place_edit.text(),
        )


class SetupWizard(QWizard):
    """Five short pages; Finish hands everything to one service call, and an error keeps the wizard open."""

    def __init__(self, library: ContentLibrary, submit: Callable[[ProgrammeSetup], Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a new programme"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self._submit = submit
        self.result_value: Any = None
        self.programme_page = ProgrammePage()
        self.lens_page = LensPage(library)
        self.model_page = ParModelPage(library)
        self.participants_page = ParticipantsPage()
        self.session_page = FirstSessionPage(library, self.lens_page.lens_keys)
        for page in (
            self.programme_page,
            self.lens_page,
            self.model_page,
            self.participants_page,
            self.session_page,
        ):
            self.addPage(page)
        for which, tip in (
            (QWizard.WizardButton.NextButton, self.tr("Go to the next step (Enter)")),
            (QWizard.WizardButton.BackButton, self.tr("Go back a step")),
            (QWizard.WizardButton.FinishButton, self.tr("Create the programme with everything entered")),
            (QWizard.WizardButton.CancelButton, self.tr("Close without creating anything")),
        ):
            self.button(which).setToolTip(tip)
        self.resize(appearance.scaled(720), appearance.scaled(560))

    def setup(self) -> ProgrammeSetup:
        p = self.programme_page
        return ProgrammeSetup(
            name=p.name_edit.text(),
            partnership=p.partnership_edit.text(),
            starts_on=from_qdate(p.start_edit.date()),
            ends_on=from_qdate(p.end_edit.date()) if p.has_end.isChecked() else None,
            par_model_key=self.model_page.par_model_key(),
            lens_keys=self.lens_page.lens_keys(),
            participants=self.participants_page.people(),
            first_session=self.session_page.first_session(),
        )

    def accept(self) -> None:
        try:
            self.result_value = self._submit(self.setup())
        except WorkshopError as exc:
            self.session_page.error_label.setText(self.tr("Nothing was saved: {message}").format(message=exc.message))
            self.session_page.error_label.show()
            return
        super().accept()
