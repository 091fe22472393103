"""Research exports read back with the tools a researcher would use, at every level."""

from __future__ import annotations

import csv
import io
import json
import random
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xmlschema

from tests import research_fixtures as fx
from workshop_app.domain.errors import StorageError
from workshop_app.domain.research import ExportFormat, ExportLevel
from workshop_app.exports import tabular
from workshop_app.services import exports as exports_module
from workshop_app.services.exports import dictionary_path

XSD = Path(__file__).parent / "data" / "refi-qda-project-1.0.xsd"
NS = {"q": "urn:QDA-XML:project:1.0"}


from tests.research_fixtures import research, research_template  # noqa: E402,F401


@pytest.fixture
def services(research):  # noqa: F811
    return research[0]


@pytest.fixture
def built(research):  # noqa: F811
    return research[1]


def _export(services, built, fmt: ExportFormat, level: ExportLevel, out: Path, seed: int = 7):
    return services.exports.export(built.programme_id, fmt, out, level, rng=random.Random(seed))


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _all_bytes(paths) -> str:
    """Every byte an export wrote, with zip members unpacked, as text."""
    out = []
    for path in paths:
        data = Path(path).read_bytes()
        if data[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                out.extend(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
        else:
            out.append(data.decode("utf-8", "replace"))
    return "\n".join(out)


def test_csv_reads_back_one_row_per_response_with_a_dictionary(services, built, tmp_path: Path) -> None:
    out = tmp_path / "export.csv"
    summary = _export(services, built, ExportFormat.CSV, ExportLevel.FULL, out)
    rows = _read_csv(out)
    people, sessions, elements = len(fx.PEOPLE), 2, len(services.content_library.self_assessment.elements)
    assert len(rows) == summary.responses == people * sessions * (1 + elements)
    assert {r["cycle"] for r in rows} == {"1", "2"}
    assert {r["sheet"] for r in rows} == {"Reflection sheet", services.content_library.self_assessment.title}
    ratings = [r for r in rows if r["rating"]]
    assert all(1 <= int(r["rating"]) <= 5 for r in ratings)
    assert any("Дякую" in r["text"] and "信任" in r["text"] for r in rows)
    dictionary = _read_csv(dictionary_path(out))
    assert [d["column"] for d in dictionary if not d["column"].startswith("(")] == list(rows[0].keys())
    assert all(d["meaning"] for d in dictionary)


def test_formula_cells_are_neutralised_everywhere(services, built, tmp_path: Path) -> None:
    csv_out, xlsx_out = tmp_path / "e.csv", tmp_path / "e.xlsx"
    _export(services, built, ExportFormat.CSV, ExportLevel.FULL, csv_out)
    _export(services, built, ExportFormat.XLSX, ExportLevel.FULL, xlsx_out)
    rows = _read_csv(csv_out)
    assert "'" + fx.FORMULA_TEXT in {r["text"] for r in rows}
    sheet = openpyxl.load_workbook(xlsx_out)["Responses"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert "'" + fx.FORMULA_TEXT in {c.value for c in cells}
    for row in rows:
        for value in row.values():
            assert not value.startswith(tabular.FORMULA_START)


def test_neutralise_on_random_text() -> None:
    """Any text starting with a formula character is shown as text; nothing else changes."""
    rng = random.Random(3)
    alphabet = "=+-@\t\r ab1'\"é🙂,;"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        done = tabular.neutralise(text)
        if text.startswith(tabular.FORMULA_START):
            assert done == "'" + text
        else:
            assert done == text
    assert tabular.neutralise(5) == 5


def test_xlsx_holds_the_same_rows_and_the_dictionary(services, built, tmp_path: Path) -> None:
    csv_out, xlsx_out = tmp_path / "e.csv", tmp_path / "e.xlsx"
    _export(services, built, ExportFormat.CSV, ExportLevel.NO_IDENTIFIERS, csv_out)
    _export(services, built, ExportFormat.XLSX, ExportLevel.NO_IDENTIFIERS, xlsx_out)
    book = openpyxl.load_workbook(xlsx_out)
    assert book.sheetnames == ["Responses", "Dictionary", "About"]
    sheet_rows = [["" if v is None else str(v) for v in row] for row in book["Responses"].iter_rows(values_only=True)]
    with csv_out.open(encoding="utf-8-sig", newline="") as fh:
        csv_rows = [[v.replace("\r\n", "\n") for v in row] for row in csv.reader(fh)]
    assert sheet_rows == [[v.replace("\r\n", "\n") for v in row] for row in csv_rows]
    assert [r[0] for r in book["Dictionary"].iter_rows(values_only=True)][1:4] == ["programme", "cycle", "stage"]


def test_json_is_the_whole_programme_versioned(services, built, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    _export(services, built, ExportFormat.JSON, ExportLevel.FULL, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "workshop-companion-programme" and doc["format_version"] == 1
    assert doc["level"] == "full" and doc["programme"]["name"] == "Harbour leaders"
    assert len(doc["participants"]) == len(fx.PEOPLE)
    assert [s["cycle"] for s in doc["sessions"]] == [1, 2]
    sessions = {s["id"] for s in doc["sessions"]}
    people = {p["id"] for p in doc["participants"]}
    assert all(r["session_id"] in sessions and r["participant_id"] in people for r in doc["responses"])
    assert doc["actions"][0]["owner"] == "MARKOWNER Fiona"


def _qde(path: Path):
    archive = zipfile.ZipFile(path)
    return archive, archive.read("project.qde")


def test_qdpx_is_valid_refi_qda_and_meets_qualcoder_needs(services, built, tmp_path: Path) -> None:
    services.coding.ensure_codebook(built.programme_id)
    codes = {c.name: c for c in services.coding.codebook(built.programme_id)}
    trust = codes["Building trust"]
    # a passage after an emoji and a CRLF (code points, end exclusive) and a whole entry
    ukr = built.reflections[(3, 0)]
    text = next(e.text for e in services.coding.entries(built.programme_id) if e.reflection_id == ukr)
    start = text.index("信任")
    services.coding.tag(ukr, trust.id, start, start + 2)
    services.coding.tag(built.reflections[(1, 1)], codes["Flow"].id)
    out = tmp_path / "e.qdpx"
    _export(services, built, ExportFormat.QDPX, ExportLevel.NO_IDENTIFIERS, out)
    archive, xml = _qde(out)
    schema = xmlschema.XMLSchema(str(XSD))
    schema.validate(io.BytesIO(xml))
    root = xmlschema.XMLResource(io.BytesIO(xml)).root
    assert root.get("origin", "").startswith("Workshop Companion")
    code_names = [c.get("name") for c in root.iter("{urn:QDA-XML:project:1.0}Code")]
    assert len(code_names) == len({n.casefold() for n in code_names})
    code_ids = {c.get("guid") for c in root.iter("{urn:QDA-XML:project:1.0}Code")}
    cases = root.findall("q:Cases/q:Case", NS)
    assert len(cases) == len(fx.PEOPLE)
    for case in cases:
        assert case.get("guid") in code_ids  # QualCoder links a case through a code with its GUID
        values = [v.findtext("q:TextValue", namespaces=NS) for v in case.findall("q:VariableValue", NS)]
        assert len(values) == 2 and values[0].startswith("MARKORG")
    members = set(archive.namelist())
    found_passage = False
    for source in root.findall("q:Sources/q:TextSource", NS):
        assert source.find("q:PlainTextContent", NS) is None
        path = source.get("plainTextPath")
        assert path.startswith("internal://")
        raw = archive.read("sources/" + path.removeprefix("internal://"))
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw
        body = raw.decode("utf-8")
        assert source.findall("q:Coding", NS) == []  # codings live inside selections
        for sel in source.findall("q:PlainTextSelection", NS):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            assert 0 <= start < end <= len(body)
            for ref in sel.findall("q:Coding/q:CodeRef", NS):
                assert ref.get("targetGUID") in code_ids
                if ref.get("targetGUID") == trust.id:
                    assert body[start:end] == "信任"
                    found_passage = True
    assert found_passage
    [action] = [s for s in root.findall("q:Sources/q:TextSource", NS) if s.get("name").startswith("Action")]
    body = archive.read("sources/" + action.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
    assert body.startswith("MARKDESC joint case review")
    for note in root.findall("q:Notes/q:Note", NS):
        assert note.get("name") and note.get("creationDateTime")
        assert "sources/" + note.get("plainTextPath").removeprefix("internal://") in members


@pytest.mark.parametrize("level", list(ExportLevel))
def test_levels_keep_or_drop_every_marked_field(services, built, tmp_path: Path, level: ExportLevel) -> None:
    """Given marker text in every identifying field, when exporting at a level, then only what
    that level allows is in the bytes of every format."""
    files = []
    for fmt in ExportFormat:
        files += _export(services, built, fmt, level, tmp_path / f"e.{fmt.value}").files
    blob = _all_bytes(files)
    names = [f"MARKNAME{c}" for c in "ABCDEFG"]
    roles = [f"MARKROLE{c}" for c in "ABCDEFG"]
    orgs = [f"MARKORG{c}" for c in "ABCD"]
    unreviewed = [f"MARKTEXT{p}{s}" for p in (2, 4, 6) for s in (0, 1)]
    reviewed = list(built.reviewed_text.values())
    codes = [p.code for p in built.people]

    def present(markers) -> list[bool]:
        return [m in blob for m in markers]

    if level == ExportLevel.FULL:
        assert all(present(names + roles + orgs + unreviewed + reviewed + ["MARKOWNER", "MARKACTION"]))
    elif level == ExportLevel.NO_IDENTIFIERS:
        assert not any(present(names + roles + ["MARKOWNER"]))
        assert all(present(orgs + unreviewed + reviewed + codes + ["MARKACTION", "MARKDESC"]))
    else:
        assert not any(present(names + roles + orgs + unreviewed + ["MARKOWNER", "MARKACTION", "MARKDESC"]))
        assert not any(f",{c}," in blob or f'"{c}"' in blob for c in codes)
        assert all(present(reviewed))
        assert "Police and justice" not in blob  # a sector of one person is not named


def test_deidentified_dates_shift_the_same_for_each_person(services, built, tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    _export(services, built, ExportFormat.CSV, ExportLevel.DEIDENTIFIED, out, seed=11)
    real = {1: date(2026, 1, 12), 2: date(2026, 3, 23)}
    shifts: dict[str, set[int]] = {}
    for row in _read_csv(out):
        shifted = date.fromisoformat(row["session_date"])
        shifts.setdefault(row["participant"], set()).add((shifted - real[int(row["cycle"])]).days)
    assert len(shifts) == len(fx.PEOPLE)
    for person, days in shifts.items():
        assert len(days) == 1, person  # constant within a person, so intervals are kept
        assert 0 < abs(next(iter(days))) <= 30
    assert len({next(iter(d)) for d in shifts.values()}) > 1  # and not one shift for everyone
    # codes differ between two de-identified exports
    again = tmp_path / "d2.csv"
    _export(services, built, ExportFormat.CSV, ExportLevel.DEIDENTIFIED, again, seed=12)
    assert {r["participant"] for r in _read_csv(again)}.isdisjoint(shifts)


def test_editing_a_reviewed_text_takes_it_out_of_deidentified_exports(services, built, tmp_path: Path) -> None:
    rid, text = next(iter(built.reviewed_text.items()))
    entry = next(e for e in services.coding.entries(built.programme_id) if e.reflection_id == rid)
    assert entry.reviewed
    services.entries.save_reflection(entry.session_id, entry.participant_id, entry.prompt, text + " MARKLATER")
    out = tmp_path / "d.json"
    _export(services, built, ExportFormat.JSON, ExportLevel.DEIDENTIFIED, out)
    assert "MARKLATER" not in out.read_text(encoding="utf-8")


def test_research_allowed_is_the_one_gate(services, built, tmp_path: Path, monkeypatch) -> None:
    """Today everyone is allowed (no consent is recorded yet); whoever the gate refuses is left
    out of every format. When consent records arrive this test gains real refusals."""
    everyone = {p.id for p in built.people}
    with services.db.unit_of_work(write=False) as uow:
        assert exports_module.research_allowed(uow, everyone) == everyone
    refused = built.people[3].id
    monkeypatch.setattr(exports_module, "research_allowed", lambda uow, ids: set(ids) - {refused})
    files = []
    for fmt in ExportFormat:
        summary = _export(services, built, fmt, ExportLevel.FULL, tmp_path / f"e.{fmt.value}")
        assert summary.people_left_out == 1
        files += summary.files
    blob = _all_bytes(files)
    assert "MARKNAMED" not in blob and "MARKTEXT3" not in blob and "Дякую" not in blob
    assert "MARKNAMEC" in blob


def test_a_failed_export_leaves_the_earlier_file_untouched(services, built, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "e.xlsx"
    _export(services, built, ExportFormat.XLSX, ExportLevel.FULL, out)
    before = out.read_bytes()

    def broken(data, fh):
        fh.write(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tabular, "write_xlsx", broken)
    with pytest.raises(StorageError):
        _export(services, built, ExportFormat.XLSX, ExportLevel.FULL, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".e.xlsx")] == []


def test_command_line_export_and_its_errors(tmp_path: Path) -> None:
    from tests.test_cli import run

    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    out = tmp_path / "project.qdpx"
    done = run("export", "--db", str(db), "--format", "qdpx", "--out", str(out), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "(deidentified)" in done.stdout and "Withheld" in done.stdout
    xmlschema.XMLSchema(str(XSD)).validate(io.BytesIO(zipfile.ZipFile(out).read("project.qde")))
    missing = run("export", "--db", str(tmp_path / "none.db"), "--format", "csv", "--out", str(out), home=tmp_path)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert missing.stderr.count("\n") == 1 and "no database" in missing.stderr.lower()
    bad = run("export", "--db", str(db), "--format", "pdf", "--out", str(out), home=tmp_path)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


@pytest.mark.parametrize("level", list(ExportLevel))
def test_every_row_made_from_its_own_response(services, built, level: ExportLevel) -> None:
    """Cells shared between rows (made once per session, person and date) match each row's own response."""
    data = services.exports.gather(built.programme_id, level, rng=random.Random(5))
    header, *rows = list(tabular.tidy_rows(data))
    assert len(rows) == len(data.responses)
    sessions = {s.id: s for s in data.sessions}
    people = {p.id: p for p in data.people}
    for row, resp in zip(rows, data.responses, strict=True):
        cell = dict(zip(header, row, strict=True))
        session = sessions.get(resp.session_id)
        person = people.get(resp.person_id)
        assert cell["session_date"] == (resp.held_on.isoformat() if resp.held_on else "")
        assert cell["session"] == tabular.neutralise(session.title if session else "")
        assert cell["participant"] == tabular.neutralise(person.code if person else "")
        assert cell["text"] == tabular.neutralise(resp.text)
        assert cell["rating"] == resp.rating
