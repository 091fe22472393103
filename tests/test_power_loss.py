"""Acknowledged saves survive a simulated power cut (R-05).

The short variant of tools/power_loss.py: the app's save path runs under strace, which records
every write and sync; at random crash points the files are rebuilt as a power cut could leave
them (unsynced writes lost, reordered or torn) and opened with the app's own open path. A
control run with `synchronous=OFF` shows the simulation does find lost saves when they happen.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import power_loss  # noqa: E402


def _strace_works() -> bool:
    """strace is installed and may trace a child here (some containers forbid ptrace)."""
    if shutil.which("strace") is None or not sys.platform.startswith("linux"):
        return False
    import subprocess

    probe = subprocess.run(["strace", "-f", "-o", "/dev/null", "true"], capture_output=True, check=False)
    return probe.returncode == 0


needs_strace = pytest.mark.skipif(not _strace_works(), reason="needs strace, allowed to trace, on Linux")


@needs_strace
def test_simulated_power_cuts_lose_no_acknowledged_save(tmp_path: Path) -> None:
    report = power_loss.run(tmp_path / "full", runs=1, points=120, saves=40, seed=20261122)
    summary = report.as_dict()
    assert report.sync_modes == {2}, summary  # the app's connections run with synchronous=FULL
    assert report.crash_points == 120 and report.torn_or_dropped > 60, summary
    assert report.acknowledged_checked > 500, summary
    assert report.integrity_failures == 0 and report.refused == 0, summary
    assert report.lost == 0, summary


@needs_strace
def test_the_simulation_finds_losses_when_saves_are_not_synced(tmp_path: Path) -> None:
    report = power_loss.run(tmp_path / "control", runs=1, points=15, saves=40, seed=7, synchronous=0)
    assert report.sync_modes == {0}
    assert report.lost > 0, report.as_dict()


@needs_strace
def test_a_power_cut_during_the_schema_upgrade_loses_nothing(tmp_path: Path) -> None:
    report = power_loss.run(tmp_path / "migrate", runs=1, points=60, seed=20261123, migrating=True)
    summary = report.as_dict()
    assert report.sync_modes == {2}, summary
    assert report.crash_points == 60 and report.torn_or_dropped > 30, summary
    assert report.acknowledged_checked > 0, summary  # some points fall after the upgrade was reported
    assert report.integrity_failures == 0 and report.refused == 0 and report.lost == 0, summary


@needs_strace
def test_the_upgrade_simulation_finds_damage_when_writes_are_not_synced(tmp_path: Path) -> None:
    report = power_loss.run(tmp_path / "migrate-control", runs=1, points=20, seed=5, synchronous=0, migrating=True)
    assert report.sync_modes == {0}
    assert report.lost + report.integrity_failures + report.refused > 0, report.as_dict()
