"""/appointment: visits to the doctor (PRODUCT.md §2, §6a).

`/appointment 2026-12-15 14:30 Dr Patel` keeps a visit in one line; `/appointment`
alone lists the upcoming ones with a Cancel button each and asks when the next one is
(the answer is read by `appointment_text`, through the router's ANSWERS). After a
visit, `No changes` / `Update my medicines` are answered here; the second leads to the
/meds list. The messages before and after a visit are bot.telegram.appointment_views.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.appointments import Outcome, Visit, visit_label
from bot.domain.conversation import Question
from bot.parsing.appointment_line import (
    LineProblem,
    declines,
    parse_appointment_line,
    visit_told,
)
from bot.services import appointments as svc
from bot.services import supply as supply_svc
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.storage.records import UNSORTED
from bot.telegram import texts
from bot.telegram.appointment_views import with_whom
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.meds import meds_keyboard, meds_text
from bot.telegram.payloads import AppointmentAction, AppointmentTap
from bot.telegram.unit import unit


def visits_view(
    visits: list[Visit], codec: CallbackCodec, uid: int, today: dt.date
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The upcoming visits, numbered, with Cancel · N under them."""
    if not visits:
        return texts.APPT_NONE, None
    lines = [texts.APPT_LIST_HEADER]
    lines += [
        f"{i}. {visit_label(v.day, v.at, today)}{with_whom(v)}" for i, v in enumerate(visits, 1)
    ]
    buttons = [
        InlineKeyboardButton(
            texts.APPT_CANCEL_BUTTON.format(n=i),
            callback_data=codec.pack(uid, AppointmentTap(AppointmentAction.CANCEL, v.id)),
        )
        for i, v in enumerate(visits, 1)
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def _booked_text(booking: svc.Booking, now: dt.datetime, today: dt.date) -> str:
    """📅 Tue 15 Dec, 14:30 with Dr Patel. I'll send your report … the day before."""
    visit, plan = booking.visit, booking.plan
    assert visit is not None and plan is not None
    if plan.eve is None:
        then = texts.APPT_NEXT_AFTER
    elif plan.eve <= now:
        then = texts.APPT_NEXT_NOW
    else:
        then = texts.APPT_NEXT_EVE
    tmpl = texts.APPT_UPDATED if booking.updated else texts.APPT_BOOKED
    text = tmpl.format(
        when=visit_label(visit.day, visit.at, today), who=with_whom(visit), next=then
    )
    if visit.at is None:
        text += texts.APPT_ADD_TIME.format(day=visit.day.isoformat())
    return text


async def book(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str) -> None:
    """Keep the visit `said` describes, or say what is wrong with it (and keep asking)."""
    d = deps(context)
    msg = update.effective_message
    assert msg
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        local_now = now.astimezone(ZoneInfo(user.timezone))
        parsed = parse_appointment_line(said, local_now)
        if isinstance(parsed, LineProblem):
            booking = None
        else:
            booking = await svc.book(s, user, parsed, now)
            repo.ask_question(user, None, now)
    if isinstance(parsed, LineProblem):
        await msg.reply_text(texts.APPT_PROBLEMS[parsed.value] + " " + texts.APPT_EXAMPLE)
        return
    assert booking is not None
    if booking.visit is None:
        await msg.reply_text(texts.APPT_FULL.format(count=svc.MAX_UPCOMING))
        return
    await msg.reply_text(_booked_text(booking, now, local_now.date()))
    if d.ticker:
        d.ticker.wake()


async def appointment_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/appointment <day time with whom> keeps a visit; alone, it lists the upcoming
    ones and asks when the next one is."""
    d = deps(context)
    assert update.message and update.message.text is not None and update.effective_user
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    if rest:
        await book(update, context, rest)
        return
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        visits = await svc.upcoming(s, user, now)
        repo.ask_question(user, Question.APPOINTMENT, now)
    today = now.astimezone(ZoneInfo(user.timezone)).date()
    text, markup = visits_view(visits, d.codec, update.effective_user.id, today)
    await update.message.reply_text(text + "\n\n" + texts.APPT_ASK, reply_markup=markup)


async def appointment_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """The answer to "when is your next visit?" (or "no": nothing to add after all)."""
    assert update.message
    if declines(text):
        async with unit(context).begin() as s:
            fresh = await load_user(update, context, s)
            repo.ask_question(fresh, None, deps(context).clock.now())
        await update.message.reply_text(texts.APPT_ASK_DROPPED)
        return
    await book(update, context, text)


async def offer_told(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, said: str, kept_id: int
) -> None:
    """A visit told in passing ("physio thurs 4pm"), offered to keep with one tap; the
    message itself waits aside (`kept_id`) until the tap. Nothing if it cannot be kept."""
    d = deps(context)
    assert update.effective_message
    now = d.clock.now()
    local_now = now.astimezone(ZoneInfo(user.timezone))
    line = parse_appointment_line(said, local_now)
    if isinstance(line, LineProblem):
        return
    who = f" with {line.with_whom}" if line.with_whom else ""
    text = texts.APPT_OFFER.format(when=visit_label(line.day, line.at, local_now.date()), who=who)
    tap = AppointmentTap(AppointmentAction.KEEP_TOLD, kept_id)
    button = InlineKeyboardButton(texts.APPT_OFFER_BUTTON, callback_data=d.codec.pack(user.id, tap))
    await update.effective_message.reply_text(text, reply_markup=InlineKeyboardMarkup([[button]]))


async def _keep_told(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: AppointmentTap
) -> None:
    """ "Keep this visit": the visit read again from the message kept aside, and booked."""
    q = update.callback_query
    assert q and update.effective_user
    async with unit(context).begin() as s:
        kept = await records.get_record(s, update.effective_user.id, tap.appointment, UNSORTED)
        said = visit_told(kept.raw_text or "") if kept is not None else None
        if kept is not None:
            await s.delete(kept)
    if said is None:
        await q.answer(texts.ALREADY_ANSWERED)
        return
    await q.answer(texts.RECORDED)
    await q.edit_message_reply_markup(None)
    await book(update, context, said)


async def appointment_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: AppointmentTap
) -> None:
    """Cancel under a listed visit, `No changes` / `Update my medicines` after one, or
    keeping a visit told in passing."""
    q = update.callback_query
    assert q and q.message and update.effective_user
    if tap.action is AppointmentAction.CANCEL:
        await _cancel(update, context, tap)
        return
    if tap.action is AppointmentAction.KEEP_TOLD:
        await _keep_told(update, context, tap)
        return
    d = deps(context)
    outcome = Outcome.UPDATE if tap.action is AppointmentAction.UPDATE else Outcome.NO_CHANGES
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        kept = await svc.record_outcome(s, user.id, tap.appointment, outcome, d.clock.now())
        visit = await svc.get_visit(s, user.id, tap.appointment)
    if not kept or visit is None:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer()
    update_meds = outcome is Outcome.UPDATE
    noted = texts.APPT_NOTED_UPDATE if update_meds else texts.APPT_NOTED_NO_CHANGES
    asked = texts.APPT_AFTER.format(who=with_whom(visit))
    await d.sender.edit(q.message.chat.id, q.message.message_id, f"{asked}\n\n{noted}", None)
    if update_meds:
        await _show_meds(update, context, user)


async def _cancel(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: AppointmentTap) -> None:
    """Cancel one visit (its messages are dropped) and redraw the list without it."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        cancelled = await svc.cancel(s, user.id, tap.appointment, now)
        visits = await svc.upcoming(s, user, now)
    await q.answer(texts.APPT_CANCELLED if cancelled else texts.STALE_BUTTON)
    today = now.astimezone(ZoneInfo(user.timezone)).date()
    text, markup = visits_view(visits, d.codec, update.effective_user.id, today)
    if not visits:
        text = texts.APPT_ALL_CANCELLED
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)


async def _show_meds(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> None:
    """The /meds list with its Edit / Pause / Remove buttons, to change what the doctor
    changed."""
    d = deps(context)
    assert update.effective_chat and update.effective_user
    now = d.clock.now()
    async with unit(context).begin() as s:
        meds = await repo.active_medications(s, user.id)
        stocks = await supply_svc.stocks(s, user, meds, now)
    if not meds:
        await d.sender.send(update.effective_chat.id, texts.APPT_NO_MEDS)
        return
    zone = ZoneInfo(user.timezone)
    text = meds_text(meds, zone, now.astimezone(zone).date(), stocks)
    markup = meds_keyboard(meds, update.effective_user.id, d.codec)
    await d.sender.send(update.effective_chat.id, f"{text}\n\n{texts.APPT_UPDATE_HOW}", markup)


async def already_kept(context: ContextTypes.DEFAULT_TYPE, user: User, said: str) -> bool:
    """Whether the visit told in passing falls on a day that already has one kept ("I go
    tell the doctor for clinic tomorrow", the clinic visit booked already): no second offer."""
    local_now = deps(context).clock.now().astimezone(ZoneInfo(user.timezone))
    line = parse_appointment_line(said, local_now)
    if isinstance(line, LineProblem):
        return False
    async with unit(context).begin() as s:
        return await svc.kept_on(s, user.id, line.day)
