"""REFI-QDA project (.qdpx): a zip of project.qde (QDA-XML 1.0) and sources/*.txt.

Written to open in QualCoder, NVivo, ATLAS.ti and MAXQDA:
- participants are cases, with organisation and sector (as the level allows) as variables;
- every written text (reflections, actions to take) is a text source in sources/, UTF-8
  without a byte-order mark, LF line ends, referenced by plainTextPath="internal://…";
- the codebook's codes are codes; each coding is a PlainTextSelection (code points, end
  exclusive) holding a Coding;
- QualCoder links a case to its texts only through codings to a code with the case's GUID,
  so each case also has such a code (under "Participants (cases)") and each of its sources
  one whole-text selection coded with it. Other programs show these as ordinary codes.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from datetime import datetime
from typing import BinaryIO

from ..domain.research import ExportData, ExportLevel, ExportResponse

NS = "urn:QDA-XML:project:1.0"
ORIGIN = "Workshop Companion"
_ILLEGAL = {c: None for c in range(0x20) if chr(c) not in "\t\n\r"}


def _tag(name: str) -> str:
    return f"{{{NS}}}{name}"


def _clean(value: str) -> str:
    """Text safe for XML 1.0 (control characters dropped)."""
    return value.translate(_ILLEGAL)


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"


def normalise_lines(text: str) -> tuple[str, list[int]]:
    """LF line ends, and where each old code point now sits (for moving codings)."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        ch = text[i]
        where.append(len(out))
        if ch == "\r":
            out.append("\n")
            if i + 1 < len(text) and text[i + 1] == "\n":
                where.append(len(out) - 1)
                i += 1
        else:
            out.append(ch)
        i += 1
    where.append(len(out))
    return "".join(out), where


def _source_name(index: int, data: ExportData, resp: ExportResponse) -> str:
    person = data.person(resp.person_id)
    who = person.code if person else "Group"
    when = resp.held_on.isoformat() if resp.held_on else "undated"
    what = resp.item if resp.kind == "reflection" else f"{resp.item} (actions)"
    return _clean(f"{index:04d} {who} {when} {what[:60]}")


def project_xml(data: ExportData) -> tuple[bytes, dict[str, str]]:
    """The project.qde document and the source files it refers to (name -> text)."""
    ET.register_namespace("", NS)
    stamp = _stamp(data.exported_at)
    user = str(uuid.uuid4())
    root = ET.Element(
        _tag("Project"),
        {
            "name": _clean(f"{data.programme_name} ({data.level.value})"),
            "origin": f"{ORIGIN} {data.app_version}",
            "creatingUserGUID": user,
            "creationDateTime": stamp,
        },
    )
    users = ET.SubElement(root, _tag("Users"))
    ET.SubElement(users, _tag("User"), {"guid": user, "name": ORIGIN})

    texts = [r for r in data.responses if r.text and not r.text_withheld]
    by_person: dict[str, list[ExportResponse]] = defaultdict(list)
    for r in texts:
        if r.person_id:
            by_person[r.person_id].append(r)
    cases = [p for p in data.people if p.id in by_person]

    # --- codebook: the programme's codes, then one code per case (see the module note)
    children: dict[str | None, list] = defaultdict(list)
    for code in data.codes:
        children[code.parent_id].append(code)
    known = {c.id for c in data.codes}
    names: set[str] = set()

    def unique(name: str) -> str:
        base, n = _clean(name) or "Code", 2
        candidate = base
        while candidate.casefold() in names:
            candidate = f"{base} ({n})"
            n += 1
        names.add(candidate.casefold())
        return candidate

    def add_codes(parent_el: ET.Element, parent_id: str | None) -> None:
        for code in children.get(parent_id, []):
            attrs = {"guid": code.id, "name": unique(code.name), "isCodable": "true" if code.codable else "false"}
            if code.colour and len(code.colour) == 7 and code.colour.startswith("#"):
                attrs["color"] = code.colour
            el = ET.SubElement(parent_el, _tag("Code"), attrs)
            if code.description:
                ET.SubElement(el, _tag("Description")).text = _clean(code.description)
            add_codes(el, code.id)

    if data.codes or cases:
        codes_el = ET.SubElement(ET.SubElement(root, _tag("CodeBook")), _tag("Codes"))
        # codes whose parent is missing go to the top
        for code in data.codes:
            if code.parent_id is not None and code.parent_id not in known:
                children[None].append(code)
        add_codes(codes_el, None)
        if cases:
            holder = ET.SubElement(
                codes_el,
                _tag("Code"),
                {"guid": str(uuid.uuid4()), "name": unique("Participants (cases)"), "isCodable": "false"},
            )
            ET.SubElement(
                holder, _tag("Description")
            ).text = "One code per participant, linking each case to its texts."
            for person in cases:
                ET.SubElement(
                    holder,
                    _tag("Code"),
                    {"guid": person.id, "name": unique(f"Case {person.code}"), "isCodable": "true"},
                )

    # --- variables and cases
    fields = [f for f in ("organisation", "sector") if data.level != ExportLevel.DEIDENTIFIED or f == "sector"]
    variable_ids = {f: str(uuid.uuid4()) for f in fields}
    if cases:
        variables = ET.SubElement(root, _tag("Variables"))
        for f in fields:
            var = ET.SubElement(
                variables, _tag("Variable"), {"guid": variable_ids[f], "name": f.capitalize(), "typeOfVariable": "Text"}
            )
            ET.SubElement(var, _tag("Description")).text = f"The participant's {f}."
        cases_el = ET.SubElement(root, _tag("Cases"))
        for person in cases:
            case = ET.SubElement(cases_el, _tag("Case"), {"guid": person.id, "name": _clean(person.code)})
            for f in fields:
                value = ET.SubElement(case, _tag("VariableValue"))
                ET.SubElement(value, _tag("VariableRef"), {"targetGUID": variable_ids[f]})
                ET.SubElement(value, _tag("TextValue")).text = _clean(getattr(person, f))
            for r in by_person[person.id]:
                ET.SubElement(case, _tag("SourceRef"), {"targetGUID": r.id})

    # --- sources, with their codings
    files: dict[str, str] = {}
    sessions = {s.id: s for s in data.sessions}
    codings: dict[str, list] = defaultdict(list)
    for coding in data.codings:
        codings[coding.response_id].append(coding)
    sources_el: ET.Element | None = None
    if texts:
        sources = sources_el = ET.SubElement(root, _tag("Sources"))
        for index, resp in enumerate(texts, start=1):
            body, where = normalise_lines(resp.text)
            file_name = f"{resp.id}.txt"
            files[file_name] = body
            source = ET.SubElement(
                sources,
                _tag("TextSource"),
                {
                    "guid": resp.id,
                    "name": _source_name(index, data, resp),
                    "plainTextPath": f"internal://{file_name}",
                    "creatingUser": user,
                    "creationDateTime": stamp,
                },
            )
            session = sessions.get(resp.session_id)
            about = [resp.sheet, resp.item]
            if session:
                about.insert(0, f"{session.title}, cycle {session.cycle_number or '-'}")
            ET.SubElement(source, _tag("Description")).text = _clean(" · ".join(a for a in about if a))

            def select(start: int, end: int, code_guid: str, label: str, source: ET.Element = source) -> None:
                sel = ET.SubElement(
                    source,
                    _tag("PlainTextSelection"),
                    {
                        "guid": str(uuid.uuid4()),
                        "name": _clean(label[:80]),
                        "startPosition": str(start),
                        "endPosition": str(end),
                        "creatingUser": user,
                        "creationDateTime": stamp,
                    },
                )
                coding_el = ET.SubElement(
                    sel, _tag("Coding"), {"guid": str(uuid.uuid4()), "creatingUser": user, "creationDateTime": stamp}
                )
                ET.SubElement(coding_el, _tag("CodeRef"), {"targetGUID": code_guid})

            if resp.person_id and resp.person_id in by_person:
                select(0, len(body), resp.person_id, body)
            for coding in codings.get(resp.id, []):
                if coding.code_id not in known:
                    continue
                if coding.start is None or coding.end is None:
                    start, end = 0, len(body)
                else:
                    if not 0 <= coding.start < coding.end <= len(resp.text):
                        continue
                    start, end = where[coding.start], where[coding.end]
                if end > start:
                    select(start, end, coding.code_id, body[start:end])

    # --- the action log: one text source per action with words in it (no case: actions
    # belong to the group)
    actions = [a for a in data.actions if a.description or a.evidence]
    if actions:
        if sources_el is None:
            sources_el = ET.SubElement(root, _tag("Sources"))
        for index, action in enumerate(actions, start=1):
            body, _where = normalise_lines("\n\n".join(t for t in (action.description, action.evidence) if t))
            file_name = f"{action.id}.txt"
            files[file_name] = body
            source = ET.SubElement(
                sources_el,
                _tag("TextSource"),
                {
                    "guid": action.id,
                    "name": _clean(f"Action {index:03d} {action.description[:60]}"),
                    "plainTextPath": f"internal://{file_name}",
                    "creatingUser": user,
                    "creationDateTime": stamp,
                },
            )
            due = f", due {action.due_on.isoformat()}" if action.due_on else ""
            ET.SubElement(source, _tag("Description")).text = _clean(
                f"Action log, cycle {action.cycle_number or '-'}: {action.status}{due}"
            )

    # --- a note about the export, and the project description
    note_id = str(uuid.uuid4())
    note_file = f"{note_id}.txt"
    about_text = (
        f"Exported by {ORIGIN} {data.app_version} on {stamp} at level '{data.level.value}'.\n"
        f"Participants: {len(data.people)}. Texts: {len(texts)}. "
        f"Participants left out (no research consent): {data.people_left_out}. "
        f"Texts withheld: {data.texts_withheld}.\n"
    )
    files[note_file] = about_text
    notes = ET.SubElement(root, _tag("Notes"))
    ET.SubElement(
        notes,
        _tag("Note"),
        {
            "guid": note_id,
            "name": "About this export",
            "plainTextPath": f"internal://{note_file}",
            "creatingUser": user,
            "creationDateTime": stamp,
        },
    )
    ET.SubElement(root, _tag("Description")).text = _clean(
        f"{data.programme_name}. {data.partnership}".strip(". ") + f". Export level: {data.level.value}."
    )
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return xml, files


def write_qdpx(data: ExportData, fh: BinaryIO) -> None:
    xml, files = project_xml(data)
    with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", xml)
        for name, body in files.items():
            archive.writestr(f"sources/{name}", body.encode("utf-8"))
