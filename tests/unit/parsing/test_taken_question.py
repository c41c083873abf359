"""'Did I take my gabapentin this morning?' read as a question to the record."""

from __future__ import annotations

import pytest

from bot.parsing.taken_question import asks_if_taken


@pytest.mark.parametrize(
    ("text", "medicines", "about_all"),
    [
        ("did I take my gabapentin this morning?", ("gabapentin",), False),
        ("Did I already take my lyrica today?", ("pregabalin",), False),
        ("did I take my nerve pill?", ("gabapentin",), False),
        ("have I had my meds today", (), True),
        ("did i take it?", (), True),
        ("was my 8am dose taken?", (), True),
        ("did I take", (), True),
    ],
)
def test_a_question_to_the_record(text: str, medicines: tuple[str, ...], about_all: bool) -> None:
    asked = asks_if_taken(text, ["gabapentin", "naproxen"])
    assert asked is not None
    assert (asked.medicines, asked.about_all) == (medicines, about_all)


@pytest.mark.parametrize(
    "text",
    [
        "took my gabapentin at 8",
        "I did take it",
        "did my physio exercises",
        "should I take another ibuprofen?",
        "did I tell you my back is a 6",
    ],
)
def test_not_a_question_about_a_dose_taken(text: str) -> None:
    assert asks_if_taken(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "not sure if I had the naproxen at breakfast",
        "can't remember whether I took my gabapentin",
        "don't know if I've had the naproxen",
        "remind me, did I take the gabapentin earlier",
        # Found living a sandbox week, said in full (had been "a question for your doctor"):
        "I am so sorry but I can not remember if I took my naproxen this morning. Did I?",
        "I cant remember if I took my gabapentin",
        "im not sure if i took my naproxen",
    ],
)
def test_unsure_whether_a_dose_was_taken_asks_the_record(text: str) -> None:
    asked = asks_if_taken(text, ["gabapentin", "naproxen"])
    assert asked is not None and len(asked.medicines) == 1


def test_unsure_about_something_else_is_no_question_to_the_record() -> None:
    assert asks_if_taken("not sure if I slept at all", ["gabapentin"]) is None


@pytest.mark.parametrize(
    ("text", "medicines"),
    [
        ("how many co-codamol have i had today", ("acetaminophen/codeine",)),
        ("how many co codamols have I taken?", ("acetaminophen/codeine",)),
        ("how much paracetamol did I take today", ("acetaminophen",)),
        ("how many have i had today?", ()),
        ("how many painkillers have i taken", ()),
    ],
)
def test_how_many_asks_the_record_for_a_count(text: str, medicines: tuple[str, ...]) -> None:
    # The regimen as the parser knows it: each generic (understanding.regimen_names).
    asked = asks_if_taken(text, ["acetaminophen/codeine", "naproxen"])
    assert asked is not None and asked.how_many
    assert asked.medicines == medicines


@pytest.mark.parametrize(
    "text",
    ["how many steps have i had today", "how many pills do i have left", "how much is it"],
)
def test_how_many_of_something_else_is_no_question_to_the_record(text: str) -> None:
    assert asks_if_taken(text, ["co-codamol"]) is None


def test_the_question_keeps_the_word_each_medicine_was_asked_by() -> None:
    q = asks_if_taken("how much paracetamol have I had today?", ["codeine/acetaminophen"])
    assert q is not None and q.medicines == ("acetaminophen",)
    assert q.said("acetaminophen") == "paracetamol" and q.said("gabapentin") is None


@pytest.mark.parametrize(
    "text",
    [
        "how many norco today",
        "how many norcos today?",
        "how much tylenol so far",
        "how many pills today?",
    ],
)
def test_how_many_said_short_is_the_same_question(text: str) -> None:
    # "how many norco today" was "a question for your doctor": the record answers it.
    q = asks_if_taken(text, ["hydrocodone/acetaminophen", "acetaminophen"])
    assert q is not None and q.how_many


@pytest.mark.parametrize(
    "text", ["how much pain today", "how many steps today", "how much sleep today"]
)
def test_how_many_of_something_else_today_is_not_about_doses(text: str) -> None:
    assert asks_if_taken(text, ["hydrocodone/acetaminophen"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "what's my acetaminophen total today",
        "whats my acetaminophen total",
        "whats the total of my paracetamol",
        "total tylenol today?",
        "my tylenol count so far",
        "what's the total of my paracetamol so far",
        "norco tally?",
    ],
)
def test_a_total_asked_for_is_the_how_many_question(text: str) -> None:
    # Found living it: "what's my acetaminophen total today" was "didn't catch that".
    q = asks_if_taken(text, ["hydrocodone/acetaminophen", "acetaminophen"])
    assert q is not None and q.how_many and q.medicines


@pytest.mark.parametrize(
    "text",
    ["what's my step count today", "my pain total", "total agony today", "what is the total"],
)
def test_a_total_of_something_else_is_no_question_to_the_record(text: str) -> None:
    assert asks_if_taken(text, ["hydrocodone/acetaminophen", "acetaminophen"]) is None


def test_the_last_24_hours_asked_without_did() -> None:
    """Sandbox, Pune: "how much paracetamol i took in last 24 hrs?" was not read."""
    asked = asks_if_taken("how much paracetamol i took in last 24 hrs?", ["acetaminophen"])
    assert asked is not None and asked.how_many and asked.last_day
    today = asks_if_taken("how much paracetamol have I had today?", ["acetaminophen"])
    assert today is not None and not today.last_day
