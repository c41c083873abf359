"""The report of a diary younger than its period: every "of N days" counts the diary's
days, and the header says when it began (Sandbox, Sydney S3-8; clinician-review §1.2.9)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader

from bot.domain.records import ExtraDose, History, PainReport
from bot.domain.summary import Summary, weekly_summary
from bot.reports.pdf import render_pdf
from tests.unit.domain.test_summary import _Z, END, LONDON, NOW, at, day


def _text(s: Summary) -> str:
    data = render_pdf(s, patient_label="G.", generated_at=NOW)
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def _week_old() -> History:
    # First contact Mon 11 May 09:00; pain on Mon, Tue, Wed, Fri, Sat (5 of the 7 days),
    # tramadol on Tue (1) and Fri (2): a 30-day report has 7 diary days, not 30.
    pain = tuple(PainReport(at(day(n), 10), 5) for n in (0, 1, 2, 4, 5))
    tramadol = (
        ExtraDose("Tramadol", "tramadol", at(day(1), 12), 50, "mg", 1),
        ExtraDose("Tramadol", "tramadol", at(day(4), 12), 50, "mg", 2),
    )
    return History(zone=LONDON, started=at(day(0), 9), pain=pain, extra_doses=tramadol)


def test_a_thirty_day_report_of_a_week_old_diary_counts_its_seven_days() -> None:
    s = weekly_summary(_week_old(), end_date=END, days=30, now=NOW)
    assert (s.days, s.days_covered, s.detail.days_with_data) == (30, 7, 5)
    text = _text(s)
    assert "Data: Mon 11 – Sat 16 May 2026 (5 of 7 days with entries, since the diary " in text
    assert "began Mon 11 May)" in text
    assert "rated on 5 of 7 days" in text
    assert "Tramadol: 2 of 7 days" in text
    assert "opioid taken on 2 of 7 days" in text
    assert "Opioid as taken: on 2 of 7 days" in text
    assert "of 30 days" not in text


def test_a_diary_older_than_the_period_counts_the_whole_period() -> None:
    h = dataclasses.replace(_week_old(), started=dt.datetime(2026, 1, 5, 9, tzinfo=_Z))
    s = weekly_summary(h, end_date=END, days=30, now=NOW)
    assert s.days_covered == 30
    text = _text(s)
    assert "(5 of 30 days with entries)" in text and "diary began" not in text
    assert "rated on 5 of 30 days" in text


def test_a_short_previous_period_says_its_days_or_is_not_compared() -> None:
    # The week before the fixture week: first contact Fri 8 May, rated 7 on Fri, Sat, Sun
    # (7.0 on 3 days) → compared, with its count; rated on Sun alone → not compared.
    before = tuple(PainReport(at(day(-n), 10), 7) for n in (1, 2, 3))
    h = dataclasses.replace(_week_old(), started=at(day(-3), 9), pain=before + _week_old().pain)
    text = _text(weekly_summary(h, end_date=END, now=NOW))
    assert "previous 7 days 7.0 (-2.0, -29%; 3 days rated)" in text
    h = dataclasses.replace(h, started=at(day(-1), 9), pain=before[:1] + _week_old().pain)
    text = _text(weekly_summary(h, end_date=END, now=NOW))
    assert "previous 7 days (1 day rated): too few to compare" in text
