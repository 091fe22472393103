"""Trends: each self-assessment item's mean rating across PAR cycles, overall and by group."""

from __future__ import annotations

from collections import defaultdict

from ..domain.content import ContentLibrary
from ..domain.errors import ValidationError
from ..domain.research import MIN_GROUP_SIZE, ItemTrend, TrendPoint, TrendSeries, shown_groups
from ..storage.database import Database
from ..storage.repositories import participant_of
from ..storage.repositories_research import ResearchRepository
from .research_consent import research_allowed

ALL_LABEL = "All participants"
GROUPINGS = ("overall", "organisation", "sector")


class TrendService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def item_trends(self, programme_id: str, by: str = "overall", minimum: int = MIN_GROUP_SIZE) -> list[ItemTrend]:
        """One trend per rated item; a point shows a mean only when `minimum` or more people rated.

        By organisation or sector, a group with fewer than `minimum` people in the programme is
        not shown at all. Only people allowed for research count.
        """
        if by not in GROUPINGS:
            raise ValidationError(f"Trends can be shown overall, by organisation or by sector, not {by!r}.")
        with self.db.unit_of_work(write=False) as uow:
            repo = ResearchRepository(uow.db)
            people = {p.id: participant_of(p) for p in repo.people(programme_id)}
            allowed = research_allowed(uow, list(people))
            ratings = [row for row in repo.ratings_by_cycle(programme_id) if row.participant_id in allowed]
        cycles = sorted({row.number for row in ratings})
        if by == "overall":
            member = {pid: ALL_LABEL for pid in allowed}
            groups = [ALL_LABEL]
            hidden = 0
        else:
            member = {pid: getattr(people[pid], by) for pid in allowed}
            sizes: dict[str, int] = defaultdict(int)
            for group in member.values():
                sizes[group] += 1
            shown = shown_groups(sizes, minimum)
            hidden = len([g for g in sizes if g and g not in shown])
            groups = sorted(shown, key=str.casefold)
        values: dict[tuple[str, str, int], dict[str, int]] = defaultdict(dict)
        for row in ratings:
            values[(row.item_key, member[row.participant_id], row.number)][row.participant_id] = row.value
        assessment = self.content_library.self_assessment
        known = [(e.key, e.name) for e in assessment.elements]
        extra = sorted({row.item_key for row in ratings} - {k for k, _ in known})
        out: list[ItemTrend] = []
        for key, name in known + [(k, k) for k in extra]:
            series = []
            for group in groups:
                points = []
                for cycle in cycles:
                    given = values.get((key, group, cycle), {})
                    raters = len(given)
                    mean = sum(given.values()) / raters if raters >= minimum else None
                    points.append(TrendPoint(cycle, mean, raters))
                series.append(TrendSeries(group, tuple(points)))
            out.append(ItemTrend(key, name, tuple(series), hidden))
        return out
