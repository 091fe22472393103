"""Typing paper sheets back in: a sheet code opens the matching form, fields in paper order, keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import WorkshopError
from ..domain.voice import Channel
from ..services.container import Services
from ..services.sheets import SheetTarget
from . import appearance
from .sheet_form import SheetFormWidget
from .texts import format_date


class EnterButton(QPushButton):
    """A button that Enter presses as well as Space, for keyboard-only entry."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)


class TranscriptionWindow(QWidget):
    """Type a sheet code, Enter; type the answers (Tab between fields, digits for ratings); Enter on Save."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.target: SheetTarget | None = None
        self.saved_count = 0
        self.setWindowTitle(self.tr("Type in paper sheets"))
        self.resize(820, 900)

        self.code_edit = QLineEdit()
        self.code_edit.setToolTip(self.tr("The code printed at the top of the paper sheet"))
        self.code_edit.setAccessibleName(self.tr("Sheet code"))
        self.code_edit.setPlaceholderText(self.tr("e.g. 3F2A-SIXP-SJ01 (as printed at the top of the sheet)"))
        self.code_edit.setStyleSheet("font-family: monospace;")
        appearance.set_relative_font(self.code_edit, 1.55)
        self.code_edit.returnPressed.connect(self.open_code)
        self.open_button = EnterButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the sheet with this code for typing in"))
        self.open_button.clicked.connect(self.open_code)
        self.message = QLabel(" ")
        self.message.setObjectName("transcriptionMessage")
        self.message.setWordWrap(True)
        self.heading = QLabel(self.tr("Type the code printed at the top of a paper sheet, then press Enter."))
        self.heading.setWordWrap(True)
        appearance.set_relative_font(self.heading, 1.3)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName(self.tr("Sheet questions"))
        self.scroll.setToolTip(self.tr("The sheet's questions; Tab moves between them"))
        self.scroll.setWidgetResizable(True)
        self.form: SheetFormWidget | None = None
        self.save_button = EnterButton(self.tr("Save sheet"))
        self.save_button.setToolTip(
            self.tr("Enter or Ctrl+Enter: save this sheet and go back to the code for the next one")
        )
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_sheet)
        self.count_label = appearance.hint_label(self.tr("No sheets typed in yet."), wrap=False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet &code")))
        top.addWidget(self.code_edit, 1)
        top.addWidget(self.open_button)
        top.itemAt(0).widget().setBuddy(self.code_edit)  # type: ignore[union-attr]
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_sheet)
        self.code_edit.setFocus()

    def open_code(self) -> None:
        try:
            target = self.services.sheets.resolve_code(self.code_edit.text())
        except WorkshopError as exc:
            self._say(exc.message, error=True)
            self.code_edit.selectAll()
            return
        existing = None
        if target.participant is not None:
            consenting = self.services.consent.consenting_ids(target.session.programme_id)
            if target.participant.id not in consenting:
                self._say(
                    self.tr(
                        "{name} has not consented to take part (or has withdrawn), "
                        "so this sheet cannot be stored. Record their consent first."
                    ).format(name=target.participant.name),
                    error=True,
                )
                return
            existing = self.services.sheets.find(target.session.id, target.sheet.key, target.participant.id)
        self.target = target
        form = SheetFormWidget(target.sheet)
        self.scroll.setWidget(form)
        self.form = form
        who = (
            f"{target.participant.name} ({target.participant.code})"
            if target.participant
            else self.tr("Blank sheet: stored as anonymous")
        )
        self.heading.setText(
            f"<b>{target.sheet.title}</b><br>{target.session.title}, "
            f"{format_date(target.session.held_on, 'dd MMM yyyy')} · {who}"
        )
        if existing is not None:
            form.set_answers({a.item_key: (a.value if a.value is not None else a.text) for a in existing.answers})
            self._say(
                self.tr("This sheet was already entered ({channel}); saving replaces its answers.").format(
                    channel=existing.channel.value
                )
            )
        else:
            self._say(
                self.tr("Opened {code}. Tab moves between fields; type 1 to 5 for a rating.").format(code=target.code)
            )
        last = form.last_field()
        if last is not None:
            QWidget.setTabOrder(last, self.save_button)
        self.save_button.setEnabled(True)
        first = form.first_field()
        (first or self.save_button).setFocus()

    def save_sheet(self) -> None:
        if self.target is None or self.form is None:
            return
        target = self.target
        try:
            self.services.sheets.record(
                target.session.id,
                target.sheet.key,
                target.participant.id if target.participant else None,
                Channel.PAPER,
                self.form.answers(),
            )
        except WorkshopError as exc:
            self._say(exc.message, error=True)
            return
        self.saved_count += 1
        self.count_label.setText(
            self.tr("1 sheet typed in this sitting.")
            if self.saved_count == 1
            else self.tr("{count} sheets typed in this sitting.").format(count=self.saved_count)
        )
        self._say(self.tr("Saved {code}. Type the next code.").format(code=target.code))
        self.target = None
        self.form = None
        self.scroll.takeWidget().deleteLater()
        self.heading.setText(self.tr("Type the code printed at the top of a paper sheet, then press Enter."))
        self.save_button.setEnabled(False)
        self.code_edit.clear()
        self.code_edit.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        colour = appearance.colour("#b00020", "#ff8080") if error else appearance.colour("#1b5e20", "#7dff9a")
        self.message.setStyleSheet(f"color: {colour};")
