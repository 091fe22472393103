"""Bundles between two laptops: round trip, idempotence, the conflict rule, partial bundles,
encryption, and refusals that leave the database exactly as it was."""

from __future__ import annotations

import io
import json
import re
import stat
import zipfile
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from tests.bundle_tools import database_digest, repack, reseal, unpack
from workshop_app.domain.errors import BundleError, WrongPassphraseError
from workshop_app.services.container import Services
from workshop_app.services.demo import create_demo
from workshop_app.storage import bundle_file
from workshop_app.storage.bundle_records import bundle_tables, collect
from workshop_app.storage.database import open_database
from workshop_app.storage.engine import dbapi_module


@pytest.fixture
def laptops(tmp_path: Path, library):
    a = Services.create(open_database(tmp_path / "a.db"), library)
    b = Services.create(open_database(tmp_path / "b.db"), library)
    yield a, b
    a.close()
    b.close()


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests encrypt with a cheaper scrypt cost (read back from the header like any other)."""
    monkeypatch.setattr(bundle_file, "SCRYPT_LOG2_N", 12)


def snapshot(services: Services, programme_id: str | None = None) -> dict[str, list]:
    with services.db.unit_of_work(write=False) as uow:
        return collect(uow.db, programme_id=programme_id)


def connect(services: Services):
    """A direct connection with the app's own SQLite library (never mix two SQLite builds on one file)."""
    return dbapi_module().connect(str(services.db.path))


def history(services: Services) -> list[dict]:
    conn = connect(services)
    conn.row_factory = dbapi_module().Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM record_history ORDER BY replaced_at, id")]
    finally:
        conn.close()


def export(services: Services, path: Path, **kwargs) -> Path:
    services.bundles.export_bundle(path, **kwargs)
    return path


def test_tables_are_taken_from_the_schema_parents_first() -> None:
    names = [t.name for t in bundle_tables()]
    assert "record_history" not in names
    for parent, child in [("programme", "participant"), ("session", "reflection"), ("programme", "session")]:
        assert names.index(parent) < names.index(child)
    assert {"programme", "participant", "par_cycle", "session", "block", "reflection", "rating", "action"} <= set(names)


def test_every_table_either_travels_or_is_named_as_staying_on_its_laptop() -> None:
    """A new table without id/created_at/updated_at would silently stay behind: fail loudly instead."""
    from workshop_app.storage.bundle_records import SKIPPED_PREFIXES, SKIPPED_TABLES
    from workshop_app.storage.schema import metadata

    travelling = {t.name for t in bundle_tables()}
    for table in metadata.sorted_tables:
        local = table.name in SKIPPED_TABLES or table.name.startswith(SKIPPED_PREFIXES)
        assert (table.name in travelling) != local, table.name


def test_round_trip_between_two_laptops(laptops, tmp_path: Path) -> None:
    a, b = laptops
    programme = create_demo(a, today=date(2026, 3, 2))
    other = a.programmes.create_programme("Another programme").value
    a.programmes.add_participant(other.id, "Not In The Bundle")
    bundle = export(a, tmp_path / "p.wcbundle", programme_id=programme.id)

    result = b.bundles.import_bundle(bundle)

    assert snapshot(b, programme.id) == snapshot(a, programme.id)
    assert [p.name for p in b.programmes.programmes()] == [programme.name]
    summary = result.value
    assert summary.added == sum(len(v) for v in snapshot(a, programme.id).values())
    assert (summary.updated, summary.kept, summary.history) == (0, 0, 0)
    assert result.changes.reflections and result.changes.participants
    # what the user sees on B: the same people and reflections
    assert [p.name for p in b.programmes.participants(programme.id)] == [
        p.name for p in a.programmes.participants(programme.id)
    ]
    assert "Siân Griffiths" in {p.name for p in b.programmes.participants(programme.id)}
    [session] = [s for s in b.sessions.sessions(programme.id) if s.template_key == "introducing-six-practices"]
    assert {r.text for r in b.entries.reflections(session.id)} == {r.text for r in a.entries.reflections(session.id)}


def test_importing_the_same_bundle_twice_changes_nothing(laptops, tmp_path: Path) -> None:
    a, b = laptops
    create_demo(a, today=date(2026, 3, 2))
    bundle = export(a, tmp_path / "all.wcbundle")
    b.bundles.import_bundle(bundle)
    before = database_digest(b.db.path)

    again = b.bundles.import_bundle(bundle).value

    assert database_digest(b.db.path) == before
    assert (again.added, again.updated, again.kept, again.history) == (0, 0, 0, 0)
    assert again.unchanged == again.records > 80
    assert not again.changed_anything


def _reflection(services: Services, programme_id: str):
    session = next(s for s in services.sessions.sessions(programme_id) if s.template_key == "introducing-six-practices")
    return session, services.entries.reflections(session.id)[0]


def test_concurrent_edits_keep_the_newer_and_store_the_other_in_history(laptops, tmp_path: Path) -> None:
    a, b = laptops
    programme = create_demo(a, today=date(2026, 3, 2))
    b.bundles.import_bundle(export(a, tmp_path / "first.wcbundle"))
    session, reflection = _reflection(a, programme.id)
    # both facilitators edit the same reflection offline; B's edit is the later one
    a.entries.save_reflection(session.id, reflection.participant_id, reflection.prompt, "A's wording")
    b.entries.save_reflection(session.id, reflection.participant_id, reflection.prompt, "B's later wording")

    # B imports A's bundle: B's newer text stays, A's goes to B's history
    on_b = b.bundles.import_bundle(export(a, tmp_path / "from-a.wcbundle")).value
    assert b.entries.reflection_text(session.id, reflection.participant_id, reflection.prompt) == "B's later wording"
    assert (on_b.kept, on_b.updated, on_b.history) == (1, 0, 1)
    [kept] = history(b)
    assert (kept["table_name"], kept["record_id"], kept["origin"]) == ("reflection", reflection.id, "bundle")
    assert json.loads(kept["version_json"])["text"] == "A's wording"
    assert kept["bundle_id"] == on_b.checksum

    # A imports B's bundle: B's newer text replaces A's, and A's own version goes to A's history
    on_a = a.bundles.import_bundle(export(b, tmp_path / "from-b.wcbundle")).value
    assert a.entries.reflection_text(session.id, reflection.participant_id, reflection.prompt) == "B's later wording"
    assert (on_a.updated, on_a.kept, on_a.history) == (1, 0, 1)
    [replaced] = history(a)
    assert replaced["origin"] == "local" and json.loads(replaced["version_json"])["text"] == "A's wording"

    # the two laptops now agree, and importing again stores nothing twice
    assert snapshot(a, programme.id) == snapshot(b, programme.id)
    b.bundles.import_bundle(tmp_path / "from-a.wcbundle")
    assert len(history(b)) == 1


def test_equal_times_resolve_the_same_way_on_both_laptops(laptops, tmp_path: Path) -> None:
    a, b = laptops
    programme = create_demo(a, today=date(2026, 3, 2))
    b.bundles.import_bundle(export(a, tmp_path / "first.wcbundle"))
    session, reflection = _reflection(a, programme.id)
    stamp = "2026-03-03 10:00:00.000000"
    for services, text in ((a, "one"), (b, "two")):
        conn = connect(services)
        conn.execute("UPDATE reflection SET text = ?, updated_at = ? WHERE id = ?", (text, stamp, reflection.id))
        conn.commit()
        conn.close()
    a.bundles.import_bundle(export(b, tmp_path / "b.wcbundle"))
    b.bundles.import_bundle(export(a, tmp_path / "a.wcbundle"))
    assert snapshot(a, programme.id) == snapshot(b, programme.id)


def _age_everything(services: Services, when: str) -> None:
    conn = connect(services)
    for table in bundle_tables():
        conn.execute(f"UPDATE {table.name} SET updated_at = ?", (when,))
    conn.commit()
    conn.close()


def test_since_date_bundle_carries_only_what_changed(laptops, tmp_path: Path, library) -> None:
    a, b = laptops
    programme = create_demo(a, today=date(2026, 3, 2))
    _age_everything(a, "2026-03-02 12:00:00.000000")
    b.bundles.import_bundle(export(a, tmp_path / "full.wcbundle", programme_id=programme.id))
    session, reflection = _reflection(a, programme.id)
    a.entries.save_reflection(session.id, reflection.participant_id, reflection.prompt, "Changed later")
    today = datetime.now(UTC).date()

    partial = export(a, tmp_path / "since.wcbundle", programme_id=programme.id, since=today)

    with zipfile.ZipFile(partial) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["since"] == today.isoformat()
    assert {k: v for k, v in manifest["counts"].items() if v} == {"reflection": 1}
    summary = b.bundles.import_bundle(partial).value
    assert (summary.updated, summary.added) == (1, 0)
    assert b.entries.reflection_text(session.id, reflection.participant_id, reflection.prompt) == "Changed later"
    assert snapshot(a, programme.id) == snapshot(b, programme.id)
    # nothing changed after tomorrow
    empty = export(a, tmp_path / "none.wcbundle", since=today + timedelta(days=1))
    assert b.bundles.import_bundle(empty).value.records == 0

    # a laptop that never had the programme cannot take a partial bundle: refused whole
    c = Services.create(open_database(tmp_path / "c.db"), library)
    try:
        before = database_digest(c.db.path)
        with pytest.raises(BundleError, match="neither in the bundle|no consent to take part on this laptop"):
            c.bundles.import_bundle(partial)
        assert database_digest(c.db.path) == before
    finally:
        c.close()


def test_encrypted_bundle_round_trip_wrong_passphrase_and_tampering(laptops, tmp_path: Path) -> None:
    a, b = laptops
    programme = create_demo(a, today=date(2026, 3, 2))
    bundle = export(a, tmp_path / "secret.wcbundle", programme_id=programme.id, passphrase="blue heron 7")
    raw = bundle.read_bytes()
    for marker in ("Siân", "Griffiths", "budgets", "North Ayrshire", "reflection"):
        assert marker.encode() not in raw
    assert not raw.startswith(b"PK")
    assert b.bundles.is_encrypted(bundle)
    before = database_digest(b.db.path)

    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        b.bundles.import_bundle(bundle, passphrase="blue heron 8")
    with pytest.raises(WrongPassphraseError, match="encrypted; give the passphrase"):
        b.bundles.import_bundle(bundle)
    tampered = bytearray(raw)
    tampered[len(raw) // 2] ^= 0x01
    (tmp_path / "tampered.wcbundle").write_bytes(bytes(tampered))
    with pytest.raises(BundleError, match="damaged or altered") as caught:
        b.bundles.import_bundle(tmp_path / "tampered.wcbundle", passphrase="blue heron 7")
    assert not isinstance(caught.value, WrongPassphraseError)
    assert database_digest(b.db.path) == before

    b.bundles.import_bundle(bundle, passphrase="blue heron 7")
    assert snapshot(b, programme.id) == snapshot(a, programme.id)


# --- refusals, each leaving the database as it was ---------------------------------------------


@pytest.fixture(scope="module")
def demo_bundle(tmp_path_factory: pytest.TempPathFactory, library) -> bytes:
    """One demo programme's bundle, made once for the refusal tests."""
    folder = tmp_path_factory.mktemp("demo")
    source = Services.create(open_database(folder / "source.db"), library)
    try:
        programme = create_demo(source, today=date(2026, 3, 2))
        return export(source, folder / "base.wcbundle", programme_id=programme.id).read_bytes()
    finally:
        source.close()


@pytest.fixture
def base(tmp_path: Path, library, demo_bundle: bytes):
    b = Services.create(open_database(tmp_path / "b.db"), library)
    yield b, demo_bundle
    b.close()


def _refused(b: Services, data: bytes, match: str) -> None:
    before = database_digest(b.db.path)
    with pytest.raises(BundleError, match=match):
        b.bundles.import_bytes(data)
    assert database_digest(b.db.path) == before


def _with_manifest(data: bytes, change) -> bytes:
    entries = unpack(data)
    manifest = json.loads(dict(entries)["manifest.json"])
    change(manifest)
    return repack(reseal(entries, manifest))


def _with_records(data: bytes, table: str, change) -> bytes:
    entries = unpack(data)
    i = next(i for i, (n, _) in enumerate(entries) if n == f"records/{table}.json")
    records = json.loads(entries[i][1])
    change(records)
    entries[i] = (entries[i][0], json.dumps(records).encode())
    return repack(reseal(entries))


def test_paths_outside_the_bundle_are_refused(base) -> None:
    b, data = base
    for name in ("../../evil.json", "/etc/cron.d/evil", "C:\\Windows\\evil.json", "records/../../evil.json"):
        _refused(b, repack([*unpack(data), (name, b"[]")]), "unsafe path")


def test_symlink_entry_is_refused(base) -> None:
    b, data = base
    entries = unpack(data)
    _refused(b, repack(entries, attrs={"records/reflection.json": (stat.S_IFLNK | 0o777) << 16}), "link or folder")


def test_zip_bomb_is_refused_before_unpacking(base) -> None:
    b, data = base
    entries = [e for e in unpack(data) if e[0] != "records/reflection.json"]
    bomb = repack([*entries, ("records/reflection.json", b"[" + b" " * (30 * 1024 * 1024) + b"]")])
    assert len(bomb) < 200_000
    _refused(b, bomb, "zip bomb")


def test_too_many_entries_and_duplicates_are_refused(base) -> None:
    b, data = base
    entries = unpack(data)
    _refused(b, repack(entries + [(f"records/x{i}.json", b"[]") for i in range(300)]), "more than a bundle may")
    _refused(b, repack([*entries, entries[1]]), "twice")


def test_wrong_checksum_and_foreign_files_are_refused(base, tmp_path: Path) -> None:
    b, data = base
    edited = _with_records(data, "reflection", lambda rs: rs[0].update(text="sneaky"))
    entries = unpack(edited)
    original_sum = dict(unpack(data))["checksum.txt"]
    _refused(b, repack([(n, original_sum if n == "checksum.txt" else d) for n, d in entries]), "checksum")
    _refused(b, b"", "empty")
    _refused(b, b.db.path.read_bytes()[:4096], "not a Workshop Companion bundle")
    _refused(b, repack([("word/document.xml", b"<w/>")]), "not a Workshop Companion bundle")
    _refused(b, data[: len(data) // 2], "damaged")


def test_unknown_format_version_and_newer_schema_are_refused(base) -> None:
    b, data = base
    _refused(b, _with_manifest(data, lambda m: m.update(format_version=2)), "format version 2")
    _refused(b, _with_manifest(data, lambda m: m.update(schema_revision="9999")), "newer version")
    _refused(b, _with_manifest(data, lambda m: m.update(format="something-else")), "not a Workshop Companion")


def test_missing_parents_and_wrong_types_are_refused_whole(base) -> None:
    b, data = base
    missing = "00000000-0000-4000-8000-000000000000"
    _refused(b, _with_records(data, "reflection", lambda rs: rs[-1].update(session_id=missing)), "missing session")
    _refused(b, _with_records(data, "rating", lambda rs: rs[0].update(value="five")), "whole number")
    _refused(b, _with_records(data, "rating", lambda rs: rs[0].update(value=9)), "outside what is allowed")
    _refused(b, _with_records(data, "session", lambda rs: rs[0].update(held_on="next week")), "held_on")
    _refused(b, _with_records(data, "participant", lambda rs: rs[0].update(id="42")), "UUID")
    _refused(b, _with_records(data, "participant", lambda rs: rs[0].pop("name")), "name is missing")
    _refused(b, _with_records(data, "participant", lambda rs: rs[0].update(shoe_size=9)), "unknown field")
    _refused(b, _with_records(data, "participant", lambda rs: rs.append(dict(rs[0]))), "twice")
    _refused(b, _with_manifest(data, lambda m: m["counts"].update(reflection=99)), "counts 99")


def test_a_late_failure_rolls_back_every_earlier_record(base) -> None:
    """Every record would be added before the last one fails: still nothing is left behind."""
    b, data = base
    missing = "00000000-0000-4000-8000-000000000000"
    bad = _with_records(data, "reflection", lambda rs: rs[-1].update(participant_id=missing))
    assert database_digest(b.db.path) == database_digest(b.db.path)
    _refused(b, bad, "missing participant|no consent to take part")
    assert b.programmes.programmes() == []


def test_bundle_content_is_plain_json_per_table(base) -> None:
    _b, data = base
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        reflections = json.loads(archive.read("records/reflection.json"))
    assert names[0] == "manifest.json" and names[-1] == "checksum.txt"
    assert manifest["format"] == "workshop-companion-bundle" and manifest["format_version"] == 1
    assert manifest["schema_revision"] and manifest["app_version"] and manifest["created_at"]
    assert manifest["counts"]["reflection"] == len(reflections) == 8
    assert set(reflections[0]) >= {"id", "created_at", "updated_at", "session_id", "text"}


def test_cli_bundle_export_and_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, library) -> None:
    from workshop_app.cli import main

    a = tmp_path / "a.db"
    assert main(["demo", "--db", str(a)]) == 0
    monkeypatch.setenv("BUNDLE_PASS", "correct horse")
    out = tmp_path / "x.wcbundle"
    assert main(["bundle", "export", "--db", str(a), "--out", str(out), "--passphrase-env", "BUNDLE_PASS"]) == 0
    assert "encrypted bundle" in capsys.readouterr().out
    b = tmp_path / "b.db"
    assert main(["bundle", "import", "--db", str(b), str(out)]) == 1
    assert "encrypted" in capsys.readouterr().err
    assert main(["bundle", "import", "--db", str(b), str(out), "--passphrase-env", "BUNDLE_PASS"]) == 0
    assert "added" in capsys.readouterr().out
    monkeypatch.setenv("BUNDLE_PASS", "wrong")
    assert main(["bundle", "import", "--db", str(b), str(out), "--passphrase-env", "BUNDLE_PASS"]) == 1
    err = capsys.readouterr().err
    assert "passphrase is wrong" in err and "Traceback" not in err
    assert main(["bundle", "export", "--db", str(a), "--out", str(out), "--since", "soon"]) == 1
    assert "--since" in capsys.readouterr().err
    by_name = tmp_path / "by-name.wcbundle"
    name = "North Ayrshire integration leaders (demo)"
    assert main(["bundle", "export", "--db", str(a), "--out", str(by_name), "--programme", name]) == 0
    assert re.search(r"Wrote a bundle of [1-9]\d* records", capsys.readouterr().out)
    assert main(["bundle", "export", "--db", str(a), "--out", str(by_name), "--programme", "Nowhere"]) == 1
    assert "No programme matches" in capsys.readouterr().err
    (tmp_path / "junk.wcbundle").write_bytes(b"junk")
    assert main(["bundle", "import", "--db", str(b), str(tmp_path / "junk.wcbundle")]) == 1
    assert "not a Workshop Companion bundle" in capsys.readouterr().err
    # the two databases now hold the same programme
    sa = Services.create(open_database(a), library)
    sb = Services.create(open_database(b), library)
    try:
        [p] = sa.programmes.programmes()
        assert snapshot(sa, p.id) == snapshot(sb, p.id)
    finally:
        sa.close()
        sb.close()


def test_times_survive_the_round_trip_exactly(laptops, tmp_path: Path) -> None:
    a, b = laptops
    programme = a.programmes.create_programme("Times", starts_on=date(2026, 1, 5)).value
    a.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 2, 3), time(13, 45))
    b.bundles.import_bundle(export(a, tmp_path / "t.wcbundle"))
    [s] = b.sessions.sessions(programme.id)
    assert (s.held_on, s.starts_at) == (date(2026, 2, 3), time(13, 45))
    assert snapshot(a) == snapshot(b)


def test_a_bundle_from_an_older_schema_fills_new_columns_with_their_defaults(base) -> None:
    """A column added since the bundle was made is simply absent from it; its default applies."""
    b, data = base

    def drop_role(records: list) -> None:
        for record in records:
            record.pop("role")

    entries = unpack(_with_records(data, "participant", drop_role))
    manifest = json.loads(dict(entries)["manifest.json"])
    manifest["schema_revision"] = "0001"
    summary = b.bundles.import_bytes(repack(reseal(entries, manifest))).value
    assert summary.added == summary.records
    [programme] = b.programmes.programmes()
    assert {p.role for p in b.programmes.participants(programme.id)} == {""}
