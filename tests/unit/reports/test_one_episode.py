"""One paracetamol episode is one line in the summary and the report: its whole span and
its highest 24 hours (Sandbox, Glasgow: two overlapping windows printed as two alerts)."""

from __future__ import annotations

import dataclasses
import io
import re

from pypdf import PdfReader

from bot.domain.exposure import overuse_episodes
from bot.domain.summary import DiscussionPoint, Summary
from bot.reports.pdf import render_pdf
from bot.reports.text import summary_text
from tests.unit.domain.test_exposure import glasgow
from tests.unit.domain.test_extra_doses import NOW, sydney_summary


def _summary() -> Summary:
    doses = [glasgow(8, h, 40, "co-codamol", 2) for h in (8, 12, 16, 20)]
    doses += [glasgow(8, 20, 40, "paracetamol", 1), glasgow(9, 10, 0, "paracetamol", 1)]
    doses.append(glasgow(9, 8, 40, "co-codamol", 2))
    (episode,) = overuse_episodes(doses)
    s = sydney_summary()
    point = DiscussionPoint("over_label_max", (("episode", episode),))
    return dataclasses.replace(s, zone="Europe/London", overuse=(episode,), discuss=(point,))


def test_the_report_alert_is_one_line_with_its_span_and_highest_24_hours() -> None:
    data = render_pdf(_summary(), patient_label="G.", generated_at=NOW)
    first = re.sub(r"\s+", " ", PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert first.count("over the maximum") == 1, first
    assert (
        "Tue 8 Dec 08:40 – Wed 9 Dec 10:00 paracetamol over the maximum; highest "
        "5,000 mg in 24 h (Tue 8 Dec 12:40 – Wed 9 Dec 10:00:"
    ) in first


def test_the_summary_says_it_once_with_its_span() -> None:
    text = summary_text(_summary())
    assert text.count("went past its labelled maximum") == 1
    assert (
        "Acetaminophen went past its labelled maximum of 4,000 mg in 24 hours from "
        "Tue 8 Dec 08:40 to Wed 9 Dec 10:00, at its highest: about 5,000 mg from "
        "Co-codamol, Paracetamol (Tue 8 Dec 12:40 to Wed 9 Dec 10:00)."
    ) in text
