"""What a typed message is about when more than one thing may be waiting for an answer.

One decision, in one place (PRODUCT.md §4): a question the bot asked (the time zone, the
check-in time, a piece of a medicine being added, the report name, why a dose is
skipped while a reminder's Skip menu is open or under a skip typed without one), today's
check-in, and an open dose reminder can all be waiting when a message arrives. The rules:

* A newer flow supersedes an older question: a reminder sent or a check-in question
  asked after the bot's own question drops that question (any command drops it too,
  before the command runs; see ``bot.telegram.handlers.common``).
* A question left unanswered for hours lapses (a medicine half-added, the report's
  name, the next visit, a trial's note): the person has moved on, and the next
  morning's "8" is a pain score, not the answer to "when do you take it?".
* The newest thing waiting that reads the message as its answer gets it (a pain score
  to the pain question, "took it" to a reminder, "slept badly" to the sleep question).
* Otherwise a message that plainly reports something (a dose, pain, a symptom, a red
  flag) is recorded as a report.
* Either way, when the message went elsewhere, the newest question is asked again —
  once: a second report typed meanwhile leaves it where it is, one message up (three
  check-in keyboards in one evening is noise to someone in pain).
* Otherwise the newest question of the bot's own hears it, so it can say what it
  expects ("I couldn't read that time") — but for why a dose was skipped: words that do
  not read as a reason are handled as if nothing were asked, and it waits on (an hour
  on, "add more salt" is no skip's reason).

Pure: the caller says, for each waiting thing, when it started and whether this message
reads as its answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "ASKED",
    "LAPSES",
    "LAPSE_AFTER",
    "NOT_REASKED",
    "ONLY_ANSWERS",
    "Question",
    "Route",
    "Waiting",
    "lapsed",
    "route",
    "typed_skip_asks",
]


class Question(StrEnum):
    """Things that can wait for a typed answer. Those in ASKED are ``users.awaiting``."""

    TIMEZONE = "timezone"
    CHECKIN_TIME = "checkin"
    ADD = "add"
    REPORT_NAME = "report_name"
    QUIET_HOURS = "quiet_hours"  # a span typed after /settings → Quiet hours
    APPOINTMENT = "appointment"  # when is the next visit? (/appointment alone)
    TRIAL_NOTE = "trial_note"  # an optional note after Helping / Not sure / Not helping
    ROUTINE = "routine"  # which routine, when? (/routine alone)
    REFILL = "refill"  # which medicine, how many on hand? (/refill alone)
    ASK = "ask"  # the question for the doctor (/ask alone)
    # what was taken, after "💊 I took a dose": the answer is a dose ("2 emzor" is two
    # tablets, never pain 2)
    TOOK = "took"
    # what is in a medicine saved under an unknown name: answered only by words that
    # name a medicine or decline (bot.telegram.handlers.ingredient), never a forced answer
    INGREDIENT = "ingredient"
    # why a dose is skipped, while a reminder's Skip menu is open: a reason typed instead of
    # tapped ("too drowsy") completes that skip; and why doses typed as skipped with no
    # reason were ("skip" → "Why did you skip it?" → "felt sick" is their reason)
    SKIP_WHY = "skip_why"
    CHECKIN = "checkin_stage"  # a question of today's pain check-in
    REMINDER = "reminder"  # a dose reminder waiting for Taken / Skip / Snooze


#: The bot's own questions, kept in ``users.awaiting`` (one at a time).
ASKED = frozenset(
    {
        Question.TIMEZONE,
        Question.CHECKIN_TIME,
        Question.ADD,
        Question.REPORT_NAME,
        Question.QUIET_HOURS,
        Question.APPOINTMENT,
        Question.TRIAL_NOTE,
        Question.ROUTINE,
        Question.REFILL,
        Question.ASK,
        Question.TOOK,
        Question.SKIP_WHY,
    }
)

#: Never asked again after a report: a reminder has its own follow-up, and the Skip
#: menu's reasons stay on the reminder, one message up.
NOT_REASKED = frozenset({Question.REMINDER, Question.SKIP_WHY})


#: The bot's own questions that hear only what reads as their answer: a skip's reason
#: is kept for the doctor, and must not say more than the person meant.
ONLY_ANSWERS = frozenset({Question.SKIP_WHY})


#: The bot's own questions that lapse, and after how long. Onboarding's time zone and
#: check-in time wait however long it takes: nothing works without them.
LAPSES = ASKED - {Question.TIMEZONE, Question.CHECKIN_TIME}
LAPSE_AFTER = dt.timedelta(hours=3)


@dataclass(frozen=True, slots=True)
class Waiting:
    """One thing waiting for an answer: since when, and whether this message answers it."""

    question: Question
    since: dt.datetime
    accepts: bool
    reasked: bool = False  # already asked again since `since`


@dataclass(frozen=True, slots=True)
class Route:
    """Where a message goes.

    ``answer``: the question it answers (None: record it as a report). ``reask``: the
    question to ask again after recording the report. ``dropped``: the bot's own question
    that a newer flow superseded (to be cleared).
    """

    answer: Question | None
    reask: Question | None = None
    dropped: Question | None = None


def lapsed(question: Question, since: dt.datetime, now: dt.datetime) -> bool:
    """Whether the bot's own question, asked `since`, has waited too long to be answered."""
    return question in LAPSES and now - since > LAPSE_AFTER


def typed_skip_asks(waiting: str | None) -> bool:
    """Whether "Why did you skip it?", asked under a skip typed without a reason, waits for
    the reason typed: not in place of another question of the bot's (a medicine half-added,
    onboarding's: the person is in the middle of it, and it is asked again after the
    skip); a newer skip's question replaces an older one's."""
    return waiting is None or waiting == Question.SKIP_WHY


def route(waiting: Sequence[Waiting], *, reports: bool, now: dt.datetime | None = None) -> Route:
    """Decide what a message is about; ``reports``: it plainly reports a dose, pain, a
    symptom or a red flag; ``now``: when it came (without it, no question lapses)."""
    asked = [w for w in waiting if w.question in ASKED]
    flows = [w for w in waiting if w.question not in ASKED]
    dropped: Question | None = None
    live: list[Waiting] = []
    for w in asked:
        if (now is not None and lapsed(w.question, w.since, now)) or any(
            f.since > w.since for f in flows
        ):
            dropped = w.question
        else:
            live.append(w)  # first: on a tie the bot's own question is the newer
    live += flows
    if not live:
        return Route(None, dropped=dropped)
    live.sort(key=lambda w: w.since, reverse=True)
    newest = live[0]
    reask = None if newest.question in NOT_REASKED or newest.reasked else newest.question
    for w in live:
        if w.accepts:
            return Route(w.question, reask=None if w is newest else reask, dropped=dropped)
    if reports:
        return Route(None, reask=reask, dropped=dropped)
    if newest.question in ASKED and newest.question not in ONLY_ANSWERS:
        return Route(newest.question, dropped=dropped)
    return Route(None, dropped=dropped)
