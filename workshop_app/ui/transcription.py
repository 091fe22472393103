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
from .sheet_form import SheetFormWidget


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
        self.setWindowTitle("Type in paper sheets")
        self.resize(820, 900)

        self.code_edit = QLineEdit()
        self.code_edit.setAccessibleName("Sheet code")
        self.code_edit.setPlaceholderText("e.g. 3F2A-SIXP-SJ01 (as printed at the top of the sheet)")
        self.code_edit.setStyleSheet("font-size: 14pt; font-family: monospace;")
        self.code_edit.returnPressed.connect(self.open_code)
        self.open_button = EnterButton("Open")
        self.open_button.clicked.connect(self.open_code)
        self.message = QLabel(" ")
        self.message.setObjectName("transcriptionMessage")
        self.message.setWordWrap(True)
        self.heading = QLabel("Type the code printed at the top of a paper sheet, then press Enter.")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt;")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.form: SheetFormWidget | None = None
        self.save_button = EnterButton("Save sheet")
        self.save_button.setToolTip("Enter or Ctrl+Enter: save this sheet and go back to the code for the next one")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_sheet)
        self.count_label = QLabel("No sheets typed in yet.")
        self.count_label.setStyleSheet("color: #555;")

        top = QHBoxLayout()
        top.addWidget(QLabel("Sheet &code"))
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
                    f"{target.participant.name} has not consented to take part (or has withdrawn), "
                    "so this sheet cannot be stored. Record their consent first.",
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
            else "Blank sheet: stored as anonymous"
        )
        self.heading.setText(
            f"<b>{target.sheet.title}</b><br>{target.session.title}, {target.session.held_on:%d %b %Y} · {who}"
        )
        if existing is not None:
            form.set_answers({a.item_key: (a.value if a.value is not None else a.text) for a in existing.answers})
            self._say(f"This sheet was already entered ({existing.channel.value}); saving replaces its answers.")
        else:
            self._say(f"Opened {target.code}. Tab moves between fields; type 1 to 5 for a rating.")
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
            f"{self.saved_count} sheet{'s' if self.saved_count != 1 else ''} typed in this sitting."
        )
        self._say(f"Saved {target.code}. Type the next code.")
        self.target = None
        self.form = None
        self.scroll.takeWidget().deleteLater()
        self.heading.setText("Type the code printed at the top of a paper sheet, then press Enter.")
        self.save_button.setEnabled(False)
        self.code_edit.clear()
        self.code_edit.setFocus()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
