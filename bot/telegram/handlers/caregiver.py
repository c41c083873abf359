"""/caregiver and invite links (PRODUCT.md §1): a patient links someone they trust,
who is then told of missed doses and nothing else (bot.domain.caregiving; the telling
itself is bot.scheduling.caregivers, the messages bot.telegram.caregiver_views).

`/caregiver` gives a patient a one-time link and lists who is linked, each with
Unlink; a caregiver sees whom they are told about, each with Stop. The link opens
`/start care-<token>`, which `onboarding.start` hands to `open_invite`: one tap to
accept, and no onboarding forced on someone who takes no medicines themselves.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.domain.caregiving import InviteState
from bot.scheduling.notifier import Blocked, SendFailed
from bot.services import caregiving as svc
from bot.storage.caregivers import Unlinked
from bot.telegram import texts
from bot.telegram.caregiver_views import (
    caregiver_text,
    confirm_markup,
    lists_markup,
    redrawn_text,
    refused,
    told_of_end,
)
from bot.telegram.deps import deps
from bot.telegram.handlers.common import load_user
from bot.telegram.payloads import CaregiverAction, CaregiverTap
from bot.telegram.unit import unit

log = logging.getLogger(__name__)


def _first_name(update: Update) -> str:
    user = update.effective_user
    return (user.first_name if user else "") or ""


async def caregiver_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/caregiver: a fresh invite link, and the lists with a button each."""
    d = deps(context)
    assert update.message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        view = await svc.caregiver_view(s, user, _first_name(update), d.clock.now())
    text = caregiver_text(view, context.bot.username, ZoneInfo(user.timezone))
    markup = lists_markup(view.caregivers, view.patients, d.codec, update.effective_user.id)
    await update.message.reply_text(text, reply_markup=markup)


async def open_invite(
    update: Update, context: ContextTypes.DEFAULT_TYPE, token: str | None
) -> None:
    """`/start care-<token>`: ask to confirm with one tap, or say kindly why not."""
    d = deps(context)
    assert update.message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)  # a caregiver needs no more than this
        opened = svc.Opened(InviteState.UNKNOWN)
        if token is not None:
            opened = await svc.open_invite(s, token, user.id, d.clock.now())
    if opened.state is not InviteState.OPEN:
        await update.message.reply_text(refused(opened.state, opened.patient))
        return
    markup = confirm_markup(d.codec, update.effective_user.id, opened.link_id)
    text = texts.CARE_CONFIRM.format(patient=opened.patient)
    await update.message.reply_text(text, reply_markup=markup)


async def caregiver_button(
    update: Update, context: ContextTypes.DEFAULT_TYPE, tap: CaregiverTap
) -> None:
    """Every caregiver button: an invite's answer, or a link ended from either side."""
    if tap.action is CaregiverAction.ACCEPT:
        await _accept(update, context, tap.link)
    elif tap.action is CaregiverAction.DECLINE:
        await _decline(update, context, tap.link)
    else:
        await _unlink(update, context, tap.link)


async def _accept(update: Update, context: ContextTypes.DEFAULT_TYPE, link_id: int) -> None:
    """Yes, link me: linked (and the patient told), or why not any more."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        done = await svc.accept(s, link_id, user, _first_name(update), d.clock.now())
        new_here = not user.timezone_set
    await q.answer()
    if done.state is not InviteState.OPEN:
        text = refused(done.state, done.patient)
        await d.sender.edit(q.message.chat.id, q.message.message_id, text, None)
        return
    text = texts.CARE_ACCEPTED.format(patient=done.patient)
    if new_here:
        text += texts.CARE_ACCEPTED_NEW
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, None)
    caregiver = _first_name(update) or texts.CARE_SOMEONE
    await _tell(context, done.patient_chat, texts.CARE_NOW_LINKED.format(caregiver=caregiver))


async def _decline(update: Update, context: ContextTypes.DEFAULT_TYPE, link_id: int) -> None:
    """No thanks: the invite is spent (one already accepted by them stays, and says so)."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    async with unit(context).begin() as s:
        found = await svc.decline(s, link_id, update.effective_user.id, d.clock.now())
    await q.answer()
    linked = found.state is InviteState.LINKED
    text = refused(found.state, found.patient) if linked else texts.CARE_DECLINED
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, None)


async def _unlink(update: Update, context: ContextTypes.DEFAULT_TYPE, link_id: int) -> None:
    """Unlink (the patient) or Stop (the caregiver): the lists redrawn under the same
    head, and the other person told."""
    d = deps(context)
    q = update.callback_query
    assert q and q.message and update.effective_user
    async with unit(context).begin() as s:
        user = await load_user(update, context, s)
        ended = await svc.unlink(s, link_id, user.id)
        view = await svc.lists(s, user.id)
    if ended is None:
        await q.answer(texts.STALE_BUTTON)
    else:
        await q.answer(texts.CARE_UNLINKED_TAP if ended.by_patient else texts.CARE_STOPPED_TAP)
    shown = (q.message.text if isinstance(q.message, Message) else None) or ""
    made_room = ended is not None and ended.by_patient
    text = redrawn_text(shown, view, ZoneInfo(user.timezone), made_room=made_room)
    markup = lists_markup(view.caregivers, view.patients, d.codec, update.effective_user.id)
    await d.sender.edit(q.message.chat.id, q.message.message_id, text, markup)
    if ended is not None:
        await _tell(context, ended.chat_id, told_of_end(ended))


async def _tell(context: ContextTypes.DEFAULT_TYPE, chat_id: int, text: str) -> None:
    """A message to the other person of a link; one who blocked the bot is let be."""
    if not chat_id:
        return
    try:
        await deps(context).sender.send(chat_id, text)
    except (Blocked, SendFailed) as exc:
        log.info("could not tell the other side of a caregiver link (%s)", type(exc).__name__)


async def tell_patients_left(context: ContextTypes.DEFAULT_TYPE, ended: list[Unlinked]) -> None:
    """After a caregiver's /delete: each patient they looked after is told."""
    for link in ended:
        await _tell(context, link.chat_id, told_of_end(link))
