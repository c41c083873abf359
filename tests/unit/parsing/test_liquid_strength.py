"""/add reads an oral liquid's concentration and a dose said in ml of it."""

from __future__ import annotations

import pytest

from bot.parsing.addline import parse_add_line


@pytest.mark.parametrize(
    ("line", "amount", "volume", "least", "most"),
    [
        ("Oramorph 10mg/5ml 2.5 to 5 ml as needed", 10.0, 5.0, 0.5, 1.0),
        ("oramorph 10 mg in 5 ml 5ml every 4 hours as needed", 10.0, 5.0, 1.0, None),
        ("oramorph 10 mg per 5 ml", 10.0, 5.0, None, None),
        ("oxycodone liquid 1mg/ml 5 mls prn", 1.0, 1.0, 5.0, None),
        ("morphine oral solution 10mg/5ml 2.5-5ml 08:00", 10.0, 5.0, 0.5, 1.0),
    ],
)
def test_the_concentration_and_the_dose_in_ml(
    line: str, amount: float, volume: float, least: float | None, most: float | None
) -> None:
    req = parse_add_line(line)
    assert (req.amount, req.unit, req.volume_ml) == (amount, "mg", volume)
    assert (req.units_per_dose, req.units_per_dose_max) == (least, most)


@pytest.mark.parametrize(
    "line", ["lactulose 15 ml twice a day", "ibuprofen 400mg 8am", "co-codamol 30/500 2 tablets"]
)
def test_no_concentration_no_volume(line: str) -> None:
    assert parse_add_line(line).volume_ml is None


def test_a_liquid_without_a_concentration_keeps_its_ml() -> None:
    req = parse_add_line("lactulose 15 ml twice a day")
    assert (req.amount, req.unit, req.units_per_dose) == (15.0, "ml", None)
