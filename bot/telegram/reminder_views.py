"""Redrawing reminder messages after what they show changed (an answer, a miss)."""

from __future__ import annotations

from collections.abc import Iterable
from zoneinfo import ZoneInfo

from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence
from bot.telegram.deps import Services
from bot.telegram.reminders import reminder_head, render


def messages_of(doses: Iterable[DoseOccurrence]) -> set[int]:
    """The reminder messages showing these doses (the reminder and its nudge)."""
    return {i for o in doses for i in (o.message_id, o.followup_message_id) if i}


async def redraw(
    d: Services,
    user_id: int,
    chat_id: int,
    zone: ZoneInfo,
    message_ids: Iterable[int],
    named: Iterable[int] = (),
) -> None:
    """Redraw each reminder message from the database, the source of truth; `named`:
    doses the messages show that none of them is recorded on (a reply's Skip menu)."""
    ids = set(named)
    wanted = sorted(set(message_ids))
    if not wanted:
        return
    async with d.sessions() as s:
        # (a carer writes in the chat: the doses redrawn are the patient's, "their")
        carer = await records.carer_writes(s, user_id)
    for message_id in wanted:
        async with d.sessions() as s:
            items = await repo.reminder_doses(s, user_id, message_id, ids)
        if items:
            head = reminder_head(items, zone, carer=carer)
            text, markup = render(items, zone, d.codec, user_id, head=head, carer=carer)
            await d.sender.edit(chat_id, message_id, text, markup)
