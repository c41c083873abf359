"""A carer writing in the patient's chat, once they have said who they are, speaks of the
patient: "this is Linda, dad took his norco at 2" is the patient's dose (it was "someone
else's" and not logged; his sleepiness was lost)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import DoseIntent, RedFlagIntent, SideEffectIntent
from bot.parsing.carer import as_the_patient
from bot.parsing.parser import parse

NOW = dt.datetime(2026, 12, 9, 21, 25, tzinfo=dt.UTC)
MEDS = ["hydrocodone/acetaminophen", "meloxicam"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("this is Sue, mum took her naproxen at 9", "I took my naproxen at 9"),
        ("Tom here: he skipped his gabapentin, too dizzy", "I skipped my gabapentin, too dizzy"),
        ("Hi, it's Mary, his wife. He fell this morning", "I fell this morning"),
        ("his daughter here - I gave dad his tablets at 8", "I gave me my tablets at 8"),
    ],
)
def test_the_patient_is_read_as_the_writer(text: str, read: str) -> None:
    assert as_the_patient(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "this is awful, my back is a 9",
        "my husband took 2 of my ibuprofen",
        "took my norco, he is fine",
    ],
)
def test_no_carer_no_change(text: str) -> None:
    assert as_the_patient(text) == text


def _read(text: str) -> list[object]:
    return list(parse(text, MEDS, NOW, ZoneInfo("America/Phoenix")))


def test_a_carers_report_is_the_patients_dose_and_side_effect() -> None:
    found = _read("this is Linda, dad took his norco at 2 and he seems really sleepy")
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [(d.medication, d.at) for d in doses] == [
        ("hydrocodone/acetaminophen", "2026-12-09T14:00:00-07:00")
    ]
    assert [i.effects for i in found if isinstance(i, SideEffectIntent)] == [("drowsiness",)]


def test_a_carer_seeing_an_overdose_still_alarms() -> None:
    found = _read("this is Linda, dad is very hard to wake and his breathing is slow")
    assert [i.flags for i in found if isinstance(i, RedFlagIntent)] == [("overdose_signs",)]


def test_a_carers_note_is_kept_in_their_own_words() -> None:
    # Found living it: rewritten for the patient, the note read "I took me up to the Royal
    # Infirmary … I is home now" on the doctor's report.
    from tests.unit.parsing.helpers import run

    said = (
        "Hello, this is Fiona, Morag's daughter. I took Mum up to the Royal Infirmary in the "
        "night. She is home now and sleeping. She took her naproxen at nine."
    )
    out = run(said, ["naproxen"])
    assert [o["text"] for o in out if o["kind"] == "note"] == [said]
    assert [o["medication"] for o in out if o["kind"] == "dose"] == ["naproxen"]
