"""Participants' voice: filled sheets, consent, reviewed actions, and cycle summaries."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from .records import Action, ActionStatus


class Channel(enum.StrEnum):
    """How a sheet reached the app."""

    KIOSK = "kiosk"
    PAPER = "paper"
    FACILITATOR = "facilitator"


class SubmissionStatus(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


@dataclass(frozen=True)
class Answer:
    item_key: str
    text: str = ""
    value: int | None = None


@dataclass(frozen=True)
class Submission:
    """A filled sheet. An anonymous one has no participant and no other link to a person."""

    id: str
    session_id: str
    sheet_key: str
    participant_id: str | None
    channel: Channel
    status: SubmissionStatus
    answers: tuple[Answer, ...]
    submitted_at: datetime | None

    def answer(self, item_key: str) -> Answer | None:
        return next((a for a in self.answers if a.item_key == item_key), None)


class ConsentEventKind(enum.StrEnum):
    GIVEN = "given"
    REVISITED = "revisited"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ConsentEvent:
    kind: ConsentEventKind
    on: date
    taking_part: bool
    research_use: bool
    quoting: bool


@dataclass(frozen=True)
class Consent:
    """A participant's consent: taking part, research use of their reflections, being quoted."""

    participant_id: str
    taking_part: bool
    research_use: bool
    quoting: bool
    given_on: date | None
    last_revisited_on: date | None
    withdrawn_on: date | None
    erasure_requested: bool
    history: tuple[ConsentEvent, ...] = ()

    @property
    def may_take_part(self) -> bool:
        return self.taking_part and self.withdrawn_on is None

    @property
    def label(self) -> str:
        if self.withdrawn_on:
            return f"Withdrawn {self.withdrawn_on:%d %b %Y}"
        if not self.taking_part:
            return "Not taking part"
        extras = [w for w, on in (("research", self.research_use), ("quotes", self.quoting)) if on]
        return "Taking part" + (f" ({', '.join(extras)})" if extras else "")


@dataclass(frozen=True)
class ActionReview:
    """One look at an action in a session: the status it was given and what was said."""

    session_id: str | None
    reviewed_on: date
    status: ActionStatus
    note: str


@dataclass(frozen=True)
class ReviewedAction:
    """An action with the history of its reviews, newest last."""

    action: Action
    reviews: tuple[ActionReview, ...]

    @property
    def is_open(self) -> bool:
        return self.action.status in (ActionStatus.OPEN, ActionStatus.PARTLY)


@dataclass(frozen=True)
class Distribution:
    """How many people gave each point of a rating scale."""

    counts: tuple[int, ...]  # counts[0] is the lowest scale point
    scale_min: int = 1

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        if not self.total:
            return None
        return sum((self.scale_min + i) * n for i, n in enumerate(self.counts)) / self.total

    def bars(self) -> str:
        """A one-line picture of the distribution, lowest point first, e.g. '▁▃█▅▁'."""
        blocks = " ▁▂▃▄▅▆▇█"
        top = max(self.counts) if self.counts else 0
        if not top:
            return "·" * len(self.counts)
        return "".join(blocks[round(8 * n / top)] if n else "·" for n in self.counts)

    @classmethod
    def of(cls, values: list[int], low: int = 1, high: int = 5) -> Distribution:
        counts = [0] * (high - low + 1)
        for v in values:
            if low <= v <= high:
                counts[v - low] += 1
        return cls(tuple(counts), low)


@dataclass(frozen=True)
class RatingLine:
    """One rating item's distribution this cycle beside the last."""

    sheet_key: str
    item_key: str
    sheet_title: str
    item_text: str
    this_cycle: Distribution
    last_cycle: Distribution | None


@dataclass(frozen=True)
class StageStatus:
    key: str
    name: str
    sessions: tuple[str, ...]  # titles of the sessions held at this stage in the cycle
    done: bool


@dataclass(frozen=True)
class CycleSummary:
    """What the cycle view shows. Attendance is None until attendance is recorded anywhere."""

    cycle_id: str
    number: int
    model_name: str
    stages: tuple[StageStatus, ...]
    actions_opened: int
    actions_closed: int
    actions_open: int
    ratings: tuple[RatingLine, ...]
    attendance: tuple[tuple[str, int, int], ...] | None  # (session title, present, invited)
    excluded_people: int  # withdrawn participants left out of every figure


@dataclass(frozen=True)
class PracticeCell:
    session_id: str
    session_title: str
    held_on: date
    practice_key: str
    minutes: int  # block minutes serving the practice in that session
    mean_rating: float | None  # the group's self-rating of the practice in that session
    raters: int


@dataclass(frozen=True)
class PracticeMap:
    """Which practices each session worked on, and the group's self-ratings of each over time."""

    practices: tuple[tuple[str, str], ...]  # (key, name) in order
    sessions: tuple[tuple[str, str, date], ...]  # (id, title, held on)
    cells: tuple[PracticeCell, ...]

    def cell(self, session_id: str, practice_key: str) -> PracticeCell | None:
        return next((c for c in self.cells if c.session_id == session_id and c.practice_key == practice_key), None)

    def untouched(self) -> tuple[str, ...]:
        """Keys of practices no session has worked on yet."""
        worked = {c.practice_key for c in self.cells if c.minutes}
        return tuple(k for k, _ in self.practices if k not in worked)
