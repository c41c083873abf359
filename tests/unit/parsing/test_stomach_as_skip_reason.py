"""The stomach alone as why a dose was skipped ("skipped the pred, stomach"): a side
effect, the reason the person gave (Sandbox, New York: the report said "1 skipped, no
reason given" beside a note "stomach")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

NEW_YORK = ZoneInfo("America/New_York")
MORNING = datetime(2026, 12, 8, 8, 32, tzinfo=NEW_YORK)
MEDS = ["naproxen", "prednisone"]


@pytest.mark.parametrize(
    "text",
    [
        "skipped prednisone, stomach",
        "skipped the naproxen cuz stomach",
        "skipped the pred bc my stomach",
        "skip prednisone, tummy issues",
    ],
)
def test_the_stomach_alone_is_the_side_effects_reason(text: str) -> None:
    doses = [o for o in run(text, MEDS, MORNING, NEW_YORK) if o["kind"] == "dose"]
    assert [(d["status"], d["reason"]) for d in doses] == [("skipped", "side_effects")]


@pytest.mark.parametrize(
    "text", ["took prednisone, stomach", "skipped prednisone, stomach is fine tho"]
)
def test_not_a_skip_or_not_the_reason(text: str) -> None:
    doses = [o for o in run(text, MEDS, MORNING, NEW_YORK) if o["kind"] == "dose"]
    assert all(d["reason"] != "side_effects" for d in doses), doses
