"""Session packs: gather a session's data into a PackData value and print it to a PDF file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .. import __version__
from ..domain.content import ContentLibrary
from ..domain.pack import PackBlock, PackData, PackParticipant
from ..domain.rules import session_code
from ..storage.atomic import write_atomically
from ..storage.database import Database
from .programmes import ProgrammeService
from .sessions import SessionService

Progress = Callable[[int, int], bool | None]


class PackService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.library = library
        self._sessions = SessionService(db, library)
        self._programmes = ProgrammeService(db, library)

    def pack_data(self, session_id: str, language: str = "en") -> PackData:
        session = self._sessions.session(session_id)
        programme = self._programmes.programme(session.programme_id)
        people = self._programmes.participants(programme.id)
        agenda = self._sessions.agenda(session)
        used_sources = {p.source_key for p in self.library.practices}
        used_sources.add(self.library.self_assessment.source_key)
        model = self.library.par_models.get(programme.par_model_key)
        if model:
            used_sources.add(model.source_key)
        template = self.library.templates.get(session.template_key)
        if template:
            used_sources.update(template.source_keys)
        sources = tuple(
            sorted(
                (self.library.sources[k] for k in used_sources if k in self.library.sources),
                key=lambda s: (s.authors[0] if s.authors else "", s.year),
            )
        )
        return PackData(
            language=language,
            programme_name=programme.name,
            partnership=programme.partnership,
            session_title=session.title,
            session_date=session.held_on,
            starts_at=session.starts_at,
            planned_end=agenda.planned_end,
            planned_minutes=agenda.planned_minutes,
            place=session.place,
            blocks=tuple(
                PackBlock(
                    starts=line.timing.starts,
                    ends=line.timing.ends,
                    minutes=line.block.minutes,
                    title=line.block.title,
                    purpose=line.block.purpose,
                    facilitator_notes=line.block.facilitator_notes,
                    prompts=line.block.prompts,
                    serves_label=line.serves_label,
                    kind=str(line.block.kind),
                )
                for line in agenda.lines
            ),
            participants=tuple(PackParticipant(p.name, p.code, p.organisation, p.role) for p in people),
            sheet_prompts=tuple(self._sessions.prompts(session)),
            practices=self.library.practices,
            self_assessment=self.library.self_assessment,
            sources=sources,
            session_code=session_code(session.id),
            app_version=__version__,
        )

    @staticmethod
    def write_pack(data: PackData, out: str | os.PathLike[str], progress: Progress | None = None) -> Path:
        """Print pack data to `out`, atomically. Pure of the database, so it may run off the GUI thread."""
        from ..packs.session_pack import build_session_pack  # reportlab loads only when printing

        target = Path(out)
        write_atomically(target, lambda fh: build_session_pack(data, fh, progress=progress))
        return target

    def build_pack(self, session_id: str, out: str | os.PathLike[str], progress: Progress | None = None) -> Path:
        """Print a session's pack to `out` (written atomically). Returns the path."""
        return self.write_pack(self.pack_data(session_id), out, progress)
