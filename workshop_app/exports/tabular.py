"""Tidy tables: one row per response, with a data dictionary; CSV and XLSX."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..domain.research import ExportData, ExportLevel, ExportResponse, ExportSession

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; other values pass."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    kind: str  # text, whole number, date (YYYY-MM-DD)
    levels: tuple[ExportLevel, ...]
    value: Callable[[ExportData, ExportResponse, ExportSession | None], Any]
    # "session" or "person" when the value depends on the response's session, person and date alone
    per: str = "response"


ALL = tuple(ExportLevel)
NAMED = (ExportLevel.FULL,)
NOT_DEIDENTIFIED = (ExportLevel.FULL, ExportLevel.NO_IDENTIFIERS)


def _person_field(field: str) -> Callable[[ExportData, ExportResponse, ExportSession | None], str]:
    def get(data: ExportData, resp: ExportResponse, _s: ExportSession | None) -> str:
        person = data.person(resp.person_id)
        return getattr(person, field) if person else ""

    return get


COLUMNS: tuple[Column, ...] = (
    Column("programme", "Programme name", "text", ALL, lambda d, r, s: d.programme_name, "session"),
    Column(
        "cycle",
        "Number of the PAR cycle the session belongs to",
        "whole number",
        ALL,
        lambda d, r, s: s.cycle_number if s else None,
        "session",
    ),
    Column("stage", "PAR stage the session served", "text", ALL, lambda d, r, s: s.stage_name if s else "", "session"),
    Column(
        "session_date",
        "Date of the session; in de-identified exports shifted by a random number of days, "
        "the same for every row of one participant",
        "date (YYYY-MM-DD)",
        ALL,
        lambda d, r, s: r.held_on.isoformat() if r.held_on else "",
        "session",  # the session's date, shifted per person: made once per session and person
    ),
    Column("session", "Session title", "text", ALL, lambda d, r, s: s.title if s else "", "session"),
    Column("sheet", "Sheet or instrument the response was given on", "text", ALL, lambda d, r, s: r.sheet),
    Column(
        "item_key",
        "Stable key of the rated item (empty for reflection prompts)",
        "text",
        ALL,
        lambda d, r, s: r.item_key,
    ),
    Column("item", "The prompt answered or the item rated", "text", ALL, lambda d, r, s: r.item),
    Column(
        "participant",
        "Participant code (in de-identified exports a random code made for this export only); empty for group entries",
        "text",
        ALL,
        _person_field("code"),
        "person",
    ),
    Column(
        "participant_name", "Participant's name (full exports only)", "text", NAMED, _person_field("name"), "person"
    ),
    Column("role", "Participant's role (full exports only)", "text", NAMED, _person_field("role"), "person"),
    Column(
        "organisation",
        "Participant's organisation (not in de-identified exports)",
        "text",
        NOT_DEIDENTIFIED,
        _person_field("organisation"),
        "person",
    ),
    Column(
        "sector",
        "Participant's sector; in de-identified exports left empty when fewer than 3 people share it",
        "text",
        ALL,
        _person_field("sector"),
        "person",
    ),
    Column(
        "rating",
        "Rating given, 1 (not at all) to 5 (fully); empty for reflections",
        "whole number",
        ALL,
        lambda d, r, s: r.rating,
    ),
    Column(
        "text",
        "What the participant wrote: the reflection, or the actions they will take for a rated item",
        "text",
        ALL,
        lambda d, r, s: r.text,
    ),
    Column(
        "text_withheld",
        "'yes' when text was written but left out of this export "
        "(de-identified exports keep only reviewed reflections)",
        "yes/no",
        ALL,
        lambda d, r, s: "yes" if r.text_withheld else "no",
    ),
)

NOTE = (
    "Cells whose text starts with =, +, -, @, a tab or a carriage return begin with an added "
    "apostrophe (') so that spreadsheet programs show them as text instead of running them."
)


def columns_for(level: ExportLevel) -> tuple[Column, ...]:
    return tuple(c for c in COLUMNS if level in c.levels)


def tidy_rows(data: ExportData) -> Iterator[list[Any]]:
    """The header, then one row per response, every text cell neutralised.

    The cells that depend on the session, the person or the date alone are made once per
    session, person and date and copied; only the response's own cells are made per row
    (600,000 rows).
    """
    columns = columns_for(data.level)
    sessions = {s.id: s for s in data.sessions}
    yield [c.name for c in columns]
    shared = [(i, c.value) for i, c in enumerate(columns) if c.per != "response"]
    own = [(i, c.value) for i, c in enumerate(columns) if c.per == "response"]
    made: dict[tuple[Any, ...], list[Any]] = {}
    for resp in data.responses:
        session = sessions.get(resp.session_id)
        key = (resp.session_id, resp.person_id, resp.held_on)
        template = made.get(key)
        if template is None:
            template = [None] * len(columns)
            for i, value in shared:
                template[i] = neutralise(value(data, resp, session))
            made[key] = template
        row = template.copy()
        for i, value in own:
            cell = value(data, resp, session)
            row[i] = "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_START) else cell
        yield row


def dictionary_rows(data: ExportData) -> Iterator[list[str]]:
    yield ["column", "meaning", "type"]
    for c in columns_for(data.level):
        yield [c.name, c.meaning, c.kind]
    yield ["(note)", NOTE, ""]
    yield ["(export)", f"level {data.level.value}; exported {data.exported_at.isoformat()} UTC; format_version 1", ""]


def _csv(rows: Iterator[list[Any]], fh: BinaryIO) -> None:
    text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", write_through=False)
    try:
        writer = csv.writer(text)
        writer.writerows(rows)
        text.flush()
    finally:
        text.detach()


def write_csv(data: ExportData, fh: BinaryIO) -> None:
    """UTF-8 (with a byte-order mark, so spreadsheet programs read it as UTF-8), RFC 4180 quoting."""
    _csv(tidy_rows(data), fh)


def write_dictionary_csv(data: ExportData, fh: BinaryIO) -> None:
    _csv((list(map(neutralise, row)) for row in dictionary_rows(data)), fh)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return _XML_ILLEGAL.sub("", value)
    return value


def write_xlsx(data: ExportData, fh: BinaryIO) -> None:
    """A workbook with the responses, the data dictionary and a note about the export."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    responses = book.create_sheet("Responses")
    for row in tidy_rows(data):
        responses.append([_cell(v) for v in row])
    dictionary = book.create_sheet("Dictionary")
    for row in dictionary_rows(data):
        dictionary.append([_cell(neutralise(v)) for v in row])
    about = book.create_sheet("About")
    for row in (
        ["Programme", data.programme_name],
        ["Level", data.level.value],
        ["Exported (UTC)", data.exported_at.isoformat()],
        ["Participants", len(data.people)],
        ["Responses", len(data.responses)],
        ["Participants left out (no research consent)", data.people_left_out],
        ["Texts withheld", data.texts_withheld],
        ["Made by", f"Workshop Companion {data.app_version}"],
    ):
        about.append([_cell(neutralise(v)) for v in row])
    book.save(fh)
