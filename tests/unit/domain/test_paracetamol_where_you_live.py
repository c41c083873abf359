"""Paracetamol of unsaid strength counted at the tablet sold where the person lives, and
the 24-hour limit said as their own packs say it (bot.knowledge.local_packs)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.domain.dose_amounts import DoseTaken
from bot.domain.exposure import daily_ingredient_totals, labelled_otc_max_mg, overuse_episodes
from bot.domain.safety import at_least_amounts, check_as_needed_dose
from bot.knowledge import get_drug
from bot.knowledge.local_packs import local_tablet_mg, pack_limit

AT = dt.datetime(2026, 12, 7, 9, tzinfo=dt.UTC)
ACETAMINOPHEN = get_drug("acetaminophen")


def taken(name: str, count: float, hours: float = 0) -> DoseTaken:
    return DoseTaken("acetaminophen", name, None, None, count, AT + dt.timedelta(hours=hours))


@pytest.mark.parametrize(
    ("name", "zone", "mg"),
    [
        ("paracetamol", "Europe/London", 500.0),
        ("Paracetamol", "Europe/Dublin", 500.0),
        ("panadol", "Australia/Sydney", 500.0),
        ("paracetamol", "America/New_York", None),
        ("acetaminophen", "America/Chicago", None),
        ("paracetamol", None, None),
        ("paracetamol", "UTC", None),
        # a US brand said by name was a US pack, wherever the person is now
        ("tylenol", "Europe/London", None),
        ("Mapap", "Europe/London", None),
    ],
)
def test_the_tablet_sold_where_the_person_lives(
    name: str, zone: str | None, mg: float | None
) -> None:
    assert local_tablet_mg("acetaminophen", name, zone) == mg


def test_only_paracetamol_has_local_packs() -> None:
    assert local_tablet_mg("ibuprofen", "ibuprofen", "Europe/London") is None
    assert pack_limit("ibuprofen", "Europe/London") is None
    assert pack_limit("acetaminophen", "America/New_York") is None
    uk = pack_limit("acetaminophen", "Europe/London")
    assert uk is not None and uk.mg == 4000 and "8 tablets of 500 mg" in uk.words


def test_an_unsaid_strength_counts_at_the_local_tablet() -> None:
    assert ACETAMINOPHEN is not None
    two = taken("paracetamol", 2)
    assert at_least_amounts(two, ACETAMINOPHEN, None, "Europe/London") == {"acetaminophen": 1000.0}
    assert at_least_amounts(two, ACETAMINOPHEN, None, "America/New_York") == {
        "acetaminophen": 650.0
    }
    assert at_least_amounts(two, ACETAMINOPHEN, None) == {"acetaminophen": 650.0}
    # Tylenol in London: its US strengths' smallest; a form said by name keeps its own
    assert at_least_amounts(taken("tylenol", 2), ACETAMINOPHEN, None, "Europe/London") == {
        "acetaminophen": 650.0
    }
    osteo = taken("panadol osteo", 2)
    assert at_least_amounts(osteo, ACETAMINOPHEN, None, "Australia/Sydney") == {
        "acetaminophen": 1330.0
    }


def test_the_warning_in_the_person_s_own_packs_words() -> None:
    seven = [taken("paracetamol", 2, 0), taken("paracetamol", 5, 4)]
    # 3,500 mg in London: within what UK packs allow, so no US over-the-counter line
    assert not [
        w
        for w in check_as_needed_dose([], seven[:1], seven[1], "Europe/London")
        if "mg of" in w.text
    ]
    nine = [*seven, taken("paracetamol", 2, 8)]
    said = check_as_needed_dose([], nine[:2], nine[2], "Europe/London")
    assert any(
        "at least 4,500 mg of acetaminophen. That is more than the labelled maximum of 4,000 mg "
        "a day (UK packs: not more than 8 tablets of 500 mg in 24 hours)." in w.text
        for w in said
    )
    # New York: the same nine tablets are 2,925 mg, under the US Drug Facts' 3,000 mg
    us = check_as_needed_dose([], nine[:2], nine[2], "America/New_York")
    assert not [w for w in us if "mg of" in w.text]
    eleven = [taken("paracetamol", 2, 0), taken("paracetamol", 8, 4)]
    us = check_as_needed_dose([], eleven[:1], eleven[1], "America/New_York")
    assert [w.code for w in us if "over-the-counter" in w.text] == ["over_otc_label_max"]


def test_the_report_s_days_and_episodes_count_the_local_tablet() -> None:
    doses = [taken("paracetamol", 2, 0), taken("paracetamol", 8, 4)]
    london = daily_ingredient_totals(doses, ZoneInfo("Europe/London"), ["acetaminophen"])
    assert [(d.total_mg, d.at_least, d.otc_limit_mg) for d in london] == [(5000.0, True, None)]
    ny = daily_ingredient_totals(doses, ZoneInfo("America/New_York"), ["acetaminophen"])
    assert [(d.total_mg, d.at_least, d.otc_limit_mg) for d in ny] == [(3250.0, True, 3000)]
    episodes = overuse_episodes(doses, "Europe/London")
    assert [(e.ingredient, e.total_mg, e.at_least) for e in episodes] == [
        ("acetaminophen", 5000.0, True)
    ]
    assert overuse_episodes(doses, "America/New_York") == ()
    assert labelled_otc_max_mg("acetaminophen", ["paracetamol"], "Europe/London") is None
    assert labelled_otc_max_mg("acetaminophen", ["paracetamol"], "America/New_York") == 3000
