"""Storage on real files: connection profile, SQLite gate, migrations, refusals, round trips."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from workshop_app.domain.errors import NewerDatabaseError, NotADatabaseError, UnsupportedSQLiteError
from workshop_app.storage import migrate
from workshop_app.storage.database import open_database
from workshop_app.storage.engine import PRAGMAS, check_sqlite, read_pragmas, sqlite_version_ok
from workshop_app.storage.schema import include_object, metadata


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("version", "ok"),
    [
        ("3.40.1", False),
        ("3.44.5", False),
        ("3.51.2", False),
        ("3.50.6", False),
        ("3.45.0", False),
        ("3.44.6", True),
        ("3.50.7", True),
        ("3.51.3", True),
        ("3.53.4", True),
        ("4.0.0", True),
    ],
)
def test_sqlite_gate(version: str, ok: bool) -> None:
    assert sqlite_version_ok(version) is ok


def test_gate_refuses_an_old_library() -> None:
    class Old:
        sqlite_version = "3.40.1"

    with pytest.raises(UnsupportedSQLiteError, match="3.40.1"):
        check_sqlite(Old())


def test_shipped_driver_passes_gate_and_has_fts5_secure_delete(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE VIRTUAL TABLE t USING fts5(body)")
        conn.exec_driver_sql("INSERT INTO t(t, rank) VALUES('secure-delete', 1)")
        conn.commit()
    db.close()


def test_connection_profile_on_every_connection(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
        "busy_timeout": 5000,
        "temp_store": 2,
    }
    assert set(expected) == set(PRAGMAS)
    assert read_pragmas(db.engine) == expected
    # a second pooled connection held at the same time
    from workshop_app.storage.engine import reader

    with reader(db.engine).connect() as first, reader(db.engine).connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    db.engine.dispose()
    assert read_pragmas(db.engine) == expected
    db.close()


def test_write_transactions_begin_immediately(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.db")
    statements: list[str] = []
    from sqlalchemy import event

    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with db.unit_of_work() as uow:
        uow.programmes.all()
    assert "BEGIN IMMEDIATE" in statements
    statements.clear()
    with db.unit_of_work(write=False) as uow:
        uow.programmes.all()
    assert "BEGIN" in statements and "BEGIN IMMEDIATE" not in statements
    db.close()


def test_fresh_database_at_head_matches_the_rows(tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.db")
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    with db.engine.connect() as conn:
        diff = compare_metadata(
            MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object}), metadata
        )
    assert diff == []
    db.close()


def test_migrations_form_one_chain() -> None:
    revisions = migrate.known_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == migrate.head_revision()
    assert len(set(revisions)) == len(revisions)


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    open_database(path).close()
    db = open_database(path)
    assert not migrate.needs_upgrade(db.engine)
    db.close()


def test_not_an_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"These are my meeting notes, not a database.\n" * 20)
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not a Workshop Companion database"):
        open_database(path)
    assert _digest(path) == before


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('someone')")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotADatabaseError, match="not a Workshop Companion one"):
        open_database(path)
    assert _digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(path)
    assert _digest(path) == before


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.db"
    open_database(path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100])
    with pytest.raises(NotADatabaseError):
        open_database(path)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="folder"):
        open_database(tmp_path)


def test_round_trip_of_every_record_kind(tmp_path: Path, library) -> None:
    from workshop_app.services.container import Services

    path = tmp_path / "round.db"
    svc = Services.create(open_database(path), library)
    programme = svc.programmes.create_programme("Fife leaders", "Fife HSCP", date(2026, 1, 5)).value
    person = svc.programmes.add_participant(programme.id, "Siân Jones", "NHS Fife", "Health", "Nurse").value
    svc.consent.record(person.id, taking_part=True)
    session = svc.sessions.add_from_template(
        programme.id, "introducing-six-practices", date(2026, 2, 3), time(9, 30), place="Kirkcaldy"
    ).value
    prompt = svc.sessions.prompts(session)[0]
    svc.entries.save_reflection(session.id, person.id, prompt, "Ŵ—emoji 🙂 and عربى text")
    element = library.self_assessment.elements[2]
    svc.entries.set_rating(session.id, person.id, element.key, 4, "Meet the housing team monthly")
    svc.close()

    again = Services.create(open_database(path), library)
    [p2] = again.programmes.programmes()
    assert (p2.name, p2.partnership, p2.starts_on) == ("Fife leaders", "Fife HSCP", date(2026, 1, 5))
    [who] = again.programmes.participants(p2.id)
    assert (who.name, who.code, who.organisation, who.sector, who.role) == (
        "Siân Jones",
        "SJ01",
        "NHS Fife",
        "Health",
        "Nurse",
    )
    [s2] = again.sessions.sessions(p2.id)
    full = again.sessions.session(s2.id)
    template = library.templates["introducing-six-practices"]
    assert [b.title for b in full.blocks] == [b.title for b in template.blocks]
    assert [b.minutes for b in full.blocks] == [b.minutes for b in template.blocks]
    assert full.cycle_id is not None
    assert again.entries.reflection_text(s2.id, who.id, prompt) == "Ŵ—emoji 🙂 and عربى text"
    [rating] = again.entries.ratings(s2.id)
    assert (rating.item_key, rating.value, rating.actions) == (element.key, 4, "Meet the housing team monthly")
    # every id is a UUID
    import uuid

    for value in (p2.id, who.id, s2.id, rating.id, *[b.id for b in full.blocks]):
        assert uuid.UUID(value).version == 4
    again.close()


def test_saving_twice_updates_one_reflection(services) -> None:
    programme = services.programmes.create_programme("P").value
    person = services.programmes.add_participant(programme.id, "Łukasz Nowak").value
    services.consent.record(person.id, taking_part=True)
    session = services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 3, 1), time(13, 0)).value
    prompt = services.sessions.prompts(session)[0]
    first = services.entries.save_reflection(session.id, person.id, prompt, "draft").value
    second = services.entries.save_reflection(session.id, person.id, prompt, "draft, finished").value
    assert first.id == second.id
    assert [r.text for r in services.entries.reflections(session.id)] == ["draft, finished"]
