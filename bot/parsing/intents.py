"""Intents: what one free-text message says, as frozen dataclasses.

Field names and value vocabularies are the ``backtrack parse`` JSON contract
(PRODUCT.md §5); :func:`to_json` renders every key of every kind, null when unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Final, Literal
from zoneinfo import ZoneInfo

from bot.parsing.redflags import RED_FLAGS

__all__ = [
    "ACTIVITY_KINDS",
    "INTENT_KINDS",
    "LOCATIONS",
    "QUALITIES",
    "SIDE_EFFECTS",
    "MORE_SIDE_EFFECTS",
    "ActivityIntent",
    "DoseIntent",
    "Intent",
    "MoodIntent",
    "NoteIntent",
    "PainIntent",
    "RedFlagIntent",
    "SideEffectIntent",
    "SleepIntent",
    "intent_to_dict",
    "to_json",
]

DoseStatus = Literal["taken", "skipped", "snoozed"]
SkipReason = Literal["forgot", "side_effects", "felt_fine", "ran_out", "other"]
SleepQuality = Literal["good", "fair", "poor"]

INTENT_KINDS: Final[tuple[str, ...]] = (
    "dose", "pain", "side_effect", "red_flag", "sleep", "activity", "mood", "note",
)  # fmt: skip
LOCATIONS: Final[tuple[str, ...]] = (
    "lower_back", "mid_back", "upper_back", "neck", "buttock", "hip", "leg_left",
    "leg_right", "leg", "arm", "shoulder",
)  # fmt: skip
QUALITIES: Final[tuple[str, ...]] = (
    "shooting", "burning", "aching", "stabbing", "throbbing", "tingling", "numb", "stiff",
    "cramping",
)  # fmt: skip
SIDE_EFFECTS: Final[tuple[str, ...]] = (
    "drowsiness", "dizziness", "nausea", "vomiting", "constipation", "diarrhea",
    "stomach_pain", "heartburn", "black_stools", "dry_mouth", "headache", "itching", "rash",
    "swelling", "confusion", "insomnia", "fatigue", "sweating", "weight_gain",
    "blurred_vision",
)  # fmt: skip
#: Side effects read beyond the contract's list (bot.knowledge MORE_SIDE_EFFECT_KEYS): the
#: signs the labels name for serotonin syndrome. Recorded, never in `backtrack parse` output.
MORE_SIDE_EFFECTS: Final[tuple[str, ...]] = (
    "tremor", "muscle_jerks", "agitation", "hallucinations", "racing_heart", "feeling_hot",
    "rigidity", "incoordination",
)  # fmt: skip
ACTIVITY_KINDS: Final[tuple[str, ...]] = (
    "walk", "exercise", "physio", "stretching", "swim", "yoga", "other",
)  # fmt: skip
DOSE_UNITS: Final[tuple[str, ...]] = ("mg", "mcg", "g", "ml", "unit")


@dataclass(frozen=True, slots=True)
class DoseIntent:
    """A dose taken, skipped or snoozed; medication None means the pending reminder."""

    status: DoseStatus
    medication: str | None = None
    amount: float | None = None
    unit: str | None = None
    count: float | None = None
    at: str | None = None  # ISO 8601 with offset; None = now
    minutes: int | None = None
    reason: SkipReason | None = None
    kind: Literal["dose"] = "dose"
    # The name as written when it tells a form ("conzip"): for the safety checks only,
    # not part of the `backtrack parse` contract.
    product: str | None = field(default=None, compare=False)
    # A wait to a clock time hours ahead (ISO 8601): the bot lets a due dose wait until
    # then when it comes before that medicine's next dose; not part of the contract.
    until: str | None = field(default=None, compare=False)
    # `count` is a share of the whole dose ("half my dose", "half the gabapentin"), not of
    # one tablet ("half a naproxen"): of a two-capsule dose, one capsule. Not in the contract.
    of_dose: bool = field(default=False, compare=False)
    # A dose told as a forgotten one taken late ("forgot my lyrica at 2100, just took it
    # now"): when that dose was due (ISO 8601), for the bot to answer it. Not in the contract.
    for_due: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class PainIntent:
    """A pain rating with where and how it hurts."""

    score: float
    locations: tuple[str, ...] = ()
    radiating: bool | None = None
    qualities: tuple[str, ...] = ()
    kind: Literal["pain"] = "pain"
    #: Said of an earlier day ("yesterday was an 8"): kept on that day. Not in the
    #: `backtrack parse` JSON, whose pain has no time (PRODUCT.md §5).
    days_ago: int = 0
    #: Numbness or tingling told beside the score as getting worse or spreading ("6, the
    #: numbness is getting worse"): kept for the doctor as a place said alone keeps it
    #: (answers.PainPlace.worse). Not in the `backtrack parse` JSON either.
    worse: bool = False


@dataclass(frozen=True, slots=True)
class SideEffectIntent:
    """Side effects the user reports."""

    effects: tuple[str, ...]
    kind: Literal["side_effect"] = "side_effect"


@dataclass(frozen=True, slots=True)
class RedFlagIntent:
    """Symptoms that need urgent care (safety-critical)."""

    flags: tuple[str, ...]
    kind: Literal["red_flag"] = "red_flag"


@dataclass(frozen=True, slots=True)
class SleepIntent:
    """How the last night's sleep was."""

    quality: SleepQuality
    hours: float | None = None
    kind: Literal["sleep"] = "sleep"


@dataclass(frozen=True, slots=True)
class ActivityIntent:
    """Activity or exercise done."""

    kinds: tuple[str, ...]
    minutes: int | None = None
    kind: Literal["activity"] = "activity"


@dataclass(frozen=True, slots=True)
class MoodIntent:
    """Mood words and an optional 0-10 score."""

    score: float | None = None
    words: tuple[str, ...] = ()
    kind: Literal["mood"] = "mood"


@dataclass(frozen=True, slots=True)
class NoteIntent:
    """Text that no other intent explains."""

    text: str
    kind: Literal["note"] = "note"


Intent = (
    DoseIntent
    | PainIntent
    | SideEffectIntent
    | RedFlagIntent
    | SleepIntent
    | ActivityIntent
    | MoodIntent
    | NoteIntent
)


def _num(value: float | None) -> int | float | None:
    # Whole numbers print as 300, not 300.0.
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def intent_to_dict(intent: Intent) -> dict[str, Any]:
    """One intent as a JSON-ready dict carrying every key of its kind."""
    match intent:
        case DoseIntent():
            return {
                "kind": "dose",
                "status": intent.status,
                "medication": intent.medication,
                "amount": _num(intent.amount),
                "unit": intent.unit,
                "count": _num(intent.count),
                "at": intent.at,
                "minutes": intent.minutes,
                "reason": intent.reason,
            }
        case PainIntent():
            return {
                "kind": "pain",
                "score": _num(intent.score),
                "locations": list(intent.locations),
                "radiating": intent.radiating,
                "qualities": list(intent.qualities),
            }
        case SideEffectIntent():
            return {"kind": "side_effect", "effects": list(intent.effects)}
        case RedFlagIntent():
            return {"kind": "red_flag", "flags": list(intent.flags)}
        case SleepIntent():
            return {"kind": "sleep", "quality": intent.quality, "hours": _num(intent.hours)}
        case ActivityIntent():
            return {"kind": "activity", "kinds": list(intent.kinds), "minutes": intent.minutes}
        case MoodIntent():
            return {"kind": "mood", "score": _num(intent.score), "words": list(intent.words)}
        case NoteIntent():
            return {"kind": "note", "text": intent.text}


def to_json(
    intents: list[Intent] | tuple[Intent, ...],
    now: datetime | None = None,
    zone: ZoneInfo | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The ``backtrack parse`` output object: ``{"intents": [...]}`` (red flags and side
    effects limited to the contract's lists; the bot's same-day flags and the signs it
    reads beyond the contract's side effects stay inside the bot). Given ``now``, a dose
    taken is never after it (PRODUCT.md §5): a time a little ahead, which the chat asks
    about, is that time the day before."""
    out = []
    today = any(isinstance(i, PainIntent) and not i.days_ago for i in intents)
    for intent in intents:
        if isinstance(intent, PainIntent) and intent.days_ago and today:
            continue  # a past day's score beside today's: the contract's pain is today's
        if isinstance(intent, RedFlagIntent):
            flags = [f for f in intent.flags if f in RED_FLAGS]
            if not flags:
                continue
            intent = RedFlagIntent(flags=tuple(flags))
        if isinstance(intent, SideEffectIntent):
            effects = [e for e in intent.effects if e in SIDE_EFFECTS]
            if not effects:
                continue
            intent = SideEffectIntent(effects=tuple(effects))
        if isinstance(intent, DoseIntent) and now is not None:
            intent = _not_after(intent, now, zone)
        out.append(intent_to_dict(intent))
    return {"intents": out}


def _not_after(dose: DoseIntent, now: datetime, zone: ZoneInfo | None) -> DoseIntent:
    """A dose taken at a time still ahead of `now`, moved back a day on the wall clock of
    `zone` (else of its own offset)."""
    if dose.status != "taken" or dose.at is None:
        return dose
    at = datetime.fromisoformat(dose.at)
    if at <= now:
        return dose
    tz = zone or at.tzinfo or now.tzinfo
    wall = at.astimezone(tz).replace(tzinfo=None)
    while wall.replace(tzinfo=tz) > now:
        wall -= timedelta(days=1)
    return replace(dose, at=wall.replace(tzinfo=tz).isoformat(timespec="seconds"))
