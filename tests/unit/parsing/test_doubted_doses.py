"""A dose told in doubt is not recorded taken: the person does not know, and a dose
counted that was never swallowed hides a real one from the day's totals."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, parse
from bot.parsing.doubted import denies_what_was_told, doubted_in_sentence, doubts_dose
from bot.parsing.taken_question import asks_if_taken

ZONE = ZoneInfo("Europe/Dublin")
NOW = dt.datetime(2026, 3, 10, 21, 30, tzinfo=ZONE)
MEDS = ["baclofen", "celecoxib", "oxycodone", "amitriptyline", "lidocaine"]


def doses(text: str) -> list[DoseIntent]:
    return [i for i in parse(text, MEDS, NOW, ZONE) if isinstance(i, DoseIntent)]


@pytest.mark.parametrize(
    "text",
    [
        "i think i had the baclofen?",
        "reckon I took my celebrex, no idea really",
        "perhaps had an oxy at 6? the afternoon is a blur",
        "may've taken the amitriptyline already, can't say for sure",
        "possibly swallowed a baclofen around 4, or maybe that was yesterday",
        "don't remember actually taking the evening oxycodone",
        "no recollection of taking the celecoxib this morning",
        "not certain whether I had the 2pm baclofen",
        "had the celebrex or I just dreamed it",
        "changed the lidocaine patch i believe, wouldn't swear to it",
        "took the baclofen at 5. i think. not 100%",
        "my husband says I took the oxycodone at 6 but I know I didn't",
    ],
)
def test_a_dose_in_doubt_is_not_recorded(text: str) -> None:
    assert doses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "took my baclofen at 5, not sure it's doing much",
        "had the celecoxib at 8, not sure about the amitriptyline yet",
        "took the oxy at 6, pain maybe a 5",
        "think the baclofen is helping, took it at 5",
        "i believe i took my celecoxib at 8 this morning",
        "probably shouldn't have, but took an extra oxycodone at 6",
    ],
)
def test_a_dose_told_for_sure_is_still_recorded(text: str) -> None:
    assert [d.status for d in doses(text)] == ["taken"]


def test_a_doubt_about_something_else_is_not_about_the_dose() -> None:
    assert not doubts_dose("i think i took too many", True)
    assert not doubts_dose("took my baclofen at 5", False, "not sure about the celecoxib")
    assert doubts_dose("took my baclofen at 5", False, "not sure tho")


def test_what_someone_else_says_is_denied_not_doubted() -> None:
    assert denies_what_was_told("mum says i took my pills but i swear i didn't")
    assert not denies_what_was_told("mum says i took my pills at 8")
    asked = asks_if_taken("mum says I took my pills but I swear I didn't", MEDS)
    assert asked is not None and not asked.doubted and asked.about_all


def test_the_doubt_is_answered_as_the_question_it_is() -> None:
    asked = asks_if_taken("might have had a baclofen at 4, might not", MEDS)
    assert asked is not None and asked.doubted and asked.medicines == ("baclofen",)
    assert asks_if_taken("took my baclofen at 4", MEDS) is None
    assert asks_if_taken("pain maybe a 6 tonight", MEDS) is None


@pytest.mark.parametrize(
    "text",
    [
        "may or may not have had the baclofen, today's a blur",
        "took the celebrex i think, could be remembering tuesday though",
        "had the oxy at 6 but might be mixing it up with yesterday",
        "was the 8pm baclofen real or did i dream it",
        "my brain says i took the amitriptyline, the blister pack says otherwise",
    ],
)
def test_a_doubt_said_elsewhere_in_the_sentence(text: str) -> None:
    assert doses(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the doubt is about another dose, or about a cause: the sure one stays
        "took the baclofen at 8 but can't remember if I had the celecoxib",
        "definitely took the oxycodone, no idea if it's what's making me itch",
    ],
)
def test_a_sure_dose_beside_a_doubt_about_something_else(text: str) -> None:
    assert [d.status for d in doses(text)] == ["taken"]


def test_a_dose_affirmed_beside_a_doubt() -> None:
    assert doubted_in_sentence("not sure i took it, may or may not have")
    assert not doubted_in_sentence("100% took it, may or may not be the cause")
    assert not doubted_in_sentence("sure i took it, may or may not be the cause")


def test_the_doubt_is_kept_in_the_note_with_what_it_doubts() -> None:
    said = parse("pain 6. took the baclofen at 5, might not have", MEDS, NOW, ZONE)
    assert [i.kind for i in said] == ["pain", "note"]
    assert "might not have" in said[-1].text  # the note never reads as a dose told for sure
