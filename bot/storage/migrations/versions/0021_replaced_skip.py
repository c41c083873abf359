"""dose_occurrences: the forgotten skip a later "taken" replaced, for Undo to put back

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 10:00:00

A weekly patch skipped as forgotten, then told changed a day late, is taken late; its
Undo reopened the dose, the skip and its reason lost. The skip replaced is kept beside
the answer now. NULL: nothing replaced (every row before this).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("replaced_skip", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("replaced_skip_at", sa.DateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.drop_column("replaced_skip_at")
        batch_op.drop_column("replaced_skip")
