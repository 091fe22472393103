"""Search prefixes: the full-text index keeps the first 1 to 10 letters of every word.

Every word typed in the search window is matched as the start of a word ("trust" finds
"trusted"). For a length the index keeps, FTS5 reads the matching texts one by one, newest
first, and stops when it has enough; for any other length it first gathers every text holding
any word with that start, which for a common word in a 600,000-text database took 5 to 15 ms
per word (and a quarter of a second for one letter) on every pause in typing. The index kept 2
and 3; it now keeps 1 to 10, so only words of more than ten letters are gathered in full. The
index doubles (282 instead of 144 MB for 600,000 reflections). It is rebuilt from `search_doc`
and optimized into one piece (52 s for 600,000 texts on a busy 2-core machine, a moment for a
database of a few thousand).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\""
COLUMNS = ("body", "scope")
PREFIXES_BEFORE = "2 3"
PREFIXES = "1 2 3 4 5 6 7 8 9 10"

DROP_INDEX = (
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
)


def _index(prefixes: str) -> tuple[str, ...]:
    cols = ", ".join(COLUMNS)
    new = ", ".join(f"new.{c}" for c in COLUMNS)
    old = ", ".join(f"old.{c}" for c in COLUMNS)
    return (
        f"CREATE VIRTUAL TABLE search_fts USING fts5({cols}, content='search_doc', content_rowid='id', "
        f"prefix='{prefixes}', {TOKENIZE})",
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
    for sql in DROP_INDEX + _index(PREFIXES):
        op.execute(sql)
    # the rebuild leaves the index in a dozen pieces, each of which every search steps through
    op.execute("INSERT INTO search_fts(search_fts) VALUES('optimize')")


def downgrade() -> None:
    for sql in DROP_INDEX + _index(PREFIXES_BEFORE):
        op.execute(sql)
