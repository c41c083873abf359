"""/add (one line or guided), /meds with Edit / Pause / Remove, /pause and /resume."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.domain.conversation import Question
from bot.domain.regimen import describe_medication, display_name, suggested_times
from bot.domain.safety import (
    SafetyWarning,
    Severity,
    check_new_medication,
    combination_amount,
)
from bot.domain.schedule import ALL_DAYS, mask_to_weekdays, parse_times
from bot.knowledge import parse_strength, resolve_name
from bot.parsing import DoseIntent, Intent, NoteIntent
from bot.parsing.addline import parse_add_line
from bot.services import regimen as svc
from bot.services.regimen import regimen_item, regimen_item_of
from bot.storage import repositories as repo
from bot.storage.models import Medication, User
from bot.telegram import texts
from bot.telegram.callbacks import Callback
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.reminders import med_label

#: Typed instead of tapping "Save anyway" or "Cancel" after a safety warning.
YES_WORDS = frozenset(
    {"yes", "y", "ok", "okay", "sure", "save", "save it", "save anyway", "yes please"}
)
NO_WORDS = frozenset({"no", "n", "nope", "don't", "dont", "no thanks", "don't save", "dont save"})
CANCEL_WORDS = frozenset({"cancel", "stop", "never mind", "nevermind"})


def describe(draft: dict[str, Any]) -> str:
    """A draft as one readable line."""
    return describe_medication(
        str(draft["name"]),
        draft.get("amount"),
        draft.get("unit"),
        [dt.time.fromisoformat(t) for t in draft.get("times") or []],
        frozenset(draft.get("weekdays") or ALL_DAYS),
        bool(draft.get("as_needed")),
        draft.get("max_per_day"),
        generic=draft.get("generic"),
        strength=draft.get("combo"),
    )


def draft_from_text(text: str) -> dict[str, Any]:
    """Fields found in a one-line description (only those present)."""
    req = parse_add_line(text)
    out: dict[str, Any] = {}
    if req.name:
        out["name"] = req.name
    if req.amount is not None:
        out["amount"], out["unit"] = req.amount, req.unit
    if req.strength is not None:
        out["strength"] = req.strength
    if req.times and req.parts_of_day:
        # "8am and at night": 08:00 is kept, the night's time is asked with the rest.
        out["fixed_times"] = [t.strftime("%H:%M") for t in req.times]
    elif req.times:
        out["times"] = [t.strftime("%H:%M") for t in req.times]
    if req.weekdays and req.weekdays != ALL_DAYS:
        out["weekdays"] = sorted(req.weekdays)
    if req.as_needed:
        out["as_needed"] = True
    if req.max_per_day is not None:
        out["max_per_day"] = req.max_per_day
    if req.per_day is not None:
        out["per_day"] = req.per_day
    if req.parts_of_day:
        out["parts_of_day"] = sorted(req.parts_of_day)
    return out


def one_line(med: Medication) -> str:
    """The medication as the one-line /add grammar would say it (an edit template)."""
    parts = [med.name]
    if med.strength:
        parts.append(f"{med.strength}mg")
    elif med.amount is not None:
        parts.append(f"{med.amount:g}{med.unit or ''}")
    if med.as_needed:
        parts.append("as needed")
        if med.max_per_day:
            parts.append(f"max {med.max_per_day} per day")
    else:
        parts.extend(t.strftime("%H:%M") for t in parse_times(med.times))
        days = mask_to_weekdays(med.weekdays)
        if days != ALL_DAYS:
            names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
            parts.append(",".join(names[d] for d in sorted(days)))
    return " ".join(parts)


def draft_of(med: Medication) -> dict[str, Any]:
    """A medication row as an editable draft."""
    return {
        "name": med.name,
        "amount": med.amount,
        "unit": med.unit,
        "times": [t.strftime("%H:%M") for t in parse_times(med.times)],
        "weekdays": sorted(mask_to_weekdays(med.weekdays)),
        "as_needed": med.as_needed,
        "max_per_day": med.max_per_day,
        "edit_of": med.id,
        "asked": ["dose"],
    }


def written_strength(text: str) -> str:
    """A combination's strength as the person wrote it, tidied ("30/500mg" → "30/500")."""
    values = parse_strength(text) or ()
    return "/".join(f"{v:g}" for v in values)


async def add_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/add [one line]."""
    assert update.message and update.message.text
    rest = update.message.text.replace("\x00", "").partition(" ")[2].strip()
    draft = draft_from_text(rest) if rest else {}
    await advance(update, context, draft)


def _draft(user: User) -> dict[str, Any]:
    draft: dict[str, Any] = json.loads(user.draft or "{}")
    return draft


def _said(text: str) -> str:
    """A short reply as a word to look up ("Yes!" → "yes")."""
    return text.strip().lower().rstrip("!. ")


def pending_stage(user: User) -> str | None:
    """Which answer the add/edit conversation waits for: name, dose, times, confirm, or
    edit (a whole new line for a medicine being changed); None outside it."""
    if user.awaiting != Question.ADD:
        return None
    stage = _draft(user).get("stage")
    return stage if isinstance(stage, str) else "edit"


def is_report_not_answer(user: User, intents: Sequence[Intent], text: str) -> bool:
    """Whether a message sent while /add (or an edit) waits is plainly something to log
    — "took 2 norco", "skipped it", "pain is 4 today" — rather than the answer. Such a
    message must never become (or replace) a medicine called "Took 2" or "Pain is 4"."""
    stage = pending_stage(user)
    told = [i for i in intents if not isinstance(i, NoteIntent)]
    if stage is None or not told or _said(text) in YES_WORDS | NO_WORDS | CANCEL_WORDS:
        return False  # a bare "no" is about the question, not a skipped dose
    if stage == "confirm":
        return True
    # A line naming the medicine in question, or one we know, is an answer — even
    # though the parser reads a bare "ibuprofen 600mg" as a dose taken.
    line = draft_from_text(text)
    name = line.get("name")
    if stage in ("dose", "times"):
        draft_name = str(_draft(user).get("name") or "").lower()
        about_it = name is None or str(name).lower() == draft_name
        if stage == "dose":
            answered = "amount" in line or "strength" in line
        else:
            answered = bool(line.get("times") or line.get("as_needed"))
        doses = any(isinstance(i, DoseIntent) for i in told)
        return doses and not (answered and about_it)
    # "name" or "edit": anything told (a dose, pain, sleep, …) that names no known medicine.
    return not (name and resolve_name(str(name)) is not None)


def waiting_note(user: User) -> str:
    """One line saying the medicine being added or changed is still waiting, and on what."""
    name = display_name(str(_draft(user).get("name") or "Your medicine"))
    stage = pending_stage(user)
    if stage == "confirm":
        return texts.ADD_WAITING_CONFIRM.format(name=name)
    if stage == "edit":
        return texts.EDIT_WAITING.format(name=name)
    return texts.ADD_WAITING_ANSWER.format(name=name)


async def add_text(
    update: Update, context: ContextTypes.DEFAULT_TYPE, user: User, text: str
) -> None:
    """Free text while the add/edit conversation waits for an answer."""
    draft = _draft(user)
    stage = draft.get("stage")
    said = _said(text)
    if said in CANCEL_WORDS:
        await cancel(update, context)
        return
    if stage == "confirm":
        # Only a yes or a no answers a warning; anything else leaves the draft as it is.
        if said in NO_WORDS:
            await cancel(update, context)
        elif said in YES_WORDS:
            draft["confirmed"] = True
            await advance(update, context, draft)
        else:
            assert update.message
            await update.message.reply_text(waiting_note(user))
        return
    if stage == "dose" and text.strip().lower() == "skip":
        draft.setdefault("asked", []).append("dose")
    elif stage == "name":
        draft.update(draft_from_text(text))
        if "name" not in draft:
            draft["name"] = text.strip()[:80]
    else:
        found = draft_from_text(text)
        if stage in ("dose", "times"):
            found.pop("name", None)  # "400mg" or "8am" are not new names
        if found.get("as_needed"):
            draft["times"] = []
        draft.update(found)
        # "at bedtime" or "twice a day" instead of times: asked again with times that fit.
        said_when = found.get("per_day") or found.get("parts_of_day")
        if stage == "times" and not (found.get("times") or found.get("as_needed") or said_when):
            assert update.message
            await update.message.reply_text(texts.BAD_TIME)
            return
    await advance(update, context, draft)


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Drop the draft."""
    d = deps(context)
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, None, d.clock.now())
        user.draft = None
    assert update.effective_chat
    await context.bot.send_message(update.effective_chat.id, texts.ADD_CANCELLED)


async def _ask(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    draft: dict[str, Any],
    stage: str,
    text: str,
    markup: InlineKeyboardMarkup | None = None,
) -> None:
    d = deps(context)
    draft["stage"] = stage
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        repo.ask_question(user, Question.ADD, d.clock.now())
        user.draft = json.dumps(draft)
    assert update.effective_chat
    await context.bot.send_message(update.effective_chat.id, text, reply_markup=markup)


async def advance(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict[str, Any]
) -> None:
    """Ask for the next missing piece, warn, or save."""
    d = deps(context)
    assert update.effective_user
    uid = update.effective_user.id
    if not draft.get("name"):
        await _ask(update, context, draft, "name", texts.ADD_ASK_NAME)
        return
    name = str(draft["name"])
    match = resolve_name(name)
    draft["generic"] = match.generic if match else None
    strength = draft.pop("strength", None)
    if strength and draft.get("amount") is None and match and match.drug.is_combination:
        # "norco 10/325": stored as the amount of the ingredient that varies between
        # products (hydrocodone 10 mg); the safety rules find the 325 mg from it.
        primary = combination_amount(match.drug, str(strength))
        if primary is not None:
            draft["amount"], draft["unit"] = primary, "mg"
            # Kept whole as written ("30/500"): codeine 30 mg alone is also Tylenol #3.
            draft["combo"] = written_strength(str(strength))
    if draft.get("amount") is None and "dose" not in draft.get("asked", []):
        strengths: list[str] = []
        if match is not None:
            # A combination's strengths ("10/325mg") are read back per ingredient above.
            strengths = [
                f"{st.label}{st.unit}"
                for st in match.drug.strengths_for(name)[:4]
                if st.unit != "mcg/hr"
            ]
        buttons = [
            InlineKeyboardButton(s, callback_data=d.codec.encode(uid, "ad", s)) for s in strengths
        ]
        buttons.append(InlineKeyboardButton("Skip", callback_data=d.codec.encode(uid, "ad", "-")))
        await _ask(
            update,
            context,
            draft,
            "dose",
            texts.ADD_ASK_DOSE.format(name=name),
            InlineKeyboardMarkup([buttons]),
        )
        return
    fixed = set(draft.get("fixed_times") or ())
    if draft.get("times") and fixed:
        draft["times"] = sorted(set(draft["times"]) | fixed)
    if draft.get("times") or draft.get("as_needed"):
        draft.pop("fixed_times", None)
    if not draft.get("times") and not draft.get("as_needed"):
        offered = suggested_times(draft.get("per_day"), frozenset(draft.get("parts_of_day") or ()))
        choices = [tuple(sorted(set(times) | fixed)) for times in offered]
        rows = [
            [
                InlineKeyboardButton(
                    " · ".join(times),
                    callback_data=d.codec.encode(
                        uid, "at", ".".join(t.replace(":", "") for t in times)
                    ),
                )
            ]
            for times in choices
        ]
        rows.append(
            [InlineKeyboardButton("As needed", callback_data=d.codec.encode(uid, "at", "prn"))]
        )
        await _ask(
            update,
            context,
            draft,
            "times",
            texts.ADD_ASK_TIMES.format(name=name),
            InlineKeyboardMarkup(rows),
        )
        return
    if not draft.get("confirmed"):
        warnings = [
            w.text
            for w in await _warnings(update, context, draft)
            if w.severity is not Severity.INFO
        ]
        if warnings:
            markup = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            "Save anyway", callback_data=d.codec.encode(uid, "av", "y")
                        ),
                        InlineKeyboardButton(
                            "Cancel", callback_data=d.codec.encode(uid, "av", "n")
                        ),
                    ]
                ]
            )
            await _ask(
                update,
                context,
                draft,
                "confirm",
                texts.ADD_CONFIRM_WARNINGS.format(
                    name=name, warnings="\n\n".join(f"⚠️ {w}" for w in warnings)
                ),
                markup,
            )
            return
    await save(update, context, draft)


async def _warnings(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict[str, Any]
) -> list[SafetyWarning]:
    d = deps(context)
    async with d.sessions() as s:
        assert update.effective_user
        meds = await repo.active_medications(s, update.effective_user.id)
    regimen = [regimen_item_of(m) for m in meds if m.id != draft.get("edit_of")]
    new = regimen_item(
        str(draft["name"]),
        draft.get("generic"),
        draft.get("amount"),
        draft.get("unit"),
        list(draft.get("times") or []),
        bool(draft.get("as_needed")),
        draft.get("max_per_day"),
        draft.get("combo"),
    )
    return [w for w in check_new_medication(regimen, new) if w.code != "unknown_medication"]


async def save(update: Update, context: ContextTypes.DEFAULT_TYPE, draft: dict[str, Any]) -> None:
    """Store the medication (ending the old version on an edit) and confirm."""
    d = deps(context)
    # Facts that need no decision (a labelled course limit) follow the confirmation.
    notes = [w for w in await _warnings(update, context, draft) if w.severity is Severity.INFO]
    now = d.clock.now()
    chat = update.effective_chat
    assert chat
    times = [dt.time.fromisoformat(t) for t in draft.get("times") or []]
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        old = None
        if draft.get("edit_of"):
            old = await repo.get_medication(s, user.id, int(draft["edit_of"]))
            if old is not None and old.ended_at is None:
                await svc.end_medication(s, old, now)
        await svc.add_medication(
            s,
            user,
            name=str(draft["name"]),
            generic=draft.get("generic"),
            amount=draft.get("amount"),
            unit=draft.get("unit"),
            times=times,
            weekdays=frozenset(draft.get("weekdays") or ALL_DAYS),
            as_needed=bool(draft.get("as_needed")),
            max_per_day=draft.get("max_per_day"),
            strength=draft.get("combo"),
            now=now,
            replaces=old,
        )
        repo.ask_question(user, None, d.clock.now())
        user.draft = None
        zone_unknown = not user.timezone_set
    await context.bot.send_message(chat.id, texts.ADD_SAVED.format(line=describe(draft)))
    for note in notes:
        await context.bot.send_message(chat.id, f"ℹ️ {note.text}")
    if zone_unknown and times and not draft.get("as_needed"):
        # Someone who skipped the time-zone question would get 08:00 UTC reminders.
        await context.bot.send_message(
            chat.id, texts.ADD_ZONE_UNKNOWN.format(now=now.astimezone(dt.UTC).strftime("%H:%M"))
        )
    if draft.get("generic") is None:
        await context.bot.send_message(chat.id, texts.ADD_UNKNOWN_DRUG.format(name=draft["name"]))
    if d.ticker:
        d.ticker.wake()


async def add_button(update: Update, context: ContextTypes.DEFAULT_TYPE, cb: Callback) -> None:
    """Taps in the add conversation: dose (ad), times (at), save anyway (av)."""
    d = deps(context)
    q = update.callback_query
    assert q
    await q.answer()
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
    if user.awaiting != Question.ADD or not user.draft:
        await q.answer(texts.STALE_BUTTON)
        return
    draft: dict[str, Any] = json.loads(user.draft)
    value = cb.args[0]
    if cb.action == "ad":
        draft.setdefault("asked", []).append("dose")
        if value != "-":
            draft.update(
                {
                    k: v
                    for k, v in draft_from_text(value).items()
                    if k in ("amount", "unit", "strength")
                }
            )
    elif cb.action == "at":
        if value == "prn":
            draft["as_needed"] = True
        else:
            draft["times"] = [f"{v[:2]}:{v[2:]}" for v in value.split(".")]
    elif cb.action == "av":
        if value != "y":
            await cancel(update, context)
            return
        draft["confirmed"] = True
    await advance(update, context, draft)


def meds_keyboard(meds: list[Medication], uid: int, codec: Any) -> InlineKeyboardMarkup:
    """Edit / Pause (or Resume) / Remove for each medication."""
    rows = []
    for m in meds:
        short = display_name(m.name[:16])
        pause = ("▶️ Resume", "mr") if m.paused else ("⏸ Pause", "mp")
        rows.append(
            [
                InlineKeyboardButton(
                    f"✏️ Edit · {short}", callback_data=codec.encode(uid, "me", m.id)
                ),
                InlineKeyboardButton(
                    f"{pause[0]} · {short}", callback_data=codec.encode(uid, pause[1], m.id)
                ),
                InlineKeyboardButton(
                    f"🗑 Remove · {short}", callback_data=codec.encode(uid, "mx", m.id)
                ),
            ]
        )
    return InlineKeyboardMarkup(rows)


def meds_text(meds: list[Medication]) -> str:
    """The regimen, one line each."""
    lines = [texts.MEDS_HEADER]
    lines += [f"• {svc.medication_line(m)}" + (" (paused)" if m.paused else "") for m in meds]
    return "\n".join(lines)


async def meds_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/meds."""
    d = deps(context)
    assert update.message and update.effective_user
    async with d.sessions.begin() as s:
        await load_user(update, context, s)
        meds = await repo.active_medications(s, update.effective_user.id)
    if not meds:
        await update.message.reply_text(texts.MEDS_EMPTY)
        return
    await update.message.reply_text(
        meds_text(meds), reply_markup=meds_keyboard(meds, update.effective_user.id, d.codec)
    )


async def med_button(update: Update, context: ContextTypes.DEFAULT_TYPE, cb: Callback) -> None:
    """Edit (me), pause (mp), resume (mr), remove (mx → confirm mX)."""
    d = deps(context)
    q = update.callback_query
    assert q and update.effective_user and q.message
    uid = update.effective_user.id
    now = d.clock.now()
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        med = await repo.get_medication(s, uid, cb.int_arg())
        if med is None or med.ended_at is not None:
            await q.answer(texts.MED_GONE)
            return
        label = med_label(med)
        if cb.action == "me":
            draft = draft_of(med)
            draft["stage"] = "edit"
            repo.ask_question(user, Question.ADD, d.clock.now())
            user.draft = json.dumps(draft)
            reply = texts.MED_EDIT_PROMPT.format(name=label, example=one_line(med))
        elif cb.action == "mp":
            await svc.set_medication_paused(s, user, med, True, now)
            reply = texts.MED_PAUSED.format(name=label)
        elif cb.action == "mr":
            await svc.set_medication_paused(s, user, med, False, now)
            reply = texts.MED_RESUMED.format(name=label)
        elif cb.action == "mx":
            markup = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            "🗑 Yes, remove", callback_data=d.codec.encode(uid, "mX", med.id)
                        ),
                        InlineKeyboardButton(
                            "Keep it", callback_data=d.codec.encode(uid, "mk", med.id)
                        ),
                    ]
                ]
            )
            await q.answer()
            await context.bot.send_message(
                q.message.chat.id, texts.MED_REMOVE_CONFIRM.format(name=label), reply_markup=markup
            )
            return
        elif cb.action == "mX":
            await svc.end_medication(s, med, now)
            reply = texts.MED_REMOVED.format(name=label)
        else:  # "mk": keep
            await q.answer("OK, kept.")
            await q.edit_message_reply_markup(None)
            return
        meds = await repo.active_medications(s, uid)
    await q.answer()
    if cb.action in ("mp", "mr", "mX") and meds:
        await d.sender.edit(
            q.message.chat.id,
            q.message.message_id,
            meds_text(meds),
            meds_keyboard(meds, uid, d.codec),
        )
    await context.bot.send_message(q.message.chat.id, reply)
    if d.ticker:
        d.ticker.wake()


async def pause_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/pause: all reminders stop until /resume."""
    d = deps(context)
    assert update.message
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        if user.paused:
            reply = texts.ALREADY_PAUSED
        else:
            await svc.set_user_paused(s, user, True, d.clock.now())
            reply = texts.PAUSED_ALL
    await update.message.reply_text(reply)


async def resume_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/resume."""
    d = deps(context)
    assert update.message
    async with d.sessions.begin() as s:
        user = await load_user(update, context, s)
        if not user.paused:
            reply = texts.NOT_PAUSED
        else:
            await svc.set_user_paused(s, user, False, d.clock.now())
            reply = texts.RESUMED_ALL
    await update.message.reply_text(reply)
    if d.ticker:
        d.ticker.wake()
