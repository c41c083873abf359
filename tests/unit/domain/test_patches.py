"""A weekly buprenorphine patch is on board each day until it is changed
(bot.domain.patches), and the doctor's facts count it so (bot.domain.clinical_facts)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import DoseTaken, dose_ingredients
from bot.domain.patches import days_on, shown_unit, worn_for, worn_spans
from bot.domain.regimen import dose_text

DUBLIN = ZoneInfo("Europe/Dublin")
MON = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)


def test_which_medicines_are_long_worn_patches() -> None:
    assert worn_for("buprenorphine", "Buprenorphine patch") == dt.timedelta(days=7)
    assert worn_for("buprenorphine", "BuTrans") == dt.timedelta(days=7)
    assert worn_for("buprenorphine", "Belbuca") is None  # a film in the cheek
    assert worn_for("lidocaine", "lidocaine patch") is None  # off the same day


def test_a_patch_is_on_until_the_next_or_its_week_ends() -> None:
    week = dt.timedelta(days=7)
    later = MON + dt.timedelta(days=5)
    spans = worn_spans([later, MON], week)
    assert spans == [(MON, later), (later, later + week)]
    assert len(days_on([(MON, MON + week)], DUBLIN)) == 8  # Mon to the next Mon, 09:00
    assert days_on([(MON, MON + dt.timedelta(hours=3))], DUBLIN) == {dt.date(2026, 12, 7)}


def test_a_side_effect_days_after_the_patch_went_on_is_with_it() -> None:
    from bot.domain.clinician_detail import clinician_detail
    from bot.domain.records import ExtraDose, History, SideEffectReport

    thursday = MON + dt.timedelta(days=3, hours=6)
    history = History(
        zone="Europe/Dublin",
        extra_doses=(ExtraDose("Buprenorphine patch", "buprenorphine", MON),),
        side_effects=(SideEffectReport(thursday, ("drowsiness",), "very drowsy"),),
    )
    detail = clinician_detail(
        history, dt.date(2026, 12, 7), dt.date(2026, 12, 13), MON + dt.timedelta(days=6)
    )
    assert [e.taken_before for e in detail.effects] == [("Buprenorphine patch",)]


def test_a_weekly_patch_strength_is_shown_per_hour_and_adds_no_mg_to_a_day() -> None:
    """Butrans 10 mcg/h is a rate: "10 mcg" reads as a dose taken at once, and as mg it
    made a day's "buprenorphine 0 mg"; a buprenorphine film in mcg stays as it is."""
    assert dose_text("Butrans", 10, "mcg", "buprenorphine") == "Butrans 10 mcg/h"
    assert dose_text("Norspan patch", 5, "mcg", "buprenorphine") == "Norspan patch 5 mcg/h"
    assert dose_text("Belbuca", 150, "mcg", "buprenorphine") == "Belbuca 150 mcg"
    assert shown_unit("buprenorphine", "Butrans", "mg") == "mg"
    at = dt.datetime(2026, 12, 7, 8, tzinfo=dt.UTC)
    patch = DoseTaken("buprenorphine", "Butrans", 10, "mcg", None, at)
    assert dose_ingredients(patch, ()) == {}
    film = DoseTaken("buprenorphine", "Belbuca", 150, "mcg", None, at)
    assert dose_ingredients(film, ()) == {"buprenorphine": 0.15}
