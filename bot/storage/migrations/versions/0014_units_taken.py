"""dose_occurrences: the part of a scheduled dose taken ("½ a naproxen")

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04 23:40:00

"took ½ a naproxen" while naproxen 500 mg was due answered the dose as taken whole: the
reply, the history, the report, the 24-hour totals and the supply count all read the
listed dose. `units_taken` holds the tablets (units of the listed strength) actually
taken when fewer than the dose were said; NULL is the whole dose, as every row before
this one was read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("units_taken", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.drop_column("units_taken")
