"""Supply: units of a medicine on hand, counted down by the doses taken.

Nothing is decremented in place: the stock is what was counted (on /add, /refill) minus
the doses taken since, so an undone or corrected dose corrects the stock too. Each dose
taken uses one unit (a tablet, a patch), or the count the person said ("took 2").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.course import day_label

#: The refill warning's default lead time (PRODUCT.md §3).
REFILL_WARNING_DAYS = 7


class SupplyNotice(StrEnum):
    """What the person is told about a medicine's supply, each once per count."""

    SOON = "soon"  # runs out within the refill warning days
    LAST_DAY = "last_day"  # a day or less left


def supply_key(generic: str | None, name: str) -> str:
    """Which medicine a count belongs to, across its versions and free-text doses: its
    generic name, else its name as typed."""
    return generic or name.lower()


@dataclass(frozen=True, slots=True)
class Stock:
    """Units left, what a day uses, and for how many days that lasts."""

    left: float
    per_day: float | None  # None: taken as needed, no daily use to count on
    days_left: int | None
    runs_out_on: dt.date | None  # the first day without enough for that day's doses
    course_ends: dt.date | None = None  # set when the stock outlasts the course
    #: The days are an estimate from recent as-needed use (`per_day` is that pace), not
    #: a schedule: said as "at your recent pace".
    paced: bool = False


def within_course(current: Stock, last_day: dt.date | None) -> Stock:
    """The stock of a medicine whose course ends on `last_day`: one that lasts past the
    end is enough (no days to count, no refill to warn of); one that does not is as is."""
    if last_day is None or current.runs_out_on is None or current.runs_out_on <= last_day:
        return current
    return Stock(current.left, current.per_day, None, None, course_ends=last_day)


def daily_use(
    times_a_day: int, weekdays: int = 7, every_days: int = 1, per_dose: float = 1.0
) -> float | None:
    """Units a scheduled medicine uses a day on average (`per_dose` units a dose); None
    when it has no times."""
    if times_a_day <= 0:
        return None
    return per_dose * times_a_day * weekdays / 7 / max(1, every_days)


def stock(
    on_hand: float,
    used: float,
    per_day: float | None,
    today: dt.date,
    due_today: float = 0.0,
) -> Stock:
    """The stock after `used` units of `on_hand`, seen from the local date `today` with
    `due_today` units still to come today (after the evening dose, tomorrow is next)."""
    left = max(0.0, on_hand - used)
    if not per_day:
        return Stock(left, None, None, None)
    after_today = left - due_today
    if after_today < -1e-9:  # not even today's doses
        return Stock(left, per_day, 0, today)
    full_days = math.floor(after_today / per_day + 1e-9)  # days after today covered
    days = full_days + (1 if due_today > 0 else 0)
    return Stock(left, per_day, days, today + dt.timedelta(days=full_days + 1))


#: As-needed use is measured over at most the last this many days...
PACE_DAYS = 14
#: ...and over no fewer than this many: a day or two of use says little about the next.
PACE_MIN_DAYS = 3


def recent_pace(used: float, days: float) -> float | None:
    """Units a day an as-needed medicine has gone at: `used` over the last `days` days
    (None: too few days, or none used, to say)."""
    if days < PACE_MIN_DAYS - 1e-9 or used <= 0:
        return None
    return used / days


def paced_stock(on_hand: float, used: float, pace: float | None, today: dt.date) -> Stock:
    """The stock of an as-needed medicine, its days counted at the recent `pace` (units a
    day) when there is one: "at your recent pace, about 6 days"."""
    if pace is None:
        return stock(on_hand, used, None, today)
    return dataclasses.replace(stock(on_hand, used, pace, today), paced=True)


#: An as-needed medicine with no maximum of the person's own is low at this many left.
FEW_LEFT = 4


def notice_due(
    current: Stock,
    warn_days: int,
    *,
    warned: bool,
    last_day_warned: bool,
    as_needed_max: int | None = None,
    as_needed: bool = False,
) -> SupplyNotice | None:
    """The notice to send now, if any: the last day before the early warning when both
    apply (one message, not two), never one already sent for this count. An as-needed
    medicine (no days to count) is nearly out at a day's own maximum or fewer — an opioid
    run down from 20 to none unannounced meant withdrawal or a scramble (Sandbox,
    Melbourne)."""
    few = as_needed and current.left <= (as_needed_max or FEW_LEFT) + 1e-9
    if current.days_left is None:
        return SupplyNotice.SOON if few and not warned else None
    if current.left <= 0:
        return None
    if current.days_left <= 1 and not last_day_warned:
        return SupplyNotice.LAST_DAY
    # (an as-needed one counted at its recent pace is still low at a day's maximum)
    if (current.days_left <= warn_days or few) and not warned and not last_day_warned:
        return SupplyNotice.SOON
    return None


def _units(n: float) -> str:
    return f"{n:g}"


def describe_stock(current: Stock, *, pace: str = "your recent pace") -> str:
    """`60 on hand — about 30 days, until Sat 2 Jan`, `12 on hand — at your recent pace
    (about 2 a day), about 6 days` or `12 on hand`."""
    text = f"{_units(current.left)} on hand"
    if current.course_ends is not None:
        return f"{text} — enough for the course (ends {day_label(current.course_ends)})"
    if current.days_left is None or current.runs_out_on is None:
        return text
    if current.paced and current.per_day:
        # An estimate from what was taken lately, said as one (never a dose to keep to)
        at = f"at {pace} (about {_units(round(current.per_day, 1))} a day)"
        if current.days_left == 0:
            return f"{text} — {at}, less than a day"
        day = "day" if current.days_left == 1 else "days"
        return f"{text} — {at}, about {current.days_left} {day}"
    if current.days_left == 0:
        return f"{text} — not enough for a full day"
    last = current.runs_out_on - dt.timedelta(days=1)
    day = "day" if current.days_left == 1 else "days"
    return f"{text} — about {current.days_left} {day}, until {day_label(last)}"


#: Days a usual pharmacy supply lasts (a month's, three months'), and a part fill (a
#: week's, two weeks'): a pickup's choices, in the person's own daily use.
FILL_DAYS = (30, 90)
PART_FILL_DAYS = (7, 14)
#: Choices offered at most (the count is always typed otherwise).
MOST_CHOICES = 4


def pickup_choices(
    fills: Sequence[float], pack: float | None, per_day: float | None, *, short: bool
) -> list[int]:
    """How many may have come at a pickup, from this person's own: their past fills
    (newest first; else `pack`, their first count), then their daily use × a usual
    supply's days. A fill come short offers less than a usual one: half of it, a week's
    or two weeks' worth. Empty when nothing is known (the number is typed)."""
    days = PART_FILL_DAYS if short else FILL_DAYS
    by_use = [math.ceil(per_day * d - 1e-9) for d in days] if per_day else []
    known = [math.ceil(n - 1e-9) for n in fills] or ([math.ceil(pack - 1e-9)] if pack else [])
    if short:
        usual = known[0] if known else (math.ceil(per_day * FILL_DAYS[0]) if per_day else 0)
        wanted = [usual // 2, *by_use]
        return sorted({n for n in wanted if 0 < n < usual or (not usual and n > 0)})[:MOST_CHOICES]
    return list(dict.fromkeys(n for n in [*known, *by_use] if n > 0))[:MOST_CHOICES]
