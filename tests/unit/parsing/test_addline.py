"""The one-line /add grammar of PRODUCT.md §2."""

from __future__ import annotations

from datetime import time

import pytest

from bot.parsing.addline import ALL_WEEKDAYS, AddRequest, parse_add_line

WEEKDAYS = frozenset({0, 1, 2, 3, 4})


# ---- the five examples of PRODUCT.md §2, exactly --------------------------------------


def test_spec_fixed_times() -> None:
    assert parse_add_line("ibuprofen 400mg 08:00 20:00") == AddRequest(
        name="ibuprofen",
        amount=400.0,
        unit="mg",
        times=(time(8), time(20)),
        weekdays=ALL_WEEKDAYS,
        as_needed=False,
        max_per_day=None,
    )


def test_spec_spaced_unit_and_time_list() -> None:
    assert parse_add_line("gabapentin 300 mg at 8am, 2pm and 10pm") == AddRequest(
        name="gabapentin",
        amount=300.0,
        unit="mg",
        times=(time(8), time(14), time(22)),
        weekdays=ALL_WEEKDAYS,
        as_needed=False,
        max_per_day=None,
    )


def test_spec_weekday_range() -> None:
    assert parse_add_line("duloxetine 60mg 9am mon-fri") == AddRequest(
        name="duloxetine",
        amount=60.0,
        unit="mg",
        times=(time(9),),
        weekdays=WEEKDAYS,
        as_needed=False,
        max_per_day=None,
    )


def test_spec_as_needed_with_daily_maximum() -> None:
    assert parse_add_line("acetaminophen 500mg as needed max 6 per day") == AddRequest(
        name="acetaminophen",
        amount=500.0,
        unit="mg",
        times=(),
        weekdays=ALL_WEEKDAYS,
        as_needed=True,
        max_per_day=6,
    )


def test_spec_two_word_name_and_percent() -> None:
    assert parse_add_line("lidocaine patch 5% 08:00") == AddRequest(
        name="lidocaine patch",
        amount=5.0,
        unit="%",
        times=(time(8),),
        weekdays=ALL_WEEKDAYS,
        as_needed=False,
        max_per_day=None,
    )


# ---- beyond the spec examples ---------------------------------------------------------


def test_name_only_leaves_everything_else_empty() -> None:
    req = parse_add_line("ibuprofen")
    assert req == AddRequest("ibuprofen", None, None, (), ALL_WEEKDAYS, False, None)


@pytest.mark.parametrize("text", ["naproxen 500mg twice a day", "naproxen 500mg daily"])
def test_frequency_without_times_leaves_times_empty(text: str) -> None:
    req = parse_add_line(text)
    assert (req.name, req.amount, req.unit, req.times) == ("naproxen", 500.0, "mg", ())
    assert req.weekdays == ALL_WEEKDAYS


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("baclofen 10mg 8am mon,wed,fri", {0, 2, 4}),
        ("baclofen 10mg 8am mon wed fri", {0, 2, 4}),
        ("baclofen 10mg 8am on tue/thu", {1, 3}),
        ("baclofen 10mg 8am weekdays", {0, 1, 2, 3, 4}),
        ("baclofen 10mg 8am weekends", {5, 6}),
        ("baclofen 10mg 8am every day", set(range(7))),
        ("baclofen 10mg 8am fri-mon", {4, 5, 6, 0}),
        ("baclofen 10mg 8am Monday to Thursday", {0, 1, 2, 3}),
        ("baclofen 10mg 8am mondays and thursdays", {0, 3}),
    ],
)
def test_weekday_forms(text: str, days: set[int]) -> None:
    req = parse_add_line(text)
    assert req.weekdays == frozenset(days)
    assert req.name == "baclofen"
    assert req.times == (time(8),)


@pytest.mark.parametrize(
    ("text", "maximum"),
    [
        ("tramadol 50mg prn max 4/day", 4),
        ("tramadol 50mg as needed up to 4 a day", 4),
        ("tramadol 50mg when needed no more than 3 per day", 3),
        ("tramadol 50mg PRN maximum of 6 tablets per day", 6),
        ("tramadol 50mg p.r.n.", None),
    ],
)
def test_as_needed_and_maximum(text: str, maximum: int | None) -> None:
    req = parse_add_line(text)
    assert req.as_needed is True
    assert req.max_per_day == maximum
    assert (req.name, req.amount, req.unit) == ("tramadol", 50.0, "mg")


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("fentanyl 12 mcg", 12.0, "mcg"),
        ("vitamin d 1000 units", 1000.0, "unit"),
        ("oxycodone liquid 5 ml", 5.0, "ml"),
        ("paracetamol 1g", 1.0, "g"),
        ("naproxen 0.5 g", 0.5, "g"),
        ("ibuprofen 400", 400.0, None),
    ],
)
def test_units(text: str, amount: float, unit: str | None) -> None:
    req = parse_add_line(text)
    assert (req.amount, req.unit) == (amount, unit)


def test_times_sorted_and_unique_and_case_kept() -> None:
    req = parse_add_line("Meloxicam 15MG 8PM 8am 20:00")
    assert req.name == "Meloxicam"
    assert req.times == (time(8), time(20))


def test_bare_hour_after_at_and_half_hours() -> None:
    assert parse_add_line("celecoxib 200mg at 9").times == (time(9),)
    assert parse_add_line("celecoxib 200mg 8.30am").times == (time(8, 30),)
    assert parse_add_line("celecoxib 200mg at noon").times == (time(12),)


@pytest.mark.parametrize("text", ["", "   ", "!!!", "5%", "max 6 per day", "08:00", "\x00\u202e"])
def test_never_raises_and_no_name_when_none_given(text: str) -> None:
    req = parse_add_line(text)
    assert isinstance(req, AddRequest)
    assert req.name is None


def test_whitespace_is_normalised_in_name() -> None:
    assert parse_add_line("  lidocaine    patch   5%  ").name == "lidocaine patch"


# ---- combination strengths ("10/325") ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        ("norco 10/325 every 6 hours as needed", "10/325"),
        ("norco 10/325mg as needed", "10/325"),
        ("percocet 7.5 / 325 mg 08:00", "7.5/325"),
        ("ultracet 37.5/325 08:00 20:00", "37.5/325"),
    ],
)
def test_combination_strength_is_kept_whole(line: str, strength: str) -> None:
    req = parse_add_line(line)
    # Not "10" (the first number) nor "325 mg" (the second with the unit): which number
    # belongs to which ingredient depends on the drug.
    assert req.strength == strength
    assert req.amount is None and req.unit is None
    assert req.name in ("norco", "percocet", "ultracet")


def test_a_half_tablet_is_not_a_strength() -> None:
    req = parse_add_line("pill 1/2 tablet 08:00")
    assert req.strength is None


@pytest.mark.parametrize(
    ("text", "per_day", "parts"),
    [
        ("cyclobenzaprine 10mg at bedtime", None, {"bedtime"}),
        ("amitriptyline 10mg nightly", None, {"bedtime"}),
        ("duloxetine 60mg in the morning", None, {"morning"}),
        ("ibuprofen 400mg with breakfast and dinner", None, {"morning", "evening"}),
        ("baclofen 10mg morning and night", None, {"morning", "bedtime"}),
        ("gabapentin 300mg 3 times a day", 3, set()),
        ("gabapentin 300mg three times daily", 3, set()),
        ("ibuprofen 400mg 3x daily", 3, set()),
        ("naproxen 500mg twice a day", 2, set()),
        ("naproxen 500 bid", 2, set()),
        ("tramadol 50mg every 6 hours", 4, set()),
        ("tramadol 50mg every 5 hours", None, set()),
        ("meloxicam 15mg once daily", 1, set()),
        ("duloxetine 60mg daily", 1, set()),
        ("ibuprofen 400mg", None, set()),
        # Clock times say it all: nothing to suggest...
        ("ibuprofen 400mg twice a day 08:00 20:00", None, set()),
        ("gabapentin 300mg 8am 10pm nightly", None, set()),
        # ...unless a part of the day is left without one.
        ("gabapentin 300mg at 8am and at night", None, {"bedtime"}),
        ("baclofen 10mg 08:00 and with dinner", None, {"evening"}),
    ],
)
def test_how_often_and_when_without_clock_times(
    text: str, per_day: int | None, parts: set[str]
) -> None:
    req = parse_add_line(text)
    assert (req.per_day, set(req.parts_of_day)) == (per_day, parts)
    assert req.weekdays == ALL_WEEKDAYS


@pytest.mark.parametrize(
    ("text", "name", "strength", "times"),
    [
        ("tylenol 3 300/30 as needed", "tylenol 3", "300/30", []),
        ("Tylenol #3 08:00", "Tylenol #3", None, ["08:00"]),
        ("Tylenol No. 4 as needed", "Tylenol No. 4", None, []),
        ("tylenol with codeine 300/30mg as needed", "tylenol with codeine", "300/30", []),
        # The number is the frequency or the time, not the product.
        ("tylenol 3 times a day", "tylenol", None, []),
        ("tylenol 500mg at 3pm", "tylenol", None, ["15:00"]),
    ],
)
def test_numbered_products_keep_their_number_in_the_name(
    text: str, name: str, strength: str | None, times: list[str]
) -> None:
    req = parse_add_line(text)
    assert (req.name, req.strength) == (name, strength)
    assert [t.strftime("%H:%M") for t in req.times] == times


@pytest.mark.parametrize(
    ("line", "times"),
    [
        ("pregabalin 75mg at 9 and 21", (time(9), time(21))),
        ("pregabalin 75mg at 7, 13 and 19", (time(7), time(13), time(19))),
        # a count after the hour is not another hour
        ("pregabalin at 9 and 2 capsules", (time(9),)),
    ],
)
def test_hours_listed_after_one_at(line: str, times: tuple[time, ...]) -> None:
    assert parse_add_line(line).times == times


@pytest.mark.parametrize(
    ("line", "first", "later", "unset"),
    [
        # a titration: the first step's schedule is its own, not the later one's
        ("pregabalin 75mg 22:00 for 3 days then 75mg 08:00 22:00", ["22:00"],
         [["08:00", "22:00"]], False),
        ("gabapentin 300mg at night for 3 days then 300mg twice a day", [], [[]], True),
        ("gabapentin 300mg at night for 3 days then twice a day", [], [[]], True),
        ("prednisone 40mg 08:00 for 5 days then 20mg for 5 days then stop", ["08:00"],
         [[], []], False),
        ("naproxen 500mg 08:00 20:00 for 10 days", ["08:00", "20:00"], [], False),
    ],
)  # fmt: skip
def test_a_later_step_keeps_its_own_schedule(
    line: str, first: list[str], later: list[list[str]], unset: bool
) -> None:
    req = parse_add_line(line)
    assert [t.strftime("%H:%M") for t in req.times] == first
    assert [[t.strftime("%H:%M") for t in ts] for ts in req.later_times] == later
    assert req.later_when_unset is unset
    if "at night" in line:
        assert req.per_day is None and req.parts_of_day == {"bedtime"}, "not twice in step one"


def test_a_later_step_said_in_words_keeps_how_often() -> None:
    req = parse_add_line("pregabalin 75mg at night for 3 days then 75mg twice a day")
    assert req.later_when == ((2, frozenset()),) and req.later_when_unset
    night = parse_add_line("gabapentin 300mg 08:00 for 3 days then 300mg at night")
    assert night.later_when == ((None, frozenset({"bedtime"})),)


def test_a_nurses_four_figure_times_are_the_times() -> None:
    # Found living it: "/add panadol osteo 665mg 2 tabs TDS 0800 1400 2200" asked again
    # when the doses were taken
    r = parse_add_line("panadol osteo 665mg 2 tabs TDS 0800 1400 2200")
    assert sorted(r.times) == [time(8), time(14), time(22)] and r.amount == 665
    assert sorted(parse_add_line("lyrica 75mg 0900 2100").times) == [time(9), time(21)]
    # one bare four-figure number is a strength, as written
    alone = parse_add_line("paracetamol 1000 08:00")
    assert alone.amount == 1000 and sorted(alone.times) == [time(8)]


@pytest.mark.parametrize(
    "text",
    [
        "ibuprofen 600mg 08:00 16:00 24:00",
        "ibuprofen 600mg 08:00, 16:00 and 24:00",
        "ibuprofen 600mg 08h00 16h00 24h00",
    ],
)
def test_the_days_end_on_a_24_hour_clock_is_the_midnight_dose(text: str) -> None:
    # A Spanish prescription's "24:00" was dropped from the list without a word
    assert parse_add_line(text).times == (time(0, 0), time(8, 0), time(16, 0))


def test_every_24h_is_no_clock_time() -> None:
    assert parse_add_line("ibuprofen 600mg every 24h").times == ()
