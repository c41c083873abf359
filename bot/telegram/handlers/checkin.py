"""/checkin, the 0–10 keyboard and the short follow-up questions."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.checkin import day_over, leg_in_the_score
from bot.domain.states import WorkStatus
from bot.parsing import DoseIntent, Intent, NoteIntent, PainIntent, RedFlagIntent
from bot.parsing.answers import CheckinReading, is_skip
from bot.services import checkin as svc
from bot.services import understanding
from bot.storage import due_work, records
from bot.storage import repositories as repo
from bot.storage.models import DueWork, User
from bot.telegram import texts, understood
from bot.telegram.checkin_views import CARER_QUESTIONS, CODE_STAGES, QUESTIONS, keyboard
from bot.telegram.deps import Deps, Services, deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import CheckinTap
from bot.telegram.unit import unit


async def ask(
    d: Services,
    user: User,
    work: DueWork,
    stage: str,
    *,
    nudge: bool = False,
    text: str | None = None,
) -> int:
    """Send the question for `stage` (worded as `text` when given, else of the patient
    when a carer writes in the chat); returns the message id."""
    effects: list[str] = []
    async with d.sessions() as s:
        if stage == "side_effects":
            effects = await svc.side_effect_choices(s, user.id)
        carer = text is None and await records.carer_writes(s, user.id)
    if carer:
        text = texts.CHECKIN_NUDGE_CARER if nudge else CARER_QUESTIONS[stage]
    text = text or (texts.CHECKIN_NUDGE if nudge else QUESTIONS[stage])
    # The onboarding baseline is an offer: even its pain score may be skipped.
    markup = keyboard(stage, work.id, user.id, d.codec, effects, pain_skip=svc.is_baseline(work))
    return await d.sender.send(user.chat_id, text, markup)


async def ask_again(d: Deps, user: User, work: DueWork, *, text: str | None = None) -> None:
    """Send the check-in's current question again (a report came in between), worded as
    `text` when given."""
    assert work.stage
    message_id = await ask(d, user, work, work.stage, text=text)
    await _note_question(d, user, work, work.stage, message_id, again=True)


async def checkin_command(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, text: str | None = None
) -> None:
    """/checkin: the pain question now (worded as `text` when given)."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        work = await svc.open_today(s, user, d.clock.now())
    message_id = await ask(d, user, work, "pain", text=text)
    d.metrics.checkins_sent.inc()
    await _note_message(context, user, work, message_id)


async def ask_pain_now(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """A pain said without a score: asked now (`text`), the day's check-in left to come."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        work = await svc.open_pain_now(s, user, d.clock.now())
    message_id = await ask(d, user, work, "pain", text=text)
    await _note_message(context, user, work, message_id)


async def ask_baseline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Onboarding: the PEG once, the baseline later weeks are compared with (nothing is
    asked when the person already has a PEG)."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        work = await svc.open_baseline(s, user, d.clock.now())
    if work is None:
        return
    message_id = await ask(d, user, work, "pain", text=texts.BASELINE_ASK)
    await _note_message(context, user, work, message_id)


async def _note_message(
    context: ContextTypes.DEFAULT_TYPE, user: User, work: DueWork, message_id: int
) -> None:
    """Keep the question's message id on its check-in row."""
    async with unit(context).begin() as s:
        await due_work.note_question(s, user.id, work.id, None, message_id)


async def checkin_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: CheckinTap
) -> None:
    """An answer to one check-in question."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    stage = CODE_STAGES.get(tap.code)
    value = tap.value
    now = d.clock.now()
    flags: tuple[str, ...] = ()
    regimen: list[str] = []
    other_day = False
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        work = await due_work.get_work(s, user.id, tap.work)
        # (the question's words, echoed under the answer, as it was asked: read from the
        # message tapped, no statement more a tap)
        carer = stage is not None and _asked_of_them(stage, getattr(q.message, "text", None))
        asked = CARER_QUESTIONS if carer else QUESTIONS
        if _out_of_range(stage, value):
            await q.answer(texts.STALE_BUTTON)
            return
        zone = ZoneInfo(user.timezone)
        superseded = work is not None and await _superseded_baseline(s, user, work)
        late = (
            not superseded and work is not None and svc.answers_late(work, stage, value, now, zone)
        )
        if superseded:
            await q.answer(texts.BASELINE_SUPERSEDED)
        elif late and work is not None:
            # (asked on a day now over: the score is today's, and the reply says so)
            other_day = day_over(work.local_date, now, zone)
            await svc.record_late_pain(s, user, work, float(value), now)
        elif work is None or stage is None or not _asking(work, stage):
            # Closed while waiting for this very answer: nothing was kept, and it says so.
            closed = work is not None and stage is not None and work.stage == stage
            await q.answer(texts.CHECKIN_CLOSED if closed else texts.CHECKIN_ALREADY)
            return
        else:
            nxt = await svc.answer(s, user, work, stage, value, now)
            ticked = await svc.chosen_side_effects(s, work) if stage == "side_effects" else []
            offered = await svc.side_effect_choices(s, user.id) if nxt == stage else []
            if stage == "side_effects":
                flags = await svc.alarm_of_tap(s, user, work, value, _label(stage, value), now)
            if flags:
                regimen = [m.name for m in await repo.active_medications(s, user.id)]
    if superseded:
        # Its buttons go: the old question reads as closed, not as still waiting.
        await d.sender.edit(q.message.chat.id, q.message.message_id, _closed(q.message), None)
        return
    d.metrics.checkin_answers.inc()
    await q.answer(texts.RECORDED)
    if late:
        line = (texts.CHECKIN_TODAYS_PAIN if other_day else texts.CHECKIN_LATE_PAIN).format(
            score=value
        )
        await d.sender.edit(q.message.chat.id, q.message.message_id, line, None)
        return
    assert work is not None and stage is not None  # the only other way out of the block
    if flags:
        # "Black stools" tapped: the same plain answer as the words would get, and the
        # check-in ends there (its next questions would read as not listening).
        chosen = ", ".join(_label(stage, e) for e in ticked)
        echo = f"{_asked(stage, carer=carer)} — {chosen}"
        await d.sender.edit(q.message.chat.id, q.message.message_id, echo, None)
        reply = understood.red_flag_reply(flags, medicines=regimen, zone=user.timezone)
        await d.sender.send(user.chat_id, reply)
        return
    if nxt == stage:
        # A side effect ticked or unticked: the same question, showing what is ticked.
        markup = keyboard(stage, work.id, user.id, d.codec, offered, ticked)
        await d.sender.edit(q.message.chat.id, q.message.message_id, asked[stage], markup)
        return
    echo = _asked(stage, carer=carer) if stage != "note" else asked[stage]
    # The notes question's button says Done: nothing was skipped.
    skipped = "done" if stage == "note" else "skipped"
    chosen = skipped if value == "-" else _label(stage, value)
    if value == "done" and stage == "side_effects":
        chosen = ", ".join(_label(stage, e) for e in ticked) or "none"
    if stage == "pain" and value != "-":
        await d.sender.edit(
            q.message.chat.id,
            q.message.message_id,
            texts.CHECKIN_GOT_PAIN.format(score=value),
            None,
        )
    else:
        await d.sender.edit(q.message.chat.id, q.message.message_id, f"{echo} — {chosen}", None)
    await _continue(d, user, work, nxt)


async def _superseded_baseline(s: AsyncSession, user: User, work: DueWork) -> bool:
    """Whether `work` is the onboarding baseline and a newer check-in was asked since (its
    old buttons then store nothing: a stale pain, or its PEG run beside the newer one)."""
    return svc.is_baseline(work) and await due_work.asked_again_since(s, user.id, work)


def _closed(message: object) -> str:
    """An old question's text, said closed (its buttons are taken away)."""
    text = getattr(message, "text", None) or ""
    return f"{text}\n{texts.QUESTION_CLOSED}" if text else texts.QUESTION_CLOSED


def _out_of_range(stage: str | None, value: str) -> bool:
    """A score button whose value is no 0-10 score (a forged or garbled tap)."""
    scored = stage in ("pain", "enjoyment", "general") and value != "-"
    return scored and not (value.isdigit() and 0 <= int(value) <= 10)


def _asking(work: DueWork, stage: str) -> bool:
    """Whether the check-in is waiting for an answer to `stage` — also the first question
    tapped the instant it arrived, before the dispatcher has written down that it sent it
    (the row is then still "pending", under the dispatcher's lease)."""
    if work.status == WorkStatus.SENT:
        return work.stage == stage
    return (
        work.status == WorkStatus.PENDING
        and work.stage is None
        and stage == "pain"
        and work.claimed_until is not None
    )


def _label(stage: str, value: str) -> str:
    for table in (
        texts.LOCATIONS,
        texts.SIDE_EFFECT_LABELS,
        texts.SLEEP_LABELS,
        texts.ACTIVITY_LABELS,
    ):
        if value in table:
            return table[value]
    if stage == "activity" and value == "none":
        return "Not today"  # as its button says
    return {"y": "yes", "n": "no", "none": "none"}.get(value, value)


async def _continue(d: Deps, user: User, work: DueWork, nxt: str | None) -> None:
    if nxt is None:
        # "… tonight" only in the evening: a check-in taken at lunch is no goodnight
        evening = d.clock.now().astimezone(ZoneInfo(user.timezone)).hour >= 17
        if svc.is_baseline(work):
            done = texts.BASELINE_DONE
        elif svc.is_pain_now(work):
            done = texts.PAIN_NOW_DONE
        else:
            done = _DONE[(evening, await _carer_writes(d, user))]
        await d.sender.send(user.chat_id, done)
        return
    message_id = await ask(d, user, work, nxt)
    await _note_question(d, user, work, nxt, message_id)


# The check-in's last word, by (evening, a carer has said they write in the chat)
_DONE = {
    (True, False): texts.CHECKIN_DONE,
    (False, False): texts.CHECKIN_DONE_DAY,
    (True, True): texts.CHECKIN_DONE_CARER,
    (False, True): texts.CHECKIN_DONE_DAY_CARER,
}


async def _carer_writes(d: Deps, user: User) -> bool:
    """Whether the chat last said someone writes for the patient ("this is Sarah, her
    daughter"): the check-in's taps do not say who answered, the chat does."""
    async with d.sessions.begin() as s:
        return await records.carer_writes(s, user.id)


async def _note_question(
    d: Deps, user: User, work: DueWork, stage: str, message_id: int, *, again: bool = False
) -> None:
    """Keep the newest question's message on its row (a typed answer to it closes its
    buttons), if the check-in still waits on that question."""
    async with d.sessions.begin() as s:
        asked_at = d.clock.now() if again else None
        await due_work.note_question(s, user.id, work.id, stage, message_id, asked_at)


def _asked_of_them(stage: str, text: str | None) -> bool:
    """Whether a question's message (or its nudge) was asked of the patient, for a carer."""
    return stage in CARER_QUESTIONS and _asked(stage, carer=True) in (text or "")


def _asked(stage: str, *, carer: bool = False) -> str:
    """A question's words as its answered message repeats them ("How did you sleep?"; of
    the patient when a `carer` writes in the chat)."""
    return (CARER_QUESTIONS if carer else QUESTIONS)[stage].split("?")[0] + "?"


_ECHO_CHARS = 40


def _leg_in_the_score(told: Sequence[Intent]) -> bool:
    """Whether a score typed to the pain question said a leg hurts ("8, left leg")."""
    return any(isinstance(i, PainIntent) and leg_in_the_score(i.locations) for i in told)


def _typed_answer_line(
    stage: str, reading: CheckinReading, intents: list[Intent], text: str, *, carer: bool = False
) -> str:
    """What the question reads as once a typed message answered it, as a tap would leave
    it: the score, the places, or the person's own words."""
    pain = next((i for i in intents if isinstance(i, PainIntent)), None)
    if stage == "pain" and pain is not None:
        return texts.CHECKIN_GOT_PAIN.format(score=f"{pain.score:g}")
    echo = _asked(stage, carer=carer)
    if reading.value != "-":
        named = [_label(stage, v) for v in reading.value.split(",")] + list(reading.qualities)
        return f"{echo} — " + ", ".join(named)
    if is_skip(text):
        # (the note question's button says Done: "e don do" skipped nothing)
        said = {"side_effects": "none", "note": "done"}.get(stage, "skipped")
        return f"{echo} — {said}"
    said = " ".join(text.split())
    if len(said) > _ECHO_CHARS:
        said = said[: _ECHO_CHARS - 1].rstrip() + "…"
    return f"{echo} — “{said}”"


async def checkin_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    work: DueWork,
    intents: list[Intent],
    text: str,
    reading: CheckinReading,
    *,
    carer: bool = False,
) -> list[Intent]:
    """A typed answer to the check-in's current question ("7, left leg", "slept badly",
    "yes to the knee"); returns the dose intents it leaves for the reminders. `carer`:
    told by someone writing for the patient, kept so.

    What the text says is stored in the check-in's batch; a score typed for a PEG item,
    or a place typed for "where", answers that question instead of being a new report.
    """
    d = deps(context)
    now = d.clock.now()
    stage = work.stage or ""
    doses: list[Intent] = [
        i for i in intents if isinstance(i, DoseIntent) and i not in reading.used
    ]
    keep = [i for i in intents if i not in reading.used and not isinstance(i, DoseIntent)]
    # "bout 4 hours" asked how one slept: that night's sleep, kept with the check-in
    keep += [i for i in reading.told if not isinstance(i, DoseIntent)]
    if stage == "note" and not keep and not is_skip(text):
        keep = [NoteIntent(text=text.strip()[:1000])]
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        fresh = await due_work.get_work(s, user.id, work.id)
        if fresh is None or fresh.stage != stage or fresh.status != WorkStatus.SENT:
            return [*doses, *keep]
        await understanding.store(
            s,
            user.id,
            keep,
            now=now,
            batch=svc.batch_of(fresh),
            raw_text=text[:4000],
            source="checkin",
            carer=carer,
        )
        asked_in = fresh.message_id
        chat_carer = await records.carer_writes(s, user.id)
        if stage == "location" and reading.radiating is not None:
            # "6, shooting down my left leg" typed for "where": the check-in's own rating
            # runs down a leg too, and that question is then not asked.
            await svc.update_pain(s, fresh, radiating=reading.radiating)
        nxt = await svc.answer(s, user, fresh, stage, reading.value, now)
        if reading.locations or reading.qualities:
            await svc.update_pain(
                s, fresh, locations=list(reading.locations), qualities=list(reading.qualities)
            )
        if nxt == "radiating" and reading.radiating is not None:
            # "down my left leg" typed for "where" also answers "does it run down a leg".
            nxt = await svc.answer(s, user, fresh, nxt, "y" if reading.radiating else "n", now)
        elif nxt == "radiating" and stage == "pain" and _leg_in_the_score(keep):
            # "7, leg's murder": the leg said with the score answers it (Sandbox, Glasgow:
            # asked anyway); passed, the rating kept as said, spreading neither way
            nxt = await svc.answer(s, user, fresh, nxt, "-", now)
        alarmed = any(isinstance(i, RedFlagIntent) for i in intents)
        if alarmed and nxt is not None:
            svc.close_early(fresh, now)  # the alarm's reply is the last word today
    d.metrics.checkin_answers.inc()
    if asked_in is not None:
        line = _typed_answer_line(stage, reading, intents, text, carer=chat_carer)
        scores = [i.score for i in keep if isinstance(i, PainIntent)]
        if stage != "pain" and scores:
            # "pain 7, shooting down my left leg" typed for "where": the 7 is kept as a
            # report of its own, and said so (it was kept without a word, Sandbox, London)
            line += texts.CHECKIN_ALSO_PAIN.format(score=f"{scores[-1]:g}")
        await d.sender.edit(user.chat_id, asked_in, line, None)
    if not alarmed:
        if stage == "pain" and reading.declined and not svc.is_baseline(work):
            await d.sender.send(user.chat_id, texts.CHECKIN_DECLINED)
        else:
            await _continue(d, user, work, nxt)
    return doses
