"""All reminders paused (/pause, a hospital stay) as a dated fact beside adherence: a
paused day has no doses due, so "100%" read over the gap with nothing said of it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.domain.records import History, RemindersPaused
from bot.domain.summary import Summary, pause_length, pause_line, pause_words, weekly_summary
from bot.reports.csv_export import export_zip
from bot.reports.pdf import render_pdf
from bot.reports.text import summary_text
from tests.unit.domain.test_summary import END, LONDON, NOW, at, day, dose

Z = ZoneInfo(LONDON)
DIA = (3, "Diazepam", "diazepam")
#: Wed 13 May 09:10 to Fri 15 May 17:30, London.
STAY = RemindersPaused(at(day(2), 9, 10), at(day(4), 17, 30))
SPAN = "Wed 13 May 09:10 – Fri 15 May 17:30 (2 days)"


def _summary(*pauses: RemindersPaused) -> Summary:
    doses = tuple(dose(*DIA, day(n), 8, "taken") for n in (0, 1, 2, 5, 6))
    history = History(zone=LONDON, doses=doses, pauses=pauses)
    return weekly_summary(history, end_date=END, now=NOW)


def _pdf(s: Summary) -> str:
    data = render_pdf(s, patient_label="A.", generated_at=NOW)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_a_pause_is_said_with_its_days_and_times() -> None:
    assert pause_words(STAY, Z) == SPAN
    assert pause_line(STAY, Z) == f"Reminders paused by the patient: {SPAN}"
    still = RemindersPaused(at(day(2), 9, 10))
    assert pause_words(still, Z) == "since Wed 13 May 09:10 (still paused)"


def test_a_pause_length_is_days_from_a_day_on_else_hours() -> None:
    start = at(day(0), 8)
    assert pause_length(start, start + dt.timedelta(minutes=20)) == "under an hour"
    assert pause_length(start, start + dt.timedelta(hours=1)) == "1 hour"
    assert pause_length(start, start + dt.timedelta(hours=5, minutes=40)) == "6 hours"
    assert pause_length(start, start + dt.timedelta(hours=30)) == "1 day"
    assert pause_length(start, start + dt.timedelta(days=2, hours=8)) == "2 days"


def test_only_pauses_touching_the_period_are_in_its_summary() -> None:
    before = RemindersPaused(at(day(-5), 9), at(day(-3), 9))
    into = RemindersPaused(at(day(-2), 9), at(day(0), 7))  # ended on its first day
    still = RemindersPaused(at(day(-20), 9))  # begun long before, never resumed
    s = _summary(STAY, before, into, still)
    assert s.pauses == (still, into, STAY)


def test_the_chat_summary_says_the_pause_beside_adherence() -> None:
    text = summary_text(_summary(STAY))
    assert "5 of 5 taken (100%, of the doses due while reminders were on)" in text, text
    assert f"⏸ You paused reminders: {SPAN}" in text
    plain = summary_text(_summary())
    assert "5 of 5 taken (100%)" in plain and "⏸" not in plain


def test_the_report_says_the_pause_on_the_first_page_and_in_the_details() -> None:
    pdf = _pdf(_summary(STAY))
    assert pdf.count(f"Reminders paused by the patient: {SPAN}") == 2, pdf
    assert pdf.count("Counts are of the doses due while reminders were on") == 2
    assert "days with entries; reminders paused Wed 13 – Fri 15 May)" in pdf, pdf
    assert "Reminders paused" not in _pdf(_summary())


def test_the_export_lists_each_pause() -> None:
    still = RemindersPaused(at(day(5), 10))
    history = History(zone=LONDON, pauses=(STAY, still))
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as z:
        rows = list(csv.reader(io.StringIO(z.read("pauses.csv").decode("utf-8"))))
    assert rows == [
        ["what", "paused at", "resumed at", "length"],
        [
            "Reminders paused by the patient",
            "2026-05-13T09:10:00+01:00",
            "2026-05-15T17:30:00+01:00",
            "2 days",
        ],
        ["Reminders paused by the patient", "2026-05-16T10:00:00+01:00", "still paused", ""],
    ]
