"""Times listed after a dose are each a dose of it (bot/parsing/time_list.py)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.helpers import run


def _times(text: str) -> list[tuple[str | None, float | None, str]]:
    return [
        (o["medication"], o["count"], o["at"][11:16])
        for o in run(text, ["gabapentin", "metamizole", "oxycodone"])
        if o["kind"] == "dose"
    ]


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # bare hours put in order: said at 20:05, "8" is the morning's
        (
            "metamizol 500 at 8, 14 and 20",
            [
                ("metamizole", None, "08:00"),
                ("metamizole", None, "14:00"),
                ("metamizole", None, "20:00"),
            ],
        ),
        (
            "gabapentin 300 at 7am, 1pm and 7pm",
            [
                ("gabapentin", None, "07:00"),
                ("gabapentin", None, "13:00"),
                ("gabapentin", None, "19:00"),
            ],
        ),
        # "x3" then three times: three doses, not three capsules at once
        (
            "gabapentin 300 x3 today – 7am, 1pm, 7pm",
            [
                ("gabapentin", None, "07:00"),
                ("gabapentin", None, "13:00"),
                ("gabapentin", None, "19:00"),
            ],
        ),
        # two capsules at one time stay two capsules
        ("2 x gabapentin 300mg, 8am", [("gabapentin", 2, "08:00")]),
    ],
)
def test_each_time_listed_is_a_dose(
    text: str, expect: list[tuple[str | None, float | None, str]]
) -> None:
    assert _times(text) == expect


def test_a_bare_number_closing_a_timed_dose_is_its_score() -> None:
    out = run("took gabapentin at 8. 7")
    assert [o["score"] for o in out if o["kind"] == "pain"] == [7]
    assert len([o for o in out if o["kind"] == "dose"]) == 1
