"""medications: the ingredients told that the knowledge file does not know

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-14 10:00:00

A product told as "aceclofenac 100, paracetamol 325, serratiopeptidase 15" is counted
and checked as its paracetamol; the rest ("aceclofenac 100, serratiopeptidase 15") is
kept, so the checks and the report can say which part was never counted. NULL: every
ingredient told is counted (or none was told), as every row before this one was read.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("other_ingredients", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("other_ingredients")
