"""The Coding tab: tag reflections (whole or passages) with the codebook, mark them reviewed, see frequencies."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.errors import WorkshopError
from ..domain.research import CodedEntry, Coding
from ..services.coding import CodingService
from . import appearance
from .messages import show_error
from .research_models import CodedEntryTableModel, CodeTableModel, CodingTableModel, FrequencyTableModel
from .tasks import TaskRunner
from .texts import format_date

Emit = Callable[[r.Changes], None]


def ask_code_name(parent: QWidget) -> str | None:
    """The name of a new code (tests replace this function)."""
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("coding_view", "New code"),
        QCoreApplication.translate("coding_view", "Name of the group's new code:"),
    )
    return name if ok and name.strip() else None


def qt_positions(text: str) -> list[int]:
    """For each code point index 0..len(text), the position Qt's text widgets give it.

    Qt counts UTF-16 units, and shows a CR LF line end as one character.
    """
    out = [0]
    for i, ch in enumerate(text):
        width = 0 if ch == "\r" and text[i + 1 : i + 2] == "\n" else (2 if ord(ch) > 0xFFFF else 1)
        out.append(out[-1] + width)
    return out


def to_utf16(text: str, index: int) -> int:
    """A code point index as a position in a Qt text widget showing `text`."""
    return qt_positions(text)[index]


def from_utf16(text: str, position: int) -> int:
    """A position in a Qt text widget showing `text` as a code point index."""
    return bisect.bisect_left(qt_positions(text), position)


def _table(model: Any, name: str, tip: str) -> QTableView:
    view = appearance.table_view()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setToolTip(tip)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class TagCommand(QUndoCommand):
    """'Tag “Building trust”': redo applies (or re-applies) the coding, undo removes it."""

    def __init__(self, coding: CodingService, emit: Emit, code_name: str, args: tuple) -> None:
        super().__init__(QCoreApplication.translate("coding_view", "Tag “{name}”").format(name=code_name))
        self.coding, self.emit, self.args = coding, emit, args
        self.made: Coding | None = None

    def redo(self) -> None:
        result = self.coding.restore(self.made) if self.made else self.coding.tag(*self.args)
        self.made = result.value
        self.emit(result.changes)

    def undo(self) -> None:
        if self.made:
            self.emit(self.coding.untag(self.made.id).changes)


class UntagCommand(QUndoCommand):
    def __init__(self, coding: CodingService, emit: Emit, code_name: str, target: Coding) -> None:
        super().__init__(QCoreApplication.translate("coding_view", "Remove tag “{name}”").format(name=code_name))
        self.coding, self.emit, self.target = coding, emit, target

    def redo(self) -> None:
        self.emit(self.coding.untag(self.target.id).changes)

    def undo(self) -> None:
        self.emit(self.coding.restore(self.target).changes)


class CodingWidget(QWidget):
    changed = Signal(object)  # Changes made here

    def __init__(
        self, coding: CodingService, parent: QWidget | None = None, *, reads: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.coding = coding
        self.programme_id: str | None = None
        self._shown: tuple[str, str] | None = None
        self.undo_stack = QUndoStack(self)
        # the rest of a long list is read here, after its first page is shown (its own lane, so
        # that an export running meanwhile does not hold it up)
        self.reads = reads if reads is not None else TaskRunner(self)
        self._list_load = 0  # which reading of the list is the current one; older results are dropped
        self._list_loading = False
        self._list_partial = False  # the rest of the list could not be read: only its first page is shown
        self._pending_entry: str | None = None  # the entry to choose again once the whole list is read

        # the list holds every entry's id and reads the rows it shows a page at a time
        self.entry_model = CodedEntryTableModel(coding.entries_by_id, self)
        self.entry_view = _table(
            self.entry_model,
            self.tr("Entries to code"),
            self.tr("Written reflections of this programme; choose one to read and tag it"),
        )
        self.entries_label = QLabel()
        self.text_view = QPlainTextEdit()
        self.text_view.setToolTip(self.tr("The chosen entry's text; select words in it to tag just those"))
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Entry text"))
        self.text_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.entry_heading = QLabel(" ")
        self.entry_heading.setWordWrap(True)
        # the box's words kept short and what ticking it means beside it, wrapping: one long line
        # made the middle pane as wide as itself and left the entry list a sliver in Welsh
        self.reviewed_box = QCheckBox(self.tr("&Reviewed"))
        self.reviewed_box.setToolTip(self.tr("Tick when you have checked the text names no one"))
        self.reviewed_hint = QLabel(
            self.tr("Nothing here identifies anyone, so the entry may go into de-identified exports.")
        )
        self.reviewed_hint.setWordWrap(True)
        self.reviewed_box.setAccessibleDescription(self.reviewed_hint.text())
        self.coding_model = CodingTableModel(self)
        self.coding_view = _table(
            self.coding_model,
            self.tr("Tags on this entry"),
            self.tr("The codes given to the chosen entry and the words they tag"),
        )
        self.remove_button = QPushButton(self.tr("&Remove tag"))
        self.remove_button.setToolTip(self.tr("Take the chosen tag off this entry"))
        self.code_model = CodeTableModel(self)
        self.code_view = _table(self.code_model, self.tr("Codebook"), self.tr("The codes you can tag entries with"))
        self.tag_entry_button = QPushButton(self.tr("Tag whole &entry"))
        self.tag_entry_button.setToolTip(self.tr("Give the chosen code to the whole entry"))
        self.tag_passage_button = QPushButton(self.tr("Tag selected &words"))
        self.tag_passage_button.setToolTip(self.tr("Give the chosen code to the words selected in the text"))
        self.new_code_button = QPushButton(self.tr("&New code…"))
        self.new_code_button.setToolTip(self.tr("Add a code to the codebook"))
        self.by_combo = QComboBox()
        self.by_combo.setToolTip(self.tr("Count the codes per cycle, organisation or sector"))
        self.by_combo.setAccessibleName(self.tr("Frequencies by"))
        for label, key in (
            (self.tr("by cycle"), "cycle"),
            (self.tr("by organisation"), "organisation"),
            (self.tr("by sector"), "sector"),
        ):
            self.by_combo.addItem(label, key)
        self.freq_model = FrequencyTableModel(self)
        self.freq_view = _table(
            self.freq_model, self.tr("Code frequencies"), self.tr("How many entries carry each code, per group")
        )
        self.freq_note = QLabel(" ")
        self.freq_note.setWordWrap(True)

        entries_box = QWidget()
        lay = QVBoxLayout(entries_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.entries_label)
        lay.addWidget(self.entry_view, 1)
        text_box = QWidget()
        lay = QVBoxLayout(text_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.entry_heading)
        lay.addWidget(self.text_view, 2)
        reviewed = QHBoxLayout()
        reviewed.addWidget(self.reviewed_box, 0, Qt.AlignmentFlag.AlignTop)
        reviewed.addWidget(self.reviewed_hint, 1)
        lay.addLayout(reviewed)
        lay.addWidget(self.coding_view, 1)
        lay.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        codes_box = QWidget()
        lay = QVBoxLayout(codes_box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(self.tr("<b>Codebook</b>")))
        lay.addWidget(self.code_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tag_entry_button)
        buttons.addWidget(self.tag_passage_button)
        lay.addLayout(buttons)
        lay.addWidget(self.new_code_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QSplitter(Qt.Orientation.Horizontal)
        for w in (entries_box, text_box, codes_box):
            top.addWidget(w)
        top.setSizes([330, 420, 330])
        freq_box = QWidget()
        lay = QVBoxLayout(freq_box)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>How often each code was used</b> (entries)")))
        row.addWidget(self.by_combo)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.freq_view, 1)
        lay.addWidget(self.freq_note)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(freq_box)
        outer.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(outer)
        self.code_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)

        self.entry_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_entry())
        self.tag_entry_button.clicked.connect(self.tag_entry)
        self.tag_passage_button.clicked.connect(self.tag_passage)
        self.remove_button.clicked.connect(self.remove_tag)
        self.new_code_button.clicked.connect(self.new_code)
        self.reviewed_box.clicked.connect(self._reviewed_clicked)
        self.by_combo.currentIndexChanged.connect(lambda _i: self._reload_frequencies())
        self._show_count()
        self._update_buttons()

    # --- loading ---------------------------------------------------------------------------
    def set_programme(self, programme_id: str | None) -> None:
        if programme_id == self.programme_id:
            return
        self.programme_id = programme_id
        self.undo_stack.clear()
        if programme_id:
            try:
                self.coding.ensure_codebook(programme_id)
            except WorkshopError as exc:
                show_error(self, exc)
        self.reload()

    def reload(self, *, keep_list: bool = False) -> None:
        """Read the tab again; `keep_list` when only codes or marks changed, not which entries there are."""
        pid = self.programme_id
        current = self.entry_model.id_at(self.entry_view.currentIndex().row())
        chosen = self.code_model.item(self.code_view.currentIndex().row())
        codes = self.coding.codebook(pid) if pid else []
        self.code_model.set_codebook(codes)
        code_row = next((i for i, c in enumerate(self.code_model.items()) if chosen and c.id == chosen.id), -1)
        if code_row >= 0:
            self.code_view.selectRow(code_row)
        self.coding_model.names = {c.id: c.name for c in codes}
        if keep_list:
            self.entry_model.refresh()
            self.select_entry(current)
        else:
            self._load_list(pid, current)
        self._reload_frequencies()

    def _load_list(self, programme_id: str | None, current: str | None) -> None:
        """List the programme's entries: the first page at once, the rest read on the reads lane.

        Reading every entry's id of a big programme takes SQLite a tenth of a second and more, so
        the list shows its first page straight away and grows to its full length when the rest
        is read. The entry chosen before is chosen again then, if it was not on the first page.
        """
        self._list_load += 1
        load = self._list_load
        head, complete = (
            self.coding.entry_ids_head(programme_id, self.entry_model.page_size) if programme_id else ([], True)
        )
        self.entry_model.set_ids(head)
        # fit the columns to the rows near the top (half a page), not to every page of a long list
        self.entry_view.horizontalHeader().setResizeContentsPrecision(max(1, self.entry_model.page_size // 2))
        self.entry_view.resizeColumnsToContents()
        self._list_loading = not complete
        self._list_partial = False
        self._pending_entry = current if not complete and self.entry_model.row_of(current) < 0 else None
        self._show_count()
        self.select_entry(current)
        if complete:
            return
        pid = programme_id
        self.reads.start(
            lambda _report: self.coding.entry_ids(pid),
            on_done=lambda ids: self._list_read(load, ids),
            on_error=lambda exc: self._list_failed(load, exc),
        )

    def _list_read(self, load: int, ids: list[str]) -> None:
        if load != self._list_load:
            return  # a newer reading of the list is under way
        current = self.entry_model.id_at(self.entry_view.currentIndex().row())
        chosen_for_them = self._pending_entry is not None and current == self.entry_model.id_at(0)
        kept = self.entry_model.complete(ids)
        self._list_loading = False
        self._show_count()
        if chosen_for_them:
            self.select_entry(self._pending_entry)  # nobody chose another entry meanwhile
        elif not kept:
            self.select_entry(current)
        self._pending_entry = None

    def _list_failed(self, load: int, exc: BaseException) -> None:
        if load != self._list_load:
            return
        self._list_loading = False
        self._list_partial = True
        self._pending_entry = None
        self._show_count()
        show_error(self, exc, self.tr("Coding"))

    def _show_count(self) -> None:
        count = QLocale().toString(self.entry_model.rowCount())
        label = self.entries_label
        label.setMinimumWidth(0)
        if self._list_loading:
            # short, and the label kept as wide as a six-figure count will be: its width is the
            # narrowest the list's pane can be, so a change of width would shift the panes
            label.setText(self.tr("<b>Entries</b> ({count})").format(count=QLocale().toString(999_999)))
            label.setMinimumWidth(label.sizeHint().width())
            text = self.tr("<b>Entries</b> (…)")
            tip = self.tr("Reading the rest of the list; its first entries are shown")
        elif self._list_partial:
            text = self.tr("<b>Entries</b> (first {count} only)")
            tip = self.tr(
                "The rest of the list could not be read. It is read again when the entries change "
                "or when you choose this programme again."
            )
        else:
            text = self.tr("<b>Entries</b> ({count})")
            tip = ""
        label.setText(text.format(count=count))
        label.setToolTip(tip)
        label.setAccessibleDescription(tip)

    @property
    def list_loading(self) -> bool:
        """Whether the rest of the list is still being read (its first page is shown)."""
        return self._list_loading

    def wait_for_list(self, msecs: int = 30_000) -> bool:
        """Block until the list is read whole (closing, tests); its rows are added when control returns."""
        return self.reads.wait(msecs)

    def show_programme(self, programme_id: str | None) -> None:
        """Bring the tab up to date for this programme: switch to it, or reload it if it is already shown."""
        if programme_id == self.programme_id:
            self.reload()
        else:
            self.set_programme(programme_id)

    def concerns(self, changes: r.Changes, initiator: object) -> bool:
        """Whether a change made elsewhere alters what this tab shows."""
        return initiator is not self and bool(
            changes.reflections or changes.codes or changes.codings or changes.participants or changes.sessions
        )

    def on_data_changed(self, changes: r.Changes, initiator: object) -> None:
        if self.concerns(changes, initiator):
            self.reload()

    def _reload_frequencies(self) -> None:
        if not self.programme_id:
            self.freq_model.set_table(self.freq_model.table.__class__((), (), 0))
            return
        table = self.coding.frequencies(self.programme_id, self.by_combo.currentData())
        self.freq_model.set_table(table)
        self.freq_view.resizeColumnsToContents()
        note = " "
        if table.hidden_groups:
            note = (
                self.tr(
                    "1 group with fewer than 3 people not shown on its own, "
                    "so no one's entries can be picked out; their entries count in 'All entries'."
                )
                if table.hidden_groups == 1
                else self.tr(
                    "{count} groups with fewer than 3 people not shown on their own, "
                    "so no one's entries can be picked out; their entries count in 'All entries'."
                ).format(count=table.hidden_groups)
            )
        self.freq_note.setText(note)

    def select_entry(self, reflection_id: str | None) -> None:
        row = self.entry_model.row_of(reflection_id)
        if row < 0 and self.entry_model.rowCount():
            row = 0
        if row >= 0:
            self.entry_view.selectionModel().setCurrentIndex(
                self.entry_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._show_entry()

    def current_entry(self) -> CodedEntry | None:
        index = self.entry_view.currentIndex()
        return self.entry_model.item(index.row()) if index.isValid() else None

    def _show_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.entry_heading.setText(self.tr("No written reflections in this programme yet."))
            self._shown = None
            self.text_view.setPlainText("")
            self.coding_model.set_items([])
            self.reviewed_box.setChecked(False)
        else:
            self.entry_heading.setText(
                f"<b>{entry.participant_code}</b> · {entry.session_title}, "
                f"{format_date(entry.held_on, 'dd MMM yyyy')}<br>"
                f"<i>{entry.prompt}</i>"
            )
            if self._shown != (entry.reflection_id, entry.text):
                self._shown = (entry.reflection_id, entry.text)
                self.text_view.setPlainText(entry.text)
            self.coding_model.set_items(list(entry.codings))
            self.reviewed_box.setChecked(entry.reviewed)
            self._mark_passages(entry)
        self._update_buttons()

    def _mark_passages(self, entry: CodedEntry) -> None:
        marks = []
        colours = {c.id: c.colour for c in self.code_model.items()}
        for coding in entry.codings:
            if coding.start is None or coding.end is None or entry.text[coding.start : coding.end] != coding.quote:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.text_view.document())
            cursor.setPosition(to_utf16(entry.text, coding.start))
            cursor.setPosition(to_utf16(entry.text, coding.end), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            colour = QColor(colours.get(coding.code_id) or "#e08214")
            colour.setAlpha(70)
            fmt.setBackground(colour)
            selection.cursor = cursor
            selection.format = fmt
            marks.append(selection)
        self.text_view.setExtraSelections(marks)

    def _update_buttons(self) -> None:
        has_entry = self.current_entry() is not None
        self.tag_entry_button.setEnabled(has_entry)
        self.tag_passage_button.setEnabled(has_entry)
        self.reviewed_box.setEnabled(has_entry)
        self.remove_button.setEnabled(has_entry and self.coding_model.rowCount() > 0)
        self.new_code_button.setEnabled(self.programme_id is not None)

    # --- actions ---------------------------------------------------------------------------
    def _emit(self, changes: r.Changes) -> None:
        self.reload(keep_list=True)  # tags, reviewed marks and new codes leave the same entries listed
        self.changed.emit(changes)

    def _chosen_code(self) -> Any:
        code = self.code_model.item(self.code_view.currentIndex().row())
        if code is None:
            show_error(self, WorkshopError("Choose a code in the codebook first."), self.tr("Tag"))
        return code

    def _push(self, command: QUndoCommand) -> None:
        try:
            self.undo_stack.push(command)
        except WorkshopError as exc:
            show_error(self, exc, self.tr("Tag"))

    def tag_entry(self) -> None:
        entry, code = self.current_entry(), self._chosen_code()
        if entry and code:
            self._push(TagCommand(self.coding, self._emit, code.name, (entry.reflection_id, code.id)))

    def tag_passage(self) -> None:
        entry, code = self.current_entry(), self._chosen_code()
        if not entry or not code:
            return
        cursor = self.text_view.textCursor()
        if not cursor.hasSelection():
            show_error(self, WorkshopError("Select some words in the entry's text first."), self.tr("Tag"))
            return
        start = from_utf16(entry.text, cursor.selectionStart())
        end = from_utf16(entry.text, cursor.selectionEnd())
        self._push(TagCommand(self.coding, self._emit, code.name, (entry.reflection_id, code.id, start, end)))

    def remove_tag(self) -> None:
        coding = self.coding_model.item(self.coding_view.currentIndex().row())
        if coding is None:
            coding = self.coding_model.item(0)
        if coding is not None:
            self._push(UntagCommand(self.coding, self._emit, self.coding_model.names.get(coding.code_id, ""), coding))

    def new_code(self) -> None:
        if not self.programme_id:
            return
        name = ask_code_name(self)
        if not name:
            return
        try:
            result = self.coding.add_code(self.programme_id, name)
        except WorkshopError as exc:
            show_error(self, exc, self.tr("New code"))
            return
        self._emit(result.changes)
        row = next((i for i, c in enumerate(self.code_model.items()) if c.id == result.value.id), -1)
        if row >= 0:
            self.code_view.selectRow(row)

    def _reviewed_clicked(self, checked: bool) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        try:
            result = self.coding.set_reviewed(entry.reflection_id, checked)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self._emit(result.changes)
