"""medications: the most tablets in one dose of a range ("1-2 tablets")

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 10:00:00

A range was kept as one tablet: every dose of two read as more than one dose on the
list, and the report said one tablet where the prescription says one or two. NULL is
no range, as every row before this one was read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("units_per_dose_max", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("units_per_dose_max")
