"""A reflection sheet as an on-screen form, fields in paper order, usable from the keyboard alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.content import SheetItem, SheetItemKind, SheetTemplate
from . import appearance

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class RatingWidget(QFrame):
    """A 1..5 rating: type a digit (focus moves on), Left/Right to adjust, 0 or Delete to clear."""

    changed = Signal()

    def __init__(self, item: SheetItem, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.low, self.high = low, high
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("ratingWidget")
        self.setAccessibleName(self.tr("Rating: {text}").format(text=item.text))
        self.setAccessibleDescription(self.tr("Type a number from {low} to {high}").format(low=low, high=high))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(18)
        for col, value in enumerate(range(low, high + 1)):
            button = QRadioButton(str(value))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{value}: {item.anchors.get(value, '')}".rstrip(": "))
            self.group.addButton(button, value)
            grid.addWidget(button, 0, col, Qt.AlignmentFlag.AlignHCenter)
            anchor = appearance.hint_label(item.anchors.get(value, ""), wrap=False)
            anchor.setObjectName("anchor")
            anchor.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            appearance.set_relative_font(anchor, 0.9)
            grid.addWidget(anchor, 1, col)
        self.group.idClicked.connect(self._clicked)
        self._value: int | None = None

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, notify: bool = False) -> None:
        value = value if value is not None and self.low <= value <= self.high else None
        self._value = value
        for button in self.group.buttons():
            button.setChecked(self.group.id(button) == value)
        if notify:
            self.changed.emit()

    def _clicked(self, value: int) -> None:
        self.set_value(None if self._value == value else value, notify=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and key in _DIGIT_KEYS:
            digit = _DIGIT_KEYS[key]
            if digit == 0:
                self.set_value(None, notify=True)
            elif self.low <= digit <= self.high:
                self.set_value(digit, notify=True)
                self.focusNextChild()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None, notify=True)
            return
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(min(self.high, (self._value or self.low - 1) + 1), notify=True)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(max(self.low, (self._value or self.low + 1) - 1), notify=True)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self.focusNextChild()
            return
        super().keyPressEvent(event)


class AnswerEdit(QPlainTextEdit):
    """Free text for a prompt or actions: Tab moves on; Enter starts a new line."""

    def __init__(self, item: SheetItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setTabChangesFocus(True)
        self.setAccessibleName(item.text)
        self.setAccessibleDescription(self.tr("Type the answer in words; Tab moves to the next question"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(84 if item.kind == SheetItemKind.PROMPT else 70)


class SheetFormWidget(QWidget):
    """Every item of a sheet in paper order; `answers()` gives what a service stores."""

    changed = Signal()

    def __init__(self, sheet: SheetTemplate, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.fields: dict[str, RatingWidget | AnswerEdit] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        number = 0
        for item in sheet.items:
            number += 1
            label = QLabel(f"{number}. {item.text}")
            label.setWordWrap(True)
            appearance.set_relative_font(label, 1.45 if large else 1.1, bold=True)
            layout.addWidget(label)
            if item.help:
                hint = appearance.hint_label(item.help)
                layout.addWidget(hint)
            if item.kind == SheetItemKind.RATING:
                field: RatingWidget | AnswerEdit = RatingWidget(item, sheet.scale_min, sheet.scale_max)
                row = QHBoxLayout()
                row.addWidget(field)
                row.addStretch(1)
                layout.addLayout(row)
                field.changed.connect(self.changed)
            else:
                field = AnswerEdit(item)
                field.textChanged.connect(self.changed)
                layout.addWidget(field)
            label.setBuddy(field)
            self.fields[item.key] = field
            layout.addSpacing(6)
        layout.addStretch(1)
        order = list(self.fields.values())
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def last_field(self) -> QWidget | None:
        return list(self.fields.values())[-1] if self.fields else None

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, field in self.fields.items():
            out[key] = field.value() if isinstance(field, RatingWidget) else field.toPlainText()
        return out

    def set_answers(self, answers: dict[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for key, field in self.fields.items():
                value = answers.get(key)
                if isinstance(field, RatingWidget):
                    field.set_value(value if isinstance(value, int) else None)
                else:
                    field.setPlainText(str(value or ""))
        finally:
            self.blockSignals(False)

    def clear(self) -> None:
        self.set_answers({})
