"""One count or time said once for every medicine of a list ("crocin and dolo, 2 each",
"naproxen, advil - both at 8") is each one's: "crocin and dolo, 2 each" was a pain score
of 2 and a note, "naproxen, advil, gabapentin - all at 8" nothing at all. A question or a
plan said so is still no dose taken, and the count said once is never a pain score."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.each_listed import share_out
from bot.parsing.intents import DoseIntent, Intent, PainIntent
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE, parse

KOLKATA = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=KOLKATA)
MEDS = ["crocin", "dolo 650", "naproxen", "ibuprofen", "gabapentin"]
CRO, DOLO, NAP, IBU, GABA = "crocin", "dolo 650", "naproxen", "ibuprofen", "gabapentin"
T = "taken"
#: (medicine, status, count, HH:MM) of one dose
Dose = tuple[str | None, str, float | None, str | None]


def _read(text: str) -> list[Intent]:
    return parse(text, MEDS, NOW, KOLKATA)


def _doses(text: str) -> list[Dose]:
    """(medicine, status, count, HH:MM) of each dose, in the order told."""
    return [
        (i.medication, i.status, i.count, i.at and i.at[11:16])
        for i in _read(text)
        if isinstance(i, DoseIntent)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("crocin and dolo, 2 each", [(CRO, T, 2, None), (DOLO, T, 2, None)]),
        ("took crocin and dolo, 2 each", [(CRO, T, 2, None), (DOLO, T, 2, None)]),
        ("crocin & dolo - two each", [(CRO, T, 2, None), (DOLO, T, 2, None)]),
        ("took 2 each of crocin and dolo", [(CRO, T, 2, None), (DOLO, T, 2, None)]),
        ("1 of each: naproxen, advil", [(NAP, T, 1, None), (IBU, T, 1, None)]),
        ("naproxen and advil x2 each", [(NAP, T, 2, None), (IBU, T, 2, None)]),
        ("naproxen and advil, 1 tab each", [(NAP, T, 1, None), (IBU, T, 1, None)]),
        ("crocin aur dolo, dono 1-1", [(CRO, T, 1, None), (DOLO, T, 1, None)]),
        ("crocin aur dolo li, dono ek-ek", [(CRO, T, 1, None), (DOLO, T, 1, None)]),
        (
            "naproxen, advil, gabapentin - all at 8",
            [(NAP, T, None, "08:00"), (IBU, T, None, "08:00"), (GABA, T, None, "08:00")],
        ),
        ("naproxen, advil - both at 8", [(NAP, T, None, "08:00"), (IBU, T, None, "08:00")]),
        (
            "naproxen and the gabapentin, all of them around 9am",
            [(NAP, T, None, "09:00"), (GABA, T, None, "09:00")],
        ),
        ("naproxen and advil, 1 each at 8", [(NAP, T, 1, "08:00"), (IBU, T, 1, "08:00")]),
        ("naproxen and advil at 8, 1 each", [(NAP, T, 1, "08:00"), (IBU, T, 1, "08:00")]),
        ("took 2 each of the crocin and dolo", [(CRO, T, 2, None), (DOLO, T, 2, None)]),
    ],
)
def test_shared_by_each(text: str, expected: list[Dose]) -> None:
    assert _doses(text) == expected
    assert not [i for i in _read(text) if isinstance(i, PainIntent)]


def test_strengths_kept_beside_the_shared_count() -> None:
    doses = [i for i in _read("naproxen 500 and advil 200, 1 each") if isinstance(i, DoseIntent)]
    assert [(d.medication, d.amount, d.count) for d in doses] == [(NAP, 500, 1), (IBU, 200, 1)]


def test_a_pain_score_said_beside_it_is_kept() -> None:
    intents = _read("took my naproxen and advil, 1 each, pain 6")
    assert [i.score for i in intents if isinstance(i, PainIntent)] == [6]
    assert _doses("took my naproxen and advil, 1 each, pain 6") == [
        (NAP, "taken", 1, None),
        (IBU, "taken", 1, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "naproxen and advil, both ok together?",
        "should I take naproxen and advil, 1 each?",
        "can i take 2 each of crocin and dolo?",
        "will take naproxen and advil at 8 tonight",
        "will take naproxen and advil, 1 each",
        "gonna take naproxen and advil - both at 8",
    ],
)
def test_asked_or_planned_is_no_dose_taken(text: str) -> None:
    intents = _read(text)
    assert not [i for i in intents if isinstance(i, DoseIntent) and i.status == "taken"]
    assert not [i for i in intents if isinstance(i, PainIntent)]


@pytest.mark.parametrize(
    "text", ["2 naproxen and advil, 1 each", "took my pills, 2 each", "x2 each", "each 2"]
)
def test_a_count_each_is_never_a_pain_score(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, PainIntent)]


@pytest.mark.parametrize(
    ("text", "score"),
    [("pain is 7 each morning", 7), ("pain 5 each time i stand", 5), ("back 6 each day", 6)],
)
def test_a_score_said_of_each_day_stays_a_score(text: str, score: int) -> None:
    assert [i.score for i in _read(text) if isinstance(i, PainIntent)] == [score]


@pytest.mark.parametrize(
    ("low", "expected"),
    [
        ("crocin and dolo, 2 each", "2 crocin and 2 dolo"),
        ("took the crocin and the dolo, 1 of each", "took 1 crocin and 1 dolo"),
        ("naproxen, advil - both at 8", "naproxen, advil at 8"),
        # a count of one's own already said: two things, nothing to share
        ("2 crocin and dolo, 1 each", "2 crocin and dolo, 1 each"),
        # a doubt is no list
        ("crocin or dolo, 1 each", "crocin or dolo, 1 each"),
        ("crocin and dolo, 1 each day", "crocin and dolo, 1 each day"),
    ],
)
def test_share_out(low: str, expected: str) -> None:
    assert share_out(low, Meds(MEDS, DEFAULT_RESOLVE).spans) == expected
