"""/settings and /stats."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings."""
    raise NotImplementedError


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats (admins only): counts, never health data."""
    raise NotImplementedError
