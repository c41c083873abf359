"""An extra dose of a scheduled medicine is said apart from as-needed use on every
rendering — summary text, PDF, chart, CSV — with the same numbers (Sandbox, Sydney S2-6:
"As-needed use: • Lyrica: 1 of 30 days" read as Lyrica being taken as needed)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle
from pypdf import PdfReader

from bot.domain.summary import DayPoint
from bot.reports.chart import draw_daily, render_chart
from bot.reports.csv_export import export_zip
from bot.reports.first_page import extra_doses_line
from bot.reports.pdf import render_pdf
from bot.reports.text import summary_text
from tests.unit.domain.test_extra_doses import NOW, sydney_history, sydney_summary

EXTRA = "Extra doses of scheduled medicines"
BEYOND = "Extra doses beyond schedule"  # the chart's legend, beside "Scheduled doses taken"


def _pages() -> list[str]:
    data = render_pdf(sydney_summary(), patient_label="G.", generated_at=NOW)
    # pypdf breaks long lines where the page did: one space for any run of whitespace.
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(data)).pages]


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start) : text.index(end, text.index(start))]


def test_the_first_page_says_them_with_the_scheduled_medicines() -> None:
    first = _pages()[0]
    as_needed = _between(first, "As-needed use", "Pain and function")
    assert "Endone: 2 of 7 days; set maximum 4 a day — Thu 10 Dec 1, Sat 12 Dec 2" in as_needed
    assert "Lyrica" not in as_needed and "Celebrex" not in as_needed
    adherence = _between(first, "Adherence", "As-needed use")
    assert (
        f"{EXTRA}: Celebrex 1 time, 200 mg in all (Thu 10 Dec); "
        "Lyrica 1 time, 75 mg in all (Thu 10 Dec)"
    ) in adherence


def test_the_details_page_has_a_table_of_its_own() -> None:
    details = " ".join(_pages()[1:])
    table = _between(details, f"{EXTRA} (outside their schedule)", "Opioids")
    assert "Celebrex 1 200 mg 1 (Thu 10 Dec) Thu 10 Dec" in table
    assert "Lyrica 1 75 mg 1 (Thu 10 Dec) Thu 10 Dec" in table
    prn = _between(details, "As-needed use", EXTRA)
    assert "Endone 2 15 mg 2 (Sat 12 Dec) 4 0" in prn
    assert "Lyrica" not in prn and "Celebrex" not in prn


def test_the_summary_and_the_report_give_the_same_numbers() -> None:
    s = sydney_summary()
    text = summary_text(s)
    outside = text[text.index("Outside their schedule:") :]
    assert "• Celebrex: 1 time, 200 mg in all\n• Lyrica: 1 time, 75 mg in all" in outside
    said = extra_doses_line(s)
    assert said is not None
    for line in ("Celebrex: 1 time, 200 mg in all", "Lyrica: 1 time, 75 mg in all"):
        assert line.replace(":", "") in said


def test_the_export_marks_them_extra_and_the_rest_as_needed() -> None:
    with zipfile.ZipFile(io.BytesIO(export_zip(sydney_history()))) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("doses.csv").decode("utf-8"))))
    kinds = [(r["kind"], r["medication"]) for r in rows if r["kind"] != "scheduled"]
    assert kinds == [
        ("extra", "Lyrica"),
        ("extra", "Celebrex"),
        ("as needed", "Endone"),
        ("as needed", "Endone"),
    ]


def _drawn(days: list[DayPoint]) -> tuple[list[str], list[Rectangle]]:
    """The legend's labels, and the hatched bars."""
    fig = plt.figure()
    try:
        draw_daily(fig, fig.add_subplot(), days)
        labels = [t.get_text() for t in fig.legends[0].get_texts()]
        bars = [
            p for ax in fig.axes for p in ax.patches if isinstance(p, Rectangle) and p.get_hatch()
        ]
        return labels, bars
    finally:
        plt.close(fig)


def test_the_chart_stacks_them_hatched_on_the_scheduled_doses_taken() -> None:
    labels, bars = _drawn(list(sydney_summary().daily))
    assert labels == [
        "Pain (daily average)",
        "Scheduled doses taken",
        "Missed or skipped",
        "As-needed tablets",
        BEYOND,
    ]
    # Thursday: one scheduled dose taken, two extra ones on top of it.
    thu = [b for b in bars if b.get_height()]
    assert [(b.get_y(), b.get_height()) for b in thu] == [(1, 2)]
    # Only extra doses: no "as-needed" anywhere on the chart.
    monday = dt.date(2026, 12, 7)
    labels, _ = _drawn([DayPoint(monday, 6.0, 1, 1, 0, extra=1)])
    assert BEYOND in labels and "As-needed tablets" not in labels


def test_the_chart_renders() -> None:
    png = render_chart(sydney_summary(), title="Mon 7 – Sun 13 Dec")
    assert png.startswith(b"\x89PNG")
