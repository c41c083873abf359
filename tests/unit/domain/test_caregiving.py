"""Caregivers' pure rules: what an invite is to whoever opens it, which misses are
told, and the one message that tells them, on the patient's clock."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.domain.caregiving import (
    INVITE_TTL,
    MAX_CAREGIVERS,
    Invite,
    InviteState,
    Miss,
    clocks_differ,
    invite_link,
    invite_state,
    missed_message,
    patient_called,
    token_hash,
    token_of,
    worth_telling,
)

NY = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 11, 25, 16, 0, tzinfo=dt.UTC)  # 11:00 in New York
MARY, LINDA, SAM = 1001, 2002, 3003


def miss(hour: int, what: str = "Gabapentin 300 mg", day: int = 25, **kw: bool) -> Miss:
    due = dt.datetime(2026, 11, day, hour, 0, tzinfo=NY)
    return Miss(what, due, due + dt.timedelta(hours=3), **kw)


def test_one_miss_in_the_patients_time() -> None:
    text = missed_message("Mary", [miss(8)], NY, NOW, their_time=False)
    assert text == (
        "⏰ Mary hasn't answered the 08:00 reminder today: Gabapentin 300 mg. "
        "It's now marked missed."
    )


def test_doses_of_one_minute_share_a_line() -> None:
    text = missed_message("Mary", [miss(8), miss(8, "Ibuprofen 400 mg")], NY, NOW, their_time=False)
    assert text == (
        "⏰ Mary hasn't answered the 08:00 reminder today: Gabapentin 300 mg and "
        "Ibuprofen 400 mg. They're now marked missed."
    )


def test_several_times_are_one_message_in_order_with_their_days() -> None:
    late = dt.datetime(2026, 11, 25, 5, 0, tzinfo=dt.UTC)  # 00:00 in New York
    text = missed_message(
        "Mary",
        [miss(8, "Ibuprofen 400 mg"), miss(22, day=24), miss(20, day=22)],
        NY,
        late + dt.timedelta(hours=6),
        their_time=True,
    )
    assert text == (
        "⏰ Mary hasn't answered 3 reminders (Mary's time):\n"
        "• 20:00 on Sun 22 Nov: Gabapentin 300 mg\n"
        "• 22:00 yesterday: Gabapentin 300 mg\n"
        "• 08:00 today: Ibuprofen 400 mg\n"
        "They're now marked missed."
    )


def test_their_time_is_said_when_the_clocks_differ() -> None:
    text = missed_message("Mary", [miss(8)], NY, NOW, their_time=True)
    assert "the 08:00 reminder today (Mary's time): Gabapentin" in text
    assert clocks_differ("America/New_York", "Europe/London", NOW)
    assert not clocks_differ("Europe/Berlin", "Europe/Paris", NOW)
    assert not clocks_differ("America/New_York", None, NOW)


def test_nothing_to_tell_is_a_mistake() -> None:
    with pytest.raises(ValueError):
        missed_message("Mary", [], NY, NOW, their_time=False)


def test_paused_and_old_misses_are_not_told() -> None:
    kept = miss(8)
    assert worth_telling(
        [kept, miss(8, patient_paused=True), miss(9, medicine_paused=True)], NOW
    ) == [kept]
    assert worth_telling([miss(8, day=23)], NOW) == [], "a miss two days old is no news"


def test_tokens_are_read_from_the_start_argument_and_kept_only_hashed() -> None:
    token = "AbC-123_xyzAbC-123_xy"
    assert token_of(f"care-{token}") == token
    assert token_of(token) is None
    assert token_of("care-short") is None
    assert token_of("care-" + "!" * 22) is None
    assert token_of(None) is None
    assert len(token_hash(token)) == 64 and token not in token_hash(token)
    assert token_hash(token) == token_hash(token) != token_hash(token + "x")
    assert invite_link("backtrack_bot", token) == f"https://t.me/backtrack_bot?start=care-{token}"


def _state(invite: Invite | None, presser: int, *, linked: int = 0, already: bool = False) -> str:
    return invite_state(invite, presser, NOW, linked=linked, already=already)


def test_what_an_invite_is_to_whoever_opens_it() -> None:
    fresh = Invite(MARY, NOW + INVITE_TTL, None)
    assert _state(fresh, LINDA) is InviteState.OPEN
    assert _state(None, LINDA) is InviteState.UNKNOWN
    assert _state(fresh, MARY) is InviteState.OWN
    assert _state(Invite(MARY, NOW, None), LINDA) is InviteState.EXPIRED
    assert _state(Invite(MARY, NOW + INVITE_TTL, LINDA), SAM) is InviteState.USED
    assert _state(Invite(MARY, NOW + INVITE_TTL, LINDA), LINDA) is InviteState.LINKED
    assert _state(fresh, LINDA, linked=1, already=True) is InviteState.LINKED
    assert _state(fresh, SAM, linked=MAX_CAREGIVERS) is InviteState.FULL
    # Used is used, even after it would have expired.
    assert _state(Invite(MARY, NOW - INVITE_TTL, LINDA), SAM) is InviteState.USED


def test_the_patient_is_called_by_their_report_name_else_their_first_name() -> None:
    assert patient_called("M. Smith", "Mary") == "M. Smith"
    assert patient_called("  ", "Mary") == "Mary"
    assert patient_called(None, None) == "Your contact"
