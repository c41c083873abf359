"""/settings (check-in time, weekly summary, snooze, quiet hours, report name, pause) and
/stats for operators (counts only, never health data)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.schedule import WEEKDAY_NAMES
from bot.services import stats
from bot.services.regimen import set_user_paused
from bot.storage import due_work
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.callbacks import Callback, CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.onboarding import ask_checkin

SUMMARY_TIMES = ("09:00", "12:00", "18:00", "20:00")
QUIET_CHOICES = ("2200-0700", "2300-0800", "2100-0600")


def settings_text(user: User) -> str:
    """Current settings, one per line."""
    quiet = f"{user.quiet_start}–{user.quiet_end}" if user.quiet_start else "off"
    return texts.SETTINGS.format(
        checkin=user.checkin_time,
        day=WEEKDAY_NAMES[user.summary_weekday],
        time=user.summary_time,
        snooze=user.snooze_minutes,
        quiet=quiet,
        name=user.report_name or "Patient",
        state="paused ⏸" if user.paused else "on ▶️",
        zone=user.timezone,
    )


def settings_keyboard(user: User, codec: CallbackCodec) -> InlineKeyboardMarkup:
    """One button per setting."""
    uid = user.id

    def b(label: str, what: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=codec.encode(uid, "set", what))

    pause = b("▶️ Resume reminders", "resume") if user.paused else b("⏸ Pause all", "pause")
    return InlineKeyboardMarkup(
        [
            [b("⏰ Check-in time", "checkin"), b("📅 Weekly summary", "summary")],
            [b("😴 Snooze length", "snooze"), b("🌙 Quiet hours", "quiet")],
            [b("🏷 Name on report", "name"), pause],
        ]
    )


async def settings_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/settings."""
    d = deps(context)
    assert update.message
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
    await update.message.reply_text(
        settings_text(user), reply_markup=settings_keyboard(user, d.codec)
    )


def _choices(
    uid: int, codec: CallbackCodec, what: str, options: list[tuple[str, str]], width: int = 4
) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(label, callback_data=codec.encode(uid, "set", what, value))
        for label, value in options
    ]
    return InlineKeyboardMarkup([buttons[i : i + width] for i in range(0, len(buttons), width)])


async def settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE, cb: Callback) -> None:
    """set:<what>[:<value>]."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    uid = update.effective_user.id
    chat = q.message.chat.id
    what = cb.args[0]
    value = cb.args[1] if len(cb.args) > 1 else None
    now = d.clock.now()
    await q.answer()
    if what == "checkin":
        await ask_checkin(update, context)
        return
    if value is None:
        menus = {
            "summary": (texts.ASK_SUMMARY_DAY, [(n, str(i)) for i, n in enumerate(WEEKDAY_NAMES)]),
            "snooze": (texts.ASK_SNOOZE_DEFAULT, [(f"{m} min", str(m)) for m in (10, 15, 30, 60)]),
            "quiet": (
                texts.ASK_QUIET,
                [(f"{v[:2]}:{v[2:4]}–{v[5:7]}:{v[7:]}", v) for v in QUIET_CHOICES]
                + [("Off", "off")],
            ),
        }
        if what in menus:
            prompt, options = menus[what]
            await context.bot.send_message(
                chat, prompt, reply_markup=_choices(uid, d.codec, what, options)
            )
            return
        if what == "name":
            async with d.sessions.begin() as s:
                user = await load_user(update, context, s)
                repo.ask_question(user, Question.REPORT_NAME, d.clock.now())
            await context.bot.send_message(chat, texts.ASK_REPORT_NAME)
            return
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        if what == "pause":
            await set_user_paused(s, user, True, now)
        elif what == "resume":
            await set_user_paused(s, user, False, now)
        elif what == "summary" and value is not None and value.isdigit() and len(value) == 1:
            user.summary_weekday = int(value) % 7
            times = [(t, t.replace(":", "")) for t in SUMMARY_TIMES]
            await context.bot.send_message(
                chat, texts.ASK_SUMMARY_TIME, reply_markup=_choices(uid, d.codec, "summary", times)
            )
            await due_work.reschedule_summaries(s, user, now)
            return
        elif what == "summary" and value is not None and len(value) == 4:
            user.summary_time = f"{value[:2]}:{value[2:]}"
            await due_work.reschedule_summaries(s, user, now)
        elif what == "snooze" and value is not None:
            user.snooze_minutes = int(value)
        elif what == "quiet" and value is not None:
            if value == "off":
                user.quiet_start = user.quiet_end = None
            else:
                user.quiet_start, user.quiet_end = (
                    f"{value[:2]}:{value[2:4]}",
                    f"{value[5:7]}:{value[7:]}",
                )
        text = settings_text(user)
        markup = settings_keyboard(user, d.codec)
    await context.bot.send_message(chat, texts.SETTINGS_SAVED + "\n\n" + text, reply_markup=markup)
    if d.ticker:
        d.ticker.wake()


async def report_name_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """The name or initials for the clinician report."""
    d = deps(context)
    assert update.message
    name = " ".join(text.split())[:40]
    async with d.sessions.begin() as s:
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
    async with d.sessions() as s:
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