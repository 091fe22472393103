"""Repositories for filled sheets, consent, action reviews and settings. They never commit."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from ..domain import voice as v
from ..domain.records import ActionStatus
from .rows import ParticipantRow, SessionRow
from .rows_voice import ActionReviewRow, AnswerRow, ConsentEventRow, ConsentRow, SettingRow, SubmissionRow


def submission_of(row: SubmissionRow) -> v.Submission:
    return v.Submission(
        id=row.id,
        session_id=row.session_id,
        sheet_key=row.sheet_key,
        participant_id=row.participant_id,
        channel=v.Channel(row.channel),
        status=v.SubmissionStatus(row.status),
        answers=tuple(v.Answer(a.item_key, a.text, a.value) for a in row.answers),
        submitted_at=row.submitted_at,
    )


def consent_of(row: ConsentRow) -> v.Consent:
    return v.Consent(
        participant_id=row.participant_id,
        taking_part=row.taking_part,
        research_use=row.research_use,
        quoting=row.quoting,
        given_on=row.given_on,
        last_revisited_on=row.last_revisited_on,
        withdrawn_on=row.withdrawn_on,
        erasure_requested=row.erasure_requested,
        history=tuple(
            v.ConsentEvent(v.ConsentEventKind(e.kind), e.on, e.taking_part, e.research_use, e.quoting)
            for e in row.events
        ),
    )


def review_of(row: ActionReviewRow) -> v.ActionReview:
    return v.ActionReview(row.session_id, row.reviewed_on, ActionStatus(row.status), row.note)


class SubmissionRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: SubmissionRow) -> SubmissionRow:
        self.db.add(row)
        self.db.flush()
        return row

    def get(self, submission_id: str) -> SubmissionRow | None:
        return self.db.get(SubmissionRow, submission_id)

    def find(self, session_id: str, sheet_key: str, participant_id: str) -> SubmissionRow | None:
        stmt = select(SubmissionRow).where(
            SubmissionRow.session_id == session_id,
            SubmissionRow.sheet_key == sheet_key,
            SubmissionRow.participant_id == participant_id,
        )
        return self.db.scalars(stmt.limit(1)).first()

    def for_sessions(self, session_ids: Iterable[str], *, submitted_only: bool = True) -> Sequence[SubmissionRow]:
        stmt = (
            select(SubmissionRow)
            .where(SubmissionRow.session_id.in_(list(session_ids)))
            .options(selectinload(SubmissionRow.answers))
            .order_by(SubmissionRow.session_id, SubmissionRow.sheet_key, SubmissionRow.id)
        )
        if submitted_only:
            stmt = stmt.where(SubmissionRow.status == v.SubmissionStatus.SUBMITTED.value)
        return self.db.scalars(stmt).all()

    def remove(self, row: SubmissionRow) -> None:
        self.db.delete(row)
        self.db.flush()

    def blur_times(self, row: SubmissionRow, day: datetime) -> None:
        """Replace every time on a sheet and its answers by `day` (written even if unchanged)."""
        targets: list[SubmissionRow | AnswerRow] = [row, *row.answers]
        for target in targets:
            target.created_at = target.updated_at = day
            flag_modified(target, "updated_at")  # otherwise the column's onupdate would stamp the clock time
        if row.submitted_at is not None:
            row.submitted_at = day

    def answers(self, row: SubmissionRow) -> dict[str, AnswerRow]:
        return {a.item_key: a for a in row.answers}


class ConsentRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def get(self, participant_id: str) -> ConsentRow | None:
        return self.db.scalars(select(ConsentRow).where(ConsentRow.participant_id == participant_id)).first()

    def research_allowed_ids(self, participant_ids: Sequence[str]) -> set[str]:
        """Of these people, those whose consent says yes to taking part and to research use, not withdrawn."""
        stmt = select(ConsentRow.participant_id).where(
            ConsentRow.participant_id.in_(list(participant_ids)),
            ConsentRow.taking_part.is_(True),
            ConsentRow.research_use.is_(True),
            ConsentRow.withdrawn_on.is_(None),
        )
        return set(self.db.scalars(stmt))

    def add(self, row: ConsentRow) -> ConsentRow:
        self.db.add(row)
        self.db.flush()
        return row

    def add_event(self, consent: ConsentRow, kind: v.ConsentEventKind, on: object) -> None:
        consent.events.append(
            ConsentEventRow(
                kind=kind.value,
                on=on,
                taking_part=consent.taking_part,
                research_use=consent.research_use,
                quoting=consent.quoting,
            )
        )
        self.db.flush()

    def for_programme(self, programme_id: str) -> Sequence[ConsentRow]:
        stmt = (
            select(ConsentRow)
            .join(ParticipantRow, ParticipantRow.id == ConsentRow.participant_id)
            .where(ParticipantRow.programme_id == programme_id)
            .options(selectinload(ConsentRow.events))
        )
        return self.db.scalars(stmt).all()

    def withdrawn_ids(self, programme_id: str) -> set[str]:
        stmt = (
            select(ConsentRow.participant_id)
            .join(ParticipantRow, ParticipantRow.id == ConsentRow.participant_id)
            .where(ParticipantRow.programme_id == programme_id, ConsentRow.withdrawn_on.is_not(None))
        )
        return set(self.db.scalars(stmt))

    def consenting_ids(self, programme_id: str) -> set[str]:
        stmt = (
            select(ConsentRow.participant_id)
            .join(ParticipantRow, ParticipantRow.id == ConsentRow.participant_id)
            .where(
                ParticipantRow.programme_id == programme_id,
                ConsentRow.taking_part.is_(True),
                ConsentRow.withdrawn_on.is_(None),
            )
        )
        return set(self.db.scalars(stmt))


class ActionReviewRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def add(self, row: ActionReviewRow) -> ActionReviewRow:
        self.db.add(row)
        self.db.flush()
        return row

    def for_actions(self, action_ids: Iterable[str]) -> dict[str, list[ActionReviewRow]]:
        stmt = (
            select(ActionReviewRow)
            .outerjoin(SessionRow, SessionRow.id == ActionReviewRow.session_id)
            .where(ActionReviewRow.action_id.in_(list(action_ids)))
            .order_by(ActionReviewRow.reviewed_on, ActionReviewRow.created_at)
        )
        out: dict[str, list[ActionReviewRow]] = {}
        for row in self.db.scalars(stmt):
            out.setdefault(row.action_id, []).append(row)
        return out


class SettingRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def get(self, key: str) -> str | None:
        row = self.db.get(SettingRow, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        row = self.db.get(SettingRow, key)
        if row is None:
            self.db.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self.db.flush()

    def remove(self, key: str) -> None:
        self.db.execute(delete(SettingRow).where(SettingRow.key == key))
