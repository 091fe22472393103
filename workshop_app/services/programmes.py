"""Programmes and their participants."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..domain import records as r
from ..domain.content import DEFAULT_PAR_MODEL, ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import clean_text, participant_code
from ..storage.database import Database
from ..storage.repositories import participant_of, programme_of
from ..storage.rows import ParCycleRow, ParticipantRow, ProgrammeRow
from .result import Result

SECTORS = (
    "Health",
    "Social care",
    "Housing",
    "Voluntary sector",
    "Local authority",
    "Police and justice",
    "Education and children's services",
    "Other",
)


class ProgrammeService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def programmes(self) -> list[r.Programme]:
        with self.db.unit_of_work(write=False) as uow:
            return [programme_of(row) for row in uow.programmes.all()]

    def programme(self, programme_id: str) -> r.Programme:
        with self.db.unit_of_work(write=False) as uow:
            row = uow.programmes.get(programme_id)
            if row is None:
                raise NotFoundError("That programme no longer exists.")
            return programme_of(row)

    def create_programme(
        self,
        name: str,
        partnership: str = "",
        starts_on: date | None = None,
        ends_on: date | None = None,
        par_model_key: str = DEFAULT_PAR_MODEL,
    ) -> Result[r.Programme]:
        """A new programme, with its first PAR cycle open."""
        with self.db.unit_of_work() as uow:
            programme = programme_of(self.add_programme_rows(uow, name, partnership, starts_on, ends_on, par_model_key))
        return Result(programme, r.Changes(programmes=True, ids=frozenset({programme.id})))

    def add_programme_rows(
        self,
        uow: Any,
        name: str,
        partnership: str = "",
        starts_on: date | None = None,
        ends_on: date | None = None,
        par_model_key: str = DEFAULT_PAR_MODEL,
    ) -> ProgrammeRow:
        """Check and add a programme and its first cycle inside an open unit of work (no commit)."""
        name = clean_text(name, "Programme name", required=True)
        partnership = clean_text(partnership, "Partnership")
        if starts_on and ends_on and ends_on < starts_on:
            raise ValidationError("The programme cannot end before it starts.")
        if par_model_key not in self.content_library.par_models:
            raise ValidationError(f"Unknown PAR model {par_model_key!r}.")
        row = uow.programmes.add(
            ProgrammeRow(
                name=name,
                partnership=partnership,
                starts_on=starts_on,
                ends_on=ends_on,
                par_model_key=par_model_key,
            )
        )
        uow.cycles.add(ParCycleRow(programme_id=row.id, number=1, started_on=starts_on))
        return row

    def participants(self, programme_id: str) -> list[r.Participant]:
        with self.db.unit_of_work(write=False) as uow:
            return [participant_of(row) for row in uow.participants.for_programme(programme_id)]

    def add_participant(
        self,
        programme_id: str,
        name: str,
        organisation: str = "",
        sector: str = "",
        role: str = "",
    ) -> Result[r.Participant]:
        """Add a person to a programme; they get a short code unique in the programme."""
        with self.db.unit_of_work() as uow:
            participant = participant_of(self.add_participant_row(uow, programme_id, name, organisation, sector, role))
        return Result(participant, r.Changes(participants=True, ids=frozenset({participant.id})))

    @staticmethod
    def add_participant_row(
        uow: Any, programme_id: str, name: str, organisation: str = "", sector: str = "", role: str = ""
    ) -> ParticipantRow:
        """Check and add one participant inside an open unit of work (no commit)."""
        name = clean_text(name, "Name", required=True)
        organisation = clean_text(organisation, "Organisation")
        sector = clean_text(sector, "Sector")
        role = clean_text(role, "Role")
        if uow.programmes.get(programme_id) is None:
            raise NotFoundError("That programme no longer exists.")
        code = participant_code(name, uow.participants.codes(programme_id))
        return uow.participants.add(
            ParticipantRow(
                programme_id=programme_id,
                code=code,
                name=name,
                organisation=organisation,
                sector=sector,
                role=role,
            )
        )
