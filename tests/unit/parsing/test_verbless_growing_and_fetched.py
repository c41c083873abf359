"""Three kinds of message the parser missed, in wording of our own: a dose told without
a verb ("tramadol 2 at once"), a score with numbness or tingling growing ("6, the
numbness is getting worse"), and a medicine fetched in one clause then taken as "one"
in the next ("picked up the tramadol, then took one at 9")."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.intents import PainIntent
from bot.parsing.parser import parse
from tests.unit.parsing.helpers import check, run

LONDON = ZoneInfo("Europe/London")
AFTERNOON = datetime(2026, 12, 7, 15, 0, tzinfo=LONDON)
TN = ["tramadol", "naproxen"]


def _dose(med: str, **kw: Any) -> list[dict[str, Any]]:
    return [{"kind": "dose", "status": "taken", "medication": med, **kw}]


@pytest.mark.parametrize(
    ("text", "meds", "expect"),
    [
        ("tramadol 2 at once", TN, _dose("tramadol", count=2)),
        ("tramadol two together", TN, _dose("tramadol", count=2)),
        ("naproxen 2 in one go", TN, _dose("naproxen", count=2)),
        ("gaba x2 at the same time", ["gabapentin"], _dose("gabapentin", count=2)),
        ("tramadol 50mg 2 at once", TN, _dose("tramadol", amount=50, unit="mg", count=2)),
        ("oxy 2 at once this morning", ["oxycodone"], _dose("oxycodone", count=2)),
    ],
)
def test_a_count_taken_together_without_a_verb_is_a_dose(
    text: str, meds: list[str], expect: list[dict[str, Any]]
) -> None:
    out = run(text, meds, AFTERNOON, LONDON)
    assert check(out, expect, ("pain",)) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "tramadol 2 at once later?",  # asked, and still to come
        "tramadol 2 at once?",
        "dr says tramadol 2 at once max",  # the prescriber's limit
        "tramadol 2 at once max",
        "never more than naproxen 2 at once",
        "gp said naproxen 2 together",
        "tramadol 2 left",  # what is left
        "naproxen 2 at once tomorrow",  # a plan
    ],
)
def test_a_limit_a_question_or_a_supply_is_no_dose(text: str) -> None:
    out = run(text, TN, AFTERNOON, LONDON)
    assert not [o for o in out if o["kind"] == "dose" and o["status"] == "taken"], out


def _pain(text: str) -> PainIntent:
    (pain,) = [i for i in parse(text, TN, AFTERNOON, LONDON) if isinstance(i, PainIntent)]
    return pain


@pytest.mark.parametrize(
    ("text", "score", "felt"),
    [
        ("6, the numbness is getting worse", 6, ("numb",)),
        ("pain 5 and the tingling is spreading", 5, ("tingling",)),
        ("7 — pins and needles worse today", 7, ("tingling",)),
        ("8 today. tingling in my left foot is spreading", 8, ("tingling",)),
        ("3 but the numb patch is bigger", 3, ("numb",)),
    ],
)
def test_a_score_keeps_the_numbness_growing_beside_it(
    text: str, score: int, felt: tuple[str, ...]
) -> None:
    pain = _pain(text)
    assert (pain.score, pain.qualities, pain.worse) == (score, felt, True)


@pytest.mark.parametrize(
    "text",
    [
        "6, numbness no worse",  # denied
        "5, tingling in my foot, back worse today",  # the back is worse, not the tingling
        "pain 6, numb foot",  # nothing said to grow
        "7 and getting worse",  # the pain grows, no numbness said
    ],
)
def test_no_growing_numbness_told(text: str) -> None:
    assert not _pain(text).worse


@pytest.mark.parametrize(
    ("text", "meds", "med"),
    [
        ("picked up the tramadol, then took one at 9", TN, "tramadol"),
        ("pharmacy finally had the celecoxib, took one straight away", ["celecoxib"], "celecoxib"),
        ("naproxen came today, had 2 around noon", TN, "naproxen"),
        ("new box of tramadol arrived, popped one after lunch", TN, "tramadol"),
        ("found the gabapentin, took it at 8", ["gabapentin", "naproxen"], "gabapentin"),
        ("picked up the tramadol. took 2 at 9", TN, "tramadol"),
    ],
)
def test_a_medicine_fetched_then_taken_as_one(text: str, meds: list[str], med: str) -> None:
    out = run(text, meds, AFTERNOON, LONDON)
    assert check(out, _dose(med), ()) is None, out
    assert len([o for o in out if o["kind"] == "dose"]) == 1, out


@pytest.mark.parametrize(
    "text",
    [
        "picked up the tramadol and naproxen, took one at 9",  # which one is not said
        "ran out of tramadol, took one at 9",  # one of something else: none of it left
        "pain bad, took one at 9",  # no medicine named at all
    ],
)
def test_one_taken_stays_unnamed_when_the_medicine_is_not_clear(text: str) -> None:
    out = run(text, TN, AFTERNOON, LONDON)
    assert [o["medication"] for o in out if o.get("status") == "taken"] == [None], out


def test_another_medicine_named_with_the_dose_is_that_one() -> None:
    out = run("picked up the tramadol, took a naproxen at 9", TN, AFTERNOON, LONDON)
    assert [o["medication"] for o in out if o["kind"] == "dose"] == ["naproxen"], out
