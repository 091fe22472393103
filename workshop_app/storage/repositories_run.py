"""Queries and writes for running a session: attendance, captures, the session log. Never commit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from ..domain import records as r
from .rows_run import AttendanceRow, BlockRunRow, CaptureRow


def capture_of(row: CaptureRow) -> r.Capture:
    return r.Capture(
        id=row.id,
        session_id=row.session_id,
        block_id=row.block_id or None,
        kind=r.CaptureKind(row.kind),
        block_title=row.block_title,
        text=row.text,
        updated_at=row.updated_at,
    )


def block_run_of(row: BlockRunRow) -> r.BlockRun:
    return r.BlockRun(
        id=row.id,
        session_id=row.session_id,
        block_id=row.block_id,
        block_title=row.block_title,
        position=row.position,
        planned_minutes=row.planned_minutes,
        started_at=row.started_at,
        ended_at=row.ended_at,
    )


class RunRepository:
    def __init__(self, db: DbSession) -> None:
        self.db = db

    # attendance
    def attendance(self, session_id: str) -> Sequence[AttendanceRow]:
        return self.db.scalars(select(AttendanceRow).where(AttendanceRow.session_id == session_id)).all()

    def find_attendance(self, session_id: str, participant_id: str) -> AttendanceRow | None:
        stmt = select(AttendanceRow).where(
            AttendanceRow.session_id == session_id, AttendanceRow.participant_id == participant_id
        )
        return self.db.scalars(stmt.limit(1)).first()

    # captures
    def captures(self, session_id: str) -> Sequence[CaptureRow]:
        stmt = select(CaptureRow).where(CaptureRow.session_id == session_id).order_by(CaptureRow.created_at)
        return self.db.scalars(stmt).all()

    def find_capture(self, session_id: str, block_id: str, kind: str) -> CaptureRow | None:
        stmt = select(CaptureRow).where(
            CaptureRow.session_id == session_id, CaptureRow.block_id == block_id, CaptureRow.kind == kind
        )
        return self.db.scalars(stmt.limit(1)).first()

    # session log
    def block_runs(self, session_id: str) -> Sequence[BlockRunRow]:
        stmt = (
            select(BlockRunRow)
            .where(BlockRunRow.session_id == session_id)
            .order_by(BlockRunRow.started_at, BlockRunRow.position)
        )
        return self.db.scalars(stmt).all()

    def find_block_run(self, session_id: str, block_id: str) -> BlockRunRow | None:
        stmt = select(BlockRunRow).where(BlockRunRow.session_id == session_id, BlockRunRow.block_id == block_id)
        return self.db.scalars(stmt.limit(1)).first()

    def add(self, row: AttendanceRow | CaptureRow | BlockRunRow) -> None:
        self.db.add(row)
        self.db.flush()
