"""The first screen's reads before the services are built (see storage/quick_reads.py)."""

from __future__ import annotations

from pathlib import Path

from ..storage.quick_reads import QuickReads

__all__ = ["QuickReads", "open_reads"]


def open_reads(path: Path) -> QuickReads | None:
    """Plain reads for the first screen, or None when the ordinary start should decide."""
    return QuickReads.open(path)
