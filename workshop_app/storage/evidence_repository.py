"""The evidence library's repository: sources and links by key (never commits)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from ..domain.content import Source
from .rows_evidence import EvidenceLinkRow, EvidenceSourceRow


def source_of(row: EvidenceSourceRow) -> Source:
    return Source(
        key=row.key,
        authors=tuple(json.loads(row.authors_json or "[]")),
        year=row.year,
        title=row.title,
        container=row.journal,
        doi=row.doi,
        url=row.url,
        volume=row.volume,
        issue=row.issue,
        pages=row.pages,
    )


# Shipped sources and their links get the same id and stamps on every laptop, so bundles between
# laptops see one record, not two that clash on the unique key.
_SHIPPED = uuid.UUID("5b1d3c1e-6a52-4c8e-9f0e-2f6d1c0a7e11")
_SHIPPED_STAMP = datetime(2026, 1, 1)


def shipped_id(*parts: str) -> str:
    return str(uuid.uuid5(_SHIPPED, "/".join(parts)))


def row_of(source: Source, origin: str) -> EvidenceSourceRow:
    stamps = (
        {"id": shipped_id("source", source.key), "created_at": _SHIPPED_STAMP, "updated_at": _SHIPPED_STAMP}
        if origin == "shipped"
        else {}
    )
    return EvidenceSourceRow(
        **stamps,
        key=source.key,
        authors_json=json.dumps(list(source.authors), ensure_ascii=False),
        year=source.year,
        title=source.title,
        journal=source.container,
        volume=source.volume,
        issue=source.issue,
        pages=source.pages,
        doi=source.doi,
        url=source.url,
        origin=origin,
    )


class EvidenceRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    def all(self) -> Sequence[EvidenceSourceRow]:
        return self.db.scalars(select(EvidenceSourceRow).order_by(EvidenceSourceRow.key)).all()

    def by_key(self, key: str) -> EvidenceSourceRow | None:
        return self.db.scalars(select(EvidenceSourceRow).where(EvidenceSourceRow.key == key)).first()

    def by_doi(self, doi: str) -> EvidenceSourceRow | None:
        if not doi:
            return None
        rows = self.db.scalars(select(EvidenceSourceRow).where(EvidenceSourceRow.doi != "")).all()
        return next((r for r in rows if r.doi.lower() == doi.lower()), None)

    def keys(self) -> set[str]:
        return set(self.db.scalars(select(EvidenceSourceRow.key)).all())

    def add(self, row: EvidenceSourceRow) -> EvidenceSourceRow:
        self.db.add(row)
        self.db.flush()
        return row

    def link(self, source: EvidenceSourceRow, content_key: str) -> bool:
        exists = self.db.scalars(
            select(EvidenceLinkRow).where(
                EvidenceLinkRow.source_id == source.id, EvidenceLinkRow.content_key == content_key
            )
        ).first()
        if exists:
            return False
        stamps = (
            {
                "id": shipped_id("link", source.key, content_key),
                "created_at": _SHIPPED_STAMP,
                "updated_at": _SHIPPED_STAMP,
            }
            if source.origin == "shipped"
            else {}
        )
        self.db.add(EvidenceLinkRow(source_id=source.id, content_key=content_key, **stamps))
        self.db.flush()
        return True

    def links(self) -> dict[str, list[str]]:
        """source key -> content keys resting on it."""
        stmt = select(EvidenceSourceRow.key, EvidenceLinkRow.content_key).join(
            EvidenceLinkRow, EvidenceLinkRow.source_id == EvidenceSourceRow.id
        )
        out: dict[str, list[str]] = {}
        for key, content_key in self.db.execute(stmt):
            out.setdefault(key, []).append(content_key)
        return out

    def for_content(self, content_keys: set[str]) -> Sequence[EvidenceSourceRow]:
        if not content_keys:
            return []
        stmt = (
            select(EvidenceSourceRow)
            .join(EvidenceLinkRow, EvidenceLinkRow.source_id == EvidenceSourceRow.id)
            .where(EvidenceLinkRow.content_key.in_(sorted(content_keys)))
            .distinct()
        )
        return self.db.scalars(stmt).all()
