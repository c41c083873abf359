"""A pain score denied ("no be pain 2 o!") is a correction, never a rating; and "I don
take 2 of the new tablet" is two tablets (Sandbox, Lagos)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.not_a_score import ANY_SCORE, denied_pain_score, only_denies
from tests.unit.parsing.helpers import run

LAGOS = ZoneInfo("Africa/Lagos")
NOON = datetime(2026, 12, 12, 12, 0, tzinfo=LAGOS)
MEDS = ["paracetamol", "diclofenac"]


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("no be pain 2 o!", 2.0),
        ("No be pain 2 o! I took 2 Paracetamol Emzor tablets", 2.0),
        ("not pain 2", 2.0),
        ("it's not pain 2, it's more like 6", 2.0),
        ("that wasn't a pain score of 3", 3.0),
        ("that's not pain", ANY_SCORE),
        ("it was not a pain score", ANY_SCORE),
    ],
)
def test_a_score_denied_is_read(text: str, denied: float) -> None:
    assert denied_pain_score(text) == denied


@pytest.mark.parametrize(
    "text",
    [
        "pain 2",
        "no pain today",
        "no pain 2 days running",
        "not painful today, 3",
        "not pain free yet",
        "not pain killers, the diclofenac",
        "I'm not in pain",
        "took 2 paracetamol",
    ],
)
def test_no_denial_is_read_where_none_is_said(text: str) -> None:
    assert denied_pain_score(text) is None


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("no be pain 2 o!", []),
        ("not pain 2", []),
        ("no be pain 2 o! I took 2 paracetamol tablets", []),
        ("it's not pain 2, it's more like 6", [6.0]),
        ("no pain today", [0.0]),
        ("pain 2", [2.0]),
    ],
)
def test_a_denied_score_is_never_a_rating(text: str, scores: list[float]) -> None:
    out = run(text, MEDS, NOON, LAGOS)
    assert [o["score"] for o in out if o["kind"] == "pain"] == scores


def test_the_dose_beside_a_denial_is_still_read() -> None:
    out = run("no be pain 2 o! I took 2 paracetamol tablets", MEDS, NOON, LAGOS)
    (dose,) = [o for o in out if o["kind"] == "dose"]
    assert (dose["medication"], dose["count"]) == ("paracetamol", 2)


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("no be pain 2 o", True),
        ("not pain 2!", True),
        ("it's not pain 2", True),
        ("that's not pain, it's numbness down my leg", False),
        ("pain 2", False),
    ],
)
def test_only_a_denial_is_no_note(text: str, only: bool) -> None:
    assert only_denies(text) is only


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("I don take 2 of the new tablet 4pm", 2),
        ("I don take one more diclofenac 1pm", 1),
        ("I took 2 of the new tablet at 4pm", 2),
    ],
)
def test_the_count_said_with_i_don_take_is_kept(text: str, count: float) -> None:
    (dose,) = [o for o in run(text, MEDS, NOON, LAGOS) if o["kind"] == "dose"]
    assert dose["status"] == "taken" and dose["count"] == count
