"""Bundles: record_history keeps the versions of records that lost a merge between laptops.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_history",
        sa.Column("table_name", sa.String(length=80), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("version_json", sa.Text(), nullable=False),
        sa.Column("version_digest", sa.String(length=64), nullable=False),
        sa.Column("version_updated_at", sa.DateTime(), nullable=True),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("origin", sa.String(length=20), nullable=False),
        sa.Column("bundle_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_history")),
        sa.UniqueConstraint("table_name", "record_id", "version_digest", name=op.f("uq_record_history_table_name")),
    )
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_history_record_id"), ["record_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("record_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_history_record_id"))
    op.drop_table("record_history")
