"""Each pack document on its own: selection, paper, large print, QR codes, summary, cycle report, consent."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.domain.pack import (
    AttendanceLine,
    ConsentForm,
    CycleReport,
    GroupNote,
    PackAction,
    PackData,
    PackDocument,
    PackExtras,
    PackOptions,
    PackParticipant,
    Paper,
    Quote,
    RatingDistribution,
    RatingPoint,
    RatingSeries,
    SessionSummary,
    TimingLine,
    parse_documents,
)
from workshop_app.domain.rules import sheet_code
from workshop_app.packs import PackCancelled, build_session_pack, build_session_pack_bytes, build_session_pack_report
from workshop_app.storage.atomic import write_atomically

from .test_packs import SESSION_CODE, make_pack_data, pdf_text

CONSENT = ConsentForm(
    title="Taking part in the programme",
    intro="Please read each statement and tick the box if you agree.",
    statements=("I understand what the programme records about me.", "I may withdraw at any time."),
    quoting_statement="You may quote my written reflections without my name.",
    withdraw_note="To withdraw, tell your facilitator; your entries then leave every export.",
    new_participants=(PackParticipant("Nia Rhys", "NR01", "Powys Teaching Health Board", "Nurse"),),
)


def _actions() -> tuple[PackAction, ...]:
    return (
        PackAction("Share the discharge checklist with housing", "Siân Jones", date(2026, 12, 1), "open", carried=True),
        PackAction("Book a joint case review", "Łukasz Nowak", None, "done"),
        PackAction("Draft a shared referral form", "Tom Whitfield", None, "dropped"),
    )


def full_extras() -> PackExtras:
    summary = SessionSummary(
        ratings=(
            RatingDistribution("Relationships and trust", 1, 5, (0, 1, 3, 4, 2)),
            RatingDistribution("Shared purpose", 1, 5, (0, 0, 1, 1, 0)),  # two answers: hidden
        ),
        actions=_actions(),
        reflections_count=17,
        attendance=(
            AttendanceLine("Siân Jones", "Cardiff and Vale UHB", True),
            AttendanceLine("Дмитрий Иванов", "North Borough Council", False),
        ),
        group_notes=(GroupNote("Mapping our partnership", "Housing and health share three referral routes."),),
        decisions=("Meet monthly between sessions.",),
        quotes=(Quote("I finally understood why the ward waits for housing."),),
    )
    cycle = CycleReport(
        cycle_label="Cycle 2",
        sessions=("S1 12 Nov", "S2 24 Nov"),
        carried=_actions()[:1],
        closed=_actions()[1:2],
        dropped=_actions()[2:],
        series=(
            RatingSeries(
                "Relationships and trust", (RatingPoint("S1 12 Nov", 2.5, 9), RatingPoint("S2 24 Nov", 3.4, 10))
            ),
        ),
        timings=(
            TimingLine("S2 24 Nov", "Mapping our partnership", 45, 58),
            TimingLine("S2 24 Nov", "Close", 10, None),
        ),
    )
    return PackExtras(
        agreed_purpose="Nobody leaves hospital without a safe home to go to.",
        open_actions=_actions()[:1],
        consent=CONSENT,
        summary=summary,
        cycle=cycle,
    )


@pytest.fixture(scope="module")
def data() -> PackData:
    return replace(make_pack_data(4), extras=full_extras())


def _only(doc: PackDocument, **kw: object) -> PackOptions:
    return PackOptions(documents=(doc,), **kw)  # type: ignore[arg-type]


def test_parse_documents_orders_and_refuses_unknown_names() -> None:
    assert parse_documents("references, guide") == (PackDocument.GUIDE, PackDocument.REFERENCES)
    with pytest.raises(ValueError, match="brochure"):
        parse_documents("guide,brochure")


def test_each_document_prints_alone(data: PackData) -> None:
    guide = pdf_text(build_session_pack_bytes(data, _only(PackDocument.GUIDE)))
    assert "Facilitator guide" in guide and "Reflection sheet".upper() not in guide
    handout = pdf_text(build_session_pack_bytes(data, _only(PackDocument.HANDOUT)))
    assert "Nobody leaves hospital without a safe home to go to." in handout
    assert "Share the discharge checklist with housing" in handout
    assert "Facilitator guide" not in handout
    refs = pdf_text(build_session_pack_bytes(data, _only(PackDocument.REFERENCES)))
    assert "The action research planner" in refs and "Agenda" not in refs


def test_sheets_for_chosen_participants_and_blank_ones(data: PackData) -> None:
    chosen = data.participants[1].code
    options = PackOptions(documents=(PackDocument.SHEETS,), participant_codes=(chosen,), blank_sheets=2)
    pdf, report = build_session_pack_report(data, options)
    text = pdf_text(pdf)
    assert sheet_code(SESSION_CODE, "REFL", chosen) in text
    assert sheet_code(SESSION_CODE, "REFL", data.participants[0].code) not in text
    assert text.count("Actions I will take") == 5 * 3
    assert report.sheets == 3


def _decode_qr_codes(pdf: bytes, tmp_path: Path) -> list[str]:
    zxingcpp = pytest.importorskip("zxingcpp")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = tmp_path / "pack.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-gray", "-r", "110", str(source), str(tmp_path / "page")], check=True)
    found = []
    for image in sorted(tmp_path.glob("page-*.pgm")):
        raw = image.read_bytes()
        magic, dims, maxval, body = raw.split(b"\n", 3)
        assert magic == b"P5" and maxval == b"255"
        width, height = map(int, dims.split())
        pixels = memoryview(body)[: width * height].cast("B", shape=[height, width])
        found += [r.text for r in zxingcpp.read_barcodes(pixels)]
    return found


def test_qr_codes_decode_back_to_the_sheet_codes(data: PackData, tmp_path: Path) -> None:
    pdf = build_session_pack_bytes(data, PackOptions(documents=(PackDocument.SHEETS,), participant_codes=()))
    pdf_personal = build_session_pack_bytes(
        data,
        PackOptions(documents=(PackDocument.SHEETS,), participant_codes=(data.participants[0].code,), blank_sheets=0),
    )
    assert _decode_qr_codes(pdf, tmp_path / "blank") == [f"{SESSION_CODE}-REFL-BLANK"] * _pages_with_code(pdf)
    personal = set(_decode_qr_codes(pdf_personal, tmp_path / "personal"))
    assert personal == {sheet_code(SESSION_CODE, "REFL", data.participants[0].code)}


def _pages_with_code(pdf: bytes) -> int:
    return sum(1 for p in PdfReader(io.BytesIO(pdf)).pages if "SHEET CODE" in (p.extract_text() or ""))


@pytest.fixture(autouse=True)
def _tmp_dirs(tmp_path: Path) -> None:
    (tmp_path / "blank").mkdir()
    (tmp_path / "personal").mkdir()


def test_summary_prints_every_section_and_hides_small_groups(data: PackData) -> None:
    text = pdf_text(build_session_pack_bytes(data, _only(PackDocument.SUMMARY)))
    assert "1 of 2 attended." in text and "Siân Jones" in text
    assert "Housing and health share three referral routes." in text
    assert "Meet monthly between sessions." in text
    assert "Book a joint case review" in text
    assert "Ratings: Relationships and trust" in text and "10 answers; average 3.7" in text
    assert "Ratings: Shared purpose" in text and "Fewer than 3 answers: not shown." in text
    assert "\u201cI finally understood why the ward waits for housing.\u201d" in text
    assert "17 written reflections" in text


def test_summary_says_not_recorded_for_records_not_kept_yet(data: PackData) -> None:
    assert data.extras is not None and data.extras.summary is not None
    bare = replace(data.extras.summary, attendance=None, group_notes=None, decisions=None, quotes=None)
    text = pdf_text(
        build_session_pack_bytes(replace(data, extras=replace(data.extras, summary=bare)), _only(PackDocument.SUMMARY))
    )
    assert text.count("Not recorded for this session.") == 3
    assert "no reflections are quoted" in text
    assert "I finally understood" not in text


def test_cycle_report_lists_actions_charts_and_timings(data: PackData) -> None:
    text = pdf_text(build_session_pack_bytes(data, _only(PackDocument.CYCLE_REPORT)))
    assert "Cycle report: Cycle 2" in text
    assert "Actions carried forward (1)" in text and "Actions closed (1)" in text and "Actions dropped (1)" in text
    assert "Average rating: Relationships and trust" in text
    assert "S1 12 Nov" in text and "S2 24 Nov" in text  # the chart's category labels
    assert "+13 min" in text


def test_consent_forms_for_new_participants_and_one_blank(data: PackData) -> None:
    pdf, report = build_session_pack_report(data, _only(PackDocument.CONSENT))
    text = pdf_text(pdf)
    assert text.count("Taking part in the programme") == 2
    assert "Nia Rhys" in text and "You may quote my written reflections without my name." in text
    assert "Signature" in text


def test_every_document_embeds_only_our_fonts(data: PackData) -> None:
    pdf = build_session_pack_bytes(data, PackOptions(documents=tuple(PackDocument)))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font")
        for ref in (fonts.get_object() if fonts else {}).values():
            font = ref.get_object()
            assert "+Noto" in str(font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_letter_paper_and_large_print(data: PackData) -> None:
    a4 = PdfReader(io.BytesIO(build_session_pack_bytes(data, _only(PackDocument.GUIDE))))
    letter = PdfReader(io.BytesIO(build_session_pack_bytes(data, _only(PackDocument.GUIDE, paper=Paper.LETTER))))
    assert [round(float(x)) for x in a4.pages[0].mediabox[2:]] == [595, 842]
    assert [round(float(x)) for x in letter.pages[0].mediabox[2:]] == [612, 792]
    sizes: list[float] = []

    def visit(text, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001
        if text.strip():
            sizes.append(font_size * tm[0])

    large = PdfReader(io.BytesIO(build_session_pack_bytes(data, _only(PackDocument.HANDOUT, large_print=True))))
    large.pages[0].extract_text(visitor_text=visit)
    body = [sz for sz in sizes if sz > 12]
    assert body and min(body) >= 16
    # only the running header and footer (two lines each page, in runs) stay small
    assert all(sz in (8.0, 8.5) for sz in sizes if sz <= 12)


def test_cancelled_build_leaves_the_earlier_file_untouched(data: PackData, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    build_session_pack(data, target)
    before = target.read_bytes()

    def cancel_late(done: int, total: int) -> bool:
        return done < total - 1

    with pytest.raises(PackCancelled):
        write_atomically(target, lambda fh: build_session_pack(data, fh, progress=cancel_late))
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blank", "pack.pdf", "personal"]

    def fail(fh) -> None:  # noqa: ANN001
        fh.write(b"%PDF-half")
        raise OSError(28, "No space left on device")

    with pytest.raises(Exception, match="No space left"):
        write_atomically(target, fail)
    assert target.read_bytes() == before
