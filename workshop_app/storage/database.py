"""Opening a database file safely, and the unit of work that wraps one user action."""

from __future__ import annotations

import errno
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from ..domain.errors import (
    ConsentRequiredError,
    DamagedDatabaseError,
    NotADatabaseError,
    PassphraseRequiredError,
    StorageError,
    StorageFullError,
    WorkshopError,
)
from . import audit, migrate
from .backup import BackupInfo, check_file, finish_interrupted_write, make_backup, make_backup_in_child
from .engine import check_sqlite, dbapi_module, make_engine, reader
from .repositories import (
    ActionRepository,
    CycleRepository,
    ParticipantRepository,
    ProgrammeRepository,
    RatingRepository,
    ReflectionRepository,
    SessionRepository,
)
from .repositories_voice import (
    ActionReviewRepository,
    ConsentRepository,
    SettingRepository,
    SubmissionRepository,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

SQLITE_HEADER = b"SQLite format 3\x00"


DAMAGED_RECORD = "A record in this database is damaged and cannot be read. Run Check database, or restore a backup."


def storage_error(exc: BaseException) -> WorkshopError:
    """Turn a driver or OS error into one a person can act on."""
    text = str(exc).lower()
    if "consent-required" in text:
        return ConsentRequiredError(
            "This person has not consented to take part (or has withdrawn), so nothing can be stored for them."
        )
    orig = getattr(exc, "orig", None)
    err_no = getattr(exc, "errno", None) or getattr(orig, "errno", None)
    if "disk is full" in text or "database or disk is full" in text or err_no in (errno.ENOSPC, errno.EFBIG):
        return StorageFullError("Could not save: the disk is full. Your text is kept; free some space and try again.")
    if "disk i/o error" in text:
        # SQLite reports a write past a file-size limit or a full disk as an I/O error.
        return StorageFullError(
            "Could not save: the disk is full or cannot be written. Your text is kept; free some space and try again."
        )
    if "readonly" in text or "read-only" in text or err_no in (errno.EACCES, errno.EROFS, errno.EPERM):
        return StorageError("Could not save: the database file or its folder is read-only.", code="storage-readonly")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return NotADatabaseError("The file is damaged or is not a Workshop Companion database.")
    if "locked" in text or "busy" in text:
        return StorageError("The database is busy in another program; try again in a moment.", code="busy")
    return StorageError(f"The database could not be used ({type(exc).__name__}).")


class UnitOfWork:
    """One transaction with the repositories bound to it. Commit once, at the end."""

    def __init__(self, db: DbSession) -> None:
        self.db = db
        self.programmes = ProgrammeRepository(db)
        self.participants = ParticipantRepository(db)
        self.cycles = CycleRepository(db)
        self.sessions = SessionRepository(db)
        self.reflections = ReflectionRepository(db)
        self.ratings = RatingRepository(db)
        self.actions = ActionRepository(db)
        self.submissions = SubmissionRepository(db)
        self.consents = ConsentRepository(db)
        self.action_reviews = ActionReviewRepository(db)
        self.settings = SettingRepository(db)


class Database:
    """An open database file: the engine and a factory for units of work."""

    def __init__(self, path: Path, engine: Engine, *, key: bytes | None = None, read_only: bool = False) -> None:
        self.path = path
        self.key = key
        self.read_only = read_only
        self._bind(engine)

    def _bind(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._raw_reader = reader(engine)
        self._reader = sessionmaker(self._raw_reader, expire_on_commit=False, autoflush=True)
        audit.install(self._writer)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[UnitOfWork]:
        """A transaction; committed when the block ends without error (if `write`)."""
        if write and self.read_only:
            raise StorageError(
                "This database is open read-only; nothing can be changed. Reopen it from a folder you can write to.",
                code="storage-readonly",
            )
        db = (self._writer if write else self._reader)()
        try:
            uow = UnitOfWork(db)
            yield uow
            if write:
                db.commit()
            else:
                db.rollback()
        except (OperationalError, DatabaseError) as exc:
            db.rollback()
            log.warning("database error: %s", type(exc).__name__)
            raise storage_error(exc) from exc
        except (ValueError, UnicodeDecodeError, OverflowError) as exc:
            # A stored value that cannot be read back (a damaged date, number or text).
            db.rollback()
            log.warning("unreadable stored value: %s", type(exc).__name__)
            raise DamagedDatabaseError(DAMAGED_RECORD) from exc
        except BaseException:
            db.rollback()
            raise
        finally:
            db.close()

    def read_raw(self, read: Callable[..., T], *args: Any) -> T:
        """`read(connection, *args)` on a pooled DB-API connection, outside any unit of work.

        For a read the window makes at every move (a person's text, each time a participant or
        prompt is chosen): through a unit of work it cost 0.35 ms of the GUI thread's CPU, nearly
        all of it the ORM's bookkeeping, against 0.013 ms for the query itself; while the writer
        lane saved the text just left, the two threads took turns in the interpreter and a switch
        stalled the window for 12-27 ms (docs/benchmarks.md). Errors are turned into the same
        messages as a unit of work's.
        """
        connection = self._raw_reader.raw_connection()
        try:
            return read(connection.driver_connection, *args)
        except dbapi_module().DatabaseError as exc:
            log.warning("database error: %s", type(exc).__name__)
            raise storage_error(exc) from exc
        except (ValueError, UnicodeDecodeError, OverflowError) as exc:
            log.warning("unreadable stored value: %s", type(exc).__name__)
            raise DamagedDatabaseError(DAMAGED_RECORD) from exc
        finally:
            connection.close()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file and truncate it (after erasure, before restore)."""
        if self.read_only:
            return
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def backup(self, *, now: datetime | None = None, in_child: bool = False) -> BackupInfo:
        """A verified backup of this database in its backup folder.

        `in_child`: made (and the folder thinned) by a separate low-priority process, so that
        this process's window never waits for it; this call blocks until it is done.
        """
        if in_child:
            return make_backup_in_child(self.path, self.key, now=now)
        return make_backup(self.path, self.key, now=now)

    def restore_from(self, source: Path) -> None:
        """Replace this database with a backup (verified first); the engine is reopened on it."""
        source = Path(source)
        problems = check_file(source, self.key)
        if problems:
            raise DamagedDatabaseError("That backup fails its check; choose another one. Nothing was changed.")
        tmp = self.path.with_name(f".{self.path.name}.restore-{os.getpid()}.tmp")
        try:
            shutil.copyfile(source, tmp)
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            self.checkpoint()
            self.engine.dispose()
            for side in ("-wal", "-shm"):
                Path(str(self.path) + side).unlink(missing_ok=True)
            os.replace(tmp, self.path)
        except OSError as exc:
            raise StorageError(
                f"The backup could not be restored: {exc.strerror or exc}.", code="restore-failed"
            ) from exc
        finally:
            tmp.unlink(missing_ok=True)
        engine = make_engine(self.path, key=self.key)
        if migrate.needs_upgrade(engine):
            migrate.upgrade(engine)
        self._bind(engine)

    def close(self) -> None:
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


# Below this size the full integrity_check runs at open (it also matches indexes to tables), and
# for an encrypted file SQLCipher's cipher_integrity_check too; above it, the faster quick_check
# alone (R-08 budget; opening an encrypted file stays about a second at 120 MB), and the full
# checks are on demand (Check database) and on every backup. quick_check reads every page of
# every table and index, and SQLCipher checks each page's HMAC as it decrypts it, so a tampered
# page still fails the open; only pages no table uses (the free list) wait for the full check.
FULL_CHECK_BELOW = 64 * 1024 * 1024


def _probe_readonly(path: Path, key: bytes | None = None) -> tuple[str | None, set[str]]:
    """The schema revision and table names, read without writing a byte to the file.

    The file must also pass `integrity_check` (`quick_check` for a large file); a damaged file
    is refused before anything writes to it. Side files SQLite makes for the read (an empty
    write-ahead log and its index) are removed again when they were not there before.
    """
    sides = [Path(str(path) + "-wal"), Path(str(path) + "-shm")]
    existed = {p for p in sides if p.exists()}
    try:
        return _probe(path, key)
    finally:
        wal = sides[0]
        if wal not in existed and (not wal.exists() or wal.stat().st_size == 0):
            for side in sides:
                if side not in existed:
                    side.unlink(missing_ok=True)


def _probe(path: Path, key: bytes | None) -> tuple[str | None, set[str]]:
    from .keyfile import key_pragma

    damaged = DamagedDatabaseError(
        f"{path.name} is damaged (it fails its integrity check). It has not been changed. "
        "Restore a backup, or choose another file."
    )
    try:
        conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except Exception as exc:  # noqa: BLE001
        raise StorageError(f"Could not read {path.name}.", code="storage-unreadable") from exc
    try:
        if key is not None:
            conn.execute(key_pragma(key))
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except Exception as exc:  # noqa: BLE001 - the schema itself cannot be read
            if key is not None:
                raise damaged from exc
            raise NotADatabaseError(
                f"{path.name} is damaged or is not a Workshop Companion database; it has not been changed."
            ) from exc
        full = path.stat().st_size < FULL_CHECK_BELOW
        pragma = "integrity_check" if full else "quick_check"
        try:
            check = [row[0] for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
            if check == ["ok"] and key is not None and full:
                check += [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        except Exception as exc:  # noqa: BLE001
            raise damaged from exc
        if check != ["ok"]:
            raise damaged
        revision = None
        if "alembic_version" in tables:
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except Exception as exc:  # noqa: BLE001
                raise damaged from exc
            revision = row[0] if row else None
        return revision, tables
    finally:
        conn.close()


def _folder_writable(target: Path) -> bool:
    folder = target.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        return False
    return not target.exists() or os.access(target, os.W_OK)


def open_database(
    path: str | os.PathLike[str],
    *,
    upgrade: bool = True,
    create: bool = True,
    key: bytes | None = None,
    passphrase: str | None = None,
    read_only: bool = False,
) -> Database:
    """Open (creating if needed) a database file and bring its schema to head.

    Refuses a file that is not SQLite, not ours, damaged or from a newer app version, without
    writing to it. An encrypted file (one with a key file beside it) needs its `passphrase` (or
    recovery key) or raw `key`. A verified backup is taken before any schema upgrade, and put
    back if the upgrade fails.
    """
    from .keyfile import is_encrypted, unlock

    target = Path(path).expanduser()
    if target.is_dir():
        raise NotADatabaseError(f"{target} is a folder; choose a database file.")
    exists = target.exists() and target.stat().st_size > 0
    if not create and not target.exists():
        raise StorageError(f"There is no database at {target}.", code="db-missing")
    encrypted = is_encrypted(target)
    if encrypted and key is None:
        if passphrase is None:
            raise PassphraseRequiredError(f"{target.name} is encrypted; enter its passphrase or recovery key.")
        key = unlock(target, passphrase)
    if not encrypted:
        key = None
    if exists:
        if not encrypted:
            try:
                ok = _looks_like_sqlite(target)
            except OSError as exc:
                raise StorageError(f"Could not read {target}: {exc.strerror or exc}.") from exc
            if not ok:
                raise NotADatabaseError(
                    f"{target.name} is not a Workshop Companion database (it is not an SQLite file)."
                )
        check_sqlite()
        if not read_only:
            finish_interrupted_write(target, key)
        revision, tables = _probe_readonly(target, key)
        migrate.check_revision(revision, tables)
        if not read_only and not _folder_writable(target):
            raise StorageError(
                f"{target.name} or its folder is read-only, so nothing could be saved. "
                "Open it read-only, or copy it to a folder you can write to.",
                code="storage-readonly",
            )
    else:
        revision = None
        if read_only:
            raise StorageError(f"There is no database at {target}.", code="db-missing")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Could not create the folder {target.parent}: {exc.strerror or exc}.") from exc
        if not os.access(target.parent, os.W_OK | os.X_OK):
            raise StorageError(
                f"The folder {target.parent} is read-only; choose another place for the database.",
                code="storage-readonly",
            )
    engine = make_engine(target, key=key, read_only=read_only)
    upgraded_from: str | None = None
    try:
        # The revision was read on the read-only probe: a current file never imports Alembic.
        if not read_only and upgrade and revision != migrate.fast_head_revision():
            upgraded_from = revision or "new"
            pre = None
            if exists:
                engine.dispose()
                pre = make_backup(target, key)
            try:
                migrate.upgrade(engine)
            except BaseException:
                engine.dispose()
                if pre is not None:
                    _put_back(target, pre.path)
                raise
    except StorageError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise storage_error(exc) from exc
    database = Database(target, engine, key=key, read_only=read_only)
    if upgraded_from is not None:
        with database.unit_of_work() as uow:
            audit.append(uow.db, f"migrate {upgraded_from} to {migrate.head_revision()}")
    return database


def _put_back(target: Path, backup: Path) -> None:
    """After a failed upgrade: the file as it was before (from the verified backup)."""
    tmp = target.with_name(f".{target.name}.undo.tmp")
    shutil.copyfile(backup, tmp)
    for side in ("-wal", "-shm"):
        Path(str(target) + side).unlink(missing_ok=True)
    os.replace(tmp, target)
    log.warning("schema upgrade failed; the database was put back from its backup")


def create_encrypted(path: str | os.PathLike[str], passphrase: str) -> tuple[Database, str]:
    """A new, encrypted database; returns it and its printable recovery key (shown once)."""
    from .keyfile import create_keys, keyfile_for

    target = Path(path).expanduser()
    if target.exists() and target.stat().st_size > 0:
        raise StorageError(f"{target.name} already exists; choose a new file name.", code="db-exists")
    target.parent.mkdir(parents=True, exist_ok=True)
    keys = create_keys(target, passphrase)
    try:
        db = open_database(target, key=keys.key)
    except BaseException:
        keyfile_for(target).unlink(missing_ok=True)
        raise
    return db, keys.recovery_key
