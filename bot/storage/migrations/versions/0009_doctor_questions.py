"""doctor_questions: the questions a person keeps for their doctor

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 08:45:00

A new table; nothing existing changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "doctor_questions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_doctor_questions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_doctor_questions")),
    )
    op.create_index(
        "ix_doctor_question_user_added",
        "doctor_questions",
        ["user_id", "added_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_doctor_question_user_added", table_name="doctor_questions")
    op.drop_table("doctor_questions")
