"""Coding reflections: a programme's codebook, tagging entries or passages, and code frequencies."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.research import (
    MIN_GROUP_SIZE,
    Code,
    CodedEntry,
    Coding,
    FrequencyRow,
    FrequencyTable,
    SeedGroup,
    shown_groups,
)
from ..domain.rules import clean_text
from ..storage.database import Database
from ..storage.raw_reads import first_column
from ..storage.repositories import participant_of
from ..storage.repositories_research import ResearchRepository
from ..storage.rows import ParCycleRow, ParticipantRow, ReflectionRow, SessionRow
from ..storage.rows_research import CodeRow, CodingRow
from .research_consent import research_allowed
from .result import Result

OWN_GROUP = "own-codes"
# Colours for the seeded groups (readable on white, told apart without relying on red/green)
GROUP_COLOURS = {
    "six-practices": "#1f77b4",
    "integrated-working-main": "#9467bd",
    "integrated-working-borderline": "#8c564b",
}
OWN_COLOUR = "#e08214"


def code_of(row: CodeRow) -> Code:
    return Code(
        row.id,
        row.programme_id,
        row.parent_id,
        row.name,
        row.description,
        row.origin,
        row.codable,
        row.colour,
        row.position,
    )


def coding_of(row: CodingRow) -> Coding:
    return Coding(row.id, row.code_id, row.reflection_id, row.start_pos, row.end_pos, row.quote)


class CodingService:
    def __init__(self, db: Database, library: ContentLibrary, seed: tuple[SeedGroup, ...] | None = None) -> None:
        self.db = db
        self.content_library = library
        if seed is None:
            from ..content.codebook import load_codebook_seed

            seed = load_codebook_seed()
        self.seed = seed

    # --- codebook -------------------------------------------------------------------------
    def codebook(self, programme_id: str) -> list[Code]:
        with self.db.unit_of_work(write=False) as uow:
            return [code_of(c) for c in ResearchRepository(uow.db).codes(programme_id)]

    def ensure_codebook(self, programme_id: str) -> Result[list[Code]]:
        """Seed a programme's codebook from the six practices and the leadership model, once."""
        with self.db.unit_of_work() as uow:
            if uow.programmes.get(programme_id) is None:
                raise NotFoundError("That programme no longer exists.")
            repo = ResearchRepository(uow.db)
            existing = repo.codes(programme_id)
            if existing:
                return Result([code_of(c) for c in existing], r.Changes())
            position = 0
            made: list[CodeRow] = []
            for group in self.seed:
                position += 1
                origin = "own" if group.key == OWN_GROUP else "leadership"
                head = repo.add(
                    CodeRow(
                        programme_id=programme_id,
                        name=group.name,
                        description=group.description,
                        origin="practice" if group.from_practices else origin,
                        source_key=group.source_key,
                        codable=False,
                        colour=GROUP_COLOURS.get(group.key, OWN_COLOUR),
                        position=position,
                    )
                )
                made.append(head)
                seeds = (
                    [(p.name, p.summary, p.source_key) for p in self.content_library.practices]
                    if group.from_practices
                    else [(c.name, c.description, group.source_key) for c in group.codes]
                )
                for name, description, source_key in seeds:
                    position += 1
                    made.append(
                        repo.add(
                            CodeRow(
                                programme_id=programme_id,
                                parent_id=head.id,
                                name=name,
                                description=description,
                                origin=head.origin,
                                source_key=source_key,
                                codable=True,
                                colour=head.colour,
                                position=position,
                            )
                        )
                    )
            codes = [code_of(c) for c in made]
        return Result(codes, r.Changes(codes=True))

    def add_code(self, programme_id: str, name: str, description: str = "") -> Result[Code]:
        """One of the group's own codes, under 'Our own codes'."""
        name = clean_text(name, "Code name", required=True)
        description = clean_text(description, "Description", limit=2000)
        self.ensure_codebook(programme_id)
        with self.db.unit_of_work() as uow:
            repo = ResearchRepository(uow.db)
            codes = repo.codes(programme_id)
            if any(c.name.casefold() == name.casefold() for c in codes):
                raise ValidationError(f"There is already a code called {name!r}.")
            own_name = next((g.name for g in self.seed if g.key == OWN_GROUP), None)
            parent = next((c for c in codes if not c.codable and c.name == own_name), None)
            row = repo.add(
                CodeRow(
                    programme_id=programme_id,
                    parent_id=parent.id if parent else None,
                    name=name,
                    description=description,
                    origin="own",
                    codable=True,
                    colour=OWN_COLOUR,
                    position=repo.max_code_position(programme_id) + 1,
                )
            )
            code = code_of(row)
        return Result(code, r.Changes(codes=True, ids=frozenset({code.id})))

    def delete_code(self, code_id: str) -> Result[None]:
        """Remove one of the group's own codes and its codings."""
        with self.db.unit_of_work() as uow:
            repo = ResearchRepository(uow.db)
            row = repo.code(code_id)
            if row is None:
                raise NotFoundError("That code no longer exists.")
            if row.origin != "own" or not row.codable:
                raise ValidationError("Only the group's own codes can be removed.")
            repo.delete(row)
        return Result(None, r.Changes(codes=True, codings=True, ids=frozenset({code_id})))

    # --- entries and codings ------------------------------------------------------------------
    @staticmethod
    def _entry_query(*columns: Any) -> Any:
        """A programme's written reflections joined to what the coding list shows, oldest session first."""
        return (
            select(*columns)
            .join(SessionRow, SessionRow.id == ReflectionRow.session_id)
            .outerjoin(ParCycleRow, ParCycleRow.id == SessionRow.cycle_id)
            .outerjoin(ParticipantRow, ParticipantRow.id == ReflectionRow.participant_id)
            .where(ReflectionRow.text != "")
        )

    _ENTRY_COLUMNS = (
        ReflectionRow.id,
        ReflectionRow.session_id,
        SessionRow.title,
        SessionRow.held_on,
        ParCycleRow.number,
        ReflectionRow.participant_id,
        ParticipantRow.code,
        ReflectionRow.prompt,
        ReflectionRow.text,
        ReflectionRow.reviewed,
    )
    # the id last, so that the order is total: the list's first page read alone comes out as it does in the whole
    _ENTRY_ORDER = (
        SessionRow.held_on,
        SessionRow.created_at,
        ParticipantRow.code,
        ReflectionRow.created_at,
        ReflectionRow.id,
    )

    @staticmethod
    def _coded_entry(row: Any, codings: dict[str, list[Coding]]) -> CodedEntry:
        return CodedEntry(
            reflection_id=row.id,
            session_id=row.session_id,
            session_title=row.title,
            held_on=row.held_on,
            cycle_number=row.number,
            participant_id=row.participant_id,
            participant_code=row.code or "Group",
            prompt=row.prompt,
            text=row.text,
            reviewed=bool(row.reviewed),
            codings=tuple(codings.get(row.id, ())),
        )

    def entries(self, programme_id: str, session_id: str | None = None) -> list[CodedEntry]:
        """The programme's written reflections, oldest session first, each with its codings."""
        with self.db.unit_of_work(write=False) as uow:
            stmt = (
                self._entry_query(*self._ENTRY_COLUMNS)
                .where(SessionRow.programme_id == programme_id)
                .order_by(*self._ENTRY_ORDER)
            )
            if session_id:
                stmt = stmt.where(ReflectionRow.session_id == session_id)
            rows = uow.db.execute(stmt).all()
            by_entry: dict[str, list[Coding]] = defaultdict(list)
            for c in ResearchRepository(uow.db).codings(programme_id):
                by_entry[c.reflection_id].append(coding_of(c))
            return [self._coded_entry(row, by_entry) for row in rows]

    def entry_ids(self, programme_id: str, session_id: str | None = None) -> list[str]:
        """The ids of the entries `entries` lists, in the same order: one query, no texts or codings.

        The coding list holds these and fetches the rows it shows, a page at a time (`entries_by_id`).
        """
        with self.db.unit_of_work(write=False) as uow:
            stmt = self._ordered_ids(programme_id)
            if session_id:
                stmt = stmt.where(ReflectionRow.session_id == session_id)
            # straight from the driver's cursor: this is the one query that touches every entry of the
            # programme (the coding list runs it on a background thread, its first page shown meanwhile)
            return first_column(uow.db, stmt)

    def _ordered_ids(self, programme_id: str) -> Any:
        """The programme's entry ids in the coding list's order (the query `entry_ids` runs whole)."""
        return (
            self._entry_query(ReflectionRow.id)
            .where(SessionRow.programme_id == programme_id)
            .order_by(*self._ENTRY_ORDER)
        )

    # beyond this many sessions the first entries are found by the whole programme's sorted query
    _HEAD_MAX_SESSIONS = 512

    def entry_ids_head(self, programme_id: str, limit: int) -> tuple[list[str], bool]:
        """The first `limit` ids of `entry_ids(programme_id)`, and whether they are all of them.

        Cheap however big the programme: `entry_ids` has SQLite read and sort every entry (about
        0.1 s for 100,000), while the list's first page lies in its first sessions. The sessions are
        read in the list's order, and only the first few (then four times as many, and so on) are
        asked for their entries, sorted as `entry_ids` sorts them. Sessions that tie on the order's
        session terms are taken together, since their entries interleave in the list.
        """
        limit = max(1, limit)
        with self.db.unit_of_work(write=False) as uow:
            sessions = uow.db.execute(
                select(SessionRow.id, SessionRow.held_on, SessionRow.created_at)
                .where(SessionRow.programme_id == programme_id)
                .order_by(SessionRow.held_on, SessionRow.created_at)
            ).all()
            take = 8
            while True:
                end = min(take, len(sessions))
                while 0 < end < len(sessions) and sessions[end][1:] == sessions[end - 1][1:]:
                    end += 1  # a tie: its entries interleave with the last one taken
                stmt = self._ordered_ids(programme_id).limit(limit + 1)
                everything = end >= len(sessions) or end > self._HEAD_MAX_SESSIONS
                if not everything:
                    stmt = stmt.where(ReflectionRow.session_id.in_([s.id for s in sessions[:end]]))
                ids = first_column(uow.db, stmt)
                if len(ids) > limit:
                    return ids[:limit], False
                if everything:
                    return ids, True
                take *= 4

    def entries_by_id(self, reflection_ids: Sequence[str]) -> list[CodedEntry]:
        """These entries with their codings, in the order given: one read for a page of the coding list.

        An id whose reflection has gone (or lost its text) meanwhile is left out.
        """
        ids = list(reflection_ids)
        if not ids:
            return []
        with self.db.unit_of_work(write=False) as uow:
            rows = {
                row.id: row
                for row in uow.db.execute(self._entry_query(*self._ENTRY_COLUMNS).where(ReflectionRow.id.in_(ids)))
            }
            by_entry: dict[str, list[Coding]] = defaultdict(list)
            stmt = select(CodingRow).where(CodingRow.reflection_id.in_(ids)).order_by(CodingRow.created_at)
            for c in uow.db.scalars(stmt):
                by_entry[c.reflection_id].append(coding_of(c))
            return [self._coded_entry(rows[i], by_entry) for i in ids if i in rows]

    def tag(self, reflection_id: str, code_id: str, start: int | None = None, end: int | None = None) -> Result[Coding]:
        """Apply a code to a whole reflection, or to the passage [start, end) in code points."""
        with self.db.unit_of_work() as uow:
            reflection = uow.reflections.get(reflection_id)
            repo = ResearchRepository(uow.db)
            code = repo.code(code_id)
            if reflection is None or code is None:
                raise NotFoundError("That reflection or code no longer exists.")
            if not code.codable:
                raise ValidationError(f"{code.name!r} is a heading; choose one of the codes under it.")
            session = uow.sessions.get(reflection.session_id)
            if session is None or session.programme_id != code.programme_id:
                raise ValidationError("That code belongs to another programme.")
            quote = ""
            if start is not None or end is not None:
                if start is None or end is None or not 0 <= start < end <= len(reflection.text):
                    raise ValidationError("Select some text inside the reflection to tag a passage.")
                quote = reflection.text[start:end]
                if not quote.strip():
                    raise ValidationError("Select some words, not only spaces, to tag a passage.")
            row = repo.add(
                CodingRow(code_id=code_id, reflection_id=reflection_id, start_pos=start, end_pos=end, quote=quote)
            )
            coding = coding_of(row)
        return Result(coding, r.Changes(codings=True, ids=frozenset({coding.id, reflection_id})))

    def untag(self, coding_id: str) -> Result[Coding]:
        with self.db.unit_of_work() as uow:
            repo = ResearchRepository(uow.db)
            row = repo.coding(coding_id)
            if row is None:
                raise NotFoundError("That coding no longer exists.")
            coding = coding_of(row)
            repo.delete(row)
        return Result(coding, r.Changes(codings=True, ids=frozenset({coding_id, coding.reflection_id})))

    def restore(self, coding: Coding) -> Result[Coding]:
        """Put back a coding that was removed (undo), with its id."""
        with self.db.unit_of_work() as uow:
            row = ResearchRepository(uow.db).add(
                CodingRow(
                    id=coding.id,
                    code_id=coding.code_id,
                    reflection_id=coding.reflection_id,
                    start_pos=coding.start,
                    end_pos=coding.end,
                    quote=coding.quote,
                )
            )
            restored = coding_of(row)
        return Result(restored, r.Changes(codings=True, ids=frozenset({coding.id, coding.reflection_id})))

    def set_reviewed(self, reflection_id: str, reviewed: bool) -> Result[bool]:
        """Mark a reflection as read and free of identifying details (it may then go into de-identified exports)."""
        with self.db.unit_of_work() as uow:
            row = uow.reflections.get(reflection_id)
            if row is None:
                raise NotFoundError("That reflection no longer exists.")
            row.reviewed = bool(reviewed)
            uow.db.flush()
        return Result(bool(reviewed), r.Changes(reflections=True, ids=frozenset({reflection_id})))

    # --- frequencies ----------------------------------------------------------------------------
    def frequencies(self, programme_id: str, by: str = "cycle", minimum: int = MIN_GROUP_SIZE) -> FrequencyTable:
        """Entries coded with each code, per cycle, organisation or sector.

        Only people allowed for research count. An organisation or sector with fewer than
        `minimum` such people is not shown (its entries still count in the total).
        """
        if by not in ("cycle", "organisation", "sector"):
            raise ValidationError(f"Frequencies can be shown by cycle, organisation or sector, not {by!r}.")
        with self.db.unit_of_work(write=False) as uow:
            repo = ResearchRepository(uow.db)
            people = {p.id: participant_of(p) for p in repo.people(programme_id)}
            allowed = research_allowed(uow, list(people))
            codes = [(c.id, c.name) for c in repo.codes(programme_id) if c.codable]
            stmt = (
                select(CodingRow.code_id, CodingRow.reflection_id, ReflectionRow.participant_id, ParCycleRow.number)
                .join(ReflectionRow, ReflectionRow.id == CodingRow.reflection_id)
                .join(SessionRow, SessionRow.id == ReflectionRow.session_id)
                .outerjoin(ParCycleRow, ParCycleRow.id == SessionRow.cycle_id)
                .where(SessionRow.programme_id == programme_id)
            )
            applied = uow.db.execute(stmt).all()
        hidden = 0
        if by == "cycle":
            numbers = sorted({row.number for row in applied if row.number is not None})
            groups = [f"Cycle {n}" for n in numbers]
        else:
            sizes: dict[str, int] = defaultdict(int)
            for pid in allowed:
                sizes[getattr(people[pid], by)] += 1
            shown = shown_groups(sizes, minimum)
            hidden = len([g for g in sizes if g and g not in shown])
            groups = sorted(shown, key=str.casefold)
        entries: dict[str, set[str]] = defaultdict(set)
        per_group: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in applied:
            if row.participant_id is not None and row.participant_id not in allowed:
                continue
            entries[row.code_id].add(row.reflection_id)
            if by == "cycle":
                group = f"Cycle {row.number}" if row.number is not None else ""
            else:
                person = people.get(row.participant_id) if row.participant_id else None
                group = getattr(person, by) if person else ""
            per_group[(row.code_id, group)].add(row.reflection_id)
        rows = tuple(
            FrequencyRow(
                code_id=code_id,
                code_name=name,
                total=len(entries.get(code_id, ())),
                by_group=tuple(len(per_group.get((code_id, g), ())) for g in groups),
            )
            for code_id, name in codes
        )
        return FrequencyTable(groups=tuple(groups), rows=rows, hidden_groups=hidden)
