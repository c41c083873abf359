"""A shortened name ("pred") on a taper, whose steps list one medicine twice: still the
one listed medicine it starts (Sandbox, New York: "skip pred" was read as no medicine, and
skipped the naproxen due beside it)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

NEW_YORK = ZoneInfo("America/New_York")
MORNING = datetime(2026, 12, 8, 8, 32, tzinfo=NEW_YORK)
# as the bot lists a taper: one name per step
TAPER = ["naproxen", "cyclobenzaprine", "prednisone", "prednisone", "tramadol"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("skip pred", "skipped"),
        ("skipped the pred, stomach", "skipped"),
        ("took my pred", "taken"),
    ],
)
def test_pred_is_the_listed_prednisone_on_a_taper(text: str, status: str) -> None:
    doses = [o for o in run(text, TAPER, MORNING, NEW_YORK) if o["kind"] == "dose"]
    assert [(d["medication"], d["status"]) for d in doses] == [("prednisone", status)]
