"""Telling caregivers of missed doses: a sweep at the end of each tick.

Per link, `told_until` is the cutoff up to which its caregiver has been told. The sweep
reads each patient's doses marked missed since then, claims them by moving `told_until`
to now with a compare-and-set (of two processes that read the same misses, one wins),
then sends one message per link: never two for one patient in a sweep. A failed send
gives the claim back for the next sweep; a caregiver who blocked the bot ends the link,
quietly. A kill -9 between the claim and the send loses that one note: unlike a
reminder, a caregiver's note is better missed once than sent twice in alarm.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.domain.caregiving import clocks_differ, worth_telling
from bot.logsafe import log_failure
from bot.scheduling.notifier import Blocked, CaregiverNote, Notifier, SendFailed
from bot.storage import caregivers as store
from bot.storage.caregivers import ToTell

log = logging.getLogger(__name__)


class CaregiverSweep:
    """Tells each linked caregiver of their patient's new misses, once."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        notifier: Notifier,
        slots: asyncio.Semaphore,
        *,
        batch: int = 500,
    ) -> None:
        self.sessions = sessions
        self.notifier = notifier
        self.slots = slots  # shared with the dispatcher's reminder groups
        self.batch = batch

    async def run(self, now: dt.datetime) -> int:
        """One sweep; how many caregivers were told."""
        told = 0
        while True:
            async with self.sessions() as s:
                due = await store.misses_to_tell(s, now, self.batch)
            if not due:
                return told
            outcomes = await asyncio.gather(*(self._tell(item, now) for item in due))
            told += sum(o is True for o in outcomes)
            # A link given back (send failed) would be read again at once: the next
            # sweep retries it, not this one.
            if len(due) < self.batch or None in outcomes:
                return told

    async def _tell(self, item: ToTell, now: dt.datetime) -> bool | None:
        """Claim one link's misses and tell them: True when told, False when there was
        nothing to tell (or another process claimed it), None when given back."""
        async with self.slots:
            async with self.sessions.begin() as s:
                if not await store.claim(s, item.link_id, item.told_until, now):
                    return False
            misses = worth_telling(item.misses, now)
            if not misses:
                return False  # paused, or old news: claimed all the same, never told
            note = CaregiverNote(
                item.caregiver_chat,
                item.patient,
                ZoneInfo(item.patient_zone),
                misses,
                now,
                clocks_differ(item.patient_zone, item.caregiver_zone, now),
            )
            try:
                await self.notifier.tell_caregiver(note)
            except Blocked:
                async with self.sessions.begin() as s:
                    await store.end_link(s, item.link_id)
                log.info("a caregiver blocked the bot or left Telegram; their link ended")
                return False
            except Exception as exc:
                if isinstance(exc, SendFailed):
                    log.warning("caregiver note not sent (%s); will retry", exc)
                else:
                    log_failure(log, "caregiver note failed; will retry", exc)
                async with self.sessions.begin() as s:
                    await store.release(s, item.link_id, item.told_until, now)
                return None
            return True
