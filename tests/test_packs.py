"""Session pack PDFs: content, embedded fonts, reproducibility, progress and robustness."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from workshop_app.domain.content import AssessmentElement, Practice, SelfAssessment, Source
from workshop_app.domain.pack import PackBlock, PackData, PackParticipant
from workshop_app.domain.rules import clock_times, participant_code, planned_end, sheet_code
from workshop_app.packs import PackCancelled, build_session_pack, build_session_pack_bytes

NAMES = (
    ("Siân Jones", "Cardiff and Vale UHB", "Ward manager"),
    ("Łukasz Nowak", "Riverside Housing Association", "Support worker"),
    ("Ελένη Παπαδοπούλου", "Greek Community Health Forum", "Volunteer coordinator"),
    ("Дмитрий Иванов", "North Borough Council Adult Social Care", "Social worker"),
    ("O'Brien & <Co>", "O'Brien & <Co> Care Agency", "Director"),
    ("Amira Haddad", "Eastside GP Federation", "Practice nurse"),
    ("Tom Whitfield", "City Hospice", "Chaplain"),
    ("Grace Okafor", "Carers' Centre", "Carer advocate"),
    ("Priya Shah", "Community Pharmacy Network", "Pharmacist"),
    ("Mateo García", "Mental Health Trust", "Occupational therapist"),
    ("Sarah-Jane Price", "Voluntary Action Hub", "Development officer"),
    ("Ifeoma Bello", "Integrated Care Board", "Commissioner"),
)

PRACTICE_NAMES = (
    "Building trust",
    "Sharing power",
    "Agreeing a shared purpose",
    "Working with difference",
    "Learning together",
    "Sustaining relationships",
)

ELEMENT_NAMES = (
    "Relationships and trust",
    "Shared purpose",
    "Power and decision-making",
    "Communication",
    "Learning and reflection",
)

SESSION_CODE = "3F2A"


def make_pack_data(participants: int = 12, *, notes: str | None = None, version: str = "0.1.0-test") -> PackData:
    """A realistic pack: six blocks with a break, six practices, five elements, sources."""
    taken: list[str] = []
    people = []
    for name, org, role in NAMES[:participants]:
        code = participant_code(name, taken)
        taken.append(code)
        people.append(PackParticipant(name=name, code=code, organisation=org, role=role))
    plan = (
        ("Welcome and check-in", 20, "activity", "Building trust", ("What do you hope to take away from today?",)),
        (
            "Mapping our partnership",
            45,
            "activity",
            "Agreeing a shared purpose",
            ("Where does our work overlap, and where do we pull in different directions?",),
        ),
        ("Break", 15, "break", "", ()),
        (
            "Looking back at the last cycle",
            40,
            "activity",
            "Reflect (Kemmis & McTaggart)",
            ("What happened when we tried the actions we agreed?", "What surprised you?"),
        ),
        (
            "Planning the next cycle",
            40,
            "activity",
            "Plan (Kemmis & McTaggart)",
            ("What one thing will you do differently before we next meet?",),
        ),
        ("Close", 10, "activity", "Learning together", ()),
    )
    start = time(9, 30)
    timings = clock_times(start, [p[1] for p in plan])
    blocks = tuple(
        PackBlock(
            starts=t.starts,
            ends=t.ends,
            minutes=t.minutes,
            title=title,
            purpose="" if kind == "break" else f"Why we do '{title}': to build relationships across organisations.",
            facilitator_notes=(
                notes
                if notes and i == 1
                else (
                    ""
                    if kind == "break"
                    else "Set up the room in small groups of mixed organisations.\n\n"
                    "- Give each group flip-chart paper\n- Keep to time & invite quieter voices <first>"
                )
            ),
            prompts=prompts,
            serves_label=serves,
            kind=kind,
        )
        for i, ((title, _m, kind, serves, prompts), t) in enumerate(zip(plan, timings, strict=True))
    )
    sheet_prompts = tuple(p for b in blocks for p in b.prompts)
    practices = tuple(
        Practice(
            key=f"p{n}",
            number=n,
            name=name,
            summary=f"{name}: a short summary of what the practice asks of partners, in one or two sentences.",
            description="",
            facilitator_moves=(),
            prompts=(),
            source_key="animate2019",
        )
        for n, name in enumerate(PRACTICE_NAMES, start=1)
    )
    assessment = SelfAssessment(
        key="collab",
        title="Collaboration self-assessment",
        instructions="Tick one box for each element, then note the actions you will take.",
        scale_min=1,
        scale_max=5,
        anchors={1: "Not at all", 2: "A little", 3: "Partly", 4: "Mostly", 5: "Fully"},
        elements=tuple(
            AssessmentElement(key=f"e{i}", name=name, description=f"How well we do at {name.lower()} today.")
            for i, name in enumerate(ELEMENT_NAMES, start=1)
        ),
        source_key="animate2019",
    )
    sources = (
        Source(
            "animate2019",
            ("Animate Partnership",),
            2019,
            "Developing inter-organisational relationships",
            "Administrative Sciences",
            doi="10.0000/example",
        ),
        Source(
            "kemmis2014", ("Kemmis, S.", "McTaggart, R.", "Nixon, R."), 2014, "The action research planner", "Springer"
        ),
    )
    return PackData(
        programme_name="Better Together: Integrated Care Learning Programme",
        partnership="North Borough Health & Care Partnership",
        session_title="Session 2: Trust and shared purpose",
        session_date=date(2026, 11, 24),
        starts_at=start,
        planned_end=planned_end(start, [p[1] for p in plan]),
        planned_minutes=sum(p[1] for p in plan),
        place="St Mary's Community Hall, Room 3",
        blocks=blocks,
        participants=tuple(people),
        sheet_prompts=sheet_prompts,
        practices=practices,
        self_assessment=assessment,
        sources=sources,
        session_code=SESSION_CODE,
        app_version=version,
    )


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture(scope="module")
def data() -> PackData:
    return make_pack_data()


@pytest.fixture(scope="module")
def pdf(data: PackData) -> bytes:
    return build_session_pack_bytes(data)


@pytest.fixture(scope="module")
def text(pdf: bytes) -> str:
    return pdf_text(pdf)


def test_pack_is_a_pdf_with_metadata(pdf: bytes, data: PackData) -> None:
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    assert meta.author == "Workshop Companion 0.1.0-test"
    assert data.session_title in (meta.title or "")
    assert data.programme_name in (meta.subject or "")


def test_cover_shows_session_details(text: str) -> None:
    assert "Better Together: Integrated Care Learning Programme" in text
    assert "North Borough Health & Care Partnership" in text
    assert "Tuesday 24 November 2026" in text
    assert "St Mary's Community Hall, Room 3" in text
    assert "09:30\u201312:20" in text
    assert "2 h 50 min" in text


def test_every_participant_and_sheet_code_appears(text: str, data: PackData) -> None:
    assert len(data.participants) == 12
    for person in data.participants:
        assert person.name in text, person.name
        assert person.organisation in text, person.organisation
        assert sheet_code(SESSION_CODE, "REFL", person.code) in text
    # names with XML specials print literally, never as markup or entities
    assert "O'Brien & <Co>" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_prompts_practices_elements_and_times_appear(text: str, data: PackData) -> None:
    for prompt in data.sheet_prompts:
        assert prompt in text, prompt
    for name in PRACTICE_NAMES:
        assert name in text, name
    for name in ELEMENT_NAMES:
        assert name in text, name
    # one sheet per participant and one blank sheet for anyone who turns up unannounced
    assert text.count("Actions I will take") == len(ELEMENT_NAMES) * (len(data.participants) + 1)
    for block in data.blocks:
        assert f"{block.starts:%H:%M}\u2013{block.ends:%H:%M}" in text
        assert block.title in text
    for anchor in ("Not at all", "Fully"):
        assert anchor in text
    assert "Keep to time & invite quieter voices <first>" in text
    for source in data.sources:
        assert source.title in text


def test_each_sheet_starts_on_its_own_page(pdf: bytes, data: PackData) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    for person in data.participants:
        code = sheet_code(SESSION_CODE, "REFL", person.code)
        with_code = [i for i, t in enumerate(pages) if code in t]
        assert with_code, code
        first = with_code[0]
        # the sheet's first page names this participant and no one else's code
        assert person.name in pages[first]
        others = [sheet_code(SESSION_CODE, "REFL", p.code) for p in data.participants if p is not person]
        assert not any(o in pages[first] for o in others)
        assert len(with_code) <= 2  # a sheet runs to at most two pages


def test_every_sheet_carries_the_prompts_and_grid_stored_once(pdf: bytes, data: PackData) -> None:
    """Each sheet shows all its prompts and the whole grid; the grid's drawing is kept once in the file."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    people = [*data.participants, None]
    element_names = [e.name for e in data.self_assessment.elements]
    for person in people:
        code = sheet_code(SESSION_CODE, "REFL", person.code if person else None)
        sheet = " ".join(t for t in pages if code in t)
        for prompt in data.sheet_prompts:
            assert " ".join(prompt.split())[:40] in sheet, (code, prompt)
        for name in element_names:
            assert name in sheet, (code, name)
        assert sheet.count("Actions I will take") == len(element_names)
    # the grid (a form) is one object that every sheet's page places, not drawn again per person
    grids = set()
    for page in reader.pages:
        forms = _resolve(page["/Resources"]).get("/XObject")
        for ref in (_resolve(forms) or {}).values() if forms else ():
            body = _resolve(ref).get_data()
            if b"Actions I will take" in body or any(n.encode() in body for n in element_names):
                grids.add(ref.idnum if isinstance(ref, IndirectObject) else id(ref))
    assert len(grids) == 1


def _resolve(obj):  # noqa: ANN001, ANN202
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


def test_every_font_is_an_embedded_truetype_subset(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    seen = set()
    for page in reader.pages:
        resources = _resolve(page.get("/Resources")) or {}
        fonts = _resolve(resources.get("/Font")) or {}
        for ref in fonts.values():
            font = _resolve(ref)
            base = str(font["/BaseFont"])
            seen.add(base)
            assert font["/Subtype"] == "/TrueType", base
            assert "+" in base and "Noto" in base, base
            descriptor = _resolve(font["/FontDescriptor"])
            assert "/FontFile2" in descriptor, base
    assert any("NotoSans-Bold" in b for b in seen)
    assert any(b.endswith("NotoSans-Regular") for b in seen)


def test_invariant_builds_are_byte_identical(data: PackData) -> None:
    first = build_session_pack_bytes(data, invariant=True)
    second = build_session_pack_bytes(data, invariant=True)
    assert first == second


def test_build_to_stream_and_path(data: PackData, tmp_path: Path) -> None:
    stream = io.BytesIO()
    build_session_pack(data, stream, invariant=True)
    target = tmp_path / "pack.pdf"
    build_session_pack(data, target, invariant=True)
    assert stream.getvalue() == target.read_bytes() == build_session_pack_bytes(data, invariant=True)
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_progress_is_reported_per_participant(data: PackData) -> None:
    calls: list[tuple[int, int]] = []
    build_session_pack_bytes(data, progress=lambda done, total: calls.append((done, total)))
    # guide, handout, 12 personal sheets, one blank sheet, references
    assert calls == [(i, 16) for i in range(1, 17)]


def test_cancelling_raises_and_writes_nothing(data: PackData, tmp_path: Path) -> None:
    calls: list[int] = []

    def progress(done: int, total: int) -> bool:
        calls.append(done)
        return done < 3

    target = tmp_path / "pack.pdf"
    with pytest.raises(PackCancelled):
        build_session_pack(data, target, progress=progress)
    assert calls == [1, 2, 3]
    assert list(tmp_path.iterdir()) == []


def test_no_participants_gives_one_blank_sheet() -> None:
    data = make_pack_data(0)
    calls: list[tuple[int, int]] = []
    pdf = build_session_pack_bytes(data, progress=lambda d, t: calls.append((d, t)))
    text = pdf_text(pdf)
    assert sheet_code(SESSION_CODE, "REFL", None) == "3F2A-REFL-BLANK"
    assert "3F2A-REFL-BLANK" in text
    assert "Name" in text and "Participant code" in text
    assert text.count("Actions I will take") == len(ELEMENT_NAMES)
    assert calls == [(i, 4) for i in range(1, 5)]  # guide, handout, the blank sheet, references


def test_huge_text_wraps_across_pages() -> None:
    words = " ".join(f"word{i}" for i in range(5000))
    notes = f"{words} THE-END-OF-THE-NOTE"
    base = make_pack_data(2, notes=notes)
    long_prompt = "Why? " * 400
    data = replace(
        base,
        session_title="A very long session title " * 12,
        programme_name="Programme " * 40,
        place="x" * 600,
        sheet_prompts=(*base.sheet_prompts, long_prompt, "N" * 2000),
        participants=(
            *base.participants,
            PackParticipant("Z" * 300, "ZZ01", "Organisation with a long name " * 15, "Role"),
        ),
    )
    pdf = build_session_pack_bytes(data)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 10
    assert "THE-END-OF-THE-NOTE" in pdf_text(pdf)


def test_empty_optional_content_still_builds() -> None:
    base = make_pack_data(1)
    data = replace(
        base, blocks=(), sheet_prompts=(), practices=(), sources=(), place="", partnership="", app_version=""
    )
    text = pdf_text(build_session_pack_bytes(data))
    assert "No activities have been planned" in text
    assert base.participants[0].name in text


def test_packs_do_not_import_qt() -> None:
    code = "import sys, workshop_app.packs; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.stdout.strip() == "False"


def test_pack_headings_follow_the_interface_language() -> None:
    """A Welsh pack has Welsh headings; participants' names and content print as they are."""
    import dataclasses

    from workshop_app.packs.labels import LABELS, label

    assert set(LABELS["cy"]) == set(LABELS["en"])  # every heading has a Welsh label
    assert label("fr", "agenda") == "Agenda"  # an unknown language falls back to English
    data = dataclasses.replace(make_pack_data(1), language="cy")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(build_session_pack_bytes(data))).pages)
    for key in ("session_pack", "facilitator_guide", "your_reflections", "references"):
        assert label("cy", key) in text
    assert "Facilitator guide" not in text and "SESSION PACK" not in text
    english = "\n".join(
        page.extract_text() for page in PdfReader(io.BytesIO(build_session_pack_bytes(make_pack_data(1)))).pages
    )
    assert "Facilitator guide" in english and "SESSION PACK" in english


def test_reportlab_uses_its_c_speed_ups() -> None:
    """rl_accel is a dependency: without it reportlab formats every number in Python (a quarter slower)."""
    from reportlab.lib import rl_accel

    assert {"fp_str", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)
