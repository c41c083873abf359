"""A liquid's day maximum at /add: counted in measures of its volume once the ml dose is
known ("5 to 10 ml … max 6 doses a day" is 60 ml, was kept as 30 ml), said in ml ("max 30
ml a day", was not read), and never rounded up when the ml are no whole measures."""

from __future__ import annotations

import pytest

from bot.parsing.addline import parse_add_line

CASES = [
    # (line, units per dose, most, max in measures of 5 ml, ml cut)
    ("Oramorph 10mg/5ml 5 to 10 ml as needed max 6 doses a day", 1.0, 2.0, 12, None),
    ("oramorph 10mg/5ml 2.5 ml as needed up to 4 times a day", 0.5, None, 2, None),
    ("Oramorph 10mg/5ml 2.5 to 5 ml as needed max 6 times a day", 0.5, 1.0, 6, None),
    ("oramorph 10mg/5ml 5 ml as needed max 30 ml a day", 1.0, None, 6, None),
    ("oramorph 10mg/5ml 2.5-5ml prn no more than 60ml in 24 hours", 0.5, 1.0, 12, None),
    ("oramorph 10mg/5ml 2.5ml every 4 hours as needed 30 ml a day max", 0.5, None, 6, None),
    ("Oramorph 10mg/5ml 2.5–5 ml as needed max 30 ml per day", 0.5, 1.0, 6, None),  # /meds Edit
    # no whole measures: the whole ones below, and the ml said kept for the reply
    ("oramorph 10mg/5ml 2.5 ml as needed up to 3 times a day", 0.5, None, 1, 7.5),
    ("oramorph 10mg/5ml 2 ml as needed max 6 ml a day", 0.4, None, 1, 6.0),
    ("oramorph 10mg/5ml 5 ml as needed max 2 ml a day", 1.0, None, None, 2.0),
]


@pytest.mark.parametrize(("line", "units", "most", "limit", "cut"), CASES)
def test_a_liquids_maximum_in_measures_of_its_volume(
    line: str, units: float, most: float | None, limit: int | None, cut: float | None
) -> None:
    req = parse_add_line(line)
    assert (req.name or "").lower() == "oramorph"
    assert (req.amount, req.unit, req.volume_ml) == (10.0, "mg", 5.0)
    assert (req.units_per_dose, req.units_per_dose_max) == (units, most)
    assert (req.max_per_day, req.max_ml_cut) == (limit, cut)


@pytest.mark.parametrize(
    ("line", "limit"),
    [
        # tablets as before: a count of doses times the most of each, in tablets
        ("oxycodone 5mg 1-2 tablets as needed max 4 doses a day", 8),
        ("paracetamol 500mg 2 tablets up to 4 times a day", 8),
        ("ibuprofen 400mg max 3 a day as needed", 3),
        # a bare "max 6 a day" of a liquid stays six measures, as it was
        ("oramorph 10mg/5ml 5ml as needed max 6 a day", 6),
    ],
)
def test_other_maximums_are_read_as_before(line: str, limit: int) -> None:
    req = parse_add_line(line)
    assert (req.max_per_day, req.max_ml_cut) == (limit, None)


def test_ml_said_with_no_concentration_is_no_dose_and_no_name() -> None:
    req = parse_add_line("oramorph 10mg 5 ml as needed max 30 ml a day")
    assert req.name == "oramorph" and req.max_per_day is None and req.volume_ml is None
