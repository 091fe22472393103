"""Editing a session's agenda: add, copy, delete, move and retime blocks; the block library; templates."""

from __future__ import annotations

import json
from dataclasses import replace

from .. import paths
from ..content import loader
from ..domain import records as r
from ..domain.content import BlockTemplate, ContentLibrary, SessionTemplate
from ..domain.errors import NotFoundError, ValidationError
from ..domain.rules import clean_text
from ..storage.database import Database, UnitOfWork
from ..storage.repositories import block_of
from ..storage.rows import BlockRow, SessionRow
from .agenda_types import MAX_BLOCK_MINUTES, NEW_ACTIVITY, NEW_BREAK, BlockDraft, LibraryBlock
from .result import Result

__all__ = ["MAX_BLOCK_MINUTES", "NEW_ACTIVITY", "NEW_BREAK", "AgendaService", "BlockDraft", "LibraryBlock"]


def _minutes(value: int) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"Minutes must be a whole number, not {value!r}.") from None
    if not 1 <= minutes <= MAX_BLOCK_MINUTES:
        raise ValidationError(f"A block lasts from 1 to {MAX_BLOCK_MINUTES} minutes, not {minutes}.")
    return minutes


class AgendaService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    # --- helpers ------------------------------------------------------------------------
    @staticmethod
    def _session(uow: UnitOfWork, session_id: str) -> SessionRow:
        return uow.sessions.require(session_id)

    @staticmethod
    def _block(uow: UnitOfWork, block_id: str) -> BlockRow:
        row = uow.db.get(BlockRow, block_id)
        if row is None:
            raise NotFoundError("That block is no longer in the agenda.")
        return row

    @staticmethod
    def _renumber(session: SessionRow, ordered: list[BlockRow]) -> None:
        for position, row in enumerate(ordered):
            row.position = position

    @staticmethod
    def _changes(session_id: str) -> r.Changes:
        return r.Changes(blocks=True, ids=frozenset({session_id}))

    # --- edits --------------------------------------------------------------------------
    def insert_block(
        self, session_id: str, position: int, draft: BlockDraft, *, block_id: str | None = None
    ) -> Result[r.Block]:
        """Put a block at `position` (clamped to the agenda); `block_id` restores a deleted block."""
        title = clean_text(draft.title, "Block title", required=True)
        minutes = _minutes(draft.minutes)
        serves = "" if draft.kind == r.BlockKind.BREAK else draft.serves
        with self.db.unit_of_work() as uow:
            session = self._session(uow, session_id)
            ordered = list(session.blocks)
            position = max(0, min(int(position), len(ordered)))
            row = BlockRow(
                session_id=session_id,
                position=position,
                title=title,
                minutes=minutes,
                purpose=draft.purpose,
                facilitator_notes=draft.facilitator_notes,
                prompts_json=json.dumps(list(draft.prompts), ensure_ascii=False),
                materials_json=json.dumps(list(draft.materials), ensure_ascii=False),
                serves=serves,
                kind=str(draft.kind),
            )
            if block_id:
                if uow.db.get(BlockRow, block_id) is not None:
                    raise ValidationError("That block is already in the agenda.")
                row.id = block_id
            ordered.insert(position, row)
            session.blocks = ordered
            self._renumber(session, ordered)
            uow.db.flush()
            block = block_of(row)
        return Result(block, self._changes(session_id))

    def duplicate_block(self, block_id: str) -> Result[r.Block]:
        """A copy of a block, placed right after it."""
        with self.db.unit_of_work(write=False) as uow:
            row = self._block(uow, block_id)
            block, session_id, position = block_of(row), row.session_id, row.position
        draft = BlockDraft.of_block(block)
        return self.insert_block(session_id, position + 1, replace(draft, title=draft.title))

    def delete_block(self, block_id: str) -> Result[r.Block]:
        """Remove a block; the value returned is the block as it was (for undo)."""
        with self.db.unit_of_work() as uow:
            row = self._block(uow, block_id)
            block = block_of(row)
            session = row.session
            ordered = [b for b in session.blocks if b.id != block_id]
            session.blocks = ordered
            self._renumber(session, ordered)
            uow.db.flush()
        return Result(block, self._changes(block.session_id))

    def move_block(self, block_id: str, position: int) -> Result[r.Block]:
        """Move a block to `position` (0 = first; clamped to the agenda)."""
        with self.db.unit_of_work() as uow:
            row = self._block(uow, block_id)
            session = row.session
            ordered = [b for b in session.blocks if b.id != block_id]
            position = max(0, min(int(position), len(ordered)))
            ordered.insert(position, row)
            self._renumber(session, ordered)
            uow.db.flush()
            block = block_of(row)
        return Result(block, self._changes(block.session_id))

    def update_block(self, block_id: str, *, title: str | None = None, minutes: int | None = None) -> Result[r.Block]:
        """Change a block's title or length (typed in the agenda)."""
        clean_title = clean_text(title, "Block title", required=True) if title is not None else None
        clean_minutes = _minutes(minutes) if minutes is not None else None
        with self.db.unit_of_work() as uow:
            row = self._block(uow, block_id)
            if clean_title is not None:
                row.title = clean_title
            if clean_minutes is not None:
                row.minutes = clean_minutes
            uow.db.flush()
            block = block_of(row)
        return Result(block, self._changes(block.session_id))

    # --- the block library -------------------------------------------------------------
    def blocks_in_templates(self, query: str = "") -> list[LibraryBlock]:
        """Every block of every template (shipped and the user's own), filtered by words in any field."""
        words = [w for w in query.casefold().split() if w]
        user_dir = paths.user_templates_dir()
        user_keys = {p.stem for p in user_dir.glob("*.toml")} if user_dir.is_dir() else set()
        out: list[LibraryBlock] = []
        for template in sorted(self.content_library.templates.values(), key=lambda t: t.title.casefold()):
            for number, block in enumerate(template.blocks, start=1):
                label = self.content_library.serves_label(block.serves)
                haystack = " ".join(
                    [block.title, block.purpose, block.facilitator_notes, label, template.title, *block.prompts]
                ).casefold()
                if all(w in haystack for w in words):
                    out.append(
                        LibraryBlock(template.key, template.title, number, block, label, template.key in user_keys)
                    )
        return out

    def save_as_template(self, session_id: str, title: str, description: str = "") -> Result[SessionTemplate]:
        """Write the session's agenda as a template in the user's template folder; the library reloads."""
        title = clean_text(title, "Template title", required=True)
        description = clean_text(description, "Description", limit=loader.MAX_TEXT)
        with self.db.unit_of_work(write=False) as uow:
            session = self._session(uow, session_id)
            blocks = [block_of(b) for b in session.blocks]
            source_keys: tuple[str, ...] = ()
            origin = self.content_library.templates.get(session.template_key)
            if origin is not None:
                source_keys = origin.source_keys
        if not blocks:
            raise ValidationError("The agenda is empty; add a block before saving it as a template.")
        key = loader.make_template_key(title, self.content_library.templates.keys())
        template = SessionTemplate(
            key=key,
            title=title,
            description=description,
            blocks=tuple(
                BlockTemplate(
                    title=b.title,
                    minutes=b.minutes,
                    purpose=b.purpose,
                    facilitator_notes=b.facilitator_notes,
                    prompts=b.prompts,
                    serves=b.serves,
                    kind=str(b.kind),
                    materials=b.materials,
                )
                for b in blocks
            ),
            source_keys=source_keys,
        )
        folder = paths.user_templates_dir()
        loader.write_template(template, folder, self.content_library)
        self.reload_templates()
        saved = self.content_library.templates[key]
        return Result(saved, r.Changes(templates=True, ids=frozenset({key})))

    def reload_templates(self) -> None:
        """Read the templates again (shipped and the user's), in place, so every service sees them."""
        fresh = loader.load_library(user_templates=paths.user_templates_dir())
        self.content_library.templates.clear()
        self.content_library.templates.update(fresh.templates)
