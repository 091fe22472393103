"""Rows for research work: the search index's documents, the codebook and codings."""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, Computed, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .rows import Base, Stamped

# The full-text index is an FTS5 table over search_doc, kept in step by triggers (see
# migration 0006). SQLAlchemy does not manage virtual tables, so these names are left out
# of schema comparisons (schema.UNMANAGED_TABLES).
SEARCH_FTS_TABLE = "search_fts"
SEARCH_FTS_SHADOWS = tuple(f"{SEARCH_FTS_TABLE}_{part}" for part in ("data", "idx", "docsize", "config"))


class SearchDocRow(Base):
    """One searchable text (a reflection, an action, later group notes) and where it came from.

    Derived data: triggers write it from the records it mirrors; nothing else should.
    """

    __tablename__ = "search_doc"
    __table_args__ = (
        UniqueConstraint("kind", "ref_id"),
        Index("ix_search_doc_programme_id", "programme_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    ref_id: Mapped[str] = mapped_column(String(36))
    programme_id: Mapped[str] = mapped_column(String(36))
    body: Mapped[str] = mapped_column(Text, default="")
    # the programme as one search token ('g' and the id's hex digits), computed on reading, never
    # stored; the index's second column, so a search within a programme is a single match
    scope: Mapped[str] = mapped_column(Text, Computed("'g' || replace(programme_id, '-', '')", persisted=False))


class CodeRow(Stamped, Base):
    """A code in a programme's codebook; codes without `codable` only group others."""

    __tablename__ = "code"
    __table_args__ = (UniqueConstraint("programme_id", "name"),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default="own")  # practice, leadership or own
    source_key: Mapped[str] = mapped_column(String(80), default="")
    codable: Mapped[bool] = mapped_column(Boolean, default=True)
    colour: Mapped[str] = mapped_column(String(7), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class CodingRow(Stamped, Base):
    """A code applied to a whole reflection (no positions) or to a passage of it.

    Positions count Unicode code points, end exclusive. `quote` keeps the passage as it was
    tagged, so a passage can be found again after the text is edited.
    """

    __tablename__ = "coding"
    __table_args__ = (
        CheckConstraint(
            "(start_pos IS NULL AND end_pos IS NULL) OR (start_pos >= 0 AND end_pos > start_pos)",
            name="passage_in_order",
        ),
    )

    code_id: Mapped[str] = mapped_column(ForeignKey("code.id", ondelete="CASCADE"), index=True)
    reflection_id: Mapped[str] = mapped_column(ForeignKey("reflection.id", ondelete="CASCADE"), index=True)
    start_pos: Mapped[int | None] = mapped_column(Integer)
    end_pos: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
