"""Which changes the report and the weekly chat tell, the next visit, and how a change
with one side empty is worded."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.domain.appointments import Visit
from bot.domain.reassessment import next_visit, reassess
from bot.domain.records import History, PainReport
from bot.domain.summary import weekly_summary
from bot.domain.trial_records import Change, ReviewRecord, TrialRecord, Verdict
from bot.reports.reassessment_text import change_rows, follow_up_section, visit_section

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int = 12, month: int = 12) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, tzinfo=BERLIN)


def trial(day: int, change: Change = Change.START, month: int = 12, **kw: object) -> TrialRecord:
    return TrialRecord(
        trial_id=day,
        change=change,
        name="Duloxetine",
        generic="duloxetine",
        before=None if change is Change.START else "Duloxetine 30 mg",
        after=None if change is Change.STOP else "Duloxetine 60 mg",
        changed_at=at(day, 10, month),
        local_date=dt.date(2026, month, day),
        **kw,  # type: ignore[arg-type]
    )


def visit(day: int, hour: int | None, *, cancelled: bool = False) -> Visit:
    time = dt.time(hour) if hour is not None else None
    return Visit(
        id=day,
        day=dt.date(2026, 12, day),
        at=time,
        with_whom="Dr Patel",
        starts_at=at(day, hour).astimezone(dt.UTC) if hour is not None else None,
        created_at=at(1),
        cancelled_at=at(2) if cancelled else None,
    )


def test_the_report_tells_changes_of_its_period_and_the_chat_those_two_weeks_old() -> None:
    history = History(
        zone="Europe/Berlin",
        trials=(trial(3, month=12), trial(10, Change.DOSE), trial(25, Change.STOP, month=11)),
        pain=(PainReport(at(2), 7), PainReport(at(5), 5), PainReport(at(12), 3)),
    )
    got = reassess(history, dt.date(2026, 12, 11), dt.date(2026, 12, 17), at(17, 20))
    # In the period (11–17 Dec): none was made; two weeks old in it: the start of 3 Dec.
    assert got.changes == ()
    assert [c.trial.trial_id for c in got.follow_ups] == [3]
    (c,) = got.follow_ups
    assert (c.figures.before.pain_mean, c.figures.since.pain_mean) == (7.0, 4.0)
    got = reassess(history, dt.date(2026, 11, 18), dt.date(2026, 12, 17), at(17, 20))
    assert [c.trial.trial_id for c in got.changes] == [25, 3, 10]  # oldest first


def test_next_visit_is_the_first_still_ahead_and_not_cancelled() -> None:
    visits = [visit(20, 9, cancelled=True), visit(22, None), visit(21, 15), visit(16, 9)]
    kept = [v for v in visits if v.cancelled_at is None]
    assert next_visit(kept, BERLIN, at(17)) == visits[2]
    assert next_visit(kept, BERLIN, at(21, 16)) == visits[1]  # 22 Dec, no time given
    assert next_visit(kept, BERLIN, at(22, 23)) == visits[1], "a day visit lasts its day"
    assert next_visit(kept, BERLIN, at(23, 1)) is None


def test_a_change_without_scores_before_says_so_and_the_table_keeps_the_verdicts() -> None:
    reviews = (
        ReviewRecord(2, Verdict.NOT_SURE, "too early to tell", at(17)),
        ReviewRecord(6, None, None, None),
    )
    history = History(
        zone="Europe/Berlin",
        trials=(trial(3, reviews=reviews),),
        pain=(PainReport(at(5), 5), PainReport(at(12), 4)),
        visits=(visit(22, 15),),
    )
    s = weekly_summary(history, end_date=dt.date(2026, 12, 17), days=7, now=at(17, 20))
    said = follow_up_section(s) or ""
    assert said.splitlines() == [
        "📈 Two weeks since you started Duloxetine 60 mg (Thu 3 Dec):",
        "• Pain (0–10, higher = worse): 4.5 on average since; none in the two weeks before",
        "• Days with side effects: 0 before → 0 since",
        "• You said about Duloxetine 60 mg: not sure at 2 weeks",
    ]
    assert visit_section(s) == (
        "📅 Next visit: Tue 22 Dec, 15:00 with Dr Patel. "
        "Your report and questions come the day before."
    )
    month = weekly_summary(history, end_date=dt.date(2026, 12, 17), days=30, now=at(17, 20))
    header, row = change_rows(month)
    assert header[0] == "Date" and row[:2] == ["Thu 3 Dec", "Started Duloxetine 60 mg"]
    assert row[2] == "– → 4.5\n(rated on 0 / 2 days)"
    assert row[-1] == "not sure at 2 weeks: “too early to tell”"


def test_two_weeks_on_a_change_soon_after_the_start_is_not_set_beside_one_rated_day() -> None:
    # First contact Tue 1 Dec (pain 8 that day only); duloxetine started Thu 3 Dec; rated
    # 5 on Fri 4 and Mon 7: the weekly chat of 11–17 Dec tells it once two weeks are up,
    # its "before" the 2 diary days Tue 1 – Wed 2, rated on one.
    history = History(
        zone="Europe/Berlin",
        started=at(1, 9),
        trials=(trial(3),),
        pain=(PainReport(at(1), 8), PainReport(at(4), 5), PainReport(at(7), 5)),
    )
    s = weekly_summary(history, end_date=dt.date(2026, 12, 17), days=7, now=at(17, 20))
    said = follow_up_section(s) or ""
    assert said.splitlines()[1] == (
        "• Pain (0–10, higher = worse): 5.0 on average since; only 1 day rated in "
        "the 2 days before, too few to compare"
    )
