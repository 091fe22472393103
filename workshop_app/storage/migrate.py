"""Schema upgrades through Alembic: find the file's revision, refuse newer files, upgrade to head."""

from __future__ import annotations

import functools
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from ..domain.errors import NewerDatabaseError, NotADatabaseError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision (the chain is kept linear; a test checks there is one head)."""
    heads = ScriptDirectory.from_config(_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"The migrations have {len(heads)} heads; they must form one chain.")
    return heads[0]


def known_revisions() -> list[str]:
    """Every revision, oldest first."""
    return list(_known_revisions())


@functools.cache
def _known_revisions() -> tuple[str, ...]:
    # The migration scripts ship with the app and do not change while it runs.
    script = ScriptDirectory.from_config(_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision()


def check_revision(revision: str | None, tables: set[str]) -> None:
    """Refuse a file that is newer than this app or is some other program's database."""
    if revision is None:
        if tables - {"alembic_version"}:
            raise NotADatabaseError("This file is an SQLite database, but not a Workshop Companion one.")
        return
    if revision not in known_revisions():
        raise NewerDatabaseError(
            "This database was saved by a newer version of Workshop Companion. "
            "Update the app to open it; the file has not been changed."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (head by default) in one transaction.

    Foreign keys are switched off outside the transaction (a batch table copy would otherwise
    cascade deletes) and checked before they are switched back on.
    """
    cfg = _config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise NotADatabaseError(
                        f"The upgrade found {len(broken)} broken links between records; nothing was changed."
                    )
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
