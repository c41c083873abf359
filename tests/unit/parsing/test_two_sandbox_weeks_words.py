"""Words from two sandbox weeks (a traveller in Sydney and Los Angeles, a retired postman
in Dublin), each kind in our own words: a dose counted by its place in the day ("3rd
ibuprofen today"), a condition lived with ("had them for years") that is no dose, tablets
told one by one ("one before dinner and one tonight") that are no pain score."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, NoteIntent, PainIntent, SideEffectIntent
from bot.parsing.parser import parse

NOW = dt.datetime(2026, 12, 7, 21, 20, tzinfo=dt.UTC)
MEDS = ["ibuprofen", "celecoxib", "acetaminophen"]


def _read(text: str) -> list[object]:
    return list(parse(text, MEDS, NOW, ZoneInfo("Europe/Dublin")))


@pytest.mark.parametrize("text", ["2nd celecoxib today", "ok that's my fourth ibuprofen, ugh"])
def test_a_dose_counted_by_its_place_is_taken(text: str) -> None:
    doses = [i for i in _read(text) if isinstance(i, DoseIntent)]
    assert [d.status for d in doses] == ["taken"]


@pytest.mark.parametrize(
    "text", ["can I have a third ibuprofen?", "first celecoxib tomorrow morning"]
)
def test_a_place_asked_or_ahead_is_no_dose(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, DoseIntent)]


@pytest.mark.parametrize(
    "text",
    [
        "a bit of blood on the tissue, it's the haemorrhoids, I've had them for years",
        "the stiffness? had it since I was a teenager",
    ],
)
def test_a_condition_lived_with_is_no_dose(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, DoseIntent)]


def test_tablets_told_one_by_one_are_no_score() -> None:
    found = _read("took two panadol today, one after lunch and one before bed")
    assert not [i for i in found if isinstance(i, PainIntent)]
    assert [i.count for i in found if isinstance(i, DoseIntent)] == [2.0]


def test_a_range_still_scores_its_top() -> None:
    found = _read("pain 6 or 7 tonight")
    assert [i.score for i in found if isinstance(i, PainIntent)] == [7.0]


def test_a_dose_said_twice_then_its_second_is_one_medicine_two_doses() -> None:
    found = _read(
        "Oh no, I think I took the lunchtime panadol twice. I forgot I had them taken "
        "and took another two just now"
    )
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [(d.medication, d.count, d.of_dose) for d in doses] == [("acetaminophen", 2.0, True)]


def test_another_is_one_more_of_the_one_medicine_named() -> None:
    found = _read("took my celebrex at 8. pain was awful so I took another at 12")
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [d.medication for d in doses] == ["celecoxib", "celecoxib"]


def test_the_tablets_then_their_names_share_the_time() -> None:
    found = _read("Hello, I took the tablets at 8 thanks. Two panadol and the celecoxib.")
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert sorted((d.medication, d.count) for d in doses) == [
        ("acetaminophen", 2.0),
        ("celecoxib", None),
    ]
    assert {d.at for d in doses} == {"2026-12-07T20:00:00+00:00"}  # 21:20 now: 8 pm


@pytest.mark.parametrize("text", ["my bowels haven't moved since Saturday", "bowels not moving"])
def test_bowels_not_moving_is_constipation(text: str) -> None:
    assert [i.effects for i in _read(text) if isinstance(i, SideEffectIntent)] == [
        ("constipation",)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I HAVE TAKEN THE NIGHT TABLETS THANK YOU, GOODNIGHT",
        "took the celecoxib, thanks dear, bye",
        "had my panadol, god bless xx",
    ],
)
def test_a_goodbye_is_no_note_for_the_doctor(text: str) -> None:
    assert not [i for i in _read(text) if isinstance(i, NoteIntent)]


def _read_with(text: str, meds: list[str]) -> list[object]:
    return list(parse(text, meds, NOW, ZoneInfo("Australia/Sydney")))


@pytest.mark.parametrize(
    "text", ["took 1 tram for the leg", "back is wrecked, had a tram", "tram 50 at 9", "my tram ✅"]
)
def test_tram_is_tramadol_when_counted_owned_or_dosed(text: str) -> None:
    doses = [i for i in _read_with(text, ["tramadol", "pregabalin"]) if isinstance(i, DoseIntent)]
    assert [d.medication for d in doses] == ["tramadol"], doses


@pytest.mark.parametrize(
    "text", ["took a tram to work, back 5", "the tram was packed", "caught a tram home at 6"]
)
def test_a_tram_that_goes_somewhere_is_no_dose(text: str) -> None:
    assert not [i for i in _read_with(text, ["tramadol"]) if isinstance(i, DoseIntent)]


def test_no_tram_is_tramadol_for_someone_who_does_not_take_it() -> None:
    found = _read_with("took 1 tram", ["pregabalin"])
    assert not [i for i in found if isinstance(i, DoseIntent) and i.medication == "tramadol"]


@pytest.mark.parametrize(
    "text",
    [
        "I was up twice in the night with the back",
        "woke three times last night",
        "awake 4 times overnight",
    ],
)
def test_a_night_broken_by_waking_is_poor_sleep(text: str) -> None:
    from bot.parsing import SleepIntent

    assert [i.quality for i in _read(text) if isinstance(i, SleepIntent)] == ["poor"]


@pytest.mark.parametrize(
    "text",
    [
        "my right foot went numb tonight and cant really lift my toes, prob nothing",
        "left foot still numb and i keep catching it on the stairs",
        "mi toes nuh lift up dis morning",
    ],
)
def test_a_foot_drop_played_down_still_alarms(text: str) -> None:
    from bot.parsing.redflags import detect_red_flags
    from bot.parsing.text import normalise

    assert "leg_weakness" in detect_red_flags(normalise(text))


def test_a_foot_gone_numb_is_not_a_pain_gone() -> None:
    from bot.parsing.locations import denied_locations
    from bot.parsing.text import normalise

    assert denied_locations(normalise("my left foot's gone numb")) == []
    assert denied_locations(normalise("the pain in my leg has gone")) == ["leg"]


def test_a_medicine_judged_not_working_is_no_dose_of_it() -> None:
    found = _read_with(
        "2 more of the panadol, the celecoxib isnt doing much today", ["acetaminophen", "celecoxib"]
    )
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [(d.medication, d.count) for d in doses] == [("acetaminophen", 2.0)]


def test_one_more_just_now_is_a_second_dose_of_it() -> None:
    found = _read_with("celecoxib at 7 this morning and one just now", ["celecoxib"])
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [d.medication for d in doses] == ["celecoxib", "celecoxib"]
    assert doses[0].at is not None and doses[1].at is None
