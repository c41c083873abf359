"""/settings (check-in time, weekly summary, snooze, quiet hours, report name, pause) and
/stats for operators (counts only, never health data)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.quiet import doses_in_quiet_hours
from bot.domain.reminder_pause import AllPausedReason, all_paused_label
from bot.domain.schedule import WEEKDAY_NAMES, parse_times
from bot.domain.wording import and_list
from bot.knowledge.places import zone_shown
from bot.parsing.timephrases import clock_range_said
from bot.services import checkback as checkback_service
from bot.services import stats
from bot.services.regimen import set_user_paused
from bot.storage import due_work
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.onboarding import ask_checkin
from bot.telegram.payloads import CheckinTimeTap, Setting, SettingsTap
from bot.telegram.unit import unit

SUMMARY_TIMES = ("09:00", "12:00", "18:00", "20:00")
QUIET_CHOICES = ("2200-0700", "2300-0800", "2100-0600")
REFILL_DAYS = (3, 5, 7, 10, 14)


def settings_text(user: User) -> str:
    """Current settings, one per line."""
    quiet = f"{user.quiet_start}–{user.quiet_end}" if user.quiet_start else "off"
    return texts.SETTINGS.format(
        checkin=user.checkin_time,
        day=WEEKDAY_NAMES[user.summary_weekday],
        time=user.summary_time,
        snooze=user.snooze_minutes,
        quiet=quiet,
        refill=user.refill_warning_days,
        name=user.report_name or "Patient",
        state="paused ⏸" if user.paused else "on ▶️",
        zone=zone_shown(user.timezone),
    )


def settings_keyboard(user: User, codec: CallbackCodec) -> InlineKeyboardMarkup:
    """One button per setting."""
    uid = user.id

    def b(label: str, what: Setting) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=codec.pack(uid, SettingsTap(what)))

    pause = (
        b("▶️ Resume reminders", Setting.RESUME) if user.paused else b("⏸ Pause all", Setting.PAUSE)
    )
    return InlineKeyboardMarkup(
        [
            [b("⏰ Check-in time", Setting.CHECKIN), b("📅 Weekly summary", Setting.SUMMARY)],
            [b("😴 Snooze length", Setting.SNOOZE), b("🌙 Quiet hours", Setting.QUIET)],
            [b("📦 Refill warning", Setting.REFILL), b("🏷 Name on report", Setting.NAME)],
            [pause],
        ]
    )


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings."""
    d = deps(context)
    assert update.message
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
    await update.message.reply_text(
        settings_text(user), reply_markup=settings_keyboard(user, d.codec)
    )


def _choices(
    uid: int, codec: CallbackCodec, what: Setting, options: list[tuple[str, str]], width: int = 4
) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(label, callback_data=codec.pack(uid, SettingsTap(what, value)))
        for label, value in options
    ]
    return InlineKeyboardMarkup([buttons[i : i + width] for i in range(0, len(buttons), width)])


#: The settings whose button opens a menu of values (prompt, [(label, value)]).
MENUS: dict[Setting, tuple[str, list[tuple[str, str]]]] = {
    Setting.SUMMARY: (texts.ASK_SUMMARY_DAY, [(n, str(i)) for i, n in enumerate(WEEKDAY_NAMES)]),
    Setting.SNOOZE: (texts.ASK_SNOOZE_DEFAULT, [(f"{m} min", str(m)) for m in (10, 15, 30, 60)]),
    Setting.REFILL: (texts.ASK_REFILL_DAYS, [(f"{n} days", str(n)) for n in REFILL_DAYS]),
    Setting.QUIET: (
        texts.ASK_QUIET,
        [(f"{v[:2]}:{v[2:4]}–{v[5:7]}:{v[7:]}", v) for v in QUIET_CHOICES] + [("Off", "off")],
    ),
}


async def settings_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: SettingsTap
) -> None:
    """A setting opened (its menu, or its question) or a value chosen."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    uid = update.effective_user.id
    chat = q.message.chat.id
    await q.answer()
    if tap.what is Setting.CHECKIN:
        # a night worker's time is none of the buttons: typed, it is read too
        async with unit(context).begin() as s:
            user = await load_user(update, context, s)
            repo.ask_question(user, Question.CHECKIN_TIME, d.clock.now())
        await ask_checkin(update, context, typed=True)
        return
    if tap.value is None and tap.what in MENUS:
        prompt, options = MENUS[tap.what]
        if tap.what is Setting.QUIET:
            # a day sleeper's hours are none of the buttons: typed, they are read too
            async with unit(context).begin() as s:
                user = await load_user(update, context, s)
                repo.ask_question(user, Question.QUIET_HOURS, d.clock.now())
        await context.bot.send_message(
            chat, prompt, reply_markup=_choices(uid, d.codec, tap.what, options)
        )
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        if tap.what is Setting.NAME and tap.value is None:
            repo.ask_question(user, Question.REPORT_NAME, d.clock.now())
            ask_time = False
        else:
            ask_time = await _apply_setting(s, user, tap, d.clock.now())
        still_come = ""
        if tap.what is Setting.QUIET and tap.value is not None:
            still_come = await _doses_still_come(s, user, d.clock.now())
        text = settings_text(user)
        markup = settings_keyboard(user, d.codec)
    if tap.what is Setting.NAME and tap.value is None:
        await context.bot.send_message(chat, texts.ASK_REPORT_NAME)
        return
    if ask_time:
        times = [(t, t.replace(":", "")) for t in SUMMARY_TIMES]
        await context.bot.send_message(
            chat,
            texts.ASK_SUMMARY_TIME,
            reply_markup=_choices(uid, d.codec, Setting.SUMMARY, times),
        )
        return
    saved = texts.SETTINGS_SAVED
    if tap.what is Setting.PAUSE and (why := all_paused_label(tap.value)):
        saved += " " + texts.PAUSED_ALL_WHY.format(why=why)
    saved += still_come
    await context.bot.send_message(chat, saved + "\n\n" + text, reply_markup=markup)
    if d.ticker:
        d.ticker.wake()


async def _apply_setting(s: AsyncSession, user: User, tap: SettingsTap, now: dt.datetime) -> bool:
    """Store the chosen value; True when a summary day was chosen and its time is next."""
    what, value = tap.what, tap.value
    if what in (Setting.PAUSE, Setting.RESUME):
        # the hospital offer's tap says why: the report names the stay
        why = AllPausedReason.read(value) if what is Setting.PAUSE else None
        await set_user_paused(s, user, what is Setting.PAUSE, now, why)
    elif what is Setting.SUMMARY and value is not None and value.isdigit() and len(value) == 1:
        user.summary_weekday = int(value) % 7
        await due_work.reschedule_summaries(s, user, now)
        return True
    elif what is Setting.SUMMARY and value is not None and len(value) == 4:
        user.summary_time = f"{value[:2]}:{value[2:]}"
        await due_work.reschedule_summaries(s, user, now)
    elif what is Setting.SNOOZE and value is not None:
        user.snooze_minutes = int(value)
    elif what is Setting.REFILL and value in {str(n) for n in REFILL_DAYS}:
        user.refill_warning_days = int(value)
    elif what is Setting.QUIET and value is not None:
        span = (
            None if value == "off" else (f"{value[:2]}:{value[2:4]}", f"{value[5:7]}:{value[7:]}")
        )
        await _set_quiet(s, user, span, now)
        if user.awaiting == Question.QUIET_HOURS:
            repo.ask_question(user, None, now)  # a tap answered it: typing is no longer awaited
    return False


async def _set_quiet(
    s: AsyncSession, user: User, hours: tuple[str, str] | None, now: dt.datetime
) -> None:
    """New quiet hours ("HH:MM" start and end; None: off), tapped or typed. The check-back,
    held past the quiet hours as they were, moves with them (the rest is held when due)."""
    user.quiet_start, user.quiet_end = hours if hours is not None else (None, None)
    await checkback_service.replan(s, user, now)


async def _doses_still_come(s: AsyncSession, user: User, now: dt.datetime) -> str:
    """ "\nYour 08:00 dose reminders will still come …" when the quiet hours just saved
    cover a time a medicine is reminded at (they are never held); "" otherwise."""
    times = [
        t
        for med in await repo.running_medications(s, user.id, now)
        if not med.as_needed and not med.paused
        for t in parse_times(med.times)
    ]
    covered = doses_in_quiet_hours(times, user.quiet_start, user.quiet_end)
    if not covered:
        return ""
    return "\n" + texts.QUIET_DOSES_STILL_COME.format(
        times=and_list([t.strftime("%H:%M") for t in covered])
    )


async def quiet_hours_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Quiet hours typed after the Quiet hours button: "0900-1600", "9am to 4pm", "off"."""
    d = deps(context)
    assert update.message
    span = clock_range_said(text)
    off = span is None and text.strip().lower().strip(".! ") in ("off", "none", "no")
    if span is None and not off:
        await update.message.reply_text(texts.BAD_QUIET)
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, None, d.clock.now())
        hours = None if span is None else (span[0].strftime("%H:%M"), span[1].strftime("%H:%M"))
        await _set_quiet(s, user, hours, d.clock.now())
        still_come = await _doses_still_come(s, user, d.clock.now())
        text_now = settings_text(user)
        markup = settings_keyboard(user, d.codec)
    saved = texts.SETTINGS_SAVED + still_come
    await update.message.reply_text(saved + "\n\n" + text_now, reply_markup=markup)
    if d.ticker:
        d.ticker.wake()


async def report_name_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """The name or initials for the clinician report."""
    d = deps(context)
    assert update.message
    name = " ".join(text.split())[:40]
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, None, d.clock.now())
        user.report_name = name or None
    await update.message.reply_text(texts.REPORT_NAME_SET.format(name=name or "Patient"))


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats (admins only): counts across all users, never health data of anyone."""
    d = deps(context)
    assert update.message and update.effective_user
    if update.effective_user.id not in d.settings.admin_user_ids:
        await update.message.reply_text(texts.UNKNOWN_COMMAND)
        return
    async with unit(context).begin() as s:
        asker = await s.get(User, update.effective_user.id)
        zone = ZoneInfo(asker.timezone if asker else "UTC")
        st = await stats.aggregate(s, d.clock.now(), zone)
    adherence = (
        texts.STATS_ADHERENCE.format(pct=round(100 * st.adherence), n=st.resolved_doses)
        if st.adherence is not None
        else texts.STATS_NO_ADHERENCE
    )
    await update.message.reply_text(
        texts.STATS.format(
            users=st.users,
            active=st.active_users,
            with_regimen=st.with_regimen,
            meds=st.medicines,
            sent=st.sent_today,
            adherence=adherence,
        )
    )


async def offer_checkin_move(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, at: dt.time
) -> None:
    """The check-in asked in words to move to `at`: one tap to confirm (a misread time is
    never set without it)."""
    d = deps(context)
    assert update.message
    new = at.strftime("%H:%M")
    if new == user.checkin_time:
        await update.message.reply_text(texts.CHECKIN_TIME_ALREADY.format(time=new))
        return
    tap = d.codec.pack(user.id, CheckinTimeTap(at))
    button = InlineKeyboardButton(
        texts.OFFER_CHECKIN_MOVE_BUTTON.format(new=new), callback_data=tap
    )
    await update.message.reply_text(
        texts.OFFER_CHECKIN_MOVE.format(old=user.checkin_time, new=new),
        reply_markup=InlineKeyboardMarkup([[button]]),
    )
