"""What exporting and importing a bundle did, in numbers a person can read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


@dataclass(frozen=True)
class TableCounts:
    """One table's share of an import: added, updated, unchanged, kept (ours was newer), history."""

    table: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    history: int = 0

    @property
    def records(self) -> int:
        return self.added + self.updated + self.unchanged + self.kept


@dataclass(frozen=True)
class ImportSummary:
    checksum: str
    programme_id: str | None
    since: date | None
    created_at: datetime | None
    app_version: str
    encrypted: bool
    tables: tuple[TableCounts, ...]

    def _sum(self, name: str) -> int:
        return sum(getattr(t, name) for t in self.tables)

    @property
    def added(self) -> int:
        return self._sum("added")

    @property
    def updated(self) -> int:
        return self._sum("updated")

    @property
    def unchanged(self) -> int:
        return self._sum("unchanged")

    @property
    def kept(self) -> int:
        return self._sum("kept")

    @property
    def history(self) -> int:
        return self._sum("history")

    @property
    def records(self) -> int:
        return self._sum("records")

    @property
    def changed_anything(self) -> bool:
        return bool(self.added or self.updated or self.history)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    checksum: str
    programme_id: str | None
    since: date | None
    encrypted: bool
    counts: tuple[tuple[str, int], ...]

    @property
    def records(self) -> int:
        return sum(n for _, n in self.counts)
