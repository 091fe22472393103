"""Thin Qt table models over lists of domain values (participants, sessions, agenda lines)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ..domain import records as r
from ..services.agenda_types import AgendaLine
from .texts import format_date

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
# asked for per cell painted, and answered by no model here (extra_data included)
_NEVER_ANSWERED = frozenset(
    (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.StatusTipRole,
        Qt.ItemDataRole.WhatsThisRole,
    )
)


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    tooltip: Callable[[T], str] | None = None


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of values, one row each, columns declared once."""

    ITEM_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._items: list[T] = []

    # --- data in ---
    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[T]:
        return list(self._items)

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    # --- Qt ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    # roles this model never answers, turned away first: a view asks for each of them for every cell
    # it paints (a subclass whose extra_data answers one must leave it out)
    UNANSWERED: frozenset[Any] = frozenset()

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in self.UNANSWERED:
            return None
        row = index.row()
        if not (0 <= row < len(self._items)) or not index.isValid():
            return None
        item = self._items[row]
        column = self._columns[index.column()]
        if role == _DISPLAY:
            return column.text(item)
        if role == _ALIGNMENT:
            return int(column.align)
        if role == _TOOLTIP and column.tooltip:
            return column.tooltip(item)
        if role == self.ITEM_ROLE:
            return item
        return self.extra_data(item, role)

    def extra_data(self, item: T, role: int) -> Any:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ParticipantTableModel(ListTableModel[r.Participant]):
    UNANSWERED = _NEVER_ANSWERED

    def __init__(self, parent: Any = None) -> None:
        self._consent: dict[str, str] = {}
        super().__init__(
            [
                Column[r.Participant](self.tr("Code"), lambda p: p.code),
                Column[r.Participant](self.tr("Name"), lambda p: p.name),
                Column[r.Participant](
                    self.tr("Organisation"), lambda p: p.organisation, tooltip=lambda p: p.organisation
                ),
                Column[r.Participant](self.tr("Sector"), lambda p: p.sector),
                Column[r.Participant](self.tr("Role"), lambda p: p.role, tooltip=lambda p: p.role),
                Column[r.Participant](self.tr("Consent"), lambda p: self._consent.get(p.id, self.tr("Not recorded"))),
            ],
            parent,
        )

    def set_consent(self, labels: dict[str, str]) -> None:
        """Each person's consent in words ('Taking part (research)', 'Withdrawn 3 May 2026' ...)."""
        self._consent = dict(labels)
        if self.rowCount():
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, last), self.index(self.rowCount() - 1, last))


class SessionTableModel(ListTableModel[r.Session]):
    UNANSWERED = _NEVER_ANSWERED

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[r.Session](self.tr("Date"), lambda s: format_date(s.held_on)),
                Column[r.Session](self.tr("Starts"), lambda s: f"{s.starts_at:%H:%M}"),
                Column[r.Session](self.tr("Session"), lambda s: s.title, tooltip=lambda s: s.place),
            ],
            parent,
        )


class AgendaTableModel(ListTableModel[AgendaLine]):
    UNANSWERED = _NEVER_ANSWERED

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[AgendaLine](self.tr("Time"), lambda a: f"{a.timing.starts:%H:%M}–{a.timing.ends:%H:%M}"),
                Column[AgendaLine](self.tr("Min"), lambda a: str(a.block.minutes), RIGHT),
                Column[AgendaLine](
                    self.tr("Block"), lambda a: a.block.title, tooltip=lambda a: a.block.purpose or a.block.title
                ),
                Column[AgendaLine](self.tr("Serves"), lambda a: a.serves_label),
            ],
            parent,
        )

    def extra_data(self, item: AgendaLine, role: int) -> Any:
        if item.block.kind == r.BlockKind.BREAK:
            if role == _FOREGROUND:
                return QColor("#666666")  # the view takes a colour as its brush
            if role == _FONT:
                font = QFont()
                font.setItalic(True)
                return font
        return None
