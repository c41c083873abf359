"""A person telling that a medicine on their list has changed or stopped: "the doctor
upped my gabapentin to 600", "stopped the naproxen, it hurt my stomach", "I'm off the
tramadol now". The list itself is changed only by the person's tap; this finds which
medicine and what kind of change. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from bot.knowledge import resolve_name
from bot.parsing.dose_change import CHANGED, CHANGED_TO, PAIN_MOVED, clinician_stop_in
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = [
    "NewDose",
    "RegimenChange",
    "new_dose_told",
    "StopTold",
    "clinician_told_stop",
    "says_paused",
    "says_regimen_changed",
    "says_regimen_changes",
    "stop_told_by",
    "told_to_stop_for_now",
    "unnamed_change_told",
]

# Cheap, on the text as written (this runs on every message): could it tell a change?
_MAYBE = re.compile(
    r"stop|discontinu|off\b|no\s+more|no\s+longer|any\s?more|done\s+with|finished|quit|cancel|"
    r"remove|continu|not\s+on|ditch|drop|up|down|increas|reduc|lower|rais|chang|cut|bump|put|"
    r"went|going|gone|decreas|adjust|switch|swap|moved|now|instead|dose|was\s+\d|doubl|halv|tripl|brought|"
    # Spanish, read in English by the normaliser: "me cambió el tramadol por tapentadol",
    # "ahora tomo tapentadol en vez de tramadol" (bot.parsing.spanish)
    r"cambi|en\s+vez|en\s+lugar|dosis",
    re.I,
)
_STOPPED = re.compile(
    r"\b(?:stop(?:ped|ping|s)?|discontinu\w*|(?:taken|took|take|taking)\s+(?:me\s+|myself\s+)?off|"
    r"(?:came|come|coming|tapered|tapering|weaned|been|get|got|i'm|im|i\s+am)\s+(?:me\s+)?off|"
    r"off\s+(?:it|them)|no\s+longer|finished\s+with|quit|cancel+ed|remove|"
    r"(?:i'm|im|i\s+am)\s+(?:\w+\s+)?done\s+with|"
    r"(?:not|don't|dont|won't|wont|no\s+longer)\s+(?:taking|take|on)\s+(?:\w+\s+){0,3}?any\s?more|"
    r"no\s+more\s+(?:\w+\s+){0,2}?for\s+me|"
    r"(?:not|isn't|is\s+not|won't\s+be)\s+continu\w*|not\s+on\b|"
    r"(?:dropped|ditched)\s+(?:the\s+|my\s+)?\w+\s+(?:for\s+good|completely|altogether|permanently))\b"
)
# A stop that is not the medicine's: "the tingling stopped after the pregabalin"
_STOPPED_SOMETHING_ELSE = re.compile(
    r"\bstopped\s+(?!taking|using|having)\w+ing\b|"
    r"\b(?:can't|cant|couldn't|could\s+not|cannot|won't)\s+stop\b|\bstop\s+(?:the\s+)?remind\w*|"
    r"\bfull\s+stop\b|"
    r"\bstopped\s+(?:after|since|with|when|once|because|at|in|off\s+at|for\s+a)\b|"
    r"\bstopped\s+by\s+(?:the|a)\s+(?:chemist|pharmacy|shop|store|pharmacist|supermarket)\b"
)
# Wishes, plans, maybes, questions and someone else's say: not the list changed (yet).
_NOT_YET = re.compile(
    r"\b(?:want(?:s|ed)?\s+to|wanna|would\s+like|might|may(?:be)?|thinking|considering|"
    r"eventually|going\s+to\s+(?:try|see|talk|ask|discuss)|should\s+i|shall\s+i|can\s+i|"
    r"could\s+i|do\s+i|will\s+(?:ask|see|talk|discuss)|hop(?:e|ing)|wish|if|whether|"
    r"talk(?:ed|ing)?\s+about|plan(?:s|ning)?\s+to|next\s+(?:week|month|visit|appointment)|"
    r"soon|would\s+love|love\s+to|like\s+to|one\s+day)\b|\?\s*$|"
    r"^(?:is|are|can|could|should|do|does|will|would|am)\b"
)
# The same medicine, another maker: not a change to the plan.
_SAME_DOSE = re.compile(
    r"\b(?:brand|generic|same\s+(?:dose|strength)|manufacturer|packaging|patch|doubled\s+up|"
    # a skip, a supply run out, a stop for a procedure: not the list changed
    r"skip\w*|didn't\s+take|not\s+taken|not\s+yet|left|stock|refill|remaining|pharmacy|chemist|"
    r"in\s+the\s+box|ran\s+out|run\s+out|no\s+point|before\s+(?:my|the|an?)\s+\w+|"
    r"surgery|operation|op|colonoscopy|endoscopy|procedure|epidural|injection|scan|"
    r"(?:weight|temp\w*|bp|blood\s+pressure|sugar)\s+(?:\w+\s+)?(?:increased|up|went\s+up|raised)|"
    r"went\s+down(?!\s+to\s+\d)|ask(?:ed|ing)?\s+(?:the\s+)?"
    r"(?:doc|doctor|gp|dr)\b)"
)
# Only for a while: a skip, not the list changed.
_FOR_A_WHILE = re.compile(
    r"\b(?:for\s+(?:a|one|the|two|\d+)\s+(?:day|days|night|nights)|tonight|today\s+only|"
    r"for\s+(?:a\s+)?(?:couple|few)(?:\s+of)?\s+(?:days|nights)|"
    r"just\s+for|for\s+now|until|till|temporarily|any\s?more\b[^.]*\b(?:today|tonight))\b|\?"
)


@dataclass(frozen=True, slots=True)
class RegimenChange:
    """A medicine on the person's list said to be changed or stopped."""

    kind: Literal["changed", "stopped"]
    medicine: str  # the generic, as on the list
    told: bool = False  # a clinician's word told ("GP says no more paracetamol")


def listed_as(generic: str, meds: Sequence[str]) -> str:
    """`generic` as the list spells it, or "": a name kept as typed ("Thiocolchicoside",
    "Pan") is the same medicine in any case (Sandbox, Bengaluru: a doctor's stop was lost)."""
    low = generic.lower()
    return next((m for m in meds if m.lower() == low), "")


# A clinician's "no naproxen today": that day's doses, not the list
_THE_DAY_ONLY = re.compile(
    r"\b(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week))\b"
)


@dataclass(frozen=True, slots=True)
class StopTold:
    """A clinician's word to leave a medicine off ("GP says nae mair paracetamol, just the
    cocodamol"): the medicine as the list spells it ("" when it is not on the list), and the
    message's words without the instruction (what else it tells), and the instruction's
    own words, from it to the end ("no more naproxen for a few days")."""

    medicine: str
    rest: str
    said: str


def clinician_told_stop(text: str, meds: Sequence[str]) -> StopTold | None:
    """The clinician's word to stop a medicine that `text` tells, or None; the one kept
    beside it ("just the cocodamol", "stick to co-codamol") is never the one stopped."""
    # (read once per message: the chat asks it beside `says_regimen_changed`, which asks it too)
    return _told_stop(text, tuple(meds))


@lru_cache(maxsize=64)
def _told_stop(text: str, meds: tuple[str, ...]) -> StopTold | None:
    if len(text) > 300 or not re.search(
        r"\b(?:no|nae|stop|off|out|drop|ditch|take|have)\b", text, re.I
    ):
        return None
    low = normalise(text)
    said = clinician_stop_in(low)
    if said is None:
        return None
    named = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    first = next((m for m in named if m.start == said.end("med") - len(said["med"])), None)
    if first is None:
        return None  # "doctor said no more walking": no medicine told to stop
    rest = low[: said.start()] + low[first.end :]
    return StopTold(medicine=listed_as(first.generic, meds), rest=rest, said=low[said.start() :])


def says_regimen_changed(text: str, meds: Sequence[str]) -> RegimenChange | None:
    """The change to a listed medicine `text` tells of (the first, where it tells of
    several), or None; `meds` is the person's regimen (generic names): a medicine not on
    it is not a change to the list."""
    changes = says_regimen_changes(text, meds)
    return changes[0] if changes else None


def says_regimen_changes(text: str, meds: Sequence[str]) -> tuple[RegimenChange, ...]:
    """Every change to a listed medicine `text` tells of, one per medicine, in the order
    told ("she upped the gabapentin to 600 and stopped the naproxen": both)."""
    return _changes(text, tuple(meds))


@lru_cache(maxsize=64)
def _changes(text: str, meds: tuple[str, ...]) -> tuple[RegimenChange, ...]:
    if not meds:
        return ()
    clinician = clinician_told_stop(text, meds)
    if clinician is not None:
        # the medicine the clinician said to stop, never the one kept beside it (Sandbox,
        # Glasgow: "stop the paracetamol and stick to co-codamol" offered co-codamol's Remove)
        # ("GP said no naproxen for a few days", "did the doctor say no more naproxen?",
        # "surgeon said stop the meloxicam before my epidural": a while only, asked, or
        # for a procedure — no Remove offered)
        low = normalise(text)
        # ("saw the doctor today, she said stop the naproxen": the day is the visit's)
        if (
            not clinician.medicine
            or any(p.search(low) for p in (_FOR_A_WHILE, _NOT_YET, _SAME_DOSE))
            or _THE_DAY_ONLY.search(clinician.said)
        ):
            return ()
        return (RegimenChange(kind="stopped", medicine=clinician.medicine, told=True),)
    if len(text) > 200 or not _MAYBE.search(text):
        return ()
    low = normalise(text)
    if _NOT_YET.search(low):
        return ()
    listed = Meds(list(meds), DEFAULT_RESOLVE)
    # (what says it is no change counts in the medicine's own sentence: "increased
    # tizanidine to 4 mg. Bladder scan in office" is a change — Sandbox, Chicago)
    told = [t for t in re.split(r"(?<=[.;!])\s+", low) if t.strip()] or [low]
    if any(_SAME_DOSE.search(t) and listed.mentions(t) for t in told) or (
        len(told) == 1 and _SAME_DOSE.search(low)
    ):
        return ()
    out: dict[str, RegimenChange] = {}
    for sentence in re.split(r"[.;!]|,\s", low):
        # (the whole message's verb serves the first medicine alone: "stopped naproxen,
        # started on ibuprofen instead" stops no ibuprofen)
        for medicine, kind in _told_in(sentence, listed, meds, "" if out else low):
            out.setdefault(medicine, RegimenChange(kind=kind, medicine=medicine))
    return tuple(out.values())


# Where one sentence tells of two medicines, each its own change ("upped the gabapentin
# to 600 and stopped the naproxen": Sandbox, Toronto — only the first was offered)
_AND = re.compile(r"\s(?:and|but|then|also|plus|&)\s")


def _told_in(
    sentence: str, listed: Meds, meds: Sequence[str], whole: str
) -> list[tuple[str, Literal["changed", "stopped"]]]:
    """The listed medicines `sentence` tells a change of, each with its kind; `whole`: the
    message, whose verb a sentence naming only a medicine shares ("" for none)."""
    found = [m.generic for m in listed.mentions(sentence)]
    mine = [name for g in found if (name := listed_as(g, meds))]
    if not mine:
        return []
    # (a switch counts in the medicine's own sentence: "took my tramadol, switched
    # the tv off" is no change)
    kind = _kind(sentence) or (
        "changed" if _SWITCHED.search(sentence) or _went_up(sentence, listed) else _kind(whole)
    )
    if len(set(mine)) == 1 or _SWITCHED.search(sentence):
        return [(mine[0], kind)] if kind is not None else []
    out: list[tuple[str, Literal["changed", "stopped"]]] = []
    last = kind
    for clause in _AND.split(sentence):
        named = [name for m in listed.mentions(clause) if (name := listed_as(m.generic, meds))]
        own = _kind(clause)
        # ("stopped the naproxen and the ibuprofen": a bare name shares the verb before it)
        said = own or (last if len(clause.split()) <= 3 else None)
        if named and said is not None:
            out.append((named[0], said))
        last = said if said is not None else last
    return out


# A break the person means to take from a medicine: its reminders paused, not a skip
# ("pause the methocarbamol for a few days", "putting the naproxen on hold", "taking a
# break from the tramadol"), never a question or a plan not yet made.
_PAUSE = re.compile(
    r"\b(?:paus(?:e|ed|ing)|on\s+hold|hold(?:ing)?\s+off(?:\s+on)?|tak(?:e|ing)\s+a\s+break\s+from|"
    r"having\s+a\s+break\s+from)\b"
)
_NOT_DECIDED = re.compile(r"\?|\b(?:should|shall|can|could|may|might|maybe|thinking|wonder)\b")


def says_paused(text: str, meds: Sequence[str]) -> str | None:
    """The listed medicine (generic) `text` says the person is pausing, or None."""
    if not meds or len(text) > 200 or not re.search(r"paus|hold|break", text, re.I):
        return None
    low = normalise(text)
    if not _PAUSE.search(low) or _NOT_DECIDED.search(low):
        return None
    named = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    mine = [name for m in named if (name := listed_as(m.generic, meds))]
    return mine[0] if len(set(mine)) == 1 else None


# A stop for a while on a clinician's word: "they said to stop the diclofenac for now and
# come back if it happens again" (Sandbox, Dublin) — a pause to offer, not a skip
_TOLD_TO_STOP = re.compile(
    r"\b(?:said|says|told\s+(?:me|us|her|him)|wants?\s+me|advised(?:\s+me)?|asked\s+me)\s+"
    r"(?:i\s+(?:should|must|have\s+to|need\s+to)\s+|to\s+)(?:stop|hold|leave\s+off|come\s+off|"
    r"not\s+take)\b[^.;]*?\b(?:for\s+now|for\s+the\s+(?:moment|time\s+being)|for\s+a\s+(?:bit|while|"
    r"few\s+days|week|couple\s+of\s+(?:days|weeks))|until|till|meanwhile)\b"
)


def told_to_stop_for_now(text: str, meds: Sequence[str]) -> str | None:
    """The listed medicine (generic) a clinician said to stop for a while, or None."""
    if not meds or not re.search(r"stop|hold|leave|off|not\s+take", text, re.I):
        return None
    low = normalise(text)
    said = _TOLD_TO_STOP.search(low)
    if said is None:
        return None
    named = Meds(list(meds), DEFAULT_RESOLVE).mentions(low[said.start() : said.end()])
    mine = {name for m in named if (name := listed_as(m.generic, meds))}
    return mine.pop() if len(mine) == 1 else None


#: Who told the person to stop, in the words the report names them by.
Adviser = Literal[
    "out_of_hours",
    "urgent_care",
    "emergency",
    "hospital",
    "gp",
    "doctor",
    "specialist",
    "pharmacist",
    "nurse",
]
# The longer name first where one holds another ("out of hours doctor" before "doctor");
# "A&E" reads "a and e" once normalised.
_ADVISERS: tuple[tuple[Adviser, str], ...] = (
    (
        "out_of_hours",
        r"out[\s-]of[\s-]hours?(?:\s+(?:doctor|doc|gp|service|clinic|centre|center))?|"
        r"after[\s-]hours\s+(?:doctor|doc|gp|clinic)|southdoc|shannondoc|caredoc|westdoc|nowdoc",
    ),
    ("urgent_care", r"urgent\s+care|walk[\s-]in\s+(?:clinic|centre|center)|minor\s+injur(?:y|ies)"),
    (
        "emergency",
        r"a\s+and\s+e|emergency(?:\s+(?:room|department|dept|doctor|doc))?|casualty|"
        r"(?:the|to|in|at)\s+er",
    ),
    (
        "specialist",
        r"specialist|consultant|rheumatologist|neurologist|surgeon|pain\s+(?:clinic|team)",
    ),
    ("hospital", r"hospital"),
    ("gp", r"gps?|general\s+practitioner|family\s+(?:doctor|physician|doc)|pcp|primary\s+care"),
    ("nurse", r"nurse(?:\s+practitioner)?"),
    ("pharmacist", r"pharmacist|chemist|pharmacy"),
    ("doctor", r"doctors?|doc|dr|physician"),
)
_WHO: dict[str, Adviser] = {who: who for who, _ in _ADVISERS}
_ADVISER = re.compile(
    r"\b(?:" + "|".join(f"(?P<{who}>{words})" for who, words in _ADVISERS) + r")\b"
)


def stop_told_by(text: str) -> Adviser | None:
    """Who `text` says told the person to stop a medicine for a while ("the out of hours
    doctor … said to stop the diclofenac for now"): the one named last before the advice,
    else none named."""
    low = normalise(text)
    said = _TOLD_TO_STOP.search(low)
    if said is None:
        return None
    named = list(_ADVISER.finditer(low, 0, said.start()))
    return _WHO.get(named[-1].lastgroup or "") if named else None


# Doses left off until a day or an event ("won't be taking anything till friday", "no
# naproxen until after my surgery"): a break, for which reminders are paused, not a skip.
_BREAK = re.compile(
    r"\b(?:won't|will\s+not|not|no|stopping|skipping|skip|off|without|holding)\b"
    r"[^.?!]*\b(?:till|til|until|untill)\b"
)


def says_break(text: str) -> bool:
    """Whether `text` tells of doses left off until a day or an event, decided."""
    if len(text) > 300 or not re.search(r"til", text, re.I):
        return False
    low = normalise(text)
    return _BREAK.search(low) is not None and _NOT_DECIDED.search(low) is None


# One of the day's doses stopped, the rest kept: "stop the morning pregabalin", "the
# pregabalin in the morning" — a change of times, never the medicine removed (Sandbox,
# Dublin: one tap on Remove would have stopped the night dose too)
_ONE_OF_THE_DOSES = re.compile(
    r"\b(?:morning|evening|night|nighttime|night-time|bedtime|lunchtime|afternoon|midday|"
    r"daytime|am|pm|\d{1,2}\s*(?:am|pm|o'?clock))\b(?:\s+time)?\s+(?:dose\s+(?:of\s+)?(?:the\s+|my\s+)?)?\w+|"
    r"\bin\s+the\s+(?:morning|evening|afternoon)\b|\bat\s+(?:night|bedtime|lunch(?:time)?)\b|"
    r"\bkeep\s+(?:the\s+|my\s+)?(?:morning|evening|night|bedtime)\b"
)


# A medicine's dose gone up or down, told in passing: "since the pregabalin went up", "ma
# pregabalin's gone up", "the gabapentin was increased" (Sandbox, Glasgow: only the side
# effect was kept). Read right after the medicine's name, never "pain went up".
_WENT_UP: Final = re.compile(
    r"(?:'s|\s+dose|\s+has|\s+have|\s+had|\s+was|\s+got|\s+been|\s+being|\s+is|\s+just)*\s*"
    r"(?:went|gone|going|come|came|been|got|was|is|put|bumped|increased|raised|upped)"
    r"(?:\s+(?:up|down)|(?<=increased)|(?<=raised)|(?<=upped))\b"
)


def _went_up(sentence: str, listed: Meds) -> bool:
    """Whether a listed medicine's own dose is said to have gone up or down right after its
    name ("since the pregabalin went up"): never the pain's ("pain went up to 8")."""
    return any(_WENT_UP.match(sentence, m.end) for m in listed.mentions(sentence))


def _kind(words: str) -> Literal["changed", "stopped"] | None:
    if CHANGED_TO.search(PAIN_MOVED.sub(" ", words)):
        return "changed"
    if _STOPPED.search(words) and not _STOPPED_SOMETHING_ELSE.search(words):
        if _FOR_A_WHILE.search(words):
            return None
        return "changed" if _ONE_OF_THE_DOSES.search(words) else "stopped"
    if CHANGED.search(words):
        return "changed"
    return None


# "doctor switched me from tramadol to tapentadol", "swapped the tramadol for tapentadol",
# "moved me off tramadol onto tapentadol": the medicine replaced by another (Sandbox,
# Houston: only "changed my X to Y" was read)
_SWITCHED = re.compile(
    # (done, never "possibly switching … at some point")
    r"\b(?:switched|swapped|(?:moved|took|taken|changed)\s+"
    r"(?:me\s+|him\s+|her\s+)?(?:off|from|over\s+from))\b"
)


# A clinician's change to a dose told without the medicine's name ("the doctor said to go
# up to 300mg twice a day from tomorrow"): which one is for the person to tap (Sandbox,
# London: it was "didn't catch that", and before that a visit "with doctor said to …")
_CLINICIAN_CHANGED = re.compile(
    r"\b(?:doctor|doc|dr|gp|nurse|consultant|specialist|surgeon|pharmacist|prescriber|"
    r"pain\s+(?:clinic|team)|she|he|they)\b(?:'s|\s+has|\s+have)?\s+(?:just\s+)?(?:said|says|"
    r"told\s+me|wants|advised|asked\s+me|suggested|decided|upped|increased|reduced|lowered|"
    r"changed|put\s+me|moved\s+me|bumped)\b"
)
_DOSE_CHANGED = re.compile(
    r"\b(?:go(?:ing)?\s+(?:up|down)|increas\w*|reduc\w*|lower\w*|upped|cut\s+(?:down|back|it)|"
    r"doubl\w*|halv\w*|bump\w*|(?:once|twice|three\s+times|four\s+times|\d\s*x)\s+(?:a|per)\s+"
    r"day|(?:up|down)?\s*to\s+\d+(?:\.\d+)?\s*(?:mg|mcg)|every\s+\d+\s*(?:hours|hrs|h))\b"
)


def unnamed_change_told(text: str, meds: Sequence[str]) -> bool:
    """Whether `text` tells a clinician's change to a dose without naming which of the
    listed `meds` (none of them named, nothing asked)."""
    if not meds or len(text) > 300 or "?" in text:
        return False
    low = normalise(text)
    if not _CLINICIAN_CHANGED.search(low) or not _DOSE_CHANGED.search(low):
        return False
    return not Meds(list(meds), DEFAULT_RESOLVE).mentions(low)


# The new strength told with a change: "upped my gabapentin to 600", "gone up tae 150mg",
# "naproxen up to 500 twice a day" — never a count of tablets, a time or a pain score
# (a bare number is a strength only past 10; a score is 0-10)
_NEW_STRENGTH: Final = re.compile(
    r"\b(?:to|tae|now|is|at|on)\s+(?P<n>\d{1,4}(?:\.\d+)?)\s*(?P<unit>mg|mcg|micrograms?|ml)?\b"
    r"(?!\s*(?:/|out\s+of|tablets?|tabs?|pills?|caps\w*|times|x\b|hours?|hrs?|days?|weeks?|"
    r"am\b|pm\b|o'?clock|:|\.\d))"
)
# How often, told with it ("up to 500 twice a day"): the edit's to say, not the strength's
_HOW_OFTEN: Final = re.compile(
    r"\b(?:once|twice|thrice|(?:[1-6]|one|two|three|four)\s*(?:x|times))\s*(?:a|per|each|every)?\s*"
    r"(?:day|daily|night|nightly)\b|\bevery\s+\d+\s*(?:hours|hrs|h)\b|\b(?:bd|bid|tds|tid|qds|od)\b"
)
# Which way it went: "went up", "upped", "higher dose" — or down
_DOWN: Final = re.compile(r"\b(?:down|reduced?|lowered|lower|decreased|halved|cut|dropped|less)\b")


@dataclass(frozen=True, slots=True)
class NewDose:
    """What a change told says of the new dose: its strength when said ("600mg"), and
    whether it went down (the likely strengths asked are below the list's)."""

    strength: str | None
    down: bool
    #: A dose change alone: not a switch, one of the day's doses, nor how often.
    alone: bool = True


def new_dose_told(text: str, medicine: str, meds: Sequence[str]) -> NewDose:
    """The new strength `text` tells for listed `medicine` (in the clause naming it alone),
    and which way it went; not `alone` where more than its strength changed."""
    low = normalise(text)
    listed = Meds(list(meds), DEFAULT_RESOLVE)
    for clause in re.split(r"[.;!]|,\s|" + _AND.pattern, low):
        named = [m for m in listed.mentions(clause) if listed_as(m.generic, meds)]
        if {listed_as(m.generic, meds) for m in named} != {medicine}:
            continue
        down = bool(_DOWN.search(clause))
        if (
            _SWITCHED.search(clause)
            or _ONE_OF_THE_DOSES.search(clause)
            or _HOW_OFTEN.search(clause)
            or _another_medicine(clause, named[0].generic)
        ):
            # ("upped the gabapentin to 600 at night", "… three times a day", "changed the
            # tramadol for tapentadol"): the whole edit, never a strength alone that says
            # less than was told
            return NewDose(None, down, alone=False)
        for m in _NEW_STRENGTH.finditer(clause):
            amount = float(m["n"])
            if m["unit"] or amount > 10:
                said = m["unit"] or "mg"
                unit = "mcg" if said.startswith(("mcg", "micro")) else said
                return NewDose(f"{amount:g}{unit}", down)
        return NewDose(None, down)
    return NewDose(None, bool(_DOWN.search(low)), alone=False)


def _another_medicine(clause: str, generic: str) -> bool:
    """Whether `clause` names a medicine besides `generic` (the one it switches to)."""
    for word in re.findall(r"[a-z][a-z-]{3,}", clause):
        found = resolve_name(word)
        if found is not None and found.exact and found.generic != generic:
            return True
    return False
