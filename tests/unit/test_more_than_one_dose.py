"""A logged dose bigger than the list's one dose (a range's most) is said so (the doctor
reads it)."""

from __future__ import annotations

import pytest

from bot.services.doses import DoseAmount, more_than_one_dose
from bot.services.regimen import regimen_item
from bot.storage.models import Medication


def _oxycodone(units: float | None = None) -> Medication:
    return Medication(
        name="Oxycodone", generic="oxycodone", amount=5.0, unit="mg", units_per_dose=units
    )


@pytest.mark.parametrize(
    ("amount", "count", "units", "more"),
    [
        (DoseAmount(5.0, "mg"), 2.0, None, True),  # "took 2 oxys at once"
        (DoseAmount(10.0, "mg"), None, None, True),  # "took 10mg oxy"
        (DoseAmount(5.0, "mg"), None, None, False),  # "took my oxy"
        (DoseAmount(5.0, "mg"), 1.0, None, False),
        (DoseAmount(5.0, "mg"), 2.0, 2.0, False),  # the list's dose is two tablets
        (DoseAmount(5.0, "mg"), 3.0, 2.0, True),
        (DoseAmount(None, None), 2.0, None, True),  # tablets only
        (DoseAmount(2.5, "mg"), 2.0, None, False),  # two halves
    ],
)
def test_more_than_one_dose(
    amount: DoseAmount, count: float | None, units: float | None, more: bool
) -> None:
    assert more_than_one_dose(amount, count, _oxycodone(units)) is more


@pytest.mark.parametrize(
    ("amount", "count", "more"),
    [
        # "1-2 tablets": two is within the dose the doctor wrote, three is more
        (DoseAmount(5.0, "mg"), 2.0, False),
        (DoseAmount(5.0, "mg"), 1.0, False),
        (DoseAmount(5.0, "mg"), None, False),
        (DoseAmount(5.0, "mg"), 3.0, True),
        (DoseAmount(10.0, "mg"), None, False),  # "took 10mg oxy": two tablets' worth
        (DoseAmount(15.0, "mg"), None, True),
        (DoseAmount(None, None), 2.0, False),
        (DoseAmount(None, None), 3.0, True),
    ],
)
def test_a_range_is_one_dose_up_to_its_most(
    amount: DoseAmount, count: float | None, more: bool
) -> None:
    med = _oxycodone()
    med.units_per_dose_max = 2.0
    assert more_than_one_dose(amount, count, med) is more


def test_a_scheduled_range_counts_its_most_in_the_days_total() -> None:
    item = regimen_item(
        "gabapentin",
        "gabapentin",
        300.0,
        "mg",
        "08:00,20:00",
        False,
        None,
        units_per_dose=None,
        units_per_dose_max=2.0,
    )
    assert (item.units_per_day, item.units_per_dose_max, item.most_per_dose) == (4.0, 2.0, 2.0)
    plain = regimen_item("gabapentin", "gabapentin", 300.0, "mg", "08:00,20:00", False, None)
    assert (plain.units_per_day, plain.units_per_dose_max) == (2.0, None)


@pytest.mark.parametrize(
    ("amount", "count", "more"),
    [
        # "took 2 advil" of an "Advil 400" saved with no unit: 2 × 200 mg is its one dose
        (DoseAmount(200.0, "mg"), 2.0, False),
        (DoseAmount(200.0, "mg"), 3.0, True),
        (DoseAmount(400.0, None), None, False),
        (DoseAmount(0.8, "g"), None, True),
    ],
)
def test_a_listed_amount_with_no_unit_is_read_as_mg(
    amount: DoseAmount, count: float | None, more: bool
) -> None:
    advil = Medication(name="advil", generic="ibuprofen", amount=400.0, unit=None)
    assert more_than_one_dose(amount, count, advil) is more
