"""Words of the doctor's report: a PEG that rose is worse (Sandbox, Sydney: 6.7 → 8.0 read
"not a 30% improvement", as if it had only improved too little); the patient is never
"you" (Sandbox, Lagos)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import pytest

from bot.domain.function import PegPoint, PegTrend
from bot.domain.label_limits import said
from bot.domain.summary import flag_label
from bot.reports.first_page import _peg_line


def _line(base: float, latest: float, meaningful: bool = False) -> str:
    b = PegPoint(dt.date(2026, 12, 8), base, 7, 7, 6)
    last = PegPoint(dt.date(2026, 12, 13), latest, 8, 8, 8)
    change = round(latest - base, 1)
    trend = PegTrend(b, last, (b, last), change, round(100 * change / base), meaningful)
    summary: Any = SimpleNamespace(detail=SimpleNamespace(peg=trend))
    return _peg_line(summary)


@pytest.mark.parametrize(
    ("base", "latest", "meaningful", "said"),
    [
        (6.7, 8.0, False, "+1.3, +19%; worse ["),
        (5.3, 5.3, False, "; unchanged ["),
        (6.0, 5.0, False, "; better, but less than the 30% that is meaningful ["),
        (6.0, 3.0, True, "; ≥ 30% better: meaningful ["),
    ],
)
def test_the_peg_verdict_says_which_way_it_went(
    base: float, latest: float, meaningful: bool, said: str
) -> None:
    assert said in _line(base, latest, meaningful)


def test_the_report_names_thoughts_of_suicide_in_its_own_voice() -> None:
    """Sandbox, Lagos: the doctor's report said "thoughts of harming yourself"."""
    assert flag_label("suicidal", clinician=True) == (
        "thoughts of self-harm or of not wanting to live"
    )
    assert "yourself" in flag_label("suicidal")  # the person's own summary speaks to them


def test_a_label_quoted_at_a_sentences_end_has_one_full_stop() -> None:
    """Sandbox, Lagos: "…more than 5 days.”. If you have questions…"."""
    assert said("not approved for more than 5 days.") == "“not approved for more than 5 days.”"
    assert said("2 every 6 hours") == "“2 every 6 hours”."
