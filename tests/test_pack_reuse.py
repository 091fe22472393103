"""What a pack lays out once and reuses: never another person's text, never a stale layout."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, HRFlowable, Paragraph, Spacer

from workshop_app.domain.pack import PackDocument, PackOptions, PackParticipant
from workshop_app.domain.rules import participant_code, sheet_code
from workshop_app.packs import build_session_pack_bytes, build_session_pack_report
from workshop_app.packs.fonts import REGULAR, register_fonts
from workshop_app.packs.reuse import Stack

from .test_packs import SESSION_CODE, make_pack_data

SHEETS = PackOptions(documents=(PackDocument.SHEETS,))

# Same organisation and role for several people (one shared line), codes of equal printed width
# (one shared header), a right-to-left name and a name long enough to wrap.
PEOPLE = (
    ("Anna Bell", "Riverside Housing", "Support worker"),
    ("Anna Bolt", "Riverside Housing", "Support worker"),
    ("Bryn Hall", "Riverside Housing", "Support worker"),
    ("أحمد الخطيب", "Riverside Housing", "Support worker"),
    ("Maximilian Alexander Fitzgerald-Montgomery of the Very Long Name Indeed", "Cardiff and Vale UHB", "Nurse"),
    ("Zoë Quinn", "", ""),
)


def _people() -> tuple[PackParticipant, ...]:
    taken: list[str] = []
    out = []
    for name, org, role in PEOPLE:
        code = participant_code(name, taken)
        taken.append(code)
        out.append(PackParticipant(name=name, code=code, organisation=org, role=role))
    return tuple(out)


def _pages(pdf: bytes) -> list[str]:
    """Each page's text; NFKC folds the Arabic presentation forms the reader returns back to letters."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [unicodedata.normalize("NFKC", " ".join((p.extract_text() or "").split())) for p in pages]


def test_no_sheet_shows_another_persons_name_or_code() -> None:
    people = _people()
    data = replace(make_pack_data(0), participants=people)
    pdf, report = build_session_pack_report(data, SHEETS, invariant=True)
    pages = _pages(pdf)
    for person in people:
        code = sheet_code(SESSION_CODE, "REFL", person.code)
        own = [i for i, section in enumerate(report.page_contents) if f"({code})" in section]
        assert own, code
        for i in own:
            assert code in pages[i]
            others = [p for p in people if p is not person]
            for other in others:
                assert sheet_code(SESSION_CODE, "REFL", other.code) not in pages[i]
                assert other.name.split()[-1] not in pages[i].replace(person.name, ""), (person.name, other.name)
                if other.organisation and other.organisation != person.organisation:
                    assert other.organisation not in pages[i], (person.name, other.organisation)
        if len(own) > 1:  # the continuation page names its own person (a long name shortened)
            assert person.name.split()[0] in pages[own[1]]
            assert "(continued)" in pages[own[1]] or len(person.name) > 40
    # the blank sheet holds no one's name
    blank = [i for i, section in enumerate(report.page_contents) if "blank" in section]
    assert blank
    for i in blank:
        assert not any(p.name.split()[-1] in pages[i] for p in people)


def test_reused_layout_never_outlives_a_change_of_language_or_content() -> None:
    english = make_pack_data(3)
    sa = english.self_assessment
    welsh = replace(
        english,
        language="cy",
        sheet_prompts=("Beth wnaethoch chi ei ddysgu heddiw?", "Beth fyddwch chi'n ei wneud nesaf?"),
        self_assessment=replace(sa, title="Hunanasesiad cydweithio", elements=sa.elements[:3]),
    )
    alone = build_session_pack_bytes(welsh, SHEETS, invariant=True)
    first = build_session_pack_bytes(english, SHEETS, invariant=True)
    after = build_session_pack_bytes(welsh, SHEETS, invariant=True)
    assert after == alone  # nothing of the English build carried over
    assert build_session_pack_bytes(english, SHEETS, invariant=True) == first
    text = " ".join(_pages(after))
    assert "Eich myfyrdodau" in text and "Your reflections" not in text
    assert "Hunanasesiad cydweithio" in text and sa.title not in text
    assert "Beth fyddwch chi'n ei wneud nesaf?" in text
    assert not any(" ".join(p.split())[:30] in text for p in english.sheet_prompts)
    assert sa.elements[4].name not in text


def test_sheets_whose_prompts_overflow_the_first_page_still_print_everything() -> None:
    prompts = tuple(f"Prompt {i}: what would you change about part {i} of our work?" for i in range(1, 13))
    data = replace(make_pack_data(2), sheet_prompts=prompts)
    for large in (False, True):
        pdf = build_session_pack_bytes(data, PackOptions(documents=(PackDocument.SHEETS,), large_print=large))
        pages = _pages(pdf)
        for person in [*data.participants, None]:
            code = sheet_code(SESSION_CODE, "REFL", person.code if person else None)
            sheet = " ".join(t for t in pages if code in t)
            assert all(p[:30] in sheet for p in prompts), code
            assert sheet.count("Actions I will take") == len(data.self_assessment.elements)


def _frame_after(flowables: list, canvas: Canvas) -> float:  # noqa: ANN001
    frame = Frame(0, 0, 400, 800, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame.add(Paragraph("Above", ParagraphStyle("a", fontName=REGULAR, spaceAfter=5)), canvas)
    for f in flowables:
        assert frame.add(f, canvas)
    return frame._y


def test_a_stack_takes_exactly_the_room_its_items_would() -> None:
    register_fonts()
    canvas = Canvas(io.BytesIO())

    def items() -> list:  # noqa: ANN202
        style = ParagraphStyle("p", fontName=REGULAR, fontSize=10, leading=13, spaceBefore=7, spaceAfter=3)
        return [
            HRFlowable(width="100%", thickness=0.5, spaceBefore=3 * mm, spaceAfter=1 * mm),
            Paragraph("A heading that keeps with what follows", style),
            Spacer(0, 2.5),
            Paragraph("Some words " * 30, style),
            Paragraph("Close", ParagraphStyle("q", fontName=REGULAR, spaceBefore=1, spaceAfter=9)),
        ]

    one_by_one = _frame_after(items(), canvas)
    as_stack = _frame_after([Stack(items(), items)], canvas)
    assert abs(one_by_one - as_stack) < 1e-9
