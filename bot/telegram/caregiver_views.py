"""Caregiver messages: /caregiver's invite and lists (with Unlink / Stop), the question
an opened invite asks, and what each side is told when a link ends. Words from `texts`;
the missed-dose note itself is bot.domain.caregiving.missed_message."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.domain.caregiving import MAX_CAREGIVERS, InviteState, invite_link
from bot.domain.course import day_label
from bot.services.caregiving import CareView
from bot.storage.caregivers import LinkSeen, Unlinked
from bot.telegram import texts
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.payloads import CaregiverAction, CaregiverTap

#: Why an invite cannot be accepted, as the person who opened it is told.
REFUSED = {
    InviteState.UNKNOWN: texts.CARE_UNKNOWN,
    InviteState.EXPIRED: texts.CARE_EXPIRED,
    InviteState.USED: texts.CARE_USED,
    InviteState.OWN: texts.CARE_OWN,
    InviteState.LINKED: texts.CARE_ALREADY,
    InviteState.FULL: texts.CARE_THEY_ARE_FULL,
}
#: Where the lists begin below /caregiver's head.
_HEADS = (texts.CARE_LINKED_HEAD, texts.CARE_WATCHING_HEAD, texts.CARE_NOBODY_LEFT)


def refused(state: InviteState, patient: str) -> str:
    """What someone is told of an invite they cannot accept."""
    return REFUSED[state].format(patient=patient, count=MAX_CAREGIVERS)


def confirm_markup(codec: CallbackCodec, user_id: int, link_id: int) -> InlineKeyboardMarkup:
    """`✅ Yes, link me` / `No thanks` under an invite just opened."""
    yes = codec.pack(user_id, CaregiverTap(CaregiverAction.ACCEPT, link_id))
    no = codec.pack(user_id, CaregiverTap(CaregiverAction.DECLINE, link_id))
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.CARE_YES, callback_data=yes),
                InlineKeyboardButton(texts.CARE_NO, callback_data=no),
            ]
        ]
    )


def lists_text(caregivers: list[LinkSeen], patients: list[LinkSeen], zone: ZoneInfo) -> str:
    """The person's caregivers and the patients they are told about, each with the day
    it began in the person's zone."""

    def line(link: LinkSeen) -> str:
        since = day_label(link.since.astimezone(zone).date())
        return texts.CARE_LINE.format(name=link.name, since=since)

    parts = []
    if caregivers:
        parts.append("\n".join([texts.CARE_LINKED_HEAD, *map(line, caregivers)]))
    if patients:
        parts.append("\n".join([texts.CARE_WATCHING_HEAD, *map(line, patients)]))
    return "\n\n".join(parts)


def lists_markup(
    caregivers: list[LinkSeen], patients: list[LinkSeen], codec: CallbackCodec, user_id: int
) -> InlineKeyboardMarkup | None:
    """One button per link: Unlink under a caregiver, Stop under a patient."""

    def button(label: str, action: CaregiverAction, link: LinkSeen) -> InlineKeyboardButton:
        data = codec.pack(user_id, CaregiverTap(action, link.id))
        return InlineKeyboardButton(label.format(name=link.name)[:60], callback_data=data)

    rows = [[button(texts.CARE_UNLINK_BUTTON, CaregiverAction.UNLINK, c)] for c in caregivers]
    rows += [[button(texts.CARE_STOP_BUTTON, CaregiverAction.STOP, p)] for p in patients]
    return InlineKeyboardMarkup(rows) if rows else None


def caregiver_text(view: CareView, bot_username: str, zone: ZoneInfo) -> str:
    """/caregiver's message: the invite (or why there is none), then the lists; someone
    who only looks after others sees their list, and how to get a link of their own."""
    if view.token is not None:
        head = texts.CARE_INVITE.format(link=invite_link(bot_username, view.token))
    elif len(view.caregivers) >= MAX_CAREGIVERS:
        head = texts.CARE_FULL.format(count=MAX_CAREGIVERS)
    else:
        head = ""
    tail = texts.CARE_OWN_TOO if not head else ""
    body = lists_text(view.caregivers, view.patients, zone)
    return "\n\n".join(p for p in (head, body, tail) if p)


def redrawn_text(shown: str, view: CareView, zone: ZoneInfo, *, made_room: bool) -> str:
    """/caregiver's message after a link in it ended: the invite at its head kept as it
    was (the token itself is not kept, so it cannot be written again), the lists as they
    are now; `made_room`: a patient unlinked someone and no invite is on screen."""
    cut = min((i for i in (shown.find(h) for h in _HEADS) if i >= 0), default=len(shown))
    head = shown[:cut].rstrip()
    if texts.CARE_INVITE.partition("{link}")[0] not in head:
        head = ""  # a notice ("the most I allow") that may no longer hold
    body = lists_text(view.caregivers, view.patients, zone) or texts.CARE_NOBODY_LEFT
    again = texts.CARE_INVITE_AGAIN if made_room and not head else ""
    return "\n\n".join(p for p in (head, body, again) if p)


def told_of_end(ended: Unlinked) -> str:
    """What the other side of an ended link is told, so nobody takes silence for news."""
    if ended.by_patient:
        return texts.CARE_UNLINKED_YOU.format(patient=ended.patient)
    return texts.CARE_STOPPED_YOU.format(caregiver=ended.caregiver or texts.CARE_SOMEONE)
