"""Everything a session pack prints, gathered into one value by the services."""

from __future__ import annotations

import enum
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
    materials: tuple[str, ...] = ()


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
    extras: PackExtras | None = None
    language: str = "en"  # the interface language; the pack's headings follow it (packs/labels.py)


# --- what to print ---------------------------------------------------------------------


class PackDocument(enum.StrEnum):
    """The documents a pack can hold, in the order they print."""

    GUIDE = "guide"
    HANDOUT = "handout"
    SHEETS = "sheets"
    CONSENT = "consent"
    SUMMARY = "summary"
    CYCLE_REPORT = "cycle-report"
    REFERENCES = "references"


ALL_DOCUMENTS: tuple[PackDocument, ...] = tuple(PackDocument)
BEFORE_SESSION: tuple[PackDocument, ...] = (
    PackDocument.GUIDE,
    PackDocument.HANDOUT,
    PackDocument.SHEETS,
    PackDocument.CONSENT,
    PackDocument.REFERENCES,
)


class Paper(enum.StrEnum):
    A4 = "a4"
    LETTER = "letter"


def parse_documents(text: str) -> tuple[PackDocument, ...]:
    """'guide,sheets' -> the documents in print order; unknown names raise ValueError naming them."""
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    known = {d.value: d for d in PackDocument}
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise ValueError(f"unknown document {', '.join(unknown) or '(none given)'}; choose from {', '.join(known)}")
    chosen = {known[n] for n in names}
    return tuple(d for d in PackDocument if d in chosen)


@dataclass(frozen=True)
class PackOptions:
    """What to print and how: the documents, paper, large print, and whose personal sheets."""

    documents: tuple[PackDocument, ...] = BEFORE_SESSION
    paper: Paper = Paper.A4
    large_print: bool = False
    participant_codes: tuple[str, ...] | None = None  # None: everyone; () : nobody (blank sheets only)
    blank_sheets: int = 1  # blank sheets added after the personal ones (at least one when nobody is chosen)


# --- documents for after the session ---------------------------------------------------


@dataclass(frozen=True)
class PackAction:
    description: str
    owner: str
    due_on: date | None
    status: str  # ActionStatus value: open, done, partly, dropped
    carried: bool = False  # agreed in an earlier cycle and still being worked on


@dataclass(frozen=True)
class RatingDistribution:
    """How many people gave each score to one item (e.g. a self-assessment element)."""

    item: str
    scale_min: int
    scale_max: int
    counts: tuple[int, ...]  # one count per score from scale_min to scale_max

    @property
    def responses(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        n = self.responses
        if not n:
            return None
        return sum((self.scale_min + i) * c for i, c in enumerate(self.counts)) / n


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    organisation: str
    present: bool


@dataclass(frozen=True)
class GroupNote:
    block_title: str
    text: str


@dataclass(frozen=True)
class Quote:
    """A participant's words, already checked for consent to quote; printed without a name."""

    text: str
    prompt: str = ""


@dataclass(frozen=True)
class SessionSummary:
    """The filled summary of one session.

    Sections whose records the database does not hold yet are None and print as
    'not recorded'; an empty tuple means 'recorded, and there was nothing'.
    """

    ratings: tuple[RatingDistribution, ...]
    actions: tuple[PackAction, ...]
    reflections_count: int
    attendance: tuple[AttendanceLine, ...] | None = None
    group_notes: tuple[GroupNote, ...] | None = None
    decisions: tuple[str, ...] | None = None
    quotes: tuple[Quote, ...] | None = None  # only from people who consented to quoting
    min_group: int = 3  # distributions with fewer responses are hidden


@dataclass(frozen=True)
class RatingPoint:
    label: str  # e.g. "S1 12 Nov"
    mean: float | None  # None when fewer than min_group people answered
    responses: int


@dataclass(frozen=True)
class RatingSeries:
    item: str
    points: tuple[RatingPoint, ...]


@dataclass(frozen=True)
class TimingLine:
    """A block's planned minutes and, when a session log recorded it, the actual minutes."""

    session_label: str
    block_title: str
    planned: int
    actual: int | None = None


@dataclass(frozen=True)
class CycleReport:
    cycle_label: str  # "Cycle 2"
    sessions: tuple[str, ...]  # session labels covered, in order
    carried: tuple[PackAction, ...]
    closed: tuple[PackAction, ...]
    dropped: tuple[PackAction, ...]
    series: tuple[RatingSeries, ...]
    scale_min: int = 1
    scale_max: int = 5
    timings: tuple[TimingLine, ...] | None = None  # None: no session log recorded


@dataclass(frozen=True)
class ConsentForm:
    """The consent form's wording (content) for people new to the programme."""

    title: str
    intro: str
    statements: tuple[str, ...]
    quoting_statement: str
    withdraw_note: str
    new_participants: tuple[PackParticipant, ...] = ()  # personal forms; one blank form is always added


@dataclass(frozen=True)
class PackExtras:
    """Everything beyond the session plan: the handout's group purpose and actions, the consent
    form, the after-session summary and the cycle report. Built by the services; optional."""

    agreed_purpose: str = ""
    open_actions: tuple[PackAction, ...] = ()
    consent: ConsentForm | None = None
    summary: SessionSummary | None = None
    cycle: CycleReport | None = None


@dataclass(frozen=True)
class PackReport:
    """What a build printed, and any characters no bundled font has (printed as placeholders)."""

    pages: int
    documents: tuple[PackDocument, ...]
    sheets: int
    missing_characters: tuple[str, ...] = ()
    page_contents: tuple[str, ...] = ()  # what each page holds, e.g. "Reflection sheet: Siân Jones (…)"
    personal_sheets: int = 0  # of `sheets`, those printed with a person's name (the rest are blank)

    def warning(self) -> str:
        if not self.missing_characters:
            return ""
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in self.missing_characters[:8])
        more = "" if len(self.missing_characters) <= 8 else f" and {len(self.missing_characters) - 8} more"
        return f"Some characters have no printable form in the bundled fonts and show as \ufffd: {shown}{more}."
