"""Research values and rules: export levels and data, de-identification, small groups, codes."""

from __future__ import annotations

import enum
import random
import string
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cached_property

# Groups (an organisation, a sector, a cycle's raters) with fewer people than this are not
# shown on their own in summaries, so no one's answers can be picked out.
MIN_GROUP_SIZE = 3

# The largest shift, in days either way, applied to one person's dates in a de-identified export.
MAX_DATE_SHIFT_DAYS = 30


class ExportLevel(enum.StrEnum):
    """How much an export may say about people (after REDCap's export levels)."""

    FULL = "full"  # names and roles: for the facilitator only
    NO_IDENTIFIERS = "no-identifiers"  # no names, roles or action owners
    DEIDENTIFIED = "deidentified"  # also random codes, shifted dates, reviewed free text only


class ExportFormat(enum.StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    JSON = "json"
    QDPX = "qdpx"


# Which person fields each level keeps (identifier fields are name and role).
PERSON_FIELDS: dict[ExportLevel, tuple[str, ...]] = {
    ExportLevel.FULL: ("code", "name", "role", "organisation", "sector"),
    ExportLevel.NO_IDENTIFIERS: ("code", "organisation", "sector"),
    ExportLevel.DEIDENTIFIED: ("code", "sector"),
}


@dataclass(frozen=True)
class ExportPerson:
    id: str
    code: str
    name: str = ""
    organisation: str = ""
    sector: str = ""
    role: str = ""


@dataclass(frozen=True)
class ExportSession:
    id: str
    title: str
    cycle_number: int | None
    stage_key: str
    stage_name: str
    held_on: date | None


@dataclass(frozen=True)
class ExportResponse:
    """One thing a person (or the group, when person_id is None) wrote or rated in a session."""

    id: str
    kind: str  # "reflection" or "rating"
    session_id: str
    person_id: str | None
    held_on: date | None  # the session's date, shifted per person when de-identified
    sheet: str
    item_key: str
    item: str
    rating: int | None
    text: str
    reviewed: bool = False
    text_withheld: bool = False
    updated_at: datetime | None = None


@dataclass(frozen=True)
class ExportCode:
    id: str
    parent_id: str | None
    name: str
    description: str
    codable: bool
    origin: str
    colour: str = ""


@dataclass(frozen=True)
class ExportCoding:
    id: str
    code_id: str
    response_id: str
    start: int | None  # code points, end exclusive; None for the whole entry
    end: int | None


@dataclass(frozen=True)
class ExportAction:
    id: str
    session_id: str | None
    cycle_number: int | None
    description: str
    owner: str
    due_on: date | None
    status: str
    evidence: str


@dataclass(frozen=True)
class ExportData:
    """A programme's research data as it will be written, already at its level."""

    programme_id: str
    programme_name: str
    partnership: str
    starts_on: date | None
    ends_on: date | None
    level: ExportLevel
    exported_at: datetime
    app_version: str
    people: tuple[ExportPerson, ...]
    sessions: tuple[ExportSession, ...]
    responses: tuple[ExportResponse, ...]
    codes: tuple[ExportCode, ...] = ()
    codings: tuple[ExportCoding, ...] = ()
    actions: tuple[ExportAction, ...] = ()
    people_left_out: int = 0  # no research consent, or consent withdrawn
    texts_withheld: int = 0

    @cached_property
    def _people_by_id(self) -> dict[str, ExportPerson]:
        return {p.id: p for p in self.people}

    def person(self, person_id: str | None) -> ExportPerson | None:
        return self._people_by_id.get(person_id) if person_id else None


# --------------------------------------------------------------------------- small groups


def shown_groups(sizes: Mapping[str, int], minimum: int = MIN_GROUP_SIZE) -> set[str]:
    """The groups large enough to show on their own (empty names never are)."""
    return {name for name, size in sizes.items() if name and size >= minimum}


def group_sizes(people: Iterable[ExportPerson | object], field: str) -> Counter[str]:
    return Counter(getattr(p, field) for p in people)


# --------------------------------------------------------------------------- levels


def random_codes(count: int, rng: random.Random) -> list[str]:
    """`count` distinct codes like 'P-7KQ3', unrelated to anyone's name or order."""
    alphabet = "".join(ch for ch in string.ascii_uppercase + string.digits if ch not in "O0I1")
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        code = "P-" + "".join(rng.choice(alphabet) for _ in range(4))
        if code not in seen:
            seen.add(code)
            out.append(code)
    return out


def date_shifts(person_ids: Iterable[str | None], rng: random.Random) -> dict[str | None, timedelta]:
    """A non-zero shift of up to MAX_DATE_SHIFT_DAYS either way for each person (and the group)."""
    days = [d for d in range(-MAX_DATE_SHIFT_DAYS, MAX_DATE_SHIFT_DAYS + 1) if d]
    return {pid: timedelta(days=rng.choice(days)) for pid in dict.fromkeys(person_ids)}


def apply_level(data: ExportData, level: ExportLevel, rng: random.Random | None = None) -> ExportData:
    """Cut full data down to a level. De-identified data gets new ids and codes from `rng`."""
    if data.level != ExportLevel.FULL:
        raise ValueError("apply_level starts from full data")
    if level == ExportLevel.FULL:
        return data
    if level == ExportLevel.NO_IDENTIFIERS:
        return replace(
            data,
            level=level,
            people=tuple(replace(p, name="", role="") for p in data.people),
            actions=tuple(replace(a, owner="") for a in data.actions),
        )
    return _deidentify(data, rng or random.SystemRandom())


def _deidentify(data: ExportData, rng: random.Random) -> ExportData:
    import uuid

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    ids: dict[str, str] = {}

    def remap(old: str | None) -> str | None:
        if old is None:
            return None
        if old not in ids:
            ids[old] = new_id()
        return ids[old]

    people = list(data.people)
    rng.shuffle(people)  # the order of people must not follow names or codes
    codes = random_codes(len(people), rng)
    sectors = shown_groups(group_sizes(people, "sector"))
    new_people = tuple(
        ExportPerson(id=remap(p.id) or "", code=code, sector=p.sector if p.sector in sectors else "")
        for p, code in zip(people, codes, strict=True)
    )
    shifts = date_shifts([None, *(p.id for p in data.people)], rng)
    withheld = 0
    responses: list[ExportResponse] = []
    kept_text: set[str] = set()
    for resp in data.responses:
        keep = resp.kind == "reflection" and resp.reviewed
        if resp.text and not keep:
            withheld += 1
        if keep and resp.text:
            kept_text.add(resp.id)
        held = resp.held_on + shifts[resp.person_id] if resp.held_on else None
        responses.append(
            replace(
                resp,
                id=remap(resp.id) or "",
                session_id=remap(resp.session_id) or "",
                person_id=remap(resp.person_id),
                held_on=held,
                text=resp.text if keep else "",
                text_withheld=bool(resp.text) and not keep,
                updated_at=None,
            )
        )
    rng.shuffle(responses)
    responses.sort(key=lambda r: (r.held_on or date.min, r.sheet, r.item_key))
    sessions = tuple(replace(s, id=remap(s.id) or "", held_on=None) for s in data.sessions)
    codes_out = tuple(replace(c, id=remap(c.id) or "", parent_id=remap(c.parent_id)) for c in data.codes)
    codings = tuple(
        ExportCoding(
            id=new_id(),
            code_id=remap(c.code_id) or "",
            response_id=remap(c.response_id) or "",
            start=c.start if c.response_id in kept_text else None,
            end=c.end if c.response_id in kept_text else None,
        )
        for c in data.codings
    )
    group_shift = shifts[None]
    actions = tuple(
        ExportAction(
            id=remap(a.id) or "",
            session_id=remap(a.session_id),
            cycle_number=a.cycle_number,
            description="",
            owner="",
            due_on=a.due_on + group_shift if a.due_on else None,
            status=a.status,
            evidence="",
        )
        for a in data.actions
    )
    return replace(
        data,
        programme_id=remap(data.programme_id) or "",
        starts_on=None,
        ends_on=None,
        level=ExportLevel.DEIDENTIFIED,
        people=tuple(sorted(new_people, key=lambda p: p.code)),
        sessions=sessions,
        responses=tuple(responses),
        codes=codes_out,
        codings=codings,
        actions=actions,
        texts_withheld=data.texts_withheld + withheld,
    )


# --------------------------------------------------------------------------- codebook seeds


@dataclass(frozen=True)
class SeedCode:
    key: str
    name: str
    description: str


@dataclass(frozen=True)
class SeedGroup:
    """A heading of the starting codebook and its codes (from codebook.toml)."""

    key: str
    name: str
    description: str
    source_key: str
    source_note: str
    codes: tuple[SeedCode, ...]
    from_practices: bool = False


@dataclass(frozen=True)
class Code:
    id: str
    programme_id: str
    parent_id: str | None
    name: str
    description: str
    origin: str
    codable: bool
    colour: str
    position: int


@dataclass(frozen=True)
class Coding:
    id: str
    code_id: str
    reflection_id: str
    start: int | None
    end: int | None
    quote: str


@dataclass(frozen=True)
class CodedEntry:
    """A reflection shown for coding: who wrote it (code only), where, its text and codings."""

    reflection_id: str
    session_id: str
    session_title: str
    held_on: date
    cycle_number: int | None
    participant_id: str | None
    participant_code: str
    prompt: str
    text: str
    reviewed: bool
    codings: tuple[Coding, ...] = ()


@dataclass(frozen=True)
class FrequencyRow:
    """Entries tagged with a code, in all and per shown group (hidden groups have no column)."""

    code_id: str
    code_name: str
    total: int
    by_group: tuple[int | None, ...]


@dataclass(frozen=True)
class FrequencyTable:
    groups: tuple[str, ...]
    rows: tuple[FrequencyRow, ...]
    hidden_groups: int  # groups left out because they have fewer than MIN_GROUP_SIZE people


# --------------------------------------------------------------------------- trends


@dataclass(frozen=True)
class TrendPoint:
    cycle_number: int
    mean: float | None  # None when fewer than MIN_GROUP_SIZE people rated
    raters: int


@dataclass(frozen=True)
class TrendSeries:
    label: str  # "All participants", an organisation or a sector
    points: tuple[TrendPoint, ...]


@dataclass(frozen=True)
class ItemTrend:
    item_key: str
    item_name: str
    series: tuple[TrendSeries, ...]
    hidden_groups: int = 0


# --------------------------------------------------------------------------- search


class SearchKind(enum.StrEnum):
    REFLECTION = "reflection"
    ACTION = "action"


@dataclass(frozen=True)
class SearchHit:
    kind: SearchKind
    ref_id: str
    snippet: tuple[tuple[str, bool], ...]  # (text, is a match) pieces
    session_id: str | None
    session_title: str
    held_on: date | None
    participant_id: str | None
    participant_label: str
    prompt: str
    score: float


@dataclass(frozen=True)
class SearchResults:
    """The hits shown, best first; or, when more than `newest_over` texts matched, the newest first
    (scoring every match of a very common word would keep the person typing waiting)."""

    hits: tuple[SearchHit, ...]
    newest_over: int | None = None


def anchor_passage(text: str, start: int | None, end: int | None, quote: str) -> tuple[int, int] | None:
    """Where a tagged passage is now: its old place if the text there is unchanged, else the
    first place its words appear, else None (the passage was edited away)."""
    if start is None or end is None:
        return None
    if text[start:end] == quote or not quote:
        return (start, end) if 0 <= start < end <= len(text) else None
    found = text.find(quote)
    return (found, found + len(quote)) if found >= 0 else None
