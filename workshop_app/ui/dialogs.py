"""Forms for new programmes, participants and sessions; errors show inline and keep the form open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.content import SessionTemplate
from ..domain.errors import WorkshopError
from . import appearance
from .texts import format_minutes

Submit = Callable[[dict[str, Any]], Any]


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FormDialog(QDialog):
    """A form whose OK button hands the values to `submit`; a WorkshopError keeps it open."""

    def __init__(self, title: str, submit: Submit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._submit = submit
        self.result_value: Any = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        appearance.set_text_role(self.error_label, "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("Save and close (Enter)"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(self.tr("Close without saving (Esc)"))
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(appearance.scaled(460))

    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _on_ok(self) -> None:
        try:
            self.result_value = self._submit(self.values())
        except WorkshopError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()


class ProgrammeDialog(FormDialog):
    def __init__(self, submit: Submit, par_models: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New programme"), submit, parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. North Ayrshire integration leaders 2026"))
        self.partnership_edit = QLineEdit()
        self.partnership_edit.setPlaceholderText(self.tr("The partnership or area the programme serves"))
        self.start_edit = QDateEdit(to_qdate(date.today()))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd MMM yyyy")
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end_edit = QDateEdit(to_qdate(date.today()).addMonths(6))
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat("dd MMM yyyy")
        self.end_edit.setEnabled(False)
        self.has_end.toggled.connect(self.end_edit.setEnabled)
        self.model_combo = QComboBox()
        for key, name in par_models:
            self.model_combo.addItem(name, key)
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Partnership"), self.partnership_edit)
        self.form.addRow(self.tr("&Starts on"), self.start_edit)
        self.form.addRow(self.has_end, self.end_edit)
        self.form.addRow(self.tr("PAR &model"), self.model_combo)
        for widget, name in (
            (self.name_edit, self.tr("Programme name")),
            (self.partnership_edit, self.tr("Partnership")),
            (self.start_edit, self.tr("Start date")),
            (self.end_edit, self.tr("End date")),
            (self.model_combo, self.tr("Participatory action research model")),
        ):
            widget.setAccessibleName(name)
        set_tooltips(
            (self.name_edit, self.tr("The name printed on every pack cover (required)")),
            (self.partnership_edit, self.tr("The partnership or area the programme serves")),
            (self.start_edit, self.tr("The date the programme starts")),
            (self.has_end, self.tr("Tick to give the programme an end date")),
            (self.end_edit, self.tr("When the programme ends (optional)")),
            (self.model_combo, self.tr("The PAR cycle model; its stages guide the sessions")),
        )

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "partnership": self.partnership_edit.text(),
            "starts_on": from_qdate(self.start_edit.date()),
            "ends_on": from_qdate(self.end_edit.date()) if self.has_end.isChecked() else None,
            "par_model_key": self.model_combo.currentData(),
        }


class ParticipantDialog(FormDialog):
    def __init__(self, submit: Submit, sectors: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add participant"), submit, parent)
        self.name_edit = QLineEdit()
        self.organisation_edit = QLineEdit()
        self.sector_combo = QComboBox()
        self.sector_combo.setEditable(True)
        self.sector_combo.addItems(list(sectors))
        self.sector_combo.setCurrentIndex(-1)
        self.sector_combo.lineEdit().setPlaceholderText(self.tr("Choose or type a sector"))
        self.role_edit = QLineEdit()
        self.form.addRow(self.tr("&Name"), self.name_edit)
        self.form.addRow(self.tr("&Organisation"), self.organisation_edit)
        self.form.addRow(self.tr("&Sector"), self.sector_combo)
        self.form.addRow(self.tr("&Role"), self.role_edit)
        hint = appearance.hint_label(
            self.tr("Each participant gets a short code, printed on their sheets."), wrap=False
        )
        self.form.addRow(hint)
        for widget, name in (
            (self.name_edit, self.tr("Participant name")),
            (self.organisation_edit, self.tr("Organisation")),
            (self.sector_combo, self.tr("Sector")),
            (self.role_edit, self.tr("Role")),
        ):
            widget.setAccessibleName(name)
        set_tooltips(
            (self.name_edit, self.tr("The participant's name as printed on their sheets (required)")),
            (self.organisation_edit, self.tr("The organisation they come from")),
            (self.sector_combo, self.tr("Their sector: choose one or type your own")),
            (self.role_edit, self.tr("Their job or role")),
        )

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text(),
            "organisation": self.organisation_edit.text(),
            "sector": self.sector_combo.currentText(),
            "role": self.role_edit.text(),
        }


class SessionDialog(FormDialog):
    def __init__(self, submit: Submit, templates: Sequence[SessionTemplate], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add session"), submit, parent)
        self.template_combo = QComboBox()
        for template in templates:
            self.template_combo.addItem(f"{template.title} ({format_minutes(template.planned_minutes)})", template.key)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Leave empty to use the template's title"))
        self.date_edit = QDateEdit(to_qdate(date.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd dd MMM yyyy")
        self.start_edit = QTimeEdit(QTime(9, 30))
        self.start_edit.setDisplayFormat("HH:mm")
        self.booked_spin = QSpinBox()
        self.booked_spin.setRange(0, 24 * 60)
        self.booked_spin.setSingleStep(15)
        self.booked_spin.setSuffix(self.tr(" min"))
        self.place_edit = QLineEdit()
        self.form.addRow(self.tr("&Template"), self.template_combo)
        self.form.addRow(self.tr("T&itle"), self.title_edit)
        self.form.addRow(self.tr("&Date"), self.date_edit)
        self.form.addRow(self.tr("&Starts at"), self.start_edit)
        self.form.addRow(self.tr("&Booked for"), self.booked_spin)
        self.form.addRow(self.tr("&Place"), self.place_edit)
        self._templates = {t.key: t for t in templates}
        self.template_combo.currentIndexChanged.connect(self._template_changed)
        self._template_changed()
        for widget, name in (
            (self.template_combo, self.tr("Session template")),
            (self.title_edit, self.tr("Session title")),
            (self.date_edit, self.tr("Session date")),
            (self.start_edit, self.tr("Start time")),
            (self.booked_spin, self.tr("Booked length in minutes")),
            (self.place_edit, self.tr("Place")),
        ):
            widget.setAccessibleName(name)
        set_tooltips(
            (self.template_combo, self.tr("The session plan to copy: its blocks, timings and prompts")),
            (self.title_edit, self.tr("A title for this session; empty uses the template's title")),
            (self.date_edit, self.tr("The day of the session")),
            (self.start_edit, self.tr("When the session starts; the agenda's clock times follow from it")),
            (self.booked_spin, self.tr("How long the room is booked, in minutes; the agenda warns when it overruns")),
            (self.place_edit, self.tr("Where the session is held (printed on the pack)")),
        )

    def _template_changed(self) -> None:
        template = self._templates.get(self.template_combo.currentData())
        if template:
            self.booked_spin.setValue(template.planned_minutes)

    def values(self) -> dict[str, Any]:
        start = self.start_edit.time()
        return {
            "template_key": self.template_combo.currentData(),
            "title": self.title_edit.text() or None,
            "held_on": from_qdate(self.date_edit.date()),
            "starts_at": time(start.hour(), start.minute()),
            "booked_minutes": self.booked_spin.value(),
            "place": self.place_edit.text(),
        }


def set_tooltips(*pairs: tuple[QWidget, str]) -> None:
    for widget, tip in pairs:
        widget.setToolTip(tip)
