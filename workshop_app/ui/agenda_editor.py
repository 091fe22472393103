"""The editable agenda: add, copy, delete, drag or Alt+Up/Down to reorder, type titles and minutes; undoable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QItemSelectionModel, QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.errors import WorkshopError
from ..domain.rules import planned_end
from ..services.agenda_types import (
    MAX_BLOCK_MINUTES,
    NEW_ACTIVITY,
    NEW_BREAK,
    Agenda,
    AgendaLine,
    BlockDraft,
    LibraryBlock,
)
from ..services.result import Result
from . import appearance
from .messages import show_error
from .models import RIGHT, AgendaTableModel, Column, ListTableModel
from .texts import escape_html, format_minutes
from .wrapping import WrappedLabel, WrapRow

if TYPE_CHECKING:
    from ..services.agenda import AgendaService

MIME = "application/x-workshop-block-row"
TITLE_COLUMN = 2
MINUTES_COLUMN = 1


class AgendaEditModel(AgendaTableModel):
    """The agenda table, with titles and minutes editable in place and rows that can be dragged."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_edit: Callable[[AgendaLine, str, Any], bool] = lambda line, field, value: False
        self.on_move: Callable[[AgendaLine, int], None] = lambda line, position: None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:  # type: ignore[override]
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (TITLE_COLUMN, MINUTES_COLUMN):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            line = self.item(index.row())
            if line is not None:
                return line.block.minutes if index.column() == MINUTES_COLUMN else line.block.title
        return super().data(index, role)

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.item(index.row()) if index.isValid() else None
        if line is None or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == MINUTES_COLUMN:
            return self.on_edit(line, "minutes", value)
        if index.column() == TITLE_COLUMN:
            return self.on_edit(line, "title", value)
        return False

    # --- drag and drop (a move is carried out by the editor, as an undoable command) ---
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        if rows:
            data.setData(MIME, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any) -> bool:
        return data.hasFormat(MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Any) -> bool:
        if not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        line = self.item(source)
        if line is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        target = row if row <= source else row - 1
        if target != source:
            # after the drop event: the model is reloaded by the move
            QTimer.singleShot(0, lambda: self.on_move(line, target))
        return False  # the view must not remove the dragged row itself


class MinutesDelegate(QStyledItemDelegate):
    """Minutes are typed in a spin box that only offers what a block may last (1 to 600)."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(1, MAX_BLOCK_MINUTES)
        spin.setFrame(False)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return spin


# --- undo commands: each redo and undo calls one service method --------------------------------


class _AgendaCommand(QUndoCommand):
    def __init__(self, editor: AgendaEditorWidget, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.first = True  # the action already ran when the command was pushed

    def redo(self) -> None:
        if self.first:
            self.first = False
            return
        self.do()

    def do(self) -> None:
        raise NotImplementedError


class MoveBlockCommand(_AgendaCommand):
    def __init__(self, editor: AgendaEditorWidget, block_id: str, old: int, new: int) -> None:
        super().__init__(editor, QCoreApplication.translate("agenda_editor", "Move block"))
        self.block_id, self.old, self.new = block_id, old, new

    def do(self) -> None:
        self.editor.run(lambda a: a.move_block(self.block_id, self.new), self.block_id)

    def undo(self) -> None:
        self.editor.run(lambda a: a.move_block(self.block_id, self.old), self.block_id)


class EditBlockCommand(_AgendaCommand):
    def __init__(self, editor: AgendaEditorWidget, block_id: str, field: str, old: Any, new: Any) -> None:
        super().__init__(
            editor,
            QCoreApplication.translate("agenda_editor", "Change minutes")
            if field == "minutes"
            else QCoreApplication.translate("agenda_editor", "Rename block"),
        )
        self.block_id, self.field, self.old, self.new = block_id, field, old, new

    def do(self) -> None:
        self.editor.run(lambda a: a.update_block(self.block_id, **{self.field: self.new}), self.block_id)

    def undo(self) -> None:
        self.editor.run(lambda a: a.update_block(self.block_id, **{self.field: self.old}), self.block_id)


class InsertBlockCommand(_AgendaCommand):
    def __init__(
        self, editor: AgendaEditorWidget, text: str, session_id: str, position: int, draft: BlockDraft, block_id: str
    ) -> None:
        super().__init__(editor, text)
        self.session_id, self.position, self.draft, self.block_id = session_id, position, draft, block_id

    def do(self) -> None:
        self.editor.run(
            lambda a: a.insert_block(self.session_id, self.position, self.draft, block_id=self.block_id),
            self.block_id,
        )

    def undo(self) -> None:
        self.editor.run(lambda a: a.delete_block(self.block_id), None)


class DeleteBlockCommand(_AgendaCommand):
    def __init__(self, editor: AgendaEditorWidget, block: r.Block) -> None:
        super().__init__(editor, QCoreApplication.translate("agenda_editor", "Delete block"))
        self.block = block

    def do(self) -> None:
        self.editor.run(lambda a: a.delete_block(self.block.id), None)

    def undo(self) -> None:
        b = self.block
        self.editor.run(lambda a: a.insert_block(b.session_id, b.position, BlockDraft.of_block(b), block_id=b.id), b.id)


# --- asking the facilitator (tests replace these) ---------------------------------------------


def ask_template_title(parent: QWidget, suggested: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("agenda_editor", "Save session as template"),
        QCoreApplication.translate("agenda_editor", "Template title:"),
        text=suggested,
    )
    return text if ok and text.strip() else None


def ask_library_block(parent: QWidget, agenda: AgendaService) -> LibraryBlock | None:
    dialog = BlockLibraryDialog(agenda, parent)
    return dialog.chosen() if dialog.exec() else None


class LibraryTableModel(ListTableModel[LibraryBlock]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[LibraryBlock](self.tr("Block"), lambda b: b.block.title, tooltip=lambda b: b.block.purpose),
                Column[LibraryBlock](self.tr("Min"), lambda b: str(b.block.minutes), RIGHT),
                Column[LibraryBlock](self.tr("Serves"), lambda b: b.serves_label),
                Column[LibraryBlock](
                    self.tr("From template"),
                    lambda b: b.template_title + (self.tr(" (yours)") if b.user_template else ""),
                ),
            ],
            parent,
        )


class BlockLibraryDialog(QDialog):
    """Search every block of every template, shipped and your own, and pick one to insert."""

    def __init__(self, agenda: AgendaService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Block library"))
        self.agenda = agenda
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, purposes, notes and prompts…"))
        self.search.setAccessibleName(self.tr("Search blocks"))
        self.search.setClearButtonEnabled(True)
        self.model = LibraryTableModel(self)
        self.view = appearance.table_view()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Blocks in every template"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(2, 170)
        self.view.setColumnWidth(3, 200)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Block in the library"))
        self.count = QLabel("")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.insert_button = self.buttons.addButton(
            self.tr("&Insert into agenda"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.view)
        split.addWidget(self.details)
        split.setSizes([300, 160])
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(appearance.scaled(860), appearance.scaled(560))
        self.search.textChanged.connect(self._search)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self._search()

    def _search(self) -> None:
        self.model.set_items(self.agenda.blocks_in_templates(self.search.text()))
        self.count.setText(self.tr("{count} blocks").format(count=self.model.rowCount()))
        if self.model.rowCount():
            self.view.selectionModel().currentRowChanged.connect(self._show, Qt.ConnectionType.UniqueConnection)
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.insert_button.setEnabled(self.model.rowCount() > 0)
        self._show(self.view.currentIndex(), QModelIndex())

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.item(current.row())
        if item is None:
            self.details.clear()
            return
        b = item.block
        prompts = "".join(f"<li>{escape_html(p)}</li>" for p in b.prompts)
        self.details.setHtml(
            self.tr("<b>{title}</b> ({minutes} min)<br>{purpose}").format(
                title=escape_html(b.title), minutes=b.minutes, purpose=escape_html(b.purpose)
            )
            + (self.tr("<ul>{prompts}</ul>").format(prompts=prompts) if prompts else "")
        )

    def chosen(self) -> LibraryBlock | None:
        return self.model.item(self.view.currentIndex().row())


# --- the widget ----------------------------------------------------------------------------------


class AgendaEditorWidget(QWidget):
    """The session's agenda as an editable table with its buttons and the planned-against-booked line."""

    changed = Signal(object)  # Changes
    block_chosen = Signal(object)  # AgendaLine | None

    def __init__(self, agenda: AgendaService, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda_service = agenda
        self.undo_stack = undo_stack
        self._agenda: Agenda | None = None
        self.model = AgendaEditModel(self)
        self.model.on_edit = self._edit
        self.model.on_move = lambda line, position: self.move_to(line, position)
        self.view = appearance.table_view()
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(MINUTES_COLUMN, MinutesDelegate(self.view))
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setToolTip(
            self.tr("Double-click a title or minutes to change it; drag a row, or Alt+Up/Alt+Down, to move it")
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.view.setColumnWidth(3, 220)

        def button(text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            return b

        self.add_button = button(
            self.tr("+ &Activity"), self.tr("Add an activity after the chosen block"), self.add_activity
        )
        self.add_break_button = button(
            self.tr("+ &Break"), self.tr("Add a break after the chosen block"), self.add_break
        )
        self.duplicate_button = button(self.tr("D&uplicate"), self.tr("Copy the chosen block (Ctrl+D)"), self.duplicate)
        self.delete_button = button(self.tr("&Delete"), self.tr("Remove the chosen block (Delete)"), self.delete)
        self.up_button = button("↑", self.tr("Move the chosen block up (Alt+Up)"), lambda: self.move_by(-1))
        self.down_button = button("↓", self.tr("Move the chosen block down (Alt+Down)"), lambda: self.move_by(1))
        self.up_button.setAccessibleName(self.tr("Move block up"))
        self.down_button.setAccessibleName(self.tr("Move block down"))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(appearance.scaled(36))
        self.block_library_button = button(
            self.tr("Block &library…"), self.tr("Insert a block from any template"), self.insert_from_library
        )
        self.template_button = button(
            self.tr("Save as &template…"), self.tr("Save this agenda as a template of your own"), self.save_as_template
        )
        self.total_label = WrappedLabel("")
        self.total_label.setObjectName("agendaTotal")

        bar = WrapRow()  # wraps at large text sizes rather than widening the window past the screen
        bar.add_group(
            [
                self.add_button,
                self.add_break_button,
                self.duplicate_button,
                self.delete_button,
                self.up_button,
                self.down_button,
            ]
        )
        bar.add_group([self.block_library_button, self.template_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)

        for keys, slot in (
            ("Alt+Up", lambda: self.move_by(-1)),
            ("Alt+Down", lambda: self.move_by(1)),
            (QKeySequence.StandardKey.Delete, self.delete),
            ("Ctrl+D", self.duplicate),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._update_buttons()

    # --- showing ---------------------------------------------------------------------------
    def set_agenda(self, agenda: Agenda | None, select_block: str | None = None) -> None:
        """Show an agenda; the chosen block stays chosen (or `select_block`, or the first)."""
        keep = select_block or (self.current_block().id if self.current_block() else None)
        same_session = self._agenda is not None and agenda is not None and self._agenda.session.id == agenda.session.id
        self._agenda = agenda
        lines = list(agenda.lines) if agenda else []
        self.model.set_items(lines)
        self.total_label.setText(total_text(agenda) if agenda else "")
        over = bool(agenda and agenda.overrun_minutes)
        role = "error" if over else ""
        appearance.set_text_role(self.total_label, role)
        row = (
            next((i for i, line in enumerate(lines) if line.block.id == keep), -1)
            if (same_session or select_block)
            else -1
        )
        if row < 0 and lines:
            row = 0
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(self.model.index(row, 0))
        else:
            self.block_chosen.emit(None)
        self._update_buttons()

    def current_line(self) -> AgendaLine | None:
        return self.model.item(self.view.currentIndex().row())

    def current_block(self) -> r.Block | None:
        line = self.current_line()
        return line.block if line else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.block_chosen.emit(self.model.item(current.row()))

    def _update_buttons(self) -> None:
        has_session = self._agenda is not None
        line = self.current_line()
        count = self.model.rowCount()
        for b in (self.add_button, self.add_break_button, self.block_library_button):
            b.setEnabled(has_session)
        self.template_button.setEnabled(has_session and count > 0)
        for b in (self.duplicate_button, self.delete_button):
            b.setEnabled(line is not None)
        row = self.view.currentIndex().row()
        self.up_button.setEnabled(line is not None and row > 0)
        self.down_button.setEnabled(line is not None and row < count - 1)

    # --- running service calls ---------------------------------------------------------------
    def run(self, call: Callable[[AgendaService], Result[Any]], select_block: str | None) -> Result[Any] | None:
        """Call the agenda service; show a plain error on failure; tell the window what changed."""
        try:
            result = call(self.agenda_service)
        except WorkshopError as exc:
            show_error(self, exc, self.tr("The agenda was not changed"))
            return None
        self.changed.emit(result.changes)  # the window reloads the agenda
        self.select_block(select_block)
        return result

    def select_block(self, block_id: str | None) -> None:
        if block_id is None:
            return
        for row, line in enumerate(self.model.items()):
            if line.block.id == block_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _insert(self, text: str, draft: BlockDraft) -> None:
        if self._agenda is None:
            return
        line = self.current_line()
        position = line.block.position + 1 if line else self.model.rowCount()
        session_id = self._agenda.session.id
        result = self.run(lambda a: a.insert_block(session_id, position, draft), None)
        if result is not None:
            block = result.value
            self.select_block(block.id)
            self.undo_stack.push(InsertBlockCommand(self, text, session_id, position, draft, block.id))

    # --- actions ---------------------------------------------------------------------------
    def add_activity(self) -> None:
        self._insert(self.tr("Add block"), NEW_ACTIVITY)

    def add_break(self) -> None:
        self._insert(self.tr("Add break"), NEW_BREAK)

    def duplicate(self) -> None:
        block = self.current_block()
        if block is not None:
            self._insert(self.tr("Duplicate block"), BlockDraft.of_block(block))

    def insert_from_library(self) -> None:
        if self._agenda is None:
            return
        chosen = ask_library_block(self, self.agenda_service)
        if chosen is not None:
            self._insert(self.tr("Insert block from library"), BlockDraft.of_template(chosen.block))

    def delete(self) -> None:
        block = self.current_block()
        if block is None:
            return
        row = self.view.currentIndex().row()
        if self.run(lambda a: a.delete_block(block.id), None) is not None:
            self.undo_stack.push(DeleteBlockCommand(self, block))
            items = self.model.items()
            if items:
                self.select_block(items[min(row, len(items) - 1)].block.id)

    def move_by(self, step: int) -> None:
        line = self.current_line()
        if line is not None:
            self.move_to(line, line.block.position + step)

    def move_to(self, line: AgendaLine, position: int) -> None:
        position = max(0, min(position, self.model.rowCount() - 1))
        old = line.block.position
        if position == old:
            return
        block_id = line.block.id
        if self.run(lambda a: a.move_block(block_id, position), block_id) is not None:
            self.select_block(block_id)
            self.undo_stack.push(MoveBlockCommand(self, block_id, old, position))

    def _edit(self, line: AgendaLine, field: str, value: Any) -> bool:
        old = getattr(line.block, field)
        if field == "title":
            value = str(value).strip()
        if value == old:
            return False
        block_id = line.block.id
        if self.run(lambda a: a.update_block(block_id, **{field: value}), block_id) is None:
            return False
        # the model was reloaded; keep the block chosen after the editor closes
        QTimer.singleShot(0, lambda: self.select_block(block_id))
        self.undo_stack.push(EditBlockCommand(self, block_id, field, old, value))
        return True

    def save_as_template(self) -> None:
        if self._agenda is None:
            return
        title = ask_template_title(self, self.tr("{title} (my version)").format(title=self._agenda.session.title))
        if title is None:
            return
        session_id = self._agenda.session.id
        try:
            result = self.agenda_service.save_as_template(session_id, title)
        except WorkshopError as exc:
            show_error(self, exc, self.tr("The template was not saved"))
            return
        self.changed.emit(result.changes)
        self.window().statusBar().showMessage(  # type: ignore[attr-defined]
            self.tr("Saved the template “{title}”; it is in the block library and Add session.").format(
                title=result.value.title
            ),
            10000,
        )


def total_text(agenda: Agenda) -> str:
    """'Planned total 3 h 30 min, 09:30 to 13:00 · booked 3 h, until 12:30 · overruns by 30 min …'."""
    text = QCoreApplication.translate("agenda_editor", "Planned total {total}, {start} to {end}").format(
        total=format_minutes(agenda.planned_minutes),
        start=f"{agenda.session.starts_at:%H:%M}",
        end=f"{agenda.planned_end:%H:%M}",
    )
    if agenda.session.booked_minutes:
        booked_end = planned_end(agenda.session.starts_at, [agenda.session.booked_minutes])
        text += QCoreApplication.translate("agenda_editor", " · booked {booked}, until {end}").format(
            booked=format_minutes(agenda.session.booked_minutes), end=f"{booked_end:%H:%M}"
        )
        if agenda.overrun_minutes:
            text += QCoreApplication.translate(
                "agenda_editor", " · overruns by {overrun}: shorten or cut a block"
            ).format(overrun=format_minutes(agenda.overrun_minutes))
        elif agenda.planned_minutes < agenda.session.booked_minutes:
            spare = agenda.session.booked_minutes - agenda.planned_minutes
            text += QCoreApplication.translate("agenda_editor", " · {spare} spare").format(spare=format_minutes(spare))
    return text
