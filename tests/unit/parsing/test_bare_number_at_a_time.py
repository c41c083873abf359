"""A bare number of 5 or more and its time after a timed dose ("took 2 advil at 8, 7 at
12"), with no medicine word, unit or "more", is more likely how the pain was then than
seven tablets (read as 7 Advil, it fired overdose facts nobody meant): a pain score. An
amount of the dose's own size ("oxy 10 at 6 and 5 at 10": 5 mg) is still a dose, and so
are a small count ("2 at 12"), "1 more at 4" and an amount ("1000 at 12")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.dose_times import score_not_a_count
from bot.parsing.elided import split_bare_number_at_a_time
from bot.parsing.intents import DoseIntent, PainIntent
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE, parse

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=LONDON)
MEDS = ["acetaminophen", "ibuprofen", "oxycodone", "hydrocodone/acetaminophen", "baclofen"]

Dose = tuple[str | None, float | None, float | None, str | None]


def _read(text: str) -> tuple[list[Dose], list[float]]:
    """(medicine, amount, count, HH:MM) of each dose, and the pain scores."""
    intents = parse(text, MEDS, NOW, LONDON)
    doses = [
        (i.medication, i.amount, i.count, i.at and i.at[11:16])
        for i in intents
        if isinstance(i, DoseIntent)
    ]
    return doses, [i.score for i in intents if isinstance(i, PainIntent)]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("took 2 advil at 8, 7 at 12", 7),
        ("took 2 advil at 8 and 7 at 12", 7),
        ("took 2 advil at 8 then 6 at 12pm", 6),
        ("took advil at 8, 7 at 12", 7),
        ("took 2 norco at 6am, 8 around noon", 8),
        ("took 500mg tylenol at 8, 7 at 12", 7),
        ("had my norco at 8 and 5 at 2", 5),
    ],
)
def test_a_bare_number_of_5_or_more_after_a_timed_dose_is_a_score(text: str, score: int) -> None:
    doses, scores = _read(text)
    assert len(doses) == 1, doses  # the first dose alone, never 7 tablets
    assert doses[0][2] in (None, 2.0) and doses[0][1] in (None, 500.0)
    assert scores == [score]


def test_the_medicine_named_after_the_score_keeps_its_own_time() -> None:
    for text in (
        "took 2 advil at 8 and 7 at 12 and 2 tylenol at 13",
        "took 2 advil at 8, 7 at 12 and 2 tylenol at 13",
    ):
        doses, scores = _read(text)
        assert doses == [("ibuprofen", None, 2.0, "08:00"), ("acetaminophen", None, 2.0, "13:00")]
        assert scores == [7]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("took 2 advil at 8, 2 at 12", ("ibuprofen", None, 2.0, "12:00")),
        ("took 2 advil at 8 and 2 at 12", ("ibuprofen", None, 2.0, "12:00")),
        ("took 2 tylenol at 8, 1000 at 12", ("acetaminophen", 1000.0, None, "12:00")),
        ("took 2 advil at 8, 7 more at 12", ("ibuprofen", None, 7.0, "12:00")),
        ("took 2 advil at 8, 7 advil at 12", ("ibuprofen", None, 7.0, "12:00")),
        ("oxy 5 at 6 and 5 at 10", ("oxycodone", 5.0, None, "10:00")),
        # an amount said bare and a second of its size: 5 mg, never 5 tablets of 10 mg
        ("oxy 10 at 6 and 5 at 10", ("oxycodone", 5.0, None, "10:00")),
        ("oxy 10 at 6, 5 at 10", ("oxycodone", 5.0, None, "10:00")),
    ],
)
def test_counts_amounts_and_more_stay_doses(text: str, second: Dose) -> None:
    doses, scores = _read(text)
    assert len(doses) == 2 and doses[1] == second, doses
    assert scores == []


def test_the_hour_of_a_part_of_the_day_is_no_score() -> None:
    doses, scores = _read("tramadol 100 at 8 in the morning and 8 at night")
    assert [d[3] for d in doses] == ["08:00", "20:00"] and scores == []


def test_score_not_a_count() -> None:
    assert score_not_a_count("7", None, 2)
    assert score_not_a_count("7", 500, None)  # 7 × 500 mg is no one's dose
    assert not score_not_a_count("4", None, 2)  # a count
    assert not score_not_a_count("10", None, 2)  # two figures: an amount
    assert not score_not_a_count("5", 5, None)  # the first's amount again
    assert not score_not_a_count("5", 10, None)  # of its size: 5 mg
    assert not score_not_a_count("7.5", None, None)


def test_split_cuts_only_after_a_timed_dose() -> None:
    meds = Meds(MEDS, DEFAULT_RESOLVE)
    assert split_bare_number_at_a_time(["took 2 advil at 8 and 7 at 12"], meds) == [
        "took 2 advil at 8",
        "7 at 12",
    ]
    # no time said for the dose: nothing to cut from
    assert split_bare_number_at_a_time(["took 2 advil and 7 at 12"], meds) == [
        "took 2 advil and 7 at 12"
    ]
    # a pain said with its time and no dose
    assert split_bare_number_at_a_time(["back was 8 at 9 and 6 at 12"], meds) == [
        "back was 8 at 9 and 6 at 12"
    ]
