"""Evidence library: sources (shipped, typed in or imported from RIS) and their links to content.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_source",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("authors_json", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("journal", sa.String(length=300), nullable=False),
        sa.Column("volume", sa.String(length=40), nullable=False),
        sa.Column("issue", sa.String(length=40), nullable=False),
        sa.Column("pages", sa.String(length=40), nullable=False),
        sa.Column("doi", sa.String(length=200), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_source")),
        sa.UniqueConstraint("key", name=op.f("uq_evidence_source_key")),
    )
    with op.batch_alter_table("evidence_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_source_doi"), ["doi"], unique=False)

    op.create_table(
        "evidence_link",
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("content_key", sa.String(length=120), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["evidence_source.id"],
            name=op.f("fk_evidence_link_source_id_evidence_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_link")),
        sa.UniqueConstraint("source_id", "content_key", name=op.f("uq_evidence_link_source_id")),
    )
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_link_content_key"), ["content_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_link_source_id"), ["source_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_link_source_id"))
        batch_op.drop_index(batch_op.f("ix_evidence_link_content_key"))

    op.drop_table("evidence_link")
    with op.batch_alter_table("evidence_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_source_doi"))

    op.drop_table("evidence_source")
