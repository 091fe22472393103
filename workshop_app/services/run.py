"""Running a session: who is present, what the room said (saved as typed), and the session log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import MAX_TEXT, clock_times
from ..storage.database import Database, UnitOfWork
from ..storage.repositories import participant_of
from ..storage.repositories_run import RunRepository, block_run_of, capture_of
from ..storage.rows import BlockRow, SessionRow
from ..storage.rows_run import AttendanceRow, BlockRunRow, CaptureRow
from .result import Result


@dataclass(frozen=True)
class LogLine:
    """One block of the session log: the plan beside what really happened."""

    title: str
    planned_start: datetime
    planned_minutes: int
    actual: r.BlockRun | None

    @property
    def difference_minutes(self) -> float | None:
        """Actual minus planned length, once the block has ended."""
        if self.actual is None or self.actual.actual_minutes is None:
            return None
        return self.actual.actual_minutes - self.planned_minutes


class RunService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    @staticmethod
    def _session(uow: UnitOfWork, session_id: str) -> SessionRow:
        return uow.sessions.require(session_id)

    # --- attendance ---------------------------------------------------------------------
    def attendance(self, session_id: str) -> list[r.Attendance]:
        """Every participant of the session's programme, with whether they are ticked present."""
        with self.db.unit_of_work(write=False) as uow:
            session = self._session(uow, session_id)
            present = {a.participant_id: a.present for a in RunRepository(uow.db).attendance(session_id)}
            people = uow.participants.for_programme(session.programme_id)
            return [r.Attendance(participant_of(p), present.get(p.id, False)) for p in people]

    def head_count(self, session_id: str) -> tuple[int, int] | None:
        """(present, invited) for a session, or None when nobody was ticked (attendance not taken)."""
        return self.head_counts([session_id]).get(session_id)

    def head_counts(self, session_ids: list[str]) -> dict[str, tuple[int, int]]:
        """(present, invited) for each of these sessions where someone was ticked present.

        Two grouped counts, no rows: the cycle view asks this for every session of a cycle at once.
        """
        from sqlalchemy import func, select

        from ..storage.rows import ParticipantRow

        if not session_ids:
            return {}
        with self.db.unit_of_work(write=False) as uow:
            present: dict[str, int] = {
                sid: n
                for sid, n in uow.db.execute(
                    select(AttendanceRow.session_id, func.count())
                    .where(AttendanceRow.session_id.in_(session_ids), AttendanceRow.present.is_(True))
                    .group_by(AttendanceRow.session_id)
                )
            }
            if not present:
                return {}
            invited: dict[str, int] = {
                sid: n
                for sid, n in uow.db.execute(
                    select(SessionRow.id, func.count(ParticipantRow.id))
                    .join(ParticipantRow, ParticipantRow.programme_id == SessionRow.programme_id)
                    .where(SessionRow.id.in_(list(present)))
                    .group_by(SessionRow.id)
                )
            }
        return {sid: (int(count), int(invited.get(sid, 0))) for sid, count in present.items()}

    def set_present(self, session_id: str, participant_id: str, present: bool) -> Result[r.Attendance]:
        with self.db.unit_of_work() as uow:
            session = self._session(uow, session_id)
            person = uow.participants.get(participant_id)
            if person is None or person.programme_id != session.programme_id:
                raise NotFoundError("That participant is not in this session's programme.")
            repo = RunRepository(uow.db)
            row = repo.find_attendance(session_id, participant_id)
            if row is None:
                repo.add(AttendanceRow(session_id=session_id, participant_id=participant_id, present=bool(present)))
            else:
                row.present = bool(present)
            value = r.Attendance(participant_of(person), bool(present))
        return Result(value, r.Changes(attendance=True, ids=frozenset({session_id})))

    # --- captures -----------------------------------------------------------------------
    def captures(self, session_id: str) -> list[r.Capture]:
        with self.db.unit_of_work(write=False) as uow:
            return [capture_of(row) for row in RunRepository(uow.db).captures(session_id)]

    def capture_text(self, session_id: str, block_id: str | None, kind: r.CaptureKind) -> str:
        block_key = "" if kind == r.CaptureKind.PARKING_LOT else (block_id or "")
        with self.db.unit_of_work(write=False) as uow:
            row = RunRepository(uow.db).find_capture(session_id, block_key, str(kind))
            return row.text if row else ""

    def save_capture(self, session_id: str, block_id: str | None, kind: r.CaptureKind, text: str) -> Result[r.Capture]:
        """Store a block's group notes or decisions, or the session's parking lot (block_id ignored)."""
        kind = r.CaptureKind(kind)
        if len(text) > MAX_TEXT:
            raise ValidationError(f"A note can hold at most {MAX_TEXT:,} characters.")
        block_key = "" if kind == r.CaptureKind.PARKING_LOT else (block_id or "")
        if kind != r.CaptureKind.PARKING_LOT and not block_key:
            raise ValidationError("Group notes and decisions belong to a block; choose one.")
        with self.db.unit_of_work() as uow:
            self._session(uow, session_id)
            title = ""
            if block_key:
                block = uow.db.get(BlockRow, block_key)
                if block is None or block.session_id != session_id:
                    raise NotFoundError("That block is no longer in the agenda.")
                title = block.title
            repo = RunRepository(uow.db)
            row = repo.find_capture(session_id, block_key, str(kind))
            if row is None:
                row = CaptureRow(
                    session_id=session_id, block_id=block_key, kind=str(kind), block_title=title, text=text
                )
                repo.add(row)
            else:
                row.text = text
                if title:
                    row.block_title = title
                uow.db.flush()
            capture = capture_of(row)
        return Result(capture, r.Changes(captures=True, ids=frozenset({capture.id})))

    # --- the session log ----------------------------------------------------------------
    def record_block_run(
        self, session_id: str, block_id: str, started_at: datetime, ended_at: datetime | None
    ) -> Result[r.BlockRun]:
        """Note when a block really started and (if it has) ended; the first start is kept."""
        if ended_at is not None and ended_at < started_at:
            raise ValidationError("A block cannot end before it starts.")
        with self.db.unit_of_work() as uow:
            self._session(uow, session_id)
            block = uow.db.get(BlockRow, block_id)
            if block is None or block.session_id != session_id:
                raise NotFoundError("That block is no longer in the agenda.")
            repo = RunRepository(uow.db)
            row = repo.find_block_run(session_id, block_id)
            if row is None:
                row = BlockRunRow(
                    session_id=session_id,
                    block_id=block_id,
                    block_title=block.title,
                    position=block.position,
                    planned_minutes=block.minutes,
                    started_at=started_at,
                    ended_at=ended_at,
                )
                repo.add(row)
            else:
                row.started_at = min(row.started_at, started_at)
                row.ended_at = ended_at
                row.block_title = block.title
                uow.db.flush()
            value = block_run_of(row)
        return Result(value, r.Changes(run_log=True, ids=frozenset({session_id})))

    def block_runs(self, session_id: str) -> list[r.BlockRun]:
        with self.db.unit_of_work(write=False) as uow:
            return [block_run_of(row) for row in RunRepository(uow.db).block_runs(session_id)]

    def session_log(self, session_id: str) -> list[LogLine]:
        """The agenda's blocks in order with their planned clock times and what really happened."""
        with self.db.unit_of_work(write=False) as uow:
            session = self._session(uow, session_id)
            blocks = [(b.id, b.title, b.minutes) for b in session.blocks]
            runs = {row.block_id: block_run_of(row) for row in RunRepository(uow.db).block_runs(session_id)}
            held_on, starts_at = session.held_on, session.starts_at
        timings = clock_times(starts_at, [minutes for _, _, minutes in blocks])
        lines = [
            LogLine(title, datetime.combine(held_on, t.starts), minutes, runs.pop(block_id, None))
            for (block_id, title, minutes), t in zip(blocks, timings, strict=True)
        ]
        # blocks run and later deleted from the agenda stay in the log
        for run in sorted(runs.values(), key=lambda x: x.started_at):
            lines.append(LogLine(run.block_title, run.started_at, run.planned_minutes, run))
        return lines
