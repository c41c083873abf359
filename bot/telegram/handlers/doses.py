"""Reminder buttons (Taken / Snooze / Skip / All taken) and /took."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.course import when_label
from bot.domain.dose_amounts import DoseTaken
from bot.domain.due_steps import CORRECTABLE_FOR, Quiet, after_reminder, offers_due_time
from bot.domain.regimen import display_name, dose_text, liquid_amount, once_a_week
from bot.domain.reminder_pause import reason_in_words
from bot.domain.safety import OVERDOSE, SafetyWarning
from bot.domain.schedule import local_to_utc, taken_late
from bot.domain.states import UNDOABLE_DOSE, DoseStatus, NextAction, SkipReason
from bot.domain.summary import reason_label, short_date
from bot.domain.warnings import PAST_MAXIMUM
from bot.knowledge import get_drug
from bot.knowledge.local_names import say_locally
from bot.parsing.appointment_line import declines
from bot.parsing.bare_name import named_only
from bot.parsing.correction import denies_taking
from bot.parsing.detect_doses import product_name
from bot.parsing.intents import DoseIntent, intent_to_dict
from bot.parsing.loose_dose import told_loosely
from bot.parsing.missed_said import (
    Missed,
    day_part_told,
    missed_told,
    says_weekly,
    skip_decided,
)
from bot.parsing.regimen_change import says_break
from bot.parsing.timephrases import bare_clock_time
from bot.services import understanding
from bot.services.doses import (
    EARLY,
    FUTURE_GRACE,
    Logged,
    Matched,
    TakenOutcome,
    amount_fits,
    another_product_said,
    answerable,
    find_med,
    forgotten,
    liquid_count_unsaid,
    logged_in_stretch,
    med_of,
    one_more_unnamed,
    part_of_the_dose,
    record_taken,
    same_medicine,
    scheduled_warnings,
    still_to_come,
    taken_at,
    units_taken,
    versions_of,
)
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication, Record, User
from bot.storage.records import message_batch
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import meds as meds_handlers
from bot.telegram.handlers import skip_why, supply
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.dose_undo import (
    correction_question,
    marked_taken,
    message_undo_markup,
    part_undo,
    undo_markup,
)
from bot.telegram.payloads import ANSWERING, DoseAnswer, DoseAnswerTap, ReminderTap, TakenWhen
from bot.telegram.payloads import ReminderAction as Act
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.reminders import (
    SNOOZE_CHOICES,
    day_words,
    dose_label,
    dose_time,
    hhmm,
    med_label,
    named_doses,
    reason_shown,
    reminder_head,
    render,
    sent_to_a_carer,
)
from bot.telegram.unit import unit


def _keyboard_payloads(update: Update) -> list[str | None]:
    """The callback data of every button on the pressed message, as Telegram shows it."""
    q = update.callback_query
    markup = getattr(q.message, "reply_markup", None) if q else None
    if markup is None:
        return []
    return [b.callback_data for row in markup.inline_keyboard for b in row]


async def _rerender(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    ids: set[int],
    occ_id: int,
    menu: tuple[str, int] | None = None,
) -> None:
    """Redraw the pressed message from the database (the source of truth): every dose it
    names or is recorded on, so a tap before the send's bookkeeping loses no line."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    async with unit(context).begin() as s:
        items = await repo.reminder_doses(s, user.id, q.message.message_id, ids | {occ_id})
    # the voice it was sent in (a carer's "their"), read from it: no statement more a tap
    carer = sent_to_a_carer(getattr(q.message, "text", None))
    if not items:
        return
    zone = ZoneInfo(user.timezone)
    head = reminder_head(items, zone, carer=carer)
    text, markup = render(items, zone, d.codec, user.id, head=head, menu=menu, carer=carer)
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)


async def reminder_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: ReminderTap
) -> None:
    """Taken (stored at once, even past the dose's cutoff), All taken, the snooze and skip
    menus and their choices, Back."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    # The doses this message is about, as its own buttons name them (the database may
    # not know the message id yet: the person can tap before the send is written down).
    named = named_doses(_keyboard_payloads(update), d.codec, update.effective_user.id)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        found = await repo.get_occurrence(s, user.id, tap.dose)
        if found is None:
            await q.answer(texts.STALE_BUTTON)
            return
        warned: list[SafetyWarning] = []
        twice: str | None = None
        taken_back = tap.action is Act.UNDO or (
            tap.action is Act.BACK and _skip_menu_shown(update, found[0], d.codec, user.id)
        )
        if taken_back:
            refused = await _undo_refused(s, user, tap, found[0], d.clock.now())
        else:
            changed = await _apply_tap(s, user, tap, found[0], q.message.message_id, d.clock.now())
            refused = None if changed else texts.ALREADY_ANSWERED
            if changed and tap.action in (Act.TAKEN, Act.ALL_TAKEN, Act.TAKEN_AT):
                warned = await _tap_warnings(s, user, tap, q.message.message_id, found)
            if changed and tap.action is Act.TAKEN:
                twice = await _taken_beside_another(s, user, found, d.clock.now())
        if tap.action is not Act.SKIP_MENU:
            skip_why.menu_closed(user, q.message.message_id, d.clock.now())
    if refused is not None and tap.action is not Act.BACK:
        await q.answer(refused)
        return
    if taken_back:
        # (Back whose skip cannot be taken back any more still closes the menu)
        await q.answer(refused or texts.DOSE_UNDONE)
    else:
        said = texts.GOT_MORE_NOTED if tap.action is Act.GOT_MORE else None
        await q.answer(texts.RECORDED if tap.action in ANSWERING else said)
    menus = {Act.SNOOZE_MENU: "snooze", Act.SKIP_MENU: "skip"}
    menu = (menus[tap.action], tap.dose) if tap.action in menus else None
    group = tap.doses if tap.action in (Act.ALL_TAKEN, Act.BACK) else frozenset()
    await _rerender(update, context, user, named | group, tap.dose, menu)
    if tap.action is Act.SKIP_MENU:
        # the reason may come typed instead of tapped ("too drowsy"): it is the skip's
        await skip_why.await_reason(update, context, found[0], q.message.message_id)
    if warned:
        # Past a label's daily maximum: said at the tap, as a dose told in words would be
        await d.sender.send(user.chat_id, warning_lines(warned, ZoneInfo(user.timezone)))
    if twice is not None:
        await d.sender.send(user.chat_id, twice)
    if tap.action is Act.SNOOZE and tap.minutes and d.ticker:
        d.ticker.wake(60.0 * tap.minutes)
    if tap.action is Act.SKIP and tap.reason is SkipReason.RAN_OUT:
        async with unit(context).begin() as s:
            med = await repo.get_medication(s, user.id, found[0].medication_id)
        if med is not None:
            await supply.ask_after_ran_out(update, context, med)


async def _tap_warnings(
    s: AsyncSession,
    user: User,
    tap: ReminderTap,
    message_id: int,
    tapped: tuple[DoseOccurrence, Medication],
) -> list[SafetyWarning]:
    """The 24-hour totals past a label's maximum once Taken / All taken was recorded."""
    answered = [tapped]
    if tap.action is Act.ALL_TAKEN:
        answered = await repo.reminder_doses(s, user.id, message_id, set(tap.doses))
    meds = await repo.active_medications(s, user.id)
    return await scheduled_warnings(s, user.id, meds, answered, zone=user.timezone)


#: A late Taken this close to another dose of the medicine taken may be that one again.
_CLOSE_TO_ANOTHER = dt.timedelta(hours=1)


async def _taken_beside_another(
    s: AsyncSession, user: User, tapped: tuple[DoseOccurrence, Medication], now: dt.datetime
) -> str | None:
    """A Taken tapped late on an old reminder, minutes after another dose of the medicine
    was logged ("took naproxen" for 20:00, then Taken on 08:00's): both are stored, and
    the person is shown the two side by side and how to set either right."""
    occ, med = tapped
    if occ.taken_at is None or not offers_due_time(
        status=occ.status, due_at=occ.due_at, taken_at=occ.taken_at
    ):
        return None
    other = await repo.taken_occurrence_near(
        s, user.id, [med.id], now, _CLOSE_TO_ANOTHER, besides=occ.id
    )
    if other is None or other.taken_at is None or abs(other.taken_at - now) > _CLOSE_TO_ANOTHER:
        return None
    zone = ZoneInfo(user.timezone)
    return texts.TAKEN_BESIDE_ANOTHER.format(
        name=display_name(med.name),
        due=f"{occ.due_at.astimezone(zone):%H:%M}",
        other_due=f"{other.due_at.astimezone(zone):%H:%M}",
        other_at=f"{other.taken_at.astimezone(zone):%H:%M}",
        now=f"{now.astimezone(zone):%H:%M}",
    )


async def _undo_refused(
    s: AsyncSession, user: User, tap: ReminderTap, occ: DoseOccurrence, now: dt.datetime
) -> str | None:
    """Take back the dose's answer (Undo, or Back on the Skip menu, whose skip was stored
    at its opening); why not, when it cannot be (nothing given, too old)."""
    if occ.status not in UNDOABLE_DOSE:
        return texts.UNDO_NOTHING
    # Back says the Skip was not meant: the dose waits as the reminder left it, nudged
    # as usual. An Undo takes back an answer given by hand: no nudge on top of it.
    nudge = _nudge_after_back(user, occ, now) if tap.action is Act.BACK else None
    if await repo.reopen_occurrence(s, user.id, occ.id, now, nudge_at=nudge) is None:
        return texts.DOSE_TOO_OLD_TO_UNDO
    return None


def _nudge_after_back(user: User, occ: DoseOccurrence, now: dt.datetime) -> dt.datetime | None:
    """When a dose whose Skip was taken back by Back is nudged about: when its reminder
    set it (so a grouped reminder's doses are nudged together, in one message); None
    when that time has gone by (the reminder was just read) or the cutoff comes first."""
    if occ.sent_at is None:
        return None
    at, action = after_reminder(
        followup=False,
        followup_sent=occ.followup_sent,
        cutoff_at=occ.cutoff_at,
        quiet=Quiet(ZoneInfo(user.timezone), user.quiet_start, user.quiet_end),
        now=occ.sent_at,
        followup_after=dt.timedelta(minutes=user.followup_minutes),
    )
    return at if action is NextAction.FOLLOWUP and at > now else None


def _skip_menu_shown(
    update: Update, occ: DoseOccurrence, codec: CallbackCodec, user_id: int
) -> bool:
    """Whether the message pressed shows the Skip menu of `occ` (its Back then takes
    back the skip stored when the menu opened; the Snooze menu's Back stored nothing),
    and the dose is still skipped with no reason given."""
    if occ.status != DoseStatus.SKIPPED or occ.skip_reason is not None:
        return False
    for data in _keyboard_payloads(update):
        cb = codec.decode(user_id, data)
        if cb is None or cb.action != Act.SKIP:
            continue
        try:
            if ReminderTap.parse(cb).dose == occ.id:
                return True
        except (ValueError, IndexError):
            continue
    return False


async def _apply_tap(
    s: AsyncSession,
    user: User,
    tap: ReminderTap,
    occ: DoseOccurrence,
    message_id: int,
    now: dt.datetime,
) -> bool:
    """Record what the tap says; whether anything changed (a menu opens on an open dose;
    Back always redraws)."""
    if tap.action is Act.TAKEN:
        # Stored at once, even past the cutoff (then late, at the tap): a question asked
        # first lost the dose when it went unanswered. "I took it at 22:00" sets it right.
        return await repo.answer_occurrence(s, user.id, tap.dose, status=DoseStatus.TAKEN, now=now)
    if tap.action is Act.TAKEN_AT:
        return await _taken_when_said(s, user.id, occ, tap.when, now)
    if tap.action is Act.ALL_TAKEN:
        items = await repo.reminder_doses(s, user.id, message_id, set(tap.doses))
        results = [
            await repo.answer_occurrence(s, user.id, o.id, status=DoseStatus.TAKEN, now=now)
            for o, _ in items
            if o.status in repo.OPEN_STATUSES
        ]
        return any(results)
    if tap.action is Act.SNOOZE:
        minutes = tap.minutes if tap.minutes in SNOOZE_CHOICES else user.snooze_minutes
        return await repo.snooze_occurrence(
            s,
            user.id,
            tap.dose,
            now + dt.timedelta(minutes=minutes),
            dt.timedelta(minutes=user.followup_minutes),
        )
    if tap.action is Act.SKIP_MENU:
        # Stored at once, its reason asked after: a Skip left unanswered was nudged about
        # ("Did you take your 08:00 dose?") and marked missed, "no answer" to the doctor.
        # (A dose marked missed is skipped too, as a skip typed of it is.)
        return await repo.answer_occurrence(
            s, user.id, tap.dose, status=DoseStatus.SKIPPED, now=now
        )
    if tap.action is Act.SKIP:
        return await _reason_tapped(s, user.id, occ, tap.reason, now)
    if tap.action is Act.STILL_OUT:
        # Said of this dose: skipped for want of it (and the stock-out goes on).
        reason = SkipReason.RAN_OUT
        return await repo.answer_occurrence(
            s, user.id, tap.dose, status=DoseStatus.SKIPPED, now=now, reason=reason
        )
    if tap.action is Act.GOT_MORE:
        return await _got_more(s, user, occ, now)
    if tap.action is Act.SNOOZE_MENU:
        return occ.status in repo.OPEN_STATUSES
    return True


async def _got_more(s: AsyncSession, user: User, occ: DoseOccurrence, now: dt.datetime) -> bool:
    """More came, not taken yet: the stock-out ends here and the dose, still open, gets
    its usual Taken / Snooze / Skip back."""
    if occ.status not in repo.OPEN_STATUSES or not occ.reminded_out:
        return False
    med = await repo.get_medication(s, user.id, occ.medication_id)
    if med is not None:
        await supply.has_it_again(s, user, med, now, records.new_batch())
    return await repo.not_reminded_out(s, user.id, occ.id)


async def _reason_tapped(
    s: AsyncSession, user_id: int, occ: DoseOccurrence, reason: SkipReason | None, now: dt.datetime
) -> bool:
    """A reason tapped on the Skip menu: kept on the dose its opening skipped; a menu
    drawn before skips were stored at its opening answers the dose with it."""
    if reason is not None and occ.status == DoseStatus.SKIPPED and occ.skip_reason is None:
        return await repo.give_skip_reason(s, user_id, occ.id, reason, now=now)
    return await repo.answer_occurrence(
        s, user_id, occ.id, status=DoseStatus.SKIPPED, now=now, reason=reason
    )


async def _taken_when_said(
    s: AsyncSession,
    user_id: int,
    occ: DoseOccurrence,
    when: TakenWhen | None,
    now: dt.datetime,
) -> bool:
    """ "I took it at 22:00" under a dose tapped Taken late: set to its due time (on time);
    False if already so. (The "When did you take it?" buttons of older messages, "Around
    22:00" or "Just now", still answer an open dose: at its due time, or now.)"""
    at = occ.due_at if when is TakenWhen.DUE else now
    if occ.status == DoseStatus.TAKEN:
        # "I took it at 08:00" under a dose tapped late; pressed again, already so
        offered = offers_due_time(status=occ.status, due_at=occ.due_at, taken_at=occ.taken_at)
        return when is TakenWhen.DUE and offered and await repo.retime_taken(s, user_id, occ.id, at)
    return await repo.answer_occurrence(
        s, user_id, occ.id, status=DoseStatus.TAKEN, now=now, taken_at=at, late=at > occ.cutoff_at
    )


def _describe_dose(
    name: str,
    amount: float | None,
    unit: str | None,
    generic: str | None,
    count: float | None,
    strength: str | None = None,
) -> str:
    what = dose_text(name, amount, unit, generic, strength)
    return f"{count:g} × {what}" if count and count != 1 else what  # "1 × Oxycodone" reads oddly


async def took_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/took <text>: match an open scheduled dose, else log an extra/as-needed dose."""
    d = deps(context)
    assert update.message and update.message.text
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    if not rest:
        await update.message.reply_text(texts.TOOK_HELP)
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
    zone = ZoneInfo(user.timezone)
    text = rest if rest.lower().startswith("took") else f"took {rest}"
    intents = understanding.understand(text, understanding.regimen_names(meds), d.clock.now(), zone)
    taken = [i for i in intents if isinstance(i, DoseIntent) and i.status == "taken"]
    if all(i.medication is None for i in taken):
        # A name no list has ("/took xyzzy 10mg", "/took my CBD oil"): logged as typed,
        # as /add keeps it; "/took it" still answers the open reminder.
        typed = understanding.typed_dose(rest, d.clock.now(), zone)
        if typed is not None:
            taken = [typed]
    if not taken:
        await update.message.reply_text(texts.TOOK_HELP)
        return
    await log_taken(update, context, user, taken, rest, message_batch(update.message.message_id))


async def ask_what_was_taken(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "💊 I took a dose": the person's own medicines, one tap each; what they type
    instead is read as the dose (Question.TOOK), its count and time kept."""
    d = deps(context)
    assert update.effective_chat
    now = d.clock.now()
    markup: InlineKeyboardMarkup | None = None
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = [m for m in await repo.active_medications(s, user.id) if not m.paused]
        repo.ask_question(user, Question.TOOK, now)
        if meds:
            asked = DoseIntent(status="taken")
            rec = await _ask_later(s, user.id, asked, OFFERED, now, "", records.new_batch())
            markup = _which_markup(d.codec, user.id, rec.id, meds)
    text = texts.TOOK_PICK.format(name=display_name(meds[0].name)) if meds else texts.ASK_TOOK_HOW
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def took_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> list[Any]:
    """The answer to "what did you take?": a dose, its count and time as said ("2 emzor"
    is two tablets, never pain 2); a name not on the list is asked about by a tap. The
    rest of the words (pain said beside it) are given back to be recorded."""
    d = deps(context)
    assert update.message
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        repo.ask_question(fresh, None, d.clock.now())
        meds = await repo.active_medications(s, user.id)
    if declines(text):
        await update.message.reply_text(texts.TOOK_NOT_LOGGED)
        return []
    zone = ZoneInfo(user.timezone)
    intents = understanding.understand(
        as_taken(text), understanding.regimen_names(meds), d.clock.now(), zone
    )
    taken = [i for i in intents if isinstance(i, DoseIntent) and i.status == "taken"]
    if not taken:
        await update.message.reply_text(texts.TOOK_HELP)
        return []
    batch = message_batch(update.message.message_id)
    await log_taken(update, context, user, taken, text, batch)
    return [i for i in intents if not isinstance(i, DoseIntent)]


def as_taken(text: str) -> str:
    """The answer to "what did you take?" read as a dose taken."""
    return text if text.lower().startswith("took") else f"took {text}"


def answers_what_was_taken(text: str, meds: list[Medication], now: dt.datetime, zone: str) -> bool:
    """Whether `text` answers "what did you take?": it reads as a dose taken, or says no."""
    if declines(text):
        return True
    names = understanding.regimen_names(meds)
    intents = understanding.understand(as_taken(text), names, now, ZoneInfo(zone))
    return any(isinstance(i, DoseIntent) and i.status == "taken" for i in intents)


#: Why a dose question was kept: the person's medicines offered after "I took a dose".
OFFERED = "offered"


async def log_taken(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    intents: list[DoseIntent],
    raw: str,
    batch: str,
    *,
    carer: bool = False,
    kept: list[KeptDose] | None = None,
) -> None:
    """Record "took …" intents: answer a matching open dose, else log an extra dose. A
    time still to come, or "took it" with nothing due, is asked about, never stored.
    `user` is the one this update already loaded (read only here); `carer`: told by
    someone writing for the patient, so "their 08:00 dose", not "your"; `kept`: beside
    an alarm's reply, the doses stored are put there in plain words, no receipt sent."""
    d = deps(context)
    assert update.effective_chat
    now = d.clock.now()
    replies: list[tuple[str, InlineKeyboardMarkup | None]] = []
    shown: set[int] = set()  # reminder messages of the doses answered
    async with unit(context).begin() as s:
        zone = ZoneInfo(user.timezone)
        meds = await repo.active_medications(s, user.id)
        bare_at = bare_clock_time(raw, now, zone)
        for intent in intents:
            at = taken_at(intent, now)
            if still_to_come(intent, now):
                rec = await _ask_later(s, user.id, intent, "future", now, raw, batch)
                when = at.astimezone(zone).strftime("%H:%M")
                text = texts.TOOK_FUTURE.format(what=_intent_label(meds, intent), time=when)
                replies.append((text, _future_markup(d.codec, user.id, rec.id)))
                continue
            if one_more_unnamed(intent, raw) and len(meds) > 1:
                # "took 1 more tram": one more of something, never the first answer to the
                # Celebrex reminder waiting (Sandbox, Chicago) — which one is asked
                rec = await _ask_later(s, user.id, intent, "which", now, raw, batch)
                replies.append(
                    (texts.TOOK_WHICH_MORE, _which_markup(d.codec, user.id, rec.id, meds))
                )
                continue
            liquid = med_of(meds, intent)
            if liquid is not None and (readings := liquid_count_unsaid(intent, liquid)):
                # "took 2 oramorph": two doses, or 2 ml? asked with one tap each, never
                # kept as "2 × Oramorph 10 mg" (Sandbox, London)
                rec = await _ask_later(
                    s, user.id, intent, "ml", now, raw, batch, extra={"ml": list(readings)}
                )
                replies.append(_ml_question(d.codec, user.id, rec.id, liquid, intent, readings))
                continue
            confirm = await _dose_to_confirm(
                s, user.id, meds, intent, at, now=now, zone=zone, bare_hour=at == bare_at
            )
            if confirm is not None:
                # "took the gabapentin" at 07:15 for the 08:00 dose, or "had the lyrica at 8"
                # after tapping Taken at 8: asked, not guessed.
                why, occ, med = confirm
                if intent.medication is None:  # "only half of it": of that dose's medicine
                    intent = replace(intent, medication=med.known_as.lower())
                rec = await _ask_later(
                    s, user.id, intent, why, now, raw, batch, occ.id, carer=carer
                )
                replies.append(
                    _confirm_question(d.codec, user.id, rec.id, confirm, (at, now, zone), carer)
                )
                continue
            again = await _told_again(s, user.id, meds, intent, at, now, raw)
            if again is not None:
                # "he had an extra endone tonight" by his wife, an hour after he logged
                # one: the same tablet told twice is asked about, never counted twice
                rec = await _ask_later(s, user.id, intent, "told", now, raw, batch)
                replies.append(_told_question(d.codec, user.id, rec.id, again, now, zone))
                continue
            outcomes = await record_taken(s, user.id, meds, intent, now, raw, batch, user.timezone)
            if not outcomes and not any(not m.paused for m in meds):
                replies.append((texts.TOOK_HELP, None))  # no list to choose from
                continue
            if not outcomes:
                # (several due and one tablet said: which of those, not "nothing is due")
                due = {m.id for _, m in await answerable(s, user.id, min(at, now))}
                choices = [m for m in meds if m.id in due] if len(due) > 1 else meds
                # "had 2.5 mls": only the liquids are offered, "took 400mg" only what
                # 400 mg could be a dose of (all of them when none could)
                fits = [m for m in choices if amount_fits(intent, m)]
                choices = fits or choices
                text = texts.TOOK_WHICH_OF_DUE if len(due) > 1 else texts.TOOK_WHICH
                rec = await _ask_later(s, user.id, intent, "which", now, raw, batch)
                replies.append((text, _which_markup(d.codec, user.id, rec.id, choices)))
                continue
            shown |= messages_of(_answered(outcomes))
            if kept is not None:
                kept.extend(kept_dose(outcome, zone, now) for outcome in outcomes)
                continue
            for outcome in outcomes:
                undo = _undo_of(d.codec, user.id, outcome, batch)
                said = _taken_reply(outcome, zone, now, carer=carer)
                if isinstance(outcome, Logged) and outcome.told_before:
                    said += "\n\n" + texts.TOOK_TOLD_ALREADY
                replies.append((said, undo))
    # Its reminder says so too ("Missed — tap Taken" would contradict the record).
    await redraw(d, user.id, update.effective_chat.id, ZoneInfo(user.timezone), shown)
    for reply, markup in replies:
        await context.bot.send_message(update.effective_chat.id, reply, reply_markup=markup)


async def _told_again(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    intent: DoseIntent,
    at: dt.datetime,
    now: dt.datetime,
    raw: str,
) -> DoseTaken | None:
    """The extra dose already logged that a dose told loosely (no clock time, or by a
    carer) may be; None when it is surely a dose of its own or answers a scheduled one."""
    med = med_of(meds, intent)
    if med is None or intent.for_due is not None or not told_loosely(raw):
        return None
    if any(same_medicine(m, med) for _, m in await answerable(s, user_id, min(at, now))):
        return None  # its scheduled dose is open: the words answer that one
    return await logged_in_stretch(s, user_id, med, at, now, meds)


def _told_question(
    codec: CallbackCodec,
    user_id: int,
    rec_id: int,
    logged: DoseTaken,
    now: dt.datetime,
    zone: ZoneInfo,
) -> tuple[str, InlineKeyboardMarkup]:
    """ "Is this the Endone logged at 20:30, or another one?", with its two taps."""
    local = logged.at.astimezone(zone)
    when = local.strftime("%H:%M")
    if local.date() != now.astimezone(zone).date():
        when = f"{short_date(local.date())}, {when}"
    question = texts.TOOK_TOLD_AGAIN.format(what=display_name(logged.name), time=when)
    markup = InlineKeyboardMarkup(
        [
            [
                _button(codec, user_id, rec_id, "✅ Same one", DoseAnswer.SAME),
                _button(codec, user_id, rec_id, "➕ Another one", DoseAnswer.EXTRA),
            ]
        ]
    )
    return question, markup


async def ask_if_taken(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str, batch: str
) -> bool:
    """A message that is only a medicine's name ("norco"): asked with one tap whether it
    was just taken, never recorded unasked. Whether it was one."""
    d = deps(context)
    assert update.message
    async with unit(context).begin() as s:
        meds = await repo.active_medications(s, user.id)
        named = named_only(text, understanding.regimen_names(meds))
        if named is None:
            return False
        product = product_name(named.medicine, named.written)
        intent = DoseIntent(status="taken", medication=named.medicine, product=product)
        rec = await _ask_later(s, user.id, intent, "named", d.clock.now(), text, batch)
    what = _intent_label(meds, intent)
    markup = _future_markup(d.codec, user.id, rec.id)
    await update.message.reply_text(texts.TOOK_NAMED_ONLY.format(what=what), reply_markup=markup)
    return True


def _answered(outcomes: list[TakenOutcome]) -> list[DoseOccurrence]:
    """The scheduled doses among what a "took" recorded."""
    return [o.occurrence for o in outcomes if isinstance(o, Matched)]


def _undo_of(
    codec: CallbackCodec, user_id: int, outcome: TakenOutcome, batch: str
) -> InlineKeyboardMarkup:
    """The Undo under a dose recorded: a scheduled dose answered goes back to waiting; an
    extra dose is removed, and nothing else its message recorded."""
    if isinstance(outcome, Matched) and outcome.extra is not None:
        # Two things were recorded: each can be taken back on its own.
        dose = undo_markup(codec, user_id, [outcome.occurrence.id]).inline_keyboard[0]
        again = part_undo(codec, user_id, batch, doses=[outcome.extra.log_id])
        extra = InlineKeyboardButton(texts.UNDO_EXTRA, callback_data=again)
        return InlineKeyboardMarkup([dose, [extra]])
    if isinstance(outcome, Matched):
        return undo_markup(codec, user_id, [outcome.occurrence.id])
    return message_undo_markup(codec, user_id, batch, doses=[outcome.log_id])


# Further ahead than EARLY, but within this, a named dose is asked about: was it that one?
ASK_AHEAD = dt.timedelta(hours=2)
QUESTION_KIND = records.DOSE_QUESTION


def _intent_label(meds: list[Medication], intent: DoseIntent) -> str:
    med = med_of(meds, intent)
    if med is not None:
        return _describe_dose(
            med.name, med.amount, med.unit, med.generic, units_taken(intent, med), med.strength
        )
    written = intent.product or intent.medication
    name = display_name(written) if written else "it"
    return _describe_dose(name, intent.amount, intent.unit, None, intent.count)


async def _ask_later(
    s: AsyncSession,
    user_id: int,
    intent: DoseIntent,
    why: str,
    now: dt.datetime,
    raw: str,
    batch: str,
    occ_id: int | None = None,
    *,
    carer: bool = False,
    extra: dict[str, Any] | None = None,
) -> Record:
    """Keep a dose we must ask about (never counted as taken until the answer); a
    `carer`'s words are kept as theirs, so the answer to the tap is worded for them;
    `extra`: what the question offered (a liquid's ml), read back by the tap."""
    data = {"kind": QUESTION_KIND, "why": why, "intent": intent_to_dict(intent), "occ": occ_id}
    data.update(extra or {})
    if carer:
        data[records.SAID_BY] = records.CARER
    if intent.product:
        data["product"] = intent.product  # "Advil", not ibuprofen, when the answer logs it
    return await records.add_record(
        s,
        user_id=user_id,
        kind=QUESTION_KIND,
        at=now,
        now=now,
        batch=batch,
        data=data,
        raw_text=raw[:500],
    )


async def _dose_to_confirm(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    intent: DoseIntent,
    at: dt.datetime,
    *,
    now: dt.datetime,
    zone: ZoneInfo,
    bare_hour: bool = False,
) -> tuple[str, DoseOccurrence, Medication] | None:
    """A scheduled dose of the named medicine the "took" may or may not be: its next one,
    due more than EARLY but at most ASK_AHEAD after `at` ("early"), the one twelve hours
    after a time told by a bare clock hour and read as the past ("twelve"), or one
    already marked taken near `at` ("again"); None when an open dose is near enough to be
    the one meant."""
    med = med_of(meds, intent)
    if med is None and intent.medication is None:
        return await _just_taken(s, user_id, intent, at, now)
    if med is None or med.as_needed or another_product_said(intent, med):
        return None  # (another product's dose is never one of the listed medicine's)
    if intent.for_due is not None and await forgotten(
        s, user_id, med, dt.datetime.fromisoformat(intent.for_due), at
    ):
        return None  # "forgot last night's, took it this morning": that dose, late
    if bare_hour:
        twin = await _twelve_hours_on(s, user_id, med, at, now, zone)
        if twin is not None:
            return "twelve", twin, med
    near = await repo.open_occurrences_near(s, user_id, at, ASK_AHEAD)
    mine = [o for o, m in near if same_medicine(m, med)]
    if not any(o.due_at <= at + EARLY for o in mine):
        ahead = [o for o in mine if o.status == DoseStatus.PENDING]
        if ahead:
            return "early", min(ahead, key=lambda o: o.due_at), med
    if any(abs(o.due_at - at) <= EARLY for o in mine):
        return None  # an open dose is near enough: that one is answered
    # A morning dose told "after breakfast" (08:00) of one due 09:00 and tapped at 10:30
    # is that dose: told twice, not taken twice, unless the person says so.
    taken = await repo.taken_occurrence_near(s, user_id, versions_of(med), at, ASK_AHEAD)
    return ("again", taken, med) if taken is not None else None


async def _just_taken(
    s: AsyncSession, user_id: int, intent: DoseIntent, at: dt.datetime, now: dt.datetime
) -> tuple[str, DoseOccurrence, Medication] | None:
    """ "actually I only took half of it" (no name, a count said) with no dose open and
    one tapped Taken lately: that dose, asked about ("again") — never logged on top of
    it as an extra one."""
    said_part = intent.count is not None or intent.amount is not None
    if not said_part and intent.at is None:
        return None
    if await answerable(s, user_id, at):
        return None  # an open dose is there to be answered: record_taken takes it
    taken = await records.newest_taken_since(s, user_id, now - ASK_AHEAD)
    if len(taken) != 1 or taken[0][1].as_needed:
        return None  # several taken by one tap: "which one?" is asked instead
    if not said_part and not _retimable(taken[0][0], at):
        return None
    return "again", *taken[0]


def _retimable(occ: DoseOccurrence, at: dt.datetime) -> bool:
    """Whether "took it at 23:30" can be the time of a dose tapped Taken late (stored at
    the tap, see `offers_due_time`): a time from around its due time up to the tap."""
    offered = offers_due_time(status=occ.status, due_at=occ.due_at, taken_at=occ.taken_at)
    return offered and occ.taken_at is not None and occ.due_at - EARLY <= at < occ.taken_at


async def _twelve_hours_on(
    s: AsyncSession,
    user_id: int,
    med: Medication,
    at: dt.datetime,
    now: dt.datetime,
    zone: ZoneInfo,
) -> DoseOccurrence | None:
    """ "took my gabapentin at 10" at 09:55 reads as 22:00 last night (a bare hour is the
    most recent past one); when no dose of it was due then, its 10:00 dose due within
    EARLY may be the one meant, taken a little early."""
    wall = at.astimezone(zone).replace(tzinfo=None) + dt.timedelta(hours=12)
    twin = local_to_utc(wall.date(), wall.time(), zone)
    if twin - now > EARLY:
        return None  # "had it at 8" at 19:00 is this morning's 08:00, not tonight's
    near_said = await repo.open_occurrences_near(s, user_id, at, EARLY)
    if any(same_medicine(m, med) for _, m in near_said) or await repo.taken_occurrence_near(
        s, user_id, versions_of(med), at, EARLY
    ):
        return None  # a dose of it was due at the hour as read: that one is meant
    near = await repo.open_occurrences_near(s, user_id, twin, EARLY)
    mine = [
        o
        for o, m in near
        if same_medicine(m, med)
        and o.status == DoseStatus.PENDING
        and abs(o.due_at - twin) <= EARLY
    ]
    return min(mine, key=lambda o: abs(o.due_at - twin)) if mine else None


def _then(at: dt.datetime, now: dt.datetime, zone: ZoneInfo) -> str:
    """ "22:00 last night", "01:00 this morning": a time the dose question offers."""
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    when = local.strftime("%H:%M")
    if local.date() == today:
        return f"{when} this morning" if local.hour < 12 else f"{when} today"
    return f"{when} last night" if local.hour >= 18 else f"{when} yesterday"


_CONFIRM_QUESTIONS = {
    "early": texts.TOOK_EARLY,
    "twelve": texts.TOOK_TWELVE,
    "again": texts.TOOK_AGAIN,
}
# … asked of a carer, about the person they write for
_CONFIRM_QUESTIONS_CARER = {
    **_CONFIRM_QUESTIONS,
    "early": texts.TOOK_EARLY_CARER,
    "twelve": texts.TOOK_TWELVE_CARER,
}


def _button(
    codec: CallbackCodec,
    user_id: int,
    rec_id: int,
    label: str,
    answer: DoseAnswer,
    med_id: int | None = None,
) -> InlineKeyboardButton:
    """An answer to the dose question kept as record `rec_id`."""
    tap = DoseAnswerTap(rec_id, answer, med_id)
    return InlineKeyboardButton(label, callback_data=codec.pack(user_id, tap))


def _confirm_question(
    codec: CallbackCodec,
    user_id: int,
    rec_id: int,
    confirm: tuple[str, DoseOccurrence, Medication],
    when: tuple[dt.datetime, dt.datetime, ZoneInfo],
    carer: bool = False,
) -> tuple[str, InlineKeyboardMarkup]:
    """The question kept as record `rec_id`: which dose a "took" was, with its buttons
    (`when`: the time said, now and the zone; `carer`: "their 08:00 dose")."""
    why, occ, med = confirm
    at, now, zone = when
    due = dose_time(occ)
    then = _then(at, now, zone)
    asked = _CONFIRM_QUESTIONS_CARER if carer else _CONFIRM_QUESTIONS
    question = asked[why].format(what=med_label(med), due=due, then=then)
    return question, _confirm_markup(codec, user_id, rec_id, why, due, then)


def _confirm_markup(
    codec: CallbackCodec, user_id: int, rec_id: int, why: str, due: str, then: str
) -> InlineKeyboardMarkup:
    if why == "twelve":
        return InlineKeyboardMarkup(
            [
                [_button(codec, user_id, rec_id, f"✅ My {due} dose, just now", DoseAnswer.EARLY)],
                [_button(codec, user_id, rec_id, f"At {then}", DoseAnswer.EXTRA)],
            ]
        )
    if why == "early":
        return InlineKeyboardMarkup(
            [
                [_button(codec, user_id, rec_id, f"✅ Yes, my {due} dose", DoseAnswer.EARLY)],
                [_button(codec, user_id, rec_id, "No, an extra one", DoseAnswer.EXTRA)],
            ]
        )
    return InlineKeyboardMarkup(
        [
            [
                _button(codec, user_id, rec_id, "✅ Same dose", DoseAnswer.SAME),
                _button(codec, user_id, rec_id, "➕ Another dose", DoseAnswer.EXTRA),
            ]
        ]
    )


def _ml_question(
    codec: CallbackCodec,
    user_id: int,
    rec_id: int,
    med: Medication,
    intent: DoseIntent,
    choices: Sequence[float],
) -> tuple[str, InlineKeyboardMarkup]:
    """ "How much Oramorph was that?": each reading of the count, in ml with its mg ("2 ×
    2.5 ml = 5 ml (10 mg)", "2 ml (4 mg)"), and None of these (then it is typed)."""
    count, volume = intent.count or 1.0, med.volume_ml or 1.0
    rows = []
    for i, ml in enumerate(choices):
        held = liquid_amount(ml / volume, volume, med.amount, med.unit)
        each = ml / count
        label = held if abs(ml - count) < 1e-6 else f"{count:g} × {each:g} ml = {held}"
        tap = DoseAnswerTap(rec_id, DoseAnswer.AMOUNT, choice=i)
        rows.append([InlineKeyboardButton(label, callback_data=codec.pack(user_id, tap))])
    rows.append([_button(codec, user_id, rec_id, "None of these", DoseAnswer.NO)])
    name = display_name(med.name)
    return texts.TOOK_LIQUID_HOW_MUCH.format(name=name), InlineKeyboardMarkup(rows)


def _future_markup(codec: CallbackCodec, user_id: int, rec_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                _button(codec, user_id, rec_id, "✅ Took it just now", DoseAnswer.YES),
                _button(codec, user_id, rec_id, "Not yet", DoseAnswer.NO),
            ]
        ]
    )


async def ask_which_part(
    s: AsyncSession,
    codec: CallbackCodec,
    user_id: int,
    part: float,
    meds: list[Medication],
    told: tuple[dt.datetime, str, str],
) -> tuple[str, InlineKeyboardMarkup]:
    """ "oops, only half" after one tap took several doses: which one, by a tap (its
    answer sets that dose to the part). `told`: when, the words and their batch."""
    now, raw, batch = told
    part_said = DoseIntent(status="taken", count=part)
    rec = await _ask_later(s, user_id, part_said, "which", now, raw, batch)
    return texts.PART_WHICH, _which_markup(codec, user_id, rec.id, meds)


def _which_markup(
    codec: CallbackCodec, user_id: int, rec_id: int, meds: list[Medication]
) -> InlineKeyboardMarkup:
    rows = [
        [_button(codec, user_id, rec_id, med_label(m), DoseAnswer.MEDICINE, m.id)]
        for m in meds
        if not m.paused
    ][:8]
    rows.append([_button(codec, user_id, rec_id, "None of these", DoseAnswer.NO)])
    return InlineKeyboardMarkup(rows)


async def dose_question_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: DoseAnswerTap
) -> None:
    """The answer to "still to come?", "which one?", "your 08:00 dose?" or "already
    taken: same dose or another?"."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        rec = await records.get_record(s, user.id, tap.record, QUESTION_KIND)
        if rec is None:
            await q.answer(texts.ALREADY_ANSWERED)
            return
        data = json.loads(rec.data)
        carer = data.get(records.SAID_BY) == records.CARER
        await s.delete(rec)
        zone = ZoneInfo(user.timezone)
        answered: list[DoseOccurrence] = []  # the scheduled doses this answer took
        offered = data.get("why") == OFFERED and user.awaiting == Question.TOOK
        if offered and tap.answer is not DoseAnswer.NO:  # (None of these: words awaited)
            repo.ask_question(user, None, now)
        if tap.answer is DoseAnswer.NO:
            reply: str | None = (
                texts.TOOK_TYPE_IT if data.get("why") == OFFERED else texts.TOOK_NOT_LOGGED
            )
        elif tap.answer is DoseAnswer.SAME:
            occ_id = int(data["occ"]) if data.get("occ") else None
            reply, part = await _same_dose(s, user, occ_id, _told(data))
            answered = [part] if part is not None else []
        elif tap.answer is DoseAnswer.EARLY and data.get("occ"):
            # "My 10:00 dose, just now": not at the 22:00 the bare hour was read as
            told = data["intent"] if data.get("why") != "twelve" else {**data["intent"], "at": None}
            told = _when_said(told, rec.at)
            reply, early = await _take_early(
                s, user, int(data["occ"]), told, now, zone, carer=carer
            )
            answered = [early] if early is not None else []
        else:
            meds = await repo.active_medications(s, user.id)
            fields = {k: v for k, v in data["intent"].items() if k != "kind"}
            fields["product"] = data.get("product")
            if data.get("why") in ("future", OFFERED):
                fields["at"] = None  # "took it just now": the tap is the time
            else:
                fields = _when_said(fields, rec.at)
            if tap.answer is DoseAnswer.AMOUNT:
                offered = data.get("ml") or []
                if tap.choice is None or not 0 <= tap.choice < len(offered):
                    await q.answer(texts.ALREADY_ANSWERED)
                    return
                # the ml chosen is the dose: no count of it is left to read
                fields.update(amount=float(offered[tap.choice]), unit="ml", count=None)
            if tap.answer is DoseAnswer.MEDICINE:
                med = next((m for m in meds if m.id == tap.med), None)
                if med is None:
                    await q.answer(texts.MED_GONE)
                    return
                fields["medication"] = med.known_as.lower()
            intent = DoseIntent(**fields)
            just = await _part_of_one_taken(s, user.id, meds, intent, data, now)
            if just is not None:
                # "only half of it", then which: the dose tapped Taken, not one more
                reply, part = await _same_dose(s, user, just.id, intent)
                answered = [part] if part is not None else []
            else:
                if data.get("why") in records.TOLD_BEFORE_ITS_TIME and data.get("occ"):
                    # Its dose, past its cutoff, was taken as told while this went
                    # unanswered: "an extra one" leaves that dose missed after all.
                    was = await _unresolve_told(s, user.id, int(data["occ"]), rec.at)
                    answered = [was] if was is not None else []
                outcomes = await record_taken(
                    s, user.id, meds, intent, now, rec.raw_text or "", rec.batch, user.timezone
                )
                reply = "\n".join(_taken_reply(o, zone, now, carer=carer) for o in outcomes) or None
                answered += _answered(outcomes)
    await q.answer(texts.RECORDED if tap.answer is not DoseAnswer.NO else None)
    await d.sender.edit(
        q.message.chat.id, q.message.message_id, reply or texts.TOOK_NOT_LOGGED, None
    )
    if answered:
        # Its reminder says so too, as when "took it" is typed.
        await redraw(d, user.id, q.message.chat.id, zone, messages_of(answered))


async def _unresolve_told(
    s: AsyncSession, user_id: int, occ_id: int, told_at: dt.datetime
) -> DoseOccurrence | None:
    """A dose the dispatcher marked taken at the time the person told of it (its question
    unanswered at the cutoff), set back to missed; None when it was answered otherwise."""
    found = await repo.get_occurrence(s, user_id, occ_id)
    if found is None:
        return None
    occ = found[0]
    taken = occ.taken_at
    if occ.status != DoseStatus.TAKEN or taken is None or abs(taken - told_at) > EARLY_TOLD_SLACK:
        return None
    occ.status, occ.taken_at, occ.taken_late = DoseStatus.MISSED, None, False
    return occ


#: How near the dispatcher's "taken as told" time must be to the question's own.
EARLY_TOLD_SLACK = dt.timedelta(seconds=1)


async def _part_of_one_taken(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    intent: DoseIntent,
    data: dict[str, Any],
    now: dt.datetime,
) -> DoseOccurrence | None:
    """The dose of the medicine just chosen that was tapped Taken near when an unnamed
    part ("actually only half of it") was said: the part is of that dose."""
    med = med_of(meds, intent)
    if data.get("why") != "which" or med is None or part_of_the_dose(intent, med) is None:
        return None
    return await repo.taken_occurrence_near(
        s, user_id, versions_of(med), taken_at(intent, now), ASK_AHEAD
    )


def _told(data: dict[str, Any]) -> DoseIntent:
    """The dose a question was kept for, as it was said."""
    fields = {k: v for k, v in data["intent"].items() if k != "kind"}
    return DoseIntent(**{**fields, "product": data.get("product")})


async def _same_dose(
    s: AsyncSession, user: User, occ_id: int | None, told: DoseIntent
) -> tuple[str, DoseOccurrence | None]:
    """ "Same dose" to "already marked taken": recorded once; when the words said only
    part of it ("only managed half the naproxen"), that dose is now that part."""
    found = await repo.get_occurrence(s, user.id, occ_id) if occ_id else None
    if found is None:
        return texts.TOOK_SAME_DOSE, None
    occ, med = found
    part = part_of_the_dose(told, med)
    if part is None and told.at is not None:
        # "took it at 23:30" of the dose tapped Taken at 01:55: the tap was not the time
        return await _retimed(s, user, occ, med, dt.datetime.fromisoformat(told.at))
    if part is None or occ.status != DoseStatus.TAKEN:
        return texts.TOOK_SAME_DOSE, None
    was = dose_label(occ, med)
    if not await repo.take_part(s, user.id, occ.id, part):
        return texts.TOOK_SAME_DOSE, None
    await s.refresh(occ)
    return texts.AMENDED_DOSE.format(what=dose_label(occ, med), old=was), occ


async def _retimed(
    s: AsyncSession, user: User, occ: DoseOccurrence, med: Medication, at: dt.datetime
) -> tuple[str, DoseOccurrence | None]:
    """The dose tapped Taken late set to the time told, if it can be (`_retimable`)."""
    was = occ.taken_at
    if was is None or not _retimable(occ, at):
        return texts.TOOK_SAME_DOSE, None
    late = taken_late(at, occ.cutoff_at)
    if not await repo.retime_taken(s, user.id, occ.id, at.astimezone(dt.UTC), late=late):
        return texts.TOOK_SAME_DOSE, None
    await s.refresh(occ)  # (returned, so its reminder is redrawn with the new time)
    zone = ZoneInfo(user.timezone)
    said = texts.TOOK_RETIMED.format(
        what=dose_label(occ, med), time=hhmm(at, zone), old=hhmm(was, zone)
    )
    return said, occ


def _when_said(intent: dict[str, Any], said_at: dt.datetime) -> dict[str, Any]:
    """A "took it" with no time of its own was taken when it was said, not when the
    question about it is answered (perhaps hours later)."""
    return intent if intent.get("at") else {**intent, "at": said_at.isoformat()}


async def _take_early(
    s: AsyncSession,
    user: User,
    occ_id: int,
    intent: dict[str, Any],
    now: dt.datetime,
    zone: ZoneInfo,
    *,
    carer: bool = False,
) -> tuple[str, DoseOccurrence | None]:
    """ "Yes, my 08:00 dose": that dose taken, at the time it was taken (and the dose);
    "their 08:00 dose" when a `carer` told it."""
    found = await repo.get_occurrence(s, user.id, occ_id)
    at = dt.datetime.fromisoformat(intent["at"]).astimezone(dt.UTC) if intent.get("at") else None
    taken_at = min(at or now, now)
    if found is None:
        return texts.ALREADY_ANSWERED, None
    occ, med = found
    part = part_of_the_dose(_told({"intent": intent}), med)
    if not await repo.answer_occurrence(
        s, user.id, occ_id, status=DoseStatus.TAKEN, now=now, taken_at=taken_at, units=part
    ):
        return texts.ALREADY_ANSWERED, None
    await s.refresh(occ)
    due = dose_time(occ)
    tmpl = texts.TOOK_MATCHED_EARLY_CARER if carer else texts.TOOK_MATCHED_EARLY
    said = tmpl.format(
        what=dose_label(occ, med), due=due, time=taken_at.astimezone(zone).strftime("%H:%M")
    )
    return said, occ


SKIP_AHEAD = dt.timedelta(hours=2)


async def _skip_past(
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    shown: set[int],
    unexplained: list[int],
) -> str | None:
    """ "Skipped the amitriptyline last night, like a zombie": that past dose of the named
    medicine (every dose of that time's reminder, none named), unanswered or missed,
    recorded skipped with the reason (its reminder's messages added to `shown`); None if
    none."""
    if intent.at is None:
        return None
    at = taken_at(intent, now)
    if at >= now - FUTURE_GRACE:
        return None
    near = await repo.open_occurrences_near(s, user_id, at, SKIP_AHEAD)
    if med is None:
        # "he forgot the 2 oclock one": that time's reminder, every dose of it still open
        # (Sandbox, Dublin: it asked about the 08:00 one, marked taken, instead)
        gone = [(o, m) for o, m in near if o.due_at <= now]
        if not gone:
            return None
        due = min(gone, key=lambda p: abs(p[0].due_at - at))[0].due_at
        these = [(o, m) for o, m in gone if o.due_at == due]
    else:
        mine = [o for o, m in near if same_medicine(m, med) and o.due_at <= now]
        if not mine:
            return None
        these = [(min(mine, key=lambda o: abs(o.due_at - at)), med)]
    reason = SkipReason.said(intent.reason)
    return await _skip_these(s, user_id, these, reason, now, zone, shown, unexplained)


async def _skip_gone_by(
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    gone: Missed,
    shown: set[int],
    unexplained: list[int],
) -> str | None:
    """Today's doses gone by untaken that a "forgot my morning pills" means (the named
    medicine's latest, the part of the day's, else the latest reminder's), recorded
    skipped with the reason; None when there is none."""
    local = now.astimezone(zone)
    midnight = local_to_utc(local.date(), dt.time(0, 0), zone)
    near = await repo.open_occurrences_near(s, user_id, now, now - midnight)
    mine = [
        (o, m)
        for o, m in near
        if midnight <= o.due_at <= now
        and (med is None or same_medicine(m, med))
        and gone.covers(o.due_at.astimezone(zone).hour)
    ]
    if not mine:
        return None
    if gone.hours is None:
        latest = max(o.due_at for o, _ in mine)
        mine = [(o, m) for o, m in mine if o.due_at == latest]
    reason = SkipReason.said(intent.reason)
    return await _skip_these(s, user_id, mine, reason, now, zone, shown, unexplained)


#: How far back "skip the lyrica" reaches for a dose of it that went by untaken.
SKIP_MISSED_BACK = dt.timedelta(hours=12)


async def _skip_missed(
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    shown: set[int],
    unexplained: list[int],
) -> str | None:
    """The named medicine's latest dose marked missed in the last hours, recorded skipped
    with the reason: a skip said after its reminder went by is about it; None if none."""
    if med is None or intent.at is not None:
        return None
    near = await repo.open_occurrences_near(s, user_id, now, SKIP_MISSED_BACK)
    missed = [
        o
        for o, m in near
        if same_medicine(m, med) and o.status == DoseStatus.MISSED and o.due_at <= now
    ]
    if not missed:
        return None
    latest = max(missed, key=lambda o: o.due_at)
    reason = SkipReason.said(intent.reason)
    return await _skip_these(s, user_id, [(latest, med)], reason, now, zone, shown, unexplained)


async def _skip_these(
    s: AsyncSession,
    user_id: int,
    doses: list[tuple[DoseOccurrence, Medication]],
    reason: SkipReason | None,
    now: dt.datetime,
    zone: ZoneInfo,
    shown: set[int],
    unexplained: list[int],
) -> str | None:
    """Past doses recorded skipped with the reason said, their reminders' messages added
    to `shown` (and, no reason said, the doses to `unexplained`): "Noted: … on Tue 1 Dec
    at 08:00 skipped (forgot)"; None if none was open."""
    done = [
        (o, m)
        for o, m in doses
        if await repo.answer_occurrence(
            s, user_id, o.id, status=DoseStatus.SKIPPED, now=now, reason=reason
        )
    ]
    if not done:
        return None
    shown |= messages_of(o for o, _ in done)
    if reason is None:
        unexplained += [o.id for o, _ in done]
    first = min(o.due_at for o, _ in done).astimezone(zone)
    return texts.SKIPPED_PAST.format(
        what=", ".join(med_label(m) for _, m in done),
        due=first.strftime("%H:%M"),
        day=short_date(first.date()),
        why=why_words(reason),
    )


def why_words(reason: SkipReason | None) -> str:
    """ " (side effects)" after "skipped"; nothing when no reason was given, nor for
    "other": words of the person's own filed under it, which they never said (as their
    reminder's line, reminders.reason_shown)."""
    return f" ({reason_label(reason)})" if reason_shown(reason) else ""


async def skip_ahead(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    intents: list[DoseIntent],
    *,
    carer: bool = False,
) -> None:
    """ "Skipping the naproxen, stomach's bad" before its reminder: the next dose of it
    (of every medicine, if none is named) due within two hours, or nearest the time said
    ("tonight"), is recorded skipped with the reason; "I never took it" about a dose
    marked taken is asked about; otherwise the person is told nothing was waiting. Why it
    was skipped is asked of a `carer` about the person they write for."""
    d = deps(context)
    assert update.effective_chat and update.effective_message
    out = all(i.reason == "ran_out" for i in intents)
    if not out and says_break(update.effective_message.text or ""):
        # (out of it till a day is a stock-out, answered below: router._break_said)
        await _offer_break(update, context, intents)
        return
    now = d.clock.now()
    denied = denies_taking(update.effective_message.text or "")
    gone = missed_told(update.effective_message.text or "")
    part = day_part_told(update.effective_message.text or "")
    decided = skip_decided(update.effective_message.text or "")
    replies: list[tuple[str, InlineKeyboardMarkup | None]] = []
    shown: set[int] = set()  # reminder messages of past doses now skipped
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        zone = ZoneInfo(user.timezone)
        meds = await repo.active_medications(s, user.id)
        for intent in intents:
            med = med_of(meds, intent) or _the_weekly_one(
                meds, intent, update.effective_message.text or ""
            )
            past = intent.at is not None and taken_at(intent, now) <= now
            skipped = await _skip_said(
                d.codec,
                s,
                user.id,
                med,
                intent,
                now,
                zone,
                gone,
                shown,
                carer=carer,
                part=part,
                decided=decided,
            )
            if skipped is not None:
                replies.append(skipped)
                if med is not None and intent.reason == "ran_out":
                    # as after Skip → Ran out: its doses count so till more comes
                    batch = message_batch(update.effective_message.message_id)
                    replies.append(await supply.ran_out_said(s, d.codec, user, med, now, batch))
                continue
            if (denied or past) and (med is not None or intent.medication is None):
                # "I never took the naproxen this morning" after it was marked taken, or
                # "forgot the cymbalta yesterday" of one marked taken: which is true?
                taken = await repo.doses_answered_since(
                    s, user.id, now - CORRECTABLE_FOR, DoseStatus.TAKEN
                )
                meant = marked_taken(taken, med, taken_at(intent, now) if intent.at else None)
                if meant:
                    replies.append(correction_question(d.codec, user.id, meant, zone, now))
                    continue
            if med is None and intent.medication is not None:
                unknown = display_name(intent.medication)
                replies.append((texts.SKIP_NOT_IN_LIST.format(what=unknown), None))
                continue
            if med is not None and intent.reason == "ran_out":
                # "ran out of flexeril", no dose waiting: has more come? (as after a Skip);
                # "still out of it" once noted: said back, not asked again
                batch = message_batch(update.effective_message.message_id)
                replies.append(await supply.ran_out_said(s, d.codec, user, med, now, batch))
                continue
            # The name on their list ("Lyrica"), not the generic the parser read it as.
            named = med.name if med is not None else intent.medication
            what = display_name(named) if named else "any medicine"
            nothing = texts.SKIP_NOTHING_THEN if past else texts.SKIP_NOTHING_WAITING
            replies.append((nothing.format(what=what), None))
    # Their reminders say so too ("Missed — tap Taken" would contradict the record).
    await redraw(d, user.id, update.effective_chat.id, zone, shown)
    for reply, markup in replies:
        sent = await context.bot.send_message(update.effective_chat.id, reply, reply_markup=markup)
        # "skip" alone was asked why: a reason typed next answers it (the last one asking)
        await skip_why.await_typed_reason(update, context, sent.message_id, reply, markup)


async def _skip_said(
    codec: CallbackCodec,
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    gone: Missed | None,
    shown: set[int],
    *,
    carer: bool = False,
    part: Missed | None = None,
    decided: bool = False,
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """The doses a typed skip means, recorded skipped, and the reply saying so (asking why,
    by one tap, when no reason was said: of the patient when a `carer` told it); None
    when no dose was open to skip. `part`: the part of the day the words name;
    `decided`: a skip chosen, not forgotten (skip_decided)."""
    past = intent.at is not None and taken_at(intent, now) <= now
    unexplained: list[int] = []
    ahead = False  # a dose still to come: never "forgot"
    said = await _skip_past(s, user_id, med, intent, now, zone, shown, unexplained)
    if said is None and gone is not None and intent.at is None:
        # "forgot my morning pills": those gone by, never the ones still to come
        said = await _skip_gone_by(s, user_id, med, intent, now, zone, gone, shown, unexplained)
        if said is None and decided:
            # "skipped the cyclo, need to be awake for my kids today" at 05:35, none gone
            # by today and its 07:30 still to come: a choice told in the past tense is of
            # the dose ahead (Sandbox, Los Angeles night shift: "nothing to skip")
            said = await _skip_next(
                s, user_id, med, intent, now, zone, unexplained, part, carer=carer
            )
            ahead = said is not None
    elif said is None and not past and _told_gone_by(intent, gone):
        # "forgot the naproxen this am" at 05:35, its 08:00 dose still to come: a dose not
        # yet due was never forgotten (Sandbox, Toronto: it was recorded skipped and its
        # one reminder cancelled); said so, the reminder kept, and a dose of it still
        # open from before offered, as the one that may have been meant
        return await _not_due_yet(codec, s, user_id, med, intent, now, zone, carer=carer)
    elif said is None and not past:
        # never today's dose for "forgot it yesterday"
        said = await _skip_next(s, user_id, med, intent, now, zone, unexplained, part, carer=carer)
        ahead = said is not None
        if said is None:  # "skip the lyrica, too groggy" after tonight's went by untaken
            said = await _skip_missed(s, user_id, med, intent, now, zone, shown, unexplained)
    if said is None or not unexplained:
        return None if said is None else (said, None)
    why = skip_why.why_markup(codec, user_id, unexplained, ahead=ahead)
    return skip_why.with_question(said, carer=carer), why


def _the_weekly_one(meds: list[Medication], intent: DoseIntent, text: str) -> Medication | None:
    """ "mum forgot her weekly bone tablet": with no medicine named, the one medicine on the
    list taken once a week (Sandbox, Glasgow: every open 08:00 dose was marked forgotten)."""
    if intent.medication is not None or not says_weekly(text):
        return None
    weekly = [m for m in meds if not m.as_needed and once_a_week(m.weekdays, m.every_days)]
    return weekly[0] if len({m.name.lower() for m in weekly}) == 1 else None


def named_weekly(meds: list[Medication], intent: DoseIntent, text: str) -> DoseIntent:
    """`intent` naming the list's one weekly medicine when the words say "weekly" and
    name none; else as it was."""
    weekly = _the_weekly_one(meds, intent, text)
    return intent if weekly is None else replace(intent, medication=weekly.known_as.lower())


def _told_gone_by(intent: DoseIntent, gone: Missed | None) -> bool:
    """Whether a skip is told of a dose gone by ("forgot", "missed", "didn't take"), not
    decided ahead ("skipping the naproxen tonight")."""
    return gone is not None or intent.reason == "forgot"


#: How far back a dose still open is offered as the one a "forgot" not yet due meant.
OPEN_BEFORE = dt.timedelta(hours=16)


async def _not_due_yet(
    codec: CallbackCodec,
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    *,
    carer: bool = False,
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """A dose told as forgotten, at a time still to come: nothing recorded; the reply
    says when it is due (its reminder kept) and offers the latest dose of it still open
    from before (last night's, unanswered) by one tap; None when none is coming (said of
    the patient's doses when a `carer` told it)."""
    said = taken_at(intent, now)
    near = await repo.open_occurrences_near(s, user_id, said, SKIP_AHEAD)
    coming = [
        (o, m)
        for o, m in near
        if now < o.due_at and (same_medicine(m, med) if med else intent.medication is None)
    ]
    if not coming:
        return None
    first = min((o.due_at for o, _ in coming), key=lambda due: (abs(due - said), due))
    names = list(dict.fromkeys(med_label(m) for o, m in coming if o.due_at == first))
    reply = (texts.SKIP_NOT_DUE_YET_CARER if carer else texts.SKIP_NOT_DUE_YET).format(
        what=", ".join(names), due=first.astimezone(zone).strftime("%H:%M")
    )
    meant = [m for o, m in coming if o.due_at == first]
    before = [
        (o, m)
        for o, m in await repo.open_occurrences_near(s, user_id, now, OPEN_BEFORE)
        if o.due_at <= now and any(same_medicine(m, x) for x in meant)
    ]
    if not before:
        return reply, None
    occ, was = max(before, key=lambda p: p[0].due_at)
    before_tmpl = texts.SKIP_NOT_DUE_OPEN_BEFORE_CARER if carer else texts.SKIP_NOT_DUE_OPEN_BEFORE
    reply += "\n\n" + before_tmpl.format(
        what=med_label(was), day=short_date(occ.local_date), due=dose_time(occ)
    )
    reason = SkipReason.said(intent.reason)
    tap = (
        ReminderTap(Act.SKIP, occ.id, reason=reason)
        if reason is not None
        else ReminderTap(Act.SKIP_MENU, occ.id)
    )
    label = texts.SKIP_THAT_ONE.format(due=dose_time(occ), why=why_words(reason))
    button = InlineKeyboardButton(label, callback_data=codec.pack(user_id, tap))
    return reply, InlineKeyboardMarkup([[button]])


def _count_assumed(med: Medication) -> bool:
    """An as-needed medicine listed with no tablets per dose, not an opioid: its "one
    dose" is the list's guess of one tablet, not a dose a prescriber set (Tylenol Extra
    Strength is "2 pills every 6 hours" on its maker's chart, cited in drugs.yaml)."""
    drug = get_drug(med.generic) if med.generic else None
    opioid = drug is not None and "opioid" in drug.classes
    said = med.units_per_dose or med.units_per_dose_max
    return med.as_needed and not said and not opioid


async def _offer_break(
    update: Update, context: ContextTypes.DEFAULT_TYPE, intents: list[DoseIntent]
) -> None:
    """Doses left off until a day ("nothing till friday, I'm in hospital"): reminders
    paused by one tap (that medicine's, or all), never doses recorded skipped ahead."""
    assert update.effective_message
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
    said = {i.medication for i in intents if i.medication is not None}
    named = {m.id: m for i in intents if (m := med_of(meds, i)) is not None}
    for med in named.values():
        await meds_handlers.offer_pause(update, context, med)
    if unlisted := sorted(display_name(n) for n in said if find_med(meds, n) is None):
        what = ", ".join(unlisted)
        await update.effective_message.reply_text(texts.SKIP_NOT_IN_LIST.format(what=what))
    if said:
        return  # a break from named medicines: never everything paused for it
    if user.paused:
        await update.effective_message.reply_text(texts.ALREADY_PAUSED)
    else:
        # "nothing till friday, I'm in hospital": the stay goes with the tap
        why = reason_in_words(update.effective_message.text or "")
        await meds_handlers.offer_pause_all(update, context, why=why)


async def _skip_next(
    s: AsyncSession,
    user_id: int,
    med: Medication | None,
    intent: DoseIntent,
    now: dt.datetime,
    zone: ZoneInfo,
    unexplained: list[int],
    part: Missed | None = None,
    *,
    carer: bool = False,
) -> str | None:
    """The dose still to come that a skip means, recorded skipped: due within SKIP_AHEAD,
    or nearest a time said ahead ("tonight"), of the part of the day said (`part`); None
    when there is none. With no reason said, the doses are added to `unexplained` (its
    reply to a `carer` keeps "remind you" out: the reminder is the patient's)."""
    if intent.medication is None and intent.reason is None and intent.at is None and not part:
        # A bare "skip" with nothing open answers something else (a question, a check-in
        # not yet there); it is no decision about every dose of the next two hours. "She
        # refused her evening pills" at 19:55 names the doses (Sandbox, London: "nothing
        # to skip", and the 20:00 doses then marked missed)
        return None
    said = taken_at(intent, now) if intent.at else None
    around = said if said is not None and said > now else None
    near = await repo.open_occurrences_near(s, user_id, around or now, SKIP_AHEAD)
    ahead = [
        (o, m)
        for o, m in near
        if o.status == DoseStatus.PENDING
        and now < o.due_at
        and (around is not None or o.due_at <= now + SKIP_AHEAD)
        and (same_medicine(m, med) if med else intent.medication is None)
        # (a medicine named is that one's dose, whatever part of the day it is called)
        and (part is None or med is not None or part.covers(o.due_at.astimezone(zone).hour))
    ]
    if not ahead:
        return None
    target = around or now
    first = min((o.due_at for o, _ in ahead), key=lambda due: (abs(due - target), due))
    reason = SkipReason.said(intent.reason)
    done = [
        (occ, m)
        for occ, m in ahead
        if occ.due_at == first
        and await repo.answer_occurrence(
            s, user_id, occ.id, status=DoseStatus.SKIPPED, now=now, reason=reason
        )
    ]
    if not done:
        return None
    names = [med_label(m) for _, m in done]
    if reason is None:
        unexplained += [occ.id for occ, _ in done]
    return (texts.SKIPPED_AHEAD_CARER if carer else texts.SKIPPED_AHEAD).format(
        what=", ".join(names),
        due=first.astimezone(zone).strftime("%H:%M"),
        why=why_words(reason),
    )


@dataclass(frozen=True, slots=True)
class KeptDose:
    """A dose stored beside an alarm's reply: what it was, in plain words ("2 × Norco at
    10:00"), and the facts past a label's maximum it brought, which are said even there."""

    what: str
    facts: tuple[SafetyWarning, ...] = ()


def kept_dose(outcome: TakenOutcome, zone: ZoneInfo, now: dt.datetime) -> KeptDose:
    """A dose taken, said beside an alarm: no ✅, no "/add it", no Undo — the alarm is the
    answer; only a total past a label's maximum is said as well (a pair of NSAIDs, a gap
    between doses wait for the doctor's reading)."""
    if isinstance(outcome, Matched):
        occ = outcome.occurrence
        due = dose_time(occ)
        what = texts.KEPT_DOSE_MATCHED.format(what=dose_label(occ, outcome.med), due=due)
        extra = outcome.extra
        if extra is not None:
            what += " " + texts.KEPT_DOSE_EXTRA.format(what=_plain_dose(extra, zone, now))
        warnings = [*outcome.warnings, *(extra.warnings if extra is not None else ())]
    else:
        what, warnings = _plain_dose(outcome, zone, now), list(outcome.warnings)
    return KeptDose(what, tuple(w for w in warnings if w.code in PAST_MAXIMUM))


def _plain_dose(outcome: Logged, zone: ZoneInfo, now: dt.datetime) -> str:
    """ "2 × Norco at 10:00": a dose logged, said with nothing else."""
    when = when_label(outcome.at.astimezone(zone), now.astimezone(zone))
    return f"{_logged_what(outcome)} {when}"


def _logged_what(outcome: Logged) -> str:
    """ "2 × Norco 5/325 mg": the dose logged, as kept ("1000 of tylenol" in mg, as the
    totals count it)."""
    amount = outcome.amount
    what = _describe_dose(
        outcome.name, amount.amount, amount.unit, outcome.generic, outcome.count, outcome.strength
    )
    # ml of a listed liquid, with the mg they hold: "Oramorph 5 ml (10 mg)"
    return what + (f" ({outcome.as_mg:g} mg)" if outcome.as_mg is not None else "")


def _taken_reply(
    outcome: TakenOutcome, zone: ZoneInfo, now: dt.datetime, *, carer: bool = False
) -> str:
    """What the person is told about a dose taken: the dose it answered ("their 08:00
    dose" to a `carer`), or the extra dose logged with any safety facts (past a label's
    overdose line: set apart, first)."""
    if isinstance(outcome, Matched):
        occ = outcome.occurrence
        due = dose_time(occ)
        part = occ.units_taken is not None
        tmpl = _MATCHED[(part, occ.taken_late, carer)]
        # (a dose of another day is said with its day: "your 08:00 dose on Mon 7 Dec")
        day = day_words(occ.due_at, now, zone)
        said = tmpl.format(what=dose_label(occ, outcome.med), due=due, day=day)
        if outcome.extra is not None:
            said += "\n" + extra_reply(outcome.extra, zone, now, carer=carer)
        if outcome.warnings:
            said += "\n\n" + warning_lines(outcome.warnings, zone)
        return said
    return _logged_reply(outcome, zone, now, texts.TOOK_LOGGED, carer=carer)


# A dose told answering its scheduled one, by (part of it, taken late, told by a carer)
_MATCHED = {
    (False, False, False): texts.TOOK_MATCHED,
    (False, True, False): texts.TOOK_MATCHED_LATE,
    (True, False, False): texts.TOOK_MATCHED_PART,
    (True, True, False): texts.TOOK_MATCHED_PART_LATE,
    (False, False, True): texts.TOOK_MATCHED_CARER,
    (False, True, True): texts.TOOK_MATCHED_LATE_CARER,
    (True, False, True): texts.TOOK_MATCHED_PART_CARER,
    (True, True, True): texts.TOOK_MATCHED_PART_LATE_CARER,
}


def extra_reply(outcome: Logged, zone: ZoneInfo, now: dt.datetime, *, carer: bool = False) -> str:
    """The line for tablets beyond a dose answered ("+ Gabapentin 300 mg more …")."""
    return _logged_reply(outcome, zone, now, texts.TOOK_EXTRA, carer=carer)


def _logged_reply(
    outcome: Logged, zone: ZoneInfo, now: dt.datetime, tmpl: str, *, carer: bool = False
) -> str:
    """An extra dose logged, with its safety facts (past a label's overdose line: set
    apart, first); more than a dose on the list is said of the patient to a `carer`."""
    reply = tmpl.format(
        what=_logged_what(outcome),
        when=when_label(outcome.at.astimezone(zone), now.astimezone(zone)),
    )
    if outcome.instead_of is not None:
        listed = med_label(outcome.instead_of)
        other = texts.TOOK_OTHER_STRENGTH if outcome.amount.amount else texts.TOOK_OTHER_PRODUCT
        reply += "\n" + other.format(name=display_name(outcome.name), listed=listed)
    elif outcome.after_course is not None and outcome.after_course.last_day is not None:
        # "took oxy" after its 7-day course: said plainly, never "/add it" as if new
        reply += "\n" + texts.TOOK_AFTER_COURSE.format(
            name=med_label(outcome.after_course), day=short_date(outcome.after_course.last_day)
        )
    elif not outcome.listed and outcome.named:
        note = texts.TOOK_NOT_LISTED if outcome.known else texts.TOOK_UNKNOWN_MED
        reply += "\n" + note.format(
            name=display_name(outcome.name) if outcome.known else outcome.name
        )
    overdose = any(w.code == OVERDOSE for w in outcome.warnings)
    if outcome.beyond is not None and not overdose:
        # (beside the label's overdose words, "/meds can say so" would only be noise)
        med = outcome.beyond
        said = _MORE_THAN_A_DOSE[(_count_assumed(med), carer)]
        reply += "\n" + said.format(listed=med_label(med))
    if outcome.warnings:
        reply += "\n\n" + warning_lines(outcome.warnings, zone)
    return reply


# More than a dose on the list told, by (its count only assumed, told by a carer)
_MORE_THAN_A_DOSE = {
    (True, False): texts.TOOK_MORE_THAN_ASSUMED,
    (False, False): texts.TOOK_MORE_THAN_ONE_DOSE,
    (True, True): texts.TOOK_MORE_THAN_ASSUMED_CARER,
    (False, True): texts.TOOK_MORE_THAN_ONE_DOSE_CARER,
}


def warning_lines(warnings: Sequence[SafetyWarning], zone: ZoneInfo) -> str:
    """Safety facts as the person reads them, a label's overdose line marked apart."""
    return "\n\n".join(
        f"{'🛑' if w.code == OVERDOSE else '⚠️'} {say_locally(w.text, zone.key)}" for w in warnings
    )
