"""The migrations build exactly the schema the models describe, on both databases."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage.models import Base


async def test_migrations_at_head_match_the_models(database_url: str) -> None:
    engine = create_async_engine(database_url)

    def diff(sync_conn: Any) -> list[Any]:
        context = MigrationContext.configure(sync_conn, opts={"compare_type": False})
        return list(compare_metadata(context, Base.metadata))

    try:
        async with engine.connect() as conn:
            changes = await conn.run_sync(diff)
    finally:
        await engine.dispose()
    # Only the table alembic keeps for itself may differ.
    assert [c for c in changes if "alembic_version" not in repr(c)] == []


async def test_onboarding_word_moves_out_of_the_draft(database_url: str) -> None:
    """0006 on a database holding data: the "onboarding" word in `users.draft` becomes
    the flag; an /add draft stays; downgrading puts the word back."""
    from alembic import command
    from sqlalchemy import text

    from bot.storage.migrate import alembic_config

    cfg = alembic_config(database_url)
    await asyncio.to_thread(command.downgrade, cfg, "0005")
    engine = create_async_engine(database_url)
    insert = text(
        "INSERT INTO users (id, chat_id, timezone, timezone_set, checkin_time,"
        " summary_weekday, summary_time, snooze_minutes, followup_minutes,"
        " missed_cutoff_minutes, paused, active, draft, created_at) VALUES (:id, :id, 'UTC',"
        " FALSE, '20:00', 6, '18:00', 15, 30, 180, FALSE, TRUE, :draft, :at)"
    )
    at = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    add_draft = '{"name": "ibuprofen"}'
    try:
        async with engine.begin() as conn:
            for uid, draft in ((1, "onboarding"), (2, add_draft), (3, None)):
                await conn.execute(insert, {"id": uid, "draft": draft, "at": at})
        await asyncio.to_thread(command.upgrade, cfg, "head")
        async with engine.connect() as conn:
            query = text("SELECT id, onboarding, draft FROM users ORDER BY id")
            rows = (await conn.execute(query)).all()
        assert [(r[0], bool(r[1]), r[2]) for r in rows] == [
            (1, True, None),
            (2, False, add_draft),
            (3, False, None),
        ]
        await asyncio.to_thread(command.downgrade, cfg, "0005")
        async with engine.connect() as conn:
            query = text("SELECT draft FROM users ORDER BY id")
            drafts = (await conn.execute(query)).scalars().all()
        assert drafts == ["onboarding", add_draft, None]
        await asyncio.to_thread(command.upgrade, cfg, "head")
    finally:
        await engine.dispose()
