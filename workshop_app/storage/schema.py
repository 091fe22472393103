"""The whole schema: importing this module registers every *Row class on Base.metadata."""

from __future__ import annotations

from typing import Any

from . import (
    rows,  # noqa: F401  - core records
    rows_bundles,  # noqa: F401  - merge history of bundle imports
    rows_evidence,  # noqa: F401  - evidence library
    rows_research,  # noqa: F401  - search documents, codebook, codings
    rows_run,  # noqa: F401  - attendance, captures, session log
    rows_safety,  # noqa: F401  - audit trail and drafts
    rows_voice,  # noqa: F401  - sheets, consent, action reviews, settings
)
from .rows import Base

metadata = Base.metadata

# Tables that exist in the database but are not described by *Row classes (virtual tables
# and their shadow tables); schema comparisons and autogenerate leave them alone.
UNMANAGED_TABLES = frozenset({rows_research.SEARCH_FTS_TABLE, *rows_research.SEARCH_FTS_SHADOWS})


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic filter: skip the unmanaged tables."""
    return not (type_ == "table" and name in UNMANAGED_TABLES)
