"""The audit trail: every create, edit and delete is recorded (ids only) in a hash chain.

Changes are collected from each flush of a unit of work and written as audit events just
before it commits, in the same transaction: an action and its audit event land together or
not at all. Other events (backup, restore, erasure, export, migration) are appended by the
services. Events name records by id and never hold what anyone wrote.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session as DbSession

from .. import __version__
from .rows import utcnow
from .rows_safety import AuditRow, DraftRow

_PENDING = "workshop_audit_pending"
_SKIP = (AuditRow, DraftRow)


def event_hash(prev_hash: str, at: datetime, actor: str, action: str, record_ids: str, app_version: str) -> str:
    text = "|".join([prev_hash, at.isoformat(timespec="microseconds"), actor, action, record_ids, app_version])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def append(db: DbSession, action: str, record_ids: Iterable[str] = (), *, actor: str = "facilitator") -> AuditRow:
    """Append one event to the chain (inside the caller's transaction)."""
    db.flush()
    last = db.execute(select(AuditRow.hash).order_by(AuditRow.seq.desc()).limit(1)).scalar()
    prev = last or ""
    at = utcnow()
    ids = json.dumps(sorted(set(record_ids)))
    row = AuditRow(
        at=at,
        actor=actor,
        action=action,
        record_ids=ids,
        app_version=__version__,
        prev_hash=prev,
        hash=event_hash(prev, at, actor, action, ids, __version__),
    )
    db.add(row)
    db.flush()
    return row


def _collect(session: DbSession, _ctx: Any) -> None:
    pending: dict[tuple[str, str], set[str]] = session.info.setdefault(_PENDING, {})
    for verb, objs in (("create", session.new), ("edit", session.dirty), ("delete", session.deleted)):
        for obj in objs:
            if isinstance(obj, _SKIP) or not hasattr(obj, "__tablename__"):
                continue
            if verb == "edit" and not session.is_modified(obj, include_collections=False):
                continue
            ident = getattr(obj, "id", None)
            pending.setdefault((verb, obj.__tablename__), set()).add(str(ident))


def _write(session: DbSession) -> None:
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    for (verb, table), ids in sorted(pending.items()):
        append(session, f"{verb} {table}", ids)
    session.info.pop(_PENDING, None)


def _discard(session: DbSession) -> None:
    session.info.pop(_PENDING, None)


def install(session_factory: Any) -> None:
    """Record the changes of every unit of work made by this session factory."""
    event.listen(session_factory, "after_flush", _collect)
    event.listen(session_factory, "before_commit", _write)
    event.listen(session_factory, "after_rollback", _discard)


def verify(rows: Sequence[AuditRow]) -> list[int]:
    """Sequence numbers of events whose hash does not follow from the chain (empty when intact)."""
    bad = []
    prev = ""
    for row in rows:
        expected = event_hash(prev, row.at, row.actor, row.action, row.record_ids, row.app_version)
        if row.prev_hash != prev or row.hash != expected:
            bad.append(row.seq)
        prev = row.hash
    return bad
