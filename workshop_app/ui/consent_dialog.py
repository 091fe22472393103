"""Recording a participant's consent: taking part, research use, quoting; revisits and withdrawal."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDateEdit, QMessageBox, QPushButton, QWidget

from ..domain import records as r
from ..domain import voice as v
from . import appearance
from .dialogs import FormDialog, Submit, from_qdate, to_qdate
from .texts import format_date


def confirm_withdrawal(parent: QWidget, name: str) -> bool:
    """Ask before withdrawing (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("consent_dialog", "Withdraw consent"),
        QCoreApplication.translate(
            "consent_dialog",
            "Withdraw {name}'s consent?\n\nNothing more can be stored for them, their data is marked for "
            "erasure, and it is left out of every summary and export from now on. This cannot be undone.",
        ).format(name=name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConsentDialog(FormDialog):
    def __init__(
        self,
        submit: Submit,
        withdraw: Any,
        person: r.Participant,
        consent: v.Consent | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Consent: {name}").format(name=person.name), submit, parent)
        self.person = person
        self._withdraw = withdraw
        self.taking_part = QCheckBox(self.tr("Agrees to take part (entries may be stored)"))
        self.taking_part.setToolTip(self.tr("Without this, nothing they write or rate is stored"))
        self.research_use = QCheckBox(self.tr("Agrees that their reflections may be used for research"))
        self.research_use.setToolTip(self.tr("Their reflections may go into research exports"))
        self.quoting = QCheckBox(self.tr("Agrees to be quoted (without their name)"))
        self.quoting.setToolTip(self.tr("Their words may be quoted without their name"))
        self.on_edit = QDateEdit(to_qdate(date.today()))
        self.on_edit.setToolTip(self.tr("The day consent was given or looked at again"))
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("dd MMM yyyy")
        for box, name in (
            (self.taking_part, self.tr("Agrees to take part")),
            (self.research_use, self.tr("Agrees to research use")),
            (self.quoting, self.tr("Agrees to be quoted")),
            (self.on_edit, self.tr("Date")),
        ):
            box.setAccessibleName(name)
        self.research_use.toggled.connect(lambda on: on and self.taking_part.setChecked(True))
        self.quoting.toggled.connect(lambda on: on and self.research_use.setChecked(True))
        self.taking_part.toggled.connect(lambda on: on or self.research_use.setChecked(False))
        self.research_use.toggled.connect(lambda on: on or self.quoting.setChecked(False))
        self.form.addRow(self.taking_part)
        self.form.addRow(self.research_use)
        self.form.addRow(self.quoting)
        self.form.addRow(self.tr("&Given or revisited on"), self.on_edit)
        history = self.tr("No consent recorded yet.")
        if consent is not None:
            self.taking_part.setChecked(consent.taking_part)
            self.research_use.setChecked(consent.research_use)
            self.quoting.setChecked(consent.quoting)
            history = "<br>".join(
                f"{format_date(e.on, 'dd MMM yyyy')}: {e.kind.value}"
                + ("" if e.kind == v.ConsentEventKind.WITHDRAWN else f" ({_flags(e)})")
                for e in consent.history
            )
        self.history = appearance.hint_label(history)
        self.form.addRow(self.tr("History"), self.history)
        self.withdraw_button = QPushButton(self.tr("Withdraw consent…"))
        self.withdraw_button.setToolTip(self.tr("Withdraw all consent; their data is marked for erasure"))
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.form.addRow(self.withdraw_button)
        if consent is not None and consent.withdrawn_on is not None:
            for widget in (self.taking_part, self.research_use, self.quoting, self.on_edit, self.withdraw_button):
                widget.setEnabled(False)
            self.ok_button().setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {
            "taking_part": self.taking_part.isChecked(),
            "research_use": self.research_use.isChecked(),
            "quoting": self.quoting.isChecked(),
            "on": from_qdate(self.on_edit.date()),
        }

    def _on_withdraw(self) -> None:
        if not confirm_withdrawal(self, self.person.name):
            return
        from ..domain.errors import WorkshopError

        try:
            self.result_value = self._withdraw(from_qdate(self.on_edit.date()))
        except WorkshopError as exc:
            self.error_label.setText(exc.message)
            self.error_label.show()
            return
        self.accept()


def _flags(event: v.ConsentEvent) -> str:
    parts = [
        name
        for name, on in (
            (QCoreApplication.translate("consent_dialog", "takes part"), event.taking_part),
            (QCoreApplication.translate("consent_dialog", "research"), event.research_use),
            (QCoreApplication.translate("consent_dialog", "quotes"), event.quoting),
        )
        if on
    ]
    return ", ".join(parts) or QCoreApplication.translate("consent_dialog", "does not take part")
