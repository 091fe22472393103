"""Sessions: created from templates, listed, found, and laid out as a timed agenda."""

from __future__ import annotations

import json
from datetime import date, time
from typing import Any

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import clean_text
from ..storage.database import Database
from ..storage.repositories import session_of
from ..storage.rows import BlockRow, SessionRow
from .agenda_types import Agenda, AgendaLine, agenda_of, prompts_of
from .result import Result

__all__ = ["Agenda", "AgendaLine", "SessionService"]


class SessionService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def sessions(self, programme_id: str) -> list[r.Session]:
        """A programme's sessions for a list: dates, times and titles, without their agendas.

        Loading every session's blocks here cost one query per session (most of the time to open
        a large programme); `session(id)` gives one session with its agenda.
        """
        with self.db.unit_of_work(write=False) as uow:
            return [session_of(row, with_blocks=False) for row in uow.sessions.for_programme(programme_id)]

    def session(self, session_id: str) -> r.Session:
        with self.db.unit_of_work(write=False) as uow:
            row = uow.sessions.get(session_id)
            if row is None:
                raise NotFoundError("That session no longer exists.")
            return session_of(row)

    def resolve(self, ref: str) -> r.Session:
        """A session by 'latest', its full id, or an unambiguous id prefix (at least 4 characters)."""
        ref = (ref or "").strip()
        with self.db.unit_of_work(write=False) as uow:
            if ref.lower() == "latest":
                row = uow.sessions.latest()
                if row is None:
                    raise NotFoundError("There are no sessions in this database yet.")
                return session_of(row)
            row = uow.sessions.get(ref)
            if row is None and len(ref) >= 4:
                matches = uow.sessions.find_by_prefix(ref)
                if len(matches) > 1:
                    raise ValidationError(f"More than one session id starts with {ref!r}; give more of it.")
                row = matches[0] if matches else None
            if row is None:
                raise NotFoundError(f"No session with id {ref!r}.")
            return session_of(row)

    def add_from_template(
        self,
        programme_id: str,
        template_key: str,
        held_on: date,
        starts_at: time,
        *,
        place: str = "",
        title: str | None = None,
        booked_minutes: int | None = None,
    ) -> Result[r.Session]:
        """A new session whose agenda is a copy of a template's blocks."""
        with self.db.unit_of_work() as uow:
            row = self.add_session_rows(
                uow,
                programme_id,
                template_key,
                held_on,
                starts_at,
                place=place,
                title=title,
                booked_minutes=booked_minutes,
            )
            session = session_of(row)
        return Result(session, r.Changes(sessions=True, blocks=True, ids=frozenset({session.id})))

    def add_session_rows(
        self,
        uow: Any,
        programme_id: str,
        template_key: str,
        held_on: date,
        starts_at: time,
        *,
        place: str = "",
        title: str | None = None,
        booked_minutes: int | None = None,
    ) -> SessionRow:
        """Check and add a session copied from a template inside an open unit of work (no commit)."""
        template = self.content_library.templates.get(template_key)
        if template is None:
            raise ValidationError(f"There is no session template called {template_key!r}.")
        title = clean_text(title or template.title, "Session title", required=True)
        place = clean_text(place, "Place")
        booked = template.planned_minutes if booked_minutes is None else int(booked_minutes)
        if booked < 0:
            raise ValidationError("The booked time cannot be negative.")
        programme = uow.programmes.get(programme_id)
        if programme is None:
            raise NotFoundError("That programme no longer exists.")
        cycle = uow.cycles.latest(programme_id)
        stage = next((b.serves for b in template.blocks if self._is_stage(b.serves)), "")
        row = SessionRow(
            programme_id=programme_id,
            cycle_id=cycle.id if cycle else None,
            title=title,
            template_key=template_key,
            held_on=held_on,
            starts_at=starts_at,
            booked_minutes=booked,
            place=place,
            stage_key=stage,
        )
        for position, block in enumerate(template.blocks):
            row.blocks.append(
                BlockRow(
                    position=position,
                    title=block.title,
                    minutes=block.minutes,
                    purpose=block.purpose,
                    facilitator_notes=block.facilitator_notes,
                    prompts_json=json.dumps(list(block.prompts), ensure_ascii=False),
                    materials_json=json.dumps(list(block.materials), ensure_ascii=False),
                    serves=block.serves,
                    kind=block.kind,
                )
            )
        uow.sessions.add(row)
        return row

    def _is_stage(self, key: str) -> bool:
        return any(m.stage(key) for m in self.content_library.par_models.values()) if key else False

    def agenda(self, session: r.Session) -> Agenda:
        return agenda_of(session, self.content_library)

    @staticmethod
    def prompts(session: r.Session) -> list[str]:
        """The prompts of a session's reflection sheet: each block's lead prompt, in agenda order."""
        return prompts_of(session)
