"""courses: a medicine's first and last day, its interval in days, a taper's next step

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 05:00:00

Existing medicines run every day from now on: no first or last day, every 1 day, and
none of their doses is the last of a course.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_day", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("last_day", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("every_days", sa.Integer(), nullable=False, server_default="1")
        )
        batch_op.add_column(sa.Column("step_next", sa.String(length=80), nullable=True))
    running = sa.text("ended_at IS NULL AND last_day IS NOT NULL")
    op.create_index(
        "ix_medications_running_course",
        "medications",
        ["last_day"],
        sqlite_where=running,
        postgresql_where=running,
    )
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("last_of_course", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("dose_occurrences", schema=None) as batch_op:
        batch_op.drop_column("last_of_course")
    op.drop_index("ix_medications_running_course", table_name="medications")
    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_column("step_next")
        batch_op.drop_column("every_days")
        batch_op.drop_column("last_day")
        batch_op.drop_column("first_day")
