"""Privacy rules with no storage behind them: small-group hiding and consent states."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

DEFAULT_SMALL_GROUP_THRESHOLD = 3
SUPPRESSED_LABEL = "Groups too small to show"

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


@dataclass(frozen=True)
class GroupSummary:
    """Values of one group (an organisation, a sector) that is big enough to show."""

    group: str
    people: int
    values: tuple[int, ...]


@dataclass(frozen=True)
class SuppressedSummary:
    """What a summary grouped by organisation or sector may show: big groups, and how much was hidden."""

    shown: tuple[GroupSummary, ...]
    hidden_groups: int  # how many groups were too small to show
    threshold: int


def shown_to_group(responses: int, threshold: int = DEFAULT_SMALL_GROUP_THRESHOLD) -> bool:
    """Whether a result may be shown: hidden when so few answered that one of them could be picked out."""
    return responses >= threshold


def small_groups(people_per_group: Mapping[K, int], threshold: int) -> set[K]:
    """The groups with fewer than `threshold` distinct people (a threshold below 2 hides nothing)."""
    if threshold < 2:
        return set()
    return {group for group, n in people_per_group.items() if n < threshold}


def group_summary(
    entries: Iterable[T],
    group_of: Callable[[T], str],
    person_of: Callable[[T], str | None],
    value_of: Callable[[T], int],
    threshold: int = DEFAULT_SMALL_GROUP_THRESHOLD,
) -> SuppressedSummary:
    """Summarise entries by group, hiding any group with fewer than `threshold` distinct people.

    Anonymous entries (no person) count as one person each, so they can never make a small group
    look big. Hidden groups are not merged into an 'other' row either: a merged row of two small
    groups could still single someone out, so only their number is reported.
    """
    people: dict[str, set[object]] = {}
    values: dict[str, list[int]] = {}
    for n, entry in enumerate(entries):
        group = group_of(entry) or "Not given"
        person = person_of(entry)
        people.setdefault(group, set()).add(person if person is not None else ("anonymous", n))
        values.setdefault(group, []).append(value_of(entry))
    counts = {g: len(p) for g, p in people.items()}
    hidden = small_groups(counts, threshold)
    shown = tuple(
        GroupSummary(g, counts[g], tuple(sorted(values[g])))
        for g in sorted(counts, key=str.casefold)
        if g not in hidden
    )
    return SuppressedSummary(shown, len(hidden), threshold)
