"""The command line as a person runs it: real processes, real files, plain messages, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app import __version__
from workshop_app.services.container import Services
from workshop_app.services.demo import DEMO_PEOPLE
from workshop_app.storage.database import open_database

PRACTICES = (
    "Suspending disbelief",
    "Developing accountability to a shared purpose",
    "Exploring diversity",
    "Building trust",
    "Courageous leadership",
    "Systemic leadership",
)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, WORKSHOP_APP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "workshop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def _text(pdf: Path) -> str:
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return " ".join(text.split())


def test_version(tmp_path: Path) -> None:
    result = run("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Workshop Companion {__version__}"


def test_demo_then_pack_prints_everyone_every_practice_and_every_element(tmp_path: Path, library) -> None:
    db = tmp_path / "demo.db"
    made = run("demo", "--db", str(db), home=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "12 participants" in made.stdout and "2 sessions" in made.stdout
    organisations = {org for _, org, _, _ in DEMO_PEOPLE}
    sectors = {sector for _, _, sector, _ in DEMO_PEOPLE}
    assert len(DEMO_PEOPLE) == 12 and len(organisations) == 5
    assert {"Health", "Social care", "Housing", "Voluntary sector"} <= sectors

    out = tmp_path / "pack.pdf"
    printed = run("pack", "--db", str(db), "--session", "latest", "--out", str(out), home=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = _text(out)
    for name, *_ in DEMO_PEOPLE:
        assert name in text, name
    for practice in PRACTICES:
        assert practice in text, practice
    for element in library.self_assessment.elements:
        assert " ".join(element.name.split()) in text, element.name
    assert "Actions I will take" in text


def test_pack_by_session_id_prefix(tmp_path: Path, library) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    listing = run("sessions", "--db", str(db), home=tmp_path)
    first_id = listing.stdout.splitlines()[1].split()[0]
    out = tmp_path / "first.pdf"
    printed = run("pack", "--db", str(db), "--session", first_id[:8], "--out", str(out), home=tmp_path)
    assert printed.returncode == 0, printed.stderr
    assert "Introducing the six practices" in _text(out)
    services = Services.create(open_database(db), library)
    try:
        [event] = [e for e in services.safety.audit_events() if "session pack" in e.action]
        assert event.action.startswith("export session pack (saved; guide, handout, sheets, consent, references; ")
        assert event.action.endswith(" 12 personal sheets, 1 blank)") and first_id in event.record_ids
    finally:
        services.close()


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    assert run("demo", home=tmp_path).returncode == 0
    assert (tmp_path / "data" / "workshop.db").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("pack", "--db", "{tmp}/missing.db", "--out", "{tmp}/x.pdf"), "There is no database"),
        (("pack", "--db", "{tmp}/notes.db", "--out", "{tmp}/x.pdf"), "not a Workshop Companion database"),
        (("pack", "--db", "{tmp}/demo.db", "--session", "nope", "--out", "{tmp}/x.pdf"), "No session"),
        (("pack", "--db", "{tmp}/demo.db", "--out", "{tmp}/no/such/folder/x.pdf"), "does not exist"),
        (("pack", "--db", "{tmp}/demo.db", "--out", "{tmp}"), "is a folder"),
        (("pack", "--db", "{tmp}/demo.db"), "required: --out"),
        (("frobnicate",), "invalid choice"),
    ],
)
def test_bad_input_gets_a_clear_message_and_no_traceback(tmp_path: Path, args, message) -> None:
    assert run("demo", "--db", str(tmp_path / "demo.db"), home=tmp_path).returncode == 0
    (tmp_path / "notes.db").write_text("just some notes\n" * 10)
    result = run(*(a.format(tmp=tmp_path) for a in args), home=tmp_path)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (tmp_path / "missing.db").exists()


def test_a_failed_pack_leaves_an_earlier_file_untouched(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"%PDF-1.4 earlier pack")
    result = run("pack", "--db", str(db), "--session", "nope", "--out", str(out), home=tmp_path)
    assert result.returncode == 1
    assert out.read_bytes() == b"%PDF-1.4 earlier pack"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pack.pdf")] == []


def test_pack_with_chosen_documents_paper_and_large_print(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    out = tmp_path / "after.pdf"
    printed = run(
        "pack",
        "--db",
        str(db),
        "--out",
        str(out),
        "--documents",
        "summary,cycle-report,references",
        "--paper",
        "letter",
        "--large-print",
        home=tmp_path,
    )
    assert printed.returncode == 0, printed.stderr
    assert "summary, cycle-report, references" in printed.stdout
    text = _text(out)
    assert "After the session: summary" in text and "Cycle report" in text and "References" in text
    assert "Not recorded for this session." in text  # attendance is not kept by this version
    assert "Facilitator guide" not in text and "SHEET CODE" not in text
    page = PdfReader(out).pages[0]
    assert [round(float(x)) for x in page.mediabox[2:]] == [612, 792]


def test_pack_refuses_an_unknown_document(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    result = run(
        "pack", "--db", str(db), "--out", str(tmp_path / "x.pdf"), "--documents", "guide,poster", home=tmp_path
    )
    assert result.returncode == 2
    assert "unknown document poster" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_sources_import_and_list(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), home=tmp_path).returncode == 0
    ris = Path(__file__).parent / "data" / "vaggers-anderson-2021.ris"
    imported = run("sources", "--db", str(db), "--import", str(ris), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "vaggers-anderson-2021" in imported.stdout  # the same DOI was already in the library
    listing = run("sources", "--db", str(db), home=tmp_path)
    assert "39(6), 941\u2013956" in listing.stdout
    bad = tmp_path / "bad.ris"
    bad.write_text("TY  - JOUR\nTI  - No end\n")
    refused = run("sources", "--db", str(db), "--import", str(bad), home=tmp_path)
    assert refused.returncode == 1 and "ends without" in refused.stderr and "Traceback" not in refused.stderr
