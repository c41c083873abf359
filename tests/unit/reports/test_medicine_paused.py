"""One medicine paused on purpose (its Pause button), as a dated fact: the chat summary,
the report and the export say it, and the low-adherence point says its doses then were
not counted, rather than leaving the doctor to read fewer doses with no reason."""

from __future__ import annotations

import csv
import io
import zipfile
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from bot.domain.records import History, MedicinePaused, RemindersPaused
from bot.domain.summary import Summary, med_pause_line, pause_days, pause_words, weekly_summary
from bot.reports.csv_export import export_zip
from bot.reports.pdf import render_pdf
from bot.reports.text import discussion_line, summary_text
from tests.unit.domain.test_summary import END, LONDON, NOW, at, day, dose

Z = ZoneInfo(LONDON)
NAP = (4, "Naproxen", "naproxen")
#: Tue 12 May 10:00 to Fri 15 May 10:00, London: "for 3 days".
STOP = MedicinePaused("Naproxen 500 mg", at(day(1), 10), at(day(4), 10), at(day(4), 10))
SPAN = "Tue 12 May 10:00 – Fri 15 May 10:00 (3 days)"


def _summary(*pauses: MedicinePaused, taken: int = 6) -> Summary:
    """Naproxen at 08:00 on the days it was not paused; `taken` of them taken."""
    days = (0, 1, 4, 5, 6)
    doses = tuple(
        dose(*NAP, day(n), 8, "taken" if i < taken else "missed") for i, n in enumerate(days)
    )
    history = History(zone=LONDON, doses=doses, med_pauses=pauses)
    return weekly_summary(history, end_date=END, now=NOW)


def _pdf(s: Summary) -> str:
    data = render_pdf(s, patient_label="A.", generated_at=NOW)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_a_medicine_pause_is_said_dated_with_why_and_its_planned_end() -> None:
    assert pause_words(STOP, Z) == SPAN
    assert med_pause_line(STOP, Z) == f"Naproxen 500 mg paused by the patient: {SPAN}"
    told = MedicinePaused("Naproxen 500 mg", at(day(1), 10), reason="told_gp")
    assert med_pause_line(told, Z) == (
        "Naproxen 500 mg paused by the patient (told to stop for now by the GP): "
        "since Tue 12 May 10:00 (still paused)"
    )
    timed = MedicinePaused("Naproxen 500 mg", at(day(1), 10), planned=at(day(4), 10))
    assert pause_words(timed, Z) == (
        "since Tue 12 May 10:00 (still paused, set to resume Fri 15 May 10:00)"
    )


def test_a_pause_is_said_by_its_days() -> None:
    assert pause_days(STOP, Z) == "Tue 12 – Fri 15 May"
    assert pause_days(MedicinePaused("X", at(day(1), 9), at(day(1), 17)), Z) == "Tue 12 May"
    assert pause_days(RemindersPaused(at(day(1), 9)), Z) == "since Tue 12 May"


def test_only_medicine_pauses_touching_the_period_are_in_its_summary() -> None:
    old = MedicinePaused("Naproxen 500 mg", at(day(-9), 9), at(day(-8), 9))
    assert _summary(STOP, old).med_pauses == (STOP,)


def test_the_chat_summary_says_the_medicine_pause() -> None:
    text = summary_text(_summary(STOP))
    assert f"⏸ You paused Naproxen 500 mg: {SPAN} — its doses then aren't counted." in text
    assert "⏸" not in summary_text(_summary())


def test_low_adherence_says_the_pause_and_that_its_doses_were_not_counted() -> None:
    s = _summary(STOP, taken=2)
    [point] = [p for p in s.discuss if p.code == "low_adherence"]
    assert discussion_line(point, Z) == (
        "2 of 5 scheduled doses were taken (40%). Not counted: doses while paused on "
        "purpose (Naproxen 500 mg, Tue 12 – Fri 15 May)."
    )
    # and a pause of all reminders the same way
    stay = RemindersPaused(at(day(1), 10), at(day(4), 10))
    history = History(
        zone=LONDON,
        doses=tuple(dose(*NAP, day(n), 8, "missed") for n in (0, 5)),
        pauses=(stay,),
        med_pauses=(STOP,),
    )
    both = weekly_summary(history, end_date=END, now=NOW)
    [point] = [p for p in both.discuss if p.code == "low_adherence"]
    assert discussion_line(point, Z).endswith(
        "(all reminders, Tue 12 – Fri 15 May; Naproxen 500 mg, Tue 12 – Fri 15 May)."
    )
    plain = [p for p in _summary(taken=2).discuss if p.code == "low_adherence"]
    assert discussion_line(plain[0], Z) == "2 of 5 scheduled doses were taken (40%)."


def test_the_report_says_the_medicine_pause_on_the_first_page_and_in_the_details() -> None:
    pdf = _pdf(_summary(STOP))
    assert pdf.count(f"Naproxen 500 mg paused by the patient: {SPAN}") == 2, pdf
    assert pdf.count("Doses not due while a medicine was paused are not counted") == 2
    assert "paused by the patient" not in _pdf(_summary())


def test_the_export_lists_each_medicine_pause() -> None:
    still = MedicinePaused("Naproxen 500 mg", at(day(5), 10), planned=at(day(6), 10))
    history = History(zone=LONDON, med_pauses=(STOP, still))
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as z:
        rows = list(csv.reader(io.StringIO(z.read("pauses.csv").decode("utf-8"))))
    assert rows[1:] == [
        [
            "Naproxen 500 mg paused by the patient",
            "2026-05-12T10:00:00+01:00",
            "2026-05-15T10:00:00+01:00",
            "3 days",
        ],
        [
            "Naproxen 500 mg paused by the patient",
            "2026-05-16T10:00:00+01:00",
            "still paused, set to resume 2026-05-17T10:00:00+01:00",
            "",
        ],
    ]
