"""onboarding is a flag of its own, not a word in the /add draft

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 00:20:00

`users.draft` held either an /add draft (JSON) or the word "onboarding"; the word moves
to `users.onboarding`, so the draft column only ever holds a draft.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("onboarding", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.execute("UPDATE users SET onboarding = TRUE, draft = NULL WHERE draft = 'onboarding'")


def downgrade() -> None:
    op.execute("UPDATE users SET draft = 'onboarding' WHERE onboarding AND draft IS NULL")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("onboarding")
