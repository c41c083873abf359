"""/routine: the non-drug part of the treatment — stretches, a walk, physio exercises —
each with one reminder a day on its days, answered with `Done` / `Skip`.

`/routine stretches 10 min 07:00 mon-fri` adds one; `/routine` alone lists them with a
Remove button each. The reminders are due work (bot.storage.due_work); the answers, and a
walk told in words, are kept by bot.services.routines.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.routines import RoutineEntry, RoutineStatus
from bot.parsing.appointment_line import declines
from bot.parsing.routine_line import RoutineLine, RoutineProblem, parse_routine_line
from bot.services import routines as svc
from bot.storage import repositories as repo
from bot.storage.models import User
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import RoutineAction, RoutineTap
from bot.telegram.routine_views import answered_text, routine_line
from bot.telegram.unit import unit

_TAP_STATUS = {RoutineAction.DONE: RoutineStatus.DONE, RoutineAction.SKIP: RoutineStatus.SKIPPED}


def routines_view(
    entries: list[RoutineEntry], codec: CallbackCodec, uid: int
) -> tuple[str, InlineKeyboardMarkup | None]:
    """The running routines, numbered, with a Remove button each, and how to add one."""
    if not entries:
        return texts.ROUTINES_NONE, None
    lines = [texts.ROUTINES_HEADER]
    lines += [f"{i}. {routine_line(e)}" for i, e in enumerate(entries, 1)]
    lines += ["", texts.ROUTINES_HOW]
    buttons = [
        [
            InlineKeyboardButton(
                f"Remove · {e.label}"[:40],
                callback_data=codec.pack(uid, RoutineTap(RoutineAction.REMOVE, e.id)),
            )
        ]
        for e in entries
    ]
    return "\n".join(lines), InlineKeyboardMarkup(buttons)


def problem_text(line: RoutineLine) -> str:
    """A kind answer to a line that cannot be kept, with an example."""
    problems = set(line.problems)
    if (
        RoutineProblem.EMPTY in problems
        or {RoutineProblem.NO_NAME, RoutineProblem.NO_TIME} <= problems
    ):
        return texts.ROUTINE_HOW
    return texts.ROUTINE_PROBLEMS[line.problems[0].value]


async def routine_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/routine <line> adds one; /routine alone lists them."""
    assert update.message and update.message.text and update.effective_user
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    if rest:
        await _add(update, context, rest)
        return
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        entries = await svc.active_routines(s, user)
        if not entries:
            # "Tell me the name …": the next message may be the routine, as it invites
            repo.ask_question(user, Question.ROUTINE, deps(context).clock.now())
            user.draft = None
    text, markup = routines_view(entries, deps(context).codec, update.effective_user.id)
    await update.message.reply_text(text, reply_markup=markup)


async def routine_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """The answer to /routine's "tell me the name … one time": kept when whole; a part
    ("stretches", then "7:30am") is held and joined with the next answer."""
    assert update.message
    now = deps(context).clock.now()
    said = text if declines(text) else f"{user.draft or ''} {text}".strip()
    line = parse_routine_line(said)
    whole = line.ok and line.name is not None and line.at is not None
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        done = whole or declines(text)
        repo.ask_question(fresh, None if done else Question.ROUTINE, now)
        fresh.draft = None if done else said[:200]
    if declines(text):
        await update.message.reply_text(texts.ROUTINE_NONE_ADDED)
    elif whole:
        await _add(update, context, said)
    elif line.name and line.problems == (RoutineProblem.NO_TIME,):
        await update.message.reply_text(texts.ROUTINE_WHEN.format(name=line.name))
    else:
        await update.message.reply_text(problem_text(line))


def accepts(text: str, reports: bool, only_activity: bool) -> bool:
    """Whether `text` answers /routine's question: a routine's name or time, a "no", or
    words that report nothing else ("stretches" names the routine, no walk done)."""
    line = parse_routine_line(text)
    return declines(text) or line.at is not None or only_activity or not reports


async def _add(update: Update, context: ContextTypes.DEFAULT_TYPE, said: str) -> None:
    """Read the line; keep it with its first reminder planned, or say what is missing."""
    assert update.message
    line = parse_routine_line(said)
    if not line.ok or line.name is None or line.at is None:
        await update.message.reply_text(problem_text(line))
        return
    d = deps(context)
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        outcome, entry = await svc.add_routine(
            s, user, line.name, line.minutes, line.at, line.weekdays, now
        )
        paused, zone_unknown = user.paused, not user.timezone_set
    if outcome is svc.AddOutcome.FULL or entry is None:
        await update.message.reply_text(texts.ROUTINES_FULL.format(count=svc.MAX_ACTIVE))
        return
    if outcome is svc.AddOutcome.SAME:
        await update.message.reply_text(texts.ROUTINE_SAME.format(line=routine_line(entry)))
        return
    notes = [texts.ROUTINE_ADDED.format(line=routine_line(entry))]
    if paused:
        notes.append(texts.ROUTINE_PAUSED)
    if zone_unknown:
        # Someone who skipped the time-zone question would be reminded on UTC's clock.
        notes.append(texts.ADD_ZONE_UNKNOWN.format(now=now.strftime("%H:%M")))
    await update.message.reply_text("\n\n".join(notes))
    if d.ticker:
        d.ticker.wake()


async def routine_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: RoutineTap
) -> None:
    """Done / Skip under a reminder (stored, then the reminder shows the outcome without
    its buttons), or Remove under the list (the list redrawn)."""
    if tap.action is RoutineAction.REMOVE:
        await _remove(update, context, tap.ref)
        return
    q = update.callback_query
    assert q and q.message
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        answered = await svc.record_answer(s, user, tap.ref, _TAP_STATUS[tap.action], d.clock.now())
    # Committed above: a tap acknowledged is a tap stored.
    if answered.outcome is svc.TapOutcome.GONE or answered.routine is None:
        await q.answer(texts.ROUTINE_GONE)
        return
    if answered.outcome is svc.TapOutcome.SAME:
        await q.answer(texts.ROUTINE_TAP_SAME)
    elif answered.status is RoutineStatus.DONE:
        await q.answer(texts.ROUTINE_TAP_DONE)
    else:
        await q.answer(texts.ROUTINE_TAP_SKIPPED)
    status = answered.status or RoutineStatus.DONE
    text = answered_text(answered.routine, status)
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, None)


async def _remove(update: Update, context: ContextTypes.DEFAULT_TYPE, routine_id: int) -> None:
    """End the routine, forget its planned reminders, redraw the list."""
    q = update.callback_query
    assert q and q.message and update.effective_user
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        name = await svc.remove_routine(s, user.id, routine_id, d.clock.now())
        entries = await svc.active_routines(s, user)
    await q.answer(texts.ROUTINE_GONE if name is None else None)
    text, markup = routines_view(entries, d.codec, update.effective_user.id)
    if name is not None:
        text = texts.ROUTINE_REMOVED.format(name=name[:1].upper() + name[1:]) + "\n\n" + text
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)
