"""Participant lists from a pasted spreadsheet column or a CSV file, checked before anything is saved."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ValidationError

MAX_FILE_BYTES = 2_000_000
MAX_PEOPLE = 500
FIELDS = ("name", "organisation", "sector", "role")
HEADER_WORDS = {
    "name": {"name", "full name", "participant", "participant name", "person", "names"},
    "organisation": {"organisation", "organization", "org", "employer", "agency", "organisation name"},
    "sector": {"sector", "service", "sector/service"},
    "role": {"role", "job title", "title", "position", "job", "job role"},
}


@dataclass(frozen=True)
class ParticipantDraft:
    """One person read from a list, not yet saved."""

    name: str
    organisation: str = ""
    sector: str = ""
    role: str = ""


@dataclass(frozen=True)
class ParticipantList:
    people: tuple[ParticipantDraft, ...]
    notes: tuple[str, ...] = ()  # e.g. "line 4 has no name and was skipped"
    encoding: str = ""
    had_header: bool = False


def _header_map(cells: list[str]) -> dict[str, int] | None:
    """Column positions when the first row is a header (it names at least the name column)."""
    found: dict[str, int] = {}
    for position, cell in enumerate(cells):
        word = " ".join(cell.strip().lower().replace("_", " ").split())
        for field, words in HEADER_WORDS.items():
            if word in words and field not in found:
                found[field] = position
    return found if "name" in found else None


def _people_from_rows(rows: list[list[str]], first_line: int = 1) -> ParticipantList:
    rows_with_lines = [(i, row) for i, row in enumerate(rows, start=first_line) if any(c.strip() for c in row)]
    if not rows_with_lines:
        raise ValidationError("There are no names in the list.")
    columns = _header_map(rows_with_lines[0][1])
    had_header = columns is not None
    if had_header:
        rows_with_lines = rows_with_lines[1:]
    else:
        columns = {field: i for i, field in enumerate(FIELDS)}
    assert columns is not None
    people: list[ParticipantDraft] = []
    notes: list[str] = []
    seen: set[str] = set()
    for line, row in rows_with_lines:
        values = {f: (row[i].strip() if i < len(row) else "") for f, i in columns.items()}
        name = " ".join(values.get("name", "").split())
        if not name:
            notes.append(f"Line {line} has no name and was left out.")
            continue
        if name.casefold() in seen:
            notes.append(f"Line {line}: {name} appears twice; both are kept (check this is right).")
        seen.add(name.casefold())
        people.append(
            ParticipantDraft(name, values.get("organisation", ""), values.get("sector", ""), values.get("role", ""))
        )
    if not people:
        raise ValidationError("The list has no names in it (the name column is empty).")
    if len(people) > MAX_PEOPLE:
        raise ValidationError(f"The list has {len(people)} people; a programme can take at most {MAX_PEOPLE}.")
    return ParticipantList(tuple(people), tuple(notes), had_header=had_header)


def parse_pasted(text: str) -> ParticipantList:
    """One person a line; cells separated by tabs (as a spreadsheet copies them): name, organisation, sector, role."""
    rows = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _people_from_rows(rows)


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "UTF-16"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "Latin-1"


def read_csv(path: str | Path) -> ParticipantList:
    """People from a CSV (or tab-separated) file, in any common encoding, with or without a header row."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{name} is {size // 1024} KB; a participant list should be far smaller.")
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ValidationError(f"{name} is a folder, not a file.") from None
    except FileNotFoundError:
        raise ValidationError(f"{name} does not exist.") from None
    except OSError as exc:
        raise ValidationError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    if not raw.strip():
        raise ValidationError(f"{name} is empty.")
    if raw.startswith(b"PK\x03\x04"):
        raise ValidationError(f"{name} is a spreadsheet workbook, not a CSV file. Save it as CSV and try again.")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(f"{name} is not a text file. Choose a CSV file (one person a row).")
    text, encoding = _decode(raw)
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel_tab if "\t" in sample and "," not in sample else csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise ValidationError(f"{name} is not a CSV file that can be read ({exc}).") from None
    try:
        found = _people_from_rows(rows)
    except ValidationError as exc:
        raise ValidationError(f"{name}: {exc.message}") from None
    return ParticipantList(found.people, found.notes, encoding, found.had_header)


def as_pasted_text(people: tuple[ParticipantDraft, ...] | list[ParticipantDraft]) -> str:
    """The list as tab-separated lines, the same form a person can paste and edit."""
    return "\n".join("\t".join((p.name, p.organisation, p.sector, p.role)).rstrip("\t") for p in people)
