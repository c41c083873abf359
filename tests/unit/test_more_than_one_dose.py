"""A logged dose bigger than the list's one dose is said so (the doctor reads it)."""

from __future__ import annotations

import pytest

from bot.services.doses import DoseAmount, more_than_one_dose
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
