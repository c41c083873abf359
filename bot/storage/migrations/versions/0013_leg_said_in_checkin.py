"""records: a check-in's "runs down a leg: yes" names the leg

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 04:10:00

A pain record's `radiating` says the pain spreads, as `backtrack parse` does ("goes into
my bum" spreads, but not down a leg). The check-in's "Does it run down a leg?" answered
Yes said more: the leg. Those records now also name it (`leg`, side not said) when no
leg was tapped, so the doctor's leg days keep counting them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_LEGS = ("leg_left", "leg_right", "leg")


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, data FROM records WHERE kind = 'pain' AND source = 'checkin'"
            " AND data LIKE '%radiating%'"
        )
    ).all()
    for row_id, raw in rows:
        data = json.loads(raw)
        places = list(data.get("locations") or [])
        if data.get("radiating") is True and not set(places).intersection(_LEGS):
            data["locations"] = sorted({*places, "leg"})
            bind.execute(
                sa.text("UPDATE records SET data = :data WHERE id = :id"),
                {"data": json.dumps(data), "id": row_id},
            )


def downgrade() -> None:
    """The leg added stays: it is what the person said."""
