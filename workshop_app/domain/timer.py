"""The run timer: counts each block down, takes extensions, warns, and knows the drift from the plan.

Pure logic over a clock function (a fake one in tests), so it can be tested without waiting.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

Clock = Callable[[], datetime]

WARN_FRACTION = 0.20  # "20 % of the block left"
URGENT_FRACTION = 0.05  # "5 % of the block left"


class Alert(enum.StrEnum):
    """How much of the block is left: each level is announced once per block."""

    NONE = "none"
    WARN = "warn"  # 20 % or less left
    URGENT = "urgent"  # 5 % or less left
    OVER = "over"  # time is up


_ORDER = (Alert.NONE, Alert.WARN, Alert.URGENT, Alert.OVER)


@dataclass(frozen=True)
class Stint:
    """One block as it was really run: first started and last left (None while it runs)."""

    index: int
    started_at: datetime
    ended_at: datetime | None


@dataclass(frozen=True)
class TimerState:
    """What the timer shows at one moment."""

    index: int
    count: int
    running: bool
    finished: bool
    allowed_seconds: int  # planned plus extensions
    elapsed_seconds: float
    alert: Alert
    drift_seconds: float  # > 0: behind the planned clock; < 0: ahead

    @property
    def remaining_seconds(self) -> float:
        return self.allowed_seconds - self.elapsed_seconds

    @property
    def fraction_left(self) -> float:
        if self.allowed_seconds <= 0:
            return 0.0
        return max(0.0, self.remaining_seconds / self.allowed_seconds)


def alert_for(allowed_seconds: float, elapsed_seconds: float) -> Alert:
    remaining = allowed_seconds - elapsed_seconds
    if remaining <= 0:
        return Alert.OVER
    if allowed_seconds <= 0:
        return Alert.OVER
    left = remaining / allowed_seconds
    if left <= URGENT_FRACTION:
        return Alert.URGENT
    if left <= WARN_FRACTION:
        return Alert.WARN
    return Alert.NONE


def format_countdown(seconds: float) -> str:
    """'12:05' for time left; '+1:30' once the block has run over."""
    over = seconds < 0
    whole = int(-seconds) if over else int(seconds + 0.999)  # show 0:01 until time is really up
    minutes, secs = divmod(whole, 60)
    return f"{'+' if over else ''}{minutes}:{secs:02d}"


def format_drift(seconds: float) -> str:
    """'on time', '4 min behind', '2 min ahead' (rounded to whole minutes)."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return "on time"
    return f"{abs(minutes)} min {'behind' if minutes > 0 else 'ahead'}"


class RunTimer:
    """Counts a session's blocks down, one at a time.

    `planned_minutes` are the agenda's block lengths; `planned_start` is when the session was due to
    start (None for a rehearsal: the drift is then measured from the first press of Start).
    """

    def __init__(self, planned_minutes: Sequence[int], clock: Clock, *, planned_start: datetime | None = None) -> None:
        self.planned = [max(0, int(m)) * 60 for m in planned_minutes]
        self.clock = clock
        self.planned_start = planned_start
        self.index = 0
        self.finished = not self.planned
        self._extra = [0] * len(self.planned)
        self._elapsed = [0.0] * len(self.planned)
        self._running_since: datetime | None = None
        self._first_start: datetime | None = None
        self._announced = [Alert.NONE] * len(self.planned)
        self._stints: dict[int, Stint] = {}

    # --- reading ------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._running_since is not None

    def allowed(self, index: int | None = None) -> int:
        i = self.index if index is None else index
        return max(0, self.planned[i] + self._extra[i])

    def elapsed(self, index: int | None = None) -> float:
        i = self.index if index is None else index
        spent = self._elapsed[i]
        if i == self.index and self._running_since is not None:
            spent += (self.clock() - self._running_since).total_seconds()
        return spent

    def drift(self) -> float:
        """Seconds the session will end after (> 0) or before (< 0) its planned end, as things stand."""
        origin = self.planned_start or self._first_start
        if origin is None:
            return 0.0
        planned_end = origin + timedelta(seconds=sum(self.planned))
        now = self.clock()
        if self.finished:
            projected = now if self.running else (self._last_end() or now)
        else:
            left_here = max(0.0, self.allowed() - self.elapsed())
            later = sum(self.planned[self.index + 1 :])
            projected = now + timedelta(seconds=left_here + later)
        return (projected - planned_end).total_seconds()

    def _last_end(self) -> datetime | None:
        ends = [s.ended_at for s in self._stints.values() if s.ended_at is not None]
        return max(ends) if ends else None

    def state(self) -> TimerState:
        if self.finished:
            return TimerState(self.index, len(self.planned), False, True, 0, 0.0, Alert.NONE, self.drift())
        allowed = self.allowed()
        elapsed = self.elapsed()
        return TimerState(
            self.index,
            len(self.planned),
            self.running,
            False,
            allowed,
            elapsed,
            alert_for(allowed, elapsed),
            self.drift(),
        )

    def stints(self) -> list[Stint]:
        """Each block's actual start and end so far (for the session log)."""
        return [self._stints[i] for i in sorted(self._stints)]

    def stint(self, index: int) -> Stint | None:
        return self._stints.get(index)

    def new_alert(self) -> Alert | None:
        """The warning level just reached in the current block, once (to chime); None otherwise."""
        if self.finished:
            return None
        level = alert_for(self.allowed(), self.elapsed())
        if _ORDER.index(level) > _ORDER.index(self._announced[self.index]):
            self._announced[self.index] = level
            return level
        return None

    # --- acting -------------------------------------------------------------------------
    def start(self) -> None:
        if self.finished or self.running:
            return
        now = self.clock()
        self._running_since = now
        if self._first_start is None:
            self._first_start = now
        stint = self._stints.get(self.index)
        if stint is None:
            self._stints[self.index] = Stint(self.index, now, None)
        elif stint.ended_at is not None:
            self._stints[self.index] = Stint(self.index, stint.started_at, None)

    def pause(self) -> None:
        if self._running_since is None:
            return
        self._elapsed[self.index] += (self.clock() - self._running_since).total_seconds()
        self._running_since = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def next(self) -> None:
        """Skip to the next block (or finish after the last); a running timer keeps running."""
        if self.finished:
            return
        was_running = self.running
        self._leave()
        if self.index + 1 >= len(self.planned):
            self.finished = True
            return
        self.index += 1
        if was_running:
            self.start()

    def back(self) -> None:
        """Return to the previous block (its time so far is kept); from the end, to the last block."""
        was_running = self.running
        if self.finished:
            self.finished = False
            self.index = len(self.planned) - 1
            return
        if self.index == 0:
            return
        self._leave()
        self.index -= 1
        if was_running:
            self.start()

    def extend(self, minutes: int) -> None:
        """Add (or with a negative number take off) minutes of the current block; never below zero."""
        if self.finished:
            return
        i = self.index
        self._extra[i] = max(-self.planned[i], self._extra[i] + int(minutes) * 60)
        # a block given more time can warn again when it gets low again
        level = alert_for(self.allowed(), self.elapsed())
        if _ORDER.index(level) < _ORDER.index(self._announced[i]):
            self._announced[i] = level

    def replan(self, planned_minutes: Sequence[int], new_index_of: Sequence[int | None]) -> None:
        """The agenda was edited during the run: `new_index_of[i]` is where old block i is now (None: gone).

        Time spent, extensions, warnings and actual times move with their blocks. If the current
        block was deleted, the timer pauses on the block now in its place.
        """
        count = len(planned_minutes)
        running = self.running
        self.pause()
        extra, elapsed, announced = [0] * count, [0.0] * count, [Alert.NONE] * count
        stints: dict[int, Stint] = {}
        for old, new in enumerate(new_index_of):
            if new is None or not 0 <= new < count or old >= len(self.planned):
                continue
            extra[new], elapsed[new], announced[new] = self._extra[old], self._elapsed[old], self._announced[old]
            if old in self._stints:
                stint = self._stints[old]
                stints[new] = Stint(new, stint.started_at, stint.ended_at)
        current = new_index_of[self.index] if self.index < len(new_index_of) else None
        self.planned = [max(0, int(m)) * 60 for m in planned_minutes]
        self._extra, self._elapsed, self._announced, self._stints = extra, elapsed, announced, stints
        if not count:
            self.index, self.finished = 0, True
            return
        if self.finished:
            self.index = count - 1
            return
        if current is None:
            self.index = min(self.index, count - 1)
            return  # the block being run was deleted: wait for the facilitator
        self.index = current
        if running:
            self.start()

    def _leave(self) -> None:
        now = self.clock()
        self.pause()
        stint = self._stints.get(self.index)
        if stint is not None:
            self._stints[self.index] = Stint(self.index, stint.started_at, now)
