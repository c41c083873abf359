"""What the doctor reads of the safety events the chat warned of (Sandbox, New York):
doses sooner than the person's own gap, 24 hours past their own maximum counted as the
chat counts them, one medicine taken as two products the same day, and a medicine whose
label warns about alcohol taken in the hours after a drink was told."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.alcohol import after_a_drink, label_warns
from bot.domain.records import (
    ExtraDose,
    History,
    NoteReport,
    RegimenEntry,
    ScheduledDose,
)
from bot.domain.summary import weekly_summary
from bot.reports.text import discussion_line, summary_text

NY = ZoneInfo("America/New_York")
STARTED = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
END = dt.date(2026, 12, 9)
NOW = dt.datetime(2026, 12, 9, 23, 30, tzinfo=NY)

TRAMADOL = RegimenEntry(
    med_id=3, name="Tramadol", generic="tramadol", amount=50, unit="mg", times=(),
    as_needed=True, max_per_day=4, started_at=STARTED, ended_at=None, min_gap_hours=6,
)  # fmt: skip
NAPROXEN = RegimenEntry(
    med_id=1, name="Naproxen", generic="naproxen", amount=500, unit="mg",
    times=(dt.time(8), dt.time(20)), as_needed=False, max_per_day=None,
    started_at=STARTED, ended_at=None,
)  # fmt: skip


def _at(day: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, hh, mm, tzinfo=NY)


def _tramadol(day: int, hh: int, mm: int = 0) -> ExtraDose:
    return ExtraDose("Tramadol", "tramadol", _at(day, hh, mm), 50, "mg", 1, med_id=3)


def test_doses_sooner_than_the_own_gap_are_listed_with_when_and_how_soon() -> None:
    doses = (_tramadol(7, 10), _tramadol(7, 11), _tramadol(8, 13), _tramadol(8, 20))
    s = weekly_summary(
        History(zone="America/New_York", regimen=(TRAMADOL,), extra_doses=doses),
        end_date=END,
        now=NOW,
    )
    (use,) = s.as_needed
    assert use.gap_hours == 6
    assert [(t.at.hour, t.after) for t in use.too_soon] == [(11, dt.timedelta(hours=1))]
    point = next(p for p in s.discuss if p.code == "too_soon")
    line = discussion_line(point, NY)
    assert line == (
        "Tramadol was taken sooner than the planned 6 hours apart 1 time: "
        "Mon 7 Dec 11:00 (1 h after the one before)."
    )


def test_own_maximum_is_counted_in_any_24_hours_as_the_chat_warns() -> None:
    # 4 on Tuesday and 1 early Wednesday: no calendar day over 4, but the chat said
    # "5 × tramadol in the last 24 hours" at 03:00 — the report must say it too.
    doses = tuple(_tramadol(8, h) for h in (13, 17, 20, 22)) + (_tramadol(9, 3),)
    s = weekly_summary(
        History(zone="America/New_York", regimen=(TRAMADOL,), extra_doses=doses),
        end_date=END,
        now=NOW,
    )
    (use,) = s.as_needed
    (span,) = use.over_max
    assert (span.start, span.end, span.units, span.limit) == (_at(8, 13), _at(9, 3), 5.0, 4)
    assert use.days_over_max == (dt.date(2026, 12, 9),)
    point = next(p for p in s.discuss if p.code == "over_own_max")
    assert discussion_line(point, NY) == (
        "Tramadol went above the set maximum of 4 a day: 5 in 24 hours "
        "(Tue 8 Dec 13:00 to Wed 9 Dec 03:00)."
    )


def test_four_in_24_hours_is_not_over_a_maximum_of_four() -> None:
    doses = tuple(_tramadol(8, h) for h in (6, 12, 18)) + (_tramadol(9, 6),)
    s = weekly_summary(
        History(zone="America/New_York", regimen=(TRAMADOL,), extra_doses=doses),
        end_date=END,
        now=NOW,
    )
    (use,) = s.as_needed
    assert use.over_max == () and use.too_soon == ()
    assert not [p for p in s.discuss if p.code in ("over_own_max", "too_soon")]


def test_one_medicine_through_two_products_is_named_once() -> None:
    taken = ScheduledDose(
        med_id=1, name="Naproxen", generic="naproxen", due_at=_at(7, 8),
        local_date=dt.date(2026, 12, 7), local_time=dt.time(8),
        status="taken", answer_until=_at(7, 11), taken_at=_at(7, 8),
        amount=500, unit="mg",
    )  # fmt: skip
    aleve = ExtraDose("Aleve", "naproxen", _at(7, 13), 220, "mg", 2)
    s = weekly_summary(
        History(zone="America/New_York", regimen=(NAPROXEN,), doses=(taken,), extra_doses=(aleve,)),
        end_date=END,
        now=NOW,
    )
    points = [p for p in s.discuss if p.code == "one_medicine_two_products"]
    assert len(points) == 1
    line = discussion_line(points[0], NY)
    assert line.startswith(
        "Naproxen was taken as two products on the same day (Naproxen and Aleve)"
    )
    assert "Mon 7 Dec" in line
    assert line in summary_text(s)


def test_a_drink_then_a_medicine_whose_label_warns_is_worth_discussing() -> None:
    drink = NoteReport(_at(9, 17), "Had a couple beers", drink=True)
    doses = (_tramadol(9, 18, 30),)
    s = weekly_summary(
        History(zone="America/New_York", regimen=(TRAMADOL,), extra_doses=doses, notes=(drink,)),
        end_date=END,
        now=NOW,
    )
    point = next(p for p in s.discuss if p.code == "alcohol_then_sedating")
    assert discussion_line(point, NY) == (
        "A drink was mentioned, then within 6 hours a medicine whose label warns about "
        "alcohol was taken: Wed 9 Dec 17:00 (then Tramadol)."
    )
    # A note that is no drink, or a drink long before the dose, is not.
    late = (NoteReport(_at(9, 9), "had a couple beers", drink=True),)
    s = weekly_summary(
        History(zone="America/New_York", regimen=(TRAMADOL,), extra_doses=doses, notes=late),
        end_date=END,
        now=NOW,
    )
    assert not [p for p in s.discuss if p.code == "alcohol_then_sedating"]


def test_after_a_drink_gives_the_labels_words_only_within_hours() -> None:
    drink = _at(9, 17)
    w = after_a_drink("cyclobenzaprine", drink, _at(9, 20))
    assert w is not None
    assert w.text == (
        "You told me of a drink about 3 hours before this dose. The cyclobenzaprine label "
        "says it may enhance the effects of alcohol. If you have questions, talk to your "
        "doctor or pharmacist."
    )
    assert after_a_drink("cyclobenzaprine", drink, _at(9, 23, 30)) is None  # 6.5 h
    assert after_a_drink("cyclobenzaprine", drink, _at(9, 16)) is None  # before it
    assert after_a_drink("naproxen", drink, _at(9, 18)) is None  # its label: no such words
    assert label_warns("tramadol") and not label_warns("naproxen")
