"""Emoji that stand for words in a quick reply are read as those words."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.parsing import ActivityIntent, DoseIntent, PainIntent, SleepIntent, parse
from bot.parsing.emoji_words import emoji_said

ZONE = ZoneInfo("Asia/Singapore")
NOW = dt.datetime(2026, 4, 21, 21, 0, tzinfo=ZONE)


def read(text: str) -> list[object]:
    return parse(text, ["celecoxib", "pregabalin"], NOW, ZONE)


def test_doings_by_their_emoji() -> None:
    walk = [i for i in read("🚶🏽‍♂️ 45 min by the river") if isinstance(i, ActivityIntent)]
    assert [(w.kinds, w.minutes) for w in walk] == [(("walk",), 45)]
    both = [i for i in read("🏊‍♀️ 20 min then 🧘 15") if isinstance(i, ActivityIntent)]
    assert both and set(both[0].kinds) == {"swim", "yoga"}


def test_a_keycap_score_and_an_arrow_down_the_leg() -> None:
    pain = [i for i in read("7️⃣ today, burning ➡️ left foot") if isinstance(i, PainIntent)]
    assert pain and pain[0].score == 7 and pain[0].radiating is True
    assert [i.score for i in read("🔟 out of 10") if isinstance(i, PainIntent)] == [10]


def test_a_night_told_with_an_arrow() -> None:
    sleep = [i for i in read("💤 12:30→7") if isinstance(i, SleepIntent)]
    assert sleep and sleep[0].hours is not None and 6 <= sleep[0].hours <= 7


def test_pills_counted_by_the_pill_emoji() -> None:
    assert [(d.status, d.count) for d in read("💊x2 ✅") if isinstance(d, DoseIntent)] == [
        ("taken", 2)
    ]


def test_text_without_such_emoji_is_untouched() -> None:
    for said in ("pain 5 😭", "celebrex ✅", "took 2 at 8 🙂", "plain words only"):
        assert emoji_said(said) == said


def test_a_run_a_ride_and_the_gym_are_exercise() -> None:
    for said in ("🏃‍♀️ 30 min", "🚴 40 min", "🏋️ 1hr"):
        done = [i for i in read(said) if isinstance(i, ActivityIntent)]
        assert done and done[0].kinds == ("exercise",), said


def test_where_and_how_it_hurts_by_emoji() -> None:
    pain = [i for i in read("🔥 R 🦵 ⬇️ to the foot, 7") if isinstance(i, PainIntent)]
    assert pain and pain[0].locations == ("leg_right",) and "burning" in pain[0].qualities
    assert pain[0].radiating is True


def test_a_reminder_answered_by_its_buttons_emoji() -> None:
    assert [
        (d.status, d.reason) for d in read("💊 ⏭️ pain's low today") if isinstance(d, DoseIntent)
    ][0][0] == "skipped"
    patch = [
        d
        for d in parse("🩹 on ✅", ["lidocaine", "pregabalin"], NOW, ZONE)
        if isinstance(d, DoseIntent)
    ]
    assert [(d.status, d.medication) for d in patch] == [("taken", "lidocaine")]
