"""A day told as a numbered list: the items' numbers are no pain scores or counts, and a
past day named keeps its times on that day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.parser import parse
from bot.parsing.text import normalise, without_list_numbers
from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
EVENING = datetime(2026, 10, 6, 19, 0, tzinfo=LONDON)


def scores(text: str) -> list[float]:
    return [o["score"] for o in run(text, ["naproxen"], EVENING, LONDON) if o["kind"] == "pain"]


def test_item_numbers_are_no_scores() -> None:
    assert scores("1. Back sore, I'd say 6\n2. walked 20 mins") == [6]
    assert scores("1) slept badly\n2) Pain 3, stiff\n3) naproxen at 8") == [3]
    assert scores("1 - neck aching, about 5\n2 - stretches done") == [5]


def test_numbers_not_a_list_stay() -> None:
    # one line, or numbers not counting 1, 2, 3…: what was written
    assert without_list_numbers("2. took two\n5. pain") == "2. took two\n5. pain"
    assert without_list_numbers("7. shooting pain") == "7. shooting pain"
    assert scores("pain 4\n2 naproxen at 8") == [4]


def test_blanked_to_the_same_length() -> None:
    text = "1. pain 5\n2. naproxen"
    assert len(without_list_numbers(text)) == len(text)
    assert "1." not in normalise(text)


def test_a_note_keeps_the_writers_words() -> None:
    out = run("Hello there\n1. Back sore, 6\n2. naproxen 500 at 8", ["naproxen"], EVENING, LONDON)
    assert {"kind": "note", "text": "Hello there"} in out


def test_a_past_day_keeps_its_times() -> None:
    morning = datetime(2026, 6, 7, 8, 0, tzinfo=LONDON)
    intents = parse(
        "yesterday i took paracetamol at 9am and 3pm and the naproxen at 6pm",
        ["acetaminophen", "naproxen"],
        morning,
        LONDON,
    )
    times = sorted(str(getattr(i, "at", "")) for i in intents if getattr(i, "at", None))
    assert times == [
        "2026-06-06T09:00:00+01:00",
        "2026-06-06T15:00:00+01:00",
        "2026-06-06T18:00:00+01:00",
    ]


def test_one_item_sent_alone() -> None:
    # a list sent a line at a time: the item's number is no score when one is said after it
    assert scores("1. Back sore, about 5") == [5]
    assert scores("2) Pain 3, stiff") == [3]
    # (a number opening the message with nothing else of the kind is still its score)
    assert scores("7. shooting down my left leg") == [7]
    assert scores("6. took 2 naproxen at 6") == [6]


def test_normalised_once_per_message() -> None:
    # the readers of one message share its normalised text (a cache, PERFORMANCE)
    assert hasattr(normalise, "cache_info")
    assert not hasattr(without_list_numbers, "cache_info")
