"""What a pickup with no count said offers: the person's own fills and daily use."""

from __future__ import annotations

from bot.domain.supply import pickup_choices


def test_a_past_fill_comes_first_then_a_month_and_three_of_the_daily_use() -> None:
    assert pickup_choices([56.0], 30.0, 2.0, short=False) == [56, 60, 180]


def test_with_no_fill_yet_the_first_count_is_the_pack() -> None:
    assert pickup_choices([], 30.0, 2.0, short=False) == [30, 60, 180]


def test_a_part_fill_offers_less_than_a_usual_one() -> None:
    # Half the usual 60, a week's and two weeks' of 2 a day.
    assert pickup_choices([60.0], 20.0, 2.0, short=True) == [14, 28, 30]
    # An as-needed medicine at 2 a day, first given 20: two weeks' (28) is not "part".
    assert pickup_choices([], 20.0, 2.0, short=True) == [10, 14]


def test_a_fractional_daily_use_rounds_up_to_whole_units() -> None:
    assert pickup_choices([], None, 1.5, short=False) == [45, 135]


def test_nothing_known_offers_nothing_to_tap() -> None:
    assert pickup_choices([], None, None, short=False) == []
    assert pickup_choices([], None, None, short=True) == []
