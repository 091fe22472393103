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
    wanted = list(set(participant_ids))
    allowed: set[str] = set()
    for start in range(0, len(wanted), 500):  # one query per 500 people, not one per person
        allowed.update(uow.consents.research_allowed_ids(wanted[start : start + 500]))
    return allowed
