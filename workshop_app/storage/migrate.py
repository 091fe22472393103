"""Schema upgrades through Alembic: find the file's revision, refuse newer files, upgrade to head.

Alembic is imported only when it is needed (an upgrade, or the full revision graph): opening a
database whose schema is current reads the revision ids from the migration files' headers instead,
which keeps Alembic's import (a third of a second) off the start path.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import NewerDatabaseError, NotADatabaseError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?\s*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision(?:\s*:[^=]*)?\s*=\s*(.+)$", re.MULTILINE)


@functools.cache
def _file_revisions() -> dict[str, tuple[str, ...]] | None:
    """Each migration file's revision and the revisions it follows, read from its header.

    None when the files cannot be read this way (then Alembic answers instead).
    """
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        rev = _REVISION.search(text)
        if rev is None:
            if path.name == "__init__.py":
                continue
            return None  # a migration written some other way: let Alembic read them all
        down = _DOWN_REVISION.search(text)
        graph[rev.group(1)] = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1))) if down else ()
    return graph or None


def fast_head_revision() -> str:
    """The head revision without importing Alembic (same answer as head_revision())."""
    graph = _file_revisions()
    if graph is not None:
        followed = {down for downs in graph.values() for down in downs}
        heads = [rev for rev in graph if rev not in followed]
        if len(heads) == 1:
            return heads[0]
    return head_revision()


def fast_known_revisions() -> set[str]:
    """Every shipped revision id, without importing Alembic when the files can be read directly."""
    graph = _file_revisions()
    return set(graph) if graph is not None else set(known_revisions())


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest revision (the chain is kept linear; a test checks there is one head)."""
    from alembic.script import ScriptDirectory

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
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return tuple(rev.revision for rev in reversed(list(script.walk_revisions())))


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

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
    if revision not in fast_known_revisions():
        raise NewerDatabaseError(
            "This database was saved by a newer version of Workshop Companion. "
            "Update the app to open it; the file has not been changed."
        )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (head by default) in one transaction.

    Foreign keys are switched off outside the transaction (a batch table copy would otherwise
    cascade deletes) and checked before they are switched back on.
    """
    from alembic import command

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
