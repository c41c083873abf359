"""Routines — the non-drug part of the treatment (stretches, a walk, physio exercises):
when each one is due, and how often it was done. Pure: no Telegram, no session."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.schedule import local_to_utc


def next_routine(
    at: dt.time, weekdays: frozenset[int], zone: ZoneInfo, after: dt.datetime
) -> tuple[dt.date, dt.datetime] | None:
    """The routine's first reminder (local date, UTC instant) at or after `after` on one
    of its weekdays (0 = Monday); None when it has no day at all."""
    if not weekdays:
        return None
    day = after.astimezone(zone).date()
    for offset in range(9):
        d = day + dt.timedelta(days=offset)
        if d.weekday() in weekdays and (due := local_to_utc(d, at, zone)) >= after:
            return d, due
    raise AssertionError("a weekday recurs within a week")


# ---------------------------------------------------------------- what was done
class RoutineStatus(StrEnum):
    """What became of a routine on one day (`routine_logs.status`)."""

    DONE = "done"
    SKIPPED = "skipped"


class RoutineSource(StrEnum):
    """How the answer came (`routine_logs.source`)."""

    TAP = "tap"  # Done / Skip under the reminder
    TEXT = "text"  # "went for a walk", or the check-in's activity answer


@dataclass(frozen=True, slots=True)
class RoutineEntry:
    """A routine as the summary and the report see it: its days run from `first_day`
    to `last_day` (local dates; None while it runs)."""

    id: int
    name: str
    minutes: int | None
    at: dt.time
    weekdays: frozenset[int]
    first_day: dt.date
    last_day: dt.date | None = None

    def due_on(self, day: dt.date) -> bool:
        """Whether `day` is one of its days, between its start and its end."""
        if day < self.first_day or (self.last_day is not None and day > self.last_day):
            return False
        return day.weekday() in self.weekdays

    @property
    def label(self) -> str:
        """`Stretches 10 min`, `Walk` — the name as typed, capitalised, and how long."""
        name = self.name[:1].upper() + self.name[1:]
        return f"{name} {self.minutes} min" if self.minutes else name


@dataclass(frozen=True, slots=True)
class RoutineLogEntry:
    """One day's answer for one routine."""

    routine_id: int
    day: dt.date
    status: RoutineStatus
    source: RoutineSource
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class RoutineStats:
    """One routine over a period: the days it was due, and how each one went."""

    routine: RoutineEntry
    due: int
    done: int
    skipped: int

    @property
    def unanswered(self) -> int:
        """Due days with neither Done nor Skip."""
        return self.due - self.done - self.skipped

    @property
    def done_percent(self) -> int | None:
        """Done out of due, a whole percent (None when nothing was due)."""
        return round(100 * self.done / self.due) if self.due else None


def routine_entry(
    routine_id: int,
    name: str,
    minutes: int | None,
    at: dt.time,
    weekdays: frozenset[int],
    started_at: dt.datetime,
    ended_at: dt.datetime | None,
    zone: ZoneInfo,
) -> RoutineEntry:
    """The entry of a stored routine: its first day is the one whose reminder came at or
    after it was added (added at 20:00, a 07:00 routine starts tomorrow); its last day the
    one whose reminder came before it was removed."""
    first = started_at.astimezone(zone).date()
    if local_to_utc(first, at, zone) < started_at:
        first += dt.timedelta(days=1)
    last: dt.date | None = None
    if ended_at is not None:
        last = ended_at.astimezone(zone).date()
        if local_to_utc(last, at, zone) >= ended_at:
            last -= dt.timedelta(days=1)
    return RoutineEntry(routine_id, name, minutes, at, weekdays, first, last)


def routine_stats(
    routines: Sequence[RoutineEntry],
    logs: Sequence[RoutineLogEntry],
    days: Sequence[dt.date],
    *,
    now_local: dt.datetime | None = None,
) -> tuple[RoutineStats, ...]:
    """Per routine over `days` (local dates): days due, done, skipped.

    A day is due when it is one of the routine's weekdays between its start and end; a
    day with an answer counts as due too (a walk done on a day off is still a walk).
    With `now_local` (naive local wall time), a day whose reminder is still to come and
    has no answer is not counted yet, as a pending dose is not. Routines whose days do not
    touch the period, and that have no answer in it, are left out."""
    wanted = set(days)
    if not wanted:
        return ()
    out: list[RoutineStats] = []
    for r in routines:
        answered = {e.day: e.status for e in logs if e.routine_id == r.id and e.day in wanted}
        due = {d for d in wanted if r.due_on(d) and not _still_to_come(r, d, now_local)}
        due |= answered.keys()
        running = r.first_day <= max(wanted) and (r.last_day is None or r.last_day >= min(wanted))
        if not due and not running:
            continue
        done = sum(1 for s in answered.values() if s is RoutineStatus.DONE)
        skipped = sum(1 for s in answered.values() if s is RoutineStatus.SKIPPED)
        out.append(RoutineStats(r, len(due), done, skipped))
    return tuple(out)


def _still_to_come(r: RoutineEntry, day: dt.date, now_local: dt.datetime | None) -> bool:
    return now_local is not None and dt.datetime.combine(day, r.at) > now_local


# ---------------------------------------------------------------- words for an activity
# Word stems, not sentences: "walked", "walking", "walks" all read as "walk". Words that
# only join or count ("went for a 30 min …") and words that say which one ("morning",
# "back") are not what the activity is, so they never make a match alone.
_STOP = frozenset(
    str.split(
        """a an the my me i we our some of for to in on at with and or it its this that just
    did do does done doing went go gone had have has got get made make finished finish
    completed complete today morning tonight earlier now again also really very
    quick short long little bit nice good great lovely easy gentle min mins minute minutes
    hour hours hr hrs half few couple around about session sessions"""
    )
)
_MODIFIERS = frozenset(
    str.split(
        """morning afternoon evening night daily weekday weekend back neck core leg legs hip
    hips knee knees shoulder shoulders spine lower upper home indoor outdoor"""
    )
)
#: Words for any exercise: they match only when the text names no other activity.
_GENERIC = frozenset({"exercis", "workout", "routin", "training", "train", "activity"})
#: Activities people name; a routine that names one matches only that one.
_ACTIVITIES = frozenset(
    str.split(
        """walk run swim cycl bik gym yoga pilat stretch physio danc hik tenni golf garden
    jog row tai treadmill aerobic aqua"""
    )
)
_IRREGULAR = {
    "swam": "swim",
    "ran": "run",
    "pt": "physio",
    "physiotherapy": "physio",
    "physical": "physio",
    "therapy": "physio",
    "rehab": "physio",
    "stroll": "walk",
    "strolled": "walk",
    "workouts": "workout",
    "worked": "workout",
    # stems read as the same activity
    "bik": "cycl",
    "hik": "walk",
    "jog": "run",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CLAUSES = re.compile(r"[.,;!?\n]+|\b(?:and|but|though|although|however|then)\b")
#: A clause that says it was not done, will be done, or hurt too much.
_NOT_DONE = re.compile(
    r"\b(?:not|no|never|didn'?t|did\s+not|couldn'?t|can'?t|cannot|won'?t|haven'?t|hasn'?t|"
    r"wasn'?t|unable|skip\w*|miss\w*|cancel\w*|instead|too\s+(?:sore|tired|much)|"
    r"will|going|gonna|later|tomorrow|plan\w*|want\w*|hope|should|need|try\w*|"
    r"hurt\w*|pain\w*|agony|hard|difficult|impossible)\b|n['’]t\b"
)


def stem(word: str) -> str:
    """A rough English stem: "stretches", "stretching", "stretched" → "stretch"."""
    w = word.lower().replace("’", "'").removesuffix("'s")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # swimm → swim, jogg → jog
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # exercise → exercis, bike → bik
    return _IRREGULAR.get(w, w)


def _stems(text: str) -> frozenset[str]:
    words = (w for w in _WORD.findall(text.lower()) if w not in _STOP)
    return frozenset(s for s in map(stem, words) if len(s) > 1 and s not in _STOP)


def matches_activity(name: str, said: str) -> bool:
    """Whether an activity told in words ("went for a walk", "did my stretches", "physio
    done") is the routine called `name`. Only clauses that say it was done count
    ("didn't walk", "walking hurts", "will walk later" do not)."""
    key = _stems(name) - _MODIFIERS or _stems(name)
    named = key & _ACTIVITIES or key - _GENERIC
    for clause in _CLAUSES.split(said.lower()):
        if not clause or _NOT_DONE.search(clause):
            continue
        told = _stems(clause)
        if named & told:
            return True
        # "did my exercises" is the physio exercises; "exercises at the gym" is not.
        if key & _GENERIC & told and not told & _ACTIVITIES - named:
            return True
    return False
