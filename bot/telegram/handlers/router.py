"""Where a button press or a free-text message goes."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Awaitable, Callable, Sequence
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import ContextTypes

from bot.domain.alcohol import with_alcohol
from bot.domain.breastfeeding import through_the_milk
from bot.domain.checkin import PAIN
from bot.domain.conversation import ASKED, Question, Waiting, route
from bot.domain.episodes import standing_alarm, told_from
from bot.domain.goals import goal_in
from bot.domain.questions import question_in, tidy
from bot.domain.records import BreathingWarning
from bot.domain.regimen import display_name
from bot.domain.reminder_pause import AllPausedReason
from bot.domain.safety import SafetyWarning
from bot.domain.states import PauseReason, SkipReason
from bot.domain.summary import flag_label
from bot.domain.syndrome import SIGNS_WITHIN, SyndromeAlarm
from bot.domain.voice import Voice
from bot.domain.warnings import PAST_MAXIMUM, dedupe
from bot.domain.wording import and_list
from bot.knowledge import SIGN_KEYS
from bot.knowledge.local_names import say_locally
from bot.knowledge.poison_lines import poison_lines_locally
from bot.parsing import (
    ActivityIntent,
    DoseIntent,
    Intent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
)
from bot.parsing.alcohol import drank_alcohol, drink_said
from bot.parsing.all_but import says_all_but, says_every
from bot.parsing.amend import said_amend
from bot.parsing.answers import (
    CheckinReading,
    nerve_growing_alone,
    only_felt,
    read_checkin_answer,
    where_beside_denials,
    where_in_sentences,
    where_it_hurts,
)
from bot.parsing.appointment_line import declines, names_a_day_ahead, visit_told
from bot.parsing.breastfeeding import baby_signs, says_breastfeeding
from bot.parsing.care_question import asks_about_care
from bot.parsing.carer import introduces_only
from bot.parsing.checkin_move import checkin_move_said
from bot.parsing.command_said import (
    add_said,
    command_said,
    remove_asked_for,
    stop_reminders_for,
)
from bot.parsing.composition import composition
from bot.parsing.contents_said import contents_beside, contents_told
from bot.parsing.count_amend import said_count_amend
from bot.parsing.declined import declined_for_effect
from bot.parsing.experiencer import asks_about_dose, swallowed_by_another
from bot.parsing.handled import (
    already_handled,
    asks_if_normal_only,
    asks_what_to_do,
    asks_whether_to_go,
    care_sought_of_them,
    declines_care,
    going_for_care,
    says_it_eased,
    urgent_care_sought,
)
from bot.parsing.hopeless import sounds_hopeless
from bot.parsing.hospital_stay import back_told, home_from_care, stay_told
from bot.parsing.locations import denied_locations
from bot.parsing.med_swap import said_med_swap
from bot.parsing.medications import Meds
from bot.parsing.missed_said import missed_told, says_weekly, slot_told
from bot.parsing.new_medicine import started_told
from bot.parsing.not_a_score import denied_pain_score, only_denies
from bot.parsing.off_scale import off_scale_pain
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.redflags import denied_red_flags
from bot.parsing.refill_said import came_uncounted, refill_told
from bot.parsing.regimen_change import (
    RegimenChange,
    clinician_told_stop,
    new_dose_told,
    says_break,
    says_paused,
    says_regimen_changed,
    says_regimen_changes,
    stop_told_by,
    told_to_stop_for_now,
    unnamed_change_told,
)
from bot.parsing.regimen_listed import listed_to_add
from bot.parsing.skip_answer import reason_answered
from bot.parsing.small_talk import (
    asks_undo,
    is_ack,
    is_greeting,
    is_thanks,
    meant_for_another_chat,
    said_of_yesterday,
)
from bot.parsing.stopped_since import stopped_since
from bot.parsing.suicidal_screen import says_not_meant, says_safe
from bot.parsing.text import normalise
from bot.parsing.time_amend import said_time_amend
from bot.parsing.timephrases import clock_range_said, clock_time_said, part_of_day_said
from bot.parsing.travel_said import place_told
from bot.parsing.unlogged import Unlogged, why_unlogged
from bot.services import checkin as checkin_service
from bot.services import doses as dose_service
from bot.services import questions as question_service
from bot.services import understanding
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DueWork, Medication, User
from bot.storage.records import UNSORTED
from bot.telegram import checkin_views, texts, understood
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.deps import deps
from bot.telegram.handlers import (
    amends,
    checkback,
    checkin,
    common,
    dose_undo,
    doses,
    ingredient,
    leg_check,
    mood_check,
    onboarding,
    out_which,
    questions,
    regimen,
    skip_why,
    travel,
    whose,
)
from bot.telegram.handlers import appointments as appointment_handlers
from bot.telegram.handlers import asked as held_answers
from bot.telegram.handlers import meds as meds_handlers
from bot.telegram.handlers import reports as report_handlers
from bot.telegram.handlers import routines as routine_handlers
from bot.telegram.handlers import settings as settings_handlers
from bot.telegram.handlers import supply as supply_handlers
from bot.telegram.handlers import trials as trial_handlers
from bot.telegram.handlers.common import drop_waiting_question, load_user
from bot.telegram.next_reminder import nothing_to_snooze
from bot.telegram.payloads import KeepNoteTap, Shortcut, ShortcutTap, UndoTap, WhoseTap
from bot.telegram.reminder_views import redraw
from bot.telegram.reminders import dose_label, dose_time, med_label
from bot.telegram.unit import unit


async def shortcut_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: ShortcutTap
) -> None:
    """The ways on from a message the bot did not understand: what can I say, how to say
    I took a dose, or the pain check-in now."""
    q = update.callback_query
    assert q and q.message
    if tap.shortcut is Shortcut.RESUME:
        await meds_handlers.resume_button(update, context)  # answered once stored
        return
    await q.answer()
    if tap.shortcut is Shortcut.CHECKIN:
        await common.drop_waiting_question(update, context)
        await checkin.checkin_command(update, context)
        return
    if tap.shortcut is Shortcut.TOOK_HOW:
        await doses.ask_what_was_taken(update, context)
        return
    await context.bot.send_message(q.message.chat.id, texts.HELP)


async def whose_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: WhoseTap) -> None:
    """ "Is this about the person this diary is for?" answered: on Yes the words are read
    again, now as the patient's, as if just sent (a dose answers its reminder, an alarm
    is said); on No they are left out (bot.telegram.handlers.whose)."""
    told = await whose.answered(update, context, tap)
    q = update.callback_query
    if told is None or q is None or q.message is None:
        return
    text, message_id, answered = told
    again = Message(
        message_id,
        deps(context).clock.now(),
        q.message.chat,
        from_user=update.effective_user,
        text=text,
    )
    again.set_bot(context.bot)
    read = Update(update.update_id, message=again)
    await _read_text(read, context, answered)
    await _back_with_reminders_paused(read, context)


async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edited message. What it noted the first time is replaced by what it says now; a
    red flag added by the edit is answered at once; any other edit is not re-read (it may
    have answered a reminder, which a second reading would count twice), and the reply
    says how to correct it."""
    msg = update.edited_message
    if msg is None or msg.text is None or len(msg.text) > common.MAX_TEXT:
        return
    as_new = Update(update.update_id, message=msg)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        removed = await records.undo_batch(s, user.id, records.message_batch(msg.message_id))
    if removed:
        await msg.reply_text(texts.EDIT_REREAD)
        await on_text(as_new, context)
        return
    text = msg.text.replace("\x00", "").strip()
    intents = understanding.understand(text, (), deps(context).clock.now(), ZoneInfo(user.timezone))
    flags = understanding.red_flags(intents)
    if flags:
        # Its own batch: a later edit of the same message must not take the flag back.
        await _store_flags_only(update, context, intents, text, records.new_batch())
        too_much = understanding.too_much_of(text, intents, ()) is not None
        reply = understood.red_flag_reply(
            flags,
            handled=already_handled(text),
            too_much_only=too_much,
            zone=user.timezone,
            asked_about_care=asks_about_care(normalise(text)),
        )
        await msg.reply_text(reply)
        if "suicidal" in flags:
            await checkback.plan(context, user, deps(context).clock.now())
        return
    await msg.reply_text(texts.EDIT_NOT_REREAD)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Red flags first; then one decision (bot.domain.conversation) says whether the
    message answers a waiting question or is a report to record."""
    await _read_text(update, context)
    await _back_with_reminders_paused(update, context)


async def _back_with_reminders_paused(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """ "Home now", "discharged today" while reminders are paused: beside whatever the
    message was answered with, one tap to resume them (Sandbox, Leeds: "didn't catch
    that", the pause left on)."""
    msg = update.message
    if msg is None or not msg.text or not back_told(msg.text):
        return
    async with unit(context).begin() as s:
        paused = (await load_user(update, context, s)).paused
    if paused:
        await meds_handlers.offer_resume(update, context)


async def _read_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    answered: frozenset[str] = frozenset(),
) -> None:
    """A message read (`on_text`); `answered`: red flags in it already answered, before
    whom it is about was told, so read again they are recorded, not said twice."""
    d = deps(context)
    msg = update.message
    assert msg and msg.text is not None and update.effective_user
    text = msg.text.replace("\x00", "").strip()  # PostgreSQL text cannot hold NUL
    now = d.clock.now()
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        meds = await repo.active_medications(s, user.id)
        active = await checkin_service.asking(s, user, now)
        reminded = await repo.latest_open_reminder(s, user.id, now, dose_service.ANSWER_WINDOW)
        first = False  # the first message since a skip's question, soon after it
        if user.awaiting == Question.SKIP_WHY and await skip_why.still_waits(s, user, now):
            first = skip_why.first_heard(user, now, counts=not _only_chat(text))
    names = await _names_for(context, user, meds, text, now)
    intents = understanding.understand(text, names, now, ZoneInfo(user.timezone))
    # "he's very drowsy today", "I gave him an extra tram a doll": in the patient's own
    # chat, the patient spoken of by someone with them (Sandbox, Dublin)
    spoken = await whose.reading(context, user, names, text, now, intents)
    intents = spoken.intents
    if user.awaiting == Question.SKIP_WHY and await skip_why.taken_after_all(
        update, context, intents
    ):
        # "took it" after ⏭ Skip: the skip is taken back, and the words answer the dose
        async with unit(context).begin() as s:
            reminded = await repo.latest_open_reminder(s, user.id, now, dose_service.ANSWER_WINDOW)
    if introduces_only(text) and not understanding.red_flags(intents):
        # "this is Sarah, her daughter. I'll be typing for mum": thanked, not a note for
        # the doctor (whose.reading has kept that a carer writes here)
        await msg.reply_text(texts.CARER_INTRODUCED)
        return
    flags = understanding.red_flags(intents)
    syndrome = await _syndrome_told(context, user, meds, intents, flags, now, text)
    if syndrome is not None:
        # "sweating, shaking and confused" on tramadol and Cymbalta: the labels' signs of
        # serotonin syndrome, answered and recorded as a red flag (Sandbox, Dublin)
        intents = [*intents, RedFlagIntent(flags=(syndrome.code,))]
        flags = [*flags, syndrome.code]
    denied = None if flags else denied_pain_score(text)
    if denied is not None:
        # "no be pain 2 o! I took 2 …": the score read by mistake is taken back, and the
        # denial is no note for the doctor; the rest of the message is still read
        taken_back = await amends.take_back_pain(update, context, user, denied)
        intents = [i for i in intents if not (isinstance(i, NoteIntent) and only_denies(i.text))]
        if taken_back and not intents:
            return
    zone = ZoneInfo(user.timezone)
    report_beside = (
        None
        if flags
        else await checkback.in_words(
            update,
            context,
            user,
            text,
            now,
            lambda t: understanding.plainly_reports(understanding.understand(t, names, now, zone)),
        )
    )
    if report_beside == "":
        return  # "a bit better", "i need help now": the answer to yesterday's check-back
    if report_beside is not None:
        # "meh. bit better i guess. pain 5": the answer kept beside its episode, the pain
        # read from the rest alone, so the answer is no note or mood besides (Sandbox,
        # Toronto)
        text = report_beside
        intents = understanding.understand(text, names, now, zone)
        flags = understanding.red_flags(intents)
    if not flags and await _answered_on_its_own(
        update, context, user, meds, text, active=active, reminded=reminded is not None
    ):
        return
    if not flags and await _answered_from_what_is_held(
        update, context, user, meds, names, text, waiting=reminded is not None
    ):
        return
    rest = await _alarm_first(
        update,
        context,
        user,
        meds,
        intents,
        flags,
        text,
        now,
        syndrome,
        carer=spoken.carer,
        answered=answered,
    )
    if rest is None:
        return  # kept beside its episode; nothing else in it to record
    intents = rest
    hopeless = not flags and sounds_hopeless(normalise(text))
    if hopeless and not understanding.plainly_reports(intents):
        intents = [NoteIntent(text=tidy(text)[:1000])]  # kept for the doctor, then asked
    for read, keep in ((question_in, questions.keep), (goal_in, questions.keep_goal)):
        # "ask the doctor whether 2 advil …" is a question to keep, not advil taken; "my
        # goal is …" a goal. A red flag in either is kept too.
        said = read(text)
        if said is not None:
            if flags:
                await _store_flags_only(update, context, intents, text, carer=spoken.carer)
            await keep(update, context, user, said)
            return
    reading = (
        read_checkin_answer(active.stage, text, intents)
        if active is not None and active.stage
        else None
    )
    waiting = _waiting(user, active, reading, reminded, intents, text, (meds, now), first=first)
    reports = (
        understanding.plainly_reports(intents)
        or _asks(text)
        or regimen.names_another_while_adding(user, text)
        or hurts_in_words(text)
        or regimen.past_the_warning(user, text)
    )
    decision = route(waiting, reports=reports, now=now)
    # Never asked over a check-in's question, unless a newer flow came since: last night's
    # "where does it hurt?" left open must not keep "Mum took her tablets at 8" beside this
    # morning's reminder from being asked about (Sandbox, Sydney)
    newest = max(waiting, key=lambda w: w.since, default=None)
    if spoken.alarm and not flags:
        # "Mum had a fall this morning": what to do today said now, to the one telling,
        # whoever mum is; where it is recorded is asked after
        await msg.reply_text(
            understood.red_flag_reply(
                spoken.alarm, handled=already_handled(text), zone=user.timezone, carer=True
            )
        )
    if (
        spoken.ask
        and not (flags or hopeless or intents or decision.answer)
        # (after an alarm, whose it was is asked over a check-in's question: "Sorry, I
        # didn't quite catch that. How is your pain?" followed "dad's been vomiting blood")
        and (newest is None or newest.question is not Question.CHECKIN or spoken.alarm)
    ):
        # "himself is grand": is it him?
        await whose.ask(update, context, user, text, spoken.alarm)
        return
    if decision.dropped is not None:
        await drop_waiting_question(update, context)  # a medicine left half-added is named
    if decision.answer in ASKED:
        if flags:
            await _store_flags_only(update, context, intents, text, carer=spoken.carer)
        await _answer_question(update, context, user, Question(decision.answer), text)
        return
    if decision.answer is Question.CHECKIN and active is not None and reading is not None:
        rest = await checkin.checkin_text(
            update, context, active, intents, text, reading, carer=spoken.carer
        )
        if rest:
            await report(update, context, user, rest, text, carer=spoken.carer)
    else:
        # Words the check-in's newest question could not place ask that question again,
        # not the general menu (Sandbox, Lagos: the rest of a check-in was stranded).
        # Not after an alarm's reply since it was asked (checkin_service.alarmed_since_asked).
        stranded = (
            active
            if decision.answer is None
            and not flags
            and not hopeless
            and waiting
            and max(waiting, key=lambda w: w.since).question is Question.CHECKIN
            else None
        )
        if stranded is not None and await _alarmed_since_asked(context, user, stranded, now):
            stranded = None  # (asked only here: not a query for every message)
        await _report_and_offer(
            update,
            context,
            user,
            meds,
            intents,
            text,
            alarmed=bool(flags),
            asking=stranded,
            carer=spoken.carer,
        )
    # (a drink told alone is answered where nothing else was understood: _keep_aside)
    drink = drink_said(normalise(text)) if understanding.plainly_reports(intents) else None
    if drink and not flags and (warning := _alcohol_warning(meds, intents)) is not None:
        # (kept for the doctor too, unless the report already kept those words as a note)
        kept = any(isinstance(i, NoteIntent) and drink in i.text.lower() for i in intents)
        if not kept:
            await _keep_the_drink(context, user, drink, text)
        await _alcohol_note(update, user, warning)
    await _through_the_milk(update, user, meds, text)
    # (the medicines read once for the whole message, not again for its side effects)
    signs = (
        None
        if flags
        else understood.sedation_reply(intents, text, meds, user.timezone, carer=spoken.carer)
    )
    if signs is not None and msg is not None:
        await msg.reply_text(signs[0])
        await _keep_warning(context, user, text, signs[1])
    if hopeless:
        await mood_check.ask(update, context, user.id)
    elif decision.reask is not None and not flags and signs is None:
        # never right after an alarm's reply, nor after the breathing warning ("How is
        # their pain right now?" came just after "call 999": Sandbox, London)
        await _ask_again(update, context, user, decision.reask, active, carer=spoken.carer)


#: How long before the warning the side effect it answers may have been logged.
_WARNED_WITHIN = dt.timedelta(minutes=10)


async def _keep_warning(
    context: ContextTypes.DEFAULT_TYPE, user: User, text: str, warning: BreathingWarning
) -> None:
    """The breathing-trouble warning kept beside the side effect it answered, so the
    report's alerts say what the person was told (it showed only "drowsiness, confusion"
    under side effects: Sandbox, London)."""
    since = deps(context).clock.now() - _WARNED_WITHIN
    async with unit(context).begin() as s:
        await records.keep_warning(s, user.id, text[:4000], since, warning)


async def _alarmed_since_asked(
    context: ContextTypes.DEFAULT_TYPE, user: User, work: DueWork, now: dt.datetime
) -> bool:
    """Whether an alarm's reply came after check-in `work` was asked (its question is then
    not asked again: checkin_service.alarmed_since_asked)."""
    async with unit(context).begin() as s:
        return await checkin_service.alarmed_since_asked(s, user.id, work, now)


async def _through_the_milk(update: Update, user: User, meds: list[Medication], text: str) -> None:
    """Breastfeeding, or a breastfed baby's signs, told while taking codeine or tramadol:
    the FDA's warning, or a doctor now (Sandbox, Johannesburg: "is the synap ok for the
    baby?" got "all noted", and "the baby is very sleepy and not feeding well" was logged
    as the mother's drowsiness)."""
    low = normalise(text)
    feeding, signs = says_breastfeeding(low), baby_signs(low)
    if not (feeding or signs) or update.message is None:
        return
    held = through_the_milk(m.name for m in meds if not m.paused)
    if not held:
        return
    names = and_list([display_name(name) for name, _ in held])
    if signs:
        said = texts.BABY_SIGNS.format(names=names)
    else:
        what = and_list(sorted({ingredient for _, ingredient in held}))
        said = texts.BREASTFEEDING_OPIOID.format(
            names=names, has="has" if len(held) == 1 else "have", what=what
        )
    await update.message.reply_text(poison_lines_locally(said, user.timezone))


def _alcohol_warning(meds: list[Medication], intents: list[Intent]) -> SafetyWarning | None:
    """What the labels of the person's medicines (and any the message named) say of
    alcohol; None when none warns of it."""
    named = [i.medication for i in intents if isinstance(i, DoseIntent) and i.medication]
    return with_alcohol([*(m.name for m in meds if not m.paused), *named])


async def _alcohol_note(update: Update, user: User, warning: SafetyWarning, kept: str = "") -> None:
    """A drink told beside an opioid or a sedating medicine: their labels' words (found
    living a sandbox week: "had a beer with dinner and took an oxy" was logged without a
    word); `kept` is said after them."""
    if update.message is not None:
        said = "⚠️ " + say_locally(warning.text, user.timezone)
        await update.message.reply_text(f"{said}\n\n{kept}" if kept else said)


async def _keep_the_drink(
    context: ContextTypes.DEFAULT_TYPE, user: User, drink: str, text: str
) -> None:
    """The drink told beside a dose, kept as a note: the doctor sees it beside the opioid
    (it was warned about in the chat, then found nowhere in the summary or the report)."""
    async with unit(context).begin() as s:
        await understanding.store(
            s,
            user.id,
            [NoteIntent(text=drink[:1000])],
            now=deps(context).clock.now(),
            batch=records.new_batch(),
            raw_text=text[:4000],
        )


async def _drink_kept(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str, batch: str
) -> bool:
    """A drink told alone, beside a medicine whose label warns of alcohol: kept as a note
    for the doctor, then answered with the label's words. Whether it was."""
    async with unit(context).begin() as s:
        warning = _alcohol_warning(await repo.active_medications(s, user.id), [])
        if warning is None:
            return False
        await understanding.store(
            s,
            user.id,
            [NoteIntent(text=tidy(text)[:1000])],
            now=deps(context).clock.now(),
            batch=batch,
            raw_text=text[:4000],
        )
    await _alcohol_note(update, user, warning, kept=texts.DRINK_KEPT)
    return True


async def _answered_on_its_own(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    text: str,
    *,
    active: DueWork | None,
    reminded: bool,
) -> bool:
    """A message that is no report: someone else swallowed a medicine; a number just
    told, corrected ("sorry I meant 6 not 8"); a command asked for in words ("show my
    meds"); and, when nothing waits for an answer (no check-in `active`, no reminder out,
    no question), words about the last message ("undo", "that was yesterday"), thanks, a
    greeting or an "ok". Whether it was one (and was answered)."""
    msg = update.message
    assert msg
    quiet = not reminded and active is None and not user.awaiting
    scored = active is not None and active.stage in _SCORED_STAGES
    if await _swallowed_by_another(msg, text, user.timezone):
        return True
    swap = said_med_swap(text, [m.known_as.lower() for m in meds], DEFAULT_RESOLVE)
    if swap is not None and await amends.swap_last(update, context, user, swap):
        return True
    unknown = [m.name for m in meds if m.generic is None]
    if ingredient.waits(user, deps(context).clock.now()) and ingredient.answers(text, unknown):
        await ingredient.ingredient_text(update, context, user, text)
        return True
    told = contents_told(text, Meds(understanding.regimen_names(meds), DEFAULT_RESOLVE))
    if told is not None and not user.awaiting:
        # "myospaz has chlorzoxazone 250 mg paracetamol 300 mg": what it holds, never doses
        await ingredient.told_in_chat(update, context, user, told)
        return True
    if user.awaiting in onboarding.SETUP and (told is not None or composition(text) is not None):
        # (at the check-in time's question it was "I couldn't read that time" and 2 doses)
        await onboarding.setup_first(update, context, user, texts.CONTENTS_DURING_SETUP)
        return True
    recount = said_count_amend(text)
    if recount is not None and await amends.recount_earlier(update, context, user, recount, meds):
        return True
    retime = said_time_amend(text)
    if retime is not None and await amends.retime_last(update, context, user, retime):
        return True
    amend = said_amend(text)
    # "sorry, 6" while a check-in asks for a score answers it; "6 not 8" still corrects,
    # and so does "oops, only half" (no score: a part of a dose).
    mends = amend is not None and (amend.was is not None or not scored or 0 < amend.value < 1)
    if mends and amend is not None and await amends.amend_last(update, context, user, amend):
        return True
    names = [m.known_as for m in meds]
    # (the cheap reader first: most messages are no list; a medicine a clinician started
    # is its own offer, later)
    listed = listed_to_add(text, names)
    if listed and started_told(text, names) is not None:
        listed = []
    in_setup = user.awaiting in onboarding.SETUP
    if user.awaiting == Question.ADD and regimen.lists_for_name(user, text):
        # the whole list as the answer to "Which medicine?": one tap each (it was doses
        # taken, a note, and the question asked again)
        await regimen.add_text(update, context, user, text)
        return True
    if listed and not user.awaiting:
        # a whole list in one message: one tap to add each, never doses taken
        await regimen.offer_listed(update, context, user, listed)
        return True
    if listed and in_setup and msg.text:
        # kept, never "send it again": offered as above once setup is done
        await onboarding.hold_list(update, context, msg.text)
        return True
    line = add_said(text)
    if line is not None and user.awaiting in (None, Question.ADD):
        # "add naproxen": as /add naproxen (which names a medicine left half-added)
        if user.awaiting:
            await drop_waiting_question(update, context)
        await regimen.add_line(update, context, line)
        return True
    if line is not None and in_setup:
        # never "I couldn't read that time": the medicine is gone on with after setup
        await onboarding.hold_add(update, context, line)
        return True
    if (command := command_said(text)) is not None:
        # Unlike the command typed, the question that waits stays: "help" asked while the
        # strength of a medicine being added is asked is help with that, not a new start.
        await _COMMANDS_IN_WORDS[command](update, context)
        return True
    generic = stop_reminders_for(text, [m.known_as.lower() for m in meds])
    if generic is not None and (med := dose_service.find_med(meds, generic)) is not None:
        await meds_handlers.offer_pause(update, context, med)
        return True
    generic = remove_asked_for(text, [m.known_as.lower() for m in meds])
    if generic is not None and (med := dose_service.find_med(meds, generic)) is not None:
        await meds_handlers.offer_change(update, context, med, stopped=True, asked=True)
        return True
    if asks_undo(text):
        # (with a question or a reminder waiting too: "undo" is never its answer)
        await amends.undo_last(update, context, user)
        return True
    if not quiet and not is_thanks(text):
        return False
    return await _small_talk(update, context, user, text)


async def _small_talk(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    """ "undo", "that was yesterday", thanks, a greeting or an "ok", answered; whether
    the message was one."""
    msg = update.message
    assert msg
    if asks_undo(text):
        await amends.undo_last(update, context, user)
    elif said_of_yesterday(text):
        await amends.move_last_to_yesterday(update, context, user)
    elif is_thanks(text):
        await msg.reply_text(texts.THANKS_REPLY)
    elif is_greeting(text):
        await msg.reply_text(texts.GREETING_REPLY)
    elif is_ack(text):
        await msg.reply_text(texts.ACK_REPLY)
    else:
        return False
    return True


# The check-in's questions answered by a number.
_SCORED_STAGES = frozenset({"pain", "enjoyment", "general"})
# Commands asked for in words ("show my meds"), answered as the command would be.
_COMMANDS_IN_WORDS: dict[str, common.Handler] = {
    "meds": meds_handlers.meds_command,
    "summary": report_handlers.summary_command,
    "report": report_handlers.report_command,
    "help": common.help_command,
}


async def _answered_from_what_is_held(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    names: list[str],
    text: str,
    *,
    waiting: bool,
) -> bool:
    """A question answered from the record, the schedule or the labels (handlers.asked),
    a report beside it still kept, then the bot's own waiting question asked again.
    Whether it was one."""
    if not await held_answers.answer(update, context, user, meds, names, text, waiting=waiting):
        return False
    await _report_beside_the_question(update, context, user, names, text)
    question = _QUESTIONS.get(user.awaiting or "")
    if question is None:
        return True
    # The same decision as for a report: asked again once, unless it has lapsed.
    since = user.awaiting_since or EPOCH
    held = Waiting(question, since, accepts=False, reasked=_reasked(user, since))
    again = route([held], reports=True, now=deps(context).clock.now()).reask
    if again is not None:
        await _ask_again(update, context, user, again, None)
    return True


async def _report_beside_the_question(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, names: list[str], text: str
) -> None:
    """ "pain 6 today, whens my next pill": the question answered, the pain still kept —
    the pieces of the message that are not the question, read and recorded as a report."""
    pieces = re.split(r"(?<=[.,;!?])\s+", text)
    rest = " ".join(p for p in pieces if not held_answers.asks_something_held(p, names)).strip()
    if not rest or len(pieces) < 2:
        return
    now = deps(context).clock.now()
    intents = understanding.understand(rest, names, now, ZoneInfo(user.timezone))
    if understanding.plainly_reports(intents):
        await report(update, context, user, intents, rest)


async def _swallowed_by_another(msg: Message, text: str, zone: str) -> bool:
    """ "my son swallowed one of my tramadol": their emergency, answered at once, and not
    the writer's record. Whether it was."""
    who = swallowed_by_another(normalise(text))
    if who is None:
        return False
    said = texts.SWALLOWED_BY_A_PET if who == "pet" else texts.SWALLOWED_BY_ANOTHER
    await msg.reply_text(poison_lines_locally(said, zone))
    return True


async def _names_for(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    text: str,
    now: dt.datetime,
) -> list[str]:
    """The medicines the message is read against: the person's list, or for "all but the
    gabapentin" only those of the doses waiting now (not a dose of every one of them)."""
    if not says_all_but(text):
        return understanding.regimen_names(meds)
    async with unit(context).begin() as s:
        near = await repo.open_occurrences_near(s, user.id, now, EVERY_BUT_WINDOW)
    return understanding.regimen_names([m for o, m in near if o.due_at <= now])


def _waiting(
    user: User,
    active: DueWork | None,
    reading: CheckinReading | None,
    reminded: dt.datetime | None,
    intents: list[Intent],
    text: str,
    held: tuple[list[Medication], dt.datetime],
    *,
    first: bool = False,
) -> list[Waiting]:
    """What may be waiting for this message, when it started, and whether the message
    reads as its answer (`held`: the person's medicines, and now; `first`: the first
    message since a skip's question, soon after it)."""
    out: list[Waiting] = []
    asked = _QUESTIONS.get(user.awaiting or "")
    if asked is not None:
        since = user.awaiting_since or EPOCH  # asked before the time was kept: oldest
        accepts = _accepts(asked, user, intents, text, held, first=first)
        out.append(Waiting(asked, since, accepts, _reasked(user, since)))
    if active is not None and active.stage:
        since = active.asked_at or active.due_at
        out.append(Waiting(Question.CHECKIN, since, reading is not None, _reasked(user, since)))
    if reminded is not None:
        doses = any(isinstance(i, DoseIntent) for i in intents)
        out.append(Waiting(Question.REMINDER, reminded, doses))
    return out


def _reasked(user: User, since: dt.datetime) -> bool:
    """Whether the question waiting since `since` was already asked again."""
    return user.reasked_at is not None and user.reasked_at >= since


_QUESTIONS = {q.value: q for q in ASKED}
# "all but the gabapentin" answers the doses reminded within this long
EVERY_BUT_WINDOW = dt.timedelta(hours=3)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_ZONE_LIKE = re.compile(r"^\s*(?:utc|gmt)\s*[+-]\s*\d|^\s*[a-z_]+/[a-z_]+", re.IGNORECASE)


def _asks(text: str) -> bool:
    """A question of the person's own ("can I take it with tramadol?"): it needs its own
    answer, not the waiting one's. "Berlin?" or "ibuprofen?" is an answer said unsure."""
    return text.rstrip().endswith("?") and bool(_QUESTION_OPENING.match(text))


_QUESTION_OPENING = re.compile(
    r"^\W*(?:what|what's|whats|when|where|why|how|which|who|can|could|should|shall|is|isn't|are|"
    r"do|does|did|will|would|may|might|am|has|have|any)\b",
    re.IGNORECASE,
)


def _accepts(
    question: Question,
    user: User,
    intents: list[Intent],
    text: str,
    held: tuple[list[Medication], dt.datetime],
    *,
    first: bool = False,
) -> bool:
    """Whether `text` reads as the answer the bot's own question waits for (`first`: the
    first message since a skip's question, soon after it)."""
    # (pain in words is told, never a try at the answer: "my leg is killing me" was "I
    # couldn't read that time" at setup's question and lost — Sandbox, Manchester)
    reports = understanding.plainly_reports(intents) or _asks(text) or hurts_in_words(text)
    if question is Question.TIMEZONE:
        return not reports or bool(_ZONE_LIKE.match(text))
    if question is Question.CHECKIN_TIME:
        # "after dinner" is a part of the day here, never a snooze
        said = clock_time_said(text) is not None or part_of_day_said(text) is not None
        return said or not reports
    if question is Question.QUIET_HOURS:
        # "0900-1600" or "off"; a dose or pain said meanwhile is a report, not the hours
        return clock_range_said(text) is not None or not reports
    if question is Question.ADD:
        if _asks(text) and not regimen.only_numbers_and_times(text):
            return False  # "can I take it with the tramadol?": not its name, dose or times
        return not regimen.is_report_not_answer(user, intents, text)
    if question is Question.APPOINTMENT:
        # "tomorrow 9am physio" reads as an activity, "no" as a skip: both answer it.
        return names_a_day_ahead(text) or declines(text) or not reports
    if question is Question.REFILL:
        return supply_handlers.reads_as_refill(text) or declines(text)
    if question is Question.ASK:
        # "can I drive on gabapentin?": the question to keep, not one for the bot
        return declines(text) or not understanding.plainly_reports(intents)
    if question is Question.TOOK:
        # "2 emzor" is two tablets, never pain 2; "pain 7" or a question of their own is not
        # an answer (recorded, then asked again)
        meds, now = held
        return not _asks(text) and doses.answers_what_was_taken(text, meds, now, user.timezone)
    if question is Question.SKIP_WHY:
        # "too drowsy", "ran out", "was at a wedding": the skip's reason; "pain 7", "took
        # it", a red flag or a question of their own are not. Other plain words are only
        # said first, soon and short ("at my sister's all day"): an hour on, "add more
        # salt" is no reason. "ok" is answered by the question, which waits on.
        menu = skip_why.SkipMenu.of(user)
        med = next((m for m in held[0] if menu is not None and m.id == menu.med), None)
        if _asks(text):
            return False
        if skip_why.gives_reason(text, intents, med) or _only_chat(text):
            return True
        return first and not reports and skip_why.few_words(text)
    if question is Question.ROUTINE:
        only_activity = all(isinstance(i, (ActivityIntent, NoteIntent)) for i in intents)
        return routine_handlers.accepts(text, reports, only_activity)
    return not reports  # the report name


async def _checkin_time_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    at = clock_time_said(text)
    part = part_of_day_said(text) if at is None else None
    if part is not None:
        # "evenings": the times in it, one tap each (it was "I couldn't read that time")
        await onboarding.ask_checkin(update, context, times=part)
    elif at is None:
        assert update.message
        await update.message.reply_text(texts.BAD_TIME)
    else:
        await onboarding.set_checkin(update, context, at)


async def _report_name_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    await settings_handlers.report_name_text(update, context, text)


async def _quiet_hours_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    await settings_handlers.quiet_hours_text(update, context, text)


async def _took_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    rest = await doses.took_text(update, context, user, text)
    if understanding.plainly_reports(rest):
        await report(update, context, user, rest, text)  # "2 emzor, pain is 7": the 7 too


async def _skip_why_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """A reason typed while a skip's reason is waited for — the reminder's Skip menu, or
    the "Why did you skip it?" under a typed skip — kept as its tap would keep it (plain
    words of another kind: `other`); a side effect in it is kept too ("too drowsy":
    skipped for side effects, and the drowsiness), and "Ran out" asks about a refill.
    "ok" is answered and leaves it waiting."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    menu = skip_why.SkipMenu.of(user)
    chat = _only_chat(text)
    async with unit(context).begin() as s:
        fresh = await load_user(update, context, s)
        waits = await skip_why.still_waits(s, fresh, now)
        meds = await repo.active_medications(s, user.id)
        if waits and not chat:
            skip_why.close(fresh, now)
    names = understanding.regimen_names(meds)
    plain = understanding.understand(text, names, now, ZoneInfo(user.timezone))
    spoken = await whose.reading(context, user, names, text, now, plain)
    if menu is None or not waits:
        await report(update, context, user, spoken.intents, text, carer=spoken.carer)
        return  # answered meanwhile
    if chat:
        if menu.asked is None:
            await msg.reply_text(texts.SKIP_WHY_TYPE)  # the menu's buttons wait above
        else:
            await _small_talk(update, context, user, text)
        return
    why = SkipReason(reason_answered(text, skip_why.effects_of(spoken.intents)) or "other")
    given = await skip_why.give_typed(update, context, menu, why)
    if given:
        what = f"{', '.join(med_label(m) for m in given)} skipped{doses.why_words(why)}"
        await msg.reply_text(texts.TEXT_ANSWERED.format(what=what))
    rest: list[Intent] = list(spoken.intents)
    if given:
        rest = [i for i in rest if not isinstance(i, DoseIntent)]
    if rest:
        # the side effect itself, as before ("felt sick": nausea)
        await report(update, context, user, rest, text, carer=spoken.carer)
    if why is SkipReason.RAN_OUT:
        for med in given:
            await supply_handlers.ask_after_ran_out(update, context, med)


def _only_chat(text: str) -> bool:
    """ "ok", "hi": answered where a skip's question waits, and it waits on."""
    return is_ack(text) or is_greeting(text)


async def _zone_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    await onboarding.answer_zone_text(update, context, text)


QuestionHandler = Callable[[Update, ContextTypes.DEFAULT_TYPE, User, str], Awaitable[None]]

#: Who reads the answer to each question the bot waits for (the check-in has its own
#: reader: its answers are scores and choices, read beside a report in the same text).
ANSWERS: dict[Question, QuestionHandler] = {
    Question.REPORT_NAME: _report_name_text,
    Question.QUIET_HOURS: _quiet_hours_text,
    Question.TIMEZONE: _zone_text,
    Question.CHECKIN_TIME: _checkin_time_text,
    Question.ADD: regimen.add_text,
    Question.APPOINTMENT: appointment_handlers.appointment_text,
    Question.TRIAL_NOTE: trial_handlers.note_text,
    Question.ROUTINE: routine_handlers.routine_text,
    Question.REFILL: supply_handlers.refill_text,
    Question.ASK: questions.ask_text,
    Question.TOOK: _took_text,
    Question.SKIP_WHY: _skip_why_text,
}


async def _answer_question(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    question: Question,
    text: str,
) -> None:
    await ANSWERS[question](update, context, user, text)


async def _ask_again(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    question: Question,
    active: DueWork | None,
    *,
    carer: bool = False,
) -> None:
    """Ask the question a report arrived in the middle of, once more (and only once);
    after a carer's words (`carer`), a check-in's question is asked of the person they
    write for ("How is their pain right now?")."""
    d = deps(context)
    msg = update.message
    assert msg
    if question in _ASKED_AGAIN_IN_WORDS:
        await msg.reply_text(_ASKED_AGAIN_IN_WORDS[question])
    elif question is Question.ADD:
        await msg.reply_text(regimen.waiting_note(user))
    elif question is Question.TIMEZONE:
        await msg.reply_text(texts.ASK_TIMEZONE, reply_markup=onboarding.LOCATION_KEYBOARD)
    elif question is Question.CHECKIN_TIME:
        await onboarding.ask_checkin(update, context)
    elif question is Question.CHECKIN and active is not None and active.stage:
        asked = checkin_views.CARER_QUESTIONS[active.stage] if carer else None
        await checkin.ask_again(d, user, active, text=asked)
    # After the sending: the check-in's question counts as asked from then on, too.
    async with unit(context).begin() as s:
        (await load_user(update, context, s)).reasked_at = d.clock.now()


# The waiting questions asked again in words alone (the others have buttons or a draft).
_ASKED_AGAIN_IN_WORDS = {
    Question.REPORT_NAME: texts.ASK_REPORT_NAME,
    Question.QUIET_HOURS: texts.ASK_QUIET_AGAIN,
    Question.APPOINTMENT: texts.APPT_ASK,
    Question.TRIAL_NOTE: texts.TRIAL_NOTE_AGAIN,
    Question.ROUTINE: texts.ROUTINE_ASK_AGAIN,
    Question.REFILL: texts.REFILL_HELP,
    Question.ASK: texts.QUESTION_ASK_AGAIN,
    Question.TOOK: texts.TOOK_ASK_AGAIN,
}
FOLLOW_UP_WITHIN = dt.timedelta(hours=72)
#: The same signs told again within this of their alarm are that episode going on.
SAME_EPISODE_WITHIN = dt.timedelta(hours=12)
#: How soon after an alarm "should I call somebody", "is that normal?" is about it.
ASKED_WITHIN = dt.timedelta(hours=2)
#: … and "do I have to go to the doctor?", while the alarm stands (nothing since said it
#: was seen to or has passed)
CARE_ASKED_WITHIN = dt.timedelta(hours=6)


async def _alarm_first(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    intents: list[Intent],
    flags: list[str],
    text: str,
    now: dt.datetime,
    syndrome: SyndromeAlarm | None = None,
    *,
    carer: bool = False,
    answered: frozenset[str] = frozenset(),
) -> list[Intent] | None:
    """A red flag answered at once (unless all its flags were `answered` already); or a
    message after one's reply that says it was seen to ("home from A&E") or that the
    person is safe, kept beside that episode. The intents left to record, or None when
    nothing else was said."""
    msg = update.message
    assert msg
    handled = already_handled(text)
    if flags and set(flags) <= answered:
        return intents  # answered before whom it was about was told: now only recorded
    if flags:
        regimen = [m.name for m in meds]
        too_much = understanding.too_much_of(text, intents, regimen)
        medicines = too_much or understanding.medicines_named(intents, regimen)
        reply = understood.red_flag_reply(
            flags,
            handled=handled,
            medicines=medicines,
            too_much_only=too_much is not None,
            zone=user.timezone,
            asked_about_care=asks_about_care(normalise(text)),
            syndrome=syndrome,
            carer=carer,
        )
        first = (
            None
            if handled or "suicidal" in flags
            else await _alarmed_lately(context, user, flags, now)
        )
        if first is not None:
            # the same signs told again while the alarm stands: said shortly, not a sixth
            # copy of the whole alarm (Sandbox, Pune: fever, six times in twelve hours)
            reply = understood.alarm_again(flags, first, declines_care(text), user.timezone)
        await msg.reply_text(reply)
        if "suicidal" in flags:
            # a caring contact the next day, unless they say first that they are safe
            await checkback.plan(context, user, now)
        if handled:
            # "out of hours doctor … said to stop the diclofenac for now": the change
            # offered as one tap beside the episode seen to (Sandbox, Dublin)
            names = [m.known_as for m in meds]
            told = told_to_stop_for_now(text, names)
            change = None if told else says_regimen_changed(text, names)
            if change is not None:
                await _offer_change(update, context, user, meds, change, text)
            elif told:
                # who said so goes with the tap: the report says when and why
                why = PauseReason.told_by(stop_told_by(text))
                await meds_handlers.offer_pause(update, context, _listed(meds, told), why)
            elif paused := says_paused(text, names):
                await meds_handlers.offer_pause(update, context, _listed(meds, paused))
        return intents
    if (
        handled
        and not _a_stop_told_only(text, meds)
        and await _follow_up(update, context, user, text, now, carer=carer)
    ):
        change = says_regimen_changed(text, [m.known_as for m in meds])
        if change is not None and not intents:
            # "ER said it's gastritis, they told me to stop the naproxen": kept beside the
            # episode, and the stop still offered as one tap
            await _offer_change(update, context, user, meds, change, text)
        if carer:
            # a carer's "she went to A&E, they said it's just bruising": kept beside the
            # episode and thanked once, not a second, warmer reply and a note that repeats it
            return [i for i in intents if not isinstance(i, NoteIntent)] or None
        return intents or None
    for reads, then in _AFTER_ALARM:
        if then is _Then.ASKED:
            if reads(text) and await _care_asked(update, context, user, text, now):
                # "hello?? should i call somebody", "is that normal? do I have to go to the
                # doctor?": the alarm's answer, at once (never kept for the next visit)
                return None
            continue
        if reads(text) and await _follow_up(update, context, user, text, now, then):
            # the words are the follow-up, not a note; a report beside them ("rough night")
            # is still recorded
            return [i for i in intents if not isinstance(i, NoteIntent)] or None
    return intents


def _a_stop_told_only(text: str, meds: list[Medication]) -> bool:
    """ "GP says nae mair paracetamol, just the cocodamol": a clinician's word on the list,
    no news of an episode seen to — offered as the list's change, never filed as a fall's
    follow-up (Sandbox, Glasgow). "Went to A&E, the doctor said stop the naproxen" is both."""
    told = clinician_told_stop(text, [m.known_as for m in meds])
    return told is not None and not already_handled(told.rest)


async def _syndrome_told(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    intents: list[Intent],
    flags: list[str],
    now: dt.datetime,
    text: str,
) -> SyndromeAlarm | None:
    """The syndrome the signs of this message — with those told in the last few hours —
    mean on the person's list, as the labels of two of its medicines name them; None
    when this message tells no such sign, or they do not."""
    told = _signs_of([i for i in intents if isinstance(i, SideEffectIntent)], flags)
    if not told & set(SIGN_KEYS) or not meds:
        return None
    async with unit(context).begin() as s:
        earlier = await records.records_between(
            s, user.id, now - SIGNS_WITHIN, now, ["side_effect", "red_flag"]
        )
    for rec in earlier:
        data = json.loads(rec.data)
        told |= set(data.get("effects") or ()) | ({"fever"} & set(data.get("flags") or ()))
    return understood.syndrome_in(told, meds, text)


def _signs_of(effects: list[SideEffectIntent], flags: list[str]) -> set[str]:
    """The signs a message tells: its side effects, and a fever (a red flag of its own)."""
    return {e for i in effects for e in i.effects} | ({"fever"} & set(flags))


class _Then(StrEnum):
    """What a message after an alarm's reply tells of that episode."""

    SEEN = "seen"  # "home from A&E, they did an MRI"
    DECLINED = "declined"  # "i aint goin to no ER, ill tell dr okafor friday"
    ASKED = "asked"  # "hello?? should i call somebody"
    GOING = "going"  # "partner's driving me to the ED now"
    EASED = "eased"  # "nvm its fine now, just sat on a pallet wrong"
    SAFE = "safe"  # "I'm safe, sorry" after thoughts of suicide
    NOT_MEANT = "not_meant"  # "I wasnae meaning anything like that" after the crisis reply


def _says_safe(text: str) -> bool:
    return says_safe(normalise(text))


def _says_not_meant(text: str) -> bool:
    return says_not_meant(normalise(text))


#: In order, the readers of a message after an alarm (seen-to is read apart, first).
_AFTER_ALARM: tuple[tuple[Callable[[str], bool], _Then], ...] = (
    (declines_care, _Then.DECLINED),
    (asks_what_to_do, _Then.ASKED),
    (going_for_care, _Then.GOING),
    (says_it_eased, _Then.EASED),
    (_says_safe, _Then.SAFE),
    (_says_not_meant, _Then.NOT_MEANT),
)
_AFTER_ALARM_REPLY: dict[_Then, str] = {
    _Then.DECLINED: texts.CARE_DECLINED_AFTER_ALARM,
    _Then.GOING: texts.CARE_SOUGHT_AFTER_ALARM,
    _Then.EASED: texts.RED_FLAG_EASED,
    _Then.SAFE: texts.SAFE_AFTER_ALARM,
    _Then.NOT_MEANT: texts.NOT_MEANT_AFTER_ALARM,
}


def _is_about(then: _Then, flags: list[str]) -> bool:
    """Whether words of this kind can follow an episode of these flags: "I'm safe" only
    thoughts of suicide; "nvm, I'm fine", a visit declined or sought, "should I call"
    never those alone (the crisis reply stands)."""
    suicidal = "suicidal" in flags
    if then in (_Then.SAFE, _Then.NOT_MEANT):
        return suicidal
    if then is _Then.EASED:
        return not suicidal
    if then is _Then.SEEN:
        return True
    return flags != ["suicidal"]


async def _alarmed_lately(
    context: ContextTypes.DEFAULT_TYPE, user: User, flags: list[str], now: dt.datetime
) -> dt.datetime | None:
    """When the alarm for these same signs was first given, if it was lately and nothing
    since said they were seen to; else None."""
    async with unit(context).begin() as s:
        told = await records.records_between(
            s, user.id, now - SAME_EPISODE_WITHIN, now, ["red_flag"]
        )
    episode = [(r.at, json.loads(r.data)) for r in told]
    if any(d.get("handled") for _, d in episode):
        return None
    alarmed = [at for at, d in episode if set(flags) <= set(d.get("flags") or [])]
    return min(alarmed) if alarmed else None


async def _follow_up(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    now: dt.datetime,
    then: _Then = _Then.SEEN,
    *,
    carer: bool = False,
) -> bool:
    """ "Went to A&E, they did an MRI, it's a disc" after a red flag, or "I'm safe" after
    thoughts of suicide: what happened next, kept beside that episode for the report
    (told by a `carer`: "I'm glad they were seen"); False when no such episode is recent."""
    msg = update.message
    assert msg
    async with unit(context).begin() as s:
        recent = await records.records_between(
            s, user.id, now - FOLLOW_UP_WITHIN, now + dt.timedelta(seconds=1), ["red_flag"]
        )
        told = [json.loads(r.data) for r in recent]
        episodes = [
            flags
            for d in told
            if not d.get("handled") and _is_about(then, flags := d.get("flags") or [])
        ]
        if not episodes:
            return False
        flags = ["suicidal"] if then in (_Then.SAFE, _Then.NOT_MEANT) else episodes[-1]
        await _keep_followup(s, user, msg.message_id, flags, then, text, now)
    what = ", ".join(flag_label(f) for f in flags)
    seen = texts.RED_FLAG_HANDLED_CARER if carer else texts.RED_FLAG_HANDLED
    reply = _AFTER_ALARM_REPLY.get(then) or seen.format(what=what)
    await msg.reply_text(poison_lines_locally(reply, user.timezone))
    return True


async def _keep_followup(
    s: AsyncSession,
    user: User,
    message_id: int,
    flags: list[str],
    then: _Then,
    text: str,
    now: dt.datetime,
) -> None:
    """What a message after an alarm told of its episode, kept beside it for the report."""
    await records.add_record(
        s,
        user_id=user.id,
        kind="red_flag",
        at=now,
        now=now,
        batch=records.message_batch(message_id),
        data={
            "kind": "red_flag",
            "flags": flags,
            "handled": True,
            "followup": True,
            "then": then.value,
        },
        raw_text=text[:4000],
    )


async def _care_asked(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    now: dt.datetime,
) -> bool:
    """ "Is that normal? do I have to go to the doctor?" while an alarm stands: its answer
    again — yes, now — kept beside the episode for the report; False when no alarm stands
    (none lately, or one since said to be seen to or passed), or when after thoughts of
    suicide alone it asks no more than what to do (the crisis reply stands)."""
    msg = update.message
    assert msg
    going = asks_whether_to_go(text)
    within = CARE_ASKED_WITHIN if going else ASKED_WITHIN
    async with unit(context).begin() as s:
        recent = await records.records_between(
            s, user.id, now - within, now + dt.timedelta(seconds=1), ["red_flag"]
        )
        alarm = standing_alarm(told_from(r.at, json.loads(r.data)) for r in recent)
        if alarm is None or (alarm.flags == ("suicidal",) and not going):
            return False
        flags = list(alarm.flags)
        await _keep_followup(s, user, msg.message_id, flags, _Then.ASKED, text, now)
    only_normal = asks_if_normal_only(text)
    await msg.reply_text(
        understood.care_asked_reply(flags, only_normal=only_normal, zone=user.timezone)
    )
    return True


async def _store_flags_only(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    intents: list[Intent],
    text: str,
    batch: str | None = None,
    *,
    carer: bool = False,
) -> None:
    """Keep only the red flags of a message (in `batch`, else the message's own; a
    `carer`'s words kept as theirs)."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        flags = [i for i in intents if isinstance(i, RedFlagIntent)]
        if batch is None:
            message = update.effective_message
            assert message
            batch = records.message_batch(message.message_id)
        await understanding.store(
            s, user.id, flags, now=d.clock.now(), batch=batch, raw_text=text[:4000], carer=carer
        )


async def _report_and_offer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    intents: list[Intent],
    text: str,
    *,
    alarmed: bool,
    asking: DueWork | None = None,
    carer: bool = False,
) -> None:
    """A report, and what else it tells, each offered as one tap (never after an alarm's
    reply): a change to the list ("stopped the naproxen", "doctor changed my gabapentin
    to 600"), kept in the person's words; a pause ("pause the methocarbamol for a few
    days"); a refill come ("got a new box of 30"); a visit ahead ("physio thurs 4pm").
    `asking`: the check-in whose question words nothing explains are asked again on;
    `carer`: the words are a carer's, about the person they write for."""
    reports = understanding.plainly_reports(intents)
    names = [m.known_as for m in meds]
    # "the GP told me to stop the naproxen for now": a pause on a clinician's word, kept
    # in the person's words and offered as one tap (it was "I haven't logged a dose");
    # for a while only, so never offered as Remove
    told = None if alarmed else told_to_stop_for_now(text, names)
    change = None if alarmed or told is not None else says_regimen_changed(text, names)
    # "the doctor said no more ibuprofen, only the naproxen": the clinician's words kept
    # whole for the report, whether or not the medicine is on the list (never a dose)
    stop = None if alarmed else clinician_told_stop(text, names)
    # "dr started me on pregabalin 75mg twice a day": a medicine not on the list, kept in
    # the person's words for the report and offered as one tap to add (a carer's words
    # of another's medicine are not the list's)
    started = None if alarmed or carer else started_told(text, names)
    # "going into hospital tomorrow for the op, back friday": a stay, offered as a pause
    # of every reminder (it was offered as a visit "with going into hospital …")
    stay = not alarmed and change is None and not user.paused and stay_told(text)
    visit = None if alarmed or change is not None or stay else visit_told(text)
    if visit is not None and await appointment_handlers.already_kept(context, user, visit):
        visit = None  # the day's visit is kept already: no second one offered
    refill = None if alarmed or change or visit else refill_told(text, names)
    # "they only gave me half the oxy", "picked up my naproxen": more came, its count
    # asked for with one tap (never a dose of it)
    came = None if alarmed or change or visit or refill else came_uncounted(text, names)
    # "the doctor said to go up to 300mg twice a day": which medicine, for the person to tap
    unnamed = (
        not (alarmed or carer)
        and all(x is None for x in (change, told, stop, started))
        and unnamed_change_told(text, names)
    )
    said_of_list = (change, told, stop, started)
    # "discharged this morning": the stay is the doctor's to know of, kept in the
    # person's words (with reminders paused for it, the offer to resume answers instead)
    came_home = not alarmed and not user.paused and home_from_care(text)
    if (came_home or unnamed or any(x is not None for x in said_of_list)) and not reports:
        intents = [NoteIntent(text=tidy(text)[:1000])]
    if visit is not None:
        # "physio thurs 4pm, back is a 6": the visit is offered, not kept as a note too
        intents = [i for i in intents if not (isinstance(i, NoteIntent) and visit_told(i.text))]
        reports = understanding.plainly_reports(intents)
    # "i work nights, can you move my check in to 4pm": one tap to move it
    move = None if alarmed or carer else checkin_move_said(text)
    if move is not None:  # (the asking is no note for the doctor)
        intents = [
            i for i in intents if not (isinstance(i, NoteIntent) and checkin_move_said(i.text))
        ]
        reports = understanding.plainly_reports(intents)
    trip = None if alarmed or change or visit or refill else place_told(text)
    # "flying to new york today" and nothing else: the time zone offered, no "didn't catch"
    offered = (
        not reports
        and trip is not None
        and await travel.offer_zone(context, user, trip, update, alone=True)
    )
    answered_apart = (
        visit is not None
        or refill is not None
        or came is not None
        or move is not None
        or offered
        or stay
    )
    if reports or change is not None or started is not None or unnamed or not answered_apart:
        await report(update, context, user, intents, text, asking=asking, carer=carer)
    if trip is not None and reports:
        await travel.offer_zone(context, user, trip, update)
    # "took 2 myospaz, it has … paracetamol 300 mg": the Myospaz logged (the parser left
    # its contents out), and what it holds offered to be kept, as when told alone
    dosed = not alarmed and any(isinstance(i, DoseIntent) for i in intents)
    beside = (
        contents_beside(text, lambda: Meds(understanding.regimen_names(meds), DEFAULT_RESOLVE))
        if dosed
        else None
    )
    if beside is not None:
        await ingredient.told_in_chat(update, context, user, beside, beside=True)
    # ("hold off on the naproxen until I see the doctor": the break already offered it)
    offered_break = bool(_break_said(text, [i for i in intents if isinstance(i, DoseIntent)]))
    if change is not None:
        await _offer_change(update, context, user, meds, change, text)
    elif unnamed:
        await meds_handlers.offer_change_which(update, context, meds)
    elif told is not None and not offered_break:
        why = PauseReason.told_by(stop_told_by(text))
        await meds_handlers.offer_pause(update, context, _listed(meds, told), why)
    elif not alarmed and not offered_break and (paused := says_paused(text, names)):
        await meds_handlers.offer_pause(update, context, _listed(meds, paused))
    if refill is not None and refill.medicine is not None:
        # "got a new box of 30 today": counted in by one tap, like /refill
        await supply_handlers.offer_refill(
            update, context, _listed(meds, refill.medicine), refill.count
        )
    elif refill is not None:
        await supply_handlers.offer_refill_which(update, context, meds, refill.count)
    elif came is not None:
        await supply_handlers.offer_count(update, context, _listed(meds, came.medicine), came.short)
    if started is not None:
        await regimen.offer_started(update, context, user, started)
    if stay:
        await meds_handlers.offer_pause_all(
            update, context, texts.OFFER_PAUSE_STAY, AllPausedReason.HOSPITAL
        )
    if move is not None:
        await settings_handlers.offer_checkin_move(update, context, user, move)
    if visit is not None:
        kept = await common.set_aside(context, user, text, records.new_batch())
        await appointment_handlers.offer_told(update, context, user, visit, kept.id)


def _break_said(text: str, doses: list[DoseIntent]) -> list[DoseIntent]:
    """The doses left off until a day or an event ("won't be taking anything till
    friday"): a pause is offered for them, not the reminder skipped. Out of a medicine
    till a day ("ran out of norco pharmacy wont fill till monday") is a stock-out, kept
    as one, never a break the person chose (Sandbox, Phoenix: a pause was offered and
    the stock-out of an opioid was in neither summary nor report)."""
    if not says_break(text):
        return []
    return [i for i in doses if i.status == "skipped" and i.reason != "ran_out"]


def _listed(meds: list[Medication], generic: str) -> Medication:
    """The person's medicine a reader named (by its generic, or its name when unknown)."""
    return next(m for m in meds if m.known_as == generic)


async def _offer_change(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    change: RegimenChange,
    text: str,
) -> None:
    """One tap to change the list as the message says ("stopped the naproxen"); one for
    each medicine where it tells of several ("upped the gabapentin, stopped the naproxen")."""
    since = stopped_since(text, deps(context).clock.now(), ZoneInfo(user.timezone))
    more = says_regimen_changes(text, [m.known_as for m in meds])
    for each in (change, *(c for c in more if c.medicine != change.medicine)):
        told = new_dose_told(text, each.medicine, [m.known_as for m in meds])
        if each.kind == "changed" and told.alone:
            # "since the pregabalin went up": to the dose told, or asked (Sandbox, Glasgow)
            await meds_handlers.offer_new_dose(update, context, _listed(meds, each.medicine), told)
            continue
        await meds_handlers.offer_change(
            update,
            context,
            _listed(meds, each.medicine),
            stopped=each.kind == "stopped",
            since=since,
            told=each.told,
        )


async def report(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    intents: list[Intent],
    text: str,
    *,
    asking: DueWork | None = None,
    carer: bool = False,
) -> None:
    """Free text outside any question: doses, symptoms and notes become records; where
    it hurts said alone is kept; anything else is kept aside and asked about (or, with
    `asking`, the check-in's question asked again: of the person written for when the
    words are a `carer`'s)."""
    d = deps(context)
    msg = update.message
    assert msg
    batch = records.message_batch(msg.message_id)
    dose_intents = [i for i in intents if isinstance(i, DoseIntent)]
    other = [i for i in intents if not isinstance(i, DoseIntent)]
    # (an episode told as seen to had no alarm: its words are a note, said so)
    alarm = any(isinstance(i, RedFlagIntent) for i in other) and not already_handled(text)
    # beside an alarm's reply a dose is stored and said in its plain line, not with a
    # "Logged … ✅" receipt and an Undo (Sandbox, London: "took 2 norco, I want to end
    # it all" had both under the crisis reply)
    beside: list[doses.KeptDose] | None = [] if alarm else None
    answered = bool(dose_intents) and await _report_doses(
        update,
        context,
        user,
        dose_intents,
        text,
        batch,
        carer=carer,
        kept=beside,
        besides=understanding.plainly_reports(other),
    )
    if other:
        async with unit(context).begin() as s:
            stored = await understanding.store(
                s,
                user.id,
                other,
                now=d.clock.now(),
                batch=batch,
                raw_text=text[:4000],
                carer=carer,
            )
        if alarm:
            await _kept_beside_alarm(msg, other, stored.marked, beside or [], user.timezone)
            return
        echo = understood.describe([i for i in other if not isinstance(i, RedFlagIntent)])
        if echo:
            said = texts.LOGGED.format(what=echo)
            notes_only = all(isinstance(i, NoteIntent) for i in other)
            if carer and notes_only and care_sought_of_them(text):
                # "she went to A&E last night": a carer's words, kept as their note
                said = texts.CARE_SOUGHT_THEIRS_KEPT + "\n" + said
            if stored.marked:
                said += "\n" + texts.ROUTINE_MARKED.format(names=", ".join(stored.marked))
            # Undo takes back what this line says; a red flag kept beside it stays.
            undo = dose_undo.message_undo_markup(d.codec, user.id, batch, records=stored.reported)
            await msg.reply_text(said, reply_markup=undo)
        # "pain 5, both legs numb": the warning signs asked (never beside an alarm)
        felt = [(i.locations, i.qualities) for i in other if isinstance(i, PainIntent)]
        await leg_check.after_report(update, context, user, text, batch, felt)
        return
    if answered:
        return
    # (beside signs denied: "pins and needles in my right foot but no numbness down below")
    place = (
        (
            where_it_hurts(text)
            or where_beside_denials(text)
            or where_in_sentences(text)
            or nerve_growing_alone(text)  # "the numbness is getting worse": no place said
        )
        if not intents
        else None
    )
    if place is not None:
        # "lower back and down my left leg": where it hurts, said without a score.
        async with unit(context).begin() as s:
            kept = await understanding.store_place(s, user.id, place, d.clock.now(), batch, text)
        await msg.reply_text(
            texts.LOGGED.format(what=understood.describe_place(place)),
            reply_markup=dose_undo.message_undo_markup(d.codec, user.id, batch, records=[kept]),
        )
        if place.locations and hurts_in_words(text):
            # "my leg is killing me": how bad, too (it was the place alone — Sandbox,
            # Manchester)
            await _how_it_hurts(update, context, user, text)
        # "both legs numb after long drive": the warning signs asked, one tap each
        await leg_check.after_report(
            update, context, user, text, batch, [(place.locations, place.qualities)]
        )
        return
    if not intents and await doses.ask_if_taken(update, context, user, text, batch):
        return  # "norco" said alone: asked whether it was just taken
    await _keep_aside(update, context, user, text, batch, asking=asking, carer=carer)


async def _kept_beside_alarm(
    msg: Message,
    told: Sequence[Intent],
    marked: tuple[str, ...],
    taken: Sequence[doses.KeptDose],
    zone: str,
) -> None:
    """What an alarm's message told besides the alarm, kept quietly after its reply: a
    dose, a score or a sign in one plain line, no "Logged" receipt and no Undo (Sandbox:
    the crisis reply, then at once "Logged: note … ↩️ Undo"). Its words (notes) are said
    by nothing more: they are the alarm's own, kept with it for the doctor. A dose's
    total past a label's maximum is still said, after that line."""
    parts = [
        *(dose.what for dose in taken),
        understood.describe([i for i in told if not isinstance(i, (RedFlagIntent, NoteIntent))]),
    ]
    if marked:
        parts.append(texts.KEPT_BESIDE_ALARM_DONE.format(names=", ".join(marked)))
    said = " · ".join(p for p in parts if p)
    if not said:
        return
    reply = texts.KEPT_BESIDE_ALARM.format(what=said)
    facts = [w for dose in taken for w in dose.facts]
    if facts:
        reply += "\n\n" + doses.warning_lines(dedupe(facts), ZoneInfo(zone))
    await msg.reply_text(reply)


async def _report_doses(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    dose_intents: list[DoseIntent],
    text: str,
    batch: str,
    *,
    carer: bool = False,
    kept: list[doses.KeptDose] | None = None,
    besides: bool = False,
) -> bool:
    """The doses a message speaks of: the reminder's first, then extra doses taken and
    doses skipped ahead; whether anything was answered (`carer`: told by someone writing
    for the patient, asked and answered about "their" doses; `kept`: beside an alarm,
    the doses taken are put there for its plain line, no receipt sent; `besides`: the
    message reports something else too, which is its answer)."""
    msg = update.message
    assert msg
    if breaks := _break_said(text, dose_intents):
        # "won't be taking anything till friday": a pause offered, not the reminder skipped
        await doses.skip_ahead(update, context, breaks, carer=carer)
        dose_intents = [i for i in dose_intents if i.status != "skipped"]
        if not dose_intents:
            return True
    leftover = await answer_reminder_by_text(
        update, context, user, dose_intents, carer=carer, kept=kept
    )
    answered = len(leftover) < len(dose_intents)
    # Doses the reminder did not cover ("took my gabapentin and 2 advil") are extra
    # doses; an unnamed one only when nothing was answered.
    taken = [i for i in leftover if i.status == "taken" and (not answered or i.medication)]
    if taken:
        await doses.log_taken(update, context, user, taken, text, batch, carer=carer, kept=kept)
        answered = True
    # "skip the naproxen" before its reminder: that dose, not nothing at all.
    skips = [i for i in leftover if i.status == "skipped" and (not answered or i.medication)]
    if not answered and declined_for_effect(normalise(text)) is not None:
        # "too groggy" with no dose waiting: the side effect is the whole news, never
        # "nothing to skip"
        skips = [i for i in skips if i.medication]
    if skips:
        await doses.skip_ahead(update, context, skips, carer=carer)
        answered = True
    snoozes = [i for i in leftover if i.status == "snoozed"]
    if not answered and snoozes and not besides:
        # "gimme 15" with no reminder out: say so, rather than "didn't catch that"; and
        # "remind me to take the oxy at 9": when its reminder comes. Beside a report
        # ("later, pain 5") the report's receipt is the answer: nothing to put off is no
        # news there.
        async with unit(context).begin() as s:
            meds = await repo.active_medications(s, user.id)
        now = deps(context).clock.now()
        named = [i.medication for i in snoozes]
        zone = ZoneInfo(user.timezone)
        await msg.reply_text(nothing_to_snooze(meds, named, zone, now, paused=user.paused))
        answered = True
    return answered


async def _keep_aside(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    batch: str,
    *,
    asking: DueWork | None = None,
    carer: bool = False,
) -> None:
    """Words nothing explained: kept aside (not in the record) until the person says what
    they are, with one tap for each likely meaning; said to a check-in's question
    (`asking`), that question is asked again instead, its buttons one tap away."""
    d = deps(context)
    msg = update.message
    assert msg
    uid = user.id
    if asking is None and user.paused and back_told(text):
        return  # "back from hospital": answered by the offer to resume (never "didn't catch")
    pain_asked = asking is not None and asking.stage == PAIN
    if off_scale_pain(text, pain_asked=pain_asked):
        if asking is not None and pain_asked:
            await checkin.ask_again(d, user, asking, text=texts.PAIN_OFF_SCALE)
        else:
            await checkin.ask_pain_now(update, context, texts.PAIN_OFF_SCALE)
        return
    if await _how_it_hurts(update, context, user, text):
        return
    if await leg_check.asked_if_serious(update, context, user, text):
        return  # "is this serious?" just after numbness in both legs: the warning signs
    if drank_alcohol(normalise(text)) and await _drink_kept(update, context, user, text, batch):
        return  # "had a glass of wine with dinner" beside an opioid: its label's words
    if asking is not None and asking.stage and not await _said_otherwise(context, user, text):
        question = (checkin_views.CARER_QUESTIONS if carer else checkin_views.QUESTIONS)[
            asking.stage
        ]
        await checkin.ask_again(
            d, user, asking, text=texts.CHECKIN_NOT_PLACED.format(question=question)
        )
        return
    if meant_for_another_chat(normalise(text)):
        # "done ✅ — oops wrong chat": nothing kept, nothing asked
        await msg.reply_text(texts.MEANT_ELSEWHERE)
        return
    kept = await common.set_aside(context, user, text, batch)
    keep_note = InlineKeyboardButton(
        "🗒 Keep it as a note", callback_data=d.codec.pack(uid, KeepNoteTap(kept.id))
    )
    rows = [
        [_shortcut(d.codec, uid, "💊 I took a dose", Shortcut.TOOK_HOW)],
        [keep_note],
        [_shortcut(d.codec, uid, "📝 Pain check-in", Shortcut.CHECKIN)],
        [_shortcut(d.codec, uid, "❓ What can I say?", Shortcut.HELP)],
    ]
    said = texts.DIDNT_UNDERSTAND
    low = normalise(text)
    if (warmly := _met_warmly(low)) is not None:
        said = warmly
        rows.insert(0, rows.pop(1))
    elif text.rstrip().endswith("?") or asks_about_dose(low, asked=False):
        said = texts.ASKED_NOT_UNDERSTOOD
        # "should I be walking more than 20 minutes a day?": a question for the visit
        ask = KeepNoteTap(kept.id, question=True)
        rows.insert(
            0, [InlineKeyboardButton(texts.SAVE_FOR_DOCTOR, callback_data=d.codec.pack(uid, ask))]
        )
    elif (why := await _why_no_dose(context, user, text)) is not None:
        # "my wife took 2 of my ibuprofen", "doctor says max 3 a day": understood, and
        # said so — nothing logged, with the tap for a dose that was taken after all
        said = texts.ANOTHERS_DOSE if why is Unlogged.ANOTHERS else texts.NO_DOSE_LOGGED
        rows.insert(0, rows.pop(1))
    await msg.reply_text(said, reply_markup=InlineKeyboardMarkup(rows))


def _met_warmly(low: str) -> str | None:
    """ "no numbness down there, bladder fine", "I'm safe, just a rough week", "went to the
    ER last night": words to keep for the doctor, met warmly rather than with "didn't catch
    that" (Sandbox, Houston: "fui a urgencias"); the reply, or None."""
    if denied_red_flags(low) or denied_locations(low):
        return texts.SIGNS_DENIED
    if says_safe(low):
        return texts.SAID_SAFE
    if urgent_care_sought(low):
        return texts.CARE_SOUGHT
    # "she went to A&E last night", "took him to urgent care": not "you" (a carer's words,
    # or the patient's of their family)
    return texts.CARE_SOUGHT_THEIRS if care_sought_of_them(low) else None


async def _said_otherwise(context: ContextTypes.DEFAULT_TYPE, user: User, text: str) -> bool:
    """Whether unplaced words have a reply of their own in `_keep_aside` (signs denied,
    "I'm safe", a question, a medicine named without a dose) rather than "didn't catch"."""
    low = normalise(text)
    if _met_warmly(low) is not None:
        return True
    if text.rstrip().endswith("?") or asks_about_dose(low, asked=False):
        return True
    return await _why_no_dose(context, user, text) is not None


async def _why_no_dose(
    context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> Unlogged | None:
    """Why a message naming a medicine logged no dose (None: it names none)."""
    async with unit(context).begin() as s:
        meds = await repo.active_medications(s, user.id)
    return why_unlogged(text, [m.known_as for m in meds])


async def _how_it_hurts(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> bool:
    """Pain said without a number ("im in agony", "my back is killing me"): the score
    asked with one tap, or a check-in's own question again; what it feels like said
    alone mid check-in ("burning") kept on its rating. Whether the text was one."""
    msg = update.message
    assert msg
    d = deps(context)
    hurting = hurts_in_words(text)
    felt = only_felt(text)
    if not hurting and not felt:
        return False
    async with unit(context).begin() as s:
        active = await checkin_service.asking(s, user, d.clock.now())
        if felt and active is not None and active.stage and active.stage != "pain":
            await checkin_service.update_pain(s, active, qualities=list(felt))
    if active is None:
        if not hurting:
            return False
        await checkin.ask_pain_now(update, context, texts.PAIN_HOW_BAD)
        return True
    if not active.stage:
        return False
    if felt and active.stage != "pain":
        await msg.reply_text(texts.FELT_NOTED.format(what=", ".join(felt)))
    elif active.stage != "pain":
        await msg.reply_text(texts.SORRY_IT_HURTS)
    # A check-in under way: its own question again, the score's in these words.
    pain_words = texts.PAIN_HOW_BAD if active.stage == "pain" else None
    await checkin.ask_again(d, user, active, text=pain_words)
    return True


# Pain said without a number: the words of hurting, not of a pain to come or gone.
_HURTING = re.compile(
    r"\b(?:agony|agonising|agonizing|excruciating|unbearable|killing\s+me|in\s+bits|"
    r"(?:back|neck|leg|hip|pain|it|sciatica)(?:'s|\s+is|\s+are)\s+(?:so\s+|really\s+|very\s+)?"
    r"(?:bad|awful|terrible|horrendous|horrible|paining|killing)|hurts?\s+(?:so\s+(?:much|bad)|"
    r"like\s+hell)|(?:so\s+much|a\s+lot\s+of)\s+pain|"
    # "my back is heavy sore today" (Scots: very sore), "back's that sore": how much, in
    # words, never how it feels (Sandbox, Glasgow: "didn't catch that")
    r"(?:back|neck|leg|legs|hip|sciatica)(?:'s|\s+is|\s+are)\s+(?:(?:so|really|very|heavy|awfy|"
    r"pure|dead|that|pretty|terribly|awful)\s+)?sore|^(?:heavy|awfy|pure|dead)\s+sore|"
    # "worst day ever", "having a terrible day": a day of pain, in this chat
    r"(?:worst|terrible|awful|horrible|horrendous|dreadful|rough|bad)\s+(?:day|night)(?:\s+ever)?|"
    # Nigerian Pidgin "my back dey pain me well well" (Sandbox, Lagos); Australian "back's
    # rooted", "legs stuffed" (Sandbox, Sydney)
    r"(?:back|waist|body|leg|legs|neck|hip|everywhere)\s+(?:(?:dey|de)\s+pain|hurts)\s+me\s+"
    r"(?:well\s+well|die|bad|too\s+much|plenty)|"
    r"(?:back|leg|legs|neck|hip)(?:'s|s|\s+is|\s+are)?\s+(?:totally\s+|absolutely\s+)?"
    r"(?:rooted|stuffed|buggered|wrecked|cactus)|"
    # UK and Scots: "ma back's murder", "back's playing up", "giving me gyp" (Sandbox,
    # Glasgow: asked whose it was, or "didn't catch that"); the part itself is the subject
    r"(?:back|neck|leg|legs|hip|hips|knee|knees|sciatica)(?:'s|\s+is|\s+are|\s+has\s+been|"
    r"'s\s+been|\s+been|\s+keeps)?\s+(?:(?:pure|absolute|total|really|still|just)\s+)?(?:murder|playing\s+up|"
    r"giving\s+me\s+(?:gyp|gip|jip|grief|hell|laldy|bother|murder)))\b"
)


def hurts_in_words(text: str) -> bool:
    """Pain said without a number ("im in agony", "my leg is killing me"), not asked."""
    return _HURTING.search(normalise(text)) is not None and not text.rstrip().endswith("?")


def _shortcut(
    codec: CallbackCodec, uid: int, label: str, shortcut: Shortcut
) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=codec.pack(uid, ShortcutTap(shortcut)))


async def keep_note_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: KeepNoteTap
) -> None:
    """ "Keep it as a note" under a message the bot did not understand."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    async with unit(context).begin() as s:
        rec = await records.get_record(s, update.effective_user.id, tap.record, UNSORTED)
        if rec is None:
            await q.answer(texts.ALREADY_ANSWERED)
            return
        said = tidy(rec.raw_text or "")
        if tap.question and said:
            await s.delete(rec)
            kept, waiting = await question_service.keep(s, rec.user_id, said, d.clock.now())
            v = Voice(await records.carer_writes(s, rec.user_id))
            reply = questions.kept_reply(said, kept, waiting, v)
            if tap.stays and kept:
                # (the answer stays to be read; "soon", never "for your next visit")
                above = q.message.text if isinstance(q.message, Message) else None
                soon = v.says(texts.QUESTION_KEPT_SOON, texts.QUESTION_KEPT_SOON_CARER)
                kept_line = soon.format(text=said)
                reply = f"{above}\n\n{kept_line}" if above else kept_line
        else:
            rec.kind = "note"
            rec.data = json.dumps({"kind": "note", "text": (rec.raw_text or "")[:1000]})
            reply = texts.NOTE_KEPT
    await q.answer(texts.RECORDED)
    await d.sender.edit(q.message.chat.id, q.message.message_id, reply, None)


async def undo_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: UndoTap) -> None:
    """Remove what one free-text message recorded, or the part of it the tapped reply
    said."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    uid = update.effective_user.id
    async with unit(context).begin() as s:
        if tap.whole:
            removed = await records.undo_batch(s, uid, tap.batch)
        else:
            removed = await records.undo_batch(
                s, uid, tap.batch, doses=tap.doses, records=tap.records
            )
    await q.answer(texts.UNDONE if removed else texts.UNDO_NOTHING)
    if removed:
        await d.sender.edit(q.message.chat.id, q.message.message_id, texts.UNDONE, None)


async def answer_reminder_by_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    intents: list[DoseIntent],
    *,
    carer: bool = False,
    told: dose_service.Said | None = None,
    kept: list[doses.KeptDose] | None = None,
) -> list[DoseIntent]:
    """ "snooze 30", "skip, ran out", "took it" or "took the gabapentin but not the
    ibuprofen" about the reminder being answered; returns the intents it did not apply.
    `user` is the one this update already loaded; `carer`: told by someone writing for
    the patient; `told`: which reminder, when the caller knows (a reason typed to its Skip
    menu), else read from the message; `kept`: beside an alarm, what was answered is put
    there in plain words for its line, no "Got it ✅" and no Undo."""
    d = deps(context)
    msg = update.message
    assert msg
    now = d.clock.now()
    replied_to = msg.reply_to_message.message_id if msg.reply_to_message else None
    async with unit(context).begin() as s:
        text, batch = msg.text or "", records.message_batch(msg.message_id)
        if told is None:
            part = slot_told(text) or missed_told(text)
            told = dose_service.Said(replied_to, says_every(text), part, text, batch)
        if says_weekly(text):
            # "forgot her weekly bone tablet": the list's one weekly medicine, never every
            # dose of the reminder open (Sandbox, Glasgow)
            listed = await repo.active_medications(s, user.id)
            intents = [doses.named_weekly(listed, i, text) for i in intents]
        outcome = await dose_service.answer_by_text(s, user, intents, now, told)
    if outcome.out_which:
        # "pharmacy hadn't got it in" with several waiting: which one, by a tap
        await out_which.ask(update, context, outcome.out_which)
        if not outcome.done:
            return outcome.unapplied
    if not outcome.done:
        return intents
    zone = ZoneInfo(user.timezone)
    await redraw(d, user.id, msg.chat.id, zone, outcome.messages)
    if kept is not None:
        kept.append(_answered_plainly(outcome, zone, d.clock.now()))
        return outcome.unapplied
    said, undo = _text_answered(context, user, outcome, (zone, batch), carer=carer)
    sent = await msg.reply_text(said, reply_markup=undo)
    # "skip" alone was asked why: a reason typed next answers it
    await skip_why.await_typed_reason(update, context, sent.message_id, said, undo)
    # "ran out of gabapentin" answering its reminder: as after Skip → Ran out, its doses
    # count so till more comes, and has it come (it went on "no answer": Sandbox, Chicago)
    out = {m.id: m for i, _, m in outcome.done if i.status == "skipped" and i.reason == "ran_out"}
    for med in out.values():
        await supply_handlers.ask_after_ran_out(update, context, med)
    if outcome.snooze_minutes and d.ticker:
        d.ticker.wake(60.0 * outcome.snooze_minutes)
    return outcome.unapplied


def _text_answered(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    outcome: dose_service.TextAnswer,
    where: tuple[ZoneInfo, str],
    *,
    carer: bool = False,
) -> tuple[str, InlineKeyboardMarkup | None]:
    """ "Got it: Gabapentin 300 mg taken ✅", any tablets beyond it, an earlier reminder
    still open; with an Undo for the doses answered (and one for the extra tablets).
    `where`: the zone and the message's batch; a skip's why is asked of a `carer` about
    the person they write for."""
    d = deps(context)
    zone, batch = where
    what = _answered_what(outcome)
    answered = [o.id for i, o, _ in outcome.done if i.status in ("taken", "skipped")]
    undo = dose_undo.undo_markup(d.codec, user.id, answered) if answered else None
    said = texts.TEXT_ANSWERED.format(what=what)
    for extra in outcome.extras:
        said += "\n" + doses.extra_reply(extra, zone, d.clock.now(), carer=carer)
    if outcome.warnings:
        said += "\n\n" + doses.warning_lines(outcome.warnings, zone)
    if outcome.extras and undo is not None:
        # The extra tablets are taken back on their own, the answered dose stays.
        extras = [extra.log_id for extra in outcome.extras]
        data = dose_undo.part_undo(d.codec, user.id, batch, doses=extras)
        again = InlineKeyboardButton(texts.UNDO_EXTRA, callback_data=data)
        undo = InlineKeyboardMarkup([*undo.inline_keyboard, [again]])
    if outcome.earlier:
        # Only the latest reminder was answered: the one still open from earlier is named.
        due = sorted({dose_time(o) for o, _ in outcome.earlier})
        names = ", ".join(med_label(m) for _, m in outcome.earlier)
        said += "\n" + texts.EARLIER_STILL_OPEN.format(time=", ".join(due), what=names)
    unexplained = [o.id for i, o, _ in outcome.done if i.status == "skipped" and not i.reason]
    if unexplained:  # "skip" alone: why, by one tap, as the reminder's Skip asks
        said = skip_why.with_question(said, carer=carer)
        undo = skip_why.why_markup(d.codec, user.id, unexplained, undo)
    return said, undo


def _answered_what(outcome: dose_service.TextAnswer) -> str:
    """ "Gabapentin 300 mg taken, Naproxen skipped (ran out)": the doses a message answered."""
    by_status: dict[str, list[str]] = {}
    for intent, occ, med in outcome.done:
        why = SkipReason.said(intent.reason) if intent.status == "skipped" else None
        label = dose_label(occ, med) if intent.status == "taken" else med_label(med)
        by_status.setdefault(intent.status + doses.why_words(why), []).append(label)
    return ", ".join(f"{', '.join(names)} {status}" for status, names in by_status.items())


def _answered_plainly(
    outcome: dose_service.TextAnswer, zone: ZoneInfo, now: dt.datetime
) -> doses.KeptDose:
    """The doses a message answered beside an alarm, for its plain line; only totals
    past a label's maximum said with them."""
    what = _answered_what(outcome)
    extras = [doses.kept_dose(extra, zone, now) for extra in outcome.extras]
    if extras:
        more = ", ".join(e.what for e in extras)
        what += " " + texts.KEPT_DOSE_EXTRA.format(what=more)
    facts = [w for w in outcome.warnings if w.code in PAST_MAXIMUM]
    facts += [w for e in extras for w in e.facts]
    return doses.KeptDose(what, tuple(facts))


#: Every button family and the one handler it goes to, declared in one place.
