"""Supply arithmetic: stock from what was counted and what was taken since; notices once."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.supply import (
    Stock,
    SupplyNotice,
    daily_use,
    describe_stock,
    notice_due,
    stock,
    within_course,
)

WED = dt.date(2026, 12, 2)


def test_daily_use_follows_the_schedule() -> None:
    assert daily_use(2) == 2
    assert daily_use(2, per_dose=2) == 4  # two tablets at each of two times
    assert daily_use(1, weekdays=5) == pytest.approx(5 / 7)
    assert daily_use(1, every_days=2) == 0.5
    assert daily_use(0) is None


@pytest.mark.parametrize(
    ("on_hand", "used", "per_day", "due_today", "left", "days", "until"),
    [
        (60, 0, 2, 2, 60, 30, "about 30 days, until Thu 31 Dec"),  # morning
        (60, 50, 2, 0, 10, 5, "about 5 days, until Mon 7 Dec"),  # evening: today is done
        (3, 0, 2, 2, 3, 1, "about 1 day, until Wed 2 Dec"),
        (2, 0, 2, 0, 2, 1, "about 1 day, until Thu 3 Dec"),  # after the evening dose
        (1, 0, 2, 2, 1, 0, "not enough for a full day"),
        (5, 9, 2, 0, 0, 0, "not enough for a full day"),
        (14, 0, 0.5, 0, 14, 28, "about 28 days, until Wed 30 Dec"),
    ],
)
def test_stock_and_its_words(
    on_hand: float,
    used: float,
    per_day: float,
    due_today: float,
    left: float,
    days: int,
    until: str,
) -> None:
    current = stock(on_hand, used, per_day, WED, due_today)
    assert (current.left, current.days_left) == (left, days)
    assert until in describe_stock(current)


def test_as_needed_has_a_count_but_no_days() -> None:
    current = stock(20, 3, None, WED)
    assert current == Stock(17, None, None, None)
    assert describe_stock(current) == "17 on hand"
    assert notice_due(current, 7, warned=False, last_day_warned=False) is None


@pytest.mark.parametrize(
    ("days_left", "warned", "last_warned", "expected"),
    [
        (30, False, False, None),
        (8, False, False, None),
        (7, False, False, SupplyNotice.SOON),
        (3, True, False, None),
        (1, True, False, SupplyNotice.LAST_DAY),
        (1, False, False, SupplyNotice.LAST_DAY),  # one message, not two
        (1, True, True, None),
        (0, True, False, SupplyNotice.LAST_DAY),
    ],
)
def test_each_notice_once(
    days_left: int, warned: bool, last_warned: bool, expected: SupplyNotice | None
) -> None:
    current = Stock(float(days_left * 2 + 1), 2.0, days_left, WED + dt.timedelta(days=days_left))
    assert notice_due(current, 7, warned=warned, last_day_warned=last_warned) is expected


def test_nothing_left_is_no_notice() -> None:
    assert notice_due(stock(2, 2, 2, WED), 7, warned=False, last_day_warned=False) is None


def test_a_stock_that_outlasts_its_course_is_enough_and_never_warned() -> None:
    today = dt.date(2026, 12, 7)
    current = stock(30, 0, 1.0, today, due_today=1.0)
    ends = dt.date(2026, 12, 13)
    lasting = within_course(current, ends)
    assert describe_stock(lasting) == "30 on hand — enough for the course (ends Sun 13 Dec)"
    assert notice_due(lasting, 7, warned=False, last_day_warned=False) is None
    # Too few for the course: counted and warned as any stock.
    short = stock(3, 0, 1.0, today, due_today=1.0)
    assert within_course(short, ends) == short
    assert notice_due(within_course(short, ends), 7, warned=False, last_day_warned=False)
    assert within_course(current, None) == current


def test_an_as_needed_medicine_is_low_at_a_days_own_maximum() -> None:
    # Found living it: Endone 5 mg as needed, max 6 a day, counted 20 and run down to none
    # with no word (no days to count for a medicine taken as needed).
    from bot.domain.supply import FEW_LEFT, Stock, SupplyNotice, notice_due

    def at(left: float, *, warned: bool = False, top: int | None = 6) -> SupplyNotice | None:
        return notice_due(
            Stock(left, None, None, None),
            7,
            warned=warned,
            last_day_warned=False,
            as_needed=True,
            as_needed_max=top,
        )

    assert at(7) is None and at(6) is SupplyNotice.SOON and at(0) is SupplyNotice.SOON
    assert at(3, warned=True) is None, "once per count"
    assert at(FEW_LEFT, top=None) is SupplyNotice.SOON and at(FEW_LEFT + 1, top=None) is None


def test_recent_pace_needs_a_few_days_of_use() -> None:
    from bot.domain.supply import recent_pace

    assert recent_pace(28, 14) == 2
    assert recent_pace(6, 3) == 2
    assert recent_pace(4, 2) is None  # two days say little about the next ones
    assert recent_pace(0, 14) is None  # not used lately: no pace to count days by


def test_an_as_needed_stock_is_counted_at_its_recent_pace_and_said_as_an_estimate() -> None:
    from bot.domain.supply import paced_stock

    current = paced_stock(20, 6, 2.0, WED)  # 14 left at about 2 a day
    assert current.paced and current.days_left == 7
    said = describe_stock(current)
    assert said == "14 on hand — at your recent pace (about 2 a day), about 7 days"
    assert "until" not in said  # an estimate, no date promised
    assert paced_stock(20, 6, None, WED) == Stock(14, None, None, None)


def test_an_as_needed_stock_at_its_recent_pace_is_warned_of_within_the_warning() -> None:
    from bot.domain.supply import paced_stock

    fine = paced_stock(40, 0, 2.0, WED)  # 20 days
    assert notice_due(fine, 7, warned=False, last_day_warned=False, as_needed=True) is None
    low = paced_stock(12, 0, 2.0, WED)  # 6 days
    assert notice_due(low, 7, warned=False, last_day_warned=False, as_needed=True) == (
        SupplyNotice.SOON
    )
    # Used seldom, yet down to a day's own maximum: still said (the old as-needed rule).
    seldom = paced_stock(4, 0, 0.3, WED)
    assert notice_due(
        seldom, 7, warned=False, last_day_warned=False, as_needed=True, as_needed_max=4
    ) == (SupplyNotice.SOON)
