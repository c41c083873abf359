"""What the scheduler needs from the chat side, declared here and implemented in
`bot.telegram.notifier`: the arrow points from the chat layer down to the scheduler,
never back up. The scheduler decides what is due and records what happened; a Notifier
only turns that into messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.domain.caregiving import Miss
from bot.storage.models import DueWork, User
from bot.storage.repositories import DueDose, DueMed


class Blocked(Exception):
    """The user blocked the bot, deleted their account, or the chat is gone (403)."""


class SendFailed(Exception):
    """Telegram kept failing or asked for a long pause; the caller should retry later."""


@dataclass(frozen=True, slots=True)
class Reminder:
    """One grouped reminder message: the doses due at one minute for one person."""

    user_id: int
    chat_id: int
    zone: ZoneInfo
    doses: Sequence[tuple[DueDose, DueMed]]
    followup: bool
    late: bool
    #: Doses of it the person told us they took, while we still ask whether it was this
    #: one: occurrence id -> when they said so.
    told: Mapping[int, dt.datetime] = field(default_factory=dict)
    #: Late because a zone change put its time just behind now (the bot was not down).
    moved: bool = False
    #: A carer has said they write in the chat: the doses are the patient's ("their").
    carer: bool = False

    @property
    def snoozed(self) -> bool:
        """Every dose in it comes back from a snooze."""
        return all(d.snooze_count for d, _ in self.doses)


@dataclass(frozen=True, slots=True)
class CaregiverNote:
    """One message to a caregiver: a patient's doses missed since they were last told,
    in the patient's zone (`their_time`: the caregiver's clock reads differently)."""

    chat_id: int
    patient: str
    zone: ZoneInfo
    misses: Sequence[Miss]
    now: dt.datetime
    their_time: bool


@dataclass(frozen=True, slots=True)
class MedBack:
    """A medicine just back on from its set pause: when its first reminder comes (None
    when none is: an as-needed medicine, or all reminders paused)."""

    first_reminder: dt.datetime | None


class Notifier(Protocol):
    """Sends what the scheduler decided; raises Blocked or SendFailed."""

    async def remind(self, reminder: Reminder) -> int:
        """Send a reminder; its message id."""
        ...

    async def ask_checkin(self, user: User, work: DueWork, *, nudge: bool) -> int:
        """Ask the check-in's pain question (again, as a nudge); the message id."""
        ...

    async def send_summary(self, user: User, now: dt.datetime) -> None:
        """Send the weekly summary and its chart."""
        ...

    async def send_work(self, user: User, work: DueWork, now: dt.datetime) -> int | None:
        """Send a one-shot piece of due work (bot.domain.states.ONE_SHOT_WORK: a trial
        review, an appointment message, a routine reminder); its message id, or None
        when what it refers to is gone (nothing sent)."""
        ...

    async def resume_med(
        self, user: User, work: DueWork, lease: dt.datetime, now: dt.datetime
    ) -> MedBack | None:
        """Resume the medicine a MED_RESUME row names, noting on the row (claimed under
        `lease`) that its "back on" is owed; None when there is nothing to resume."""
        ...

    async def tell_caregiver(self, note: CaregiverNote) -> None:
        """Tell a caregiver of a patient's missed doses (bot.domain.caregiving)."""
        ...

    async def redraw(
        self, user_id: int, chat_id: int, zone: ZoneInfo, message_ids: Iterable[int]
    ) -> None:
        """Redraw reminder messages from the database (a dose just marked missed)."""
        ...
