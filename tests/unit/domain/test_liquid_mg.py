"""ml of a liquid listed with its concentration are counted as the mg they hold."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.domain.dose_amounts import (
    DoseTaken,
    RegimenItem,
    dose_ingredients,
    dose_units,
    in_mg_of_liquid,
    liquid_step,
)
from bot.domain.regimen import describe_medication, limit_text
from bot.domain.summary import AmountTotal, AsNeededUse

ORAMORPH = RegimenItem("morphine", "Oramorph", 10.0, "mg", None, True, None, volume_ml=5.0)
AT = dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC)


def test_ml_of_a_listed_concentration_are_its_mg() -> None:
    assert in_mg_of_liquid(5.0, "ml", None, ORAMORPH) == 10.0
    assert in_mg_of_liquid(2.5, "ml", 2.0, ORAMORPH) == 10.0


def test_nothing_is_made_up_without_a_concentration_or_ml() -> None:
    tablets = RegimenItem("morphine", "morphine", 10.0, "mg", None, True, None)
    assert in_mg_of_liquid(5.0, "ml", None, tablets) is None
    assert in_mg_of_liquid(5.0, "ml", None, None) is None
    assert in_mg_of_liquid(10.0, "mg", None, ORAMORPH) is None


def test_a_dose_in_ml_holds_morphine_in_mg() -> None:
    dose = DoseTaken("morphine", "Oramorph", 5.0, "ml", None, AT)
    assert dose_ingredients(dose, [ORAMORPH]) == {"morphine": 10.0}


def test_a_titration_step_keeps_the_bottle() -> None:
    """ "then 2.5 ml" and "then 5 mg" of 10 mg/5 ml are both half the bottle's 5 ml."""
    assert liquid_step(2.5, "ml", 10.0, "mg", 5.0) == 0.5
    assert liquid_step(5.0, "mg", 10.0, "mg", 5.0) == 0.5
    assert liquid_step(1.0, "g", 10.0, "mg", 5.0) == 100.0
    # no liquid, a count, or nothing to measure against: the step stays as said
    assert liquid_step(2.5, "ml", 10.0, "mg", None) is None
    assert liquid_step(1.0, None, 10.0, "mg", 5.0) is None
    assert liquid_step(1.0, "tablet", 10.0, "mg", 5.0) is None
    assert liquid_step(None, "mg", 10.0, "mg", 5.0) is None


def test_a_liquids_maximum_is_in_its_ml_and_mg() -> None:
    assert limit_text(6, 5.0, 10.0, "mg") == "30 ml (60 mg)"
    assert limit_text(6) == "6"
    assert limit_text(6, 5.0, 10.0, "mg", strength="30/500") == "6"
    line = describe_medication(
        "Oramorph",
        10.0,
        "mg",
        [],
        as_needed=True,
        max_per_day=6,
        per_dose=0.5,
        most=1.0,
        volume_ml=5.0,
    )
    assert line == "Oramorph 10 mg/5 ml, 2.5–5 ml · as needed, max 30 ml (60 mg) a day"
    tablets = describe_medication(
        "Oxycodone", 5.0, "mg", [], as_needed=True, max_per_day=6, per_dose=1.0, most=2.0
    )
    assert tablets.endswith("max 6 tablets a day")


def test_ml_doses_count_in_the_bottles_volume() -> None:
    """10 ml of 10 mg/5 ml is two of its 5 ml, against a maximum kept in them."""
    assert dose_units(DoseTaken("morphine", "Oramorph", 10.0, "ml", None, AT), ORAMORPH) == 2.0
    assert dose_units(DoseTaken("morphine", "Oramorph", 2.5, "ml", 2.0, AT), ORAMORPH) == 1.0
    assert dose_units(DoseTaken("morphine", "Oramorph", 10.0, "mg", 0.5, AT), ORAMORPH) == 0.5


def _use(**kw: Any) -> AsNeededUse:
    base: dict[str, Any] = dict(
        name="Oramorph",
        generic="morphine",
        med_id=1,
        times=3,
        units=3.0,
        most_in_one_day=3.0,
        most_on=dt.date(2026, 12, 8),
        totals=(AmountTotal(15.0, "ml"),),
        max_per_day=6,
        most_amount=15.0,
        mg_per_ml=2.0,
        volume_ml=5.0,
        most_doses=(5.0, 5.0, 5.0),
    )
    return AsNeededUse(**(base | kw))


def test_the_busiest_day_of_a_liquid_reads_dose_by_dose() -> None:
    """As tablets' "3 × 50 mg": each dose's ml with its mg, never the day's mg beside one
    dose's ml ("3 × 5 ml (30 mg)")."""
    assert _use().most_text == "3 × 5 ml (10 mg each)"
    mixed = _use(most_doses=(5.0, 2.5, 5.0), units=2.5, most_in_one_day=2.5, most_amount=12.5)
    assert mixed.most_text == "12.5 ml (25 mg)"
    assert _use().in_units(6) == "30 ml (60 mg)"
    assert _use(volume_ml=None, most_doses=()).in_units(6.5) == "6.5"
