"""The guided first-run setup: a programme, its people and its first session, saved in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from ..domain import records as r
from ..domain.content import DEFAULT_PAR_MODEL, ContentLibrary
from ..domain.errors import ValidationError
from ..storage.database import Database
from ..storage.repositories import programme_of
from .participant_import import ParticipantDraft
from .programmes import ProgrammeService
from .result import Result
from .sessions import SessionService


@dataclass(frozen=True)
class FirstSession:
    template_key: str
    held_on: date
    starts_at: time
    place: str = ""


@dataclass(frozen=True)
class ProgrammeSetup:
    """Everything the guided setup asks for."""

    name: str
    partnership: str = ""
    starts_on: date | None = None
    ends_on: date | None = None
    par_model_key: str = DEFAULT_PAR_MODEL
    lens_keys: tuple[str, ...] = ()
    participants: Sequence[ParticipantDraft] = ()
    first_session: FirstSession | None = None


class SetupService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library
        self._programmes = ProgrammeService(db, library)
        self._sessions = SessionService(db, library)

    def set_up_programme(self, setup: ProgrammeSetup) -> Result[r.Programme]:
        """Create the programme, add everyone, add the first session: all saved, or nothing is."""
        known = {lens.key for lens in self.content_library.lenses()}
        unknown = [key for key in setup.lens_keys if key not in known]
        if unknown:
            raise ValidationError(f"Unknown lens {unknown[0]!r}.")
        with self.db.unit_of_work() as uow:
            row = self._programmes.add_programme_rows(
                uow, setup.name, setup.partnership, setup.starts_on, setup.ends_on, setup.par_model_key
            )
            ids = {row.id}
            for number, person in enumerate(setup.participants, start=1):
                try:
                    added = self._programmes.add_participant_row(
                        uow, row.id, person.name, person.organisation, person.sector, person.role
                    )
                except ValidationError as exc:
                    raise ValidationError(f"Participant {number} ({person.name[:40]}): {exc.message}") from None
                ids.add(added.id)
            if setup.first_session is not None:
                s = setup.first_session
                session = self._sessions.add_session_rows(
                    uow, row.id, s.template_key, s.held_on, s.starts_at, place=s.place
                )
                ids.add(session.id)
            programme = programme_of(row)
        changes = r.Changes(
            programmes=True,
            participants=bool(setup.participants),
            sessions=setup.first_session is not None,
            blocks=setup.first_session is not None,
            ids=frozenset(ids),
        )
        return Result(programme, changes)
