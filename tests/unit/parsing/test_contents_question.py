""" "Any paracetamol in the co codamol?" is read as a question about what a medicine has in
it, and only that: a dose told with "in", a dose or plan question, or contents told are not."""

from __future__ import annotations

import pytest

from bot.parsing.contents_question import ContentsQuestion, asks_whats_in

MEDS = ["acetaminophen/codeine", "naproxen", "pregabalin"]
CODAMOL = "acetaminophen/codeine"


@pytest.mark.parametrize(
    ("text", "product", "ingredient"),
    [
        ("any paracetamol in the co codamol?", CODAMOL, "acetaminophen"),
        ("any paracetamol in ma cocodamol", CODAMOL, "acetaminophen"),
        ("is there codeine in my cocodamol", CODAMOL, "codeine"),
        ("does co-codamol have paracetamol in it", CODAMOL, "acetaminophen"),
        ("does solpadeine contain paracetamol?", CODAMOL, "acetaminophen"),
        ("how much paracetamol is in co-codamol?", CODAMOL, "acetaminophen"),
        ("is there any paracetamol in naproxen?", "naproxen", "acetaminophen"),
        ("hi, is there acetaminophen inside tylenol #3?", CODAMOL, "acetaminophen"),
        ("whats in the co-codamol?", CODAMOL, None),
        ("what does co-codamol contain?", CODAMOL, None),
    ],
)
def test_what_a_medicine_has_in_it_is_asked(
    text: str, product: str, ingredient: str | None
) -> None:
    assert asks_whats_in(text, MEDS) == ContentsQuestion(product=product, ingredient=ingredient)


@pytest.mark.parametrize(
    "text",
    [
        "took 2 paracetamol in the morning",
        "took 2 co-codamol in the night at 3am",
        "2 cocodamol at 2",
        "can I take paracetamol with co-codamol",
        "can i take paracetamol in the co codamol gap?",
        "co-codamol has paracetamol 500mg and codeine 30mg",
        "paracetamol in the morning?",
        "whats my next dose of co-codamol?",
        "any naproxen left?",
        "any co-codamol in the co-codamol?",
        "pain in my leg since the pregabalin?",
    ],
)
def test_not_a_question_about_contents(text: str) -> None:
    assert asks_whats_in(text, MEDS) is None
