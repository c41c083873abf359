"""users.out_told_at and dose_occurrences.reminded_out: a reminder that knows a stock-out

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 12:00:00

`out_told_at`: when the person last said they ran out of something; the dispatcher reads
stock-outs at reminder time only for people with one in the look-back (no query for
everyone else). `reminded_out`: the dose was reminded while out of it, so its reminder
(and every redraw) asks "got some now?" instead of Taken / Snooze / Skip.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("out_told_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reminded_out", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.drop_column("reminded_out")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("out_told_at")
