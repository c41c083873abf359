"""A number just told, corrected ("sorry I meant 6 not 8", "oops it was only 1"): the
person's newest pain score or dose count, from the last AMEND_WITHIN, changed in place —
never a second pain score, nor "pain 1" for a tablet count."""

from __future__ import annotations

import datetime as dt

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.regimen import display_name
from bot.domain.warnings import fmt
from bot.parsing.amend import Amend
from bot.storage import records
from bot.storage.models import DoseLog, Record, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.unit import unit

#: How long after an entry a bare "sorry, 6" is taken as its correction.
AMEND_WITHIN = dt.timedelta(minutes=15)


async def amend_last(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, amend: Amend
) -> bool:
    """Change the entry `amend` corrects and say so; False when nothing was entered
    lately (the message is then read as any other)."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    async with unit(context).begin() as s:
        pain, dose = await records.newest_entries_since(s, user.id, now - AMEND_WITHIN)
        if pain is None and dose is None:
            return False
        entry = _corrected(amend, pain, dose)
        reply = texts.AMEND_WHICH if entry is None else _change(entry, amend)
    await msg.reply_text(reply)
    return True


def _corrected(amend: Amend, pain: Record | None, dose: DoseLog | None) -> Record | DoseLog | None:
    """The entry the correction is of: the one whose number it names ("6 not 8"), else
    the newest; None when one message told both and the number could be either."""
    entries = [e for e in (pain, dose) if e is not None]
    if amend.was is not None:
        named = [e for e in entries if _number(e) == amend.was]
        return named[0] if len(named) == 1 else None
    if pain is not None and dose is not None and pain.batch == dose.batch:
        fits = [e for e in entries if _fits(e, amend.value)]
        return fits[0] if len(fits) == 1 else None
    return max(entries, key=_told_order)


def _told_order(entry: Record | DoseLog) -> tuple[dt.datetime, int]:
    """When an entry was made, and the message it came from (ids rise within a chat), so
    two entries of one second are told apart."""
    batch = entry.batch or ""
    message = int(batch[1:]) if batch.startswith("m") and batch[1:].isdigit() else -1
    return entry.logged_at, message


def _number(entry: Record | DoseLog) -> float | None:
    if isinstance(entry, Record):
        return entry.score
    return entry.count or 1.0


def _fits(entry: Record | DoseLog, value: float) -> bool:
    if isinstance(entry, Record):
        return 0 <= value <= 10
    return 0 < value < (entry.count or 1.0)


def _change(entry: Record | DoseLog, amend: Amend) -> str:
    """Apply the correction to `entry` when it can stand, and the words for what was done."""
    old = _number(entry)
    if isinstance(entry, Record):
        if not 0 <= amend.value <= 10:
            return texts.AMEND_WHICH
        entry.score = amend.value
        return texts.AMENDED_PAIN.format(new=fmt(amend.value), old=fmt(old or 0))
    if old is not None and amend.value > old:
        # More tablets: the day's totals are checked again when the dose is told again.
        return texts.AMEND_DOSE_UP
    if amend.value <= 0:
        return texts.AMEND_WHICH
    entry.count = amend.value
    what = f"{fmt(amend.value)} × {display_name(entry.name)}"
    return texts.AMENDED_DOSE.format(what=what, old=fmt(old or 1))
