""" "When is my next dose?" is read as a question about the person's own schedule, and
only that: other questions with "when" or "next" are not it."""

from __future__ import annotations

import pytest

from bot.parsing.next_question import asks_when_next

MEDS = ["pregabalin", "duloxetine", "tramadol"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("what time is my next dose?", ()),
        ("whens my next reminder", ()),
        ("hey, when is my next pill?", ()),
        ("next dose when?", ()),
        ("whats my next pill", ()),  # which dose comes next is when it comes
        ("what is the next dose", ()),
        ("when do i take my lyrica", ("pregabalin",)),
        ("what time is my cymbalta due?", ("duloxetine",)),
        ("when am I due for my next tramadol?", ("tramadol",)),
        ("what time do I have my meds tonight?", ()),
        ("whats the time of my next tab", ()),
        ("pain's a 6. how long til my nxt pill", ()),
        ("is my lyrica at 8 or 9 tonight", ("pregabalin",)),
        ("quick one, next med time?", ()),
        ("how many hours till my next tablet", ()),
        ("have I got any doses due today", ()),
    ],
)
def test_asks_when_the_next_dose_is(text: str, named: tuple[str, ...]) -> None:
    asked = asks_when_next(text, MEDS)
    assert asked is not None, text
    assert asked.medicines == named


@pytest.mark.parametrize(
    "text",
    [
        "when did I take my pregabalin?",  # the record, not the plan
        "when is my next physio session?",
        "what was my last pill",
        "my next pill made me sick",
        "what time is my next appointment?",
        "when do I take it, before or after food?",
        "took my next dose early",
        "next time I'll take it with food",
        "when was my last tramadol",
        "can I have my pregabalin an hour early tonight",
        "when i take the tramadol on an empty stomach i feel sick",
        "stopped the naproxen due to my kidneys",
        "have I taken my duloxetine today",
    ],
)
def test_other_questions_and_reports_are_not_it(text: str) -> None:
    assert asks_when_next(text, MEDS) is None
