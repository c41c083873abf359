"""Blind sets 122, 124-126: answers to a reminder typed short ("all three ✅", "laterrr",
"snz 30", "in a tick", "tiz is in", "nah mate, feeling sweet today"), texting shorthand
("skpd oxy 2day", "pn 7/10 LB + L leg", "😖 7", "🛏️ 5h"), a clock told roughly
("12:30ish"), a medicine named as the topic ("Ah the pregabalin, yes had that…"), and
what is no record of the writer's: a regimen told, advice heard, a message for another
chat, a child's calpol, a match's score, a swimming lesson watched."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 6, 6, 14, 0, tzinfo=LONDON)
MEDS = ["gabapentin", "tizanidine", "oxycodone", "pregabalin", "acetaminophen"]


def out(text: str) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = run(text, MEDS, NOW, LONDON)
    return got


def doses(text: str) -> list[tuple[Any, ...]]:
    return [(o["status"], o["medication"]) for o in out(text) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("all three ✅", [("taken", None)]),
        ("laterrr", [("snoozed", None)]),
        ("after supper 🙂", [("snoozed", None)]),
        ("in a tick, just putting the kettle on", [("snoozed", None)]),
        ("tiz is in", [("taken", "tizanidine")]),
        ("nah mate, feeling sweet today", [("skipped", None)]),
        ("skpd oxy 2day, pain lo 👍", [("skipped", "oxycodone")]),
        ("holding off on the tiz till bedtime", [("snoozed", "tizanidine")]),
        ("Ah the pregabalin, yes had that about half an hour ago", [("taken", "pregabalin")]),
        # declined or put off in a few words
        ("can't right now, driving", [("snoozed", None)]),
        ("I haven't, and I won't tonight, too nauseous", [("skipped", None)]),
        ("not today, makes me very dizzy", [("skipped", None)]),
        ("hoy no, me deja muy mareada", [("skipped", None)]),
        ("abhi nahi, khana khake", [("snoozed", None)]),
        ("necked it mate", [("taken", None)]),
        ("chemist had no pregabalin in stock and I'm all out", [("skipped", "pregabalin")]),
    ],
)
def test_short_answers(text: str, want: list[tuple[Any, ...]]) -> None:
    assert doses(text) == want


def test_snooze_lengths_said_short() -> None:
    assert [o["minutes"] for o in out("snz 30")] == [30]
    assert [o["minutes"] for o in out("abeg give me like 15 minutes") if o["kind"] == "dose"] == [
        15
    ]


def test_a_rough_clock_keeps_its_minutes() -> None:
    got = [o["at"] for o in out("already had them at lunch, 12:30ish") if o["kind"] == "dose"]
    assert got == ["2026-06-06T12:30:00+01:00"]


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("😖 7", 7),
        ("pn 7/10 LB + L leg ⚡️", 7),
        (
            "new lidocaine patch on my lower back at seven thirty and the pain is about a four",
            4,
        ),
    ],
)
def test_scores(text: str, score: int) -> None:
    assert [o["score"] for o in out(text) if o["kind"] == "pain"] == [score]


@pytest.mark.parametrize(
    "text",
    [
        "done ✅ — oops wrong chat, ignore that",
        "my wife's on gabapentin 300 as well, we compare notes haha",
        "they prescribed norco 10/325, 1 every 6 hrs as needed",
        "pharmacist said not to take extra tylenol with the oxycodone",
        "my sister swears by 2 aleve before bed",
        "dad's nurse gives him his morphine at 8, he's settled tonight",
        "me lad had some calpol for his temperature, he's 6, all fine now",
        "watching the match, we're 2 up",
        "0 side effects from the gabapentin",
        "I used to swim 2 hours every day when I was young",
        "the physio said I should walk 30 mins a day",
        "physio appt thursday at 2:30",
        "40 degrees today and I'm sweating buckets",
    ],
)
def test_no_record_of_the_writers(text: str) -> None:
    assert out(text) == []


def test_what_the_words_mean() -> None:
    assert [o["kinds"] for o in out("went for a dip at the ocean baths, 30 mins")] == [["swim"]]
    assert out("slept rotten")[0]["quality"] == "poor"
    assert out("I no fit sleep well last night")[0]["quality"] == "poor"
    assert out("Motion not passed since 3 days")[0]["effects"] == ["constipation"]
    pain = out("prickly feeling running from me lower back right into me right foot, 6ish")
    assert [(o["kind"], o.get("radiating")) for o in pain] == [("pain", True)]


def test_what_is_no_dose_or_mood() -> None:
    assert out("insurance won't cover the lidocaine patches anymore 😤") == []
    assert out("happy birthday to my dad, 80 today 🎂") == []
    assert [o["kinds"] for o in out("dog walk 1hr 🐕")] == [["walk"]]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("leg pain on the right, 6", ["leg_right"]),
        ("sore behind the knee on the left, 4", ["leg_left"]),
        ("from my bum cheek to behind the knee on the left, like electricity, 7", None),
    ],
)
def test_a_side_said_after_the_part(text: str, places: list[str] | None) -> None:
    pain = [o for o in out(text) if o["kind"] == "pain"]
    if places is not None:
        assert [p["locations"] for p in pain] == [places]
    else:  # a path from the buttock, the side after the knee, and how it feels
        assert [(p["locations"], p["radiating"], p["qualities"]) for p in pain] == [
            (["buttock", "leg_left"], True, ["shooting"])
        ]
