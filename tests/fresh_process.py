"""Running a few lines of Python in fresh processes that share one user home (what one start leaves
for the next)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def outputs_of_starts(script: str, home: Path, starts: int = 2) -> list[str]:
    """What `script` printed in each of `starts` fresh processes, one after another, with WORKSHOP_APP_HOME=home."""
    env = dict(os.environ, WORKSHOP_APP_HOME=str(home), PYTHONPATH=str(ROOT))
    runs = [
        subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        for _ in range(starts)
    ]
    return [run.stdout.strip() for run in runs]
