"""The one rule for who may appear in research exports and summaries."""

from __future__ import annotations

from collections.abc import Iterable

from ..storage.database import UnitOfWork


def research_allowed(uow: UnitOfWork, participant_ids: Iterable[str]) -> set[str]:
    """The participants whose data may be used for research: consented to research use and not withdrawn.

    Every export, and every summary built for research, asks this function and nothing else.
    There is no consent record in the database yet, so today it allows everyone it is given;
    when consent is recorded this is the one place that changes.
    """
    return set(participant_ids)
