"""The bundle mutation helpers of tools/fuzz_bundles.py, loaded for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "tools" / "fuzz_bundles.py"
_spec = importlib.util.spec_from_file_location("fuzz_bundles", _PATH)
assert _spec is not None and _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("fuzz_bundles", fuzz)
_spec.loader.exec_module(fuzz)

unpack = fuzz.unpack
repack = fuzz.repack
reseal = fuzz.reseal


def database_digest(path: Path) -> tuple[str, str]:
    return fuzz.database_digest(path)
