"""Corruption sweep: open thousands of damaged copies of a database through the app's own open path.

Variants: 1-16 flipped bytes in random pages, a zeroed page (page 1 included), truncation to a
random length, random bytes over the header, a write-ahead log left without its database's
changes (deleted) or swapped in from another database, garbage files, and the same damage to an
encrypted database. For each: `open_database` either opens it (and then `integrity_check`
passes and the records can be read) or refuses it with a WorkshopError (a message for a
person) and the file's bytes are unchanged. Anything else (a traceback) is a failure.

Usage:  python tools/corruption_sweep.py [--variants 10000] [--seed N]
The test suite runs a short variant (tests/test_corruption.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop_app.content.loader import load_library  # noqa: E402
from workshop_app.domain.errors import WorkshopError  # noqa: E402
from workshop_app.services.container import Services  # noqa: E402
from workshop_app.storage.database import create_encrypted, open_database  # noqa: E402
from workshop_app.storage.keyfile import keyfile_for  # noqa: E402

PAGE = 4096
PASSPHRASE = "sweep passphrase"


@dataclass
class SweepReport:
    variants: Counter = field(default_factory=Counter)
    opened_sound: int = 0
    refused: Counter = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)
    writes_to_refused: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.variants.values())

    def as_dict(self) -> dict:
        return {
            "variants": dict(self.variants),
            "total": self.total,
            "opened_and_sound": self.opened_sound,
            "refused_with_message": dict(self.refused),
            "crashes": self.crashes[:20],
            "writes_to_refused_files": self.writes_to_refused[:20],
            "seconds": round(self.seconds, 1),
        }


def _fill(svc: Services, people: int = 12) -> None:
    prog = svc.programmes.create_programme("Sweep programme").value
    session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 2, 1), clock(9, 0)).value
    element = svc.content_library.self_assessment.elements[0].key
    for i in range(people):
        person = svc.programmes.add_participant(prog.id, f"Person {i}").value
        svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
        svc.entries.save_reflection(session.id, person.id, "What changed?", f"Reflection {i} " + "text " * 200)
        svc.entries.set_rating(session.id, person.id, element, 1 + i % 5, f"Actions {i}")


def fixtures(folder: Path, library) -> dict[str, tuple[bytes, bytes | None]]:
    """Clean source files: a plain database, an encrypted one (with its key file), and a WAL pair."""
    out: dict[str, tuple[bytes, bytes | None]] = {}
    plain = folder / "plain.db"
    svc = Services.create(open_database(plain), library)
    _fill(svc)
    svc.db.checkpoint()
    svc.close()
    out["plain"] = (plain.read_bytes(), None)
    enc = folder / "enc.db"
    db, _ = create_encrypted(enc, PASSPHRASE)
    svc = Services.create(db, library)
    _fill(svc, 6)
    svc.db.checkpoint()
    svc.close()
    out["encrypted"] = (enc.read_bytes(), keyfile_for(enc).read_bytes())
    # A database whose latest changes are still in its write-ahead log (as after a crash).
    walled = folder / "walled.db"
    svc = Services.create(open_database(walled), library)
    _fill(svc, 4)
    svc.db.checkpoint()
    raw = svc.db.engine.raw_connection()
    raw.execute("PRAGMA wal_autocheckpoint=0")
    svc.programmes.create_programme("Only in the log")
    shutil.copyfile(walled, folder / "walled-copy.db")
    shutil.copyfile(str(walled) + "-wal", folder / "walled-copy.db-wal")
    raw.close()
    svc.close()
    out["walled"] = ((folder / "walled-copy.db").read_bytes(), (folder / "walled-copy.db-wal").read_bytes())
    return out


def mutate(kind: str, data: bytes, rng: random.Random) -> bytes:
    blob = bytearray(data)
    pages = max(1, len(blob) // PAGE)
    if kind == "bitflip":
        for _ in range(rng.randint(1, 16)):
            page = rng.randrange(pages)
            pos = page * PAGE + rng.randrange(PAGE)
            if pos < len(blob):
                blob[pos] ^= 1 << rng.randrange(8)
    elif kind == "zero-page":
        page = 0 if rng.random() < 0.2 else rng.randrange(pages)
        blob[page * PAGE : (page + 1) * PAGE] = bytes(min(PAGE, len(blob) - page * PAGE))
    elif kind == "truncate":
        blob = blob[: rng.randrange(1, len(blob))]
    elif kind == "header":
        n = rng.randint(1, 100)
        blob[:n] = bytes(rng.randrange(256) for _ in range(n))
    elif kind == "garbage":
        blob = bytearray(rng.randbytes(rng.choice([0, 1, 15, 16, 100, 512, 4096, 65536])))
        if rng.random() < 0.5 and len(blob) >= 16:
            blob[:16] = b"SQLite format 3\x00"
    return bytes(blob)


def _try_open(path: Path, report: SweepReport, label: str, passphrase: str | None) -> None:
    related = [path, Path(str(path) + "-wal")]
    before = {p: p.read_bytes() for p in related if p.exists()}
    try:
        db = open_database(path, passphrase=passphrase)
    except WorkshopError as exc:
        report.refused[exc.code] += 1
        after = {p: p.read_bytes() for p in related if p.exists() and (p in before or p.stat().st_size)}
        if after != before:
            report.writes_to_refused.append(label)
        return
    except Exception as exc:  # noqa: BLE001 - exactly what the sweep looks for
        report.crashes.append(f"{label}: {type(exc).__name__}")
        return
    try:
        raw = db.engine.raw_connection()  # the app's own connection, as it would check on demand
        try:
            problems = [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        finally:
            raw.close()
        if problems:
            report.crashes.append(f"{label}: opened but unsound: {problems[:2]}")
            return
        svc = Services.create(db, load_library.cached)  # type: ignore[attr-defined]
        for programme in svc.programmes.programmes():
            svc.programmes.participants(programme.id)
            for session in svc.sessions.sessions(programme.id):
                svc.entries.reflections(session.id)
        report.opened_sound += 1
    except WorkshopError as exc:
        report.refused[f"after-open {exc.code}"] += 1
    except Exception as exc:  # noqa: BLE001
        report.crashes.append(f"{label}: reading after open: {type(exc).__name__}")
    finally:
        db.close()


def run(count: int, workdir: Path, seed: int = 1) -> SweepReport:
    rng = random.Random(seed)
    library = load_library()
    load_library.cached = library  # type: ignore[attr-defined]
    base = fixtures(workdir / "fixtures", library)
    report = SweepReport()
    start = time.perf_counter()
    target = workdir / "variant.db"
    kinds = ["bitflip", "zero-page", "truncate", "header", "garbage", "wal-deleted", "wal-swapped", "enc-bitflip"]
    weights = [30, 12, 12, 10, 6, 5, 5, 20]
    for i in range(count):
        kind = rng.choices(kinds, weights)[0]
        for extra in workdir.glob("variant.db*"):
            extra.unlink()
        passphrase = None
        if kind.startswith("enc-"):
            data, keys = base["encrypted"]
            target.write_bytes(mutate(kind[4:], data, rng))
            keyfile_for(target).write_bytes(keys)
            passphrase = PASSPHRASE
        elif kind == "wal-deleted":
            target.write_bytes(base["walled"][0])  # the log that held the latest changes is gone
        elif kind == "wal-swapped":
            target.write_bytes(base["plain"][0])  # another database's log beside it
            Path(str(target) + "-wal").write_bytes(mutate("bitflip", base["walled"][1], rng))
        else:
            target.write_bytes(mutate(kind, base["plain"][0], rng))
        report.variants[kind] += 1
        _try_open(target, report, f"{i}:{kind}", passphrase)
    report.seconds = time.perf_counter() - start
    return report


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--variants", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="corruption-sweep-"))
    report = run(args.variants, workdir, args.seed)
    print(json.dumps({"seed": args.seed, **report.as_dict()}, indent=1))
    return 0 if not report.crashes and not report.writes_to_refused else 1


if __name__ == "__main__":
    sys.exit(main())
