"""India's "1-0-1" (tablets morning-afternoon-night) on the /add line and in free text."""

from __future__ import annotations

import pytest

from bot.parsing.addline import parse_add_line
from bot.parsing.dose_slots import read_dose_slots
from bot.parsing.parser import parse
from tests.unit.parsing.helpers import EVENING


def test_one_zero_one_is_morning_and_night_never_a_strength() -> None:
    # Sandbox, Pune: "Zerodol-SP 1-0-1 after food" was saved as "Zerodol-SP 1"
    add = parse_add_line("Zerodol-SP 1-0-1 after food")
    assert (add.name, add.amount, add.strength) == ("Zerodol-SP", None, None)
    assert add.per_day == 2
    assert add.parts_of_day == {"morning", "bedtime"}
    assert add.units_per_dose is None
    assert add.instruction == "after food"


def test_night_only_keeps_the_strength_said() -> None:
    add = parse_add_line("Pregaba M 75 0-0-1")
    assert (add.name, add.amount, add.per_day) == ("Pregaba M", 75.0, 1)
    assert add.parts_of_day == {"bedtime"}


def test_three_and_four_parts_with_a_course() -> None:
    add = parse_add_line("Myospaz 1-1-1 for 5 days")
    assert (add.name, add.per_day, add.course.length_days) == ("Myospaz", 3, 5)
    four = parse_add_line("gabapentin 300mg 1-1-1-1")
    assert (four.amount, four.per_day) == (300.0, 4)
    assert four.parts_of_day == {"morning", "evening", "bedtime"}


def test_tablets_per_dose_kept_and_uneven_ones_said() -> None:
    assert parse_add_line("ibuprofen 400mg 2-0-2").units_per_dose == 2
    uneven = parse_add_line("tramadol 50mg 1-0-2")
    assert uneven.units_per_dose is None
    assert uneven.instruction is not None and uneven.instruction.startswith("1-0-2 tablets")


def test_sos_is_as_needed() -> None:
    add = parse_add_line("Dolo 650 SOS")
    assert (add.name, add.amount, add.as_needed) == ("Dolo", 650.0, True)


@pytest.mark.parametrize("text", ["12-1-2026", "5-6", "0-0-0", "pain 3-4", "call 98-22-41"])
def test_not_slots(text: str) -> None:
    assert read_dose_slots(text) is None


@pytest.mark.parametrize(
    "text", ["Pregaba M 75 0-0-1", "zerodol sp 1-0-1", "myospaz 1-1-1 for 5 days"]
)
def test_slots_are_never_a_pain_score(text: str) -> None:
    # Sandbox, Pune: "Pregaba M 75 0-0-1" at "Which medicine?" logged pain 0
    intents = parse(text, ["aceclofenac/acetaminophen"], EVENING, EVENING.tzinfo)  # type: ignore[arg-type]
    kinds = {type(i).__name__ for i in intents}
    assert "PainIntent" not in kinds
