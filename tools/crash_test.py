"""Kill test: run the app's real save paths in a child process and SIGKILL it at random moments.

After every kill the parent reopens the files and checks that every save the child acknowledged
(it reports a save only after the service call returned) is there with its exact text, that
`integrity_check` and `foreign_key_check` pass, and, per kind of work, that nothing half-done
is visible. Kinds:

  save      reflections (new and edited), ratings, participants, programmes (EntryService, ProgrammeService)
  typing    the real ReflectionEditorWidget in an offscreen Qt application, typed into key by key with
            drafts and autosave (tools/crash_typing.py): every save the widget reported is there, and
            the next start offers the killed editor's unsaved text back exactly once
  backup    verified backups (SafetyService.backup_now): every published backup is complete and sound
  export    a session pack PDF written over an existing one: the target is always a whole PDF
  migrate   opening a v0.1.0 database (backup, then schema upgrade): old-and-intact or new-and-intact
  restore   restoring backups (SafetyService.restore): the database is always one whole state

Usage:  python tools/crash_test.py [--kills 20000] [--kinds save,typing,...] [--seed N]
The test suite runs a short variant (tests/test_crash.py). Children are forked from a parent
that has imported everything, so a kill cycle takes tens of milliseconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
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
if str(ROOT / "tools") not in sys.path:
    sys.path.insert(0, str(ROOT / "tools"))

from workshop_app.content.loader import load_library  # noqa: E402
from workshop_app.services.container import Services  # noqa: E402
from workshop_app.storage import backup as bk  # noqa: E402
from workshop_app.storage import migrate  # noqa: E402
from workshop_app.storage.database import open_database  # noqa: E402
from workshop_app.storage.engine import dbapi_module  # noqa: E402

KINDS = ("save", "typing", "backup", "export", "migrate", "restore", "import")
# How long a child runs before it is killed (seconds), by kind: long enough to reach its work.
DELAYS = {
    "save": (0.002, 0.03),
    "typing": (0.0, 0.15),
    "backup": (0.005, 0.12),
    "export": (0.01, 0.8),
    "migrate": (0.005, 0.2),
    "restore": (0.01, 0.15),
    "import": (0.01, 0.6),
}
# How many acknowledgements (at most, chosen at random) to let through before the delay starts.
AFTER = {"save": 1, "typing": 6, "backup": 1, "export": 0, "migrate": 0, "restore": 1, "import": 0}
# The short run in the test suite: 1,000 kills split across the kinds (the script runs far more).
CI_KILLS = {"save": 730, "typing": 100, "backup": 60, "export": 30, "migrate": 25, "restore": 25, "import": 30}
OLD_DB = ROOT / "tests" / "data" / "v0.1.0-demo.db"


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Report:
    kills: Counter = field(default_factory=Counter)
    acknowledged: Counter = field(default_factory=Counter)
    lost: int = 0
    integrity_failures: int = 0
    drafts_offered: int = 0  # killed editors' unsaved texts offered back at the next start
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total_kills(self) -> int:
        return sum(self.kills.values())

    def as_dict(self) -> dict:
        return {
            "kills": dict(self.kills),
            "total_kills": self.total_kills,
            "acknowledged": dict(self.acknowledged),
            "lost": self.lost,
            "integrity_failures": self.integrity_failures,
            "drafts_offered": self.drafts_offered,
            "problems": self.problems[:20],
            "seconds": round(self.seconds, 1),
        }


# --- checking ---------------------------------------------------------------------------------
def integrity(path: Path) -> list[str]:
    return bk.check_file(path)


def read(path: Path, sql: str, args: tuple = ()) -> list[tuple]:
    conn = dbapi_module().connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


# --- the child: real service calls, acknowledgements after each returns ------------------------
class Child:
    def __init__(self, library, ack_fd: int) -> None:
        self.content_library = library
        self.out = os.fdopen(ack_fd, "w", buffering=1)

    def ack(self, *item: object) -> None:
        self.out.write(json.dumps(item) + "\n")
        self.out.flush()


def child_save(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    svc = Services.create(open_database(db_path), library)
    element = library.self_assessment.elements[0].key
    ack("ready")
    n = 0
    while True:
        n += 1
        tag = f"{os.getpid()}-{n}"
        choice = rng.random()
        if choice < 0.35:
            text = f"Reflection {tag} " + "words " * rng.randint(1, 400)
            prompt = f"Prompt {tag}"
            r = svc.entries.save_reflection(ctx["session"], ctx["person"], prompt, text).value
            ack("reflection", r.id, sha(text))
        elif choice < 0.6:
            text = f"Edit {tag} " + "more " * rng.randint(1, 200)
            r = svc.entries.save_reflection(ctx["session"], ctx["person"], "Edited prompt", text).value
            ack("edit", r.id, sha(text), n)
        elif choice < 0.8:
            actions = f"Actions {tag}"
            value = rng.randint(1, 5)
            r = svc.entries.set_rating(ctx["session"], ctx["person"], element, value, actions).value
            ack("rating", r.id, value, sha(actions))
        elif choice < 0.95:
            p = svc.programmes.add_participant(ctx["programme"], f"Person {tag}").value
            svc.consent.record(p.id, taking_part=True, research_use=True, quoting=True)
            ack("participant", p.id, sha(p.name))
        else:
            p = svc.programmes.create_programme(f"Programme {tag}").value
            ack("programme", p.id, sha(p.name))


def check_save(db_path: Path, acks: list[list]) -> list[str]:
    problems = []
    rows = dict(read(db_path, "SELECT id, text FROM reflection"))
    edits: dict[str, list[str]] = {}
    for a in acks:
        kind = a[0]
        if kind == "reflection" and (a[1] not in rows or sha(rows[a[1]]) != a[2]):
            problems.append(f"lost reflection {a[1]}")
        elif kind == "edit":
            edits.setdefault(a[1], []).append(a[2])
        elif kind == "rating":
            got = read(db_path, "SELECT value, actions FROM rating WHERE id = ?", (a[1],))
            if not got:
                problems.append(f"lost rating {a[1]}")
        elif kind == "participant":
            got = read(db_path, "SELECT name FROM participant WHERE id = ?", (a[1],))
            if not got or sha(got[0][0]) != a[2]:
                problems.append(f"lost participant {a[1]}")
        elif kind == "programme":
            got = read(db_path, "SELECT name FROM programme WHERE id = ?", (a[1],))
            if not got or sha(got[0][0]) != a[2]:
                problems.append(f"lost programme {a[1]}")
    for rid, digests in edits.items():
        text = rows.get(rid)
        if text is None:
            problems.append(f"lost edited reflection {rid}")
        elif sha(text) != digests[-1] and sha(text) in digests[:-1]:
            # Only a later edit (committed, its acknowledgement cut by the kill) may replace the last one.
            problems.append(f"edit of {rid} went back to an older version")
    return problems


def check_typing(db_path: Path, reports: list[list], ctx: dict, left: dict[str, str]) -> list[str]:
    """After a typing child is killed: what the widget reported saved is saved, what it reported
    kept is kept (saved or as a draft), and the drafts the previous child left were offered back
    exactly once and saved when recovered."""
    from crash_typing import TYPED

    problems = []
    offered = [(r[1], r[2]) for r in reports if r[0] == "offered"]
    if len(offered) != len(set(offered)) or set(offered) != set(left.items()):
        problems.append(f"offered back {len(offered)} drafts, {len(left)} were left unsaved")
    if [r[1] for r in reports if r[0] == "offered-again"] != [0]:
        problems.append("a draft was offered back a second time")
    saved = dict(
        read(
            db_path,
            "SELECT prompt, text FROM reflection WHERE session_id = ? AND participant_id = ?",
            (ctx["session"], ctx["person"]),
        )
    )
    for prompt, digest in left.items():
        if prompt not in saved or sha(saved[prompt]) != digest:
            problems.append(f"recovered text of {prompt!r} was not saved")
    prompt = next(r[1] for r in reports if r[0] == "ready")
    text = saved.get(prompt, "")
    drafts = [t for (t,) in read(db_path, "SELECT text FROM draft WHERE prompt = ?", (prompt,))]
    problems += [f"text that was never typed ({prompt!r})" for t in [text, *drafts] if not TYPED.startswith(t)]
    saved_ack = max((r[2] for r in reports if r[0] == "saved"), default=0)
    if len(text) < saved_ack:
        problems.append(f"lost save: {saved_ack} characters reported saved, {len(text)} in the file")
    kept_ack = max((r[2] for r in reports if r[0] in ("saved", "draft")), default=0)
    if max([len(text)] + [len(d) for d in drafts]) < kept_ack:
        problems.append(f"typing lost: {kept_ack} characters reported kept, fewer recoverable")
    return problems


def left_unsaved(db_path: Path) -> dict[str, str]:
    """Drafts whose text differs from what is saved (what the app offers back at start): prompt -> hash."""
    rows = read(
        db_path,
        "SELECT d.prompt, d.text FROM draft d LEFT JOIN reflection r ON r.session_id = d.session_id "
        "AND r.participant_id IS d.participant_id AND r.prompt = d.prompt "
        "WHERE r.text IS NULL OR r.text != d.text",
    )
    return {prompt: sha(text) for prompt, text in rows}


def run_typing(count: int, folder: Path, library, rng: random.Random, report: Report) -> None:  # noqa: ANN001
    """Kill `count` typing children, one after another on the same database."""
    import crash_typing

    db_path, ctx = _seed(folder, library)
    server = crash_typing.Server(folder / "typing-children.log")
    left: dict[str, str] = {}
    try:
        for i in range(count):
            last = i == count - 1  # the last child is killed at once: it only shows the offer of the one before
            lo, hi = DELAYS["typing"]
            after = 0 if last else rng.randint(0, AFTER["typing"])
            delay = 0.0 if last else rng.uniform(lo, hi)
            reports = server.run(db_path, ctx, rng.randrange(1 << 30), delay, after)
            report.kills["typing"] += 1
            report.acknowledged["typing"] += sum(1 for r in reports if r[0] in ("saved", "draft"))
            report.drafts_offered += sum(1 for r in reports if r[0] == "offered")
            bk.clean_stray_files(db_path)  # what the app does at start
            bk.finish_interrupted_write(db_path)
            problems = integrity(db_path)
            if problems:
                report.integrity_failures += 1
                report.problems.append(f"typing kill {i}: integrity: {problems[:2]}")
                break
            found = check_typing(db_path, reports, ctx, left)
            if found:
                report.lost += len(found)
                report.problems += [f"typing kill {i}: {p}" for p in found]
            left = left_unsaved(db_path)
    finally:
        server.close()


def child_backup(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    svc = Services.create(open_database(db_path), library)
    ack("ready")
    while True:
        info = svc.safety.backup_now("crash test")
        ack("backup", info.path.name)


def check_backup(db_path: Path, acks: list[list]) -> list[str]:
    folder = bk.backup_dir(db_path)
    problems = []
    names = {b.path.name for b in bk.list_backups(folder)}
    for a in acks:
        if a[1] not in names and len(names) < bk.KEEP_TODAY:
            problems.append(f"acknowledged backup {a[1]} missing")
    for b in bk.list_backups(folder)[:3]:
        if integrity(b.path):
            problems.append(f"published backup {b.path.name} is not sound")
    return problems


def child_export(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    svc = Services.create(open_database(db_path), library)
    out = db_path.parent / "pack.pdf"
    ack("ready")
    while True:
        svc.packs.build_pack(ctx["session"], out)
        ack("export", out.name)


def check_export(db_path: Path, acks: list[list]) -> list[str]:
    out = db_path.parent / "pack.pdf"
    if not out.exists():
        return ["the pack file vanished"] if acks else []
    data = out.read_bytes()
    if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
        return ["a partial PDF was left in place"]
    return []


def child_migrate(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    ack("ready")
    db = open_database(db_path)
    ack("migrated", migrate.current_revision(db.engine))
    while True:
        time.sleep(1)


def check_migrate(db_path: Path, acks: list[list]) -> list[str]:
    problems = []
    revision = read(db_path, "SELECT version_num FROM alembic_version")[0][0]
    if revision not in ("0001", migrate.head_revision()):
        problems.append(f"half-migrated revision {revision}")
    if acks and revision != migrate.head_revision():
        problems.append("acknowledged migration not in the file")
    old = sorted(sqlite3.connect(f"{OLD_DB.as_uri()}?mode=ro", uri=True).execute("SELECT id, text FROM reflection"))
    now = sorted(read(db_path, "SELECT id, text FROM reflection"))
    if old != now:
        problems.append("reflections changed by the migration")
    return problems


def child_restore(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    svc = Services.create(open_database(db_path), library)
    backups = [Path(p) for p in ctx["restorable"]]
    ack("ready")
    while True:
        chosen = rng.choice(backups)
        svc.safety.restore(chosen)
        ack("restored", chosen.name)


def check_restore(db_path: Path, acks: list[list], ctx: dict) -> list[str]:
    count = read(db_path, "SELECT count(*) FROM programme")[0][0]
    if count not in ctx["states"]:
        return [f"restored database has {count} programmes: not any whole state"]
    return []


def child_import(library, ack, db_path: Path, ctx: dict, rng: random.Random) -> None:
    svc = Services.create(open_database(db_path), library)
    ack("ready")
    while True:
        svc.bundles.import_bundle(Path(ctx["bundle"]))
        ack("imported")


def check_import(db_path: Path, acks: list[list], ctx: dict) -> list[str]:
    """A bundle is merged whole or not at all; once acknowledged, all of it is there."""
    wanted = set(ctx["ids"])
    present = {row[0] for row in read(db_path, "SELECT id FROM reflection")} & wanted
    if present and present != wanted:
        return [f"half an import: {len(present)} of {len(wanted)} reflections"]
    if acks and present != wanted:
        return ["acknowledged import not in the file"]
    return []


CHILDREN = {
    "save": child_save,
    "backup": child_backup,
    "export": child_export,
    "migrate": child_migrate,
    "restore": child_restore,
    "import": child_import,
}


# --- the parent ---------------------------------------------------------------------------------
def _seed(folder: Path, library) -> tuple[Path, dict]:
    db_path = folder / "crash.db"
    svc = Services.create(open_database(db_path), library)
    prog = svc.programmes.create_programme("Crash test programme").value
    person = svc.programmes.add_participant(prog.id, "Test Person").value
    svc.consent.record(person.id, taking_part=True, research_use=True, quoting=True)
    session = svc.sessions.add_from_template(prog.id, "introducing-six-practices", date(2026, 6, 1), clock(10, 0)).value
    ctx = {"programme": prog.id, "person": person.id, "session": session.id}
    svc.close()
    return db_path, ctx


def _restore_fixture(folder: Path, library) -> tuple[Path, dict]:
    db_path, ctx = _seed(folder, library)
    svc = Services.create(open_database(db_path), library)
    states, restorable = [], []
    keep = folder / "kept-backups"  # outside the backup folder, so thinning leaves them alone
    keep.mkdir()
    for i in range(3):
        for j in range(i * 5 + 1):
            svc.programmes.create_programme(f"State {i} programme {j}")
        states.append(len(svc.programmes.programmes()))
        made = svc.safety.backup_now("fixture").path
        restorable.append(str(shutil.copy(made, keep / made.name)))
    svc.close()
    # Backups taken around a restore hold one of these states too.
    ctx.update(states=set(states) | {1}, restorable=restorable)
    return db_path, ctx


def _import_fixture(folder: Path, library) -> tuple[Path, dict]:
    """Laptop A's demo programme as a bundle file, and an empty database for laptop B."""
    from workshop_app.services.demo import create_demo

    source = Services.create(open_database(folder / "laptop-a.db"), library)
    programme = create_demo(source, today=date(2026, 6, 1))
    bundle = folder / "from-a.wcbundle"
    source.bundles.export_bundle(bundle, programme_id=programme.id)
    ids = [r.id for s in source.sessions.sessions(programme.id) for r in source.entries.reflections(s.id)]
    source.close()
    empty = folder / "empty.db"
    Services.create(open_database(empty), library).close()
    db_path = folder / "crash.db"
    return db_path, {"bundle": str(bundle), "ids": ids, "empty": str(empty)}


def _warm_up(kind: str, library, folder: Path) -> None:
    """Run the kind's service calls once in the parent, so forked children start with warm caches."""
    scratch = folder / "warm"
    scratch.mkdir()
    db_path, ctx = _seed(scratch, library)
    svc = Services.create(open_database(db_path), library)
    element = library.self_assessment.elements[0].key
    for i in range(2):
        svc.entries.save_reflection(ctx["session"], ctx["person"], f"p{i}", "text")
        svc.entries.save_draft(ctx["session"], ctx["person"], f"d{i}", "text")
        svc.entries.set_rating(ctx["session"], ctx["person"], element, 2, "a")
        svc.programmes.add_participant(ctx["programme"], f"Warm {i}")
        svc.programmes.create_programme(f"Warm {i}")
    if kind in ("backup", "restore"):
        info = svc.safety.backup_now("warm")
        if kind == "restore":
            svc.safety.restore(info.path)
    if kind == "export":
        svc.packs.build_pack(ctx["session"], scratch / "warm.pdf")
    svc.close()
    shutil.rmtree(scratch)


def _run_child(kind: str, library, db_path: Path, ctx: dict, seed: int, delay: float, after: int = 0) -> list[list]:
    """Fork a child doing `kind`; kill it `delay` seconds after its `after`-th acknowledgement."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read_fd)
        code = 0
        try:
            child = Child(library, write_fd)
            CHILDREN[kind](library, child.ack, db_path, ctx, random.Random(seed))
        except BaseException:  # noqa: BLE001 - a child error is a test failure reported by the parent
            import traceback

            traceback.print_exc()
            code = 70
        os._exit(code)
    os.close(write_fd)
    fh = os.fdopen(read_fd)
    first = fh.readline()  # the child has opened the database and is about to work
    early = [fh.readline() for _ in range(after)]  # let it finish a few saves first (on a busy machine too)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    data = "".join(early) + fh.read()
    fh.close()
    if not first:
        raise RuntimeError(f"the {kind} child failed before it was ready")
    if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 70:
        raise RuntimeError(f"the {kind} child failed before it was killed")
    acks = []
    for line in data.splitlines():  # the "ready" line was read above
        try:
            acks.append(json.loads(line))
        except ValueError:
            pass  # a line cut by the kill was never acknowledged
    return acks


def run(kills: dict[str, int], workdir: Path, seed: int = 1, delays: tuple[float, float] = (0.005, 0.08)) -> Report:  # noqa: E501
    """Kill each kind the given number of times; return what was found."""
    rng = random.Random(seed)
    library = load_library()
    migrate.head_revision()  # load the migration scripts once, before forking
    report = Report()
    start = time.perf_counter()
    for kind, count in kills.items():
        if count <= 0:
            continue
        folder = workdir / kind
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        if kind == "typing":
            run_typing(count, folder, library, rng, report)
            continue
        if kind == "restore":
            db_path, ctx = _restore_fixture(folder, library)
        elif kind == "import":
            db_path, ctx = _import_fixture(folder, library)
        elif kind == "migrate":
            db_path, ctx = folder / "old.db", {}
        else:
            db_path, ctx = _seed(folder, library)
        if kind == "export":
            svc = Services.create(open_database(db_path), library)
            svc.packs.build_pack(ctx["session"], folder / "pack.pdf")
            svc.close()
        if kind not in ("migrate", "import"):
            _warm_up(kind, library, folder)
        all_acks: list[list] = []
        for i in range(count):
            if kind in ("migrate", "import"):  # each kill starts from the file before the work
                shutil.copyfile(OLD_DB if kind == "migrate" else ctx["empty"], db_path)
                for extra in folder.glob(f"{db_path.name}-*"):
                    extra.unlink()
                shutil.rmtree(bk.backup_dir(db_path), ignore_errors=True)
                all_acks = []
            lo, hi = DELAYS.get(kind, delays)
            after = rng.randint(0, AFTER.get(kind, 0))
            acks = _run_child(kind, library, db_path, ctx, rng.randrange(1 << 30), rng.uniform(lo, hi), after)
            all_acks += acks
            report.kills[kind] += 1
            report.acknowledged[kind] += len(acks)
            bk.clean_stray_files(db_path)  # what the app does at start
            bk.finish_interrupted_write(db_path)
            problems = integrity(db_path) if db_path.exists() else ["database missing"]
            if problems:
                report.integrity_failures += 1
                report.problems.append(f"{kind} kill {i}: integrity: {problems[:2]}")
                break
            checker = {
                "save": check_save,
                "backup": check_backup,
                "export": check_export,
                "migrate": check_migrate,
            }.get(kind)
            if kind == "restore":
                found = check_restore(db_path, acks, ctx)
            elif kind == "import":
                found = check_import(db_path, all_acks, ctx)
            else:
                found = checker(db_path, all_acks)
            if found:
                report.lost += len(found)
                report.problems += [f"{kind} kill {i}: {p}" for p in found]
            if kind == "backup" and i % 25 == 24:
                bk.thin_backups(bk.backup_dir(db_path))
    report.seconds = time.perf_counter() - start
    return report


def _lane(args: tuple[dict[str, int], str, int]) -> dict:
    kills, workdir, seed = args
    report = run(kills, Path(workdir), seed)
    return {
        "kills": dict(report.kills),
        "acknowledged": dict(report.acknowledged),
        "lost": report.lost,
        "integrity_failures": report.integrity_failures,
        "drafts_offered": report.drafts_offered,
        "problems": report.problems,
    }


def run_lanes(kills: dict[str, int], workdir: Path, seed: int = 1, lanes: int = 2) -> Report:
    """`run` split over parallel lanes (one per core): saving in one, the other kinds in the other.
    A typing kill starts a Qt application and costs about two save kills, so part of the save
    kills (4 in 11) run in the second lane too, to end both lanes at about the same time."""
    import multiprocessing

    if lanes <= 1:
        return run(kills, workdir, seed)
    moved = kills.get("save", 0) * 4 // 11 if len(kills) > 1 else 0
    first = {k: v - moved for k, v in kills.items() if k == "save"}
    second = {k: v for k, v in kills.items() if k != "save"}
    if moved:
        second["save"] = moved
    jobs = [(part, str(workdir / f"lane{i}"), seed + i) for i, part in enumerate((first, second)) if part]
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(len(jobs)) as pool:
        results = pool.map(_lane, jobs)
    report = Report()
    for r in results:
        report.kills.update(r["kills"])
        report.acknowledged.update(r["acknowledged"])
        report.lost += r["lost"]
        report.integrity_failures += r["integrity_failures"]
        report.drafts_offered += r["drafts_offered"]
        report.problems += r["problems"]
    report.seconds = time.perf_counter() - start
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20000, help="total kills, split across the kinds")
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--lanes", type=int, default=2, help="parallel lanes (one per core)")
    args = parser.parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k]
    weights = {"save": 6, "typing": 1, "backup": 2, "export": 2, "migrate": 1, "restore": 1, "import": 1}
    total_w = sum(weights[k] for k in kinds)
    kills = {k: max(1, args.kills * weights[k] // total_w) for k in kinds}
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="crash-test-"))
    report = run_lanes(kills, workdir, seed=args.seed, lanes=args.lanes)
    print(json.dumps({"seed": args.seed, **report.as_dict()}, indent=1))
    return 0 if report.lost == 0 and report.integrity_failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
