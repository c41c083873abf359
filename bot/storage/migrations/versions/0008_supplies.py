"""supplies: units on hand, a medicine run out, refill warning days, as-needed gaps

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 05:10:00

Nobody's supply is counted yet: every user starts untracked, warned 7 days ahead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supplies",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("medicine", sa.String(length=120), nullable=False),
        sa.Column("on_hand", sa.Float(), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("warned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_day_warned_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_supplies_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplies")),
    )
    op.create_index(
        "ix_supply_user_medicine", "supplies", ["user_id", "medicine", "counted_at"], unique=False
    )
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("out_since", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("min_gap_hours", sa.Integer(), nullable=True))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("refill_warning_days", sa.Integer(), nullable=False, server_default="7")
        )
        batch_op.add_column(
            sa.Column("supply_tracked", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("supply_tracked")
        batch_op.drop_column("refill_warning_days")
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("min_gap_hours")
        batch_op.drop_column("out_since")
    op.drop_index("ix_supply_user_medicine", table_name="supplies")
    op.drop_table("supplies")
