"""/start, /timezone, a shared location, and the check-in time."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
from dataclasses import replace
from zoneinfo import ZoneInfo

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
)
from telegram.ext import ContextTypes

from bot.domain.caregiving import INVITE_PREFIX, token_of
from bot.domain.conversation import Question
from bot.domain.setup_hold import SetupHold
from bot.knowledge.local_names import say_locally
from bot.knowledge.places import ZoneChoice, dominant_choice, resolve_zone, zone_for_location
from bot.knowledge.poison_lines import urgent_number
from bot.parsing.regimen_listed import listed_to_add
from bot.parsing.timephrases import parse_clock_time
from bot.services import appointments, trials
from bot.services import checkback as checkback_service
from bot.services.regimen import rematerialise_user
from bot.storage import due_work, records
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import regimen
from bot.telegram.handlers.caregiver import open_invite
from bot.telegram.handlers.checkin import ask_baseline
from bot.telegram.handlers.common import Handler, drop_waiting_question, load_user
from bot.telegram.next_reminder import after_zone_change
from bot.telegram.payloads import CheckinTimeTap, ZoneTap
from bot.telegram.unit import unit

#: Setup's own questions: nothing works without their answers, so a medicine told while
#: one waits is held for right after it.
SETUP = frozenset({Question.TIMEZONE, Question.CHECKIN_TIME})
CHECKIN_CHOICES = ("08:00", "12:00", "18:00", "20:00", "21:00", "22:00")
LOCATION_KEYBOARD = ReplyKeyboardMarkup(
    [[KeyboardButton("📍 Share my location", request_location=True)]],
    resize_keyboard=True,
    one_time_keyboard=True,
)


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: who we are, then the time zone question; `/start care-<token>` (a
    caregiver's invite link) goes to the invite instead — no onboarding forced on them."""
    d = deps(context)
    assert update.message
    arg = context.args[0] if context.args else ""
    if arg.startswith(INVITE_PREFIX):
        await open_invite(update, context, token_of(arg))
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, Question.TIMEZONE, d.clock.now())
        user.onboarding = True
    await update.message.reply_text(texts.DISCLAIMER)
    await update.message.reply_text(texts.ASK_TIMEZONE, reply_markup=LOCATION_KEYBOARD)


async def timezone_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/timezone <zone or city>."""
    d = deps(context)
    assert update.message
    arg = " ".join(context.args or []).strip()
    if not arg:
        async with unit(context).begin() as s:
            user = await load_user(update, context, s)
            repo.ask_question(user, Question.TIMEZONE, d.clock.now())
        await update.message.reply_text(texts.TZ_HELP, reply_markup=LOCATION_KEYBOARD)
        return
    await answer_zone_text(update, context, arg)


async def answer_zone_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Resolve a typed zone/city: set it, offer choices, or say what works."""
    d = deps(context)
    assert update.message and update.effective_user
    # In a thread: right after start-up the city index may still be building (~2 s),
    # and the event loop must keep serving everyone else meanwhile.
    choices = await asyncio.to_thread(resolve_zone, text)
    if not choices and parse_clock_time(text.strip().lower()) is not None:
        # "8pm" while "Which London?" waits: the next question answered too soon.
        await update.message.reply_text(texts.TZ_BEFORE_TIME)
        return
    if not choices:
        await update.message.reply_text(texts.TZ_UNKNOWN.format(text=text[:60]))
        return
    if len(choices) == 1:
        await set_zone(update, context, choices[0])
        return
    # "sydney": Australia's, not Sydney, Nova Scotia; one tap saved, the other named
    dominant = await asyncio.to_thread(dominant_choice, text)
    if dominant is not None:
        await set_zone(update, context, dominant[0], also=dominant[1])
        return
    uid = update.effective_user.id
    rows = [
        [InlineKeyboardButton(c.label[:60], callback_data=d.codec.pack(uid, ZoneTap(c.zone)))]
        for c in choices[:6]
    ]
    await update.message.reply_text(texts.TZ_PICK, reply_markup=InlineKeyboardMarkup(rows))


async def location(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A shared location sets the zone (offline lookup; the location itself isn't kept)."""
    assert update.message and update.message.location
    loc = update.message.location
    # timezonefinder loads its data on first use: not on the event loop.
    zone = await asyncio.to_thread(zone_for_location, loc.latitude, loc.longitude)
    if zone is None:
        await update.message.reply_text(texts.TZ_UNKNOWN.format(text="that place"))
        return
    await set_zone(update, context, ZoneChoice(zone=zone, label=zone, fixed_offset=False))


async def zone_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: ZoneTap) -> None:
    """A tap on one of several matching zones."""
    assert update.callback_query
    zone = tap.zone
    await update.callback_query.answer()
    choices = await asyncio.to_thread(resolve_zone, zone)
    choice = next((c for c in choices if c.zone == zone), None)
    await set_zone(update, context, choice or ZoneChoice(zone=zone, label=zone, fixed_offset=False))


async def set_zone(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    choice: ZoneChoice,
    *,
    also: str | None = None,
) -> None:
    """Store the zone, move upcoming doses to it, and carry on onboarding; `also`: another
    place of that name, said with how to choose it instead."""
    d = deps(context)
    chat = update.effective_chat
    assert chat
    ZoneInfo(choice.zone)  # validated by resolve_zone; fail loudly if not
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        # The first zone carries onboarding on even when /add came between: the
        # check-in time is still to ask.
        onboarding = user.onboarding or (
            not user.timezone_set and user.awaiting in (None, Question.TIMEZONE)
        )
        # (held on to the check-in time when onboarding asks it next)
        held = None if onboarding else _held(user)
        if held is not None:
            user.draft = None
        if user.timezone_set and user.timezone != choice.zone:
            await records.keep_zone_change(s, user.id, user.timezone, choice.zone, now)
        user.timezone = choice.zone
        user.timezone_set = True
        repo.ask_question(user, Question.CHECKIN_TIME if onboarding else None, now)
        user.onboarding = onboarding  # set_checkin then ends onboarding
        await rematerialise_user(s, user, now, new_zone=True)
        await due_work.reschedule_checkins(s, user, now)
        await due_work.reschedule_summaries(s, user, now)
        await due_work.reschedule_routines(s, user, now)
        await trials.replan(s, user, now)
        await appointments.replan(s, user, now)
        await checkback_service.replan(s, user, now)
        upcoming = [] if onboarding else await repo.next_and_last_doses(s, user.id, now)
    local = now.astimezone(ZoneInfo(choice.zone)).strftime("%H:%M")
    text = texts.TZ_SET.format(label=choice.label, local=local)
    number = urgent_number(choice.zone)
    if number is not None:
        text += "\n" + texts.TZ_URGENT.format(number=number)
    if upcoming:
        text += "\n\n" + after_zone_change(upcoming, ZoneInfo(choice.zone), now)
    if choice.fixed_offset:
        text += texts.TZ_FIXED_NOTE
    if also:
        text += texts.TZ_ALSO.format(also=also, command=also.lower())
    await context.bot.send_message(chat.id, text, reply_markup=ReplyKeyboardRemove())
    if onboarding:
        await ask_checkin(update, context)
    elif held is not None:
        await _go_on(update, context, held)
    if d.ticker:
        d.ticker.wake()


async def ask_checkin(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    *,
    typed: bool = False,
    times: tuple[dt.time, ...] | None = None,
) -> None:
    """Check-in time buttons (text like 9pm works too; `typed`: say so, as /settings
    does, where a time other than the buttons' is what was looked for; `times`: the
    times of a part of the day said, "evenings", to pick one from)."""
    d = deps(context)
    assert update.effective_user and update.effective_chat
    uid = update.effective_user.id
    choices = times or tuple(dt.time.fromisoformat(t) for t in CHECKIN_CHOICES)
    buttons = [
        InlineKeyboardButton(
            t.strftime("%H:%M"), callback_data=d.codec.pack(uid, CheckinTimeTap(t))
        )
        for t in choices
    ]
    markup = InlineKeyboardMarkup([buttons[:3], buttons[3:]] if times is None else [buttons])
    if times is not None:
        ask = texts.ASK_CHECKIN_WHICH
    else:
        ask = texts.ASK_CHECKIN + ("\n" + texts.ASK_CHECKIN_TYPED if typed else "")
    await context.bot.send_message(update.effective_chat.id, ask, reply_markup=markup)


async def checkin_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: CheckinTimeTap
) -> None:
    """A tap on a check-in time."""
    assert update.callback_query
    await update.callback_query.answer()
    await set_checkin(update, context, tap.at)


async def set_checkin(update: Update, context: ContextTypes.DEFAULT_TYPE, at: dt.time) -> None:
    """Store the daily check-in time; finish onboarding if it was the last question (and
    ask the PEG once, as the baseline)."""
    d = deps(context)
    chat = update.effective_chat
    assert chat
    async with unit(context).begin() as s:
        user: User = await load_user(update, context, s)
        onboarding = user.onboarding
        held = _held(user)
        if held is not None:
            user.draft = None
        user.checkin_time = at.strftime("%H:%M")
        await due_work.reschedule_checkins(s, user, d.clock.now())
        await due_work.reschedule_summaries(s, user, d.clock.now())
        await trials.replan(s, user, d.clock.now())  # reviews come at the check-in time
        if user.awaiting == Question.CHECKIN_TIME:
            repo.ask_question(user, None, d.clock.now())
        user.onboarding = False
    await context.bot.send_message(chat.id, texts.CHECKIN_SET.format(time=at.strftime("%H:%M")))
    if onboarding and held is None:
        # "/add paracetamol …" in London: the example in the name on their packets
        await context.bot.send_message(chat.id, say_locally(texts.ONBOARDED, user.timezone))
    elif onboarding:
        await context.bot.send_message(chat.id, texts.ONBOARDED_THEN_ADD)
    if onboarding:
        # After "All set", so /add is never held up by an optional question.
        await ask_baseline(update, context)
    if held is not None:
        # Last, so the add's question is the newest one waiting: what is typed next
        # answers it, and the baseline's buttons stay there to tap.
        await _go_on(update, context, held)


async def _go_on(update: Update, context: ContextTypes.DEFAULT_TYPE, held: SetupHold) -> None:
    """Setup done: the list told during it offered, one tap a medicine, as in chat; then
    the add told, begun (its question the newest waiting)."""
    if held.listed:
        async with unit(context).begin() as s:
            user = await load_user(update, context, s)
            names = [m.known_as for m in await repo.active_medications(s, user.id)]
        listed = listed_to_add(held.listed, names)
        if listed:
            await regimen.offer_listed(update, context, user, listed, held=held.listed)
    if held.add is not None:
        await regimen.add_line(update, context, held.add)


def setup_stays(handler: Handler) -> Handler:
    """A command setup's question outlives (/timezone answers it): run with the question,
    and the medicine it holds for after it, kept; otherwise a new flow, as any command is
    (common.new_flow)."""

    @functools.wraps(handler)
    async def run(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        async with unit(context).begin() as s:
            in_setup = (await load_user(update, context, s)).awaiting in SETUP
        if not in_setup:
            await drop_waiting_question(update, context)
        await handler(update, context)

    return run


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add: while setup asks the check-in time, held for right after it (the question
    asked again: one tap), so setup is never left half done; otherwise a new flow, as any
    command is — at the zone question too, which someone may never answer (the add then
    runs on UTC, said so, and the first zone carries onboarding on)."""
    async with unit(context).begin() as s:
        asks_time = (await load_user(update, context, s)).awaiting == Question.CHECKIN_TIME
    if not asks_time:
        await drop_waiting_question(update, context)
        await regimen.add_command(update, context)
        return
    assert update.message and update.message.text
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    await hold_add(update, context, rest)


async def hold_add(update: Update, context: ContextTypes.DEFAULT_TYPE, line: str) -> None:
    """ "add naproxen" (or /add naproxen) told while setup asks its question: kept with
    that question, gone on with once it is answered, and the question asked again."""
    user = await _hold(update, context, add=line)
    said = texts.ADD_DURING_SETUP.format(line=line) if line else texts.ADD_ANY_DURING_SETUP
    await setup_first(update, context, user, said)


async def hold_list(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str) -> None:
    """A whole list told in one message while setup asks its question: kept as the add
    is, offered once setup is done, and the question asked again."""
    user = await _hold(update, context, listed=said)
    await setup_first(update, context, user, texts.LISTED_DURING_SETUP)


async def _hold(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    *,
    add: str | None = None,
    listed: str | None = None,
) -> User:
    """Keep what was told in the hold, beside what it holds already (an add told after a
    list keeps the list)."""
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        held = _held(user) or SetupHold()
        if add is not None:
            held = replace(held, add=add)
        if listed is not None:
            held = replace(held, listed=listed)
        user.draft = held.to_json()
    return user


async def setup_first(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, said: str
) -> None:
    """Medicines told while setup asks its zone or check-in time: said to come right after
    it, and its question asked again."""
    msg = update.message
    assert msg
    await msg.reply_text(said)
    if user.awaiting == Question.TIMEZONE:
        await msg.reply_text(texts.ASK_TIMEZONE, reply_markup=LOCATION_KEYBOARD)
    else:
        await ask_checkin(update, context)


def _held(user: User) -> SetupHold | None:
    """What was told while setup asked its question; None when nothing is held."""
    return SetupHold.from_json(user.draft) if user.awaiting in SETUP else None
