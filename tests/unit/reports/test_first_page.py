"""The clinician's first page: safety facts a doctor can act on, in few lines, and the
whole page kept on one page however long the regimen."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader

from bot.domain.course import Course
from bot.domain.dose_amounts import RegimenItem
from bot.domain.records import History, RegimenEntry
from bot.domain.safety import check_regimen
from bot.domain.summary import weekly_summary
from bot.domain.warnings import SafetyWarning, Severity
from bot.reports.first_page import safety_lines
from bot.reports.pdf import render_pdf
from tests.unit.domain.test_summary import _Z, END, LONDON, NOW, fixture_summary


def _item(generic: str, amount: float, times: int = 1) -> RegimenItem:
    return RegimenItem(generic, generic.title(), amount, "mg", float(times), False, None)


def test_each_risk_is_one_line_naming_every_pair_it_applies_to() -> None:
    regimen = [
        _item("tramadol", 50, 2),
        _item("gabapentin", 300, 3),
        _item("pregabalin", 75, 2),
        _item("duloxetine", 60),
    ]
    lines = safety_lines(check_regimen(regimen))
    breathing = [x for x in lines if "serious breathing problems (FDA 2019)" in x]
    assert len(breathing) == 1
    assert "tramadol + gabapentin" in breathing[0].lower()
    assert "tramadol + pregabalin" in breathing[0].lower()
    # Class membership alone tells a doctor nothing; nor is the patient addressed.
    assert not any(" is an opioid and " in x for x in lines)
    assert not any(w in f" {x} " for x in lines for w in (" you ", " your ", " I "))


def test_a_warning_without_a_short_fact_keeps_its_risk_sentence() -> None:
    w = SafetyWarning(
        code="plan_gap",
        severity=Severity.CAUTION,
        text="Tramadol is an opioid. Its label says doses closer than 4 hours apart "
        "raise the risk of seizures. Please talk to your doctor or pharmacist.",
        medications=("tramadol",),
    )
    assert safety_lines([w]) == [
        "Tramadol: Its label says doses closer than 4 hours apart raise the risk of seizures."
    ]


def test_a_taper_step_still_to_come_is_not_the_same_medicine_twice() -> None:
    start = dt.datetime(2026, 5, 11, 8, 0, tzinfo=_Z)

    def step(med_id: int, mg: float, first: int, last: int) -> RegimenEntry:
        course = Course(dt.date(2026, 5, first), dt.date(2026, 5, last))
        eight = (dt.time(8),)
        return RegimenEntry(
            med_id, "Prednisone", "prednisone", mg, "mg", eight, False, None, start, None,
            course=course,
        )  # fmt: skip

    steps = (step(7, 20, 11, 15), step(8, 10, 16, 20))
    s = weekly_summary(History(zone=LONDON, regimen=steps), end_date=END, now=NOW)
    assert not [w for w in s.safety_warnings if w.code == "same_drug_twice"]


def test_a_long_list_of_facts_still_leaves_the_agenda_on_page_one() -> None:
    many = tuple(
        SafetyWarning(
            code=f"fact_{n}",
            severity=Severity.CAUTION,
            text=f"Medicine {n} and medicine {n + 1} together can cause a listed problem "
            "that the label names in a long sentence, to fill the line on the page.",
            medications=(f"med{n}", f"med{n + 1}"),
        )
        # (28: the fixture's constipation on tramadol is a page-one safety fact too, two
        # lines of the page the 30 filled before)
        for n in range(28)
    )
    s = dataclasses.replace(fixture_summary(), safety_warnings=many)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "Next appointment" in first and "Page 1 of" in first
    assert "Medicine 27 and medicine 28" in first


def test_the_mme_warning_is_no_sentence_to_the_patient_on_the_doctors_page() -> None:
    # "Your opioid medicines add up to about 80 MME a day" began with a capital Y, so the
    # page-one filter of sentences written to the patient let it through.
    lines = safety_lines(check_regimen([_item("tramadol", 50, 8)]))
    assert lines, "the threshold is still stated"
    assert not any(w in f" {x} ".lower() for x in lines for w in (" you ", " your "))


def test_page_one_says_where_the_legs_stand() -> None:
    from bot.domain.records import PainPlaceReport, PainReport
    from tests.unit.domain.test_summary import at, day

    history = History(
        zone=LONDON,
        pain=(
            PainReport(at(day(0), 9), 7, ("leg_left",), ("shooting",), True),
            PainReport(at(day(1), 20), 5, ("lower_back",), (), False),
        ),
        places=(PainPlaceReport(at(day(3), 11), ("leg_left",), None, ("numb",)),),
    )
    s = weekly_summary(history, end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    first = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert (
        "Legs: pain in or down a leg on 1 day (left leg); not down a leg on 1 day; numbness "
        "or tingling on 1 day (left leg; Thu 14 May)" in first
    )


def test_one_day_of_co_use_is_one_day() -> None:
    from bot.domain.clinical_facts import CoUse, SameDay
    from bot.reports.facts_text import _co_use

    day_ = SameDay(END, ("tramadol",), ("gabapentin",))
    one = CoUse(days=(day_,), others=("gabapentin",), kinds=("gabapentinoid",), source="FDA")
    said = _co_use("Opioid with another sedating medicine", one)
    assert "the same day: 1 day (Sun 17 May)" in said


def test_one_night_of_sleep_is_one_night() -> None:
    from bot.domain.records import SleepReport
    from tests.unit.domain.test_summary import at, day

    history = History(zone=LONDON, sleep=(SleepReport(at(day(2), 8), "poor", None),))
    s = weekly_summary(history, end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    first = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "1 night reported: poor 1, fair 0, good 0" in first


def test_sleep_hours_told_on_some_nights_are_said_as_theirs() -> None:
    """Hours told on one night of three: the mean is that night's, not "a night" (a
    traveller's summary read "3 poor, about 4 h a night")."""
    from bot.domain.records import SleepReport
    from bot.reports.text import summary_text
    from tests.unit.domain.test_summary import at, day

    nights = (
        SleepReport(at(day(1), 8), "poor", 4.0),
        SleepReport(at(day(2), 8), "poor", None),
        SleepReport(at(day(3), 8), "poor", None),
    )
    s = weekly_summary(History(zone=LONDON, sleep=nights), end_date=END, now=NOW)
    said = summary_text(s)
    assert "3 nights noted — 3 poor, about 4 h a night where you gave hours (1 night)" in said
    every = weekly_summary(History(zone=LONDON, sleep=nights[:1]), end_date=END, now=NOW)
    assert "1 night noted — 1 poor, about 4 h a night." in summary_text(every)


def test_one_unit_of_an_unknown_medicine_is_one_unit() -> None:
    """ "Narco 1 units" in the as-needed table (a sandbox week in Phoenix)."""
    from bot.domain.records import ExtraDose
    from tests.unit.domain.test_summary import at, day

    history = History(zone=LONDON, extra_doses=(ExtraDose("Narco", None, at(day(2), 8)),))
    s = weekly_summary(history, end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages
    )
    assert "Narco 1 1 unit" in text and "1 units" not in text, text


def test_the_generated_time_gives_its_offset_not_an_abbreviation_that_misleads() -> None:
    # Manila's abbreviation in the zone database is "PST", which a doctor reads as Pacific.
    from zoneinfo import ZoneInfo

    manila = NOW.astimezone(ZoneInfo("Asia/Manila"))
    data = render_pdf(fixture_summary(), patient_label="J.", regimen_lines=[], generated_at=manila)
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert f"Generated {manila:%Y-%m-%d %H:%M} UTC+8 from" in first
    assert "PST" not in first
    kolkata = NOW.astimezone(ZoneInfo("Asia/Kolkata"))
    data = render_pdf(fixture_summary(), patient_label="J.", regimen_lines=[], generated_at=kolkata)
    assert "UTC+5:30 from" in PdfReader(io.BytesIO(data)).pages[0].extract_text()


def test_a_day_total_holding_a_tablet_of_unsaid_strength_is_said_as_a_floor() -> None:
    """Sandbox, Chicago: "a tylenol" beside Norco; page one read "acetaminophen 3,275 mg"
    though one tablet was counted at the smallest strength sold."""
    from bot.domain.records import ExtraDose
    from tests.unit.domain.test_summary import at, day

    doses = (
        ExtraDose("Norco", "hydrocodone/acetaminophen", at(day(2), 7), 5, "mg", 2),
        ExtraDose("Tylenol", "acetaminophen", at(day(2), 7), count=1),
        ExtraDose("Tylenol", "acetaminophen", at(day(3), 9), 500, "mg", 1),
    )
    s = weekly_summary(History(zone=LONDON, extra_doses=doses), end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages]
    assert "paracetamol at least 975 mg (Wed 13 May, label max 4,000 mg)" in pages[0]
    text = " ".join(pages)
    assert "Wed 13 May ≥ 975 mg" in text and "Thu 14 May 500 mg" in text
    assert "≥: at least" in text


def test_the_mme_notes_speak_of_the_patient_to_the_doctor() -> None:
    """ "counted at your own maximum per day" on the doctor's page (Sandbox, London)."""
    s = fixture_summary()  # tramadol as needed, own maximum 2 a day, no usual amount
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    text = " ".join(
        " ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(data)).pages
    )
    assert "counted at the patient's own maximum per day" in text
    assert "your own maximum" not in text
