"""The pack's documents beyond the plan: handout extras, consent form, after-session summary, cycle report."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from ..domain.pack import (
    ConsentForm,
    CycleReport,
    PackAction,
    PackParticipant,
    RatingDistribution,
    RatingSeries,
    SessionSummary,
)
from . import styles as st
from .fonts import BOLD, REGULAR
from .paragraphs import Paragraph
from .reuse import KeepTogetherInPlace as KeepTogether
from .styles import PackStyles

NOT_RECORDED = "Not recorded for this session."
Para = Callable[[str | None, Any], Flowable]

STATUS_WORDS = {"open": "Open", "done": "Done", "partly": "Partly done", "dropped": "Dropped"}


def _table_style(commands: Iterable[tuple[Any, ...]]) -> TableStyle:
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 9), *commands])


def _grid(rows: list[list[Any]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), st.ACCENT_LIGHT),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, st.GRID),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def actions_table(actions: tuple[PackAction, ...], s: PackStyles, para: Para, *, with_status: bool = True) -> Flowable:
    w = st.CONTENT_WIDTH
    widths = [w * 0.47, w * 0.22, w * 0.17, w * 0.14] if with_status else [w * 0.55, w * 0.27, w * 0.18]
    header = ["Action", "Owner", "Due"] + (["Status"] if with_status else [])
    rows: list[list[Any]] = [[Paragraph(h, s.th) for h in header]]
    for a in actions:
        row = [
            para(a.description, s.td),
            para(a.owner or "\u2014", s.td),
            Paragraph(a.due_on.strftime("%d %b %Y") if a.due_on else "\u2014", s.td),
        ]
        if with_status:
            row.append(Paragraph(STATUS_WORDS.get(a.status, a.status), s.td))
        rows.append(row)
    return _grid(rows, widths)


# --- handout ---------------------------------------------------------------------------------


def handout_extras(purpose: str, actions: tuple[PackAction, ...], s: PackStyles, para: Para) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Our agreed purpose", s.h2)]
    story.append(para(purpose, s.body) if purpose.strip() else Paragraph("Not yet agreed.", s.body_italic))
    story.append(Paragraph("Open actions", s.h2))
    if actions:
        story.append(actions_table(actions, s, para, with_status=False))
    else:
        story.append(Paragraph("No open actions.", s.body_italic))
    return story


# --- consent ----------------------------------------------------------------------------------


class _Box(Flowable):
    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(st.MUTED)
        self.canv.setLineWidth(0.9)
        self.canv.rect(0, 0, self.size, self.size)


def consent_form(form: ConsentForm, person: PackParticipant | None, s: PackStyles, para: Para) -> list[Flowable]:
    box = s.body.fontSize * 1.1
    story: list[Flowable] = [Paragraph(form.title or "Consent form", s.h1)]
    if person is not None:
        story.append(para(person.name, s.sheet_name))
        if person.organisation:
            story.append(para(person.organisation, s.sheet_meta))
    story += [Spacer(0, 3 * mm), para(form.intro, s.body), Spacer(0, 2 * mm)]
    statements = [*form.statements, form.quoting_statement] if form.quoting_statement else list(form.statements)
    rows = [[_Box(box), para(text, s.body)] for text in statements]
    table = Table(rows, colWidths=[box + 4 * mm, st.CONTENT_WIDTH - box - 4 * mm], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story += [table, Spacer(0, 4 * mm)]
    if form.withdraw_note:
        story.append(para(form.withdraw_note, s.small))
    fields = ["Name", "Organisation", "Signature", "Date"] if person is None else ["Signature", "Date"]
    lines = Table(
        [[Paragraph(f, s.field_label), ""] for f in fields],
        colWidths=[40 * mm, st.CONTENT_WIDTH - 40 * mm],
        rowHeights=[max(12 * mm, s.body.leading * 1.8)] * len(fields),
        hAlign="LEFT",
    )
    lines.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story += [Spacer(0, 4 * mm), KeepTogether(lines)]
    return story


# --- charts -----------------------------------------------------------------------------------

_checking_lock = threading.Lock()
_unchecked_builds = 0
_checking_before: Any = None


@contextmanager
def unchecked_shapes() -> Iterator[None]:
    """reportlab's graphics without checking each attribute as it is set (`rl_config.shapeChecking`).

    Every attribute a chart widget sets is checked against its declared type (a third of the
    time the charts took). The charts here set only values those checks accept (the tests draw
    them with checking on), and with checking off reportlab sets the same attributes and draws
    the same. Builds may overlap on threads: checking is off while any build is inside, and comes
    back as it was when the last one leaves.
    """
    global _unchecked_builds, _checking_before
    with _checking_lock:
        if _unchecked_builds == 0:
            _checking_before = rl_config.shapeChecking
            rl_config.shapeChecking = 0
        _unchecked_builds += 1
    try:
        yield
    finally:
        with _checking_lock:
            _unchecked_builds -= 1
            if _unchecked_builds == 0:
                rl_config.shapeChecking = _checking_before


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose starting font is ours (reportlab would select unembedded Helvetica)."""
    d = Drawing(width, height)
    d.__dict__["initialFontName"] = REGULAR  # read by the renderer; not a validated attribute
    d.__dict__["initialFontSize"] = 9
    return d


def _axis_fonts(chart: Any, size: float) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = size
        axis.strokeColor = st.GRID


def distribution_chart(dist: RatingDistribution, anchors: dict[int, str], size: float) -> Drawing:
    """A bar for each score: how many people gave it."""
    width, height = st.CONTENT_WIDTH * 0.62, 40 * mm + size * 3
    d = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, size * 3.4
    chart.width, chart.height = width - 16 * mm, height - size * 4.4
    chart.data = [list(dist.counts)]
    chart.categoryAxis.categoryNames = [str(dist.scale_min + i) for i in range(len(dist.counts))]
    chart.valueAxis.valueMin = 0
    top = max(dist.counts) if dist.counts else 1
    chart.valueAxis.valueMax = max(3, top)
    chart.valueAxis.valueStep = max(1, round(chart.valueAxis.valueMax / 4))
    chart.bars[0].fillColor = st.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = BOLD
    chart.barLabels.fontSize = size
    chart.barLabels.nudge = size * 0.7
    _axis_fonts(chart, size)
    d.add(chart)
    low, high = anchors.get(dist.scale_min, ""), anchors.get(dist.scale_max, "")
    if low or high:
        d.add(
            String(chart.x, 0, f"{dist.scale_min} = {low}", fontName=REGULAR, fontSize=size * 0.85, fillColor=st.MUTED)
        )
        d.add(
            String(
                chart.x + chart.width,
                0,
                f"{dist.scale_max} = {high}",
                fontName=REGULAR,
                fontSize=size * 0.85,
                fillColor=st.MUTED,
                textAnchor="end",
            )
        )
    return d


def series_chart(series: RatingSeries, scale_min: int, scale_max: int, size: float) -> Drawing:
    """The mean rating at each session of the cycle(s); gaps where too few answered."""
    width, height = st.CONTENT_WIDTH, 45 * mm + size * 2
    d = _drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, size * 2.2
    chart.width, chart.height = width - 18 * mm, height - size * 3.2
    chart.data = [[p.mean if p.mean is not None else None for p in series.points]]
    chart.categoryAxis.categoryNames = [p.label for p in series.points]
    chart.valueAxis.valueMin = scale_min
    chart.valueAxis.valueMax = scale_max
    chart.valueAxis.valueStep = 1
    chart.lines[0].strokeColor = st.ACCENT
    chart.lines[0].strokeWidth = 2
    from reportlab.graphics.widgets.markers import makeMarker

    chart.lines[0].symbol = makeMarker("FilledCircle", size=size * 0.6, fillColor=st.ACCENT)
    chart.joinedLines = 1
    _axis_fonts(chart, size * 0.9)
    d.add(chart)
    return d


# --- after the session ------------------------------------------------------------------------


def summary(
    data_title: str, summ: SessionSummary, anchors: dict[int, str], s: PackStyles, para: Para
) -> list[Flowable]:
    chart_font = max(8.0, s.td.fontSize * 0.85)
    story: list[Flowable] = [
        Paragraph("After the session: summary", s.h1),
        para(data_title, s.lead),
        Paragraph("Attendance", s.h2),
    ]
    if summ.attendance is None:
        story.append(Paragraph(NOT_RECORDED, s.body_italic))
    else:
        present = [a for a in summ.attendance if a.present]
        story.append(Paragraph(f"{len(present)} of {len(summ.attendance)} attended.", s.body))
        if present:
            rows: list[list[Any]] = [[Paragraph("Name", s.th), Paragraph("Organisation", s.th)]]
            rows += [[para(a.name, s.td), para(a.organisation, s.td)] for a in present]
            story.append(_grid(rows, [st.CONTENT_WIDTH * 0.45, st.CONTENT_WIDTH * 0.55]))

    story.append(Paragraph("Group notes", s.h2))
    if summ.group_notes is None:
        story.append(Paragraph(NOT_RECORDED, s.body_italic))
    elif not summ.group_notes:
        story.append(Paragraph("No group notes.", s.body_italic))
    for note in summ.group_notes or ():
        story += [para(note.block_title, s.h3), para(note.text, s.body)]

    story.append(Paragraph("Decisions", s.h2))
    if summ.decisions is None:
        story.append(Paragraph(NOT_RECORDED, s.body_italic))
    elif not summ.decisions:
        story.append(Paragraph("No decisions recorded.", s.body_italic))
    for decision in summ.decisions or ():
        story.append(para(decision, s.body))

    story.append(Paragraph("Actions agreed", s.h2))
    story.append(
        actions_table(summ.actions, s, para) if summ.actions else Paragraph("No actions agreed.", s.body_italic)
    )

    story.append(Paragraph("Ratings", s.h2))
    story.append(
        Paragraph(
            f"How many people gave each score. Items answered by fewer than {summ.min_group} people are "
            "not shown, so that no one's answer can be picked out.",
            s.small,
        )
    )
    if not summ.ratings:
        story.append(Paragraph("No ratings recorded.", s.body_italic))
    for dist in summ.ratings:
        title = Paragraph(f"Ratings: {_esc(dist.item)}", s.h3)
        if dist.responses < summ.min_group:
            story.append(KeepTogether([title, Paragraph(f"Fewer than {summ.min_group} answers: not shown.", s.small)]))
            continue
        mean = dist.mean
        caption = Paragraph(f"{dist.responses} answers; average {mean:.1f}", s.small)
        story.append(KeepTogether([title, caption, distribution_chart(dist, anchors, chart_font)]))

    story.append(Paragraph("In participants' words", s.h2))
    if summ.quotes is None:
        story.append(Paragraph("Consent to quoting is not recorded, so no reflections are quoted.", s.body_italic))
    elif not summ.quotes:
        story.append(Paragraph("No quotes from people who agreed to be quoted.", s.body_italic))
    for quote in summ.quotes or ():
        story.append(para(f"\u201c{quote.text.strip()}\u201d", s.body_italic))
    story.append(Spacer(0, 3 * mm))
    story.append(Paragraph(f"{summ.reflections_count} written reflections were recorded in all.", s.small))
    return story


def cycle_report(report: CycleReport, s: PackStyles, para: Para) -> list[Flowable]:
    chart_font = max(8.0, s.td.fontSize * 0.85)
    story: list[Flowable] = [Paragraph(f"Cycle report: {_esc(report.cycle_label)}", s.h1)]
    if report.sessions:
        story.append(para("Sessions: " + ", ".join(report.sessions), s.lead))
    for label, actions in (
        ("Actions carried forward", report.carried),
        ("Actions closed", report.closed),
        ("Actions dropped", report.dropped),
    ):
        story.append(Paragraph(f"{label} ({len(actions)})", s.h2))
        story.append(actions_table(actions, s, para) if actions else Paragraph("None.", s.body_italic))
    story += [CondPageBreak(70 * mm), Paragraph("Ratings across the cycle", s.h2)]
    if not report.series:
        story.append(Paragraph("No ratings recorded.", s.body_italic))
    else:
        story.append(
            Paragraph("The average score at each session. No point: fewer than three people answered.", s.small)
        )
    for series in report.series:
        title = Paragraph(f"Average rating: {_esc(series.item)}", s.h3)
        story.append(KeepTogether([title, series_chart(series, report.scale_min, report.scale_max, chart_font)]))
    story.append(Paragraph("Planned and actual time", s.h2))
    if report.timings is None:
        story.append(Paragraph("Not recorded: no session log was kept.", s.body_italic))
    else:
        rows: list[list[Any]] = [
            [Paragraph(h, s.th) for h in ("Session", "Activity", "Planned", "Actual", "Difference")]
        ]
        for t in report.timings:
            diff = "" if t.actual is None else f"{t.actual - t.planned:+d} min"
            rows.append(
                [
                    para(t.session_label, s.td),
                    para(t.block_title, s.td),
                    Paragraph(f"{t.planned} min", s.td),
                    Paragraph("\u2014" if t.actual is None else f"{t.actual} min", s.td),
                    Paragraph(diff, s.td),
                ]
            )
        w = st.CONTENT_WIDTH
        story.append(_grid(rows, [w * 0.2, w * 0.38, w * 0.14, w * 0.14, w * 0.14]))
    return story


def _esc(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(" ".join((text or "").split()))
