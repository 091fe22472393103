"""SQLAlchemy ORM rows (typed, 2.0 style). Every record has a stable UUID for merging laptops."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """Columns every row has: identity and when it was made and last changed (UTC)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ProgrammeRow(Stamped, Base):
    __tablename__ = "programme"

    name: Mapped[str] = mapped_column(String(200))
    partnership: Mapped[str] = mapped_column(String(200), default="")
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    par_model_key: Mapped[str] = mapped_column(String(80), default="kemmis-mctaggart")

    participants: Mapped[list[ParticipantRow]] = relationship(back_populates="programme", cascade="all, delete-orphan")


class ParticipantRow(Stamped, Base):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("programme_id", "code"),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    sector: Mapped[str] = mapped_column(String(80), default="")
    role: Mapped[str] = mapped_column(String(200), default="")

    programme: Mapped[ProgrammeRow] = relationship(back_populates="participants")


class ParCycleRow(Stamped, Base):
    __tablename__ = "par_cycle"
    __table_args__ = (UniqueConstraint("programme_id", "number"),)

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date | None] = mapped_column(Date)


class SessionRow(Stamped, Base):
    __tablename__ = "session"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    cycle_id: Mapped[str | None] = mapped_column(ForeignKey("par_cycle.id", ondelete="SET NULL"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    template_key: Mapped[str] = mapped_column(String(120), default="")
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time] = mapped_column(Time)
    booked_minutes: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(200), default="")
    stage_key: Mapped[str] = mapped_column(String(80), default="")

    blocks: Mapped[list[BlockRow]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="BlockRow.position"
    )


class BlockRow(Stamped, Base):
    __tablename__ = "block"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes_not_negative"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    minutes: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(Text, default="")
    facilitator_notes: Mapped[str] = mapped_column(Text, default="")
    prompts_json: Mapped[str] = mapped_column(Text, default="[]")
    materials_json: Mapped[str] = mapped_column(Text, default="[]")
    serves: Mapped[str] = mapped_column(String(80), default="")
    kind: Mapped[str] = mapped_column(String(20), default="activity")

    session: Mapped[SessionRow] = relationship(back_populates="blocks")


class ReflectionRow(Stamped, Base):
    __tablename__ = "reflection"

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    prompt: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text, default="")
    # A facilitator has read the text and found nothing identifying: it may go into a
    # de-identified export (added in revision 0006).
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RatingRow(Stamped, Base):
    __tablename__ = "rating"
    __table_args__ = (CheckConstraint("value BETWEEN 1 AND 5", name="value_in_scale"),)

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    instrument_key: Mapped[str] = mapped_column(String(80))
    item_key: Mapped[str] = mapped_column(String(80))
    value: Mapped[int] = mapped_column(Integer)
    actions: Mapped[str] = mapped_column(Text, default="")


class ActionRow(Stamped, Base):
    __tablename__ = "action"

    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    cycle_id: Mapped[str | None] = mapped_column(ForeignKey("par_cycle.id", ondelete="SET NULL"))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    evidence: Mapped[str] = mapped_column(Text, default="")
