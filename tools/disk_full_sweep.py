"""Disk-full sweep: every save path, run until the disk is "full", at many sizes of free space.

Each case is a child process with a file-size limit (RLIMIT_FSIZE; a write past it fails with
"File too large", as a full disk fails with "No space left"). For saves into the database the
limit is the database's size plus the headroom; for files the app writes beside it (an export, a
session pack, a bundle) it is the headroom alone. The child repeats one user action until it
fails and reports every action the app acknowledged. The case passes when:

- the failure is a WorkshopError (a message for a person, no traceback, no errno or path),
- the database passes `integrity_check` afterwards and every acknowledged save is in it,
- no half-written file is left beside the database or the output, and every published output
  file is complete,
- the same action works again once the limit is gone.

Usage:  python tools/disk_full_sweep.py [--step 16384] [--max 524288] [--ops reflection,pack]
The test suite runs a short variant (tests/test_disk_full.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workshop_app.content.loader import load_library  # noqa: E402
from workshop_app.domain.errors import WorkshopError  # noqa: E402
from workshop_app.domain.records import CaptureKind  # noqa: E402
from workshop_app.domain.research import ExportFormat, ExportLevel  # noqa: E402
from workshop_app.services.container import Services  # noqa: E402
from workshop_app.storage.backup import check_file  # noqa: E402
from workshop_app.storage.database import open_database  # noqa: E402

# Actions that grow the database, and actions that write a file beside it.
DATABASE_OPS = ("reflection", "draft", "rating", "capture", "action", "participant", "backup")
FILE_OPS = ("export", "pack", "bundle")
OPS = DATABASE_OPS + FILE_OPS
MAX_ROUNDS = 400  # an action that has not filled the limit by then never will at this size
FILE_ROUNDS = 3  # each file is the same size as the last: if three fit, all will


@dataclass
class Ids:
    programme: str
    session: str
    person: str


@dataclass
class SweepReport:
    cases: int = 0
    filled: int = 0  # cases where the limit was reached (the rest fit within it)
    acknowledged: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.cases,
            "filled": self.filled,
            "acknowledged": self.acknowledged,
            "failures": self.failures,
            "seconds": round(self.seconds, 1),
        }


def make_seed(folder: Path) -> tuple[Path, Ids]:
    """A small database with a programme, a consenting person, a session and a few entries."""
    path = folder / "seed.db"
    svc = Services.create(open_database(path), load_library())
    try:
        prog = svc.programmes.create_programme("Disk full sweep").value
        person = svc.programmes.add_participant(prog.id, "Siân Łukasz").value
        svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
        session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 1, 1), clock(9)).value
        for prompt in svc.sessions.prompts(session)[:3]:
            svc.entries.save_reflection(session.id, person.id, prompt, "Trust grew when we met in person. " * 20)
        svc.db.checkpoint()
    finally:
        svc.close()
    return path, Ids(prog.id, session.id, person.id)


def _action(svc: Services, op: str, ids: Ids, i: int, out: Path) -> str:
    """Do one user action (round i); return what identifies it once acknowledged."""
    words = f"Round {i}: " + "words typed in the room, Siân, Łukasz, 信任 " * 40
    if op == "reflection":
        return svc.entries.save_reflection(ids.session, ids.person, f"Prompt {i}", words).value.id
    if op == "draft":
        svc.entries.save_draft(ids.session, ids.person, f"Prompt {i}", words)
        return f"Prompt {i}"
    if op == "rating":
        item = svc.content_library.self_assessment.elements[i % len(svc.content_library.self_assessment.elements)].key
        return svc.entries.set_rating(ids.session, ids.person, item, 1 + i % 5, words).value.id
    if op == "capture":
        return svc.run.save_capture(ids.session, None, CaptureKind.PARKING_LOT, words * (1 + i % 3)).value.id
    if op == "action":
        return svc.actions.add(ids.session, words[:900], owner="Siân").value.id
    if op == "participant":
        return svc.programmes.add_participant(ids.programme, f"Person {i} Łukasz").value.id
    if op == "backup":
        return str(svc.safety.backup_now("sweep").path)
    if op == "export":
        target = out / f"export-{i}.csv"
        svc.exports.export(ids.programme, ExportFormat.CSV, target, ExportLevel.FULL)
        return str(target)
    if op == "pack":
        target = out / f"pack-{i}.pdf"
        svc.packs.write_pack(svc.packs.pack_data(ids.session), target)
        return str(target)
    if op == "bundle":
        target = out / f"bundle-{i}.wcbundle"
        svc.bundles.export_bundle(target, programme_id=ids.programme)
        return str(target)
    raise ValueError(op)


def child(op: str, db: str, ids_json: str, limit: int, out: str) -> None:
    """Run in the limited process: repeat the action until it fails; print what was acknowledged."""
    import resource
    import signal

    ids = Ids(**json.loads(ids_json))
    svc = Services.create(open_database(Path(db)), load_library())
    svc.entries, svc.packs, svc.exports, svc.bundles, svc.safety, svc.run, svc.actions  # noqa: B018 (import first)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    acked: list[str] = []
    outcome: dict[str, Any] = {"code": None, "message": None}
    for i in range(FILE_ROUNDS if op in FILE_OPS else MAX_ROUNDS):
        try:
            acked.append(_action(svc, op, ids, i, Path(out)))
        except WorkshopError as exc:
            outcome = {"code": exc.code, "message": exc.message}
            break
    print(json.dumps({"acked": acked, **outcome}))


def _check_stored(svc: Services, op: str, ids: Ids, acked: list[str]) -> list[str]:
    """Which acknowledged actions are missing from the database (or incomplete on disk)."""
    if op == "reflection":
        have = {r.id for r in svc.entries.reflections(ids.session)}
    elif op == "draft":
        have = {d.prompt for d in svc.entries.drafts(ids.session)}
    elif op == "rating":
        have = {r.id for r in svc.entries.ratings(ids.session)}
    elif op == "capture":
        have = {c.id for c in svc.run.captures(ids.session)}
    elif op == "action":
        have = {a.id for a in svc.actions.agreed_in(ids.session)}
    elif op == "participant":
        have = {p.id for p in svc.programmes.participants(ids.programme)}
    elif op == "backup":
        # older backups are thinned away by policy as newer ones arrive: the newest must be there and sound
        newest = acked[-1:]
        return [a for a in newest if not Path(a).exists() or check_file(Path(a), svc.db.key)]
    else:
        return [a for a in acked if not _complete(Path(a))]
    return [a for a in acked if a not in have]


def _complete(path: Path) -> bool:
    if not path.exists() or path.stat().st_size == 0:
        return False
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return data.startswith(b"%PDF") and b"%%EOF" in data[-64:]
    if path.suffix == ".csv":
        return data.endswith(b"\n")
    return True


def _leftovers(*folders: Path) -> list[str]:
    """Temporary files a failed write left behind (the app's own are dot-files ending .tmp)."""
    return sorted(p.name for folder in folders if folder.exists() for p in folder.rglob("*") if p.suffix == ".tmp")


def run_case(op: str, headroom: int, seed: Path, ids: Ids, work: Path) -> tuple[bool, int, list[str]]:
    """One child at one headroom. Returns (filled, acknowledged, problems)."""
    case = work / f"{op}-{headroom}"
    case.mkdir()
    db = case / "sweep.db"
    shutil.copyfile(seed, db)
    out = case / "out"
    out.mkdir()
    limit = headroom if op in FILE_OPS else db.stat().st_size + headroom
    env = dict(os.environ, PYTHONPATH=str(ROOT), WORKSHOP_APP_HOME=str(case / "home"))
    args = [sys.executable, str(Path(__file__).resolve()), "--child", op, str(db), json.dumps(ids.__dict__)]
    done = subprocess.run(args + [str(limit), str(out)], env=env, capture_output=True, text=True, timeout=600)
    problems: list[str] = []
    if done.returncode != 0 or "Traceback" in done.stderr:
        tail = done.stderr.strip().splitlines()[-1:] or [f"exit {done.returncode}"]
        return False, 0, [f"{op} at {headroom} B: the child failed: {tail[0]}"]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    filled = result["code"] is not None
    message = result["message"] or ""
    if filled and ("Errno" in message or str(case) in message or "Traceback" in message):
        problems.append(f"{op} at {headroom} B: the message is not plain: {message!r}")
    if check_file(db):
        problems.append(f"{op} at {headroom} B: the database fails its check afterwards")
        return filled, len(result["acked"]), problems
    stray = _leftovers(case, out)
    if stray:
        problems.append(f"{op} at {headroom} B: half-written files left: {stray}")
    svc = Services.create(open_database(db), load_library())
    try:
        missing = _check_stored(svc, op, ids, result["acked"])
        if missing:
            problems.append(f"{op} at {headroom} B: {len(missing)} acknowledged action(s) lost")
        try:
            _action(svc, op, ids, MAX_ROUNDS + 1, out)  # space is back: the same action works
        except WorkshopError as exc:
            problems.append(f"{op} at {headroom} B: still failing once space returned: {exc.message}")
    finally:
        svc.close()
    return filled, len(result["acked"]), problems


def run(ops: tuple[str, ...], headrooms: list[int], work: Path) -> SweepReport:
    report = SweepReport()
    started = time.perf_counter()
    seed, ids = make_seed(work)
    for op in ops:
        for headroom in headrooms:
            filled, acked, problems = run_case(op, headroom, seed, ids, work)
            report.cases += 1
            report.filled += filled
            report.acknowledged += acked
            report.failures.extend(problems)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        child(argv[1], argv[2], argv[3], int(argv[4]), argv[5])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--step", type=int, default=16 * 1024, help="bytes between headroom sizes")
    parser.add_argument("--max", type=int, default=512 * 1024, help="largest headroom in bytes")
    parser.add_argument("--ops", default=",".join(OPS), help=f"comma-separated, of {', '.join(OPS)}")
    args = parser.parse_args(argv)
    ops = tuple(o.strip() for o in args.ops.split(",") if o.strip())
    unknown = set(ops) - set(OPS)
    if unknown:
        parser.error(f"unknown actions: {', '.join(sorted(unknown))}")
    headrooms = list(range(0, args.max + 1, args.step))
    with tempfile.TemporaryDirectory(prefix="disk-full-sweep-") as tmp:
        report = run(ops, headrooms, Path(tmp))
    print(json.dumps(report.as_dict(), indent=2))
    return 1 if report.failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
