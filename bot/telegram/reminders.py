"""Render a reminder message (text + buttons) from the doses it is about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, TypeGuard
from zoneinfo import ZoneInfo

from bot.domain.due_steps import offers_due_time
from bot.domain.regimen import (
    Dosed,
    button_name,
    dose_text,
    once_a_week,
    version_label,
)
from bot.domain.states import OPEN_DOSE, UNDOABLE_DOSE, DoseStatus, SkipReason
from bot.domain.summary import short_date
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.payloads import ReminderAction, ReminderTap, TakenWhen

SNOOZE_CHOICES = (10, 15, 30, 60)
Act = ReminderAction
OPEN = OPEN_DOSE


class Dose(Protocol):
    """What a reminder shows of a dose: an ORM occurrence or the dispatcher's snapshot."""

    @property
    def id(self) -> int: ...
    @property
    def local_time(self) -> str: ...
    @property
    def due_at(self) -> dt.datetime: ...
    @property
    def status(self) -> str: ...
    @property
    def next_at(self) -> dt.datetime | None: ...
    @property
    def late(self) -> bool: ...
    @property
    def taken_at(self) -> dt.datetime | None: ...
    @property
    def taken_late(self) -> bool: ...
    @property
    def units_taken(self) -> float | None: ...
    @property
    def skip_reason(self) -> str | None: ...
    @property
    def last_of_course(self) -> bool: ...
    @property
    def reminded_out(self) -> bool: ...


class Med(Dosed, Protocol):
    """What a reminder shows of a medication: its dose, and the step a taper goes to."""

    @property
    def step_next(self) -> str | None: ...
    @property
    def weekdays(self) -> int: ...
    @property
    def every_days(self) -> int: ...
    @property
    def instruction(self) -> str | None: ...


# Keyboards are built as the Bot API's own JSON, not as PTB objects: at an 08:00 rush
# the dispatcher renders hundreds of reminders a second, and constructing, validating
# and re-serialising ten InlineKeyboardButton objects per message was most of its CPU.
Keyboard = dict[str, Any]  # an inline keyboard as Bot API JSON (the sender takes it as is)


def button(label: str, data: str) -> dict[str, str]:
    """One inline button as Bot API JSON."""
    return {"text": label, "callback_data": data}


def markup(rows: list[list[dict[str, str]]]) -> Keyboard | None:
    """An inline keyboard as Bot API JSON (None when there are no buttons)."""
    return {"inline_keyboard": rows} if rows else None


def med_label(med: Med) -> str:
    """`Ibuprofen 400 mg`, `Norco 10/325 mg`, `Oxycodone 5 mg, 1–2 tablets`."""
    return version_label(med)


def dose_label(occ: Dose, med: Med) -> str:
    """What a dose held: the medicine's own dose, or the part of it taken ("Naproxen ½ ×
    500 mg") when only part was."""
    if occ.units_taken is None:
        return med_label(med)
    # (a liquid's part in ml: "Oramorph 10 mg/5 ml, 2 ml", never "0.4 × 10 mg")
    return dose_text(
        med.name,
        med.amount,
        med.unit,
        med.generic,
        med.strength,
        occ.units_taken,
        volume_ml=med.volume_ml,
    )


def short_name(med: Med) -> str:
    """Name for a button label, kept short for phones."""
    return button_name(med.name)


def hhmm(instant: dt.datetime, zone: ZoneInfo) -> str:
    """Local `HH:MM` of a UTC instant."""
    return instant.astimezone(zone).strftime("%H:%M")


def dose_time(occ: Dose) -> str:
    """A dose's own `HH:MM`: the time it was planned at, by the clock it was planned on.
    After a zone change its instant reads otherwise (London's 14:00 dose is 09:00 in New
    York), yet it is still "the 14:00 dose": redrawn, snoozed or logged, it keeps its name
    ("took the 2pm gaba" was answered "your 09:00 dose")."""
    return occ.local_time


def day_words(due: dt.datetime, now: dt.datetime, zone: ZoneInfo) -> str:
    """ " yesterday" or " on Sat 12 Dec" after a dose's time, nothing for today's: a
    dose of another day is never read as today's of the same hour."""
    day, today = due.astimezone(zone).date(), now.astimezone(zone).date()
    if day == today:
        return ""
    return " yesterday" if day == today - dt.timedelta(days=1) else f" on {short_date(day)}"


def _taken_when(taken: dt.datetime, due: dt.datetime, zone: ZoneInfo) -> str:
    """When a dose was taken: its time, and its day too when that is not the dose's own
    day (yesterday's 14:00 dose tapped Taken today read "Taken 13:55", as if on time)."""
    at = taken.astimezone(zone)
    if at.date() == due.astimezone(zone).date():
        return at.strftime("%H:%M")
    return f"{at:%a} {at.day} {at:%b}, {at:%H:%M}"


def reason_shown(reason: str | None) -> TypeGuard[str]:
    """Whether a skipped dose's line on its reminder says its reason: none said, or
    "other", tell the person nothing ("gabapentin no" gave no reason)."""
    return reason not in (None, SkipReason.OTHER)


def outcome(occ: Dose, zone: ZoneInfo, *, carer: bool = False) -> str | None:
    """What became of a dose, or None while it is still open (a missed one's hint said
    of the patient in a chat a `carer` writes in)."""
    if occ.status == DoseStatus.TAKEN and occ.taken_at is not None:
        if occ.units_taken is not None:
            tmpl = texts.OUTCOME_TAKEN_PART_LATE if occ.taken_late else texts.OUTCOME_TAKEN_PART
        else:
            tmpl = texts.OUTCOME_TAKEN_LATE if occ.taken_late else texts.OUTCOME_TAKEN
        return tmpl.format(time=_taken_when(occ.taken_at, occ.due_at, zone))
    if occ.status == DoseStatus.SKIPPED:
        if not reason_shown(occ.skip_reason):
            return texts.OUTCOME_SKIPPED_UNSAID
        reason = texts.SKIP_REASONS.get(occ.skip_reason, "Other").lower()
        return texts.OUTCOME_SKIPPED.format(reason=reason)
    if occ.status == DoseStatus.SNOOZED and occ.next_at is not None:
        return texts.OUTCOME_SNOOZED.format(time=hhmm(occ.next_at, zone))
    if occ.status == DoseStatus.MISSED:
        return texts.OUTCOME_MISSED_CARER if carer else texts.OUTCOME_MISSED
    return None


def sent_to_a_carer(text: str | None) -> bool:
    """Whether a reminder's text was worded for a carer ("Time for their 08:00 dose")."""
    return bool(text) and " their " in (text or "").split("\n", 1)[0]


# A reminder's first line, by (follow-up, snoozed or plain; several doses; a carer writes
# in the chat, so the doses are "their" ones)
_HEADS: dict[tuple[str, bool, bool], str] = {
    ("followup", False, False): texts.FOLLOWUP_HEAD,
    ("followup", True, False): texts.FOLLOWUP_HEAD_MANY,
    ("snoozed", False, False): texts.REMINDER_SNOOZED_HEAD,
    ("snoozed", True, False): texts.REMINDER_SNOOZED_HEAD_MANY,
    ("plain", False, False): texts.REMINDER_HEAD,
    ("plain", True, False): texts.REMINDER_HEAD_MANY,
    ("followup", False, True): texts.FOLLOWUP_HEAD_CARER,
    ("followup", True, True): texts.FOLLOWUP_HEAD_MANY_CARER,
    ("snoozed", False, True): texts.REMINDER_SNOOZED_HEAD_CARER,
    ("snoozed", True, True): texts.REMINDER_SNOOZED_HEAD_MANY_CARER,
    ("plain", False, True): texts.REMINDER_HEAD_CARER,
    ("plain", True, True): texts.REMINDER_HEAD_MANY_CARER,
}


def head_template(kind: str, *, many: bool, carer: bool) -> str:
    """A reminder's first line ("followup", "snoozed" or "plain"), unformatted."""
    return _HEADS[(kind, many, carer)]


def reminder_head(items: Sequence[tuple[Dose, Med]], zone: ZoneInfo, *, carer: bool = False) -> str:
    """The first line of a reminder, saying `late` when it was sent after its time
    ("their 08:00 dose" in a chat a `carer` writes in)."""
    due = dose_time(items[0][0])
    head = head_template("plain", many=len(items) > 1, carer=carer).format(time=due)
    if any(o.late for o, _ in items):
        head += texts.REMINDER_LATE_REDRAWN
    return head


def render(
    items: Sequence[tuple[Dose, Med]],
    zone: ZoneInfo,
    codec: CallbackCodec,
    user_id: int,
    *,
    head: str,
    menu: tuple[str, int] | None = None,
    carer: bool = False,
) -> tuple[str, Keyboard | None]:
    """Text and keyboard; `menu` = ("snooze"|"skip", occurrence id) shows that sub-menu;
    `carer`: a carer writes in the chat, so the doses are said to be the patient's."""
    lines = [head, ""]
    week_said = texts.REMINDER_WEEKLY_CARER if carer else texts.REMINDER_WEEKLY
    for occ, med in items:
        state = outcome(occ, zone, carer=carer)
        # (a weekly medicine says so: its reminder must not read like a daily one)
        weekly = week_said if once_a_week(med.weekdays, med.every_days) else ""
        # ("before breakfast" said at /add: the reminder is when it matters — Sandbox, Glasgow)
        how = f" · {med.instruction}" if med.instruction and state is None else ""
        if state is None and occ.reminded_out and occ.status in OPEN:
            state = texts.REMINDER_OUT  # (said only of the one that is out)
        lines.append(f"• {dose_label(occ, med)}{weekly}{how}" + (f" — {state}" if state else ""))
    ending = [med for occ, med in items if occ.last_of_course]
    for med in ending:
        # A taper's step: the next dose is announced the day before it starts.
        if med.step_next:
            lines += ["", texts.TAPER_NEXT_STEP.format(dose=med.step_next)]
    finished = [short_name(med) for med in ending if not med.step_next]
    if finished and len(items) == 1:
        lines += ["", texts.COURSE_LAST_DOSE]
    elif finished:
        # Beside other medicines, say whose course ends: the others go on.
        lines += ["", texts.COURSE_LAST_DOSE_OF.format(names=" and ".join(finished))]
    text = "\n".join(lines)
    if menu is not None:
        kind, occ_id = menu
        name = next((short_name(m) for o, m in items if o.id == occ_id), "")
        if kind == "snooze":
            row = [
                button(f"{m} min", codec.pack(user_id, ReminderTap(Act.SNOOZE, occ_id, minutes=m)))
                for m in SNOOZE_CHOICES
            ]
            back = _back(items, codec, user_id, occ_id)
            return f"{text}\n\n{texts.ASK_SNOOZE.format(name=name)}", markup([row, [back]])
        reasons = [(SkipReason(key), label) for key, label in texts.SKIP_REASONS.items()]
        rows = [
            [
                button(label, codec.pack(user_id, ReminderTap(Act.SKIP, occ_id, reason=reason)))
                for reason, label in reasons[i : i + 3]
            ]
            for i in range(0, len(reasons), 3)
        ]
        rows.append([_back(items, codec, user_id, occ_id)])
        # The dose is skipped already (at the tap) and its Back takes that back: the
        # other medicines' buttons stay, so they can be answered with no reason given.
        others = keyboard(items, zone, codec, user_id, leave_out=occ_id, carer=carer)
        rows += others["inline_keyboard"] if others else []
        ask = texts.ASK_SKIP_CARER if carer else texts.ASK_SKIP
        return f"{text}\n\n{ask.format(name=name)}", markup(rows)
    return text, keyboard(items, zone, codec, user_id, carer=carer)


def keyboard(
    items: Sequence[tuple[Dose, Med]],
    zone: ZoneInfo,
    codec: CallbackCodec,
    user_id: int,
    *,
    leave_out: int | None = None,
    carer: bool = False,
) -> Keyboard | None:
    """Taken / Snooze / Skip per open dose (named when several), plus All taken; Taken on
    a missed dose; Undo on an answered one, and its due time on one tapped late (in its
    window or past it). `leave_out`: a dose whose buttons are not drawn (its Skip menu
    shows instead); `carer`: the due time's button is no "I took it" of the one tapping."""
    several = len(items) > 1
    items = [(o, m) for o, m in items if o.id != leave_out]
    open_items = [(o, m) for o, m in items if o.status in OPEN]
    rows: list[list[dict[str, str]]] = []
    for occ, med in open_items:
        suffix = f" · {short_name(med)}" if several else ""
        if occ.reminded_out:
            rows += _out_rows(occ, codec, user_id, suffix)
            continue
        rows.append(
            [
                button(f"✅ Taken{suffix}", codec.pack(user_id, ReminderTap(Act.TAKEN, occ.id))),
                button(
                    f"⏰ Snooze{suffix}", codec.pack(user_id, ReminderTap(Act.SNOOZE_MENU, occ.id))
                ),
                button(f"⏭ Skip{suffix}", codec.pack(user_id, ReminderTap(Act.SKIP_MENU, occ.id))),
            ]
        )
    for occ, med in items:
        suffix = f" · {short_name(med)}" if several else ""
        if occ.status == DoseStatus.MISSED:
            data = codec.pack(user_id, ReminderTap(Act.TAKEN, occ.id))
            rows.append([button(f"✅ Taken{suffix}", data)])
        elif occ.status in UNDOABLE_DOSE:
            # A Taken or Skipped pressed by mistake can be taken back (within a day).
            data = codec.pack(user_id, ReminderTap(Act.UNDO, occ.id))
            row = [button(f"↩️ Undo{suffix}", data)]
            if offers_due_time(status=occ.status, due_at=occ.due_at, taken_at=occ.taken_at):
                at_due = ReminderTap(Act.TAKEN_AT, occ.id, when=TakenWhen.DUE)
                at_tmpl = texts.TOOK_IT_AT_DUE_CARER if carer else texts.TOOK_IT_AT_DUE
                label = at_tmpl.format(time=hhmm(occ.due_at, zone))
                row.append(button(label + suffix, codec.pack(user_id, at_due)))
            rows.append(row)
    # (not a dose the person is out of: "All taken" would say more than they meant)
    had = [o for o, _ in open_items if not o.reminded_out]
    if len(had) > 1:
        # The button names its doses: it must act on them even if it is pressed before
        # the dispatcher has written this message's id down.
        data = codec.pack(user_id, ReminderTap.all_taken([o.id for o in had]))
        rows.append([button("✅ All taken", data)])
    return markup(rows)


def _out_rows(
    occ: Dose, codec: CallbackCodec, user_id: int, suffix: str
) -> list[list[dict[str, str]]]:
    """A dose reminded while out of it: had some and took it, still out, or more came
    and not taken yet (then its usual buttons come back)."""
    taken = codec.pack(user_id, ReminderTap(Act.TAKEN, occ.id))
    still = codec.pack(user_id, ReminderTap(Act.STILL_OUT, occ.id))
    more = codec.pack(user_id, ReminderTap(Act.GOT_MORE, occ.id))
    return [
        [
            button(texts.REMINDER_OUT_TAKEN + suffix, taken),
            button(texts.REMINDER_OUT_STILL + suffix, still),
        ],
        [button(texts.REMINDER_OUT_GOT_MORE + suffix, more)],
    ]


def _back(
    items: Sequence[tuple[Dose, Med]], codec: CallbackCodec, user_id: int, occ_id: int
) -> dict[str, str]:
    """The sub-menu's Back button; it carries the message's doses, the only button left
    that can tell which doses the message is about while the menu is showing."""
    back = ReminderTap(Act.BACK, occ_id, frozenset(o.id for o, _ in items))
    data = codec.pack(user_id, back)
    return button("↩️ Back", data)


def named_doses(payloads: Iterable[str | None], codec: CallbackCodec, user_id: int) -> set[int]:
    """Ids of the doses a reminder's buttons name (its keyboard as it stands)."""
    ids: set[int] = set()
    for data in payloads:
        cb = codec.decode(user_id, data)
        if cb is None or cb.action not in ReminderTap.ACTIONS:
            continue
        try:
            ids.update(ReminderTap.parse(cb).named)
        except (ValueError, IndexError):
            continue
    return ids
