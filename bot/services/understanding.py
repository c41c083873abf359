"""Free text → intents (with the drug knowledge base) → records, and a short echo of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

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
from bot.parsing.medications import Meds, carries_variant
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.redflags import flagged_words, too_much_taken_only
from bot.parsing.text import normalise
from bot.services import routines as routine_service
from bot.storage import records
from bot.storage.models import Medication

RESOLVE = DEFAULT_RESOLVE


def regimen_names(meds: Sequence[Medication]) -> list[str]:
    """What the parser should know the regimen by: each generic (or the name as typed),
    and the listed name of more than one word too, so "put the patch on" finds "lidocaine
    patch", "2 more extra strength" "tylenol extra strength", and "2 solpadeine" the
    Solpadeine Max on the list."""
    names = [m.known_as for m in meds]
    names += [
        m.name.lower()
        for m in meds
        if m.generic
        and (
            len(m.name.split()) > 1
            or carries_variant(m.name)
            # a name the knowledge file does not know, told what is in it ("Dolcet":
            # tramadol/paracetamol): "2 dolcet" is that medicine (Sandbox, Manila)
            or DEFAULT_RESOLVE(m.name) is None
        )
    ]
    return names


def understand(
    text: str, meds: Sequence[str], now: dt.datetime, zone: ZoneInfo, *, told_of: bool = False
) -> list[Intent]:
    """Intents in `text`, medication names resolved through the knowledge base (`told_of`:
    "he", "she" are the patient, spoken of by someone with them)."""
    return parse(text, meds, now.astimezone(zone), zone, resolve=RESOLVE, told_of=told_of)


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


RECORD_KINDS = (
    PainIntent,
    SideEffectIntent,
    RedFlagIntent,
    SleepIntent,
    ActivityIntent,
    MoodIntent,
    NoteIntent,
)


@dataclass(frozen=True, slots=True)
class Stored:
    """What `store` kept: the records a "Logged: …" reply names (for an Undo of just
    them; red flags get their own reply and stay), and the labels of the routines an
    activity told in words marked done today (to say so)."""

    reported: tuple[int, ...] = ()
    marked: tuple[str, ...] = ()


async def store(
    session: AsyncSession,
    user_id: int,
    intents: Sequence[Intent],
    *,
    now: dt.datetime,
    batch: str,
    raw_text: str | None,
    source: str = "text",
    carer: bool = False,
) -> Stored:
    """Keep every non-dose intent as a record (the raw text rides on the first one), and
    mark done the routines an activity told in words. `carer`: told by someone writing
    for the patient, kept so (the report says whose words it quotes)."""
    reported: list[int] = []
    stored = 0
    for intent in intents:
        if not isinstance(intent, RECORD_KINDS):
            continue
        score = intent.score if isinstance(intent, (PainIntent, MoodIntent)) else None
        data = intent_to_dict(intent)
        if isinstance(intent, PainIntent) and intent.worse:
            # "6, the numbness is getting worse": read as a place said alone reads it
            data["worse"] = True
        if carer:
            data[records.SAID_BY] = records.CARER
        flag = isinstance(intent, RedFlagIntent)
        # Red flags and side effects keep the person's own words beside the category.
        # (numbness told as growing is quoted on the doctor's page in the words said)
        worded = stored == 0 or flag or isinstance(intent, SideEffectIntent) or "worse" in data
        if isinstance(intent, RedFlagIntent):
            # The doctor reads a red flag in the person's own words, and whether it had
            # already been seen to when they wrote.
            data["handled"] = already_handled(raw_text or "")
            said = flagged_words(raw_text or "", intent.flags)
            if said:
                data["said"] = said[:1000]
        # "yesterday was an 8": kept on yesterday, where the doctor's chart reads it
        ago = intent.days_ago if isinstance(intent, PainIntent) else 0
        rec = await records.add_record(
            session,
            user_id=user_id,
            kind=intent.kind,
            at=now - dt.timedelta(days=ago),
            now=now,
            batch=batch,
            data=data,
            source=source,
            raw_text=raw_text if worded else None,
            score=score,
        )
        stored += 1
        if not flag:
            reported.append(rec.id)
    if raw_text and any(isinstance(i, ActivityIntent) for i in intents):
        # "went for a 30 min walk" is also today's walk routine done (if there is one).
        marked = await routine_service.mark_done_from_activity(session, user_id, raw_text, now)
        return Stored(tuple(reported), tuple(r.label for r in marked))
    return Stored(tuple(reported))


async def store_place(
    session: AsyncSession,
    user_id: int,
    place: PainPlace,
    now: dt.datetime,
    batch: str,
    raw_text: str,
) -> int:
    """Keep where it hurts, said without a score (it counts in no pain average); the
    record's id."""
    rec = await records.add_record(
        session,
        user_id=user_id,
        kind=place.kind,
        at=now,
        now=now,
        batch=batch,
        data={
            "kind": place.kind,
            "locations": list(place.locations),
            "radiating": place.radiating,
            "qualities": list(place.qualities),
            # (only when told, so older records and this one read alike)
            **({"worse": True} if place.worse else {}),
        },
        raw_text=raw_text[:4000],
    )
    return rec.id


def medicines_named(intents: Sequence[Intent], regimen: Sequence[str]) -> list[str]:
    """The person's medicines and any the message names, for tying a red flag to a
    label's danger signs."""
    named = [i.medication for i in intents if isinstance(i, DoseIntent) and i.medication]
    return list(dict.fromkeys([*regimen, *named]))


def too_much_of(text: str, intents: Sequence[Intent], regimen: Sequence[str]) -> list[str] | None:
    """For an overdose told only as more taken than meant ("double dosed by accident on
    gabapentin"), the medicines it names (else the person's); None for any other."""
    low = normalise(text)
    if not too_much_taken_only(low):
        return None
    said = [m.generic for m in Meds(list(regimen), RESOLVE).mentions(low)]
    return list(dict.fromkeys(said)) or medicines_named(intents, regimen)
