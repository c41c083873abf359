"""medications: an oral liquid's concentration, the ml that hold its amount

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 09:00:00

"Oramorph 10mg/5ml 2.5 to 5 ml as needed" was saved as "Oramorph 10 mg": the "/5ml" was
lost, so a dose logged in ml could never be counted as mg (the report's MME left the
morphine out). NULL: no liquid (every row before this).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("volume_ml", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("volume_ml")
