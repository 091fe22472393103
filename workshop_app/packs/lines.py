"""One-line paragraphs that differ from sheet to sheet only in one run of text, laid out once.

Every personal sheet opens with the person's name and a line 'Participant code <b>SJ01</b> ·
session · date'. reportlab parses each such paragraph's markup and breaks it into lines anew
for every person (the code line, in three fonts, takes a fifth of a millisecond), though only
the name or the code differs. A `LineTemplate` lets reportlab lay out the first such
paragraph, then builds each later one from it: the same fragments with the one run's text
replaced, and the same single line with that run's width changed. What reportlab draws from
that line is what it draws for the paragraph built from scratch (the tests compare the
operators for many names and codes).

The shortcut is taken only where the answer is certain: the new text is plain (no markup to
escape, no space other than single spaces between words, nothing that needs script layout, no
soft hyphen), reportlab laid the first paragraph out as exactly one line, and the new line
leaves at least a point to spare. Anything else is built by `make` from scratch, as before.

A template lives in one build's reuse cache; the run it replaces holds the text given for the
paragraph being built and nothing else (the fragments are copied, never shared).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable

from .paragraphs import Paragraph
from .script_text import needs_script_layout

# words of printable text, one space between: nothing to escape or drop, no soft hyphen, no control
_WORD = "[^\\s<>&\xad\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]+"
_PLAIN = re.compile(f"{_WORD}(?: {_WORD})*")
_MARGIN = 1.0  # points a new line must leave unused: reportlab would keep it on one line beyond doubt


class _Laid(Paragraph):
    """A reportlab Paragraph whose fragments and single line were made from a template's."""

    def __init__(self, text: str, style: Any, frags: list[Any], width: float, bl_para: Any, height: float) -> None:
        super().__init__(text, style, frags=frags)
        self._laid = (width, bl_para, height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        width, bl_para, height = self._laid
        if availWidth != width:  # another width: reportlab breaks the lines itself, from the fragments
            return super().wrap(availWidth, availHeight)
        style = self.style
        self.width = availWidth
        self._wrapWidths = [
            availWidth - (style.leftIndent + style.firstLineIndent) - style.rightIndent,
            availWidth - style.leftIndent - style.rightIndent,
        ]
        self.blPara = bl_para
        self.height = height
        return availWidth, height


class LineTemplate:
    """Paragraphs `make(text)` that differ only in the run holding `text`, laid out at `width`."""

    def __init__(self, make: Callable[[str], Flowable], width: float, *, face: str | None = None) -> None:
        self._make = make
        self._width = width
        self._face = face  # the font `make` checks the text against (it needs no script layout in it)
        self._template: tuple[Any, ...] | None = None
        self._attempts = 3  # texts to try as the template before giving up (a name too long for one line)

    def get(self, text: str) -> Flowable:
        if self._template is not None and self._plain(text):
            made = self._from_template(text)
            if made is not None:
                return made
        flowable = self._make(text)
        if self._template is None and self._attempts and self._plain(text):
            self._attempts -= 1
            self._template = self._capture(flowable, text)
        return flowable

    def _plain(self, text: str) -> bool:
        if not _PLAIN.fullmatch(text):
            return False
        return self._face is None or not needs_script_layout(text, self._face)

    def _capture(self, flowable: Flowable, text: str) -> tuple[Any, ...] | None:
        """What a later paragraph needs from the first: its fragments, its one line, the run that differs."""
        if not isinstance(flowable, Paragraph) or isinstance(flowable, _Laid):
            return None
        frags = [f.clone() for f in flowable.frags]
        slots = [i for i, f in enumerate(frags) if getattr(f, "text", None) == text]
        if len(slots) != 1 or any(not hasattr(f, "text") for f in frags):
            return None
        _, height = flowable.wrap(self._width, 1e6)
        bl_para = flowable.blPara
        if len(bl_para.lines) != 1 or getattr(flowable, "_splitLongWordCount", 0):
            return None
        if bl_para.kind == 0:
            if len(frags) != 1:
                return None
        else:
            words = bl_para.lines[0].words
            found = [i for i, w in enumerate(words) if getattr(w, "text", None) == text]
            if len(found) != 1 or " " in text:
                return None
        return (flowable.style, frags, slots[0], bl_para, height, text)

    def _from_template(self, text: str) -> Flowable | None:
        assert self._template is not None
        style, frags, slot, bl_para, height, old = self._template
        run = frags[slot]
        new_frags = [f.clone() for f in frags]
        new_frags[slot] = run.clone(text=text)
        if bl_para.kind == 0:
            font, size = run.fontName, run.fontSize
            space = stringWidth(" ", font, size)
            words = text.split(" ")
            current = -space  # summed as reportlab sums a line
            for word in words:
                current = current + space + stringWidth(word, font, size)
            extra = self._width - (style.leftIndent + style.firstLineIndent) - style.rightIndent - current
            if extra < _MARGIN:
                return None
            ascent, descent = getAscentDescent(font, size)
            line = new_frags[0].clone(kind=0, lines=[(extra, words)], ascent=ascent, descent=descent, fontSize=size)
        else:
            source = bl_para.lines[0]
            change = stringWidth(text, run.fontName, run.fontSize) - stringWidth(old, run.fontName, run.fontSize)
            extra = source.extraSpace - change
            if extra < _MARGIN:
                return None
            words = [w.clone(text=text) if getattr(w, "text", None) == old else w.clone() for w in source.words]
            line = bl_para.clone(lines=[source.clone(words=words, extraSpace=extra)])
        return _Laid("".join(f.text for f in new_frags), style, new_frags, self._width, line, height)
