"""Records a programme keeps: programmes, participants, cycles, sessions, blocks, entries."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time


class ActionStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    PARTLY = "partly"
    DROPPED = "dropped"


class BlockKind(enum.StrEnum):
    ACTIVITY = "activity"
    BREAK = "break"


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    partnership: str
    starts_on: date | None
    ends_on: date | None
    par_model_key: str


@dataclass(frozen=True)
class Participant:
    id: str
    programme_id: str
    code: str
    name: str
    organisation: str
    sector: str
    role: str


@dataclass(frozen=True)
class ParCycle:
    id: str
    programme_id: str
    number: int
    started_on: date | None


@dataclass(frozen=True)
class Block:
    id: str
    session_id: str
    position: int
    title: str
    minutes: int
    purpose: str
    facilitator_notes: str
    prompts: tuple[str, ...]
    serves: str
    kind: BlockKind
    materials: tuple[str, ...] = ()


@dataclass(frozen=True)
class Session:
    id: str
    programme_id: str
    cycle_id: str | None
    title: str
    template_key: str
    held_on: date
    starts_at: time
    booked_minutes: int
    place: str
    stage_key: str
    blocks: tuple[Block, ...] = ()


@dataclass(frozen=True)
class Reflection:
    id: str
    session_id: str
    participant_id: str | None
    prompt: str
    text: str
    updated_at: datetime


@dataclass(frozen=True)
class Rating:
    id: str
    session_id: str
    participant_id: str | None
    instrument_key: str
    item_key: str
    value: int
    actions: str = ""


@dataclass(frozen=True)
class Action:
    id: str
    programme_id: str
    session_id: str | None
    cycle_id: str | None
    description: str
    owner: str
    due_on: date | None
    status: ActionStatus
    evidence: str = ""


class CaptureKind(enum.StrEnum):
    """What the room said, captured per block (the parking lot belongs to the whole session)."""

    GROUP_NOTES = "group_notes"
    DECISIONS = "decisions"
    PARKING_LOT = "parking_lot"


@dataclass(frozen=True)
class Attendance:
    """Whether one participant is in the room for one session."""

    participant: Participant
    present: bool


@dataclass(frozen=True)
class Capture:
    """Text typed during a session: a block's group notes or decisions, or the session's parking lot."""

    id: str
    session_id: str
    block_id: str | None
    kind: CaptureKind
    block_title: str
    text: str
    updated_at: datetime


@dataclass(frozen=True)
class BlockRun:
    """When a block really started and ended, beside what was planned (the session log)."""

    id: str
    session_id: str
    block_id: str
    block_title: str
    position: int
    planned_minutes: int
    started_at: datetime
    ended_at: datetime | None

    @property
    def actual_minutes(self) -> float | None:
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds() / 60


@dataclass(frozen=True)
class Changes:
    """What one user action changed, so each view reloads only what concerns it."""

    programmes: bool = False
    participants: bool = False
    sessions: bool = False
    blocks: bool = False
    reflections: bool = False
    ratings: bool = False
    actions: bool = False
    templates: bool = False
    attendance: bool = False
    captures: bool = False
    run_log: bool = False
    submissions: bool = False
    consent: bool = False
    settings: bool = False
    sources: bool = False
    codes: bool = False
    codings: bool = False
    ids: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            programmes=self.programmes or other.programmes,
            participants=self.participants or other.participants,
            sessions=self.sessions or other.sessions,
            blocks=self.blocks or other.blocks,
            reflections=self.reflections or other.reflections,
            ratings=self.ratings or other.ratings,
            actions=self.actions or other.actions,
            templates=self.templates or other.templates,
            attendance=self.attendance or other.attendance,
            captures=self.captures or other.captures,
            run_log=self.run_log or other.run_log,
            submissions=self.submissions or other.submissions,
            consent=self.consent or other.consent,
            settings=self.settings or other.settings,
            sources=self.sources or other.sources,
            codes=self.codes or other.codes,
            codings=self.codings or other.codings,
            ids=self.ids | other.ids,
        )


@dataclass(frozen=True)
class Draft:
    """Text typed into an editor that was not saved (offered back once after a crash)."""

    id: str
    session_id: str
    participant_id: str | None
    prompt: str
    text: str
    updated_at: datetime
    saved_text: str = ""
    saved_at: datetime | None = None
