"""Whether a red flag's alarm still stands when a question whether to get care comes."""

from __future__ import annotations

import datetime as dt

from bot.domain.episodes import Told, standing_alarm, told_from

T0 = dt.datetime(2026, 12, 13, 8, 10, tzinfo=dt.UTC)


def at(minutes: int) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_an_alarm_with_nothing_after_it_stands() -> None:
    alarm = Told(at(0), ("bladder_bowel", "saddle_numbness"))
    assert standing_alarm([alarm]) == alarm


def test_nothing_stands_without_an_alarm() -> None:
    assert standing_alarm([]) is None


def test_asked_declined_or_on_the_way_ends_nothing() -> None:
    alarm = Told(at(0), ("fever",))
    for then in ("asked", "declined", "going"):
        later = Told(at(10), ("fever",), handled=True, followup=True, then=then)
        assert standing_alarm([later, alarm]) == alarm


def test_seen_to_eased_or_safe_ends_it() -> None:
    alarm = Told(at(0), ("leg_weakness",))
    for then in ("seen", "eased", "safe", "not_meant", None):
        later = Told(at(30), ("leg_weakness",), handled=True, followup=True, then=then)
        assert standing_alarm([alarm, later]) is None


def test_an_episode_told_as_already_seen_to_is_no_alarm_and_ends_its_own() -> None:
    seen = Told(at(0), ("fever",), handled=True)
    assert standing_alarm([seen]) is None
    alarm = Told(at(-30), ("fever",))
    assert standing_alarm([alarm, seen]) is None


def test_seen_to_for_one_sign_leaves_another_standing() -> None:
    numb = Told(at(0), ("saddle_numbness",))
    fever_seen = Told(at(20), ("fever",), handled=True)
    assert standing_alarm([numb, fever_seen]) == numb


def test_a_new_alarm_after_one_seen_to_stands() -> None:
    first = Told(at(0), ("fever",))
    seen = Told(at(60), ("fever",), handled=True, followup=True, then="seen")
    again = Told(at(120), ("fever",))
    assert standing_alarm([first, seen, again]) == again


def test_read_from_a_record() -> None:
    data = {"kind": "red_flag", "flags": ["fever"], "handled": True, "followup": True}
    told = told_from(at(0), data | {"then": "asked"})
    assert told == Told(at(0), ("fever",), True, True, "asked") and not told.resolves
    assert told_from(at(0), data).resolves  # kept before follow-ups said what they were
