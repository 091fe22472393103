"""All services over one open database and the loaded content, built once at start."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.content import ContentLibrary
from ..storage.database import Database
from .coding import CodingService
from .entries import EntryService
from .exports import ExportService
from .packs import PackService
from .programmes import ProgrammeService
from .search import SearchService
from .sessions import SessionService
from .trends import TrendService


@dataclass
class Services:
    db: Database
    library: ContentLibrary
    programmes: ProgrammeService
    sessions: SessionService
    entries: EntryService
    packs: PackService
    exports: ExportService
    coding: CodingService
    search: SearchService
    trends: TrendService

    @classmethod
    def create(cls, db: Database, library: ContentLibrary) -> Services:
        return cls(
            db=db,
            library=library,
            programmes=ProgrammeService(db, library),
            sessions=SessionService(db, library),
            entries=EntryService(db, library),
            packs=PackService(db, library),
            exports=ExportService(db, library),
            coding=CodingService(db, library),
            search=SearchService(db, library),
            trends=TrendService(db, library),
        )

    def close(self) -> None:
        self.db.close()
