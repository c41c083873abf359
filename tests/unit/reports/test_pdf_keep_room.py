"""A table's lead line is never left alone at the foot of a page (Sandbox, Denver: "Daily
totals per ingredient…" closed page 2, its table opened page 3)."""

from __future__ import annotations

from bot.reports.pdf_doc import ReportDoc


def test_a_lead_line_near_the_foot_goes_over_with_its_table() -> None:
    pdf = ReportDoc("Europe/London")
    pdf.add_page()
    pdf.set_y(pdf.h - pdf.b_margin - 12)
    pdf.keep_room(30)
    assert pdf.page_no() == 2


def test_with_room_enough_the_page_goes_on() -> None:
    pdf = ReportDoc("Europe/London")
    pdf.add_page()
    pdf.set_y(100)
    pdf.keep_room(30)
    assert pdf.page_no() == 1
