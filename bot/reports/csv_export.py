"""``/export``: everything recorded, as a zip of UTF-8 CSV files with header rows.

Files: ``doses.csv`` (scheduled doses; as-needed ones; extra doses of a scheduled
medicine, taken outside its schedule), ``pain.csv`` (0–10 ratings, and
where it hurts when no score was given), ``peg.csv`` (weekly PEG answers),
``symptoms.csv`` (side effects, red flags, sleep, activity, notes, goals — one row per
item),
``ingredients.csv`` (the daily total of each ingredient of the as-needed and extra
doses, from every product containing it, beside its labelled maximum), ``regimen.csv``
(with each version's course, and when and why one was paused), ``pauses.csv`` (each
time the patient paused all reminders or one medicine, and when they were resumed),
``supplies.csv`` (each
count on hand: /add, /refill),
``questions.csv`` (the questions kept for the doctor, with when each was asked),
``changes.csv`` (each medication change and the patient's view of it after some weeks),
``routines.csv`` (each routine's answers by day), ``appointments.csv`` (the visits) and
``caregivers.csv`` (who is told of the person's missed doses, and whom they are told
about: first name and since when).
Every time is ISO 8601 with its offset in the user's zone. Headers and
values are plain words a person can read ("skip reason", "side effects"), never the
bot's internal codes. The zip is byte-for-byte reproducible (fixed member timestamps),
which keeps it testable.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

from bot.domain.records import History, MedicinePaused, ScheduledDose
from bot.domain.sedation import SOURCE as SEDATION
from bot.domain.summary import (
    as_needed_ingredient_days,
    flag_label,
    outside_schedule,
    pause_length,
    pause_reason_label,
    paused_all_what,
    reason_label,
    taken_doses,
)
from bot.reports.text import CARER_SAID

__all__ = ["FILES", "export_zip"]

FILES = (
    "doses.csv",
    "pain.csv",
    "peg.csv",
    "symptoms.csv",
    "ingredients.csv",
    "regimen.csv",
    "pauses.csv",
    "supplies.csv",
    "zones.csv",
    "questions.csv",
    "changes.csv",
    "routines.csv",
    "appointments.csv",
    "caregivers.csv",
)
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip's epoch: same input → same bytes
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | float | int | bool | None


def _text(value: str | None) -> str:
    """Free text, defused for spreadsheets: a leading = + - @ would run as a formula."""
    if not value:
        return ""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _words(code: str | None) -> str:
    """A code as words ("lower_back" → "lower back")."""
    return (code or "").replace("_", " ")


def _csv(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # RFC 4180
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else v for v in row])
    return buf.getvalue().encode("utf-8")


class _Cells:
    """How values are written in every file: times in the person's zone with offset."""

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone

    def iso(self, at: dt.datetime | None) -> str:
        return at.astimezone(self.zone).isoformat(timespec="seconds") if at is not None else ""

    @staticmethod
    def yes_no(b: bool | None) -> str:
        return "" if b is None else ("yes" if b else "no")


DOSE_COLUMNS = (
    "kind",
    "medication",
    "generic",
    "amount",
    "unit",
    "count",
    "due at",
    "status",
    "taken at",
    "skip reason",
    "late",
    # Whose word the outcome is: a "ran out" the person said, or one set down because
    # they had said they were out and left the dose unanswered (the report's Ran out
    # column counts both).
    "recorded from",
)
REGIMEN_COLUMNS = (
    "medication",
    "generic",
    "amount",
    "unit",
    "times",
    "as needed",
    "max per day",
    "paused",
    "started at",
    "ended at",
    "first day",
    "last day",
    "every N days",
    "at least hours apart",
    "paused at",
    "pause reason",
)


#: How each side of a caregiver link is said in ``caregivers.csv``.
CARE_ROLES = {"caregiver": "told of your missed doses", "patient": "you are told of theirs"}


def export_zip(
    history: History,
    *,
    zone: ZoneInfo | str | None = None,
    caregivers: Sequence[tuple[str, str, dt.datetime]] = (),
) -> bytes:
    """Zip bytes of CSV files with every record in ``history``, and the person's
    caregiver links (`caregivers`: role, the other person's first name, since).

    ``zone`` defaults to ``history.zone``; times are written in it, with offset.
    """
    tz = ZoneInfo(zone) if isinstance(zone, str) else zone or history.tz
    c = _Cells(tz)
    members = {
        "doses.csv": _csv(DOSE_COLUMNS, _dose_rows(history, c)),
        "pain.csv": _csv(
            ("at", "score", "locations", "qualities", "radiating"), _pain_rows(history, c)
        ),
        "peg.csv": _csv(("at", "pain", "enjoyment", "activity", "score"), _peg_rows(history, c)),
        "symptoms.csv": _csv(
            ("at", "kind", "value", "patient's words or detail"), _symptom_rows(history, c)
        ),
        "ingredients.csv": _csv(
            ("day", "ingredient", "total mg", "labelled max mg a day", "over the maximum"),
            _ingredient_rows(history, c),
        ),
        "regimen.csv": _csv(REGIMEN_COLUMNS, _regimen_rows(history, c)),
        "pauses.csv": _csv(
            ("what", "paused at", "resumed at", "length"),
            [
                [
                    paused_all_what(x),
                    c.iso(x.start),
                    c.iso(x.end) if x.end else "still paused",
                    pause_length(x.start, x.end) if x.end else "",
                ]
                for x in history.pauses
            ]
            + [_med_pause_row(x, c) for x in history.med_pauses],
        ),
        "supplies.csv": _csv(
            ("counted at", "medicine", "on hand"),
            [[c.iso(s.at), _text(s.medicine), _num(s.on_hand)] for s in history.supplies],
        ),
        "zones.csv": _csv(
            ("changed at", "from", "to"),
            [[c.iso(z.at), z.before, z.after] for z in history.zone_changes],
        ),
        "questions.csv": _csv(
            ("added at", "question", "asked at"),
            [
                [c.iso(q.added_at), _text(q.text), c.iso(q.asked_at) if q.asked_at else ""]
                for q in history.questions
            ],
        ),
        **_reassessment_members(history, c),
        "caregivers.csv": _csv(
            ("first name", "link", "since"),
            [[_text(name), CARE_ROLES[role], c.iso(since)] for role, name, since in caregivers],
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in FILES:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, members[name])
    return out.getvalue()


def _reassessment_members(history: History, c: _Cells) -> dict[str, bytes]:
    """The changes and the patient's view of them, the routines, the visits."""
    return {
        "changes.csv": _csv(
            (
                "changed at",
                "change",
                "medicine",
                "before",
                "after",
                "weeks after",
                "patient's view",
                "note",
                "answered at",
            ),
            _change_rows(history, c),
        ),
        "routines.csv": _csv(
            ("routine", "minutes", "time", "days", "day", "answer", "how", "at"),
            _routine_rows(history, c),
        ),
        "appointments.csv": _csv(
            ("day", "time", "with", "booked at", "cancelled at", "afterwards", "answered at"),
            [
                [
                    v.day.isoformat(),
                    v.at.strftime("%H:%M") if v.at else "",
                    _text(v.with_whom),
                    c.iso(v.created_at),
                    c.iso(v.cancelled_at),
                    _words(v.outcome),
                    c.iso(v.answered_at),
                ]
                for v in history.visits
            ],
        ),
    }


RECORDED_ANSWER = "their answer"
RECORDED_NO_ANSWER = "no answer"
RECORDED_WHILE_OUT = "no answer, while out of it"


def recorded_from(d: ScheduledDose) -> str:
    """Whose word a scheduled dose's outcome is: theirs, or none (missed; skipped as ran
    out because they had said they were out); empty while it is still open."""
    if d.status not in ("taken", "skipped", "missed"):
        return ""
    if d.answered:
        return RECORDED_ANSWER
    return RECORDED_WHILE_OUT if d.skip_reason == "ran_out" else RECORDED_NO_ANSWER


def _dose_rows(history: History, c: _Cells) -> list[list[Cell]]:
    """Scheduled doses, as-needed ones and extra ones of a scheduled medicine (told apart
    as the summary and the report tell them), in time order."""
    doses: list[tuple[dt.datetime, list[Cell]]] = []
    for d in history.doses:
        late = c.yes_no(d.taken_late) if d.status == "taken" else ""
        row: list[Cell] = [
            "scheduled",
            _text(d.name),
            _text(d.generic),
            _num(d.amount),
            _text(d.unit),
            # units of `amount` in the dose (2 tablets; ½ when only part was taken)
            _num(d.units if d.units_taken is not None else d.units_per_dose),
            c.iso(d.due_at),
            d.status,
            c.iso(d.taken_at),
            _text(reason_label(d.skip_reason)),
            late,
            recorded_from(d),
        ]
        doses.append((d.due_at, row))
    for x in history.extra_doses:
        row = [
            "extra" if outside_schedule(x, history.regimen) else "as needed",
            _text(x.name),
            _text(x.generic),
            _num(x.amount),
            _text(x.unit),
            _num(x.count),
            "",
            "taken",
            c.iso(x.taken_at),
            "",
            "",
            RECORDED_ANSWER,
        ]
        doses.append((x.taken_at, row))
    doses.sort(key=lambda r: r[0])
    return [r for _, r in doses]


def _pain_rows(history: History, c: _Cells) -> list[list[Cell]]:
    """Pain scores, and where it hurt said without a score."""
    pain: list[list[Cell]] = [
        [
            c.iso(p.at),
            _num(p.score),
            _text("; ".join(_words(loc) for loc in p.locations)),
            _text("; ".join(p.qualities)),
            c.yes_no(p.radiating),
        ]
        for p in sorted(history.pain, key=lambda p: p.at)
    ]
    pain += [
        [
            c.iso(w.at),
            "",
            _text("; ".join(_words(loc) for loc in w.locations)),
            _text("; ".join(w.qualities)),
            c.yes_no(w.radiating),
        ]
        for w in history.places
    ]
    pain.sort(key=lambda row: str(row[0]))
    return pain


def _peg_rows(history: History, c: _Cells) -> list[list[Cell]]:
    return [
        [
            c.iso(g.at),
            _num(g.pain),
            _num(g.enjoyment),
            _num(g.activity),
            _num((g.pain + g.enjoyment + g.activity) / 3),
        ]
        for g in sorted(history.peg, key=lambda g: g.at)
    ]


def _whose(words: str | None, carer: bool) -> str | None:
    """The words, marked when a carer wrote them (the column says "patient's words")."""
    return f"{words} {CARER_SAID}" if words and carer else words


def _symptom_rows(history: History, c: _Cells) -> list[list[Cell]]:
    """Side effects, red flags, sleep, activity, moods and notes, in time order."""
    rows: list[tuple[dt.datetime, list[Cell]]] = []
    for s in history.side_effects:
        said = _text(_whose(s.words, s.carer))
        rows += [(s.at, [c.iso(s.at), "side effect", _words(e), said]) for e in s.effects]
        if (w := s.warned) is not None:
            # what the chat told of it, as the report's alerts say it
            given = f"told to get medical help right away (signs of breathing trouble; {SEDATION})"
            rows.append(
                (s.at, [c.iso(s.at), "warning given", given, _text(f"{w.first} + {w.second}")])
            )
    for r in history.red_flags:
        # (what came after an alarm is no sign told anew: a row "red flag" on the day of a
        # visit read as numbness reported that day — Sandbox, Phoenix)
        kind = "after a red flag" if r.followup else "red flag"
        seen = " (already seen to)" if r.handled and not r.followup else ""
        said = _text(_whose(r.words, r.carer)) + seen
        rows += [(r.at, [c.iso(r.at), kind, flag_label(f, clinician=True), said]) for f in r.flags]
    for sl in history.sleep:
        detail = f"{_num(sl.hours)} h" if sl.hours is not None else ""
        rows.append((sl.at, [c.iso(sl.at), "sleep", _text(sl.quality), detail]))
    for a in history.activity:
        detail = f"{_num(a.minutes)} min" if a.minutes is not None else ""
        kinds = "; ".join(_words(k) for k in a.kinds)
        rows.append((a.at, [c.iso(a.at), "activity", _text(kinds), detail]))
    for m in history.moods:
        score = f"{_num(m.score)}/10" if m.score is not None else ""
        told = _whose("; ".join(m.words), m.carer)
        rows.append((m.at, [c.iso(m.at), "mood", _text(told), score]))
    for n in history.notes:
        rows.append((n.at, [c.iso(n.at), "note", _text(_whose(n.text, n.carer)), ""]))
    for at, goal in history.goals:
        rows.append((at, [c.iso(at), "goal", _text(goal), ""]))
    rows.sort(key=lambda r: r[0])
    return [r for _, r in rows]


def _med_pause_row(x: MedicinePaused, c: _Cells) -> list[str]:
    """One medicine's pause: what (its name, and why when said), from, to (or still
    paused, and when it is set to resume), how long."""
    why = pause_reason_label(x.reason)
    what = f"{x.medicine} paused by the patient" + (f" ({why})" if why else "")
    if x.end is not None:
        resumed = c.iso(x.end)
    elif x.planned is not None:
        resumed = f"still paused, set to resume {c.iso(x.planned)}"
    else:
        resumed = "still paused"
    length = pause_length(x.start, x.end) if x.end else ""
    return [_text(what), c.iso(x.start), resumed, length]


def _regimen_rows(history: History, c: _Cells) -> list[list[Cell]]:
    return [
        [
            _text(e.name),
            _text(e.generic),
            _num(e.amount),
            _text(e.unit),
            " ".join(t.strftime("%H:%M") for t in e.times),
            c.yes_no(e.as_needed),
            "" if e.max_per_day is None else e.max_per_day,
            c.yes_no(e.paused),
            c.iso(e.started_at),
            c.iso(e.ended_at),
            e.course.first_day.isoformat() if e.course.first_day else "",
            e.course.last_day.isoformat() if e.course.last_day else "",
            e.course.every_days,
            "" if e.min_gap_hours is None else e.min_gap_hours,
            c.iso(e.paused_at) if e.paused else "",
            pause_reason_label(e.pause_reason) if e.paused else "",
        ]
        for e in sorted(history.regimen, key=lambda e: (e.started_at, e.med_id))
    ]


def _ingredient_rows(history: History, c: _Cells) -> list[list[Cell]]:
    return [
        [
            day.date.isoformat(),
            _text(day.ingredient),
            _num(round(day.total_mg, 1)),
            _num(day.limit_mg),
            c.yes_no(day.limit_mg is not None and day.total_mg > day.limit_mg),
        ]
        for day in as_needed_ingredient_days(taken_doses(history), c.zone)
    ]


def _change_rows(history: History, c: _Cells) -> list[list[Cell]]:
    """Each medication change watched as a trial, one row per review asked (a change not
    yet reviewed: one row without an answer)."""
    rows: list[list[Cell]] = []
    for t in history.trials:
        head: list[Cell] = [
            c.iso(t.changed_at),
            t.change.value,
            _text(t.name),
            _text(t.before),
            _text(t.after),
        ]
        answered = [r for r in t.reviews if r.verdict is not None]
        if not answered:
            rows.append([*head, "", "", "", ""])
        for r in answered:
            verdict = _words(r.verdict.value if r.verdict else None)
            rows.append([*head, r.weeks, verdict, _text(r.note), c.iso(r.answered_at)])
    return rows


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _routine_rows(history: History, c: _Cells) -> list[list[Cell]]:
    """Every answer to a routine (Done / Skip, or a walk told in words), by day."""
    by_id = {r.id: r for r in history.routines}
    rows: list[list[Cell]] = []
    for e in sorted(history.routine_logs, key=lambda e: (e.day, e.routine_id)):
        r = by_id.get(e.routine_id)
        if r is None:
            continue
        days = " ".join(_DAYS[d] for d in sorted(r.weekdays))
        rows.append(
            [
                _text(r.name),
                "" if r.minutes is None else r.minutes,
                r.at.strftime("%H:%M"),
                days,
                e.day.isoformat(),
                e.status.value,
                "button" if e.source.value == "tap" else "told in words",
                c.iso(e.at),
            ]
        )
    return rows
