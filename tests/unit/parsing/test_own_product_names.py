"""A listed product named by its own word ("2 emzor" for Paracetamol Emzor), and a
combination written with a slash beside a listed product of one of its parts (Sandbox,
Lagos: "/took 2 emzor" made a new unknown medicine, "… and 2 emzor" was dropped, and
"2 tramadol/paracetamol" also logged a Paracetamol Emzor never taken)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.addline import parse_add_line
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from tests.unit.parsing.helpers import run

LAGOS = ZoneInfo("Africa/Lagos")
NOON = datetime(2026, 12, 9, 13, 10, tzinfo=LAGOS)
# As the bot lists them (bot.services.understanding.regimen_names): each generic, and the
# listed name of several words
NGOZI = [
    "diclofenac",
    "amitriptyline",
    "acetaminophen",
    "tramadol/acetaminophen",
    "omeprazole",
    "paracetamol emzor",
    "tramadol/paracetamol (ultracet)",
]


def _doses(text: str, meds: list[str] = NGOZI) -> list[tuple[str, Any]]:
    out = run(text, meds, NOON, LAGOS)
    return [(o["medication"], o.get("count")) for o in out if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "text",
    [
        "took 2 emzor",
        "2 emzor",
        "I took 2 emzor at 1pm",
        "i took 2 emzor paracetamol",
        "I took 2 Paracetamol Emzor tablets",
    ],
)
def test_a_listed_product_is_named_by_its_own_word(text: str) -> None:
    assert _doses(text) == [("paracetamol emzor", 2)]


def test_its_own_word_beside_another_dose_is_kept() -> None:
    doses = _doses("the pain too much today o, I don take one more diclofenac 1pm and 2 emzor")
    assert ("paracetamol emzor", 2) in doses
    assert [m for m, _ in doses] == ["diclofenac", "paracetamol emzor"]


def test_only_a_distinctive_word_names_a_product() -> None:
    # an English word, a medicine, or a word two listed names share is no one's own
    meds = Meds(
        ["paracetamol night", "ibuprofen night", "paracetamol emzor", "tylenol sandoz"],
        DEFAULT_RESOLVE,
    )
    assert meds.match_word("emzor") == "paracetamol emzor"
    assert meds.match_word("sandoz") == "tylenol sandoz"
    assert meds.match_word("night") is None


@pytest.mark.parametrize(
    "text",
    [
        "I take 2 tramadol/paracetamol at 9am",
        "took 2 tramadol/paracetamol",
        "2 tramadol + paracetamol",
    ],
)
def test_a_slashed_name_is_one_product(text: str) -> None:
    assert _doses(text) == [("tramadol/acetaminophen", 2)]


def test_the_parts_slashed_the_other_way_are_one_product_too() -> None:
    assert _doses("took 2 paracetamol/tramadol") == [("tramadol/acetaminophen", 2)]


def test_a_slashed_pair_is_the_known_combination_for_one_without_it() -> None:
    doses = _doses(
        "took 2 tramadol/paracetamol", ["tramadol", "acetaminophen", "paracetamol emzor"]
    )
    assert doses == [("tramadol/acetaminophen", 2)]


def test_paracetamol_alone_is_still_their_paracetamol() -> None:
    assert _doses("took 2 paracetamol") == [("paracetamol emzor", 2)]


def test_the_doctors_line_is_a_name_a_strength_and_two_tablets() -> None:
    req = parse_add_line("Tramadol/paracetamol (Ultracet) 37.5/325 two tablets as needed")
    assert req.name == "Tramadol/paracetamol (Ultracet)"
    assert (req.strength, req.units_per_dose, req.as_needed) == ("37.5/325", 2, True)
    answer = parse_add_line("37.5/325 two tablets")
    assert (answer.name, answer.strength, answer.units_per_dose) == (None, "37.5/325", 2)
