"""Load and validate resources/codebook.toml: the starting codebook's groups and codes."""

from __future__ import annotations

from pathlib import Path

from workshop_app import paths
from workshop_app.content.loader import SOURCES_FILE, _load_sources, _read_toml, _Table
from workshop_app.domain.research import SeedCode, SeedGroup

CODEBOOK_FILE = "codebook.toml"


def load_codebook_seed(file: Path | None = None, sources_file: Path | None = None) -> tuple[SeedGroup, ...]:
    """The starting codebook; raises ContentError naming the file and field on any problem."""
    file = file or paths.resources_dir() / CODEBOOK_FILE
    sources = _load_sources(sources_file or paths.resources_dir() / SOURCES_FILE)
    root = _Table(str(file), _read_toml(file))
    root.expect(["groups"])
    groups: list[SeedGroup] = []
    keys: set[str] = set()
    for t in root.tables("groups"):
        t.expect(["key", "name", "description", "source_key", "source_note"], ["practices", "codes"])
        key = t.key("key")
        if key in keys:
            t.fail("key", f"duplicate key {key!r}")
        keys.add(key)
        source_key = t.text("source_key", allow_empty=True)
        if source_key and source_key not in sources:
            t.fail("source_key", f"{source_key!r} is not a source key in {SOURCES_FILE}")
        practices = t.data.get("practices", False)
        if not isinstance(practices, bool):
            t.fail("practices", "must be true or false")
        codes: list[SeedCode] = []
        if "codes" in t.data:
            for c in t.tables("codes"):
                c.expect(["key", "name", "description"])
                code_key = c.key("key")
                if code_key in keys:
                    c.fail("key", f"duplicate key {code_key!r}")
                keys.add(code_key)
                codes.append(SeedCode(code_key, c.text("name", limit=200), c.text("description")))
        groups.append(
            SeedGroup(
                key=key,
                name=t.text("name", limit=200),
                description=t.text("description"),
                source_key=source_key,
                source_note=t.text("source_note"),
                codes=tuple(codes),
                from_practices=practices,
            )
        )
    return tuple(groups)
