"""Search scope: the full-text index knows each text's programme.

Searching one programme used to find every match in every programme and then keep that
programme's: for a common word in a 600,000-text database that took several hundred
milliseconds. `search_doc` gains `scope`, a generated column (never stored) holding one token
per programme ('g' and the programme id's hex digits), and `search_fts` indexes it as a second
column, so a search within a programme is one match of the words AND that token. Users' words are
matched against the text column only. The index is rebuilt from `search_doc` (a few seconds per
100,000 texts).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\""
SCOPE = "'g' || replace(programme_id, '-', '')"

DROP_INDEX = (
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
)


def _index(columns: tuple[str, ...]) -> tuple[str, ...]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return (
        f"CREATE VIRTUAL TABLE search_fts USING fts5({cols}, content='search_doc', content_rowid='id', "
        f"prefix='2 3', {TOKENIZE})",
        "INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1)",
        "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
        f"INSERT INTO search_fts(rowid, {cols}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER search_doc_au AFTER UPDATE OF body ON search_doc BEGIN "
        f"INSERT INTO search_fts(search_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO search_fts(rowid, {cols}) VALUES (new.id, {new}); END",
        "INSERT INTO search_fts(search_fts) VALUES('rebuild')",
    )


def upgrade() -> None:
    for sql in DROP_INDEX:
        op.execute(sql)
    op.execute(f"ALTER TABLE search_doc ADD COLUMN scope TEXT GENERATED ALWAYS AS ({SCOPE}) VIRTUAL")
    for sql in _index(("body", "scope")):
        op.execute(sql)


def downgrade() -> None:
    for sql in DROP_INDEX:
        op.execute(sql)
    op.execute("ALTER TABLE search_doc DROP COLUMN scope")
    for sql in _index(("body",)):
        op.execute(sql)
