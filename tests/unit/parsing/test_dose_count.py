"""How many tablets make one dose, in an /add line (bot.parsing.dose_count), and the
"max N a day" it turns into tablets."""

from __future__ import annotations

import pytest

from bot.parsing.addline import parse_add_line
from bot.parsing.dose_count import cut_dose_count, max_counts_doses


@pytest.mark.parametrize(
    ("line", "units", "max_per_day"),
    [
        ("co-codamol 30/500 2 tablets up to 4 times a day as needed", 2, 8),
        ("co-codamol 30/500 two tablets four times a day", 2, None),
        ("ibuprofen 200mg 2 tablets 8am 8pm", 2, None),
        ("ibuprofen 2 x 200mg 8am", 2, None),
        ("ibuprofen 2x200mg at 8am", 2, None),
        ("paracetamol 500mg take 2 four times a day as needed max 8 tablets a day", 2, 8),
        ("paracetamol 500mg take two as needed max 4 doses a day", 2, 8),
        ("paracetamol 500mg take 2 at 8 and 20", 2, None),
        ("amitriptyline 10mg half a tablet at night", 0.5, None),
        ("amitriptyline 10mg 1/2 tab 22:00", 0.5, None),
        ("gabapentin 300mg 3 capsules at 8am", 3, None),
        ("salbutamol 2 puffs as needed max 4 times a day", 2, 8),
        ("naproxen 500mg one tablet 08:00 20:00", 1, None),
        # a bare count, known by the "at 8am" or "every 6 hours" after it
        ("co-codamol 30/500 2 at 8am", 2, None),
        ("ibuprofen 200mg 2 at 8am and 8pm", 2, None),
        ("tramadol 50mg 2 every 6 hours as needed", 2, None),
        ("amitriptyline 10mg 2 at night", 2, None),
        ("gabapentin 300mg 2 three times a day", 2, None),
        # a bare "max 8 a day" is the leaflet's tablets in 24 hours, not 8 doses of 2
        ("paracetamol 500mg 2 tablets as needed max 8 a day", 2, 8),
        ("paracetamol 500mg 2 tabs prn max 8/day", 2, 8),
        ("paracetamol 500mg 2 tablets as needed no more than 8 in 24 hours", 2, 8),
        ("co-codamol 2 tablets as needed, no more than 8 tablets in any 24-hour period", 2, 8),
        ("oxycodone 5mg 2 tablets every 4 hours as needed max 12 a day", 2, 12),
        ("paracetamol 500mg 2 tabs max 4 x a day", 2, 8),
        ("paracetamol 500mg 2 tablets up to 4x a day", 2, 8),
    ],
)
def test_units_in_one_dose(line: str, units: float, max_per_day: int | None) -> None:
    req = parse_add_line(line)
    assert req.units_per_dose == units
    assert req.max_per_day == max_per_day


@pytest.mark.parametrize(
    "line",
    [
        "ibuprofen 400mg 08:00 20:00",
        "gabapentin 300mg 3 capsules a day",  # a day's count, not a dose's
        "naproxen 500mg 08:00 20:00 supply 60",
        "naproxen 500mg 08:00 20:00 28 tablets",  # a box
        "acetaminophen 500mg as needed max 6 per day",
        "prednisone 20mg 08:00 for 5 days then 10mg for 5 days",
        "tylenol pm 1 at 22:00",  # no strength before it: the dose itself, one Tylenol PM
        "norco 1 at 8am",
        "ibuprofen 400mg at 2 and 8",  # hours
        "ibuprofen 400 mg 8 and 20",
        "naproxen 500mg 2 a day",  # the day's, not one dose's
        "paracetamol 1g 2 times a day",
        "ibuprofen 400mg 2 daily",
    ],
)
def test_no_count_said(line: str) -> None:
    assert parse_add_line(line).units_per_dose is None


def test_the_rest_of_the_line_reads_as_before() -> None:
    with_count = parse_add_line("ibuprofen 200mg 2 tablets 8am 8pm")
    without = parse_add_line("ibuprofen 200mg 8am 8pm")
    assert (with_count.name, with_count.amount, with_count.unit, with_count.times) == (
        without.name,
        without.amount,
        without.unit,
        without.times,
    )


def test_a_range_is_blanked_and_said_to_vary() -> None:
    count, rest = cut_dose_count("tramadol 50mg 1-2 tablets as needed")
    assert count.units == 1 and count.varies and count.most == 2
    assert "tablets" not in rest and len(rest) == len("tramadol 50mg 1-2 tablets as needed")


@pytest.mark.parametrize(
    ("line", "least", "most"),
    [
        # The least and the most one dose may be are both kept (Sandbox: "1-2 tabs" kept
        # one, so every dose of two read as more than the prescribed dose).
        ("oxycodone 5mg 1-2 tabs every 6 hours as needed", 1, 2),
        ("tramadol 50mg 1 to 2 tablets as needed", 1, 2),
        ("tramadol 50mg one or two as needed", 1, 2),
        ("tramadol 50mg one or two tablets every 6 hours as needed", 1, 2),
        ("oxycodone 5mg 1\u20132 tabs every 6 hours as needed", 1, 2),  # en dash
        ("oxycodone 5mg 1\u20132 every 6 hours as needed", 1, 2),
        ("oxycodone 5mg 1-2 every 4 hours prn", 1, 2),  # no unit word: "2 every" no dose of 2
        ("oxycodone 5mg 1 or 2 every 4 hours prn", 1, 2),
        ("oxycodone 5mg take 1-2 every 4 hours as needed", 1, 2),
        ("tramadol 50mg 1 or 2 capsules as needed", 1, 2),
        ("gabapentin 300mg 2-3 capsules at night", 2, 3),
        ("co-codamol 30/500 2-1 tablets as needed", 1, 2),  # either way round
        # answers to the guided flow's dose question
        ("1-2 tablets", 1, 2),
        ("one or two tablets", 1, 2),
        ("5mg 1 to 2 tabs", 1, 2),
    ],
)
def test_a_range_keeps_its_least_and_most(line: str, least: float, most: float) -> None:
    req = parse_add_line(line)
    assert (req.units_per_dose, req.units_per_dose_max) == (least, most)


@pytest.mark.parametrize(
    "line",
    [
        "ibuprofen 200mg 2 tablets 8am 8pm",
        "oxycodone 5mg 2 every 6 hours as needed",
        "co-codamol 30/500 2 or 2 tablets as needed",  # no range
        "ibuprofen 400mg 8-10 tablets",  # no dose of tablets
        "paracetamol 500mg take 1 to 2 times a day",  # how often, not how many
    ],
)
def test_no_range_said(line: str) -> None:
    assert parse_add_line(line).units_per_dose_max is None


def test_a_range_leaves_the_rest_of_the_line_as_it_was() -> None:
    req = parse_add_line("oxycodone 5mg 1\u20132 tabs every 6 hours as needed max 8 a day")
    assert (req.name, req.amount, req.unit, req.as_needed, req.max_per_day) == (
        "oxycodone",
        5.0,
        "mg",
        True,
        8,
    )
    assert req.course.every_hours == 6 and req.times == ()


@pytest.mark.parametrize(
    ("said", "doses"),
    [
        ("up to 4 times a day", True),
        ("max 4 doses a day", True),
        ("max 4x a day", True),
        ("max 4 x a day", True),
        ("max 8 a day", False),
        ("max 8 per day", False),
        ("no more than 8 tablets a day", False),
        ("max 8 caps per day", False),
    ],
)
def test_a_maximum_counts_doses_or_tablets(said: str, doses: bool) -> None:
    assert max_counts_doses(said) is doses


@pytest.mark.parametrize(
    ("line", "max_per_day"),
    [
        # four doses of up to two tablets: the label's 400 mg of tramadol is 8 tablets
        ("tramadol 50mg 1-2 tablets as needed up to 4 times a day", 8),
        ("tramadol 50mg 1 or 2 capsules as needed max 4 doses a day", 8),
        ("tramadol 50mg 1-2 tablets every 6 hours as needed max 8 a day", 8),
    ],
)
def test_a_range_counts_its_largest_dose_in_a_maximum_of_doses(line: str, max_per_day: int) -> None:
    req = parse_add_line(line)
    assert req.units_per_dose_max == 2 and req.max_per_day == max_per_day


@pytest.mark.parametrize(
    ("line", "day_units", "per_day", "units", "max_per_day"),
    [
        # A day's tablets, how often not said: never read as all of them at once.
        ("gabapentin 300mg, 3 caps daily", 3, None, None, None),
        ("gabapentin 300mg 3 capsules a day", 3, None, None, None),
        ("naproxen 250mg 2 tablets per day", 2, None, None, None),
        ("amitriptyline 10mg 2 tablets daily at night", 2, None, None, None),
        # A bare count a day is tablets too (Sandbox, London: "adcal d3 2 a day" was saved
        # as a strength of "2").
        ("naproxen 500mg 2 a day", 2, None, None, None),
        ("adcal 2 per day", 2, None, None, None),
        ("naproxen 250mg two daily", 2, None, None, None),
        # One a day is once a day.
        ("amitriptyline 10mg one a day", None, 1, None, None),
        ("amitriptyline 10mg 1 a day", None, 1, None, None),
        # How often said: the count is one dose's, as before.
        ("ibuprofen 200mg 2 tablets 3 times a day", None, 3, 2, None),
        ("amitriptyline 10mg 2 tablets once a day", None, 1, 2, None),
        ("amitriptyline 10mg 1 tablet daily", None, 1, 1, None),
        ("paracetamol 500mg max 8 tablets a day", None, None, None, 8),
        # As needed, the day's tablets are the person's own limit.
        ("co-codamol 30/500 2 tablets a day as needed", None, None, None, 2),
    ],
)
def test_a_days_tablets_are_not_one_dose(
    line: str,
    day_units: float | None,
    per_day: int | None,
    units: float | None,
    max_per_day: int | None,
) -> None:
    req = parse_add_line(line)
    got = (req.units_per_day, req.per_day, req.units_per_dose, req.max_per_day)
    assert got == (day_units, per_day, units, max_per_day)


@pytest.mark.parametrize(
    "line", ["adcal d3 2 a day 9am 9pm", "ibuprofen 2 a day 9am 9pm", "adcal 2 daily"]
)
def test_a_count_a_day_is_no_strength(line: str) -> None:
    req = parse_add_line(line)
    assert (req.strength, req.amount, req.units_per_day) == (None, None, 2)
    assert req.name is not None and "2" not in req.name
