"""Scots and UK colloquial words for symptoms (Sandbox, Glasgow: "sore heid" was a note)."""

from __future__ import annotations

import pytest

from bot.parsing.alcohol import drank_alcohol
from bot.parsing.answers import where_it_hurts
from bot.parsing.carer import Whose, whose
from bot.parsing.text import normalise
from tests.unit.parsing.helpers import run


def _effects(text: str) -> set[str]:
    return {e for i in run(text) if i["kind"] == "side_effect" for e in i["effects"]}


def _moods(text: str) -> list[str]:
    return [w for i in run(text) if i["kind"] == "mood" for w in i["words"]]


@pytest.mark.parametrize(
    "text",
    [
        "sore heid",
        "ma heid's pounding",
        "woke wi a sair heid",
        "my head's pure murder",
        "sore head",
    ],
)
def test_a_sore_head_in_scots_or_uk_words_is_a_headache(text: str) -> None:
    assert _effects(text) == {"headache"}


@pytest.mark.parametrize(
    "text",
    [
        "my heid teacher phoned",
        "like a bear with a sore head",
        "my head is not sore",
        "murder on the roads tonight",
    ],
)
def test_a_head_said_otherwise_is_no_headache(text: str) -> None:
    assert _effects(text) == set()


def test_greetin_is_crying_and_a_wee_bit_is_a_bit() -> None:
    assert _moods("been greetin all day") == ["tearful"]
    assert _moods("greetin ma eyes oot") == ["tearful"]
    assert _moods("feeling a wee bit down") == ["down"]
    assert _moods("greeting card for my mum") == []
    # "wee" alone is also a pee: only "wee bit" is a little
    assert "wee" in normalise("need a wee")


def test_me_back_is_my_back() -> None:
    assert normalise("me back's killing me").startswith("my back")
    assert "my back" not in normalise("she gave me back my phone")


def test_ma_before_a_part_of_the_body_is_the_writer_not_mum() -> None:
    assert whose("ma back's murder") is Whose.WRITER
    assert whose("ma heid's pounding") is Whose.WRITER
    assert whose("ma's back is bad") is Whose.KIN


def test_a_bevvy_is_a_drink() -> None:
    assert drank_alcohol(normalise("had a bevvy last night"))
    assert not drank_alcohol(normalise("gonna have a bevvy later"))


def test_a_procedure_named_at_a_place_is_not_where_it_hurts() -> None:
    assert where_it_hurts("the knee surgery's playing up on the calendar") is None
    assert where_it_hurts("left knee replacement next week") is None
    kept = where_it_hurts("knee's playing up")
    assert kept is not None and kept.locations == ("leg",)
    since = where_it_hurts("knee sore since the knee surgery")
    assert since is not None and since.locations == ("leg",)
