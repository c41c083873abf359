"""A medicine saved under a name the knowledge file does not have ("Pregabid", "Pan 40"):
asked what is in it, so its safety checks run (Sandbox, Pune: Pregabid is pregabalin, and
the FDA's opioid-with-gabapentinoid warning never came for a man on tramadol with it
every night). The name stays as the person knows it; only what it is changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.composition import (
    Kept,
    amount_replaces,
    amounts_from,
    counted_said,
    in_label_order,
    kept_of,
    not_known_said,
)
from bot.domain.conversation import Question
from bot.domain.regimen import display_name
from bot.domain.safety import check_new_medication
from bot.domain.warnings import Severity
from bot.domain.wording import and_list
from bot.knowledge import get_drug, parse_strength, resolve_name
from bot.knowledge.local_names import say_locally
from bot.parsing.appointment_line import declines
from bot.parsing.composition import Part, composition, joined_strength
from bot.parsing.contents_said import Told, contents_beside, contents_told
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise
from bot.services.doses import find_med
from bot.services.regimen import regimen_item_of
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import Medication, User
from bot.storage.records import UNSORTED
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.handlers import common
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import KeepContentsTap
from bot.telegram.unit import unit


def asked_about(user: User, now: dt.datetime) -> None:
    """Note that the next message may say what is in the medicine just saved."""
    repo.ask_question(user, Question.INGREDIENT, now)


#: How long the question waits for its answer.
WAITS_FOR = dt.timedelta(hours=3)


def waits(user: User, now: dt.datetime) -> bool:
    """Whether "what is in it?" was the last thing asked, lately."""
    since = user.awaiting_since
    return user.awaiting == Question.INGREDIENT and since is not None and now - since <= WAITS_FOR


def answers(text: str, asked: Sequence[str] = ()) -> bool:
    """Whether `text` answers it: names a medicine (known or not) — the one asked about
    too (`asked`: "metformin 500 mg" of Metformin) —, or declines ("skip", "no idea").
    Anything else is read as any message, the question left waiting."""
    low = normalise(text)
    itself = any(
        re.search(rf"\b{re.escape(name.lower().split()[0])}\b", low) for name in asked if name
    )
    # (never a dose of it: "metformin 500 mg" logged one at 07:30 — Sandbox, Chicago)
    return (
        itself
        or what_is_in(text) != (None, [])
        or composition(text, amounts=False) is not None
        or _declined(text)
    )


def _declined(text: str) -> bool:
    return declines(text) or _DONT_KNOW.search(normalise(text)) is not None


_DONT_KNOW = re.compile(r"^\W*(?:i\s+)?(?:don'?t|do\s+not|dunno|no\s+idea|not\s+sure)\b")


def what_is_in(text: str) -> tuple[str | None, list[str]]:
    """The knowledge file's medicine the words name (one ingredient, or a combination it
    knows), and the ingredients named that it does not know."""
    low = normalise(text)
    named = list(dict.fromkeys(m.generic for m in Meds([], DEFAULT_RESOLVE).mentions(low)))
    known = [g for g in named if get_drug(g) is not None]
    unknown = [g for g in named if get_drug(g) is None]
    if unknown or not known:
        return None, unknown
    if len(known) == 1:
        return known[0], []
    match = resolve_name(" + ".join(known))
    return (match.generic, []) if match is not None and match.exact else (None, [])


async def ingredient_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """The answer: the medicine linked to what is in it and its checks said, or kept as
    typed when that is not known or the person would rather not say."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    warnings: list[str] = []
    async with unit(context).begin() as s:
        meds = await repo.active_medications(s, user.id)
        unknown = [m for m in meds if m.generic is None]
        target = max(unknown, key=lambda m: m.id) if unknown else None
        repo.ask_question(user, None, now)
        generic, not_known = what_is_in(text) if target is not None else (None, [])
        parts = parts_told(text)
        kept = _kept(parts, target) if parts is not None and target is not None else None
        if target is None:
            reply = texts.INGREDIENT_NOTHING
        elif kept is not None and kept.generic is not None and not _declined(text):
            reply = take(target, kept, user.timezone)
            warnings = _checks(target, [m for m in meds if m.id != target.id], user.timezone)
        elif kept is not None and _known_apart_only(kept) and not _declined(text):
            reply = _not_counted(target, kept)
        elif generic is None or _declined(text):
            reply = _kept_as_typed(target, not_known, declined=_declined(text))
        else:
            target.generic = generic
            name = display_name(target.name)
            reply = texts.INGREDIENT_SET.format(
                name=name, generic=generic_said(generic, user.timezone)
            )
            warnings = _checks(target, [m for m in meds if m.id != target.id], user.timezone)
    await msg.reply_text(reply)
    for said in warnings:
        await msg.reply_text(said)


def parts_told(text: str, *, least: int = 1, amounts: bool = False) -> tuple[Part, ...] | None:
    """The ingredients told, alone ("chlorzoxazone 250 mg paracetamol 300 mg": `least`
    of them, with amounts unless not `amounts`) or of the medicine ("myospaz has
    chlorzoxazone 250 mg paracetamol 300 mg"): never doses."""
    told = contents_told(text, Meds([], DEFAULT_RESOLVE))
    if told is not None:
        return told.parts
    return composition(text, least=least, amounts=amounts)


def generic_said(generic: str, zone: str | None) -> str:
    """ "paracetamol and chlorzoxazone": the knowledge file's medicine as the person's
    country names it (never "acetaminophen/chlorzoxazone" in Pune)."""
    return say_locally(and_list(generic.split("/")), zone)


def take(target: Medication, kept: Kept, zone: str | None) -> str:
    """The medicine counted and checked as the ingredients told that are known (their
    amount in one tablet too, when it had none of its own), the rest kept beside it;
    what is said of it."""
    assert kept.generic is not None
    target.generic = kept.generic
    target.other_ingredients = kept.other_ingredients
    if kept.amount is not None and amount_replaces(target.amount, target.strength):
        target.amount, target.unit = kept.amount, kept.unit
    if target.strength is None and target.amount is None and len(kept.counted) > 1:
        target.strength, target.unit = joined_strength(kept.counted)
    # "chlorzoxazone 500 + paracetamol 325": never read as 500 mg of paracetamol
    target.strength = in_label_order(kept, target.strength)
    name = display_name(target.name)
    if kept.known_apart:
        return texts.INGREDIENT_COUNTED_APART.format(
            counted=counted_said(kept), name=name, apart=not_known_said(kept)
        )
    if len(kept.counted) > 1 and not kept.not_known:
        # each ingredient named as told ("paracetamol", never "acetaminophen/chlorzoxazone")
        return texts.INGREDIENT_COUNTED_ALL.format(counted=counted_said(kept), name=name)
    if kept.not_known:
        return texts.INGREDIENT_COUNTED_PART.format(
            counted=counted_said(kept), name=name, unknown=not_known_said(kept)
        )
    return texts.INGREDIENT_SET.format(name=name, generic=generic_said(kept.generic, zone))


def told_at_add(
    target: Medication, said: str, others: list[Medication], zone: str | None
) -> list[str]:
    """What is in a medicine just saved, told while /add asked something else: taken as
    the answer to "what is in it?" would be; the reply and the checks it brings."""
    parts = parts_told(said, least=2)
    if parts is None:
        return []
    kept = _kept(parts, target)
    if kept.generic is None:
        return [_not_counted(target, kept)]
    return [take(target, kept, zone), *_checks(target, others, zone)]


def _kept(parts: Sequence[Part], target: Medication) -> Kept:
    """What is counted of the parts told, their amounts those of the strength saved when
    they were named without ("300/250", then "paracetamol and chlorzoxazone")."""
    return kept_of(amounts_from(parts, target.strength, target.unit))


def _known_apart_only(kept: Kept) -> bool:
    """Nothing counted, and every part told a medicine known on its own (two or more)."""
    return kept.generic is None and len(kept.known_apart) == len(kept.not_known) >= 2


def _not_counted(target: Medication, kept: Kept) -> str:
    """Nothing told can be counted: what is not known named, or, every part known on its
    own, that they are not known as one product (never "I don't know tizanidine")."""
    if not _known_apart_only(kept):
        return _kept_as_typed(target, [p.name for p in kept.not_known], declined=False)
    return texts.INGREDIENT_NOT_ONE_PRODUCT.format(
        name=display_name(target.name), apart=and_list([p.name for p in kept.known_apart])
    )


def _kept_as_typed(target: Medication, not_known: list[str], *, declined: bool) -> str:
    name = display_name(target.name)
    if declined:
        return texts.INGREDIENT_SKIPPED.format(name=name)
    if not_known:
        return texts.INGREDIENT_PART_UNKNOWN.format(name=name, what=", ".join(not_known))
    return texts.INGREDIENT_UNKNOWN.format(name=name)


def _checks(target: Medication, others: list[Medication], zone: str | None) -> list[str]:
    """The warnings /add would have given, now that the medicine is known."""
    found = check_new_medication([regimen_item_of(m) for m in others], regimen_item_of(target))
    return [
        ("⚠️ " if w.severity is not Severity.INFO else "ℹ️ ")
        + dataclasses.replace(w, text=say_locally(w.text, zone)).text
        for w in found
        if w.code not in ("unknown_medication", "partly_known_medication")
    ]


async def told_in_chat(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    told: Told,
    *,
    beside: bool = False,
) -> None:
    """What a medicine holds, told with no question waiting ("myospaz has chlorzoxazone
    250 mg paracetamol 300 mg"): never a dose (Sandbox, Pune: logged as two, then three).
    A medicine on the list not yet known as that is offered, one tap, to be kept so;
    otherwise it is said kindly what was heard — unless told `beside` the dose just
    logged ("took 2 myospaz, it has …"), where only the offer is worth a message."""
    msg = update.effective_message
    assert msg and msg.text
    async with unit(context).begin() as s:
        meds = await repo.active_medications(s, user.id)
    med = _named(meds, told.subject)
    parts = and_list([p.said for p in told.parts])
    if beside:
        kept = _kept(told.parts, med) if med is not None else None
        if med is None or kept is None or kept.generic is None or _agrees(med, kept):
            return
    if med is None:
        name = display_name(told.subject)
        await msg.reply_text(texts.CONTENTS_NOT_LISTED.format(name=name))
        return
    name = display_name(med.name)
    kept = _kept(told.parts, med)
    if kept.generic is None:
        # nothing told can be counted: a tap would change nothing
        said = (
            _not_counted(med, kept)
            if med.generic is None
            else texts.CONTENTS_NOT_COUNTED.format(
                name=name, generic=generic_said(med.generic, user.timezone)
            )
        )
        await msg.reply_text(said)
        return
    if _agrees(med, kept):
        await msg.reply_text(texts.CONTENTS_ALREADY.format(name=name, parts=parts))
        return
    aside = await common.set_aside(context, user, msg.text, records.new_batch())
    button = InlineKeyboardButton(
        texts.CONTENTS_KEEP_BUTTON.format(name=name),
        callback_data=deps(context).codec.pack(user.id, KeepContentsTap(aside.id, med.id)),
    )
    offer = texts.CONTENTS_OFFER_BESIDE if beside else texts.CONTENTS_OFFER
    await msg.reply_text(
        offer.format(name=name, parts=parts), reply_markup=InlineKeyboardMarkup([[button]])
    )


async def keep_contents_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: KeepContentsTap
) -> None:
    """ "✅ Keep for Myospaz": the message read again and its ingredients kept for the
    medicine, as the answer to "What medicine is in it?" would be. Out of date once the
    medicine is gone from the list or already held so."""
    q = update.callback_query
    assert q and q.message and update.effective_user
    warnings: list[str] = []
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        rec = await records.get_record(s, user.id, tap.record, UNSORTED)
        meds = await repo.active_medications(s, user.id)
        med = next((m for m in meds if m.id == tap.med), None)
        said = (rec.raw_text or "") if rec else ""
        told = contents_told(said, Meds([], DEFAULT_RESOLVE)) or contents_beside(
            said, Meds([m.known_as for m in meds], DEFAULT_RESOLVE)
        )
        kept = _kept(told.parts, med) if told is not None and med is not None else None
        stale = med is None or kept is None or kept.generic is None or _agrees(med, kept)
        if stale or rec is None:
            await q.answer(texts.STALE_BUTTON)
            return
        assert med is not None and kept is not None
        await s.delete(rec)
        reply = take(med, kept, user.timezone)
        warnings = _checks(med, [m for m in meds if m.id != med.id], user.timezone)
    await q.answer()
    sender = deps(context).sender
    for said in (reply, *warnings):
        await sender.send(q.message.chat.id, said)


def _named(meds: Sequence[Medication], subject: str) -> Medication | None:
    """The medicine on the list `subject` names ("myospaz", "the zerodol sp"): by its own
    name first (once known, Myospaz is read as its ingredients), then as any is read."""
    for med in meds:
        if normalise(med.name) == subject or normalise(med.name).split()[0] == subject:
            return med
    mentions = Meds([m.known_as for m in meds], DEFAULT_RESOLVE).mentions(subject)
    found = (find_med(list(meds), m.generic, subject) for m in mentions)
    return next((m for m in found if m is not None), None)


def _agrees(med: Medication, kept: Kept) -> bool:
    """Whether `med` is already held as what was told: the same medicine counted, the
    same parts beside it, and the amounts told its own."""
    if kept.generic is None:
        return med.generic is None and not kept.known_apart
    if med.generic != kept.generic or (med.other_ingredients or None) != kept.other_ingredients:
        return False
    told = sorted(p.amount for p in kept.counted if p.amount is not None)
    if not told:
        return True
    held = sorted(parse_strength(med.strength) or ())
    return told == held or (len(told) == 1 and med.amount == told[0])
