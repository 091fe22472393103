"""One app per database: a QLockFile beside the database file, reclaimed when its owner died."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from ..domain.errors import AlreadyOpenError

EXIT_ALREADY_RUNNING = 3


def lock_for(db_path: Path) -> QLockFile:
    lock = QLockFile(str(Path(db_path).with_name(Path(db_path).name + ".lock")))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    return lock


def acquire(db_path: Path, timeout_ms: int = 1000) -> QLockFile:
    """Lock the database for this process, or raise AlreadyOpenError naming the holder."""
    lock = lock_for(db_path)
    if lock.tryLock(timeout_ms):
        return lock
    info = lock.getLockInfo()  # PySide6 returns (pid, host, app), or a leading ok flag in some versions
    values = list(info) if isinstance(info, tuple) else []
    if values and isinstance(values[0], bool):
        values = values[1:] if values[0] else []
    who = f" (process {values[0]} on {values[1]})" if len(values) >= 2 else ""
    raise AlreadyOpenError(
        f"This database is already open in Workshop Companion on this computer{who}. "
        "Close it there first, or choose another file."
    )
