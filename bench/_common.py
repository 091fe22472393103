"""Shared helpers for the benchmark scripts: timing, statistics, machine facts, result lines."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a measured child: the source tree importable (and its bytecode cached, as
    an installed app's is), offscreen unless told."""
    env = dict(os.environ)
    # an installed app runs from compiled bytecode; a machine-wide "don't write bytecode" setting
    # would make every measured start recompile the whole source tree
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) by nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def machine() -> str:
    """One line naming the machine: cores, CPU model, Python and SQLite versions."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import sqlite3

    try:
        from sqlcipher3 import dbapi2

        current = dbapi2.sqlite_version
    except ImportError:  # pragma: no cover
        current = "?"
    return (
        f"machine: {os.cpu_count()} cores, {cpu or 'unknown CPU'}, Python {platform.python_version()}, "
        f"SQLite {current} (sqlcipher3; Python's own {sqlite3.sqlite_version})"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def result(name: str, value: str, floor: str, ratio: float | None, target: str, met: bool | None) -> None:
    """Print the one result line a benchmark ends with (the smoke test looks for 'RESULT')."""
    ratio_text = f"{ratio:.2f}x" if ratio is not None else "-"
    verdict = "n/a" if met is None else ("met" if met else "MISSED")
    print(f"RESULT {name}: {value} | floor {floor} | ratio {ratio_text} | target {target} | {verdict}", flush=True)


def dataset(path: str | None, *, quick: bool, tmp: Path, reflections: int = 600_000, big: int = 100_000) -> Path:
    """The large data set: an existing file given with --data, else a new one in `tmp` (small when quick)."""
    if path:
        given = Path(path)
        if given.exists():
            return given
    from generate import generate

    target = Path(path) if path else tmp / "dataset.db"
    g = generate(
        target,
        programmes=5 if quick else 100,
        reflections=3_000 if quick else reflections,
        big=1_000 if quick else big,
    )
    print(
        f"generated {g.programmes} programmes, {g.participants} participants, {g.sessions} sessions, "
        f"{g.reflections} reflections in {g.seconds:.1f} s"
    )
    return target
