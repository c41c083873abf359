"""How leg and back symptoms told in words are kept (Sandbox, Glasgow: a week of sciatica
with numbness growing over days). Kinds of message, in wording of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.parsing.helpers import check, run


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # "sore" is how much it hurts, never how it feels: no "aching" from it, whatever
        # word says how much (Scots "heavy sore" is very sore)
        ("6, heavy sore", [{"kind": "pain", "score": 6, "qualities": []}]),
        ("back is awfy sore the day, 7", [{"kind": "pain", "score": 7, "qualities": []}]),
        ("5, really sore and stiff", [{"kind": "pain", "score": 5, "qualities": ["stiff"]}]),
        # an ache said as one still is
        ("4, dull ache in my lower back", [{"kind": "pain", "score": 4, "qualities": ["aching"]}]),
        ("achy and sore, 3", [{"kind": "pain", "score": 3, "qualities": ["aching"]}]),
    ],
)
def test_sore_says_how_much_not_how_it_feels(text: str, expect: list[dict[str, Any]]) -> None:
    out = run(text)
    assert check(out, expect, ()) is None, out
    # the words of how much are the pain's own, not a note left over
    assert not [o for o in out if o["kind"] == "note"], out
