"""Queries for research work: rows for exports, the codebook, codings, search and trends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, select, text
from sqlalchemy.orm import Session as DbSession

from .rows import ActionRow, ParCycleRow, ParticipantRow, RatingRow, ReflectionRow, SessionRow
from .rows_research import CodeRow, CodingRow


class ResearchRepository:
    """Plain rows (not ORM objects) so that large programmes export quickly."""

    def __init__(self, db: DbSession) -> None:
        self.db = db

    def sessions(self, programme_id: str) -> Sequence[Row[Any]]:
        stmt = (
            select(
                SessionRow.id,
                SessionRow.title,
                ParCycleRow.number,
                SessionRow.stage_key,
                SessionRow.held_on,
            )
            .outerjoin(ParCycleRow, ParCycleRow.id == SessionRow.cycle_id)
            .where(SessionRow.programme_id == programme_id)
            .order_by(SessionRow.held_on, SessionRow.starts_at, SessionRow.created_at)
        )
        return self.db.execute(stmt).all()

    def reflections(self, programme_id: str) -> Sequence[Row[Any]]:
        stmt = (
            select(
                ReflectionRow.id,
                ReflectionRow.session_id,
                ReflectionRow.participant_id,
                ReflectionRow.prompt,
                ReflectionRow.text,
                ReflectionRow.reviewed,
            )
            .join(SessionRow, SessionRow.id == ReflectionRow.session_id)
            .where(SessionRow.programme_id == programme_id)
            .order_by(SessionRow.held_on, ReflectionRow.created_at)
        )
        return self.db.execute(stmt).all()

    def ratings(self, programme_id: str) -> Sequence[Row[Any]]:
        stmt = (
            select(
                RatingRow.id,
                RatingRow.session_id,
                RatingRow.participant_id,
                RatingRow.instrument_key,
                RatingRow.item_key,
                RatingRow.value,
                RatingRow.actions,
            )
            .join(SessionRow, SessionRow.id == RatingRow.session_id)
            .where(SessionRow.programme_id == programme_id)
            .order_by(SessionRow.held_on, RatingRow.created_at)
        )
        return self.db.execute(stmt).all()

    def ratings_by_cycle(self, programme_id: str) -> Sequence[Row[Any]]:
        """(item_key, cycle number, participant_id, value) for every rating in a numbered cycle."""
        stmt = (
            select(RatingRow.item_key, ParCycleRow.number, RatingRow.participant_id, RatingRow.value)
            .join(SessionRow, SessionRow.id == RatingRow.session_id)
            .join(ParCycleRow, ParCycleRow.id == SessionRow.cycle_id)
            .where(SessionRow.programme_id == programme_id)
        )
        return self.db.execute(stmt).all()

    def actions(self, programme_id: str) -> Sequence[Row[Any]]:
        stmt = (
            select(
                ActionRow.id,
                ActionRow.session_id,
                ParCycleRow.number,
                ActionRow.description,
                ActionRow.owner,
                ActionRow.due_on,
                ActionRow.status,
                ActionRow.evidence,
            )
            .outerjoin(ParCycleRow, ParCycleRow.id == ActionRow.cycle_id)
            .where(ActionRow.programme_id == programme_id)
            .order_by(ActionRow.created_at)
        )
        return self.db.execute(stmt).all()

    def people(self, programme_id: str) -> Sequence[ParticipantRow]:
        stmt = select(ParticipantRow).where(ParticipantRow.programme_id == programme_id).order_by(ParticipantRow.code)
        return self.db.scalars(stmt).all()

    # --- codebook ---------------------------------------------------------------------------
    def codes(self, programme_id: str) -> Sequence[CodeRow]:
        stmt = select(CodeRow).where(CodeRow.programme_id == programme_id).order_by(CodeRow.position, CodeRow.name)
        return self.db.scalars(stmt).all()

    def code(self, code_id: str) -> CodeRow | None:
        return self.db.get(CodeRow, code_id)

    def add(self, row: Any) -> Any:
        self.db.add(row)
        self.db.flush()
        return row

    def codings(self, programme_id: str) -> Sequence[CodingRow]:
        stmt = (
            select(CodingRow)
            .join(CodeRow, CodeRow.id == CodingRow.code_id)
            .where(CodeRow.programme_id == programme_id)
            .order_by(CodingRow.created_at)
        )
        return self.db.scalars(stmt).all()

    def coding(self, coding_id: str) -> CodingRow | None:
        return self.db.get(CodingRow, coding_id)

    def delete(self, row: Any) -> None:
        self.db.delete(row)
        self.db.flush()

    def max_code_position(self, programme_id: str) -> int:
        stmt = select(func.max(CodeRow.position)).where(CodeRow.programme_id == programme_id)
        return int(self.db.scalar(stmt) or 0)

    # --- search -----------------------------------------------------------------------------
    def search(self, fts_query: str, programme_id: str | None, limit: int) -> Sequence[Row[Any]]:
        """(kind, ref_id, snip with \\x02/\\x03 around matches, rank) best first.

        SQLite makes the snippet only for the rows it returns, so one query is enough.
        """
        where = "search_fts MATCH :q" + (" AND d.programme_id = :p" if programme_id else "")
        sql = text(
            "SELECT d.kind, d.ref_id, snippet(search_fts, 0, char(2), char(3), '…', 24) AS snip, search_fts.rank "
            "FROM search_fts JOIN search_doc AS d ON d.id = search_fts.rowid "
            f"WHERE {where} ORDER BY search_fts.rank LIMIT :n"
        )
        return self.db.execute(sql, {"q": fts_query, "p": programme_id, "n": limit}).all()

    def reflection_context(self, ids: Sequence[str]) -> dict[str, Row[Any]]:
        if not ids:
            return {}
        stmt = (
            select(
                ReflectionRow.id,
                ReflectionRow.session_id,
                SessionRow.title,
                SessionRow.held_on,
                ReflectionRow.participant_id,
                ParticipantRow.code,
                ParticipantRow.name,
                ReflectionRow.prompt,
            )
            .join(SessionRow, SessionRow.id == ReflectionRow.session_id)
            .outerjoin(ParticipantRow, ParticipantRow.id == ReflectionRow.participant_id)
            .where(ReflectionRow.id.in_(ids))
        )
        return {row.id: row for row in self.db.execute(stmt)}

    def action_context(self, ids: Sequence[str]) -> dict[str, Row[Any]]:
        if not ids:
            return {}
        stmt = (
            select(ActionRow.id, ActionRow.session_id, SessionRow.title, SessionRow.held_on, ActionRow.owner)
            .outerjoin(SessionRow, SessionRow.id == ActionRow.session_id)
            .where(ActionRow.id.in_(ids))
        )
        return {row.id: row for row in self.db.execute(stmt)}
