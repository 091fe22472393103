"""Prints a session pack (cover, agenda, guide, handout, reflection sheets, references) to PDF."""

from __future__ import annotations

import contextlib
import io
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .. import __version__
from ..domain.content import Practice, SelfAssessment
from ..domain.pack import PackBlock, PackData, PackDocument, PackExtras, PackOptions, PackParticipant, PackReport
from ..domain.rules import format_minutes, sheet_code
from . import documents, pdfenc
from . import styles as st
from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .labels import label as pack_label
from .lines import LineTemplate
from .paragraphs import Paragraph  # reportlab's, parsed faster when it holds no markup
from .qr import draw_qr
from .reuse import KeepTogetherInPlace, ReuseCache, Stack
from .script_text import ScriptParagraph, draw_line, line_plan, missing_chars, needs_script_layout, uncovered_characters
from .styles import PackStyles, pack_styles

Progress = Callable[[int, int], bool | None]
SEP = " \u00b7 "

SHEET_KEY = "REFL"
MIN_LINE_GAP = 7 * mm  # handwriting needs at least this between ruled lines
MAX_LINE_GAP = 9 * mm
PROMPT_GAP = 1 * mm
APP_NAME = "Workshop Companion"

__all__ = [
    "PackCancelled",
    "build_session_pack",
    "build_session_pack_bytes",
    "build_session_pack_report",
    "long_date",
]


SECTION_NAMES = {
    PackDocument.GUIDE: "Agenda and facilitator guide",
    PackDocument.HANDOUT: "Participant handout",
    PackDocument.SHEETS: "Reflection sheets",
    PackDocument.CONSENT: "Consent form",
    PackDocument.SUMMARY: "After the session: summary",
    PackDocument.CYCLE_REPORT: "Cycle report",
    PackDocument.REFERENCES: "References",
}


class PackCancelled(Exception):
    """Raised when the progress callback returns False: the pack was not written."""


# --- text helpers ------------------------------------------------------------------------

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# Control characters and lone surrogates cannot be encoded or shown: drop them.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_BULLET_LINE = re.compile(r"^\s*(?:[-*\u2022\u2013])\s+")


def long_date(d: date) -> str:
    """'Tuesday 24 November 2026' (English, whatever the process locale)."""
    return f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def clock(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def span(starts: time, ends: time) -> str:
    return f"{clock(starts)}\u2013{clock(ends)}"


def plain(text: str | None) -> str:
    """User text made safe for the canvas: printable characters only, one line."""
    return " ".join(_UNPRINTABLE.sub("", text or "").split())


def esc(text: str | None) -> str:
    """User text made safe for Paragraph markup: escaped, line breaks kept."""
    cleaned = _UNPRINTABLE.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    return escape(cleaned.strip()).replace("\n", "<br/>")


def para(text: str | None, style: Any, bullet: str | None = None) -> Flowable:
    """One paragraph of user text: reportlab's Paragraph, or ScriptParagraph when the script needs it."""
    cleaned = _UNPRINTABLE.sub("", text or "")
    if needs_script_layout(cleaned, style.fontName):
        return ScriptParagraph(f"{bullet}\u2002{cleaned}" if bullet else cleaned, style)
    return Paragraph(esc(cleaned), style, bulletText=bullet)


def rich(markup: str, plain_text: str, style: Any) -> Flowable:
    """Markup for reportlab when its text needs no script layout; otherwise the plain text, laid out by script."""
    if needs_script_layout(plain_text, style.fontName):
        return ScriptParagraph(_UNPRINTABLE.sub("", plain_text), style)
    return Paragraph(markup, style)


def paragraphs(text: str | None, style: Any, bullet_style: Any) -> list[Flowable]:
    """Free text as flowables: blank lines split paragraphs; '- ' lines become bullets."""
    out: list[Flowable] = []
    source = _UNPRINTABLE.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n"))
    for chunk in re.split(r"\n\s*\n", source):
        chunk = chunk.strip()
        if not chunk:
            continue
        lines = chunk.split("\n")
        if all(_BULLET_LINE.match(ln) for ln in lines):
            out.extend(para(_BULLET_LINE.sub("", ln), bullet_style, "\u2022") for ln in lines)
        else:
            out.append(para(chunk, style))
    return out


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits `width` points on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    ellipsis = "\u2026"
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid].rstrip() + ellipsis, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + ellipsis


def count_word(n: int) -> str:
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


# --- flowables ---------------------------------------------------------------------------


class RuledLines(Flowable):
    """Writing space: `count` light horizontal lines, `gap` points apart."""

    def __init__(self, count: int, gap: float = 8 * mm, inset: float = 0.0) -> None:
        super().__init__()
        self.count = max(1, count)
        self.gap = gap
        self.inset = inset
        self._width = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = availWidth
        return availWidth, self.count * self.gap

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.6)
        for i in range(self.count):
            y = self.count * self.gap - (i + 1) * self.gap
            c.line(self.inset, y, self._width, y)
        c.restoreState()


class TickBox(Flowable):
    """An empty square to tick, centred in its table cell."""

    def __init__(self, size: float = 5 * mm) -> None:
        super().__init__()
        self.size = size
        self._width = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = availWidth
        return availWidth, self.size

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(st.MUTED)
        c.setLineWidth(0.8)
        c.roundRect((self._width - self.size) / 2, 0, self.size, self.size, 0.8, stroke=1, fill=0)
        c.restoreState()


@dataclass
class _RunState:
    """What the page callbacks need to know about the sheet being laid out."""

    sheet_code: str = ""
    sheet_name: str = ""
    sheet_page: int = 0
    frame_height: float = 0.0
    section: str = ""
    pages: list[str] = field(default_factory=list)  # what each page holds, for the preview
    reuse: ReuseCache = field(default_factory=ReuseCache)  # what every sheet repeats, laid out once
    fixed_heights: list[float] | None = None  # what a sheet's fixed part and prompts take on its first page
    lines: dict[str, LineTemplate] = field(default_factory=dict)  # the name and code lines, by kind

    def line(self, kind: str, make: Callable[[str], Flowable], face: str) -> LineTemplate:
        """The build's template for one kind of personal line (made the first time it is asked for)."""
        template = self.lines.get(kind)
        if template is None:
            template = self.lines[kind] = LineTemplate(make, st.CONTENT_WIDTH, face=face)
        return template


class _Marker(Flowable):
    """A zero-size flowable that runs an action when it is laid out on a page."""

    def __init__(self, action: Callable[[], None]) -> None:
        super().__init__()
        self.action = action

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.action()


class _NumberedCanvas(Canvas):
    """A canvas that holds pages back until the end so it can print 'Page n of N'."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # the page preamble selects an initial font: make it ours, not unembedded Helvetica
        kwargs["initialFontName"] = REGULAR
        kwargs.setdefault("initialFontSize", st.BODY_SIZE)
        kwargs.setdefault("initialLeading", st.BODY_LEADING)
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict[str, Any]] = []
        self.pack_number_page = False

    def showPage(self) -> None:  # noqa: N802
        self._held_pages.append(dict(self.__dict__))
        self._startPage()
        self.pack_number_page = False

    def save(self) -> None:
        total = len(self._held_pages)
        for number, page in enumerate(self._held_pages, start=1):
            self.__dict__.update(page)
            if self.pack_number_page:
                self.saveState()
                self.setFont(REGULAR, 8)
                self.setFillColor(st.MUTED)
                right = self._pagesize[0] - (self._pagesize[0] - st.CONTENT_WIDTH) / 2
                self.drawRightString(right, st.FOOTER_Y, f"Page {number} of {total}")
                self.restoreState()
            super().showPage()
        super().save()


# --- the document ------------------------------------------------------------------------


class _PackDoc(BaseDocTemplate):
    """Page templates: 'cover', 'normal' (running header/footer) and 'sheet' (sheet code)."""

    def __init__(self, buffer: BinaryIO, data: PackData, state: _RunState, g: st.Page, **kw: Any) -> None:
        self.g = g
        super().__init__(
            buffer,
            pagesize=(g.width, g.height),
            leftMargin=self.g.left,
            rightMargin=self.g.right,
            topMargin=st.MARGIN_TOP,
            bottomMargin=st.MARGIN_BOTTOM,
            # what keeps a heading with what follows it (reportlab sets every one of its arguments
            # on the instance, so a class attribute would be overwritten by its default)
            keepTogetherClass=KeepTogetherInPlace,
            **kw,
        )
        self.data = data
        self.state = state
        self.date_text = long_date(data.session_date)

        def frame(top: float, fid: str) -> Frame:
            return Frame(
                self.g.left,
                st.MARGIN_BOTTOM,
                st.CONTENT_WIDTH,
                self.g.height - top - st.MARGIN_BOTTOM,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=fid,
            )

        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame(44 * mm, "cover")], onPage=self._cover_page),
                PageTemplate(id="normal", frames=[frame(st.MARGIN_TOP, "body")], onPage=self._normal_page),
                PageTemplate(id="sheet", frames=[frame(st.SHEET_MARGIN_TOP, "sheet")], onPageEnd=self._sheet_page),
            ]
        )

    def afterPage(self) -> None:  # noqa: N802 - reportlab's hook, after each page is drawn
        self.state.pages.append(self.state.section)

    def sheet_frame_height(self) -> float:
        return self.g.height - st.SHEET_MARGIN_TOP - st.MARGIN_BOTTOM

    # page decorations

    def _footer_left(self, c: Canvas, text: str) -> None:
        c.setFillColor(st.MUTED)
        draw_line(c, self.g.left, st.FOOTER_Y, text, REGULAR, 8, max_width=st.CONTENT_WIDTH - 30 * mm)

    def _cover_page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        c.setFillColor(st.ACCENT)
        c.rect(0, self.g.height - 9 * mm, self.g.width, 9 * mm, stroke=0, fill=1)
        c.setFillColor(st.ACCENT_LIGHT)
        c.rect(0, self.g.height - 11 * mm, self.g.width, 2 * mm, stroke=0, fill=1)
        c.setStrokeColor(st.RULE)
        c.setLineWidth(0.5)
        c.line(self.g.left, st.FOOTER_Y + 9 * mm, self.g.width - self.g.right, st.FOOTER_Y + 9 * mm)
        c.setFont(ITALIC, 8)
        c.setFillColor(st.MUTED)
        c.drawString(
            self.g.left,
            st.FOOTER_Y + 4 * mm,
            "This pack names participants. Keep it safe and shred spare copies after the session.",
        )
        version = plain(self.data.app_version)
        self._footer_left(c, f"Prepared with {APP_NAME}{' ' + version if version else ''}")
        c.restoreState()

    def _running_header(self, c: Canvas, left: str, right: str) -> None:
        width = st.CONTENT_WIDTH
        c.setFillColor(st.ACCENT)
        used = draw_line(
            c, self.g.width - self.g.right, self.g.header_y, right, BOLD, 8.5, align="right", max_width=width * 0.5
        )
        c.setFillColor(st.MUTED)
        draw_line(c, self.g.left, self.g.header_y, left, REGULAR, 8.5, max_width=width - used - 8 * mm)
        c.setStrokeColor(st.ACCENT)
        c.setLineWidth(0.8)
        c.line(self.g.left, self.g.header_y - 2.8 * mm, self.g.width - self.g.right, self.g.header_y - 2.8 * mm)

    def _form(self, c: Canvas, key: tuple[Any, ...], draw: Callable[[], None]) -> None:
        """Place what `draw` draws, drawn once per build into a form named for `key` and placed after.

        For page decorations that repeat: the key holds everything the drawing depends on that
        can differ between pages of one build; the canvas (one per build) holds the names.
        """
        forms: dict[tuple[Any, ...], str] | None = getattr(c, "_pack_page_forms", None)
        if forms is None:
            forms = c._pack_page_forms = {}  # type: ignore[attr-defined]
        name = forms.get(key)
        if name is None:
            name = forms[key] = f"page{len(forms)}"
            c.beginForm(name, lowerx=0, lowery=0, upperx=self.g.width, uppery=self.g.height)
            draw()
            c.endForm()
        c.doForm(name)

    def _normal_page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        c.saveState()
        self._form(c, ("normal",), lambda: self._normal_decoration(c))
        c.pack_number_page = True  # type: ignore[attr-defined]
        c.restoreState()

    def _normal_decoration(self, c: Canvas) -> None:
        self._running_header(c, plain(self.data.programme_name), plain(self.data.session_title))
        place = plain(self.data.place)
        self._footer_left(c, SEP.join(x for x in (self.date_text, place) if x))

    def _sheet_page(self, c: Canvas, doc: BaseDocTemplate) -> None:
        state = self.state
        c.saveState()
        top = self.g.height - 10 * mm
        code = state.sheet_code
        # the sheet code as a QR code at the top right, and printed large beside it
        qr = st.QR_SIZE
        qr_x = self.g.width - self.g.right - qr
        draw_qr(c, code, qr_x, top - qr, qr)
        size = 17
        code_w = stringWidth(code, BOLD, size)
        box_w = code_w + 8 * mm
        box_h = 15 * mm
        x = qr_x - 3 * mm - box_w
        y = top - qr + (qr - box_h) / 2
        c.setStrokeColor(st.ACCENT)
        c.setFillColor(st.ACCENT_LIGHT)
        c.setLineWidth(1)
        c.roundRect(x, y, box_w, box_h, 2 * mm, stroke=1, fill=1)
        c.setFont(BOLD, 6.5)
        c.setFillColor(st.ACCENT)
        c.drawString(x + 4 * mm, y + box_h - 4.2 * mm, "SHEET CODE")
        c.setFont(BOLD, size)
        c.setFillColor(st.INK)
        c.drawString(x + 4 * mm, y + 3.4 * mm, code)
        # left: what the sheet is (the same on every sheet's first page, and on every later page
        # but for the name): drawn once per width left beside the code box
        text_w = x - self.g.left - 6 * mm
        continued = state.sheet_page > 0
        lines = [plain(self.data.programme_name)] + ([] if continued else [plain(self.data.session_title)])
        shortened = any(line_plan(c, line, REGULAR, 8.5)[0] > text_w for line in lines)
        key = ("sheet", continued, text_w if shortened else None)  # the width matters only to a shortened line
        self._form(c, key, lambda: self._sheet_decoration(c, top, top - qr, text_w, continued))
        if continued:
            c.setFillColor(st.INK)
            second = f"{state.sheet_name or 'Blank sheet'} (continued)"
            draw_line(c, self.g.left, top - 16 * mm, second, BOLD, 8.5, max_width=text_w)
        c.pack_number_page = True  # type: ignore[attr-defined]
        c.restoreState()
        state.sheet_page += 1

    def _sheet_decoration(self, c: Canvas, top: float, y: float, text_w: float, continued: bool) -> None:
        c.setFont(BOLD, 9)
        c.setFillColor(st.ACCENT)
        c.drawString(self.g.left, top - 6 * mm, "REFLECTION SHEET")
        c.setFont(REGULAR, 8.5)
        c.setFillColor(st.MUTED)
        draw_line(c, self.g.left, top - 11 * mm, plain(self.data.programme_name), REGULAR, 8.5, max_width=text_w)
        if not continued:
            draw_line(c, self.g.left, top - 16 * mm, plain(self.data.session_title), REGULAR, 8.5, max_width=text_w)
        c.setStrokeColor(st.ACCENT)
        c.setLineWidth(0.8)
        rule_y = y - 2 * mm
        c.line(self.g.left, rule_y, self.g.width - self.g.right, rule_y)
        self._footer_left(c, f"{self.date_text}{SEP}Please hand this sheet back to your facilitator")


# --- sections ----------------------------------------------------------------------------


def _style(commands: Iterable[tuple[Any, ...]]) -> TableStyle:
    """A table style whose cells default to Noto Sans (reportlab would select Helvetica)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *commands])


def _cover(data: PackData, s: PackStyles, docs: list[PackDocument], sheets: int, forms: int) -> list[Flowable]:
    details = [
        ("DATE", long_date(data.session_date)),
        ("TIME", f"{span(data.starts_at, data.planned_end)}  \u00b7  {format_minutes(data.planned_minutes)} planned"),
    ]
    if plain(data.place):
        details.append(("PLACE", data.place))
    count = len(data.participants)
    details.append(("PARTICIPANTS", f"{count} registered" if count else "None registered yet"))
    label_w = max(38 * mm, max(stringWidth(label, BOLD, s.cover_label.fontSize) for label, _ in details) + 5 * mm)
    table = Table(
        [[Paragraph(label, s.cover_label), para(value, s.cover_value)] for label, value in details],
        colWidths=[label_w, st.CONTENT_WIDTH - label_w],
        hAlign="LEFT",
    )
    table.setStyle(
        _style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    n_practices = len(data.practices)
    handout = f"The {count_word(n_practices)} practices in brief (handout)" if n_practices else "Participant handout"
    names = {
        PackDocument.GUIDE: "Agenda and facilitator guide",
        PackDocument.HANDOUT: handout,
        PackDocument.SHEETS: f"Reflection sheets with self-assessment ({sheets} sheet{'s' if sheets != 1 else ''})",
        PackDocument.CONSENT: f"Consent form{'s' if forms != 1 else ''} for new participants",
        PackDocument.SUMMARY: "After the session: summary",
        PackDocument.CYCLE_REPORT: "Cycle report",
        PackDocument.REFERENCES: "References",
    }
    contents = [names[d] for d in docs]
    story: list[Flowable] = [
        Paragraph(pack_label(data.language, "session_pack"), s.cover_kicker),
        Spacer(0, 3 * mm),
        para(data.programme_name, s.cover_programme),
    ]
    if plain(data.partnership):
        story.append(para(data.partnership, s.cover_partnership))
    story += [
        Spacer(0, 12 * mm),
        HRFlowable(width=24 * mm, thickness=2.2, color=st.ACCENT, hAlign="LEFT", spaceAfter=5 * mm),
        para(data.session_title, s.cover_session),
        Spacer(0, 8 * mm),
        table,
        Spacer(0, 16 * mm),
        Paragraph(pack_label(data.language, "in_this_pack"), s.cover_label),
        Spacer(0, 1.5 * mm),
    ]
    story += [Paragraph(esc(item), s.bullet, bulletText="\u2022") for item in contents if item]
    return story


def _agenda(data: PackData, s: PackStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(pack_label(data.language, "agenda"), s.h1),
        Paragraph(
            esc(
                " \u00b7 ".join(
                    x
                    for x in (long_date(data.session_date), span(data.starts_at, data.planned_end), plain(data.place))
                    if x
                )
            ),
            s.lead,
        ),
    ]
    if not data.blocks:
        story.append(Paragraph("No activities have been planned for this session yet.", s.body_italic))
        return story
    # the time and minutes columns fit their text at any print size
    time_w = max(27 * mm, stringWidth("00:00\u201300:00", REGULAR, s.td.fontSize) + 12)
    min_w = max(13 * mm, stringWidth("Min", BOLD, s.th.fontSize) + 12, stringWidth("000", BOLD, s.td.fontSize) + 12)
    widths = [time_w, min_w, 0.0, 46 * mm if s.td.fontSize < 12 else 52 * mm]
    widths[2] = st.CONTENT_WIDTH - sum(widths)
    rows: list[list[Any]] = [
        [Paragraph("Time", s.th), Paragraph("Min", s.th), Paragraph("Activity", s.th), Paragraph("Serves", s.th)]
    ]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
    ]
    for i, block in enumerate(data.blocks, start=1):
        if block.kind == "break":
            rows.append(
                [
                    Paragraph(span(block.starts, block.ends), s.td_break),
                    Paragraph(str(block.minutes), s.td_break),
                    para(block.title or "Break", s.td_break),
                    Paragraph("", s.td_break),
                ]
            )
            commands.append(("BACKGROUND", (0, i), (-1, i), st.BREAK_BG))
        else:
            rows.append(
                [
                    Paragraph(span(block.starts, block.ends), s.td),
                    Paragraph(str(block.minutes), s.td),
                    para(block.title, s.td_bold),
                    para(block.serves_label, s.td_small),
                ]
            )
        commands.append(("LINEBELOW", (0, i), (-1, i), 0.5, st.GRID))
    total_row = len(rows)
    rows.append(
        [
            Paragraph(span(data.starts_at, data.planned_end), s.td_bold),
            Paragraph(str(data.planned_minutes), s.td_bold),
            Paragraph(f"Planned total: {format_minutes(data.planned_minutes)}", s.td_bold),
            Paragraph("", s.td),
        ]
    )
    commands += [
        ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, st.ACCENT),
        ("TOPPADDING", (0, total_row), (-1, total_row), 7),
    ]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(commands))
    story.append(table)
    return story


def _block_guide(block: PackBlock, s: PackStyles) -> list[Flowable]:
    if block.kind == "break":
        bar = Table(
            [
                [
                    Paragraph(
                        f"{span(block.starts, block.ends)}\u2003{esc(block.title) or 'Break'}"
                        f"\u2003<font name='{ITALIC}' size='8.5'>{block.minutes} min</font>",
                        s.break_bar,
                    )
                ]
            ],
            colWidths=[st.CONTENT_WIDTH],
        )
        bar.setStyle(
            _style(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), st.BREAK_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        out: list[Flowable] = [Spacer(0, 4 * mm), bar]
        extra = paragraphs(block.purpose, s.body_italic, s.bullet) + paragraphs(
            block.facilitator_notes, s.body_italic, s.bullet
        )
        if extra:
            out += [Spacer(0, 2 * mm), *extra]
        return out

    accent = st.ACCENT.hexval().replace("0x", "#")
    meta = f"{block.minutes} min"
    if plain(block.serves_label):
        meta += f"  \u00b7  {plain(block.serves_label)}"
    out = [
        rich(
            f"<font color='{accent}'>{span(block.starts, block.ends)}</font>\u2003{esc(block.title)}",
            f"{span(block.starts, block.ends)}\u2003{block.title}",
            s.h2,
        ),
        para(meta, s.tag),
    ]
    sections = (
        ("PURPOSE", paragraphs(block.purpose, s.body, s.bullet)),
        ("FACILITATOR NOTES", paragraphs(block.facilitator_notes, s.body, s.bullet)),
        ("MATERIALS", [para(m, s.bullet, "\u2022") for m in block.materials if plain(m)]),
        (
            "PARTICIPANT PROMPTS",
            [para(p, s.bullet, "\u2022") for p in block.prompts if plain(p)],
        ),
    )
    for label, flowables in sections:
        if flowables:
            out.append(Paragraph(label, s.label))
            out += flowables
    out.append(HRFlowable(width="100%", thickness=0.5, color=st.GRID, spaceBefore=3 * mm, spaceAfter=0))
    return out


def _guide(data: PackData, s: PackStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(pack_label(data.language, "facilitator_guide"), s.h1),
        Paragraph(
            "Each activity in order: what it is for, how to run it and the prompts to put to participants.", s.lead
        ),
    ]
    for block in data.blocks:
        story += _block_guide(block, s)
    return story


def _practices(practices: Iterable[Practice], data: PackData, s: PackStyles) -> list[Flowable]:
    items = list(practices)
    story: list[Flowable] = [
        Paragraph(f"The {count_word(len(items))} practices in brief", s.h1),
        Paragraph(
            "Ways of working that build relationships between organisations. "
            "We will come back to them throughout the programme.",
            s.lead,
        ),
    ]
    for p in items:
        story.append(Paragraph(esc(p.name), s.practice_name, bulletText=str(p.number)))
        story += paragraphs(p.summary, s.practice_summary, s.bullet)
    sources = {src.key: src for src in data.sources}
    cited = []
    for p in items:
        src = sources.get(p.source_key)
        if src and src not in cited:
            cited.append(src)
    if cited:
        story.append(Spacer(0, 8 * mm))
        story.append(HRFlowable(width="100%", thickness=0.5, color=st.GRID, spaceAfter=2 * mm))
        story += [para("Source: " + src.citation(), s.small) for src in cited]
    return story


def _writing_space(
    intro: list[Flowable], fixed: list[Flowable], prompts: list[Flowable], state: _RunState
) -> tuple[int, float]:
    """Lines per prompt and their spacing so the prompts fill a sheet's first page.

    Few prompts get more lines (up to 10); many get at least 2, and then run on. What the
    fixed part and the prompts take is measured once per build; only the name block each time.
    """
    width = st.CONTENT_WIDTH
    avail = state.frame_height - 10  # a little slack for rounding
    for f in intro:
        avail -= f.wrap(width, avail)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    if state.fixed_heights is None:
        heights = [f.wrap(width, avail)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in fixed]
        heights += [p.wrap(width, avail)[1] + p.getSpaceBefore() + p.getSpaceAfter() + PROMPT_GAP for p in prompts]
        state.fixed_heights = heights
    for h in state.fixed_heights:
        avail -= h
    if not prompts:
        return 0, MIN_LINE_GAP
    per_prompt = avail / len(prompts)
    lines = max(2, min(10, int(per_prompt // MIN_LINE_GAP)))
    gap = per_prompt / lines
    return lines, max(MIN_LINE_GAP, min(MAX_LINE_GAP, gap))


def _scale_legend(sa: SelfAssessment) -> str:
    anchors = [
        f"<b>{k}</b> = {esc(sa.anchors[k])}" for k in range(sa.scale_min, sa.scale_max + 1) if plain(sa.anchors.get(k))
    ]
    return "\u2002\u00b7\u2002".join(anchors)


def _assessment(sa: SelfAssessment, s: PackStyles) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(esc(sa.title) or "Self-assessment", s.h2),
    ]
    story += paragraphs(sa.instructions, s.body, s.bullet)
    legend = _scale_legend(sa)
    if legend:
        story.append(Paragraph(legend, s.small))
    story.append(Spacer(0, 3 * mm))
    scores = list(range(sa.scale_min, sa.scale_max + 1)) or [1]
    score_w = min(15 * mm, 75 * mm / len(scores))
    first_w = st.CONTENT_WIDTH - score_w * len(scores)
    header: list[Any] = [Paragraph("Element", s.th)]
    for k in scores:
        cell: list[Flowable] = [Paragraph(str(k), s.th_center)]
        if plain(sa.anchors.get(k)) and s.th_anchor.fontSize < 12:  # large print: the legend above says it
            cell.append(para(sa.anchors[k], s.th_anchor))
        header.append(cell)
    rows: list[list[Any]] = [header]
    action_lines = 3 if len(sa.elements) <= 4 else 2  # five elements and their actions fit one page
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
        ("VALIGN", (0, 0), (-1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
        ("LEFTPADDING", (1, 0), (-1, -1), 2),
        ("RIGHTPADDING", (1, 0), (-1, -1), 2),
    ]
    for element in sa.elements:
        r = len(rows)
        rows.append(
            [[para(element.name, s.element_name), para(element.description, s.element_desc)]]
            + [TickBox() for _ in scores]
        )
        rows.append(
            [[Paragraph("Actions I will take", s.actions_label), RuledLines(action_lines, 7 * mm)]]
            + ["" for _ in scores]
        )
        commands += [
            ("NOSPLIT", (0, r), (-1, r + 1)),
            ("SPAN", (0, r + 1), (-1, r + 1)),
            ("VALIGN", (0, r), (0, r), "TOP"),
            ("VALIGN", (1, r), (-1, r), "MIDDLE"),
            ("TOPPADDING", (0, r), (-1, r), 6),
            ("BOTTOMPADDING", (0, r), (-1, r), 3),
            ("TOPPADDING", (0, r + 1), (-1, r + 1), 2),
            ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 6),
            ("LINEBEFORE", (1, r), (-1, r), 0.4, st.GRID),
            ("LINEBELOW", (0, r + 1), (-1, r + 1), 0.9, st.SEPARATOR),
        ]
    table = Table(rows, colWidths=[first_w] + [score_w] * len(scores), repeatRows=1, hAlign="LEFT")
    table.setStyle(_style(commands))
    story.append(table)
    return story


def _sheet(
    data: PackData,
    s: PackStyles,
    state: _RunState,
    participant: PackParticipant | None,
    done: Callable[[], None],
) -> list[Flowable]:
    code = sheet_code(data.session_code, SHEET_KEY, participant.code if participant else None)
    name = plain(participant.name) if participant else ""

    def start() -> None:
        state.section = f"Reflection sheet: {name or 'blank'} ({code})"
        state.sheet_code = code
        state.sheet_name = name
        state.sheet_page = 0

    intro: list[Flowable] = []
    if participant:
        # the name and the code line: reportlab lays out the first sheet's, later ones are built
        # from it with only the name or the code replaced (packs/lines.py; anything else from scratch)
        names = state.line("name", lambda text: para(text, s.sheet_name), s.sheet_name.fontName)
        intro.append(names.get(participant.name))
        meta = " \u00b7 ".join(plain(x) for x in (participant.organisation, participant.role) if plain(x))
        if meta:  # many people share an organisation and role: the same line, laid out once (keyed on its text)
            intro.append(state.reuse.get(("meta", meta), lambda: para(meta, s.sheet_meta)))
        tail = f"\u2003\u00b7\u2003{plain(data.session_title)}\u2003\u00b7\u2003{long_date(data.session_date)}"
        codes = state.line(
            "code",
            lambda code: rich(
                f"Participant code <b>{esc(code)}</b>{escape(tail)}", f"Participant code {code}{tail}", s.small
            ),
            s.small.fontName,
        )
        intro.append(codes.get(participant.code))
    else:
        fields = Table(
            [
                [Paragraph(label, s.field_label), RuledLines(1, 10 * mm)]
                for label in ("Name", "Organisation", "Participant code")
            ],
            colWidths=[34 * mm, st.CONTENT_WIDTH - 34 * mm],
            hAlign="LEFT",
        )
        fields.setStyle(
            _style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (0, -1), 2),
                    ("BOTTOMPADDING", (1, 0), (1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        intro += [
            fields,
            Spacer(0, 4 * mm),
            para(f"{plain(data.session_title)}\u2003\u00b7\u2003{long_date(data.session_date)}", s.small),
        ]
    fixed = state.reuse.items("sheet intro", lambda: _sheet_intro(data, s))
    prompt_texts = [p for p in data.sheet_prompts if plain(p)] or ["Notes and reflections on this session"]
    prompt_keys = [("prompt", i, text) for i, text in enumerate(prompt_texts, start=1)]
    prompt_paras = [
        state.reuse.get(key, lambda text=text, i=i: para(text, s.sheet_prompt, f"{i}"))
        for key, (i, text) in zip(prompt_keys, enumerate(prompt_texts, start=1), strict=True)
    ]
    for f in intro:
        _wrap_once(f)
    lines, gap = _writing_space(intro, fixed, prompt_paras, state)

    def first_page() -> list[Flowable]:
        """The sheet's first page after the person's name block, flowable by flowable (new ones each time)."""
        out = _sheet_intro(data, s)
        for key, (i, text) in zip(prompt_keys, enumerate(prompt_texts, start=1), strict=True):
            prompt = state.reuse.get(key, lambda text=text, i=i: para(text, s.sheet_prompt, f"{i}"))
            out.append(KeepTogetherInPlace([prompt, Spacer(0, PROMPT_GAP), RuledLines(lines, gap, inset=7 * mm)]))
        return out

    def first_page_stack() -> Flowable:
        items = list(fixed)
        for key in prompt_keys:
            items += [state.reuse.raw(key), Spacer(0, PROMPT_GAP), RuledLines(lines, gap, inset=7 * mm)]
        return Stack(items, first_page)

    def _fresh_assessment() -> list[Flowable]:
        return state.reuse.many(
            "assessment", lambda: _assessment(data.self_assessment, s), (Paragraph, ScriptParagraph, Table)
        )

    raw_assessment = state.reuse.items("assessment", lambda: _assessment(data.self_assessment, s))
    story: list[Flowable] = [_Marker(start), *intro]
    # everything below the name block is the same on every sheet whose name block is as tall:
    # one stack for the rest of the first page, one for the self-assessment (see reuse.Stack)
    story.append(state.reuse.get(("first page", lines, gap), first_page_stack))
    story.append(raw_assessment[0])  # its conditional page break (as shared as it always was)
    stack = state.reuse.get("assessment stack", lambda: Stack(raw_assessment[1:], lambda: _fresh_assessment()[1:]))
    story.append(stack)
    story.append(_Marker(done))
    return story


def _wrap_once(f: Flowable) -> None:
    """Measure `f` once per width: the sheet measures its name block, then the frame measures it again."""
    wrap = f.wrap
    sizes: dict[float, tuple[Any, ...]] = {}

    def wrap_once(availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known = sizes.get(availWidth)
        if known is not None and isinstance(f, Paragraph):  # a paragraph's lines depend on the width alone
            f.width, f.height, f.blPara = known[1:]
            return known[0]
        size = wrap(availWidth, availHeight)
        if isinstance(f, Paragraph):
            sizes[availWidth] = (size, f.width, f.height, f.blPara)
        return size

    f.wrap = wrap_once  # type: ignore[method-assign]


def _sheet_intro(data: PackData, s: PackStyles) -> list[Flowable]:
    """What every sheet prints between the name block and the prompts."""
    return [
        HRFlowable(width="100%", thickness=0.5, color=st.GRID, spaceBefore=3 * mm, spaceAfter=1 * mm),
        Paragraph(pack_label(data.language, "your_reflections"), s.h2),
        Paragraph(
            "Write as much or as little as you like. Your facilitator will type this sheet up under its sheet code.",
            s.small,
        ),
    ]


def _references(data: PackData, s: PackStyles) -> list[Flowable]:
    story: list[Flowable] = [
        Paragraph(pack_label(data.language, "references"), s.h1),
        Paragraph("The practices, cycles and self-assessment in this pack draw on these sources.", s.lead),
    ]
    if not data.sources:
        story.append(Paragraph("No sources recorded.", s.body_italic))
    story += [para(src.citation(), s.reference) for src in data.sources]
    return story


# --- entry points ------------------------------------------------------------------------


def _selected_people(data: PackData, options: PackOptions) -> list[PackParticipant | None]:
    """Personal sheets for the chosen participants, then the blank sheets."""
    if options.participant_codes is None:
        people: list[PackParticipant | None] = list(data.participants)
    else:
        wanted = set(options.participant_codes)
        people = [p for p in data.participants if p.code in wanted]
    blanks = max(options.blank_sheets, 0 if people else 1)
    return people + [None] * blanks


def _render(
    data: PackData, options: PackOptions, *, invariant: bool, progress: Progress | None
) -> tuple[bytes, PackReport]:
    register_fonts()
    pdfenc.install()  # the same bytes, encoded faster
    s = pack_styles(options.large_print)
    g = st.page(options.paper)
    state = _RunState(frame_height=g.height - st.SHEET_MARGIN_TOP - st.MARGIN_BOTTOM)
    extras = data.extras or PackExtras()
    chosen = set(options.documents)
    if extras.consent is None:
        chosen.discard(PackDocument.CONSENT)  # no wording to print: the pack leaves the form out
    docs = [d for d in PackDocument if d in chosen]
    people = _selected_people(data, options) if PackDocument.SHEETS in docs else []
    consent_people: list[PackParticipant | None] = []
    if PackDocument.CONSENT in docs and extras.consent is not None:
        consent_people = [*extras.consent.new_participants, None]
    steps = (
        len(people) + len(consent_people) + sum(1 for d in docs if d not in (PackDocument.SHEETS, PackDocument.CONSENT))
    )
    counter = [0]

    def step() -> None:
        counter[0] += 1
        if progress is not None and progress(counter[0], steps) is False:
            raise PackCancelled("Printing the session pack was cancelled.")

    version = plain(data.app_version) or __version__
    title = f"{plain(data.session_title)} \u2013 session pack"
    buffer = io.BytesIO()
    doc = _PackDoc(
        buffer,
        data,
        state,
        g,
        title=title,
        author=f"{APP_NAME} {version}",
        subject=f"{plain(data.programme_name)}: {plain(data.session_title)}, {long_date(data.session_date)}",
        creator=f"{APP_NAME} {version}",
        keywords=["session pack", "workshop", plain(data.session_code)],
        invariant=1 if invariant else 0,
        lang="en-GB",
        displayDocTitle=1,
    )

    def marker() -> Flowable:
        return _Marker(step)

    def section(label: str) -> Flowable:
        return _Marker(lambda: setattr(state, "section", label))

    story: list[Flowable] = [NextPageTemplate("cover"), section("Cover")]
    story += _cover(data, s, docs, len(people), len(consent_people))
    for document in docs:
        normal: list[Flowable] = [NextPageTemplate("normal"), PageBreak(), section(SECTION_NAMES[document])]
        if document is PackDocument.GUIDE:
            story += normal + _agenda(data, s)
            if data.blocks:
                story += [PageBreak(), *_guide(data, s)]
            story.append(marker())
        elif document is PackDocument.HANDOUT:
            story += normal
            if data.practices:
                story += _practices(data.practices, data, s)
            story += documents.handout_extras(extras.agreed_purpose, extras.open_actions, s, para)
            story.append(marker())
        elif document is PackDocument.SHEETS:
            for person in people:
                story += [NextPageTemplate("sheet"), PageBreak()]
                story += _sheet(data, s, state, person, step)
        elif document is PackDocument.CONSENT and extras.consent is not None:
            for person in consent_people:
                who = plain(person.name) if person else "blank"
                normal = [NextPageTemplate("normal"), PageBreak(), section(f"Consent form: {who}")]
                story += normal + documents.consent_form(extras.consent, person, s, para) + [marker()]
        elif document is PackDocument.SUMMARY:
            story += normal
            if extras.summary is None:
                story += [
                    Paragraph("After the session: summary", s.h1),
                    Paragraph(documents.NOT_RECORDED, s.body_italic),
                ]
            else:
                anchors = dict(data.self_assessment.anchors)
                label = f"{plain(data.session_title)}, {long_date(data.session_date)}"
                story += documents.summary(label, extras.summary, anchors, s, para)
            story.append(marker())
        elif document is PackDocument.CYCLE_REPORT:
            story += normal
            if extras.cycle is None:
                story += [
                    Paragraph("Cycle report", s.h1),
                    Paragraph("This session is not part of a cycle yet.", s.body_italic),
                ]
            else:
                story += documents.cycle_report(extras.cycle, s, para)
            story.append(marker())
        elif document is PackDocument.REFERENCES:
            story += normal + _references(data, s) + [marker()]

    # every character no bundled font has, wherever it is in the data (drawn as a placeholder)
    missing: set[str] = uncovered_characters(data)
    token = missing_chars.set(missing)
    charts = PackDocument.SUMMARY in docs or PackDocument.CYCLE_REPORT in docs
    try:
        with documents.unchecked_shapes() if charts else contextlib.nullcontext():
            doc.build(story, canvasmaker=_NumberedCanvas)
    finally:
        missing_chars.reset(token)
    report = PackReport(
        pages=doc.page,
        documents=tuple(docs),
        sheets=len(people),
        personal_sheets=sum(1 for p in people if p is not None),
        missing_characters=tuple(sorted(missing)),
        page_contents=tuple(state.pages),
    )
    return buffer.getvalue(), report


def build_session_pack(
    data: PackData,
    out: str | os.PathLike[str] | BinaryIO,
    options: PackOptions | None = None,
    *,
    invariant: bool = False,
    progress: Progress | None = None,
) -> PackReport:
    """Print `data` as a PDF pack of the documents `options` chooses, to a path or a binary stream.

    `progress(done, total)` is called after each sheet, form and document is laid out;
    returning False raises PackCancelled and nothing is written (a path is written
    atomically, so an earlier file there stays as it was). With `invariant=True` the same
    data gives byte-identical output. Returns what was printed, with any characters that
    no bundled font has (printed as placeholders).
    """
    pdf, report = _render(data, options or PackOptions(), invariant=invariant, progress=progress)
    if hasattr(out, "write"):
        out.write(pdf)  # type: ignore[union-attr]
        return report
    path = Path(out)  # type: ignore[arg-type]
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return report


def build_session_pack_bytes(
    data: PackData, options: PackOptions | None = None, *, invariant: bool = False, progress: Progress | None = None
) -> bytes:
    """The pack as PDF bytes."""
    return _render(data, options or PackOptions(), invariant=invariant, progress=progress)[0]


def build_session_pack_report(
    data: PackData, options: PackOptions | None = None, *, invariant: bool = False, progress: Progress | None = None
) -> tuple[bytes, PackReport]:
    """The pack as PDF bytes, with the report of what was printed."""
    return _render(data, options or PackOptions(), invariant=invariant, progress=progress)
