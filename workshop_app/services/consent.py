"""Consent: given, revisited and withdrawn; who may have entries stored and who is left out of summaries."""

from __future__ import annotations

from datetime import date

from ..domain import records as r
from ..domain import voice as v
from ..domain.content import ContentLibrary
from ..domain.errors import ConsentRequiredError, NotFoundError, ValidationError
from ..storage.database import Database, UnitOfWork
from ..storage.repositories_voice import consent_of
from ..storage.rows_voice import ConsentRow
from .result import Result


def require_consent(uow: UnitOfWork, participant_id: str | None, name: str = "") -> None:
    """Raise a clear error unless the person consents to take part (anonymous entries need none)."""
    if participant_id is None:
        return
    row = uow.consents.get(participant_id)
    who = name or "This person"
    if row is None:
        raise ConsentRequiredError(
            f"{who} has no consent record yet, so nothing can be stored for them. "
            "Record their consent to take part first (Programme > Consent)."
        )
    if row.withdrawn_on is not None:
        raise ConsentRequiredError(
            f"{who} withdrew consent on {row.withdrawn_on:%d %B %Y}, so nothing more can be stored for them."
        )
    if not row.taking_part:
        raise ConsentRequiredError(f"{who} has not agreed to take part, so nothing can be stored for them.")


class ConsentService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def consent(self, participant_id: str) -> v.Consent | None:
        with self.db.unit_of_work(write=False) as uow:
            row = uow.consents.get(participant_id)
            return consent_of(row) if row else None

    def consents(self, programme_id: str) -> dict[str, v.Consent]:
        with self.db.unit_of_work(write=False) as uow:
            return {row.participant_id: consent_of(row) for row in uow.consents.for_programme(programme_id)}

    def consenting_ids(self, programme_id: str) -> set[str]:
        """People for whom entries may be stored now."""
        with self.db.unit_of_work(write=False) as uow:
            return uow.consents.consenting_ids(programme_id)

    def excluded_ids(self, programme_id: str) -> set[str]:
        """People who withdrew: their data is left out of every summary and export from then on."""
        with self.db.unit_of_work(write=False) as uow:
            return uow.consents.withdrawn_ids(programme_id)

    def record(
        self,
        participant_id: str,
        *,
        taking_part: bool,
        research_use: bool = False,
        quoting: bool = False,
        on: date | None = None,
    ) -> Result[v.Consent]:
        """Record consent as given now, or as revisited (and perhaps changed) if it already exists."""
        on = on or date.today()
        if (research_use or quoting) and not taking_part:
            raise ValidationError("Research use and quoting need consent to take part as well.")
        if quoting and not research_use:
            raise ValidationError("Quoting someone's words needs consent to research use as well.")
        with self.db.unit_of_work() as uow:
            person = uow.participants.get(participant_id)
            if person is None:
                raise NotFoundError("That participant no longer exists.")
            row = uow.consents.get(participant_id)
            if row is not None and row.withdrawn_on is not None:
                raise ValidationError(
                    f"{person.name} withdrew consent on {row.withdrawn_on:%d %B %Y}; "
                    "a withdrawal cannot be undone here. Add them again as a new participant if they wish to rejoin."
                )
            if row is None:
                row = uow.consents.add(
                    ConsentRow(
                        participant_id=participant_id,
                        taking_part=taking_part,
                        research_use=research_use,
                        quoting=quoting,
                        given_on=on,
                    )
                )
                kind = v.ConsentEventKind.GIVEN
            else:
                if row.given_on and on < row.given_on:
                    raise ValidationError("A revisit cannot be dated before consent was first given.")
                row.taking_part, row.research_use, row.quoting = taking_part, research_use, quoting
                row.last_revisited_on = on
                kind = v.ConsentEventKind.REVISITED
            uow.consents.add_event(row, kind, on)
            consent = consent_of(row)
        return Result(consent, r.Changes(consent=True, participants=True, ids=frozenset({participant_id})))

    def withdraw(self, participant_id: str, *, on: date | None = None) -> Result[v.Consent]:
        """Withdraw consent: nothing more is stored, and their data is marked for erasure and left out."""
        on = on or date.today()
        with self.db.unit_of_work() as uow:
            person = uow.participants.get(participant_id)
            if person is None:
                raise NotFoundError("That participant no longer exists.")
            row = uow.consents.get(participant_id)
            if row is None:
                row = uow.consents.add(ConsentRow(participant_id=participant_id, taking_part=False, given_on=None))
            if row.withdrawn_on is not None:
                raise ValidationError(f"{person.name} has already withdrawn.")
            row.withdrawn_on = on
            row.erasure_requested = True
            uow.consents.add_event(row, v.ConsentEventKind.WITHDRAWN, on)
            consent = consent_of(row)
        changes = r.Changes(
            consent=True,
            participants=True,
            reflections=True,
            ratings=True,
            submissions=True,
            ids=frozenset({participant_id}),
        )
        return Result(consent, changes)
