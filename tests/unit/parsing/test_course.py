"""Course phrases of the one-line /add grammar (PRODUCT.md §2): start, length, until,
every N days / hours, supply and taper steps."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.parsing import course
from bot.parsing.course import CourseSpec, DaySpec, TaperStep, cut_course

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def blanked(text: str, phrase: str) -> str:
    """`text` with its one occurrence of `phrase` replaced by spaces."""
    assert text.count(phrase) == 1, (text, phrase)
    return text.replace(phrase, " " * len(phrase))


def check(text: str, expected: CourseSpec, phrase: str) -> None:
    spec, rest = cut_course(text)
    assert spec == expected
    assert rest == blanked(text, phrase)


def yearless(month: int, day: int) -> DaySpec:
    return DaySpec(date=dt.date(2000, month, day), year_given=False)


DEC_7_2026 = DaySpec(date=dt.date(2026, 12, 7))
DEC_20_2026 = DaySpec(date=dt.date(2026, 12, 20))


# ---- start ------------------------------------------------------------------------------

START_CASES = [
    ("gabapentin 300mg from monday", DaySpec(weekday=0), "from monday"),
    ("gabapentin 300mg from sat 08:00", DaySpec(weekday=5), "from sat"),
    ("gabapentin 300mg starting on friday", DaySpec(weekday=4), "starting on friday"),
    ("gabapentin 300mg from this sunday onwards", DaySpec(weekday=6), "from this sunday onwards"),
    ("naproxen 500mg starting tomorrow 08:00", DaySpec(offset=1), "starting tomorrow"),
    ("naproxen 500mg from today", DaySpec(offset=0), "from today"),
    ("naproxen 500mg starting in 3 days", DaySpec(offset=3), "starting in 3 days"),
    ("naproxen 500mg from the day after tomorrow", DaySpec(offset=2), "from the day after"
     " tomorrow"),
    ("naproxen 500mg from 2026-12-07", DEC_7_2026, "from 2026-12-07"),
    ("naproxen 500mg start date: 2026-12-07", DEC_7_2026, "start date: 2026-12-07"),
    ("naproxen 500mg beginning 7 dec 08:00", yearless(12, 7), "beginning 7 dec"),
    ("naproxen 500mg from december 7th", yearless(12, 7), "from december 7th"),
    ("naproxen 500mg from dec. 7 08:00", yearless(12, 7), "from dec. 7"),
    ("naproxen 500mg from the 7th of december 2026", DEC_7_2026, "from the 7th of december 2026"),
    ("naproxen 500mg commencing dec 7, 2026", DEC_7_2026, "commencing dec 7, 2026"),
    ("naproxen 500mg as of 29 feb", yearless(2, 29), "as of 29 feb"),
    # A bare "tomorrow" in an /add line says when to begin.
    ("naproxen 500mg 08:00 tomorrow", DaySpec(offset=1), "tomorrow"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "phrase"), START_CASES)
def test_start(text: str, day: DaySpec, phrase: str) -> None:
    check(text, CourseSpec(start=day), phrase)


# ---- until ------------------------------------------------------------------------------

UNTIL_CASES = [
    ("naproxen 500mg until friday", DaySpec(weekday=4), "until friday"),
    ("naproxen 500mg 08:00 till fri", DaySpec(weekday=4), "till fri"),
    ("naproxen 500mg 'til wed.", DaySpec(weekday=2), "'til wed."),
    ("naproxen 500mg until friday inclusive", DaySpec(weekday=4), "until friday inclusive"),
    ("naproxen 500mg ending on tuesday", DaySpec(weekday=1), "ending on tuesday"),
    ("naproxen 500mg stop after wed", DaySpec(weekday=2), "stop after wed"),
    ("naproxen 500mg through 2026-12-20", DEC_20_2026, "through 2026-12-20"),
    ("naproxen 500mg thru 2027/01/05", DaySpec(date=dt.date(2027, 1, 5)), "thru 2027/01/05"),
    ("naproxen 500mg until dec 20 20:00", yearless(12, 20), "until dec 20"),
    ("naproxen 500mg until 20th of december", yearless(12, 20), "until 20th of december"),
    ("naproxen 500mg up to and including 3 jan", yearless(1, 3), "up to and including 3 jan"),
    ("naproxen 500mg until tomorrow", DaySpec(offset=1), "until tomorrow"),
    # A weekly schedule may still end on a date.
    ("naproxen 500mg every monday until 20 dec", yearless(12, 20), "until 20 dec"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "phrase"), UNTIL_CASES)
def test_until(text: str, day: DaySpec, phrase: str) -> None:
    check(text, CourseSpec(until=day), phrase)


@pytest.mark.parametrize(
    ("text", "start", "until", "phrase"),
    [
        ("x 5mg from 7 dec to 20 dec", yearless(12, 7), yearless(12, 20), "from 7 dec to 20 dec"),
        ("x 5mg from today until friday", DaySpec(offset=0), DaySpec(weekday=4),
         "from today until friday"),
        ("x 5mg starting monday - 2026-12-20", DaySpec(weekday=0), DEC_20_2026,
         "starting monday - 2026-12-20"),
    ],
)  # fmt: skip
def test_start_and_end_together(text: str, start: DaySpec, until: DaySpec, phrase: str) -> None:
    check(text, CourseSpec(start=start, until=until), phrase)


# ---- length -----------------------------------------------------------------------------

LENGTH_CASES = [
    ("naproxen 500mg for 10 days", 10, "for 10 days"),
    ("naproxen 500mg for ten days", 10, "for ten days"),
    ("naproxen 500mg for 2 weeks", 14, "for 2 weeks"),
    ("naproxen 500mg for two weeks", 14, "for two weeks"),
    ("naproxen 500mg for a week", 7, "for a week"),
    ("naproxen 500mg for one week 08:00", 7, "for one week"),
    ("naproxen 500mg for a fortnight", 14, "for a fortnight"),
    ("naproxen 500mg for 3 nights", 3, "for 3 nights"),
    ("naproxen 500mg for the next 7 days", 7, "for the next 7 days"),
    ("naproxen 500mg for 2 more weeks", 14, "for 2 more weeks"),
    ("naproxen 500mg for 10 days only", 10, "for 10 days only"),
    ("naproxen 500mg 1 tab x 5 days", 5, "x 5 days"),
    ("naproxen 500mg x5 days", 5, "x5 days"),
    ("naproxen 500mg x5d", 5, "x5d"),
    ("naproxen 500mg 5-day course", 5, "5-day course"),
    ("naproxen 500mg a 10 day course of", 10, "a 10 day course"),
]


@pytest.mark.parametrize(("text", "days", "phrase"), LENGTH_CASES)
def test_length(text: str, days: int, phrase: str) -> None:
    check(text, CourseSpec(length_days=days), phrase)


@pytest.mark.parametrize(
    "text",
    ["ibuprofen 400mg 3 x a day", "paracetamol 500mg 2 tabs max 4 x a day", "ibuprofen 2 x a week"],
)
def test_times_a_day_is_no_course(text: str) -> None:
    spec, rest = cut_course(text)
    assert spec.length_days is None and rest == text, "how often, not a one-day course"


def test_times_a_day_beside_a_course() -> None:
    spec, _ = cut_course("naproxen 500mg 2 x a day x 5 days")
    assert spec.length_days == 5


# ---- every N days / every N hours -------------------------------------------------------

EVERY_DAYS_CASES = [
    ("vitamin d 1000 unit every other day", 2, "every other day"),
    ("vitamin d 1000 unit alternate days", 2, "alternate days"),
    ("vitamin d 1000 unit on alternate days", 2, "on alternate days"),
    ("vitamin d 1000 unit every alternate day", 2, "every alternate day"),
    ("vitamin d 1000 unit every second day", 2, "every second day"),
    ("vitamin d 1000 unit every 2nd day", 2, "every 2nd day"),
    ("vitamin d 1000 unit qod", 2, "qod"),
    ("vitamin d 1000 unit every 48 hours", 2, "every 48 hours"),
    ("vitamin d 1000 unit every 3 days", 3, "every 3 days"),
    ("vitamin d 1000 unit every three days", 3, "every three days"),
    ("vitamin d 1000 unit every third day", 3, "every third day"),
    ("vitamin d 1000 unit every 3rd day 09:00", 3, "every 3rd day"),
    ("vitamin d 1000 unit once every 5 days", 5, "once every 5 days"),
    ("vitamin d 1000 unit once a week", 7, "once a week"),
    ("vitamin d 1000 unit weekly", 7, "weekly"),
    ("vitamin d 1000 unit every 2 weeks", 14, "every 2 weeks"),
    ("vitamin d 1000 unit every 30 days", 30, "every 30 days"),
]


@pytest.mark.parametrize(("text", "days", "phrase"), EVERY_DAYS_CASES)
def test_every_days(text: str, days: int, phrase: str) -> None:
    check(text, CourseSpec(every_days=days), phrase)


EVERY_HOURS_CASES = [
    ("oxycodone 5mg every 4 hours", 4, "every 4 hours"),
    ("oxycodone 5mg every 4 hrs", 4, "every 4 hrs"),
    ("oxycodone 5mg every four hours", 4, "every four hours"),
    ("oxycodone 5mg every 6h", 6, "every 6h"),
    ("oxycodone 5mg q4h", 4, "q4h"),
    ("oxycodone 5mg q 6h", 6, "q 6h"),
    ("oxycodone 5mg q12h", 12, "q12h"),
    ("oxycodone 5mg 6-hourly", 6, "6-hourly"),
    ("oxycodone 5mg every hour", 1, "every hour"),
    ("oxycodone 5mg every 24 hours", 24, "every 24 hours"),
    # A range keeps its shortest gap.
    ("oxycodone 5mg every 4-6 hours", 4, "every 4-6 hours"),
    ("oxycodone 5mg every 4 to 6 hours", 4, "every 4 to 6 hours"),
]


@pytest.mark.parametrize(("text", "hours", "phrase"), EVERY_HOURS_CASES)
def test_every_hours(text: str, hours: int, phrase: str) -> None:
    check(text, CourseSpec(every_hours=hours), phrase)


# ---- supply -----------------------------------------------------------------------------

SUPPLY_CASES = [
    ("celecoxib 200mg supply 60", 60, "supply 60"),
    ("celecoxib 200mg supply of 90", 90, "supply of 90"),
    ("celecoxib 200mg supply: 100 tablets", 100, "supply: 100 tablets"),
    ("celecoxib 200mg qty 30", 30, "qty 30"),
    ("celecoxib 200mg 60 on hand", 60, "60 on hand"),
    ("celecoxib 200mg sixty on hand", 60, "sixty on hand"),
    ("celecoxib 200mg have 60 left", 60, "have 60 left"),
    ("celecoxib 200mg 60 tablets left", 60, "60 tablets left"),
    ("celecoxib 200mg i have 28 tablets left", 28, "i have 28 tablets left"),
    ("celecoxib 200mg 120 pills remaining", 120, "120 pills remaining"),
    ("celecoxib 200mg a box of 28", 28, "a box of 28"),
]


@pytest.mark.parametrize(("text", "supply", "phrase"), SUPPLY_CASES)
def test_supply(text: str, supply: int, phrase: str) -> None:
    check(text, CourseSpec(supply=supply), phrase)


# ---- taper ------------------------------------------------------------------------------

STOP = TaperStep(None, None, None)

TAPER_CASES = [
    (
        "prednisone 20mg 08:00 for 5 days then 10mg for 5 days then 5mg for 3 days then stop",
        (TaperStep(20.0, "mg", 5), TaperStep(10.0, "mg", 5), TaperStep(5.0, "mg", 3), STOP),
        "prednisone 20mg 08:00",
    ),
    (
        "prednisone 20mg for 1 week then 10mg for 2 weeks then stopping",
        (TaperStep(20.0, "mg", 7), TaperStep(10.0, "mg", 14), STOP),
        "prednisone 20mg",
    ),
    (
        "prednisone 20mg daily for 5 days, then 10mg daily for 5 days and then off",
        (TaperStep(20.0, "mg", 5), TaperStep(10.0, "mg", 5), STOP),
        "prednisone 20mg daily",
    ),
    (
        "prednisone 40mg 08:00 for 3 days then reduce to 20mg for 3 days then nothing",
        (TaperStep(40.0, "mg", 3), TaperStep(20.0, "mg", 3), STOP),
        "prednisone 40mg 08:00",
    ),
    (
        # A bare number after "then" keeps the unit of the step before.
        "prednisone 40mg for 3 days then 30 for 3 days then 20 for 3 days",
        (TaperStep(40.0, "mg", 3), TaperStep(30.0, "mg", 3), TaperStep(20.0, "mg", 3)),
        "prednisone 40mg",
    ),
    (
        "prednisone 20mg x5 days, 10mg x5 days, 5mg x5 days",
        (TaperStep(20.0, "mg", 5), TaperStep(10.0, "mg", 5), TaperStep(5.0, "mg", 5)),
        "prednisone 20mg",
    ),
    (
        "prednisone 40 mg x 3 days; 20 mg x 3 days, then stop",
        (TaperStep(40.0, "mg", 3), TaperStep(20.0, "mg", 3), STOP),
        "prednisone 40 mg",
    ),
    (
        "prednisone 2 tablets for 3 days then 1 tablet for 3 days then half a tablet for 2 days",
        (TaperStep(2.0, None, 3), TaperStep(1.0, None, 3), TaperStep(0.5, None, 2)),
        "prednisone 2 tablets",
    ),
    (
        # No dose before the first "then": the first step has none.
        "prednisone 08:00 for 5 days then 10mg for 5 days",
        (TaperStep(None, None, 5), TaperStep(10.0, "mg", 5)),
        "prednisone 08:00",
    ),
    (
        # A titration whose steps change how often, not how much: each step's length is
        # read past its "twice a day" (the third step was lost).
        "gabapentin 300mg at night for 3 days then 300mg twice a day for 3 days then 300mg "
        "three times a day",
        (TaperStep(300.0, "mg", 3), TaperStep(300.0, "mg", 3), TaperStep(300.0, "mg", None)),
        "gabapentin 300mg at night",
    ),
    (
        "pregabalin 75mg at bedtime for a week, then 75mg in the morning and at night for a "
        "week, then 150mg bd",
        (TaperStep(75.0, "mg", 7), TaperStep(75.0, "mg", 7), TaperStep(150.0, "mg", None)),
        "pregabalin 75mg at bedtime",
    ),
    (
        # No length in the first segment: only the "then" part is cut.
        "prednisone 20mg 08:00 then 10mg",
        (TaperStep(20.0, "mg", None), TaperStep(10.0, "mg", None)),
        "prednisone 20mg 08:00",
    ),
]


@pytest.mark.parametrize(("text", "steps", "kept"), TAPER_CASES)
def test_taper(text: str, steps: tuple[TaperStep, ...], kept: str) -> None:
    spec, rest = cut_course(text)
    assert spec == CourseSpec(steps=steps)
    assert rest.rstrip() == kept
    assert len(rest) == len(text)


def test_taper_keeps_other_course_phrases() -> None:
    text = "prednisone 20mg 08:00 from monday for 5 days then 10mg for 5 days then stop"
    spec, rest = cut_course(text)
    assert spec == CourseSpec(
        start=DaySpec(weekday=0),
        steps=(TaperStep(20.0, "mg", 5), TaperStep(10.0, "mg", 5), STOP),
    )
    assert rest.split() == ["prednisone", "20mg", "08:00"]


def test_a_line_without_then_or_commas_has_no_steps() -> None:
    spec, _ = cut_course("prednisone 20mg 08:00 for 5 days")
    assert spec == CourseSpec(length_days=5)


# ---- what is not a course phrase --------------------------------------------------------

NOT_COURSE = [
    "ibuprofen 400mg for pain",
    "ibuprofen 400mg for back pain",
    "melatonin 3mg for sleep",
    "ibuprofen 400mg every day",
    "ibuprofen 400mg every morning",
    "ibuprofen 400mg every monday",
    "ibuprofen 400mg 2 tablets x2",
    "acetaminophen 500mg as needed max 4 per day",
    "acetaminophen 500mg up to 4 a day",
    "started 10 days ago",
    "a 2 weeks ago thing",
    "ibuprofen 400mg from my doctor",
    "ibuprofen 400mg until pain stops",
    "ibuprofen 400mg qid",
    "ibuprofen 400mg bid 08:00 20:00",
    "ibuprofen 400mg every 8",
    "naproxen 500mg for 1 month",
    "naproxen 500mg for a month",
    "naproxen 500mg for 4000 days",
    "vitamin d 1000 unit every 1 day",
    "vitamin d 1000 unit every 31 days",
    "oxycodone 5mg every 36 hours",
    "supply 60 days",
    "lidocaine patch 5% 1 left knee",
    "ibuprofen 400mg 08:30 left",
    # Weekday ranges and lists are addline's.
    "duloxetine 60mg 9am mon-fri",
    "duloxetine 60mg mon through fri",
    "duloxetine 60mg monday until friday",
    "duloxetine 60mg from mon-fri",
    "duloxetine 60mg from monday to friday",
    "duloxetine 60mg from monday, wednesday and friday",
    # Days that do not exist.
    "naproxen 500mg from feb 30",
    "naproxen 500mg until 31 apr",
    "naproxen 500mg from 2026-02-29",
    # Clock times are not days.
    "naproxen 500mg from 8am until 10pm",
    "naproxen 500mg from dec 8am",
    # "next monday" said on a Monday is a week away: a DaySpec cannot say that.
    "naproxen 500mg from next monday",
    # "then" without a dose or "stop" after it is no taper.
    "ibuprofen 400mg take 1 then another",
    "ibuprofen 400mg then",
    "",
]


@pytest.mark.parametrize("text", NOT_COURSE)
def test_not_a_course_phrase(text: str) -> None:
    assert cut_course(text) == (CourseSpec(), text)


# ---- the /add lines of PRODUCT.md §2 ----------------------------------------------------

SPEC_LINES = [
    (
        "naproxen 500mg 08:00 20:00 for 10 days",
        CourseSpec(length_days=10),
        ["naproxen", "500mg", "08:00", "20:00"],
    ),
    (
        "prednisone 20mg 08:00 for 5 days then 10mg for 5 days",
        CourseSpec(steps=(TaperStep(20.0, "mg", 5), TaperStep(10.0, "mg", 5))),
        ["prednisone", "20mg", "08:00"],
    ),
    (
        "vitamin d 1000 unit 09:00 every other day",
        CourseSpec(every_days=2),
        ["vitamin", "d", "1000", "unit", "09:00"],
    ),
    (
        "oxycodone 5mg as needed every 4 hours max 4 per day",
        CourseSpec(every_hours=4),
        ["oxycodone", "5mg", "as", "needed", "max", "4", "per", "day"],
    ),
    (
        "gabapentin 300mg 08:00 14:00 22:00 from monday",
        CourseSpec(start=DaySpec(weekday=0)),
        ["gabapentin", "300mg", "08:00", "14:00", "22:00"],
    ),
    (
        "celecoxib 200mg 08:00 20:00 supply 60",
        CourseSpec(supply=60),
        ["celecoxib", "200mg", "08:00", "20:00"],
    ),
]


@pytest.mark.parametrize(("text", "expected", "words"), SPEC_LINES)
def test_product_spec_lines(text: str, expected: CourseSpec, words: list[str]) -> None:
    spec, rest = cut_course(text)
    assert spec == expected
    assert rest.split() == words
    assert len(rest) == len(text)


def test_several_phrases_in_one_line() -> None:
    text = "naproxen 500mg 08:00 20:00 for 10 days starting 7 dec every other day supply 60"
    spec, rest = cut_course(text)
    assert spec == CourseSpec(start=yearless(12, 7), length_days=10, every_days=2, supply=60)
    assert rest.split() == ["naproxen", "500mg", "08:00", "20:00"]


# ---- properties -------------------------------------------------------------------------

ALL_PHRASES = [
    phrase
    for cases in (START_CASES, UNTIL_CASES, LENGTH_CASES, EVERY_DAYS_CASES, EVERY_HOURS_CASES)
    for _, _, phrase in cases
] + [phrase for _, _, phrase in SUPPLY_CASES]


@pytest.mark.parametrize("phrase", ALL_PHRASES)
def test_names_amounts_and_times_around_a_phrase_stay(phrase: str) -> None:
    text = f"naproxen 500mg 08:00 {phrase} 20:00 1.5 ml"
    spec, rest = cut_course(text)
    assert spec != CourseSpec()
    assert rest == blanked(text, phrase)


def test_never_raises_when_the_internals_do(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(work: str) -> tuple[CourseSpec, str]:
        raise RuntimeError(work)

    monkeypatch.setattr(course, "_cut", boom)
    assert cut_course("for 10 days") == (CourseSpec(), "for 10 days")


def _only_blanked(text: str, rest: str) -> bool:
    return len(rest) == len(text) and all(r in (c, " ") for c, r in zip(text, rest, strict=True))


WORDS = st.sampled_from(
    str.split(
        """from until till through starting for x every other alternate day days week weeks
        then stop off 10mg 5 mg 20 ten 2nd third q4h hours hrs 4-6 supply 60 left on hand have
        tablets monday mon fri - to dec 7 7th of 2026-12-07 2026 today tomorrow , ; 08:00 8am
        max per a the in next this 48 hourly qod weekly once course % ml"""
    )
)


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_is_only_blanked(text: str) -> None:
    spec, rest = cut_course(text)
    assert isinstance(spec, CourseSpec)
    assert _only_blanked(text, rest)


@SETTINGS
@given(st.lists(WORDS, max_size=25).map(" ".join))
def test_any_course_like_text_is_only_blanked(text: str) -> None:
    spec, rest = cut_course(text)
    assert isinstance(spec, CourseSpec)
    assert _only_blanked(text, rest)
    # Amounts and clock times outside a taper are never cut.
    if "then" not in text:
        assert rest.split().count("08:00") == text.split().count("08:00")
        assert rest.split().count("10mg") == text.split().count("10mg")
