"""Numbers in text: number words, lengths of time, pill counts and marketed strengths."""

from __future__ import annotations

import re

from bot.knowledge import get_drug, resolve_name
from bot.parsing.patterns import (
    AMOUNT,
    BARE_STRENGTH,
    COUNT_AFTER_MED,
    COUNT_AFTER_VERB,
    COUNT_BEFORE_MED,
    COUNT_BEFORE_PILL,
    COUNT_X,
    ONE_UNIT,
    TAKEN_VERB,
    UNIT_MAP,
)
from bot.parsing.vocabulary import NUMBER_WORDS


def to_float(token: str) -> float | None:
    token = token.strip().replace(",", ".")
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    tens, _, unit = token.replace("-", " ").partition(" ")
    if unit and tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[unit] < 10:
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])  # "forty five"
    try:
        return float(token)
    except ValueError:
        return None


def minutes_of(n: str | None, unit: str) -> float | None:
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
            value = 0.75 if n.startswith(("three", "3")) else 0.25
        elif "couple" in n:
            value = 2.0
        elif "few" in n:
            value = 3.0
        else:
            value = to_float(n)
    if value is None:
        return None
    return value * 60 if unit.startswith("h") else value


#: The most units a count may say. After a taking verb it may be far more ("took 30
#: tylenol" is thirty tablets, an overdose to answer, never one dose); said beside a name
#: alone ("30 tablets of tramadol") a number that large is a supply, not a dose.
MOST_UNITS = 20
MOST_UNITS_TAKEN = 100

#: The largest bare number read as one dose's amount, unit unsaid ("tylenol 1000").
MOST_BARE_AMOUNT = 2000


def count_value(raw: str | None, most: float = MOST_UNITS) -> float | None:
    if raw is None:
        return None
    raw = " ".join(raw.split()).replace(" and half", " and a half")  # "1 and half tablet"
    if raw.endswith(" and a half"):
        whole = count_value(raw.removesuffix(" and a half"), most)
        return whole + 0.5 if whole is not None else None
    if raw in ("a", "an", "another", "a single", "single"):
        return 1.0
    if raw in ("one half", "a half"):
        return 0.5  # "took one half" (of a tablet cut in two)
    if raw.startswith(("half", "a half")):
        return 0.5
    if "quarter" in raw:
        return 0.25
    if "third" in raw:
        return round(1 / 3, 2)
    if "pair" in raw:
        return 2.0
    if "couple" in raw:
        return 2.0
    value = to_float(raw)
    return value if value is not None and 0 < value <= most else None


# "20 drops of tramadol" is no 20 tablets: drops are measured, not counted as units
_DROPS = re.compile(r"\b\d+\s*(?:drops?|gtts?|tropfen)\b")


# "1 of my 3 gabapentins", "one out of the two": the first number is what was taken
_N_OF_M = re.compile(
    r"\b(?P<n>\d|one|two|three|half)\s+(?:out\s+)?of\s+(?:my|the|his|her)\s+"
    r"(?:\d|two|three|four|five|six)\s+(?:usual\s+)?$"
)


def count_before(text: str) -> float | None:
    """The count written just before a medicine's name ("2 advil", "a couple of tylenol")."""
    part = _N_OF_M.search(text)
    if part is not None:
        return count_value(part["n"])
    m = COUNT_BEFORE_MED.search(text)
    if m is None or _DROPS.search(m.group()):
        return None  # "20 drops of tramadol": measured, not 20 units
    if _A_CLOCK_BEFORE.search(text, 0, m.start()):
        return None  # "took my pills at 7 the sertraline …": seven o'clock, not 7 tablets
    return count_value(m["n"])


_A_CLOCK_BEFORE = re.compile(r"(?:\b(?:at|around|by)|@)\s*$")


def count_after(clause: str, end: int) -> float | None:
    """A small count just after a medicine's name ending at `end` ("percocet 1 at 3:15")."""
    m = COUNT_AFTER_MED.match(clause, end)
    return count_value(m["n"]) if m else None


# After a name and its strength, if written: "50mg x2", "300 x1", "2 tabs", "(1 cap)",
# "500 x 2" — a count with its own mark, never a strength read as tablets.
_COUNT_MARKED_AFTER = re.compile(
    r"[\s,:(–—-]*(?P<y>\d(?:\.5)?)\s*[x×]\s*\d{2,4}(?:[.,]\d+)?(?![\d.:])|"  # "2x300": two of 300
    r"[\s,:(–—-]*(?:\d+(?:[.,]\d+)?(?:/\d+(?:[.,]\d+)?)?\s*(?:mg|mcg|µg|g|ml)?[\s,(–—-]*)?"
    r"(?:[x×]\s*(?P<x>\d(?:\.5)?)(?![\d.:])|"
    r"(?:only\s+|just\s+)?(?P<n>\d(?:\.5)?|½|one|two|three|four|half\s+a|half|a\s+half|"
    r"a\s+quarter(?:\s+of)?(?:\s+a)?)\s*"
    r"(?:tabs?|tablets?|caps?|capsules?|pills?|caplets?|softgels?)\b|"
    # "tramadol 50 mg capsules 2 of them", "dihydrocodeine, 2 of em": the count told after
    r"(?:(?:tabs?|tablets?|caps?|capsules?|pills?|caplets?)\s*,?\s+)?"
    r"(?P<o>[1-4]|one|two|three|four)\s+of\s+(?:them|em|'em|those|these)\b)"
)


def count_marked_after(clause: str, end: int) -> float | None:
    """A count written with its mark just after a name ending at `end`, past its strength
    ("ultram 50mg x2", "nurofen 2 tabs", "tramadol 50 (1 tab)"); None if there is none."""
    m = _COUNT_MARKED_AFTER.match(clause, end)
    if m is None:
        return None
    raw = m["y"] or m["x"] or m["n"] or m["o"]
    return 0.5 if raw == "½" else count_value(raw)


def count_in(seg: str) -> float | None:
    """The units a segment says were taken ("took 2", "2 tabs", "x2"); None for drops."""
    if _DROPS.search(seg):
        return None
    m = COUNT_AFTER_VERB.search(seg)
    if m:
        return count_value(m["n"], MOST_UNITS_TAKEN)
    raw: str | None = None
    m2 = COUNT_BEFORE_PILL.search(seg)
    if m2:
        raw = m2["n"]
    else:
        m3 = COUNT_X.search(seg)
        if m3:
            raw = m3["n"] or m3["m"]
        elif ONE_UNIT.search(seg):
            raw = "one"
    return count_value(raw)


def bare_amount(clause: str, end: int, generic: str) -> tuple[float, str | None] | None:
    """A number just after a medicine's name read as its amount: a marketed strength with
    its unit, or any number from 10 up ("etoricoxib 90"), unit unsaid, since counts and
    scores stay under 10."""
    m = BARE_STRENGTH.match(clause, end)
    if m is None:
        return None
    value = float(m["n"])
    unit = _marketed_unit(generic, value)
    if unit is not None:
        return value, unit
    if _a_clock_not_a_dose(m["n"], generic, value):
        return None
    return (value, None) if 10 <= value <= MOST_BARE_AMOUNT else None


def clock_after_name(clause: str, end: int, generic: str) -> str | None:
    """ "took 2 norco 845", "another endone 1045": three or four figures just after a
    medicine's name that make a clock time and no dose of it, as "HH:MM"; else None."""
    m = BARE_STRENGTH.match(clause, end)
    return None if m is None else _clock_of(m["n"], generic)


# The dose said after the name: its strength and/or its count ("10", "500 mg", "1 tab",
# "x1", "10mg 2 tabs"), then, with or without "po", the figures that may be its time.
_DOSE_THEN_FIGURES = re.compile(
    r"(?:\s*,?\s*(?:x\s?\d{1,2}\b|\d{1,2}\s*x\b|\d{1,2}\s*(?:tabs?|tablets?|pills?|caps?|capsules?|"
    r"caplets?)\b|\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?\b)){1,2}"
    r"\s+(?:po\s+|p\.o\.\s+)?(?P<n>\d{4})\b"
    r"(?![\d.,/:%]|\s*(?:mg|mcg|g\b|ml|am\b|pm\b|a\.m|p\.m|hours?|hrs?|h\b|min|times?|tabs?|"
    r"tablets?|pills?|caps?|capsules?|units?|x\b))",
    re.IGNORECASE,
)


def clock_after_dose(clause: str, end: int, generic: str) -> str | None:
    """ "norco 1 tab 2330", "flexeril 10 2330", "naproxen 500 1930": four figures after
    the dose's own strength or count that make a clock time and no dose of the medicine,
    as "HH:MM"; else None. With the dose already said, the figures after it are a nurse's
    time ("tylenol 2 tabs 1000" stays a total: twice a strength sold). Three figures stay
    unread: "norco 1 tab 325" names its acetaminophen, not 03:25."""
    m = _DOSE_THEN_FIGURES.match(clause, end)
    return None if m is None else _clock_of(m["n"], generic)


def _clock_of(written: str, generic: str) -> str | None:
    """Three or four figures as "HH:MM" when they make a clock time and no dose of
    `generic` (_a_clock_not_a_dose); else None."""
    if not _a_clock_not_a_dose(written, generic, float(written)):
        return None
    return f"{int(written[:-2]):02d}:{written[-2:]}"


def _a_clock_not_a_dose(written: str, generic: str, value: float) -> bool:
    """ "1 endone 0630", "took 2 norco 845": three or four figures that make a clock time
    and no dose of the medicine (up to four of one marketed strength) — a nurse's time,
    never 630 mg of oxycodone on the doctor's report. "paracetamol 1000" stays 2 × 500;
    three figures only for a medicine the knowledge file knows ("gabapentin 300")."""
    if len(written) not in (3, 4) or not written.isdigit():
        return False
    if int(written[:-2]) > 23 or int(written[-2:]) > 59:
        return False
    if len(written) == 4 and written.startswith("0"):
        return True
    drug = (
        get_drug(generic)
        or get_drug(generic.split(" ")[0])
        or ((match := resolve_name(generic)) and match.exact and match.drug)
        or None
    )
    if drug is None:
        return False
    amounts = [st.amounts.get(drug.primary_ingredient, 0.0) for st in drug.strengths]
    if any(a > 0 and any(abs(a * n - value) < 1e-6 for n in (1, 2, 3, 4)) for a in amounts):
        return False
    # three figures: a round one may be a strength sold elsewhere ("paracetamol 750"),
    # unless four of the largest sold here come nowhere near it ("norco 700")
    if len(written) == 4:
        return True
    sold = [a for a in amounts if a > 0]
    return bool(sold) and (value % 50 != 0 or value > 4 * max(sold))


def bare_strength(clause: str, end: int, generic: str) -> tuple[float, str] | None:
    """A number just after a medicine's name that is one of its marketed strengths, with
    its unit: "lyrica 75", "gabapentin 600 done". Checked against the knowledge file, so
    "advil 2" or "norco 7" stays a count or a score."""
    found = bare_amount(clause, end, generic)
    return (found[0], found[1]) if found is not None and found[1] is not None else None


# (never the minutes of a clock: "6:30 cymbalta")
_STRENGTH_BEFORE = re.compile(r"(?<![:.])\b(?P<n>\d{2,4})\s+(?:of\s+)?(?:the\s+|my\s+)?$")


def amount_before(clause: str, start: int, generic: str) -> tuple[float, str | None] | None:
    """A number just before a medicine's name starting at `start` read as its amount: a
    marketed strength with its unit ("800 motrin", "took 800 of the motrin"), or one no
    count can be, unit unsaid as after the name ("took 1000 of tylenol" as "tylenol 1000")."""
    m = _STRENGTH_BEFORE.search(clause, 0, start)
    if m is None or _A_CLOCK_BEFORE.search(clause, 0, m.start()):
        return None  # "took 2 at 1000 tylenol": ten o'clock, not 1000 of it
    value = float(m["n"])
    unit = _marketed_unit(generic, value)
    if unit is not None:
        return value, unit
    if _a_clock_not_a_dose(m["n"], generic, value):
        return None
    # (a count stays one: "took 30 of the tylenol" is thirty tablets, an overdose to answer)
    too_many = count_value(m["n"], MOST_UNITS_TAKEN) is None
    return (value, None) if too_many and value <= MOST_BARE_AMOUNT else None


def strength_said_as_count(generic: str | None, value: float) -> tuple[float, str | None] | None:
    """A number read as the count of a dose that cannot be one: "took 7.5 meloxicam" (a
    marketed strength, not seven and a half tablets), "took 500 panadol". The strength
    with its unit, or None when it is a count: a whole number under 100 stays one, so
    "took 30 tylenol" is thirty tablets, as said (an overdose is never read away)."""
    if value >= 100:
        return value, _marketed_unit(generic, value) if generic else None
    if value < 5 or value == int(value):
        return None
    unit = _marketed_unit(generic, value) if generic else None
    return (value, unit) if unit is not None else None


def _marketed_unit(generic: str, value: float) -> str | None:
    """The unit of `generic`'s marketed strength `value`, None when it has no such strength
    (a patch's strength is micrograms an hour: "fentanyl 25" is never milligrams)."""
    drug = get_drug(generic) or get_drug(generic.split(" ")[0])
    return drug.unit_of_strength(value) if drug is not None else None


def amounts_in(text: str) -> list[tuple[float, str]]:
    """Every amount with its unit written in `text` ("300mg", "1,5 g"), in order."""
    return [(float(a["n"].replace(",", ".")), UNIT_MAP[a["u"]]) for a in AMOUNT.finditer(text)]


_JOINED_MG = re.compile(r"\s*(\d+(?:\.\d+)?(?:\s*[+/]\s*\d+(?:\.\d+)?)+)\s*mg\s*")


def strengths_listed(text: str) -> str | None:
    """ "paracetamol 320mg, codeine 10mg, doxylamine 5mg", "100+325+15 mg": what one
    tablet of a combination holds, as "320/10/5"; None when fewer than two amounts in mg
    are said, or a taking is (then it is doses told)."""
    if TAKEN_VERB.search(text.lower()):
        return None
    amounts = [value for value, unit in amounts_in(text) if unit == "mg"]
    if len(amounts) < 2:
        joined = _JOINED_MG.fullmatch(text)
        if joined is None:
            return None
        amounts = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", joined.group(1))]
    return "/".join(f"{value:g}" for value in amounts)
