"""Page geometry, colours and every paragraph style the session pack prints with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

# --- page geometry (points) -------------------------------------------------------------
PAGE_SIZE: tuple[float, float] = A4
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 22 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 27 * mm  # room for the running header
MARGIN_BOTTOM = 22 * mm  # room for the running footer
SHEET_MARGIN_TOP = 37 * mm  # reflection sheets carry the sheet code, large and as a QR code, in the header
QR_SIZE = 23 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HEADER_Y = PAGE_HEIGHT - 15 * mm  # baseline of running-header text
FOOTER_Y = 12 * mm  # baseline of running-footer text


@dataclass(frozen=True)
class Page:
    """One paper size: the text column keeps its width, margins take up the difference."""

    width: float
    height: float

    @property
    def left(self) -> float:
        return (self.width - CONTENT_WIDTH) / 2

    @property
    def right(self) -> float:
        return self.left

    @property
    def header_y(self) -> float:
        return self.height - 15 * mm


PAPERS: dict[str, Page] = {"a4": Page(*A4), "letter": Page(*LETTER)}


def page(paper: str = "a4") -> Page:
    return PAPERS[str(paper)]


# --- colours -----------------------------------------------------------------------------
INK: Color = HexColor("#1F2A30")  # body text: a soft blue-black
MUTED: Color = HexColor("#5F6B72")  # secondary text, labels
ACCENT: Color = HexColor("#2E6F6B")  # deep teal: headings, rules, codes
ACCENT_LIGHT: Color = HexColor("#E7F0EE")  # table headers, tags
RULE: Color = HexColor("#C5CFCD")  # hairlines and writing lines
GRID: Color = HexColor("#D5DCDB")  # table grid lines
SEPARATOR: Color = HexColor("#9DAFAB")  # between self-assessment elements
BREAK_BG: Color = HexColor("#F4F0E8")  # breaks: warm sand
BREAK_INK: Color = HexColor("#7A6E5C")
ZEBRA: Color = HexColor("#F7F9F9")

# --- type sizes --------------------------------------------------------------------------
BODY_SIZE = 10
BODY_LEADING = 14.2


@dataclass(frozen=True)
class PackStyles:
    """The paragraph styles of a session pack, all on the embedded Noto Sans family."""

    cover_kicker: ParagraphStyle
    cover_programme: ParagraphStyle
    cover_partnership: ParagraphStyle
    cover_session: ParagraphStyle
    cover_label: ParagraphStyle
    cover_value: ParagraphStyle
    cover_note: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    lead: ParagraphStyle
    body: ParagraphStyle
    body_italic: ParagraphStyle
    bullet: ParagraphStyle
    label: ParagraphStyle
    field_label: ParagraphStyle
    small: ParagraphStyle
    tag: ParagraphStyle
    th: ParagraphStyle
    th_center: ParagraphStyle
    th_anchor: ParagraphStyle
    td: ParagraphStyle
    td_right: ParagraphStyle
    td_bold: ParagraphStyle
    td_small: ParagraphStyle
    td_break: ParagraphStyle
    break_bar: ParagraphStyle
    practice_name: ParagraphStyle
    practice_summary: ParagraphStyle
    sheet_name: ParagraphStyle
    sheet_meta: ParagraphStyle
    sheet_prompt: ParagraphStyle
    element_name: ParagraphStyle
    element_desc: ParagraphStyle
    actions_label: ParagraphStyle
    reference: ParagraphStyle


LARGE_PRINT_MIN = 16.0  # large print: no text smaller than this
LARGE_PRINT_SCALE = 1.3  # headings already above the minimum grow by this much


@lru_cache(maxsize=2)
def pack_styles(large_print: bool = False) -> PackStyles:
    """The styles, built once per size (fonts are registered first so <b>/<i> resolve to Noto Sans).

    Large print sets every style at 16 pt or more, keeping each style's leading in proportion.
    """
    register_fonts()

    def style(name: str, **kw: object) -> ParagraphStyle:
        if large_print:
            size = float(kw.get("fontSize", BODY_SIZE))  # type: ignore[arg-type]
            leading = float(kw.get("leading", BODY_LEADING))  # type: ignore[arg-type]
            bigger = max(LARGE_PRINT_MIN, size * LARGE_PRINT_SCALE) if size >= LARGE_PRINT_MIN else LARGE_PRINT_MIN
            kw["fontSize"] = bigger
            kw["leading"] = leading * bigger / size
            kw["bulletFontSize"] = max(bigger, float(kw.get("bulletFontSize", 0)))  # type: ignore[arg-type]
            for key in ("leftIndent", "bulletIndent"):
                if key in kw:
                    kw[key] = float(kw[key]) * 1.4  # type: ignore[arg-type]
        base: dict[str, object] = {
            "fontName": REGULAR,
            "fontSize": BODY_SIZE,
            "leading": BODY_LEADING,
            "textColor": INK,
            "alignment": TA_LEFT,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)  # type: ignore[arg-type]

    return PackStyles(
        cover_kicker=style("CoverKicker", fontName=BOLD, fontSize=9.5, leading=12, textColor=ACCENT),
        cover_programme=style("CoverProgramme", fontName=BOLD, fontSize=26, leading=31, spaceAfter=3 * mm),
        cover_partnership=style("CoverPartnership", fontSize=13, leading=17, textColor=MUTED),
        cover_session=style("CoverSession", fontName=BOLD, fontSize=19, leading=24, textColor=ACCENT),
        cover_label=style("CoverLabel", fontName=BOLD, fontSize=8.5, leading=12, textColor=MUTED),
        cover_value=style("CoverValue", fontSize=12, leading=16),
        cover_note=style("CoverNote", fontSize=8.5, leading=12, textColor=MUTED),
        h1=style("H1", keepWithNext=1, fontName=BOLD, fontSize=18, leading=23, spaceAfter=2.5 * mm),
        h2=style(
            "H2",
            keepWithNext=1,
            fontName=BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=6 * mm,
            spaceAfter=1.5 * mm,
        ),
        h3=style(
            "H3", keepWithNext=1, fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=2.5 * mm, spaceAfter=0.8 * mm
        ),
        lead=style("Lead", fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=4 * mm),
        body=style("Body", spaceAfter=1.8 * mm),
        body_italic=style("BodyItalic", fontName=ITALIC, textColor=MUTED, spaceAfter=1.8 * mm),
        bullet=style(
            "Bullet",
            leftIndent=5 * mm,
            bulletIndent=1 * mm,
            spaceAfter=1 * mm,
            bulletFontName=REGULAR,
            bulletColor=ACCENT,
        ),
        label=style(
            "Label",
            keepWithNext=1,
            fontName=BOLD,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=2 * mm,
            spaceAfter=0.5 * mm,
        ),
        field_label=style("FieldLabel", fontName=BOLD, fontSize=9, leading=11, textColor=MUTED),
        small=style("Small", fontSize=8.5, leading=11.5, textColor=MUTED),
        tag=style("Tag", keepWithNext=1, fontName=ITALIC, fontSize=8.5, leading=11.5, textColor=ACCENT),
        th=style("TH", fontName=BOLD, fontSize=8.5, leading=11, textColor=ACCENT),
        th_center=style("THCenter", fontName=BOLD, fontSize=10, leading=12, textColor=ACCENT, alignment=TA_CENTER),
        th_anchor=style("THAnchor", fontSize=6.8, leading=8.2, textColor=MUTED, alignment=TA_CENTER, splitLongWords=0),
        td=style("TD", fontSize=9.5, leading=12.5),
        td_right=style("TDRight", fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        td_bold=style("TDBold", fontName=BOLD, fontSize=9.5, leading=12.5),
        td_small=style("TDSmall", fontSize=8.2, leading=10.8, textColor=MUTED),
        td_break=style("TDBreak", fontName=ITALIC, fontSize=9.5, leading=12.5, textColor=BREAK_INK),
        break_bar=style("BreakBar", fontName=BOLD_ITALIC, fontSize=9.5, leading=12.5, textColor=BREAK_INK),
        practice_name=style(
            "PracticeName",
            keepWithNext=1,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            leftIndent=12 * mm,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletFontSize=20,
            bulletColor=ACCENT,
            spaceBefore=7 * mm,
            spaceAfter=1.2 * mm,
        ),
        practice_summary=style("PracticeSummary", fontSize=10.5, leading=15, leftIndent=12 * mm),
        sheet_name=style("SheetName", fontName=BOLD, fontSize=17, leading=21),
        sheet_meta=style("SheetMeta", fontSize=10, leading=14, textColor=MUTED),
        sheet_prompt=style(
            "SheetPrompt",
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            leftIndent=7 * mm,
            bulletIndent=0,
            bulletFontName=BOLD,
            bulletColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=0,
        ),
        element_name=style("ElementName", fontName=BOLD, fontSize=9.5, leading=12.5),
        element_desc=style("ElementDesc", fontSize=8, leading=10.5, textColor=MUTED),
        actions_label=style("ActionsLabel", fontName=BOLD_ITALIC, fontSize=8.2, leading=10.5, textColor=ACCENT),
        reference=style(
            "Reference", fontSize=9.5, leading=13.5, leftIndent=7 * mm, firstLineIndent=-7 * mm, spaceAfter=2.5 * mm
        ),
    )
