"""Repositories: queries and writes on a database handle they are given. They never commit."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from ..domain import records as r
from ..domain.errors import NotFoundError
from .rows import (
    ActionRow,
    BlockRow,
    ParCycleRow,
    ParticipantRow,
    ProgrammeRow,
    RatingRow,
    ReflectionRow,
    SessionRow,
)

# --- row -> domain -------------------------------------------------------------------------


def programme_of(row: ProgrammeRow) -> r.Programme:
    return r.Programme(row.id, row.name, row.partnership, row.starts_on, row.ends_on, row.par_model_key)


def participant_of(row: ParticipantRow) -> r.Participant:
    return r.Participant(row.id, row.programme_id, row.code, row.name, row.organisation, row.sector, row.role)


def block_of(row: BlockRow) -> r.Block:
    return r.Block(
        id=row.id,
        session_id=row.session_id,
        position=row.position,
        title=row.title,
        minutes=row.minutes,
        purpose=row.purpose,
        facilitator_notes=row.facilitator_notes,
        prompts=tuple(json.loads(row.prompts_json or "[]")),
        serves=row.serves,
        kind=r.BlockKind(row.kind),
        materials=tuple(json.loads(row.materials_json or "[]")),
    )


def session_of(row: SessionRow, *, with_blocks: bool = True) -> r.Session:
    return r.Session(
        id=row.id,
        programme_id=row.programme_id,
        cycle_id=row.cycle_id,
        title=row.title,
        template_key=row.template_key,
        held_on=row.held_on,
        starts_at=row.starts_at,
        booked_minutes=row.booked_minutes,
        place=row.place,
        stage_key=row.stage_key,
        blocks=tuple(block_of(b) for b in row.blocks) if with_blocks else (),
    )


def reflection_of(row: ReflectionRow) -> r.Reflection:
    return r.Reflection(row.id, row.session_id, row.participant_id, row.prompt, row.text, row.updated_at)


def rating_of(row: RatingRow) -> r.Rating:
    return r.Rating(
        row.id, row.session_id, row.participant_id, row.instrument_key, row.item_key, row.value, row.actions
    )


def cycle_of(row: ParCycleRow) -> r.ParCycle:
    return r.ParCycle(row.id, row.programme_id, row.number, row.started_on)


# --- repositories ----------------------------------------------------------------------------


class ProgrammeRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: ProgrammeRow) -> ProgrammeRow:
        self.db.add(row)
        self.db.flush()
        return row

    def get(self, programme_id: str) -> ProgrammeRow | None:
        return self.db.get(ProgrammeRow, programme_id)

    def all(self) -> Sequence[ProgrammeRow]:
        return self.db.scalars(select(ProgrammeRow).order_by(ProgrammeRow.created_at, ProgrammeRow.name)).all()


class ParticipantRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: ParticipantRow) -> ParticipantRow:
        self.db.add(row)
        self.db.flush()
        return row

    def get(self, participant_id: str) -> ParticipantRow | None:
        return self.db.get(ParticipantRow, participant_id)

    def for_programme(self, programme_id: str) -> Sequence[ParticipantRow]:
        stmt = (
            select(ParticipantRow)
            .where(ParticipantRow.programme_id == programme_id)
            .order_by(func.lower(ParticipantRow.name), ParticipantRow.code)
        )
        return self.db.scalars(stmt).all()

    def codes(self, programme_id: str) -> set[str]:
        stmt = select(ParticipantRow.code).where(ParticipantRow.programme_id == programme_id)
        return set(self.db.scalars(stmt))


class CycleRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def for_programme(self, programme_id: str) -> Sequence[ParCycleRow]:
        stmt = select(ParCycleRow).where(ParCycleRow.programme_id == programme_id).order_by(ParCycleRow.number)
        return self.db.scalars(stmt).all()

    def latest(self, programme_id: str) -> ParCycleRow | None:
        stmt = (
            select(ParCycleRow)
            .where(ParCycleRow.programme_id == programme_id)
            .order_by(ParCycleRow.number.desc())
            .limit(1)
        )
        return self.db.scalars(stmt).first()

    def add(self, row: ParCycleRow) -> ParCycleRow:
        self.db.add(row)
        self.db.flush()
        return row


class SessionRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: SessionRow) -> SessionRow:
        self.db.add(row)
        self.db.flush()
        return row

    def get(self, session_id: str) -> SessionRow | None:
        return self.db.get(SessionRow, session_id)

    def require(self, session_id: str) -> SessionRow:
        """The session, or a plain error when it has been deleted meanwhile."""
        row = self.db.get(SessionRow, session_id)
        if row is None:
            raise NotFoundError("That session no longer exists.")
        return row

    def for_programme(self, programme_id: str) -> Sequence[SessionRow]:
        stmt = (
            select(SessionRow)
            .where(SessionRow.programme_id == programme_id)
            .order_by(SessionRow.held_on, SessionRow.starts_at, SessionRow.created_at)
        )
        return self.db.scalars(stmt).all()

    def outlines(self, programme_id: str) -> Sequence[Any]:
        """(id, title, held_on) of a programme's sessions in date order: session rows without agendas."""
        stmt = (
            select(SessionRow.id, SessionRow.title, SessionRow.held_on)
            .where(SessionRow.programme_id == programme_id)
            .order_by(SessionRow.held_on, SessionRow.starts_at, SessionRow.created_at)
        )
        return self.db.execute(stmt).all()

    def minutes_served(self, programme_id: str) -> dict[tuple[str, str], int]:
        """Minutes of blocks per (session id, key they serve) over a programme's sessions, one query."""
        stmt = (
            select(BlockRow.session_id, BlockRow.serves, func.sum(BlockRow.minutes))
            .join(SessionRow, SessionRow.id == BlockRow.session_id)
            .where(SessionRow.programme_id == programme_id, BlockRow.serves != "")
            .group_by(BlockRow.session_id, BlockRow.serves)
        )
        return {(sid, serves): int(minutes or 0) for sid, serves, minutes in self.db.execute(stmt)}

    def outlines_in_cycle(self, programme_id: str, cycle_id: str) -> Sequence[Any]:
        """(id, title, held_on, stage_key) of a cycle's sessions in date order: session rows without agendas."""
        stmt = (
            select(SessionRow.id, SessionRow.title, SessionRow.held_on, SessionRow.stage_key)
            .where(SessionRow.programme_id == programme_id, SessionRow.cycle_id == cycle_id)
            .order_by(SessionRow.held_on, SessionRow.starts_at, SessionRow.created_at)
        )
        return self.db.execute(stmt).all()

    def ids_in_cycle(self, programme_id: str, cycle_id: str) -> list[str]:
        stmt = select(SessionRow.id).where(SessionRow.programme_id == programme_id, SessionRow.cycle_id == cycle_id)
        return list(self.db.scalars(stmt))

    def served_in_cycle(self, programme_id: str, cycle_id: str) -> set[tuple[str, str]]:
        """(session id, key) for every key a block of the cycle's sessions serves: one query, no agendas."""
        stmt = (
            select(BlockRow.session_id, BlockRow.serves)
            .join(SessionRow, SessionRow.id == BlockRow.session_id)
            .where(SessionRow.programme_id == programme_id, SessionRow.cycle_id == cycle_id, BlockRow.serves != "")
            .distinct()
        )
        return {(row.session_id, row.serves) for row in self.db.execute(stmt)}

    def latest(self) -> SessionRow | None:
        """The most recently held (or, on a tie, most recently created) session."""
        stmt = select(SessionRow).order_by(SessionRow.held_on.desc(), SessionRow.created_at.desc()).limit(1)
        return self.db.scalars(stmt).first()

    def all_rows(self) -> Sequence[SessionRow]:
        return self.db.scalars(select(SessionRow).order_by(SessionRow.held_on, SessionRow.created_at)).all()

    def find_by_prefix(self, prefix: str) -> Sequence[SessionRow]:
        stmt = select(SessionRow).where(SessionRow.id.like(prefix.lower() + "%")).limit(2)
        return self.db.scalars(stmt).all()


class ReflectionRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def get(self, reflection_id: str) -> ReflectionRow | None:
        return self.db.get(ReflectionRow, reflection_id)

    def find(self, session_id: str, participant_id: str | None, prompt: str) -> ReflectionRow | None:
        stmt = select(ReflectionRow).where(
            ReflectionRow.session_id == session_id,
            ReflectionRow.participant_id.is_(None)
            if participant_id is None
            else ReflectionRow.participant_id == participant_id,
            ReflectionRow.prompt == prompt,
        )
        return self.db.scalars(stmt.limit(1)).first()

    def add(self, row: ReflectionRow) -> ReflectionRow:
        self.db.add(row)
        self.db.flush()
        return row

    def for_session(self, session_id: str) -> Sequence[ReflectionRow]:
        stmt = select(ReflectionRow).where(ReflectionRow.session_id == session_id).order_by(ReflectionRow.created_at)
        return self.db.scalars(stmt).all()

    def count(self) -> int:
        return self.db.scalar(select(func.count()).select_from(ReflectionRow)) or 0


class RatingRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def find(self, session_id: str, participant_id: str | None, instrument_key: str, item_key: str) -> RatingRow | None:
        stmt = select(RatingRow).where(
            RatingRow.session_id == session_id,
            RatingRow.participant_id == participant_id,
            RatingRow.instrument_key == instrument_key,
            RatingRow.item_key == item_key,
        )
        return self.db.scalars(stmt.limit(1)).first()

    def add(self, row: RatingRow) -> RatingRow:
        self.db.add(row)
        self.db.flush()
        return row

    def for_session(self, session_id: str) -> Sequence[RatingRow]:
        stmt = select(RatingRow).where(RatingRow.session_id == session_id).order_by(RatingRow.created_at)
        return self.db.scalars(stmt).all()

    def values_for_sessions(self, session_ids: Sequence[str]) -> Sequence[Any]:
        """(session_id, participant_id, instrument_key, item_key, value) of every rating in these sessions."""
        stmt = (
            select(
                RatingRow.session_id,
                RatingRow.participant_id,
                RatingRow.instrument_key,
                RatingRow.item_key,
                RatingRow.value,
            )
            .where(RatingRow.session_id.in_(list(session_ids)))
            .order_by(RatingRow.session_id, RatingRow.created_at)
        )
        return self.db.execute(stmt).all()


class ActionRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: ActionRow) -> ActionRow:
        self.db.add(row)
        self.db.flush()
        return row

    def get(self, action_id: str) -> ActionRow | None:
        return self.db.get(ActionRow, action_id)

    def for_programme(self, programme_id: str) -> Sequence[ActionRow]:
        stmt = select(ActionRow).where(ActionRow.programme_id == programme_id).order_by(ActionRow.created_at)
        return self.db.scalars(stmt).all()
