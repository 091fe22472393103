"""Text in any script: font fallback per character, Arabic shaping, right-to-left order per wrapped line.

reportlab's Paragraph draws one font per run and lays words out left to right. For text that
needs more (Arabic or Urdu, or characters the main font lacks) the pack uses `ScriptParagraph`:
it wraps words in logical order, then reorders the words of each wrapped line with the Unicode
bidirectional algorithm (python-bidi), and draws each run shaped by HarfBuzz (reportlab's
uharfbuzz support). A character no bundled font has prints as a placeholder square and is
recorded in the current build's `missing` set, which the builder reports.
"""

from __future__ import annotations

import contextvars
import unicodedata
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from bidi import algorithm as _bidi
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeFragWord, shapeStr
from reportlab.platypus import Flowable

from .fonts import ARABIC, ARABIC_BOLD, FALLBACKS, PLACEHOLDER, REGULAR, covers, font_for, has_glyph

SHAPED_FONTS = frozenset({ARABIC, ARABIC_BOLD})
_RTL_CLASSES = frozenset({"R", "AL"})
_STRONG = frozenset({"L", "R", "AL"})
_DIGITS = frozenset({"EN", "AN"})
# bidirectional classes that can lift any character of a left-to-right line above level 0
_NOT_PLAIN_LTR = frozenset({"R", "AL", "AN", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"})
_CONTROLS = {chr(c) for c in (0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)}

# Characters that no bundled font could draw during the current build (one set per build).
missing_chars: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar("missing_chars", default=None)


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def needs_script_layout(text: str, face: str = REGULAR) -> bool:
    """True when plain Paragraph would get `text` wrong: right-to-left, or a character `face` lacks."""
    for ch in set(text):  # each character once
        if ch.isspace():
            continue
        if unicodedata.bidirectional(ch) in _RTL_CLASSES or not has_glyph(face, ch):
            return True
    return False


def uncovered_characters(value: Any, face: str = REGULAR) -> set[str]:
    """Characters anywhere in `value` (text, or dataclasses, tuples and dicts holding text) that no font draws."""
    chars: set[str] = set()
    seen: set[int] = set()

    def walk(v: Any) -> None:
        if isinstance(v, str):
            chars.update(v)
        elif isinstance(v, (tuple, list, set, frozenset)):
            for item in v:
                walk(item)
        elif isinstance(v, dict):
            for item in v.values():
                walk(item)
        elif hasattr(v, "__dataclass_fields__") and id(v) not in seen:
            seen.add(id(v))
            for name in v.__dataclass_fields__:
                walk(getattr(v, name))

    walk(value)  # every character once, however many texts hold it
    return {
        ch
        for ch in chars
        if not (ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Cs")) and font_for(face, ch) is None
    }


def _note_missing(ch: str) -> None:
    found = missing_chars.get()
    if found is not None:
        found.add(ch)


@dataclass(frozen=True)
class Run:
    text: str
    font: str
    width: float


def _measure(text: str, font: str, size: float) -> float:
    if font in SHAPED_FONTS:
        return float(shapeFragWord([stringWidth(text, font, size), (ABag(fontName=font, fontSize=size), text)])[0])
    return stringWidth(text, font, size)


def word_runs(word: str, face: str, size: float) -> list[Run]:
    """Split a word into runs of one font each, in logical order; unknown characters become placeholders."""
    if covers(face, word) and not _CONTROLS.intersection(word):
        # the face draws it all: the runs below would all be in `face`, split only where digits start or end
        return [
            Run(text, face, _measure(text, face, size))
            for text in ("".join(g) for _, g in groupby(word, lambda ch: unicodedata.bidirectional(ch) in _DIGITS))
        ]
    runs: list[tuple[str, str]] = []
    for ch in word:
        if ch in _CONTROLS:
            continue
        current = runs[-1][1] if runs else None
        klass = unicodedata.bidirectional(ch)
        digit = klass in ("EN", "AN")
        if current and klass not in _STRONG and not digit and has_glyph(current, ch):
            font: str | None = current  # punctuation stays with its neighbours
        else:
            font = font_for(face, ch)
        if font is None:
            _note_missing(ch)
            ch, font = PLACEHOLDER, FALLBACKS.get(face, (face,))[0]
            if not has_glyph(font, ch):
                ch, font = "?", REGULAR
        if runs and runs[-1][1] == font and not digit and not _is_digit_run(runs[-1][0]):
            runs[-1] = (runs[-1][0] + ch, font)
        elif runs and runs[-1][1] == font and digit and _is_digit_run(runs[-1][0]):
            runs[-1] = (runs[-1][0] + ch, font)
        else:
            runs.append((ch, font))
    return [Run(t, f, _measure(t, f, size)) for t, f in runs]


def _is_digit_run(text: str) -> bool:
    return bool(text) and unicodedata.bidirectional(text[-1]) in ("EN", "AN")


def base_is_rtl(text: str) -> bool:
    """The paragraph direction: that of its first strong character (rules P2-P3)."""
    for ch in text:
        klass = unicodedata.bidirectional(ch)
        if klass in _RTL_CLASSES:
            return True
        if klass == "L":
            return False
    return False


def _char_levels(text: str, rtl: bool) -> list[int]:
    storage = _bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage, False, False)
    _bidi.explicit_embed_and_overrides(storage, False)
    _bidi.resolve_weak_types(storage, False)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def visual_order(words: list[str], rtl: bool) -> list[tuple[int, int]]:
    """(index into `words`, embedding level) for one line's words, in visual order, left to right.

    Levels come from the bidirectional algorithm run over the line; rule L2 then reverses
    every run of words at or above each odd level, highest first.
    """
    if not words:
        return []
    line = " ".join(words)
    if not rtl and not any(unicodedata.bidirectional(ch) in _NOT_PLAIN_LTR for ch in line):
        # nothing right to left, no Arabic digits, no explicit embedding: the algorithm would resolve
        # every character to level 0 (rule W7 turns European digits after L into L), so the order stays
        return [(i, 0) for i in range(len(words))]
    levels = _char_levels(line, rtl)
    word_levels: list[int] = []
    pos = 0
    for w in words:
        own = levels[pos : pos + len(w)]
        strong = [lv for ch, lv in zip(w, own, strict=False) if unicodedata.bidirectional(ch) in _STRONG]
        word_levels.append(max(strong) if strong else (own[0] if own else (1 if rtl else 0)))
        pos += len(w) + 1
    order = list(range(len(words)))
    top = max(word_levels)
    lowest_odd = min((lv for lv in word_levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if word_levels[order[i]] >= level:
                j = i
                while j < len(order) and word_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [(i, word_levels[i]) for i in order]


@dataclass(frozen=True)
class _Word:
    text: str
    runs: tuple[Run, ...]
    width: float


def _placements(words: list[_Word], size: float, space: float, rtl: bool) -> list[tuple[str, Any, float]]:
    """(font, text to draw, x offset) for each run of one line, in visual order from its start."""
    out: list[tuple[str, Any, float]] = []
    x = 0.0
    for index, level in visual_order([w.text for w in words], rtl):
        word = words[index]
        runs = reversed(word.runs) if level % 2 else word.runs
        for run in runs:
            text = shapeStr(run.text, run.font, size) if run.font in SHAPED_FONTS else run.text
            out.append((run.font, text, x))
            x += run.width
        x += space
    return out


def _draw_placed(canv: Any, placed: list[tuple[str, Any, float]], x: float, y: float, size: float) -> None:
    for font, text, dx in placed:
        canv.setFont(font, size)
        canv.drawString(x + dx, y, text)


def _draw_words(canv: Any, words: list[_Word], x: float, y: float, size: float, space: float, rtl: bool) -> None:
    _draw_placed(canv, _placements(words, size, space, rtl), x, y, size)


def _make_word(text: str, face: str, size: float) -> _Word:
    runs = tuple(word_runs(text, face, size))
    return _Word(text, runs, sum(r.width for r in runs))


def line_width(text: str, face: str, size: float) -> float:
    words = [_make_word(w, face, size) for w in text.split()]
    return sum(w.width for w in words) + stringWidth(" ", face, size) * max(0, len(words) - 1)


def draw_line(
    canv: Any,
    x: float,
    y: float,
    text: str,
    face: str,
    size: float,
    *,
    align: str = "left",
    max_width: float = 0,
    rtl: bool = False,
) -> float:
    """Draw one line of any script at (x, y) ('left'/'right' anchor as in drawString/drawRightString).

    The line's base direction is left to right (headers and footers of an English document);
    Arabic or Urdu inside it still reads right to left. Too long a line is shortened with an
    ellipsis to `max_width` (if given). Returns its width.
    """
    total, placed = line_plan(canv, text, face, size, max_width=max_width, rtl=rtl)
    start = x - total if align == "right" else x
    canv.saveState()
    _draw_placed(canv, placed, start, y, size)
    canv.restoreState()
    return total


def line_plan(
    canv: Any, text: str, face: str, size: float, *, max_width: float = 0, rtl: bool = False
) -> tuple[float, list[tuple[str, Any, float]]]:
    """How `draw_line` lays `text` out: its width and its runs placed. Page headers and footers
    repeat the same lines on every page: each is laid out once per canvas (one build)."""
    plans = getattr(canv, "_script_line_plans", None)
    if plans is None:
        plans = {}
        canv._script_line_plans = plans
    key = (text, face, size, max_width, rtl)
    plan = plans.get(key)
    if plan is None:
        plan = plans[key] = _line_plan(text, face, size, max_width, rtl)
    return plan


def _line_plan(
    text: str, face: str, size: float, max_width: float, rtl: bool
) -> tuple[float, list[tuple[str, Any, float]]]:
    words = [_make_word(w, face, size) for w in text.split()]
    space = stringWidth(" ", face, size)
    total = sum(w.width for w in words) + space * max(0, len(words) - 1)
    if max_width and total > max_width:
        ellipsis = _make_word("\u2026", face, size)
        kept: list[_Word] = []
        used = ellipsis.width
        for w in words:
            if used + w.width + (space if kept else 0) > max_width:
                break
            used += w.width + (space if kept else 0)
            kept.append(w)
        words = [*kept, ellipsis]
        total = used + (space if kept else 0)
    return total, _placements(words, size, space, rtl)


class ScriptParagraph(Flowable):
    """A paragraph of plain text in any script, wrapped in logical order and reordered per line.

    Honours the style's font (face), size, leading, colour, alignment, indents and spacing.
    Right-to-left paragraphs align right unless the style centres them.
    """

    def __init__(self, text: str, style: Any) -> None:
        super().__init__()
        self.text = " ".join(text.split())
        self.style = style
        self.rtl = base_is_rtl(self.text)
        self._lines: list[list[_Word]] = []
        self._broken: dict[float, list[list[_Word]]] = {}  # the lines for each width measured at
        self._width = 0.0
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def _break(self, width: float) -> list[list[_Word]]:
        size = self.style.fontSize
        face = self.style.fontName
        space = stringWidth(" ", face, size)
        lines: list[list[_Word]] = [[]]
        used = 0.0
        for raw in self.text.split(" "):
            if not raw:
                continue
            word = _make_word(raw, face, size)
            pieces = [word] if word.width <= width else self._split_word(raw, face, size, width)
            for piece in pieces:
                extra = piece.width + (space if lines[-1] else 0)
                if lines[-1] and used + extra > width:
                    lines.append([piece])
                    used = piece.width
                else:
                    lines[-1].append(piece)
                    used += extra
        return [ln for ln in lines if ln] or [[]]

    @staticmethod
    def _split_word(raw: str, face: str, size: float, width: float) -> list[_Word]:
        out: list[_Word] = []
        current = ""
        for ch in raw:
            trial = _make_word(current + ch, face, size)
            if current and trial.width > width:
                out.append(_make_word(current, face, size))
                current = ch
            else:
                current += ch
        if current:
            out.append(_make_word(current, face, size))
        return out

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._width = availWidth
        inner = max(10.0, availWidth - self.style.leftIndent - self.style.rightIndent)
        lines = self._broken.get(inner)
        if lines is None:  # the lines depend on the width alone: broken once for each
            lines = self._broken[inner] = self._break(inner)
        self._lines = lines
        return availWidth, len(self._lines) * self.style.leading

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        head = _Lines(self, self._lines[:fit])
        tail = _Lines(self, self._lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        _draw_lines(self.canv, self, self._lines, self._width)


class _Lines(ScriptParagraph):
    """Part of a split ScriptParagraph: already wrapped lines."""

    def __init__(self, parent: ScriptParagraph, lines: list[list[_Word]]) -> None:
        Flowable.__init__(self)
        self.text = " ".join(w.text for ln in lines for w in ln)
        self.style = parent.style
        self.rtl = parent.rtl
        self._fixed = lines
        self._lines = lines
        self._broken = {}
        self._width = 0.0
        self.spaceBefore = 0
        self.spaceAfter = parent.spaceAfter

    def _break(self, width: float) -> list[list[_Word]]:
        return self._fixed


def _draw_lines(canv: Any, para: ScriptParagraph, lines: list[list[_Word]], width: float) -> None:
    style = para.style
    size = style.fontSize
    space = stringWidth(" ", style.fontName, size)
    left = style.leftIndent
    inner = width - style.leftIndent - style.rightIndent
    canv.saveState()
    canv.setFillColor(style.textColor)
    height = len(lines) * style.leading
    for i, line in enumerate(lines):
        y = height - i * style.leading - size
        used = sum(w.width for w in line) + space * max(0, len(line) - 1)
        if style.alignment == TA_CENTER:
            x = left + (inner - used) / 2
        elif style.alignment == TA_RIGHT or (para.rtl and style.alignment in (0, TA_JUSTIFY)):
            x = left + inner - used
        else:
            x = left
        _draw_words(canv, line, x, y, size, space, para.rtl)
    canv.restoreState()
