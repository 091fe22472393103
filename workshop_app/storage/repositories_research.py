"""Queries for research work: rows for exports, the codebook, codings, search and trends."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Date, Float, Row, String, column, func, select, text
from sqlalchemy.orm import Session as DbSession

from .rows import ActionRow, ParCycleRow, ParticipantRow, RatingRow, ReflectionRow, SessionRow
from .rows_research import CodeRow, CodingRow


def scoped(fts_query: str, programme_id: str | None) -> str:
    """The words typed, matched in the text column only; within one programme when given."""
    words = f"{{body}} : ({fts_query})"
    if not programme_id:
        return words
    token = "g" + "".join(ch for ch in programme_id.lower() if ch in "0123456789abcdef")
    return f'{words} AND {{scope}} : "{token}"'


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
        return self.db.connection().execute(stmt).all()  # Core rows: no ORM result step (600,000 rows)

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
        return self.db.connection().execute(stmt).all()

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
    def more_matches_than(self, fts_query: str, programme_id: str | None, count: int) -> bool:
        """Whether more than `count` texts match: the index hands matches out newest first
        without scoring them, so this costs about `count` steps however many texts match."""
        sql = text("SELECT rowid FROM search_fts WHERE search_fts MATCH :q ORDER BY rowid DESC LIMIT 1 OFFSET :k")
        return self.db.execute(sql, {"q": scoped(fts_query, programme_id), "k": count}).first() is not None

    def search(
        self, fts_query: str, programme_id: str | None, limit: int, *, newest: bool = False
    ) -> Sequence[Row[Any]]:
        """The best `limit` hits (or the newest, unscored) with what the results list shows of each,
        in one statement.

        Each row: kind, ref_id, snip (matches between \\x02 and \\x03), rank, session_id, title,
        held_on, participant_id, code, name, prompt, owner, found (the text still exists).
        Scoring (bm25) reads every match of every word, which for a word in a third of 600,000
        texts takes tens of milliseconds; newest first reads only as far as it needs. SQLite makes
        snippets only for the rows the inner query keeps, and the look-ups of session, person and
        prompt run for those rows alone.
        """
        order = "search_fts.rowid DESC" if newest else "search_fts.rank"
        rank = "0.0" if newest else "search_fts.rank"
        sql = text(
            "WITH hits AS ("
            f" SELECT d.kind AS kind, d.ref_id AS ref_id, {rank} AS rank, search_fts.rowid AS doc,"
            " snippet(search_fts, 0, char(2), char(3), '…', 24) AS snip"
            " FROM search_fts JOIN search_doc AS d ON d.id = search_fts.rowid"
            f" WHERE search_fts MATCH :q ORDER BY {order} LIMIT :n) "
            "SELECT h.kind, h.ref_id, h.snip, h.rank, coalesce(r.session_id, a.session_id) AS session_id,"
            " s.title, s.held_on, r.participant_id, p.code, p.name, r.prompt, a.owner,"
            " (r.id IS NOT NULL OR a.id IS NOT NULL) AS found "
            "FROM hits AS h "
            "LEFT JOIN reflection AS r ON h.kind = 'reflection' AND r.id = h.ref_id "
            "LEFT JOIN action AS a ON h.kind = 'action' AND a.id = h.ref_id "
            "LEFT JOIN session AS s ON s.id = coalesce(r.session_id, a.session_id) "
            "LEFT JOIN participant AS p ON p.id = r.participant_id "
            "ORDER BY h.rank, h.doc DESC"
        ).columns(
            column("kind", String),
            column("ref_id", String),
            column("snip", String),
            column("rank", Float),
            column("session_id", String),
            column("title", String),
            column("held_on", Date),
            column("participant_id", String),
            column("code", String),
            column("name", String),
            column("prompt", String),
            column("owner", String),
            column("found", Boolean),
        )
        params = {"q": scoped(fts_query, programme_id), "n": limit}
        return self.db.execute(sql, params).all()
