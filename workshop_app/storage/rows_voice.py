"""Rows for participants' voice: filled sheets and answers, consent and its history, action reviews, settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .rows import Base, Stamped, utcnow


class SubmissionRow(Stamped, Base):
    """A filled sheet. participant_id is NULL for an anonymous sheet, which keeps no link to a person."""

    __tablename__ = "submission"
    __table_args__ = (
        CheckConstraint("channel IN ('kiosk', 'paper', 'facilitator')", name="channel_known"),
        CheckConstraint("status IN ('draft', 'submitted')", name="status_known"),
    )

    session_id: Mapped[str] = mapped_column(ForeignKey("session.id", ondelete="CASCADE"), index=True)
    sheet_key: Mapped[str] = mapped_column(String(80))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)

    answers: Mapped[list[AnswerRow]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="AnswerRow.position"
    )


class AnswerRow(Stamped, Base):
    """One item of a filled sheet: text for prompts and actions, a value for ratings."""

    __tablename__ = "answer"
    __table_args__ = (
        UniqueConstraint("submission_id", "item_key"),
        CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name="value_in_scale"),
    )

    submission_id: Mapped[str] = mapped_column(ForeignKey("submission.id", ondelete="CASCADE"), index=True)
    item_key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    value: Mapped[int | None] = mapped_column(Integer)

    submission: Mapped[SubmissionRow] = relationship(back_populates="answers")


class ConsentRow(Stamped, Base):
    """A participant's current consent. Withdrawal marks their data for erasure."""

    __tablename__ = "consent"

    participant_id: Mapped[str] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), unique=True, index=True
    )
    taking_part: Mapped[bool] = mapped_column(Boolean, default=False)
    research_use: Mapped[bool] = mapped_column(Boolean, default=False)
    quoting: Mapped[bool] = mapped_column(Boolean, default=False)
    given_on: Mapped[date | None] = mapped_column(Date)
    last_revisited_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    erasure_requested: Mapped[bool] = mapped_column(Boolean, default=False)

    events: Mapped[list[ConsentEventRow]] = relationship(
        back_populates="consent", cascade="all, delete-orphan", order_by="ConsentEventRow.created_at"
    )


class ConsentEventRow(Stamped, Base):
    """One step in a consent's history: given, revisited (perhaps changed), withdrawn."""

    __tablename__ = "consent_event"
    __table_args__ = (CheckConstraint("kind IN ('given', 'revisited', 'withdrawn')", name="kind_known"),)

    consent_id: Mapped[str] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    taking_part: Mapped[bool] = mapped_column(Boolean)
    research_use: Mapped[bool] = mapped_column(Boolean)
    quoting: Mapped[bool] = mapped_column(Boolean)

    consent: Mapped[ConsentRow] = relationship(back_populates="events")


class ActionReviewRow(Stamped, Base):
    """An action looked at in a session: the status given then and what was said."""

    __tablename__ = "action_review"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'partly', 'dropped')", name="status_known"),)

    action_id: Mapped[str] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class SettingRow(Base):
    """A small key/value store for settings that belong with the data (kiosk PIN hash, thresholds)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
