"""Taking back a dose answer given by mistake, from a reply that said it was recorded or
from "I never took the naproxen this morning" after it was marked taken."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.states import UNDOABLE_DOSE, DoseStatus
from bot.domain.summary import reason_label
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import DoseUndoTap, UndoTap
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.reminders import day_words, dose_time, hhmm, med_label
from bot.telegram.unit import unit


def undo_markup(codec: CallbackCodec, user_id: int, doses: Iterable[int]) -> InlineKeyboardMarkup:
    """One "↩️ Undo" under a reply that says these doses were answered."""
    return _one_undo(codec.pack(user_id, DoseUndoTap(frozenset(doses))))


def message_undo_markup(
    codec: CallbackCodec,
    user_id: int,
    batch: str,
    *,
    doses: Iterable[int] = (),
    records: Iterable[int] = (),
) -> InlineKeyboardMarkup:
    """One "↩️ Undo" that removes what this reply says one message recorded: the extra
    doses and records given (all the message recorded when none are)."""
    return _one_undo(part_undo(codec, user_id, batch, doses=doses, records=records))


def part_undo(
    codec: CallbackCodec,
    user_id: int,
    batch: str,
    *,
    doses: Iterable[int] = (),
    records: Iterable[int] = (),
) -> str:
    """The data of an Undo for these extra doses and records of one message. Should their
    ids not fit in a button (many rows, far apart), the message's whole record instead."""
    tap = UndoTap(batch, frozenset(doses), frozenset(records))
    try:
        return codec.pack(user_id, tap)
    except ValueError:
        return codec.pack(user_id, UndoTap(batch))


def _one_undo(data: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("↩️ Undo", callback_data=data)]])


def marked_taken(
    items: Sequence[tuple[DoseOccurrence, Medication]],
    med: Medication | None,
    at: dt.datetime | None,
) -> list[tuple[DoseOccurrence, Medication]]:
    """The doses "I never took it" most likely speaks of: of `med` (any, if None), the one
    due nearest `at`, else the latest; with no medicine named, every dose of that time."""
    mine = [(o, m) for o, m in items if med is None or m.id == med.id]
    if not mine:
        return []
    if at is not None:
        best = min(mine, key=lambda p: abs(p[0].due_at - at))
    else:
        best = max(mine, key=lambda p: p[0].due_at)
    return [best] if med is not None else [p for p in mine if p[0].due_at == best[0].due_at]


def correction_question(
    codec: CallbackCodec,
    user_id: int,
    doses: Sequence[tuple[DoseOccurrence, Medication]],
    zone: ZoneInfo,
    now: dt.datetime,
) -> tuple[str, InlineKeyboardMarkup]:
    """Ask, one tap either way, whether doses marked taken were in fact not taken."""
    names = " and ".join(med_label(m) for _, m in doses)
    due = doses[0][0].due_at
    text = texts.MARKED_TAKEN_ASK.format(
        what=names, due=hhmm(due, zone), day=day_words(due, now, zone)
    )
    ids = frozenset(o.id for o, _ in doses)
    undo = codec.pack(user_id, DoseUndoTap(ids))
    keep = codec.pack(user_id, DoseUndoTap(ids, keep=True))
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("↩️ Not taken", callback_data=undo),
                InlineKeyboardButton("✅ I did take it", callback_data=keep),
            ]
        ]
    )
    return text, markup


async def dose_undo_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: DoseUndoTap
) -> None:
    """Undo / Not taken: the doses go back to waiting (or missed, past their time) and
    their reminders are redrawn; I did take it: nothing changes."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    if tap.keep:
        await q.answer()
        await d.sender.edit(q.message.chat.id, q.message.message_id, texts.MARKED_TAKEN_KEPT, None)
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        undone, too_old = await reopen(s, user.id, sorted(tap.doses), d.clock.now())
    if not undone:
        await q.answer(texts.DOSE_TOO_OLD_TO_UNDO if too_old else texts.UNDO_NOTHING)
        return
    back = all(o.status == DoseStatus.SKIPPED for o, _ in undone)
    await q.answer(texts.DOSE_UNDONE_BACK if back else texts.DOSE_UNDONE)
    zone = ZoneInfo(user.timezone)
    await d.sender.edit(q.message.chat.id, q.message.message_id, undone_text(undone, zone), None)
    await redraw(d, user.id, q.message.chat.id, zone, messages_of(o for o, _ in undone))


async def reopen(
    s: AsyncSession, user_id: int, occ_ids: Iterable[int], now: dt.datetime
) -> tuple[list[tuple[DoseOccurrence, Medication]], bool]:
    """Take back the answers of these doses (Undo, "Not taken", "undo" typed): the doses
    reopened, and whether any was too old to change."""
    undone: list[tuple[DoseOccurrence, Medication]] = []
    too_old = False
    for occ_id in occ_ids:
        found = await repo.get_occurrence(s, user_id, occ_id)
        if found is None or found[0].status not in UNDOABLE_DOSE:
            continue
        if await repo.reopen_occurrence(s, user_id, occ_id, now):
            undone.append(found)
        else:
            too_old = True
    return undone, too_old


def undone_text(undone: Sequence[tuple[DoseOccurrence, Medication]], zone: ZoneInfo) -> str:
    """ "Undone — I've cleared your answer for the 08:00 Meloxicam 15 mg …"; a forgotten
    skip put back (its "taken" taken back): "… is back to skipped (forgot)"."""
    lines = []
    cleared = [(o, m) for o, m in undone if o.status != DoseStatus.SKIPPED]
    if cleared:
        names = ", ".join(med_label(m) for _, m in cleared)
        lines.append(texts.DOSES_UNDONE.format(what=names, due=dose_time(cleared[0][0])))
    for o, m in undone:
        if o.status == DoseStatus.SKIPPED:
            why = reason_label(o.skip_reason)
            lines.append(
                texts.DOSE_SKIP_BACK.format(
                    what=med_label(m), due=dose_time(o), why=f" ({why})" if why else ""
                )
            )
    return "\n".join(lines)
