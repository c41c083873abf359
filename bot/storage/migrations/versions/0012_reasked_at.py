"""users: when a waiting question was last asked again

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 23:00:00

A question waiting for an answer (a medicine half-added, the check-in's pain score) was
sent again after every report typed meanwhile: three times in one evening. It is now
asked again once; this column says when. NULL: never asked again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reasked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("reasked_at")
