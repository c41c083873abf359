"""The three renderings of the fixture week: chat text, chart PNG, clinician PDF, CSV zip."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import re
import struct
import zipfile
from functools import cache
from zoneinfo import ZoneInfo

import matplotlib.pyplot as plt
import pytest
from pypdf import PdfReader

from bot.domain.records import (
    History,
    MoodReport,
    NoteReport,
    RedFlagReport,
    SideEffectReport,
)
from bot.domain.summary import Summary, weekly_summary
from bot.reports.chart import HEIGHT_PX, WIDTH_PX, render_chart
from bot.reports.csv_export import FILES, export_zip
from bot.reports.pdf import FOOTER, render_pdf
from bot.reports.text import period_label, summary_text
from tests.unit.domain.test_summary import END, NOW, fixture_history

LONDON = ZoneInfo("Europe/London")
BANNED = re.compile(r"emergency|crisis|take more|take less|stop taking|increase|reduce", re.I)
REGIMEN_LINES = [
    "Ibuprofen 400 mg at 08:00 and 17:00",
    "Duloxetine 60 mg at 21:00",
    "Tramadol 50 mg as needed, up to 2 a day",
    "Ĳssel-Lösung 5 ml — Ωmega",  # any script must render
]


@cache
def summary() -> Summary:
    return weekly_summary(fixture_history(), end_date=END, now=NOW)


@cache
def empty() -> Summary:
    return weekly_summary(History(zone="Europe/London"), end_date=END, now=NOW)


@cache
def pdf_text() -> str:
    data = render_pdf(
        summary(), patient_label="J.Ø.", regimen_lines=REGIMEN_LINES, generated_at=NOW
    )
    assert data.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(data))
    # Sleep, notes and the daily ingredient totals joined the report (issue 13); the
    # one-page clinician layout is issue 20's.
    assert 1 <= len(reader.pages) <= 3
    return "\n".join(page.extract_text() for page in reader.pages)


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# ------------------------------------------------------------------------ text


def test_text_has_the_numbers_and_no_alarm_words() -> None:
    text = summary_text(summary())
    for expected in (
        "Mon 11 – Sun 17 May",
        "13 of 19 taken (68%)",
        "Ibuprofen 400 mg: 8 of 13 (62%) · 2 skipped · 3 no answer",
        "usual reason for skipping: felt sick",
        "Tramadol: 4 times, 250 mg in all; most in a day: 3 × 50 mg (Wed 13 May)",
        "average 5.5 out of 10 (range 3–8)",
        "Up 2.0 from 3.5 the week before (3 days rated).",
        "PEG score: 5.7",
        "nausea (3 days)",
        "need a doctor's attention",
        "weakness or loss of feeling in the legs (Thu 14 May)",
        # What was taken (3 × 50 mg tramadol on Wed = 30 MME) beside the set maximum.
        "Opioids taken: up to 30 MME in a day (Wed 13 May), on 3 of 7 days",
        "your set maximum comes to about 20 MME a day",
        "2 doses still to come",
    ):
        assert expected in text, expected
    assert not BANNED.search(text)
    warnings = text.split("Worth knowing about your medicines:")[1].split("\n\n")[0]
    # each pair in one line (told in full when it came up), the section closing with whom to ask
    assert warnings.split("\n")[1:] == [
        "• Tramadol with duloxetine: risk of serotonin syndrome and seizures.",
        "• Ibuprofen with duloxetine: higher risk of bleeding.",
        "Please talk to your doctor or pharmacist.",
    ]
    assert (
        text.count("weakness or loss of feeling in the legs") == 1
    )  # not repeated in the discussion list
    assert len(text) < 3000  # one Telegram message (limit 4096)


def test_text_for_a_user_without_data() -> None:
    text = summary_text(empty())
    assert "Nothing recorded yet" in text and not BANNED.search(text)


# ----------------------------------------------------------------------- chart


def test_chart_is_a_phone_sized_png_and_leaks_no_figure() -> None:
    before = len(plt.get_fignums())
    png = render_chart(summary(), title="Your week")
    assert _png_size(png) == (WIDTH_PX, HEIGHT_PX) == (1200, 800)
    assert _png_size(render_chart(empty(), title="Nothing yet")) == (1200, 800)
    assert len(plt.get_fignums()) == before


# ------------------------------------------------------------------------- pdf


def test_pdf_contains_the_figures() -> None:
    text = pdf_text()
    squashed = " ".join(text.split())
    for expected in (
        "J.Ø.",
        "Data: Mon 11 – Sun 17 May 2026",
        "13 / 19",  # adherence, all
        "68%",
        "8 / 13",
        "62%",
        "5 / 6",
        "83%",
        "felt sick",
        "mean of daily means 5.5, range 3–8",
        "previous 7 days 3.5 (+2.0, +57%; 3 days rated)",
        "5.7",  # PEG
        "nausea: 3 days, 4 reports",
        "weakness or loss of feeling in the legs",
        "20 MME/day",
        "CDC Clinical Practice Guideline",
        "Ĳssel-Lösung",
        FOOTER,
    ):
        assert expected in squashed, expected
    # Written for the doctor: nothing addressed to the patient, no bot apologies.
    assert "talk to your doctor" not in squashed and "I don't recognise" not in squashed


def test_pdf_for_a_user_without_data() -> None:
    data = render_pdf(empty(), patient_label="", regimen_lines=[], generated_at=NOW)
    text = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "No entries in Mon 11 – Sun 17 May 2026" in text
    assert "No scheduled doses due in this period." in text and "no ratings" in text


# ------------------------------------------------------------------------- csv


def _read(zf: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(zf.read(name).decode("utf-8"))))


def test_csv_export_has_every_dose_and_local_times() -> None:
    history = fixture_history()
    data = export_zip(history, zone="Europe/London")
    assert data == export_zip(history, zone="Europe/London")  # reproducible
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert tuple(zf.namelist()) == FILES
        doses = _read(zf, "doses.csv")
        scheduled = [d for d in doses if d["kind"] == "scheduled"]
        as_needed = [d for d in doses if d["kind"] == "as needed"]
        extra = [d for d in doses if d["kind"] == "extra"]
        assert len(scheduled) == len(history.doses)
        assert len(as_needed) + len(extra) == len(history.extra_doses)
        # Told apart as the summary and the report tell them: tramadol is taken as needed,
        # the extra ibuprofen is of a medicine taken on a schedule.
        assert {d["medication"] for d in as_needed} == {"Tramadol"}
        assert {d["medication"] for d in extra} == {"ibuprofen"}  # as logged with /took
        assert {(d["medication"], d["due at"]) for d in scheduled} == {
            (d.name, d.due_at.astimezone(LONDON).isoformat(timespec="seconds"))
            for d in history.doses
        }
        first = next(d for d in scheduled if d["due at"] == "2026-05-11T08:00:00+01:00")
        assert first["status"] == "taken" and first["medication"] == "Ibuprofen"
        skip = next(d for d in scheduled if d["skip reason"] == "felt sick")
        assert skip["status"] == "skipped"
        assert any(d["count"] == "2" and d["amount"] == "50" for d in as_needed)
        pain = _read(zf, "pain.csv")
        assert len(pain) == len(history.pain)
        assert pain[0]["at"].endswith("+01:00") or pain[0]["at"].endswith("+00:00")
        symptoms = _read(zf, "symptoms.csv")
        kinds = {r["kind"] for r in symptoms}
        assert kinds == {"side effect", "red flag"}
        assert sum(r["kind"] == "side effect" for r in symptoms) == 6  # 1 + 2 + 1 + 2
        regimen = _read(zf, "regimen.csv")
        assert [r["medication"] for r in regimen] == ["Ibuprofen", "Duloxetine", "Tramadol"]
        assert regimen[0]["times"] == "08:00 17:00"
        assert len(_read(zf, "peg.csv")) == 2


def test_what_came_after_an_alarm_is_no_red_flag_row_of_its_own() -> None:
    """Sandbox, Phoenix: "back from the neurosurgeon …" two days after the alarm was a
    "red flag" row on the day of the visit, read as numbness reported that day."""
    alarm = RedFlagReport(NOW, ("saddle_numbness",), "numb down there when i wipe")
    after = RedFlagReport(
        NOW + dt.timedelta(days=2),
        ("saddle_numbness",),
        "back from the neurosurgeon",
        handled=True,
        followup=True,
    )
    history = History(zone="UTC", red_flags=(alarm, after))
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as zf:
        rows = _read(zf, "symptoms.csv")
    assert [r["kind"] for r in rows] == ["red flag", "after a red flag"]
    assert rows[1]["patient's words or detail"] == "back from the neurosurgeon"


def test_csv_defuses_spreadsheet_formulas() -> None:
    history = History(zone="UTC", notes=(NoteReport(NOW, '=HYPERLINK("x")'),))
    with zipfile.ZipFile(io.BytesIO(export_zip(history))) as zf:
        (row,) = _read(zf, "symptoms.csv")
    assert row["value"] == '\'=HYPERLINK("x")' and row["at"] == "2026-05-17T17:00:00+00:00"


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Kolkata"])
def test_csv_times_use_the_given_zone(zone: str) -> None:
    with zipfile.ZipFile(io.BytesIO(export_zip(fixture_history(), zone=zone))) as zf:
        offsets = {r["at"][-6:] for r in _read(zf, "pain.csv")}
    assert offsets == ({"-04:00"} if zone == "America/New_York" else {"+05:30"})


def test_period_label_across_months_and_years() -> None:
    h = History(zone="Europe/London")
    span = weekly_summary(h, end_date=dt.date(2026, 5, 3), now=NOW)
    assert period_label(span) == "Mon 27 Apr – Sun 3 May"
    new_year = weekly_summary(h, end_date=dt.date(2027, 1, 3), now=NOW)
    assert period_label(new_year) == "Mon 28 Dec 2026 – Sun 3 Jan 2027"


def test_an_opioid_that_cannot_be_counted_is_not_shown_as_zero_mme() -> None:
    import dataclasses

    from bot.domain.safety import MmeLine
    from bot.domain.summary import MmeSummary

    # Norco as needed with no daily maximum: no line can be counted.
    line = MmeLine("hydrocodone", "Norco", None, 1.0, None, "amount missing")
    s = dataclasses.replace(summary(), mme=MmeSummary(0.0, (line,), (), False, ()))
    text = summary_text(s)
    assert "0 MME" not in text
    assert "couldn't count the MME a day" in text
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "total not computed" in pdf and "0 MME/day" not in pdf


def test_names_typed_in_lower_case_read_as_names() -> None:
    s = summary()
    lowered = dataclasses.replace(
        s,
        adherence=dataclasses.replace(
            s.adherence,
            per_medication=tuple(
                dataclasses.replace(m, name=m.name.lower()) for m in s.adherence.per_medication
            ),
        ),
        as_needed=tuple(dataclasses.replace(u, name=u.name.lower()) for u in s.as_needed),
    )
    text = summary_text(lowered)
    assert "• Ibuprofen 400 mg: 8 of 13" in text and "• Tramadol: 4 times" in text


def test_doses_of_no_strength_are_counted_in_tablets() -> None:
    # "• Paracetamol: 1 time, 2 in all" left the reader guessing what the 2 was.
    from bot.domain.records import ExtraDose
    from tests.unit.domain.test_summary import LONDON, at, day

    history = History(
        zone=LONDON,
        extra_doses=(
            ExtraDose("paracetamol", "acetaminophen", at(day(1), 10), count=2),
            ExtraDose("Flexeril", "cyclobenzaprine", at(day(2), 11), count=0.5),
        ),
    )
    text = summary_text(weekly_summary(history, end_date=END, now=NOW))
    assert "• Paracetamol: 1 time, 2 tablets in all" in text
    assert "• Flexeril: 1 time, 0.5 tablets in all" in text


@pytest.mark.parametrize(
    ("zone", "word"), [("Europe/London", "paracetamol"), ("America/Chicago", "acetaminophen")]
)
def test_the_report_names_the_ingredient_as_the_doctor_knows_it(zone: str, word: str) -> None:
    # A London doctor reads paracetamol; the knowledge file's acetaminophen is the US name.
    from bot.domain.records import ExtraDose
    from tests.unit.domain.test_summary import at, day

    history = History(
        zone=zone,
        extra_doses=(
            ExtraDose("Co-codamol", "codeine/acetaminophen", at(day(1), 10), 500.0, "mg", 2),
            ExtraDose("Panadol", "acetaminophen", at(day(1), 14), 500.0, "mg", 2),
        ),
    )
    week = weekly_summary(history, end_date=END, now=NOW)
    data = render_pdf(week, patient_label="M.", generated_at=NOW)
    text = " ".join(
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split()
    ).lower()
    other = "acetaminophen" if word == "paracetamol" else "paracetamol"
    assert word in text and other not in text


def test_the_chart_shows_as_needed_doses_only_when_there_are_any() -> None:
    import datetime as dt

    import matplotlib.pyplot as plt

    from bot.domain.summary import DayPoint
    from bot.reports.chart import draw_daily

    def legend(days: list[DayPoint]) -> list[str]:
        fig = plt.figure()
        try:
            draw_daily(fig, fig.add_subplot(), days)
            return [t.get_text() for t in fig.legends[0].get_texts()]
        finally:
            plt.close(fig)

    monday = dt.date(2026, 12, 7)
    scheduled = [DayPoint(monday, 5.0, 1, 0, 0)]
    assert "As-needed tablets" not in legend(scheduled)
    # Found living it: two tylenol and a tramadol a day were nowhere on the chart.
    with_extra = [DayPoint(monday, 5.0, 1, 0, 0, as_needed=2)]
    assert legend(with_extra) == [
        "Pain (daily average)",
        "Scheduled doses taken",
        "Missed or skipped",
        "As-needed tablets",
    ]


def test_doses_taken_only_in_part_are_said_on_both_pages() -> None:
    """Two ibuprofen doses taken as ½: counted as taken, and said to be parts on the
    first page's line and in the details' adherence note."""
    from dataclasses import replace

    history = fixture_history()
    halves = {0, 2}  # Mon 08:00 and Tue 08:00, both taken
    doses = tuple(
        replace(d, units_taken=0.5) if i in halves else d for i, d in enumerate(history.doses)
    )
    assert all(doses[i].status == "taken" for i in halves)
    week = weekly_summary(replace(history, doses=doses), end_date=END, now=NOW)
    data = render_pdf(week, patient_label="J.", regimen_lines=[], generated_at=NOW)
    pages = PdfReader(io.BytesIO(data)).pages
    text = " ".join("\n".join(p.extract_text() for p in pages).split())
    assert "Ibuprofen 400 mg: 8/13 (62%), 2 of them only in part;" in text
    assert "Taken only in part (counted as taken): Ibuprofen 400 mg, 2 doses." in text
    assert "only in part" not in " ".join(pdf_text().split())


def test_buprenorphine_alone_says_why_it_has_no_mme() -> None:
    # Found living it: a Butrans patch alone was "I couldn't count the MME a day (the
    # strength or the number per day is missing)", which sends the doctor looking for a
    # strength the record has; the CDC table leaves buprenorphine out by design.
    import dataclasses

    from bot.domain.safety import MmeLine
    from bot.domain.summary import MmeSummary
    from bot.knowledge import mme_guidance

    note = mme_guidance().note_buprenorphine
    line = MmeLine("buprenorphine", "Butrans", None, None, None, "not counted")
    s = dataclasses.replace(summary(), mme=MmeSummary(0.0, (line,), (note,), False, ()))
    text = summary_text(s)
    assert "strength or the number per day is missing" not in text
    assert "Opioids: Buprenorphine is not counted: the CDC 2022 MME table" in text


def test_buprenorphine_line_in_the_pdf_says_not_counted_once() -> None:
    import dataclasses

    from bot.domain.safety import MmeLine
    from bot.domain.summary import MmeSummary
    from bot.knowledge import mme_guidance

    note = mme_guidance().note_buprenorphine
    line = MmeLine("buprenorphine", "Butrans (buprenorphine)", None, None, None, "not counted")
    s = dataclasses.replace(summary(), mme=MmeSummary(0.0, (line,), (note,), False, ()))
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "Butrans (buprenorphine): not counted" in pdf
    assert "not counted (not counted)" not in pdf


def test_an_as_needed_opioid_none_taken_and_no_maximum_reads_as_such() -> None:
    import dataclasses

    from bot.domain.safety import NO_DAILY_MAXIMUM, MmeLine
    from bot.domain.summary import MmeSummary

    line = MmeLine("codeine", "Co-codamol", None, 0.15, None, NO_DAILY_MAXIMUM)
    s = dataclasses.replace(summary(), mme=MmeSummary(0.0, (line,), (), False, ()))
    text = summary_text(s)
    assert "none taken this week (as needed, with no daily maximum set" in text
    assert "is missing" not in text
    data = render_pdf(s, patient_label="J.", regimen_lines=[], generated_at=NOW)
    pdf = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "as needed, no daily maximum set" in pdf


def test_the_export_holds_the_moods_told() -> None:
    """ "feeling ok today", "mood 4/10, pretty low" were logged and in no CSV of the
    export (a sandbox week's Phoenix driver)."""
    import csv
    import io
    import zipfile

    from bot.domain.records import History, MoodReport
    from bot.reports.csv_export import export_zip

    at = dt.datetime(2026, 12, 7, 14, 55, tzinfo=dt.UTC)
    history = History(
        zone="America/Phoenix",
        moods=(MoodReport(at, ("ok",)), MoodReport(at, ("low",), 4.0)),
    )
    data = export_zip(history)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rows = list(csv.reader(io.StringIO(z.read("symptoms.csv").decode("utf-8-sig"))))
    assert rows[1:] == [
        ["2026-12-07T07:55:00-07:00", "mood", "ok", ""],
        ["2026-12-07T07:55:00-07:00", "mood", "low", "4/10"],
    ]


def test_a_fixed_offset_zone_heads_the_report_as_a_doctor_reads_it() -> None:
    # "Etc/GMT+5" is five hours *behind* UTC (POSIX's inverted sign): a doctor reading it
    # would place every time ten hours off.
    s = weekly_summary(History(zone="Etc/GMT+5"), end_date=END, now=NOW)
    data = render_pdf(s, patient_label="J.Ø.", regimen_lines=[], generated_at=NOW)
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "UTC-05:00" in first and "Etc/GMT" not in first


def _carer_history() -> History:
    """A week where the patient and a carer writing in their chat both told things."""
    at = dt.datetime(2026, 5, 16, 9, 0, tzinfo=dt.UTC)
    later = at + dt.timedelta(hours=3)
    return History(
        zone="UTC",
        red_flags=(
            RedFlagReport(at, ("trauma",), words="she fell over in the kitchen", carer=True),
        ),
        side_effects=(
            SideEffectReport(at, ("drowsiness",), words="she's very sleepy", carer=True),
            SideEffectReport(later, ("drowsiness",), words="so drowsy today"),
        ),
        moods=(MoodReport(at, ("low",), carer=True),),
        notes=(
            NoteReport(at, "she says her hip aches", carer=True),
            NoteReport(later, "physio helped"),
        ),
    )


def test_the_report_says_whose_words_it_quotes() -> None:
    # A daughter writing in her mother's chat ("this is Sarah, her daughter … she fell"):
    # the doctor must know who said it, not read it as the patient's own words.
    week = weekly_summary(_carer_history(), end_date=END, now=NOW)
    data = render_pdf(week, patient_label="M.", regimen_lines=[], generated_at=NOW)
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert "Red flag: back pain after a fall or an accident — carer's words: “she fell over" in pdf
    assert (
        "drowsiness: 1 day, 2 reports — patient's words: “so drowsy today”; carer's words: "
        "“she's very sleepy”" in pdf
    )
    assert "“she's very sleepy” (said by their carer); before:" in pdf
    assert "Mood told by their carer: Sat 16 May 09:00 low" in pdf
    assert "“she says her hip aches” (said by their carer)" in pdf
    assert "“physio helped” (said by" not in pdf
    # and the header says whose diary it is
    assert "from the chat entries of the patient and their carer" in pdf


def test_the_chat_summary_says_whose_words_it_quotes() -> None:
    # read back to the patient, a daughter's words are never "you wrote" (Sandbox, Sydney)
    said = summary_text(weekly_summary(_carer_history(), end_date=END, now=NOW))
    assert "your carer wrote “she fell over" in said
    assert "you wrote “she fell over" not in said
    assert "“she says her hip aches” (your carer)" in said
    assert "“physio helped” (your carer)" not in said


def test_a_diary_the_patient_alone_wrote_says_so() -> None:
    alone = History(
        zone="UTC", notes=(NoteReport(dt.datetime(2026, 5, 16, 9, tzinfo=dt.UTC), "ok"),)
    )
    week = weekly_summary(alone, end_date=END, now=NOW)
    assert not week.carer_wrote
    data = render_pdf(week, patient_label="M.", regimen_lines=[], generated_at=NOW)
    first = " ".join(PdfReader(io.BytesIO(data)).pages[0].extract_text().split())
    assert "from the patient's own chat entries" in first and "carer" not in first


def test_the_export_marks_what_a_carer_told() -> None:
    with zipfile.ZipFile(io.BytesIO(export_zip(_carer_history()))) as zf:
        rows = _read(zf, "symptoms.csv")
    said = {(r["kind"], r["patient's words or detail"]) for r in rows}
    assert ("note", "") in {(r["kind"], r["patient's words or detail"]) for r in rows}
    assert ("side effect", "so drowsy today") in said
    assert ("side effect", "she's very sleepy (said by their carer)") in said
    assert ("red flag", "she fell over in the kitchen (said by their carer)") in said
    notes = {r["value"] for r in rows if r["kind"] == "note"}
    assert notes == {"she says her hip aches (said by their carer)", "physio helped"}
