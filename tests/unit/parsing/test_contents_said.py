"""What a medicine holds, told of it, is never a dose taken (Sandbox, Bengaluru: "dolo 650
is paracetamol 650" was logged as 650 mg of paracetamol, "zerodol sp contains aceclofenac
100 paracetamol 325 serratiopeptidase 15" as two doses). Describing is not taking."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.contents_said import contents_beside, contents_told
from bot.parsing.intents import DoseIntent
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE, parse_unguarded

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


MYOSPAZ = ["myospaz", "acetaminophen"]


@pytest.mark.parametrize(
    "text",
    [
        # each amount with its unit after its own name, nothing between the parts (Sandbox,
        # Pune: "250 mg paracetamol" was read across them, and three doses were logged)
        "myospaz has chlorzoxazone 250 mg paracetamol 300 mg",
        "the myospaz is chlorzoxazone 250 and paracetamol 300",
        "Myospaz contains chlorzoxazone 250 mg + paracetamol 300 mg",
        "zerodol sp has aceclofenac 100 mg paracetamol 325 mg serratiopeptidase 15 mg",
        # every amount before its name
        "myospaz has 250 mg chlorzoxazone 300 mg paracetamol",
        "my myospaz contains 250 mg chlorzoxazone + 300 mg paracetamol",
    ],
)
def test_ingredients_told_one_after_another_of_a_medicine_are_no_doses(text: str) -> None:
    for meds in (MYOSPAZ, []):
        assert _doses(text, meds) == [], (text, meds)


def test_contents_told_gives_the_medicine_and_each_amount_with_its_own_ingredient() -> None:
    told = contents_told(
        "Myospaz has chlorzoxazone 250 mg paracetamol 300 mg.", Meds(MYOSPAZ, DEFAULT_RESOLVE)
    )
    assert told is not None
    assert told.subject == "myospaz"
    assert [(p.generic, p.amount, p.unit) for p in told.parts] == [
        ("chlorzoxazone", 250, "mg"),
        ("acetaminophen", 300, "mg"),
    ]
    first = contents_told(
        "my myospaz has 250 mg chlorzoxazone 300 mg paracetamol", Meds([], DEFAULT_RESOLVE)
    )
    assert first is not None and [(p.name, p.amount) for p in first.parts] == [
        ("chlorzoxazone", 250),
        ("paracetamol", 300),
    ]
    after = contents_told("zerodol-p: aceclofenac 100 + paracetamol 325", Meds([], DEFAULT_RESOLVE))
    assert after is not None and after.subject == "zerodol-p"


@pytest.mark.parametrize(
    "text",
    [
        "took myospaz and 2 paracetamol 500",
        "myospaz has chlorzoxazone 250 mg paracetamol 300 mg, took 1 at 9",
        "chlorzoxazone 250 mg paracetamol 300 mg",  # no medicine said to hold them
        "myospaz is helping",
    ],
)
def test_a_taking_or_no_medicine_holding_them_is_no_contents_told(text: str) -> None:
    assert contents_told(text, Meds(MYOSPAZ, DEFAULT_RESOLVE)) is None


def test_a_medicine_and_a_second_taken_with_its_strength_are_still_two_doses() -> None:
    doses = _doses("took myospaz and 2 paracetamol 500", MYOSPAZ)
    assert [(d.medication, d.amount, d.count) for d in doses] == [
        ("myospaz", None, None),
        ("acetaminophen", 500, 2),
    ]


# What a medicine holds told beside its dose, by kind: a pronoun or "which" and a word that
# says it holds; "contains" alone; "with … in it"; in brackets after the name.
_BESIDE_DOSE = [
    ("took 2 myospaz, it has chlorzoxazone 250mg and paracetamol 300mg", "myospaz", 2),
    ("took 2 myospaz which has chlorzoxazone 250mg and paracetamol 300mg", "myospaz", 2),
    ("took 2 myospaz, which contains chlorzoxazone 250 mg + paracetamol 300 mg", "myospaz", 2),
    (
        "took my myospaz at 8, it's paracetamol 300 and chlorzoxazone 250 in each tablet",
        "myospaz",
        None,
    ),
    ("had 1 myospaz. It contains 250 mg chlorzoxazone, 300 mg paracetamol", "myospaz", 1),
    ("took my myospaz, contains paracetamol 300", "myospaz", None),
    ("took myospaz with 300mg paracetamol in it", "myospaz", None),
    ("took 2 co-codamol (paracetamol 500 / codeine 8)", "acetaminophen/codeine", 2),
    ("took 2 co-codamol 8/500 (codeine 8mg, paracetamol 500mg) at 8", "acetaminophen/codeine", 2),
    ("took 2 percocet, each one is 325 acetaminophen", "oxycodone/acetaminophen", 2),
    (
        "took 2 percocet, each one has 325 acetaminophen and 5 oxycodone",
        "oxycodone/acetaminophen",
        2,
    ),
]


@pytest.mark.parametrize(("text", "medication", "count"), _BESIDE_DOSE)
def test_what_the_medicine_taken_holds_told_beside_it_is_no_dose(
    text: str, medication: str, count: int | None
) -> None:
    """Sandbox, Pune: "took 2 myospaz, it has chlorzoxazone 250mg and paracetamol 300mg"
    was three doses; the day's paracetamol counted twice."""
    for meds in (MYOSPAZ, [*MYOSPAZ, "naproxen"]):
        doses = _doses(text, meds)
        assert [(d.medication, d.count) for d in doses] == [(medication, count)], (text, meds)


def test_what_it_holds_told_beside_keeps_the_rest_of_the_message() -> None:
    intents = parse_unguarded(
        "took 2 myospaz. it has paracetamol 300 & chlorzoxazone 250. back is a 5",
        MYOSPAZ,
        NOW,
        BENGALURU,
    )
    doses = [i for i in intents if isinstance(i, DoseIntent)]
    assert [(d.medication, d.count) for d in doses] == [("myospaz", 2)]
    assert [getattr(i, "score", None) for i in intents if i.kind == "pain"] == [5]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("took 2 myospaz and 500mg paracetamol", [("myospaz", None), ("acetaminophen", 500)]),
        ("took tylenol 500mg and ibuprofen 400", [("acetaminophen", 500), ("ibuprofen", 400)]),
        ("took myospaz with paracetamol 500", [("myospaz", None), ("acetaminophen", 500)]),
        (
            "took my naproxen which is 500mg, and paracetamol 1g",
            [("naproxen", 500), ("acetaminophen", 1)],
        ),
        (
            "took 2 myospaz, it has paracetamol 300 and chlorzoxazone 250 and 1 naproxen",
            [("myospaz", None), ("naproxen", None)],
        ),
        (
            "took 2 tylenol (extra strength) and ibuprofen 400",
            [("acetaminophen", None), ("ibuprofen", 400)],
        ),
        ("took 2 myospaz, it has helped a lot", [("myospaz", None)]),
    ],
)
def test_a_second_medicine_taken_beside_the_first_is_still_its_dose(
    text: str, doses: list[tuple[str, float | None]]
) -> None:
    found = _doses(text, [*MYOSPAZ, "naproxen"])
    assert [(d.medication, d.amount) for d in found] == doses


def test_what_a_taken_medicine_holds_is_read_for_the_offer() -> None:
    meds = Meds(MYOSPAZ, DEFAULT_RESOLVE)
    told = contents_beside("took 2 myospaz, it has chlorzoxazone 250mg and paracetamol 300mg", meds)
    assert told is not None and told.subject == "myospaz"
    assert [(p.generic, p.amount, p.unit) for p in told.parts] == [
        ("chlorzoxazone", 250, "mg"),
        ("acetaminophen", 300, "mg"),
    ]
    # told alone it is read as ever (contents_told); no dose said, nothing beside one
    assert contents_beside("myospaz, it has chlorzoxazone 250 and paracetamol 300", meds) is None
    assert contents_beside("took 2 myospaz and 500mg paracetamol", meds) is None
