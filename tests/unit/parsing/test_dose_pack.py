"""A dose pack the knowledge file knows is one line with its days; others are left alone."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.course import Course, describe_course
from bot.domain.regimen import describe_medication, dose_text
from bot.parsing.addline import parse_add_line
from bot.parsing.dose_pack import read_dose_pack

PACK_MG = [24.0, 20.0, 16.0, 12.0, 8.0, 4.0]  # 6, 5, 4, 3, 2, 1 tablets of 4 mg


def _read(text: str) -> tuple[str | None, list[float | None]] | None:
    got = read_dose_pack(text, parse_add_line(text))
    if got is None:
        return None
    return got.request.name, [s.amount for s in got.request.course.steps]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("medrol dosepak 08:00", "medrol dosepak"),
        ("Medrol Dose Pack 8am", "Medrol dose pack"),
        ("methylprednisolone 4mg dose pack 8am", "methylprednisolone dose pack"),
        ("medrol 4mg 08:00 dosepak", "medrol dosepak"),
        ("dose pack 9am", "methylprednisolone dose pack"),
        ("medrol dose pack starting tomorrow 8am", "medrol dose pack"),
    ],
)
def test_a_known_pack_is_its_six_days(line: str, name: str) -> None:
    assert _read(line) == (name, PACK_MG)


def test_each_step_is_one_day_in_mg_and_the_start_is_kept() -> None:
    text = "medrol dose pack from monday 8am"
    got = read_dose_pack(text, parse_add_line(text))
    assert got is not None
    assert {(s.unit, s.days) for s in got.request.course.steps} == {("mg", 1)}
    assert got.request.course.start is not None and got.request.course.start.weekday == 0
    assert (got.request.amount, got.request.unit) == (24.0, "mg")


@pytest.mark.parametrize(
    "line",
    [
        "medrol 4mg 08:00",  # the tablets alone, taken as prescribed
        "prednisone dose pack 8am",  # a pack whose days the knowledge file does not hold
        "ibuprofen 400mg 08:00",
        # Steps written out win: the prescriber may have changed the pack's days.
        "medrol dose pack 8am 24mg for 2 days then 12mg for 2 days",
    ],
)
def test_other_lines_are_not_a_pack(line: str) -> None:
    assert _read(line) is None


def test_the_dose_says_the_tablets_only_for_a_pack() -> None:
    assert dose_text("medrol dosepak", 20.0, "mg", "methylprednisolone") == (
        "Medrol dosepak 20 mg (5 tablets)"
    )
    assert dose_text("medrol dosepak", 4.0, "mg", "methylprednisolone").endswith("(1 tablet)")
    # Plain tablets of the same medicine are not counted as pack tablets.
    assert dose_text("medrol", 20.0, "mg", "methylprednisolone") == "Medrol 20 mg"
    assert dose_text("medrol dosepak", 6.0, "mg", "methylprednisolone") == "Medrol dosepak 6 mg"


def test_a_one_day_step_reads_without_a_day_pattern() -> None:
    today = dt.date(2026, 12, 7)
    times = [dt.time(8)]
    for day, said in ((today, "today only"), (today + dt.timedelta(days=1), "on Tue 8 Dec only")):
        course = describe_course(Course(day, day), today)
        assert course == said
        line = describe_medication("prednisone", 5.0, "mg", times, course=course)
        assert line == f"Prednisone 5 mg · 08:00 · {said}"
