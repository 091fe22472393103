"""The evidence library: sources typed in or imported from RIS, linked to the content that rests on them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from pathlib import Path

from ..content.ris import RisError, read_ris, source_key
from ..domain.content import ContentLibrary, Source
from ..domain.errors import ValidationError
from ..domain.records import Changes
from ..domain.rules import clean_text
from ..storage.database import Database
from ..storage.evidence_repository import EvidenceRepository, row_of, source_of
from .result import Result


def content_citations(library: ContentLibrary) -> dict[str, set[str]]:
    """Content key -> source keys it cites, for every shipped practice, model, assessment and template."""
    out: dict[str, set[str]] = {}
    for p in library.practices:
        out.setdefault(p.key, set()).add(p.source_key)
    for key, model in library.par_models.items():
        out.setdefault(key, set()).add(model.source_key)
    out.setdefault(library.self_assessment.key, set()).add(library.self_assessment.source_key)
    for key, template in library.templates.items():
        out.setdefault(key, set()).update(template.source_keys)
    return out


SEEDED_KEY = "evidence.seeded"  # fingerprint of the shipped sources and links last added


def seed_fingerprint(library: ContentLibrary) -> str:
    """Changes whenever the shipped sources or what cites them change (a new version of the app)."""
    citations = {k: sorted(v) for k, v in sorted(content_citations(library).items())}
    text = json.dumps([sorted(library.sources), citations], sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode()).hexdigest()


class EvidenceService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def sources(self) -> list[Source]:
        with self.db.unit_of_work(write=False) as uow:
            return [source_of(r) for r in EvidenceRepository(uow.db).all()]

    def links(self) -> dict[str, list[str]]:
        with self.db.unit_of_work(write=False) as uow:
            return EvidenceRepository(uow.db).links()

    def seed_from_library(self) -> Result[int]:
        """Add the shipped sources (resources/sources.toml) and their links to content; idempotent.

        Runs at every start: when the shipped sources are those seeded last time, one read of a
        setting is all it costs (no write transaction, nothing loaded).
        """
        fingerprint = seed_fingerprint(self.content_library)
        with self.db.unit_of_work(write=False) as uow:
            if uow.settings.get(SEEDED_KEY) == fingerprint:
                return Result(0, Changes())
        added = 0
        with self.db.unit_of_work() as uow:
            repo = EvidenceRepository(uow.db)
            rows = {r.key: r for r in repo.all()}
            for key, source in self.content_library.sources.items():
                if key not in rows:
                    rows[key] = repo.add(row_of(source, "shipped"))
                    added += 1
            for content_key, cited in content_citations(self.content_library).items():
                for key in cited:
                    if key in rows:
                        repo.link(rows[key], content_key)
            uow.settings.set(SEEDED_KEY, fingerprint)
        return Result(added, Changes(sources=added > 0))

    def add_source(
        self,
        *,
        authors: list[str],
        year: int | str,
        title: str,
        journal: str = "",
        volume: str = "",
        issue: str = "",
        pages: str = "",
        doi: str = "",
        url: str = "",
        content_keys: tuple[str, ...] = (),
    ) -> Result[Source]:
        """A source typed in by the facilitator, optionally linked to content keys."""
        title = clean_text(title, "Title", required=True, limit=1000)
        try:
            year_n = int(str(year).strip())
        except ValueError:
            raise ValidationError(f"Year must be a number like 2021, not {year!r}.", code="bad-year") from None
        if not 1500 <= year_n <= 2200:
            raise ValidationError(f"Year {year_n} is not a publication year.", code="bad-year")
        names = [clean_text(a, "Author") for a in authors if a and a.strip()]
        with self.db.unit_of_work() as uow:
            repo = EvidenceRepository(uow.db)
            key = source_key(names, year_n, title, repo.keys())
            source = Source(
                key=key,
                authors=tuple(names),
                year=year_n,
                title=title,
                container=clean_text(journal, "Journal"),
                doi=clean_text(doi, "DOI"),
                url=clean_text(url, "URL", limit=2000),
                volume=clean_text(volume, "Volume"),
                issue=clean_text(issue, "Issue"),
                pages=clean_text(pages, "Pages"),
            )
            row = repo.add(row_of(source, "typed"))
            for content_key in content_keys:
                repo.link(row, content_key)
        return Result(source, Changes(sources=True))

    def import_ris(self, data: bytes | str | Path) -> Result[list[Source]]:
        """Import every source in a RIS file, or none: a bad file raises RisError and changes nothing.

        A source whose DOI is already in the library is not added again; its existing entry
        gains the volume, issue and pages the file gives when it had none.
        """
        if isinstance(data, Path):
            try:
                data = data.read_bytes()
            except OSError as exc:
                raise RisError(f"Cannot read {data.name}: {exc.strerror or exc}.") from exc
        imported: list[Source] = []
        with self.db.unit_of_work() as uow:
            repo = EvidenceRepository(uow.db)
            for source in read_ris(data, repo.keys()):
                existing = repo.by_doi(source.doi)
                if existing is not None:
                    existing.volume = existing.volume or source.volume
                    existing.issue = existing.issue or source.issue
                    existing.pages = existing.pages or source.pages
                    imported.append(source_of(existing))
                    continue
                row = repo.add(row_of(source, "ris"))
                imported.append(replace(source, key=row.key))
        return Result(imported, Changes(sources=True))

    def link(self, source_key_: str, content_key: str) -> Result[bool]:
        with self.db.unit_of_work() as uow:
            repo = EvidenceRepository(uow.db)
            row = repo.by_key(source_key_)
            if row is None:
                raise ValidationError(f"No source with the key {source_key_!r}.", code="no-source")
            made = repo.link(row, content_key)
        return Result(made, Changes(sources=made))

    def sources_for(self, content_keys: set[str]) -> list[Source]:
        """Every source behind the given content, from the library (shipped citations as a fallback)."""
        with self.db.unit_of_work(write=False) as uow:
            found = {r.key: source_of(r) for r in EvidenceRepository(uow.db).for_content(content_keys)}
        for content_key, cited in content_citations(self.content_library).items():
            if content_key in content_keys:
                for key in cited:
                    if key not in found and key in self.content_library.sources:
                        found[key] = self.content_library.sources[key]
        return sorted(found.values(), key=lambda s: (s.authors[0] if s.authors else "", s.year, s.title))
