"""A list of timed doses where a later item names only its amount or count and its time
("took 1000mg tylenol at 8, 1000 at 12 and 2 norco at 13"): that item is more of the
medicine before it, each item keeps its own time, and the next medicine named keeps its own
(the 12:00 Tylenol was lost and its time given to the Norco, so the day's acetaminophen
was under-counted). Spanish "tomé la de las 8" is the 8 o'clock dose, never a pain of 8."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.elided import split_elided_items
from bot.parsing.intents import DoseIntent, PainIntent
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE, parse

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=LONDON)
MEDS = ["acetaminophen", "hydrocodone/acetaminophen", "ibuprofen", "gabapentin", "codeine"]
APAP, NORCO, IBU, GABA = "acetaminophen", "hydrocodone/acetaminophen", "ibuprofen", "gabapentin"

Dose = tuple[str | None, float | None, float | None, str | None]


def _doses(text: str, now: datetime = NOW) -> list[Dose]:
    """(medicine, amount, count, HH:MM) of each dose, in the order told."""
    return [
        (i.medication, i.amount, i.count, i.at and i.at[11:16])
        for i in parse(text, MEDS, now, LONDON)
        if isinstance(i, DoseIntent)
    ]


def _scores(text: str) -> list[int]:
    return [i.score for i in parse(text, MEDS, NOW, LONDON) if isinstance(i, PainIntent)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "took 1000mg tylenol at 8, 1000 at 12 and 2 norco at 13",
            [(APAP, 1000, None, "08:00"), (APAP, 1000, None, "12:00"), (NORCO, None, 2, "13:00")],
        ),
        (
            "took 2 norco at 6am, 2 more at 10 and 1000 tylenol at 1pm",
            [(NORCO, None, 2, "06:00"), (NORCO, None, 2, "10:00"), (APAP, 1000, None, "13:00")],
        ),
        (
            "2 norco at 8am, another 2 at 11am and tylenol 1000 at 1:30pm",
            [(NORCO, None, 2, "08:00"), (NORCO, None, 2, "11:00"), (APAP, 1000, None, "13:30")],
        ),
        (
            "had 2 advil this morning, one more around 11 and my gabapentin at 12",
            [(IBU, None, 2, "08:00"), (IBU, None, 1, "11:00"), (GABA, None, None, "12:00")],
        ),
        (
            "tylenol 1000 at 7am, again at lunch and 2 advil at 1pm",
            [(APAP, 1000, None, "07:00"), (APAP, 1000, None, "12:00"), (IBU, None, 2, "13:00")],
        ),
        (
            "took 2 norco at 8am, 1 at 11am and 1 at noon and tylenol 500 at 1pm",
            [
                (NORCO, None, 2, "08:00"),
                (NORCO, None, 1, "11:00"),
                (NORCO, None, 1, "12:00"),
                (APAP, 500, None, "13:00"),
            ],
        ),
        # in one clause, with no comma: the amount said before the name is the first dose's
        (
            "took 1000mg tylenol at 8 and 1000 at 12 and 2 norco at 1",
            [(APAP, 1000, None, "08:00"), (APAP, 1000, None, "12:00"), (NORCO, None, 2, "13:00")],
        ),
        # a second dose's own bare amount
        (
            "tylenol 1000 at 8 and 500 at 12",
            [(APAP, 1000, None, "08:00"), (APAP, 500, None, "12:00")],
        ),
        # what already worked stays so
        (
            "tylenol 1000 at 8 and again at 12",
            [(APAP, 1000, None, "08:00"), (APAP, 1000, None, "12:00")],
        ),
        (
            "400 ibuprofen at 8, another 400 at 12",
            [(IBU, 400, None, "08:00"), (IBU, 400, None, "12:00")],
        ),
        ("ibuprofen at 8 and 12", [(IBU, None, None, "08:00"), (IBU, None, None, "12:00")]),
    ],
)
def test_an_item_with_no_medicine_is_more_of_the_one_before(
    text: str, expected: list[Dose]
) -> None:
    assert _doses(text) == expected


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("took 2 advil at 8, pain 7 now", 7),
        ("tylenol at 8, 6/10 now", 6),
        ("took 2 advil at 8, 2 at 12 and tylenol at 1, pain 6", 6),
        ("2 norco at 6, 2 more at 10, pain 7 now", 7),
    ],
)
def test_a_pain_score_beside_the_list_stays_a_score(text: str, score: int) -> None:
    assert _scores(text) == [score]


def test_the_split_needs_a_timed_dose_before_it() -> None:
    meds = Meds(MEDS, DEFAULT_RESOLVE)
    # nothing named before "2 at 8": no medicine for it to be more of
    assert split_elided_items(["2 at 8 and norco at 1"], meds) == ["2 at 8 and norco at 1"]
    assert split_elided_items(["took norco at 8", "2 at 12 and tylenol at 1"], meds) == [
        "took norco at 8",
        "2 at 12",
        "tylenol at 1",
    ]
    # "7 at 12" is cut off too, so the Tylenol keeps its own 13:00; read alone it is a
    # score, never 7 tablets (tests/unit/parsing/test_bare_number_at_a_time.py)
    assert split_elided_items(["took norco at 8", "7 at 12 and tylenol at 1"], meds) == [
        "took norco at 8",
        "7 at 12",
        "tylenol at 1",
    ]
    assert _scores("took norco at 8, 7 at 12 and tylenol at 1") == [7]


@pytest.mark.parametrize(
    ("text", "status", "at"),
    [
        ("tome la de las 8", "taken", "08:00"),
        ("tomé la de las 8", "taken", "08:00"),
        ("ya me tome la de las 9 y media", "taken", "09:30"),
        ("me tomé la de las 8 de la noche", "taken", "20:00"),
        ("se me olvidó la de las 2", "skipped", "14:00"),
    ],
)
def test_spanish_the_one_of_that_hour(text: str, status: str, at: str) -> None:
    out = parse(text, ["naproxen"], NOW, LONDON)
    doses = [i for i in out if isinstance(i, DoseIntent)]
    assert [(d.status, d.at and d.at[11:16]) for d in doses] == [(status, at)]
    assert not [i for i in out if isinstance(i, PainIntent)]


@pytest.mark.parametrize(
    "text",
    [
        "ya me tomé la de la mañana",
        "tome la de la noche",
        "¿tome la de las 8?",
        "debo tomar la de las 8?",
    ],
)
def test_spanish_the_one_of_that_time_is_never_a_score(text: str) -> None:
    assert not [i for i in parse(text, ["naproxen"], NOW, LONDON) if isinstance(i, PainIntent)]


def test_spanish_score_after_the_timed_one_is_kept() -> None:
    out = parse("tomé la de las 8, dolor 6", ["naproxen"], NOW, LONDON)
    assert [i.score for i in out if isinstance(i, PainIntent)] == [6]
    assert [i.at and i.at[11:16] for i in out if isinstance(i, DoseIntent)] == ["08:00"]
