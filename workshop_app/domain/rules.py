"""Rules with no storage behind them: agenda clock times, participant codes, input checks."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .errors import ValidationError

MAX_NAME = 200
MAX_TEXT = 100_000


@dataclass(frozen=True)
class TimedItem:
    """An agenda line: the block's index with its clock start and end."""

    index: int
    starts: time
    ends: time
    minutes: int


def clock_times(start: time, minutes: Sequence[int]) -> list[TimedItem]:
    """Clock start and end of each block, laid end to end from the session's start."""
    origin = datetime.combine(date(2000, 1, 1), start)
    out: list[TimedItem] = []
    elapsed = 0
    for i, m in enumerate(minutes):
        begin = origin + timedelta(minutes=elapsed)
        elapsed += m
        end = origin + timedelta(minutes=elapsed)
        out.append(TimedItem(i, begin.time(), end.time(), m))
    return out


def planned_end(start: time, minutes: Iterable[int]) -> time:
    origin = datetime.combine(date(2000, 1, 1), start)
    return (origin + timedelta(minutes=sum(minutes))).time()


def format_minutes(total: int) -> str:
    """'3 h 30 min', '45 min'."""
    hours, mins = divmod(int(total), 60)
    if hours and mins:
        return f"{hours} h {mins:02d} min"
    if hours:
        return f"{hours} h"
    return f"{mins} min"


# Letters that Unicode does not decompose to ASCII, and the first letters of Greek and Cyrillic
# names, read as the Latin letter a person would write on a sheet.
_LATIN_OF = {
    **dict(zip("ŁØĐÆŒÞÐßĦĿŊ", "LODAOTDSHLN", strict=True)),
    **dict(zip("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", "AVGDEZITIKLMNXOPRSTYFHPO", strict=True)),
    **dict(zip("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯЄІЇҐЎ", "ABVGDEEZZIJKLMNOPRSTUFHCCSSYEJJEIJGU", strict=True)),
}


def _latin_initial(word: str) -> str:
    first = unicodedata.normalize("NFC", word)[0].upper()
    first = _LATIN_OF.get(first, first)
    base = unicodedata.normalize("NFKD", first)
    return next((c for c in base if c.isascii() and c.isalpha()), "").upper()


def initials(name: str) -> str:
    """Up to three ASCII capitals from a name in any script ('Siân Jones' -> 'SJ', 'Łukasz' -> 'L')."""
    letters = [_latin_initial(word) for word in re.split(r"[\s\-]+", name.strip()) if word]
    return "".join(ch for ch in letters if ch)[:3] or "P"


def participant_code(name: str, taken: Iterable[str]) -> str:
    """A short code for paper and pseudonymous exports: initials plus a number, unique."""
    used = set(taken)
    stem = initials(name)
    n = 1
    while True:
        code = f"{stem}{n:02d}"
        if code not in used:
            return code
        n += 1


def clean_text(value: str | None, field: str, *, required: bool = False, limit: int = MAX_NAME) -> str:
    """Trim, normalise and check a text typed by a person."""
    text = unicodedata.normalize("NFC", (value or "").strip())
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    if required and not text:
        raise ValidationError(f"{field} cannot be empty.", code=f"empty-{field.lower()}")
    if len(text) > limit:
        raise ValidationError(f"{field} is too long ({len(text)} characters; at most {limit}).")
    return text


def parse_date(value: str | None, field: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{field} must be a date like 2026-11-22, not {value!r}.") from None


def parse_time(value: str | None, field: str) -> time:
    try:
        return time.fromisoformat(str(value).strip())
    except (ValueError, TypeError):
        raise ValidationError(f"{field} must be a time like 09:30, not {value!r}.") from None


def session_code(session_id: str) -> str:
    """A short, stable code for a session, printed on its sheets (from its UUID)."""
    hexdigits = "".join(ch for ch in session_id.upper() if ch in "0123456789ABCDEF")
    return hexdigits[:4] or "0000"


def sheet_code(session_code_: str, sheet_key: str, participant_code: str | None) -> str:
    """The code printed on a paper sheet: session, sheet and participant ('BLANK' if none).

    e.g. '3F2A-REFL-SJ01'. Typed back in, it opens the matching form.
    """
    return f"{session_code_}-{sheet_key.upper()}-{participant_code or 'BLANK'}"


MIN_GROUP = 3  # summaries never show a result that fewer people than this gave


def shown_to_group(responses: int, min_group: int = MIN_GROUP) -> bool:
    """Whether a group result may be shown: hidden when so few answered that one could be picked out."""
    return responses >= min_group
