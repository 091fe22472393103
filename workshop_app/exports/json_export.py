"""A whole programme as one JSON document (described in docs/export-format.md)."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, BinaryIO

from ..domain.research import PERSON_FIELDS, ExportData, ExportLevel

FORMAT = "workshop-companion-programme"
FORMAT_VERSION = 1


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value else None


def programme_document(data: ExportData) -> dict[str, Any]:
    fields = PERSON_FIELDS[data.level]
    named = data.level == ExportLevel.FULL
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "level": data.level.value,
        "exported_at": _iso(data.exported_at),
        "app_version": data.app_version,
        "programme": {
            "id": data.programme_id,
            "name": data.programme_name,
            "partnership": data.partnership,
            "starts_on": _iso(data.starts_on),
            "ends_on": _iso(data.ends_on),
        },
        "participants": [{"id": p.id, **{f: getattr(p, f) for f in fields}} for p in data.people],
        "sessions": [
            {
                "id": s.id,
                "title": s.title,
                "cycle": s.cycle_number,
                "stage_key": s.stage_key,
                "stage": s.stage_name,
                "held_on": _iso(s.held_on),
            }
            for s in data.sessions
        ],
        "responses": [
            {
                "id": r.id,
                "kind": r.kind,
                "session_id": r.session_id,
                "participant_id": r.person_id,
                "date": _iso(r.held_on),
                "sheet": r.sheet,
                "item_key": r.item_key,
                "item": r.item,
                "rating": r.rating,
                "text": r.text,
                "text_withheld": r.text_withheld,
                "reviewed": r.reviewed,
            }
            for r in data.responses
        ],
        "codes": [
            {
                "id": c.id,
                "parent_id": c.parent_id,
                "name": c.name,
                "description": c.description,
                "codable": c.codable,
                "origin": c.origin,
            }
            for c in data.codes
        ],
        "codings": [
            {"id": c.id, "code_id": c.code_id, "response_id": c.response_id, "start": c.start, "end": c.end}
            for c in data.codings
        ],
        "actions": [
            {
                "id": a.id,
                "session_id": a.session_id,
                "cycle": a.cycle_number,
                "description": a.description,
                **({"owner": a.owner} if named else {}),
                "due_on": _iso(a.due_on),
                "status": a.status,
                "evidence": a.evidence,
            }
            for a in data.actions
        ],
        "left_out": {
            "participants_without_research_consent": data.people_left_out,
            "texts_withheld": data.texts_withheld,
        },
    }


def write_json(data: ExportData, fh: BinaryIO) -> None:
    fh.write(json.dumps(programme_document(data), ensure_ascii=False, indent=2).encode("utf-8"))
    fh.write(b"\n")
