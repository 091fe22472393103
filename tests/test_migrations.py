"""Databases saved by earlier versions open in this one with every record intact."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from workshop_app.storage import migrate
from workshop_app.storage.database import open_database

DATA = Path(__file__).parent / "data"

# Files saved by released versions (the demo programme), and the revision each was at.
SAVED = [("v0.1.0-demo.db", "0001")]

CORE_TABLES = ("programme", "participant", "par_cycle", "session", "block", "reflection", "rating", "action")


def _snapshot(path: Path) -> dict[str, set[tuple]]:
    """Every core table's rows, as sets of the columns that existed in the oldest schema."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for table in CORE_TABLES:
            cols = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            out[table] = (cols, {tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {table}")})
        return out
    finally:
        conn.close()


def _upgrade_and_compare(path: Path, before: dict) -> None:
    """Open (upgrading to head) and find every row of `before` unchanged, the file sound."""

    def digest(rows: set[tuple]) -> str:
        return hashlib.sha256(repr(sorted(rows, key=repr)).encode()).hexdigest()

    db = open_database(path)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()
    conn = sqlite3.connect(path)
    try:
        for table, (cols, rows) in before.items():
            after = {tuple(r) for r in conn.execute(f"SELECT {', '.join(cols)} FROM {table}")}
            assert after == rows, table
            assert digest(after) == digest(rows)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.parametrize(("name", "revision"), SAVED)
def test_saved_database_upgrades_with_every_row_intact(tmp_path: Path, name: str, revision: str) -> None:
    path = tmp_path / name
    shutil.copy(DATA / name, path)
    before = _snapshot(path)
    assert sum(len(rows) for _, rows in before.values()) > 50
    _upgrade_and_compare(path, before)


@pytest.mark.parametrize("revision", migrate.known_revisions())
def test_every_revision_upgrades_to_head(tmp_path: Path, revision: str) -> None:
    """A database left at any revision (made by running the chain up to it) reaches head."""
    from workshop_app.storage.engine import make_engine

    path = tmp_path / f"at-{revision}.db"
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    assert migrate.current_revision(engine) == revision
    engine.dispose()
    db = open_database(path)
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.close()


def test_every_trigger_survives_the_whole_chain(tmp_path: Path) -> None:
    """A later revision that copies a table in batch mode would silently drop its triggers."""
    db = open_database(tmp_path / "head.db")
    with db.engine.connect() as conn:
        triggers = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    db.close()
    expected = {
        "consent_gate_reflection_insert",
        "consent_gate_reflection_update",
        "consent_gate_rating_insert",
        "consent_gate_rating_update",
        "reflection_search_ai",
        "reflection_search_au",
        "reflection_search_ad",
        "reflection_review_reset",
    }
    assert expected <= triggers, sorted(expected - triggers)


@pytest.mark.parametrize("revision", migrate.known_revisions())
def test_every_revision_with_data_upgrades_row_for_row(tmp_path: Path, revision: str) -> None:
    """A database at each revision, filled with the saved demo's records, keeps every row and hash."""
    from workshop_app.storage.engine import make_engine

    path = tmp_path / f"filled-{revision}.db"
    engine = make_engine(path)
    migrate.upgrade(engine, revision)
    engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(f"ATTACH DATABASE '{DATA / 'v0.1.0-demo.db'}' AS demo")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in CORE_TABLES:
        cols = [row[1] for row in conn.execute(f"PRAGMA demo.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM demo.{table}")
        if table == "participant" and "consent" in tables:  # from 0003 on, entries need consent
            conn.execute(
                "INSERT INTO main.consent (id, participant_id, taking_part, research_use, quoting,"
                " erasure_requested, created_at, updated_at)"
                " SELECT lower(hex(randomblob(16))), id, 1, 1, 0, 0, created_at, updated_at FROM main.participant"
            )
    if "audit_event" in tables:
        conn.execute(
            "INSERT INTO audit_event (at, actor, action, record_ids, app_version, prev_hash, hash) "
            "VALUES ('2026-01-01 10:00:00.000000', 'facilitator', 'create programme', '[]', '0.1.0', '', 'x')"
        )
    conn.commit()
    conn.execute("DETACH DATABASE demo")
    conn.close()
    before = _snapshot(path)
    _upgrade_and_compare(path, before)
    if "audit_event" in tables:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT count(*) FROM audit_event WHERE action='create programme'").fetchone()[0] == 1
        finally:
            conn.close()
