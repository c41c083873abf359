"""Alembic upgrade to head, callable from the CLI and from tests."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command
from alembic.config import Config

from bot.storage.db import ensure_sqlite_dir

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at our migrations and `url`, without an ini file."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_sync(url: str) -> None:
    """Migrate the database at `url` to head (blocking; runs its own event loop)."""
    ensure_sqlite_dir(url)
    command.upgrade(alembic_config(url), "head")


async def upgrade(url: str) -> None:
    """Migrate to head from async code (Alembic's env runs its own loop in a thread)."""
    await asyncio.to_thread(upgrade_sync, url)
