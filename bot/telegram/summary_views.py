"""Sending the weekly summary: text plus one chart image."""

from __future__ import annotations

import datetime as dt

from bot.storage.models import User
from bot.telegram.deps import Services


async def send_summary(d: Services, user: User, now: dt.datetime) -> None:
    """Compute this week's summary for `user` and send text + chart."""
    raise NotImplementedError
