"""Research: reviewed flag on reflections, full-text search index, codebook and codings.

The search index is an FTS5 table (`search_fts`, secure-delete on) over `search_doc`, one row
per searchable text with its `kind` and `ref_id`. Triggers keep `search_doc` in step with
reflections and actions, and `search_fts` in step with `search_doc`; another kind of text is
added by adding its triggers. A later migration that rebuilds the `reflection` or `action`
table in batch mode drops their triggers and must create them again (a test checks that the
index follows edits at head).

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"
branch_labels = None
depends_on = None

SEARCH_UP = (
    # the index: no copy of the text (it lives in search_doc); tokens are runs of letters,
    # digits and combining marks (so Devanagari words stay whole), folded to lower case,
    # Latin diacritics removed; prefix indexes for 2 and 3 letters make search-as-you-type
    # quick; deleted tokens are overwritten (secure-delete)
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "body, content='search_doc', content_rowid='id', prefix='2 3', "
    "tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")",
    "INSERT INTO search_fts(search_fts, rank) VALUES('secure-delete', 1)",
    # search_doc -> search_fts
    "CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER search_doc_au AFTER UPDATE OF body ON search_doc BEGIN "
    "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
    "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END",
    # reflections -> search_doc
    "CREATE TRIGGER reflection_search_ai AFTER INSERT ON reflection BEGIN "
    "INSERT INTO search_doc(kind, ref_id, programme_id, body) "
    "SELECT 'reflection', new.id, s.programme_id, new.text FROM session AS s WHERE s.id = new.session_id; END",
    "CREATE TRIGGER reflection_search_au AFTER UPDATE OF text ON reflection BEGIN "
    "UPDATE search_doc SET body = new.text WHERE kind = 'reflection' AND ref_id = old.id; END",
    "CREATE TRIGGER reflection_search_ad AFTER DELETE ON reflection BEGIN "
    "DELETE FROM search_doc WHERE kind = 'reflection' AND ref_id = old.id; END",
    # an edited text must be reviewed again before it may go into a de-identified export
    "CREATE TRIGGER reflection_review_reset AFTER UPDATE OF text ON reflection "
    "WHEN new.text IS NOT old.text AND new.reviewed BEGIN "
    "UPDATE reflection SET reviewed = 0 WHERE id = new.id; END",
    # actions (description and evidence) -> search_doc
    "CREATE TRIGGER action_search_ai AFTER INSERT ON action BEGIN "
    "INSERT INTO search_doc(kind, ref_id, programme_id, body) "
    "VALUES ('action', new.id, new.programme_id, trim(new.description || char(10) || new.evidence)); END",
    "CREATE TRIGGER action_search_au AFTER UPDATE OF description, evidence ON action BEGIN "
    "UPDATE search_doc SET body = trim(new.description || char(10) || new.evidence) "
    "WHERE kind = 'action' AND ref_id = old.id; END",
    "CREATE TRIGGER action_search_ad AFTER DELETE ON action BEGIN "
    "DELETE FROM search_doc WHERE kind = 'action' AND ref_id = old.id; END",
    # what is already there
    "INSERT INTO search_doc(kind, ref_id, programme_id, body) "
    "SELECT 'reflection', r.id, s.programme_id, r.text FROM reflection AS r JOIN session AS s ON s.id = r.session_id",
    "INSERT INTO search_doc(kind, ref_id, programme_id, body) "
    "SELECT 'action', a.id, a.programme_id, trim(a.description || char(10) || a.evidence) FROM action AS a",
)

SEARCH_DOWN = (
    "DROP TRIGGER IF EXISTS action_search_ad",
    "DROP TRIGGER IF EXISTS action_search_au",
    "DROP TRIGGER IF EXISTS action_search_ai",
    "DROP TRIGGER IF EXISTS reflection_review_reset",
    "DROP TRIGGER IF EXISTS reflection_search_ad",
    "DROP TRIGGER IF EXISTS reflection_search_au",
    "DROP TRIGGER IF EXISTS reflection_search_ai",
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
)


def upgrade() -> None:
    op.create_table(
        "search_doc",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("kind", "ref_id", name=op.f("uq_search_doc_kind")),
    )
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.create_index("ix_search_doc_programme_id", ["programme_id"], unique=False)

    op.create_table(
        "code",
        sa.Column("programme_id", sa.String(length=36), nullable=False),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("source_key", sa.String(length=80), nullable=False),
        sa.Column("codable", sa.Boolean(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["parent_id"], ["code.id"], name=op.f("fk_code_parent_id_code"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["programme_id"], ["programme.id"], name=op.f("fk_code_programme_id_programme"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code")),
        sa.UniqueConstraint("programme_id", "name", name=op.f("uq_code_programme_id")),
    )
    with op.batch_alter_table("code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_code_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_code_programme_id"), ["programme_id"], unique=False)

    op.create_table(
        "coding",
        sa.Column("code_id", sa.String(length=36), nullable=False),
        sa.Column("reflection_id", sa.String(length=36), nullable=False),
        sa.Column("start_pos", sa.Integer(), nullable=True),
        sa.Column("end_pos", sa.Integer(), nullable=True),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(start_pos IS NULL AND end_pos IS NULL) OR (start_pos >= 0 AND end_pos > start_pos)",
            name=op.f("ck_coding_passage_in_order"),
        ),
        sa.ForeignKeyConstraint(["code_id"], ["code.id"], name=op.f("fk_coding_code_id_code"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["reflection_id"], ["reflection.id"], name=op.f("fk_coding_reflection_id_reflection"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coding")),
    )
    with op.batch_alter_table("coding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_coding_code_id"), ["code_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_coding_reflection_id"), ["reflection_id"], unique=False)

    # A plain ADD COLUMN, not a batch table copy: copying the table would drop the triggers that
    # earlier revisions put on it (the consent gates).
    op.add_column("reflection", sa.Column("reviewed", sa.Boolean(), server_default=sa.text("0"), nullable=False))

    for statement in SEARCH_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SEARCH_DOWN:
        op.execute(statement)
    with op.batch_alter_table("reflection", schema=None) as batch_op:
        batch_op.drop_column("reviewed")

    with op.batch_alter_table("coding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_coding_reflection_id"))
        batch_op.drop_index(batch_op.f("ix_coding_code_id"))

    op.drop_table("coding")
    with op.batch_alter_table("code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_code_programme_id"))
        batch_op.drop_index(batch_op.f("ix_code_parent_id"))

    op.drop_table("code")
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.drop_index("ix_search_doc_programme_id")

    op.drop_table("search_doc")
