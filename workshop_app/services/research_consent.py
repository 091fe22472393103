"""The one rule for who may appear in research exports and summaries."""

from __future__ import annotations

from collections.abc import Iterable

from ..storage.database import UnitOfWork


def research_allowed(uow: UnitOfWork, participant_ids: Iterable[str]) -> set[str]:
    """The participants whose data may be used for research.

    A person is allowed only with a consent record that says yes to taking part and to research
    use, and that has not been withdrawn. No record means no: consent is never assumed. Every
    export, and every summary built for research, asks this function and nothing else.
    """
    wanted = set(participant_ids)
    allowed = set()
    for person_id in wanted:
        row = uow.consents.get(person_id)
        if row is not None and row.taking_part and row.research_use and row.withdrawn_on is None:
            allowed.add(person_id)
    return allowed
