"""Keeping the record safe: backups and restore, checking, erasure of a person, the audit trail."""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select, text, update

from ..domain import records as r
from ..domain.content import ContentLibrary
from ..domain.errors import NotFoundError, StorageError
from ..storage import audit
from ..storage.atomic import write_atomically
from ..storage.backup import (
    BACKUP_LOCK,
    INTERVAL_MINUTES,
    BackupInfo,
    backup_dir,
    changed_since_last_backup,
    check_file,
    clean_stray_files,
    list_backups,
    thin_backups,
)
from ..storage.database import Database
from ..storage.engine import dbapi_module
from ..storage.keyfile import key_pragma
from ..storage.rows import ActionRow, ParticipantRow
from ..storage.rows_safety import AuditRow
from .result import Result

log = logging.getLogger(__name__)

EVERYTHING = r.Changes(
    programmes=True, participants=True, sessions=True, blocks=True, reflections=True, ratings=True, actions=True
)


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: datetime
    actor: str
    action: str
    record_ids: str
    app_version: str
    hash: str


@dataclass(frozen=True)
class CheckReport:
    problems: tuple[str, ...]
    audit_breaks: tuple[int, ...]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.audit_breaks


@dataclass(frozen=True)
class ErasureReport:
    """What erasing a person did, and which older backups still hold them until they expire."""

    participant_id: str
    backup_before: BackupInfo | None
    backups_holding: tuple[BackupInfo, ...] = field(default_factory=tuple)


class SafetyService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def record_export(self, what: str, level: str, programme_id: str | None = None) -> None:
        """Note an export in the audit trail: what kind, at which level, of which programme (no content)."""
        if self.db.read_only:
            return
        with self.db.unit_of_work() as uow:
            audit.append(uow.db, f"export {what} ({level})", [programme_id] if programme_id else [])

    # --- backups -------------------------------------------------------------------------
    def backup_folder(self) -> Path:
        return backup_dir(self.db.path)

    def backups(self) -> list[BackupInfo]:
        """Published backups of this database, newest first."""
        return list_backups(backup_dir(self.db.path))

    def backup_now(self, reason: str = "manual", *, now: datetime | None = None, in_child: bool = False) -> BackupInfo:
        """A verified backup, recorded in the audit trail; older backups are thinned.

        `in_child`: the copy, check and thinning run in a separate low-priority process (the
        automatic backups of the running app), so the window never waits for them.
        """
        if not self.db.read_only:
            with self.db.unit_of_work() as uow:  # recorded first, so the backup holds its own event
                audit.append(uow.db, f"backup ({reason})")
        info = self.db.backup(now=now, in_child=in_child)
        if not in_child:  # the child thins once its backup is published
            thin_backups(backup_dir(self.db.path), now)
        log.info("backup made (%s)", reason)
        return info

    def backup_if_due(self, *, now: datetime | None = None, in_child: bool = False) -> BackupInfo | None:
        """Back up when the database changed since the newest backup (at start and on a timer)."""
        if self.db.read_only or not changed_since_last_backup(self.db.path):
            return None
        backups = self.backups()
        moment = now or datetime.now()
        if backups and (moment - backups[0].taken_at).total_seconds() < INTERVAL_MINUTES * 60 - 5:
            return None
        return self.backup_now("automatic", now=now, in_child=in_child)

    def clean_stray_files(self) -> int:
        return len(clean_stray_files(self.db.path))

    def restore(self, backup: Path) -> Result[BackupInfo]:
        """Put a backup in place of the database; the current state is backed up first."""
        backup = Path(backup)
        if not backup.exists():
            raise NotFoundError("That backup no longer exists.")
        with BACKUP_LOCK:  # no backup elsewhere copies the file while it is replaced
            before = self.backup_now("before restore")
            self.db.restore_from(backup)
        with self.db.unit_of_work() as uow:
            audit.append(uow.db, "restore", [backup.name, before.path.name])
        log.info("database restored from a backup")
        return Result(before, EVERYTHING)

    # --- checking ------------------------------------------------------------------------
    def check(self) -> CheckReport:
        """Integrity, links between records, and the audit chain (read-only; safe to repeat)."""
        problems = check_file(self.db.path, self.db.key)
        with self.db.unit_of_work(write=False) as uow:
            rows = uow.db.execute(select(AuditRow).order_by(AuditRow.seq)).scalars().all()
            breaks = audit.verify(rows)
        return CheckReport(tuple(problems), tuple(breaks))

    # --- audit ---------------------------------------------------------------------------
    def audit_events(self) -> list[AuditEvent]:
        with self.db.unit_of_work(write=False) as uow:
            rows = uow.db.execute(select(AuditRow).order_by(AuditRow.seq)).scalars().all()
            return [AuditEvent(x.seq, x.at, x.actor, x.action, x.record_ids, x.app_version, x.hash) for x in rows]

    def export_audit(self, out: Path) -> int:
        """Write the audit trail as CSV (atomically); returns the number of events."""
        events = self.audit_events()
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["seq", "utc_time", "actor", "action", "record_ids", "app_version", "hash"])
        for e in events:
            writer.writerow([e.seq, e.at.isoformat(), e.actor, e.action, e.record_ids, e.app_version, e.hash])
        data = buf.getvalue().encode("utf-8")
        write_atomically(Path(out), lambda fh: fh.write(data))
        with self.db.unit_of_work() as uow:
            audit.append(uow.db, "export audit trail")
        return len(events)

    # --- erasure -------------------------------------------------------------------------
    def erase_participant(self, participant_id: str) -> Result[ErasureReport]:
        """Remove every trace of a person from the live database (right to erasure).

        A verified backup is taken first (it, like older backups, still holds the person until it
        expires: the report lists them). Their rows go (reflections, ratings and drafts follow by
        cascade) with secure delete on, so freed pages are zeroed; full-text indexes delete
        securely; the write-ahead log is folded in and truncated. The audit trail keeps a
        content-free erasure event.
        """
        with BACKUP_LOCK:  # no backup elsewhere starts before the person is gone and ends after the list
            return self._erase(participant_id)

    def _erase(self, participant_id: str) -> Result[ErasureReport]:
        with self.db.unit_of_work(write=False) as uow:
            if uow.participants.get(participant_id) is None:
                raise NotFoundError("That participant no longer exists.")
        before = self.backup_now("before erasure")
        with self.db.unit_of_work() as uow:
            person = uow.participants.get(participant_id)
            if person is None:
                raise NotFoundError("That participant no longer exists.")
            name, programme_id = person.name, person.programme_id
            conn = uow.db.connection()
            for (table,) in conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%USING fts5%'")
            ):
                conn.execute(text(f'INSERT INTO "{table}"("{table}", rank) VALUES(\'secure-delete\', 1)'))
            uow.db.execute(
                update(ActionRow)
                .where(ActionRow.programme_id == programme_id, ActionRow.owner == name)
                .values(owner="")
            )
            uow.db.execute(delete(ParticipantRow).where(ParticipantRow.id == participant_id))
            audit.append(uow.db, "erase participant", [participant_id])
        self.db.checkpoint()
        holding = tuple(b for b in self.backups() if self._backup_holds(b.path, participant_id))
        log.info("participant erased; %d older backups still hold them", len(holding))
        report = ErasureReport(participant_id, before, holding)
        return Result(report, r.Changes(participants=True, reflections=True, ratings=True, actions=True))

    def _backup_holds(self, path: Path, participant_id: str) -> bool:
        try:
            conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        except Exception:  # noqa: BLE001
            return False
        try:
            if self.db.key is not None:
                conn.execute(key_pragma(self.db.key))
            row = conn.execute("SELECT 1 FROM participant WHERE id = ?", (participant_id,)).fetchone()
            return row is not None
        except Exception:  # noqa: BLE001 - an unreadable backup is listed as holding, to be safe
            return True
        finally:
            conn.close()

    def change_passphrase(self, new_passphrase: str) -> None:
        from ..storage.keyfile import change_passphrase

        if self.db.key is None:
            raise StorageError("This database is not encrypted.", code="not-encrypted")
        change_passphrase(self.db.path, self.db.key, new_passphrase)
        with self.db.unit_of_work() as uow:
            audit.append(uow.db, "change passphrase")


# --- before a database is open (start-up, when it cannot be opened) ------------------------------
def is_encrypted(db_path: Path) -> bool:
    from ..storage.keyfile import is_encrypted as encrypted

    return encrypted(Path(db_path))


def backups_of(db_path: Path) -> list[BackupInfo]:
    """The backups of a database file, newest first (it need not open)."""
    return list_backups(backup_dir(Path(db_path)))


def restore_newest_backup(db_path: Path) -> BackupInfo | None:
    """Set a damaged file aside (renamed, never rewritten) and put the newest sound backup in its place."""
    import os
    import shutil

    from ..storage.keyfile import keyfile_for

    db_path = Path(db_path)
    for b in backups_of(db_path):
        # A plain backup is checked now; an encrypted one when it is unlocked and opened.
        if not keyfile_for(b.path).exists() and check_file(b.path):
            continue
        aside = db_path.with_name(f"{db_path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        if db_path.exists():
            os.replace(db_path, aside)
        for side in ("-wal", "-shm"):
            extra = Path(str(db_path) + side)
            if extra.exists():
                os.replace(extra, Path(str(aside) + side))
        tmp = db_path.with_name(f".{db_path.name}.restore.tmp")
        shutil.copyfile(b.path, tmp)
        os.replace(tmp, db_path)
        if keyfile_for(b.path).exists() and not keyfile_for(db_path).exists():
            shutil.copyfile(keyfile_for(b.path), keyfile_for(db_path))
        log.warning("damaged database set aside; newest backup put in place")
        return b
    return None
