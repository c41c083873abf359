"""Doses that are no dose of the writer's today: given to kin, described or prescribed,
planned for another day; and a dose brought back up."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
EVENING = datetime(2026, 3, 10, 20, 45, tzinfo=LONDON)
MEDS = ["tramadol", "acetaminophen", "lidocaine", "ibuprofen", "buprenorphine", "naproxen"]


def kinds(text: str) -> list[str]:
    return [o["kind"] for o in run(text, MEDS, EVENING, LONDON)]


@pytest.mark.parametrize(
    "text",
    [
        "gave my son 10ml calpol at 5, he's got a fever",
        "helped mum put her lidocaine patch on before lunch",
        "stuck dad's lidocaine patch on for him",
        "my prescription says naproxen 500 two times daily",
        "the ibuprofen is 400mg, I'm allowed up to 3 a day",
        "going to take 2 advil before the dentist on friday",
        "I'll start the butrans patch next week, bit scared",
    ],
)
def test_no_dose_of_the_writers(text: str) -> None:
    assert "dose" not in kinds(text)


def test_the_writers_own_after_kins() -> None:
    out = run("gave dad his 2 panadol and had 2 myself", MEDS, EVENING, LONDON)
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"]


def test_a_dose_tonight_is_still_put_off() -> None:
    out = run("will take the advil tonight", MEDS, EVENING, LONDON)
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["snoozed"]


@pytest.mark.parametrize(
    "text",
    [
        "took the naproxen at 6 and threw it back up half an hour later",
        "had 2 paracetamol at noon and was sick right after",
        "brought them back up within minutes",
    ],
)
def test_a_dose_brought_back_up(text: str) -> None:
    out = run(text, MEDS, EVENING, LONDON)
    assert {"kind": "side_effect", "effects": ["vomiting"]} in out
