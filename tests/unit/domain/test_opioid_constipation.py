"""Constipation told while an opioid was taken is worth discussing on any number of days,
with the opioid named and the person's own count of days (Sandbox: "cant poop 4 days",
"still cant poop, 6 days now" on tramadol never reached "Worth discussing")."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from bot.domain.opioid_constipation import days_said, opioid_constipation
from bot.domain.records import ExtraDose, History, RegimenEntry, SideEffectReport
from bot.domain.summary import DiscussionPoint, weekly_summary
from bot.reports.text import discussion_line, summary_text

UTC = dt.UTC
_Z = ZoneInfo("Europe/London")
MON = dt.date(2026, 5, 11)
END = dt.date(2026, 5, 17)
NOW = dt.datetime(2026, 5, 17, 18, 0, tzinfo=_Z)
STARTED = dt.datetime(2026, 1, 1, tzinfo=UTC)


def at(n: int, hh: int) -> dt.datetime:
    """Day n of the week (0 = Monday), hh:00 London time, in UTC."""
    return dt.datetime.combine(MON + dt.timedelta(days=n), dt.time(hh), tzinfo=_Z).astimezone(UTC)


def med(name: str, generic: str, *, as_needed: bool = False, med_id: int = 1) -> RegimenEntry:
    return RegimenEntry(
        med_id=med_id,
        name=name,
        generic=generic,
        amount=50,
        unit="mg",
        times=() if as_needed else (dt.time(8), dt.time(20)),
        as_needed=as_needed,
        max_per_day=4 if as_needed else None,
        started_at=STARTED,
        ended_at=None,
    )


def told(
    n: int, hh: int, words: str, effects: tuple[str, ...] = ("constipation",)
) -> SideEffectReport:
    return SideEffectReport(at(n, hh), effects, words)


def week(
    regimen: tuple[RegimenEntry, ...], reports: tuple[SideEffectReport, ...], extra=()
) -> History:
    return History(
        zone="Europe/London",
        regimen=regimen,
        extra_doses=tuple(extra),
        side_effects=reports,
        started=STARTED,
    )


TRAMADOL = med("tramadol", "tramadol")
TWO_REPORTS = (told(1, 9, "cant poop 4 days"), told(3, 10, "still cant poop, 6 days now"))


def points(history: History) -> dict[str, DiscussionPoint]:
    s = weekly_summary(history, end_date=END, now=NOW)
    return {d.code: d for d in s.discuss}


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("cant poop 4 days", 4),
        ("still cant poop, 6 days now", 6),
        ("haven't been for five days", 5),
        ("nothing for a week", 7),
        ("constipated since 2 weeks", 14),
        ("constipated again", None),
        ("I take a laxative every 2 days", None),
        ("started the tramadol 3 days ago and now constipated", None),
        ("it's been a day", None),
        (None, None),
    ],
)
def test_the_persons_own_count_of_days_is_read_from_their_words(
    words: str | None, count: int | None
) -> None:
    assert days_said(words) == count


def test_two_reports_on_a_scheduled_opioid_are_worth_discussing_with_the_opioid_and_count() -> None:
    found = points(week((TRAMADOL,), TWO_REPORTS))
    assert "opioid_constipation" in found
    c = found["opioid_constipation"].fact("constipation")
    assert c.days == (MON + dt.timedelta(days=1), MON + dt.timedelta(days=3))
    assert c.opioids == ("Tramadol",)
    assert (c.said_days, c.said_on) == (6, MON + dt.timedelta(days=3))


def test_the_summary_and_the_report_say_it_in_words() -> None:
    s = weekly_summary(week((TRAMADOL,), TWO_REPORTS), end_date=END, now=NOW)
    point = next(d for d in s.discuss if d.code == "opioid_constipation")
    patient = discussion_line(point, _Z)
    assert patient == (
        "Constipation was reported on 2 days (Tue 12 May, Thu 14 May) while taking Tramadol, "
        "6 days by your own count. Constipation is a known side effect of opioid medicines: "
        "talk to your doctor or pharmacist."
    )
    doctor = discussion_line(point, _Z, clinician=True)
    assert doctor.startswith(
        "Constipation reported while taking an opioid (Tramadol): 2 days (Tue 12 May, Thu 14 May); "
        "patient's own count 6 days (Thu 14 May). A labelled adverse reaction of opioids ["
    )
    assert "you" not in doctor.lower().split()
    text = summary_text(s)
    worth = text.split("Worth discussing with your doctor:")[1]
    assert "while taking Tramadol, 6 days by your own count" in worth


def test_an_as_needed_opioid_taken_in_the_72_hours_before_counts() -> None:
    prn = med("Norco", "hydrocodone/acetaminophen", as_needed=True)
    dose = ExtraDose("Norco", "hydrocodone/acetaminophen", at(0, 12))  # 2 days before
    c = opioid_constipation((told(2, 9, "constipated 3 days"),), [], (prn,), _Z, MON, END)
    assert c is None  # as needed, and nothing taken: not on an opioid
    found = points(week((prn,), (told(2, 9, "constipated 3 days"),), extra=(dose,)))
    c2 = found["opioid_constipation"].fact("constipation")
    assert c2.opioids == ("Norco",)


def test_an_as_needed_opioid_taken_more_than_72_hours_before_does_not_count() -> None:
    prn = med("Norco", "hydrocodone/acetaminophen", as_needed=True)
    dose = ExtraDose("Norco", "hydrocodone/acetaminophen", at(0, 8))
    found = points(week((prn,), (told(3, 9, "constipated"),), extra=(dose,)))
    assert "opioid_constipation" not in found


def test_constipation_with_no_opioid_gets_no_opioid_wording() -> None:
    naproxen = med("naproxen", "naproxen")
    reports = (*TWO_REPORTS, told(5, 9, "still constipated"))
    s = weekly_summary(week((naproxen,), reports), end_date=END, now=NOW)
    codes = [d.code for d in s.discuss]
    assert "opioid_constipation" not in codes
    assert "side_effect_days" in codes  # 3 days: the ordinary rule still holds
    assert "opioid" not in summary_text(s).lower()


def test_constipation_on_three_days_on_an_opioid_is_said_once() -> None:
    reports = (*TWO_REPORTS, told(5, 9, "still constipated"))
    s = weekly_summary(week((TRAMADOL,), reports), end_date=END, now=NOW)
    codes = [d.code for d in s.discuss]
    assert codes.count("opioid_constipation") == 1
    assert not any(
        d.code == "side_effect_days" and d.fact("effect").effect == "constipation"
        for d in s.discuss
    )


def test_a_stopped_or_paused_opioid_does_not_count() -> None:
    stopped = replace(TRAMADOL, ended_at=at(0, 8))
    assert "opioid_constipation" not in points(week((stopped,), TWO_REPORTS))
    paused = replace(TRAMADOL, paused=True, paused_at=at(0, 8))
    assert "opioid_constipation" not in points(week((paused,), TWO_REPORTS))


def test_a_carers_count_is_said_as_theirs() -> None:
    report = SideEffectReport(at(2, 9), ("constipation",), "mum hasn't been for 5 days", carer=True)
    s = weekly_summary(week((TRAMADOL,), (report,)), end_date=END, now=NOW)
    point = next(d for d in s.discuss if d.code == "opioid_constipation")
    assert "5 days by your carer's count" in discussion_line(point, _Z)
    assert "carer's own count 5 days" in discussion_line(point, _Z, clinician=True)
