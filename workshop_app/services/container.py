"""All services over one open database and the loaded content, built once at start."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.content import ContentLibrary
from ..storage.database import Database
from .actions import ActionService
from .agenda import AgendaService
from .bundles import BundleService
from .coding import CodingService
from .consent import ConsentService
from .cycles import CycleService
from .entries import EntryService
from .evidence import EvidenceService
from .exports import ExportService
from .packs import PackService
from .programmes import ProgrammeService
from .run import RunService
from .safety import SafetyService
from .search import SearchService
from .sessions import SessionService
from .settings import SettingsService
from .setup import SetupService
from .sheets import SheetService
from .trends import TrendService


@dataclass
class Services:
    db: Database
    content_library: ContentLibrary
    programmes: ProgrammeService
    sessions: SessionService
    entries: EntryService
    packs: PackService
    agenda: AgendaService
    run: RunService
    setup: SetupService
    consent: ConsentService
    sheets: SheetService
    actions: ActionService
    cycles: CycleService
    settings: SettingsService
    evidence: EvidenceService
    exports: ExportService
    coding: CodingService
    search: SearchService
    trends: TrendService
    bundles: BundleService
    safety: SafetyService
    recovery_key: str | None = None  # shown once, when an encrypted database is created

    @classmethod
    def create(cls, db: Database, library: ContentLibrary) -> Services:
        settings = SettingsService(db, library)
        cycles = CycleService(db, library)
        cycles.threshold = settings.small_group_threshold
        run = RunService(db, library)
        cycles.attendance = run.head_counts
        return cls(
            db=db,
            content_library=library,
            programmes=ProgrammeService(db, library),
            sessions=SessionService(db, library),
            entries=EntryService(db, library),
            packs=PackService(db, library),
            agenda=AgendaService(db, library),
            run=run,
            setup=SetupService(db, library),
            consent=ConsentService(db, library),
            sheets=SheetService(db, library),
            actions=ActionService(db, library),
            cycles=cycles,
            settings=settings,
            evidence=EvidenceService(db, library),
            exports=ExportService(db, library),
            coding=CodingService(db, library),
            search=SearchService(db, library),
            trends=TrendService(db, library),
            bundles=BundleService(db, library),
            safety=SafetyService(db, library),
        )

    def close(self) -> None:
        self.db.close()
