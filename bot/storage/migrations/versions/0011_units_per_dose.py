"""medications: units per dose ("2 tablets" of 200 mg)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 15:00:00

A dose of two tablets was kept as one: the reminder said "Ibuprofen 200 mg", a tap on
Taken counted 200 mg, and the 24-hour totals the safety checks read came out half.
NULL is one unit, as every row before this one was read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("units_per_dose", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("units_per_dose")
