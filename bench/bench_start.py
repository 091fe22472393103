"""Cold start to an interactive main window, and peak memory at start, against a bare Qt window.

    python bench/bench_start.py [--quick] [--runs N]

Each run is a new process (the disk cache is warm: one unmeasured run of each goes first). The app
runs its real start path (`workshop-app --db demo.db`: logging, content, database open with its
revision check, services, main window) on a database made by `workshop-app demo`; the floor is a
script that shows a bare PySide6 QMainWindow. Two figures for the app: its first paint (the
first screen painted and usable: programme, participants, sessions, the agenda) and the moment it
is fully ready (services built, SQLAlchemy imported, the ORM mapped: it logs "start: services
ready"), with the peak memory at each. The floor quits at its first paint; runs alternate so that
load on the machine hits both alike. Offscreen always; under an X server too when `Xvfb` is
installed (or DISPLAY is set).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, child_env, machine, median, result

CHILD = str(Path(__file__).resolve().parent / "_start_child.py")
TIME_TARGET = 1.5
MEMORY_TARGET = 1.5


def one_run(kind: str, db: Path, env: dict[str, str]) -> tuple[float, float, int, float, int]:
    """Seconds to the first paint, seconds for the whole process, peak resident KiB (whole run),
    seconds to fully ready, peak resident KiB at the first paint."""
    args = [sys.executable, CHILD, kind] + ([str(db)] if kind == "app" else [])
    start_epoch = time.time()
    start = time.perf_counter()
    proc = subprocess.run(args, env=env, capture_output=True, text=True)
    whole = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} start failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    values = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    return (
        float(values["paint"]) - start_epoch,
        whole,
        int(values["maxrss"]),
        float(values["ready"]) - start_epoch,
        int(values["paint_rss"]),
    )


def measure(label: str, db: Path, env: dict[str, str], runs: int) -> dict[str, dict[str, list[float]]]:
    one_run("bare", db, env)
    one_run("app", db, env)
    figures: dict[str, dict[str, list[float]]] = {
        what: {"bare": [], "app": []} for what in ("paint", "whole", "memory", "ready", "paint_memory")
    }
    for _ in range(runs):
        for kind in ("bare", "app"):
            p, w, m, ready, pm = one_run(kind, db, env)
            figures["paint"][kind].append(p)
            figures["whole"][kind].append(w)
            figures["memory"][kind].append(m / 1024)
            figures["ready"][kind].append(ready)
            figures["paint_memory"][kind].append(pm / 1024)
    print(f"[{label}] runs per side: {runs}")
    for kind in ("bare", "app"):
        paint = figures["paint"][kind]
        print(
            f"[{label}] {kind:4}: first paint median {median(paint) * 1000:6.0f} ms "
            f"(min {min(paint) * 1000:.0f}, max {max(paint) * 1000:.0f}), peak memory then "
            f"{median(figures['paint_memory'][kind]):.0f} MiB; "
            f"fully ready {median(figures['ready'][kind]) * 1000:.0f} ms, "
            f"peak memory {median(figures['memory'][kind]):.0f} MiB; whole process "
            f"{median(figures['whole'][kind]) * 1000:.0f} ms"
        )
    return figures


def report(label: str, figures: dict[str, dict[str, list[float]]], *, memory: bool) -> None:
    """RESULT lines for first paint and fully ready (and peak memory at each) against the bare window."""
    bare = median(figures["paint"]["bare"])
    for what, name in (("paint", "first paint"), ("ready", "fully ready")):
        app = median(figures[what]["app"])
        ratio = app / bare
        result(f"cold start to {name} ({label})", f"{app * 1000:.0f} ms", f"bare window {bare * 1000:.0f} ms",
               ratio, f"<= {TIME_TARGET}x", ratio <= TIME_TARGET)  # fmt: skip
    if not memory:
        return
    floor = median(figures["memory"]["bare"])
    for what, name in (("paint_memory", "at first paint"), ("memory", "once fully ready")):
        app = median(figures[what]["app"])
        ratio = app / floor
        result(f"peak memory {name}", f"{app:.0f} MiB", f"bare window {floor:.0f} MiB",
               ratio, f"<= {MEMORY_TARGET}x", ratio <= MEMORY_TARGET)  # fmt: skip


def start_xvfb() -> tuple[subprocess.Popen[bytes] | None, str | None]:
    """A private X server (its own free display number), or the one in DISPLAY."""
    if shutil.which("Xvfb"):
        read, write = os.pipe()
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as fh:
            number = fh.readline().strip()
        if number:
            return proc, f":{number}"
        proc.terminate()
    if os.environ.get("DISPLAY"):
        return None, os.environ["DISPLAY"]
    return None, None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="two runs, offscreen only (a smoke test)")
    parser.add_argument("--runs", type=int, default=None, help="runs per side (default 9, quick 2)")
    parser.add_argument("--no-x", action="store_true", help="skip the run under an X server")
    parser.add_argument(
        "--watch",
        choices=("window", "app"),
        default="window",
        help="how the first paint is noticed: an event filter on the main window alone (default), or "
        "on the whole application (the method before 23 November 2026: every event of every object "
        "then passes through Python, which slows the app's start far more than the bare window's)",
    )
    args = parser.parse_args()
    runs = args.runs or (2 if args.quick else 9)
    print(machine())
    with tempfile.TemporaryDirectory(prefix="bench-start-") as tmp:
        home = Path(tmp) / "home"
        db = Path(tmp) / "demo.db"
        env = child_env(WORKSHOP_APP_HOME=str(home), QT_QPA_PLATFORM="offscreen", BENCH_WATCH=args.watch)
        watched = "the main window" if args.watch == "window" else "the whole application"
        print(f"first paint noticed by an event filter on {watched}")
        subprocess.run(
            [sys.executable, "-m", "workshop_app", "demo", "--db", str(db)],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        report("offscreen", measure("offscreen", db, env, runs), memory=True)
        if not (args.quick or args.no_x):
            server, display = start_xvfb()
            try:
                if display:
                    env_x = dict(env, QT_QPA_PLATFORM="xcb", DISPLAY=display)
                    report("X server", measure(f"X server {display}", db, env_x, runs), memory=False)
                else:
                    print("no X server available: the X run is skipped")
            finally:
                if server is not None:
                    server.terminate()
                    server.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
