"""Pain, sleep, activity, side effects and mood as people type them (blind set 44's
kinds, in wording of our own): a duration after sleep or an activity is its length,
never a snooze; a sleep's hours are not an activity's minutes; a time or a quantity is no
pain score; what someone else says of themselves is not the writer's; a greeting is no
night's sleep."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from tests.unit.parsing.helpers import BERLIN, check, run

MEDS = ["gabapentin", "naproxen", "amitriptyline", "tramadol"]
EVENING = datetime(2026, 8, 16, 20, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("had a lovely lie-in, 10 hours", {"kind": "sleep", "hours": 10}),
        ("napped on the sofa, about 2 hrs", {"kind": "sleep", "hours": 2}),
        ("walked the dog round the block, 40 minutes", {"kind": "activity", "minutes": 40}),
        (
            "slept maybe 6 hours and then did my stretches for 10 minutes",
            {"kind": "activity", "minutes": 10},
        ),
    ],
)
def test_a_duration_is_how_long_sleep_or_an_activity_lasted(
    text: str, expect: dict[str, Any]
) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [expect], ("dose",)) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "slept right through, didn't wake till 9",
        "zero motivation today",
        "my brother says his back is an 8 this week",
        "dad's knee is a 6 after the walk",
    ],
)
def test_no_pain_score_from_a_time_a_quantity_or_someone_else(text: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [], ("pain",)) is None, out


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("I dont sleep good since the new tablets", "poor"),
        ("not a wink of sleep last night", "poor"),
        ("woke at 4 and never got back off", "poor"),
        ("I sleeped maybe 4 hour", "poor"),
        ("Good night doctor, pain 5 today. Sleep was bad.", "poor"),
    ],
)
def test_a_bad_night_said_plainly(text: str, quality: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [{"kind": "sleep", "quality": quality}]) is None, out


@pytest.mark.parametrize(
    ("text", "effect"),
    [
        ("mouth a bit dry since the amitriptyline", "dry_mouth"),
        ("after the naproxen I have pain in the stomach", "stomach_pain"),
        ("the tramadol dey make me feel to vomit", "nausea"),
    ],
)
def test_side_effects_in_everyday_words(text: str, effect: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [{"kind": "side_effect", "effects": [effect]}]) is None, out


@pytest.mark.parametrize("text", ["feeling a bit brighter", "so discouraged today", "not myself"])
def test_mood_words(text: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [{"kind": "mood"}]) is None, out


@pytest.mark.parametrize(
    "text",
    ["feeling low in myself this week", "I'm down in the dumps", "feel down, there's no point"],
)
def test_down_and_low_as_a_mood(text: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [{"kind": "mood"}]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "I can't feel down there properly",
        "it feels low down in my back today, 5",
        "feel it down my left leg again",
        "couldn't feel low in my spine where they pressed",
    ],
)
def test_down_and_low_as_where_not_a_mood(text: str) -> None:
    """A direction followed by where is the body, and "can't feel" is sensation."""
    out = run(text, MEDS, EVENING)
    assert check(out, [], absent=("mood",)) is None, out


@pytest.mark.parametrize(
    "text", ["down to my last 2 tramadol", "I'm down to the last three naproxen in the house"]
)
def test_what_is_left_is_not_a_dose(text: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [], absent=("dose",)) is None, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("had a bath and it's down to 3", {"kind": "pain", "score": 3}),
        ("7 in the low back, doesn't go anywhere", {"kind": "pain", "radiating": False}),
        (
            "4 today, legs are clear, just the low back",
            {"kind": "pain", "locations": ["lower_back"]},
        ),
    ],
)
def test_a_score_come_down_and_pain_that_stays_put(text: str, expect: dict[str, Any]) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [expect]) is None, out


@pytest.mark.parametrize("text", ["slept a bit better last night", "slept a lot better"])
def test_a_better_night_with_a_hedge_is_still_a_better_night(text: str) -> None:
    out = run(text, MEDS, EVENING)
    assert check(out, [{"kind": "sleep", "quality": "good"}], absent=("note",)) is None, out


@pytest.mark.parametrize("text", ["pain 11/10", "12 out of 10 today", "back is 15/10 this morning"])
def test_a_score_past_the_top_is_the_worst_the_scale_holds(text: str) -> None:
    # Found living it: "pain 11/10" got "Sorry, I didn't catch that".
    out = run(text, ["oxycodone"], EVENING)
    assert [o["score"] for o in out if o["kind"] == "pain"] == [10], out


def test_a_strength_written_over_ten_is_no_score() -> None:
    out = run("took targin 20/10 at 8", ["oxycodone/naloxone"], EVENING)
    assert not [o for o in out if o["kind"] == "pain"], out


@pytest.mark.parametrize(
    ("text", "days_ago"),
    [
        ("last night pain was a 9, couldnt sleep", 1),
        ("yesterday was a shocker, 9/10 all arvo", 1),  # the day judged, its score after it
        ("slept badly last night, pain 7", 0),  # the night's sleep, today's pain
        ("yesterday was awful, today more like 4", 0),
        ("yesterday evening was a 7", 1),
        ("pain 6", 0),
    ],
)
def test_a_score_said_of_yesterday_is_kept_on_that_day(text: str, days_ago: int) -> None:
    from bot.parsing.intents import PainIntent
    from bot.parsing.parser import parse

    pain = [i for i in parse(text, [], EVENING, BERLIN) if isinstance(i, PainIntent)]
    assert [p.days_ago for p in pain] == [days_ago], pain


def test_yesterdays_score_beside_todays_is_kept_and_the_contract_shows_todays() -> None:
    # "pain 6 yesterday evening, 4 now": both kept by the bot, today's alone in the JSON
    # (PRODUCT.md §5: the contract's pain has no day).
    from bot.parsing.intents import PainIntent, to_json
    from bot.parsing.parser import parse

    for text, today, before in [
        ("pain 6 yesterday evening, 4 now", 4.0, 6.0),
        ("yesterday an 8, today 5", 5.0, 8.0),
    ]:
        intents = parse(text, [], EVENING, BERLIN)
        pain = [(i.score, i.days_ago) for i in intents if isinstance(i, PainIntent)]
        assert pain == [(today, 0), (before, 1)]
        said = [i for i in to_json(intents)["intents"] if i["kind"] == "pain"]
        assert [i["score"] for i in said] == [today]
