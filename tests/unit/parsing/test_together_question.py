""" "Can I take X with Y?" is read as a question about two medicines together, and only
that: a dose taken with another, an amount or a timing question, food or a drink are not."""

from __future__ import annotations

import pytest

from bot.parsing.together_question import asks_if_together

MEDS = ["naproxen", "sertraline", "tramadol"]


@pytest.mark.parametrize(
    ("text", "medicines", "with_all"),
    [
        ("is it ok to take advil with my naproxen?", ("ibuprofen", "naproxen"), False),
        ("can tramadol and zoloft be taken together", ("tramadol", "sertraline"), False),
        ("quick question, could I have a tylenol on top of my tramadol?", None, False),
        ("any problem taking aleve alongside my other meds?", ("naproxen",), True),
        ("should I be mixing sertraline and tramadol?", ("sertraline", "tramadol"), False),
        ("is celebrex safe w my zoloft", ("celecoxib", "sertraline"), False),
        ("aleve + tramadol on the same day, is that ok", ("naproxen", "tramadol"), False),
        ("back is an 8, can i take a tylenol with the tramadol", None, False),
        ("does zoloft interact with anything im on", ("sertraline",), True),
        ("wondering if tramadol and sertraline go together", ("tramadol", "sertraline"), False),
        ("is naprosyn ok with my aleve", ("naproxen", "naproxen"), False),
    ],
)
def test_two_medicines_asked_about_together(
    text: str, medicines: tuple[str, ...] | None, with_all: bool
) -> None:
    asked = asks_if_together(text, MEDS)
    assert asked is not None, text
    assert asked.with_all is with_all
    if medicines is not None:
        assert asked.medicines == medicines


@pytest.mark.parametrize(
    "text",
    [
        "took my naproxen with the tramadol at 8",
        "how many tramadol can I take with my naproxen?",
        "can I take naproxen with food?",
        "is a glass of wine ok with my meds?",
        "did I take the tramadol with my sertraline this morning?",
        "can I take an extra tramadol with my naproxen tonight?",
    ],
)
def test_reports_and_dose_questions_are_not_it(text: str) -> None:
    assert asks_if_together(text, MEDS) is None
