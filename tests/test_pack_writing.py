"""Faster ways the pack writes what reportlab would write: the same bytes, checked against reportlab's own."""

from __future__ import annotations

import io
import random
from dataclasses import replace

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from workshop_app.domain.pack import PackDocument, PackOptions
from workshop_app.packs import build_session_pack_bytes, pdfenc
from workshop_app.packs.qr import QUIET_ZONE, _draw_modules, qr_modules

from .test_pack_documents import full_extras
from .test_packs import make_pack_data


def _encoded(encode, text: str) -> bytes | type:  # noqa: ANN001
    try:
        return encode(text)
    except UnicodeEncodeError:
        return UnicodeEncodeError


def test_the_fast_encoder_gives_reportlabs_bytes_or_error_for_every_character() -> None:
    slow = pdfenc.original()
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert _encoded(pdfenc.pdfdoc_enc, ch) == _encoded(slow, ch), hex(code)
        assert _encoded(pdfenc.pdfdoc_enc, f"q 1 0 0 1 {ch} cm") == _encoded(slow, f"q 1 0 0 1 {ch} cm"), hex(code)
    rng = random.Random(8)
    alphabet = [chr(c) for c in range(0x20)] + [chr(c) for c in range(0x20, 0x7F)] * 20 + list("éŁ€\u2013\ufb01\u0416")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _encoded(pdfenc.pdfdoc_enc, text) == _encoded(slow, text), repr(text)
    assert pdfenc.pdfdoc_enc(b"\x00\xff") == b"\x00\xff"


def test_a_pack_is_byte_identical_with_reportlabs_own_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    data = replace(make_pack_data(6), extras=full_extras())
    options = PackOptions(documents=tuple(PackDocument))
    fast = build_session_pack_bytes(data, options, invariant=True)
    assert pdfdoc.pdfdocEnc is pdfenc.pdfdoc_enc
    monkeypatch.setattr(pdfenc, "install", lambda: None)
    monkeypatch.setattr(pdfdoc, "pdfdocEnc", pdfenc.original())
    assert build_session_pack_bytes(data, options, invariant=True) == fast


def _qr_the_plain_way(canvas: Canvas, text: str, size: float) -> None:
    """A QR code drawn with one canvas.rect per run of dark modules, as the module's docstring says."""
    modules = qr_modules(text)
    n = len(modules)
    box = size / (n + 2 * QUIET_ZONE)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(0.0, 0.0, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(modules):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                x = 0.0 + (start + QUIET_ZONE) * box
                canvas.rect(x, 0.0 + size - (r + QUIET_ZONE + 1) * box, (c - start) * box, box, stroke=0, fill=1)
            else:
                c += 1
    canvas.restoreState()


@pytest.mark.parametrize("size", [62.36220472440945, 70.0, 33.3])
def test_qr_codes_write_the_same_operators_as_canvas_rectangles(size: float) -> None:
    for text in ("3F2A-REFL-SJ01", "3F2A-REFL-BLANK", "A-REFL-" + "X" * 30):
        plain = Canvas(io.BytesIO())
        plain.beginForm("x", lowerx=0, lowery=0, upperx=size, uppery=size)
        _qr_the_plain_way(plain, text, size)
        expected = list(plain._code)
        plain.endForm()
        ours = Canvas(io.BytesIO())
        ours.beginForm("x", lowerx=0, lowery=0, upperx=size, uppery=size)
        _draw_modules(ours, qr_modules(text), size)
        assert ours._code == expected
        ours.endForm()


def test_headings_are_kept_with_what_follows_without_copying_the_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import Frame, flowables

    copied: list[object] = []
    deepcopy = flowables.deepcopy

    def counting(value: object, *args: object) -> object:
        if isinstance(value, Frame):
            copied.append(value)
        return deepcopy(value, *args)

    monkeypatch.setattr(flowables, "deepcopy", counting)
    data = replace(make_pack_data(6), extras=full_extras())
    build_session_pack_bytes(data, PackOptions(documents=tuple(PackDocument)), invariant=True)
    assert copied == []


def test_a_script_paragraph_measured_at_several_widths_keeps_the_lines_of_each() -> None:
    from workshop_app.packs.fonts import register_fonts
    from workshop_app.packs.script_text import ScriptParagraph
    from workshop_app.packs.styles import pack_styles

    register_fonts()
    text = "أحمد الخطيب يعمل مع الفريق في المستشفى كل يوم " * 4
    style = pack_styles().body
    shared = ScriptParagraph(text, style)
    for width in (400.0, 120.0, 400.0, 60.0, 120.0):
        fresh = ScriptParagraph(text, style)
        assert shared.wrap(width, 800) == fresh.wrap(width, 800)
        assert [[w.text for w in line] for line in shared._lines] == [[w.text for w in line] for line in fresh._lines]


def test_qr_masks_are_scored_and_chosen_exactly_as_reportlab_does() -> None:
    from reportlab.graphics.barcode import qrencoder

    from workshop_app.packs.qr import lost_points

    rng = random.Random(11)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-"
    texts = ["3F2A-REFL-SJ01", "3F2A-REFL-BLANK", "A"] + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 70))) for _ in range(60)
    ]
    for text in texts:
        theirs = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        theirs.addData(text)
        theirs.version = theirs.calculate_version()
        for mask in range(8):
            theirs.makeImpl(True, mask)
            assert lost_points(theirs.modules) == qrencoder.QRUtil.getLostPoint(theirs), (text, mask)
        theirs.makeImpl(False, theirs.getBestMaskPattern())
        qr_modules.cache_clear()
        assert qr_modules(text) == tuple(tuple(bool(m) for m in row) for row in theirs.modules), text


def test_plain_paragraphs_get_the_fragments_reportlabs_parser_gives_them() -> None:
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from workshop_app.packs.fonts import register_fonts
    from workshop_app.packs.paragraphs import Paragraph
    from workshop_app.packs.styles import pack_styles

    register_fonts()
    styles = [v for large in (False, True) for v in vars(pack_styles(large)).values() if hasattr(v, "fontName")]
    rng = random.Random(4)
    alphabet = list("abcdefghij klmnop QRSTUV 0123 .,;:'\"!?()-\u2013\u2014\u00b7\u2019\u00e9\u0141\u0391\u0416") + [
        "\n", "\t", "\r", "\xa0", "\u2003", "\xad", "\x00", "  ", "<b>bold</b>", "&amp;", "&gt;", "<br/>",
    ]  # fmt: skip
    plain = 0
    for i in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        style, bullet = rng.choice(styles), rng.choice([None, "\u2022", "3"])
        ours, theirs = Paragraph(text, style, bulletText=bullet), ReportlabParagraph(text, style, bulletText=bullet)
        plain += not set("<>&") & set(text)
        assert (ours.text, ours.bulletText, [f.__dict__ for f in ours.frags]) == (
            theirs.text,
            theirs.bulletText,
            [f.__dict__ for f in theirs.frags],
        ), repr(text)
        assert ours.style is theirs.style
        if i % 15 == 0:  # laid out and drawn the same, at two widths
            canvases = Canvas(io.BytesIO()), Canvas(io.BytesIO())
            for width in (400, 90):
                assert ours.wrap(width, 900) == theirs.wrap(width, 900)
                ours.drawOn(canvases[0], 10, 10)
                theirs.drawOn(canvases[1], 10, 10)
            assert canvases[0]._code == canvases[1]._code, repr(text)
    assert plain > 300
    # each paragraph its own fragment and its own lists: nothing one paragraph adds reaches another
    a, b = Paragraph("First text", styles[0]), Paragraph("Second text", styles[0])
    assert a.frags[0] is not b.frags[0] and a.frags[0].link is not b.frags[0].link
    assert a.frags[0].text == "First text" and b.frags[0].text == "Second text"


def test_charts_are_valid_with_shape_checking_on_and_draw_the_same_with_it_off() -> None:
    import threading

    from reportlab import rl_config
    from reportlab.graphics import renderPDF

    from workshop_app.packs import documents
    from workshop_app.packs.fonts import register_fonts

    register_fonts()
    extras = full_extras()
    assert extras.summary is not None and extras.cycle is not None
    anchors = {1: "Not at all", 5: "Fully"}

    def drawn() -> list[str]:
        """The operators the summary's and the cycle report's charts draw."""
        charts = [documents.distribution_chart(d, anchors, 8.0) for d in extras.summary.ratings]
        charts += [documents.series_chart(s, 1, 5, 8.0) for s in extras.cycle.series]
        canvas = Canvas(io.BytesIO())
        for chart in charts:
            renderPDF.draw(chart, canvas, 0, 0)
        return canvas._code

    assert rl_config.shapeChecking  # reportlab's default: every attribute checked as it is set
    checked = drawn()
    with documents.unchecked_shapes():
        assert not rl_config.shapeChecking
        with documents.unchecked_shapes():  # builds overlapping on two threads
            pass
        assert not rl_config.shapeChecking
        unchecked = drawn()
    assert rl_config.shapeChecking
    assert unchecked == checked and len(checked) > 100
    # while another thread builds, checking stays off until the last build leaves
    inside, leave = threading.Event(), threading.Event()

    def build() -> None:
        with documents.unchecked_shapes():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=build)
    worker.start()
    inside.wait(5)
    with documents.unchecked_shapes():
        pass
    assert not rl_config.shapeChecking
    leave.set()
    worker.join(5)
    assert rl_config.shapeChecking


def test_a_paragraph_measured_again_at_a_width_keeps_the_lines_it_had_there() -> None:
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from workshop_app.packs.fonts import register_fonts
    from workshop_app.packs.paragraphs import Paragraph
    from workshop_app.packs.styles import pack_styles

    register_fonts()
    style = pack_styles().body
    text = "Some <b>bold</b> words and a long tail of plain words that wraps at narrow widths " * 3
    ours = Paragraph(text, style)
    for width in (400.0, 120.0, 400.0, 0.0, 60.0, 120.0, 0.0, 400.0):
        theirs = ReportlabParagraph(text, style)
        assert ours.wrap(width, 900) == theirs.wrap(width, 900)
        if width:
            assert ours.blPara.lines == theirs.blPara.lines or [
                [w.text for w in line.words] for line in ours.blPara.lines
            ] == [[w.text for w in line.words] for line in theirs.blPara.lines]
            canvases = Canvas(io.BytesIO()), Canvas(io.BytesIO())
            ours.drawOn(canvases[0], 0, 0)
            theirs.drawOn(canvases[1], 0, 0)
            assert canvases[0]._code == canvases[1]._code
