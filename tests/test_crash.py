"""Acknowledged saves survive being killed at random moments (R-04, R-07, R-09, R-10, R-12).

The short variant of tools/crash_test.py: 1,000 SIGKILLs across saving, typing into the real
editor widget (offscreen Qt, drafts and autosave), backing up, exporting a pack, migrating,
restoring and importing. The long run is the script itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import crash_test  # noqa: E402


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork and SIGKILL")
def test_a_thousand_kills_lose_nothing_acknowledged(tmp_path: Path) -> None:
    report = crash_test.run_lanes(crash_test.CI_KILLS, tmp_path, seed=20261122)
    summary = report.as_dict()
    assert report.total_kills >= 1000, summary
    assert report.integrity_failures == 0, summary
    assert report.lost == 0, summary
    assert report.acknowledged["save"] > 100 and report.acknowledged["typing"] > 50, summary
    assert report.kills["typing"] >= 100 and report.drafts_offered > 10, summary  # killed editors' text came back
    assert all(report.kills[k] > 0 for k in crash_test.KINDS), summary
