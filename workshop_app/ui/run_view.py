"""Running a session in the room: the timer, the block's notes, the room's view, attendance and capture."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import WorkshopError
from ..domain.timer import Alert, Clock, RunTimer, TimerState, format_countdown
from ..services.agenda_types import Agenda, AgendaLine
from ..services.container import Services
from ..services.run import LogLine
from . import appearance
from .models import RIGHT, Column, ListTableModel
from .presenter import ALERT_COLOURS, PresenterWindow, RoomPreview, RoomView
from .tasks import WriterLane
from .texts import format_drift, format_minutes

TICK_MS = 250
AUTOSAVE_PAUSE_MS = 400  # save this long after the last keystroke ...
AUTOSAVE_MAX_MS = 1000  # ... and never more than a second behind while typing goes on


def _settings() -> QSettings:
    """The facilitator's preferences, in the config folder (moved with everything else by WORKSHOP_APP_HOME)."""
    return appearance.settings()


def _clock_text(value: datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""


class KeepKeysTableView(QTableView):
    """A table inside the run view that keeps its own keys (Space ticks a box, arrows move)."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():
                event.accept()
                return True
        return super().event(event)


class AttendanceTableModel(ListTableModel[r.Attendance]):
    """Participants with a tick box each; ticking calls `on_tick(participant_id, present)`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column[r.Attendance](self.tr("Present"), lambda a: a.participant.name),
                Column[r.Attendance](self.tr("Code"), lambda a: a.participant.code),
                Column[r.Attendance](self.tr("Organisation"), lambda a: a.participant.organisation),
            ],
            parent,
        )
        self.on_tick: Callable[[str, bool], None] = lambda participant_id, present: None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() and index.column() == 0 else base

    def extra_data(self, item: r.Attendance, role: int) -> Any:
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            item = self.item(index.row())
            if item is not None:
                return Qt.CheckState.Checked if item.present else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        item = self.item(index.row())
        if item is None:
            return False
        present = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.on_tick(item.participant.id, present)
        return True


class SessionLogTableModel(ListTableModel[LogLine]):
    def __init__(self, parent: Any = None) -> None:
        def diff(line: LogLine) -> str:
            d = line.difference_minutes
            if d is None:
                return ""
            rounded = round(d)
            return self.tr("on plan") if rounded == 0 else self.tr("{minutes} min").format(minutes=f"{rounded:+d}")

        super().__init__(
            [
                Column[LogLine](self.tr("Block"), lambda x: x.title),
                Column[LogLine](
                    self.tr("Planned"), lambda x: f"{x.planned_start:%H:%M} · {format_minutes(x.planned_minutes)}"
                ),
                Column[LogLine](
                    self.tr("Started"), lambda x: _clock_text(x.actual.started_at if x.actual else None), RIGHT
                ),
                Column[LogLine](
                    self.tr("Ended"), lambda x: _clock_text(x.actual.ended_at if x.actual else None), RIGHT
                ),
                Column[LogLine](self.tr("Difference"), diff, RIGHT),
            ],
            parent,
        )


class CaptureEditor(QGroupBox):
    """One kind of capture (group notes, decisions, parking lot), saved as it is typed."""

    saved = Signal(object)  # Changes

    def __init__(
        self, title: str, kind: r.CaptureKind, services: Services, placeholder: str, *, lane: WriterLane | None = None
    ) -> None:
        super().__init__(title)
        self.kind = kind
        self.services = services
        self.lane = lane or WriterLane(self)  # saves run off the GUI thread, like the reflection editor's
        self._unsaved: dict[tuple[str, str | None], str] = {}  # handed to the lane, not yet written
        self._failed: set[tuple[str, str | None]] = set()
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(title)
        self.editor.setPlaceholderText(placeholder)
        self.editor.setTabChangesFocus(True)
        # three of these fit a 1280x800 screen beside the rest; they grow when there is room
        self.editor.setMinimumHeight(appearance.scaled(48))
        self.editor.setToolTip(self.tr("{title}: saved as you type; Tab moves on").format(title=title))
        self.status = appearance.hint_label(" ", wrap=False)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self._target: tuple[str, str | None] | None = None
        self._dirty = False
        self._loading = False
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.timeout.connect(self._hand_over)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.timeout.connect(self._hand_over)
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.timeout.connect(self._retry)
        self.editor.textChanged.connect(self._typed)

    def set_target(self, session_id: str | None, block_id: str | None) -> None:
        """Show the text for a session (and block); pending text is handed to the writer lane first."""
        if not self._hand_over():
            return  # a save is failing: keep the text on screen; the retry keeps trying
        self._loading = True
        try:
            needs_block = self.kind != r.CaptureKind.PARKING_LOT
            usable = session_id is not None and (block_id is not None or not needs_block)
            self._target = (session_id, block_id) if usable and session_id else None
            text = ""
            if self._target:
                try:
                    pending = self._unsaved.get(self._target)  # on its way to the database
                    text = pending if pending is not None else self.services.run.capture_text(*self._target, self.kind)
                except WorkshopError as exc:
                    self.status.setText(self.tr("Could not load: {message}").format(message=exc.message))
            self.editor.setPlainText(text)
            self.setEnabled(self._target is not None)
        finally:
            self._loading = False
        self._dirty = False

    def _typed(self) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._max.start(AUTOSAVE_MAX_MS)
        self._dirty = True
        self.status.setText(self.tr("Editing…"))
        self._pause.start(AUTOSAVE_PAUSE_MS)

    @property
    def has_unsaved_text(self) -> bool:
        return self._dirty or bool(self._unsaved)

    def _hand_over(self) -> bool:
        """Give the text typed to the writer lane without waiting; False while saves are failing."""
        self._pause.stop()
        self._max.stop()
        if self._dirty and self._target is not None:
            self._submit(self._target, self.editor.toPlainText())
        return not self._failed

    def _submit(self, target: tuple[str, str | None], text: str) -> None:
        if target == self._target:
            self._dirty = False
        self._unsaved[target] = text
        run, kind = self.services.run, self.kind
        self.lane.submit(
            ("capture", kind, target),
            lambda: run.save_capture(target[0], target[1], kind, text),
            value=text,
            on_done=lambda result: self._written(target, text, result),
            on_error=lambda exc: self._not_written(target, exc),
        )

    def _written(self, target: tuple[str, str | None], text: str, result: Any) -> None:
        if self._unsaved.get(target) == text:
            del self._unsaved[target]
        self._failed.discard(target)
        if not self._failed:
            self._retry_timer.stop()
            if not self._dirty and not self._unsaved:
                self.status.setText(self.tr("Saved {time:%H:%M:%S}").format(time=datetime.now()))
        self.saved.emit(result.changes)

    def _not_written(self, target: tuple[str, str | None], exc: BaseException) -> None:
        message = exc.message if isinstance(exc, WorkshopError) else type(exc).__name__
        self._failed.add(target)
        self.status.setText(self.tr("Not saved: {message} Kept here; retrying.").format(message=message))
        self._retry_timer.start(3000)

    def _retry(self) -> None:
        self._retry_timer.stop()
        for target in list(self._failed):
            text = self._unsaved.get(target)
            if text is None:
                self._failed.discard(target)
            elif self.lane.pending_value(("capture", self.kind, target)) is None:
                self._submit(target, text)

    def save_now(self, wait_ms: int = 30_000) -> bool:
        """Save pending text and wait until it is written (closing, before work that reads it).

        True when nothing is left unsaved.
        """
        self._hand_over()
        self._retry()
        self.lane.wait(wait_ms)
        return not self._unsaved and not self._dirty


class RunViewWidget(QWidget):
    """The facilitator's screen while the session runs. Keys: Space, Right/Left, + and −, B."""

    changed = Signal(object)  # Changes

    def __init__(self, services: Services, parent: QWidget | None = None, *, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.content_library: ContentLibrary = services.content_library
        self.clock: Clock = clock or datetime.now
        self.today: Callable[[], date] = date.today
        self.agenda: Agenda | None = None
        self.timer: RunTimer | None = None
        self.blank = False
        self.chime: Callable[[], None] = QApplication.beep
        self._recorded: dict[int, tuple[datetime, datetime | None]] = {}
        self.presenter: PresenterWindow | None = None
        self._details_for: tuple[Agenda | None, AgendaLine] | None = None

        # --- left: the block being run ---
        self.position_label = appearance.hint_label("", wrap=False)
        self.title_label = QLabel(self.tr("Choose a session to run"))
        self.title_label.setObjectName("runTitle")
        self.title_label.setWordWrap(True)
        appearance.set_relative_font(self.title_label, 2.0, bold=True)
        self.countdown_label = QLabel("–:––")
        self.countdown_label.setObjectName("runCountdown")
        self.countdown_label.setAccessibleName(self.tr("Time left in this block"))
        appearance.set_relative_font(self.countdown_label, 4.4, bold=True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setRange(0, 1000)
        self.state_label = QLabel("")
        self.state_label.setObjectName("runState")
        self.drift_label = QLabel("")
        self.drift_label.setObjectName("runDrift")
        appearance.set_relative_font(self.drift_label, 1.45, bold=True)

        def button(text: str, tip: str, slot: Callable[[], Any]) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            return b

        self.back_button = button(self.tr("◀ Back"), self.tr("Previous block (Left)"), self.back)
        self.start_button = button(self.tr("Start"), self.tr("Start or pause the timer (Space)"), self.toggle)
        self.start_button.setMinimumWidth(appearance.scaled(110))
        self.skip_button = button(self.tr("Next ▶"), self.tr("Next block (Right)"), self.next)
        self.less_button = button(
            self.tr("−1 min"), self.tr("Take a minute off this block (−)"), lambda: self.extend(-1)
        )
        self.more_button = button(
            self.tr("+1 min"), self.tr("Give this block another minute (+)"), lambda: self.extend(1)
        )
        self.more5_button = button(
            self.tr("+5 min"), self.tr("Give this block five more minutes"), lambda: self.extend(5)
        )
        self.chime_check = QCheckBox(self.tr("Chime at 20 % and 5 % left"))
        self.chime_check.setChecked(_settings().value("run/chime", True, type=bool))
        self.chime_check.toggled.connect(lambda on: _settings().setValue("run/chime", on))
        self.chime_check.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.chime_check.setToolTip(self.tr("Play a short chime when a block has 20 % and 5 % of its time left"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Facilitator's notes for this block"))
        self.details.setOpenLinks(False)
        self.details.setToolTip(self.tr("Purpose, your notes and the prompts of the current block"))
        self.next_label = QLabel("")
        self.next_label.setWordWrap(True)

        controls = QHBoxLayout()
        for b in (self.back_button, self.start_button, self.skip_button):
            controls.addWidget(b)
        controls.addSpacing(12)
        for b in (self.less_button, self.more_button, self.more5_button):
            controls.addWidget(b)
        controls.addStretch(1)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.countdown_label)
        status = QVBoxLayout()
        status.addStretch(1)
        status.addWidget(self.drift_label)
        status.addWidget(self.state_label)
        status.addStretch(1)
        clock_row.addLayout(status, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.position_label)
        left_layout.addWidget(self.title_label)
        left_layout.addLayout(clock_row)
        left_layout.addWidget(self.progress)
        left_layout.addLayout(controls)
        left_layout.addWidget(self.chime_check)
        left_layout.addWidget(self.details, 1)
        left_layout.addWidget(self.next_label)

        # --- right: the room's view, attendance, capture, the log ---
        self.preview = RoomPreview(320)  # 16:9; wider made the Run tab overflow a 1280-pixel screen
        self.preview.setAccessibleName(self.tr("What the room sees"))
        self.present_button = button(
            self.tr("Open room view"), self.tr("Show the room view on the projector (F5)"), self.open_presenter
        )
        self.blank_button = button(
            self.tr("Blank (B)"), self.tr("Blank the room view, or bring it back (B)"), self.toggle_blank
        )
        self.blank_button.setCheckable(True)
        room_box = QGroupBox(self.tr("What the room sees"))
        room_layout = QHBoxLayout(room_box)
        room_layout.addWidget(self.preview)
        room_buttons = QVBoxLayout()
        room_buttons.addWidget(self.present_button)
        room_buttons.addWidget(self.blank_button)
        room_buttons.addStretch(1)
        room_layout.addLayout(room_buttons)

        self.capture_lane = WriterLane(self)  # the three boxes' saves, in order, off the GUI thread
        self.group_notes = CaptureEditor(
            self.tr("Group notes"),
            r.CaptureKind.GROUP_NOTES,
            services,
            self.tr("Type the flipchart as it is read out…"),
            lane=self.capture_lane,
        )
        self.decisions = CaptureEditor(
            self.tr("Decisions"),
            r.CaptureKind.DECISIONS,
            services,
            self.tr("What the group agreed…"),
            lane=self.capture_lane,
        )
        self.parking_lot = CaptureEditor(
            self.tr("Parking lot (whole session)"),
            r.CaptureKind.PARKING_LOT,
            services,
            self.tr("Questions to come back to…"),
            lane=self.capture_lane,
        )
        capture = QWidget()
        capture_layout = QVBoxLayout(capture)
        capture_layout.setContentsMargins(4, 4, 4, 4)
        capture_layout.addWidget(self.group_notes, 3)
        capture_layout.addWidget(self.decisions, 2)
        capture_layout.addWidget(self.parking_lot, 2)
        self.captures = (self.group_notes, self.decisions, self.parking_lot)
        for editor in self.captures:
            editor.saved.connect(self.changed.emit)

        self.attendance_model = AttendanceTableModel(self)
        self.attendance_model.on_tick = self.set_present
        self.attendance_view = KeepKeysTableView()
        self.attendance_view.setModel(self.attendance_model)
        self.attendance_view.setAccessibleName(self.tr("Attendance"))
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.verticalHeader().hide()
        self.attendance_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.attendance_count = QLabel("")
        attendance = QWidget()
        attendance_layout = QVBoxLayout(attendance)
        attendance_layout.setContentsMargins(4, 4, 4, 4)
        attendance_layout.addWidget(QLabel(self.tr("Tick who is here when the session starts.")))
        attendance_layout.addWidget(self.attendance_view, 1)
        attendance_layout.addWidget(self.attendance_count)

        self.log_model = SessionLogTableModel(self)
        self.log_view = KeepKeysTableView()
        self.log_view.setModel(self.log_model)
        self.log_view.setAccessibleName(self.tr("Session log"))
        self.log_view.verticalHeader().hide()
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.setWordWrap(False)
        log_header = self.log_view.horizontalHeader()
        log_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        log_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(capture, self.tr("Capture"))
        self.side_tabs.addTab(attendance, self.tr("Attendance"))
        self.side_tabs.addTab(self.log_view, self.tr("Session log"))
        self.side_tabs.setAccessibleName(self.tr("Capture, attendance and log"))
        self.side_tabs.tabBar().setToolTip(self.tr("Capture, attendance and the session log (Ctrl+Tab)"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(room_box)
        right_layout.addWidget(self.side_tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        for keys, slot in (
            (Qt.Key.Key_Space, self.toggle),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Plus, lambda: self.extend(1)),
            (Qt.Key.Key_Equal, lambda: self.extend(1)),
            (Qt.Key.Key_Minus, lambda: self.extend(-1)),
            (Qt.Key.Key_B, self.toggle_blank),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a click on the view gives its keys back
        self.setAccessibleName(self.tr("Run view"))
        self.setAccessibleDescription(
            self.tr("Space starts or pauses, Right and Left move between blocks, + and − change the time, B blanks")
        )
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self.set_agenda(None)

    # --- loading ---------------------------------------------------------------------------
    def set_agenda(self, agenda: Agenda | None) -> None:
        """Show a session's agenda. The same session keeps its run; another one starts afresh."""
        previous = self.agenda
        self.agenda = agenda
        if agenda is None:
            self.timer = None
        elif previous is None or previous.session.id != agenda.session.id or self.timer is None:
            self._new_timer()
        else:
            self._follow_agenda_edit(previous, agenda)
        self.reload_attendance()
        self.reload_log()
        self.refresh()

    def _planned_start(self) -> datetime | None:
        assert self.agenda is not None
        session = self.agenda.session
        # on the day the drift counts from the booked start; on any other day it is a rehearsal
        return datetime.combine(session.held_on, session.starts_at) if session.held_on == self.today() else None

    def _new_timer(self) -> None:
        assert self.agenda is not None
        self.timer = RunTimer(
            [x.block.minutes for x in self.agenda.lines], self.clock, planned_start=self._planned_start()
        )
        self._recorded = {}

    def _follow_agenda_edit(self, previous: Agenda, agenda: Agenda) -> None:
        """An agenda edited during the run: each block keeps its time so far, wherever it moved."""
        assert self.timer is not None
        new_ids = [x.block.id for x in agenda.lines]
        where = {block_id: i for i, block_id in enumerate(new_ids)}
        self.timer.replan([x.block.minutes for x in agenda.lines], [where.get(x.block.id) for x in previous.lines])
        self._recorded = {}  # positions changed: write the log again from the timer

    def reload_attendance(self) -> None:
        items = self.services.run.attendance(self.agenda.session.id) if self.agenda else []
        self.attendance_model.set_items(items)
        present = sum(1 for a in items if a.present)
        self.attendance_count.setText(
            self.tr("{present} of {total} present").format(present=present, total=len(items))
            if items
            else self.tr("No participants yet.")
        )

    def reload_log(self) -> None:
        self.log_model.set_items(self.services.run.session_log(self.agenda.session.id) if self.agenda else [])

    # --- what is on screen -------------------------------------------------------------------
    def current_line(self) -> AgendaLine | None:
        if self.agenda is None or self.timer is None or not self.agenda.lines:
            return None
        return self.agenda.lines[min(self.timer.index, len(self.agenda.lines) - 1)]

    def refresh(self) -> None:
        """Redraw from the timer (called every quarter second while the view is shown, and after each key)."""
        line = self.current_line()
        state = self.timer.state() if self.timer else None
        self._set_enabled(line is not None)
        if line is None or state is None:
            self.title_label.setText(self.tr("Choose a session with an agenda to run it."))
            self.position_label.setText("")
            self.countdown_label.setText("–:––")
            self.details.clear()
            self._details_for = None
            self.next_label.setText("")
            self.state_label.setText("")
            self.drift_label.setText("")
            self._target_captures(None)
            self._show_room(RoomView())
            return
        block = line.block
        if state.finished:
            self.position_label.setText(self.tr("All {count} blocks done").format(count=state.count))
            self.title_label.setText(self.tr("Session finished"))
            self.countdown_label.setText("0:00")
            self.progress.setValue(0)
            self.state_label.setText(self.tr("Press Left to go back to the last block."))
            self.start_button.setText(self.tr("Start"))
        else:
            self.position_label.setText(
                self.tr("Block {number} of {count} · planned {starts:%H:%M}–{ends:%H:%M} ({minutes} min)").format(
                    number=state.index + 1,
                    count=state.count,
                    starts=line.timing.starts,
                    ends=line.timing.ends,
                    minutes=block.minutes,
                )
            )
            self.title_label.setText(block.title)
            colour = (
                ALERT_COLOURS[state.alert] if state.alert != Alert.NONE else appearance.colour("#1a1a1a", "#ffffff")
            )
            if state.alert == Alert.WARN:
                colour = appearance.colour("#a06b00", "#ffc400")
            self.countdown_label.setText(format_countdown(state.remaining_seconds))
            self.countdown_label.setStyleSheet(f"color: {colour};")
            self.progress.setValue(int(state.fraction_left * 1000))
            extra = state.allowed_seconds - block.minutes * 60
            sign = "+" if extra > 0 else "−"
            extended = f" · {sign}{format_minutes(abs(extra) // 60)}" if extra else ""
            if state.running:
                self.state_label.setText(self.tr("Running{extended}").format(extended=extended))
            elif state.elapsed_seconds:
                self.state_label.setText(self.tr("Paused{extended} · Space to carry on").format(extended=extended))
            else:
                self.state_label.setText(self.tr("Ready{extended} · Space to start").format(extended=extended))
            self.start_button.setText(self.tr("Pause") if state.running else self.tr("Start"))
        drift = format_drift(state.drift_seconds)
        drift_colour = (
            appearance.colour("#1b7f3b", "#7dff9a")
            if state.drift_seconds <= 60
            else (
                appearance.colour("#a06b00", "#ffc400")
                if state.drift_seconds < 600
                else appearance.colour("#b00020", "#ff8080")
            )
        )
        self.drift_label.setText(drift[0].upper() + drift[1:])
        self.drift_label.setStyleSheet(f"color: {drift_colour};")
        self._show_details(line)
        self._target_captures(block.id)
        self._show_room(self._room(line, state))
        alert = self.timer.new_alert() if self.timer else None
        if alert is not None and self.chime_check.isChecked():
            self.chime()

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.back_button, self.start_button, self.skip_button, self.less_button, self.more_button,
            self.more5_button,
        ):  # fmt: skip
            w.setEnabled(on)

    def _show_details(self, line: AgendaLine) -> None:
        """The block's notes; redrawn only when the block (or its text) changes, so scrolling stays put."""
        key = (self.agenda, line)
        if self._details_for == key:
            return
        self._details_for = key
        b = line.block
        parts: list[str] = []
        if b.purpose:
            parts.append("<p><b>" + self.tr("Purpose.") + f"</b> {html.escape(b.purpose)}</p>")
        if b.facilitator_notes:
            parts.append(
                "<p><b>"
                + self.tr("Your notes.")
                + f"</b> {html.escape(b.facilitator_notes).replace(chr(10), '<br>')}</p>"
            )
        if b.prompts:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in b.prompts)
            parts.append("<p><b>" + self.tr("Prompts for the room") + f"</b></p><ul>{items}</ul>")
        card = self._serves_card(b.serves)
        if card:
            parts.append(card)
        if b.materials:
            parts.append("<p><b>" + self.tr("Materials.") + f"</b> {html.escape(', '.join(b.materials))}</p>")
        self.details.setHtml("".join(parts))
        after = (
            self.agenda.lines[line.block.position + 1]
            if self.agenda and b.position + 1 < len(self.agenda.lines)
            else None
        )
        self.next_label.setText(
            self.tr("<b>Next:</b> {title} ({minutes} min)").format(
                title=html.escape(after.block.title), minutes=after.block.minutes
            )
            if after
            else self.tr("<b>Next:</b> the end")
        )

    def _serves_card(self, key: str) -> str:
        practice = self.content_library.practice(key) if key else None
        if practice:
            return (
                f"<div style='background:{appearance.colour('#eef4fb', '#00264d')}; padding:6px;'><b>"
                + self.tr("Practice {number}: {name}").format(number=practice.number, name=html.escape(practice.name))
                + f"</b><br>{html.escape(practice.summary)}</div>"
            )
        for model in self.content_library.par_models.values():
            stage = model.stage(key) if key else None
            if stage:
                return (
                    f"<div style='background:{appearance.colour('#eef7ee', '#003300')}; padding:6px;'>"
                    f"<b>{html.escape(stage.name)}</b> "
                    f"({html.escape(model.name)})<br>{html.escape(stage.purpose)}</div>"
                )
        return ""

    def _room(self, line: AgendaLine, state: TimerState) -> RoomView:
        if state.finished:
            return RoomView(title=self.tr("Thank you"), blank=self.blank)
        block = line.block
        caption = ""
        if block.kind == r.BlockKind.BREAK and state.running:
            back = self.clock() + timedelta(seconds=max(0.0, state.remaining_seconds))
            if back.second or back.microsecond:  # never tell the room a time before the break ends
                back = back.replace(second=0, microsecond=0) + timedelta(minutes=1)
            caption = self.tr("Back at {time}").format(time=f"{back:%H:%M}")
        return RoomView(
            title=block.title,
            prompts=block.prompts[:3],
            timer=format_countdown(state.remaining_seconds),
            alert=state.alert,
            caption=caption,
            blank=self.blank,
        )

    def _show_room(self, room: RoomView) -> None:
        self.preview.show_room(room)
        if self.presenter is not None:
            self.presenter.view.show_room(room)

    def _target_captures(self, block_id: str | None) -> None:
        session_id = self.agenda.session.id if self.agenda else None
        for editor in self.captures:
            parking = editor.kind == r.CaptureKind.PARKING_LOT
            block = None if parking else block_id
            wanted = (session_id, block) if session_id and (block or parking) else None
            if editor._target != wanted:
                editor.set_target(session_id, block)

    # --- acting ------------------------------------------------------------------------------
    def _act(self, fn: Callable[[RunTimer], None]) -> None:
        if self.timer is None:
            return
        fn(self.timer)
        self._record()
        if self.timer.running:
            self._ticker.start()
        self.refresh()

    def toggle(self) -> None:
        self._act(RunTimer.toggle)

    def next(self) -> None:
        self._act(RunTimer.next)

    def back(self) -> None:
        self._act(RunTimer.back)

    def extend(self, minutes: int) -> None:
        self._act(lambda t: t.extend(minutes))

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.blank_button.setChecked(self.blank)
        self.refresh()

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys pressed in the room view window act as they do here."""
        actions: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Space: self.toggle,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_Left: self.back,
            Qt.Key.Key_Plus: lambda: self.extend(1),
            Qt.Key.Key_Equal: lambda: self.extend(1),
            Qt.Key.Key_Minus: lambda: self.extend(-1),
            Qt.Key.Key_B: self.toggle_blank,
        }
        action = actions.get(event.key())
        if action is None:
            return False
        action()
        return True

    def open_presenter(self) -> None:
        if self.presenter is None:
            self.presenter = PresenterWindow(self.handle_key)
        self.presenter.open()
        self.refresh()

    def set_present(self, participant_id: str, present: bool) -> None:
        if self.agenda is None:
            return
        try:
            result = self.services.run.set_present(self.agenda.session.id, participant_id, present)
        except WorkshopError as exc:
            from .messages import show_error

            show_error(self, exc)
            return
        self.reload_attendance()
        self.changed.emit(result.changes)

    def _record(self) -> None:
        """Write each block's actual start and end to the session log as they happen."""
        if self.timer is None or self.agenda is None:
            return
        wrote = False
        for stint in self.timer.stints():
            value = (stint.started_at, stint.ended_at)
            if self._recorded.get(stint.index) == value or stint.index >= len(self.agenda.lines):
                continue
            block = self.agenda.lines[stint.index].block
            try:
                self.services.run.record_block_run(self.agenda.session.id, block.id, *value)
            except WorkshopError:
                continue  # tried again at the next step; the timer keeps going
            self._recorded[stint.index] = value
            wrote = True
        if wrote:
            self.reload_log()

    # --- lifecycle ----------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Save every capture box at once (closing, switching session). True when nothing is left."""
        return all([editor.save_now() for editor in self.captures])

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._ticker.start()

    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if not (self.timer and self.timer.running):
            self._ticker.stop()

    def close_presenter(self) -> None:
        if self.presenter is not None:
            self.presenter.close()
            self.presenter = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self.close_presenter()
        super().closeEvent(event)
