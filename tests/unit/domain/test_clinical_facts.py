"""clinical_facts: each fact of issue 20 point 2 appears when its condition holds and not
otherwise. A table: per fact, one history where it holds (values worked out by hand in
the row's comment) and one where it does not.

The week: Mon 5 – Sun 11 Jan 2026, America/Chicago; "now" is Sunday 20:00. The facts are
computed as the summary will: from ``taken_doses`` of the period and the summary's MME
figures and 24-hour episodes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from bot.domain.clinical_facts import (
    MME_METHOD,
    SOURCES,
    SRC_FDA_2020,
    SRC_FDA_2020_2019,
    SRC_REC8,
    ClinicalFacts,
    NsaidRun,
    SameDay,
    clinical_facts,
)
from bot.domain.exposure import OpioidDay
from bot.domain.records import ExtraDose, History, RegimenEntry, ScheduledDose
from bot.domain.summary import taken_doses, weekly_summary

ZONE = "America/Chicago"
_Z = ZoneInfo(ZONE)
START = dt.date(2026, 1, 5)  # Monday
END = dt.date(2026, 1, 11)  # Sunday
NOW = dt.datetime(2026, 1, 11, 20, 0, tzinfo=_Z)
STARTED = dt.datetime(2025, 12, 1, tzinfo=dt.UTC)
MON, TUE, WED, THU, FRI, SAT, SUN = (START + dt.timedelta(days=n) for n in range(7))


def at(day: dt.date, hh: int) -> dt.datetime:
    """An aware local datetime."""
    return dt.datetime.combine(day, dt.time(hh), tzinfo=_Z)


def med(
    med_id: int,
    name: str,
    generic: str,
    amount: float,
    *,
    times: tuple[int, ...] = (),
    max_per_day: int | None = None,
    strength: str | None = None,
) -> RegimenEntry:
    """A regimen entry on the list since December; no times: as needed."""
    return RegimenEntry(
        med_id,
        name,
        generic,
        amount,
        "mg",
        tuple(dt.time(h) for h in times),
        not times,
        max_per_day,
        STARTED,
        None,
        strength=strength,
    )


def taken(entry: RegimenEntry, day: dt.date) -> ScheduledDose:
    """The entry's first scheduled dose of the day, answered Taken five minutes after."""
    due = at(day, entry.times[0].hour)
    return ScheduledDose(
        med_id=entry.med_id,
        name=entry.name,
        generic=entry.generic,
        due_at=due,
        local_date=day,
        local_time=entry.times[0],
        status="taken",
        answer_until=due + dt.timedelta(hours=2),
        taken_at=due + dt.timedelta(minutes=5),
        amount=entry.amount,
        unit=entry.unit,
    )


def took(entry: RegimenEntry, day: dt.date, hh: int, count: float = 1) -> ExtraDose:
    """An extra dose of a medicine on the list: ``count`` units of its strength."""
    return ExtraDose(entry.name, entry.generic, at(day, hh), count=count, med_id=entry.med_id)


NORCO = med(1, "Norco", "hydrocodone/acetaminophen", 5, max_per_day=4, strength="5/325")
OXY_PRN = med(2, "Oxycodone", "oxycodone", 10, max_per_day=2)
OXY_QID = med(3, "Oxycodone", "oxycodone", 10, times=(8, 12, 16, 20))
ATIVAN = med(4, "Ativan", "lorazepam", 1)
GABA = med(5, "Gabapentin", "gabapentin", 300, times=(8,))
NARCAN = med(6, "Narcan", "naloxone", 4)
MELOX = med(7, "Meloxicam", "meloxicam", 15, times=(7,))
MEDROL = med(8, "Medrol", "methylprednisolone", 4, times=(8,))
OMEP = med(9, "Omeprazole", "omeprazole", 20, times=(7,))
TYLENOL = med(10, "Tylenol Extra Strength", "acetaminophen", 500)


def hist(
    regimen: tuple[RegimenEntry, ...],
    doses: tuple[ScheduledDose, ...] = (),
    extra: tuple[ExtraDose, ...] = (),
) -> History:
    return History(zone=ZONE, regimen=regimen, doses=doses, extra_doses=extra)


def facts_of(history: History) -> ClinicalFacts:
    """The facts as the summary computes them (see the report on how to call it)."""
    summary = weekly_summary(history, end_date=END, days=7, now=NOW)
    lo = dt.datetime.combine(START, dt.time(), tzinfo=_Z)
    hi = dt.datetime.combine(END + dt.timedelta(days=1), dt.time(), tzinfo=_Z)
    return clinical_facts(
        history,
        START,
        END,
        NOW,
        taken=taken_doses(history, lo, hi),
        mme=summary.mme,
        overuse=summary.overuse,
    )


# ---------------------------------------------------------------------- histories

# Norco 5/325 (hydrocodone 5 mg, CDC factor 1): 2 tablets Mon = 10 MME, 5 tablets Wed =
# 25 MME; own maximum 4 a day → prescribed maximum 4 × 5 × 1 = 20 MME a day.
NORCO_WEEK = hist((NORCO,), extra=(took(NORCO, MON, 12, 2), took(NORCO, WED, 10, 5)))
# No opioid at all: meloxicam on Monday.
NO_OPIOID = hist((MELOX,), doses=(taken(MELOX, MON),))
# Oxycodone 10 mg (factor 1.5) as needed, own maximum 2 → prescribed 2 × 10 × 1.5 = 30;
# 4 tablets on Wednesday = 40 mg × 1.5 = 60 MME ≥ 50.
OXY_HIGH_DAY = hist((OXY_PRN,), extra=(took(OXY_PRN, WED, 9, 4),))
# Oxycodone 10 mg four times a day: 4 × 10 × 1.5 = 60 MME a day prescribed; none logged.
OXY_HIGH_PLAN = hist((OXY_QID,))
# Norco and lorazepam both on Monday (12:00, 22:00).
WITH_BENZO = hist((NORCO, ATIVAN), extra=(took(NORCO, MON, 12, 2), took(ATIVAN, MON, 22)))
# Norco on Monday, lorazepam only on Tuesday: never the same day.
BENZO_OTHER_DAY = hist((NORCO, ATIVAN), extra=(took(NORCO, MON, 12, 2), took(ATIVAN, TUE, 22)))
# Norco on Monday; gabapentin 08:00 taken on Monday.
WITH_GABA = hist((NORCO, GABA), doses=(taken(GABA, MON),), extra=(took(NORCO, MON, 12, 2),))
# Norco on Monday; gabapentin taken only on Tuesday.
GABA_OTHER_DAY = hist((NORCO, GABA), doses=(taken(GABA, TUE),), extra=(took(NORCO, MON, 12, 2),))
# Norco with Narcan on the list.
WITH_NARCAN = hist((NORCO, NARCAN), extra=(took(NORCO, MON, 12, 2),))
# Meloxicam Mon, Tue, Wed, Fri: 4 NSAID days, longest run Mon–Wed = 3 days.
MELOX_RUN = hist((MELOX,), doses=tuple(taken(MELOX, d) for d in (MON, TUE, WED, FRI)))
# Meloxicam Mon, Wed, Fri: no two days in a row.
MELOX_SPACED = hist((MELOX,), doses=tuple(taken(MELOX, d) for d in (MON, WED, FRI)))
# Meloxicam 07:00 and 2 Advil (ibuprofen) at 14:00, both Saturday: two different NSAIDs.
ADVIL = ExtraDose("Advil", "ibuprofen", at(SAT, 14), 200, "mg", 2)
TWO_NSAIDS = hist((MELOX,), doses=(taken(MELOX, SAT),), extra=(ADVIL,))
# Advil and "ibuprofen" the same Saturday: one NSAID under two names.
SAME_NSAID = hist((), extra=(ADVIL, ExtraDose("ibuprofen", "ibuprofen", at(SAT, 20), 400, "mg")))
# Meloxicam 07:00 and Medrol 08:00, both Friday.
WITH_STEROID = hist((MELOX, MEDROL), doses=(taken(MELOX, FRI), taken(MEDROL, FRI)))
# Medrol on Friday, meloxicam on Saturday.
STEROID_OTHER_DAY = hist((MELOX, MEDROL), doses=(taken(MEDROL, FRI), taken(MELOX, SAT)))
# Meloxicam with omeprazole on the list.
WITH_PPI = hist((MELOX, OMEP), doses=(taken(MELOX, MON),))
# Voltaren gel only: rubbed on the skin, no oral NSAID.
GEL_ONLY = hist((), extra=(ExtraDose("Voltaren gel", "diclofenac", at(MON, 9), 4, "g"),))
# Tylenol ES 2 × 500 mg at 08, 12, 16, 20 and 23 on Monday: 5,000 mg within 24 h > 4,000.
APAP_OVER = hist((TYLENOL,), extra=tuple(took(TYLENOL, MON, h, 2) for h in (8, 12, 16, 20, 23)))
# The same, four times: 4,000 mg, not more than the maximum.
APAP_AT_MAX = hist((TYLENOL,), extra=tuple(took(TYLENOL, MON, h, 2) for h in (8, 12, 16, 20)))


def _norco_use(f: ClinicalFacts) -> None:
    o = f.opioid
    assert o is not None
    assert o.days_used == (MON, WED) and o.period_days == 7
    assert o.mme_days == (OpioidDay(MON, 10.0), OpioidDay(WED, 25.0))
    assert o.highest == OpioidDay(WED, 25.0)
    assert o.prescribed_mme == 20.0 and o.prescribed_complete and o.not_counted == ()
    assert o.method == MME_METHOD


def _high_day(f: ClinicalFacts) -> None:
    assert f.naloxone is not None and f.naloxone.high_taken is not None
    assert f.naloxone.high_taken.days == (OpioidDay(WED, 60.0),)
    assert f.naloxone.high_taken.threshold == 50 and f.naloxone.high_taken.source == SRC_REC8
    assert f.naloxone.high_prescribed is None  # 30 MME a day prescribed


def _high_plan(f: ClinicalFacts) -> None:
    assert f.naloxone is not None and f.naloxone.high_prescribed is not None
    assert f.naloxone.high_prescribed.prescribed == 60.0
    assert f.opioid is not None and f.opioid.days_used == ()  # on the list, none taken


def _benzo(f: ClinicalFacts) -> None:
    n = f.naloxone
    assert n is not None and n.benzodiazepine is not None and n.sedating is not None
    assert n.benzodiazepine.days == (SameDay(MON, ("hydrocodone/acetaminophen",), ("lorazepam",)),)
    assert n.benzodiazepine.source == SRC_REC8
    assert n.sedating.kinds == ("benzodiazepine",)


def _gaba(f: ClinicalFacts) -> None:
    n = f.naloxone
    assert n is not None and n.sedating is not None
    assert n.sedating.days == (SameDay(MON, ("hydrocodone/acetaminophen",), ("gabapentin",)),)
    assert n.sedating.others == ("gabapentin",) and n.sedating.kinds == ("gabapentinoid",)
    assert n.sedating.source == SRC_FDA_2020_2019
    assert n.benzodiazepine is None


def _narcan(f: ClinicalFacts) -> None:
    assert f.naloxone is not None and f.naloxone.naloxone.names == ("naloxone",)
    assert f.naloxone.naloxone.source == SRC_FDA_2020


def _run(f: ClinicalFacts) -> None:
    e = f.nsaid
    assert e is not None and e.run == NsaidRun(MON, WED) and e.run.days == 3
    assert [d.date for d in e.days] == [MON, TUE, WED, FRI] and e.period_days == 7


def _two(f: ClinicalFacts) -> None:
    e = f.nsaid
    assert e is not None and e.two_nsaids is not None
    assert e.two_nsaids.days == (SameDay(SAT, ("ibuprofen", "meloxicam")),)
    assert e.two_nsaids.others == ("ibuprofen", "meloxicam")


def _steroid(f: ClinicalFacts) -> None:
    e = f.nsaid
    assert e is not None and e.with_steroid is not None
    assert e.with_steroid.days == (SameDay(FRI, ("meloxicam",), ("methylprednisolone",)),)


def _ppi(f: ClinicalFacts) -> None:
    assert f.nsaid is not None and f.nsaid.gastroprotection.names == ("omeprazole",)


def _apap(f: ClinicalFacts) -> None:
    (episode,) = [e for e in f.overuse if e.ingredient == "acetaminophen"]
    assert episode.total_mg == 5000 and episode.limit_mg == 4000


def _nothing(f: ClinicalFacts) -> None:
    """Nothing more to check than the code."""


@dataclass(frozen=True)
class Row:
    history: History
    code: str
    present: bool
    check: Callable[[ClinicalFacts], None] = _nothing


TABLE = {
    "opioid days and MME": Row(NORCO_WEEK, "opioid_use", True, _norco_use),
    "no opioid": Row(NO_OPIOID, "opioid_use", False),
    "a day at 60 MME": Row(OXY_HIGH_DAY, "mme_50_taken", True, _high_day),
    "highest day 25 MME": Row(NORCO_WEEK, "mme_50_taken", False),
    "prescribed 60 MME a day": Row(OXY_HIGH_PLAN, "mme_50_prescribed", True, _high_plan),
    "prescribed 30 MME a day": Row(OXY_HIGH_DAY, "mme_50_prescribed", False),
    "opioid + benzodiazepine same day": Row(WITH_BENZO, "opioid_benzodiazepine", True, _benzo),
    "benzodiazepine another day": Row(BENZO_OTHER_DAY, "opioid_benzodiazepine", False),
    "opioid + gabapentin same day": Row(WITH_GABA, "opioid_sedating", True, _gaba),
    "gabapentin another day": Row(GABA_OTHER_DAY, "opioid_sedating", False),
    "naloxone listed": Row(WITH_NARCAN, "naloxone_listed", True, _narcan),
    "naloxone listed, so not 'not listed'": Row(WITH_NARCAN, "naloxone_not_listed", False),
    "naloxone not listed": Row(NORCO_WEEK, "naloxone_not_listed", True),
    "no opioid, no naloxone fact": Row(NO_OPIOID, "naloxone_not_listed", False),
    "NSAID run of 3 days": Row(MELOX_RUN, "nsaid_run", True, _run),
    "NSAID days never in a row": Row(MELOX_SPACED, "nsaid_run", False),
    "two NSAIDs same day": Row(TWO_NSAIDS, "nsaid_two_same_day", True, _two),
    "one NSAID under two names": Row(SAME_NSAID, "nsaid_two_same_day", False),
    "NSAID + steroid same day": Row(WITH_STEROID, "nsaid_corticosteroid", True, _steroid),
    "steroid another day": Row(STEROID_OTHER_DAY, "nsaid_corticosteroid", False),
    "PPI recorded": Row(WITH_PPI, "gastroprotection_listed", True, _ppi),
    "PPI not recorded": Row(MELOX_RUN, "gastroprotection_not_listed", True),
    "PPI recorded, so not 'not recorded'": Row(WITH_PPI, "gastroprotection_not_listed", False),
    "NSAID taken": Row(MELOX_SPACED, "nsaid_exposure", True),
    "gel only: no oral NSAID": Row(GEL_ONLY, "nsaid_exposure", False),
    "no NSAID: no gastroprotection fact": Row(NORCO_WEEK, "gastroprotection_not_listed", False),
    "5,000 mg acetaminophen in 24 h": Row(APAP_OVER, "over_labelled_max", True, _apap),
    "4,000 mg acetaminophen in 24 h": Row(APAP_AT_MAX, "over_labelled_max", False),
}


@pytest.mark.parametrize("row", TABLE.values(), ids=TABLE.keys())
def test_each_fact_appears_when_its_condition_holds_and_not_otherwise(row: Row) -> None:
    facts = facts_of(row.history)
    assert (row.code in facts.codes) is row.present, sorted(facts.codes)
    row.check(facts)


def test_a_history_without_opioid_or_nsaid_has_no_facts() -> None:
    facts = facts_of(hist((GABA,), doses=(taken(GABA, MON),)))
    assert facts.codes == frozenset() and facts.sources == ()


def test_every_source_label_is_short_and_cited_and_no_text_speaks_to_the_patient() -> None:
    # Every fact of the table, together, names every source label there is.
    labels = {label for row in TABLE.values() for label, _ in facts_of(row.history).sources}
    assert labels == set(SOURCES)
    for label, citation in SOURCES.items():
        assert len(label.split()) <= 8, label
        assert citation.strip()
    for text in (MME_METHOD, *SOURCES, *SOURCES.values()):
        assert not re.search(r"\byou(r)?\b|\bshould (take|stop)\b", text, re.I), text


def test_an_opioid_whose_doses_give_no_mme_is_named_as_not_counted() -> None:
    # Buprenorphine has no CDC 2022 factor: a day used, but no MME for it.
    butrans = med(11, "Butrans", "buprenorphine", 10)
    facts = facts_of(hist((butrans,), extra=(took(butrans, TUE, 9),)))
    assert facts.opioid is not None
    # (a weekly patch: on board from Tuesday to the period's end, see the test below)
    assert facts.opioid.days_used == (TUE, WED, THU, FRI, SAT, SUN)
    assert facts.opioid.mme_days == ()
    assert facts.opioid.not_counted == ("buprenorphine",) and facts.opioid.highest is None


def test_a_scheduled_dose_of_two_tablets_counts_both() -> None:
    """ "co-codamol 30/500 2 tablets 08:00": a tap on Taken is 60 mg of codeine and
    1,000 mg of acetaminophen, in the totals the report and the checks read."""
    from dataclasses import replace

    from bot.domain.exposure import daily_ingredient_totals

    co = replace(
        med(11, "Co-codamol", "acetaminophen/codeine", 30, times=(8,), strength="30/500"),
        units_per_dose=2,
    )
    dose = replace(taken(co, START), strength="30/500", units_per_dose=2)
    lo = dt.datetime.combine(START, dt.time(), tzinfo=_Z)
    doses = taken_doses(hist((co,), (dose,)), lo, lo + dt.timedelta(days=1))
    assert [d.count for d in doses] == [2]
    totals = daily_ingredient_totals(doses, _Z, ["acetaminophen", "codeine"])
    assert {(t.ingredient, t.total_mg) for t in totals} == {
        ("acetaminophen", 1000.0),
        ("codeine", 60.0),
    }


def test_a_weekly_patch_is_an_opioid_on_board_every_day_it_is_worn() -> None:
    """A buprenorphine patch put on Monday with baclofen taken daily: the opioid and the
    sedating medicine together every day of the week, not only on Monday (a sandbox week:
    "Opioid as taken: on 1 of 30 days" for a patch worn all month)."""
    patch = med(12, "Buprenorphine patch", "buprenorphine", 5, times=(9,))
    baclofen = med(13, "Baclofen", "baclofen", 10, times=(9,))
    doses = (taken(patch, MON), *(taken(baclofen, d) for d in (MON, TUE, WED, THU, FRI)))
    facts = facts_of(hist((patch, baclofen), doses))
    assert facts.opioid is not None
    assert facts.opioid.days_used == (MON, TUE, WED, THU, FRI, SAT, SUN)
