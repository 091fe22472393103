"""Widgets that wrap onto more lines, and ask the window for the room those lines need.

Qt gives a widget that wraps its minimum height (one line) whenever a window is short of room,
whatever its lines need at the width it got; at large text sizes on a projector laptop's screen,
lines were cut off or overlapped.

`WrapRow`, a row of buttons that wraps where the window is too narrow for it, is used for the
agenda's buttons: at large text sizes (200 %) the single row asked for 1,005 pixels,
which with the programme column beside it made the main window wider than a projector laptop's
1280-pixel screen. The row holds groups of widgets: each group stays on one line while it fits;
where two groups share a line the last one keeps to the right (as a stretch between them did); a
group wider than the space wraps widget by widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class WrapRow(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._group_of: list[int] = []  # the group each item belongs to
        self._group = 0
        self._width = 0  # the width laid out last (0: none yet, the minimum is one line)

    # --- filling -------------------------------------------------------------------------------
    def add_group(self, widgets: list[QWidget]) -> None:
        """Widgets that stay together on one line while they fit."""
        for widget in widgets:
            self.addWidget(widget)  # through addItem, which notes the group
        self._group += 1

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)
        self._group_of.append(self._group)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        del self._group_of[index]
        return self._items.pop(index)

    # --- sizes ---------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)
        if rect.width() != self._width:
            before = self.minimumSize().height()
            self._width = rect.width()
            if self.minimumSize().height() != before:  # more lines or fewer: the minimum follows them
                self.invalidate()  # asks the window for a new layout, on the next turn of the event loop

    def sizeHint(self) -> QSize:  # noqa: N802 - everything on one line
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self.spacing() if width else 0)
            height = max(height, hint.height())
        return self._with_margins(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        """As narrow as the widest single widget; as high as the lines need at the present width
        (a window short of height gives a layout its minimum, not its height for width, and the
        second line of buttons was overlapped by what comes below)."""
        width = height = 0
        for item in self._visible():
            least = item.minimumSize().expandedTo(item.sizeHint())
            width, height = max(width, least.width()), max(height, least.height())
        size = self._with_margins(width, height)
        if self._width > 0:
            size.setHeight(max(size.height(), self._arrange(QRect(0, 0, self._width, 0), place=False)))
        return size

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    # --- layout --------------------------------------------------------------------------------
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, width: int, height: int) -> QSize:
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def _groups(self) -> list[list[QLayoutItem]]:
        groups: dict[int, list[QLayoutItem]] = {}
        for item, group in zip(self._items, self._group_of, strict=True):
            if not item.isEmpty():
                groups.setdefault(group, []).append(item)
        return list(groups.values())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the groups out in `rect` (moving the widgets when `place`); returns the height used."""
        margins = self.contentsMargins()
        left, top = rect.x() + margins.left(), rect.y() + margins.top()
        width = max(1, rect.width() - margins.left() - margins.right())
        gap = max(0, self.spacing())
        lines: list[list[list[QLayoutItem]]] = [[]]  # lines of groups (or of a wide group's pieces)
        used = 0  # width taken on the current line
        for group in self._groups():
            group_width = sum(item.sizeHint().width() for item in group) + gap * (len(group) - 1)
            if lines[-1] and used + gap + group_width > width:
                lines.append([])
                used = 0
            if group_width <= width:
                lines[-1].append(group)
                used += (gap if lines[-1][:-1] else 0) + group_width
                continue
            piece: list[QLayoutItem] = []  # wider than a whole line (on a line of its own): widget by widget
            for item in group:
                item_width = item.sizeHint().width()
                if piece and used + gap + item_width > width:
                    lines[-1].append(piece)
                    lines.append([])
                    piece, used = [], 0
                used += (gap if piece else 0) + item_width
                piece.append(item)
            lines[-1].append(piece)
            lines.append([])
            used = 0
        y = top
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for piece in line for item in piece)
            if place:
                x = left
                for index, piece in enumerate(line):
                    piece_width = sum(item.sizeHint().width() for item in piece) + gap * (len(piece) - 1)
                    if index == len(line) - 1 and index > 0:
                        x = left + width - piece_width  # the last group on a shared line keeps right
                    for item in piece:
                        hint = item.sizeHint()
                        item.setGeometry(QRect(x, y + (height - hint.height()) // 2, hint.width(), hint.height()))
                        x += hint.width() + gap
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if y > top else margins.top() + margins.bottom()


class WrappedLabel(QLabel):
    """A label that wraps and asks the layout for the height its lines need at its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        width = self.width()
        if width > 0:
            hint.setHeight(max(hint.height(), self.heightForWidth(width)))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the lines needed follow the width
