"""/add, one line or guided, and the same conversation when a medicine is edited."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.add_draft import AddDraft, AddStage
from bot.domain.conversation import Question
from bot.domain.dose_amounts import liquid_step
from bot.domain.regimen import (
    display_name,
    dose_text,
    liquid_amount,
    ml_dose,
    spelled_as_known,
    suggested_times,
    tablets_range,
    varies,
)
from bot.domain.safety import (
    RegimenItem,
    SafetyWarning,
    Severity,
    check_new_medication,
    combination_amount,
)
from bot.domain.schedule import ALL_DAYS, mask_to_weekdays, parse_times, takes_over_at
from bot.domain.summary import short_date
from bot.domain.trials import Change
from bot.domain.wording import and_list
from bot.knowledge import DrugMatch, get_drug, parse_strength, resolve_name
from bot.knowledge.local_names import say_locally
from bot.knowledge.local_packs import local_tablet_mg
from bot.knowledge.models import Strength
from bot.parsing import DoseIntent, Intent, NoteIntent
from bot.parsing.answers import skips_the_question
from bot.parsing.composition import Part, joined_strength
from bot.parsing.described import described_not_named
from bot.parsing.medications import Meds
from bot.parsing.new_medicine import StartedMedicine, started_told
from bot.parsing.numbers import strengths_listed
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.regimen_change import listed_as
from bot.parsing.regimen_listed import (
    add_listed,
    left_to_add,
    listed_items,
    one_or_two,
    several_listed,
)
from bot.parsing.text import normalise
from bot.services import regimen as svc
from bot.services import trials
from bot.services.add_line import line_fields, read_course, read_days
from bot.services.regimen import regimen_item, regimen_item_of
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import Medication, User
from bot.storage.records import UNSORTED
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import common, ingredient, supply
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import AddAction, AddTap, AddToldTap, EditAction
from bot.telegram.unit import unit

#: Typed instead of tapping "Save anyway" or "Cancel" after a safety warning.
YES_WORDS = frozenset(
    {"yes", "y", "ok", "okay", "sure", "save", "save it", "save anyway", "yes please"}
)
NO_WORDS = frozenset({"no", "n", "nope", "don't", "dont", "no thanks", "don't save", "dont save"})
CANCEL_WORDS = frozenset({"cancel", "stop", "never mind", "nevermind"})


def local_today(context: ContextTypes.DEFAULT_TYPE, user: User) -> dt.date:
    """The person's date now, in their zone."""
    return deps(context).clock.now().astimezone(ZoneInfo(user.timezone)).date()


def one_line(med: Medication) -> str:
    """The medication as the one-line /add grammar would say it (an edit template)."""
    parts = [med.name]
    if med.strength:
        parts.append(f"{med.strength}mg")
    elif med.amount is not None:
        parts.append(f"{med.amount:g}{med.unit or ''}")
    if med.volume_ml and med.amount is not None and not med.strength:
        # a liquid: its concentration and the dose in ml, as a line sent back reads them
        parts[-1] += f"/{med.volume_ml:g}ml"
        if med.units_per_dose is not None:
            parts.append(ml_dose(med.units_per_dose, med.units_per_dose_max, med.volume_ml))
    elif varies(med.units_per_dose, med.units_per_dose_max):
        # (the edit's example says the range, so a line sent back keeps it)
        parts.append(f"{med.units_per_dose or 1:g}-{med.units_per_dose_max:g} tablets")
    if med.as_needed:
        parts.append("as needed")
        if med.min_gap_hours:
            parts.append(f"every {med.min_gap_hours} hours")
        if med.max_per_day and med.volume_ml and med.amount is not None and not med.strength:
            # a liquid's maximum in its ml, as the line is read back ("max 6 per day" of
            # a 5 ml measure read fine, but said nothing the person would recognise)
            parts.append(f"max {med.max_per_day * med.volume_ml:g} ml per day")
        elif med.max_per_day:
            parts.append(f"max {med.max_per_day} per day")
    else:
        parts.extend(t.strftime("%H:%M") for t in parse_times(med.times))
        days = mask_to_weekdays(med.weekdays)
        if days != ALL_DAYS:
            names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
            parts.append(",".join(names[d] for d in sorted(days)))
    if (med.every_days or 1) > 1:
        parts.append(f"every {med.every_days} days")
    if med.first_day is not None:
        parts.append(f"from {med.first_day.isoformat()}")
    if med.last_day is not None:
        parts.append(f"until {med.last_day.isoformat()}")
    if med.instruction:
        parts.append(med.instruction)
    return " ".join(parts)


def _max_cut_note(draft: AddDraft) -> str | None:
    """What was kept of a liquid's day maximum said in ml that is no whole number of its
    measures: the whole ones below it, or none — said, never rounded up unsaid."""
    if not draft.max_ml_cut or not draft.volume_ml:
        return None
    said, measure = f"{draft.max_ml_cut:g}", f"{draft.volume_ml:g}"
    name = display_name(draft.name or "it")
    if not draft.max_per_day:
        return texts.ADD_MAX_ML_NONE.format(said=said, measure=measure, name=name)
    kept = liquid_amount(draft.max_per_day, draft.volume_ml, draft.amount, draft.unit)
    return texts.ADD_MAX_ML_CUT.format(said=said, measure=measure, kept=kept)


def draft_of(med: Medication) -> AddDraft:
    """A medication row as an editable draft."""
    return AddDraft(
        name=med.name,
        generic=med.generic,
        amount=med.amount,
        unit=med.unit,
        combo=med.strength,
        units_per_dose=med.units_per_dose,
        units_per_dose_max=med.units_per_dose_max,
        times=[t.strftime("%H:%M") for t in parse_times(med.times)],
        weekdays=sorted(mask_to_weekdays(med.weekdays)),
        as_needed=med.as_needed,
        max_per_day=med.max_per_day,
        every_hours=med.min_gap_hours,
        first_day=med.first_day.isoformat() if med.first_day else None,
        last_day=med.last_day.isoformat() if med.last_day else None,
        every_days=med.every_days or 1,
        edit_of=med.id,
        dose_asked=True,
        stage=AddStage.EDIT,
        other_ingredients=med.other_ingredients,
        told_of=med.name if med.generic is not None else None,
        instruction=med.instruction,
        volume_ml=med.volume_ml,
    )


def written_strength(text: str) -> str:
    """A combination's strength as the person wrote it, tidied ("30/500mg" → "30/500")."""
    values = parse_strength(text) or ()
    return "/".join(f"{v:g}" for v in values)


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add [one line]."""
    assert update.message and update.message.text
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    await add_line(update, context, rest)


async def add_line(
    update: Update, context: ContextTypes.DEFAULT_TYPE, line: str, *, offer: int | None = None
) -> None:
    """The add begun from a one-line description (`/add <line>`, or the words of a
    medicine told as started); what it leaves out is asked. A whole list is offered one
    tap a medicine, never saved as one (`offer`: the list this one was tapped from)."""
    draft = AddDraft(offer=offer)
    if line:
        several = _names_several(line)
        async with unit(context).begin() as s:
            user = await load_user(update, context, s)
            meds = await repo.active_medications(s, user.id) if several else []
        if several:
            await _offer_told_list(update, context, user, line, [m.known_as for m in meds])
            return
        draft.take(line_fields(line, local_today(context, user)))
    await advance(update, context, draft)


async def _offer_told_list(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, line: str, names: list[str]
) -> None:
    """ "/add naproxen 500 twice a day, gabapentin 300 three times and tylenol when
    needed": each one tap to add, as a list told in chat — it was saved as one medicine,
    with tylenol's "when needed" (Sandbox)."""
    listed = left_to_add(line, names)
    if listed:
        await offer_listed(update, context, user, listed, said=line)
        return
    assert update.effective_chat
    await context.bot.send_message(update.effective_chat.id, texts.LIST_ALREADY_ADDED)


async def offer_started(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, started: StartedMedicine
) -> None:
    """ "dr started me on pregabalin 75mg twice a day": one tap to add it, the message
    kept aside for the tap to read again (Sandbox, Leeds: "doesn't sound like one you
    took")."""
    d = deps(context)
    msg = update.effective_message
    assert msg and msg.text
    kept = await common.set_aside(context, user, msg.text, records.new_batch())
    name = _shown(started)
    button = InlineKeyboardButton(
        texts.ADD_STARTED_BUTTON.format(name=name),
        callback_data=d.codec.pack(user.id, AddToldTap(kept.id)),
    )
    await msg.reply_text(
        texts.OFFER_ADD_STARTED.format(name=name), reply_markup=InlineKeyboardMarkup([[button]])
    )


async def offer_listed(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    listed: Sequence[StartedMedicine],
    *,
    held: str | None = None,
    said: str | None = None,
) -> None:
    """A whole list in one message ("naproxen 500 twice a day, omeprazole 20 in the
    morning, …"): one tap to add each, the message kept aside for the taps to read
    again — never doses taken (Sandbox, Chicago). `held`: the list told while setup
    asked its question, offered once setup is done; `said`: the list when it is not the
    whole message (/add's words). A product's two parts named bare are asked as one
    tablet or two medicines."""
    msg = update.effective_message
    words = held if held is not None else said if said is not None else msg.text if msg else None
    assert update.effective_chat and words
    kept = await common.set_aside(context, user, words, records.new_batch())
    every = listed_items(words)
    markup = _list_markup(context, user, kept.id, every, listed)
    either = bool(one_or_two(words))
    on_it = "" if either else _on_it_already(every, listed)
    if held is None and msg is not None:
        intro = texts.OFFER_ADD_EITHER if either and len(listed) == 3 else texts.OFFER_ADD_LISTED
        await msg.reply_text(intro + on_it, reply_markup=markup)
    else:
        # (after a tap on setup's last question: no message of theirs to answer)
        chat = update.effective_chat.id
        await context.bot.send_message(chat, texts.OFFER_ADD_HELD_LIST + on_it, reply_markup=markup)


def _on_it_already(every: Sequence[StartedMedicine], listed: Sequence[StartedMedicine]) -> str:
    """ "Already on your list: Naproxen …", for the medicines of a list (`every`) left out
    of the offer (`listed`) because they are on it: a new strength told for one was
    dropped without a word (Sandbox, London). "" when none is."""
    offered = {one.medicine for one in listed}
    named = [_shown(one) for one in every if one.medicine not in offered]
    return "\n\n" + texts.LIST_SOME_ON_IT.format(names=", ".join(named)) if named else ""


def _shown(one: StartedMedicine) -> str:
    """A medicine of a list as its buttons name it: its name as told, else its generic."""
    return display_name(line_fields(one.line).name or one.medicine)


def _list_markup(
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    kept: int,
    every: Sequence[StartedMedicine],
    listed: Sequence[StartedMedicine],
) -> InlineKeyboardMarkup:
    """One "➕ Add" a row for each of `listed`, of the list kept as record `kept` read
    with nothing on it (`every`, numbered so, so that a tap finds its own medicine)."""
    d = deps(context)
    rows = [
        [
            InlineKeyboardButton(
                texts.ADD_STARTED_BUTTON.format(name=_shown(item)),
                callback_data=d.codec.pack(user.id, AddToldTap(kept, nth)),
            )
        ]
        for nth, item in enumerate(every)
        if any(item.medicine == one.medicine for one in listed)
    ]
    return InlineKeyboardMarkup(rows)


async def _offer_rest(update: Update, context: ContextTypes.DEFAULT_TYPE, kept: int) -> None:
    """After a medicine tapped from a list is saved: the ones still not on the list, one
    tap each, right there (the person had to scroll back up to the list for the next);
    none left: said once."""
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        record = await records.get_record(s, user.id, kept, UNSORTED)
        names = [m.known_as for m in await repo.active_medications(s, user.id)]
    said = record.raw_text if record is not None else None
    if not said or update.effective_chat is None:
        return
    chat = update.effective_chat.id
    listed = left_to_add(said, names)
    every = listed_items(said)
    if listed:
        markup = _list_markup(context, user, kept, every, listed)
        await context.bot.send_message(chat, texts.OFFER_ADD_NEXT, reply_markup=markup)
    elif len(every) > 1:
        await context.bot.send_message(chat, texts.LIST_ALL_ADDED)


async def add_told_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: AddToldTap
) -> None:
    """ "➕ Add pregabalin": the message read again, and /add begun with its words, as
    `/add pregabalin 75mg twice a day` would be. Out of date once it is on the list."""
    q = update.callback_query
    assert q and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        kept = await records.get_record(s, user.id, tap.record, UNSORTED)
        meds = await repo.active_medications(s, user.id)
    said = kept.raw_text if kept is not None else None
    names = [m.known_as for m in meds]
    if tap.nth is not None:
        # one of a list: out of date once it is on the list (the list read again shrinks)
        listed = listed_items(said) if said else []
        one = listed[tap.nth] if tap.nth < len(listed) else None
        started = None if one is None or listed_as(one.medicine, names) else one
    else:
        started = started_told(said, names) if said else None
    if started is None:
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer()
    if not _adds(user, started.medicine):
        # another medicine's add left half done is named, as typed /add names it (it was
        # dropped without a word)
        await common.drop_waiting_question(update, context)
    await add_line(update, context, started.line, offer=tap.record if tap.nth is not None else None)


def lists_for_name(user: User, text: str) -> bool:
    """Whether `text` is a whole list told while /add asks which medicine."""
    return pending_stage(user) is AddStage.NAME and _names_several(text)


def _names_several(line: str) -> bool:
    """Whether /add's words name two or more medicines, with or without how each is taken
    (Sandbox, London: "/add naproxen 500, omeprazole 20" lost omeprazole)."""
    return several_listed(line) or bool(add_listed(line))


def _adds(user: User, generic: str) -> bool:
    """Whether /add waits on an answer about `generic` (its own button tapped again: begun
    afresh, with nothing else dropped)."""
    draft = _waiting_draft(user)
    if draft is None or draft.edit_of is not None or not draft.name:
        return False
    return (draft.generic or draft.name.lower()) == generic


def _said(text: str) -> str:
    """A short reply as a word to look up ("Yes!" → "yes")."""
    return text.strip().lower().rstrip("!. ")


def _waiting_draft(user: User) -> AddDraft | None:
    """The draft /add (or an edit) waits on, read once; None outside it."""
    return AddDraft.from_json(user.draft) if user.awaiting == Question.ADD else None


def _stage(draft: AddDraft) -> AddStage:
    """What the draft waits for: an edit's drafts before stages were kept are edits."""
    return draft.stage or AddStage.EDIT


def pending_stage(user: User) -> AddStage | None:
    """What the add/edit conversation waits for; None outside it."""
    draft = _waiting_draft(user)
    return None if draft is None else _stage(draft)


# Nothing but numbers and the words of a time or a dose: an answer tried, whatever the
# parser makes of the number.
_NUMBERS_AND_TIMES = re.compile(
    r"^(?:[\s\d:.,/&+-]|\b(?:and|am|pm|at|h|hrs?|hours?|every|o'?clock|morning|night|noon|"
    r"evening|bedtime|daily|a\s+day|twice|once|times?|mg|mcg|g|ml|tabs?|tablets?|pills?|caps?)\b)*$",
    re.IGNORECASE,
)


def only_numbers_and_times(text: str) -> bool:
    """Whether `text` holds nothing but numbers and the words of a time or a dose."""
    return bool(_NUMBERS_AND_TIMES.match(text.rstrip(" ?")))


def is_report_not_answer(user: User, intents: Sequence[Intent], text: str) -> bool:
    """Whether a message sent while /add (or an edit) waits is plainly something to log
    — "took 2 norco", "skipped it", "pain is 4 today" — rather than the answer. Such a
    message must never become (or replace) a medicine called "Took 2" or "Pain is 4"."""
    if names_another_while_adding(user, text):
        return True
    draft = _waiting_draft(user)
    if draft is None or _said(text) in YES_WORDS | NO_WORDS | CANCEL_WORDS:
        return False  # a bare "no" is about the question, not a skipped dose
    stage = _stage(draft)
    if stage is not AddStage.NAME and _holds(text) is not None:
        return False  # what one tablet holds, told: never doses (read by add_text)
    if stage is AddStage.CONFIRM:
        return True
    told = [i for i in intents if not isinstance(i, NoteIntent)]
    if not told:
        return False
    if stage is AddStage.DOSE and skips_the_question(text):
        return False  # "skip": as its Skip button (it was "nothing to skip")
    if stage in (AddStage.DAYS, AddStage.COURSE, AddStage.SUPPLY):
        # "60" is a count here, not a pain score; "mon-fri" is days, not a note.
        return not _part_answers(AddDraft.from_json(user.draft), text, _ANY_DAY)
    # A line naming the medicine in question, or one we know, is an answer — even
    # though the parser reads a bare "ibuprofen 600mg" as a dose taken.
    line = line_fields(text)
    if stage is AddStage.DOSE and strengths_listed(text) is not None:
        return False  # "paracetamol 320mg codeine 10mg …": what one tablet holds
    if stage in (AddStage.DOSE, AddStage.TIMES):
        draft_name = (draft.name or "").lower()
        about_it = line.name is None or line.name.lower() == draft_name
        said_times = bool(line.times or line.as_needed)
        answered = line.says_dose if stage is AddStage.DOSE else said_times
        if any(isinstance(i, DoseIntent) for i in told):
            return not (answered and about_it)
        # "pain 6", "slept badly" while the times are asked: a report, not an unreadable
        # time; a bare "6" or "8 and 20" is a try at the answer.
        return not answered and not only_numbers_and_times(text)
    # A name or a whole line: anything told (a dose, pain, sleep, …) that names no known
    # medicine.
    return not (line.name and resolve_name(line.name) is not None)


def past_the_warning(user: User, text: str) -> bool:
    """Whether `text` came while /add's warning waits for Save anyway or Cancel and says
    something of its own: only a yes or a no answers it, so three words or more are told
    as ever ("my leg is killing me" got "tap Save anyway or Cancel" alone and was kept
    nowhere — Sandbox, Manchester); "hmm" or "not sure" is about the warning."""
    draft = _waiting_draft(user)
    return (
        draft is not None
        and _stage(draft) is AddStage.CONFIRM
        and len(re.findall(r"[^\W\d_]+", text)) >= 3
        and _holds(text) is None
    )


def names_another_while_adding(user: User, text: str) -> bool:
    """Whether, while /add asks about a medicine (past its name), `text` names another
    known medicine and not it: "home now, they gave me tramadol 50mg every 6h for a week"
    while pregabalin's times wait is tramadol's, never pregabalin's 50 mg, "every 6h" and
    week's course (Sandbox, Leeds: saved as "Pregabalin 50 mg … until Sun 13 Dec")."""
    draft = _waiting_draft(user)
    if draft is None or _stage(draft) is AddStage.NAME:
        return False
    if _holds(text) is not None or strengths_listed(text) is not None:
        return False  # "paracetamol 320mg codeine 10mg": what one tablet holds, its answer
    return _names_another(draft, text)


def _holds(text: str) -> tuple[Part, ...] | None:
    """What one tablet holds, told alone ("chlorzoxazone 250 mg paracetamol 300 mg") or
    of the medicine ("myospaz has chlorzoxazone 250 mg paracetamol 300 mg")."""
    return ingredient.parts_told(text, least=2, amounts=True)


def _names_another(draft: AddDraft, text: str) -> bool:
    """Whether `text` names a known medicine, none of them the one being added."""
    named = {m.generic for m in Meds([], DEFAULT_RESOLVE).mentions(normalise(text))}
    if not named or not draft.name:
        return False
    match = resolve_name(draft.name)
    return (match.generic if match is not None else draft.name.lower()) not in named


def waiting_note(user: User) -> str:
    """One line saying the medicine being added or changed is still waiting, and on what."""
    draft = AddDraft.from_json(user.draft)
    name = display_name(draft.name or "Your medicine")
    stage = _stage(draft)
    if stage is AddStage.CONFIRM:
        return texts.ADD_WAITING_CONFIRM.format(name=name)
    if stage is AddStage.EDIT:
        return texts.EDIT_WAITING.format(name=name)
    return texts.ADD_WAITING_ANSWER.format(name=name)


def _only_described(text: str) -> bool:
    """A medicine said by how it looks or what it is for, no name of one we know."""
    return described_not_named(text) and resolve_name(text) is None


async def add_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """Free text while the add/edit conversation waits for an answer."""
    draft = AddDraft.from_json(user.draft)
    said = _said(text)
    if said in CANCEL_WORDS:
        await cancel(update, context)
        return
    if draft.stage not in (None, AddStage.NAME) and (parts := _holds(text)) is not None:
        await _composition_text(update, context, user, draft, text, parts)
        return
    if draft.stage is AddStage.CONFIRM:
        # Only a yes or a no answers a warning; anything else leaves the draft as it is.
        if said in NO_WORDS:
            await cancel(update, context)
        elif said in YES_WORDS:
            draft.confirmed = True
            await advance(update, context, draft)
        else:
            assert update.message
            await update.message.reply_text(waiting_note(user))
        return
    if draft.stage in (AddStage.DAYS, AddStage.COURSE, AddStage.SUPPLY):
        await _part_text(update, context, user, draft, text)
        return
    if draft.stage is AddStage.STEP_TIMES and (step := draft.step_to_ask()) is not None:
        said_times = line_fields(text).times
        if not said_times:
            assert update.message
            await update.message.reply_text(texts.BAD_TIME)
            return
        draft.set_step_times(step, said_times)
        await advance(update, context, draft)
        return
    if draft.stage is AddStage.DOSE and skips_the_question(text):
        draft.dose_asked = True
    elif draft.stage is AddStage.DOSE and (held := strengths_listed(text)) is not None:
        # what one tablet holds, as printed on the box: kept whole ("320/10/5/32 mg"),
        # never three doses logged, nor the last amount alone (Sandbox, Johannesburg
        # and Pune: "15 mg" saved for Zerodol-SP's 100/325/15)
        draft.strength = draft.combo = held
        draft.unit = "mg"
        draft.dose_asked = True
    elif draft.stage is AddStage.NAME:
        if lists_for_name(user, text):
            # the whole list as the answer: each one tap, never saved as one medicine
            await common.drop_waiting_question(update, context)
            await add_line(update, context, text)
            return
        if _only_described(text):
            # "the white ones": kept asking, kindly, for the name on the box — never a
            # medicine saved as "White ones" (Sandbox)
            assert update.message
            await update.message.reply_text(texts.ADD_NAME_DESCRIBED)
            return
        draft.take(line_fields(text, local_today(context, user)))
        if draft.name is None:
            draft.name = text.strip()[:80]
    else:
        if draft.stage is AddStage.TIMES and _HOURS_LISTED.match(text):
            hours = re.findall(r"\d+", text)
            if len(set(hours)) == len(hours):  # "8 and 8" is morning and evening: asked
                text = "at " + text  # "8 and 20" when the times are asked: hours
        elif draft.stage is AddStage.TIMES and _TIMES_ONLY.match(text):
            # "7am 12 and 6pm", "7, 12 noon, 6pm": a bare hour among times is one too (the
            # 12 or the 7 was dropped: "3 times a day" saved as twice)
            text = _BARE_HOUR.sub(r"at \1", text)
        bare = _BARE_AMOUNT.match(text) if draft.stage is AddStage.DOSE else None
        if bare is not None and (unit_asked := _unit_asked(draft)) is not None:
            # "300" asked the strength: in the unit of the strengths the question offered
            # (it was asked again and again, "300mg" alone understood — Sandbox, London)
            text = f"{bare[1]}{unit_asked}"
        found = line_fields(text, local_today(context, user))
        if found.as_needed:
            draft.times = []
        # "400mg" or "8am" are not new names.
        draft.take(found, name=draft.stage not in (AddStage.DOSE, AddStage.TIMES))
        # "at bedtime" or "twice a day" instead of times: asked again with times that fit.
        if draft.stage is AddStage.TIMES and not found.says_when:
            assert update.message
            await update.message.reply_text(texts.BAD_TIME)
            return
    await advance(update, context, draft)


async def _composition_text(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    draft: AddDraft,
    text: str,
    parts: tuple[Part, ...],
) -> None:
    """What one tablet holds, told ingredient by ingredient while a question waits
    ("aceclofenac 100 + paracetamol 325 + serratiopeptidase 15"): the medicine's
    ingredients, read when it is saved, and, asked for its strength, that strength
    ("100/325/15") — never doses taken (Sandbox, Bengaluru: two she never took were
    logged). Any other question is asked again."""
    draft.ingredients_said = text.strip()[:200]
    if draft.stage is AddStage.DOSE:
        draft.strength, draft.unit = joined_strength(parts)
        draft.combo = draft.strength
        draft.dose_asked = True
        await advance(update, context, draft)
        return
    async with unit(context).begin() as s:
        (await load_user(update, context, s)).draft = draft.to_json()
    assert update.message
    name = display_name(draft.name or "your medicine")
    await update.message.reply_text(
        texts.ADD_INGREDIENTS_NOTED.format(name=name) + "\n" + waiting_note(user)
    )


_BARE_AMOUNT = re.compile(r"^\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*$")


def _unit_asked(draft: AddDraft) -> str | None:
    """The one unit of the strengths the dose question offered for `draft` (as
    `ask_dose` offers them: never a patch's mcg/hr); None when it offered none."""
    match = resolve_name(draft.name) if draft.name else None
    units = {st.unit for st in _offerable(match, draft.name)} if match else set()
    if not units and draft.worn_patch:
        return "mcg"  # a week's patch: shown per hour ("10" for Butrans was asked again)
    return units.pop() if len(units) == 1 else None


_HOURS_LISTED = re.compile(r"^\s*\d{1,2}(?:\s*(?:,|and|&|\s)\s*\d{1,2})+\s*$", re.IGNORECASE)
_A_TIME = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+noon)?|noon|midday|midnight)"
_TIMES_ONLY = re.compile(
    r"^\s*" + _A_TIME + r"(?:\s*(?:,|and|&|\s)\s*" + _A_TIME + r")+\s*$", re.IGNORECASE
)
_BARE_HOUR = re.compile(
    r"(?<![\d:.])\b(\d{1,2})\b(?!\s*(?:[:.]\d|[ap]\.?m|o'?clock|noon|h\b))", re.IGNORECASE
)
#: Whether a typed course reads does not depend on the day it is read against.
_ANY_DAY = dt.date(2026, 1, 5)
_COUNT = re.compile(r"^\s*(\d{1,5})\s*(?:tablets?|pills?|caps?\w*|patch\w*|units?|left)?\W*$", re.I)


def _part_answers(draft: AddDraft, text: str, today: dt.date) -> bool:
    """Whether `text` answers the part of an edit the draft waits on (and take it)."""
    if draft.stage is AddStage.DAYS:
        return read_days(draft, text, today)
    if draft.stage is AddStage.COURSE:
        return read_course(draft, text, today)
    return _count(text) is not None


def _count(text: str) -> int | None:
    """A count on hand typed alone ("60", "45 tablets"); None otherwise."""
    match = _COUNT.match(text)
    return int(match[1]) if match and 0 < int(match[1]) <= 10000 else None


async def _part_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, draft: AddDraft, text: str
) -> None:
    """Days, a course or a count typed while an edit asks for it."""
    assert update.message
    if draft.stage is AddStage.SUPPLY:
        count = _count(text)
        if count is None or draft.edit_of is None:
            await update.message.reply_text(texts.EDIT_BAD_COUNT)
        else:
            await supply.record_count(update, context, draft.edit_of, count)
        return
    if not _part_answers(draft, text, local_today(context, user)):
        bad = texts.EDIT_BAD_DAYS if draft.stage is AddStage.DAYS else texts.EDIT_BAD_COURSE
        await update.message.reply_text(bad)
        return
    await advance(update, context, draft)


async def cancel(
    update: Update, context: ContextTypes.DEFAULT_TYPE, said: str = texts.ADD_CANCELLED
) -> None:
    """Drop the draft and say so."""
    d = deps(context)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, None, d.clock.now())
        user.draft = None
    assert update.effective_chat
    await context.bot.send_message(update.effective_chat.id, said)


async def ask(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    draft: AddDraft,
    stage: AddStage,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    d = deps(context)
    draft.stage = stage
    draft.guided = draft.guided or stage in (AddStage.NAME, AddStage.DOSE, AddStage.TIMES)
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, Question.ADD, d.clock.now())
        user.draft = draft.to_json()
    assert update.effective_chat
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def advance(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft) -> None:
    """Ask for the next missing piece, warn, or save."""
    if draft.course_problem:
        said = texts.COURSE_PROBLEMS.get(draft.course_problem, texts.ADD_CANCELLED)
        await cancel(update, context, said)
        return
    if not draft.name:
        await ask(update, context, draft, AddStage.NAME, texts.ADD_ASK_NAME)
        return
    if draft.edit_of is None and _only_described(draft.name):
        # "/add the big tablets 2 a day": the rest kept, the name asked for
        draft.name = None
        await ask(update, context, draft, AddStage.NAME, texts.ADD_NAME_DESCRIBED)
        return
    match = resolve_name(draft.name)
    # (an edit keeps what the person told of a name the knowledge file does not know)
    told = match is None and draft.told_of is not None and draft.told_of == draft.name
    draft.generic = match.generic if match else (draft.generic if told else None)
    if not told:
        draft.other_ingredients = None
    _strength_named(draft, match)
    _read_combination(draft, match)
    if match is not None:
        draft.strength_from_name(match.generic)
        draft.unit_from_label(match.generic)
    if draft.amount is None and not draft.dose_asked:
        await ask_dose(update, context, draft, match)
        return
    fixed = set(draft.fixed_times)
    if draft.times and fixed:
        draft.times = sorted(set(draft.times) | fixed)
    if draft.times or draft.as_needed:
        draft.fixed_times = []
    if draft.dose_pack and len(draft.times) > 1:
        # One reminder a day saying the day's tablets: the pack shows how to spread them.
        draft.times = []
        await ask_times(update, context, draft, texts.PACK_ONE_TIME)
        return
    patch = draft.worn_patch
    if not draft.times and not draft.as_needed:
        await ask_times(update, context, draft, texts.ADD_PATCH_WEEKLY if patch else "", once=patch)
        return
    if patch and not draft.weekdays:  # (the person's day read only for a patch)
        async with unit(context).begin() as s:
            draft.weekly_if_worn(local_today(context, await load_user(update, context, s)))
    if draft.units_per_day and not draft.spread_day_units():
        # "3 capsules a day" at two times: not split by guesswork
        day = f"{draft.units_per_day:g}"
        await ask_times(update, context, draft, texts.ADD_UNITS_UNEVEN.format(n=day))
        return
    if _asks_course(draft, match):
        await ask_course(update, context, draft)
        return
    if (step := draft.step_to_ask()) is not None:
        await ask_step_times(update, context, draft, step)
        return
    if draft.edit_of is not None and await _changes_nothing(update, context, draft):
        await cancel(update, context, texts.EDIT_KEPT.format(name=display_name(draft.name)))
        return
    if not draft.confirmed and await _ask_to_confirm(update, context, draft):
        return
    guided = draft.guided and draft.edit_of is None
    med = await save(update, context, draft)
    if guided and draft.supply is None and not draft.as_needed and not draft.dose_pack:
        await _offer_supply(update, context, med)
    if draft.offer is not None and draft.edit_of is None:
        # last, so the next medicine is one tap at the bottom of the chat
        await _offer_rest(update, context, draft.offer)


def _asks_course(draft: AddDraft, match: DrugMatch | None) -> bool:
    """Whether the guided /add asks how long a medicine goes on: only one usually taken
    for a short course (a corticosteroid, or a label that limits how long it is used),
    only once, and only when nothing said it."""
    if match is None or not draft.guided or draft.edit_of is not None:
        return False
    if draft.course_asked or draft.as_needed or draft.dose_pack or draft.steps:
        return False
    if draft.last_day is not None:
        return False
    drug = match.drug
    return drug.course_limit is not None or "corticosteroid" in drug.classes


_COURSE_DAYS = (5, 7, 10, 14)


async def ask_course(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft, text: str = ""
) -> None:
    """How long from today: 5 · 7 · 10 · 14 days / No end date (for /add, and ✏️ Edit)."""
    d = deps(context)
    assert update.effective_user
    uid = update.effective_user.id
    draft.course_asked = True

    def button(label: str, days: int | None) -> InlineKeyboardButton:
        return InlineKeyboardButton(label, callback_data=d.codec.pack(uid, AddTap.course(days)))

    markup = InlineKeyboardMarkup(
        [
            [button(f"{n} days", n) for n in _COURSE_DAYS],
            [button("No end date", None)],
        ]
    )
    text = text or texts.ADD_ASK_COURSE.format(name=display_name(str(draft.name)))
    await ask(update, context, draft, AddStage.COURSE, text, markup)


async def _offer_supply(
    update: Update, context: ContextTypes.DEFAULT_TYPE, med: Medication
) -> None:
    """After a guided /add: how many are on hand, one tap, or nothing at all."""
    assert update.effective_user and update.effective_chat
    uid = update.effective_user.id
    choices = supply.count_choices(med.generic, med.name)
    markup = supply.count_markup(
        deps(context).codec, uid, med.id, EditAction.OFFERED_COUNT, choices
    )
    text = texts.ADD_OFFER_SUPPLY.format(
        name=display_name(med.name), key=med.name.lower(), example=supply.count_example(choices)
    )
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


#: What an edit may change; the same values in all of them is no new version.
_EDITABLE = (
    "name", "amount", "unit", "combo", "units_per_dose", "units_per_dose_max", "times",
    "weekdays", "as_needed", "max_per_day", "every_hours", "first_day", "last_day", "every_days",
)  # fmt: skip


async def _changes_nothing(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft
) -> bool:
    """Whether an edit leaves the medicine exactly as it is (the same 400mg tapped)."""
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        old = await repo.get_medication(s, user.id, draft.edit_of or 0)
        before = draft_of(old) if old is not None and old.ended_at is None else None
    if before is None or draft.steps or draft.supply is not None:
        return False
    return all(_same(k, getattr(before, k), getattr(draft, k)) for k in _EDITABLE)


def _same(key: str, a: Any, b: Any) -> bool:
    if key == "weekdays":  # no weekdays is every day
        return set(a or ALL_DAYS) == set(b or ALL_DAYS)
    if key == "units_per_dose":  # none said is one ("1-2 tablets" is said as 1 to 2)
        return bool((a or 1) == (b or 1))
    if isinstance(a, list) and isinstance(b, list):
        return sorted(a) == sorted(b)
    return bool(a == b)


def _strength_named(draft: AddDraft, match: DrugMatch | None) -> None:
    """A combination whose name is sold in one strength ("Panadeine Forte": 500/30) has
    that strength, as if tapped: never asked."""
    if not match or not match.drug.is_combination or draft.amount is not None or draft.strength:
        return
    named = match.drug.strengths_for(draft.name)
    if len(named) == 1 and named[0].names:
        draft.strength = named[0].label


def _read_combination(draft: AddDraft, match: DrugMatch | None) -> None:
    """ "norco 10/325": stored as the amount of the ingredient that varies between products
    (hydrocodone 10 mg); the safety rules find the 325 mg from it."""
    strength, draft.strength = draft.strength, None
    if strength and draft.amount is None and match is None:
        # a medicine not known: what one tablet holds, kept whole as written, never
        # asked again (Sandbox, Lagos: "37.5/325 two tablets" asked the dose in a loop)
        draft.combo = draft.combo or written_strength(strength)
        draft.unit, draft.dose_asked = "mg", True
        return
    if not strength or draft.amount is not None or not match or not match.drug.is_combination:
        return
    primary = combination_amount(match.drug, strength)
    if primary is not None:
        draft.amount, draft.unit = primary, "mg"
        # Kept whole as written ("30/500"): codeine 30 mg alone is also Tylenol #3.
        draft.combo = written_strength(strength)


async def ask_dose(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft, match: DrugMatch | None
) -> None:
    """The strengths the label lists, as buttons, and Skip."""
    d = deps(context)
    assert update.effective_user and draft.name
    uid = update.effective_user.id
    strengths: list[str] = []
    if match is not None:
        async with unit(context).begin() as s:
            zone = (await load_user(update, context, s)).timezone
        # A combination's strengths ("10/325mg") are read back per ingredient above.
        # A label may carry its unit already ("5%"): never "5%%".
        strengths = [
            st.label if st.label.endswith(st.unit) else f"{st.label}{st.unit}"
            for st in _sold_here(match, draft.name, zone)[:4]
        ]
    buttons = [
        InlineKeyboardButton(s, callback_data=d.codec.pack(uid, AddTap.dose(s))) for s in strengths
    ]
    buttons.append(InlineKeyboardButton("Skip", callback_data=d.codec.pack(uid, AddTap.dose(None))))
    # (no strength known: no number either — "e.g. 400mg" for naloxone spray misleads)
    example = strengths[0] if strengths else "the strength printed on the box"
    if not strengths and draft.worn_patch:
        example = texts.ADD_PATCH_EXAMPLE
    text = texts.ADD_ASK_DOSE.format(name=draft.name, example=example)
    if (count := _tablets_said(draft)) is not None:
        text = texts.ADD_ASK_TABLET.format(count=count, name=draft.name, example=example)
    await ask(update, context, draft, AddStage.DOSE, text, InlineKeyboardMarkup([buttons]))


def _sold_here(match: DrugMatch, name: str | None, zone: str | None) -> tuple[Strength, ...]:
    """The strengths to offer at /add, the tablet sold where the person lives first (in
    London paracetamol's 500 mg, not the US 325 mg a first tap would have saved), none
    smaller than it."""
    offered = _offerable(match, name)
    local = local_tablet_mg(match.drug.generic, name, zone)
    if local is None:
        return offered
    mine = [st for st in offered if st.unit == "mg" and st.one_amount == local]
    rest = [st for st in offered if st not in mine and (st.one_amount or local) >= local]
    return (*mine, *rest)


def _offerable(match: DrugMatch, name: str | None) -> tuple[Strength, ...]:
    """The label's strengths a dose question may offer as buttons: never a patch's
    mcg/hr, which a tap could not keep (read by the question and its typed answer alike)."""
    return tuple(st for st in match.drug.strengths_for(name) if st.unit != "mcg/hr")


def _tablets_said(draft: AddDraft) -> str | None:
    """ "1–2 tablets", "2 tablets": a dose's tablets said before its strength; None for
    none, or one (one tablet is what the plain question asks about)."""
    least, most = draft.units_per_dose, draft.units_per_dose_max
    if varies(least, most):
        return tablets_range(least, most)
    if least is None or least == 1:
        return None
    return "½ a tablet" if least == 0.5 else f"{least:g} tablets"


async def ask_times(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    draft: AddDraft,
    lead: str = "",
    *,
    once: bool = False,
) -> None:
    """Times that fit what was said ("twice a day", "at bedtime"), and As needed; `once`:
    one time only (a patch worn for a week)."""
    d = deps(context)
    assert update.effective_user
    uid = update.effective_user.id
    fixed = set(draft.fixed_times)
    spread = _day_units_as_doses(draft)
    per_day = 1 if draft.dose_pack or once else draft.per_day or spread
    offered = suggested_times(per_day, frozenset(draft.parts_of_day), draft.every_hours)
    if spread and not lead:
        lead = texts.ADD_DAY_UNITS.format(n=spread)
    choices = [tuple(sorted(set(times) | fixed)) for times in offered]
    rows = _time_rows(context, uid, choices, AddTap.at)
    if not draft.dose_pack:
        as_needed = d.codec.pack(uid, AddTap.at(()))
        rows.append([InlineKeyboardButton("As needed", callback_data=as_needed)])
    question = texts.ADD_ASK_PACK_TIME if draft.dose_pack else texts.ADD_ASK_TIMES
    text = lead + question.format(name=draft.name)
    await ask(update, context, draft, AddStage.TIMES, text, InlineKeyboardMarkup(rows))


def _time_rows(
    context: ContextTypes.DEFAULT_TYPE,
    uid: int,
    choices: Sequence[Sequence[str]],
    tap: Callable[[Sequence[dt.time]], AddTap],
) -> list[list[InlineKeyboardButton]]:
    """One button per set of times ("08:00 · 20:00"), each the tap `tap` makes of them."""
    codec = deps(context).codec
    return [
        [
            InlineKeyboardButton(
                " · ".join(times),
                callback_data=codec.pack(uid, tap([dt.time.fromisoformat(t) for t in times])),
            )
        ]
        for times in choices
    ]


async def ask_step_times(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft, index: int
) -> None:
    """A titration's later step said in words ("then twice a day"): its own times, with
    choices that fit what was said."""
    assert update.effective_user
    per_day, parts = draft.step_when[index]
    step = draft.later_steps()[index]
    offered = suggested_times(per_day, frozenset(parts), None)
    rows = _time_rows(context, update.effective_user.id, offered, AddTap.at_step)
    amount = f" {step.amount:g} {step.unit or 'mg'}" if step.amount is not None else ""
    text = texts.ADD_ASK_STEP_TIMES.format(
        day=short_date(step.course.first_day) if step.course.first_day else "then",
        name=display_name(draft.name or ""),
        amount=amount,
    )
    await ask(update, context, draft, AddStage.STEP_TIMES, text, InlineKeyboardMarkup(rows))


def _day_units_as_doses(draft: AddDraft) -> int | None:
    """ "3 capsules a day" offers three times first (one each): how it is most often
    meant; one time for all of them is typed."""
    n = draft.units_per_day
    return int(n) if n and n.is_integer() and n <= 4 and not draft.parts_of_day else None


async def _ask_to_confirm(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft
) -> bool:
    """Safety warnings before saving, with Save anyway / Cancel; False when none."""
    d = deps(context)
    assert update.effective_user
    uid = update.effective_user.id
    warnings = [
        w.text for w in await _warnings(update, context, draft) if w.severity is not Severity.INFO
    ]
    if not warnings:
        return False
    save_anyway = d.codec.pack(uid, AddTap.confirm(True))
    cancel_it = d.codec.pack(uid, AddTap.confirm(False))
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Save anyway", callback_data=save_anyway),
                InlineKeyboardButton("Cancel", callback_data=cancel_it),
            ]
        ]
    )
    text = texts.ADD_CONFIRM_WARNINGS.format(
        name=display_name(spelled_as_known(draft.name or "")),
        warnings="\n\n".join(f"⚠️ {w}" for w in warnings),
    )
    await ask(update, context, draft, AddStage.CONFIRM, text, markup)
    return True


async def _warnings(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft
) -> list[SafetyWarning]:
    async with unit(context).begin() as s:
        assert update.effective_user
        meds = await repo.active_medications(s, update.effective_user.id)
        user = await s.get(User, update.effective_user.id)
    zone = user.timezone if user else None
    return [dataclasses.replace(w, text=say_locally(w.text, zone)) for w in _fresh(meds, draft)]


def _fresh(meds: list[Medication], draft: AddDraft) -> list[SafetyWarning]:
    """The draft's warnings against the rest of the regimen; an edit leaving the dose as
    it was says none it already said."""
    regimen = [regimen_item_of(m) for m in meds if m.id != draft.edit_of]
    new = regimen_item(
        # (named as it will be saved: "Cyclobenzeprine (cyclobenzaprine) is a muscle
        # relaxant" repeated a typo in every warning — Sandbox, Phoenix)
        spelled_as_known(str(draft.name)),
        draft.generic,
        draft.amount,
        draft.unit,
        list(draft.times),
        draft.as_needed,
        draft.max_per_day,
        draft.combo,
        units_per_dose=draft.units_per_dose,
        units_per_dose_max=draft.units_per_dose_max,
        other_ingredients=draft.other_ingredients,
    )
    fresh = [
        w
        for w in check_new_medication(regimen, new)
        if w.code not in ("unknown_medication", "partly_known_medication")
    ]
    old = next((m for m in meds if m.id == draft.edit_of), None)
    if old is None or _dose_changed(regimen_item_of(old), new):
        return fresh
    # Said, and accepted, when the medicine was saved: an edit that leaves its dose as it
    # was ("09:00 instead of 08:00") is not asked about them again.
    seen = {w.text for w in check_new_medication(regimen, regimen_item_of(old))}
    return [w for w in fresh if w.text not in seen]


async def _open_trial(
    s: AsyncSession,
    user: User,
    old: Medication | None,
    med: Medication,
    now: dt.datetime,
    weeks: Sequence[int],
) -> None:
    """A new medicine opens a "start" trial (a taper's later steps are its plan, not new
    decisions), a dose change a "dose" trial; new times or days alone open none (§6a)."""
    if old is None:
        after = trials.label_of(med)
        await trials.open_trial(s, user, med, Change.START, None, after, now, weeks)
    elif _dose_changed(regimen_item_of(old), regimen_item_of(med)):
        before, after = trials.dose_labels(old, med)
        await trials.open_trial(s, user, med, Change.DOSE, before, after, now, weeks)


def _dose_changed(old: RegimenItem, new: RegimenItem) -> bool:
    """Whether an edit changes what is taken: the medicine, its strength, or how much a day."""
    keys = (
        "generic",
        "amount_per_unit",
        "unit",
        "strength",
        "units_per_day",
        "max_per_day",
        "units_per_dose",
        "units_per_dose_max",
    )
    return any(getattr(old, k) != getattr(new, k) for k in keys) or old.as_needed != new.as_needed


async def save(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: AddDraft) -> Medication:
    """Store the medication (ending the old version on an edit), confirm, and return it."""
    d = deps(context)
    # Facts that need no decision (a labelled course limit) follow the confirmation.
    notes = [w for w in await _warnings(update, context, draft) if w.severity is Severity.INFO]
    now, chat = d.clock.now(), update.effective_chat
    assert chat
    times = [dt.time.fromisoformat(t) for t in draft.times]
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        old = None
        following: list[Medication] = []
        until = None  # the old version's doses go on until the new one starts
        if draft.edit_of is not None:
            old = await repo.get_medication(s, user.id, draft.edit_of)
            if old is not None:
                following = svc.later_steps(await repo.active_medications(s, user.id), old)
            if old is not None and old.ended_at is None:
                start = takes_over_at(draft.course().first_day, ZoneInfo(user.timezone), now)
                await svc.end_before(s, old, start, now)
                until = old if start > now and not old.as_needed else None
        med = await _add_version(s, user, draft, times, old, now)
        saved = [med, *await _save_later_steps(s, user, draft, med, now)]
        if following:
            # (a taper's step edited: the steps after it follow its new end)
            saved += await svc.steps_after_edit(s, user, med, following, now)
        await _open_trial(s, user, old, med, now, d.settings.trial_review_weeks)
        counted = None
        if draft.supply is not None:
            meds_now = await repo.active_medications(s, user.id)
            counted = await supply.count_on_add(s, user, med, draft.supply, meds_now)
        repo.ask_question(user, None, d.clock.now())
        told: list[str] = []
        if draft.generic is None and draft.ingredients_said:
            # what is in it, told already while a question waited: never asked again
            others = [m for m in await repo.active_medications(s, user.id) if m.id != med.id]
            told = ingredient.told_at_add(med, draft.ingredients_said, others, user.timezone)
        elif draft.generic is None:
            ingredient.asked_about(user, d.clock.now())
        user.draft = None
        zone_unknown = not user.timezone_set
        today = local_today(context, user)
        line = "\n→ then ".join(svc.medication_line(m, today) for m in saved)
        said = texts.ADD_SAVED.format(line=line)
        if until is not None:
            said += "\n" + texts.ADD_SAVED_UNTIL.format(line=svc.medication_line(until, today))
    await context.bot.send_message(chat.id, said)
    for note in notes:
        await context.bot.send_message(chat.id, f"ℹ️ {note.text}")
    if draft.max_ml_cut and (cut := _max_cut_note(draft)):
        await context.bot.send_message(chat.id, cut)
    if draft.dose_pack and (pack := _pack_note(draft)):
        await context.bot.send_message(chat.id, pack)
    if draft.step_when_unset:
        tmpl = texts.ADD_STEPS_KEEP_TIMES if draft.steps else texts.ADD_FIRST_PART_ONLY
        await context.bot.send_message(chat.id, tmpl.format(name=display_name(med.name)))
    if counted is not None:
        await context.bot.send_message(chat.id, counted)
    if zone_unknown and times and not draft.as_needed:
        # Someone who skipped the time-zone question would get 08:00 UTC reminders.
        await context.bot.send_message(
            chat.id, texts.ADD_ZONE_UNKNOWN.format(now=now.astimezone(dt.UTC).strftime("%H:%M"))
        )
    for said in told:
        await context.bot.send_message(chat.id, said)
    if draft.generic is None and not told:
        # what is in it, asked, so its checks can run (it was only "I can't check it")
        name = display_name(med.name)
        await context.bot.send_message(chat.id, texts.INGREDIENT_ASK.format(name=name))
    if d.ticker:
        d.ticker.wake()
    return med


async def _add_version(
    s: AsyncSession,
    user: User,
    draft: AddDraft,
    times: list[dt.time],
    old: Medication | None,
    now: dt.datetime,
) -> Medication:
    """The medicine as the draft describes it, replacing `old` on an edit."""
    return await svc.add_medication(
        s,
        user,
        # ("ibuprofin" is kept as "Ibuprofen": a misspelt name on the doctor's report
        # reads as careless, or as an unknown product)
        name=spelled_as_known(str(draft.name)),
        generic=draft.generic,
        amount=draft.amount,
        unit=draft.unit,
        times=times,
        weekdays=frozenset(draft.weekdays or ALL_DAYS),
        as_needed=draft.as_needed,
        max_per_day=draft.max_per_day,
        strength=draft.combo,
        units_per_dose=draft.units_per_dose,
        units_per_dose_max=draft.units_per_dose_max,
        now=now,
        replaces=old,
        course=draft.course(),
        min_gap_hours=draft.every_hours,
        other_ingredients=draft.other_ingredients,
        instruction=draft.instruction,
        volume_ml=draft.volume_ml,
    )


def _pack_note(draft: AddDraft) -> str | None:
    """What a dose pack's days are, as the pack prints them (None when it is not one)."""
    drug = get_drug(draft.generic) if draft.generic else None
    pack = drug.dose_pack if drug else None
    if pack is None:
        return None
    days = pack.tablets_by_day
    return texts.PACK_SAVED.format(
        first=days[0], first_mg=days[0] * pack.tablet_mg, last=days[-1], total=sum(days)
    )


async def _save_later_steps(
    s: AsyncSession, user: User, draft: AddDraft, first: Medication, now: dt.datetime
) -> list[Medication]:
    """A taper's later steps, each its own version from its first day, each step told
    (in its last reminder) which dose comes next."""
    out: list[Medication] = []
    before = first
    for i, step in enumerate(draft.later_steps()):
        # "then 300mg 08:00 22:00": the step's own times; otherwise the step before's.
        own = draft.step_times[i] if i < len(draft.step_times) else []
        times = parse_times(",".join(own)) or parse_times(before.times)
        # "then 1 tablet": a count without a unit is counted in tablets.
        unit = step.unit or ("tablet" if step.amount is not None else None)
        amount, per_dose = step.amount, None
        # A liquid's step keeps its bottle: "then 2.5 ml" (or "then 5 mg") of 10 mg/5 ml
        # is 2.5 ml of it (Sandbox: the step was saved as "Oramorph 2.5 ml", no mg).
        units = liquid_step(step.amount, step.unit, first.amount, first.unit, first.volume_ml)
        if units is not None:
            amount, unit, per_dose = first.amount, first.unit, units
        med = await svc.add_medication(
            s,
            user,
            name=first.name,
            generic=first.generic,
            amount=amount,
            unit=unit,
            units_per_dose=per_dose,
            volume_ml=first.volume_ml if units is not None else None,
            times=times,
            weekdays=mask_to_weekdays(first.weekdays),
            as_needed=first.as_needed,
            max_per_day=first.max_per_day,
            now=now,
            replaces=before,
            course=step.course,
            instruction=first.instruction,
        )
        before.step_next = _next_step_text(before, med)
        out.append(med)
        before = med
    return out


def _next_step_text(before: Medication, step: Medication) -> str:
    """What the reminder on a step's last day says comes next: the dose, and its times
    when they change ("Gabapentin 300 mg at 08:00 and 22:00", where only how often
    changed and "changes to Gabapentin 300 mg" said nothing new)."""
    said = dose_text(step.name, step.amount, step.unit, step.generic)
    if step.volume_ml:  # a liquid's next dose in ml: "Oramorph 10 mg/5 ml, 2.5 ml"
        said = dose_text(
            step.name,
            step.amount,
            step.unit,
            step.generic,
            per_dose=step.units_per_dose,
            volume_ml=step.volume_ml,
        )
    times = [t.strftime("%H:%M") for t in parse_times(step.times)]
    if times and parse_times(step.times) != parse_times(before.times):
        said += " at " + and_list(times)
    return said[:80]  # the column's width


#: The question each /add tap answers.
_TAP_ANSWERS = {
    AddAction.DOSE: AddStage.DOSE,
    AddAction.TIMES: AddStage.TIMES,
    AddAction.CONFIRM: AddStage.CONFIRM,
    AddAction.COURSE: AddStage.COURSE,
    AddAction.STEP_TIMES: AddStage.STEP_TIMES,
}


def _asked_of(q: CallbackQuery, draft: AddDraft) -> bool:
    """Whether the tapped question is about the medicine the draft holds: each of /add's
    questions names it ("When do you take naproxen?", "Before I save gabapentin:")."""
    asked = getattr(q.message, "text", None)
    if not asked or not draft.name:
        return True  # a message too old to read: the stage decides alone
    # (named as it will be saved, when typed otherwise: "hydro more phone" is asked about
    # as Hydromorphone — its "Save anyway" was refused as out of date, Sandbox, Toronto)
    shown = display_name(spelled_as_known(draft.name))
    return (
        draft.name.lower() in asked.lower() or display_name(draft.name) in asked or shown in asked
    )


async def add_button(update: Update, context: ContextTypes.DEFAULT_TYPE, tap: AddTap) -> None:
    """Taps in the add conversation: a strength, times, save anyway."""
    q = update.callback_query
    assert q
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
    draft = AddDraft.from_json(user.draft) if user.awaiting == Question.ADD and user.draft else None
    if draft is None or _TAP_ANSWERS[tap.action] is not _stage(draft) or not _asked_of(q, draft):
        # A tap answers once (Telegram refuses a second answer), and an earlier add's
        # "Save anyway" must never save the medicine being added now.
        await q.answer(texts.STALE_BUTTON)
        return
    await q.answer()
    if tap.action is AddAction.DOSE and tap.strength is None and draft.edit_of is not None:
        # Skip while changing the dose: nothing to change, no new version.
        await cancel(update, context, texts.EDIT_KEPT.format(name=display_name(draft.name or "")))
        return
    if tap.action is AddAction.COURSE:
        draft.set_course(local_today(context, user), tap.days)
    elif tap.action is AddAction.DOSE:
        draft.dose_asked = True
        if tap.strength is not None:
            draft.take(line_fields(tap.strength), name=False, only_dose=True)
    elif tap.as_needed:
        draft.as_needed = True
    elif tap.action is AddAction.TIMES:
        draft.times = [t.strftime("%H:%M") for t in tap.times]
    elif tap.action is AddAction.STEP_TIMES and (step := draft.step_to_ask()) is not None:
        draft.set_step_times(step, [t.strftime("%H:%M") for t in tap.times])
    elif not tap.save:
        await cancel(update, context)
        return
    else:
        draft.confirmed = True
    await advance(update, context, draft)
