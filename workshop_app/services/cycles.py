"""Action research cycles: the programme's PAR model, cycles and stages, the cycle view and the practice map."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..domain import records as r
from ..domain import voice as v
from ..domain.content import ContentLibrary, SheetItemKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.privacy import SuppressedSummary, group_summary
from ..storage.database import Database, UnitOfWork
from ..storage.repositories import cycle_of, participant_of, programme_of, session_of
from ..storage.rows import ParCycleRow
from .result import Result
from .sheets import SESSION_SHEET_KEY

# Attendance is recorded elsewhere; a provider answers (present, invited) for each of the given sessions
# where attendance was taken (others are left out). Plug one in with CycleService.attendance = provider.
AttendanceProvider = Callable[[list[str]], "dict[str, tuple[int, int]]"]

CLOSED = (r.ActionStatus.DONE.value, r.ActionStatus.DROPPED.value)
GROUP_FIELDS = ("organisation", "sector")


class CycleService:
    def __init__(self, db: Database, library: ContentLibrary, attendance: AttendanceProvider | None = None) -> None:
        self.db = db
        self.content_library = library
        self.attendance = attendance
        self.threshold: Callable[[], int] | None = None  # set by the container to the settings' threshold

    # --- model, cycles, stages -----------------------------------------------------------
    def set_par_model(self, programme_id: str, model_key: str) -> Result[r.Programme]:
        if model_key not in self.content_library.par_models:
            raise ValidationError(f"Unknown PAR model {model_key!r}.")
        with self.db.unit_of_work() as uow:
            row = uow.programmes.get(programme_id)
            if row is None:
                raise NotFoundError("That programme no longer exists.")
            row.par_model_key = model_key
            programme = programme_of(row)
        return Result(programme, r.Changes(programmes=True, sessions=True, ids=frozenset({programme_id})))

    def cycles(self, programme_id: str) -> list[r.ParCycle]:
        with self.db.unit_of_work(write=False) as uow:
            return [cycle_of(row) for row in uow.cycles.for_programme(programme_id)]

    def start_next_cycle(self, programme_id: str, started_on: date | None = None) -> Result[r.ParCycle]:
        """Open the next cycle; sessions added from now on belong to it. Open actions carry into it."""
        with self.db.unit_of_work() as uow:
            if uow.programmes.get(programme_id) is None:
                raise NotFoundError("That programme no longer exists.")
            latest = uow.cycles.latest(programme_id)
            row = uow.cycles.add(
                ParCycleRow(
                    programme_id=programme_id, number=(latest.number + 1) if latest else 1, started_on=started_on
                )
            )
            cycle = cycle_of(row)
        return Result(cycle, r.Changes(sessions=True, actions=True, ids=frozenset({cycle.id})))

    def place_session(self, session_id: str, cycle_id: str | None, stage_key: str) -> Result[r.Session]:
        """Put a session in a cycle and at a stage of the programme's model ('' for none)."""
        with self.db.unit_of_work() as uow:
            row = uow.sessions.get(session_id)
            if row is None:
                raise NotFoundError("That session no longer exists.")
            programme = uow.programmes.get(row.programme_id)
            model = self.content_library.par_models.get(programme.par_model_key) if programme else None
            if stage_key and (model is None or model.stage(stage_key) is None):
                raise ValidationError(f"{stage_key!r} is not a stage of this programme's PAR model.")
            if cycle_id is not None:
                cycle_ids = {c.id for c in uow.cycles.for_programme(row.programme_id)}
                if cycle_id not in cycle_ids:
                    raise NotFoundError("That cycle is not in this session's programme.")
            row.cycle_id = cycle_id
            row.stage_key = stage_key
            uow.db.flush()
            session = session_of(row)
        return Result(session, r.Changes(sessions=True, ids=frozenset({session_id})))

    # --- the cycle view --------------------------------------------------------------------
    def summary(self, cycle_id: str, *, today: date | None = None) -> v.CycleSummary:
        today = today or date.today()
        with self.db.unit_of_work(write=False) as uow:
            cycle = uow.db.get(ParCycleRow, cycle_id)
            if cycle is None:
                raise NotFoundError("That cycle no longer exists.")
            programme = uow.programmes.get(cycle.programme_id)
            model = self.content_library.par_models.get(programme.par_model_key)
            cycles = list(uow.cycles.for_programme(programme.id))
            previous = next((c for c in cycles if c.number == cycle.number - 1), None)
            # the cycle's sessions as rows without their agendas; which stages their blocks serve, in one query
            here = uow.sessions.outlines_in_cycle(programme.id, cycle.id)
            served = uow.sessions.served_in_cycle(programme.id, cycle.id)
            excluded = uow.consents.withdrawn_ids(programme.id)

            stages = []
            for stage in model.stages if model else ():
                at = [s for s in here if s.stage_key == stage.key or (s.id, stage.key) in served]
                stages.append(
                    v.StageStatus(
                        stage.key, stage.name, tuple(s.title for s in at), any(s.held_on <= today for s in at)
                    )
                )

            actions = uow.actions.for_programme(programme.id)
            history = uow.action_reviews.for_actions([a.id for a in actions])
            here_ids = {s.id for s in here}
            opened = sum(1 for a in actions if a.cycle_id == cycle.id)
            closed = {
                a.id
                for a in actions
                for rev in history.get(a.id, [])
                if rev.session_id in here_ids and rev.status in CLOSED
            }
            still_open = sum(1 for a in actions if a.status not in CLOSED)

            this_values = self._rating_values(uow, [s.id for s in here], excluded)
            last_values = (
                self._rating_values(uow, uow.sessions.ids_in_cycle(programme.id, previous.id), excluded)
                if previous
                else None
            )
            lines = []
            for sheet in self.content_library.sheets.values():
                for item in sheet.items:
                    if item.kind != SheetItemKind.RATING:
                        continue
                    key = (sheet.key, item.key)
                    now = this_values.get(key, [])
                    before = last_values.get(key, []) if last_values is not None else None
                    if not now and not before:
                        continue
                    lines.append(
                        v.RatingLine(
                            sheet.key,
                            item.key,
                            sheet.title,
                            item.text,
                            v.Distribution.of(now, sheet.scale_min, sheet.scale_max),
                            v.Distribution.of(before, sheet.scale_min, sheet.scale_max) if before is not None else None,
                        )
                    )
            attendance = None
            if self.attendance is not None and here:
                counted = self.attendance([s.id for s in here])
                if counted:
                    attendance = tuple((s.title, *counted[s.id]) for s in here if s.id in counted)
            return v.CycleSummary(
                cycle_id=cycle.id,
                number=cycle.number,
                model_name=model.name if model else programme.par_model_key,
                stages=tuple(stages),
                actions_opened=opened,
                actions_closed=len(closed),
                actions_open=still_open,
                ratings=tuple(lines),
                attendance=attendance,
                excluded_people=len(excluded),
            )

    def _rating_values(
        self, uow: UnitOfWork, session_ids: list[str], excluded: set[str]
    ) -> dict[tuple[str, str], list[int]]:
        """Every rating given in these sessions, by (sheet, item): filled sheets and the older rating table."""
        out: dict[tuple[str, str], list[int]] = {}
        for values in self._rating_values_by_session(uow, session_ids, excluded).values():
            for key, given in values.items():
                out.setdefault(key, []).extend(given)
        return out

    def _rating_values_by_session(
        self, uow: UnitOfWork, session_ids: list[str], excluded: set[str]
    ) -> dict[str, dict[tuple[str, str], list[int]]]:
        """The same, per session: two queries however many sessions there are."""
        out: dict[str, dict[tuple[str, str], list[int]]] = {}
        for row in uow.submissions.for_sessions(session_ids):
            if row.participant_id in excluded:
                continue
            # the printed session sheet carries the self-assessment: count it as that sheet
            sheet_key = (
                self.content_library.self_assessment.key if row.sheet_key == SESSION_SHEET_KEY else row.sheet_key
            )
            values = out.setdefault(row.session_id, {})
            for answer in row.answers:
                if answer.value is not None:
                    values.setdefault((sheet_key, answer.item_key), []).append(answer.value)
        for rating in uow.ratings.values_for_sessions(session_ids):
            if rating.participant_id not in excluded:
                values = out.setdefault(rating.session_id, {})
                values.setdefault((rating.instrument_key, rating.item_key), []).append(rating.value)
        return out

    def group_ratings(self, cycle_id: str, sheet_key: str, item_key: str, by: str) -> SuppressedSummary:
        """One rating item of a cycle summarised by organisation or sector; small groups hidden."""
        if by not in GROUP_FIELDS:
            raise ValidationError(f"Ratings can be grouped by {' or '.join(GROUP_FIELDS)}, not {by!r}.")
        threshold = self.threshold() if self.threshold else 3
        with self.db.unit_of_work(write=False) as uow:
            cycle = uow.db.get(ParCycleRow, cycle_id)
            if cycle is None:
                raise NotFoundError("That cycle no longer exists.")
            sessions = uow.sessions.ids_in_cycle(cycle.programme_id, cycle_id)
            excluded = uow.consents.withdrawn_ids(cycle.programme_id)
            people = {p.id: participant_of(p) for p in uow.participants.for_programme(cycle.programme_id)}
            entries: list[tuple[str | None, int]] = []
            for row in uow.submissions.for_sessions(sessions):
                as_sheet = (
                    self.content_library.self_assessment.key if row.sheet_key == SESSION_SHEET_KEY else row.sheet_key
                )
                if as_sheet != sheet_key or row.participant_id in excluded:
                    continue
                for answer in row.answers:
                    if answer.item_key == item_key and answer.value is not None:
                        entries.append((row.participant_id, answer.value))
            for rating in uow.ratings.values_for_sessions(sessions):
                if (rating.instrument_key, rating.item_key) == (sheet_key, item_key):
                    if rating.participant_id not in excluded:
                        entries.append((rating.participant_id, rating.value))
        return group_summary(
            entries,
            group_of=lambda e: getattr(people[e[0]], by) if e[0] in people else "",
            person_of=lambda e: e[0],
            value_of=lambda e: e[1],
            threshold=threshold,
        )

    # --- the practice map ------------------------------------------------------------------
    def practice_map(self, programme_id: str) -> v.PracticeMap:
        with self.db.unit_of_work(write=False) as uow:
            if uow.programmes.get(programme_id) is None:
                raise NotFoundError("That programme no longer exists.")
            # session rows without their agendas; block minutes summed per session and practice in SQL
            sessions = uow.sessions.outlines(programme_id)
            minutes_served = uow.sessions.minutes_served(programme_id)
            excluded = uow.consents.withdrawn_ids(programme_id)
            rating_items: dict[tuple[str, str], str] = {
                (sheet.key, item.key): item.practice_key
                for sheet in self.content_library.sheets.values()
                for item in sheet.items
                if item.kind == SheetItemKind.RATING and item.practice_key
            }
            rated_in = self._rating_values_by_session(uow, [s.id for s in sessions], excluded)
            cells = []
            for s in sessions:
                values = rated_in.get(s.id, {})
                by_practice: dict[str, list[int]] = {}
                for key, practice in rating_items.items():
                    by_practice.setdefault(practice, []).extend(values.get(key, []))
                for p in self.content_library.practices:
                    minutes = minutes_served.get((s.id, p.key), 0)
                    rated = by_practice.get(p.key, [])
                    if minutes or rated:
                        cells.append(
                            v.PracticeCell(
                                s.id,
                                s.title,
                                s.held_on,
                                p.key,
                                minutes,
                                sum(rated) / len(rated) if rated else None,
                                len(rated),
                            )
                        )
        return v.PracticeMap(
            practices=tuple((p.key, p.name) for p in self.content_library.practices),
            sessions=tuple((s.id, s.title, s.held_on) for s in sessions),
            cells=tuple(cells),
        )
