"""/summary, /report, /export and /delete."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes


async def summary_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/summary."""
    raise NotImplementedError


async def report_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/report [days]."""
    raise NotImplementedError


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/export."""
    raise NotImplementedError


async def delete_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/delete."""
    raise NotImplementedError
