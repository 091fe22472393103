"""Benchmark: the full session pack for 30 participants against raw reportlab drawing as many pages.

Not a test: run it by hand and record the medians in docs/benchmarks.md.

    PYTHONPATH=. python bench/bench_pack.py            # 7 runs each
    PYTHONPATH=. python bench/bench_pack.py --runs 3 --quick

The baseline draws the same number of pages with bare canvas calls (a title, a few lines of
text and ruled lines per page, one embedded TrueType font), which is the floor for any PDF
of that length; the ratio says what the layout, the fonts and the charts cost on top.

A second floor, beside it, draws the text the pack itself holds (every line of every page, as
read back from the pack's PDF before timing) with one bare canvas call per line and no layout:
the ratio against it says how much of the first ratio is the pack's volume of text and how much
is laying it out. The target is measured against the first floor.

Beside the pack as the runs repeat it, the same pack built with the QR code cache emptied first:
a build repeated with the same data reuses each sheet code's QR matrix from the build before
(`packs.qr.qr_modules` keeps the last 256), while a facilitator's first build of a session's
codes encodes every one of them. That line shows what the first build costs.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine, result  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from tests.test_pack_documents import full_extras  # noqa: E402
from tests.test_packs import make_pack_data  # noqa: E402
from workshop_app.domain.pack import PackDocument, PackOptions, PackParticipant  # noqa: E402
from workshop_app.domain.rules import participant_code  # noqa: E402
from workshop_app.packs import build_session_pack_report  # noqa: E402
from workshop_app.packs.fonts import REGULAR, register_fonts  # noqa: E402
from workshop_app.packs.qr import qr_modules  # noqa: E402

NAMES = (
    "Siân Jones", "Łukasz Nowak", "Ελένη Παπαδοπούλου", "Дмитрий Иванов", "Seònaid NicDhòmhnaill",
    "Ștefan Țăranu", "أحمد الخطيب", "فاطمہ بی بی", "Grace Okafor", "Tom Whitfield",
)  # fmt: skip


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:  # not Linux
        return "?"


def pack_data(participants: int):  # noqa: ANN201
    base = make_pack_data(0)
    taken: list[str] = []
    people = []
    for i in range(participants):
        name = f"{NAMES[i % len(NAMES)]} {i + 1}"
        code = participant_code(name, taken)
        taken.append(code)
        people.append(PackParticipant(name, code, "Partner organisation", "Role"))
    return replace(base, participants=tuple(people), extras=full_extras())


def full_pack(data) -> int:  # noqa: ANN001
    _, report = build_session_pack_report(data, PackOptions(documents=tuple(PackDocument)))
    return report.pages


def full_pack_new_codes(data) -> int:  # noqa: ANN001
    """The full pack with no QR matrix kept from an earlier build (every sheet code encoded)."""
    qr_modules.cache_clear()
    return full_pack(data)


def raw_reportlab(pages: int) -> int:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    width, height = A4
    for n in range(pages):
        c.setFont(REGULAR, 16)
        c.drawString(60, height - 80, f"Page {n + 1}: a title for this page")
        c.setFont(REGULAR, 10)
        for line in range(12):
            c.drawString(60, height - 120 - line * 16, "Some text on the page, as a pack would print it.")
        for y in range(100, 420, 24):
            c.line(60, y, width - 60, y)
        c.showPage()
    c.save()
    return pages


def pack_lines(data) -> list[list[str]]:  # noqa: ANN001
    """The text of each page of the pack, line by line, as a PDF reader extracts it."""
    from pypdf import PdfReader

    pdf, _ = build_session_pack_report(data, PackOptions(documents=tuple(PackDocument)))
    return [(page.extract_text() or "").splitlines() for page in PdfReader(io.BytesIO(pdf)).pages]


def raw_same_text(pages: list[list[str]]) -> int:
    """The pack's own text, one drawString per line, no layout: the second floor."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    _, height = A4
    for lines in pages:
        c.setFont(REGULAR, 9)
        y = height - 60
        for line in lines:
            c.drawString(60, y, line)
            y = y - 11 if y > 80 else height - 60
        c.showPage()
    c.save()
    return len(pages)


def median_times(fns, runs: int) -> list[float]:  # noqa: ANN001
    """Median time of each function, the functions run in turn in every round (same load for all)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, out in zip(fns, times, strict=True):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return [statistics.median(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--participants", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="3 participants (a smoke run)")
    args = parser.parse_args()
    participants = 3 if args.quick else args.participants
    register_fonts()
    data = pack_data(participants)
    pages = full_pack(data)  # warm-up: imports, font loading, style building
    raw_reportlab(pages)
    lines = pack_lines(data)
    raw_same_text(lines)
    pack_s, raw_s, text_s, cold_s = median_times(
        [
            lambda: full_pack(data),
            lambda: raw_reportlab(pages),
            lambda: raw_same_text(lines),
            lambda: full_pack_new_codes(data),
        ],
        args.runs,
    )
    print(machine())
    print(f"participants: {participants}, pages: {pages}, runs: {args.runs}, load average: {load_average()}")
    print(f"full pack (all seven documents): median {pack_s:.3f} s")
    print(f"raw reportlab, same page count:  median {raw_s:.3f} s")
    print(f"ratio: {pack_s / raw_s:.1f}x")
    print(f"second floor, the pack's own text ({sum(map(len, lines))} lines), no layout: median {text_s:.3f} s")
    print(f"ratio to the second floor: {pack_s / text_s:.1f}x")
    print(f"full pack, every QR code encoded anew (a first build): median {cold_s:.3f} s ({cold_s / raw_s:.1f}x)")
    ratio = pack_s / raw_s
    result(
        f"full session pack, {participants} participants ({pages} pages)",
        f"{pack_s:.3f} s",
        f"raw reportlab {raw_s:.3f} s",
        ratio,
        "<= 1.5x and < 1 s",
        ratio <= 1.5 and pack_s < 1,
    )


if __name__ == "__main__":
    main()
