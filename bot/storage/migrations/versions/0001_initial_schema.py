"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 06:45:33.649566
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In this order: each table's foreign keys point at tables created before it.
    _create_users()
    _create_medications()
    _create_dose_logs()
    _create_dose_occurrences()


def _create_users() -> None:
    """The ``users`` table."""
    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("timezone_set", sa.Boolean(), nullable=False),
        sa.Column("checkin_time", sa.String(length=5), nullable=False),
        sa.Column("summary_weekday", sa.Integer(), nullable=False),
        sa.Column("summary_time", sa.String(length=5), nullable=False),
        sa.Column("snooze_minutes", sa.Integer(), nullable=False),
        sa.Column("followup_minutes", sa.Integer(), nullable=False),
        sa.Column("missed_cutoff_minutes", sa.Integer(), nullable=False),
        sa.Column("quiet_start", sa.String(length=5), nullable=True),
        sa.Column("quiet_end", sa.String(length=5), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("awaiting", sa.String(length=32), nullable=True),
        sa.Column("draft", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
    )


def _create_medications() -> None:
    """The ``medications`` table and its indexes."""
    op.create_table(
        "medications",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("generic", sa.String(length=120), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=8), nullable=True),
        sa.Column("times", sa.String(length=200), nullable=False),
        sa.Column("weekdays", sa.Integer(), nullable=False),
        sa.Column("as_needed", sa.Boolean(), nullable=False),
        sa.Column("max_per_day", sa.Integer(), nullable=True),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("replaces_id", sa.Integer(), nullable=True),
        sa.Column("materialised_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["replaces_id"],
            ["medications.id"],
            name=op.f("fk_medications_replaces_id_medications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_medications_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medications")),
    )
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_medications_materialised_until"), ["materialised_until"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_medications_user_id"), ["user_id"], unique=False)


def _create_dose_logs() -> None:
    """The ``dose_logs`` table and its index."""
    op.create_table(
        "dose_logs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("generic", sa.String(length=120), nullable=True),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("unit", sa.String(length=8), nullable=True),
        sa.Column("count", sa.Float(), nullable=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medications.id"],
            name=op.f("fk_dose_logs_medication_id_medications"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_dose_logs_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_logs")),
    )
    with op.batch_alter_table("dose_logs", schema=None) as batch_op:
        batch_op.create_index("ix_dose_log_user_taken", ["user_id", "taken_at"], unique=False)


def _create_dose_occurrences() -> None:
    """The ``dose_occurrences`` table and its indexes."""
    op.create_table(
        "dose_occurrences",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("local_time", sa.String(length=5), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cutoff_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("next_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("next_action", sa.String(length=10), nullable=True),
        sa.Column("claimed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("followup_message_id", sa.BigInteger(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("taken_late", sa.Boolean(), nullable=False),
        sa.Column("skip_reason", sa.String(length=16), nullable=True),
        sa.Column("snooze_count", sa.Integer(), nullable=False),
        sa.Column("followup_sent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["medication_id"],
            ["medications.id"],
            name=op.f("fk_dose_occurrences_medication_id_medications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_dose_occurrences_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dose_occurrences")),
        sa.UniqueConstraint("medication_id", "local_date", "local_time", name="uq_occurrence_slot"),
    )
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.create_index("ix_occurrence_next_at", ["next_at"], unique=False)
        batch_op.create_index("ix_occurrence_user_due", ["user_id", "due_at"], unique=False)


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.drop_index("ix_occurrence_user_due")
        batch_op.drop_index("ix_occurrence_next_at")

    op.drop_table("dose_occurrences")
    with op.batch_alter_table("dose_logs", schema=None) as batch_op:
        batch_op.drop_index("ix_dose_log_user_taken")

    op.drop_table("dose_logs")
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_medications_user_id"))
        batch_op.drop_index(batch_op.f("ix_medications_materialised_until"))

    op.drop_table("medications")
    op.drop_table("users")
    # ### end Alembic commands ###
