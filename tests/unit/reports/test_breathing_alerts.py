"""A warning of breathing trouble given in the chat (sleepiness or confusion on two
medicines that slow the brain) is a dated alert on the report's first page and a line
for the doctor in the weekly summary (Sandbox, London: the PDF said "No red flags" under
Alerts and showed only "drowsiness, confusion" under side effects)."""

from __future__ import annotations

import io

from pypdf import PdfReader

from bot.domain.records import BreathingWarning, History, SideEffectReport
from bot.domain.summary import weekly_summary
from bot.reports.first_page import breathing_lines
from bot.reports.pdf import render_pdf
from bot.reports.text import summary_text
from bot.storage.records import WARNED, warning_of
from tests.unit.domain.test_summary import END, LONDON, NOW, at, day

SAID = "she was very sleepy and confused after her tablets tonight"
WARNED_CARER = BreathingWarning("Gabapentin", "Co-codamol (paracetamol/codeine)", carer=True)


def _history(*effects: SideEffectReport) -> History:
    return History(zone=LONDON, side_effects=effects)


def _first_page(history: History) -> str:
    s = weekly_summary(history, end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    return " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())


def test_only_a_warned_side_effect_of_the_period_is_an_alert() -> None:
    history = _history(
        SideEffectReport(at(day(0), 22), ("drowsiness", "confusion"), SAID, warned=WARNED_CARER),
        SideEffectReport(at(day(1), 9), ("nausea",), "a bit sick"),
        SideEffectReport(at(day(-3), 22), ("confusion",), "muddled", warned=WARNED_CARER),
    )
    alerts = weekly_summary(history, end_date=END, now=NOW).breathing_alerts
    assert len(alerts) == 1
    a = alerts[0]
    assert (a.at.hour, a.at.minute, a.at.date()) == (22, 0, day(0))
    assert (a.first, a.second, a.carer, a.words) == (
        "Gabapentin",
        "Co-codamol (paracetamol/codeine)",
        True,
        SAID,
    )


def test_the_alert_line_says_when_what_on_which_what_was_told_and_whose_words() -> None:
    s = weekly_summary(
        _history(
            SideEffectReport(at(day(0), 22), ("drowsiness", "confusion"), SAID, warned=WARNED_CARER)
        ),
        end_date=END,
        now=NOW,
    )
    (line,) = breathing_lines(s)
    assert line.startswith("Mon 11 May 22:00 Sedation signs: drowsiness, confusion on Gabapentin")
    assert "+ Co-codamol (paracetamol/codeine)" in line
    assert "told to get medical help right away" in line and "FDA 2016, 2019)" in line
    assert f"carer's words: “{SAID}”" in line
    # the doctor is not addressed, nor advised
    assert not any(w in f" {line} " for w in (" you ", " your ", " should "))


def test_the_patients_own_words_are_said_as_theirs() -> None:
    own = BreathingWarning("Tramadol", "Pregabalin")
    s = weekly_summary(
        _history(SideEffectReport(at(day(2), 21, 40), ("confusion",), "very drowsy", warned=own)),
        end_date=END,
        now=NOW,
    )
    (line,) = breathing_lines(s)
    assert "patient's words: “very drowsy”" in line and "carer" not in line


def test_page_one_alerts_list_it_and_no_longer_say_there_is_nothing() -> None:
    first = _first_page(
        _history(
            SideEffectReport(at(day(0), 22), ("drowsiness", "confusion"), SAID, warned=WARNED_CARER)
        )
    )
    alerts = first.split("Alerts", 1)[1].split("Regimen and changes", 1)[0]
    assert "Mon 11 May 22:00 Sedation signs: drowsiness, confusion" in alerts
    assert "signs of breathing trouble" in alerts and "carer's words" in alerts
    assert "No red flags" not in first


def test_without_a_warning_the_alerts_still_say_there_is_nothing() -> None:
    first = _first_page(_history(SideEffectReport(at(day(0), 22), ("drowsiness",), "sleepy")))
    assert "No red flags and no labelled or set maximum passed" in first
    assert "Sedation signs" not in first


def test_the_weekly_summary_lists_it_for_the_doctor() -> None:
    s = weekly_summary(
        _history(
            SideEffectReport(at(day(0), 22), ("drowsiness", "confusion"), SAID, warned=WARNED_CARER)
        ),
        end_date=END,
        now=NOW,
    )
    said = summary_text(s)
    block = said.split("🩺 Things you told me that need a doctor's attention:", 1)[1]
    line = block.strip().splitlines()[0]
    assert line.startswith("• Drowsiness and confusion on Gabapentin and Co-codamol")
    assert "a possible sign of breathing trouble (Mon 11 May)" in line
    assert "your carer wrote “she was very sleepy" in line  # (a carer told it)


def test_the_warning_kept_in_a_records_data_reads_back() -> None:
    data = {"effects": ["confusion"], WARNED: {"first": "Tramadol", "second": "Lyrica"}}
    assert warning_of(data) == BreathingWarning("Tramadol", "Lyrica", False)
    assert warning_of({"effects": ["confusion"]}) is None
    assert warning_of({WARNED: {"first": "Tramadol"}}) is None
    assert warning_of({WARNED: "yes"}) is None


def test_the_export_has_the_warning_beside_the_side_effect() -> None:
    import csv
    import zipfile

    from bot.reports.csv_export import export_zip

    history = _history(
        SideEffectReport(at(day(0), 22), ("drowsiness", "confusion"), SAID, warned=WARNED_CARER)
    )
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("symptoms.csv").decode("utf-8-sig"))))
    assert [r["kind"] for r in rows] == ["side effect", "side effect", "warning given"]
    assert "signs of breathing trouble" in rows[2]["value"]
    assert rows[2]["patient's words or detail"] == "Gabapentin + Co-codamol (paracetamol/codeine)"
