"""The first screen's DB-API reads give exactly what the services give, and step aside when unsure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from workshop_app.services.demo import create_demo
from workshop_app.storage.quick_reads import QuickReads


def test_quick_reads_match_the_services_record_for_record(services, tmp_path: Path) -> None:
    create_demo(services)
    programme = services.programmes.programmes()[-1]
    person, other = services.programmes.participants(programme.id)[:2]
    services.consent.withdraw(other.id, on=date(2026, 3, 1))  # a consent with history, and one withdrawn
    session = services.sessions.sessions(programme.id)[0]
    full = services.sessions.session(session.id)
    prompt = services.sessions.prompts(full)[0]
    services.entries.save_reflection(session.id, person.id, prompt, "Llais y Cymry: ymddiriedaeth")
    reads = QuickReads.open(services.db.path)
    assert reads is not None
    try:
        assert reads.programmes() == services.programmes.programmes()
        for p in services.programmes.programmes():
            assert reads.participants(p.id) == services.programmes.participants(p.id)
            assert reads.consents(p.id) == services.consent.consents(p.id)
            assert reads.consenting_ids(p.id) == services.consent.consenting_ids(p.id)
            assert reads.sessions(p.id) == services.sessions.sessions(p.id)
            for s in services.sessions.sessions(p.id):
                assert reads.session(s.id) == services.sessions.session(s.id)
        assert reads.session("no-such-session") is None
        assert reads.reflection_text(session.id, person.id, prompt) == "Llais y Cymry: ymddiriedaeth"
        assert reads.reflection_text(session.id, None, prompt) == services.entries.reflection_text(
            session.id, None, prompt
        )
    finally:
        reads.close()


def test_quick_reads_step_aside_for_anything_but_a_current_plain_file(services, tmp_path: Path) -> None:
    assert QuickReads.open(tmp_path / "missing.db") is None
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert QuickReads.open(empty) is None
    other = tmp_path / "notes.txt"
    other.write_text("not a database")
    assert QuickReads.open(other) is None
    with services.db.unit_of_work() as uow:  # an older revision: the ordinary open upgrades it
        uow.db.execute(__import__("sqlalchemy").text("UPDATE alembic_version SET version_num = '0008'"))
    assert QuickReads.open(services.db.path) is None


def test_the_editors_read_of_a_text_goes_to_the_driver_and_answers_as_the_orm_did(tmp_path: Path, library) -> None:
    """`EntryService.reflection_text` (read at every change of person or prompt) reads through a
    pooled DB-API connection: the same answers as the ORM's query, on a plain and on an encrypted
    file, and a driver's error or an unreadable value as a plain message."""
    import pytest

    from workshop_app.domain.errors import DamagedDatabaseError, StorageError
    from workshop_app.services.container import Services
    from workshop_app.storage.database import create_encrypted, open_database

    plain = Services.create(open_database(tmp_path / "plain.db"), library)
    secret_db, _recovery = create_encrypted(tmp_path / "secret.db", "correct horse battery")
    secret = Services.create(secret_db, library)
    keys = {}
    try:
        for svc in (plain, secret):
            create_demo(svc)
            programme = svc.programmes.programmes()[0]
            person = svc.programmes.participants(programme.id)[0]
            session = svc.sessions.sessions(programme.id)[0]
            prompt = svc.sessions.prompts(svc.sessions.session(session.id))[0]
            svc.entries.save_reflection(session.id, person.id, prompt, "Ymddiriedaeth — Łukasz 🤝")
            svc.entries.save_reflection(session.id, None, prompt, "Anonymous words")
            for who in (person.id, None, "nobody"):
                for asked in (prompt, "another prompt"):
                    with svc.db.unit_of_work(write=False) as uow:
                        row = uow.reflections.find(session.id, who, asked)
                        expected = row.text if row else ""
                    assert svc.entries.reflection_text(session.id, who, asked) == expected
            assert svc.entries.reflection_text(session.id, person.id, prompt) == "Ymddiriedaeth — Łukasz 🤝"
            assert svc.entries.reflection_text(session.id, None, prompt) == "Anonymous words"
            keys[svc] = (session.id, None, prompt)

        with pytest.raises(StorageError, match="could not be used"):
            plain.db.read_raw(lambda connection: connection.execute("SELECT text FROM no_such_table").fetchone())

        def unreadable(connection):  # noqa: ANN001, ANN202
            raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")

        with pytest.raises(DamagedDatabaseError, match="damaged"):
            plain.db.read_raw(unreadable)
        assert plain.entries.reflection_text(*keys[plain]) == "Anonymous words"  # the pool still serves
    finally:
        plain.close()
        secret.close()
