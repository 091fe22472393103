"""The whole schema: importing this module registers every *Row class on Base.metadata."""

from __future__ import annotations

from . import (
    rows,  # noqa: F401  - core records
    rows_evidence,  # noqa: F401  - evidence library
    rows_run,  # noqa: F401  - attendance, captures, session log
    rows_voice,  # noqa: F401  - sheets, consent, action reviews, settings
)
from .rows import Base

metadata = Base.metadata
