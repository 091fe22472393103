"""All services over one open database and the loaded content.

Each service is built, and its module imported, the first time something asks for it: the first
screen needs a handful, and importing the rest (bundles, exports, packs and the schema they bring
with them) would only lengthen the start.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ..domain.content import ContentLibrary
from ..storage.database import Database

if TYPE_CHECKING:
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


class Services:
    def __init__(self, db: Database, content_library: ContentLibrary) -> None:
        self.db = db
        self.content_library = content_library
        self.recovery_key: str | None = None  # shown once, when an encrypted database is created

    @classmethod
    def create(cls, db: Database, library: ContentLibrary) -> Services:
        return cls(db, library)

    def __repr__(self) -> str:
        return f"Services({self.db.path})"

    @cached_property
    def programmes(self) -> ProgrammeService:
        from .programmes import ProgrammeService

        return ProgrammeService(self.db, self.content_library)

    @cached_property
    def sessions(self) -> SessionService:
        from .sessions import SessionService

        return SessionService(self.db, self.content_library)

    @cached_property
    def entries(self) -> EntryService:
        from .entries import EntryService

        return EntryService(self.db, self.content_library)

    @cached_property
    def packs(self) -> PackService:
        from .packs import PackService

        return PackService(self.db, self.content_library)

    @cached_property
    def agenda(self) -> AgendaService:
        from .agenda import AgendaService

        return AgendaService(self.db, self.content_library)

    @cached_property
    def run(self) -> RunService:
        from .run import RunService

        return RunService(self.db, self.content_library)

    @cached_property
    def setup(self) -> SetupService:
        from .setup import SetupService

        return SetupService(self.db, self.content_library)

    @cached_property
    def consent(self) -> ConsentService:
        from .consent import ConsentService

        return ConsentService(self.db, self.content_library)

    @cached_property
    def sheets(self) -> SheetService:
        from .sheets import SheetService

        return SheetService(self.db, self.content_library)

    @cached_property
    def actions(self) -> ActionService:
        from .actions import ActionService

        return ActionService(self.db, self.content_library)

    @cached_property
    def cycles(self) -> CycleService:
        from .cycles import CycleService

        service = CycleService(self.db, self.content_library)
        service.threshold = self.settings.small_group_threshold
        service.attendance = self.run.head_counts
        return service

    @cached_property
    def settings(self) -> SettingsService:
        from .settings import SettingsService

        return SettingsService(self.db, self.content_library)

    @cached_property
    def evidence(self) -> EvidenceService:
        from .evidence import EvidenceService

        return EvidenceService(self.db, self.content_library)

    @cached_property
    def exports(self) -> ExportService:
        from .exports import ExportService

        return ExportService(self.db, self.content_library)

    @cached_property
    def coding(self) -> CodingService:
        from .coding import CodingService

        return CodingService(self.db, self.content_library)

    @cached_property
    def search(self) -> SearchService:
        from .search import SearchService

        return SearchService(self.db, self.content_library)

    @cached_property
    def trends(self) -> TrendService:
        from .trends import TrendService

        return TrendService(self.db, self.content_library)

    @cached_property
    def bundles(self) -> BundleService:
        from .bundles import BundleService

        return BundleService(self.db, self.content_library)

    @cached_property
    def safety(self) -> SafetyService:
        from .safety import SafetyService

        return SafetyService(self.db, self.content_library)

    def close(self) -> None:
        self.db.close()
