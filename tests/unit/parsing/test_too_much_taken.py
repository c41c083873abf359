"""An overdose told only as more taken than meant, against one whose signs are described:
the first is answered with the labels' Poison Control advice, the second with the
opioid overdose's signs."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags, too_much_taken_only
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import run


@pytest.mark.parametrize(
    "said",
    [
        "double dosed by accident on gabapentin",
        "took too many tylenol by mistake",
        "i think i overdosed on ibuprofen",
        "doubled up on my naproxen this morning, silly me",
    ],
)
def test_more_taken_with_no_sign_is_too_much_only(said: str) -> None:
    low = normalise(said)
    assert detect_red_flags(low) == ["overdose_signs"]
    assert too_much_taken_only(low)


@pytest.mark.parametrize(
    "said",
    [
        "took too many oxy and cant keep my eyes open",
        "doubled up on my oxy, breathing is really slow",
        "my wife couldnt wake me, i think i overdosed",
        "took the whole bottle of pills",
    ],
)
def test_a_sign_or_the_whole_supply_is_more_than_too_much(said: str) -> None:
    low = normalise(said)
    assert "overdose_signs" in detect_red_flags(low)
    assert not too_much_taken_only(low)


def test_no_overdose_is_not_too_much() -> None:
    assert not too_much_taken_only(normalise("took 2 advil, pain 6"))


def _doses(text: str) -> list[dict[str, object]]:
    meds = ["dolo", "acetaminophen", "oxycodone"]
    return [o for o in run(text, meds) if o["kind"] == "dose"]


@pytest.mark.parametrize(
    "said",
    [
        "i think i took too many dolo by mistake",
        "took too much tylenol earlier, oops",
        "i overdosed on my oxy",
    ],
)
def test_too_many_with_no_count_makes_up_no_dose(said: str) -> None:
    # the alarm keeps what was said; "1 tablet at 14:25" beside it would mislead the doctor
    assert _doses(said) == []


def test_a_count_said_with_the_slip_is_still_the_dose() -> None:
    assert [d["count"] for d in _doses("took too many oxy tonight, 3 of them")] == [3]
    assert [d["count"] for d in _doses("accidentally took 2 extra oxy")] == [2]


@pytest.mark.parametrize(
    "said",
    [
        "took 3 too many tylenol",
        "i took one too many norco by mistake",
        "accidentally took double my dose of oxy",
        "took twice my dose of gabapentin by mistake",
    ],
)
def test_more_than_meant_said_by_how_many_too_many_is_too_much(said: str) -> None:
    low = normalise(said)
    assert detect_red_flags(low) == ["overdose_signs"]
    assert too_much_taken_only(low)


@pytest.mark.parametrize(
    "said",
    [
        "took 2 too many breaks at work",
        "took one too many photos",
        "had one too many last night",
        "never took double my dose",
        "took my usual dose",
    ],
)
def test_too_many_of_no_medicine_is_no_alarm(said: str) -> None:
    assert detect_red_flags(normalise(said)) == []


def test_double_the_dose_makes_up_no_single_dose() -> None:
    # the alarm keeps the words; one listed dose beside it would under-count what was taken
    assert _doses("accidentally took double my dose of oxy") == []
