"""The whole schema: importing this module registers every *Row class on Base.metadata."""

from __future__ import annotations

from . import (
    rows,  # noqa: F401  - core records
    rows_evidence,  # noqa: F401  - evidence library
)
from .rows import Base

metadata = Base.metadata
