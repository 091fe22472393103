"""The action log: actions agreed in a session, reviewed at the next, never silently dropped."""

from __future__ import annotations

from datetime import date

from ..domain import records as r
from ..domain import voice as v
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import MAX_TEXT, clean_text
from ..storage.database import Database
from ..storage.repositories_voice import review_of
from ..storage.rows import ActionRow
from ..storage.rows_voice import ActionReviewRow
from .result import Result


def action_of(row: ActionRow) -> r.Action:
    return r.Action(
        id=row.id,
        programme_id=row.programme_id,
        session_id=row.session_id,
        cycle_id=row.cycle_id,
        description=row.description,
        owner=row.owner,
        due_on=row.due_on,
        status=r.ActionStatus(row.status),
        evidence=row.evidence,
    )


class ActionService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def add(self, session_id: str, description: str, owner: str = "", due_on: date | None = None) -> Result[r.Action]:
        """An action agreed in a session; it belongs to the session's cycle and starts open."""
        description = clean_text(description, "Action", required=True, limit=2000)
        owner = clean_text(owner, "Owner")
        with self.db.unit_of_work() as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            if due_on is not None and due_on < session.held_on:
                raise ValidationError("The due date cannot be before the session in which the action is agreed.")
            row = uow.actions.add(
                ActionRow(
                    programme_id=session.programme_id,
                    session_id=session_id,
                    cycle_id=session.cycle_id,
                    description=description,
                    owner=owner,
                    due_on=due_on,
                    status=r.ActionStatus.OPEN.value,
                )
            )
            action = action_of(row)
        return Result(action, r.Changes(actions=True, ids=frozenset({action.id})))

    def review(
        self,
        action_id: str,
        session_id: str,
        status: r.ActionStatus,
        note: str = "",
        evidence: str | None = None,
    ) -> Result[v.ReviewedAction]:
        """Record how an action stands at a session. Dropping one needs a reason, so nothing goes silently."""
        status = r.ActionStatus(status)
        note = clean_text(note, "Note", limit=MAX_TEXT)
        if status == r.ActionStatus.DROPPED and not note:
            raise ValidationError("Say briefly why the action is dropped, so the group keeps the learning.")
        with self.db.unit_of_work() as uow:
            row = uow.actions.get(action_id)
            if row is None:
                raise NotFoundError("That action no longer exists.")
            session = uow.sessions.get(session_id)
            if session is None or session.programme_id != row.programme_id:
                raise NotFoundError("That session is not in the action's programme.")
            row.status = status.value
            if evidence is not None:
                row.evidence = clean_text(evidence, "Evidence", limit=MAX_TEXT)
            uow.action_reviews.add(
                ActionReviewRow(
                    action_id=action_id,
                    session_id=session_id,
                    reviewed_on=session.held_on,
                    status=status.value,
                    note=note,
                )
            )
            reviews = uow.action_reviews.for_actions([action_id]).get(action_id, [])
            reviewed = v.ReviewedAction(action_of(row), tuple(review_of(x) for x in reviews))
        return Result(reviewed, r.Changes(actions=True, ids=frozenset({action_id})))

    def actions(self, programme_id: str) -> list[v.ReviewedAction]:
        """Every action of a programme with its review history, oldest first."""
        with self.db.unit_of_work(write=False) as uow:
            rows = uow.actions.for_programme(programme_id)
            history = uow.action_reviews.for_actions([row.id for row in rows])
            return [
                v.ReviewedAction(action_of(row), tuple(review_of(x) for x in history.get(row.id, []))) for row in rows
            ]

    def for_review(self, session_id: str) -> list[v.ReviewedAction]:
        """What comes up for review at a session: every action agreed at an earlier session that is
        still open or partly done, plus any already reviewed at this session (so it stays in view)."""
        with self.db.unit_of_work(write=False) as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            sessions = {s.id: s for s in uow.sessions.for_programme(session.programme_id)}
            order = {sid: (s.held_on, s.starts_at, s.created_at) for sid, s in sessions.items()}
            here = order[session_id]
            rows = uow.actions.for_programme(session.programme_id)
            history = uow.action_reviews.for_actions([row.id for row in rows])
            out = []
            for row in rows:
                agreed = order.get(row.session_id or "")
                earlier = agreed is None or agreed < here
                reviewed_here = any(x.session_id == session_id for x in history.get(row.id, []))
                still_open = row.status in (r.ActionStatus.OPEN.value, r.ActionStatus.PARTLY.value)
                if earlier and (still_open or reviewed_here):
                    out.append(v.ReviewedAction(action_of(row), tuple(review_of(x) for x in history.get(row.id, []))))
            return out

    def agreed_in(self, session_id: str) -> list[r.Action]:
        with self.db.unit_of_work(write=False) as uow:
            session = uow.sessions.get(session_id)
            if session is None:
                raise NotFoundError("That session no longer exists.")
            return [
                action_of(row)
                for row in uow.actions.for_programme(session.programme_id)
                if row.session_id == session_id
            ]
