"""The agenda's plain types: what the first screen shows and the agenda editor edits.

Kept apart from the services that read and write them, so the window can show an agenda (and the
editor be built) before the database layer is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from ..content import loader
from ..domain import records as r
from ..domain.content import BlockTemplate, ContentLibrary
from ..domain.rules import TimedItem, clock_times, planned_end


@dataclass(frozen=True)
class AgendaLine:
    block: r.Block
    timing: TimedItem
    serves_label: str


@dataclass(frozen=True)
class Agenda:
    session: r.Session
    lines: tuple[AgendaLine, ...]
    planned_minutes: int
    planned_end: time

    @property
    def overrun_minutes(self) -> int:
        """Minutes planned beyond the booked time (0 when it fits or nothing is booked)."""
        if not self.session.booked_minutes:
            return 0
        return max(0, self.planned_minutes - self.session.booked_minutes)


def agenda_of(session: r.Session, library: ContentLibrary) -> Agenda:
    """A session laid out as a timed agenda (its blocks must be loaded)."""
    timings = clock_times(session.starts_at, [b.minutes for b in session.blocks])
    lines = tuple(
        AgendaLine(block, timing, library.serves_label(block.serves))
        for block, timing in zip(session.blocks, timings, strict=True)
    )
    total = sum(b.minutes for b in session.blocks)
    return Agenda(session, lines, total, planned_end(session.starts_at, [total]))


def prompts_of(session: r.Session) -> list[str]:
    """The prompts of a session's reflection sheet: each block's lead prompt, in agenda order.

    The same list is printed on paper and offered on screen, so the two always match.
    """
    seen: dict[str, None] = {}
    for block in session.blocks:
        if block.prompts:
            seen.setdefault(block.prompts[0], None)
    return list(seen)


MAX_BLOCK_MINUTES = loader.MAX_MINUTES


@dataclass(frozen=True)
class BlockDraft:
    """Everything a block holds except its place: what is inserted, restored or copied."""

    title: str
    minutes: int
    purpose: str = ""
    facilitator_notes: str = ""
    prompts: tuple[str, ...] = ()
    serves: str = ""
    kind: r.BlockKind = r.BlockKind.ACTIVITY
    materials: tuple[str, ...] = ()

    @classmethod
    def of_block(cls, block: r.Block) -> BlockDraft:
        return cls(
            block.title,
            block.minutes,
            block.purpose,
            block.facilitator_notes,
            block.prompts,
            block.serves,
            block.kind,
            block.materials,
        )

    @classmethod
    def of_template(cls, block: BlockTemplate) -> BlockDraft:
        return cls(
            block.title,
            block.minutes,
            block.purpose,
            block.facilitator_notes,
            block.prompts,
            block.serves,
            r.BlockKind(block.kind),
            block.materials,
        )


NEW_ACTIVITY = BlockDraft("New activity", 15)
NEW_BREAK = BlockDraft("Break", 15, kind=r.BlockKind.BREAK)


@dataclass(frozen=True)
class LibraryBlock:
    """A block of a template, offered for insertion into any session."""

    template_key: str
    template_title: str
    number: int  # 1-based place in its template
    block: BlockTemplate
    serves_label: str
    user_template: bool
