"""reassessment: trials and their reviews, appointments, routines; due work gets a ref

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 11:00:00

New tables for issue 19. `due_work` gains `ref_id` (0 for the check-ins and summaries
already there) and its one-per-day key takes it in, so two routines, or two trial
reviews, can fall on one day.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _user_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["user_id"], ["users.id"], name=op.f(f"fk_{table}_user_id_users"), ondelete="CASCADE"
    )


def upgrade() -> None:
    _trials()
    _appointments()
    _routines()
    with op.batch_alter_table("due_work", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ref_id", sa.Integer(), server_default="0", nullable=False))
        batch_op.drop_constraint("uq_due_work_slot", type_="unique")
        batch_op.create_unique_constraint(
            "uq_due_work_slot", ["user_id", "kind", "local_date", "ref_id"]
        )


def _trials() -> None:
    op.create_table(
        "trials",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("medication_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("generic", sa.String(length=120), nullable=True),
        sa.Column("before", sa.String(length=120), nullable=True),
        sa.Column("after", sa.String(length=120), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        _user_fk("trials"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trials")),
        sa.UniqueConstraint("user_id", "medication_id", "change", name="uq_trial_change"),
    )
    op.create_table(
        "trial_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("trial_id", sa.Integer(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=12), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("trial_reviews"),
        sa.ForeignKeyConstraint(
            ["trial_id"],
            ["trials.id"],
            name=op.f("fk_trial_reviews_trial_id_trials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trial_reviews")),
        sa.UniqueConstraint("trial_id", "weeks", name="uq_trial_review_weeks"),
    )


def _appointments() -> None:
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("local_time", sa.String(length=5), nullable=True),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("with_whom", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("appointments"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
    )
    op.create_index(
        "ix_appointment_user_day", "appointments", ["user_id", "local_date"], unique=False
    )


def _routines() -> None:
    op.create_table(
        "routines",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("time", sa.String(length=5), nullable=False),
        sa.Column("weekdays", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        _user_fk("routines"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routines")),
    )
    op.create_index(op.f("ix_routines_user_id"), "routines", ["user_id"], unique=False)
    op.create_table(
        "routine_logs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("routine_id", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        _user_fk("routine_logs"),
        sa.ForeignKeyConstraint(
            ["routine_id"],
            ["routines.id"],
            name=op.f("fk_routine_logs_routine_id_routines"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routine_logs")),
        sa.UniqueConstraint("routine_id", "local_date", name="uq_routine_log_day"),
    )


def downgrade() -> None:
    with op.batch_alter_table("due_work", schema=None) as batch_op:
        batch_op.drop_constraint("uq_due_work_slot", type_="unique")
        batch_op.create_unique_constraint("uq_due_work_slot", ["user_id", "kind", "local_date"])
        batch_op.drop_column("ref_id")
    op.drop_table("routine_logs")
    op.drop_index(op.f("ix_routines_user_id"), table_name="routines")
    op.drop_table("routines")
    op.drop_index("ix_appointment_user_day", table_name="appointments")
    op.drop_table("appointments")
    op.drop_table("trial_reviews")
    op.drop_table("trials")
