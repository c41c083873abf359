"""A medicine kept past its labelled course: the report says which, and for how long."""

from __future__ import annotations

from datetime import date

from bot.domain.dose_amounts import RegimenItem
from bot.domain.label_limits import course_limit_notice
from bot.reports.first_page import doctor_sentences, safety_lines

CYCLO = RegimenItem(
    "cyclobenzaprine", "Cyclobenzaprine", 10, "mg", 1.0, False, None, started=date(2026, 12, 7)
)
QUOTE = "“should be used only for short periods (up to two or three weeks)”"


def test_page_one_names_the_medicine_and_its_days_on_the_list() -> None:
    w = course_limit_notice(CYCLO, today=date(2027, 1, 10))
    assert w is not None and w.code == "course_limit_passed"
    # was "Cyclobenzaprine: Its label says: …" with the 35 days left out (a sentence to "you")
    assert safety_lines([w]) == [
        f"Cyclobenzaprine — on the list 35 days, since Mon 7 Dec (use before that not known); "
        f"label: {QUOTE}."
    ]


def test_the_details_page_names_whose_label_it_is() -> None:
    w = course_limit_notice(CYCLO, today=date(2027, 1, 10))
    assert w is not None
    # was "Its label says: …" alone under the regimen's interactions
    assert doctor_sentences(w) == [f"The cyclobenzaprine label says: {QUOTE}."]
    assert "35 days, since 7 Dec" in w.text  # the person's own message keeps its count


def test_within_the_course_nothing_is_said() -> None:
    assert course_limit_notice(CYCLO, today=date(2026, 12, 20)) is None
