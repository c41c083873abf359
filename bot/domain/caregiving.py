"""Caregivers (PRODUCT.md §1): someone a patient links, who is told only of doses left
unanswered past their cutoff — the medicine, the dose and the time, on the patient's
clock. Never pain scores, notes or anything else the patient tells the bot.

Pure: the invite's rules and the caregiver's message. Tokens are made by the service
(randomness is I/O of a kind); only their hash is kept (`token_hash`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.course import day_label
from bot.domain.wording import and_list

#: `/start care-<token>`: the deep link's payload (Telegram allows A-Z a-z 0-9 _ -, 64).
INVITE_PREFIX = "care-"
INVITE_TTL = dt.timedelta(hours=48)
MAX_CAREGIVERS = 3
#: Each /caregiver makes a fresh invite; beyond this many unused ones the oldest go.
MAX_OPEN_INVITES = 3
#: A miss first seen later than this after its cutoff (the bot was down for a day) is
#: old news by then: the caregiver is not told.
TELL_WITHIN = dt.timedelta(days=1)

_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,64}")


class InviteState(StrEnum):
    """What an invite link is, for the person who opened it."""

    OPEN = "open"  # may be accepted
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"  # accepted by someone else
    OWN = "own"  # the patient opened their own link
    LINKED = "linked"  # this person is already linked to that patient
    FULL = "full"  # the patient has MAX_CAREGIVERS already


@dataclass(frozen=True, slots=True)
class Invite:
    """The facts of an invite that decide its state."""

    patient_id: int
    expires_at: dt.datetime
    caregiver_id: int | None  # who accepted it (None: nobody yet)


@dataclass(frozen=True, slots=True)
class Miss:
    """One dose of the patient's that went unanswered past its cutoff."""

    medicine: str  # as the reminder says it: "Gabapentin 300 mg"
    due_at: dt.datetime
    cutoff_at: dt.datetime
    patient_paused: bool = False
    medicine_paused: bool = False


def token_of(start_arg: str | None) -> str | None:
    """The invite token in `/start care-<token>`'s argument, or None when it is not one."""
    if not start_arg or not start_arg.startswith(INVITE_PREFIX):
        return None
    token = start_arg.removeprefix(INVITE_PREFIX)
    return token if _TOKEN.fullmatch(token) else None


def token_hash(token: str) -> str:
    """What is kept of a token: enough to recognise it, useless to anyone who reads it."""
    return hashlib.sha256(token.encode()).hexdigest()


def invite_link(bot_username: str, token: str) -> str:
    """The link a patient sends: it opens the bot with `/start care-<token>`."""
    return f"https://t.me/{bot_username}?start={INVITE_PREFIX}{token}"


def invite_state(
    invite: Invite | None, presser: int, now: dt.datetime, *, linked: int, already: bool
) -> InviteState:
    """What an invite is to `presser`: `linked` caregivers the patient has now;
    `already`: `presser` is one of them."""
    if invite is None:
        return InviteState.UNKNOWN
    if invite.patient_id == presser:
        return InviteState.OWN
    if invite.caregiver_id == presser or (invite.caregiver_id is None and already):
        return InviteState.LINKED
    if invite.caregiver_id is not None:
        return InviteState.USED
    if now >= invite.expires_at:
        return InviteState.EXPIRED
    if linked >= MAX_CAREGIVERS:
        return InviteState.FULL
    return InviteState.OPEN


def patient_called(report_name: str | None, first_name: str | None) -> str:
    """How a caregiver hears the patient named: the name they chose for their report,
    else their Telegram first name from when they made the invite."""
    for name in (report_name, first_name):
        if name and name.strip():
            return name.strip()
    return "Your contact"


def clocks_differ(patient_zone: str, caregiver_zone: str | None, now: dt.datetime) -> bool:
    """Whether a caregiver's clock reads differently from the patient's now (so times
    must say whose they are); None: the caregiver never set a zone, nothing to compare."""
    if caregiver_zone is None:
        return False
    return (
        now.astimezone(ZoneInfo(patient_zone)).utcoffset()
        != now.astimezone(ZoneInfo(caregiver_zone)).utcoffset()
    )


def worth_telling(misses: Sequence[Miss], now: dt.datetime) -> list[Miss]:
    """The misses a caregiver is told of: none while the patient or that medicine is
    paused (a hospital stay is not a missed dose), none that are old news."""
    return [
        m
        for m in misses
        if not m.patient_paused and not m.medicine_paused and now - m.cutoff_at <= TELL_WITHIN
    ]


# Said to the caregiver. Kept beside the rule that shapes it, so that this one pure
# function can be tested whole (as bot/domain/supply.py words a stock); every other
# caregiver sentence is in bot/telegram/texts.py.
_ONE = "⏰ {name} hasn't answered the {time} reminder {day}{theirs}: {what}. {marked}"
_MANY = "⏰ {name} hasn't answered {count} reminders{theirs}:\n{lines}\n{marked}"
_LINE = "• {time} {day}: {what}"
_THEIRS = " ({name}'s time)"
_MARKED_ONE = "It's now marked missed."
_MARKED_MANY = "They're now marked missed."


def _day(local: dt.date, today: dt.date) -> str:
    days = (today - local).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"on {day_label(local)}"


def missed_message(
    name: str, misses: Sequence[Miss], zone: ZoneInfo, now: dt.datetime, *, their_time: bool
) -> str:
    """The one message a caregiver gets for a patient's misses of one sweep: doses due
    at the same minute share a line; times are the patient's (`their_time`: say so, the
    caregiver's clock differs)."""
    if not misses:
        raise ValueError("nothing to tell")
    today = now.astimezone(zone).date()
    slots: dict[dt.datetime, list[str]] = {}
    for m in sorted(misses, key=lambda m: m.due_at):
        local = m.due_at.astimezone(zone).replace(second=0, microsecond=0)
        slots.setdefault(local, []).append(m.medicine)
    theirs = _THEIRS.format(name=name) if their_time else ""
    said = [
        (at.strftime("%H:%M"), _day(at.date(), today), and_list(list(dict.fromkeys(what))))
        for at, what in slots.items()
    ]
    if len(said) == 1:
        time, day, what = said[0]
        marked = _MARKED_ONE if len(misses) == 1 else _MARKED_MANY
        return _ONE.format(name=name, time=time, day=day, theirs=theirs, what=what, marked=marked)
    lines = "\n".join(_LINE.format(time=t, day=d, what=w) for t, d, w in said)
    return _MANY.format(name=name, count=len(said), theirs=theirs, lines=lines, marked=_MARKED_MANY)
