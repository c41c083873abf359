"""When each of several doses of one medicine was taken, and what is said of each: the
first of two comes first ("1 at 8, then 2 more at 3pm" said at night is 08:00), the next
after it ("second at half 2" is 14:30), and a list of times after one name ("gaba 600 -
7am/1pm/7pm", "2 panadol at 6am and 2 at 12 and 2 at 6pm", "tramadol one at 6 one at 12
one at 6", "robaxin 750 twice today, 8ish and 3ish") is a dose at each. Pure, like the rest
of bot.parsing; bot.parsing.two_doses reads two doses and asks here for longer lists.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.findings import DoseEvent
from bot.parsing.numbers import amounts_in, count_in, count_value, to_float
from bot.parsing.patterns import TWICE
from bot.parsing.timephrases import TimeScan, on_the_wall, resolve_scan, scan_time
from bot.parsing.vocabulary import SOLID_UNITS

__all__ = [
    "after_the_first",
    "doses_at_each_time",
    "first_before",
    "score_not_a_count",
    "second_dose_said",
    "times_of_the_last",
]


def first_before(
    first_at: str | None, second: datetime, first_scan: TimeScan, zone: ZoneInfo
) -> str | None:
    """The first of two doses comes first: "1 at 8, then 2 more at 3pm" said in the evening
    is 08:00, not the 20:00 a bare "at 8" alone would be."""
    if first_at is None:
        return None
    first = datetime.fromisoformat(first_at)
    bare = first_scan.clock is not None and first_scan.clock.period is None
    # (at the same instant too: "at 8 and another at 8pm" said at 20:00 is 08:00 first)
    # ("today … at 7 and at 19": a day with no half of it leaves the hour bare too)
    if bare and first_scan.anchor in (None, "today", "earlier today") and first >= second:
        earlier = on_the_wall(first, zone, -12)
        if earlier < second:
            return earlier.isoformat(timespec="seconds")
    return first_at


def after_the_first(
    second: datetime, first_at: str | None, second_scan: TimeScan, zone: ZoneInfo
) -> datetime:
    """The second of two doses comes after the first: "first at 7.30 this morning, second
    at half 2" said at 08:35 is 14:30 (a time still to come, which the bot asks about),
    never the 02:30 a bare "half 2" alone would be."""
    clock = second_scan.clock
    if first_at is None or clock is None or clock.period is not None or second_scan.anchor:
        return second
    first = datetime.fromisoformat(first_at)
    if second > first:
        return second
    later = on_the_wall(second, zone, 12)
    return later if later > first else second


#: A strength and how many of it: "300 x1", "1 x 300"
STRENGTH_TIMES = (
    r"\d{2,4}(?:\.\d+)?\s*(?:mg|mcg)?\s*x\s*[1-4]|[1-4]\s*x\s*\d{2,4}(?:\.\d+)?\s*(?:mg|mcg)?"
)
_STRENGTH_TIMES = re.compile(r"^(?:" + STRENGTH_TIMES + r")\W*$")
_A_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def second_dose_said(
    what: str, amount: float | None, unit: str | None, count: float | None
) -> tuple[float | None, str | None, float | None]:
    """A second dose's (amount, unit, count) from what is said of it ("4mg", "75", "half",
    "2", "another") beside the first's: an amount said, a number of 10 or more (or the
    first's strength) as the amount, a small one as the count; else as the first."""
    said = amounts_in(what)
    if said:
        return said[0][0], said[0][1], None
    if _STRENGTH_TIMES.match(what):  # "300 x1", "1 x 300": the strength and how many of it
        count_said, strength = sorted(_A_NUMBER.findall(what), key=len)
        return to_float(strength), unit, count_value(count_said)
    signed = _COUNT_SIGNED.match(what)
    if signed is not None:
        raw = signed["n"] or signed["m"] or signed["k"]
        return amount, unit, count_value(raw)  # "x1 at noon", "2 tabs at 1pm"
    bare = to_float(what) if what[:1].isdigit() else None
    if bare is not None and (bare >= 10 or bare == amount or bare != int(bare)):
        return bare, unit, None  # "75 at 8pm" beside "pregabalin 75"
    if bare is not None and bare >= 5 and _of_its_size(bare, amount, count):
        return bare, unit, None  # "oxy 10 at 6 and 5 at 10": 5 mg, never 5 tablets
    if bare is not None:
        return amount, unit, bare
    if what and not what.startswith(("another", "same", "the same")):
        return amount, unit, count_value(what)  # "half at 4"
    return amount, unit, count


def score_not_a_count(what: str, amount: float | None, count: float | None) -> bool:
    """Whether a bare whole number 5 to 9 said in place of a second dose ("took 2 advil at 8,
    7 at 12") is more likely how the pain was at that time than so many tablets: no unit,
    no "more", not the first dose's amount nor of its size ("oxy 10 at 6 and 5 at 10" is
    5 mg). Seven tablets read from it fired overdose facts nobody meant."""
    bare = to_float(what) if what[:1].isdigit() else None
    if bare is None or bare != int(bare) or not 5 <= bare <= 9 or bare == amount:
        return False
    return not _of_its_size(bare, amount, count)


def _of_its_size(bare: float, amount: float | None, count: float | None) -> bool:
    """Whether a bare number is of the size of the first dose's amount, said without a
    count (a quarter of it to twice it): an amount too, not tablets."""
    return amount is not None and count is None and amount / 4 <= bare <= amount * 2


_COUNT_SIGNED = re.compile(
    r"^(?:x\s*(?P<n>[1-4](?:\.5)?)|(?P<m>[1-4])\s*x|(?P<k>[1-4]|one|two|three|four)\s+"
    + SOLID_UNITS
    + r")\b"
)


def _each_after(
    items: list[tuple[str, datetime, TimeScan]], start: datetime, zone: ZoneInfo
) -> list[datetime]:
    """The list's times from `start`, each after the one before."""
    times = [start]
    for _, at, scan in items[1:]:
        times.append(after_the_first(at, times[-1].isoformat(timespec="seconds"), scan, zone))
    return times


# Where one item of a list ends and the next begins: a comma, "and", "then", "/", "+", or,
# with nothing between, a new count and its time ("one at 6 one at 12")
_SEP = re.compile(
    # (a slash only between clock times: "7am/1pm/7pm", never "7/10" or "at 8 / flexeril")
    r"\s*(?:,|;|\+|&|\band\b|\bthen\b|\bn\b|(?:(?<=[ap]m)|(?<=noon)|(?<=midday))\s*/"
    r"(?=\s*(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]m|noon|midday)))\s*"
    r"(?:then\s+)?|"
    # "gabapentin 8am 2pm 10pm": clock times side by side
    r"(?<=[ap]m)\s+(?=\d{1,2}(?:[:.]\d\d)?\s*[ap]m\b)|"
    r"\s+(?=(?:x\s*[1-4]|[1-4]\s*x|one|two|three|[1-4])\s+(?:at|@)\s+\d)"
)
_CLOCK = (
    r"(?:(?:at|@|around|about|by)\s+)?(?:\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|"
    r"\d{1,2}(?:[:.][0-5]\d)?\s*ish|noon|midday|midnight)|"
    r"(?:at|@|around|about)\s+\d{1,2}(?:[:.][0-5]\d)?"
)
_DAY = r"(?:today|yesterday|this\s+morning|tonight|last\s+night|this\s+evening|this\s+afternoon)"
_DAY_SAID = re.compile(r"\b" + _DAY + r"\b")
# One later item: what is said of the dose, then its time, and nothing else
_ITEM = re.compile(
    # ("once at 8 and once at 2": each "once" is one dose at its time)
    r"^(?:once\s+)?(?:(?P<what>x\s*[1-4](?:\.5)?|[1-4]\s*x|[1-4](?:\.5)?|one|two|three|four|half|another|"
    r"(?:the\s+)?same|(?:the\s+)?(?:second|2nd|third|3rd)(?:\s+one)?|\d+(?:\.\d+)?\s*(?:mg|mcg|g)|"
    r"\d{2,4})\s+)?(?:" + SOLID_UNITS + r"\s+)?(?:again\s+)?"
    # ("n today at 7", "2 pm yesterday": the day said with the time)
    r"(?P<day1>" + _DAY + r"\s+)?"
    r"(?P<when>" + _CLOCK + r"|\d{1,2}(?:[:.][0-5]\d)?)(?:\s*h\b)?(?:\s+again)?"
    r"(?P<day2>\s+" + _DAY + r")?"
    r"(?:\s+(?:sir|ma'?am|po|lah|mate|today|so\s+far|all\s+done|done|taken|both|"
    # ("8am & 8pm as usual": the routine said, no more)
    r"as\s+(?:per\s+)?(?:usual|always|normal|prescribed)|like\s+(?:always|usual|normal|clockwork)))*\W*$"
)
_HALF_OF_DAY = re.compile(r"am|pm|ish|[ap]\.m")


def _as_a_time(when: str) -> str:
    """A list item's time as timephrases reads it: a bare "12" is "at 12"."""
    return "at " + when if when[:1].isdigit() else when


def doses_at_each_time(
    seg: str, first: DoseEvent, now: datetime, zone: ZoneInfo
) -> list[DoseEvent]:
    """A dose at each time of a list said after the medicine's name, `first` carrying
    what the first item said ([] when the segment is no list of two or more times)."""
    parts = [p.strip() for p in _SEP.split(seg) if p and p.strip()]
    if len(parts) < 2:
        return []
    head, rest = parts[0], parts[1:]
    if scan_time(head).clock is None and _ITEM.match(rest[0]) and not TWICE.search(head):
        head, rest = f"{head} {rest[0]}", rest[1:]  # "tramadol | one at 6 | one at 12"
    head_scan = scan_time(head)
    # "robaxin 750 twice so far today, 8ish and 3ish": the times of the doses counted
    counted = head_scan.clock is None and bool(TWICE.search(head) or count_in(head))
    if head_scan.clock is None and not counted:
        return []
    items: list[tuple[str, datetime, TimeScan]] = []
    if not counted:
        at = resolve_scan(head_scan, now, zone)
        if at is None:
            return []
        items.append(("", at, head_scan))
    bare_ok = counted or (head_scan.clock is not None and head_scan.clock.period is None)
    # The day said once holds for the times said without one: "yesterday: 8am 2pm 10pm",
    # "500 at 6 am and 2 pm yesterday"
    head_day = _DAY_SAID.search(head)
    later: list[tuple[str, str, str | None]] = []  # (what, the time said, its own day)
    for part in rest:
        m = _ITEM.match(part)
        if m is None:
            break
        when = m["when"]
        if when[:1].isdigit() and not _HALF_OF_DAY.search(when) and not bare_ok:
            break  # a bare number after a clock with its am/pm: no time said
        said = _as_a_time(when)
        own_day = (m["day1"] or m["day2"] or "").strip() or None
        later.append(((m["what"] or "").strip(), said, own_day))
    last_day = later[-1][2] if later else None
    if last_day and head_day is None and not any(day for _, _, day in later[:-1]):
        if not counted:
            head_scan = scan_time(f"{head} {last_day}")
            at = resolve_scan(head_scan, now, zone)
            if at is None:
                return []
            items = [("", at, head_scan)]
        later = [(what, said, last_day) for what, said, _ in later]
    for what, said, day in later:
        day = day or (head_day.group() if head_day else None)
        scan = scan_time(f"{day} {said}" if day else said)
        at = resolve_scan(scan, now, zone)
        if at is None:
            break
        items.append((what, at, scan))
    if len(items) < 2:
        return []
    if not counted and first.count is None:
        first = replace(first, count=count_in(head))  # "tramadol one at 6 one at 12"
    return _in_order(items, first, counted, now, zone)


def _in_order(
    items: list[tuple[str, datetime, TimeScan]],
    first: DoseEvent,
    counted: bool,
    now: datetime,
    zone: ZoneInfo,
) -> list[DoseEvent]:
    """The doses of a list, each after the one before ("at 6, 12 and 6" said at 8pm is
    06:00, 12:00, 18:00), with what is said of each."""
    amount, unit = first.amount, first.unit
    count = None if counted else first.count
    times = _each_after(items, items[0][1], zone)
    head_scan = items[0][2]
    bare_first = head_scan.clock is not None and head_scan.clock.period is None
    ahead = times[-1] > now
    if bare_first and (ahead or not _rising(times)):
        # A bare first hour read twelve hours late: the list run on from it ends ahead, or
        # it meets the time after it ("naproxen at 7 and at 19" said at 21:00) — the list
        # began twelve hours earlier
        earlier = _each_after(items, on_the_wall(items[0][1], zone, -12), zone)
        if earlier[-1] < times[-1] if ahead else _rising(earlier):
            times = earlier
    out: list[DoseEvent] = []
    for n, ((what, _, _), at) in enumerate(zip(items, times, strict=True)):
        said = second_dose_said(what, amount, unit, count) if n else (amount, unit, count)
        out.append(
            replace(
                first,
                amount=said[0],
                unit=said[1],
                count=said[2],
                at=at.isoformat(timespec="seconds"),
                part=first.part + n,
            )
        )
    return out


def _rising(times: list[datetime]) -> bool:
    """Whether each time is after the one before."""
    return all(a < b for a, b in zip(times, times[1:], strict=False))


def times_of_the_last(
    clause: str, last: DoseEvent, now: datetime, zone: ZoneInfo
) -> list[DoseEvent]:
    """A clause that is only a list of times, after a dose that said none ("gaba 600 -
    7am/1pm/7pm", "robaxin 750 twice today, 8ish and 3ish"): the dose at each of them
    (`last` becomes the first; the others are returned). [] when it is no such list."""
    if last.at is not None or last.status != "taken":
        return []
    parts = [p.strip() for p in _SEP.split(clause) if p and p.strip()]
    items: list[tuple[str, datetime, TimeScan]] = []
    for part in parts:
        m = _ITEM.match(part)
        if m is None or (m["what"] and not m["what"].startswith(("x", "again"))):
            return []
        when = m["when"]
        scan = scan_time(_as_a_time(when))
        at = resolve_scan(scan, now, zone)
        if at is None:
            return []
        items.append(("", at, scan))
    if len(items) < 2:
        return []
    # ("twice": the count was of the doses, not of the tablets in each)
    counted = last.count is not None and last.count == len(items) and not _UNITS_SAID.search(clause)
    doses = _in_order(items, last, counted, now, zone)
    last.at, last.count = doses[0].at, doses[0].count
    return doses[1:]


_UNITS_SAID = re.compile(r"\b" + SOLID_UNITS + r"\b")
