"""Damaged files are opened soundly or refused with a message, never written to (R-08).

The short variant of tools/corruption_sweep.py (which runs tens of thousands of variants).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

import corruption_sweep  # noqa: E402

CI_VARIANTS = 400


def test_corrupted_variants_open_soundly_or_are_refused_untouched(tmp_path: Path, capfd) -> None:
    report = corruption_sweep.run(CI_VARIANTS, tmp_path, seed=7)
    summary = report.as_dict()
    assert report.total == CI_VARIANTS
    assert report.crashes == [], summary
    assert report.writes_to_refused == [], summary
    assert sum(report.refused.values()) > CI_VARIANTS // 3, summary
    assert report.opened_sound > 0, summary
    assert all(report.variants[k] > 0 for k in ("bitflip", "truncate", "zero-page", "header", "enc-bitflip")), summary
    err = capfd.readouterr().err
    assert "hmac" not in err.lower() and "Traceback" not in err  # nothing a participant could see
