"""Qt models for research screens: search hits, coded entries, codes, codings, frequencies, trends."""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..domain.research import Code, CodedEntry, Coding, FrequencyTable, ItemTrend, SearchHit, SearchKind
from .models import RIGHT, Column, ListTableModel
from .texts import format_date

Index = QModelIndex | QPersistentModelIndex
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MARK_STYLE = "background-color:#ffe08a; font-weight:600;"


def marked_html(pieces: tuple[tuple[str, bool], ...]) -> str:
    """Snippet pieces as HTML with the matched words highlighted."""
    out = []
    for text, match in pieces:
        safe = html.escape(text).replace("\n", " ")
        out.append(f'<span style="{MARK_STYLE}">{safe}</span>' if match else safe)
    return "".join(out)


class SearchHitTableModel(ListTableModel[SearchHit]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[SearchHit](self.tr("Found"), lambda h: "".join(t for t, _ in h.snippet).replace("\n", " ")),
                Column[SearchHit](
                    self.tr("Who"),
                    lambda h: h.participant_label if h.kind == SearchKind.REFLECTION else self.tr("Action"),
                ),
                Column[SearchHit](
                    self.tr("Session"),
                    lambda h: f"{format_date(h.held_on, 'dd MMM yyyy')} {h.session_title}" if h.held_on else "",
                ),
                Column[SearchHit](self.tr("Prompt"), lambda h: h.prompt, tooltip=lambda h: h.prompt),
            ],
            parent,
        )

    def extra_data(self, item: SearchHit, role: int) -> Any:
        if role == HTML_ROLE:
            return marked_html(item.snippet)
        return None


def shown_from(doc: QTextDocument, width: float) -> float:
    """How far to move a one-line snippet left so that its first highlighted word is seen in a cell
    `width` wide: 0 when it already is; otherwise the word starts a quarter of the way in, with the
    words before it for context (never moving past the text's end)."""
    if doc.idealWidth() <= width:  # lays the document out, too
        return 0.0
    block = doc.firstBlock()
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return 0.0
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush:
            line, margin = layout.lineAt(0), doc.documentMargin()
            start = fragment.position() - block.position()
            left = margin + line.cursorToX(start)[0]
            right = margin + line.cursorToX(start + fragment.length())[0]
            if right <= width - margin:
                return 0.0
            return max(0.0, min(left - width / 4, doc.idealWidth() - width))
        fragments += 1
    return 0.0


class HtmlDelegate(QStyledItemDelegate):
    """Paints a column's HTML_ROLE text (highlighted matches) instead of its plain text."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(str(index.data() or "")))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, opt.rect.width(), opt.rect.height()))
        painter.translate(-shown_from(doc, opt.rect.width()), 0)
        context = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))


class CodedEntryTableModel(QAbstractTableModel):
    """The coding list over an id list: a row's entry is read, with its page, when the view asks for it.

    The model holds every listed entry's id (so the count, the scroll bar and choosing any entry by
    id are right at once) but reads entries only a page at a time, through `fetch` (one read of the
    database per page), and keeps the last few pages it read.
    """

    ITEM_ROLE = ListTableModel.ITEM_ROLE
    PAGE_SIZE = 200
    KEPT_PAGES = 20

    def __init__(
        self,
        fetch: Callable[[Sequence[str]], list[CodedEntry]],
        parent: Any = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self._columns = (
            Column[CodedEntry](self.tr("Date"), lambda e: f"{format_date(e.held_on, 'dd MMM yyyy')}"),
            Column[CodedEntry](self.tr("Cycle"), lambda e: str(e.cycle_number or ""), RIGHT),
            Column[CodedEntry](self.tr("Who"), lambda e: e.participant_code),
            Column[CodedEntry](self.tr("Prompt"), lambda e: e.prompt, tooltip=lambda e: e.prompt),
            Column[CodedEntry](self.tr("Codes"), lambda e: str(len(e.codings)), RIGHT),
            Column[CodedEntry](self.tr("Reviewed"), lambda e: self.tr("yes") if e.reviewed else ""),
        )
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, CodedEntry]] = OrderedDict()
        self.pages_read = 0  # reads of the database so far

    # --- data in ---
    def set_ids(self, ids: Sequence[str]) -> None:
        """A new list: these entries, in this order; nothing is read until a row is asked for."""
        self.beginResetModel()
        self._ids = list(ids)
        self._pages.clear()
        self.endResetModel()

    def complete(self, ids: Sequence[str]) -> bool:
        """The whole list, once the first rows were set from its head: rows are added after them.

        Returns False (and starts the list anew, as `set_ids`) when the rows already listed are not
        the start of `ids`: the entries changed while the rest of the list was read.
        """
        ids = list(ids)
        count = len(self._ids)
        if ids[:count] != self._ids:
            self.set_ids(ids)
            return False
        if len(ids) > count:
            self.beginInsertRows(QModelIndex(), count, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        return True

    def refresh(self) -> None:
        """The same entries whose codes or marks changed: forget the pages read, re-read what is shown."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._columns) - 1))

    # --- data out ---
    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, reflection_id: str | None) -> int:
        try:
            return self._ids.index(reflection_id) if reflection_id is not None else -1
        except ValueError:
            return -1

    def item(self, row: int) -> CodedEntry | None:
        rid = self.id_at(row)
        return None if rid is None else self._page(row // self.page_size).get(rid)

    def items(self) -> list[CodedEntry]:
        """Every entry in the list (reads every page: for short lists and checks)."""
        found = (self.item(row) for row in range(len(self._ids)))
        return [e for e in found if e is not None]

    def _page(self, number: int) -> dict[str, CodedEntry]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        ids = self._ids[number * self.page_size : (number + 1) * self.page_size]
        page = {e.reflection_id: e for e in self._fetch(ids)}
        self.pages_read += 1
        self._pages[number] = page
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- Qt ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ENTRY_ROLES:
            return None
        item = self.item(index.row())
        if item is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(item) if column.tooltip else None
        return item  # ITEM_ROLE

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].header
        return None


_ENTRY_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ToolTipRole,
    CodedEntryTableModel.ITEM_ROLE,
)


class CodeTableModel(ListTableModel[Code]):
    def __init__(self, parent: Any = None) -> None:
        self.headings: dict[str, str] = {}
        super().__init__(
            [
                Column[Code](self.tr("Code"), lambda c: c.name, tooltip=lambda c: c.description),
                Column[Code](self.tr("Group"), lambda c: self.headings.get(c.parent_id or "", "")),
            ],
            parent,
        )

    def set_codebook(self, codes: list[Code]) -> None:
        self.headings = {c.id: c.name for c in codes if not c.codable}
        self.set_items([c for c in codes if c.codable])

    def extra_data(self, item: Code, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and item.colour:
            from PySide6.QtGui import QColor

            return QColor(item.colour)
        return None


class CodingTableModel(ListTableModel[Coding]):
    def __init__(self, parent: Any = None) -> None:
        self.names: dict[str, str] = {}
        super().__init__(
            [
                Column[Coding](self.tr("Code"), lambda c: self.names.get(c.code_id, "")),
                Column[Coding](
                    self.tr("Tagged"), lambda c: f"“{c.quote}”" if c.start is not None else self.tr("the whole entry")
                ),
            ],
            parent,
        )


class FrequencyTableModel(QAbstractTableModel):
    """Codes down, groups across; a code's total last."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = FrequencyTable((), (), 0)

    def set_table(self, table: FrequencyTable) -> None:
        self.beginResetModel()
        self.table = FrequencyTable(table.groups, tuple(r for r in table.rows), table.hidden_groups)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.groups) + 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        row = self.table.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return row.code_name
            if col == len(self.table.groups) + 1:
                return str(row.total)
            value = row.by_group[col - 1]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(RIGHT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("research_models", "Code")
        if section == len(self.table.groups) + 1:
            return QCoreApplication.translate("research_models", "All entries")
        return self.table.groups[section - 1] if 0 < section <= len(self.table.groups) else None


class TrendTableModel(QAbstractTableModel):
    """One item's trend: groups down, cycles across; hidden points say so."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.trend: ItemTrend | None = None

    def set_trend(self, trend: ItemTrend | None) -> None:
        self.beginResetModel()
        self.trend = trend
        self.endResetModel()

    def _cycles(self) -> list[int]:
        if not self.trend or not self.trend.series:
            return []
        return [p.cycle_number for p in self.trend.series[0].points]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.trend else len(self.trend.series)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cycles()) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.trend:
            return None
        series = self.trend.series[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return series.label
            point = series.points[index.column() - 1]
            if point.mean is None:
                return QCoreApplication.translate("research_models", "hidden") if point.raters else "—"
            return f"{point.mean:.1f} (n={point.raters})"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() > 0:
            point = series.points[index.column() - 1]
            if point.mean is None and point.raters:
                return QCoreApplication.translate(
                    "research_models", "Fewer than 3 people rated: not shown, so no one's rating can be picked out."
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(RIGHT)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return QCoreApplication.translate("research_models", "Group")
        return QCoreApplication.translate("research_models", "Cycle {number}").format(
            number=self._cycles()[section - 1]
        )
