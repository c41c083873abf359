"""Supply: units of a medicine on hand, counted down by the doses taken.

Nothing is decremented in place: the stock is what was counted (on /add, /refill) minus
the doses taken since, so an undone or corrected dose corrects the stock too. Each dose
taken uses one unit (a tablet, a patch), or the count the person said ("took 2").
"""

from __future__ import annotations

import datetime as dt
import math
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
    if current.days_left is None and as_needed:
        low = current.left <= (as_needed_max or FEW_LEFT) + 1e-9
        return SupplyNotice.SOON if low and not warned else None
    if current.days_left is None or current.left <= 0:
        return None
    if current.days_left <= 1 and not last_day_warned:
        return SupplyNotice.LAST_DAY
    if current.days_left <= warn_days and not warned and not last_day_warned:
        return SupplyNotice.SOON
    return None


def _units(n: float) -> str:
    return f"{n:g}"


def describe_stock(current: Stock) -> str:
    """`60 on hand — about 30 days, until Sat 2 Jan` or `12 on hand`."""
    text = f"{_units(current.left)} on hand"
    if current.course_ends is not None:
        return f"{text} — enough for the course (ends {day_label(current.course_ends)})"
    if current.days_left is None or current.runs_out_on is None:
        return text
    if current.days_left == 0:
        return f"{text} — not enough for a full day"
    last = current.runs_out_on - dt.timedelta(days=1)
    day = "day" if current.days_left == 1 else "days"
    return f"{text} — about {current.days_left} {day}, until {day_label(last)}"
