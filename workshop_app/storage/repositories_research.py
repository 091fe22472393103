"""Queries for research work: rows for exports, the codebook, codings, search and trends."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session as DbSession

from .raw_reads import all_rows
from .rows import ActionRow, ParCycleRow, ParticipantRow, RatingRow, ReflectionRow, SessionRow
from .rows_research import CodeRow, CodingRow

SPAN_LIMIT = 20_000  # scoring a programme's matches: words' matches walked instead of counting its texts


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

    def reflections(self, programme_id: str) -> list[tuple[Any, ...]]:
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
        return all_rows(self.db, stmt)  # 600,000 rows: plain tuples from the driver (`reviewed` as 0 or 1)

    def ratings(self, programme_id: str) -> list[tuple[Any, ...]]:
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
        return all_rows(self.db, stmt)

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
    def newest_matches(self, fts_query: str, programme_id: str | None, count: int) -> list[int]:
        """The index ids of the newest `count` matching texts, newest first, in one pass.

        The index hands matches out newest first without scoring them; a whole word, or a word
        start of a length the index keeps (1 to 10 letters, migration 0010), is read one text at
        a time, so this costs about `count` steps however many texts match.
        """
        sql = (
            "SELECT json_group_array(doc ORDER BY doc DESC) FROM"
            " (SELECT rowid AS doc FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
        )
        found = self.db.connection().exec_driver_sql(sql, (scoped(fts_query, programme_id), count)).scalar()
        return json.loads(found)

    def hits(self, fts_query: str, programme_id: str | None, docs: Sequence[int]) -> list[Row[Any]]:
        """What the results list shows of `docs` (index ids of matching texts, as from
        `newest_matches`), in that order, unscored (score 0.0). See `_rows` for the columns."""
        return self._rows(scoped(fts_query, programme_id), [(doc, 0.0) for doc in docs])

    def best_hits(self, fts_query: str, programme_id: str | None, limit: int, matches: Sequence[int]) -> list[Row[Any]]:
        """The best `limit` of `matches` (every index id that matches, as from `newest_matches`),
        best (lowest bm25 score) first, ties newest first. See `_rows` for the columns.

        bm25 counts the texts holding each word before it scores one. Within a programme, the
        programme's token weighs nothing in the score, but as part of the query bm25 would count
        all the programme's texts as well (100,000 in the largest: several milliseconds). So when
        the words match few texts between the lowest and highest of `matches` (SPAN_LIMIT at
        most, which a short look answers), the words alone are scored over that stretch and only
        `matches` kept: the same scores, without counting the programme. SQLite's own
        top-`limit` sort over bm25() is faster here than FTS5's `ORDER BY rank`.
        """
        if not matches:
            return []
        conn = self.db.connection()
        lo, hi = min(matches), max(matches)
        query = scoped(fts_query, programme_id)
        keep, params = "", [lo, hi]
        if programme_id:
            words = scoped(fts_query, None)
            probe = (
                "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?"
                " AND rowid BETWEEN ? AND ? LIMIT ?)"
            )
            if conn.exec_driver_sql(probe, (words, lo, hi, SPAN_LIMIT + 1)).scalar() <= SPAN_LIMIT:
                query, keep = words, " AND +rowid IN (SELECT value FROM json_each(?))"
                params.append(json.dumps(list(matches)))
        sql = (
            "SELECT rowid, bm25(search_fts, 1.0, 0.0) AS score FROM search_fts WHERE search_fts MATCH ?"
            f" AND rowid BETWEEN ? AND ?{keep} ORDER BY score, rowid DESC LIMIT ?"
        )
        best = conn.exec_driver_sql(sql, (query, *params, limit)).all()
        return self._rows(query, [(row[0], float(row[1])) for row in best])

    def _rows(self, match: str, shown: Sequence[tuple[int, float]]) -> list[Row[Any]]:
        """For each (index id, score) of `shown`, in order, what the results list shows of it:
        doc, kind, ref_id, snip (matches between \x02 and \x03), score, session_id, title,
        held_on (ISO text), participant_id, code, name, prompt, owner, found (the text still exists).

        `match` is a query every one of them matches. The index walks only its matches between
        the lowest and highest id shown and makes snippets for the ids shown alone; the look-ups
        of session, person and prompt run for those rows alone.
        """
        if not shown:
            return []
        docs = [doc for doc, _score in shown]
        sql = (
            "WITH hits AS MATERIALIZED ("
            " SELECT search_fts.rowid AS doc, d.kind AS kind, d.ref_id AS ref_id,"
            " snippet(search_fts, 0, char(2), char(3), '…', 24) AS snip"
            " FROM search_fts JOIN search_doc AS d ON d.id = search_fts.rowid"
            " WHERE search_fts MATCH :q AND search_fts.rowid BETWEEN :lo AND :hi"
            " AND +search_fts.rowid IN (SELECT value FROM json_each(:docs))), "
            "shown AS (SELECT key AS place, value ->> 0 AS doc, value ->> 1 AS score FROM json_each(:shown)) "
            "SELECT h.doc, h.kind, h.ref_id, h.snip, shown.score, coalesce(r.session_id, a.session_id) AS session_id,"
            " s.title, s.held_on, r.participant_id, p.code, p.name, r.prompt, a.owner,"
            " (r.id IS NOT NULL OR a.id IS NOT NULL) AS found "
            "FROM shown JOIN hits AS h ON h.doc = shown.doc "
            "LEFT JOIN reflection AS r ON h.kind = 'reflection' AND r.id = h.ref_id "
            "LEFT JOIN action AS a ON h.kind = 'action' AND a.id = h.ref_id "
            "LEFT JOIN session AS s ON s.id = coalesce(r.session_id, a.session_id) "
            "LEFT JOIN participant AS p ON p.id = r.participant_id "
            "ORDER BY shown.place"
        )
        params = {"q": match, "lo": min(docs), "hi": max(docs), "docs": json.dumps(docs), "shown": json.dumps(shown)}
        # plain DB-API rows (no type processing: 50 rows a keystroke); held_on comes back as text
        return list(self.db.connection().exec_driver_sql(sql, params).all())
