"""Content that repeats on every personalised sheet, laid out once and drawn once per document.

Thirty reflection sheets carry the same prompts and the same self-assessment grid; only the
person's name, code and QR code differ. Laying out and drawing the grid thirty times was most of
the time a pack took. A `Reused` flowable builds its content once per document, keeps the size it
measured for each width, draws it the first time into a PDF form (an XObject) and, everywhere
else, places that form. The page looks the same and its text stays selectable and searchable; the
file is smaller too, since the grid is stored once.

When the content does not fit where it lands (large print can push the grid over a page end), it
is split and drawn the ordinary way, exactly as it would have been without the cache.

A `Stack` goes one step further: a run of flowables (a sheet's first page below the name block,
its whole self-assessment) placed as a frame would place them, so that a `Reused` stack is one
flowable, one measurement and one form for the lot.

Everything here lives for one build (the `ReuseCache` belongs to the build's run state): nothing
laid out for one pack, language or person can reach another build. Within a build, a key names
everything its drawing depends on that can differ between sheets.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.flowables import _ContainerSpace

_PAD = 12.0  # points around the measured box: table rules and bullets may stand just outside it


@dataclass
class _Entry:
    flowable: Flowable
    form: str
    sizes: dict[float, tuple[float, float]] = field(default_factory=dict)


class ReuseCache:
    """One document's repeated content: each key built once, each form drawn once."""

    def __init__(self, prefix: str = "reuse") -> None:
        self._entries: dict[Hashable, _Entry] = {}
        self._lists: dict[Hashable, list[Flowable]] = {}
        self._prefix = prefix

    def get(self, key: Hashable, make: Callable[[], Flowable]) -> Flowable:
        entry = self._entries.get(key)
        if entry is None:
            entry = _Entry(make(), f"{self._prefix}{len(self._entries)}")
            self._entries[key] = entry
        return Reused(entry)

    def many(self, key: Hashable, make: Callable[[], list[Flowable]], shareable: tuple[type, ...]) -> list[Flowable]:
        """A list built once; its items of the `shareable` kinds come back as `Reused`, the rest as they are."""
        items = self._lists.get(key)
        if items is None:
            items = self._lists[key] = make()
        return [self.get((key, i), lambda f=f: f) if isinstance(f, shareable) else f for i, f in enumerate(items)]

    def items(self, key: Hashable, make: Callable[[], list[Flowable]]) -> list[Flowable]:
        """The list `many` shares under `key`, as built (the flowables themselves)."""
        items = self._lists.get(key)
        if items is None:
            items = self._lists[key] = make()
        return items

    def raw(self, key: Hashable) -> Flowable:
        """The flowable `get` built under `key` (for a stack that is itself drawn once)."""
        return self._entries[key].flowable


class Reused(Flowable):
    """Stands in for a shared flowable (a paragraph or a table: content whose size depends on the
    width alone): same size, same spacing, drawn from one PDF form."""

    def __init__(self, entry: _Entry) -> None:
        super().__init__()
        self._entry = entry
        self.hAlign = getattr(entry.flowable, "hAlign", "LEFT")

    # what the frame asks of a flowable, answered by the shared one
    def getKeepWithNext(self) -> Any:  # noqa: N802 - reportlab's name
        return self._entry.flowable.getKeepWithNext()

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self._entry.flowable.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._entry.flowable.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        entry = self._entry
        key = round(availWidth, 3)
        size = entry.sizes.get(key)
        if size is None:  # paragraphs and tables measure by width alone: the height they need is theirs
            inner = entry.flowable
            canvas = getattr(self, "canv", None)
            if canvas is not None:
                size = inner.wrapOn(canvas, availWidth, availHeight)
            else:
                size = inner.wrap(availWidth, availHeight)
            entry.sizes[key] = size
        self._width_avail = availWidth
        self.width, self.height = size
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        inner = self._entry.flowable
        canvas = getattr(self, "canv", None)
        if canvas is not None:
            inner.wrapOn(canvas, availWidth, availHeight)
            return inner.splitOn(canvas, availWidth, availHeight)
        inner.wrap(availWidth, availHeight)
        return inner.split(availWidth, availHeight)

    def draw(self) -> None:
        entry = self._entry
        canvas = self.canv
        size = (self.width, self.height)
        if not canvas.hasForm(entry.form):
            inner = entry.flowable
            inner.wrapOn(canvas, self._width_avail, self.height + 1)
            canvas.beginForm(entry.form, lowerx=-_PAD, lowery=-_PAD, upperx=size[0] + _PAD, uppery=size[1] + _PAD)
            inner.drawOn(canvas, 0, 0)
            canvas.endForm()
        canvas.doForm(entry.form)


_TALL = 1e6  # the height offered to a stack's items when they are measured: they measure by width alone


class Stack(Flowable):
    """Flowables one below another, placed exactly as a frame would place them, measured and drawn as one.

    A sheet's fixed part (the prompts with their writing lines, or the whole self-assessment) is a
    dozen flowables; as one `Stack` inside a `Reused` it is measured once, drawn once into a form
    and placed as a single flowable on every later sheet. Where it does not fit in the space left
    (a long name pushing the page, large print), `split` hands the frame `fallback()`: the very
    flowables the sheet would have had without the stack, laid out one by one as before.
    """

    def __init__(self, items: list[Flowable], fallback: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self._items = items
        self._fallback = fallback
        self._placed: dict[float, tuple[float, float, list[tuple[Flowable, float, float]]]] = {}

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return self._items[0].getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._items[-1].getSpaceAfter()

    def getKeepWithNext(self) -> Any:  # noqa: N802
        return self._items[-1].getKeepWithNext()

    def _layout(self, width: float) -> tuple[float, float, list[tuple[Flowable, float, float]]]:
        """(width, height, [(item, y of its bottom below the stack's top, its width)]), by Frame._add's rules."""
        key = round(width, 3)
        done = self._placed.get(key)
        if done is not None:
            return done
        canvas = getattr(self, "canv", None)
        y = 0.0
        prev = 0.0
        placed: list[tuple[Flowable, float, float]] = []
        for i, item in enumerate(self._items):
            space = 0.0
            if i:
                space = item.getSpaceBefore()
                if getattr(item, "_SPACETRANSFER", False) or getattr(item, "_ZEROSIZE", False):
                    space = prev
                space = max(space - prev, 0)
            if canvas is not None:
                w, h = item.wrapOn(canvas, width, _TALL)
            else:
                w, h = item.wrap(width, _TALL)
            y -= space + h
            placed.append((item, y, w))
            after = item.getSpaceAfter()
            if getattr(item, "_SPACETRANSFER", False):
                after = prev
            if i < len(self._items) - 1:
                y -= after
            prev = after
        done = self._placed[key] = (width, -y, placed)
        return done

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        w, h, _ = self._layout(availWidth)
        self.width, self.height = w, h
        return w, h

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        from reportlab.platypus.doctemplate import NullActionFlowable

        # an action first, so that the frame lays the items out exactly as if they had been in the story
        return [NullActionFlowable(), *self._fallback()]

    def draw(self) -> None:
        canvas = self.canv
        width, height, placed = self._layout(self.width)
        for item, y, w in placed:
            item.wrapOn(canvas, width, _TALL)  # the same item may have been measured at another width since
            item.drawOn(canvas, 0, height + y, _sW=width - w)


class KeepTogetherInPlace(KeepTogether):
    """reportlab's KeepTogether, measured without copying the document's frame first.

    reportlab copies the frame each time a group is measured, in case an item adds content to it
    while it measures (a conditional page break does); a copy per heading soon adds up. A group
    holding no such item (nothing that changes the page, no nested group) is measured in place;
    any other is measured as reportlab does it.
    """

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        plain = all(not getattr(f, "locChanger", False) and not isinstance(f, _ContainerSpace) for f in self._content)
        if doc is None or not plain:
            return super().wrap(aW, aH)
        frame = doc.frame
        doc.frame = None  # nothing to copy: _listWrapOn measures the items as they are
        try:
            return super().wrap(aW, aH)
        finally:
            doc.frame = frame
