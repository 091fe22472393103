"""Reads RIS reference files (as exported by PubMed, EndNote, Zotero) into Source values.

A small, strict parser: the file is refused whole, with a message naming the problem and the
record, if it is not RIS, is too large, holds control characters or binary data, or has a
record without a title or year. Nothing half-read is ever returned.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..domain.content import Source
from ..domain.errors import ValidationError

MAX_BYTES = 5_000_000
MAX_RECORDS = 5_000
MAX_FIELD = 20_000
MAX_AUTHORS = 200

# Tags a RIS record may carry (RIS specification and common exporters).
KNOWN_TAGS = frozenset(
    "TY AU A1 A2 A3 A4 AB AD AN BT C1 C2 C3 C4 C5 C6 C7 C8 CA CN CP CT CY DA DB DO DP ED EP ET "
    "ID IS J1 J2 JA JF JO KW L1 L2 L3 L4 LA LB LK M1 M2 M3 N1 N2 NV OP PB PP PY RI RN RP SE SN "
    "SP ST T1 T2 T3 TA TI TT U1 U2 U3 U4 U5 UR VL VO Y1 Y2 ER".split()
)
_LINE_TAG = re.compile(r"^([A-Z][A-Z0-9])  ?- ?(.*)$")
# Some exporters (and copy-paste) put a whole record on one line: tags then follow a space.
_INLINE_TAG = re.compile(r"(?:^|\s)(" + "|".join(sorted(KNOWN_TAGS)) + r") {1,2}-(?= |$)")


class RisError(ValidationError):
    """A RIS file that cannot be imported; nothing from it is kept."""

    code = "ris-refused"


@dataclass(frozen=True)
class RisRecord:
    fields: tuple[tuple[str, str], ...]

    def all(self, *tags: str) -> list[str]:
        return [v for t, v in self.fields if t in tags and v]

    def first(self, *tags: str) -> str:
        for tag in tags:
            for t, v in self.fields:
                if t == tag and v:
                    return v
        return ""


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _split_fields(text: str) -> list[tuple[str, str]]:
    lines = text.split("\n")
    tagged = [ln for ln in lines if _LINE_TAG.match(ln.rstrip())]
    if len(tagged) >= 2 and any(_LINE_TAG.match(ln.rstrip()).group(1) == "TY" for ln in tagged):  # type: ignore[union-attr]
        fields: list[tuple[str, str]] = []
        for number, line in enumerate(lines, start=1):
            line = line.rstrip()
            if not line.strip():
                continue
            m = _LINE_TAG.match(line)
            if m and m.group(1) in KNOWN_TAGS:
                fields.append((m.group(1), m.group(2)))
            elif fields:  # a continuation of the previous field (wrapped abstract)
                tag, value = fields[-1]
                fields[-1] = (tag, f"{value} {line.strip()}")
            else:
                raise RisError(f"Line {number} is not a RIS field: the file must start with 'TY  - '.")
        return fields
    # one record per line (or everything on one line): split at the known tags
    fields = []
    for line in lines:
        if not line.strip():
            continue
        marks = list(_INLINE_TAG.finditer(line))
        if not marks or marks[0].start() > 1:
            raise RisError("This is not a RIS file: it does not start with a 'TY  - ' field.")
        for i, m in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            fields.append((m.group(1), line[m.end() : end].strip()))
    return fields


def parse_ris(data: bytes | str) -> list[RisRecord]:
    """Every record in a RIS file, or RisError for the whole file."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise RisError(f"The file is too large to be a reference list (over {MAX_BYTES // 1_000_000} MB).")
        if b"\x00" in data:
            raise RisError("The file holds binary data, not RIS text.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise RisError("The file is not readable text (neither UTF-8 nor Windows-1252).") from None
    else:
        text = data
        if len(text) > MAX_BYTES:
            raise RisError(f"The file is too large to be a reference list (over {MAX_BYTES // 1_000_000} MB).")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = next((ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"), None)
    if bad is not None:
        raise RisError(f"The file holds a control character (U+{ord(bad):04X}); it is not plain RIS text.")
    if not text.strip():
        raise RisError("The file is empty.")
    records: list[RisRecord] = []
    current: list[tuple[str, str]] | None = None
    for tag, value in _split_fields(text):
        if len(value) > MAX_FIELD:
            raise RisError(f"Record {len(records) + 1}: the {tag} field is too long ({len(value)} characters).")
        if tag == "TY":
            if current is not None:
                raise RisError(f"Record {len(records) + 1} has no end ('ER  - ') before the next record starts.")
            current = [(tag, value.strip())]
        elif tag == "ER":
            if current is None:
                raise RisError(
                    f"An end of record ('ER  - ') comes before any record starts (record {len(records) + 1})."
                )
            records.append(RisRecord(tuple(current)))
            current = None
            if len(records) > MAX_RECORDS:
                raise RisError(f"The file holds more than {MAX_RECORDS} records.")
        else:
            if current is None:
                raise RisError(f"A {tag} field comes outside any record (after record {len(records)}).")
            current.append((tag, _clean(value)))
    if current is not None:
        raise RisError(f"Record {len(records) + 1} is not finished: the file ends without 'ER  - '.")
    if not records:
        raise RisError("The file holds no references.")
    return records


_YEAR = re.compile(r"(1[5-9]\d\d|20\d\d|21\d\d)")


def source_key(authors: list[str], year: int, title: str, taken: set[str]) -> str:
    """A readable, unique key: first author's family name, second's if any, year ('vaggers-anderson-2025')."""

    def family(name: str) -> str:
        name = name.strip()
        words = name.split()
        corporate = any(w.islower() for w in words[1:])  # "Research in Practice", not "J. Vaggers"
        part = name.split(",")[0] if "," in name else (name if corporate else (words[-1] if words else ""))
        folded = unicodedata.normalize("NFKD", part)
        return "".join(ch for ch in folded.lower() if ch.isalnum())

    stems = [family(a) for a in authors[:2] if family(a)] or [
        "".join(
            ch
            for ch in unicodedata.normalize("NFKD", title.split()[0] if title.split() else "source").lower()
            if ch.isalnum()
        )
        or "source"
    ]
    base = "-".join([*stems, str(year)])
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{chr(ord('a') + n - 2)}" if n <= 27 else f"{base}-{n}"
    return key


def record_to_source(record: RisRecord, number: int, taken: set[str]) -> Source:
    """The Source a record describes, or RisError naming the record and what it lacks."""
    title = record.first("TI", "T1", "ST", "CT", "BT")
    if not title:
        raise RisError(f"Record {number} has no title (TI or T1).")
    year_text = record.first("PY", "Y1", "DA", "Y2")
    m = _YEAR.search(year_text)
    if not m:
        raise RisError(f"Record {number} ('{title[:60]}') has no year (PY or Y1).")
    authors = record.all("AU", "A1") or record.all("A2", "ED")
    if len(authors) > MAX_AUTHORS:
        raise RisError(f"Record {number} lists more than {MAX_AUTHORS} authors.")
    start, end = record.first("SP"), record.first("EP").rstrip("+").strip()
    pages = f"{start}\u2013{end}" if start and end and end != start else start
    doi = record.first("DO")
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    year = int(m.group(1))
    key = source_key(authors, year, title, taken)
    return Source(
        key=key,
        authors=tuple(authors),
        year=year,
        title=title.rstrip("."),
        container=record.first("JF", "JO", "T2", "JA", "J2", "PB"),
        doi=doi,
        url=record.first("UR", "L2"),
        volume=record.first("VL"),
        issue=record.first("IS", "CP"),
        pages=pages,
    )


def read_ris(data: bytes | str, taken: set[str] | None = None) -> list[Source]:
    """Every source in a RIS file, or RisError: one bad record refuses the whole file."""
    used = set(taken or ())
    out = []
    for number, record in enumerate(parse_ris(data), start=1):
        source = record_to_source(record, number, used)
        used.add(source.key)
        out.append(source)
    return out
