"""Rows for merging bundles: the versions of records that lost a merge, kept as history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .rows import Base, Stamped


class RecordHistoryRow(Stamped, Base):
    """One version of a record that a bundle import did not keep (the older of two edits).

    `version_digest` is the SHA-256 of the version's canonical JSON, so importing the same bundle
    twice stores each losing version once.
    """

    __tablename__ = "record_history"
    __table_args__ = (UniqueConstraint("table_name", "record_id", "version_digest"),)

    table_name: Mapped[str] = mapped_column(String(80))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version_json: Mapped[str] = mapped_column(Text)
    version_digest: Mapped[str] = mapped_column(String(64))
    version_updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    replaced_at: Mapped[datetime] = mapped_column(DateTime)
    origin: Mapped[str] = mapped_column(String(20))  # "local" (replaced here) or "bundle" (not taken)
    bundle_id: Mapped[str] = mapped_column(String(64))
