"""What was just sent, put right in words: a number corrected ("sorry I meant 6 not 8",
"oops it was only 1") changes the person's newest pain score or dose count in place —
never a second pain score, nor "pain 1" for a tablet count —, and "undo" / "ignore that"
takes back the entries of their last message. Both only within AMEND_WITHIN."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Awaitable, Callable
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.regimen import display_name, names_it
from bot.domain.warnings import fmt
from bot.parsing import DoseIntent
from bot.parsing.amend import Amend
from bot.parsing.count_amend import CountAmend, said_of
from bot.parsing.med_swap import MedSwap
from bot.parsing.medications import Meds
from bot.parsing.not_a_score import ANY_SCORE
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise
from bot.parsing.time_amend import TimeAmend
from bot.parsing.timephrases import resolve_when
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.handlers.dose_undo import message_undo_markup, reopen, undone_text
from bot.telegram.handlers.doses import ask_which_part, log_taken
from bot.telegram.reminder_views import messages_of, redraw
from bot.telegram.reminders import dose_label, hhmm, med_label
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
    d = deps(context)
    now = d.clock.now()
    since = now - AMEND_WITHIN
    shown: set[int] = set()
    markup: InlineKeyboardMarkup | None = None
    async with unit(context).begin() as s:
        pain, dose = await records.newest_entries_since(s, user.id, since)
        newest = await records.newest_taken_since(s, user.id, since)
        # one tap may have taken several: "only half" is then not known to be of one
        taken = newest[0] if len(newest) == 1 else None
        if pain is None and dose is None and not newest:
            return False
        entry = _corrected(amend, pain, dose) if pain or dose else None
        answered_at = await records.newest_answer_since(s, user.id, since)
        if taken is not None and _of_the_answer(amend, taken, entry):
            # "oops, only half" after tapping Taken: that dose, only part of it
            occ, med = taken
            reply = await _take_part(s, user, occ, med, amend)
            shown = messages_of([occ])
        elif len(newest) > 1 and any(_of_the_answer(amend, t, entry) for t in newest):
            told = (now, msg.text or "", records.message_batch(msg.message_id))
            meds = [m for _, m in newest]
            reply, markup = await ask_which_part(s, d.codec, user.id, amend.value, meds, told)
        elif answered_at is not None and (entry is None or answered_at >= entry.logged_at):
            # A Taken tapped since: "oops it was only 1" is not about the pain before it.
            reply = texts.UNDO_BY_ITS_BUTTON
        else:
            reply = texts.AMEND_WHICH if entry is None else _change(entry, amend)
    if shown and update.effective_chat:
        await redraw(d, user.id, update.effective_chat.id, ZoneInfo(user.timezone), shown)
    await msg.reply_text(reply, reply_markup=markup)
    return True


#: How long after a pain score "no be pain 2" may take it back.
DENIED_WITHIN = dt.timedelta(hours=2)


async def take_back_pain(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, denied: float
) -> bool:
    """ "no be pain 2 o!": the pain score of that number logged lately is taken back and
    said so; "that's not pain" (no number) offers Undo for the newest instead. False
    when there is none to take back."""
    msg = update.message
    assert msg
    d = deps(context)
    score = None if denied == ANY_SCORE else denied
    markup: InlineKeyboardMarkup | None = None
    async with unit(context).begin() as s:
        rec = await records.newest_pain_since(s, user.id, d.clock.now() - DENIED_WITHIN, score)
        if rec is None:
            return False
        said = {"score": f"{rec.score or 0:g}", "time": hhmm(rec.at, ZoneInfo(user.timezone))}
        if score is None:
            reply = texts.PAIN_TAKE_BACK_ASK.format(**said)
            markup = message_undo_markup(d.codec, user.id, rec.batch, records=[rec.id])
        else:
            await records.undo_batch(s, user.id, rec.batch, records=[rec.id])
            reply = texts.PAIN_TAKEN_BACK.format(**said)
    await msg.reply_text(reply, reply_markup=markup)
    return True


def _of_the_answer(
    amend: Amend, taken: tuple[DoseOccurrence, Medication], entry: Record | DoseLog | None
) -> bool:
    """Whether a correction is of the dose last answered Taken: told after any other
    entry, it names that dose's units if it names any, and says less than the dose (more
    is another dose, told as one)."""
    occ, med = taken
    assert occ.answered_at is not None
    if entry is not None and entry.logged_at > occ.answered_at:
        return False
    units = repo.units_of(occ, med)
    if amend.was is not None and amend.was != units:
        return False
    return 0 < amend.value < (med.units_per_dose or 1.0)


async def _take_part(
    s: AsyncSession, user: User, occ: DoseOccurrence, med: Medication, amend: Amend
) -> str:
    """The dose answered Taken set to the part said, and the words for it."""
    was = dose_label(occ, med)
    if not await repo.take_part(s, user.id, occ.id, amend.value):
        return texts.UNDO_BY_ITS_BUTTON
    await s.refresh(occ)
    return texts.AMENDED_DOSE.format(what=dose_label(occ, med), old=was)


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
    """When an entry was made, and the message it came from, so two entries of one
    second are told apart."""
    return entry.logged_at, records.message_no(entry.batch)


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
        # The record's words hold the score as well: the summary, the report and the
        # export read them (the column alone had changed; "Changed" was said of it)
        data = json.loads(entry.data)
        if "score" in data:
            entry.data = json.dumps(data | {"score": amend.value})
        return texts.AMENDED_PAIN.format(new=fmt(amend.value), old=fmt(old or 0))
    if old is not None and amend.value > old:
        # More tablets: the day's totals are checked again when the dose is told again.
        return texts.AMEND_DOSE_UP
    if amend.value <= 0:
        return texts.AMEND_WHICH
    entry.count = amend.value
    what = f"{fmt(amend.value)} × {display_name(entry.name)}"
    return texts.AMENDED_DOSE.format(what=what, old=fmt(old or 1))


async def undo_last(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    nothing: str = texts.UNDO_NOTHING,
) -> None:
    """ "undo", "ignore that": the entries of the person's last message taken back (a red
    flag's record stays), or the dose answer given since (a tap on Taken or Skip);
    `nothing` is said when there is none."""
    if await _undo_last_answer(update, context, user):
        return

    async def take_back(s: AsyncSession, batch: str) -> str:
        kept, logs = await records.entries_of(s, user.id, batch)
        removed = await records.undo_batch(s, user.id, batch, records=kept, doses=logs)
        return texts.UNDONE if removed else texts.UNDO_NOTHING

    await _on_last_message(update, context, user, take_back, nothing)


async def _undo_last_answer(update: Update, context: ContextTypes.DEFAULT_TYPE, user: User) -> bool:
    """ "undo" typed after tapping Taken: that answer taken back, as its own Undo button
    would, its reminder redrawn. Whether the newest thing told was a dose answer."""
    d = deps(context)
    msg = update.message
    assert msg
    now = d.clock.now()
    since = now - AMEND_WITHIN
    async with unit(context).begin() as s:
        _, told_at = await records.newest_told_since(s, user.id, since)
        answered = await records.newest_answer_since(s, user.id, since)
        if answered is None or (told_at is not None and told_at > answered):
            return False
        doses = [o.id for o, _ in await records.answered_at(s, user.id, answered)]
        undone, _ = await reopen(s, user.id, doses, now)
    if not undone:
        await msg.reply_text(texts.DOSE_TOO_OLD_TO_UNDO)
        return True
    zone = ZoneInfo(user.timezone)
    await redraw(d, user.id, msg.chat.id, zone, messages_of(o for o, _ in undone))
    await msg.reply_text(undone_text(undone, zone))
    return True


async def swap_last(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, swap: MedSwap
) -> bool:
    """ "sorry I meant the paracetamol not the naproxen": the dose just entered (logged,
    or answered Taken) moved to the medicine meant, at the same time and count. False
    when no such dose was entered lately (the message is then read as any other)."""
    d = deps(context)
    msg = update.message
    assert msg and msg.text
    now = d.clock.now()
    since = now - AMEND_WITHIN
    async with unit(context).begin() as s:
        _, log = await records.newest_entries_since(s, user.id, since)
        taken = await records.newest_taken_since(s, user.id, since)
        log = log if log is not None and _is(swap.was, log.generic, log.name) else None
        taken = [(o, m) for o, m in taken if _is(swap.was, m.said_generic, m.name)]
        answered = taken[0][0].answered_at if taken else None
        occ_first = answered is not None and (log is None or answered >= log.logged_at)
        if occ_first:
            occ, med = taken[0]
            if _is(swap.meant, med.said_generic, med.name) or occ.taken_at is None:
                return False
            # (read before the reopening clears them)
            at, count, was, shown = occ.taken_at, None, med_label(med), messages_of([occ])
            if not await repo.reopen_occurrence(s, user.id, occ.id, now):
                return False
        elif log is not None and not _is(swap.meant, log.generic, log.name):
            await records.undo_batch(s, user.id, log.batch or "", doses=[log.id], records=[])
            at, count, was, shown = log.taken_at, log.count, display_name(log.name), set()
        else:
            return False
    zone = ZoneInfo(user.timezone)
    if shown:
        await redraw(d, user.id, msg.chat.id, zone, shown)
    await msg.reply_text(texts.SWAPPED_OUT.format(was=was))
    intent = DoseIntent(status="taken", medication=swap.meant, count=count, at=at.isoformat())
    await log_taken(
        update, context, user, [intent], msg.text, records.message_batch(msg.message_id)
    )
    return True


def _is(name: str | None, generic: str | None, listed: str) -> bool:
    """Whether a medicine said (None: any) is this one, by its generic or listed name."""
    return name is None or names_it(name, generic, listed)


async def move_last_to_yesterday(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User
) -> None:
    """ "that was yesterday": the entries of the person's last message moved a day back
    (a dose answer given since keeps its day: its Undo, then the day told, change it)."""

    async def move(s: AsyncSession, batch: str) -> str:
        moved = await records.move_back_a_day(s, user.id, batch, ZoneInfo(user.timezone))
        return texts.MOVED_TO_YESTERDAY if moved else texts.ALREADY_YESTERDAY

    await _on_last_message(update, context, user, move, texts.NOTHING_TO_MOVE)


async def _on_last_message(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    act: Callable[[AsyncSession, str], Awaitable[str]],
    nothing: str,
) -> None:
    """Do `act` to what the person's last message entered within AMEND_WITHIN, and say
    what it did; a dose answered since is pointed to its own Undo button."""
    msg = update.message
    assert msg
    since = deps(context).clock.now() - AMEND_WITHIN
    async with unit(context).begin() as s:
        batch, told_at = await records.newest_told_since(s, user.id, since)
        answered_at = await records.newest_answer_since(s, user.id, since)
        if answered_at is not None and (told_at is None or answered_at >= told_at):
            reply = texts.UNDO_BY_ITS_BUTTON
        elif batch is None:
            reply = nothing
        else:
            reply = await act(s, batch)
    await msg.reply_text(reply)


async def retime_last(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, told: TimeAmend
) -> bool:
    """ "sorry no, it was 1 o'clock I took the tramadol, not 11": the dose just logged
    moved to the time meant, never a second dose beside it (Sandbox, Dublin). False when
    no dose was logged lately (the message is then read as any other)."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    zone = ZoneInfo(user.timezone)
    async with unit(context).begin() as s:
        _, dose = await records.newest_entries_since(s, user.id, now - AMEND_WITHIN)
        if dose is None or _names_another(msg.text or "", dose):
            return False  # "took my gabapentin at 8:30, not 7:30 like usual": a new dose
        old = dose.taken_at.astimezone(zone)
        named = told.was is None or (old.hour, old.minute) in told.was.readings()
        when = _retimed(old, told, now.astimezone(zone)) if named else None
        if when is None:
            reply = texts.AMEND_WHICH
        else:
            dose.taken_at = when
            reply = texts.RETIMED_DOSE.format(
                what=_logged_label(dose), at=f"{when:%H:%M}", old=f"{old:%H:%M}"
            )
    await msg.reply_text(reply)
    return True


def _retimed(old: dt.datetime, told: TimeAmend, now: dt.datetime) -> dt.datetime | None:
    """The instant meant: of the new clock's readings on the old entry's day (or the day
    before, for one still to come), the one nearest the time first told."""
    ahead = dt.timedelta(minutes=5)  # a clock rounded up
    candidates = [
        day.replace(hour=h, minute=m, second=0, microsecond=0)
        for h, m in told.new.readings()
        for day in (old, old - dt.timedelta(days=1))
    ]
    past = [c for c in candidates if c <= now + ahead]
    return min(past, key=lambda c: abs(c - old)) if past else None


def _names_another(text: str, dose: DoseLog) -> bool:
    """Whether `text` names a medicine and not the dose's own."""
    own = dose.generic or dose.name.lower()
    named = {m.generic for m in Meds([own], DEFAULT_RESOLVE).mentions(normalise(text))}
    return bool(named) and own not in named


async def undo_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/undo, typed as people type it ("I don't know that command" met a Phoenix tester
    who had sent a dose twice): what typed "undo" does."""
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
    await undo_last(update, context, user, texts.UNDO_COMMAND_NOTHING)


def _logged_label(dose: DoseLog) -> str:
    """ "Tramadol 50 mg", "2 × Norco": a logged dose as its reply named it."""
    name = display_name(dose.name)
    if dose.count and dose.count != 1:
        return f"{fmt(dose.count)} × {name}"
    if dose.amount is not None and dose.unit:
        return f"{name} {fmt(dose.amount)} {dose.unit}"
    return name


#: How far back "only 1 last night, not 2" looks for the dose it corrects.
RECOUNT_WITHIN = dt.timedelta(hours=24)
#: How near the time said ("only 1 at 15:00") a dose it corrects must be.
RECOUNT_NEAR = dt.timedelta(minutes=45)


def _same_clock(taken: dt.datetime, said: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether a dose's local clock time is the one said, on any day and either half of
    it ("at 12:55" read as the most recent 00:55 is yesterday's 12:55 dose too)."""
    a, b = taken.astimezone(zone), said.astimezone(zone)
    apart = abs((a.hour * 60 + a.minute) - (b.hour * 60 + b.minute)) % 720
    return min(apart, 720 - apart) <= RECOUNT_NEAR.total_seconds() / 60


async def recount_earlier(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    told: CountAmend,
    meds: list[Medication],
) -> bool:
    """ "sorry I only took 1 synap last night not 2": the one logged dose of that count in
    the last day (of the medicine named, when one is) set to the count meant, never a
    tablet added (Sandbox, Johannesburg). False when no single such dose is found."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    named = {
        m.generic
        for m in Meds([x.known_as.lower() for x in meds], DEFAULT_RESOLVE).mentions(
            normalise(msg.text or "")
        )
    }
    async with unit(context).begin() as s:
        logs = await records.dose_logs_between(s, user.id, now - RECOUNT_WITHIN, now)
        zone = ZoneInfo(user.timezone)
        fits = [
            log
            for log in logs
            if (not named or (log.generic or log.name.lower()) in named)
            and (
                (log.count or 1.0) == told.was
                # "sorry it was only one last night": the larger dose then, the one meant
                or (
                    told.was is None
                    and (log.count or 1.0) > told.value
                    and said_of(told.when, log.taken_at.astimezone(zone), now.astimezone(zone))
                )
            )
        ]
        clocks = [f"{f.taken_at.astimezone(zone):%H:%M}" for f in fits]
        said_at = (
            resolve_when(normalise(msg.text or ""), now, zone)
            if told.was is None and told.when.startswith("at")
            else None
        )
        if said_at is not None:
            # "it was only 1 at 15:05": the dose of that time
            near = [f for f in fits if _same_clock(f.taken_at, said_at, zone)]
            if fits and not near:
                # none then: the ones there are, named (never "pain 1" from its words)
                await msg.reply_text(texts.RECOUNT_NONE_THEN.format(times=", ".join(clocks)))
                return True
            fits = near
        if told.was is None and len(fits) > 1:
            # more than one it may be: asked with their times, never "didn't catch that"
            await msg.reply_text(
                texts.RECOUNT_WHICH.format(
                    name=display_name(fits[0].name), times=", ".join(clocks), first=clocks[0]
                )
            )
            return True
        if len(fits) != 1:
            return False
        log = fits[0]
        old = log.count or 1.0
        log.count = told.value
        reply = texts.AMENDED_DOSE.format(
            what=f"{fmt(told.value)} × {display_name(log.name)}", old=fmt(old)
        )
    await msg.reply_text(reply)
    return True
