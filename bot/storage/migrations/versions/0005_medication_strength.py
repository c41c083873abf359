"""a combination's strength as written

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 19:20:00

"Co-codamol 30/500" kept whole: its main ingredient alone (codeine 30 mg) also fits
Tylenol #3 (300/30), and then the paracetamol could not be counted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("strength", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("strength")
