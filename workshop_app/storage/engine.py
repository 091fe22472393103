"""The database engine: a current SQLite (from sqlcipher3), a fixed connection profile, a version gate."""

from __future__ import annotations

import logging
import os
import sqlite3 as _stdlib_sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..domain.errors import NotADatabaseError, StorageError, UnsupportedSQLiteError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000

# The profile every connection has (reliability requirement R-01).
PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "temp_store": 2,  # MEMORY
}


_quiet = False


def dbapi_module() -> Any:
    """The DB-API module carrying a current SQLite (sqlcipher3's bundled build)."""
    global _quiet
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise UnsupportedSQLiteError(
            "The sqlcipher3 package, which carries the SQLite this app needs, is not installed."
        ) from exc
    if not _quiet:
        # SQLCipher logs decryption failures to stderr by default; the app reports them itself.
        conn = dbapi2.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        except Exception:  # noqa: BLE001 - an SQLite without the codec has nothing to silence
            pass
        finally:
            conn.close()
        _quiet = True
    return dbapi2


def _parse_version(text: str) -> tuple[int, int, int]:
    parts = [int(p) for p in text.split(".")[:3]]
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2]


def sqlite_version_ok(version: str) -> bool:
    """True when a SQLite version is free of the WAL-reset bug and has FTS5 secure-delete.

    Fixed in 3.51.3, backported to 3.50.7 and 3.44.6; secure-delete needs 3.42 or newer.
    """
    v = _parse_version(version)
    if v >= (3, 51, 3):
        return True
    if v[:2] == (3, 50) and v >= (3, 50, 7):
        return True
    if v[:2] == (3, 44) and v >= (3, 44, 6):
        return True
    return False


def check_sqlite(module: Any | None = None) -> str:
    """Refuse a linked SQLite that is too old; return its version."""
    module = module or dbapi_module()
    version = module.sqlite_version
    if not sqlite_version_ok(version):
        raise UnsupportedSQLiteError(
            f"This app needs SQLite 3.51.3 or newer (or 3.50.7+, 3.44.6+); the linked library is {version}."
        )
    return version


def configure_connection(dbapi_conn: Any, key: bytes | None = None, *, read_only: bool = False) -> None:
    """Key (first, before any other statement) and apply the fixed profile to a raw connection."""
    from .keyfile import key_pragma

    # Let SQLAlchemy emit BEGIN itself (see _on_begin), so writes start with BEGIN IMMEDIATE.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        if key is not None:
            cur.execute(key_pragma(key))
        for name, value in PRAGMAS.items():
            if read_only and name == "journal_mode":
                continue
            cur.execute(f"PRAGMA {name}={value}")
    finally:
        cur.close()


def raw_connect(path: Path, key: bytes | None = None, *, read_only: bool = False) -> Any:
    """A plain DB-API connection with the profile (backups, checks, probes); never through the pool."""
    target = Path(path).resolve()
    if read_only:
        conn = dbapi_module().connect(f"{target.as_uri()}?mode=ro", uri=True)
    else:
        conn = dbapi_module().connect(str(target))
    try:
        configure_connection(conn, key, read_only=read_only)
    except Exception:
        conn.close()
        raise
    return conn


READ_ONLY = "workshop_read_only"


def _on_begin(conn: Any) -> None:
    # Writes take the write lock at once (no upgrade deadlocks); reads begin deferred.
    if conn.get_execution_options().get(READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def reader(engine: Engine) -> Engine:
    """The same engine, whose transactions begin deferred (for reads only)."""
    return engine.execution_options(**{READ_ONLY: True})


def make_engine(
    path: str | os.PathLike[str], *, create: bool = True, key: bytes | None = None, read_only: bool = False
) -> Engine:
    """An engine on a database file with the fixed profile. The file's folder must exist.

    `key` is the raw SQLCipher key of an encrypted database; `read_only` opens it without
    ever writing (a read-only folder, a file kept for inspection).
    """
    check_sqlite()
    target = Path(path)
    if not create and not target.exists():
        raise StorageError(f"There is no database at {target}.", code="db-missing")
    if target.exists() and target.is_dir():
        raise NotADatabaseError(f"{target} is a folder, not a database file.")
    url = f"sqlite:///file:{target.resolve()}?mode=ro&uri=true" if read_only else f"sqlite:///{target}"
    engine = create_engine(
        url,
        module=dbapi_module(),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_timeout=30,
        # The connection used last is handed out next. Each connection keeps its own page cache,
        # and a write by one makes the others drop theirs; handing them out in turn (the default)
        # made nearly every save and read start cold. Saves and drafts on a 600,000-reflection
        # file: 2.2-3.4 -> 1.6-1.8 ms of CPU each on average, reads 1.2 -> 0.8 ms.
        pool_use_lifo=True,
    )
    event.listen(engine, "connect", lambda conn, _rec: configure_connection(conn, key, read_only=read_only))
    event.listen(engine, "begin", _on_begin)
    return engine


def read_pragmas(engine: Engine) -> dict[str, Any]:
    """The profile as the connection reports it (for tests and the diagnostics screen)."""
    out: dict[str, Any] = {}
    with reader(engine).connect() as conn:
        for name in PRAGMAS:
            out[name] = conn.exec_driver_sql(f"PRAGMA {name}").scalar()
    return out


def versions(engine: Engine | None = None) -> dict[str, str]:
    """Library versions for diagnostics."""
    module = dbapi_module()
    info = {"sqlite": module.sqlite_version, "python_sqlite (unused)": _stdlib_sqlite3.sqlite_version}
    if engine is not None:
        with engine.connect() as conn:
            try:
                info["sqlcipher"] = str(conn.exec_driver_sql("PRAGMA cipher_version").scalar() or "")
            except Exception:  # noqa: BLE001 - diagnostics only
                info["sqlcipher"] = ""
    return info
