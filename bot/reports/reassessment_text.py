"""Medication changes and what followed, routines and visits, as words: the chat
summary's short lines and the report's rows, from `Summary.reassessment`."""

from __future__ import annotations

import datetime as dt

from bot.domain.appointments import Visit, visit_label
from bot.domain.reassessment import ChangeReview
from bot.domain.routines import RoutineStats
from bot.domain.summary import Summary, short_date
from bot.domain.trials import MIN_DAYS_TO_COMPARE, Change, Side, TrialFigures, Verdict
from bot.domain.voice import OWN, Voice
from bot.domain.wording import and_list

__all__ = [
    "change_pain",
    "change_rows",
    "follow_up_section",
    "routine_rows",
    "routines_section",
    "visit_lines",
    "visit_section",
]

#: What the person answered, as they would say it (the buttons' own words).
VERDICTS = {
    Verdict.HELPING: "helping",
    Verdict.NOT_SURE: "not sure",
    Verdict.NOT_HELPING: "not helping",
}
_CHANGED = {Change.START: "started", Change.STOP: "stopped", Change.DOSE: "changed to"}


def change_words(c: ChangeReview) -> str:
    """`started Duloxetine 60 mg`, `stopped Meloxicam 15 mg`, `changed to Gabapentin
    600 mg (from 300 mg)`."""
    t = c.trial
    said = f"{_CHANGED[t.change]} {t.label}"
    if t.change is Change.DOSE and t.before:
        said += f" (from {t.before})"
    return said


def _pair(before: float | None, since: float | None) -> str:
    def one(x: float | None) -> str:
        return "–" if x is None else f"{x:.1f}"

    return f"{one(before)} → {one(since)}"


def _days(n: int) -> str:
    return f"{n} day" + ("" if n == 1 else "s")


def _before_span(side: Side) -> str:
    """`the 14 days before`, or fewer when the diary began later."""
    return "the day before" if side.days == 1 else f"the {side.days} days before"


def change_pain(f: TrialFigures) -> str:
    """The report's pain beside a change, each side with its days rated: `6.5 in the 14
    days before (4 days rated) → 5.9 since (6 days rated)`; the side before only as its
    count when it holds too few days to compare (Sandbox, Lagos); "" with no ratings."""
    b, a = f.before, f.since
    if b.pain_mean is None and a.pain_mean is None:
        return ""
    since = (
        "none rated since"
        if a.pain_mean is None
        else f"{a.pain_mean:.1f} since ({_days(a.pain_days)} rated)"
    )
    if b.days == 0:
        return f"{since}; no diary days before it"
    if b.pain_mean is None:
        return f"{since}; none rated in {_before_span(b)}"
    if b.pain_days < MIN_DAYS_TO_COMPARE:
        return f"{since}; {_days(b.pain_days)} rated in {_before_span(b)}, too few to compare"
    return f"{b.pain_mean:.1f} in {_before_span(b)} ({_days(b.pain_days)} rated) → {since}"


def _verdicts(c: ChangeReview, *, notes: bool) -> list[str]:
    out = []
    for r in c.trial.reviews:
        if r.verdict is None:
            continue
        said = f"{VERDICTS[r.verdict]} at {r.weeks} weeks"
        if notes and r.note:
            said += f": “{r.note}”"
        out.append(said)
    return out


# ------------------------------------------------------------------------------ chat
def _compared(
    name: str, before: float | None, since: float | None, span: str = "the two weeks before"
) -> str:
    """`Pain (0–10, higher = worse): 6.4 before → 4.9 since`, or what one side lacks."""
    head = f"• {name} (0–10, higher = worse): "
    if before is not None and since is not None:
        return f"{head}{before:.1f} before → {since:.1f} since, on average"
    if since is not None:
        return f"{head}{since:.1f} on average since; none in {span}"
    if before is not None:
        return f"{head}{before:.1f} on average in {span}; none since"
    return f"• No {name.lower()} scores on either side of the change yet."


def _pain_compared(f: TrialFigures) -> str:
    """The chat's pain line beside a change: a side before rated on too few days is
    told as its count, not set beside the time since."""
    b = f.before
    span = "the two weeks before" if b.days == 14 else _before_span(b)
    if b.pain_mean is not None and b.pain_days < MIN_DAYS_TO_COMPARE and f.since.has_pain:
        rated = f"only {_days(b.pain_days)} rated in {span}, too few to compare"
        return f"• Pain (0–10, higher = worse): {f.since.pain_mean:.1f} on average since; {rated}"
    return _compared("Pain", b.pain_mean, f.since.pain_mean, span)


def follow_up_section(summary: Summary, v: Voice = OWN) -> str | None:
    """Changes whose first two weeks ended this week, told once: before and since (one
    block for changes made on the same day: they share their figures)."""
    by_day: dict[dt.date, list[ChangeReview]] = {}
    for c in summary.reassessment.follow_ups:
        by_day.setdefault(c.figures.change_day, []).append(c)
    blocks = []
    for day, changes in by_day.items():
        f = changes[0].figures
        what = and_list([change_words(c) for c in changes])
        lines = [f"📈 Two weeks since {v.says('you', 'they')} {what} ({short_date(day)}):"]
        lines.append(_pain_compared(f))
        if f.before.peg_reports or f.since.peg_reports:
            lines.append(_compared("PEG", f.before.peg_mean, f.since.peg_mean))
        lines.append(
            f"• Days with side effects: {f.before.side_effect_days} before → "
            f"{f.since.side_effect_days} since"
        )
        for c in changes:
            said = _verdicts(c, notes=False)
            if said:
                lines.append(f"• You said about {c.trial.label}: {'; '.join(said)}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) or None


def _routine_words(r: RoutineStats) -> str:
    said = f"done {r.done} of {r.due} day" + ("" if r.due == 1 else "s")
    if r.skipped:
        said += f" ({r.skipped} skipped)"
    return f"• {r.routine.label}: {said}"


def routines_section(summary: Summary) -> str | None:
    """`🧘 Routines:` and a line each, when a routine was due or done this week."""
    rows = [r for r in summary.reassessment.routines if r.due]
    if not rows:
        return None
    return "\n".join(["🧘 Routines:", *(_routine_words(r) for r in rows)])


def visit_section(summary: Summary, v: Voice = OWN) -> str | None:
    """The next visit, when one is kept."""
    visit = summary.reassessment.next_visit
    if visit is None:
        return None
    return (
        f"📅 Next visit: {_visit(visit, summary.end)}. {v.says('Your', 'Their')} report and "
        "questions come the day before."
    )


# ---------------------------------------------------------------------------- report
def _visit(v: Visit, today: dt.date) -> str:
    label = visit_label(v.day, v.at, today)
    return f"{label} with {v.with_whom}" if v.with_whom else label


def visit_lines(summary: Summary) -> list[str]:
    """The visits of the period with what the patient said after, then the next one."""
    r = summary.reassessment
    outcome = {"no_changes": "no changes", "update": "medicines changed"}
    lines = []
    for v in r.visits:
        after = f" — patient said afterwards: {outcome[v.outcome]}" if v.outcome else ""
        lines.append(f"Visit {_visit(v, summary.end)}{after}")
    if r.next_visit is not None and r.next_visit not in r.visits:
        lines.append(f"Next appointment: {_visit(r.next_visit, summary.end)}")
    return lines


def change_rows(summary: Summary) -> list[list[str]]:
    """The report's change table: header, then one row per change of the period."""
    rows = [
        [
            "Date",
            "Change",
            "Pain before → since",
            "PEG before → since",
            "Side-effect days",
            "Patient's view",
        ]
    ]
    for c in summary.reassessment.changes:
        f = c.figures
        # (a side before rated on too few days is not set beside the time since)
        few = f.before.pain_days < MIN_DAYS_TO_COMPARE
        before = None if few else f.before.pain_mean
        rows.append(
            [
                short_date(f.change_day),
                change_words(c)[:1].upper() + change_words(c)[1:],
                f"{_pair(before, f.since.pain_mean)}\n"
                f"(rated on {f.before.pain_days} / {_days(f.since.pain_days)})",
                _pair(f.before.peg_mean, f.since.peg_mean),
                f"{f.before.side_effect_days} → {f.since.side_effect_days}",
                "; ".join(_verdicts(c, notes=True)) or "no answer yet",
            ]
        )
    return rows


def routine_rows(summary: Summary) -> list[list[str]]:
    """The report's routine table beside adherence: header, then one row per routine."""
    rows = [["Routine", "Done/due", "%", "Skipped", "No answer"]]
    for r in summary.reassessment.routines:
        pct = "–" if r.done_percent is None else f"{r.done_percent}%"
        rows.append(
            [r.routine.label, f"{r.done} / {r.due}", pct, str(r.skipped), str(r.unanswered)]
        )
    return rows
