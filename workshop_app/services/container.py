"""All services over one open database and the loaded content, built once at start."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.content import ContentLibrary
from ..storage.database import Database
from .entries import EntryService
from .packs import PackService
from .programmes import ProgrammeService
from .safety import SafetyService
from .sessions import SessionService


@dataclass
class Services:
    db: Database
    library: ContentLibrary
    programmes: ProgrammeService
    sessions: SessionService
    entries: EntryService
    packs: PackService
    safety: SafetyService
    recovery_key: str | None = None  # shown once, when an encrypted database is created

    @classmethod
    def create(cls, db: Database, library: ContentLibrary) -> Services:
        return cls(
            db=db,
            library=library,
            programmes=ProgrammeService(db, library),
            sessions=SessionService(db, library),
            entries=EntryService(db, library),
            packs=PackService(db, library),
            safety=SafetyService(db, library),
        )

    def close(self) -> None:
        self.db.close()
