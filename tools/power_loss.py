"""Power-loss simulation (R-05) without a custom VFS: record every write and sync, then replay.

A child process saves reflections through the app's real save path (EntryService on a database
opened by `open_database`: write-ahead log, `synchronous=FULL`) and reports each save after the
call returned. It runs under `strace`, which records, in order, every file the process opens,
every byte it writes (with its offset), every `fsync`/`fdatasync`/`ftruncate`, and the reports.

The parent then picks crash points in that record. At a crash point a file holds everything
written before its last sync; each later write (not yet synced) independently reached the
disk or did not, and the last one that did may be torn (only its first 512-byte sectors
written). This is SQLite's own crash model (writes after the last sync may be lost, reordered
or torn). The shared-memory index (`-shm`) is dropped, as after a power cut the app must
rebuild it. The rebuilt files are opened with the app's `open_database`, checked with
`integrity_check`, and every save reported before the crash point must be there, whole.

`--migrate` records the schema upgrade instead: the child opens a database made by v0.1.0 (the
app backs it up, then upgrades it to the current schema) and reports once it is open. At every
crash point the rebuilt file must open the app's way, at the current schema, with every v0.1.0
reflection unchanged; once the upgrade was reported, the file itself must be at the current
schema before the app touches it.

Usage:  python tools/power_loss.py [--runs 4] [--points 125] [--saves 80] [--seed N] [--migrate]
The test suite runs a short variant (tests/test_power_loss.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SECTOR = 512
OLD_DB = ROOT / "tests" / "data" / "v0.1.0-demo.db"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the child (runs under strace) ----------------------------------------------------------------
def child(db_path: Path, ctx: dict, saves: int, seed: int, synchronous: int | None = None) -> None:
    from workshop_app.content.loader import load_library
    from workshop_app.services.container import Services
    from workshop_app.storage import engine
    from workshop_app.storage.database import open_database

    if synchronous is not None:  # the control run: the app's durability setting switched off
        engine.PRAGMAS["synchronous"] = synchronous

    rng = random.Random(seed)
    services = Services.create(open_database(db_path), load_library())
    with services.db.engine.connect() as conn:
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    os.write(1, f"SYNC {sync}\n".encode())
    for n in range(saves):
        text = f"Power {seed}-{n} " + "words " * rng.choice((20, 200, 2000, 6000))
        prompt = f"Prompt {n % 7}" if rng.random() < 0.3 else f"Prompt {seed}-{n}"
        result = services.entries.save_reflection(ctx["session"], ctx["person"], prompt, text).value
        os.write(1, f"ACK {result.id} {sha(text)}\n".encode())
    services.close()


def child_migrate(db_path: Path, synchronous: int | None = None) -> None:
    from workshop_app.storage import engine, migrate
    from workshop_app.storage.database import open_database

    if synchronous is not None:  # the control run
        engine.PRAGMAS["synchronous"] = synchronous

    database = open_database(db_path)  # backs the old file up, then upgrades it
    revision = migrate.current_revision(database.engine)
    with database.engine.connect() as conn:
        sync = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    os.write(1, f"SYNC {sync}\n".encode())
    os.write(1, f"ACK migrated {revision}\n".encode())
    database.close()


# --- reading the record -----------------------------------------------------------------------------
@dataclass
class Event:
    kind: str  # write, sync, truncate, unlink, ack
    path: str = ""
    offset: int = 0
    data: bytes = b""
    size: int = 0
    ack: tuple[str, str] | None = None


_CALL = re.compile(r"^(\d+)\s+(\w+)\((.*)\)\s+=\s+(-?\d+)")
_FD = re.compile(r"^(\d+)(?:<(.*?)>)?")
_DUMP = re.compile(r"^\s*\| ([0-9a-f]{5})  (.{49})")
_HEX = re.compile(r"[0-9a-f]{2}")


def parse(trace: Path, watched: tuple[str, ...]) -> tuple[list[Event], int | None]:
    """Events on the watched files (and the child's reports), in the order they happened.
    The record is strace's: `-y` names each descriptor's file, `-e write=all` dumps what is written."""
    events: list[Event] = []
    pending: Event | None = None
    chunks: list[str] = []
    sync_mode = None

    def finish() -> None:
        nonlocal pending, sync_mode
        if pending is None:
            return
        pending.data = bytes.fromhex("".join(chunks))
        if pending.kind == "ack":
            for part in pending.data.decode(errors="replace").splitlines():
                bits = part.split()
                if bits[:1] == ["ACK"] and len(bits) == 3:
                    events.append(Event("ack", ack=(bits[1], bits[2])))
                elif bits[:1] == ["SYNC"]:
                    sync_mode = int(bits[1])
        else:
            events.append(pending)
        pending = None
        chunks.clear()

    with trace.open(errors="replace") as fh:
        for line in fh:
            dump = _DUMP.match(line)
            if dump:
                if pending is not None:
                    chunks.append("".join(_HEX.findall(dump.group(2))))
                continue
            finish()
            call = _CALL.match(line)
            if not call:
                continue
            name, args, result = call.group(2), call.group(3), int(call.group(4))
            if name in ("unlink", "unlinkat"):
                match = re.search(r'"([^"]+)"', args)
                if match and result == 0 and match.group(1).endswith(watched):
                    events.append(Event("unlink", path=match.group(1)))
                continue
            fd = _FD.match(args)
            if fd is None:
                continue
            number, path = int(fd.group(1)), fd.group(2) or ""
            if name == "write" and number == 1 and result > 0:
                pending = Event("ack")
                continue
            if not path.endswith(watched):
                continue
            if name in ("pwrite64", "pwrite") and result > 0:
                pending = Event("write", path=path, offset=int(args.rsplit(",", 1)[1]))
            elif name == "write" and result > 0:
                raise RuntimeError("a write without an offset to a database file; the replay cannot place it")
            elif name in ("fsync", "fdatasync") and result == 0:
                events.append(Event("sync", path=path))
            elif name == "ftruncate" and result == 0:
                events.append(Event("truncate", path=path, size=int(args.rsplit(",", 1)[1])))
    finish()
    return events, sync_mode


# --- rebuilding the disk at a crash point --------------------------------------------------------
def _apply(content: bytearray, event: Event, torn_sectors: int | None = None) -> None:
    if event.kind == "truncate":
        del content[event.size :]
        return
    data = event.data if torn_sectors is None else event.data[: torn_sectors * SECTOR]
    end = event.offset + len(data)
    if len(content) < event.offset:
        content.extend(b"\0" * (event.offset - len(content)))
    content[event.offset : end] = data


def disk_at(events: list[Event], crash: int, initial: dict[str, bytes], rng: random.Random) -> dict[str, bytes | None]:
    """The files as a power cut at event `crash` leaves them."""
    synced: dict[str, bytearray | None] = {p: bytearray(b) for p, b in initial.items()}
    unsynced: dict[str, list[Event]] = {}
    for event in events[:crash]:
        if event.kind == "ack":
            continue
        if event.kind == "unlink":
            synced[event.path] = None
            unsynced.pop(event.path, None)
            continue
        if event.kind == "sync":
            content = synced.get(event.path)
            if content is None:
                content = synced[event.path] = bytearray()
            for pending in unsynced.pop(event.path, []):
                _apply(content, pending)
            continue
        unsynced.setdefault(event.path, []).append(event)
    disk: dict[str, bytes | None] = {}
    for path in set(synced) | set(unsynced):
        content = synced.get(path)
        content = bytearray() if content is None else bytearray(content)
        pending = unsynced.get(path, [])
        survived = [e for e in pending if rng.random() < 0.5]
        for i, event in enumerate(survived):
            torn = None
            if i == len(survived) - 1 and event.kind == "write" and len(event.data) > SECTOR and rng.random() < 0.5:
                torn = rng.randrange(0, len(event.data) // SECTOR)
            _apply(content, event, torn)
        if path not in synced and not content:
            disk[path] = None  # created, never synced, nothing reached the disk
        elif synced.get(path) is None and path in synced and not content:
            disk[path] = None
        else:
            disk[path] = bytes(content)
    return disk


# --- a run -------------------------------------------------------------------------------------------
@dataclass
class Report:
    runs: int = 0
    crash_points: int = 0
    torn_or_dropped: int = 0  # crash points where at least one written-but-unsynced write was lost or torn
    acknowledged_checked: int = 0
    lost: int = 0
    integrity_failures: int = 0
    refused: int = 0
    sync_modes: set = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return {
            "runs": self.runs,
            "crash_points": self.crash_points,
            "with_unsynced_writes": self.torn_or_dropped,
            "acknowledged_checked": self.acknowledged_checked,
            "lost": self.lost,
            "integrity_failures": self.integrity_failures,
            "refused_at_open": self.refused,
            "synchronous": sorted(self.sync_modes),
            "problems": self.problems[:20],
            "seconds": round(self.seconds, 1),
        }


def _seed(folder: Path) -> tuple[Path, dict]:
    from workshop_app.content.loader import load_library
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    db_path = folder / "power.db"
    svc = Services.create(open_database(db_path), load_library())
    prog = svc.programmes.create_programme("Power-loss programme").value
    person = svc.programmes.add_participant(prog.id, "Test Person").value
    svc.consent.record(person.id, taking_part=True, research_use=True)
    session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 6, 1), clock(10, 0)).value
    svc.close()
    return db_path, {"person": person.id, "session": session.id}


def check_point(
    disk: dict[str, bytes | None],
    db_name: str,
    acks: list[tuple[str, str]],
    later: list[tuple[str, str]],
    scratch: Path,
) -> list[str]:
    """Open the rebuilt files the app's way; every save reported before the crash must be there.
    A reflection saved again may hold a later text instead (committed, not yet reported)."""
    from workshop_app.domain.errors import WorkshopError
    from workshop_app.storage import backup as bk
    from workshop_app.storage.database import open_database
    from workshop_app.storage.engine import dbapi_module

    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for path, content in disk.items():
        if content is not None:
            (scratch / Path(path).name).write_bytes(content)
    target = scratch / db_name
    try:
        open_database(target).close()  # what the app does: recover, check, open
    except WorkshopError as exc:
        return [f"refused at open: {exc.code}"]
    problems = bk.check_file(target)
    if problems:
        return [f"integrity: {problems[:2]}"]
    conn = dbapi_module().connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = dict(conn.execute("SELECT id, text FROM reflection").fetchall())
    finally:
        conn.close()
    latest: dict[str, str] = {}
    for rid, digest in acks:
        latest[rid] = digest  # a reflection saved again holds the later text: the last report counts
    allowed = {(rid, digest) for rid, digest in later}
    lost = [
        rid
        for rid, digest in latest.items()
        if rid not in rows or (sha(rows[rid]) != digest and (rid, sha(rows[rid])) not in allowed)
    ]
    return [f"lost acknowledged save {rid}" for rid in lost]


def check_migrate_point(
    disk: dict[str, bytes | None], db_name: str, acks: list[tuple[str, str]], scratch: Path
) -> list[str]:
    """The rebuilt file opens at the current schema with the old reflections intact; once the
    upgrade was reported, it is in the file before the app opens it again."""
    from workshop_app.domain.errors import WorkshopError
    from workshop_app.storage import backup as bk
    from workshop_app.storage import migrate
    from workshop_app.storage.database import open_database
    from workshop_app.storage.engine import dbapi_module

    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    for path, content in disk.items():
        if content is not None:
            (scratch / Path(path).name).write_bytes(content)
    target = scratch / db_name
    problems: list[str] = []
    conn = dbapi_module().connect(str(target))
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except dbapi_module().Error as exc:
        return [f"integrity: unreadable after the cut ({exc})"]
    finally:
        conn.close()
    head = migrate.head_revision()
    if acks and revision != head:
        problems.append(f"lost acknowledged upgrade: the file is at {revision}")
    try:
        database = open_database(target)
    except WorkshopError as exc:
        return problems + [f"refused at open: {exc.code}"]
    try:
        if migrate.current_revision(database.engine) != head:
            problems.append("opened below the current schema")
    finally:
        database.close()
    found = bk.check_file(target)
    if found:
        return problems + [f"integrity: {found[:2]}"]
    old = dbapi_module().connect(f"{OLD_DB.resolve().as_uri()}?mode=ro", uri=True)
    now = dbapi_module().connect(f"{target.resolve().as_uri()}?mode=ro", uri=True)
    try:
        before = sorted(old.execute("SELECT id, text FROM reflection").fetchall())
        after = sorted(now.execute("SELECT id, text FROM reflection").fetchall())
    finally:
        old.close()
        now.close()
    if before != after:
        problems.append("lost: the v0.1.0 reflections changed")
    return problems


def run(
    workdir: Path,
    runs: int = 2,
    points: int = 100,
    saves: int = 80,
    seed: int = 1,
    synchronous: int | None = None,
    *,
    migrating: bool = False,
) -> Report:
    """Record `runs` children and check `points` crash points in each. `synchronous` overrides the
    app's setting in the child (0 = OFF, for the control run that shows losses are found);
    `migrating` records the upgrade of a v0.1.0 database instead of saves."""
    rng = random.Random(seed)
    report = Report()
    start = time.perf_counter()
    strace = shutil.which("strace")
    if strace is None:
        raise RuntimeError("strace is needed to record the writes")
    for r in range(runs):
        folder = workdir / f"run{r}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        if migrating:
            db_path, ctx = folder / "old.db", {}
            shutil.copyfile(OLD_DB, db_path)
        else:
            db_path, ctx = _seed(folder)
        initial = {str(db_path): db_path.read_bytes()}
        trace = folder / "trace.txt"
        code = (
            "import sys, json; from pathlib import Path; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tools'];"
            "import power_loss; power_loss.child(Path(sys.argv[2]), json.loads(sys.argv[3]), int(sys.argv[4]), "
            "int(sys.argv[5]), json.loads(sys.argv[6]))"
        )
        if migrating:
            code = (
                "import sys; from pathlib import Path; sys.path[:0] = [sys.argv[1], sys.argv[1] + '/tools'];"
                "import json, power_loss; power_loss.child_migrate(Path(sys.argv[2]), json.loads(sys.argv[6]))"
            )
        command = [
            strace, "-f", "-qq", "-y", "-o", str(trace), "-s", "1024", "-e", "write=all",
            "-e", "trace=write,pwrite64,fsync,fdatasync,ftruncate,unlink,unlinkat",
            sys.executable, "-c", code, str(ROOT), str(db_path), json.dumps(ctx), str(saves),
            str(rng.randrange(1 << 30)), json.dumps(synchronous),
        ]  # fmt: skip
        done = subprocess.run(command, capture_output=True, cwd=folder, timeout=600, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"the power-loss child failed: {done.stderr.decode(errors='replace')[-2000:]}")
        watched = (db_path.name, db_path.name + "-wal", db_path.name + "-journal")
        events, sync_mode = parse(trace, watched)
        report.sync_modes.add(sync_mode)
        report.runs += 1
        writes = [i for i, e in enumerate(events) if e.kind in ("write", "sync", "truncate", "ack")]
        chosen = sorted(rng.sample(writes, min(points, len(writes))))
        scratch = Path(tempfile.mkdtemp(prefix="power-point-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
        for crash in chosen:
            acks = [e.ack for e in events[:crash] if e.kind == "ack" and e.ack]
            disk = disk_at(events, crash, initial, rng)
            unsynced = _has_unsynced(events, crash)
            report.crash_points += 1
            report.torn_or_dropped += unsynced
            report.acknowledged_checked += len(acks)
            later = [e.ack for e in events[crash:] if e.kind == "ack" and e.ack]
            if migrating:
                found = check_migrate_point(disk, db_path.name, acks, scratch)
            else:
                found = check_point(disk, db_path.name, acks, later, scratch)
            if found:
                if any(p.startswith("lost") for p in found):
                    report.lost += sum(p.startswith("lost") for p in found)
                elif found[0].startswith("integrity"):
                    report.integrity_failures += 1
                elif found[0].startswith("refused"):
                    report.refused += 1
                else:  # opened, but not at the current schema
                    report.integrity_failures += 1
                report.problems += [f"run {r} event {crash}: {p}" for p in found]
        shutil.rmtree(scratch, ignore_errors=True)
        trace.unlink()
    report.seconds = time.perf_counter() - start
    return report


def _has_unsynced(events: list[Event], crash: int) -> bool:
    dirty: set[str] = set()
    for event in events[:crash]:
        if event.kind in ("write", "truncate"):
            dirty.add(event.path)
        elif event.kind == "sync":
            dirty.discard(event.path)
    return bool(dirty)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=4, help="recorded runs of the child")
    parser.add_argument("--points", type=int, default=125, help="crash points per run")
    parser.add_argument("--saves", type=int, default=80, help="saves the child makes in each run")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--control", action="store_true", help="switch synchronous OFF in the child: losses expected")
    parser.add_argument("--migrate", action="store_true", help="record the upgrade of a v0.1.0 database instead")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="power-loss-"))
    report = run(
        workdir, args.runs, args.points, args.saves, args.seed, 0 if args.control else None, migrating=args.migrate
    )
    print(json.dumps({"seed": args.seed, **report.as_dict()}, indent=1))
    return 0 if report.lost == 0 and report.integrity_failures == 0 and report.refused == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
