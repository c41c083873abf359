"""caregivers: people a patient links to be told of missed doses

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 10:00:00

A new table; nothing existing changes. A row is the patient's (`user_id`, as in every
table): an invite until someone accepts it (`caregiver_id` set), then the link. Only a
hash of the invite's token is kept; the pair (patient, caregiver) is unique. Both
people's rows cascade, so /delete by either side takes the link with it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "caregivers",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("invite_hash", sa.String(length=64), nullable=False),
        sa.Column("patient_name", sa.String(length=64), nullable=False),
        sa.Column("invited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("caregiver_id", sa.BigInteger(), nullable=True),
        sa.Column("caregiver_name", sa.String(length=64), nullable=True),
        sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("told_until", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_caregivers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["caregiver_id"],
            ["users.id"],
            name=op.f("fk_caregivers_caregiver_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caregivers")),
        sa.UniqueConstraint("invite_hash", name=op.f("uq_caregivers_invite_hash")),
        sa.UniqueConstraint("user_id", "caregiver_id", name="uq_caregiver_pair"),
    )
    op.create_index(op.f("ix_caregivers_user_id"), "caregivers", ["user_id"], unique=False)
    op.create_index(
        op.f("ix_caregivers_caregiver_id"), "caregivers", ["caregiver_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_caregivers_caregiver_id"), table_name="caregivers")
    op.drop_index(op.f("ix_caregivers_user_id"), table_name="caregivers")
    op.drop_table("caregivers")
