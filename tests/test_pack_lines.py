"""Name and code lines built from the first sheet's layout: what reportlab draws, and only this person's text."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from xml.sax.saxutils import escape

import pytest
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from workshop_app.domain.pack import PackDocument, PackOptions, PackParticipant
from workshop_app.packs import build_session_pack_report, session_pack
from workshop_app.packs.fonts import register_fonts
from workshop_app.packs.lines import LineTemplate, _Laid
from workshop_app.packs.styles import pack_styles

from .test_pack_reuse import _pages
from .test_packs import make_pack_data

WIDTH = session_pack.st.CONTENT_WIDTH
TAIL = "\u2003\u00b7\u2003Session 2: Trust and shared purpose\u2003\u00b7\u2003Tuesday 24 November 2026"
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'-.()\"/;:!?#%*+=[]{}@~^`|\\"
    "âêîôûŵŷŁłńśźżęąćșțăîéßøæ\u2019\u00b7ΑΒΓαβγДдЖжЩщ"
)


def _makers(large: bool):  # noqa: ANN202
    register_fonts()
    s = pack_styles(large)

    def name(text: str) -> Flowable:
        return session_pack.para(text, s.sheet_name)

    def code(text: str) -> Flowable:
        markup = f"Participant code <b>{session_pack.esc(text)}</b>{escape(TAIL)}"
        return session_pack.rich(markup, f"Participant code {text}{TAIL}", s.small)

    return (name, s.sheet_name.fontName), (code, s.small.fontName)


def _names(rng: random.Random, count: int) -> list[str]:
    def word() -> str:
        return "".join(rng.choice(LETTERS) for _ in range(rng.randint(1, 14)))

    return [" ".join(word() for _ in range(rng.randint(1, 5))) for _ in range(count)]


def _codes(rng: random.Random, count: int) -> list[str]:
    return [
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789WM") for _ in range(rng.randint(1, 9)))
        for _ in range(count)
    ]


def _drawn(flowables: list[Flowable]) -> tuple[list[tuple[float, float]], list[str]]:
    """What each flowable measures at the sheet's width and the operators it draws, in turn, on one canvas."""
    canvas = Canvas(io.BytesIO(), initialFontName="NotoSans")
    sizes = []
    for f in flowables:
        sizes.append(f.wrap(WIDTH, 700))
        f.drawOn(canvas, 56.7, 500)
    return sizes, canvas._code


@pytest.mark.parametrize("large", [False, True])
def test_lines_from_a_template_draw_exactly_what_reportlab_draws(large: bool) -> None:
    rng = random.Random(8 if large else 5)
    for (make, face), texts in zip(_makers(large), (_names(rng, 400), _codes(rng, 400)), strict=True):
        template = LineTemplate(make, WIDTH, face=face)
        fast = [template.get(t) for t in texts]
        assert _drawn(fast) == _drawn([make(t) for t in texts])
        shortcut = sum(isinstance(f, _Laid) for f in fast)
        if make.__name__ == "name" or not large:  # large print wraps the code line: always from scratch
            assert shortcut > len(texts) * 0.8, (make.__name__, shortcut)


def _strings(value: object, seen: set[int] | None = None) -> list[str]:
    """Every piece of text reachable from a flowable's attributes."""
    seen = set() if seen is None else seen
    if isinstance(value, str):
        return [value]
    if id(value) in seen or isinstance(value, (int, float, bool, type(None))):
        return []
    seen.add(id(value))
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v, seen)]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _strings(v, seen)]
    if hasattr(value, "__dict__") and not callable(value):
        return [s for k, v in vars(value).items() if k != "style" for s in _strings(v, seen)]
    return []


def test_a_line_built_from_a_template_holds_its_own_text_and_no_one_elses() -> None:
    (name, name_face), (code, code_face) = _makers(False)
    names = LineTemplate(name, WIDTH, face=name_face)
    codes = LineTemplate(code, WIDTH, face=code_face)
    first_name, first_code = names.get("Quentin Xavier"), codes.get("QX01")
    assert "Quentin" in " ".join(_strings(first_name)) and "QX01" in " ".join(_strings(first_code))
    for person, person_code in (("Ann Bell", "AB01"), ("Bryn Hall", "BH01"), ("Zoë Wynn-Jones", "ZW01")):
        line, code_line = names.get(person), codes.get(person_code)
        assert isinstance(line, _Laid) and isinstance(code_line, _Laid)
        line.wrap(WIDTH, 700)
        code_line.wrap(WIDTH, 700)
        held = " ".join(_strings(line))
        assert person in held and "Quentin" not in held and "Xavier" not in held
        held_code = " ".join(_strings(code_line))
        assert person_code in held_code and "QX01" not in held_code
        assert line.blPara.lines[0][1] == person.split()
        assert [w.text for w in code_line.blPara.lines[0].words][1] == person_code


@pytest.mark.parametrize(
    "text",
    [
        "O'Brien & <Co>",
        "Mary  Ann",
        " Leading",
        "Trailing ",
        "Jean\u00a0Luc",
        "Tab\tName",
        "Soft\xadhyphen",
        "Line\nbreak",
        "Ctrl\x01char",
        "أحمد الخطيب",
        "Zoë 🙂 Emoji",
        "李小龙",
        "W" * 60,
        "Bartholomew Featherstonehaugh-Cholmondeley-Wolverhampton Montgomery-Smythe of Llanfairpwllgwyngyll",
    ],
)
def test_lines_the_shortcut_is_unsure_of_are_made_from_scratch(text: str) -> None:
    (name, face), _ = _makers(False)
    template = LineTemplate(name, WIDTH, face=face)
    template.get("Ann Bell")  # the template
    line = template.get(text)
    assert not isinstance(line, _Laid)
    assert _drawn([line]) == _drawn([name(text)])


def test_every_sheet_prints_its_own_name_and_code_line_and_no_other() -> None:
    names = [
        "Anna Bell",
        "Anna Bolt",
        "Bryn Hall",
        "O'Brien & <Co>",
        "Ifeoma Bello",
        "أحمد الخطيب",
        "Maximilian Alexander Fitzgerald-Montgomery of the Very Long Name Indeed, Twice Over Again",
        "Wil Wu",
    ]
    codes = ["AB01", "AB02", "BH01", "OC01", "IB01", "A01", "MA01", "WW01"]
    people = tuple(
        PackParticipant(n, c, "Riverside Housing", "Support worker") for n, c in zip(names, codes, strict=True)
    )
    data = replace(make_pack_data(0), participants=people)
    for large in (False, True):
        options = PackOptions(documents=(PackDocument.SHEETS,), large_print=large, blank_sheets=0)
        pdf, report = build_session_pack_report(data, options, invariant=True)
        pages = _pages(pdf)
        sections = report.page_contents
        firsts = [i for i, part in enumerate(sections) if part.startswith("Reflection") and part != sections[i - 1]]
        assert len(firsts) == len(people)
        for person, i in zip(people, firsts, strict=True):
            assert f"Participant code {person.code}" in pages[i]
            for other in people:
                if other is not person:
                    assert f"Participant code {other.code}" not in pages[i]
            if person.name.isascii() and "&" not in person.name:
                assert person.name.split()[0] in pages[i]
