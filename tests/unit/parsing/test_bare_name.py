"""A message that is only a medicine's name is asked about, never recorded as a dose."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.bare_name import Named, named_only
from bot.parsing.parser import parse

MEDS = ["hydrocodone/acetaminophen", "gabapentin", "meloxicam"]


@pytest.mark.parametrize(
    ("text", "medicine", "written"),
    [
        ("norco", "hydrocodone/acetaminophen", "norco"),
        ("Norco.", "hydrocodone/acetaminophen", "norco"),
        ("my gabapentin", "gabapentin", "gabapentin"),
        ("advil", "ibuprofen", "advil"),
        ("extra strength tylenol", "acetaminophen", "extra strength tylenol"),
        ("the meloxicam pill", "meloxicam", "meloxicam"),
        ("Lyrica 💊", "pregabalin", "lyrica"),
    ],
)
def test_a_name_alone(text: str, medicine: str, written: str) -> None:
    assert named_only(text, MEDS) == Named(medicine, written)


@pytest.mark.parametrize(
    "text",
    [
        "norco?",  # a question
        "norco 10",  # a strength: maybe not the listed one, so not one tap
        "gabapentin 300mg",
        "norco and gabapentin",  # two medicines: which was taken is not said
        "norco makes me itchy",
        "no norco today",
        "out of norco",
        "hello",
        "the bus",
        "",
        "norco " * 20,
    ],
)
def test_anything_more_is_not_a_name_alone(text: str) -> None:
    assert named_only(text, MEDS) is None


@pytest.mark.parametrize("text", ["norco", "my gabapentin", "advil"])
def test_the_parser_records_nothing_for_a_name_alone(text: str) -> None:
    """The bot asks; `backtrack parse` says nothing was reported (its contract)."""
    assert [
        i
        for i in parse(text, MEDS, datetime(2026, 3, 2, 14, tzinfo=UTC), ZoneInfo("America/Denver"))
        if i.kind == "dose"
    ] == []
