"""Every benchmark script still runs (quick mode) and prints its result line; the data generator is sound.

Not timed: the figures belong in docs/benchmarks.md, measured by running the scripts in full.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
SCRIPTS = sorted(p.name for p in BENCH.glob("bench_*.py"))


def test_every_benchmark_is_covered() -> None:
    assert {"bench_start.py", "bench_autosave.py", "bench_stall.py", "bench_search.py"} <= set(SCRIPTS)
    assert {"bench_open_programme.py", "bench_export.py", "bench_bundle.py"} <= set(SCRIPTS)


def run_quick(script: str, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run a benchmark script in quick mode from a scratch folder, as someone would from a checkout."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_HOME=str(tmp_path / "home"))
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick", *extra],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.mark.parametrize("script", SCRIPTS)
def test_benchmark_runs_in_quick_mode(script: str, tmp_path: Path) -> None:
    proc = run_quick(script, tmp_path)
    results = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert results, proc.stdout
    assert all(" | target " in line for line in results)
    assert proc.stdout.startswith("machine: ")


def test_the_open_programme_benchmark_runs_with_the_coding_tab_shown(tmp_path: Path) -> None:
    """The bench's `--coding` variant: the switch timed with the Coding tab shown, to its painted list."""
    proc = run_quick("bench_open_programme.py", tmp_path, "--coding")
    assert "entries in the coding list" in proc.stdout
    assert any(line.startswith("RESULT ") and "Coding tab shown" in line for line in proc.stdout.splitlines())


def test_generated_data_set_opens_in_the_app(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(BENCH))
    from workshop_app.content.loader import load_library
    from workshop_app.services.container import Services
    from workshop_app.storage.database import open_database

    made = generate(tmp_path / "set.db", programmes=4, reflections=900, big=500, seed=3)
    assert (made.programmes, made.reflections, made.big_reflections) == (4, 900, 500)
    services = Services.create(open_database(made.path), load_library())
    try:
        programmes = services.programmes.programmes()
        assert len(programmes) == 4
        big = next(p for p in programmes if p.id == made.big_programme_id)
        people = services.programmes.participants(big.id)
        names = " ".join(p.name for p in people)
        assert any(ord(ch) > 0x370 for ch in names), "names in non-Latin scripts"
        sessions = services.sessions.sessions(big.id)
        prompts = services.sessions.prompts(services.sessions.session(sessions[0].id))
        text = services.entries.reflection_text(sessions[0].id, people[0].id, prompts[0])
        assert text
        saved = services.entries.save_reflection(sessions[0].id, people[0].id, prompts[0], text + " Diolch.")
        assert saved.value.text.endswith("Diolch.")
    finally:
        services.close()
