"""More than one dose of one medicine in one message: a second dose after the first
("took 2 naproxen at 8 n 2 more at 4", "another at 2"), one medicine at two times ("oxy
at 7am and 1pm"), each count at its own time ("one at noon and one at 6"), a count shared
out over two times ("took 3 norco, one at 8 and two at 2"). Pure, like the rest of
bot.parsing; bot.parsing.detect_doses reads the single doses and asks here for more."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.dose_times import (
    STRENGTH_TIMES,
    after_the_first,
    doses_at_each_time,
    first_before,
    score_not_a_count,
    second_dose_said,
    times_of_the_last,
)
from bot.parsing.findings import DoseEvent, Named
from bot.parsing.numbers import amounts_in, bare_amount, count_in, count_value
from bot.parsing.patterns import MORE, MORE_START, TWICE
from bot.parsing.timed_ones import two_timed_ones
from bot.parsing.timephrases import TimeScan, resolve_scan, scan_time, taken_when
from bot.parsing.vocabulary import SOLID_UNITS, TOLD_AS_UNITS

# "one at 8 and two at 2": two counts, each with its own time, and nothing else
_TWO_SHARES = re.compile(
    r"^\W*(?P<a>[1-4]|one|two|three|four)\s+(?P<ta>(?:at|@|around)\s+[\w:.]+)\s*(?:,|and|&)\s*"
    r"(?P<b>[1-4]|one|two|three|four)\s+(?P<tb>(?:at|@|around)\s+[\w:.]+)\W*$"
)


def _shared_out(
    clause: str, last: DoseEvent, doses: list[DoseEvent], now: datetime, zone: ZoneInfo
) -> bool:
    """ "took 3 norco, one at 8 and two at 2": the count said first shared out over two
    times is two doses of it (never the three and then more)."""
    m = _TWO_SHARES.match(clause)
    if m is None:
        return False
    a, b = count_value(m["a"]), count_value(m["b"])
    first, second = (resolve_scan(scan_time(m[k]), now, zone) for k in ("ta", "tb"))
    if a is None or b is None or a + b != last.count or first is None or second is None:
        return False
    first_at = first_before(first.isoformat(timespec="seconds"), second, scan_time(m["ta"]), zone)
    last.count, last.at = a, first_at
    doses.append(
        replace(last, count=b, at=second.isoformat(timespec="seconds"), part=last.part + 1)
    )
    return True


def count_and_time_of_the_last(
    clause: str, doses: list[DoseEvent], now: datetime, zone: ZoneInfo, tscan: TimeScan
) -> bool:
    """ "took naproxen, 2 at 8": a clause that is only the count and time of the dose just
    named, which said neither, so no second dose. Whether it was (the dose is completed)."""
    m = MORE_START.match(clause)
    last = doses[-1] if doses else None
    if m is None or not m["k"] or last is None or last.status != "taken":
        return False
    if last.count is not None and last.at is None and _shared_out(clause, last, doses, now, zone):
        return True  # "took 3 norco, one at 8 and two at 2": the three, shared out
    if last.count is not None or last.at is not None:
        return False  # "2 at 7, 1 at 1": the first dose had its own, so this is another
    # ("tramadol 50, 2 at 1pm": the strength of one tablet, then how many and when)
    when = taken_when(tscan, "taken", now, zone)
    last.count = count_value(m["k"])
    last.at = when.isoformat(timespec="seconds") if when is not None else None
    return True


def more_of_the_last(
    clause: str,
    idx: int,
    doses: list[DoseEvent],
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
    parts: list[str],
) -> list[DoseEvent]:
    """ "…, then 2 more at 3pm": a clause that adds doses of the medicine just taken."""
    m = MORE_START.match(clause)
    last = doses[-1] if doses else None
    if last is None or last.status != "taken":
        return []
    if m is None:
        # "gaba 600 - 7am/1pm/7pm": the times of the dose just named
        return times_of_the_last(clause, last, now, zone) or _another_at(
            clause, idx, last, now, zone, parts
        )

    when = resolve_scan(tscan, now, zone)
    if when is not None:
        last.at = first_before(last.at, when, scan_time(parts[last.clause]), zone)
    amount, unit, count = last.amount, last.unit, _more_count(m, last.count)
    if own := amounts_in(clause):
        # "…, another 1g at 2": one more dose of the amount said, its units not said
        (amount, unit), count = own[0], (None if m.group().rstrip().endswith("another") else count)
    elif count is not None and count == last.amount and "another" in m.group():
        count = last.count  # "oxycodone 10 at 6, another 10 at 10": the strength again
    return [
        DoseEvent(
            status="taken",
            medication=last.medication,
            amount=amount,
            unit=unit,
            count=count,
            at=when.isoformat(timespec="seconds") if when is not None else None,
            clause=idx,
            part=last.part + 1,
            product=last.product,
        )
    ]


# A time said of a dose: "at 8", "at dinner", "8pm", "in the morning", "8 at night"
_CLOCK_SAID = (
    r"(?:(?:at|around|about|@)\s+(?:\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?|noon|midday|midnight|"
    r"half\s+(?:past\s+)?\d{1,2}|quarter\s+(?:past|to)\s+\d{1,2}|"
    r"lunch(?:time)?|dinner|breakfast|bedtime|supper|tea)|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|at\s+night|"
    r"in\s+the\s+(?:morning|afternoon|evening))"
    r"(?:\s+(?:at\s+night|in\s+the\s+(?:morning|afternoon|evening)|this\s+(?:morning|afternoon|evening)|"
    r"tonight|today))?"
)
# "one vicodin at lunch, half at 4", "pregabalin 75 at 8am, 75 at 8pm": a clause that is
# only a second dose's count or amount and its time
# What is said of a second dose before its time: "4mg", "75", "half", "another one"
_SECOND_WHAT = (
    # ("x1 at noon", "2x at 1", "2 tabs at 1pm": the count said with its sign or unit)
    r"(?:x\s*[1-4](?:\.5)?|[1-4]\s*x|(?:[1-4]|one|two|three|four)\s+"
    + SOLID_UNITS
    + "|"
    # ("300 x1 at 2pm", "1 x 300 at 2pm": the strength and its count)
    + STRENGTH_TIMES
    + "|"
    r"\d+(?:\.\d+)?\s*(?:mg|g|mcg|ml)?|one|two|half|a\s+half|another(?:\s+one)?|(?:the\s+)?same|"
    # "first gabapentin at 7.30, second at half 2"
    # (never "next one at 2": the dose to come)
    r"(?:the\s+)?(?:second|2nd|third|3rd|last)(?:\s+one)?)"
)
_ANOTHER_AT = re.compile(
    r"^\s*(?:and\s+|then\s+|\+\s*)?(?:(?:took|had|taken|popped)\s+)?(?P<what>"
    + _SECOND_WHAT
    # ("400 again at 8pm", "same again at 6")
    + r"\s+)(?:again\s+)?(?P<when>"
    + _CLOCK_SAID
    + r")\s*[.;!]?\s*$"
)
# "7am and 3pm" closing what is said: the two times of a dose said "twice"
_AMPM = r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?"
_TWO_CLOCKS = (
    r"(?:at\s+)?(?P<a>" + _AMPM + r")\s+(?:and|&)\s+(?:at\s+)?(?P<b>" + _AMPM + r")\s*[,.;!]?\s*$"
)
_TWO_TIMES = re.compile(r"^\s*" + _TWO_CLOCKS)  # a clause of its own, after the dose


# A clause of only a clock and its day, joined to a dose timed: "…, and 7 this morning"
# (never "…, 6 today" or "…, 7 this morning" alone: a score of now, as often as a time)
_CLOCK_OF_A_DAY = re.compile(
    r"^\W*(?:(?:and|then|&|\+)\s+(?:again\s+)?(?:at\s+)?|again\s+(?:at\s+)?|at\s+)"
    r"(?P<when>\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)?\s+(?:this\s+morning|last\s+night|this\s+afternoon|"
    r"this\s+evening|yesterday(?:\s+(?:morning|afternoon|evening))?))\W*$"
)


def _another_at(
    clause: str, idx: int, last: DoseEvent, now: datetime, zone: ZoneInfo, parts: list[str]
) -> list[DoseEvent]:
    """A clause that is a second dose of the last one's medicine with its own time (the
    last dose timed too, so this one is not its time said apart); or the two times of a
    dose said "twice"."""
    two = _TWO_TIMES.match(clause)
    if (
        two is not None
        and last.at is None
        and last.count == 2.0
        and TWICE.search(parts[last.clause])
    ):
        first_at, second_at = (resolve_scan(scan_time(two[k]), now, zone) for k in ("a", "b"))
        if first_at is None or second_at is None:
            return []
        last.count, last.at = None, first_at.isoformat(timespec="seconds")
        return [
            replace(
                last, at=second_at.isoformat(timespec="seconds"), clause=idx, part=last.part + 1
            )
        ]
    alone = _CLOCK_OF_A_DAY.match(clause)
    if alone is not None and last.at is not None and last.status == "taken":
        # "gabapentin 300 at 10pm yesterday, and 7 this morning": another, never a score
        then = taken_when(scan_time("at " + alone["when"]), "taken", now, zone)
        if then is not None and then.isoformat(timespec="seconds") != last.at:
            at_iso = then.isoformat(timespec="seconds")
            return [replace(last, at=at_iso, clause=idx, part=last.part + 1)]
    m = _ANOTHER_AT.match(clause)
    if m is None or last.at is None:
        return []
    if idx > 0 and last.clause != idx - 1 and _A_PLAN_SAID.search(parts[idx - 1]):
        return []  # "took the first at 6, 2nd will be at 2, 3rd at 10": the plan goes on
    when, what = _time_of_second(m["what"], m["when"], now, zone)
    if when is None or not what or score_not_a_count(what, last.amount, last.count):
        return []  # ("…, 7 at 12": the pain then, read as a score of the clause)
    last.at = first_before(last.at, when, scan_time(parts[last.clause]), zone)
    when = after_the_first(when, last.at, scan_time(m["when"]), zone)
    amount, unit, count = second_dose_said(what, last.amount, last.unit, last.count)
    at = when.isoformat(timespec="seconds")
    return [
        replace(last, amount=amount, unit=unit, count=count, at=at, clause=idx, part=last.part + 1)
    ]


# A clause that says a dose is still to come: "2nd will be at 2", "next due at 4"
_A_PLAN_SAID = re.compile(r"\b(?:will|'ll|gonna|going\s+to|due|planned|plan\s+to|later)\b")


def _more_count(m: re.Match[str], before: float | None = None) -> float | None:
    """The count of a _MORE_BODY match: "3 more" is 3, "another" is 1, "again" the same
    as the dose `before` it ("2 motrin at 9 and again at 3")."""
    raw = m["n"] or m["m"] or m["k"]
    if raw:
        return count_value(raw)
    if m.group().endswith("other half"):
        return 0.5  # the rest of a tablet halved
    return before if m.group().endswith("again") else 1.0


def one_medicine_twice(
    clause: str,
    seg: str,
    named: Named,
    medication: str | None,
    amounts: list[tuple[float, str]],
    now: datetime,
    zone: ZoneInfo,
    idx: int,
) -> list[DoseEvent]:
    """ "took 3 advil at 2 and 3 more at 6", "tapentadol at 8 and 2": two doses of one
    medicine, each at its time ([] when the segment tells one)."""
    if not amounts and named.meds:
        # "ibuprofen 400 at 7 and another 400 at 1": the strength said bare
        bare = bare_amount(clause, named.ends[0], medication or "")
        amounts = [(bare[0], bare[1] or "")] if bare is not None else []
    more = MORE.search(seg) or _AT_AND_AT.search(seg)
    pair = two_timed_ones(seg, now, zone)
    if pair is not None:
        # "took the 8 o'clock one and the 2 o'clock one": a dose of each time named
        amount, unit = amounts[0] if len(amounts) == 1 else (None, None)
        doses = _doses_of([(t, amount, unit or None, None) for t in pair], medication, idx)
    elif more is None or more.start() == 0:
        doses = _each_at_its_time(seg, medication, amounts, now, zone, idx)
    else:
        told = named.counts[0] if named.counts else None
        doses = _two_doses(seg, more, medication, amounts, now, zone, idx, told)
    for dose in doses:
        # "Panadeine Forte", as written: the record and the reply name what was taken
        dose.product = named.products[0] if named.meds else None
    if doses and doses[0].count is None and named.counts and named.counts[0] is not None:
        doses[0].count = named.counts[0]  # "panadeine forte 2 at 11 and 2 more at 3"
    listed = doses_at_each_time(
        seg, doses[0] if doses else _first_of(named, medication, amounts, idx), now, zone
    )
    return listed if len(listed) > len(doses) else doses


def _first_of(
    named: Named, medication: str | None, amounts: list[tuple[float, str]], idx: int
) -> DoseEvent:
    """The first dose of a list, as said with the medicine's name."""
    amount, unit = amounts[0] if len(amounts) == 1 else (None, None)
    return DoseEvent(
        status="taken",
        medication=medication,
        amount=amount,
        unit=unit or None,
        count=named.counts[0] if named.counts else None,
        clause=idx,
        part=0,
        product=named.products[0] if named.meds else None,
    )


# "tizanidine 2mg at dinner and 4mg at bedtime", "pregabalin 75 at 8am + 75 at 8pm",
# "one vicodin at lunch, half at 4", "tramadol 100 at 8 in the morning and 8 at night": a
# second dose of the one medicine after the first one's time, with its own amount or
# count and its own time, closing the segment
_SECOND_AT = re.compile(
    r"(?:\s*,\s*(?:and\s+|then\s+)?|\s*[+&]\s*|\s+(?:and|then)\s+)(?:then\s+|again\s+)?"
    r"(?P<what>" + _SECOND_WHAT + r"\s+)?(?P<when>" + _CLOCK_SAID + r")\s*[,.;!]?\s*$"
)
# "oxy 10mg twice today 7am and 3pm": two doses, each at one of two times
_TWICE_AT = re.compile(r"\btwice\b.*?" + _TWO_CLOCKS)


def _each_at_its_time(
    seg: str,
    medication: str | None,
    amounts: list[tuple[float, str]],
    now: datetime,
    zone: ZoneInfo,
    idx: int,
) -> list[DoseEvent]:
    """Two doses of one medicine said each with its time and, for the second, its own
    amount or count ([] when the segment tells one dose)."""
    twice = _TWICE_AT.search(seg)
    if twice is not None:
        first_at, second_at = (resolve_scan(scan_time(twice[k]), now, zone) for k in ("a", "b"))
        if first_at is None or second_at is None:
            return []
        amount, unit = amounts[0] if len(amounts) == 1 else (None, None)
        return _doses_of(
            [(first_at, amount, unit, None), (second_at, amount, unit, None)], medication, idx
        )
    second = _SECOND_AT.search(seg)
    if second is None or second.start() == 0:
        return []
    first_text = seg[: second.start()]
    first_at = resolve_scan(scan_time(first_text), now, zone)
    second_at, what = _time_of_second(second["what"], second["when"], now, zone)
    if first_at is None or second_at is None:
        return []
    # The first dose's amount: said in its half, or the one amount said, if not the second's
    first_amounts = [a for a in amounts if a in amounts_in(first_text)]
    if not first_amounts and len(amounts) == 1 and not amounts_in(what):
        first_amounts = amounts
    amount, unit = first_amounts[0] if first_amounts else (None, None)
    count = count_in(first_text)
    amount2, unit2, count2 = second_dose_said(what, amount, unit, count)
    first_iso = first_before(
        first_at.isoformat(timespec="seconds"), second_at, scan_time(first_text), zone
    )
    return _doses_of(
        [
            (_at(first_iso), amount, unit or None, count),
            (second_at, amount2, unit2 or None, count2),
        ],
        medication,
        idx,
    )


_PART_OF_DAY = re.compile(r"(?:at\s+night|in\s+the\s+(?P<p>morning|afternoon|evening))$")


def _time_of_second(
    what: str | None, when: str, now: datetime, zone: ZoneInfo
) -> tuple[datetime | None, str]:
    """When a second dose was taken, and what is said of it besides: in "8 at night" the
    number is the hour (never a count of 8), in "75 at 8pm" the dose."""
    said = " ".join((what or "").split())
    part = _PART_OF_DAY.match(when)
    if part is not None and said.isdigit() and 1 <= int(said) <= 12:
        half = "am" if part["p"] == "morning" else "pm"
        return resolve_scan(scan_time(f"at {said}{half}"), now, zone), ""
    return resolve_scan(scan_time(when), now, zone), said


def _at(iso: str | None) -> datetime | None:
    return datetime.fromisoformat(iso) if iso else None


def _doses_of(
    halves: Sequence[tuple[datetime | None, float | None, str | None, float | None]],
    medication: str | None,
    idx: int,
) -> list[DoseEvent]:
    """One taken dose per (time, amount, unit, count)."""
    return [
        DoseEvent(
            status="taken",
            medication=medication,
            amount=amount,
            unit=unit,
            count=count,
            at=when.isoformat(timespec="seconds") if when is not None else None,
            clause=idx,
            part=n,
        )
        for n, (when, amount, unit, count) in enumerate(halves)
    ]


# "took my tapentadol at 8 and 2", "gabapentin 300 at 7 and 300 at 3": one medicine at
# two clock times (the split falls on the "and"; the second part keeps its time)
_AT_AND_AT = re.compile(
    # (the first time's am/pm left to it: "at 8am and at 8pm" is 08:00 then 20:00)
    # ("at 8 this morning and 2": the first time's part of the day said after it)
    r"(?:(?<=\d)|(?<=\d[ap]m)|(?<=\d\s[ap]m)|(?<=\d[ap]\.m\.)|(?<=\d\sthis\smorning)|"
    r"(?<=\d\sin\sthe\smorning)|(?<=\d\sthis\sam)|(?<=\bat\snoon)|(?<=\bat\smidday)|"
    # "endone 5 at 8 last night and 8 this morning"
    r"(?<=\d\slast\snight)|(?<=\d\syesterday)|(?<=\d\stonight))\s+(?:and|&)\s+"
    r"(?:again\s+|then\s+)?"
    # ("and 50 again at 11", "and at 14 o'clock", "and 12 noon")
    r"(?=(?:\d{2,4}\s+(?:mg\s+)?)?(?:again\s+)?(?:at\s+)?"
    r"\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\s*(?:o'?\s?clock\s*|noon\s*|midday\s*)?"
    r"(?:$|[,.;!]|this|last|in\s+the|tonight|today|and\b))"
)


_AN_HOUR_FIRST = re.compile(
    r"^\s*(?:again\s+)?(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s+(?:tonight|this|in\s+the|last)\b"
)
# "… and 500 at 12": the bare amount a second dose opens with, before its time
_OWN_AMOUNT = re.compile(
    r"^\s*(?:again\s+)?(?P<what>\d{2,4}(?:\.\d+)?)\s+(?:again\s+)?(?=(?:at|@|around|about)\b)"
)
# "…two norco one at noon…": a count given to one time, after a count of all
_EACH_AT = re.compile(r"\b(?P<k>[1-4]|one|two|three|four)\s+(?:at|@|around)\s+\S+\s*$")


def _two_doses(
    seg: str,
    more: re.Match[str],
    medication: str | None,
    amounts: list[tuple[float, str]],
    now: datetime,
    zone: ZoneInfo,
    idx: int,
    told: float | None = None,
) -> list[DoseEvent]:
    """The dose before "and N more" and the N after it, each with its own time; `told`:
    the count said with the name ("2 percocet, one at 10 and one at 2": shared out)."""
    first = seg[: more.start()]
    amount, unit = amounts[0] if len(amounts) == 1 else (None, None)
    # "1g at 8 and another 1g at 2": each dose its own amount
    amount2, unit2 = amount, unit
    if len(amounts) > 1 and (own := amounts_in(first)):
        amount, unit = own[0]
        amount2, unit2 = next(iter(amounts_in(seg[more.start() :])), own[0])
    said = count_in(first)
    if said is None:
        said = told
    # "… at 8 and 2": the second dose as the first; "… and 3 more at 6": as said
    again = said if more.re is _AT_AND_AT else _more_count(more, said)
    if again == 1.0 and more.group().rstrip().endswith("another") and amount2 is not None:
        again = None  # "another 1g": one more dose of that amount, its units not said
    if again is not None and again == amount and "another" in more.group():
        again = None  # "baclofen 10 … and another 10": the strength again, never 10 tablets
    split = _EACH_AT.search(first)
    if split is not None and said is not None and again is not None:
        each = count_value(split["k"])
        if each is not None and each + again == said:
            said = each  # "two norco, one at noon and one at 6": the two shared out
    second = seg[more.end() :]
    bare2 = _OWN_AMOUNT.match(second) if more.re is _AT_AND_AT else None
    if bare2 is not None and not amounts_in(second):
        # "tylenol 1000 at 8 and 500 at 12": the second said its own amount, bare
        said2, unit_said, _ = second_dose_said(bare2["what"], amount, unit, None)
        if said2 is not None and said2 != amount:
            amount2, unit2, again = said2, unit_said, None
    if more.re is _AT_AND_AT and (
        resolve_scan(scan_time(second), now, zone) is None
        # ("at 8 this morning and 8 tonight": the hour, never tonight's usual 21:00)
        or (scan_time(second).clock is None and _AN_HOUR_FIRST.match(second))
    ):
        second = "at " + second.lstrip()  # "at 8 and 2": the "at" said once for both
    first_at, second_at = (resolve_scan(scan_time(text), now, zone) for text in (first, second))
    if first_at is not None and second_at is not None:
        first_iso = first_at.isoformat(timespec="seconds")
        first_at = _at(first_before(first_iso, second_at, scan_time(first), zone))
    return _doses_of(
        [(first_at, amount, unit or None, said), (second_at, amount2, unit2 or None, again)],
        medication,
        idx,
    )


# "robaxin 500, took 1.5 tabs", "amitriptyline 10mg, a half one last night", "palexia 50
# at 7, just the one", "took naproxen, half of tablet 500 mg": how many of it, said after
_COUNT_OF_IT = re.compile(
    r"^\W*(?:(?:and|but)\s+)?(?:i\s+)?(?:(?:only\s+|just\s+)?(?:took|had|taken|take|swallowed)\s+)?"
    r"(?:only\s+|just\s+)?(?:(?P<one>the\s+one)\b|(?:the\s+|a\s+)?(?P<n>one\s+and\s+a\s+half|"
    r"1\s+and\s+(?:a\s+)?half|\d(?:\.5)?|1/2|½|¼|1/4|one|two|three|four|a\s+half|half|"
    r"a\s+quarter|quarter)\s*(?:of\s+)?(?:a\s+|an?\s+|the\s+|my\s+)?"
    r"(?:tabs?|tablets?|caps?|capsules?|caplets?|pills?|one)\b)"
)
_FRACTIONS = {"1/2": 0.5, "½": 0.5, "¼": 0.25, "1/4": 0.25}
# "thats 2 of the 50s", "it is 2 tablets of 50", "3 x 200", "half of a 4", "half of the 15
# tablet": the dose just named, told as so many of one strength
_BREAKDOWN = re.compile(
    r"^\W*(?:(?:it\s+is|it's|its|that's|thats|that\s+is|which\s+is|=|i\.?e\.?)\s+)?"
    r"(?P<n>one\s+and\s+a\s+half|\d(?:\.5)?|one|two|three|four|a\s+half|half)\s+"
    + TOLD_AS_UNITS
    + r"(?P<per>\d+(?:[.,]\d+)?)\s*(?P<u>mg|mcg|g|ml)?\s*(?:'?s\b|ones?|"
    + SOLID_UNITS
    + r")?\W*$"
)
# "took a cyclobenzaprine at 7:15, the 10": which strength it was
_THE_STRENGTH = re.compile(r"^\W*the\s+(?P<per>\d+(?:[.,]\d+)?)\s*(?P<u>mg|mcg)?(?:\s+one)?\W*$")


def _told_as_units(clause: str, last: DoseEvent) -> bool:
    """ "tramadol 100mg, thats 2 of the 50s": the count of the dose just named and one
    unit's strength ("took a cyclobenzaprine, the 10": only the strength). Whether it was."""
    m = _BREAKDOWN.match(clause)
    if m is not None and last.count is None:
        value = count_value(m["n"])
        if value is None:
            return False
        last.count = value
        last.amount = float(m["per"].replace(",", "."))
        last.unit = m["u"] or last.unit or "mg"
        return True
    m = _THE_STRENGTH.match(clause)
    if m is None or last.amount is not None or last.medication is None:
        return False
    found = bare_amount(" " + m["per"], 0, last.medication)
    if found is None or (found[1] is None and m["u"] is None):
        return False
    last.amount, last.unit = found[0], m["u"] or found[1]
    return True


def count_of_the_last(
    clause: str, doses: list[DoseEvent], now: datetime, zone: ZoneInfo, tscan: TimeScan
) -> bool:
    """A clause naming no medicine that is only how many of the dose just named were taken
    ("robaxin 500, took 1.5 tabs"): that dose's count — or, at a time of its own after the
    first's ("naproxen at 8, only half a tab at lunch"), a second dose of it. Whether it was."""
    m = _COUNT_OF_IT.match(clause)
    last = doses[-1] if doses else None
    if last is None or last.status != "taken" or last.medication is None:
        return False
    if _told_as_units(clause, last):
        return True
    if m is None or last.count is not None:
        return False
    raw = m["n"]
    value = 1.0 if m["one"] else _FRACTIONS.get(raw) or count_value(raw.replace("1 and", "one and"))
    if value is None:
        return False
    when = taken_when(tscan, "taken", now, zone) if (tscan.clock or tscan.anchor) else None
    at = when.isoformat(timespec="seconds") if when is not None else None
    if at is not None and last.at is not None and at != last.at:
        doses.append(replace(last, count=value, at=at, part=last.part + 1))
        return True
    last.count = value
    last.at = last.at or at
    return True
