"""Full-text search across reflections and actions, best matches first, with matched words marked."""

from __future__ import annotations

from ..domain.content import ContentLibrary
from ..domain.research import SearchHit, SearchKind
from ..domain.search_text import fts_query
from ..storage.database import Database
from ..storage.repositories_research import ResearchRepository

START, END = "\x02", "\x03"


def pieces(snippet: str) -> tuple[tuple[str, bool], ...]:
    """Split a snippet with START/END marks into (text, is a match) pieces."""
    out: list[tuple[str, bool]] = []
    rest = snippet
    while rest:
        before, mark, after = rest.partition(START)
        if before:
            out.append((before, False))
        if not mark:
            break
        match, _end, rest = after.partition(END)
        if match:
            out.append((match, True))
    return tuple(out)


class SearchService:
    def __init__(self, db: Database, library: ContentLibrary) -> None:
        self.db = db
        self.content_library = library

    def search(self, query: str, programme_id: str | None = None, limit: int = 50) -> list[SearchHit]:
        """Texts holding every word typed (as a word or the start of one), best first."""
        fts = fts_query(query)
        if not fts:
            return []
        with self.db.unit_of_work(write=False) as uow:
            repo = ResearchRepository(uow.db)
            rows = repo.search(fts, programme_id, limit)
            reflections = repo.reflection_context([r.ref_id for r in rows if r.kind == SearchKind.REFLECTION])
            actions = repo.action_context([r.ref_id for r in rows if r.kind == SearchKind.ACTION])
        hits: list[SearchHit] = []
        for row in rows:
            if row.kind == SearchKind.REFLECTION and row.ref_id in reflections:
                ctx = reflections[row.ref_id]
                who = f"{ctx.name} ({ctx.code})" if ctx.code else "Group"
                hits.append(
                    SearchHit(
                        SearchKind.REFLECTION,
                        row.ref_id,
                        pieces(row.snip),
                        ctx.session_id,
                        ctx.title,
                        ctx.held_on,
                        ctx.participant_id,
                        who,
                        ctx.prompt,
                        float(row.rank),
                    )
                )
            elif row.kind == SearchKind.ACTION and row.ref_id in actions:
                ctx = actions[row.ref_id]
                hits.append(
                    SearchHit(
                        SearchKind.ACTION,
                        row.ref_id,
                        pieces(row.snip),
                        ctx.session_id,
                        ctx.title or "",
                        ctx.held_on,
                        None,
                        ctx.owner,
                        "Action",
                        float(row.rank),
                    )
                )
        return hits
