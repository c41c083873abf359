"""How many tablets (capsules, puffs) make one dose, in an /add line: "co-codamol 30/500
2 tablets four times a day", "ibuprofen 200mg take 2 at 8am", "2 x 200mg", "half a
tablet", "co-codamol 30/500 2 at 8am". Pure, like the rest of bot.parsing.

Without it a dose of two tablets was kept as one: the reminder named one tablet's
strength and the day's totals, which the safety checks read, came out half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.parsing.vocabulary import NUMBER_WORDS, PRODUCT_NAME

__all__ = ["DoseCount", "cut_day_units", "cut_dose_count", "max_counts_doses"]

#: More than this many units in one dose is a box or a supply ("28 tablets"), not a dose.
MOST_UNITS = 6

# Units one counts out (not vocabulary.PILL_WORDS, which also holds "doses", "meds" and
# "cream": "max 4 doses a day" counts doses, not tablets).
_UNIT_WORD = (
    r"(?:tablets?|tabs?|capsules?|caps|caplets?|softgels?|gelcaps?|pills?|puffs?|sprays?|"
    r"sachets?|lozenges?)"
)
_NUM = r"(?:\d+(?:\.5)?|" + "|".join(w for w in NUMBER_WORDS if w.isalpha()) + r")"
_HALF = r"(?:1/2|½|half(?:\s+an?)?|a\s+half)"
# "1-2", "1–2", "1 to 2", "one or two": the least and the most of a dose that varies
_TO = r"\s*(?:-|\u2013|\u2014|to|or)\s*"
# "2 tablets", "two caps", "half a tablet", "1/2 tab", "1-2 tablets" — not "2 tablets a
# day" (a day's count, not a dose's).
_COUNTED = re.compile(
    r"(?<![\w./])(?:(?P<range>" + _NUM + r")" + _TO + r")?(?P<n>" + _NUM + r"|" + _HALF + r")"
    r"\s*(?:x\s*)?" + _UNIT_WORD + r"\b(?!\s*(?:a|per|/|each|every)\s*(?:day|24|week)|\s*daily)"
)
# "take 2", "take two at 8am", "take 1-2" — a number right after "take" that is no
# amount or time, nor the start of a range of something else ("take 1 to 2 times a day")
_TAKE_N = re.compile(
    r"\btake\s+(?:(?P<range>" + _NUM + r")" + _TO + r")?(?P<n>" + _NUM + r")\b"
    r"(?!\s*(?:mg|mcg|g\b|ml|units?|iu|%|am|pm|:|\.\d|"
    r"o'?clock|times|x\b|a\s+day|per|daily|hours?|hrs?|h\b)|" + _TO + _NUM + r"\b)"
)
# "co-codamol 30/500 2 at 8am", "2 in the morning", "2 every 6 hours", "1-2 every 6
# hours": a bare count after the name and before when — not an hour ("at 2"), not how
# often ("2 a day", "2 daily"), never the end of a range read alone
_BARE_N = re.compile(
    r"(?<![\w./:@\-\u2013\u2014])(?<!\bat\s)(?<!\bfrom\s)(?<!\bto\s)(?<!\bor\s)"
    r"(?:(?P<range>[1-4]|one|two|three|four)" + _TO + r")?(?P<n>[1-4]|one|two|three|four)\s+"
    r"(?=(?:at|in\s+the|every|each|twice|once|three\s+times|with|before|after|bd|tds|qds|"
    r"(?:in\s+the\s+)?(?:morning|evening|night)|nightly|when\s+needed|as\s+needed|prn)\b)"
)
# "2 x 200mg", "2x 30/500": a count before the strength
_TIMES_STRENGTH = re.compile(
    r"(?<![\w./])(?P<n>" + _NUM + r")\s*[x×\*]\s*(?=\d+(?:\.\d+)?\s*(?:/\s*\d|mg|mcg|g\b|ml))"
)


_SAYS_DOSES = re.compile(r"\b(?:times?|doses?)\b|\d\s*x(?![a-z])|\bx\s")


@dataclass(frozen=True, slots=True)
class DoseCount:
    """Units in one dose (None: not said); of a range ("1-2 tablets") the least, with
    `varies` set and `most` the most one dose of it holds."""

    units: float | None
    varies: bool = False
    most: float | None = None


def _value(token: str) -> float | None:
    token = " ".join(token.split())
    if re.fullmatch(_HALF, token):
        return 0.5
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


def _not_a_count(m: re.Match[str], said: str | None) -> bool:
    """Whether a bare number is no count of tablets: part of a product's name ("tylenol 3",
    "Tylenol No. 4"), or with no strength before it ("norco 1 at 8am" is one Norco, the
    number the dose itself, as /add has always read it)."""
    if m.re is not _BARE_N:
        return False
    at, line = m.start("n"), said or ""
    if any(p.start() <= at < p.end() for p in PRODUCT_NAME.finditer(line)):
        return True
    return _STRENGTH_BEFORE.search(line[:at]) is None


_STRENGTH_BEFORE = re.compile(r"\d\s*(?:mg|mcg|g|ml|%|units?|iu)\b|\d\s*/\s*\d")


def _blank(text: str, span: tuple[int, int]) -> str:
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]


def cut_dose_count(work: str, said: str | None = None) -> tuple[DoseCount, str]:
    """The units in one dose said in `work` (lower case), and `work` with the words that
    said it blanked (same length, so spans still index the original). `said` is the line
    before times and frequencies were blanked from `work`: a bare count is known by the
    "at 8am" or "every 6 hours" after it."""
    for pattern in (_COUNTED, _TIMES_STRENGTH, _TAKE_N, _BARE_N):
        m = pattern.search(work if pattern is not _BARE_N else said or work)
        if m is None or _blanked(work, m) or _not_a_count(m, said):
            continue  # a bare count already read as an hour or how often, or "Tylenol No. 4"
        rest = _blank(work, m.span())
        n = _value(m["n"])
        if m.groupdict().get("range"):
            return _range(_value(m["range"]), n), rest
        if n is None or not 0 < n <= MOST_UNITS:
            continue
        return DoseCount(n), rest
    return DoseCount(None), work


def _blanked(work: str, m: re.Match[str]) -> bool:
    """Whether the number(s) `m` found in the line were already read as something else
    (an hour, how often) and blanked from `work`."""
    groups = [g for g in ("range", "n") if g in m.re.groupindex and m[g] is not None]
    return any(work[m.start(g) : m.end(g)] != m[g] for g in groups)


def _range(least: float | None, most: float | None) -> DoseCount:
    """A dose of `least` to `most` units ("1-2 tablets", either way round); when one end
    is no count of tablets, only a most that is one is kept."""
    if least is None or most is None or not (0 < least <= MOST_UNITS and 0 < most <= MOST_UNITS):
        fits = most is not None and 0 < most <= MOST_UNITS
        return DoseCount(None, varies=True, most=most if fits else None)
    if least == most:  # "2 or 2": no range
        return DoseCount(least)
    return DoseCount(min(least, most), varies=True, most=max(least, most))


# "3 capsules a day", "2 tabs daily": the day's units, not one dose's (how they are spread
# over the day is not said).
_DAY_UNITS = re.compile(
    r"(?<![\w./])(?P<n>"
    + _NUM
    + r")\s*(?:x\s*)?(?:"
    + _UNIT_WORD
    # "adcal 2 a day 9am 9pm": a bare count a day is tablets too, never a strength of "2"
    + r")?\s*(?:(?:a|per|/|each|every)\s*day|daily)\b"
)


def cut_day_units(work: str) -> tuple[float | None, str]:
    """Units a day said without how often ("gabapentin 300mg 3 caps daily": 3 a day, not
    3 at once), and `work` with it blanked; None for one a day (that is once a day)."""
    m = _DAY_UNITS.search(work)
    n = _value(m["n"]) if m is not None else None
    if m is None or n is None or not 1 < n <= 4 * MOST_UNITS:
        return None, work
    return n, _blank(work, m.span())


def max_counts_doses(said: str) -> bool:
    """Whether a "max N a day" phrase counts doses ("up to 4 times a day", "max 4 doses",
    "4x a day") rather than tablets ("no more than 8 tablets a day", "max 8 a day")."""
    # A bare "max 8 a day" is read in tablets: leaflets and prescriptions give the day's
    # limit as tablets in 24 hours, and read the other way it would double the limit the
    # safety checks compare against.
    return _SAYS_DOSES.search(said) is not None
