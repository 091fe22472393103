"""The whole schema: importing this module registers every *Row class on Base.metadata."""

from __future__ import annotations

from . import rows  # noqa: F401  - core records
from . import rows_bundles as _rows_bundles  # noqa: F401  - merge history of bundle imports
from .rows import Base

metadata = Base.metadata
