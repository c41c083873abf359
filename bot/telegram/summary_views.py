"""Sending the weekly summary: text plus one chart image."""

from __future__ import annotations

import datetime as dt

from bot.services import summaries
from bot.storage.models import User
from bot.telegram.deps import Services


async def send_summary(d: Services, user: User, now: dt.datetime) -> None:
    """Compute this week's summary for `user` and send the text, then the chart."""
    async with d.sessions() as s:
        rendered = await summaries.weekly(s, user, now)
    await d.sender.send(user.chat_id, rendered.text)
    await d.sender.send_photo(
        user.chat_id, rendered.chart, caption=rendered.caption, filename="week.png"
    )
