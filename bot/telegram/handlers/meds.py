"""/meds with ✏️ Edit / Pause / Remove under each medicine, /pause and /resume."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.add_draft import AddDraft
from bot.domain.conversation import Question
from bot.domain.course import day_label
from bot.domain.regimen import button_name, display_name
from bot.domain.reminder_pause import AllPausedReason, all_paused_label, reason_in_words
from bot.domain.states import PauseReason
from bot.domain.summary import pause_reason_label
from bot.domain.supply import Stock, describe_stock
from bot.domain.trials import Change
from bot.knowledge import resolve_name
from bot.parsing.regimen_change import NewDose
from bot.services import regimen as svc
from bot.services import supply as supply_svc
from bot.services import trials
from bot.services.add_line import line_fields
from bot.storage import repositories as repo
from bot.storage.models import Medication, User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import edit, regimen
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.regimen import draft_of, one_line
from bot.telegram.payloads import MedAction, MedTap, Setting, SettingsTap, Shortcut, ShortcutTap
from bot.telegram.reminders import med_label
from bot.telegram.unit import unit


def _med_button(codec: CallbackCodec, uid: int, label: str, tap: MedTap) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=codec.pack(uid, tap))


def meds_keyboard(meds: list[Medication], uid: int, codec: CallbackCodec) -> InlineKeyboardMarkup:
    """Edit / Pause (or Resume) / Remove for each medication."""
    rows = []
    # A taper's later steps share its buttons: one row per medicine, not per step.
    later = {step.id for m in meds for step in svc.later_steps(meds, m)}
    for m in meds:
        if m.id in later:
            continue
        short = button_name(m.name)
        pause = ("▶️ Resume", MedAction.RESUME) if m.paused else ("⏸ Pause", MedAction.PAUSE)
        rows.append(
            [
                _med_button(codec, uid, f"✏️ Edit · {short}", MedTap(MedAction.EDIT, m.id)),
                _med_button(codec, uid, f"{pause[0]} · {short}", MedTap(pause[1], m.id)),
                _med_button(codec, uid, f"🗑 Remove · {short}", MedTap(MedAction.REMOVE, m.id)),
            ]
        )
    return InlineKeyboardMarkup(rows)


def meds_text(
    meds: list[Medication], zone: ZoneInfo, today: dt.date, stocks: dict[str, Stock] | None = None
) -> str:
    """The regimen, one line each (courses as of the person's `today`), each counted
    supply under its medicine, and a medicine run out said so."""
    lines = [texts.MEDS_HEADER]
    for m in meds:
        lines.append(f"• {svc.medication_line(m, today)}" + (" (paused)" if m.paused else ""))
        counted = (stocks or {}).get(supply_svc.medicine_key(m))
        if m.out_since is None and counted is not None and (m.first_day or today) <= today:
            lines.append(f"   📦 {describe_stock(counted)}")
        if m.out_since is not None:  # their word over the count's (doses may be untold)
            day = day_label(m.out_since.astimezone(zone).date())
            lines.append(texts.SUPPLY_OUT.format(day=day, key=m.name.lower()))
    return "\n".join(lines)


async def meds_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/meds."""
    d = deps(context)
    assert update.message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, update.effective_user.id)
        stocks = await supply_svc.stocks(s, user, meds, d.clock.now())
    if not meds:
        await update.message.reply_text(texts.MEDS_EMPTY)
        return
    today = d.clock.now().astimezone(ZoneInfo(user.timezone)).date()
    await update.message.reply_text(
        meds_text(meds, ZoneInfo(user.timezone), today, stocks),
        reply_markup=meds_keyboard(meds, update.effective_user.id, d.codec),
    )


async def med_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: MedTap) -> None:
    """Edit, pause, resume, remove (asking first), keep."""
    d = deps(context)
    q = update.callback_query
    assert q and update.effective_user and q.message
    uid = update.effective_user.id
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        med = await repo.get_medication(s, uid, tap.med)
        if med is not None and med.ended_at is not None:
            # a taper's step that finished after /meds was shown: its next step is the
            # medicine the person means
            running = await repo.active_medications(s, uid)
            med = next((m for m in running if m.replaces_id == med.id), None)
        if med is None or med.ended_at is not None:
            await q.answer(texts.MED_GONE)
            return
        label = med_label(med)
        if tap.action is MedAction.REMOVE:
            await q.answer()
            await context.bot.send_message(
                q.message.chat.id,
                texts.MED_REMOVE_CONFIRM.format(name=label),
                reply_markup=_remove_markup(d.codec, uid, med.id, tap.since),
            )
            return
        if tap.action is MedAction.KEEP:
            await q.answer("OK, kept.")
            await q.edit_message_reply_markup(None)
            return
        if tap.action is MedAction.PAUSE_FOR:
            said = await _pause_for(s, user, med, tap.since, now)
            await q.answer()
            await q.edit_message_text(said)
            return
        draft: AddDraft | None = None
        if tap.action is MedAction.DOSE:
            # the edit /meds opens, answered by the tap: saved as any edit is, or asked
            _start_edit(user, med, now)
            draft = AddDraft.from_json(user.draft or "")
        elif tap.action is MedAction.EDIT:
            reply = _start_edit(user, med, now)
        else:
            meds = await repo.active_medications(s, uid)
            reply = await _change_med(s, user, med, meds, tap, now)
            if tap.action is MedAction.REMOVE_CONFIRMED:
                # One "stop" trial for the medicine, however many taper steps went with it.
                before = trials.label_of(med)
                weeks = d.settings.trial_review_weeks
                # From the day it was said to be stopped, when it was.
                stopped = min(med.ended_at or now, now)
                await trials.open_trial(
                    s, user, med, Change.STOP, before, None, now, weeks, stopped_at=stopped
                )
            meds = [m for m in meds if m.ended_at is None]
            stocks = await supply_svc.stocks(s, user, meds, now)
    await q.answer()
    if draft is not None:
        # the offer's tap answers once: its buttons go
        await q.edit_message_reply_markup(None)
        if not tap.strength:
            await regimen.ask_dose(update, context, draft, resolve_name(draft.name or ""))
            return
        draft.dose_asked = True
        draft.take(line_fields(tap.strength), name=False, only_dose=True)
        await regimen.advance(update, context, draft)
        return
    if tap.action is MedAction.EDIT:
        markup = edit.choices_markup(d.codec, uid, tap.med)
        await context.bot.send_message(q.message.chat.id, reply, reply_markup=markup)
        return
    zone = ZoneInfo(user.timezone)
    if meds:
        await d.sender.edit(
            q.message.chat.id,
            q.message.message_id,
            meds_text(meds, zone, now.astimezone(zone).date(), stocks),
            meds_keyboard(meds, uid, d.codec),
        )
    lengths = None
    if tap.action is MedAction.PAUSE and med.paused:
        lengths = pause_lengths_markup(d.codec, uid, med.id)
    await context.bot.send_message(q.message.chat.id, reply, reply_markup=lengths)
    if d.ticker:
        d.ticker.wake()


def pause_lengths_markup(codec: CallbackCodec, uid: int, med_id: int) -> InlineKeyboardMarkup:
    """`1 day` · `3 days` · `1 week` on one row, `Until I resume` below: one tap for how
    long a medicine stays paused ("for 3 days before the procedure")."""
    taps = {
        days: _med_button(codec, uid, word, MedTap(MedAction.PAUSE_FOR, med_id, days))
        for days, word in texts.PAUSE_FOR_WORDS.items()
    }
    return InlineKeyboardMarkup([[taps[d] for d in svc.PAUSE_DAYS], [taps[0]]])


async def _pause_for(
    s: AsyncSession, user: User, med: Medication, days: int, now: dt.datetime
) -> str:
    """How long `med` stays paused, chosen: the pause's end kept and its resume planned."""
    label = med_label(med)
    if not med.paused:
        return texts.MED_PAUSE_OVER.format(name=label)
    ends = await svc.pause_for(s, user, med, days, now)
    if ends is None:
        return texts.MED_PAUSED_OPEN.format(name=label)
    local = ends.astimezone(ZoneInfo(user.timezone))
    when = f"{day_label(local.date())} {local:%H:%M}"
    return texts.MED_PAUSED_UNTIL.format(name=label, when=when)


async def offer_change(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    med: Medication,
    stopped: bool,
    since: dt.date | None = None,
    told: bool = False,
    asked: bool = False,
) -> None:
    """ "stopped the naproxen", "doctor upped my gabapentin": the list is changed only by
    the person's own tap, offered here (Remove asks to confirm; Change opens the edit).
    A stop said to be `since` an earlier day removes it from that day; `told`: a
    clinician's word to stop it ("GP says no more paracetamol"), not yet done."""
    name = display_name(med.name)
    action = MedAction.REMOVE if stopped else MedAction.EDIT
    label = f"🗑 Remove · {name}" if stopped else f"✏️ Change · {name}"
    # (`asked`: "delete the tramadol" asked it in words; no "have you stopped?")
    offer = (
        texts.OFFER_REMOVE_TOLD
        if told
        else texts.OFFER_REMOVE_ASKED
        if asked
        else texts.OFFER_REMOVE
    )
    said = (offer if stopped else texts.OFFER_CHANGE).format(name=name)
    day = since.toordinal() if stopped and since is not None else 0
    if day:
        said = texts.OFFER_REMOVE_SINCE.format(name=name, day=day_label(dt.date.fromordinal(day)))
    await _offer(update, context, said, label, MedTap(action, med.id, day))


async def offer_new_dose(
    update: Update, context: ContextTypes.DEFAULT_TYPE, med: Medication, told: NewDose
) -> None:
    """ "Since the pregabalin went up": one tap to the dose told, or, none told, the
    label's next strengths that way and Type it (the list changed only by the tap)."""
    assert update.effective_message and update.effective_user
    codec, uid = deps(context).codec, update.effective_user.id
    name = display_name(med.name)

    def button(label: str, strength: str) -> InlineKeyboardButton:
        return _med_button(codec, uid, label, MedTap(MedAction.DOSE, med.id, strength=strength))

    type_it = button(texts.NEW_DOSE_TYPE_IT, "")
    if told.strength is not None:
        shown = _spaced(told.strength)
        said = texts.OFFER_NEW_DOSE.format(name=name, strength=shown)
        rows = [[button(f"✏️ {name} {shown}", told.strength)], [type_it]]
    else:
        said = texts.OFFER_DOSE_NOW.format(low=name.lower())
        nearby = [button(_spaced(s), s) for s in _next_strengths(med, told.down)]
        rows = [nearby, [type_it]] if nearby else [[type_it]]
    await update.effective_message.reply_text(said, reply_markup=InlineKeyboardMarkup(rows))


def _spaced(strength: str) -> str:
    """ "150mg" as the list shows it: "150 mg"."""
    return re.sub(r"(?<=\d)(?=[a-z])", " ", strength)


def _next_strengths(med: Medication, down: bool) -> list[str]:
    """The label's strengths just past the list's, the way the dose went (up to three)."""
    match = resolve_name(med.name)
    if match is None or med.amount is None or med.unit not in (None, "mg"):
        return []
    sold = sorted(
        {
            st.one_amount
            for st in match.drug.strengths_for(med.name)
            if st.unit == "mg" and st.one_amount is not None
        },
        reverse=down,
    )
    past = [a for a in sold if (a < med.amount if down else a > med.amount)]
    return [f"{a:g}mg" for a in past[:3]]


def _edit(med: Medication) -> MedTap:
    return MedTap(MedAction.EDIT, med.id)


async def offer_change_which(
    update: Update, context: ContextTypes.DEFAULT_TYPE, meds: Sequence[Medication]
) -> None:
    """ "The doctor said to go up to 300mg twice a day": which medicine, one Change tap
    each (the list is changed only by the person's own tap)."""
    assert update.effective_message and update.effective_user
    codec, uid = deps(context).codec, update.effective_user.id
    rows = [
        [
            _med_button(
                codec, uid, f"✏️ Change · {display_name(m.name)}", MedTap(MedAction.EDIT, m.id)
            )
        ]
        for m in meds[:8]
    ]
    await update.effective_message.reply_text(
        texts.OFFER_CHANGE_WHICH, reply_markup=InlineKeyboardMarkup(rows)
    )


async def offer_pause(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    med: Medication,
    why: PauseReason | None = None,
) -> None:
    """ "Pausing the methocarbamol for a few days": one tap to pause its reminders; `why`
    ("told to stop it for now by …") goes with the tap, for the report."""
    name = display_name(med.name)
    tap = MedTap(MedAction.PAUSE, med.id, why=why)
    await _offer(update, context, texts.OFFER_PAUSE.format(name=name), f"⏸ Pause · {name}", tap)


async def offer_pause_all(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    said: str = texts.OFFER_PAUSE_ALL,
    why: AllPausedReason | None = None,
) -> None:
    """ "Won't be taking anything till friday" (a hospital stay): one tap to pause every
    reminder, as /pause does; nothing is recorded skipped meanwhile. `why` (in hospital)
    goes with the tap, for the report."""
    assert update.effective_message and update.effective_user
    tap = SettingsTap(Setting.PAUSE, why)
    button = InlineKeyboardButton(
        "⏸ Pause all reminders",
        callback_data=deps(context).codec.pack(update.effective_user.id, tap),
    )
    await update.effective_message.reply_text(said, reply_markup=InlineKeyboardMarkup([[button]]))


async def _offer(
    update: Update, context: ContextTypes.DEFAULT_TYPE, said: str, label: str, tap: MedTap
) -> None:
    """A reply offering one tap on the person's list."""
    assert update.effective_message and update.effective_user
    button = _med_button(deps(context).codec, update.effective_user.id, label, tap)
    await update.effective_message.reply_text(said, reply_markup=InlineKeyboardMarkup([[button]]))


def _remove_markup(
    codec: CallbackCodec, uid: int, med_id: int, since: int = 0
) -> InlineKeyboardMarkup:
    """Yes, remove / Keep it."""
    yes = MedTap(MedAction.REMOVE_CONFIRMED, med_id, since)
    keep = MedTap(MedAction.KEEP, med_id)
    return InlineKeyboardMarkup(
        [[_med_button(codec, uid, "🗑 Yes, remove", yes), _med_button(codec, uid, "Keep it", keep)]]
    )


def _start_edit(user: User, med: Medication, now: dt.datetime) -> str:
    """The edit's draft kept while it waits; the question that asks what to change."""
    repo.ask_question(user, Question.ADD, now)
    user.draft = draft_of(med).to_json()
    line = svc.medication_line(med, now.astimezone(ZoneInfo(user.timezone)).date())
    return texts.EDIT_WHAT.format(line=line, example=one_line(med))


async def _change_med(
    s: AsyncSession,
    user: User,
    med: Medication,
    meds: list[Medication],
    tap: MedTap,
    now: dt.datetime,
) -> str:
    """Pause, resume or end `med` (of the running `meds`); the reply to send."""
    action = tap.action
    label = med_label(med)
    # A taper is one medicine to the person: its later steps go with it, and so does a
    # version changed "from Thursday" that still runs till then.
    before = await svc.still_running_before(s, med, now)
    steps = [*before, med, *svc.later_steps(meds, med)]
    if action in (MedAction.PAUSE, MedAction.RESUME):
        pause = action is MedAction.PAUSE
        for step in steps:
            await svc.set_medication_paused(s, user, step, pause, now, tap.why)
        await svc.keep_med_pause(s, user, med, label, pause, now, steps)
        if not pause:
            return texts.MED_RESUMED.format(name=label)
        said = texts.MED_PAUSED.format(name=label)
        why = pause_reason_label(med.pause_reason)
        if why:
            # what the doctor's report will say of it, so the person knows it is kept
            on = (med.paused_at or now).astimezone(ZoneInfo(user.timezone)).date()
            said += "\n" + texts.MED_PAUSED_WHY.format(day=day_label(on), why=why)
        return said + "\n" + texts.MED_PAUSE_HOW_LONG
    # a paused medicine removed: its pause ends with it (never "still paused" after)
    await svc.keep_med_pause(s, user, med, label, False, now, steps)
    for step in steps:
        await svc.end_medication(s, step, now)
    if not tap.since:
        return texts.MED_REMOVED.format(name=label)
    day = dt.date.fromordinal(tap.since)
    start = dt.datetime.combine(day, dt.time(), ZoneInfo(user.timezone))
    for step in steps:
        # The record says when it really stopped (never before it was started).
        step.ended_at = max(start, step.started_at)
        await repo.forget_unanswered_since(s, step.id, step.ended_at)
    return texts.MED_REMOVED_SINCE.format(name=label, day=day_label(day))


async def pause_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pause: all reminders stop until /resume; words after it that tell why ("/pause
    in hospital") are kept with the pause, for the report."""
    d = deps(context)
    assert update.message
    why = reason_in_words(" ".join(context.args or []))
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        reply = texts.ALREADY_PAUSED if user.paused else texts.PAUSED_ALL
        if not user.paused or why is not None:
            # already paused: the reason said now joins that pause
            await svc.set_user_paused(s, user, True, d.clock.now(), why)
    if why is not None:
        reply += "\n" + texts.PAUSED_ALL_WHY.format(why=all_paused_label(why))
    await update.message.reply_text(reply)


async def resume_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/resume."""
    assert update.message
    await update.message.reply_text(await _resume(update, context))
    _wake(context)


def _wake(context: ContextTypes.DEFAULT_TYPE) -> None:
    """The ticker run now, the reply said first (reminders due meanwhile come after it)."""
    ticker = deps(context).ticker
    if ticker:
        ticker.wake()


async def _resume(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """Every reminder back on (what /resume and its button do); the reply to say."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if not user.paused:
            reply = texts.NOT_PAUSED
        else:
            await svc.set_user_paused(s, user, False, d.clock.now())
            reply = texts.RESUMED_ALL
    return reply


async def offer_resume(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Home now" while reminders are paused: one tap to turn them back on."""
    assert update.effective_message and update.effective_user
    tap = ShortcutTap(Shortcut.RESUME)
    button = InlineKeyboardButton(
        texts.RESUME_BUTTON, callback_data=deps(context).codec.pack(update.effective_user.id, tap)
    )
    await update.effective_message.reply_text(
        texts.OFFER_RESUME_BACK, reply_markup=InlineKeyboardMarkup([[button]])
    )


async def resume_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "▶️ Resume reminders" tapped: resumed as /resume does, said in place of the offer."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    reply = await _resume(update, context)
    await q.answer(texts.RECORDED)
    await d.sender.edit(q.message.chat.id, q.message.message_id, reply, None)
    _wake(context)
