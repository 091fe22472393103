"""Load and validate the shipped content files and session templates into domain objects."""

from __future__ import annotations

import contextlib
import contextvars
import dataclasses
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NoReturn

from workshop_app import paths
from workshop_app.domain.content import (
    AssessmentElement,
    BlockTemplate,
    ContentLibrary,
    ParModel,
    ParStage,
    Practice,
    SelfAssessment,
    SessionTemplate,
    SheetItem,
    SheetItemKind,
    SheetTemplate,
    Source,
)
from workshop_app.domain.errors import ContentError
from workshop_app.domain.records import BlockKind

from .parsed_cache import ParsedCache

SOURCES_FILE = "sources.toml"
PRACTICES_FILE = "practices.toml"
SELF_ASSESSMENT_FILE = "self_assessment.toml"
PAR_MODELS_DIR = "par_models"
SHEETS_DIR = "sheets"
SELF_ASSESSMENT_SHEET_CODE = "SLSA"

MAX_MINUTES = 600
MAX_KEY = 80
MAX_TITLE = 200
MAX_TEXT = 20_000
MAX_SCALE_POINTS = 11
KEY_RULE = "lower-case letters a-z and digits, joined by single '-' or '_'"
_KEY_RE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")
_SHEET_CODE_RE = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_DOI_RE = re.compile(r"10\.\d{4,9}/\S+")
_TOML_AT_RE = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")

# Latin letters that do not decompose to ASCII under NFKD
_LATIN_EXTRA = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "ð": "d",
    }
)

_TEMPLATE_HEADER = (
    "# Workshop Companion session template.\n"
    "# The template's key is this file's name (without .toml). Each [[blocks]] entry is one\n"
    "# timed block; 'serves' names a practice key or a PAR stage key, or is empty.\n\n"
)


# --------------------------------------------------------------------------- reading files


def _type_words(value: object) -> str:
    """Plain words for the type of a TOML value, for error messages."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime | date | time):
        return "a date or time"
    return type(value).__name__


# the cache of parsed files while load_library runs (content/parsed_cache.py); None otherwise
_PARSED: contextvars.ContextVar[ParsedCache | None] = contextvars.ContextVar("parsed_content", default=None)


def _read_toml(file: Path) -> dict[str, Any]:
    """Read one TOML file as UTF-8, turning every failure into a ContentError.

    While `load_library` runs, a file unchanged since it was last parsed comes from the cache of
    parsed files instead (the caller checks it all the same).
    """
    cache = _PARSED.get()
    stamp = None
    if cache is not None:
        cached, stamp = cache.get(file)
        if isinstance(cached, dict):
            return cached
    data = _parse_toml(file)
    if cache is not None:
        cache.put(stamp, data)
    return data


def _parse_toml(file: Path) -> dict[str, Any]:
    import tomllib  # here: a start with unchanged content parses nothing (about 7 ms to import)

    where = str(file)
    try:
        raw = file.read_bytes()
    except FileNotFoundError:
        raise ContentError(where, "", "the file is missing") from None
    except IsADirectoryError:
        raise ContentError(where, "", "is a folder, not a file") from None
    except OSError as exc:
        raise ContentError(where, "", f"the file cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(
            where,
            f"line {line}",
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read); save it with UTF-8 encoding",
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_AT_RE.search(message)
        field = "end of file"
        if match:
            message = message[: match.start()]
            if match.group(1):
                field = f"line {match.group(1)}, column {match.group(2)}"
        raise ContentError(where, field, f"not valid TOML: {message}") from None


class _Table:
    """A TOML table under validation; it knows its file and field path for error messages."""

    def __init__(self, file: str, data: Mapping[str, Any], where: str = "", label: str = "") -> None:
        self.file = file
        self.data = data
        self.where = where
        self.label = label  # e.g. "block 4, 'Break'": said in problems to help a person find it

    def at(self, name: str) -> str:
        return f"{self.where}.{name}" if self.where else name

    def fail(self, name: str, problem: str) -> NoReturn:
        if self.label:
            problem = f"{problem} ({self.label})"
        raise ContentError(self.file, self.at(name), problem)

    def expect(self, required: Iterable[str], optional: Iterable[str] = ()) -> None:
        """Reject unknown fields first (a misspelling is the likely cause), then missing ones."""
        required = tuple(required)
        allowed = set(required) | set(optional)
        for name in self.data:
            if name not in allowed:
                self.fail(name, f"unknown field; allowed fields are {', '.join(sorted(allowed))}")
        for name in required:
            if name not in self.data:
                self.fail(name, "required field is missing")

    def text(self, name: str, *, allow_empty: bool = False, limit: int = MAX_TEXT) -> str:
        value = self.data.get(name, "")
        if not isinstance(value, str):
            self.fail(name, f"must be text in quotes, not {_type_words(value)}")
        value = _clean(value)
        if not value and not allow_empty:
            self.fail(name, "must not be empty")
        if len(value) > limit:
            self.fail(name, f"is too long ({len(value)} characters; at most {limit})")
        return value

    def key(self, name: str) -> str:
        value = self.text(name, limit=MAX_KEY)
        if not _KEY_RE.fullmatch(value):
            self.fail(name, f"{value!r} is not a valid key; use {KEY_RULE}")
        return value

    def integer(self, name: str, low: int, high: int, *, unit: str = "") -> int:
        value = self.data.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(name, f"must be a whole number, not {_type_words(value)}")
        if not low <= value <= high:
            what = f"{unit} " if unit else ""
            self.fail(name, f"must be a whole number of {what}from {low} to {high}, not {value}")
        return value

    def text_list(self, name: str, *, min_items: int = 0, limit: int = MAX_TEXT) -> tuple[str, ...]:
        value = self.data.get(name, [])
        if not isinstance(value, list):
            self.fail(name, f'must be a list of texts, like ["first", "second"], not {_type_words(value)}')
        if len(value) < min_items:
            self.fail(name, f"must hold at least {min_items} item{'s' if min_items != 1 else ''}")
        items: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.fail(f"{name}[{i}]", f"must be text in quotes, not {_type_words(item)}")
            item = _clean(item)
            if not item:
                self.fail(f"{name}[{i}]", "must not be empty")
            if len(item) > limit:
                self.fail(f"{name}[{i}]", f"is too long ({len(item)} characters; at most {limit})")
            items.append(item)
        return tuple(items)

    def tables(self, name: str, *, min_items: int = 1) -> list[_Table]:
        value = self.data.get(name)
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            self.fail(name, f"must be a list of tables written as [[{name}]], not {_type_words(value)}")
        if len(value) < min_items:
            self.fail(name, f"must hold at least {min_items} entr{'ies' if min_items != 1 else 'y'}")
        return [_Table(self.file, item, f"{self.at(name)}[{i}]") for i, item in enumerate(value)]

    def table(self, name: str) -> _Table:
        value = self.data.get(name)
        if not isinstance(value, dict):
            self.fail(name, f"must be a table written as [{name}], not {_type_words(value)}")
        return _Table(self.file, value, self.at(name))


def _clean(text: str) -> str:
    """Trim surrounding space and use plain '\\n' line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _source_ref(table: _Table, name: str, sources: Mapping[str, Source]) -> str:
    key = table.text(name, limit=MAX_KEY)
    if key not in sources:
        table.fail(name, f"{key!r} is not a source key in {SOURCES_FILE} (known: {', '.join(sources)})")
    return key


# --------------------------------------------------------------------------- resources


def _load_sources(file: Path) -> dict[str, Source]:
    root = _Table(str(file), _read_toml(file))
    root.expect(["sources"])
    out: dict[str, Source] = {}
    for t in root.tables("sources"):
        t.expect(["key", "authors", "year", "title"], ["container", "doi", "url"])
        key = t.key("key")
        if key in out:
            t.fail("key", f"duplicate source key {key!r}")
        doi = t.text("doi", allow_empty=True, limit=MAX_TITLE)
        if doi and not _DOI_RE.fullmatch(doi):
            t.fail("doi", f"{doi!r} is not a DOI like 10.1234/abc (leave it empty if unknown)")
        url = t.text("url", allow_empty=True, limit=1000)
        if url and not url.startswith(("http://", "https://")):
            t.fail("url", f"{url!r} must start with http:// or https:// (or be empty)")
        out[key] = Source(
            key=key,
            authors=t.text_list("authors", min_items=1, limit=MAX_TITLE),
            year=t.integer("year", 1800, 2100),
            title=t.text("title", limit=1000),
            container=t.text("container", allow_empty=True, limit=1000),
            doi=doi,
            url=url,
        )
    return out


class _KeyRegistry:
    """Keys a block may serve (practice and PAR stage keys), unique across all files."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def add(self, table: _Table, name: str, key: str) -> None:
        if key in self.owner:
            table.fail(name, f"key {key!r} is already used by {self.owner[key]}; keys must be unique")
        self.owner[key] = f"{Path(table.file).name} ({table.at(name)})"


def _load_practices(file: Path, sources: Mapping[str, Source], keys: _KeyRegistry) -> tuple[Practice, ...]:
    root = _Table(str(file), _read_toml(file))
    root.expect(["practices"])
    out: list[Practice] = []
    names: set[str] = set()
    for i, t in enumerate(root.tables("practices")):
        t.expect(
            [
                "key",
                "number",
                "name",
                "summary",
                "description",
                "facilitator_moves",
                "prompts",
                "source_key",
                "source_note",
            ]
        )
        key = t.key("key")
        keys.add(t, "key", key)
        number = t.integer("number", 1, 99)
        if number != i + 1:
            t.fail("number", f"must be {i + 1}: practices are numbered 1, 2, 3 ... in file order")
        name = t.text("name", limit=MAX_TITLE)
        if name.casefold() in names:
            t.fail("name", f"duplicate practice name {name!r}")
        names.add(name.casefold())
        out.append(
            Practice(
                key=key,
                number=number,
                name=name,
                summary=t.text("summary"),
                description=t.text("description"),
                facilitator_moves=t.text_list("facilitator_moves", min_items=1),
                prompts=t.text_list("prompts", min_items=1),
                source_key=_source_ref(t, "source_key", sources),
                source_note=t.text("source_note"),
            )
        )
    return tuple(out)


def _load_par_model(file: Path, sources: Mapping[str, Source], keys: _KeyRegistry) -> ParModel:
    root = _Table(str(file), _read_toml(file))
    root.expect(["name", "description", "source_key", "stages"], ["source_note"])
    stages: list[ParStage] = []
    for t in root.tables("stages", min_items=2):
        t.expect(["key", "name", "purpose", "prompts"], ["records"])
        key = t.key("key")
        keys.add(t, "key", key)
        stages.append(
            ParStage(
                key=key,
                name=t.text("name", limit=MAX_TITLE),
                purpose=t.text("purpose"),
                prompts=t.text_list("prompts", min_items=1),
                records=t.text_list("records", limit=MAX_TITLE),
            )
        )
    return ParModel(
        key=_file_key(file),
        name=root.text("name", limit=MAX_TITLE),
        description=root.text("description"),
        stages=tuple(stages),
        source_key=_source_ref(root, "source_key", sources),
        source_note=root.text("source_note", allow_empty=True),
    )


def _load_par_models(folder: Path, sources: Mapping[str, Source], keys: _KeyRegistry) -> dict[str, ParModel]:
    files = _toml_files(folder, required=True)
    if not files:
        raise ContentError(str(folder), "", "the folder holds no PAR model (.toml) files")
    return {model.key: model for model in (_load_par_model(f, sources, keys) for f in files)}


def _load_self_assessment(file: Path, sources: Mapping[str, Source]) -> SelfAssessment:
    root = _Table(str(file), _read_toml(file))
    root.expect(
        ["key", "title", "instructions", "scale_min", "scale_max", "anchors", "elements", "source_key"],
        ["source_note"],
    )
    low = root.integer("scale_min", 0, 10)
    high = root.integer("scale_max", 1, 10)
    if high <= low:
        root.fail("scale_max", f"must be greater than scale_min ({low}), not {high}")
    if high - low + 1 > MAX_SCALE_POINTS:
        root.fail("scale_max", f"the scale may have at most {MAX_SCALE_POINTS} points")
    anchors_table = root.table("anchors")
    anchors: dict[int, str] = {}
    for name in anchors_table.data:
        if not re.fullmatch(r"\d+", name) or not low <= int(name) <= high:
            anchors_table.fail(name, f'anchor names must be scale points from {low} to {high}, like "{low}"')
        anchors[int(name)] = anchors_table.text(name, limit=MAX_TITLE)
    for end in (low, high):
        if end not in anchors:
            anchors_table.fail(str(end), "required field is missing: both ends of the scale need words")
    elements: list[AssessmentElement] = []
    seen: set[str] = set()
    for t in root.tables("elements"):
        t.expect(["key", "name", "description"])
        key = t.key("key")
        if key in seen:
            t.fail("key", f"duplicate element key {key!r}")
        seen.add(key)
        elements.append(
            AssessmentElement(key=key, name=t.text("name", limit=MAX_TITLE), description=t.text("description"))
        )
    return SelfAssessment(
        key=root.key("key"),
        title=root.text("title", limit=MAX_TITLE),
        instructions=root.text("instructions"),
        scale_min=low,
        scale_max=high,
        anchors=dict(sorted(anchors.items())),
        elements=tuple(elements),
        source_key=_source_ref(root, "source_key", sources),
        source_note=root.text("source_note", allow_empty=True),
    )


# --------------------------------------------------------------------------- reflection sheets

_ITEM_KINDS = tuple(kind.value for kind in SheetItemKind)
SHEET_SCALE = (1, 5)


def _anchors(table: _Table, low: int, high: int, *, need_ends: bool) -> dict[int, str]:
    out: dict[int, str] = {}
    for name in table.data:
        if not re.fullmatch(r"\d+", name) or not low <= int(name) <= high:
            table.fail(name, f'anchor names must be scale points from {low} to {high}, like "{low}"')
        out[int(name)] = table.text(name, limit=MAX_TITLE)
    if need_ends:
        for end in (low, high):
            if end not in out:
                table.fail(str(end), "required field is missing: both ends of the scale need words")
    return dict(sorted(out.items()))


def _load_sheet(
    file: Path,
    sources: Mapping[str, Source],
    practices: Iterable[Practice],
    par_models: Mapping[str, ParModel],
) -> SheetTemplate:
    root = _Table(str(file), _read_toml(file))
    root.expect(
        ["code", "title", "instructions", "source_keys", "items"],
        ["source_note", "par_model", "stage", "anchors"],
    )
    code = root.text("code", limit=10)
    if not _SHEET_CODE_RE.fullmatch(code):
        root.fail("code", f"{code!r} must be 2 to 6 capital letters or digits, starting with a letter (e.g. SLSA)")
    source_keys = root.text_list("source_keys", min_items=1, limit=MAX_KEY)
    for i, source_key in enumerate(source_keys):
        if source_key not in sources:
            root.fail(f"source_keys[{i}]", f"{source_key!r} is not a source key in {SOURCES_FILE}")
    model_key = root.text("par_model", allow_empty=True, limit=MAX_KEY)
    stage_key = root.text("stage", allow_empty=True, limit=MAX_KEY)
    if model_key and model_key not in par_models:
        root.fail("par_model", f"{model_key!r} is not a PAR model (known: {', '.join(par_models)})")
    if stage_key and not model_key:
        root.fail("par_model", "a sheet for a stage must also name its PAR model")
    if stage_key and par_models[model_key].stage(stage_key) is None:
        known = ", ".join(s.key for s in par_models[model_key].stages)
        root.fail("stage", f"{stage_key!r} is not a stage of {model_key!r} (known: {known})")
    low, high = SHEET_SCALE
    default_anchors = _anchors(root.table("anchors"), low, high, need_ends=True) if "anchors" in root.data else {}
    practice_keys = {p.key for p in practices}
    items: list[SheetItem] = []
    seen: set[str] = set()
    for i, t in enumerate(root.tables("items")):
        text = t.data.get("text")
        t.label = f'item {i + 1}, "{text.strip()[:40]}"' if isinstance(text, str) and text.strip() else f"item {i + 1}"
        t.expect(["key", "kind", "text"], ["help", "anchors", "practice"])
        key = t.key("key")
        if key in seen:
            t.fail("key", f"duplicate item key {key!r}")
        seen.add(key)
        kind = t.text("kind", limit=20)
        if kind not in _ITEM_KINDS:
            t.fail("kind", f"must be one of {', '.join(repr(k) for k in _ITEM_KINDS)}, not {kind!r}")
        anchors: dict[int, str] = {}
        if "anchors" in t.data:
            if kind != SheetItemKind.RATING:
                t.fail("anchors", "only a rating item has anchor words")
            anchors = _anchors(t.table("anchors"), low, high, need_ends=True)
        elif kind == SheetItemKind.RATING:
            if not default_anchors:
                t.fail("anchors", "a rating needs anchor words: give [items.anchors] or the sheet's [anchors]")
            anchors = default_anchors
        practice = t.text("practice", allow_empty=True, limit=MAX_KEY)
        if practice and practice not in practice_keys:
            t.fail("practice", f"{practice!r} is not a practice key in {PRACTICES_FILE}")
        items.append(
            SheetItem(
                key=key,
                kind=SheetItemKind(kind),
                text=t.text("text", limit=2000),
                help=t.text("help", allow_empty=True, limit=2000),
                anchors=anchors,
                practice_key=practice,
            )
        )
    return SheetTemplate(
        key=_file_key(file),
        code=code,
        title=root.text("title", limit=MAX_TITLE),
        instructions=root.text("instructions"),
        items=tuple(items),
        source_keys=source_keys,
        source_note=root.text("source_note", allow_empty=True),
        par_model_key=model_key,
        stage_key=stage_key,
        scale_min=low,
        scale_max=high,
    )


def self_assessment_sheet(assessment: SelfAssessment) -> SheetTemplate:
    """The self-assessment as a sheet: each element's rating followed by its 'actions I will take'."""
    items: list[SheetItem] = []
    for element in assessment.elements:
        items.append(
            SheetItem(
                key=element.key,
                kind=SheetItemKind.RATING,
                text=f"{element.name}. {element.description}",
                anchors=dict(assessment.anchors),
            )
        )
        items.append(SheetItem(key=f"{element.key}-actions", kind=SheetItemKind.ACTIONS, text="Actions I will take"))
    return SheetTemplate(
        key=assessment.key,
        code=SELF_ASSESSMENT_SHEET_CODE,
        title=assessment.title,
        instructions=assessment.instructions,
        items=tuple(items),
        source_keys=(assessment.source_key,),
        source_note=assessment.source_note,
        scale_min=assessment.scale_min,
        scale_max=assessment.scale_max,
    )


def _load_sheets(
    folder: Path,
    sources: Mapping[str, Source],
    practices: Iterable[Practice],
    par_models: Mapping[str, ParModel],
    assessment: SelfAssessment,
) -> dict[str, SheetTemplate]:
    """Every sheet in resources/sheets/, plus the self-assessment; keys and codes are unique."""
    builtin = self_assessment_sheet(assessment)
    out: dict[str, SheetTemplate] = {builtin.key: builtin}
    origin: dict[str, str] = {builtin.code: SELF_ASSESSMENT_FILE}
    practices = tuple(practices)
    for file in _toml_files(folder, required=False):
        sheet = _load_sheet(file, sources, practices, par_models)
        if sheet.key in out:
            raise ContentError(str(file), "", f"a sheet called {sheet.key!r} already exists")
        if sheet.code in origin:
            raise ContentError(str(file), "code", f"code {sheet.code!r} is already used by {origin[sheet.code]}")
        out[sheet.key] = sheet
        origin[sheet.code] = file.name
    return out


# --------------------------------------------------------------------------- session templates

_BLOCK_REQUIRED = ("title", "minutes", "purpose", "facilitator_notes", "prompts", "serves", "kind")
_BLOCK_OPTIONAL = ("materials",)
_KINDS = tuple(kind.value for kind in BlockKind)


def _parse_template(
    file: str,
    key: str,
    data: Mapping[str, Any],
    serves_keys: Mapping[str, object] | None,
    sources: Mapping[str, Source] | None,
) -> SessionTemplate:
    """Validate one template's data; reference checks run only when the library is known."""
    root = _Table(file, data)
    root.expect(["title", "description", "blocks"], ["source_keys"])
    source_keys = root.text_list("source_keys", limit=MAX_KEY)
    for i, source_key in enumerate(source_keys):
        if sources is not None and source_key not in sources:
            root.fail(f"source_keys[{i}]", f"{source_key!r} is not a source key in {SOURCES_FILE}")
    if len(set(source_keys)) != len(source_keys):
        root.fail("source_keys", "lists the same source twice")
    blocks: list[BlockTemplate] = []
    for i, t in enumerate(root.tables("blocks")):
        title = t.data.get("title")
        t.label = f'block {i + 1}, "{title.strip()}"' if isinstance(title, str) and title.strip() else f"block {i + 1}"
        t.expect(_BLOCK_REQUIRED, _BLOCK_OPTIONAL)
        kind = t.text("kind", limit=20)
        if kind not in _KINDS:
            t.fail("kind", f"must be one of {', '.join(repr(k) for k in _KINDS)}, not {kind!r}")
        serves = t.text("serves", allow_empty=True, limit=MAX_KEY)
        if serves and kind == BlockKind.BREAK:
            t.fail("serves", 'a break cannot serve a practice or stage; leave it as ""')
        if serves and serves_keys is not None and serves not in serves_keys:
            t.fail("serves", f"{serves!r} is not a practice key or PAR stage key (known: {', '.join(serves_keys)})")
        blocks.append(
            BlockTemplate(
                title=t.text("title", limit=MAX_TITLE),
                minutes=t.integer("minutes", 1, MAX_MINUTES, unit="minutes"),
                purpose=t.text("purpose", allow_empty=True),
                facilitator_notes=t.text("facilitator_notes", allow_empty=True),
                prompts=t.text_list("prompts"),
                serves=serves,
                kind=kind,
                materials=t.text_list("materials", limit=MAX_TITLE),
            )
        )
    return SessionTemplate(
        key=key,
        title=root.text("title", limit=MAX_TITLE),
        description=root.text("description", allow_empty=True),
        blocks=tuple(blocks),
        source_keys=source_keys,
    )


def _file_key(file: Path) -> str:
    """A content file's key is its name without .toml; it must be a valid key."""
    key = file.stem
    if not _KEY_RE.fullmatch(key) or len(key) > MAX_KEY:
        raise ContentError(str(file), "", f"the file name {file.name!r} must be a key ({KEY_RULE}) + '.toml'")
    return key


def _toml_files(folder: Path, *, required: bool) -> list[Path]:
    """The .toml files in a folder, sorted; hidden files (e.g. unfinished saves) are skipped."""
    if not folder.is_dir():
        if folder.exists():
            raise ContentError(str(folder), "", "is a file, but a folder was expected")
        if required:
            raise ContentError(str(folder), "", "the folder is missing")
        return []
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".toml" and not p.name.startswith("."))
    except OSError as exc:
        raise ContentError(str(folder), "", f"the folder cannot be read ({exc.strerror or exc})") from None


def load_template(file: Path, library: ContentLibrary | None = None) -> SessionTemplate:
    """Load one session template file; with a library, also check what blocks serve and cite."""
    serves_keys = _serves_keys(library) if library is not None else None
    sources = library.sources if library is not None else None
    return _parse_template(str(file), _file_key(file), _read_toml(file), serves_keys, sources)


def _serves_keys(library: ContentLibrary) -> dict[str, object]:
    keys: dict[str, object] = {p.key: p for p in library.practices}
    for model in library.par_models.values():
        keys.update({stage.key: stage for stage in model.stages})
    return keys


# --------------------------------------------------------------------------- the library


def load_library(
    resources: Path | None = None,
    sessions: Path | None = None,
    user_templates: Path | None = None,
) -> ContentLibrary:
    """Load and check every content file; any problem raises ContentError naming file and field.

    resources/ and sessions/ must exist; the user templates folder may be absent.
    """
    resources = resources if resources is not None else paths.resources_dir()
    sessions = sessions if sessions is not None else paths.sessions_dir()
    user_templates = user_templates if user_templates is not None else paths.user_templates_dir()
    if not resources.is_dir():
        raise ContentError(str(resources), "", "the resources folder is missing")
    cache = ParsedCache.in_cache_folder()
    token = _PARSED.set(cache)
    try:
        library = _load_library(resources, sessions, user_templates)
    finally:
        _PARSED.reset(token)
    cache.save()  # only once everything loaded and checked
    return library


def _load_library(resources: Path, sessions: Path, user_templates: Path) -> ContentLibrary:
    sources = _load_sources(resources / SOURCES_FILE)
    registry = _KeyRegistry()
    practices = _load_practices(resources / PRACTICES_FILE, sources, registry)
    par_models = _load_par_models(resources / PAR_MODELS_DIR, sources, registry)
    self_assessment = _load_self_assessment(resources / SELF_ASSESSMENT_FILE, sources)
    sheets = _load_sheets(resources / SHEETS_DIR, sources, practices, par_models, self_assessment)
    library = ContentLibrary(
        sources=sources, practices=practices, par_models=par_models, self_assessment=self_assessment, sheets=sheets
    )

    templates: dict[str, SessionTemplate] = {}
    origin: dict[str, Path] = {}
    files = _toml_files(sessions, required=True) + _toml_files(user_templates, required=False)
    for file in files:
        template = load_template(file, library)
        if template.key in templates:
            raise ContentError(
                str(file), "", f"a template called {template.key!r} already exists in {origin[template.key]}"
            )
        templates[template.key] = template
        origin[template.key] = file
    return dataclasses.replace(library, templates=templates)


# --------------------------------------------------------------------------- writing templates


def _template_data(template: SessionTemplate) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": _clean(template.title),
        "description": _clean(template.description),
        "source_keys": [_clean(k) for k in template.source_keys],
        "blocks": [],
    }
    for block in template.blocks:
        entry: dict[str, Any] = {
            "title": _clean(block.title),
            "minutes": block.minutes,
            "kind": _clean(str(block.kind)),
            "serves": _clean(block.serves),
            "purpose": _clean(block.purpose),
            "facilitator_notes": _clean(block.facilitator_notes),
            "prompts": [_clean(p) for p in block.prompts],
        }
        if block.materials:
            entry["materials"] = [_clean(m) for m in block.materials]
        data["blocks"].append(entry)
    return data


def _check_key(key: str, where: str) -> None:
    if not isinstance(key, str) or not _KEY_RE.fullmatch(key) or len(key) > MAX_KEY:
        raise ContentError(where, "key", f"{key!r} is not a valid template key; use {KEY_RULE}")


def template_to_toml(template: SessionTemplate, library: ContentLibrary | None = None) -> str:
    """The template as TOML text in the format load_template reads (the key is the file name).

    Raises ContentError if the template would not load back (empty title, bad minutes ...).
    """
    where = f"{template.key}.toml"
    _check_key(template.key, where)
    data = _template_data(template)
    import tomli_w  # here: only saving a template needs it, not the start

    try:
        text = _TEMPLATE_HEADER + tomli_w.dumps(data, multiline_strings=True)
    except (TypeError, ValueError) as exc:
        raise ContentError(where, "", f"cannot be written as TOML ({exc})") from None
    serves_keys = _serves_keys(library) if library is not None else None
    sources = library.sources if library is not None else None
    import tomllib

    _parse_template(where, template.key, tomllib.loads(text), serves_keys, sources)
    return text


def write_template(template: SessionTemplate, folder: Path, library: ContentLibrary | None = None) -> Path:
    """Save a template as folder/<key>.toml atomically (temp file, fsync, replace); returns the path."""
    text = template_to_toml(template, library)
    target = folder / f"{template.key}.toml"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile

        fd, tmp_name = tempfile.mkstemp(prefix=f".{template.key}.", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(text.encode("utf-8"))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
    except OSError as exc:
        raise ContentError(str(target), "", f"the template could not be saved ({exc.strerror or exc})") from None
    _fsync_folder(folder)
    return target


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (not on Windows)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_template_key(title: str, taken: Iterable[str] = ()) -> str:
    """A file-safe, unique template key from a title: 'Siân's review' -> 'sian-s-review'."""
    folded = unicodedata.normalize("NFKD", title.translate(_LATIN_EXTRA))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    stem = "-".join(re.findall(r"[a-z0-9]+", ascii_text))[:60].strip("-") or "template"
    used = set(taken)
    key, n = stem, 2
    while key in used:
        key = f"{stem}-{n}"
        n += 1
    return key
