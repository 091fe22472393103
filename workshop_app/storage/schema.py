"""The whole schema: importing this module registers every *Row class on Base.metadata."""

from __future__ import annotations

from . import (
    rows,  # noqa: F401  - core records
    rows_safety,  # noqa: F401  - audit trail and drafts
)
from .rows import Base

metadata = Base.metadata
