"""Records in and out of bundles, generic over the schema: which tables travel, how values are
written as JSON and checked on the way back, which records belong to a programme, and the merge.

Every table in `schema.metadata` with `id`, `created_at` and `updated_at` travels, parents before
children (`metadata.sorted_tables`), except the ones `SKIPPED_TABLES` / `SKIPPED_PREFIXES` name
(the merge history itself, audit trails and backup bookkeeping belong to one laptop).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Time,
    insert,
    select,
    update,
)
from sqlalchemy import Enum as SaEnum
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as DbSession

from ..domain.errors import BundleCancelled, BundleError
from .bundle_file import dumps
from .rows import new_id, utcnow
from .rows_bundles import RecordHistoryRow
from .schema import metadata

# Tables that stay on their laptop: the merge history, the search index (rebuilt from the records
# it indexes by triggers), this laptop's settings (kiosk PIN hash, kiosk state) and unsaved drafts.
SKIPPED_TABLES = frozenset({RecordHistoryRow.__tablename__, "search_doc", "setting", "draft"})
# Records whose insertion database triggers check against another table: that table goes first.
# (Consent gates: nothing is stored for a person without consent to take part.)
MUST_COME_FIRST = ("consent",)
SKIPPED_PREFIXES = ("audit", "backup")
IDENTITY = ("id", "created_at", "updated_at")
MAX_STRING = 1_000_000  # characters in one text value (reflections are capped far lower)
_CHUNK = 500

Progress = Callable[[int, int], bool | None]


def bundle_tables() -> list[Table]:
    """The tables that travel in bundles, parents before children, consent before what it gates."""
    tables = [
        table
        for table in metadata.sorted_tables
        if table.name not in SKIPPED_TABLES
        and not table.name.startswith(SKIPPED_PREFIXES)
        and all(name in table.c for name in IDENTITY)
    ]
    for name in MUST_COME_FIRST:
        early = next((t for t in tables if t.name == name), None)
        if early is None:
            continue
        parents = {fk.column.table.name for fk in early.foreign_keys}
        tables.remove(early)
        after = max((i for i, t in enumerate(tables) if t.name in parents), default=-1)
        tables.insert(after + 1, early)
    return tables


# --- values <-> JSON -----------------------------------------------------------------------------


class RecordError(ValueError):
    """One value or record is not acceptable; the message says which."""


@functools.cache
def _kind(column: Any) -> str:
    """The JSON treatment of a column, worked out once per column."""
    kind = column.type
    for name, types in (
        ("bool", Boolean),
        ("int", Integer),
        ("float", (Float, Numeric)),
        ("datetime", DateTime),
        ("date", Date),
        ("time", Time),
        ("binary", LargeBinary),
        ("json", JSON),
        ("enum", SaEnum),
        ("str", String),
    ):
        if isinstance(kind, types):
            return name
    return "other"


def encode_value(column: Any, value: Any) -> Any:
    """A column value as plain JSON."""
    if value is None:
        return None
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, float | int | str | bool | list | dict):
        return value
    return str(value)


def decode_value(column: Any, value: Any) -> Any:
    """A JSON value checked against its column's type; raises RecordError."""
    name = column.name
    if value is None:
        if not column.nullable:
            raise RecordError(f"{name} is empty but must have a value")
        return None
    kind = _kind(column)
    try:
        if kind == "str" or kind == "enum":
            text = _text(name, value, column.type.length or MAX_STRING)
            if "\x00" in text:
                raise RecordError(f"{name} holds a NUL character")
            if kind == "enum" and column.type.enums and text not in column.type.enums:
                raise RecordError(f"{name} has a value this app does not know")
            return text
        if kind == "datetime":
            parsed = datetime.fromisoformat(_text(name, value, 40))
            if parsed.tzinfo is not None:
                raise RecordError(f"{name} must be a UTC time without a zone")
            return parsed
        if kind == "int":
            if type(value) is not int or not -(2**63) <= value < 2**63:
                raise RecordError(f"{name} must be a whole number")
            return value
        if kind == "bool":
            if type(value) is not bool:
                raise RecordError(f"{name} must be true or false")
            return value
        if kind == "float":
            if type(value) not in (int, float):
                raise RecordError(f"{name} must be a number")
            return value
        if kind == "date":
            text = _text(name, value, 10)
            if len(text) != 10:
                raise RecordError(f"{name} must be a date (YYYY-MM-DD)")
            return date.fromisoformat(text)
        if kind == "time":
            parsed_time = time.fromisoformat(_text(name, value, 20))
            if parsed_time.tzinfo is not None:
                raise RecordError(f"{name} must be a time without a zone")
            return parsed_time
        if kind == "binary":
            return base64.b64decode(_text(name, value, MAX_STRING), validate=True)
        if kind == "json":
            return value
    except RecordError:
        raise
    except (ValueError, TypeError, OverflowError) as exc:
        raise RecordError(f"{name} is not in the expected form") from exc
    if isinstance(value, str | int | float | bool):  # a type this module does not know: plain values only
        return value
    raise RecordError(f"{name} is not a plain value")


def _text(name: str, value: Any, limit: int) -> str:
    if type(value) is not str:
        raise RecordError(f"{name} must be text")
    if len(value) > limit:
        raise RecordError(f"{name} is longer than {limit:,} characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError(f"{name} holds text that is not valid Unicode") from exc
    return value


def _uuid(value: Any) -> str:
    if type(value) is not str or len(value) != 36:
        raise RecordError("id is not a record identity (a UUID)")
    try:
        parsed = uuid.UUID(value)
    except ValueError as exc:
        raise RecordError("id is not a record identity (a UUID)") from exc
    if str(parsed) != value.lower():
        raise RecordError("id is not a record identity (a UUID)")
    return value


def encode_record(table: Table, row: Any) -> dict[str, Any]:
    return {column.name: encode_value(column, row[column.name]) for column in table.columns}


def decode_record(table: Table, raw: Any) -> dict[str, Any]:
    """A record from a bundle, checked column by column. Missing optional values take defaults."""
    if not isinstance(raw, dict):
        raise RecordError("a record is not a JSON object")
    unknown = set(raw) - set(table.c.keys())
    if unknown:
        raise RecordError(f"unknown field {sorted(unknown)[0][:40]!r}")
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name in raw:
            out[column.name] = decode_value(column, raw[column.name])
        elif column.name in IDENTITY:
            raise RecordError(f"{column.name} is missing")
        elif column.default is not None and getattr(column.default, "is_scalar", False):
            out[column.name] = column.default.arg
        elif column.server_default is not None:
            continue
        elif column.nullable:
            out[column.name] = None
        else:
            raise RecordError(f"{column.name} is missing")
    out["id"] = _uuid(out["id"])
    return out


def decode_table(table: Table, items: Any) -> list[dict[str, Any]]:
    """Every record of one table's JSON list; raises BundleError naming the table and record."""
    if not isinstance(items, list):
        raise BundleError(f"The bundle's {table.name} records are not a list; it was refused.")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, raw in enumerate(items, start=1):
        try:
            record = decode_record(table, raw)
        except RecordError as exc:
            raise BundleError(
                f"The bundle's {table.name} record {number} is not valid ({exc}); it was refused."
            ) from exc
        if record["id"] in seen:
            raise BundleError(f"The bundle holds {table.name} record {record['id']} twice; it was refused.")
        seen.add(record["id"])
        out.append(record)
    return out


def version_digest(encoded: dict[str, Any]) -> str:
    return hashlib.sha256(dumps(encoded)).hexdigest()


# --- export ------------------------------------------------------------------------------------


def collect(db: DbSession, *, programme_id: str | None = None, since: datetime | None = None) -> dict[str, list]:
    """Each travelling table's records as JSON-ready dicts: all, or one programme's; optionally
    only those changed at or after `since`.

    A programme's records are the programme row and every row linked to an included row through
    a foreign key (transitively). Tables with no link to a programme (shared lists) travel whole.
    """
    out: dict[str, list[dict[str, Any]]] = {}
    included: dict[str, set[str]] = {}
    scoped: set[str] = {"programme"}
    for table in bundle_tables():
        rows = db.execute(select(table).order_by(table.c.id)).mappings().all()
        if programme_id is not None:
            links = [
                (fk.parent.name, fk.column.table.name)
                for fk in table.foreign_keys
                if fk.column.table.name in scoped and fk.column.table.name != table.name
            ]
            if table.name == "programme":
                rows = [row for row in rows if row["id"] == programme_id]
            elif links:
                scoped.add(table.name)
                rows = [
                    row
                    for row in rows
                    if any(row[col] is not None and row[col] in included.get(ref, ()) for col, ref in links)
                ]
        included[table.name] = {row["id"] for row in rows}
        if since is not None:
            rows = [row for row in rows if row["updated_at"] is not None and row["updated_at"] >= since]
        out[table.name] = [encode_record(table, row) for row in rows]
    return out


# --- import ------------------------------------------------------------------------------------


@dataclass
class TableMerge:
    """What the merge did with one table's records."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0  # this laptop's version was newer; the bundle's went to history
    history: int = 0  # versions stored in record_history


@dataclass
class MergeOutcome:
    tables: dict[str, TableMerge] = field(default_factory=dict)


def _existing(db: DbSession, table: Table, ids: Sequence[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in db.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = row
    return found


def _store_history(
    db: DbSession, table: Table, encoded: dict[str, Any], origin: str, bundle_id: str, now: datetime
) -> bool:
    digest = version_digest(encoded)
    history = RecordHistoryRow.__table__
    exists = db.execute(
        select(history.c.id).where(
            history.c.table_name == table.name,
            history.c.record_id == encoded["id"],
            history.c.version_digest == digest,
        )
    ).first()
    if exists:
        return False
    updated_at = encoded.get("updated_at")
    db.execute(
        insert(history).values(
            id=new_id(),
            created_at=now,
            updated_at=now,
            table_name=table.name,
            record_id=encoded["id"],
            version_json=dumps(encoded).decode("utf-8"),
            version_digest=digest,
            version_updated_at=datetime.fromisoformat(updated_at) if isinstance(updated_at, str) else None,
            replaced_at=now,
            origin=origin,
            bundle_id=bundle_id,
        )
    )
    return True


def merge(
    db: DbSession,
    records: dict[str, list[dict[str, Any]]],
    *,
    bundle_id: str,
    progress: Progress | None = None,
) -> MergeOutcome:
    """Merge decoded records by identity inside the caller's transaction (which must roll back on
    any error). The newer `updated_at` wins; the other version is kept in record_history. A tie
    between different versions goes to the one whose canonical JSON digest is larger, so two
    laptops that swap bundles agree.
    """
    by_name = {table.name: table for table in bundle_tables()}
    total = sum(len(items) for items in records.values())
    done = 0
    now = utcnow()
    outcome = MergeOutcome()
    # Links are checked once, at the end, so records may arrive in any order within a table.
    db.execute(select(1))  # make sure the transaction has begun before the pragma
    db.connection().exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    for table in bundle_tables():
        if table.name not in records:
            continue
        counts = outcome.tables.setdefault(table.name, TableMerge())
        items = records[table.name]
        local = _existing(db, table, [item["id"] for item in items])
        new_rows: list[dict[str, Any]] = []
        for item in items:
            current = local.get(item["id"])
            if current is None:
                new_rows.append(item)
                counts.added += 1
            elif all(item[k] == current[k] for k in item):
                counts.unchanged += 1
            else:
                incoming = {k: encode_value(table.c[k], v) for k, v in item.items()}
                mine_full = encode_record(table, current)
                mine = {k: mine_full[k] for k in incoming}
                if incoming == mine:
                    counts.unchanged += 1
                elif item["updated_at"] > current["updated_at"] or (
                    item["updated_at"] == current["updated_at"] and version_digest(incoming) > version_digest(mine)
                ):
                    counts.history += _store_history(db, table, mine_full, "local", bundle_id, now)
                    values = {k: v for k, v in item.items() if k != "id"}
                    _execute(db, table, update(table).where(table.c.id == item["id"]).values(**values))
                    counts.updated += 1
                else:
                    counts.history += _store_history(db, table, incoming, "bundle", bundle_id, now)
                    counts.kept += 1
            done += 1
            if progress is not None and done % 200 == 0 and progress(done, total) is False:
                raise BundleCancelled("Import cancelled; nothing was changed.")
        for start in range(0, len(new_rows), _CHUNK):
            _execute(db, table, insert(table), new_rows[start : start + _CHUNK])
    broken = db.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        child, _rowid, parent, _fk = broken[0]
        raise BundleError(
            f"{len(broken)} record(s) in the bundle refer to records that are neither in the bundle nor in "
            f"this database (for example a {child} record refers to a missing {parent}). Nothing was imported; "
            "export the whole programme rather than only recent changes."
        )
    if progress is not None and progress(total, total) is False:
        raise BundleCancelled("Import cancelled; nothing was changed.")
    # Tables with nothing to merge still appear in the summary.
    for name in records:
        if name in by_name:
            outcome.tables.setdefault(name, TableMerge())
    return outcome


def _execute(db: DbSession, table: Table, statement: Any, params: Any = None) -> None:
    try:
        if params is None:
            db.execute(statement)
        else:
            db.execute(statement, params)
    except IntegrityError as exc:
        text = str(exc.orig).lower() if exc.orig is not None else ""
        if "unique" in text:
            reason = "clashes with a different record here that must be unique (for example the same code)"
        elif "check" in text:
            reason = "holds a value outside what is allowed"
        elif "not null" in text:
            reason = "leaves a required value empty"
        elif "consent-required" in text:
            reason = (
                "belongs to a person with no consent to take part on this laptop (import the whole "
                "programme first, or record their consent)"
            )
        else:
            reason = "breaks a rule of the database"
        raise BundleError(f"A {table.name} record in the bundle {reason}; nothing was imported.") from exc
