"""A trip told in passing ("flying to new york today"): the place's time zone offered as
one tap, since reminders come at the person's local time and the list does not travel."""

from __future__ import annotations

import asyncio
import datetime as dt
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.knowledge.places import ZoneChoice, places_named, zone_shown
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.payloads import ZoneTap

MAX_OFFERED = 3


def _differs(choice: ZoneChoice, zone: ZoneInfo, now: dt.datetime) -> bool:
    """Whether the place's clocks read otherwise than the person's now (Lisbon from London:
    the same hour, nothing to change)."""
    return now.astimezone(ZoneInfo(choice.zone)).utcoffset() != now.astimezone(zone).utcoffset()


def _tap(codec: CallbackCodec, user_id: int, choice: ZoneChoice) -> str:
    return codec.pack(user_id, ZoneTap(choice.zone))


async def offer_zone(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    place: str,
    update: Update,
    *,
    alone: bool = False,
) -> bool:
    """Offer the zones of `place` whose clocks differ from the person's; whether any was.
    `alone`: the trip is all the message tells, so a place on the person's time already
    is answered too (and True)."""
    d = deps(context)
    assert update.message
    now = d.clock.now()
    zone = ZoneInfo(user.timezone)
    # The city index may still be building right after start-up: not on the event loop.
    found = await asyncio.to_thread(places_named, place)
    choices = [c for c in found if _differs(c, zone, now)][:MAX_OFFERED]
    if alone and found and not choices:
        # "I'm in New York now for work" once /timezone New York is set: an answer, not
        # "Sorry, I didn't catch that"
        here = now.astimezone(zone).strftime("%H:%M")
        await update.message.reply_text(texts.TRAVEL_SAME_TIME.format(local=here))
        return True
    if not choices:
        return False
    rows = [
        [
            InlineKeyboardButton(
                f"🕰 {c.label.split(' (')[0][:56]}", callback_data=_tap(d.codec, user.id, c)
            )
        ]
        for c in choices
    ]
    here = now.astimezone(zone).strftime("%H:%M")
    await update.message.reply_text(
        texts.TRAVEL_OFFER.format(zone=zone_shown(user.timezone), local=here),
        reply_markup=InlineKeyboardMarkup(rows),
    )
    return True
