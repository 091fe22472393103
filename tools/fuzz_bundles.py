"""Mutated bundles: each must be imported whole or refused whole, with the database unchanged.

Run the long variant:  PYTHONPATH=. python tools/fuzz_bundles.py --count 10000 --seed 1
The test suite runs a short one (tests/test_bundle_fuzz.py) with the same generator.

Each mutation is made deterministically from (seed, index). For every input the import must either
succeed (its record count equal to the bundle's content, the database intact) or raise BundleError
with a message, leaving a logical digest of every table and `PRAGMA integrity_check` unchanged.
Any other exception is a failure.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import stat
import struct
import sys
import tempfile
import time
import uuid
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_app.domain.errors import BundleError
from workshop_app.storage import bundle_file

# --- zip helpers -------------------------------------------------------------------------------


def unpack(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def repack(
    entries: list[tuple[str, bytes]],
    *,
    attrs: dict[str, int] | None = None,
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = (attrs or {}).get(name, (stat.S_IFREG | 0o644) << 16)
            with_dupes_ok(archive, info, data)
    return buffer.getvalue()


def with_dupes_ok(archive: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some mutations
        archive.writestr(info, data)


def reseal(entries: list[tuple[str, bytes]], manifest: dict[str, Any] | None = None) -> list[tuple[str, bytes]]:
    """Recompute the manifest's file list and counts (unless given) and the checksum."""
    tables = {n[len("records/") : -len(".json")]: d for n, d in entries if n.startswith("records/")}
    if manifest is None:
        manifest = json.loads(dict(entries)[bundle_file.MANIFEST])
        manifest["files"] = [bundle_file.record_path(t) for t in tables]
        counts = {}
        for t, d in tables.items():
            try:
                value = json.loads(d)
                counts[t] = len(value) if isinstance(value, list) else 0
            except (ValueError, RecursionError):
                counts[t] = 0
        manifest["counts"] = counts
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    files = [(n, d) for n, d in entries if n not in (bundle_file.MANIFEST, bundle_file.CHECKSUM)]
    checksum = bundle_file.content_checksum(manifest_bytes, files)
    return [(bundle_file.MANIFEST, manifest_bytes), *files, (bundle_file.CHECKSUM, f"sha256 {checksum}\n".encode())]


# --- mutations ---------------------------------------------------------------------------------

EVIL_NAMES = [
    "../evil.json",
    "/etc/evil.json",
    "records/../../evil.json",
    "records/./reflection.json",
    "C:\\evil.json",
    "records\\reflection.json",
    "records//reflection.json",
    "",
    "records/",
    "\x00records/x.json",
]
ODD_VALUES: list[Any] = [
    None,
    0,
    -1,
    2**70,
    1.5,
    True,
    "",
    "x" * 300,
    "not-a-uuid",
    "2026-13-45",
    "2026-01-01T25:00:00",
    "2026-01-01T10:00:00+02:00",
    [],
    {},
    {"a": [1, 2]},
    "\ud800",
    "nul\x00byte",
]


@dataclass
class Base:
    """The valid bundle mutations start from, unpacked once."""

    data: bytes
    entries: list[tuple[str, bytes]]
    encrypted: bytes
    passphrase: str = "correct horse"
    _bomb: bytes | None = None
    _many: bytes | None = None


def make_base(data: bytes) -> Base:
    saved = bundle_file.SCRYPT_LOG2_N
    bundle_file.SCRYPT_LOG2_N = 12  # cheap key derivation for the fuzz corpus only
    try:
        encrypted = bundle_file.encrypt(data, "correct horse")
    finally:
        bundle_file.SCRYPT_LOG2_N = saved
    return Base(data=data, entries=unpack(data), encrypted=encrypted)


def _record_tables(base: Base) -> list[str]:
    return [n for n, d in base.entries if n.startswith("records/") and len(json.loads(d)) > 0]


def _edit_records(base: Base, rng: random.Random, edit: Callable[[list[dict[str, Any]], random.Random], Any]) -> bytes:
    entries = list(base.entries)
    name = rng.choice(_record_tables(base))
    index = next(i for i, (n, _) in enumerate(entries) if n == name)
    records = json.loads(entries[index][1])
    edit(records, rng)
    entries[index] = (name, json.dumps(records, ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return repack(reseal(entries))


def _record_edit(records: list[dict[str, Any]], rng: random.Random) -> None:
    record = rng.choice(records)
    op = rng.randrange(9)
    key = rng.choice(sorted(record))
    if op == 0:
        record[key] = rng.choice(ODD_VALUES)
    elif op == 1:
        del record[key]
    elif op == 2:
        record[rng.choice(["extra", "__proto__", "id "])] = 1
    elif op == 3:
        fk = [k for k in record if k.endswith("_id")]
        record[rng.choice(fk) if fk else key] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    elif op == 4:
        records.append(dict(record))  # a duplicate identity
    elif op == 5:  # a newer edit of a text field: valid, must import
        texts = [
            k
            for k, v in record.items()
            if isinstance(v, str) and k not in ("id",) and not k.endswith(("_id", "_at", "_on"))
        ]
        if texts:
            record[rng.choice(texts)] = f"edited {rng.random()}"
        record["updated_at"] = "2099-01-01T00:00:00"
    elif op == 6:  # a new identity: valid unless something refers to the old one
        record["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    elif op == 7:
        record["updated_at"] = rng.choice(["", "yesterday", 12, "2026-02-30T00:00:00"])
    else:
        records[rng.randrange(len(records))] = rng.choice([[], "x", 1, None])


def _manifest_edit(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    manifest = json.loads(dict(entries)[bundle_file.MANIFEST])
    op = rng.randrange(10)
    if op == 0:
        manifest["format_version"] = rng.choice([2, 0, "1", None, 1.0])
    elif op == 1:
        manifest["schema_revision"] = rng.choice(["9999", "", None, 7])
    elif op == 2:
        manifest["format"] = rng.choice(["other-app", None, ""])
    elif op == 3:
        table = rng.choice(sorted(manifest["counts"]))
        manifest["counts"][table] += rng.choice([-1, 1, 1000])
    elif op == 4:
        manifest["programme_id"] = rng.choice(["x", 5, "../../"])
    elif op == 5:
        manifest["files"].append("records/unknown.json")
    elif op == 6:
        manifest["since"] = rng.choice(["soon", 3, "2026-99-01"])
    elif op == 7:
        manifest["counts"]["secret_table"] = 0
    elif op == 8:
        del manifest[rng.choice(sorted(manifest))]
    else:
        manifest["files"] = manifest["files"][:-1]
    return repack(reseal(entries, manifest))


def _raw_json(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    name = rng.choice([n for n, _ in entries if n.startswith("records/")])
    index = next(i for i, (n, _) in enumerate(entries) if n == name)
    original = entries[index][1]
    choice = rng.randrange(8)
    if choice == 0:
        body = original[: rng.randrange(max(1, len(original)))]
    elif choice == 1:
        body = b"\xff\xfe" + original
    elif choice == 2:
        body = b"[" * 100_000 + b"]" * 100_000
    elif choice == 3:
        body = b'[{"id": NaN}]'
    elif choice == 4:
        body = b'[{"id": "a", "id": "b"}]'
    elif choice == 5:
        body = b"[" + b"9" * 5000 + b"]"
    elif choice == 6:
        body = b'{"not": "a list"}'
    else:
        body = original.replace(b'"', b"'", 1)
    entries[index] = (name, body)
    return repack(reseal(entries))


def _rename(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    i = rng.randrange(len(entries))
    entries[i] = (rng.choice(EVIL_NAMES + ["records/other.json", "manifest.JSON"]), entries[i][1])
    names = {n for n, _ in entries}
    if bundle_file.MANIFEST in names and bundle_file.CHECKSUM in names and rng.random() < 0.5:
        entries = reseal(entries)
    return repack(entries)


def _traversal(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    entries.insert(rng.randrange(len(entries) + 1), (rng.choice(EVIL_NAMES), b"[]"))
    return repack(entries)


def _symlink(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    name = rng.choice([n for n, _ in entries])
    kind = rng.choice([stat.S_IFLNK | 0o777, stat.S_IFDIR | 0o755, stat.S_IFIFO | 0o644])
    return repack(entries, attrs={name: kind << 16})


def _duplicate(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    entry = rng.choice(entries)
    entries.insert(rng.randrange(len(entries) + 1), entry)
    return repack(entries)


def _bomb(base: Base, rng: random.Random) -> bytes:
    if base._bomb is None:
        entries = [e for e in base.entries if e[0] != "records/reflection.json"]
        base._bomb = repack([*entries, ("records/reflection.json", b" " * (20 * 1024 * 1024))])
    if rng.random() < 0.5:
        return base._bomb
    # forge a huge size in a header instead
    data = bytearray(base.data)
    sig, offset = rng.choice([(b"PK\x01\x02", 24), (b"PK\x03\x04", 22)])
    spots = [i for i in range(len(data)) if data[i : i + 4] == sig]
    at = rng.choice(spots) + offset
    data[at : at + 4] = struct.pack("<I", rng.choice([0x7FFFFFFF, 0xFFFFFFFF, 0, 1]))
    return bytes(data)


def _many(base: Base, rng: random.Random) -> bytes:
    if base._many is None:
        base._many = repack(list(base.entries) + [(f"records/t{i}.json", b"[]") for i in range(300)])
    return base._many


def _stored_method(base: Base, rng: random.Random) -> bytes:
    data = bytearray(repack(list(base.entries), method=zipfile.ZIP_STORED))
    spots = [i for i in range(len(data)) if data[i : i + 4] in (b"PK\x01\x02", b"PK\x03\x04")]
    at = rng.choice(spots)
    off = 10 if data[at : at + 4] == b"PK\x01\x02" else 8
    data[at + off : at + off + 2] = struct.pack("<H", rng.choice([12, 14, 99, 1]))  # bzip2, lzma, aes, shrink
    return bytes(data)


def _checksum(base: Base, rng: random.Random) -> bytes:
    entries = [(n, d) for n, d in base.entries]
    i = next(i for i, (n, _) in enumerate(entries) if n == bundle_file.CHECKSUM)
    entries[i] = (bundle_file.CHECKSUM, rng.choice([b"sha256 " + b"0" * 64 + b"\n", b"md5 abc\n", b"", b"\xff" * 10]))
    return repack(entries)


def _edit_unsealed(base: Base, rng: random.Random) -> bytes:
    entries = list(base.entries)
    name = rng.choice(_record_tables(base))
    i = next(i for i, (n, _) in enumerate(entries) if n == name)
    records = json.loads(entries[i][1])
    records[0]["updated_at"] = "2099-01-01T00:00:00"
    entries[i] = (name, json.dumps(records).encode())
    return repack(entries)


def _foreign(base: Base, rng: random.Random) -> bytes:
    choice = rng.randrange(6)
    if choice == 0:
        return b""
    if choice == 1:
        return bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 4000)))
    if choice == 2:
        return b"SQLite format 3\x00" + b"\x00" * 4000
    if choice == 3:
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"0" * 100
    if choice == 4:
        return repack([("word/document.xml", b"<w/>"), ("[Content_Types].xml", b"<x/>")])
    return bundle_file.MAGIC + b"\x00" * rng.randrange(0, 80)


def _byte_flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 5)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _splice(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    junk = bytes(rng.getrandbits(8) for _ in range(rng.randrange(1, 64)))
    return data[:i] + junk + data[i + rng.randrange(0, 64) :]


KINDS: list[tuple[str, int]] = [
    ("byte-flip", 14),
    ("truncate", 8),
    ("splice", 5),
    ("encrypted-flip", 4),
    ("encrypted-wrong-passphrase", 1),
    ("encrypted-truncate", 2),
    ("record-edit", 18),
    ("record-edit-unsealed", 3),
    ("manifest-edit", 8),
    ("raw-json", 6),
    ("rename", 5),
    ("traversal", 4),
    ("symlink", 3),
    ("duplicate", 3),
    ("bomb", 3),
    ("many-entries", 1),
    ("compression-method", 2),
    ("checksum", 3),
    ("foreign", 4),
    ("valid", 2),
]


def mutation(base: Base, seed: int, index: int) -> tuple[str, bytes, str | None]:
    """The index-th mutation for a seed: (kind, bytes, passphrase to import with)."""
    rng = random.Random(f"{seed}:{index}")
    kind = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    pw = base.passphrase
    makers: dict[str, Callable[[], tuple[bytes, str | None]]] = {
        "byte-flip": lambda: (_byte_flip(base.data, rng), None),
        "truncate": lambda: (_truncate(base.data, rng), None),
        "splice": lambda: (_splice(base.data, rng), None),
        "encrypted-flip": lambda: (_byte_flip(base.encrypted, rng), pw),
        "encrypted-wrong-passphrase": lambda: (base.encrypted, "wrong " + pw),
        "encrypted-truncate": lambda: (_truncate(base.encrypted, rng), pw),
        "record-edit": lambda: (_edit_records(base, rng, _record_edit), None),
        "record-edit-unsealed": lambda: (_edit_unsealed(base, rng), None),
        "manifest-edit": lambda: (_manifest_edit(base, rng), None),
        "raw-json": lambda: (_raw_json(base, rng), None),
        "rename": lambda: (_rename(base, rng), None),
        "traversal": lambda: (_traversal(base, rng), None),
        "symlink": lambda: (_symlink(base, rng), None),
        "duplicate": lambda: (_duplicate(base, rng), None),
        "bomb": lambda: (_bomb(base, rng), None),
        "many-entries": lambda: (_many(base, rng), None),
        "compression-method": lambda: (_stored_method(base, rng), None),
        "checksum": lambda: (_checksum(base, rng), None),
        "foreign": lambda: (_foreign(base, rng), None),
        "valid": lambda: (base.data, None),
    }
    data, passphrase = makers[kind]()
    return kind, data, passphrase


# --- checking ----------------------------------------------------------------------------------


def database_digest(path: Path) -> tuple[str, str]:
    """(SHA-256 over every table's rows in a fixed order, integrity_check result)."""
    from workshop_app.storage.engine import dbapi_module

    conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode() + b"\x00")
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(tuple(row)).encode("utf-8", "surrogatepass"))
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        return digest.hexdigest(), integrity
    finally:
        conn.close()


@dataclass
class Report:
    imported: int = 0
    rejected: int = 0
    kinds: Counter = field(default_factory=Counter)
    outcomes: Counter = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    slowest: tuple[float, str] = (0.0, "")


def run(services: Any, base: Base, *, seed: int, count: int, start: int = 0) -> Report:
    """Import `count` mutations into `services`' database and check each outcome."""
    path = services.db.path
    report = Report()
    began = time.perf_counter()
    before = database_digest(path)
    for index in range(start, start + count):
        kind, data, passphrase = mutation(base, seed, index)
        report.kinds[kind] += 1
        started = time.perf_counter()
        try:
            result = services.bundles.import_bytes(data, passphrase=passphrase)
        except BundleError as exc:
            report.slowest = max(report.slowest, (time.perf_counter() - started, f"{seed}:{index} {kind}"))
            report.rejected += 1
            report.outcomes[(kind, "rejected")] += 1
            after = database_digest(path)
            if not exc.message or "Traceback" in exc.message:
                report.failures.append(f"{seed}:{index} {kind}: empty or raw message")
            if after != before:
                report.failures.append(f"{seed}:{index} {kind}: refused but the database changed ({after[1]})")
            continue
        except Exception as exc:  # noqa: BLE001 - what the fuzz is looking for
            report.failures.append(f"{seed}:{index} {kind}: unexpected {type(exc).__name__}: {str(exc)[:200]}")
            before = database_digest(path)
            continue
        report.slowest = max(report.slowest, (time.perf_counter() - started, f"{seed}:{index} {kind}"))
        report.imported += 1
        report.outcomes[(kind, "imported")] += 1
        manifest = json.loads(_manifest_of(data, passphrase))
        expected = sum(manifest["counts"].values())
        if result.value.records != expected:
            report.failures.append(f"{seed}:{index} {kind}: imported {result.value.records} of {expected} records")
        before = database_digest(path)
        if before[1] != "ok":
            report.failures.append(f"{seed}:{index} {kind}: integrity_check says {before[1]}")
    report.seconds = time.perf_counter() - began
    return report


def _manifest_of(data: bytes, passphrase: str | None) -> bytes:
    if bundle_file.is_encrypted(data):
        data = bundle_file.decrypt(data, passphrase or "")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(bundle_file.MANIFEST)


def source_bundle(folder: Path, library: Any) -> tuple[bytes, Any]:
    """A demo programme (plus an action) exported as the base bundle; returns (bytes, source services)."""
    from datetime import date

    from workshop_app.services.container import Services
    from workshop_app.services.demo import create_demo
    from workshop_app.storage.database import open_database

    source = Services.create(open_database(folder / "source.db"), library)
    programme = create_demo(source, today=date(2026, 3, 2))
    out = folder / "base.wcbundle"
    source.bundles.export_bundle(out, programme_id=programme.id)
    return out.read_bytes(), source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    from workshop_app.content.loader import load_library
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = load_library()
        data, source = source_bundle(folder, library)
        source.close()
        target = Services.create(open_database(folder / "target.db"), library)
        try:
            report = run(target, make_base(data), seed=args.seed, count=args.count)
        finally:
            target.close()
    print(
        f"{args.count} mutated bundles (seed {args.seed}) in {report.seconds:.1f} s: "
        f"{report.imported} imported whole, {report.rejected} refused whole, {len(report.failures)} failures"
    )
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"slowest single import: {report.slowest[0] * 1000:.0f} ms ({report.slowest[1]}); peak memory {peak} MB")
    for kind, n in sorted(report.kinds.items()):
        imported = report.outcomes[(kind, "imported")]
        print(f"  {kind:28} {n:6}  imported {imported:5}  refused {report.outcomes[(kind, 'rejected')]:5}")
    for line in report.failures[:50]:
        print("FAIL", line)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
