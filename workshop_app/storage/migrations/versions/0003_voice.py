"""Participants' voice: filled sheets and answers, consent and its history, action reviews, settings.

Triggers make consent a rule of the database, not only of the app: a reflection, rating or
filled sheet for a person can be stored only while that person consents to take part.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_CONSENTED = (
    "EXISTS (SELECT 1 FROM consent WHERE consent.participant_id = {who} "
    "AND consent.taking_part = 1 AND consent.withdrawn_on IS NULL)"
)
GATE_CONDITION = {
    table: f"NEW.participant_id IS NOT NULL AND NOT {_CONSENTED.format(who='NEW.participant_id')}"
    for table in ("submission", "reflection", "rating")
}
GATE_CONDITION["answer"] = (
    "NOT EXISTS (SELECT 1 FROM submission s WHERE s.id = NEW.submission_id AND "
    f"(s.participant_id IS NULL OR {_CONSENTED.format(who='s.participant_id')}))"
)
CONSENT_GATES = (
    ("consent_gate_submission_insert", "submission", "INSERT"),
    ("consent_gate_submission_update", "submission", "UPDATE OF participant_id"),
    ("consent_gate_reflection_insert", "reflection", "INSERT"),
    ("consent_gate_reflection_update", "reflection", "UPDATE OF participant_id, text"),
    ("consent_gate_rating_insert", "rating", "INSERT"),
    ("consent_gate_rating_update", "rating", "UPDATE OF participant_id, value, actions"),
    ("consent_gate_answer_insert", "answer", "INSERT"),
    ("consent_gate_answer_update", "answer", "UPDATE OF text, value"),
)


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "consent",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("taking_part", sa.Boolean(), nullable=False),
        sa.Column("research_use", sa.Boolean(), nullable=False),
        sa.Column("quoting", sa.Boolean(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=True),
        sa.Column("last_revisited_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("erasure_requested", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_consent_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_participant_id"), ["participant_id"], unique=True)

    op.create_table(
        "consent_event",
        sa.Column("consent_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("taking_part", sa.Boolean(), nullable=False),
        sa.Column("research_use", sa.Boolean(), nullable=False),
        sa.Column("quoting", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('given', 'revisited', 'withdrawn')", name=op.f("ck_consent_event_kind_known")),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_consent_event_consent_id_consent"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_event")),
    )
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_event_consent_id"), ["consent_id"], unique=False)

    op.create_table(
        "submission",
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("sheet_key", sa.String(length=80), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("channel IN ('kiosk', 'paper', 'facilitator')", name=op.f("ck_submission_channel_known")),
        sa.CheckConstraint("status IN ('draft', 'submitted')", name=op.f("ck_submission_status_known")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_submission_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_submission_session_id_session"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission")),
    )
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_submission_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_submission_session_id"), ["session_id"], unique=False)

    op.create_table(
        "action_review",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'partly', 'dropped')", name=op.f("ck_action_review_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_review_action_id_action"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["session.id"], name=op.f("fk_action_review_session_id_session"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_review")),
    )
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_review_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_review_session_id"), ["session_id"], unique=False)

    op.create_table(
        "answer",
        sa.Column("submission_id", sa.String(length=36), nullable=False),
        sa.Column("item_key", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("value IS NULL OR value BETWEEN 1 AND 5", name=op.f("ck_answer_value_in_scale")),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submission.id"], name=op.f("fk_answer_submission_id_submission"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
        sa.UniqueConstraint("submission_id", "item_key", name=op.f("uq_answer_submission_id")),
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_submission_id"), ["submission_id"], unique=False)

    for name, table, when in CONSENT_GATES:
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {when} ON {table} "
            f"WHEN {GATE_CONDITION[table]} "
            "BEGIN SELECT RAISE(ABORT, 'consent-required: no consent to take part for this participant'); END"
        )


def downgrade() -> None:
    for name, _table, _when in CONSENT_GATES:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_submission_id"))

    op.drop_table("answer")
    with op.batch_alter_table("action_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_review_session_id"))
        batch_op.drop_index(batch_op.f("ix_action_review_action_id"))

    op.drop_table("action_review")
    with op.batch_alter_table("submission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_submission_session_id"))
        batch_op.drop_index(batch_op.f("ix_submission_participant_id"))

    op.drop_table("submission")
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_event_consent_id"))

    op.drop_table("consent_event")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_participant_id"))

    op.drop_table("consent")
    op.drop_table("setting")
