"""A medicine paused on a clinician's word, on the doctor's report: the day it was paused
and why (Sandbox, Dublin: "(paused)" alone, so the GP could not tell when or why)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import zipfile

from pypdf import PdfReader

from bot.domain.records import History, RegimenEntry
from bot.domain.states import PauseReason
from bot.domain.summary import Summary, weekly_summary
from bot.reports.csv_export import export_zip
from bot.reports.pdf import render_pdf
from bot.reports.text import paused_tail, summary_text
from tests.unit.domain.test_summary import END, LONDON, NOW, STARTED, at, day, dose

DIC = (5, "Diclofenac", "diclofenac")
#: Wednesday 13 May, 11:00 local: after the out-of-hours visit.
PAUSED_AT = at(day(2), 11)


def _history(paused_at: dt.datetime | None, reason: str | None) -> History:
    entry = RegimenEntry(
        5, "Diclofenac", "diclofenac", 50, "mg", (dt.time(8), dt.time(18)), False, None,
        STARTED, None, paused=True, paused_at=paused_at, pause_reason=reason,
    )  # fmt: skip
    doses = (
        dose(*DIC, day(0), 8, "taken"),
        dose(*DIC, day(0), 18, "taken"),
        dose(*DIC, day(1), 8, "taken"),
        dose(*DIC, day(1), 18, "taken"),
        dose(*DIC, day(2), 8, "taken"),
    )
    return History(zone=LONDON, regimen=(entry,), doses=doses)


def _summary(paused_at: dt.datetime | None, reason: str | None) -> Summary:
    return weekly_summary(_history(paused_at, reason), end_date=END, now=NOW)


def _pdf(s: Summary) -> str:
    data = render_pdf(s, patient_label="A.", generated_at=NOW)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return " ".join(text.split())


def test_the_report_says_the_day_and_the_reason_of_the_pause() -> None:
    s = _summary(PAUSED_AT, PauseReason.OUT_OF_HOURS)
    (v,) = s.regimen
    assert v.paused_on == day(2)
    said = "paused Wed 13 May (told to stop for now by the out-of-hours doctor)"
    assert paused_tail(v) == f" — {said}"
    pdf = _pdf(s)
    # the first page's regimen and the details' every version both say it
    assert pdf.count(said) == 2, pdf
    assert "Diclofenac 50 mg (paused Wed 13 May): 5/5" in pdf


def test_the_adherence_row_carries_the_day_of_the_pause() -> None:
    a = _summary(PAUSED_AT, PauseReason.OUT_OF_HOURS).adherence
    (m,) = a.per_medication
    assert (m.scheduled, m.taken, m.missed) == (5, 5, 0)
    assert m.paused_on == day(2)


def test_a_pause_with_no_reason_said_gives_the_day_alone() -> None:
    s = _summary(PAUSED_AT, None)
    assert paused_tail(s.regimen[0]) == " — paused Wed 13 May"
    pdf = _pdf(s)
    assert "paused Wed 13 May" in pdf and "told to stop" not in pdf


def test_a_pause_from_before_its_day_was_kept_still_says_paused() -> None:
    s = _summary(None, None)
    assert paused_tail(s.regimen[0]) == " (paused)"
    assert "(since Thu 1 Jan) (paused)" in _pdf(s)


def test_a_medicine_that_runs_says_nothing_of_a_pause() -> None:
    running = dataclasses.replace(_history(None, None).regimen[0], paused=False)
    s = weekly_summary(History(zone=LONDON, regimen=(running,)), end_date=END, now=NOW)
    assert paused_tail(s.regimen[0]) == ""
    assert "paused" not in _pdf(s)


def test_the_weekly_summary_says_the_day_beside_its_doses() -> None:
    text = summary_text(_summary(PAUSED_AT, PauseReason.OUT_OF_HOURS))
    assert "• Diclofenac 50 mg (paused Wed 13 May): 5 of 5 (100%)" in text


def test_the_export_says_when_and_why() -> None:
    history = _history(PAUSED_AT, PauseReason.GP)
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as zf:
        (row,) = csv.DictReader(io.StringIO(zf.read("regimen.csv").decode("utf-8")))
    assert row["paused"] == "yes"
    assert row["paused at"] == "2026-05-13T11:00:00+01:00"
    assert row["pause reason"] == "told to stop for now by the GP"
