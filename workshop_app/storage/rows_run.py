"""Rows for running a session: attendance, what the room said (captures) and the session log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from .rows import Base, Stamped


class AttendanceRow(Stamped, Base):
    """One participant ticked present (or not) for one session."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class CaptureRow(Stamped, Base):
    """Group notes or decisions for a block, or the session's parking lot.

    `block_id` is kept as plain text (no foreign key) with the block's title beside it, so notes
    survive a block being deleted from the agenda and come back with it on undo.
    """

    __tablename__ = "capture"
    __table_args__ = (UniqueConstraint("session_id", "block_id", "kind"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    block_id: Mapped[str] = mapped_column(String(36), default="")  # "" for the session's parking lot
    kind: Mapped[str] = mapped_column(String(20))
    block_title: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class BlockRunRow(Stamped, Base):
    """The session log: when a block really started and ended (history; kept if the block is deleted)."""

    __tablename__ = "block_run"
    __table_args__ = (UniqueConstraint("session_id", "block_id"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    block_id: Mapped[str] = mapped_column(String(36))
    block_title: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)
