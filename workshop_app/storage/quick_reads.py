"""The first screen's reads straight through the DB-API, before the ORM is imported.

Starting the app used to import SQLAlchemy and map every table before the window could show
anything (about half the start). The first screen needs only a handful of plain reads: the
programmes, the chosen programme's participants, consents and sessions, one session's blocks and
the reflection shown in the editor. `QuickReads` answers exactly those on one connection that
never writes (`PRAGMA query_only`), returning the same frozen domain records as the repositories,
while the services are built in the background.

`QuickReads.open` answers None, and the start takes the ordinary path, for anything but a plain
file already at the current schema revision: a new, encrypted, foreign or newer file, one with
a write a crash left half done, or any error at all. The ordinary open (with its integrity
check) still runs before anything can be written.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import date, time
from pathlib import Path
from typing import Any

from ..domain import records as r
from ..domain import voice as v
from . import migrate
from .keyfile import is_encrypted

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KIOSK_KEY = "kiosk.current"  # services/settings.py: a kiosk to resume takes the ordinary path
BUSY_TIMEOUT_MS = 5000


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _time(value: Any) -> time:
    return time.fromisoformat(value)


def _bool(value: Any) -> bool:
    return bool(value)


class QuickReads:
    """Read-only answers for the first screen, in the same shapes and order as the services give."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._conn = connection
        self.path = path

    @classmethod
    def open(cls, path: Path) -> QuickReads | None:
        """A reader on a plain database file at the current schema revision, else None."""
        try:
            if not path.is_file() or path.stat().st_size == 0 or is_encrypted(path):
                return None
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)):
                return None  # read-only: the ordinary open offers to open it so
            with path.open("rb") as fh:
                if fh.read(16) != SQLITE_HEADER:
                    return None
            journal = Path(str(path) + "-journal")
            if journal.exists() and journal.stat().st_size > 0:
                return None  # a write to roll back first: the ordinary open does that
            from sqlcipher3 import dbapi2

            conn = dbapi2.connect(str(path), check_same_thread=False, isolation_level=None)
        except Exception:  # noqa: BLE001 - any doubt: the ordinary path decides and explains
            return None
        try:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA query_only=1")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != migrate.fast_head_revision():
                conn.close()
                return None
            kiosk = conn.execute("SELECT value FROM setting WHERE key = ?", (KIOSK_KEY,)).fetchone()
            if kiosk is not None and kiosk[0]:
                conn.close()  # the kiosk resumes at start: no glimpse of the main window first
                return None
        except Exception:  # noqa: BLE001 - not ours, damaged or another revision: the ordinary path
            conn.close()
            return None
        return cls(conn, path)

    def close(self) -> None:
        try:
            self._conn.close()
        except Exception:  # noqa: BLE001 - closing a reader that is no longer used
            pass

    def _rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        return self._conn.execute(sql, args).fetchall()

    # --- the reads (same as ProgrammeService, SessionService, ConsentService, EntryService) ---------
    def programmes(self) -> list[r.Programme]:
        return [
            r.Programme(id_, name, partnership, _date(starts), _date(ends), model)
            for id_, name, partnership, starts, ends, model in self._rows(
                "SELECT id, name, partnership, starts_on, ends_on, par_model_key FROM programme "
                "ORDER BY created_at, name"
            )
        ]

    def participants(self, programme_id: str) -> list[r.Participant]:
        return [
            r.Participant(*row)
            for row in self._rows(
                "SELECT id, programme_id, code, name, organisation, sector, role FROM participant "
                "WHERE programme_id = ? ORDER BY lower(name), code",
                programme_id,
            )
        ]

    def consents(self, programme_id: str) -> dict[str, v.Consent]:
        rows = self._rows(
            "SELECT c.id, c.participant_id, c.taking_part, c.research_use, c.quoting, c.given_on, "
            "c.last_revisited_on, c.withdrawn_on, c.erasure_requested FROM consent c "
            "JOIN participant p ON p.id = c.participant_id WHERE p.programme_id = ?",
            programme_id,
        )
        events: dict[str, list[v.ConsentEvent]] = {}
        for consent_id, kind, on, taking_part, research_use, quoting in self._rows(
            'SELECT e.consent_id, e.kind, e."on", e.taking_part, e.research_use, e.quoting FROM consent_event e '
            "JOIN consent c ON c.id = e.consent_id JOIN participant p ON p.id = c.participant_id "
            "WHERE p.programme_id = ? ORDER BY e.created_at",
            programme_id,
        ):
            events.setdefault(consent_id, []).append(
                v.ConsentEvent(
                    v.ConsentEventKind(kind), _date(on), _bool(taking_part), _bool(research_use), _bool(quoting)
                )
            )
        return {
            pid: v.Consent(
                participant_id=pid,
                taking_part=_bool(taking_part),
                research_use=_bool(research_use),
                quoting=_bool(quoting),
                given_on=_date(given),
                last_revisited_on=_date(revisited),
                withdrawn_on=_date(withdrawn),
                erasure_requested=_bool(erasure),
                history=tuple(events.get(cid, ())),
            )
            for cid, pid, taking_part, research_use, quoting, given, revisited, withdrawn, erasure in rows
        }

    def consenting_ids(self, programme_id: str) -> set[str]:
        return {
            pid
            for (pid,) in self._rows(
                "SELECT c.participant_id FROM consent c JOIN participant p ON p.id = c.participant_id "
                "WHERE p.programme_id = ? AND c.taking_part = 1 AND c.withdrawn_on IS NULL",
                programme_id,
            )
        }

    _SESSION = (
        "SELECT id, programme_id, cycle_id, title, template_key, held_on, starts_at, booked_minutes, place, "
        "stage_key FROM session "
    )

    @staticmethod
    def _session_of(row: tuple[Any, ...], blocks: tuple[r.Block, ...] = ()) -> r.Session:
        id_, programme_id, cycle_id, title, template_key, held_on, starts_at, booked, place, stage_key = row
        return r.Session(
            id=id_,
            programme_id=programme_id,
            cycle_id=cycle_id,
            title=title,
            template_key=template_key,
            held_on=date.fromisoformat(held_on),
            starts_at=_time(starts_at),
            booked_minutes=booked,
            place=place,
            stage_key=stage_key,
            blocks=blocks,
        )

    def sessions(self, programme_id: str) -> list[r.Session]:
        """A programme's sessions for a list, without their agendas (as SessionService.sessions)."""
        return [
            self._session_of(row)
            for row in self._rows(
                self._SESSION + "WHERE programme_id = ? ORDER BY held_on, starts_at, created_at", programme_id
            )
        ]

    def session(self, session_id: str) -> r.Session | None:
        """One session with its blocks, or None when it is not there."""
        found = self._rows(self._SESSION + "WHERE id = ?", session_id)
        if not found:
            return None
        blocks = tuple(
            r.Block(
                id=id_,
                session_id=sid,
                position=position,
                title=title,
                minutes=minutes,
                purpose=purpose,
                facilitator_notes=notes,
                prompts=tuple(json.loads(prompts or "[]")),
                serves=serves,
                kind=r.BlockKind(kind),
                materials=tuple(json.loads(materials or "[]")),
            )
            for id_, sid, position, title, minutes, purpose, notes, prompts, serves, kind, materials in self._rows(
                "SELECT id, session_id, position, title, minutes, purpose, facilitator_notes, prompts_json, serves, "
                "kind, materials_json FROM block WHERE session_id = ? ORDER BY position",
                session_id,
            )
        )
        return self._session_of(found[0], blocks)

    def reflection_text(self, session_id: str, participant_id: str | None, prompt: str) -> str:
        return read_reflection_text(self._conn, session_id, participant_id, prompt)


def read_reflection_text(connection: Any, session_id: str, participant_id: str | None, prompt: str) -> str:
    """What a person wrote for one prompt of a session ("" when nothing yet), read on a DB-API
    connection: the first screen's reader, and `EntryService.reflection_text` once the services
    are ready (through `Database.read_raw`)."""
    if participant_id is None:
        sql = "SELECT text FROM reflection WHERE session_id = ? AND participant_id IS NULL AND prompt = ? LIMIT 1"
        found = connection.execute(sql, (session_id, prompt)).fetchone()
    else:
        sql = "SELECT text FROM reflection WHERE session_id = ? AND participant_id = ? AND prompt = ? LIMIT 1"
        found = connection.execute(sql, (session_id, participant_id, prompt)).fetchone()
    return found[0] if found else ""
