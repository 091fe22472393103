"""reportlab's Paragraph, without running its markup parser over text that holds no markup.

A pack builds hundreds of paragraphs, most of them plain text (a person's words, a heading, a
label). reportlab feeds each through its HTML parser, which for text without a tag or an entity
does one thing: copy the style's starting fragment and give it the text. This `Paragraph` does
that directly from a fragment parsed once per style (the style's fragment holds no text of
anyone's), and hands anything with '<', '>' or '&' in it to the parser as before. The tests
compare the fragments with the parser's for thousands of texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import paragraph as _rl
from reportlab.platypus.paraparser import ParaParser

_MARKUP = frozenset("<>&")
_STARTS: dict[int, tuple[Any, Any]] = {}  # id(style) -> (style, the fragment its plain text starts from)


def _start(style: Any) -> Any:
    known = _STARTS.get(id(style))
    if known is None or known[0] is not style:
        _, frags, _ = ParaParser().parse("x", style)
        known = _STARTS[id(style)] = (style, frags[0])
    return known[1]


class Paragraph(_rl.Paragraph):
    """A reportlab Paragraph; plain text gets its one fragment without the markup parser."""

    def _setup(self, text: Any, style: Any, bulletText: Any, frags: Any, cleaner: Callable[[str], str]) -> None:  # noqa: N803
        if (
            frags is None
            and isinstance(text, str)
            and _MARKUP.isdisjoint(text)
            and not getattr(style, "textTransform", None)
        ):
            cleaned = cleaner(text)
            if cleaned:  # what the parser makes of it: the style's fragment holding the text (fresh lists)
                frags = [_start(style).clone(text=cleaned, link=[], us_lines=[])]
                text = cleaned
        super()._setup(text, style, bulletText, frags, cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """reportlab's wrap, its lines kept for the width: measured again at that width (a group kept
        together, then the frame; a table row, then its cells) they are not broken anew."""
        known = self.__dict__.get("_pack_wrapped")
        if known is not None and known[0] == availWidth:
            _, self.width, self.height, self.blPara, self._wrapWidths = known
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if availWidth >= _rl._FUZZ:  # (narrower, reportlab answers "cannot fit" and lays nothing out)
            self._pack_wrapped = (availWidth, self.width, self.height, self.blPara, self._wrapWidths)
        return size
