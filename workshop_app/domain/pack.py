"""Everything a session pack prints, gathered into one value by the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from .content import Practice, SelfAssessment, Source


@dataclass(frozen=True)
class PackBlock:
    """An agenda line as printed: clock times and what the facilitator needs."""

    starts: time
    ends: time
    minutes: int
    title: str
    purpose: str
    facilitator_notes: str
    prompts: tuple[str, ...]
    serves_label: str  # e.g. "Building trust" or "Reflect (Kemmis & McTaggart)"
    kind: str  # "activity" or "break"


@dataclass(frozen=True)
class PackParticipant:
    name: str
    code: str
    organisation: str
    role: str


@dataclass(frozen=True)
class PackData:
    """Input to the pack builder: a pure value, no database handles."""

    programme_name: str
    partnership: str
    session_title: str
    session_date: date
    starts_at: time
    planned_end: time
    planned_minutes: int
    place: str
    blocks: tuple[PackBlock, ...]
    participants: tuple[PackParticipant, ...]
    sheet_prompts: tuple[str, ...]  # the session's participant prompts, in agenda order
    practices: tuple[Practice, ...]
    self_assessment: SelfAssessment
    sources: tuple[Source, ...]
    session_code: str  # short code of the session, printed in sheet codes
    app_version: str = ""
    language: str = "en"  # the interface language; the pack's headings follow it (packs/labels.py)
