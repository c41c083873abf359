"""Caregiver invites and links (`caregivers`): every SQL statement about them.

A row is an invite until someone accepts it, then the link. Accepting, unlinking and
telling are single conditional UPDATEs or DELETEs, so a second tap, a second process
or a race between two people holding one link can never do a thing twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.domain.caregiving import (
    MAX_CAREGIVERS,
    MAX_OPEN_INVITES,
    TELL_WITHIN,
    Miss,
    patient_called,
)
from bot.domain.regimen import dose_text
from bot.domain.states import DoseStatus
from bot.storage.models import CareLink, DoseOccurrence, Medication, User

#: A dose's cutoff comes at most its missed window (3 hours) after it: looking this far
#: back by due time finds every dose whose cutoff is recent, through the (user, due) index.
_WINDOW_SLACK = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class LinkSeen:
    """A link as one side sees it: the other person's name and since when."""

    id: int
    name: str
    since: dt.datetime


@dataclass(frozen=True, slots=True)
class Unlinked:
    """A link just ended: who is on the other side, to tell them; `by_patient`: the
    patient ended it (else the caregiver)."""

    chat_id: int
    patient: str
    caregiver: str
    by_patient: bool


@dataclass(slots=True)
class ToTell:
    """A link with misses its caregiver has not been told of yet."""

    link_id: int
    told_until: dt.datetime
    caregiver_chat: int
    caregiver_zone: str | None  # None until the caregiver sets a zone of their own
    patient: str
    patient_zone: str
    misses: list[Miss]


async def add_invite(
    s: AsyncSession,
    patient_id: int,
    token_hash: str,
    patient_name: str,
    now: dt.datetime,
    expires_at: dt.datetime,
) -> None:
    """A fresh invite; the patient's expired ones go, and the oldest beyond the few kept."""
    open_invites = CareLink.user_id == patient_id, CareLink.caregiver_id.is_(None)
    await s.execute(delete(CareLink).where(*open_invites, CareLink.expires_at <= now))
    keep = (
        select(CareLink.id)
        .where(*open_invites)
        .order_by(CareLink.invited_at.desc(), CareLink.id.desc())
        .limit(MAX_OPEN_INVITES - 1)
    )
    await s.execute(delete(CareLink).where(*open_invites, CareLink.id.not_in(keep)))
    s.add(
        CareLink(
            user_id=patient_id,
            invite_hash=token_hash,
            patient_name=patient_name[:64],
            invited_at=now,
            expires_at=expires_at,
        )
    )
    await s.flush()


async def invite_by_hash(s: AsyncSession, token_hash: str) -> CareLink | None:
    """The invite (or link) made with that token."""
    row: CareLink | None = await s.scalar(
        select(CareLink).where(CareLink.invite_hash == token_hash)
    )
    return row


async def invite_by_id(s: AsyncSession, link_id: int) -> CareLink | None:
    """The invite (or link) with that id."""
    return await s.get(CareLink, link_id, populate_existing=True)


async def linked_count(s: AsyncSession, patient_id: int) -> int:
    """How many caregivers the patient has."""
    n = await s.scalar(
        select(func.count())
        .select_from(CareLink)
        .where(CareLink.user_id == patient_id, CareLink.caregiver_id.is_not(None))
    )
    return int(n or 0)


async def is_linked(s: AsyncSession, patient_id: int, caregiver_id: int) -> bool:
    """Whether that caregiver is linked to that patient."""
    found = await s.scalar(
        select(CareLink.id).where(
            CareLink.user_id == patient_id, CareLink.caregiver_id == caregiver_id
        )
    )
    return found is not None


async def accept(
    s: AsyncSession, link_id: int, caregiver_id: int, caregiver_name: str, now: dt.datetime
) -> bool:
    """Accept an invite still open (once: a second tap, or a second person, finds it
    taken; a patient with MAX_CAREGIVERS already is not given one more). The caregiver is
    told of misses from now on, not of older ones."""
    others = aliased(CareLink)
    linked = (
        select(func.count())
        .select_from(others)
        .where(others.user_id == CareLink.user_id, others.caregiver_id.is_not(None))
        .scalar_subquery()
    )
    result = await s.execute(
        update(CareLink)
        .where(
            CareLink.id == link_id,
            CareLink.caregiver_id.is_(None),
            CareLink.expires_at > now,
            linked < MAX_CAREGIVERS,
        )
        .values(
            caregiver_id=caregiver_id,
            caregiver_name=caregiver_name[:64],
            accepted_at=now,
            told_until=now,
        )
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def decline(s: AsyncSession, link_id: int) -> bool:
    """An invite turned down: gone, so the link no longer works."""
    result = await s.execute(
        delete(CareLink).where(CareLink.id == link_id, CareLink.caregiver_id.is_(None))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def caregivers_of(s: AsyncSession, patient_id: int) -> list[LinkSeen]:
    """The patient's caregivers, first linked first."""
    rows = await s.execute(
        select(CareLink.id, CareLink.caregiver_name, CareLink.accepted_at, CareLink.invited_at)
        .where(CareLink.user_id == patient_id, CareLink.caregiver_id.is_not(None))
        .order_by(CareLink.accepted_at, CareLink.id)
    )
    return [LinkSeen(i, name or "", since or asked) for i, name, since, asked in rows.all()]


async def patients_of(s: AsyncSession, caregiver_id: int) -> list[LinkSeen]:
    """The patients a caregiver is told about, first linked first."""
    rows = await s.execute(
        select(CareLink, User.report_name)
        .join(User, User.id == CareLink.user_id)
        .where(CareLink.caregiver_id == caregiver_id)
        .order_by(CareLink.accepted_at, CareLink.id)
    )
    # The name the caregiver hears in messages (bot.domain.caregiving.patient_called).
    return [
        LinkSeen(
            link.id,
            patient_called(report, link.patient_name),
            link.accepted_at or link.invited_at,
        )
        for link, report in rows.all()
    ]


async def unlink(s: AsyncSession, link_id: int, user_id: int) -> Unlinked | None:
    """End a link from either side (only one's own); the other person's chat and both
    names, or None when there was no such link."""
    patient, caregiver = aliased(User), aliased(User)
    found = (
        await s.execute(
            select(CareLink, patient, caregiver)
            .join(patient, patient.id == CareLink.user_id)
            .join(caregiver, caregiver.id == CareLink.caregiver_id)
            .where(
                CareLink.id == link_id,
                or_(CareLink.user_id == user_id, CareLink.caregiver_id == user_id),
            )
        )
    ).first()
    if found is None:
        return None
    link, p, c = found
    result = await s.execute(delete(CareLink).where(CareLink.id == link_id))
    if not result.rowcount:  # type: ignore[attr-defined]
        return None  # ended meanwhile (the other side, or a second tap)
    by_patient = p.id == user_id
    other = c if by_patient else p
    patient_name = patient_called(p.report_name, link.patient_name)
    return Unlinked(other.chat_id, patient_name, link.caregiver_name or "", by_patient)


async def end_links_of_caregiver(s: AsyncSession, caregiver_id: int) -> list[Unlinked]:
    """/delete by a caregiver: their links end; each patient's chat, to tell them."""
    rows = await s.execute(
        select(User.chat_id, CareLink.patient_name, CareLink.caregiver_name)
        .join(User, User.id == CareLink.user_id)
        .where(CareLink.caregiver_id == caregiver_id)
    )
    ended = [Unlinked(chat, patient, name or "", False) for chat, patient, name in rows.all()]
    await s.execute(delete(CareLink).where(CareLink.caregiver_id == caregiver_id))
    return ended


async def delete_all_of(s: AsyncSession, user_id: int) -> None:
    """Every invite and link with this person on either side (/delete)."""
    await s.execute(
        delete(CareLink).where(or_(CareLink.user_id == user_id, CareLink.caregiver_id == user_id))
    )


async def end_link(s: AsyncSession, link_id: int) -> None:
    """A caregiver who blocked the bot: the link ends, quietly."""
    await s.execute(delete(CareLink).where(CareLink.id == link_id))


def _new_misses(now: dt.datetime) -> tuple[ColumnElement[bool], ...]:
    """A linked patient's doses marked missed whose cutoff came after what their
    caregiver was last told of, and not in the future. Only doses that were reminded:
    one whose reminder never went out (the bot was down past its cutoff) was not left
    unanswered by the patient, and saying so would alarm for nothing."""
    return (
        CareLink.caregiver_id.is_not(None),
        DoseOccurrence.user_id == CareLink.user_id,
        DoseOccurrence.status == DoseStatus.MISSED,
        DoseOccurrence.sent_at.is_not(None),
        DoseOccurrence.due_at > now - TELL_WITHIN - _WINDOW_SLACK,
        DoseOccurrence.cutoff_at > CareLink.told_until,
        DoseOccurrence.cutoff_at <= now,
    )


async def misses_to_tell(s: AsyncSession, now: dt.datetime, limit: int) -> list[ToTell]:
    """Up to `limit` links with misses their caregiver has not been told of, each with
    those misses, oldest first."""
    ids = list(
        await s.scalars(
            select(CareLink.id)
            .join(DoseOccurrence, and_(*_new_misses(now)))
            .distinct()
            .order_by(CareLink.id)
            .limit(limit)
        )
    )
    if not ids:
        return []
    patient, caregiver = aliased(User), aliased(User)
    rows = await s.execute(
        select(
            CareLink,
            caregiver.chat_id.label("chat"),
            caregiver.timezone.label("caregiver_zone"),
            caregiver.timezone_set.label("caregiver_zone_set"),
            patient.report_name,
            patient.timezone.label("zone"),
            patient.paused,
            Medication,
            DoseOccurrence.due_at,
            DoseOccurrence.cutoff_at,
        )
        .join(patient, patient.id == CareLink.user_id)
        .join(caregiver, caregiver.id == CareLink.caregiver_id)
        .join(DoseOccurrence, and_(*_new_misses(now)))
        .join(Medication, Medication.id == DoseOccurrence.medication_id)
        .where(CareLink.id.in_(ids))
        .order_by(CareLink.id, DoseOccurrence.due_at, DoseOccurrence.id)
    )
    found: dict[int, ToTell] = {}
    for r in rows.all():
        link: CareLink = r.CareLink
        if link.told_until is None:  # never for an accepted link; nothing to compare with
            continue
        item = found.get(link.id)
        if item is None:
            item = found[link.id] = ToTell(
                link.id,
                link.told_until,
                r.chat,
                r.caregiver_zone if r.caregiver_zone_set else None,
                patient_called(r.report_name, link.patient_name),
                r.zone,
                [],
            )
        med: Medication = r.Medication
        label = dose_text(med.name, med.amount, med.unit, med.generic, med.strength)
        item.misses.append(Miss(label, r.due_at, r.cutoff_at, r.paused, med.paused))
    return list(found.values())


async def claim(s: AsyncSession, link_id: int, was: dt.datetime, until: dt.datetime) -> bool:
    """Take the telling of a link's misses up to `until`: compare-and-set on what was
    told, so of two processes that read the same misses only one wins."""
    result = await s.execute(
        update(CareLink)
        .where(CareLink.id == link_id, CareLink.told_until == was)
        .values(told_until=until)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release(s: AsyncSession, link_id: int, was: dt.datetime, until: dt.datetime) -> None:
    """Give a claim back after a failed send, so the next sweep tells them (unless
    another has claimed since)."""
    await claim(s, link_id, until, was)


async def for_export(s: AsyncSession, user_id: int) -> list[tuple[str, str, dt.datetime]]:
    """The person's links for /export: (role, the other person's first name, since)."""
    mine = await caregivers_of(s, user_id)
    theirs = await patients_of(s, user_id)
    return [("caregiver", c.name, c.since) for c in mine] + [
        ("patient", p.name, p.since) for p in theirs
    ]
