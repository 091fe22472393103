"""Reading many rows through the driver's cursor, without SQLAlchemy's result layer.

For the few reads that return a whole programme's worth of rows (100,000 and more): the statement
is built with SQLAlchemy as usual and compiled once, and the rows come straight from the DB-API
cursor as plain tuples. On 100,000 ids this saves about a quarter of the read, on an export's
600,000 reflections about a third (the result layer's per-row work). Values come back as SQLite
stores them (a boolean column as 0 or 1), so these reads suit columns that need no conversion.
Errors are turned into SQLAlchemy's own exceptions, so `Database.unit_of_work` maps them to the
app's messages as it does for every other read.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.sql import Select

T = TypeVar("T")


def _read(db: DbSession, stmt: Select[Any], take: Callable[[Any], T]) -> T:
    """`take(cursor)` once `stmt` has run, inside the unit of work's transaction."""
    conn = db.connection()
    compiled = stmt.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    params = tuple(values[name] for name in (compiled.positiontup or ()))
    sql = str(compiled)
    raw = conn.connection.dbapi_connection
    assert raw is not None
    dbapi = conn.dialect.loaded_dbapi
    cursor = raw.cursor()
    try:
        cursor.execute(sql, params)
        return take(cursor)
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, params, exc, dbapi.Error) from exc
    finally:
        cursor.close()


def first_column(db: DbSession, stmt: Select[Any]) -> list[Any]:
    """The first column of every row `stmt` returns, in order."""
    return _read(db, stmt, lambda cursor: [row[0] for row in cursor])


def all_rows(db: DbSession, stmt: Select[Any]) -> list[tuple[Any, ...]]:
    """Every row `stmt` returns, in order, as plain tuples."""
    return _read(db, stmt, lambda cursor: cursor.fetchall())
