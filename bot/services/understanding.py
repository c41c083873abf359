"""Free text → intents (with the drug knowledge base) → records, and a short echo of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.safety import danger_sign_notes
from bot.domain.summary import flag_label
from bot.parsing import (
    ActivityIntent,
    DoseIntent,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
    SleepIntent,
    intent_to_dict,
    parse,
    resolve_when,
)
from bot.parsing.addline import parse_add_line
from bot.parsing.answers import PainPlace
from bot.parsing.handled import already_handled
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.storage import records
from bot.storage.models import Medication
from bot.telegram import texts

RESOLVE = DEFAULT_RESOLVE


def regimen_names(meds: Sequence[Medication]) -> list[str]:
    """What the parser should know the regimen by: each generic (or the name as typed),
    and a patch's own name too, so "put the patch on" finds "lidocaine patch"."""
    names = [m.generic or m.name for m in meds]
    names += [m.name.lower() for m in meds if "patch" in m.name.lower() and m.generic]
    return names


def understand(text: str, meds: Sequence[str], now: dt.datetime, zone: ZoneInfo) -> list[Intent]:
    """Intents in `text`, medication names resolved through the knowledge base."""
    return parse(text, meds, now.astimezone(zone), zone, resolve=RESOLVE)


# Words that point at a dose rather than name one ("/took it", "/took my meds").
_NOT_A_NAME = frozenset(
    {
        "it", "them", "my", "meds", "med", "medicine", "medicines", "medication",
        "medications", "all", "both", "everything", "one", "some", "mine", "those", "these",
        "that", "this", "the", "usual",
    }
)  # fmt: skip


def typed_dose(text: str, now: dt.datetime, zone: ZoneInfo) -> DoseIntent | None:
    """`/took <name> [amount] [at time]` for a name nobody knows: the dose as typed."""
    req = parse_add_line(text)
    words = (req.name or "").split()
    while words and words[0].lower() in ("my", "the", "some", "a", "an"):
        words.pop(0)
    name = " ".join(words)
    if not any(c.isalpha() for c in name) or all(w.lower() in _NOT_A_NAME for w in words):
        return None
    when = resolve_when(text, now.astimezone(zone), zone)
    return DoseIntent(
        status="taken",
        medication=name[:80],
        amount=req.amount,
        unit=req.unit,
        at=when.isoformat(timespec="seconds") if when is not None else None,
    )


def plainly_reports(intents: Sequence[Intent]) -> bool:
    """Whether a message tells something to record (a dose, pain, a symptom, a red flag,
    sleep, activity, mood) rather than only words nothing explained."""
    return any(not isinstance(i, NoteIntent) for i in intents)


def red_flags(intents: Sequence[Intent]) -> list[str]:
    """Every red flag among the intents, in first-seen order."""
    seen: list[str] = []
    for i in intents:
        if isinstance(i, RedFlagIntent):
            seen.extend(f for f in i.flags if f not in seen)
    return seen


def red_flag_reply(
    flags: Sequence[str], *, handled: bool = False, medicines: Sequence[str] = ()
) -> str:
    """The plain, immediate answer to red flags (the only text that says "emergency");
    for an episode already seen to (`handled`), a quiet note that it is recorded —
    except thoughts of suicide, which always get the crisis reply. A danger sign the
    label of one of `medicines` names is tied to that medicine."""
    if handled and "suicidal" not in flags:
        what = ", ".join(flag_label(f) for f in flags)
        return texts.RED_FLAG_HANDLED.format(what=what)
    parts: list[str] = []
    medical = [f for f in flags if f in texts.RED_FLAG]
    same_day = [texts.SAME_DAY[f] for f in flags if f in texts.SAME_DAY]
    if medical:
        parts.append(texts.RED_FLAG_HEAD)
        parts.extend(texts.RED_FLAG[f] for f in medical)
        parts.extend(danger_sign_notes(medical, medicines))
        parts.extend(same_day)
        parts.append(texts.RED_FLAG_ACTION)
    elif same_day:
        parts.append(texts.SAME_DAY_HEAD)
        parts.extend(same_day)
        parts.append(texts.SAME_DAY_ACTION)
    if "suicidal" in flags:
        parts.append(texts.SUICIDAL)
    return "\n\n".join(parts)


RECORD_KINDS = (
    PainIntent,
    SideEffectIntent,
    RedFlagIntent,
    SleepIntent,
    ActivityIntent,
    MoodIntent,
    NoteIntent,
)


async def store(
    session: AsyncSession,
    user_id: int,
    intents: Sequence[Intent],
    *,
    now: dt.datetime,
    batch: str,
    raw_text: str | None,
    source: str = "text",
) -> int:
    """Keep every non-dose intent as a record (the raw text rides on the first one)."""
    stored = 0
    for intent in intents:
        if not isinstance(intent, RECORD_KINDS):
            continue
        score = intent.score if isinstance(intent, (PainIntent, MoodIntent)) else None
        data = intent_to_dict(intent)
        flag = isinstance(intent, RedFlagIntent)
        # Red flags and side effects keep the person's own words beside the category.
        worded = stored == 0 or flag or isinstance(intent, SideEffectIntent)
        if flag:
            # The doctor reads a red flag in the person's own words, and whether it had
            # already been seen to when they wrote.
            data["handled"] = already_handled(raw_text or "")
        await records.add_record(
            session,
            user_id=user_id,
            kind=intent.kind,
            at=now,
            now=now,
            batch=batch,
            data=data,
            source=source,
            raw_text=raw_text if worded else None,
            score=score,
        )
        stored += 1
    return stored


async def store_place(
    session: AsyncSession,
    user_id: int,
    place: PainPlace,
    now: dt.datetime,
    batch: str,
    raw_text: str,
) -> None:
    """Keep where it hurts, said without a score (it counts in no pain average)."""
    await records.add_record(
        session,
        user_id=user_id,
        kind=place.kind,
        at=now,
        now=now,
        batch=batch,
        data={"kind": place.kind, "locations": list(place.locations), "radiating": place.radiating},
        raw_text=raw_text[:4000],
    )


def describe_place(place: PainPlace) -> str:
    """ "where it hurts: lower back, left leg, running down the leg"."""
    where = _label(place.locations, texts.LOCATIONS)
    down = ", running down the leg" if place.radiating else ""
    return f"where it hurts: {where}{down}"


def _label(values: Sequence[str], labels: dict[str, str]) -> str:
    return ", ".join(labels.get(v, v.replace("_", " ")).lower() for v in values)


def describe(intents: Sequence[Intent]) -> str:
    """ "pain 7, shooting, left leg · slept badly" — what we understood, for the echo."""
    parts: list[str] = []
    for i in intents:
        if isinstance(i, PainIntent):
            bits = [f"pain {i.score:g}"]
            bits += [q for q in i.qualities]
            bits += [texts.LOCATIONS.get(loc, loc.replace("_", " ")).lower() for loc in i.locations]
            if i.radiating:
                bits.append("running down the leg")
            parts.append(", ".join(bits))
        elif isinstance(i, SideEffectIntent):
            parts.append("side effects: " + _label(i.effects, texts.SIDE_EFFECT_LABELS))
        elif isinstance(i, SleepIntent):
            hours = f", {i.hours:g} h" if i.hours else ""
            parts.append(f"sleep {i.quality}{hours}")
        elif isinstance(i, ActivityIntent):
            mins = f", {i.minutes} min" if i.minutes else ""
            parts.append("activity: " + _label(i.kinds, texts.ACTIVITY_LABELS) + mins)
        elif isinstance(i, MoodIntent):
            parts.append(
                "mood " + (f"{i.score:g}/10" if i.score is not None else ", ".join(i.words))
            )
        elif isinstance(i, NoteIntent):
            parts.append(f"note “{i.text[:80]}”")
    return " · ".join(parts)


def medicines_named(intents: Sequence[Intent], regimen: Sequence[str]) -> list[str]:
    """The person's medicines and any the message names, for tying a red flag to a
    label's danger signs."""
    named = [i.medication for i in intents if isinstance(i, DoseIntent) and i.medication]
    return list(dict.fromkeys([*regimen, *named]))
