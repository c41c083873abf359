"""medications: how a medicine is taken, as the /add line said it

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 03:00:00

"alendronic acid 70mg weekly monday 8am before breakfast": the reminder said nothing of
the breakfast, and the words were lost. NULL: nothing was said (every row before this).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("instruction", sa.String(80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("instruction")
