"""The record says what the person meant, no more, no less (Sandbox weeks):

- "I fell over, I'm ok" (a carer's "mum fell over in the kitchen, she's ok"): unhurt, no
  mood "ok" in the summary and the report;
- "took crocin and dolo", two products of one ingredient on the list: two doses, neither lost;
- "she missed her lunchtime one, she was asleep": asleep is the reason (forgot), no
  "why?" and no note of the same words;
- "slept through my cymbalta": the dose slept past (skipped, forgot), no good night's sleep
  and no "didn't catch that".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import DoseIntent
from bot.parsing.missed_said import missed_told
from bot.parsing.parser import parse
from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
NOON = datetime(2026, 12, 7, 13, 30, tzinfo=LONDON)
MEDS = ["acetaminophen", "duloxetine", "ibuprofen", "tramadol", "hydrocodone/acetaminophen"]


def _kinds(text: str, meds: list[str] = MEDS) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for intent in run(text, meds, NOON, LONDON):
        out.setdefault(intent["kind"], []).append(intent)
    return out


# ---- 1. "I'm ok" after a mishap is no mood ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I fell over, I'm ok",
        "I fell over in the kitchen, I'm ok",
        "slipped on the ice this morning but I'm fine",
        "I'm ok, just had a fall",
        "tripped on the stairs, I'm alright",
        "banged my head on the cupboard, I'm okay",
    ],
)
def test_unhurt_after_a_mishap_is_no_mood(text: str) -> None:
    said = _kinds(text)
    assert "mood" not in said, said
    # nor a note of the reassurance alone
    assert all(not n["text"].lower().startswith(("i'm", "but")) for n in said.get("note", []))


def test_a_carers_unhurt_after_a_fall_is_no_mood() -> None:
    text = "This is Linda, her daughter. mum fell over in the kitchen, she's ok"
    said = [i.kind for i in parse(text, MEDS, NOON, LONDON)]
    assert "mood" not in said


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("feeling ok today, mood's alright", {"ok", "alright"}),
        ("I'm ok today", {"ok"}),
        ("fell over yesterday, I'm ok but feeling really low", {"low"}),
        ("banged my knee, I'm ok, feeling good though", {"good"}),
    ],
)
def test_a_mood_said_is_still_read(text: str, words: set[str]) -> None:
    said = _kinds(text)
    assert set(said["mood"][0]["words"]) == words


def test_unhurt_beside_other_words_kept_stays_in_the_note() -> None:
    # the mishap is kept as a note (no red flag reads it): its "I'm alright" stays with it
    said = _kinds("had a little accident in the car, I'm alright, back is a 6")
    assert said["note"][0]["text"] == "had a little accident in the car, I'm alright"
    assert "mood" not in said


# ---- 2. two products of one ingredient, named in a list, are two doses ---------------------


def _doses(text: str, meds: list[str] = MEDS) -> list[tuple[str | None, str | None]]:
    return [
        (i.medication, i.product)
        for i in parse(text, meds, NOON, LONDON)
        if isinstance(i, DoseIntent)
    ]


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("took crocin and dolo", ["crocin", "dolo"]),
        ("took tylenol and panadol", ["tylenol", "panadol"]),
        ("took advil and motrin", ["advil", "motrin"]),
        ("had a crocin and a dolo at 9", ["crocin", "dolo"]),
        ("took my crocin & my dolo", ["crocin", "dolo"]),
    ],
)
def test_two_products_of_one_medicine_are_two_doses(text: str, products: list[str]) -> None:
    doses = _doses(text)
    assert len(doses) == 2, doses
    assert [(p or "").lower() for _, p in doses] == products


def test_two_products_keep_their_own_counts() -> None:
    said = parse("took 2 crocin and a dolo", MEDS, NOON, LONDON)
    doses = [i for i in said if isinstance(i, DoseIntent)]
    assert [(d.product, d.count) for d in doses] == [("crocin", 2), ("dolo", 1)]


@pytest.mark.parametrize(
    ("text", "meds"),
    [
        ("took tylenol and advil", ["acetaminophen", "ibuprofen"]),
        ("had my norco and a tylenol", ["hydrocodone/acetaminophen", "acetaminophen"]),
    ],
)
def test_two_medicines_are_still_two_doses(text: str, meds: list[str]) -> None:
    assert len(_doses(text, meds)) == 2


@pytest.mark.parametrize(
    "text",
    ["took my tylenol (paracetamol)", "took tylenol and tylenol", "took my crocin"],
)
def test_one_product_said_again_is_one_dose(text: str) -> None:
    assert len(_doses(text)) == 1


# ---- 3. asleep is the reason --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "missed my lunchtime one, I was asleep",
        "skipped the 1pm dose, was asleep",
        "missed my lunchtime dose, I was fast asleep",
        "missed my lunchtime dose, was having a nap",
    ],
)
def test_asleep_is_the_reason_and_no_note(text: str) -> None:
    said = _kinds(text)
    assert [d["reason"] for d in said["dose"]] == ["forgot"]
    assert "note" not in said


def test_a_carers_asleep_is_the_reason_and_no_note() -> None:
    text = "she missed her lunchtime one, she was asleep"
    intents = parse(text, MEDS, NOON, LONDON, told_of=True)
    doses = [i for i in intents if isinstance(i, DoseIntent)]
    assert [(d.status, d.reason) for d in doses] == [("skipped", "forgot")]
    assert [i.kind for i in intents] == ["dose"]


# ---- 4. a dose slept through --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "med", "at"),
    [
        ("slept through my cymbalta", "duloxetine", None),
        ("I slept right through my morning tramadol", "tramadol", None),
        ("slept thru the 1400 panadol", "acetaminophen", None),
        ("slept through my 9am cymbalta", "duloxetine", "2026-12-07T09:00:00+00:00"),
        ("slept through my 8am dose", None, "2026-12-07T08:00:00+00:00"),
    ],
)
def test_a_dose_slept_through_is_missed_for_sleep(
    text: str, med: str | None, at: str | None
) -> None:
    said = _kinds(text)
    assert [(d["status"], d["medication"], d["reason"], d["at"]) for d in said["dose"]] == [
        ("skipped", med, "forgot", at)
    ]
    assert "sleep" not in said


@pytest.mark.parametrize("text", ["slept through the storm", "slept through the night"])
def test_a_night_slept_through_is_no_dose(text: str) -> None:
    said = _kinds(text)
    assert "dose" not in said
    assert said["sleep"][0]["quality"] == "good"


def test_someone_elses_dose_slept_through_is_not_the_writers() -> None:
    assert "dose" not in _kinds("my wife slept through her tramadol")


def test_a_dose_slept_through_is_told_as_gone_by() -> None:
    # the chat then marks the dose already gone by, not "nothing to skip"
    assert missed_told("slept through my cymbalta") is not None
