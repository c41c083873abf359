"""medications: when a medicine was paused, and why when the person said

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-09 12:00:00

A medicine paused after "the out of hours doctor said to stop the diclofenac for now"
showed on the doctor's report as "(paused)" alone: no day, no reason. `paused_at` holds
the moment of the pause and `pause_reason` a PauseReason code ("told_ooh": told to stop
for now by the out-of-hours doctor) when the pause came from such words. Both are NULL
on a medicine that runs, and on the rows paused before this one, whose day nobody kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("paused_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("pause_reason", sa.String(length=24), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("pause_reason")
        batch_op.drop_column("paused_at")
