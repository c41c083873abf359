"""What a medicine holds, told of it, is never a dose taken (Sandbox, Bengaluru: "dolo 650
is paracetamol 650" was logged as 650 mg of paracetamol, "zerodol sp contains aceclofenac
100 paracetamol 325 serratiopeptidase 15" as two doses). Describing is not taking."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import DoseIntent
from bot.parsing.parser import parse_unguarded

BENGALURU = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 12, 8, 10, 0, tzinfo=BENGALURU)
MED_LISTS = (
    [],
    ["acetaminophen"],
    ["aceclofenac/acetaminophen", "acetaminophen"],
    ["aceclofenac", "acetaminophen", "ibuprofen"],
)


def _doses(text: str, meds: list[str]) -> list[DoseIntent]:
    return [i for i in parse_unguarded(text, meds, NOW, BENGALURU) if isinstance(i, DoseIntent)]


@pytest.mark.parametrize(
    "text",
    [
        # "X has / contains Y"
        "zerodol sp has aceclofenac paracetamol and serratiopeptidase",
        "zerodol sp contains aceclofenac 100 paracetamol 325 serratiopeptidase 15",
        "dolo 650 contains paracetamol 650 mg",
        "dolo 650 has 650 mg paracetamol",
        "my zerodol contains aceclofenac 100 mg",
        "crocin contains paracetamol 500",
        "zerodol sp consists of aceclofenac, paracetamol and serratiopeptidase",
        # "X is Y 500"
        "Dolo is just paracetamol 650",
        "dolo 650 is paracetamol 650",
        "Dolo 650 is nothing but paracetamol",
        "crocin is basically paracetamol 500",
        "zerodol p is aceclofenac 100 and paracetamol 325",
        "zerodol p is a combination of aceclofenac and paracetamol",
        "pregabid is pregabalin 75",
        # "X = Y + Z", "X: Y + Z"
        "crocin = paracetamol + caffeine",
        "dolo 650 = paracetamol 650",
        "hifenac p = aceclofenac 100 + paracetamol 325",
        "zerodol sp = aceclofenac + paracetamol + serratiopeptidase",
        "zerodol-p: aceclofenac 100 + paracetamol 325",
        "Zerodol SP: aceclofenac 100, paracetamol 325, serratiopeptidase 15",
    ],
)
def test_what_a_medicine_holds_is_no_dose(text: str) -> None:
    for meds in MED_LISTS:
        assert _doses(text, meds) == [], (text, meds)


@pytest.mark.parametrize(
    ("text", "generic", "amount"),
    [
        ("took zerodol sp", "aceclofenac/acetaminophen", None),
        ("zerodol sp taken", "aceclofenac/acetaminophen", None),
        ("zerodol sp 1 tab after breakfast", "aceclofenac/acetaminophen", None),
        ("took dolo 650", "acetaminophen", 650),
        ("had a dolo 650", "acetaminophen", 650),
        ("dolo 650 at 9", "acetaminophen", 650),
        # a taking said beside what the pill holds: the dose stands
        ("took dolo 650 which is paracetamol 650", "acetaminophen", 650),
        ("dolo 650 has paracetamol, took 2 at 9", "acetaminophen", 650),
        ("took crocin, it contains paracetamol", "acetaminophen", None),
    ],
)
def test_a_dose_told_beside_or_without_its_contents_is_still_logged(
    text: str, generic: str, amount: float | None
) -> None:
    doses = _doses(text, ["aceclofenac/acetaminophen", "acetaminophen"])
    assert [(d.status, d.medication, d.amount) for d in doses] == [("taken", generic, amount)]


@pytest.mark.parametrize(
    "text",
    [
        # "is" or "has" with no ingredient after it: not what the pill holds
        "zerodol sp is making me dizzy",
        "ibuprofen has given me heartburn",
        "crocin is working",
        "zerodol sp is helping",
    ],
)
def test_is_and_has_with_no_ingredient_after_them_are_read_as_before(text: str) -> None:
    intents = parse_unguarded(text, ["aceclofenac/acetaminophen"], NOW, BENGALURU)
    assert not [i for i in intents if isinstance(i, DoseIntent)]
    if "dizzy" in text or "heartburn" in text:
        assert any(i.kind == "side_effect" for i in intents)


def test_two_medicines_with_their_strengths_are_still_two_doses() -> None:
    doses = _doses("dolo 650 and ibuprofen 400", ["acetaminophen", "ibuprofen"])
    assert [(d.medication, d.amount) for d in doses] == [("acetaminophen", 650), ("ibuprofen", 400)]


def test_a_pronoun_is_no_medicines_name() -> None:
    # "it is paracetamol 500" may tell what was just taken: left as it was read
    doses = _doses("it is paracetamol 500", ["acetaminophen"])
    assert [(d.medication, d.amount) for d in doses] == [("acetaminophen", 500)]
