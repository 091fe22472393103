"""The cycle view (stages, actions, attendance, ratings this cycle beside the last) and the practice map."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain import voice as v
from ..domain.errors import WorkshopError
from ..domain.privacy import SuppressedSummary
from ..services.container import Services
from . import appearance
from .dialogs import FormDialog, from_qdate, to_qdate
from .messages import show_error
from .models import RIGHT, Column, ListTableModel
from .texts import format_date

Index = QModelIndex | QPersistentModelIndex


def status_words() -> dict[str, str]:
    """An action's status in words (a function, so it is translated after the translator loads)."""

    return {
        "open": QCoreApplication.translate("cycle_view", "Open"),
        "done": QCoreApplication.translate("cycle_view", "Done"),
        "partly": QCoreApplication.translate("cycle_view", "Partly done"),
        "dropped": QCoreApplication.translate("cycle_view", "Dropped"),
    }


def _dist(d: v.Distribution | None) -> str:
    if d is None:
        return QCoreApplication.translate("cycle_view", "no earlier cycle")
    if not d.total:
        return QCoreApplication.translate("cycle_view", "none")
    return QCoreApplication.translate("cycle_view", "{bars}  n {total} · mean {mean}").format(
        bars=d.bars(), total=d.total, mean=f"{d.mean:.1f}"
    )


class StageTableModel(ListTableModel[v.StageStatus]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[v.StageStatus](self.tr("Stage"), lambda s: s.name),
                Column[v.StageStatus](self.tr("Done"), lambda s: "✓" if s.done else ""),
                Column[v.StageStatus](self.tr("Sessions"), lambda s: "; ".join(s.sessions)),
            ],
            parent,
        )


class RatingTableModel(ListTableModel[v.RatingLine]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[v.RatingLine](
                    self.tr("Rating item"), lambda x: x.item_text, tooltip=lambda x: f"{x.sheet_title}: {x.item_text}"
                ),
                Column[v.RatingLine](self.tr("This cycle (1 → 5)"), lambda x: _dist(x.this_cycle)),
                Column[v.RatingLine](self.tr("Last cycle (1 → 5)"), lambda x: _dist(x.last_cycle)),
            ],
            parent,
        )


def _history(item: v.ReviewedAction) -> str:
    if not item.reviews:
        return QCoreApplication.translate("cycle_view", "not reviewed yet")
    return " → ".join(
        f"{format_date(rev.reviewed_on, 'dd MMM')}: {status_words()[rev.status.value]}" for rev in item.reviews
    )


class ActionTableModel(ListTableModel[v.ReviewedAction]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[v.ReviewedAction](
                    self.tr("Action"), lambda a: a.action.description, tooltip=lambda a: a.action.description
                ),
                Column[v.ReviewedAction](self.tr("Owner"), lambda a: a.action.owner),
                Column[v.ReviewedAction](
                    self.tr("Due"),
                    lambda a: f"{format_date(a.action.due_on, 'dd MMM yyyy')}" if a.action.due_on else "",
                ),
                Column[v.ReviewedAction](self.tr("Status"), lambda a: status_words()[a.action.status.value]),
                Column[v.ReviewedAction](
                    self.tr("History"),
                    _history,
                    tooltip=lambda a: "\n".join(
                        f"{format_date(x.reviewed_on, 'dd MMM yyyy')} {x.status.value}: {x.note}" for x in a.reviews
                    ),
                ),
            ],
            parent,
        )


class GroupTableModel(ListTableModel[Any]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[Any](self.tr("Group"), lambda g: g.group),
                Column[Any](self.tr("People"), lambda g: str(g.people), RIGHT),
                Column[Any](
                    self.tr("Mean"), lambda g: f"{sum(g.values) / len(g.values):.1f}" if g.values else "", RIGHT
                ),
            ],
            parent,
        )


class ActionDialog(FormDialog):
    def __init__(self, submit: Any, held_on: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add action"), submit, parent)
        self.description = QLineEdit()
        self.description.setToolTip(self.tr("What will be done"))
        self.owner = QLineEdit()
        self.owner.setToolTip(self.tr("Who will do it"))
        self.due = QDateEdit(to_qdate(held_on).addDays(28))
        self.due.setToolTip(self.tr("When it should be done by"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd MMM yyyy")
        self.form.addRow(self.tr("&Action"), self.description)
        self.form.addRow(self.tr("&Owner"), self.owner)
        self.form.addRow(self.tr("&Due"), self.due)
        for widget, name in (
            (self.description, self.tr("Action")),
            (self.owner, self.tr("Owner")),
            (self.due, self.tr("Due date")),
        ):
            widget.setAccessibleName(name)

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description.text(),
            "owner": self.owner.text(),
            "due_on": from_qdate(self.due.date()),
        }


class ReviewDialog(FormDialog):
    def __init__(self, submit: Any, item: v.ReviewedAction, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Review action"), submit, parent)
        self.status = QComboBox()
        self.status.setToolTip(self.tr("Where the action stands now"))
        for key, word in status_words().items():
            self.status.addItem(word, key)
        self.status.setCurrentIndex(self.status.findData(item.action.status.value))
        self.note = QPlainTextEdit()
        self.note.setToolTip(self.tr("What was said about it at this session"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.evidence = QPlainTextEdit(item.action.evidence)
        self.evidence.setToolTip(self.tr("What shows the action made a difference"))
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(70)
        label = QLabel(
            self.tr("<b>{description}</b><br>History: {value}").format(
                description=item.action.description, value=_history(item)
            )
        )
        label.setWordWrap(True)
        self.form.addRow(label)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("&What was said"), self.note)
        self.form.addRow(self.tr("&Evidence of effect"), self.evidence)
        for widget, name in (
            (self.status, self.tr("Status")),
            (self.note, self.tr("Review note")),
            (self.evidence, self.tr("Evidence")),
        ):
            widget.setAccessibleName(name)

    def values(self) -> dict[str, Any]:
        return {
            "status": r.ActionStatus(self.status.currentData()),
            "note": self.note.toPlainText(),
            "evidence": self.evidence.toPlainText(),
        }


def _table(model: Any, name: str, tip: str) -> QTableView:
    view = appearance.table_view()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setToolTip(tip)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


class CycleViewWidget(QWidget):
    """The programme's cycles: where each stands, the actions to review at this session, the ratings."""

    changed = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.programme_id: str | None = None
        self.session: r.Session | None = None

        self.model_combo = QComboBox()
        self.model_combo.setToolTip(self.tr("The participatory action research model this programme follows"))
        self.model_combo.setAccessibleName(self.tr("PAR model"))
        for model in services.content_library.par_models_in_order():
            self.model_combo.addItem(model.name, model.key)
        self.cycle_combo = QComboBox()
        self.cycle_combo.setToolTip(self.tr("The cycle to show"))
        self.cycle_combo.setAccessibleName(self.tr("Cycle"))
        self.next_cycle_button = QPushButton(self.tr("Start next cycle"))
        self.next_cycle_button.setToolTip(self.tr("Begin a new cycle of the model"))
        self.stage_combo = QComboBox()
        self.stage_combo.setToolTip(self.tr("The stage of the cycle this session works on"))
        self.stage_combo.setAccessibleName(self.tr("Stage of this session"))
        self.summary_label = QLabel("")
        self.summary_label.setObjectName("cycleSummary")
        self.summary_label.setWordWrap(True)
        self.stage_model = StageTableModel(self)
        self.stage_view = _table(
            self.stage_model, self.tr("Stages"), self.tr("The stages of the model and the sessions that worked on each")
        )
        self.rating_model = RatingTableModel(self)
        self.rating_view = _table(
            self.rating_model,
            self.tr("Ratings this cycle and last"),
            self.tr("How people rated each item this cycle beside the last; choose one to see it by group"),
        )
        self.group_by = QComboBox()
        self.group_by.setToolTip(self.tr("Show the chosen rating per organisation or per sector"))
        self.group_by.addItem(self.tr("Organisation"), "organisation")
        self.group_by.addItem(self.tr("Sector"), "sector")
        self.group_by.setAccessibleName(self.tr("Group ratings by"))
        self.threshold = QSpinBox()
        self.threshold.setToolTip(self.tr("Groups smaller than this are hidden so no one can be picked out"))
        self.threshold.setRange(1, 50)
        self.threshold.setPrefix(self.tr("hide groups under "))
        self.threshold.setSuffix(self.tr(" people"))
        self.threshold.setAccessibleName(self.tr("Smallest group shown"))
        self.group_model = GroupTableModel(self)
        self.group_view = _table(
            self.group_model, self.tr("Ratings by group"), self.tr("The chosen rating per organisation or sector")
        )
        self.group_note = QLabel("")
        self.group_note.setObjectName("groupNote")
        self.action_model = ActionTableModel(self)
        self.action_view = _table(
            self.action_model,
            self.tr("Actions to review"),
            self.tr("Actions agreed earlier that are due for review at this session"),
        )
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.setToolTip(self.tr("Agree a new action with an owner and a due date"))
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setToolTip(self.tr("Record what happened to the chosen action"))

        top = QHBoxLayout()
        for label, widget in ((self.tr("PAR model"), self.model_combo), (self.tr("Cycle"), self.cycle_combo)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.next_cycle_button)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("This session's stage")))
        top.addWidget(self.stage_combo)
        top.addStretch(1)

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(QLabel(self.tr("<b>Stages</b>")))
        left_box.addWidget(self.stage_view, 1)
        left_box.addWidget(QLabel(self.tr("<b>Actions to review at this session</b>")))
        left_box.addWidget(self.action_view, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        left_box.addLayout(buttons)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(QLabel(self.tr("<b>Ratings: this cycle beside the last</b>")))
        right_box.addWidget(self.rating_view, 3)
        group_row = QHBoxLayout()
        group_row.addWidget(QLabel(self.tr("Chosen item by")))
        group_row.addWidget(self.group_by)
        group_row.addWidget(self.threshold)
        group_row.addStretch(1)
        right_box.addLayout(group_row)
        right_box.addWidget(self.group_view, 1)
        right_box.addWidget(self.group_note)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([430, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(split, 1)
        for view, stretch in ((self.stage_view, 2), (self.rating_view, 0), (self.action_view, 0)):
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            for col in range(view.model().columnCount()):
                mode = QHeaderView.ResizeMode.Stretch if col == stretch else QHeaderView.ResizeMode.ResizeToContents
                header.setSectionResizeMode(col, mode)

        self.model_combo.activated.connect(self._model_chosen)
        self.cycle_combo.currentIndexChanged.connect(self._reload_summary)
        self.next_cycle_button.clicked.connect(self.start_next_cycle)
        self.stage_combo.activated.connect(self._stage_chosen)
        self.rating_view.selectionModel().currentRowChanged.connect(lambda *_: self._reload_groups())
        self.group_by.currentIndexChanged.connect(lambda *_: self._reload_groups())
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.add_action_button.clicked.connect(self.add_action)
        self.review_button.clicked.connect(self.review_action)
        self.action_view.doubleClicked.connect(lambda *_: self.review_action())
        self.set_context(None, None)

    # --- context ---------------------------------------------------------------------------
    def set_context(self, programme_id: str | None, session: r.Session | None) -> None:
        self.programme_id = programme_id
        self.session = session
        has = programme_id is not None
        for widget in (self.model_combo, self.cycle_combo, self.next_cycle_button):
            widget.setEnabled(has)
        for widget in (self.stage_combo, self.add_action_button, self.review_button):
            widget.setEnabled(session is not None)
        self.reload()

    def reload(self) -> None:
        self.threshold.blockSignals(True)
        self.threshold.setValue(self.services.settings.small_group_threshold())
        self.threshold.blockSignals(False)
        if self.programme_id is None:
            self.cycle_combo.clear()
            for model in (self.stage_model, self.rating_model, self.action_model, self.group_model):
                model.set_items([])
            self.summary_label.setText(self.tr("Choose a programme."))
            return
        programme = self.services.programmes.programme(self.programme_id)
        self.model_combo.setCurrentIndex(self.model_combo.findData(programme.par_model_key))
        cycles = self.services.cycles.cycles(self.programme_id)
        want = self.session.cycle_id if self.session else None
        self.cycle_combo.blockSignals(True)
        self.cycle_combo.clear()
        for cycle in cycles:
            self.cycle_combo.addItem(self.tr("Cycle {number}").format(number=cycle.number), cycle.id)
        index = self.cycle_combo.findData(want) if want else -1
        self.cycle_combo.setCurrentIndex(index if index >= 0 else self.cycle_combo.count() - 1)
        self.cycle_combo.blockSignals(False)
        model = self.services.content_library.par_models.get(programme.par_model_key)
        self.stage_combo.clear()
        self.stage_combo.addItem(self.tr("(no stage)"), "")
        for stage in model.stages if model else ():
            self.stage_combo.addItem(stage.name, stage.key)
        if self.session is not None:
            self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(self.session.stage_key)))
            self.action_model.set_items(self.services.actions.for_review(self.session.id))
        else:
            self.action_model.set_items([])
        self._reload_summary()

    def _reload_summary(self) -> None:
        cycle_id = self.cycle_combo.currentData()
        if cycle_id is None:
            return
        summary = self.services.cycles.summary(cycle_id)
        self.stage_model.set_items(summary.stages)
        self.rating_model.set_items(summary.ratings)
        done = sum(1 for s in summary.stages if s.done)
        parts = [
            self.tr("<b>Cycle {number}</b> · {model}: {done} of {stages} stages done").format(
                number=summary.number, model=summary.model_name, done=done, stages=len(summary.stages)
            ),
            self.tr("actions agreed this cycle {opened}, closed this cycle {closed}, still open {open}").format(
                opened=summary.actions_opened, closed=summary.actions_closed, open=summary.actions_open
            ),
        ]
        if summary.attendance is None:
            parts.append(self.tr("attendance not recorded"))
        else:
            parts.append(
                self.tr("attendance {sessions}").format(
                    sessions=", ".join(
                        self.tr("{title}: {present} of {invited}").format(title=title, present=present, invited=invited)
                        for title, present, invited in summary.attendance
                    )
                )
            )
        if summary.excluded_people:
            parts.append(
                self.tr("{count} withdrawn participant(s) left out of every figure").format(
                    count=summary.excluded_people
                )
            )
        self.summary_label.setText(" · ".join(parts))
        self._reload_groups()

    def _reload_groups(self) -> None:
        line = self.rating_model.item(self.rating_view.currentIndex().row())
        cycle_id = self.cycle_combo.currentData()
        if line is None or cycle_id is None:
            self.group_model.set_items([])
            self.group_note.setText(self.tr("Choose a rating above to see it by organisation or sector."))
            return
        summary: SuppressedSummary = self.services.cycles.group_ratings(
            cycle_id, line.sheet_key, line.item_key, self.group_by.currentData()
        )
        self.group_model.set_items(summary.shown)
        hidden = (
            self.tr("{groups} group(s) with fewer than {threshold} people not shown.").format(
                groups=summary.hidden_groups, threshold=summary.threshold
            )
            if summary.hidden_groups
            else ""
        )
        if not summary.shown and not summary.hidden_groups:
            self.group_note.setText(self.tr("No ratings for this item in this cycle."))
        else:
            self.group_note.setText(hidden or self.tr("Every group is large enough to show."))

    # --- commands --------------------------------------------------------------------------
    def _emit(self, changes: r.Changes) -> None:
        self.changed.emit(changes)
        self.reload()

    def _model_chosen(self) -> None:
        if self.programme_id is None:
            return
        try:
            result = self.services.cycles.set_par_model(self.programme_id, self.model_combo.currentData())
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self._emit(result.changes)

    def start_next_cycle(self) -> None:
        if self.programme_id is None:
            return
        result = self.services.cycles.start_next_cycle(self.programme_id, date.today())
        self._emit(result.changes)
        self.cycle_combo.setCurrentIndex(self.cycle_combo.findData(result.value.id))  # show the new cycle

    def _stage_chosen(self) -> None:
        if self.session is None:
            return
        try:
            result = self.services.cycles.place_session(
                self.session.id, self.session.cycle_id, self.stage_combo.currentData()
            )
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self.session = result.value
        self._emit(result.changes)

    def _threshold_changed(self, value: int) -> None:
        try:
            self.services.settings.set_small_group_threshold(value)
        except WorkshopError as exc:
            show_error(self, exc)
            return
        self._reload_groups()

    def add_action(self) -> None:
        session = self.session
        if session is None:
            return

        def submit(values: dict[str, Any]) -> Any:
            return self.services.actions.add(session.id, **values)

        dialog = ActionDialog(submit, session.held_on, self)
        if dialog.exec() and dialog.result_value is not None:
            self._emit(dialog.result_value.changes)

    def review_action(self) -> None:
        session = self.session
        item = self.action_model.item(self.action_view.currentIndex().row())
        if session is None or item is None:
            return

        def submit(values: dict[str, Any]) -> Any:
            return self.services.actions.review(item.action.id, session.id, **values)

        dialog = ReviewDialog(submit, item, self)
        if dialog.exec() and dialog.result_value is not None:
            self._emit(dialog.result_value.changes)


class PracticeMapModel(QAbstractTableModel):
    """Rows are the six practices, columns the sessions; a cell shows minutes spent and the self-rating."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.map: v.PracticeMap | None = None

    def set_map(self, practice_map: v.PracticeMap | None) -> None:
        self.beginResetModel()
        self.map = practice_map
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.map is None else len(self.map.practices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.map is None else len(self.map.sessions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.map is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.map.sessions):
            _, title, held = self.map.sessions[section]
            return f"{format_date(held, 'dd MMM')}\n{title}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.map.practices):
            return self.map.practices[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.map is None or not index.isValid():
            return None
        if not (0 <= index.row() < len(self.map.practices) and 0 <= index.column() < len(self.map.sessions)):
            return None
        key = self.map.practices[index.row()][0]
        cell = self.map.cell(self.map.sessions[index.column()][0], key)
        untouched = key in self.map.untouched()
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return ""
            parts = [self.tr("{minutes} min").format(minutes=cell.minutes) if cell.minutes else ""]
            if cell.mean_rating is not None:
                parts.append(
                    self.tr("rated {mean} (n {raters})").format(mean=f"{cell.mean_rating:.1f}", raters=cell.raters)
                )
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell is not None and cell.minutes:
                return QBrush(QColor("#d8ecd5"))
            if untouched:
                return QBrush(QColor("#fbe9c6"))
        if role == Qt.ItemDataRole.ToolTipRole and untouched:
            return QCoreApplication.translate("cycle_view", "No session has worked on this practice yet.")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PracticeMapWidget(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = PracticeMapModel(self)
        self.view = appearance.table_view()
        self.view.setToolTip(self.tr("Each practice per session: minutes spent on it and the group's rating"))
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Practice map"))
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setDefaultSectionSize(180)
        self.view.verticalHeader().setDefaultSectionSize(46)
        self.view.horizontalHeader().setMinimumHeight(44)
        self.note = QLabel("")
        self.note.setObjectName("practiceNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Which of the six practices each session worked on (minutes of blocks serving it) and how the "
                "group rated itself on it (the six-practices sheet, 1 to 5)."
            )
        )
        intro.setWordWrap(True)  # one line would set the tab's narrowest width (and clip longer languages)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def set_programme(self, programme_id: str | None) -> None:
        practice_map = self.services.cycles.practice_map(programme_id) if programme_id else None
        self.model.set_map(practice_map)
        if practice_map is None:
            self.note.setText("")
            return
        names = dict(practice_map.practices)
        missing = [names[k] for k in practice_map.untouched()]
        self.note.setText(
            self.tr("Not yet worked on: {practices}. Add a block that serves it to a coming session.").format(
                practices=", ".join(missing)
            )
            if missing
            else self.tr("Every practice has had attention.")
        )
