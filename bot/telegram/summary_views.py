"""Sending the weekly summary: text plus one chart image."""

from __future__ import annotations

import datetime as dt
import logging

from bot.logsafe import log_failure
from bot.services import summaries
from bot.storage.models import User
from bot.telegram.deps import Services
from bot.telegram.message_parts import message_parts

log = logging.getLogger(__name__)


async def send_summary(d: Services, user: User, now: dt.datetime) -> None:
    """Compute this week's summary for `user`, send the text, then draw and send the chart.

    The text never waits for the drawing: the first chart after a start spawns the
    drawing child (seconds on a busy host) and a burst of summaries queues on it."""
    async with d.sessions() as s:
        week = await summaries.weekly(s, user, now)
    for part in message_parts(week.text):
        await d.sender.send(user.chat_id, part)
    try:
        chart = await summaries.chart(week)
    except Exception as exc:
        # The text is out: raising would make the dispatcher send it again each retry.
        log_failure(log, "summary chart not drawn; text sent without it", exc)
        return
    await d.sender.send_photo(user.chat_id, chart, caption=week.caption, filename="week.png")
