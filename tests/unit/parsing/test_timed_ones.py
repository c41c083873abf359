"""A dose named by the time it belongs to ("the 8 o'clock one", "the morning one", Spanish
"la de las 8"), two of them in one message, a remark about one of them, the belly listed
beside another place that hurts, and the waist. Each case is of a kind, in our own words."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import check, run

MADRID = ZoneInfo("Europe/Madrid")
EVENING = datetime(2026, 12, 7, 19, 30, tzinfo=MADRID)
EARLY = datetime(2026, 12, 7, 6, 45, tzinfo=MADRID)
MEDS = ["naproxen", "acetaminophen"]


def doses(text: str, now: datetime = EVENING) -> list[str | None]:
    out = run(text, MEDS, now, MADRID)
    return [o["at"] for o in out if o["kind"] == "dose" and o["status"] == "taken"]


def scores(text: str) -> list[object]:
    return [o["score"] for o in run(text, MEDS, EVENING, MADRID) if o["kind"] == "pain"]


# ---- two doses, each named by its time --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ya me tomé la de las 9 y la de las 3",
        "tomé la de las 9, y también la de las 3",
        "took the 9 o'clock one and the 3 o'clock one",
        "had the 9 and the 3 o'clock ones",
        "took my 9am and 3pm ones",
    ],
)
def test_two_clock_doses_are_two_doses_the_second_in_the_afternoon(text: str) -> None:
    assert doses(text) == ["2026-12-07T09:00:00+01:00", "2026-12-07T15:00:00+01:00"]
    assert scores(text) == []


@pytest.mark.parametrize(
    "text",
    ["me tomé la de la mañana y la de la tarde", "took the morning one and the afternoon one"],
)
def test_two_doses_named_by_parts_of_the_day(text: str) -> None:
    assert doses(text) == ["2026-12-07T08:00:00+01:00", "2026-12-07T14:00:00+01:00"]


def test_the_second_still_to_come_was_taken_early_never_ahead_of_now() -> None:
    noon = datetime(2026, 12, 7, 12, 40, tzinfo=MADRID)
    assert doses("tomé la de las 8 y la de las 2", noon) == [
        "2026-12-07T08:00:00+01:00",
        "2026-12-07T12:40:00+01:00",
    ]


def test_two_bare_numbers_are_strengths_not_times() -> None:
    assert len(doses("took the 5 and the 10 ones")) <= 1


def test_both_pills_of_a_time_are_that_time_s_doses_not_a_score() -> None:
    out = run("me tomé las dos pastillas de las 9", MEDS, EVENING, MADRID)
    assert check(out, [{"kind": "dose", "status": "taken", "at": "2026-12-07T09:00:00+01:00"}],
                 absent=("pain",)) is None  # fmt: skip


# ---- "la de las N" is a clock, whatever is said of it ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "la de las 9 no me sirve de nada",
        "la pastilla de las 7 no me hace nada",
        "las de las 10 no hacen efecto",
        "the 9 o'clock one does nothing for me",
    ],
)
def test_a_remark_on_a_timed_dose_is_no_pain_score(text: str) -> None:
    out = run(text, MEDS, EVENING, MADRID)
    assert [o for o in out if o["kind"] in ("pain", "dose")] == []


# ---- "the morning one": that dose, its time left to the schedule -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "had the morning one",
        "took my lunchtime one",
        "ya me tomé la de la mañana",
        "took the night one",
    ],
)
def test_a_dose_named_by_its_part_of_the_day_is_a_dose_with_no_time_made_up(text: str) -> None:
    # No usual hour is stamped on it: the person's morning dose may be at 09:00, and "taken
    # 08:00" would be a time nobody said; the bot ties an untimed dose to the one due.
    assert doses(text) == [None]
    assert doses(text, EARLY) == [None]


def test_a_time_said_beside_it_wins() -> None:
    assert doses("took the morning one at 10") == ["2026-12-07T10:00:00+01:00"]


def test_my_little_one_is_no_dose() -> None:
    assert doses("had my little one with me all day") == []


# ---- where it hurts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "me duele la espalda y el estómago",
        "me duelen el estómago y la espalda",
        "me duele mucho la cadera, la pierna y la barriga",
    ],
)
def test_the_belly_listed_beside_another_place_is_a_stomach_pain(text: str) -> None:
    out = run(text, MEDS, EVENING, MADRID)
    assert check(out, [{"kind": "side_effect", "effects": ["stomach_pain"]}]) is None


def test_the_other_places_of_the_list_keep_their_score() -> None:
    out = run("me duele la cadera y la barriga, un 5", MEDS, EVENING, MADRID)
    assert check(out, [{"kind": "pain", "score": 5, "locations": ["hip"]},
                       {"kind": "side_effect", "effects": ["stomach_pain"]}]) is None  # fmt: skip


@pytest.mark.parametrize("text", ["my waist is agony today, 7", "pain round my waist 7/10"])
def test_the_waist_is_the_low_back(text: str) -> None:
    out = run(text, MEDS, EVENING, MADRID)
    assert check(out, [{"kind": "pain", "score": 7, "locations": ["lower_back"]}]) is None


def test_the_waist_as_a_line_is_no_place() -> None:
    out = run("tingling from the waist down, pain 6", MEDS, EVENING, MADRID)
    pain = [o for o in out if o["kind"] == "pain"]
    assert pain and "lower_back" not in pain[0]["locations"]
