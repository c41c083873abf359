"""The doctor's report names what is in a medicine the patient calls by its brand or its
maker (Sandbox, Lagos: "Emzor 500 mg · as needed" on the regimen, and a doctor who does
not know the box cannot tell it is paracetamol)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from bot.domain.records import History, RegimenEntry
from bot.domain.summary import RegimenVersion, weekly_summary
from bot.reports.pdf import render_pdf
from bot.reports.text import clinician_line
from tests.unit.domain.test_summary import END, LONDON, NOW, STARTED

SINCE = dt.date(2026, 5, 1)


def _version(name: str, generic: str | None, line: str) -> RegimenVersion:
    return RegimenVersion(name, generic, 500, "mg", line, SINCE, None)


def test_a_brand_gets_its_ingredient_after_its_name() -> None:
    v = _version("Emzor", "acetaminophen", "Emzor 500 mg · as needed, max 8 a day")
    assert clinician_line(v) == "Emzor (acetaminophen) 500 mg · as needed, max 8 a day"


def test_a_combination_brand_gets_every_ingredient() -> None:
    v = _version("Norco", "hydrocodone/acetaminophen", "Norco 10/325 mg · 08:00 every day")
    assert clinician_line(v) == "Norco (hydrocodone/acetaminophen) 10/325 mg · 08:00 every day"


def test_a_name_that_says_its_ingredient_is_left_as_it_is() -> None:
    for name, generic in [
        ("Diclofenac", "diclofenac"),
        ("Paracetamol", "acetaminophen"),  # the ingredient's other name
        ("Paracetamol Emzor", "acetaminophen"),
    ]:
        line = f"{name} 500 mg · 08:00 every day"
        assert clinician_line(_version(name, generic, line)) == line


def test_a_name_the_knowledge_file_does_not_know_is_left_as_typed() -> None:
    line = "Moringa 500 mg · 08:00 every day"
    assert clinician_line(_version("Moringa", None, line)) == line


def test_the_pdf_says_it_on_both_regimen_lists_in_the_country_s_word() -> None:
    at8 = (dt.time(8),)
    entries = (
        RegimenEntry(1, "Emzor", "acetaminophen", 500, "mg", (), True, 8, STARTED, None),
        RegimenEntry(2, "Lyrica", "pregabalin", 75, "mg", at8, False, None, STARTED, None),
        RegimenEntry(3, "Diclofenac", "diclofenac", 50, "mg", at8, False, None, STARTED, None),
    )
    s = weekly_summary(History(zone=LONDON, regimen=entries, doses=()), end_date=END, now=NOW)
    data = render_pdf(s, patient_label="A.", generated_at=NOW)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())
    assert text.count("Emzor (paracetamol) 500 mg · as needed") == 2
    assert text.count("Lyrica (pregabalin) 75 mg · 08:00") == 2
    assert "Diclofenac (" not in text
