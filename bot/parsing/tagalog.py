"""Tagalog said in the English the parser reads (Taglish): a dose taken, put off or run out
("uminom ako ng celecoxib", "later na yung celecoxib", "wala na akong gabapentin, ubos
na"), a day ahead ("bukas": tomorrow), a night's sleep ("puyat", "3 hrs lang tulog",
"hindi ako nakatulog") and a side effect ("nahihilo", "antok na antok", "sakit ng tiyan").

Run by the normaliser on lower-cased text, like :mod:`bot.parsing.spanish`, before the
polite "po" is dropped (so the phrases below allow it between their words). The short
words ("na", "ako", "wala") are rewritten only inside these phrases, and running out only
of a medicine or a word for one, so English text is never changed. Words the red-flag
screens read in Tagalog ("ayoko na mabuhay", "makalakad") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.parsing.vocabulary import word_set as _words

__all__ = ["TAGALOG_WORDS", "tagalog_said"]


# The Tagalog words of the phrases rewritten below: the normaliser calls tagalog_said only
# for a message with one (a set lookup, cheaper than a search)
TAGALOG_WORDS: Final = _words(
    "na muna wala ubos naubos nahihilo nahilo hilo hilong nakakahilo antok inaantok antukin "
    "nakakaantok uminom ininom nainom nakainom umiinom naiinom nakakainom nakalimutan puyat "
    "tulog natulog nakatulog makatulog walang tiyan nasusuka nagsuka sumuka nagsusuka medyo "
    "yung gamot bukas pupunta"
)
_PO = r"(?:\s+po)?"

# ---- doses ------------------------------------------------------------------------------

_MED_WORDS: Final = _words("medicine medicines meds tablet tablets capsule capsules pills gamot")
# "wala na (po) akong celecoxib": I have no more of it (with a medicine's name, below)
_NONE_LEFT: Final = re.compile(
    r"\bwala\s+na" + _PO + r"\s+(?:akong|ako\s+ng)\s+(?:(?:yung|ang)\s+)?(?P<w>[a-z][\w/-]*)"
)
# "ubos na", "naubos na": used up (in a message that names a medicine)
_USED_UP: Final = re.compile(r"\b(?:naubos|ubos)(?:\s+na)?\b")
_DOSES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "hindi pa po ako umiinom", "hindi ko pa naiinom": not yet taken
    (re.compile(r"\b(?:hindi|di)" + _PO + r"(?:\s+ko)?\s+pa" + _PO + r"(?:\s+ako)?" + _PO
                + r"\s+(?:umiinom|nakakainom|naiinom|nakainom)\b"), "not yet taken"),
    # "uminom ako ng celecoxib", "nakainom na po ako": I took
    (re.compile(r"\b(?:uminom|nakainom)(?:\s+na)?" + _PO + r"\s+(?:ako|na\s+ako)" + _PO
                + r"(?:\s+na)?\s+ng\b"), "i took"),
    (re.compile(r"\b(?:uminom|nakainom)(?:\s+na)?" + _PO + r"\s+(?:ako|na\s+ako)(?:\s+na)?\b"),
     "i took it already"),
    # "ininom ko na (yung celecoxib)": I already took
    (re.compile(r"\b(?:ininom|nainom)" + _PO + r"\s+ko(?:\s+na)?\b"), "i already took"),
    # "nakalimutan ko (pong) uminom": I forgot
    (re.compile(r"\bnakalimutan" + _PO + r"(?:\s+ko)?(?:\s+pong|" + _PO
                + r")(?:\s+(?:uminom|inumin))?(?:\s+ng)?\b"), "i forgot"),
    # "skip muna", "wag muna": skip for now; "later na", "mamaya na": later
    (re.compile(r"\b(?:skip|wag|huwag)\s+muna\b"), "skip for now"),
    (re.compile(r"\blater\s+na\b"), "later"),
    # "took na", "drank already", "the celecoxib i took na": taken already (never "ate
    # already": a meal)
    (re.compile(r"\b(?:took|drank)(?:\s+it)?\s+(?:na|already)\b(?!\s+(?:the|my|\d))"),
     "took it already"),
)  # fmt: skip
# ---- days ahead --------------------------------------------------------------------------

# "bukas", "bukas ng umaga": tomorrow, as English says a plan ("pt bukas" is tomorrow's
# physio, not today's); never "bukas pa ba ang botika", "hindi bukas": open
_TOMORROW: Final = re.compile(
    r"(?<!\bhindi\s)(?<!\bdi\s)(?<!\bay\s)(?<!\bis\s)\bbukas\b"
    r"(?!(?:\s+(?:pa|na))?(?:\s+(?:ba|ang|yung|ung|sila|siya|kayo)\b))"
)
# "pupunta ako sa physio": I will go (the future, as its doubled first syllable says)
_WILL_GO: Final = re.compile(r"\bpupunta\b")

# "yung celecoxib": the celecoxib — only before a medicine, so the screens that read
# Tagalog as it is written ("mahina yung left foot ko": a weak foot) still see it
_THE_MEDICINE: Final = re.compile(r"\byung\s+(?P<w>[a-z][\w/-]*)")

# ---- sleep and side effects -------------------------------------------------------------

_HOURS = r"(\d{1,2}(?:\.\d)?)\s*(?:hrs?|hours?|oras)"
_SLEEP: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:hindi|di)" + _PO + r"(?:\s+(?:ako|po))*\s+(?:naka|maka)tulog\b"
                r"|\bwalang" + _PO + r"\s+tulog\b"), "i couldn't sleep"),
    (re.compile(r"\b" + _HOURS + r"\s+lang" + _PO + r"(?:\s+(?:ang|ako))?\s+(?:tulog|natulog)\b"),
     r"slept only \1 hours"),
    (re.compile(r"\b(?:tulog|natulog)" + _PO + r"(?:\s+(?:ako|ko))?\s+" + _HOURS + r"\s+lang\b"),
     r"slept only \1 hours"),
    (re.compile(r"\bpuyat\b"), "poor sleep"),
)  # fmt: skip
_EFFECTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:nahihilo|nahilo|nakakahilo|hilong[\s-]hilo|hilo)" + _PO + r"(?:\s+ako)?\b"),
     "dizzy"),
    (re.compile(r"\bantok\s+na\s+antok\b"), "very sleepy"),
    (re.compile(r"\b(?:inaantok|antok|antukin|nakakaantok)" + _PO + r"(?:\s+ako)?\b"), "sleepy"),
    (re.compile(r"\b(?:nasusuka)\b"), "nauseous"),
    (re.compile(r"\b(?:nagsuka|sumuka|nagsusuka)\b"), "vomiting"),
    (re.compile(r"\b(?:masakit|sumasakit)" + _PO + r"\s+(?:ang\s+)?tiyan\b|\bsakit\s+ng\s+tiyan\b"),
     "stomach pain"),
    (re.compile(r"\bmedyo\b"), "a bit"),
)  # fmt: skip


def _names_a_medicine(low: str, is_medicine: Callable[[str], bool]) -> bool:
    """Whether `low` has a medicine's name or a word for one."""
    return any(w in _MED_WORDS or is_medicine(w) for w in re.findall(r"[a-z][\w/-]{2,}", low))


def _none_left(is_medicine: Callable[[str], bool]) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        """ "wala na akong gabapentin" → "i ran out of gabapentin"; "wala na akong gana"
        (no appetite) unchanged."""
        w = m["w"]
        if w in _MED_WORDS or is_medicine(w):
            return f"i ran out of {'medicine' if w == 'gamot' else w}"
        return m.group()

    return said


def _the_medicine(is_medicine: Callable[[str], bool]) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        w = m["w"]
        return f"the {w}" if w in _MED_WORDS or is_medicine(w) else m.group()

    return said


def tagalog_said(low: str, is_medicine: Callable[[str], bool]) -> str:
    """`low` (lower-cased) with its Tagalog dose, sleep and side-effect phrases in the
    English the parser reads; unchanged when it has none."""
    if "wala" in low:
        low = _NONE_LEFT.sub(_none_left(is_medicine), low)
    if "ubos" in low and _names_a_medicine(low, is_medicine):
        low = _USED_UP.sub("ran out", low)
    if "bukas" in low:
        low = _TOMORROW.sub("tomorrow", low)
    if "pupunta" in low:
        low = _WILL_GO.sub("will go", low)
    for pattern, repl in _DOSES:
        low = pattern.sub(repl, low)
    if "yung" in low:
        low = _THE_MEDICINE.sub(_the_medicine(is_medicine), low)
    for pattern, repl in _SLEEP:
        low = pattern.sub(repl, low)
    for pattern, repl in _EFFECTS:
        low = pattern.sub(repl, low)
    return re.sub(r"\bgamot\b", "medicine", low)
