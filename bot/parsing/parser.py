"""Free text -> intents (PRODUCT.md §5).

The message is normalised, red flags are looked for over whole sentences (they are
safety-critical and checked first), then each short clause ("6", "took 2 tylenol at
noon", "slept badly") is read by small rule-based detectors whose findings are merged
into at most one intent of each kind, except doses (one per medication and status).
Clauses that nothing explains become a ``note`` when something else was understood.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

from bot.knowledge import get_drug
from bot.parsing.intents import (
    ACTIVITY_KINDS,
    LOCATIONS,
    QUALITIES,
    SIDE_EFFECTS,
    ActivityIntent,
    DoseIntent,
    DoseStatus,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
    SkipReason,
    SleepIntent,
    SleepQuality,
    to_json,
)
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import MAX_CHARS, clauses, normalise
from bot.parsing.timephrases import TimeScan, resolve_scan, scan_time
from bot.parsing.vocabulary import (
    ACTIVITY_TERMS,
    LOCATION_TERMS,
    NUMBER_WORDS,
    PILL_WORDS,
    PRODUCT_NAME,
    QUALITY_TERMS,
    SIDE_EFFECT_TERMS,
    Resolve,
    product_name_key,
    resolve_name,
)

__all__ = ["parse", "to_json"]

# ---- numbers ---------------------------------------------------------------------------

_SMALL_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten"
_NUM = (
    r"(?:\d+(?:[.,]\d+)?|" + _SMALL_WORDS + r"|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"forty[-\s]five|fifty|sixty|ninety)"
)


def _to_float(token: str) -> float | None:
    token = token.strip().replace(",", ".")
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    if token.replace("-", " ") == "forty five":
        return 45.0
    try:
        return float(token)
    except ValueError:
        return None


def _minutes_of(n: str | None, unit: str) -> float | None:
    """Minutes in "half an" hour, "an" hour, "20" min."""
    if n is None:
        value: float | None = 1.0
    else:
        n = " ".join(n.split())
        if n in ("a", "an", "one"):
            value = 1.0
        elif n.startswith("half"):
            value = 0.5
        elif "quarter" in n:
            value = 0.25
        elif "couple" in n:
            value = 2.0
        elif "few" in n:
            value = 3.0
        else:
            value = _to_float(n)
    if value is None:
        return None
    return value * 60 if unit.startswith("h") else value


_DUR_N = (
    r"(?P<n>" + _NUM + r"|an?|half\s+an?|half|a\s+quarter\s+of\s+an?|a\s+couple\s+of|a\s+few)"
)
_DURATION = re.compile(r"\b" + _DUR_N + r"\s*(?P<u>minutes?|mins?|m|hours?|hrs?|h)\b(?!\s+ago)")

# ---- medications -----------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = re.compile(r"[a-z][a-z0-9'\-]*[a-z]")
# Common words never looked up as a medication: saves time, avoids fuzzy collisions.
_NOT_MEDS: Final[frozenset[str]] = _words(
    """a about after again all already also am an and any are as at back bad badly been
    before being better bit both but by can can't couldn't day did didn't do don't done down
    dose doses evening feel feeling felt fine for forgot from gave get go good got great had
    has have having he her him his hour hours how i i'm i've in is it it's its just last
    later leg legs like little lower made make makes me min mins minutes missed more morning
    much my night no noon not now of off ok okay on one or out over pain pill pills please
    pretty really remind right ran same she since skip skipped sleep slept so some still
    tablet tablets than that the them then there they this those today took too two up very
    was we well went were what when with woke worse yes yesterday yet you your taken take
    tired sleepy dizzy stomach killing walk walked exercises physio yep done"""
)
# Ingredients that are also sold alone; see _Meds._prefer.
_OTC_PARTNERS: Final[frozenset[str]] = frozenset({"acetaminophen", "ibuprofen", "aspirin"})
_PILL = PILL_WORDS
_PILL_RE = re.compile(r"\b" + _PILL + r"\b")


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    generic: str


class _Meds:
    """Finds medication mentions, preferring the user's own regimen."""

    def __init__(self, meds: Sequence[str], resolve: Resolve) -> None:
        self.meds = [" ".join(m.lower().split()) for m in meds if m and m.strip()]
        self.resolve = resolve
        self._first_words = {m.split()[0]: m for m in self.meds}
        self._seen: dict[str, list[_Mention]] = {}

    def _prefer(self, generic: str) -> str:
        if generic in self.meds:
            return generic
        for med in self.meds:
            # "lidocaine" -> the user's "lidocaine patch"; "oxycodone" or "codeine" ->
            # their "oxycodone/acetaminophen" or "acetaminophen/codeine". A plain
            # over-the-counter partner (tylenol, advil) is its own medicine: folding it
            # into the combination would record an opioid dose that was never taken.
            if med.startswith(generic + " ") or (
                generic not in _OTC_PARTNERS and generic in med.split("/")
            ):
                return med
        return generic

    def match_word(self, word: str) -> str | None:
        w = word.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 3 or w in _NOT_MEDS:
            return None
        if w in self._first_words:
            return self._first_words[w]
        if w in ("patch", "patches"):
            # "put the patch on": their one patch, whatever it is called.
            patches = [m for m in self.meds if "patch" in m]
            if len(patches) == 1:
                return patches[0]
        generic = self.resolve(w)
        if generic:
            return self._prefer(generic.lower())
        if len(w) >= 5 and self.meds:
            best = process.extractOne(w, self.meds, scorer=fuzz.ratio, score_cutoff=80)
            if best is not None and best[0][0] == w[0]:
                return best[0]
        return None

    def mentions(self, clause: str) -> list[_Mention]:
        # Asked again by the pain reader for the same clause: remembered per message.
        cached = self._seen.get(clause)
        if cached is not None:
            return cached
        out = self._find(clause)
        self._seen[clause] = out
        return out

    def _find(self, clause: str) -> list[_Mention]:
        out: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        if "tylenol" in clause or "contin" in clause:
            for m in PRODUCT_NAME.finditer(clause):
                generic = self.resolve(product_name_key(m))
                if generic:
                    out.append(_Mention(m.start(), m.end(), self._prefer(generic.lower())))
                    taken.append((m.start(), m.end()))
        for m in _WORD.finditer(clause):
            if any(a <= m.start() < b for a, b in taken):
                continue
            generic = self.match_word(m.group())
            if generic is not None:
                out.append(_Mention(m.start(), m.end(), generic))
        if taken:
            out.sort(key=lambda mention: mention.start)
        return out


# ---- dose verbs ------------------------------------------------------------------------

_TAKEN_VERB = re.compile(
    # Non-native and Pidgin English too: "I am take the ibuprofen", "I don take am",
    # "I already drink my celecoxib".
    r"\b(?:took|taken|swallowed|popped|had|used|applied|put\s+on|stuck\s+on|injected|"
    r"(?:am|have|has|did)\s+take|don\s+(?:take|drink|swallow)|drank|drink|drunk|"
    r"take\s+(?:it|them)\s+(?:now|already)|done\s+(?:it|that)|got\s+(?:it|them)\s+down|"
    # "put the patch on", "new patch on", "patch is on"
    r"(?:put|stuck)\s+(?:(?:it|my|the|a|a\s+new|new|fresh|another)\s+)?(?:[a-z]+\s+)?"
    r"patch(?:es)?\s+on|(?:new\s+|fresh\s+)?patch(?:es)?\s+(?:is\s+|are\s+)?on)\b"
)
_HAD_DOSE = re.compile(
    r"\s+(?:it|them|mine|my\s+(?:dose|meds|pills?|tablets?))\b(?!\s+(?:with|up|out|enough))"
)
_NOT_DOSE_OBJECT = re.compile(
    r"^\s*(?:a\s+(?:walk|nap|bath|shower|break|rest|look|seat|while|stroll|swim|dip|fall|"
    r"tumble|day|good|bad|rough|great|long|terrible|fever|temp|headache|migraine)|"
    r"(?:his|her|their|the\s+dog)\b|my\s+time|it\s+easy|ages|forever|long|part|place|"
    r"care|off|over)"
)
# "took about 2" is a count ("around 11" is a time, see timephrases._AT_BARE).
_ROUGHLY = r"(?:about|maybe|like|roughly|approx(?:imately)?)\s+"
_OBJECT = re.compile(
    r"^\s*(?:(?:it|them|that|those|these|both|all|mine|one|some|another|more|my|the|a|an|"
    r"(?:"
    + _ROUGHLY
    + r")?(?:\d+(?:\.\d+)?|"
    + _SMALL_WORDS
    + r")|around\s+\d+|half|x\d)\b|"
    + _PILL
    + r"\b)"
)
_NEG_TAKEN = re.compile(
    r"\b(?:didn't|haven't|hasn't|not|never|won't|wasn't|couldn't|can't|decided\s+not\s+to|"
    r"going\s+to\s+not|chose\s+not\s+to)\s+(?:\w+\s+)?(?:take|taken|taking|have|had|use|used)\b"
)
_NO_MED = re.compile(r"\b(?:no|skip(?:ping)?\s+the)\s+(?:more\s+|my\s+)?$")
_YET = re.compile(r"\b(?:yet|not\s+yet)\b")
_SKIP_VERB = re.compile(
    r"\b(?:skip(?:ped|ping|s)?|miss(?:ed|ing)|forg(?:o|e)t(?:ten|ting)?|ran\s+out|run\s+out|"
    r"running\s+out|out\s+of\s+(?=(?:my\s+|the\s+)?\w)|none\s+left|no\s+more\s+left|"
    r"left\s+(?:it|them|my\s+\w+)\s+at\s+home|passed\s+on|decided\s+against|"
    r"gave\s+(?:\w+\s+){1,2}a\s+miss|(?:left|leave|leaving)\s+(?:out|off)|"
    r"(?:didn't|don't|doesn't)\s+need\s+(?:it|them|one|any)|"
    r"no\s+more\s+(?:tablets?|pills?|meds|capsules?)\s+(?:remaining|left)|"
    r"(?:finished|used\s+up)\s+(?:the\s+)?(?:last|all)|hold(?:ing)?\s+(?:off\s+)?(?:the|my)\b|"
    r"not\s+(?:the|my)\b(?=\s+\w))"
    r"|(?<![\w])(?:\u274c|\u2716|\u2717)"
)
_FORGOT_NOT_SKIP = re.compile(
    r"forg(?:o|e)t(?:ten)?\s+(?:to\s+(?:log|tell|say|mention|record|reply|answer|press|click|"
    r"tap|write|add|report)|that\s+i|i\s+(?:took|had|already)|what|about\s+(?:the\s+)?"
    r"(?:appointment|time))"
)
_OUT_OF_FALSE = re.compile(
    r"out\s+of\s+(?:\d|10\b|ten\b|it\b|breath|bed|the\s+(?:house|car|bath|shower|bed)|town|"
    r"my\s+(?:mind|head|way|depth|league)|nowhere|work|hospital|sorts|action|pain|hand)"
)
_SNOOZE = re.compile(
    r"\b(?:snooze|snoozed|remind\s+me|ask\s+me\s+again|hang\s+on|later|not\s+now|not\s+yet|"
    r"in\s+a\s+(?:bit|minute|min|"
    r"moment|while|sec|second|few)|give\s+me\s+(?:\d+|a\s+(?:bit|minute|few|moment|sec)|"
    r"(?:a\s+)?(?:quarter|half)\s+(?:of\s+)?an?\s+hour|"
    r"" + _SMALL_WORDS + r")|hold\s+on|after\s+(?:dinner|lunch|breakfast|i\s+eat|food|my\s+meal|"
    r"eating|my\s+shower)|(?:busy|driving|out|working|cooking|at\s+work|in\s+a\s+meeting|"
    r"on\s+the\s+phone)\s+(?:right\s+)?now|in\s+" + _NUM + r"\s*(?:min(?:ute)?s?|m|h|hrs?|"
    r"hours?)|in\s+(?:half\s+)?an?\s+hour)\b|(?:\u23f0|\U0001f4a4|\u23f3)"
)
_LATER_FALSE = re.compile(
    r"(?:" + _NUM + r"|few|couple)\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+later|"
    r"later\s+(?:that|on\s+(?:i|it)|in\s+the)"
)
# "later", "after lunch", "in a bit" also describe when something happened ("dizzy
# after lunch", "pain got worse later"); they ask to wait only when said of the dose.
_VAGUE_WAIT = re.compile(r"later|after\s|in\s")
_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")
_FUTURE = re.compile(
    r"\b(?:i'll|will|gonna|going\s+to|let\s+me|rather|wait|remind|until|till|til|once|"
    r"when|want\s+to|need\s+to|have\s+to|got\s+to|gotta|prefer)\b"
)
_WAIT_FILLER: Final[frozenset[str]] = _words(
    """ok okay please pls thanks thank you thx sure yes yeah yep sorry maybe probably then
    i i'll will take taking it them that this one do my the meds med pills pill tablets
    tablet dose doses medicine medication for now just a"""
)


def _asks_to_wait(clause: str, hit: re.Match[str], mentions: Sequence[_Mention]) -> bool:
    """Whether a snooze phrase asks to postpone the dose rather than date a report."""
    if not _VAGUE_WAIT.match(hit.group()):
        return True
    if _FUTURE.search(clause):
        return True
    spans = [(hit.start(), hit.end())] + [(mm.start, mm.end) for mm in mentions]
    return all(
        t.group() in _WAIT_FILLER
        for t in _TOKEN.finditer(clause)
        if not any(a <= t.start() < b for a, b in spans)
    )


_SNOOZE_MIN = re.compile(
    r"\b(?:snooze|remind\s+me|give\s+me|wait|in|after|another|for)\s+(?:me\s+)?"
    r"(?:in\s+|for\s+|after\s+|again\s+in\s+)?"
    r"(?P<n>" + _NUM + r"|an?|half\s+an?|a\s+quarter\s+of\s+an?|quarter\s+of\s+an?|"
    r"a\s+couple\s+of|a\s+few)"
    r"(?:\s*(?:more\s+)?(?P<u>minutes?|mins?|m|hours?|hrs?|h)\b)?"
)
_AMOUNT = re.compile(
    r"\b(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>mg|milligrams?|mcg|micrograms?|\u00b5g|ug|g|grams?|ml|"
    r"millilit(?:er|re)s?|units?|iu)\b"
)
_UNIT_MAP: Final[dict[str, str]] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "microgram": "mcg",
    "micrograms": "mcg", "\u00b5g": "mcg", "ug": "mcg", "g": "g", "gram": "g", "grams": "g",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "unit": "unit", "units": "unit", "iu": "unit",
}  # fmt: skip
_COUNT_AFTER_VERB = re.compile(
    r"\b(?:took|taken|had|popped|swallowed|used|applied|put\s+on)\s+(?:my\s+|the\s+|another\s+)?"
    r"(?:" + _ROUGHLY + r")?"
    r"(?P<n>(?:\d+|" + _SMALL_WORDS + r")\s+and\s+a\s+half|\d+(?:\.5)?|" + _SMALL_WORDS
    + r"|a\s+couple\s+of|a\s+couple|couple|half(?:\s+an?)?|"
    r"an?|another)\b(?!\s*(?:mg|mcg|g\b|ml|units?|iu|%|min|mins|minutes|hours?|hrs?|am|pm|"
    r"a\.m|p\.m|o'clock|:|\.\d|h\b|walk|nap|bath|shower|break|rest|look|bad|good|great|rough|"
    r"fever|temp|headache|while|day|night))"
)
_COUNT_BEFORE_PILL = re.compile(
    r"\b(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r"|half\s+an?|half)\s+(?:x\s+)?(?:more\s+)?"
    r"(?:" + _PILL + r")\b"
)
_COUNT_BEFORE_MED = re.compile(
    r"\b(?P<n>(?:\d+|" + _SMALL_WORDS + r")\s+and\s+a\s+half|\d+(?:\.5)?|" + _SMALL_WORDS
    + r"|a\s+couple\s+of|a\s+couple|couple\s+of|"
    r"half\s+an?|half|an?|another)\s+(?:x\s+)?(?:more\s+)?(?:of\s+)?(?:my\s+|the\s+)?"
    r"(?:(?:extra|regular|max(?:imum)?)\s+strength\s+)?(?:" + _PILL + r"\s+of\s+)?$"
)
# "took my gabapentin twice", "a double dose": two doses' worth.
_TWICE = re.compile(r"\btwice\b|\bdouble\s+(?:dose|up|dosed)\b|\bdoubled\s+(?:up|the\s+dose)\b")
# "... and 3 more at 6", "..., then another at noon": a second dose of the same medicine.
_MORE_BODY = (
    r"(?:(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r"|a\s+couple)\s+more|"
    r"another(?:\s+(?P<m>\d+|" + _SMALL_WORDS + r"))?)\b"
)
_MORE = re.compile(r"(?:\band|\bthen|\bplus|,)\s+" + _MORE_BODY)
# The same at the start of its own clause ("…, then 2 more at 3pm").
_MORE_START = re.compile(r"^\s*(?:and\s+)?" + _MORE_BODY)
_COUNT_X = re.compile(r"\bx\s?(?P<n>\d)\b|\b(?P<m>\d)\s?x\b(?!\s*\d)")
_AFFIRM = _words(
    "yes yep yeah yup ya yas yea y done did it taken took all ok okay sure got thanks thank you "
    "ty ta po just now already both them mine my meds pills have i i've oh cheers and thx great "
    "good dose tablets tablet pill this morning evening one"
)
_AFFIRM_CORE = _words("yes yep yeah yup ya yas yea y done taken took")
_MED_AFFIRM = re.compile(r"\b(?:done|taken|yes|yep)\b|[\u2705\u2714\u2611]")
_AFFIRM_EMOJI = frozenset("\u2705\u2714\u2611\U0001f44d\U0001f44c\U0001f4aa\U0001f48a")
_NEGATE_ALONE = frozenset({"no", "nope", "nah", "\u274c", "\u2716", "\u2717"})

# ---- skip reasons ----------------------------------------------------------------------

_REASONS: Final[tuple[tuple[SkipReason, re.Pattern[str]], ...]] = (
    ("ran_out", re.compile(
        r"\b(?:ran\s+out|run\s+out|running\s+out|out\s+of\s+(?:my\s+|the\s+)?(?:pills|meds|"
        r"tablets|medication|stock|them|it\b)|none\s+left|no\s+more\s+(?:pills|tablets|left)|"
        r"need(?:s)?\s+(?:a\s+)?refill|prescription\s+(?:ran|run|has\s+run)\s+out|"
        r"pharmacy\s+(?:didn't|doesn't|hasn't|did\s+not)\s+have|couldn't\s+get\s+(?:a\s+)?"
        r"(?:refill|more|my\s+prescription)|no\s+refills?|empty\s+(?:bottle|box|pack)|"
        r"no\s+more\s+(?:tablets?|pills?|meds|capsules?)\s+(?:remaining|left)|"
        r"(?:finished|used\s+up)\s+(?:the\s+)?(?:last|all)|new\s+(?:script|prescription))"
    )),
    ("side_effects", re.compile(
        r"\b(?:side[-\s]?effects?|makes?\s+me|made\s+me|making\s+me|gives?\s+me|gave\s+me|"
        r"upsets?\s+my\s+stomach|reaction|because\s+of\s+the\s+(?:nausea|dizziness|"
        r"drowsiness|sickness)|too\s+(?:groggy|drowsy|sleepy|dizzy|sick|nauseous|woozy))"
    )),
    ("felt_fine", re.compile(
        r"\b(?:fe(?:el|lt|eling)\s+(?:\w+\s+)?(?:fine|good|better|great|ok(?:ay)?|alright|well)|"
        r"(?:don't|didn't|doesn't)\s+need|not\s+needed|no\s+need|wasn't\s+needed|"
        r"pain\s+(?:is|was|'s)\s+(?:\w+\s+)?(?:low|ok(?:ay)?|fine|manageable|better|gone|mild)|"
        r"no\s+pain|pain[-\s]free|doing\s+(?:fine|well|ok(?:ay)?|great)|not\s+(?:in\s+)?"
        r"(?:much\s+)?pain|didn't\s+hurt)"
    )),
    ("forgot", re.compile(
        r"\b(?:forg(?:o|e)t(?:ten|ting)?|slipped\s+my\s+mind|didn't\s+remember|"
        r"fell\s+asleep\s+before|totally\s+missed)"
    )),
    ("other", re.compile(
        r"\b(?:because|cause|cos|coz|bc|since\s+i|as\s+i\s+was|was\s+(?:at|out|away|busy|"
        r"travell?ing|driving|working)|busy|hospital|fasting|drinking|alcohol|surgery|"
        r"(?:doctor|doc|dr|gp|pharmacist|nurse|surgeon|specialist|consultant|physio)\s+"
        r"(?:said|told)|drinks?\b|wedding|party|"
        r"procedure|scan|operation)"
    )),
)  # fmt: skip

# ---- pain ------------------------------------------------------------------------------

_PAIN_OUT_OF = re.compile(
    r"(?<![\d.])(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r")\s*(?:/|out\s+of|outta|of)\s*(?:10|ten)\b"
)
# "pain went from 4 to 7", "back's gone from an 8 to a 5": the second number is now.
_PAIN_CHANGE = re.compile(
    r"\b(?:pain|back|sciatica|it)\w*(?:'s)?\s+(?:\w+\s+){0,2}?from\s+(?:a\s+|an\s+)?"
    r"(?P<a>\d+(?:\.5)?)(?:\s*/\s*10)?\s+(?:to|->|\u2192)\s+(?:a\s+|an\s+)?(?P<n>\d+(?:\.5)?)\b"
)
_PAIN_WORD_NUM = re.compile(
    r"\b(?:pain|hurts?|hurting|back|sciatica|score|level|rating|it's|it\s+is)\w*\s+(?:level\s+|score\s+|"
    r"is\s+|was\s+|'s\s+|at\s+|of\s+|about\s+|around\s+|maybe\s+|like\s+|a\s+|an\s+|now\s+|"
    r"today\s+|tonight\s+|right\s+now\s+|still\s+|solid\s+|strong\s+|:\s*|=\s*|-\s*|"
    r"probably\s+|roughly\s+|currently\s+|only\s+|just\s+)*(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")\b(?!\s*(?:mg|mcg|ml|units?|%|min|mins|minutes|hours?|hrs?|am|pm|a\.m|p\.m|:\d|"
    r"pills?|tablets?|days?|weeks?|times|o'?\s?clock))"
)
_NUM_PAIN = re.compile(
    r"\b(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r")\s+(?:pain|for\s+pain)\b(?!\s*(?:pills?|killers?|"
    r"meds|relief|medication|tablets?))"
)
_NO_PAIN = re.compile(
    r"\b(?:no\s+pain|pain[-\s]free|zero\s+pain|not\s+in\s+(?:any\s+)?pain|no\s+pain\s+at\s+all)\b"
)
_RANGE = re.compile(
    r"(?<![\d.:/])(?P<a>\d|10)\s*(?:-|to|or|\u2013)\s*(?P<b>\d|10)(?![\d.:/%]|\s*(?:mg|ml|h\b|hours?|"
    r"hrs?|min|am|pm))"
)
_BARE = re.compile(
    r"(?<![\w.:/#\u00a3$\u20ac-])(?P<n>10|\d(?:\.5)?|zero|two|three|four|five|six|seven|eight|"
    r"nine|ten|(?<=a\s)one)(?![\w%/:\u00b0]|\.\d|\s*(?:mg|mcg|g\b|ml|units?|iu|%|min\b|mins|minute|"
    r"hours?|hrs?|h\b|days?|weeks?|months?|years?|times|x\b|pills?|tablets?|tabs?|capsules?|caps?\b|"
    r"patch|puffs?|doses?|am\b|pm\b|a\.m|p\.m|o'clock|degrees|kg|lbs?|km|miles?|k\b|steps|cups?|"
    r"pounds|kilos?|stone|percent|euros?|dollars?|quid|bucks|laps|reps|sets|flights|floors|"
    r"glasses|more|of\s+(?:my|them|those|the|these)|nights?|people|kids|of\s+us))"
)
_BARE_PREV_BLOCK = re.compile(
    r"(?:day|week|month|year|dose|round|take|took|had|x|times|version|room|bus|floor|age|aged|"
    r"mood|enjoy\w*|activity|interfere\w*|sleep|slept|walked|over|under|than|since|of|from|"
    r"after|before|for|in|until|till|by|to|every|each|number|no|gave|give|snooze|remind\s+me\s+in|"
    r"about\s+(?:the|my)|my)\s*$"
)


def _named_alternation(terms: Sequence[tuple[str, str]], left: str, right: str) -> re.Pattern[str]:
    """One regex for a whole vocabulary; ``m.lastgroup`` names the canonical value.

    At one position the earlier entry wins, so "left leg" is leg_left, not leg, and
    "PT exercises" is physio, not exercise. One pass is much cheaper than one per term.
    """
    body = "|".join(f"(?P<{name}>{pat})" for name, pat in terms)
    return re.compile(left + "(?:" + body + ")" + right)


_LOCATIONS_RE = _named_alternation(LOCATION_TERMS, r"\b", r"\b")
_BOTTOM_OF_BACK = re.compile(r"\bbottom\s+of\s+(?:my\s+)?(?:back|spine)\b")
_BOTH_LEGS = re.compile(r"\bboth\s+(?:legs|thighs|calves|knees|feet|sides)\b")
_QUALITIES_RE = _named_alternation(QUALITY_TERMS, r"\b", r"\b")
_RADIATING_FALSE = re.compile(
    r"\b(?:(?:doesn't|don't|didn't|not|no\s+longer|isn't|never)\s+(?:\w+\s+)?(?:go(?:ing|es)?|"
    r"radiat\w*|spread\w*|travel\w*|shoot\w*|run(?:ning|s)?)\s+(?:down|into|to)|no\s+(?:sciatica|"
    r"radiating|radiation|leg\s+pain|shooting)|stays?\s+(?:in\s+(?:my\s+)?(?:lower\s+)?back|"
    r"local|put)|(?:just|only)\s+(?:in\s+)?(?:my\s+)?(?:lower\s+)?back|not\s+(?:going\s+)?down\s+"
    r"(?:my|the)\s+legs?|legs?\s+(?:are|is)\s+fine)"
)
_RADIATING_TRUE = re.compile(
    r"\b(?:down\s+(?:my|the|his|her|both|into)?\s*(?:\w+\s+){0,3}?(?:legs?|thighs?|calf|calves|foot|"
    r"feet|buttocks?|bum|butt|arms?|hip)|radiat\w*|into\s+my\s+(?:\w+\s+)?(?:legs?|buttocks?|"
    r"bum|butt|hip|foot|feet|arm|thigh|groin)|sciatica|sciatic|spread(?:s|ing)?\s+(?:to|into|"
    r"down)|travel(?:s|l?ing)?\s+(?:down|to|into)|runs?\s+down|running\s+down|goes\s+down|"
    r"going\s+down\s+my|shoot(?:s|ing)?\s+down|all\s+the\s+way\s+down|referred|"
    r"down\s+to\s+(?:my\s+|the\s+)?(?:legs?|knee|foot|feet|calf|ankle|toes)|"
    r"nerve\s+pain\s+down)"
)

# ---- side effects, sleep, activity, mood ------------------------------------------------

_EFFECTS_RE = _named_alternation(SIDE_EFFECT_TERMS, r"(?<!\w)", r"(?!\w)")
_EFFECT_FALSE = re.compile(
    r"tired\s+of|sick\s+(?:of|and\s+tired)|(?:ran|run)\s+out\s+of\s+it|sweat\s+(?:it|the)"
)
_NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|without|nor|none|zero|isn't|aren't|wasn't|don't|didn't|doesn't|"
    r"haven't|hasn't|free\s+of|less)\s+(?:\w+\s+){0,2}$"
)
_NEG_AFTER = re.compile(
    r"^\W*(?:is|are|was|has|have|'s)?\s*(?:been\s+)?(?:gone|fine|better|ok(?:ay)?|resolved|"
    r"cleared|went\s+away|no\s+longer|eased|settled)\b"
)
_SLEEP_POOR = re.compile(
    r"\bslept\s+(?:\w+\s+)?(?:badly|bad|poorly|terribly|terrible|awful(?:ly)?|horribly|"
    r"rubbish|crap|like\s+(?:crap|rubbish|shit|garbage))|\b(?:barely|hardly|didn't|couldn't|"
    r"can't|never|haven't)\s+(?:\w+\s+)?sle(?:ep|pt)\b(?!\s+(?:this|that|so|as)?\s*well)|"
    r"\bno\s+sleep|\b(?:bad|rough|terrible|awful|horrible|sleepless|restless|rubbish|crap|"
    r"crappy|broken|poor|disturbed|rotten|dreadful|miserable)\s+(?:night|sleep|nights)\b|"
    r"\bsleep\s+(?:was|is|has\s+been)\s+(?:\w+\s+)?(?:bad|poor|terrible|awful|rubbish|crap|"
    r"broken|disturbed|shocking|non-existent)|\bup\s+(?:all|half)\s+(?:the\s+)?night|"
    r"\bawake\s+(?:all|half|most\s+of)\s+(?:the\s+)?night|\bwoke\s+(?:up\s+)?(?:a\s+lot|"
    r"several\s+times|many\s+times|\d+\s+times|" + _SMALL_WORDS + r"\s+times|every\s+(?:hour|"
    r"\w+\s+hours)|constantly|repeatedly|loads|all\s+night)|\bkept\s+waking|\bkeep\s+waking|"
    r"\binsomnia\b|tossing\s+and\s+turning|\bslept\s+(?:only\s+|just\s+)?(?:a\s+)?little\b|"
    r"\b(?:not\s+much|little|hardly\s+any|barely\s+any)\s+sleep|pain\s+kept\s+me\s+(?:up|awake)|"
    r"\bkept\s+me\s+(?:up|awake)|\bcan't\s+sleep|\bcouldn't\s+(?:get\s+to\s+|fall\s+a)?sleep"
)
_SLEEP_FAIR = re.compile(
    r"\bslept\s+(?:\w+\s+)?(?:ok(?:ay)?|alright|all\s+right|so[-\s]so|fair|fairly|not\s+(?:too\s+)?"
    r"bad|reasonably|on\s+and\s+off|average|meh|not\s+great|not\s+well)\b|\b(?:ok(?:ay)?|so[-\s]so|"
    r"average|fair|alright|mixed|patchy|meh)\s+(?:night|sleep)\b|\bsleep\s+(?:was|is)\s+"
    r"(?:\w+\s+)?(?:ok(?:ay)?|alright|so[-\s]so|fair|average|patchy|not\s+great|not\s+bad)|"
    r"\bnot\s+(?:a\s+)?(?:great|good)\s+(?:night|sleep)|\bwoke\s+(?:up\s+)?(?:once|twice|a\s+few\s+times)"
)
_SLEEP_GOOD = re.compile(
    r"\bslept\s+(?:\w+\s+)?(?:well|great|good|soundly|like\s+a\s+(?:log|baby|rock)|through(?:\s+the"
    r"\s+night)?|brilliantly|amazing(?:ly)?|fine|better|deeply|solidly|ok\s+actually)\b|"
    r"\b(?:good|great|lovely|decent|full|restful|solid|amazing|excellent|peaceful|better)\s+"
    r"(?:night(?:'s)?(?:\s+sleep)?|sleep|night's\s+rest)\b|\bsleep\s+(?:was|is)\s+(?:\w+\s+)?"
    r"(?:good|great|fine|better|excellent|restful|decent)|\bwell\s+rested\b|\brested\s+well\b|"
    r"\bwoke\s+up\s+(?:feeling\s+)?(?:refreshed|rested)"
)
_SLEEP_WISH = re.compile(
    r"\b(?:kill|die|give\s+anything|wish|need|needed|want|hope|hoping|could\s+use|"
    r"would\s+love|dream\s+of|long\s+for)\b[^.]{0,30}$"
)
_SLEEP_HOURS = re.compile(
    r"\b(?:slept|sleep|sleeping|got|had|managed|only|just)\s*[:\-]?\s+(?:\w+\s+){0,2}?"
    r"(?:about\s+|around\s+|maybe\s+|"
    r"only\s+|just\s+|like\s+|barely\s+|nearly\s+|almost\s+|roughly\s+|a\s+solid\s+|under\s+|"
    r"over\s+|less\s+than\s+|more\s+than\s+)?(?P<h>"
    + _NUM
    + r"(?:\s*(?:-|to|or)\s*"
    + _NUM
    + r")?|an?|half\s+an?)\s*(?:and\s+a\s+half\s+)?(?:hours?|hrs?|h)\b(?!\s+ago)"
    r"(?P<half>\s+and\s+a\s+half)?|"
    r"\b(?P<h2>" + _NUM + r"(?:\s*(?:-|to)\s*" + _NUM + r")?)\s*(?:and\s+a\s+half\s+)?"
    r"(?:hours?|hrs?|h)\s+(?:of\s+)?(?:sleep|kip|shut[-\s]?eye)|"
    r"(?:\U0001f6cc|\U0001f634)\s*(?P<h3>" + _NUM + r")\s*(?:hours?|hrs?|h)\b"
)
_BARE_HOURS = re.compile(
    r"^(?:about|around|maybe|only|just|like|roughly|nearly|almost|barely|prob(?:ably)?|"
    r"max|tops)?\s*(?P<n>" + _NUM + r")\s*(?:hours?|hrs?|h)(?:\s+(?:of\s+)?(?:sleep|kip))?"
    r"(?:\s+(?:total|in\s+total|tops|max|at\s+most))?[\s.!]*$"
)
# "slept from 11 till 6": the hours between.
_SLEPT_FROM = re.compile(
    r"\bslept\s+from\s+(?P<a>\d{1,2})(?::\d\d)?\s*(?:am|pm)?\s+(?:till|til|until|to|-)\s+"
    r"(?P<b>\d{1,2})(?::\d\d)?\s*(?:am|pm)?\b"
)
_SLEEP_SCORE = re.compile(
    r"\bsleep\s+(?:quality\s+|was\s+|is\s+|:\s*)*(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")\s*(?:/|out\s+of)\s*10"
)
_ACTIVITY_RE = _named_alternation(ACTIVITY_TERMS, r"\b", r"\b")
_ACTIVITY_NEG = re.compile(
    r"(?:can't|couldn't|unable\s+to|hard\s+to|difficult\s+to|trouble|not|no|didn't|haven't|"
    r"too\s+much\s+pain\s+to|too\s+sore\s+to|when|while|after\s+too\s+much|skipped|missed|"
    r"cancel(?:l)?ed|painful|hurts\s+to|struggle\s+to|struggling\s+to)\s+(?:\w+\s+){0,2}$"
)
_ACTIVITY_FALSE = re.compile(
    r"running\s+(?:a\s+)?(?:temp|fever|out|low|late)|work\s+out\s+(?:why|how|what|if)|"
    r"walk(?:ing)?\s+(?:is|was)\s+(?:hard|painful|difficult|agony|impossible)"
)
_MOOD_SCORE = re.compile(
    r"\bmood(?:'s)?\s+(?:is\s+|was\s+|score\s+|at\s+|of\s+|about\s+|around\s+|like\s+|a\s+|an\s+|"
    r"maybe\s+|:\s*|=\s*|-\s*)*"
    r"(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r")\b(?:\s*(?:/|out\s+of)\s*(?:10|ten))?"
)
_MOOD_STRONG = (
    r"depressed|anxious|hopeless|frustrated|stressed(?:\s+out)?|miserable|irritable|tearful|"
    r"overwhelmed|lonely|happy|cheerful|grumpy|fed\s+up|upset|worried|nervous|scared|"
    r"optimistic|hopeful|motivated|emotional|angry|sad|panicky|teary|weepy|cranky|"
    r"in\s+good\s+spirits|in\s+low\s+spirits|low\s+mood|good\s+mood|bad\s+mood|great\s+mood|"
    r"down\s+in\s+the\s+dumps|on\s+edge|content|relaxed|calm|positive"
)
_MOOD_WEAK = r"low|down|good|great|ok(?:ay)?|fine|better|worse|flat|blue|rubbish|awful|terrible"
_MOOD_RE = re.compile(
    r"\b(?:(?:feel(?:ing|s)?\s+|felt\s+|mood\s+(?:is\s+|was\s+|'s\s+)?|i'm\s+|i\s+am\s+|been\s+)"
    r"(?:(?:a\s+)?(?:bit|little|very|really|so|quite|pretty|super|rather|kind\s+of|kinda|"
    r"extremely|totally|more|less|a\s+lot|much|emotionally|mentally)\s+)*(?P<w>"
    + _MOOD_WEAK
    + "|"
    + _MOOD_STRONG
    + r")|(?P<s>"
    + _MOOD_STRONG
    + r"))\b"
)
_MOOD_CANON: Final[dict[str, str]] = {
    "okay": "ok", "stressed out": "stressed", "teary": "tearful", "weepy": "tearful",
    "cranky": "grumpy", "low mood": "low", "bad mood": "low", "good mood": "good",
    "great mood": "good", "in good spirits": "good", "in low spirits": "low",
    "down in the dumps": "down",
}  # fmt: skip

_FILLER: Final[frozenset[str]] = _words(
    """ok okay thanks thank you thx ty hi hello hey lol so and the a an today now well yes no
    just um uh hmm also too again yeah anyway still bit very really pretty quite as usual
    same i my it is was of to in on at for with this that me tonight hm oh ah morning
    evening night good cheers please sorry all fine great better"""
)
_ALNUM = re.compile(r"[a-z][a-z']+")


@dataclass(slots=True)
class _DoseEvent:
    status: DoseStatus
    medication: str | None = None
    amount: float | None = None
    unit: str | None = None
    count: float | None = None
    at: str | None = None
    minutes: int | None = None
    reason: SkipReason | None = None
    clause: int = 0
    explicit_reason: bool = False
    # Several doses of one medicine in one message ("2 at 8 and 2 more at 3") differ here.
    part: int = 0


@dataclass(slots=True)
class _Found:
    """Everything the clause detectors found in one message."""

    doses: list[_DoseEvent] = field(default_factory=list)
    pain: list[tuple[int, float]] = field(default_factory=list)  # (strength, score)
    locations: set[str] = field(default_factory=set)
    qualities: set[str] = field(default_factory=set)
    radiating: bool | None = None
    effects: set[str] = field(default_factory=set)
    sleep_quality: SleepQuality | None = None
    sleep_hours: float | None = None
    activity: set[str] = field(default_factory=set)
    activity_minutes: float = 0.0
    mood_score: float | None = None
    mood_words: list[str] = field(default_factory=list)
    explained: list[bool] = field(default_factory=list)
    time_only: list[TimeScan | None] = field(default_factory=list)


def _negated_at(text: str, start: int, end: int) -> bool:
    return bool(_NEG_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        _NEG_AFTER.match(text[end : end + 30])
    )


def _mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


# ---- clause detectors ------------------------------------------------------------------


def _dose_events(
    clause: str, idx: int, meds: _Meds, now: datetime, zone: ZoneInfo, tscan: TimeScan
) -> list[_DoseEvent]:
    """Dose events in one clause: verbs split it into segments, meds attach to them."""
    verbs: list[tuple[int, int, DoseStatus]] = []
    mentions = meds.mentions(clause)
    has_yet = bool(_YET.search(clause))
    for m in _NEG_TAKEN.finditer(clause):
        verbs.append((m.start(), m.end(), "snoozed" if has_yet else "skipped"))
    negated_spans = [(a, b) for a, b, _ in verbs]
    for m in _SKIP_VERB.finditer(clause):
        if any(a <= m.start() < b for a, b in negated_spans):
            continue
        word = m.group()
        if word.startswith("forg") and _FORGOT_NOT_SKIP.match(clause, m.start()):
            continue
        if word.startswith("out") and _OUT_OF_FALSE.match(clause, m.start()):
            continue
        if word.startswith("out") and not (
            mentions or _PILL_RE.search(clause, m.end(), m.end() + 30)
        ):
            continue
        if word.startswith("not") and not mentions:
            continue
        if word.startswith("miss") and not (
            mentions
            or _PILL_RE.search(clause)
            or re.search(r"\b(?:it|them|dose|one|ones)\b", clause)
        ):
            continue
        verbs.append((m.start(), m.end(), "skipped"))
    # "no ibuprofen today": a medicine named right after "no"/"without" was not taken.
    for mm in mentions:
        neg = _NO_MED.search(clause, 0, mm.start)
        if neg and not any(a <= neg.start() < b for a, b, _ in verbs):
            verbs.append((neg.start(), neg.end(), "skipped"))
    for m in _TAKEN_VERB.finditer(clause):
        if any(a <= m.start() < b for a, b, _ in verbs):
            continue
        rest = clause[m.end() :]
        word = m.group()
        if _NOT_DOSE_OBJECT.match(rest):
            continue
        near_med = any(m.end() <= mm.start <= m.end() + 30 for mm in mentions)
        near_pill = bool(_PILL_RE.search(clause, m.end(), m.end() + 30))
        if word.startswith("don "):
            verbs.append((m.start(), m.end(), "taken"))  # "I don take am"
            continue
        if word in ("had", "used", "applied", "put on", "stuck on", "injected", "drank", "drink"):
            # "had it at 2:30", "had mine": a dose; "had it with this pain": not.
            had_dose = word == "had" and bool(_HAD_DOSE.match(rest))
            if not (near_med or near_pill or had_dose):
                continue
        elif not (near_med or near_pill or _OBJECT.match(rest) or not rest.strip()):
            continue
        verbs.append((m.start(), m.end(), "taken"))
    # "ibuprofen done", "gabapentin ✅": a med and an affirmation, no verb.
    if not verbs and mentions and _MED_AFFIRM.search(clause):
        verbs.append((mentions[0].start, mentions[0].end, "taken"))
    # "ibuprofen 400mg at 2pm", "2 panadol with breakfast", "lyrica 75", "percocet x1 just
    # now": a med with an amount, a count, a strength or a time reads as a log entry.
    if not verbs and mentions and _reads_as_log(clause, mentions[0], tscan):
        verbs.append((mentions[0].start, mentions[0].end, "taken"))
    snooze_hits = [
        m
        for m in _SNOOZE.finditer(clause)
        if not (m.group() == "later" and _LATER_FALSE.search(clause))
        and _asks_to_wait(clause, m, mentions)
    ]
    if not verbs and snooze_hits:
        verbs.append((snooze_hits[0].start(), snooze_hits[0].end(), "snoozed"))
    if not verbs:
        return []
    verbs.sort()
    events: list[_DoseEvent] = []
    for i, (start, _end, status) in enumerate(verbs):
        seg_start = 0 if i == 0 else start
        seg_end = verbs[i + 1][0] if i + 1 < len(verbs) else len(clause)
        seg = clause[seg_start:seg_end]
        seg_meds: list[str] = []
        med_starts: list[int] = []
        med_counts: list[float | None] = []
        before = seg_start
        med_ends: list[int] = []
        for mm in mentions:
            if seg_start <= mm.start < seg_end and mm.generic not in seg_meds:
                seg_meds.append(mm.generic)
                med_starts.append(mm.start)
                med_ends.append(mm.end)
                med_counts.append(_count_before(clause[before : mm.start]))
                before = mm.end
        amounts = [
            (float(a["n"].replace(",", ".")), _UNIT_MAP[a["u"]]) for a in _AMOUNT.finditer(seg)
        ]
        count = _count_in(seg)
        at: str | None = None
        minutes: int | None = None
        if status == "snoozed":
            minutes = _snooze_minutes(seg)
        else:
            seg_scan = scan_time(seg) if (seg_start, seg_end) != (0, len(clause)) else tscan
            when = resolve_scan(seg_scan, now, zone)
            if when is not None:
                at = when.isoformat(timespec="seconds")
        reason: SkipReason | None = None
        explicit = False
        if status == "skipped":
            word = clause[start:_end]
            if word.startswith(("ran", "run", "out", "none", "no more")):
                reason, explicit = "ran_out", True
            elif word.startswith("forg"):
                reason, explicit = "forgot", True
        targets: list[str | None] = list(seg_meds) if seg_meds else [None]
        if status == "taken" and len(targets) == 1:
            more = _MORE.search(seg)
            if more is not None and more.start() > 0:
                # "took 3 advil at 2 and 3 more at 6": two doses of one medicine.
                events.extend(_two_doses(seg, more, targets[0], amounts, now, zone, idx))
                continue
            if count in (None, 1.0) and _TWICE.search(seg):
                count = 2.0  # "a double dose", "took 1 twice"
        per_med_at = _times_per_med(clause, med_starts, seg_end, now, zone, status)
        for j, med in enumerate(targets):
            amount, unit = (None, None)
            if len(amounts) == len(targets):
                amount, unit = amounts[j]
            elif amounts and len(targets) == 1:
                amount, unit = amounts[0]
            elif med is not None and j < len(med_ends):
                # "lyrica 75", "neurontin taken, 300": a marketed strength, in mg.
                strength = _bare_strength(clause, med_ends[j], med)
                if strength is not None:
                    amount, unit = strength, "mg"
            events.append(
                _DoseEvent(
                    status=status,
                    medication=med,
                    amount=amount,
                    unit=unit,
                    count=_count_for(count, med_counts, j, len(targets)),
                    at=per_med_at[j] if per_med_at else at,
                    minutes=minutes,
                    reason=reason,
                    clause=idx,
                    explicit_reason=explicit,
                )
            )
    return events


def _more_of_the_last(
    clause: str,
    idx: int,
    doses: list[_DoseEvent],
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
    parts: list[str],
) -> list[_DoseEvent]:
    """ "…, then 2 more at 3pm": a clause that adds doses of the medicine just taken."""
    m = _MORE_START.match(clause)
    last = doses[-1] if doses else None
    if m is None or last is None or last.status != "taken":
        return []
    when = resolve_scan(tscan, now, zone)
    if when is not None:
        last.at = _before(last.at, when, scan_time(parts[last.clause]), zone)
    return [
        _DoseEvent(
            status="taken",
            medication=last.medication,
            amount=last.amount,
            unit=last.unit,
            count=_more_count(m),
            at=when.isoformat(timespec="seconds") if when is not None else None,
            clause=idx,
            part=last.part + 1,
        )
    ]


def _more_count(m: re.Match[str]) -> float | None:
    """The count of a _MORE_BODY match: "3 more" is 3, "another" is 1."""
    raw = m["n"] or m["m"]
    return _count_value(raw) if raw else 1.0


def _before(
    first_at: str | None, second: datetime, first_scan: TimeScan, zone: ZoneInfo
) -> str | None:
    """The first of two doses comes first: "1 at 8, then 2 more at 3pm" said in the evening
    is 08:00, not the 20:00 a bare "at 8" alone would be."""
    if first_at is None:
        return None
    first = datetime.fromisoformat(first_at)
    bare = first_scan.clock is not None and first_scan.clock.period is None
    if bare and not first_scan.anchor and first > second:
        # Twelve hours earlier on the wall clock, whatever daylight saving did between.
        wall = first.astimezone(zone).replace(tzinfo=None) - timedelta(hours=12)
        earlier = wall.replace(tzinfo=zone)
        if earlier < second:
            return earlier.isoformat(timespec="seconds")
    return first_at


def _two_doses(
    seg: str,
    more: re.Match[str],
    medication: str | None,
    amounts: list[tuple[float, str]],
    now: datetime,
    zone: ZoneInfo,
    idx: int,
) -> list[_DoseEvent]:
    """The dose before "and N more" and the N after it, each with its own time."""
    amount, unit = amounts[0] if len(amounts) == 1 else (None, None)
    out: list[_DoseEvent] = []
    first = seg[: more.start()]
    halves = ((first, _count_in(first)), (seg[more.end() :], _more_count(more)))
    for n, (text, count) in enumerate(halves):
        when = resolve_scan(scan_time(text), now, zone)
        if n == 1 and when is not None:
            out[0].at = _before(out[0].at, when, scan_time(first), zone)
        out.append(
            _DoseEvent(
                status="taken",
                medication=medication,
                amount=amount,
                unit=unit,
                count=count,
                at=when.isoformat(timespec="seconds") if when is not None else None,
                clause=idx,
                part=n,
            )
        )
    return out


def _times_per_med(
    clause: str,
    starts: list[int],
    seg_end: int,
    now: datetime,
    zone: ZoneInfo,
    status: DoseStatus,
) -> list[str | None]:
    """ "ibuprofen at 8 and gabapentin at 2pm": each medicine takes the time after it."""
    if len(starts) < 2 or status == "snoozed":
        return []
    out: list[str | None] = []
    for j, start in enumerate(starts):
        end = starts[j + 1] if j + 1 < len(starts) else seg_end
        when = resolve_scan(scan_time(clause[start:end]), now, zone)
        out.append(when.isoformat(timespec="seconds") if when else None)
    if all(a is None for a in out):
        return []
    # A time given once for all ("ibuprofen and gabapentin at 8am") applies to each.
    last = out[-1]
    return [a if a is not None else last for a in out]


def _count_in(seg: str) -> float | None:
    m = _COUNT_AFTER_VERB.search(seg)
    raw: str | None = None
    if m:
        raw = m["n"]
    else:
        m2 = _COUNT_BEFORE_PILL.search(seg)
        if m2:
            raw = m2["n"]
        else:
            m3 = _COUNT_X.search(seg)
            if m3:
                raw = m3["n"] or m3["m"]
    return _count_value(raw)


_BARE_STRENGTH = re.compile(
    r"\s*(?:(?:taken|done|tab(?:let)?s?)\b[\s,]*)?[,\s]*(?P<n>\d{1,4}(?:\.\d+)?)"
    r"(?![\d.,/:%]|\s*(?:mg|mcg|g\b|ml|x\b|am\b|pm\b|a\.m|p\.m|o'?clock|hours?|hrs?|h\b|"
    r"min|times?|tabs?|tablets?|pills?|caps?|capsules?|of\b|out\b|more\b|patch|days?))"
)


def _bare_strength(clause: str, end: int, generic: str) -> float | None:
    """A number just after a medicine's name that is one of its marketed strengths (mg):
    "lyrica 75", "gabapentin 600 done". Checked against the knowledge file, so "advil 2"
    or "norco 7" stays a count or a score."""
    m = _BARE_STRENGTH.match(clause, end)
    if m is None:
        return None
    value = float(m["n"])
    drug = get_drug(generic) or get_drug(generic.split(" ")[0])
    if drug is None:
        return None
    if any(abs(s.amounts.get(drug.primary_ingredient, -1) - value) < 1e-6 for s in drug.strengths):
        return value
    return None


def _reads_as_log(clause: str, first: _Mention, tscan: TimeScan) -> bool:
    """Whether a verbless clause naming a medicine logs a dose of it."""
    if _AMOUNT.search(clause) or tscan.clock or tscan.ago or _COUNT_X.search(clause):
        return True
    if _NOT_A_LOG.search(clause):
        return False  # "2 norco left", "should I take 2 advil?", "need to buy panadol"
    if _count_before(clause[: first.start]) is not None:
        return True
    if _JUST_NOW.search(clause):
        return True
    return _bare_strength(clause, first.end, first.generic) is not None


_NOT_A_LOG = re.compile(
    r"\?|\b(?:left|remaining|to\s+go|should|shall|can|could|may|do\s+i|will|going\s+to|gonna|"
    r"need|want|take|buy|bought|get|order|pick\s+up|prescribed|script|run(?:ning)?\s+out|"
    r"ran\s+out|supply|bottle|box|pack)\b"
)
_ONLY_COUNT = re.compile(
    r"^\s*(?P<n>\d{1,2}|" + _SMALL_WORDS + r")\s+(?:of\s+them|" + _PILL + r")\s*$"
)
_ONLY_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
_JUST_NOW = re.compile(r"\b(?:just\s+now|down\b|gone\s+down|in\s+me|this\s+morning|tonight)")


_NUMBER_AFTER_NAME = re.compile(r"\s*(?:x\s*)?\d{1,4}(?:\.\d+)?\b")


def _near_name(clause: str, mm: _Mention) -> tuple[int, int]:
    """The span of a medicine's name with the count before it and the number after it."""
    start = mm.start
    before = _COUNT_BEFORE_MED.search(clause[: mm.start])
    if before is not None:
        start = before.start()
    after = _NUMBER_AFTER_NAME.match(clause, mm.end)
    return start, after.end() if after else mm.end


def _count_for(count: float | None, per_med: list[float | None], j: int, n: int) -> float | None:
    """The count of target `j`: the segment's own, or the one just before its name."""
    if n == 1:
        return count if count is not None or not per_med else per_med[0]
    return per_med[j] if j < len(per_med) else None


def _count_before(text: str) -> float | None:
    """The count written just before a medicine's name ("2 advil", "a couple of tylenol")."""
    m = _COUNT_BEFORE_MED.search(text)
    return _count_value(m["n"]) if m else None


def _count_value(raw: str | None) -> float | None:
    if raw is None:
        return None
    raw = " ".join(raw.split())
    if raw.endswith(" and a half"):
        whole = _count_value(raw.removesuffix(" and a half"))
        return whole + 0.5 if whole is not None else None
    if raw in ("a", "an", "another"):
        return 1.0
    if raw.startswith("half"):
        return 0.5
    if "couple" in raw:
        return 2.0
    value = _to_float(raw)
    return value if value is not None and 0 < value <= 20 else None


# A whole message that is only a length of time ("10 min", "5 more mins") answers the
# reminder's "how long?": a snooze.
_ONLY_DURATION = re.compile(
    r"^(?:ok(?:ay)?\s+|just\s+|another\s+)?(?P<n>" + _NUM + r"|half\s+an?|an?)\s*(?:more\s+)?"
    r"(?P<u>minutes?|mins?|m|hours?|hrs?|h)(?:\s+(?:more|please|pls|plz))?[\s.!]*$"
)


def _snooze_minutes(seg: str) -> int | None:
    for m in _SNOOZE_MIN.finditer(seg):
        unit = m["u"] or "min"
        value = _minutes_of(m["n"], unit)
        if m["u"] is None and m["n"] in ("a", "an"):
            continue
        if value is not None and 0 < value <= 24 * 60:
            return round(value)
    m2 = re.search(r"\bhalf\s+an?\s+hour\b", seg)
    if m2:
        return 30
    if re.search(r"\ban?\s+hour\b", seg):
        return 60
    return None


# Spine levels ("L4-5", "L5-S1", "C5-C6", "T12") name a place in the spine, never a score.
_SPINE_LEVEL = re.compile(
    r"\b[ctls]\s?(?:1[0-2]|[1-9])(?:\s*(?:-|/|\u2013|to|and)\s*(?:[ctls]\s?)?(?:1[0-2]|[1-9]))?\b"
)


_SPINE_REGION = {"c": "neck", "t": "mid_back", "l": "lower_back", "s": "lower_back"}


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


def _pain_scores(clause: str, masked: str, dose_clause: bool) -> list[tuple[int, float]]:
    clause, masked = _blank(_SPINE_LEVEL, clause), _blank(_SPINE_LEVEL, masked)
    out: list[tuple[int, float]] = []
    change = _PAIN_CHANGE.search(clause)
    if change:
        a, v = _to_float(change["a"]), _to_float(change["n"])
        if a is not None and v is not None and 0 <= a <= 10 and 0 <= v <= 10:
            return [(3, v)]
    for m in _PAIN_OUT_OF.finditer(masked):
        v = _to_float(m["n"])
        if v is not None and 0 <= v <= 10:
            out.append((3, v))
    if out:
        return out
    if _NO_PAIN.search(clause):
        return [(2, 0.0)]
    for pat in (_PAIN_WORD_NUM, _NUM_PAIN):
        for m in pat.finditer(clause):
            v = _to_float(m["n"])
            if v is not None and 0 <= v <= 10:
                out.append((2, v))
    if out or dose_clause:
        return out
    r = _RANGE.search(masked)
    if r and not _BARE_PREV_BLOCK.search(masked[: r.start()]):
        a, b = int(r["a"]), int(r["b"])
        if 0 <= a <= 10 and 0 <= b <= 10 and a <= b:
            return [(1, float(b))]
    for m in _BARE.finditer(masked):
        if _BARE_PREV_BLOCK.search(masked[max(0, m.start() - 25) : m.start()]):
            continue
        v = _to_float(m["n"]) if m["n"] != "one" else 1.0
        if v is not None and 0 <= v <= 10:
            out.append((1, v))
            break
    return out


def _pain_details(clause: str, found: _Found) -> bool:
    hit = False
    text = _BOTTOM_OF_BACK.sub(" lower back ", clause)
    if _BOTH_LEGS.search(text):
        found.locations.update(("leg_left", "leg_right"))
        text = _BOTH_LEGS.sub(" ", text)
        hit = True
    for m in _LOCATIONS_RE.finditer(text):
        if m.lastgroup and not _negated_at(text, m.start(), m.end()):
            found.locations.add(m.lastgroup)
            hit = True
    for m in _SPINE_LEVEL.finditer(text):
        # "L4-5" says where (lower back); the clause stays a note of what was found there.
        found.locations.add(_SPINE_REGION[m.group()[0]])
    for m in _QUALITIES_RE.finditer(clause):
        if m.lastgroup and not _negated_at(clause, m.start(), m.end()):
            found.qualities.add(m.lastgroup)
            hit = True
    if _RADIATING_FALSE.search(clause):
        if found.radiating is None:
            found.radiating = False
        hit = True
    elif _RADIATING_TRUE.search(clause):
        found.radiating = True
        hit = True
    return hit


def radiating(text: str) -> bool | None:
    """Whether normalised ``text`` says the pain runs down a limb (True), stays put
    (False), or neither (None)."""
    if _RADIATING_FALSE.search(text):
        return False
    return True if _RADIATING_TRUE.search(text) else None


def _side_effects(clause: str) -> set[str]:
    effects: set[str] = set()
    for m in _EFFECTS_RE.finditer(clause):
        if not m.lastgroup or m.lastgroup in effects:
            continue
        if _EFFECT_FALSE.match(clause, max(0, m.start() - 8)) or _EFFECT_FALSE.match(
            clause, m.start()
        ):
            continue
        if _negated_at(clause, m.start(), m.end()):
            continue
        effects.add(m.lastgroup)
    return effects


def _sleep(clause: str) -> tuple[SleepQuality | None, float | None]:
    quality: SleepQuality | None = None
    if _SLEEP_POOR.search(clause):
        quality = "poor"
    elif _SLEEP_FAIR.search(clause):
        quality = "fair"
    else:
        g = _SLEEP_GOOD.search(clause)
        if g and not _SLEEP_WISH.search(clause[: g.start()]):
            quality = "good"
    hours: float | None = None
    m = _SLEEP_HOURS.search(clause)
    if m:
        raw = m["h"] or m["h2"] or m["h3"]
        parts = re.split(r"\s*(?:-|to|or)\s*", raw.strip())
        values = [_minutes_of(p, "h") for p in parts if p]
        nums = [v / 60 for v in values if v is not None]
        if nums:
            hours = sum(nums) / len(nums)
            if m["half"] or "and a half" in m.group():
                hours += 0.5
            if not 0 < hours <= 24:
                hours = None
    span = _SLEPT_FROM.search(clause)
    if hours is None and span:
        gap = (int(span["b"]) - int(span["a"])) % 12 or 12
        hours = float(gap)
    s = _SLEEP_SCORE.search(clause)
    if quality is None and s:
        v = _to_float(s["n"])
        if v is not None:
            quality = "poor" if v <= 3 else "fair" if v <= 6 else "good"
    if quality is None and hours is not None:
        quality = "poor" if hours < 6 else "fair" if hours < 7 else "good"
    return quality, hours


def _activity(clause: str, found: _Found) -> bool:
    hit = False
    for m in _ACTIVITY_RE.finditer(clause):
        if not m.lastgroup or _ACTIVITY_FALSE.match(clause, m.start()):
            continue
        if _ACTIVITY_NEG.search(clause[max(0, m.start() - 40) : m.start()]):
            continue
        found.activity.add(m.lastgroup)
        hit = True
    if hit:
        for m in _DURATION.finditer(clause):
            v = _minutes_of(m["n"], m["u"])
            if v is not None and 0 < v <= 24 * 60:
                found.activity_minutes += v
    return hit


# "upset stomach", "upset my tummy": the stomach, not the mood.
_STOMACH_BEFORE = re.compile(
    r"(?:stomach|tummy|belly|gut)(?:'s|\s+(?:is|was|feels?|felt|got|gets))?\s*"
    r"(?:so\s+|really\s+|very\s+|a\s+bit\s+|quite\s+)?$"
)
_UPSET_STOMACH = re.compile(r"\s+(?:my\s+|the\s+|his\s+|her\s+)?(?:stomach|tummy|belly|gut)\b")


def _mood(clause: str, found: _Found) -> bool:
    hit = False
    s = _MOOD_SCORE.search(clause)
    if s:
        v = _to_float(s["n"])
        if v is not None and 0 <= v <= 10:
            found.mood_score = v
            hit = True
    for m in _MOOD_RE.finditer(clause):
        word = " ".join((m["w"] or m["s"]).split())
        if _NEG_BEFORE.search(clause[max(0, m.start() - 30) : m.start()]) or re.search(
            r"\bnot\s+(?:\w+\s+)?$", clause[m.start() : m.start("w") if m["w"] else m.start()]
        ):
            continue
        if word == "upset" and (
            _STOMACH_BEFORE.search(clause[: m.start("s")]) or _UPSET_STOMACH.match(clause, m.end())
        ):
            continue
        word = _MOOD_CANON.get(word, word)
        if word not in found.mood_words:
            found.mood_words.append(word)
        hit = True
    return hit


# ---- whole message ---------------------------------------------------------------------


def _is_affirmation(low: str) -> DoseStatus | None:
    if len(low) > 60:  # a bare "yes"/"✅" reply is short; skip the per-character scan
        return None
    chars = "".join(" " if unicodedata.category(c).startswith("P") else c for c in low)
    tokens: list[str] = []
    for raw in chars.replace("\ufe0f", " ").split():
        word = "".join(c for c in raw if c.isalnum() or c == "'")
        emoji = [c for c in raw if not (c.isalnum() or c == "'")]
        if word:
            tokens.append(word)
        tokens.extend(emoji)
    if not tokens:
        return None
    if all(t in _NEGATE_ALONE for t in tokens):
        return "skipped"
    if any(t in _AFFIRM_CORE or t in _AFFIRM_EMOJI for t in tokens) and all(
        t in _AFFIRM or t in _AFFIRM_EMOJI for t in tokens
    ):
        return "taken"
    return None


_IT = re.compile(r"\b(?:it|them|that\s+one)\b")
_PAST_DAYS = frozenset({"yesterday", "the day before yesterday", "last night"})


def _substantive(clause: str) -> bool:
    return any(w not in _FILLER for w in _ALNUM.findall(clause))


def _analyse(low: str, meds: _Meds, now: datetime, zone: ZoneInfo) -> tuple[_Found, list[str]]:
    found = _Found()
    parts = clauses(low)
    for idx, clause in enumerate(parts):
        tscan = scan_time(clause)
        events = _dose_events(clause, idx, meds, now, zone, tscan)
        if not events:
            events = _more_of_the_last(clause, idx, found.doses, now, zone, tscan, parts)
        found.doses.extend(events)
        masked = _mask(clause, tscan.spans)
        masked = _AMOUNT.sub(lambda m: " " * len(m.group()), masked)
        # A number next to a medicine's name is a count or a strength, never a pain score.
        masked = _mask(masked, [_near_name(clause, mm) for mm in meds.mentions(clause)])
        effects = _side_effects(clause)
        found.effects |= effects
        quality, hours = _sleep(clause)
        if quality is not None:
            found.sleep_quality = found.sleep_quality or quality
            if hours is not None and found.sleep_hours is None:
                found.sleep_hours = hours
        activity_hit = _activity(clause, found)
        mood_hit = _mood(clause, found)
        # Numbers that belong to sleep, mood, snooze or activity are not pain scores.
        numbers_taken = (
            hours is not None
            or (found.mood_score is not None and mood_hit)
            or (activity_hit and bool(_DURATION.search(clause)))
            or bool(_SLEEP_SCORE.search(clause))
        )
        scores = (
            _pain_scores(clause, masked, bool(events) or numbers_taken)
            if not (numbers_taken and not _PAIN_OUT_OF.search(masked))
            else []
        )
        if mood_hit and found.mood_score is not None:
            scores = [s for s in scores if s[0] >= 2 and "mood" not in clause]
        if tscan.anchor in _PAST_DAYS:
            # "yesterday was an 8, today more like 5": today's score is the one to keep.
            scores = [(p - 10, v) for p, v in scores]
        found.pain.extend(scores)
        details_hit = False
        if not effects:
            details_hit = _pain_details(clause, found)
        reason_hit = any(p.search(clause) for _, p in _REASONS)
        explained = bool(
            events or scores or effects or quality or activity_hit or mood_hit or details_hit
        )
        skipped = any(d.status == "skipped" for d in found.doses)
        found.explained.append(explained or (reason_hit and skipped))
        has_time = bool(tscan.ago or tscan.clock or tscan.anchor)
        found.time_only.append(tscan if has_time and not explained else None)
    return found, parts


def _duration(text: str) -> int | None:
    m = _ONLY_DURATION.match(text)
    if m is None:
        return None
    value = _minutes_of(m["n"], m["u"])
    return round(value) if value is not None and 0 < value <= 24 * 60 else None


def _snooze_lengths(low: str, parts: list[str], found: _Found) -> None:
    """ "10 min" alone answers the reminder's "how long?"; "hold on, 15 min" and "busy
    right now, 20 minutes" give the snooze's length in the clause after it."""
    if not found.doses:
        whole = _duration(low)
        if whole is not None:
            found.doses.append(_DoseEvent(status="snoozed", minutes=whole))
            found.explained = [True] * len(found.explained)
        return
    for d in found.doses:
        if d.status != "snoozed" or d.minutes is not None:
            continue
        for idx, clause in enumerate(parts):
            minutes = _duration(clause) if idx != d.clause else None
            if minutes is not None:
                d.minutes = minutes
                found.explained[idx] = True
                break


def _skip_reason(low: str, effects: set[str]) -> SkipReason | None:
    for reason, pat in _REASONS:
        if pat.search(low):
            if reason == "other" and effects:
                return "side_effects"
            return reason
    return "side_effects" if effects else None


def _build(
    low: str,
    original: str,
    meds: _Meds,
    now: datetime,
    zone: ZoneInfo,
) -> list[Intent]:
    intents: list[Intent] = []
    flags = detect_red_flags(low)
    if flags:
        intents.append(RedFlagIntent(flags=tuple(flags)))

    affirm = _is_affirmation(low)
    found, parts = _analyse(low, meds, now, zone)
    if affirm is not None and not found.doses:
        found.doses.append(_DoseEvent(status=affirm))
        found.explained = [True] * len(found.explained)
    _snooze_lengths(low, parts, found)

    # A clause holding only a time ("…, about an hour ago") belongs to the dose before it.
    for idx, scan in enumerate(found.time_only):
        if scan is None:
            continue
        targets = [d for d in found.doses if d.clause < idx and d.at is None]
        if targets and targets[-1].status != "snoozed":
            when = resolve_scan(scan, now, zone)
            if when is not None:
                targets[-1].at = when.isoformat(timespec="seconds")
                found.explained[idx] = True

    # "neurontin taken, 300": a bare strength in the next clause belongs to the dose.
    for idx, clause in enumerate(parts):
        if found.explained[idx] or not _ONLY_NUMBER.match(clause):
            continue
        before = [
            d for d in found.doses if d.clause == idx - 1 and d.medication and d.amount is None
        ]
        if before and _bare_strength(" " + clause, 0, before[-1].medication or "") is not None:
            before[-1].amount, before[-1].unit = float(clause.strip()), "mg"
            found.explained[idx] = True

    # "robaxin 750, two of them, at 9", "Ibuprofen 400mg. 2 tabs.": a count in the next
    # clause belongs to the dose.
    for idx, clause in enumerate(parts):
        m = _ONLY_COUNT.match(clause)
        if found.explained[idx] or m is None:
            continue
        before = [d for d in found.doses if d.clause < idx and d.count is None]
        if before:
            before[-1].count = _count_value(m["n"])
            found.explained[idx] = True

    # "went for a walk, 30 minutes": a bare duration belongs to the activity.
    if found.activity and not found.activity_minutes:
        for idx, clause in enumerate(parts):
            m = _DURATION.search(clause)
            if not found.explained[idx] and m:
                v = _minutes_of(m["n"], m["u"])
                if v is not None and 0 < v <= 24 * 60:
                    found.activity_minutes = v
                    found.explained[idx] = True
                    break

    # "slept well, about 7 hours": a clause of bare hours belongs to the sleep.
    if found.sleep_quality is not None and found.sleep_hours is None:
        for idx, clause in enumerate(parts):
            m = _BARE_HOURS.match(clause)
            if not found.explained[idx] and m:
                v = _minutes_of(m["n"], "h")
                if v is not None and 0 < v <= 24 * 60:
                    found.sleep_hours = v / 60
                    found.explained[idx] = True
                    break

    # "forgot my diclofenac this morning, took it at 11 instead": "it" is the medicine
    # named before.
    for d in found.doses:
        if d.medication is None and d.clause > 0 and _IT.search(parts[d.clause]):
            named = [e for e in found.doses if e.clause < d.clause and e.medication]
            if named:
                d.medication = named[-1].medication

    reason = _skip_reason(low, found.effects)
    seen: set[tuple[str, str | None, int]] = set()
    for d in found.doses:
        key = (d.status, d.medication, d.part)
        if key in seen:
            continue
        seen.add(key)
        r = d.reason
        if d.status == "skipped" and not d.explicit_reason:
            r = reason
        elif d.status == "skipped" and d.reason == "forgot" and reason == "side_effects":
            r = d.reason
        intents.append(
            DoseIntent(
                status=d.status,
                medication=d.medication,
                amount=d.amount,
                unit=d.unit,
                count=d.count,
                at=d.at,
                minutes=d.minutes,
                reason=r if d.status == "skipped" else None,
            )
        )

    if found.pain:
        best = max(found.pain, key=lambda s: s[0])
        intents.append(
            PainIntent(
                score=best[1],
                locations=_locations(found.locations),
                radiating=found.radiating,
                qualities=tuple(x for x in QUALITIES if x in found.qualities),
            )
        )
    if found.effects:
        intents.append(
            SideEffectIntent(effects=tuple(x for x in SIDE_EFFECTS if x in found.effects))
        )
    if found.sleep_quality is not None:
        intents.append(SleepIntent(quality=found.sleep_quality, hours=found.sleep_hours))
    if found.activity:
        minutes = round(found.activity_minutes) if found.activity_minutes else None
        intents.append(
            ActivityIntent(
                kinds=tuple(x for x in ACTIVITY_KINDS if x in found.activity), minutes=minutes
            )
        )
    if found.mood_score is not None or found.mood_words:
        intents.append(MoodIntent(score=found.mood_score, words=tuple(found.mood_words)))

    if intents:
        note = _note(original, parts, found.explained, flags)
        if note:
            intents.append(NoteIntent(text=note))
    return intents


def _locations(found: set[str]) -> tuple[str, ...]:
    """Places in contract order; a leg whose side is said is not also "leg" ("left leg
    from the knee down")."""
    sided = bool(found & {"leg_left", "leg_right"})
    return tuple(x for x in LOCATIONS if x in found and not (sided and x == "leg"))


def _note(original: str, parts: list[str], explained: list[bool], flags: list[str]) -> str:
    """Clauses nothing explained, in the user's own spelling where possible."""
    leftover = [
        idx
        for idx, clause in enumerate(parts)
        if not explained[idx] and _substantive(clause) and not (flags and detect_red_flags(clause))
    ]
    if not leftover:
        return ""
    orig_parts = clauses_original(original)
    same_shape = len(orig_parts) == len(parts)
    return "; ".join(orig_parts[i] if same_shape else parts[i] for i in leftover)


def clauses_original(text: str) -> list[str]:
    """Split the raw message the way :func:`bot.parsing.text.clauses` splits its normal form."""
    folded = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    pieces = clauses(lowered)
    out: list[str] = []
    pos = 0
    for piece in pieces:
        i = lowered.find(piece[:20], pos)
        if i < 0:
            out.append(piece)
            continue
        out.append(" ".join(folded[i : i + len(piece)].split()))
        pos = i + len(piece)
    return out


def parse(
    text: str,
    meds: Sequence[str],
    now: datetime,
    zone: ZoneInfo,
    resolve: Resolve | None = None,
) -> list[Intent]:
    """Read one free-text message into intents; [] when nothing is understood. Never raises.

    ``meds`` is the user's regimen (generic names), ``now`` the arrival time (aware; a
    naive value is taken as wall time in ``zone``), ``resolve`` maps names to generics.
    """
    try:
        if not isinstance(text, str) or not text.strip():
            return []
        if now.tzinfo is None:
            now = now.replace(tzinfo=zone)
        low = normalise(text)
        if not low:
            return []
        return _build(low, text, _Meds(list(meds or ()), resolve or resolve_name), now, zone)
    except Exception:  # noqa: BLE001 - last resort: a parser bug must not hide a red flag
        try:
            flags = detect_red_flags(normalise(text))
        except Exception:  # noqa: BLE001
            return []
        return [RedFlagIntent(flags=tuple(flags))] if flags else []
