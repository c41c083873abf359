"""Questions answered from what the bot holds, never from advice: "did I take my
gabapentin?" (the record), "when is my next dose?" (the person's own schedule), "what
are the signs of too much tramadol?" (the labels and the red flags' guideline) and "can I
take advil with my naproxen?" (the labels' warnings for that pair)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.alcohol import with_alcohol
from bot.domain.conversation import Question
from bot.domain.regimen import display_name
from bot.domain.wording import and_list
from bot.knowledge import get_drug
from bot.knowledge.local_names import say_locally
from bot.parsing.alcohol import asks_about_alcohol
from bot.parsing.driving_question import asks_about_driving
from bot.parsing.next_question import asks_when_next
from bot.parsing.overdose_question import asks_overdose_signs
from bot.parsing.taken_question import asks_if_taken
from bot.parsing.text import normalise
from bot.parsing.together_question import asks_if_together
from bot.services import regimen as regimen_service
from bot.storage import records
from bot.storage.models import Medication, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import common, taken_question
from bot.telegram.next_reminder import coming_doses
from bot.telegram.payloads import KeepNoteTap


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
    if asks_about_driving(text) and user.awaiting != Question.ASK:
        # (after /ask alone the question is kept as asked, by the caller)
        await _kept_for_the_doctor(update, context, user, text, texts.DRIVING_ASKED)
    elif (asked := asks_if_taken(text, names)) is not None:
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
    else:
        return await _from_the_labels(update, context, user, meds, names, text)
    return True


def asks_something_held(piece: str, names: list[str]) -> bool:
    """Whether `piece` is one of the questions answered here."""
    return any(
        read(piece, names) is not None
        for read in (asks_if_taken, asks_when_next, asks_if_together, asks_overdose_signs)
    ) or asks_about_driving(piece)


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


async def _kept_for_the_doctor(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str, said: str
) -> None:
    """`said` in answer, and the question set aside with one tap to keep it for the doctor."""
    msg = update.message
    assert msg
    d = deps(context)
    kept = await common.set_aside(context, user, text, records.message_batch(msg.message_id))
    save = KeepNoteTap(kept.id, question=True)
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
