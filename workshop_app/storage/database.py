"""Opening a database file safely, and the unit of work that wraps one user action."""

from __future__ import annotations

import errno
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from ..domain.errors import ConsentRequiredError, NotADatabaseError, StorageError, StorageFullError, WorkshopError
from . import migrate
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

SQLITE_HEADER = b"SQLite format 3\x00"


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

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._writer = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._reader = sessionmaker(reader(engine), expire_on_commit=False, autoflush=True)

    @contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[UnitOfWork]:
        """A transaction; committed when the block ends without error (if `write`)."""
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
        except BaseException:
            db.rollback()
            raise
        finally:
            db.close()

    def close(self) -> None:
        self.engine.dispose()


def _looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == SQLITE_HEADER


def _probe_readonly(path: Path) -> tuple[str | None, set[str]]:
    """The schema revision and table names, read without writing a byte to the file."""
    conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return revision, tables
    except Exception as exc:  # noqa: BLE001 - any driver error means we cannot trust the file
        raise NotADatabaseError(
            f"{path.name} is damaged or is not a Workshop Companion database; it has not been changed."
        ) from exc
    finally:
        conn.close()


def open_database(path: str | os.PathLike[str], *, upgrade: bool = True, create: bool = True) -> Database:
    """Open (creating if needed) a database file and bring its schema to head.

    Refuses a file that is not SQLite, not ours, or from a newer app version, without
    writing to it.
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise NotADatabaseError(f"{target} is a folder; choose a database file.")
    exists = target.exists() and target.stat().st_size > 0
    if not create and not target.exists():
        raise StorageError(f"There is no database at {target}.", code="db-missing")
    if exists:
        try:
            ok = _looks_like_sqlite(target)
        except OSError as exc:
            raise StorageError(f"Could not read {target}: {exc.strerror or exc}.") from exc
        if not ok:
            raise NotADatabaseError(f"{target.name} is not a Workshop Companion database (it is not an SQLite file).")
        check_sqlite()
        revision, tables = _probe_readonly(target)
        migrate.check_revision(revision, tables)
    else:
        revision = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Could not create the folder {target.parent}: {exc.strerror or exc}.") from exc
    engine = make_engine(target)
    try:
        # The revision was read on the read-only probe: a current file never imports Alembic.
        if upgrade and revision != migrate.fast_head_revision():
            migrate.upgrade(engine)
    except StorageError:
        engine.dispose()
        raise
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise storage_error(exc) from exc
    return Database(target, engine)
