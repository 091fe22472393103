"""Strict JSON for bundles: UTF-8 only, no duplicate keys, no NaN or Infinity, bounded numbers."""

from __future__ import annotations

import json
from typing import Any


class BundleJSONError(ValueError):
    """The bytes are not the strict JSON a bundle holds."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise BundleJSONError(f"the key {key[:40]!r} appears twice")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise BundleJSONError(f"{name} is not allowed")


def _bounded_int(text: str) -> int:
    if len(text) > 20:
        raise BundleJSONError("a number is too long")
    return int(text)


def _bounded_float(text: str) -> float:
    if len(text) > 40:
        raise BundleJSONError("a number is too long")
    return float(text)


def loads(data: bytes) -> Any:
    """Parse strict JSON; raises BundleJSONError with a short reason."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BundleJSONError("it is not UTF-8 text") from exc
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
            parse_float=_bounded_float,
        )
    except BundleJSONError:
        raise
    except RecursionError as exc:
        raise BundleJSONError("it is nested too deeply") from exc
    except (json.JSONDecodeError, ValueError) as exc:
        raise BundleJSONError("it is not valid JSON") from exc
