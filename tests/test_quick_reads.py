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
