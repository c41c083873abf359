"""What a clinician said to do is their advice, not an activity done; a note keeps the
writer's own words across a joining word (sandbox, Toronto: "she said keep doing the
stretches and add a walk" marked the walk and the stretches done)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.helpers import run


def _activities(text: str) -> set[str]:
    return {k for o in run(text) if o["kind"] == "activity" for k in o["kinds"]}


def _note(text: str) -> str | None:
    return next((o["text"] for o in run(text) if o["kind"] == "note"), None)


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("she said keep doing the stretches and add a walk", set()),
        ("the physio wants me to try swimming", {"physio"}),
        ("dr recommended yoga twice a week", set()),
        ("gp suggested I walk more", set()),
        ("physio said to walk every day", {"physio"}),
        ("physio went well, she said keep up the stretches", {"physio"}),
        # done, then or before the advice
        ("did the stretches the physio suggested", {"stretching", "physio"}),
        ("walked 20 min like the doctor said", {"walk"}),
        ("dr told me to walk so I walked to the shop", {"walk"}),
        ("did my stretches and went for a walk", {"stretching", "walk"}),
    ],
)
def test_an_activity_after_advice_is_not_done(text: str, done: set[str]) -> None:
    assert _activities(text) == done


def test_the_advice_stays_in_the_note_for_the_doctor() -> None:
    note = _note("physio went well, she said keep doing the stretches and add a walk")
    assert note == "she said keep doing the stretches and add a walk"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "physio went well. dr also upped my gabapentin to 600 at night",
            "dr also upped my gabapentin to 600 at night",
        ),
        (
            "slept ok. My sister also has back pain, she says hi",
            "My sister also has back pain, she says hi",
        ),
        # a sentence's end still parts two notes
        ("pain 6, the weather. also my car broke", "the weather; my car broke"),
    ],
)
def test_a_note_is_kept_as_written_across_a_joining_word(text: str, note: str) -> None:
    assert _note(text) == note
