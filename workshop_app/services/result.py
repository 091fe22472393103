"""The value a mutating service method returns: what it made and what it changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from ..domain.records import Changes

T = TypeVar("T")


@dataclass(frozen=True)
class Result(Generic[T]):
    value: T
    changes: Changes
