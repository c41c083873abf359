"""Typed answers to the check-in's questions, yes/no, and where it hurts."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import parse
from bot.parsing.answers import (
    is_skip,
    read_checkin_answer,
    skips_the_question,
    where_it_hurts,
    yes_no,
)

NOW = dt.datetime(2026, 12, 1, 20, 5, tzinfo=ZoneInfo("Europe/London"))


def answer(stage: str, text: str):  # type: ignore[no-untyped-def]
    return read_checkin_answer(stage, text, parse(text, ["gabapentin"], NOW, NOW.tzinfo))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("yes", True), ("Yeah, to the knee", True), ("yep", True), ("y", True),
        ("a bit", True), ("no", False), ("Nope, just my back", False), ("nah", False),
        ("not really", False), ("maybe tomorrow", None), ("yesterday", None),
        ("nothing", None),
    ],
)  # fmt: skip
def test_yes_no(text: str, said: bool | None) -> None:
    assert yes_no(text) is said


@pytest.mark.parametrize(
    ("text", "value", "places"),
    [
        ("yes to the knee", "y", {"leg"}),
        ("yeah all the way down my right leg", "y", {"leg_right"}),
        ("no, just my lower back", "n", set()),
        ("it stays in my back", "n", set()),
        ("shooting down into my foot", "y", {"leg"}),
    ],
)
def test_radiating_answers(text: str, value: str, places: set[str]) -> None:
    reading = answer("radiating", text)
    assert reading is not None and reading.value == value
    assert set(reading.locations) == places


def test_yes_to_the_radiating_question_is_not_a_dose_taken() -> None:
    reading = answer("radiating", "yes")
    assert reading is not None and [i.kind for i in reading.used] == ["dose"]


def test_a_place_typed_for_where_also_says_it_runs_down_the_leg() -> None:
    reading = answer("location", "6, shooting down my left leg")
    assert reading is not None
    assert (reading.value, reading.radiating) == ("leg_left", True)
    assert reading.used == (), "the typed score stays a report of its own"


def test_what_is_felt_where_it_hurts_is_kept_with_the_places() -> None:
    # "pins and needles in my foot" was lost: only buttock and leg were kept
    reading = answer("location", "left buttock and down my thigh, pins and needles in my foot")
    assert reading is not None
    assert (reading.value, reading.radiating, reading.qualities) == (
        "buttock,leg",
        True,
        ("tingling",),
    )
    denied = answer("location", "lower back, no tingling")
    assert denied is not None and denied.qualities == ()


@pytest.mark.parametrize("stage", ["sleep", "activity", "side_effects", "note", "radiating"])
def test_took_it_answers_no_checkin_question(stage: str) -> None:
    assert answer(stage, "took it") is None


@pytest.mark.parametrize(
    ("stage", "text"),
    [
        ("sleep", "slept badly, up at 3"),
        ("activity", "walked the dog 20 min"),
        ("side_effects", "bit dizzy and dry mouth"),
        ("side_effects", "none"),
        ("note", "the new mattress helps"),
        ("note", "took it, and I feel a bit dizzy"),
        ("enjoyment", "4"),
        ("pain", "8 out of 10"),
    ],
)
def test_answers_that_fit_their_question(stage: str, text: str) -> None:
    assert answer(stage, text) is not None


def test_a_pain_score_does_not_answer_the_sleep_question() -> None:
    assert answer("sleep", "pain is 8 now") is None


@pytest.mark.parametrize(
    ("text", "skip"), [("skip", True), ("None.", True), ("nope", True), ("no pain", False)]
)
def test_skip_words(text: str, skip: bool) -> None:
    assert is_skip(text) is skip


def test_where_it_hurts() -> None:
    place = where_it_hurts("lower back and down my left leg")
    assert place is not None
    assert place.locations == ("lower_back", "leg_left") and place.radiating is True


@pytest.mark.parametrize(
    ("text", "locations", "qualities"),
    [
        ("numbness in my left foot since yesterday", ("leg_left",), ("numb",)),
        ("pins and needles in my right foot", ("leg_right",), ("tingling",)),
        ("lower back, no tingling", ("lower_back",), ()),
    ],
)
def test_what_is_felt_where_is_kept_beside_the_place(
    text: str, locations: tuple[str, ...], qualities: tuple[str, ...]
) -> None:
    # "numbness in my left foot" was kept as "where it hurts: left leg": numbness is a
    # different finding from pain, and a doctor reads it so.
    place = where_it_hurts(text)
    assert place is not None
    assert (place.locations, place.qualities) == (locations, qualities)


@pytest.mark.parametrize(
    "text",
    [
        "my son broke his leg",
        "hello there",
        "I walked 3 miles along the river with my dog today and it was lovely",
    ],
)
def test_not_where_it_hurts(text: str) -> None:
    assert where_it_hurts(text) is None


@pytest.mark.parametrize("stage", ["enjoyment", "general"])
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", "7"),
        ("about a 6", "6"),
        ("8, I can't enjoy anything", "8"),
        ("pain gets in the way, 5", "5"),
        ("6 it hurts to do anything", "6"),
    ],
)
def test_a_score_of_how_much_pain_got_in_the_way(stage: str, text: str, value: str) -> None:
    reading = answer(stage, text)
    assert reading is not None and reading.value == value
    assert reading.used, "the score is the answer, not a pain report as well"


@pytest.mark.parametrize("stage", ["enjoyment", "general"])
@pytest.mark.parametrize(
    "text",
    [
        "pain 7 today, back is on fire",
        "pain is 8 now",
        "7, shooting down my left leg",
        "back aching 6",
    ],
)
def test_a_pain_rating_does_not_answer_how_much_it_got_in_the_way(stage: str, text: str) -> None:
    assert answer(stage, text) is None


@pytest.mark.parametrize(
    "stage", ["location", "sleep", "activity", "side_effects", "note", "enjoyment"]
)
def test_a_skip_said_to_the_checkin_is_no_dose_skipped(stage: str) -> None:
    # "skip" alone also reads as a dose skipped: here it answers the question asked.
    bare = [i for i in parse("skip", ["gabapentin"], NOW, NOW.tzinfo) if i.kind == "dose"]  # type: ignore[arg-type]
    assert bare
    reading = answer(stage, "skip")
    assert reading is not None and reading.value == "-"
    assert all(i in reading.used for i in bare), "not left over for an open reminder"


@pytest.mark.parametrize(
    ("text", "declined"),
    [("skip", True), ("not today", True), ("pass", True), ("pain 6", False), ("6", False)],
)
def test_the_pain_question_declined_is_told_from_a_score(text: str, declined: bool) -> None:
    reading = answer("pain", text)
    assert reading is not None and reading.declined is declined


@pytest.mark.parametrize(
    ("text", "quality"),
    [("ok", "fair"), ("not bad", "fair"), ("meh", "fair"), ("fine", "good"),
     ("pretty good", "good"), ("badly", "poor"), ("not great", "poor"), ("terrible!", "poor")],
)  # fmt: skip
def test_a_word_answers_how_did_you_sleep(text: str, quality: str) -> None:
    reading = answer("sleep", text)
    assert reading is not None and reading.value == quality


def test_a_longer_message_at_the_sleep_question_is_not_read_as_a_quality() -> None:
    assert answer("sleep", "ok but the tramadol made me itchy") is None


@pytest.mark.parametrize(
    "text", ["stuck a heat patch on my lower back, bliss", "hot water bottle on my neck"]
)
def test_something_put_on_the_place_is_no_pain_there(text: str) -> None:
    assert where_it_hurts(text) is None


@pytest.mark.parametrize(
    ("text", "quality", "hours"),
    [
        ("shit, bout 4 hours", "poor", 4.0),
        ("bout 4 hours", "poor", 4.0),
        ("maybe 5", "poor", 5.0),
        ("4", "poor", 4.0),
        ("good 8 hours", "good", 8.0),
        ("not great 5 hrs", "poor", 5.0),
        ("four or five hours", "poor", 4.5),
        ("ok, 6 hours o", "fair", 6.0),
    ],
)
def test_hours_typed_to_the_sleep_question_are_that_night(
    text: str, quality: str, hours: float
) -> None:
    # "shit, bout 4 hours" got "Sorry, I didn't catch that" (Sandbox, Sydney).
    reading = answer("sleep", text)
    assert reading is not None and reading.value == "-"
    # (read by the question, or by the parser itself: "bout 4 hours" is about 4 hours)
    [night] = reading.told or [i for i in answer_intents(text) if i.kind == "sleep"]
    assert (night.kind, night.quality, night.hours) == ("sleep", quality, hours)  # type: ignore[union-attr]
    assert not [i for i in answer_intents(text) if i.kind == "pain" and i not in reading.used]


def answer_intents(text: str):  # type: ignore[no-untyped-def]
    return parse(text, ["gabapentin"], NOW, NOW.tzinfo)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["30", "8/10", "pain is 8 now", "dunno really", "good, good"])
def test_other_words_at_the_sleep_question_are_no_night(text: str) -> None:
    reading = answer("sleep", text)
    assert reading is None or not reading.told


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("i stand teach for like 5 hours, no time for exercise o", True),
        ("no time for exercise", False),
        ("no exercise", False),
        ("none", False),
        ("not today", False),
    ],
)
def test_no_exercise_said_anywhere_is_not_today(text: str, note: bool) -> None:
    # (Sandbox, Lagos: the answer got the general menu, and the check-in stalled)
    reading = answer("activity", text)
    assert reading is not None and reading.value == "none"
    kept = [i.text for i in reading.told if i.kind == "note"]  # type: ignore[union-attr]
    assert kept == ([text] if note else [])


def test_skip_typed_to_the_activity_question_still_skips() -> None:
    reading = answer("activity", "skip")
    assert reading is not None and reading.value == "-"


@pytest.mark.parametrize(
    "text",
    [
        "e don do",
        "E don do o",
        "that's all",
        "nothing else",
        "no more",
        "done",
        "that's all thanks",
    ],
)
def test_a_closing_phrase_ends_the_notes_question(text: str) -> None:
    assert is_skip(text)
    reading = answer("note", text)
    assert reading is not None and reading.value == "-"


def test_a_note_is_still_a_note() -> None:
    assert not is_skip("no more pain in the mornings")


@pytest.mark.parametrize("text", ["skip", "Skip", "skip it", "skip for now", "pass", "skip please"])
def test_a_questions_skip_typed(text: str) -> None:
    assert skips_the_question(text)


@pytest.mark.parametrize("text", ["no", "none", "skipped it", "skip the 8pm one", "skip pred"])
def test_what_is_no_questions_skip(text: str) -> None:
    # "no" may answer the question; "skipped it", "skip pred": a dose skipped
    assert not skips_the_question(text)
