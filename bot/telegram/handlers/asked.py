"""Questions answered from what the bot holds, never from advice: "did I take my
gabapentin?" (the record), "when is my next dose?" (the person's own schedule), "what
are the signs of too much tramadol?" (the labels and the red flags' guideline) and "can I
take advil with my naproxen?" (the labels' warnings for that pair), "any paracetamol in the
co codamol?" (the knowledge file's ingredients) and "could I be pregnant? am taking all
these" (what the labels say of pregnancy, bot.domain.pregnancy)."""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.alcohol import with_alcohol
from bot.domain.contents_answer import contents_said
from bot.domain.conversation import Question
from bot.domain.dose_amounts import ingredient_amounts
from bot.domain.pregnancy import labels_on_pregnancy, said_of_pregnancy
from bot.domain.questions import tidy
from bot.domain.regimen import display_name
from bot.domain.wording import and_list
from bot.knowledge import get_drug
from bot.knowledge.local_names import say_locally
from bot.parsing import NoteIntent
from bot.parsing.alcohol import asks_about_alcohol
from bot.parsing.carer import as_told_of
from bot.parsing.contents_question import ContentsQuestion, asks_whats_in
from bot.parsing.driving_question import asks_about_driving
from bot.parsing.next_question import asks_when_next
from bot.parsing.overdose_question import asks_overdose_signs
from bot.parsing.pregnancy import PregnancyTold, says_pregnancy
from bot.parsing.taken_question import TakenQuestion, asks_if_taken
from bot.parsing.text import normalise
from bot.parsing.together_question import asks_if_together
from bot.services import regimen as regimen_service
from bot.services import understanding
from bot.storage import records
from bot.storage.models import Medication, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import common, taken_question
from bot.telegram.next_reminder import coming_doses
from bot.telegram.payloads import KeepNoteTap
from bot.telegram.unit import unit


async def answer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    names: list[str],
    text: str,
    *,
    waiting: bool,
) -> bool:
    """Answer the question in `text` if it is one of these (`waiting`: a reminder is out
    now, pointed to first); whether it was."""
    asking = user.awaiting == Question.ASK  # after /ask alone: kept as asked, by the caller
    asked = await _asked_if_taken(context, user, text, names)
    if not asking and (told := says_pregnancy(text, names)) is not None:
        await _of_pregnancy(update, context, user, meds, told, text)
    elif asks_about_driving(text) and not asking:
        await _kept_for_the_doctor(update, context, user, text, texts.DRIVING_ASKED)
    elif asked is not None:
        await taken_question.answer(update, context, user, asked, meds)
    elif (signs := asks_overdose_signs(text, names)) is not None:
        assert update.message
        said = overdose_signs(meds, signs.medicines)
        await update.message.reply_text(say_locally(said, user.timezone))
    elif (coming := asks_when_next(text, names)) is not None:
        assert update.message
        zone, now = ZoneInfo(user.timezone), deps(context).clock.now()
        said = coming_doses(meds, coming.medicines, zone, now, paused=user.paused)
        if waiting and not user.paused:
            said = f"{texts.REMINDER_WAITING_ABOVE}\n{said}"
        await update.message.reply_text(said)
    elif (contents := asks_whats_in(text, names)) is not None and (
        contained := what_is_in(meds, contents)
    ) is not None:
        # "any paracetamol in the co codamol?": the file knows, so it is answered (it had
        # been "a question for your doctor", Sandbox, Glasgow, asked before an extra
        # paracetamol)
        assert update.message
        await update.message.reply_text(say_locally(contained, user.timezone))
    else:
        return await _from_the_labels(update, context, user, meds, names, text)
    return True


_HAS_I = re.compile(r"^(\W*)has\s+I\b", re.IGNORECASE)


async def _asked_if_taken(
    context: ContextTypes.DEFAULT_TYPE, user: User, text: str, names: list[str]
) -> TakenQuestion | None:
    """ "did I take my naproxen?"; in a chat a carer writes in, "did mum take her naproxen
    this morning?" too, read as the patient's own question (it had been kept as a note for
    the doctor, unanswered: Sandbox, Leeds). Who writes is read only when the words ask so."""
    asked = asks_if_taken(text, names)
    if asked is not None:
        return asked
    # ("has mum taken her naproxen today?" reads "has I taken my …": asked so, it is the
    # question "have I taken my …", never a dose to log — it had been logged as taken)
    theirs = _HAS_I.sub(r"\1have I", as_told_of(text))
    if theirs == text or (asked := asks_if_taken(theirs, names)) is None:
        return None
    async with unit(context).begin() as s:
        carer = await records.carer_writes(s, user.id)
    return asked if carer else None


def asks_something_held(piece: str, names: list[str]) -> bool:
    """Whether `piece` is one of the questions answered here."""
    return any(
        read(piece, names) is not None
        for read in (
            asks_if_taken,
            asks_when_next,
            asks_if_together,
            asks_overdose_signs,
            says_pregnancy,
            asks_whats_in,
        )
    ) or asks_about_driving(piece)


def what_is_in(meds: list[Medication], asked: ContentsQuestion) -> str | None:
    """What the medicine asked about has in it, at the strength on the person's list when
    it is theirs; None when the knowledge file does not know it."""
    drug = get_drug(asked.product)
    if drug is None:
        return None
    parts = sorted(asked.product.split("/"))
    own = next(
        (m for m in meds if not m.paused and m.generic and sorted(m.generic.split("/")) == parts),
        None,
    )
    name, per_unit = display_name(asked.product), {}
    if own is not None:
        name = display_name(own.name) + (f" {own.strength}" if own.strength else "")
        per_unit = ingredient_amounts(drug, own.amount, own.unit, own.strength, own.name)
    of = get_drug(asked.ingredient) if asked.ingredient is not None else None
    limit = of.max_daily.absolute if of and of.max_daily and of.max_daily.unit == "mg" else None
    return contents_said(name, drug.ingredients, per_unit, asked.ingredient, limit)


def overdose_signs(meds: list[Medication], asked: tuple[str, ...]) -> str:
    """What too much of the medicines asked about (none named: the person's own) looks
    like: an opioid's signs, acetaminophen's label words, and whom to call."""
    own = {m.generic: m.name for m in meds if m.generic and not m.paused}
    generics = list(asked) or list(own)
    opioids: list[str] = []
    with_acetaminophen: list[str] = []
    for generic in generics:
        drug = get_drug(generic)
        name = display_name(own.get(generic, generic))
        if drug is not None and "opioid" in drug.classes:
            opioids.append(name)
        if drug is not None and "acetaminophen" in drug.ingredients:
            with_acetaminophen.append(name)
    lines = [texts.OVERDOSE_SIGNS_HEAD]
    if opioids:
        lines.append(texts.OVERDOSE_SIGNS_OPIOID.format(names=and_list(opioids)))
    label = get_drug("acetaminophen")
    if with_acetaminophen and label is not None and label.overdose_note and label.poison_advice:
        lines.append(
            texts.OVERDOSE_SIGNS_LABEL.format(
                names=and_list(with_acetaminophen),
                note=label.overdose_note,
                advice=label.poison_advice,
            )
        )
    lines.append(texts.OVERDOSE_SIGNS_ANY)
    return "\n\n".join(lines)


async def _from_the_labels(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    names: list[str],
    text: str,
) -> bool:
    """ "can I take ibuprofen with my naproxen?": the labels' warnings for that pair, and
    the question kept for the doctor with one tap. Nothing on file: not answered here
    (the question is kept aside as any other), never "it's fine"."""
    said = what_the_labels_say(meds, names, text, user.timezone)
    if said is None:
        return False
    await _kept_for_the_doctor(update, context, user, text, said)
    return True


async def _of_pregnancy(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    meds: list[Medication],
    told: PregnancyTold,
    text: str,
) -> None:
    """A pregnancy told or asked about (Sandbox, Bengaluru: "my period is late, could I be
    pregnant?" got "didn't catch that", and "is it safe to take these if pregnant?" "keep
    it for your next visit", while her thiocolchicoside is contraindicated in a possible
    pregnancy): what the labels of her medicines (and any the message names) say of
    pregnancy, each with its source, kept as a note for the report, the question kept for
    the doctor with one tap — and the doctor or pharmacist, soon."""
    msg = update.message
    assert msg
    async with unit(context).begin() as s:
        await understanding.store(
            s,
            user.id,
            [NoteIntent(text=tidy(text)[:1000])],
            now=deps(context).clock.now(),
            batch=records.message_batch(msg.message_id),
            raw_text=text[:4000],
        )
    labels = labels_on_pregnancy(_pregnancy_names(meds, told))
    said = say_locally(said_of_pregnancy(labels), user.timezone)
    await _kept_for_the_doctor(update, context, user, text, said, stays=True)


def _pregnancy_names(meds: list[Medication], told: PregnancyTold) -> list[str]:
    """The person's medicines, and those the message names that are not theirs."""
    own = {m.generic for m in meds if not m.paused and m.generic}
    return [m.name for m in meds if not m.paused] + [g for g in told.medicines if g not in own]


async def _kept_for_the_doctor(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    text: str,
    said: str,
    *,
    stays: bool = False,
) -> None:
    """`said` in answer, and the question set aside with one tap to keep it for the doctor
    (`stays`: `said` stays above the kept line after the tap)."""
    msg = update.message
    assert msg
    d = deps(context)
    kept = await common.set_aside(context, user, text, records.message_batch(msg.message_id))
    save = KeepNoteTap(kept.id, question=True, stays=stays)
    markup = InlineKeyboardMarkup(
        [[InlineKeyboardButton(texts.SAVE_FOR_DOCTOR, callback_data=d.codec.pack(user.id, save))]]
    )
    await msg.reply_text(said, reply_markup=markup)


def what_the_labels_say(
    meds: list[Medication], names: list[str], text: str, zone: str | None
) -> str | None:
    """ "can I take advil with my naproxen?": the labels' warnings for that pair, under a
    line saying whose words they are, ingredients named as in `zone`; None when `text`
    asks no such thing or none apply."""
    told = says_pregnancy(text, names)
    if told is not None:
        # "/ask is lyrica ok in pregnancy?": kept as asked, with the labels' words on it
        labels = labels_on_pregnancy(_pregnancy_names(meds, told))
        return say_locally(said_of_pregnancy(labels, kept=False, offer=False), zone)
    asked = asks_if_together(text, names)
    if asked is None:
        if asks_about_alcohol(normalise(text)):
            # "is it bad i drank beer w the norco": the labels' words on alcohol (Sandbox,
            # Phoenix: a generic "question for your doctor")
            warning = with_alcohol([m.name for m in meds if not m.paused])
            if warning is not None:
                return "\n\n".join([texts.THE_LABELS_SAY, say_locally(warning.text, zone)])
        return None
    found = regimen_service.together_warnings(meds, asked.medicines, with_all=asked.with_all)
    said = (say_locally(w.text, zone) for w in found)
    return "\n\n".join([texts.THE_LABELS_SAY, *said]) if found else None
