"""Words of the summary that are shared by chat, PDF and CSV."""

from __future__ import annotations

import datetime as dt

from bot.domain.clinician_detail import DAY_PARTS
from bot.reports.text import PART_SPAN, day_span


def test_day_spans_read_as_days() -> None:
    d = dt.date(2026, 12, 9)  # a Wednesday
    assert day_span([d]) == "Wed 9 Dec"
    assert day_span([d, d + dt.timedelta(days=1), d + dt.timedelta(days=2)]) == "Wed 9 – Fri 11 Dec"
    assert day_span([d - dt.timedelta(days=2), d]) == "Mon 7, Wed 9 Dec"
    assert day_span([]) == ""


def test_every_part_of_the_day_is_said_with_its_hours() -> None:
    assert set(PART_SPAN) == {name for name, _ in DAY_PARTS}
    # The hours said are the parts' own starts (0, 12, 17, 21).
    assert [h for _, h in DAY_PARTS] == [0, 12, 17, 21]
    assert "noon to 5 pm" in PART_SPAN["midday"] and "9 pm" in PART_SPAN["night"]


def test_a_medicine_over_its_own_maximum_is_named_as_shown_elsewhere() -> None:
    """ "tylenol extra strength went above the set maximum" (as typed, lower-case)."""
    import dataclasses
    from zoneinfo import ZoneInfo

    from bot.domain.summary import DiscussionPoint
    from bot.reports.text import discussion_line
    from tests.unit.domain.test_summary import fixture_summary

    s = fixture_summary()
    use = next(p for p in s.discuss if p.code == "over_own_max").facts[0][1]
    typed = dataclasses.replace(use, name="tylenol extra strength")
    line = discussion_line(DiscussionPoint("over_own_max", (("use", typed),)), ZoneInfo(s.zone))
    assert line.startswith("Tylenol Extra Strength went above the set maximum of 2 a day")
