"""Rows of the evidence library: sources (typed in, imported from RIS or shipped) and their links to content."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .rows import Base, Stamped


class EvidenceSourceRow(Stamped, Base):
    """A document content rests on. `key` is how content cites it (e.g. 'animate-2019')."""

    __tablename__ = "evidence_source"
    __table_args__ = (UniqueConstraint("key"),)

    key: Mapped[str] = mapped_column(String(120))
    authors_json: Mapped[str] = mapped_column(Text, default="[]")
    year: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    journal: Mapped[str] = mapped_column(String(300), default="")
    volume: Mapped[str] = mapped_column(String(40), default="")
    issue: Mapped[str] = mapped_column(String(40), default="")
    pages: Mapped[str] = mapped_column(String(40), default="")
    doi: Mapped[str] = mapped_column(String(200), default="", index=True)
    url: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(20), default="typed")  # shipped, typed or ris


class EvidenceLinkRow(Stamped, Base):
    """Content (a practice, PAR model, self-assessment or template key) resting on a source."""

    __tablename__ = "evidence_link"
    __table_args__ = (UniqueConstraint("source_id", "content_key"),)

    source_id: Mapped[str] = mapped_column(ForeignKey("evidence_source.id", ondelete="CASCADE"), index=True)
    content_key: Mapped[str] = mapped_column(String(120), index=True)
