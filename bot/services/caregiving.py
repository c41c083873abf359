"""Caregiver use cases: invite, open an invite, accept or decline it, list, unlink.

Each takes the update's session and plain values and returns an outcome for the chat
layer to word (bot.telegram.handlers.caregiver).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.caregiving import (
    INVITE_TTL,
    MAX_CAREGIVERS,
    Invite,
    InviteState,
    invite_state,
    patient_called,
    token_hash,
)
from bot.storage import caregivers as store
from bot.storage import repositories as repo
from bot.storage.caregivers import LinkSeen, Unlinked
from bot.storage.models import CareLink, User

#: Bytes of randomness in an invite token (22 characters in the link).
TOKEN_BYTES = 16


@dataclass(frozen=True, slots=True)
class CareView:
    """What /caregiver shows: a fresh invite's token (None when none is made), the
    person's caregivers and the patients they are told about."""

    token: str | None
    caregivers: list[LinkSeen]
    patients: list[LinkSeen]


@dataclass(frozen=True, slots=True)
class Opened:
    """An invite as the person who opened it finds it."""

    state: InviteState
    link_id: int = 0
    patient: str = ""


@dataclass(frozen=True, slots=True)
class Accepted:
    """The outcome of "Yes, link me": the state found, and the patient to tell."""

    state: InviteState
    patient: str = ""
    patient_chat: int = 0


async def caregiver_view(
    s: AsyncSession, user: User, first_name: str, now: dt.datetime
) -> CareView:
    """/caregiver: a fresh invite while the patient has room for another caregiver —
    unless the person only looks after others (no medicines of their own): they came to
    see whom they watch, not for an invite."""
    caregivers = await store.caregivers_of(s, user.id)
    patients = await store.patients_of(s, user.id)
    token = None
    wants_invite = not patients or bool(await repo.active_medications(s, user.id))
    if wants_invite and len(caregivers) < MAX_CAREGIVERS:
        token = secrets.token_urlsafe(TOKEN_BYTES)
        await store.add_invite(s, user.id, token_hash(token), first_name, now, now + INVITE_TTL)
    return CareView(token, caregivers, patients)


async def _state_of(
    s: AsyncSession, row: CareLink, user_id: int, now: dt.datetime
) -> tuple[InviteState, str, User | None]:
    """An invite's state for `user_id`, the patient's name as they hear it, the patient."""
    patient = await repo.get_user(s, row.user_id)
    name = patient_called(patient.report_name if patient else None, row.patient_name)
    state = invite_state(
        Invite(row.user_id, row.expires_at, row.caregiver_id),
        user_id,
        now,
        linked=await store.linked_count(s, row.user_id),
        already=await store.is_linked(s, row.user_id, user_id),
    )
    return state, name, patient


async def open_invite(s: AsyncSession, token: str, user_id: int, now: dt.datetime) -> Opened:
    """`/start care-<token>` from `user_id`: what the invite is to them."""
    row = await store.invite_by_hash(s, token_hash(token))
    if row is None:
        return Opened(InviteState.UNKNOWN)
    state, name, _ = await _state_of(s, row, user_id, now)
    return Opened(state, row.id, name)


async def accept(
    s: AsyncSession, link_id: int, user: User, first_name: str, now: dt.datetime
) -> Accepted:
    """ "Yes, link me": linked if the invite is still open to them (checked again: time
    has passed since it was opened, and someone else may have used it meanwhile)."""
    row = await store.invite_by_id(s, link_id)
    if row is None:
        return Accepted(InviteState.UNKNOWN)
    state, name, patient = await _state_of(s, row, user.id, now)
    if state is InviteState.OPEN and not await store.accept(s, link_id, user.id, first_name, now):
        state = InviteState.USED  # taken in the instant between the read and the write
    return Accepted(state, name, patient.chat_id if patient else 0)


async def decline(s: AsyncSession, link_id: int, user_id: int, now: dt.datetime) -> Opened:
    """ "No thanks": the invite is spent — unless it already links them (a Yes tapped
    first): that stays, and its state says so."""
    row = await store.invite_by_id(s, link_id)
    if row is None:
        return Opened(InviteState.UNKNOWN)
    state, name, _ = await _state_of(s, row, user_id, now)
    if state is not InviteState.LINKED:
        await store.decline(s, link_id)
    return Opened(state, link_id, name)


async def forget(s: AsyncSession, user_id: int) -> list[Unlinked]:
    """/delete, before the person's rows go (repositories.delete_user_everywhere): the
    links where they are the caregiver end, and the patients they looked after are
    returned, to tell them. Caregivers of a patient who deletes are told nothing more."""
    return await store.end_links_of_caregiver(s, user_id)


async def unlink(s: AsyncSession, link_id: int, user_id: int) -> Unlinked | None:
    """Unlink (patient) or Stop (caregiver): the link ends; the other side, to tell."""
    return await store.unlink(s, link_id, user_id)


async def lists(s: AsyncSession, user_id: int) -> CareView:
    """The person's caregivers and patients as they are now (after a tap)."""
    return CareView(
        None, await store.caregivers_of(s, user_id), await store.patients_of(s, user_id)
    )
