"""Past an NSAID's labelled maximum, its Drug Facts' own overdose sentence, as
acetaminophen's: told live, and the same 24 hours an episode for the doctor (Sandbox,
London: 40 naproxen were told only the milligrams)."""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.domain.dose_amounts import DoseTaken, RegimenItem
from bot.domain.exposure import counts_every_dose, overuse_episodes
from bot.domain.records import ExtraDose, History
from bot.domain.safety import OVERDOSE, check_as_needed_dose, check_scheduled_dose
from bot.domain.summary import weekly_summary
from bot.domain.warnings import END
from bot.knowledge import get_drug
from bot.knowledge.poison_lines import poison_lines_locally
from bot.reports.text import discussion_line, ingredient_total_lines

NOW = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)


def _listed(generic: str, mg: float) -> RegimenItem:
    return RegimenItem(
        generic=generic,
        name=generic,
        amount_per_unit=mg,
        unit="mg",
        units_per_day=2,
        as_needed=False,
        max_per_day=None,
    )


def _taken(
    generic: str,
    hours_ago: float,
    count: float,
    *,
    mg: float | None = None,
    scheduled: bool = False,
) -> DoseTaken:
    at = NOW - timedelta(hours=hours_ago)
    return DoseTaken(
        generic=generic,
        name=generic,
        amount=mg,
        unit="mg" if mg else None,
        count=count,
        at=at,
        scheduled=scheduled,
        due=at if scheduled else None,
    )


def _overdose(regimen: list[RegimenItem], new: DoseTaken) -> str:
    (w,) = [w for w in check_as_needed_dose(regimen, [], new) if w.code == OVERDOSE]
    return w.text


def test_forty_naproxen_quote_the_labels_overdose_sentence() -> None:
    text = _overdose([_listed("naproxen", 500)], _taken("naproxen", 0, 40))
    assert "about 20,000 mg of naproxen" in text
    assert "labelled maximum of 1,500 mg a day" in text
    assert (
        "The naproxen label says: “In case of overdose, get medical help or contact a Poison "
        "Control Center right away. (1-800-222-1222)” (That number is the US Poison Control "
        "line; elsewhere, call your local poison centre.) And please " + END
    ) in text
    assert text.endswith(END)


@pytest.mark.parametrize(("generic", "mg", "count"), [("ibuprofen", 400, 12), ("aspirin", 325, 14)])
def test_a_label_naming_no_number_is_followed_by_whom_to_call(
    generic: str, mg: float, count: int
) -> None:
    text = _overdose([_listed(generic, mg)], _taken(generic, 0, count))
    assert (
        f"The {generic} label says: “In case of overdose, get medical help or contact a Poison "
        "Control Center right away.” To get that help, call Poison Control (US "
        "1-800-222-1222) or your local poison centre. And please " + END
    ) in text


@pytest.mark.parametrize("generic", ["ibuprofen", "naproxen", "aspirin"])
def test_no_acetaminophen_words_and_no_alarm_word(generic: str) -> None:
    drug = get_drug(generic)
    assert drug is not None and drug.max_daily is not None
    count = drug.max_daily.absolute / 100  # tablets of 200 mg: twice the maximum
    text = _overdose([_listed(generic, 200)], _taken(generic, 0, count))
    for zone in (None, "Europe/London", "America/New_York", "Australia/Sydney"):
        said = poison_lines_locally(text, zone).lower()
        # the liver is acetaminophen's; "emergency" is the red-flag alarm's (PRODUCT.md §4)
        assert "liver" not in said and "acetaminophen" not in said
        assert "emergency" not in said
        assert said.endswith(END.lower())


def test_in_the_uk_the_local_service_is_said() -> None:
    text = _overdose([_listed("ibuprofen", 400)], _taken("ibuprofen", 0, 12))
    said = poison_lines_locally(text, "Europe/London")
    assert "To get that help, call NHS 111. And please" in said and "1-800" not in said
    naproxen = _overdose([_listed("naproxen", 500)], _taken("naproxen", 0, 40))
    said = poison_lines_locally(naproxen, "Europe/London")
    assert "(That number is the US line: in the UK, call NHS 111.)" in said
    # paracetamol's words (NHS: "Even if you feel well, you will need help") are not naproxen's
    assert "feel well" not in said


def test_scheduled_naproxen_sliding_late_is_the_plan_not_an_overdose() -> None:
    """Doses tapped Taken alone, sliding late: the prescriber's plan, not the label's
    overdose (acetaminophen's alone counts every milligram, its label naming the harm);
    live and in the report alike."""
    # 2 × 500 mg a time (as the report counts it, told in mg), three times in 22 hours
    doses = [_taken("naproxen", h, 2, mg=500, scheduled=True) for h in (22, 11, 0)]
    warned = check_scheduled_dose([_listed("naproxen", 500)], doses, doses[-1])
    assert OVERDOSE not in [w.code for w in warned]
    assert overuse_episodes(doses) == ()


def test_only_acetaminophen_counts_every_dose() -> None:
    assert counts_every_dose("acetaminophen")
    assert not any(counts_every_dose(g) for g in ("ibuprofen", "naproxen", "aspirin"))


def test_the_summary_lists_an_nsaid_day_past_its_label_as_worth_discussing() -> None:
    zone = ZoneInfo("Europe/London")
    at = dt.datetime(2026, 12, 8, 9, 0, tzinfo=zone)
    history = History(
        zone="Europe/London", extra_doses=(ExtraDose("Naproxen", "naproxen", at, 500, "mg", 40),)
    )
    s = weekly_summary(
        history, end_date=dt.date(2026, 12, 13), now=dt.datetime(2026, 12, 13, 18, tzinfo=zone)
    )
    said = [discussion_line(p, zone) for p in s.discuss if p.code == "over_label_max"]
    assert said and said[0].startswith(
        "Naproxen went past its labelled maximum of 1,500 mg in 24 hours: about 20,000 mg"
    )
    assert ingredient_total_lines(s) == []  # (the 💊 daily line stays acetaminophen's)
