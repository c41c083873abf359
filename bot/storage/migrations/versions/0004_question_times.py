"""when each waiting question was asked

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 18:30:00

One place decides what a typed message is about (bot.domain.conversation): the newest
waiting question wins, so each question needs the time it was asked.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("awaiting_since", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("due_work", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("due_work", schema=None) as batch_op:
        batch_op.drop_column("asked_at")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("awaiting_since")
