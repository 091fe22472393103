"""Text in every script participants write in: fonts, shaping, right-to-left order, placeholders."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from workshop_app.packs.fonts import PLACEHOLDER, register_fonts
from workshop_app.packs.script_text import ScriptParagraph, missing_chars, needs_script_layout, visual_order
from workshop_app.packs.styles import pack_styles


def _runs(pdf: bytes) -> list[tuple[float, float, str]]:
    """Every text run on page 1 with its position: (x, y, text), in drawing order."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    out: list[tuple[float, float, str]] = []

    def visit(text: str, cm, tm, font_dict, font_size) -> None:  # noqa: ANN001
        if text.strip():
            out.append((tm[4] + cm[4], tm[5] + cm[5], text.strip()))

    page.extract_text(visitor_text=visit)
    return out


def _draw(text: str, width: float = 200) -> tuple[bytes, set[str]]:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    missing: set[str] = set()
    token = missing_chars.set(missing)
    try:
        p = ScriptParagraph(text, pack_styles().body)
        _, height = p.wrap(width, 800)
        p.drawOn(canvas, 100, 700 - height)
    finally:
        missing_chars.reset(token)
    canvas.save()
    return buffer.getvalue(), missing


# "welcome to the workshop" in Arabic; a woman's name in Urdu
ARABIC = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645 \u0641\u064a \u0627\u0644\u0648\u0631\u0634\u0629"
URDU = "\u0641\u0627\u0637\u0645\u06c1 \u0628\u06cc \u0628\u06cc"


def _logical(run: str) -> str:
    """Shaped runs come back as joined presentation forms: fold them to the letters typed."""
    return unicodedata.normalize("NFKC", run)


def test_arabic_words_read_right_to_left_on_the_page() -> None:
    pdf, missing = _draw(ARABIC, width=400)
    runs = _runs(pdf)
    words = ARABIC.split()
    assert len(runs) == len(words)
    # every word is shaped and drawn as one run; the first word in reading order is rightmost
    by_word = {}
    for x, _y, text in runs:
        by_word[_logical(text)] = x
    assert set(by_word) == set(words)
    xs = [by_word[w] for w in words]
    assert xs == sorted(xs, reverse=True)
    # letters are joined (contextual forms), not drawn isolated
    assert all(any("\ufe70" <= ch <= "\ufeff" for ch in t) for _x, _y, t in runs if len(t) > 1)
    assert not missing


def test_rtl_order_is_applied_per_wrapped_line_not_before_wrapping() -> None:
    text = " ".join([ARABIC] * 4)
    pdf, _ = _draw(text, width=120)
    runs = _runs(pdf)
    lines: dict[float, list[tuple[float, str]]] = {}
    for x, y, t in runs:
        lines.setdefault(round(y, 1), []).append((x, _logical(t)))
    assert len(lines) >= 3
    # read top line first, each line right to left: that must give back the words in order
    reading = []
    for y in sorted(lines, reverse=True):
        reading += [w for _x, w in sorted(lines[y], reverse=True)]
    assert reading == text.split()


def test_urdu_letters_have_glyphs_and_need_rtl_layout() -> None:
    assert needs_script_layout(URDU)
    pdf, missing = _draw(URDU)
    assert not missing
    assert len(_runs(pdf)) == 3


def test_mixed_latin_inside_arabic_keeps_its_own_order() -> None:
    words = ["\u0645\u0631\u062d\u0628\u0627", "NHS", "Scotland", "\u0628\u0643\u0645"]
    order = [i for i, _level in visual_order(words, rtl=True)]
    # right to left paragraph: last Arabic word leftmost, the Latin phrase keeps NHS before Scotland
    assert order == [3, 1, 2, 0]


def test_latin_greek_cyrillic_need_no_special_layout() -> None:
    for name in ("Siân Ŵyn", "Seònaid NicDhòmhnaill", "Łukasz Żółć", "Ștefan Țăranu", "Ελένη", "Дмитрий"):
        assert not needs_script_layout(name), name


def test_a_character_no_font_has_prints_a_placeholder_and_is_reported() -> None:
    pdf, missing = _draw("Grace \U0001f600 Okafor")
    assert missing == {"\U0001f600"}
    text = " ".join(t for _x, _y, t in _runs(pdf))
    assert "Grace" in text and "Okafor" in text and PLACEHOLDER in text


def test_arabic_font_is_embedded() -> None:
    pdf, _ = _draw(ARABIC)
    assert re.search(rb"/BaseFont /\w{6}\+NotoNaskhArabic", pdf)


def test_names_and_organisations_in_every_script_print_on_sheets_without_loss() -> None:
    from dataclasses import replace

    from workshop_app.domain.pack import PackDocument, PackOptions, PackParticipant
    from workshop_app.packs import build_session_pack_report

    from .test_packs import make_pack_data

    people = (
        ("Siân Ŵyn ap Dafydd", "Bwrdd Iechyd Caerdydd a’r Fro"),
        ("Seònaid NicDhòmhnaill", "Comhairle nan Eilean Siar"),
        ("Łukasz Żółć-Świętek", "Miejski Ośrodek Pomocy Społecznej"),
        ("Ștefan Țăranu", "Direcția de Asistență Socială"),
        ("Ελένη Παπαδοπούλου", "Κέντρο Υγείας Αθηνών"),
        ("Дмитрий Иванов", "Городская больница"),
        (ARABIC, "\u0645\u062c\u0644\u0633 \u0627\u0644\u0645\u062f\u064a\u0646\u0629"),
        (URDU, "\u0634\u06c1\u0631 \u06a9\u06cc \u06a9\u0648\u0646\u0633\u0644"),
    )
    data = replace(
        make_pack_data(0),
        participants=tuple(PackParticipant(n, f"P{i}", org, "") for i, (n, org) in enumerate(people)),
    )
    pdf, report = build_session_pack_report(data, PackOptions(documents=(PackDocument.SHEETS,), blank_sheets=0))
    assert report.missing_characters == ()
    reader = PdfReader(io.BytesIO(pdf))
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() or "" for page in reader.pages))
    for name, org in people:
        for word in (*name.split(), *org.split()):
            assert word in text, word


def test_missing_characters_are_reported_even_outside_laid_out_text() -> None:
    from dataclasses import replace

    from workshop_app.domain.pack import PackDocument, PackOptions
    from workshop_app.packs import build_session_pack_report

    from .test_packs import make_pack_data

    data = replace(make_pack_data(1), session_title="Planning \U0001f4c5 day")
    _, report = build_session_pack_report(data, PackOptions(documents=(PackDocument.GUIDE,)))
    assert report.missing_characters == ("\U0001f4c5",)
    assert "U+1F4C5" in report.warning()
