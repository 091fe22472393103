"""Backups, restore, thinning, the audit trail, encryption at rest and erasure (R-09, R-13, R-15, R-16)."""

from __future__ import annotations

import os
import sqlite3
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from workshop_app.domain.errors import (
    DamagedDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    PassphraseRequiredError,
    StorageError,
    WrongPassphraseError,
)
from workshop_app.services.container import Services
from workshop_app.storage import backup as bk
from workshop_app.storage.database import create_encrypted, open_database


def _marker() -> str:
    return f"ZQXJ{uuid.uuid4().hex[:12]}"


def _seed(services: Services, people: int = 5) -> tuple[str, str, list[str]]:
    """A programme, a session and `people` participants; returns ids and a marker per person."""
    prog = services.programmes.create_programme("Safety programme").value
    session = services.sessions.add_from_template(
        prog.id, "introducing-six-practices", date(2026, 3, 1), time(10, 0)
    ).value
    markers = []
    for _ in range(people):
        m = _marker()
        person = services.programmes.add_participant(prog.id, f"Name {m}", organisation=f"Org {m}").value
        services.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
        services.entries.save_reflection(session.id, person.id, "What changed?", f"I reflect {m} here")
        services.entries.set_rating(
            session.id, person.id, services.content_library.self_assessment.elements[0].key, 3, f"Act {m}"
        )
        markers.append(m)
    return prog.id, session.id, markers


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _hits(folder: Path, markers: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for path in _files_under(folder):
        data = path.read_bytes()
        for m in markers:
            n = data.count(m.encode())
            if n:
                out[f"{path.name}:{m}"] = n
    return out


def _open(path: Path, library, **kw) -> Services:
    return Services.create(open_database(path, **kw), library)


# --- backups -------------------------------------------------------------------------------
def test_backup_is_verified_published_atomically_and_restores(tmp_path: Path, library) -> None:
    svc = _open(tmp_path / "w.db", library)
    try:
        prog_id, session_id, _ = _seed(svc, 3)
        info = svc.safety.backup_now()
        assert info.path.parent == tmp_path / "backups" / "w"
        assert bk.check_file(info.path) == []
        assert [b.path for b in svc.safety.backups()] == [info.path]
        assert not list(info.path.parent.glob(".*.tmp"))
        before = {r.text for r in svc.entries.reflections(session_id)}
        for i in range(20):
            svc.programmes.add_participant(prog_id, f"Later person {i}")
        svc.entries.save_reflection(session_id, None, "What changed?", "changed after the backup")
        svc.safety.restore(info.path)
        assert {r.text for r in svc.entries.reflections(session_id)} == before
        assert len(svc.programmes.participants(prog_id)) == 3
        assert len(svc.safety.backups()) == 2  # the state before restoring was kept
        assert svc.safety.check().ok
        actions = [e.action for e in svc.safety.audit_events()]
        assert "restore" in actions
    finally:
        svc.close()


def test_stray_temporary_files_are_removed_at_start(tmp_path: Path, library) -> None:
    from workshop_app.app import open_services

    db = tmp_path / "w.db"
    folder = bk.backup_dir(db)
    folder.mkdir(parents=True)
    stray = folder / ".backup-dead.tmp"
    stray.write_bytes(b"half a backup")
    atomic_stray = tmp_path / ".w.db.restore-1.tmp"
    atomic_stray.write_bytes(b"x")
    svc = open_services(db)
    svc.close()
    assert not stray.exists() and not atomic_stray.exists()


def test_automatic_backup_only_when_changed_and_due(tmp_path: Path, library) -> None:
    svc = _open(tmp_path / "w.db", library)
    try:
        now = datetime(2026, 5, 1, 9, 0)
        assert svc.safety.backup_if_due(now=now) is not None
        assert svc.safety.backup_if_due(now=now + timedelta(minutes=40)) is None  # nothing changed
        svc.programmes.create_programme("Changed")
        assert svc.safety.backup_if_due(now=now + timedelta(minutes=5)) is None  # not due yet
        assert svc.safety.backup_if_due(now=now + timedelta(minutes=31)) is not None
    finally:
        svc.close()


def test_thinning_keeps_days_weeks_months_like_anki() -> None:
    now = datetime(2026, 12, 31, 23, 0)
    dates = [now - timedelta(days=d, hours=1) for d in range(365)]
    doomed = bk.to_thin(dates, now)
    kept = sorted(set(dates) - doomed, reverse=True)
    # One from the last day, then seven daily, four weekly, three monthly.
    assert len(kept) == 1 + bk.DAILY + bk.WEEKLY + bk.MONTHLY
    assert kept[: 1 + bk.DAILY] == dates[: 1 + bk.DAILY]
    older = kept[1 + bk.DAILY :]
    assert len({d.date() for d in kept}) == len(kept)
    # The oldest kept reaches back months, and the older ones cover distinct weeks.
    assert now - older[-1] > timedelta(days=60)
    assert len({d.isocalendar()[:2] for d in older}) >= bk.WEEKLY + bk.MONTHLY - 1
    assert all(now - d <= timedelta(days=bk.RETENTION_DAYS) for d in kept)
    # Many backups on one day: the newest KEEP_TODAY survive.
    today = [now - timedelta(minutes=30 * i) for i in range(30)]
    kept_today = set(today) - bk.to_thin(today, now)
    assert sorted(kept_today, reverse=True)[: bk.KEEP_TODAY] == today[: bk.KEEP_TODAY]
    # Thinning is stable: thinning what was kept removes nothing.
    assert bk.to_thin(kept, now) == set()


def test_migration_takes_a_verified_backup_first(tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "v0.1.0-demo.db", path)
    db = open_database(path)
    db.close()
    backups = bk.list_backups(bk.backup_dir(path))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0].path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()


def test_failed_migration_puts_the_file_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import shutil

    from workshop_app.storage import migrate

    path = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "v0.1.0-demo.db", path)
    conn = sqlite3.connect(path)
    before = sorted(conn.execute("SELECT id, text FROM reflection").fetchall())
    conn.close()

    def broken(engine, revision="head"):
        with engine.begin() as c:
            c.exec_driver_sql("DELETE FROM reflection")
        raise RuntimeError("simulated failure half way")

    monkeypatch.setattr(migrate, "upgrade", broken)
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert sorted(conn.execute("SELECT id, text FROM reflection").fetchall()) == before
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    conn.close()
    assert hashlib.sha256(path.read_bytes()).hexdigest()


# --- audit trail ---------------------------------------------------------------------------
def test_audit_trail_is_append_only_chained_and_content_free(tmp_path: Path, library) -> None:
    svc = _open(tmp_path / "w.db", library)
    try:
        _, _, markers = _seed(svc, 3)
        events = svc.safety.audit_events()
        actions = [e.action for e in events]
        assert actions.count("create participant") == 3
        assert "create reflection" in actions and "create rating" in actions
        assert svc.safety.check().ok
        out = tmp_path / "audit.csv"
        assert svc.safety.export_audit(out) == len(events)
        text = out.read_text()
        assert not any(m in text for m in markers)
    finally:
        svc.close()
    conn = sqlite3.connect(tmp_path / "w.db")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("UPDATE audit_event SET action='nothing' WHERE seq=2")
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("DELETE FROM audit_event WHERE seq=2")
    # Someone determined drops the trigger and edits a row: the chain shows it.
    conn.execute("DROP TRIGGER audit_event_no_update")
    conn.execute("UPDATE audit_event SET action='create nothing' WHERE seq=3")
    conn.commit()
    conn.close()
    svc = _open(tmp_path / "w.db", library)
    try:
        report = svc.safety.check()
        assert report.audit_breaks == (3,)
    finally:
        svc.close()


# --- encryption ----------------------------------------------------------------------------
def test_encrypted_database_files_and_backups_hold_no_readable_text(tmp_path: Path, library) -> None:
    data = tmp_path / "data"
    database, recovery = create_encrypted(data / "secret.db", "correct horse battery")
    svc = Services.create(database, library)
    try:
        _, _, markers = _seed(svc, 50)
        svc.safety.backup_now()
        # Control: the same scan finds the text in a decrypted copy.
        plain = tmp_path / "control" / "plain.db"
        plain.parent.mkdir()
        raw = database.engine.raw_connection()
        try:
            raw.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
            raw.execute("SELECT sqlcipher_export('plain')")
            raw.execute("DETACH DATABASE plain")
        finally:
            raw.close()
        assert len(_hits(plain.parent, markers)) >= len(markers)
        assert _hits(data, markers) == {}
    finally:
        svc.close()
    assert _hits(data, markers) == {}
    for path in _files_under(data):
        if path.suffix == ".db":
            assert path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(PassphraseRequiredError):
        open_database(data / "secret.db")
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        open_database(data / "secret.db", passphrase="incorrect horse")
    for secret in ("correct horse battery", recovery, recovery.lower().replace("-", " ")):
        db = open_database(data / "secret.db", passphrase=secret)
        svc = Services.create(db, library)
        assert len(svc.programmes.participants(svc.programmes.programmes()[0].id)) == 50
        svc.close()
    backup = bk.list_backups(bk.backup_dir(data / "secret.db"))[0].path
    assert bk.check_file(backup, open_database(data / "secret.db", passphrase=recovery).key) == []


@pytest.mark.parametrize("large", [False, True], ids=["full-checks", "large-file-quick-check"])
def test_tampered_encrypted_page_is_refused_not_read_as_garbage(tmp_path: Path, library, monkeypatch, large) -> None:
    if large:  # a file above the size where opening runs quick_check alone (SQLCipher checks each page it reads)
        import workshop_app.storage.database as database_module

        monkeypatch.setattr(database_module, "FULL_CHECK_BELOW", 0)
    database, _ = create_encrypted(tmp_path / "s.db", "correct horse battery")
    svc = Services.create(database, library)
    _seed(svc, 10)
    svc.db.checkpoint()
    svc.close()
    path = tmp_path / "s.db"
    blob = bytearray(path.read_bytes())
    blob[4096 * 3 + 100] ^= 0x01
    path.write_bytes(bytes(blob))
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_database(path, passphrase="correct horse battery")
    assert path.read_bytes() == before


def test_changing_the_passphrase_keeps_the_recovery_key(tmp_path: Path, library) -> None:
    database, recovery = create_encrypted(tmp_path / "s.db", "first passphrase")
    svc = Services.create(database, library)
    svc.safety.change_passphrase("second passphrase")
    svc.close()
    with pytest.raises(WrongPassphraseError):
        open_database(tmp_path / "s.db", passphrase="first passphrase")
    open_database(tmp_path / "s.db", passphrase="second passphrase").close()
    open_database(tmp_path / "s.db", passphrase=recovery).close()


# --- damaged and foreign files -------------------------------------------------------------
def test_foreign_damaged_newer_and_read_only_files_are_refused_untouched(
    tmp_path: Path, library, monkeypatch: pytest.MonkeyPatch
) -> None:
    text_file = tmp_path / "notes.db"
    text_file.write_text("just some notes")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    good = tmp_path / "good.db"
    svc = _open(good, library)
    _seed(svc, 3)
    svc.db.checkpoint()
    svc.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.db"
    blob = bytearray(good.read_bytes())
    blob[4096 * 2 : 4096 * 2 + 200] = b"\xff" * 200
    damaged.write_bytes(bytes(blob))

    for path, error in (
        (text_file, NotADatabaseError),
        (other, NotADatabaseError),
        (newer, NewerDatabaseError),
        (damaged, DamagedDatabaseError),
    ):
        before = path.read_bytes()
        with pytest.raises(error):
            open_database(path)
        assert path.read_bytes() == before, path.name

    folder = tmp_path / "locked"
    folder.mkdir()
    ro = folder / "ro.db"
    ro.write_bytes(good.read_bytes())
    os.chmod(folder, 0o555)
    try:
        if os.access(folder, os.W_OK):  # the superuser can write anywhere: pretend it cannot
            import workshop_app.storage.database as database_module

            monkeypatch.setattr(database_module, "_folder_writable", lambda _target: False)
        before = ro.read_bytes()
        with pytest.raises(StorageError, match="read-only"):
            open_database(ro)
        db = open_database(ro, read_only=True)
        svc = Services.create(db, library)
        assert len(svc.programmes.programmes()) == 1
        with pytest.raises(StorageError, match="read-only"):
            svc.programmes.create_programme("nope")
        svc.close()
        assert ro.read_bytes() == before
    finally:
        os.chmod(folder, 0o755)


# --- drafts --------------------------------------------------------------------------------
def test_each_person_prompt_and_session_keeps_one_draft_the_latest_text(tmp_path: Path, library) -> None:
    """Drafts are written on every pause in typing: each keeps one row, named or anonymous."""
    svc = _open(tmp_path / "w.db", library)
    try:
        prog_id, session_id, _ = _seed(svc, 1)
        person = svc.programmes.participants(prog_id)[0]
        for text in ("Siân s", "Siân sa", "Siân said 😀 مرحبا"):
            svc.entries.save_draft(session_id, person.id, "What next?", text)
            svc.entries.save_draft(session_id, None, "What next?", text.upper())  # the anonymous entry
        svc.entries.save_draft(session_id, person.id, "Another prompt", "other")
        drafts = svc.entries.drafts(session_id)
        assert sorted((d.participant_id or "", d.prompt, d.text) for d in drafts) == sorted(
            [
                (person.id, "What next?", "Siân said 😀 مرحبا"),
                ("", "What next?", "SIÂN SAID 😀 مرحبا"),
                (person.id, "Another prompt", "other"),
            ]
        )
        assert all(isinstance(d.updated_at, datetime) for d in drafts)
        assert [d.updated_at for d in drafts] == sorted(d.updated_at for d in drafts)  # oldest first
        svc.entries.save_reflection(session_id, person.id, "Another prompt", "other")
        assert len(svc.entries.drafts(session_id)) == 2  # a draft the same as what is saved is not offered
    finally:
        svc.close()


def test_a_draft_on_a_read_only_database_is_refused_with_a_clear_error(tmp_path: Path, library) -> None:
    svc = _open(tmp_path / "w.db", library)
    prog_id, session_id, _ = _seed(svc, 1)
    person_id = svc.programmes.participants(prog_id)[0].id
    svc.close()
    svc = _open(tmp_path / "w.db", library, read_only=True)
    try:
        with pytest.raises(StorageError, match="read-only"):
            svc.entries.save_draft(session_id, person_id, "What next?", "text")
    finally:
        svc.close()


# --- erasure -------------------------------------------------------------------------------
def _erasure_run(tmp_path: Path, library, *, erase: bool) -> tuple[dict, Services, str, str]:
    db_path = tmp_path / "data" / "w.db"
    svc = _open(db_path, library)
    prog_id, session_id, _ = _seed(svc, 20)
    marker = _marker()
    person = svc.programmes.add_participant(prog_id, f"Name {marker}", role=f"Role {marker}").value
    svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
    svc.entries.save_reflection(session_id, person.id, "What changed?", f"Painful {marker} story " * 20)
    svc.entries.save_reflection(session_id, person.id, "What next?", f"Next {marker}")
    svc.entries.set_rating(session_id, person.id, library.self_assessment.elements[0].key, 2, f"Do {marker}")
    svc.entries.save_draft(session_id, person.id, "What next?", f"Draft {marker}")
    old_backup = svc.safety.backup_now("scheduled")
    report = None
    if erase:
        report = svc.safety.erase_participant(person.id).value
    else:
        svc.db.checkpoint()
    new_backup = svc.safety.backup_now("after")
    hits = _hits(db_path.parent, [marker])
    hits = {k: v for k, v in hits.items() if old_backup.path.name not in k}
    if report is not None:
        hits = {k: v for k, v in hits.items() if report.backup_before.path.name not in k}
    return hits, svc, person.id, (report, old_backup, new_backup)


def test_erasure_removes_every_live_trace_and_lists_old_backups(tmp_path: Path, library) -> None:
    hits, svc, person_id, (report, old_backup, new_backup) = _erasure_run(tmp_path, library, erase=True)
    try:
        assert hits == {}, hits
        held = {b.path for b in report.backups_holding}
        assert old_backup.path in held and report.backup_before.path in held
        assert new_backup.path not in held
        assert all(b.expires_on > b.taken_at for b in report.backups_holding)
        events = svc.safety.audit_events()
        assert [e.action for e in events].count("erase participant") == 1
        assert svc.safety.check().ok
    finally:
        svc.close()


def test_erasure_scan_finds_the_marker_when_it_is_present(tmp_path: Path, library) -> None:
    """Negative control: without erasure the same scan finds the person everywhere."""
    hits, svc, _, _ = _erasure_run(tmp_path, library, erase=False)
    svc.close()
    assert any(k.startswith("w.db:") for k in hits)
    assert any(k.startswith("backup-") for k in hits)
