"""Rows for safety: the append-only audit trail and crash-safe drafts of text being typed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .rows import Base, new_id, utcnow


class AuditRow(Base):
    """Who did what and when, never what anyone wrote. Triggers forbid UPDATE and DELETE;
    each row's hash covers the previous row's hash, so any change to the chain shows."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(80), default="facilitator")
    action: Mapped[str] = mapped_column(String(80))
    record_ids: Mapped[str] = mapped_column(Text, default="")
    app_version: Mapped[str] = mapped_column(String(40), default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class DraftRow(Base):
    """Text typed into an editor and not yet saved as a reflection (recovered after a crash)."""

    __tablename__ = "draft"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    prompt: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
