"""Typed answers to a question the bot asked: yes/no, a check-in stage, where it hurts.

The free-text parser reads a message on its own; here the question gives it a meaning:
"yes to the knee" is a yes with a place when the check-in asks whether the pain runs
down a leg, and "lower back and down my left leg" is where it hurts. Pure, like the rest
of :mod:`bot.parsing`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import cast

from bot.parsing.detect_other import quality_of_hours
from bot.parsing.intents import (
    QUALITIES,
    ActivityIntent,
    DoseIntent,
    Intent,
    NoteIntent,
    PainIntent,
    SideEffectIntent,
    SleepIntent,
    SleepQuality,
)
from bot.parsing.leg_signs import WEAK, legs_said_weak
from bot.parsing.locations import find_locations, one_copy_of_a_leg
from bot.parsing.nerve_growing import NERVE_THING, nerve_growing
from bot.parsing.nerve_growing import felt as _felt
from bot.parsing.numbers import minutes_of
from bot.parsing.parser import radiating
from bot.parsing.patterns import NOT_A_MEDICINE_ON_THE_SKIN, QUALITIES_RE
from bot.parsing.redflags import OTHER_PERSON
from bot.parsing.spans import negated_at
from bot.parsing.text import normalise

__all__ = [
    "CheckinReading",
    "PainPlace",
    "is_skip",
    "read_checkin_answer",
    "nerve_growing_alone",
    "where_it_hurts",
    "yes_no",
]

_YES = re.compile(
    r"^(?:yes+|yeah|yep|yup|ya|yea|y|sure|it\s+does|definitely|absolutely|kind\s+of|"
    r"sort\s+of|kinda|a\s+(?:bit|little)|sometimes|mostly|\u2705|\U0001f44d)(?![a-z])"
)
_NO = re.compile(
    r"^(?:no+|nope|nah|n|not\s+really|not\s+today|it\s+does\s+not|never|\u274c)(?![a-z])"
)
# ("e don do": Nigerian Pidgin for "that's enough, I'm done"; a closing word may carry
# a thank-you or a spoken "o" / "mate" after it)
_SKIP = re.compile(
    r"^(?:skip(?:\s+(?:it|this|that|this\s+one|that\s+one|for\s+now))?|pass|none|no|nope|nothing|nothing\s+(?:else|more)|done|not\s+today|n/?a|nil|"
    r"no\s+thanks|no\s+more|that'?s\s+(?:it|all|enough|everything)|all\s+good|"
    r"(?:i'?m|i\s+am|all)\s+done|e\s+don\s+do|na\s+(?:all|everything)|enough)"
    r"(?:[\s,]+(?:thanks|thank\s+you|ta|o+|oh|mate|sha|jare))?[\s.!]*$"
)
# "didn't do any", "couldn't, too sore", "just rested": no activity today
_NO_ACTIVITY = re.compile(
    r"^(?:i\s+)?(?:didn't|didnt|did\s+not|couldn't|couldnt|could\s+not|haven't|havent|"
    r"wasn't\s+able|too\s+(?:sore|stiff|tired|painful)|(?:just\s+)?rested|stayed\s+in\s+bed|"
    r"no\s+(?:exercise|activity|walk|chance))\b|^(?:none|nothing|nil|zero)[\s.!]*$"
)
# "i stand teach for like 5 hours, no time for exercise o": said anywhere in the answer,
# still the button Not today (the rest is the person's day, kept in their words)
_NO_ACTIVITY_SAID = re.compile(
    r"\b(?:no|not\s+any|zero|without)\s+(?:time\s+(?:for|to)\s+(?:do\s+)?(?:any\s+)?)?"
    r"(?:exercis\w*|activit\w*|workout|gym|walk(?:ing)?|physio|stretch\w*)\b|\bno\s+time\b|"
    r"\b(?:didn't|didnt|did\s+not|couldn't|couldnt)\s+(?:get\s+to\s+|have\s+time\s+to\s+)?"
    r"(?:exercise|walk|do\s+any)\b"
)
# Words about the day beside the "no": fewer than this and nothing is kept as a note.
_NOTE_WORDS_MIN = 3
# Short messages, and the writer's own: "my son's leg is broken" is not where *I* hurt.
_PLACE_WORDS_MAX = 12
# The two weekly questions ask how much pain got in the way, on the same 0-10 scale as
# the pain itself: "pain 7 today, back is on fire" rates the pain, "7" or "about 7, can't
# enjoy anything" answers the question.
_NAMES_PAIN = re.compile(r"\b(?:pain\w*|hurt\w*|ach(?:e|es|ing|y)|sore)\b")
_NAMES_ITS_EFFECT = re.compile(
    r"\b(?:enjoy\w*|life|fun|activit\w*|in\s+the\s+way|interfer\w*|stop\w*|doing|"
    r"work\w*|chores|housework|everything|anything|nothing)\b"
)


def yes_no(text: str) -> bool | None:
    """True for a reply that starts with yes, False for one that starts with no."""
    low = normalise(text)
    if _YES.match(low):
        return True
    if _NO.match(low):
        return False
    return None


# "skip", "skip it", "pass": the question's own Skip, typed (never "no": a strength asked,
# "no" may say the medicine has none printed, and is asked again)
_SKIPS_THE_QUESTION = re.compile(
    r"^\W*(?:skip(?:\s+(?:it|this|that|this\s+one|that\s+one|for\s+now|the\s+strength|"
    r"that\s+question))?|pass)(?:[\s,]+(?:please|pls|thanks|thank\s+you))?[\s.!]*$"
)


def skips_the_question(text: str) -> bool:
    """Whether `text` is a question's Skip typed ("skip", "skip it", "pass")."""
    return bool(_SKIPS_THE_QUESTION.match(normalise(text)))


def is_skip(text: str) -> bool:
    """A reply that declines the question ("skip", "none", "nothing", "done")."""
    return bool(_SKIP.match(normalise(text)))


# A subclause that only denies or reassures: "no numbness down below", "my waterworks are
# fine", "bladder ok"
_DENIES = re.compile(
    r"^\W*(?:and\s+|but\s+)?(?:(?:no|not\s+any|nothing|never|without)\b|"
    r"(?:my\s+|the\s+)?[\w']+(?:\s+[\w']+)?\s+(?:is|are|'s|s|feels?|seems?)\s+(?:fine|ok|okay|normal|good|"
    r"all\s+right|alright)\b)"
)


#: What may be felt at a place said without a score: the pain qualities, and weakness
#: (a finding of its own, never pain: bot.parsing.leg_signs).
PLACE_QUALITIES = (*QUALITIES, WEAK)


@dataclass(frozen=True, slots=True)
class PainPlace:
    """Where it hurts, said without a score (not part of the ``backtrack parse`` output)."""

    locations: tuple[str, ...]
    radiating: bool | None = None
    kind: str = "pain_place"
    #: What it feels like there, when said ("numbness in my left foot"): numb, tingling…
    qualities: tuple[str, ...] = ()
    #: The numbness or tingling is said to be getting worse or spreading ("tingling's
    #: spreading up to my knee now"): for a doctor to see it grow over days. Never a red
    #: flag by itself (clinical-facts.md §4: numbness in one leg is no emergency; the
    #: saddle and both legs have their own rules, bot.parsing.redflags, leg_check).
    worse: bool = False


def where_beside_denials(text: str) -> PainPlace | None:
    """Where something is felt, told beside signs denied: "pins and needles in my right
    foot but no numbness down below and my waterworks are fine" (the denials read alone
    would leave the foot unrecorded)."""
    low = normalise(text)
    parts = [p for p in re.split(r",|;|\.|\bbut\b|\band\s+(?=my\b|no\b|the\b)", low) if p.strip()]
    told = [p for p in parts if not _DENIES.match(p)]
    if not told or len(told) == len(parts):
        return None
    places = [where_it_hurts(p) for p in told]
    found = [p for p in places if p is not None]
    return found[0] if len(found) == 1 else None


def where_in_sentences(text: str) -> PainPlace | None:
    """Where something is felt, told over a few short sentences ("some tingling in left
    foot when sitting long, goes away when i walk. hip also paining bit": it got "didn't
    catch that" — Sandbox, Pune): every place and feeling said, together."""
    low = normalise(text)
    if OTHER_PERSON.search(low) or len(low.split()) > 3 * _PLACE_WORDS_MAX:
        return None
    parts = [p for p in re.split(r"[.;!]|,\s*(?:but\s+)?|\bbut\b", low) if p.strip()]
    found = [place for p in parts if (place := where_it_hurts(p)) is not None]
    if not found or len(parts) < 2:
        return None
    locations = tuple(
        one_copy_of_a_leg(list(dict.fromkeys(loc for f in found for loc in f.locations)))
    )
    felt = {q for f in found for q in f.qualities}
    spreads = [f.radiating for f in found if f.radiating is not None]
    return PainPlace(
        locations,
        any(spreads) if spreads else None,
        qualities=tuple(q for q in PLACE_QUALITIES if q in felt),
        worse=any(f.worse for f in found),
    )


# A part of the body naming a procedure, a visit or a thing done there, not where it hurts
_PROCEDURE_THERE = re.compile(
    r"\b(?:(?:left|right)\s+)?(?:knee|knees|hip|hips|leg|legs|back|neck|shoulder|ankle|foot)\s+"
    r"(?:surgery|surgeon|op|operation|replacement|scan|mri|x-?ray|appointment|appt|clinic|"
    r"injection|specialist|consultant|brace|support)\b"
)


def where_it_hurts(text: str) -> PainPlace | None:
    """A short message that only says where it hurts ("lower back and down my left leg"),
    or what is felt there ("numbness in my left foot": numb, not pain, at the leg)."""
    low = normalise(text)
    if len(low.split()) > _PLACE_WORDS_MAX or OTHER_PERSON.search(low) or _put_there(low):
        return None
    # "the knee surgery's playing up on the calendar": a procedure there, no pain said
    places = find_locations(_PROCEDURE_THERE.sub(" ", low))
    if not places:
        return None
    # "legs feel a bit weak": weakness felt there, never where it hurts
    weak = (WEAK,) if legs_said_weak(low) else ()
    felt = _felt(low)
    return PainPlace(tuple(places), radiating(low), qualities=felt + weak, worse=nerve_growing(low))


def nerve_growing_alone(text: str) -> PainPlace | None:
    """Numbness or tingling told as getting worse or spreading, no place said ("the
    numbness is getting worse", "pins and needles spreading"): kept as what is felt, with
    no place, for the days it grows (Sandbox, Glasgow: "didn't catch that", nothing kept).
    A place said is where_it_hurts'; a question is not a report."""
    low = normalise(text)
    if (
        len(low.split()) > _PLACE_WORDS_MAX
        or OTHER_PERSON.search(low)
        or low.rstrip().endswith("?")
        or find_locations(low)
    ):
        return None
    things = [m for m in NERVE_THING.finditer(low) if not negated_at(low, *m.span())]
    if not things or not nerve_growing(low):
        return None
    return PainPlace((), None, qualities=_felt(low), worse=True)


# Rubbed, not pain said of the place: "rubbed my lower back" (a heat patch put there is
# patterns.NOT_A_MEDICINE_ON_THE_SKIN)
_RUBBED = re.compile(r"\b(?:massage|massaged|rubbed|rub)\b")


def _put_there(low: str) -> bool:
    """Something put on or done to the place ("stuck a heat patch on my lower back")."""
    return bool(NOT_A_MEDICINE_ON_THE_SKIN.search(low) or _RUBBED.search(low))


# What may stand around the words of what is felt, in a message that says only that.
_FELT_FILLER = re.compile(
    r"\b(?:it(?:'s|s|\s+is|\s+feels?)?|feels?(?:\s+like)?|more|of|mostly|kind\s+of|kinda|sort\s+of|"
    r"like|a|an|very|really|so|quite|bit|little|and|or|with|some|pain|ache|sensation|"
    r"today|now|tonight|too|also)\b|[^\w\s]"
)


def only_felt(text: str) -> tuple[str, ...]:
    """What a short message says is felt when that is all it says ("burning", "more of a
    stabbing pain now"); () otherwise."""
    low = normalise(text)
    if len(low.split()) > _PLACE_WORDS_MAX:
        return ()
    felt = _felt(low)
    if not felt:
        return ()
    rest = _FELT_FILLER.sub(" ", QUALITIES_RE.sub(" ", low))
    return felt if not rest.strip() else ()


@dataclass(frozen=True, slots=True)
class CheckinReading:
    """A typed answer to one check-in question.

    ``value`` is what the question's buttons would send (``-`` for none / skip);
    ``used`` the intents the answer itself stands for (not to be recorded again);
    ``told`` what the answer says that only the question gives a meaning to ("bout 4
    hours" asked how one slept), to be recorded with the check-in;
    ``radiating``, ``locations`` and ``qualities`` what a "where" or "down a leg" answer
    also said ("buttock and down my thigh, pins and needles in my foot": tingling);
    ``declined`` whether the words decline the question ("skip", "not today").
    """

    value: str
    used: tuple[Intent, ...] = ()
    told: tuple[Intent, ...] = ()
    radiating: bool | None = None
    locations: tuple[str, ...] = ()
    qualities: tuple[str, ...] = ()
    declined: bool = False


def _first(intents: Sequence[Intent], kind: type) -> Intent | None:
    return next((i for i in intents if isinstance(i, kind)), None)


def _bare_affirmations(intents: Sequence[Intent]) -> tuple[Intent, ...]:
    """ "yes" / "yep" read on their own as "took it": here they answer the question."""
    return tuple(
        i
        for i in intents
        if isinstance(i, DoseIntent) and i.medication is None and i.status in ("taken", "skipped")
    )


def read_checkin_answer(stage: str, text: str, intents: Sequence[Intent]) -> CheckinReading | None:
    """The answer ``text`` gives to the check-in question ``stage``, or None when it does
    not answer it (then it may be a report of something else)."""
    reading = _read(stage, text, intents)
    if reading is None or not is_skip(text):
        return reading
    # "skip" said to the check-in's question is not a dose skipped at an open reminder.
    bare = tuple(i for i in _bare_affirmations(intents) if i not in reading.used)
    return replace(reading, used=reading.used + bare)


def _read(stage: str, text: str, intents: Sequence[Intent]) -> CheckinReading | None:
    low = normalise(text)
    pain = _first(intents, PainIntent)
    skip = is_skip(low)
    if stage == "pain":
        # The typed score is recorded as the report it is; the question is answered. A
        # typed "skip" declines it: the baseline's Skip, or today's check-in (Sandbox,
        # Auckland: it was read as a dose skipped, "nothing to skip", and asked again).
        if isinstance(pain, PainIntent):
            return CheckinReading("-")
        return CheckinReading("-", declined=True) if skip else None
    if stage in ("enjoyment", "general"):
        if isinstance(pain, PainIntent) and not _rates_the_pain_itself(low, pain):
            return CheckinReading(f"{pain.score:g}", used=(pain,))
        return CheckinReading("-") if skip else None
    if stage == "location":
        places = find_locations(low)
        if places:
            spread = radiating(low)
            if spread is None and isinstance(pain, PainIntent):
                spread = pain.radiating
            return CheckinReading(",".join(places), radiating=spread, qualities=_felt(low))
        return CheckinReading("-") if skip else None
    if stage == "radiating":
        said = yes_no(low)
        if said is None and isinstance(pain, PainIntent):
            said = pain.radiating
        if said is None:
            said = radiating(low)
        if said is None:
            return None
        where = tuple(find_locations(low)) if said else ()
        return CheckinReading(
            "y" if said else "n", used=_bare_affirmations(intents), locations=where
        )
    if stage == "side_effects":
        if _first(intents, SideEffectIntent) is not None:
            return CheckinReading("-")
        return CheckinReading("-") if skip else None
    if stage == "sleep":
        if _first(intents, SleepIntent) is not None or skip:
            return CheckinReading("-")
        quality = _sleep_word(low)
        if quality:
            return CheckinReading(quality)
        night = _night_said(low)
        if night is None:
            return None
        # "maybe 5" here is hours slept, not a pain score; "shit" no note for the doctor
        its = tuple(i for i in intents if isinstance(i, (PainIntent, NoteIntent)))
        return CheckinReading("-", used=its, told=(night,))
    if stage == "activity":
        if _first(intents, ActivityIntent) is not None:
            return CheckinReading("-")
        if low != "skip" and (_NO.match(low) or _NO_ACTIVITY.match(low)):
            # "no not today, too sore", "didn't do any", "none": the button Not today
            return CheckinReading("none")
        if skip:
            return CheckinReading("-")
        declined = _NO_ACTIVITY_SAID.search(low)
        if declined is None:
            return None
        rest = re.findall(r"[a-z0-9']+", low[: declined.start()] + " " + low[declined.end() :])
        kept = any(isinstance(i, NoteIntent) for i in intents)
        if kept or len(rest) < _NOTE_WORDS_MIN:
            return CheckinReading("none")
        return CheckinReading("none", told=(NoteIntent(text=" ".join(text.split())[:1000]),))
    if stage == "note":
        if skip:
            return CheckinReading("-")
        told = [i for i in intents if not isinstance(i, (DoseIntent, NoteIntent))]
        doses = [i for i in intents if isinstance(i, DoseIntent)]
        # "took it" is about a dose, not a note: it goes to the reminder it answers.
        if doses and not told and not _leftover_note(intents):
            return None
        return CheckinReading("-") if low else None
    return None


def _rates_the_pain_itself(low: str, pain: PainIntent) -> bool:
    """A score said of the pain (where, how, or named as pain), not of its effect."""
    if pain.locations or pain.qualities or pain.radiating:
        return True
    return bool(_NAMES_PAIN.search(low)) and not _NAMES_ITS_EFFECT.search(low)


# A word or two answering "How did you sleep last night?" (the buttons' Good / Fair /
# Poor); the first that matches wins, so "not bad" is fair before "bad" is poor.
_SLEEP_WORDS = (
    ("fair", r"not\s+(?:too\s+|that\s+|so\s+)?bad|could\s+(?:have\s+)?be(?:en)?\s+better|"
     r"ok(?:ay)?|alright|all\s+right|so[\s-]?so|meh|average|fair"),
    ("poor", r"bad(?:ly)?|poor(?:ly)?|terrible|awful|horrible|rubbish|crap|shit\w*|"
     r"not\s+(?:too\s+|very\s+|so\s+)?(?:good|well|great)|barely|hardly|dreadful"),
    ("good", r"good|great|well|fine|really\s+well|very\s+well|amazing|brilliant"),
)  # fmt: skip
_SLEEP_ANSWER = [
    (quality, re.compile(r"^(?:(?:pretty|quite|really|very|so)\s+)?(?:" + words + r")[\s.!]*$"))
    for quality, words in _SLEEP_WORDS
]


def _sleep_word(low: str) -> str | None:
    """ "ok", "not great", "badly": the sleep question's answer in the person's own word."""
    return next((q for q, pattern in _SLEEP_ANSWER if pattern.match(low)), None)


_NUMBER = (
    r"\d{1,2}(?:[.,]\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a\s+couple(?:\s+of)?|a\s+few|couple(?:\s+of)?|few"
)
# "bout 4 hours", "4hrs", "maybe 5", "4 or 5 hours sleep": only hours, asked how one slept
_HOURS_ANSWER = re.compile(
    r"^(?:(?:maybe|about|bout|abt|around|roughly|like|only|just|barely|approx\w*|prob\w*|"
    r"got|slept|managed|a\s+good|~)\s*)*"
    rf"(?P<n>{_NUMBER})(?:\s*(?:-|to|or)\s*(?P<n2>{_NUMBER}))?"
    r"(?:\s*(?:h|hr|hrs|hour|hours)\b)?(?P<half>\s+and\s+a\s+half)?"
    r"(?:\s+(?:of\s+)?(?:sleep|kip|tops|max|total|if\s+that|at\s+most|at\s+best))*$"
)
# "shit", "pretty bad night", "slept like crap": how it went, in one clause
_QUALITY_ANSWER = [
    (
        quality,
        re.compile(
            r"^(?:(?:pretty|quite|really|very|so|proper|bloody|slept|like|a)\s+)*(?:"
            + words
            + r")(?:\s+(?:night|sleep|one))?$"
        ),
    )
    for quality, words in _SLEEP_WORDS
]
_CLAUSES = re.compile(r"\s*(?:[,;:!?]+|\.(?!\d)|\s-\s|\band\b|\bbut\b)\s*")
_FILLERS = frozenset({"o", "oh", "mate", "lol", "tbh", "honestly", "ugh", "sha", "again"})


def _night_said(low: str) -> SleepIntent | None:
    """A quality word and/or a number of hours said to "How did you sleep last night?"
    ("shit, bout 4 hours", "maybe 5"): that night, or None when anything else is said."""
    quality: str | None = None
    hours: float | None = None
    for clause in _CLAUSES.split(low):
        words = [w for w in clause.split() if w not in _FILLERS]
        if not words:
            continue
        said = _clause_of_the_night(words)
        if said is None:
            return None
        word, length = said
        if (word and quality) or (length is not None and hours is not None):
            return None  # two qualities or two lengths: more than a plain answer
        quality, hours = quality or word, length if length is not None else hours
    if hours is not None and not 0 < hours <= 16:
        return None
    if hours is None:
        return SleepIntent(quality=cast(SleepQuality, quality)) if quality else None
    said_quality = cast(SleepQuality, quality) if quality else quality_of_hours(hours)
    return SleepIntent(quality=said_quality, hours=hours)


def _clause_of_the_night(words: list[str]) -> tuple[str | None, float | None] | None:
    """A quality, hours, or both ("good 8 hours") said in one clause; None for other words."""
    clause = " ".join(words)
    hours = _hours_said(clause)
    if hours is not None:
        return None, hours
    word = _quality_said(clause)
    if word is not None:
        return word, None
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if (word := _quality_said(head)) and (hours := _hours_said(tail)) is not None:
            return word, hours
    return None


def _quality_said(clause: str) -> str | None:
    return next((q for q, pattern in _QUALITY_ANSWER if pattern.match(clause)), None)


def _hours_said(clause: str) -> float | None:
    m = _HOURS_ANSWER.match(clause)
    if m is None:
        return None
    said = [minutes_of(n, "h") for n in (m["n"], m["n2"]) if n]
    values = [v / 60 for v in said if v is not None]
    if not values:
        return None
    return sum(values) / len(values) + (0.5 if m["half"] else 0.0)


def _leftover_note(intents: Sequence[Intent]) -> bool:
    return any(isinstance(i, NoteIntent) for i in intents)
