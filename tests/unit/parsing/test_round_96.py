"""Kinds blind set 96 showed the parser missing, each said in other words than the set's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.parsing.helpers import run


def _kinds(out: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [o for o in out if o["kind"] == kind]


@pytest.mark.parametrize(
    "text", ["my tongue feels a bit swollen after the naproxen", "tongue is kind of thick now"]
)
def test_a_tongue_thick_or_swollen_said_mildly_alarms(text: str) -> None:
    out = run(text, meds=["naproxen"])
    assert _kinds(out, "red_flag") and "allergic_reaction" in _kinds(out, "red_flag")[0]["flags"]


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("my head's been pounding since the new tablets", "headache"),
        ("noticed dryness in my mouth lately", "dry_mouth"),
        ("feet ballooning since the pregabalin went up", "swelling"),
        ("this duloxetine is causing me no sleep", "insomnia"),
    ],
)
def test_side_effects_in_other_words(text: str, effect: str) -> None:
    out = run(text, meds=["pregabalin", "duloxetine"])
    assert any(effect in s["effects"] for s in _kinds(out, "side_effect")), out


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("pain has decreased to 3 since lunch", 3),
        ("I would rate it at six out of ten this evening", 6),
    ],
)
def test_a_score_said_as_where_the_pain_went_or_rated_at(text: str, score: int) -> None:
    assert [p["score"] for p in _kinds(run(text), "pain")] == [score]


def test_a_dose_reduced_to_tablets_a_day_is_no_score() -> None:
    assert not _kinds(run("gp reduced to 2 a day", meds=["oxycodone"]), "pain")


@pytest.mark.parametrize(
    ("text", "word"),
    [("spirits have been rather low", "low"), ("my spirits are much raised", "good")],
)
def test_spirits_said_formally_are_the_mood(text: str, word: str) -> None:
    assert [m["words"] for m in _kinds(run(text), "mood")] == [[word]]


@pytest.mark.parametrize("text", ["oh later", "in a bit love", "hmm later"])
def test_a_wait_with_an_interjection_is_a_snooze(text: str) -> None:
    assert [d["status"] for d in _kinds(run(text), "dose")] == ["snoozed"]


def test_a_supply_finished_with_a_script_wanted_is_a_skip_for_want_of_it() -> None:
    out = run("finished the gabapentin, waiting on a repeat prescription", meds=["gabapentin"])
    assert [(d["medication"], d["status"], d["reason"]) for d in _kinds(out, "dose")] == [
        ("gabapentin", "skipped", "ran_out")
    ]


def test_a_course_finished_is_no_skip() -> None:
    assert not _kinds(run("finished my naproxen course yesterday", meds=["naproxen"]), "dose")


def test_a_medicine_named_then_taken_unnamed_is_one_dose() -> None:
    out = run("gabapentin 300mg, had 2 at 8 this morning", meds=["gabapentin", "naproxen"])
    (dose,) = _kinds(out, "dose")
    assert (dose["medication"], dose["amount"], dose["count"]) == ("gabapentin", 300, 2)
