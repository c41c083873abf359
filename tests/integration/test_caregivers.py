"""Caregivers through the real Application: a patient invites someone with /caregiver,
they accept from the link, and are told — once, in the patient's time — of a dose left
unanswered past its cutoff; nothing else, and nothing once unlinked or erased."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
import zipfile
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage import repositories as repo
from bot.storage.db import make_engine, make_sessionmaker
from bot.storage.models import CareLink, DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_two_schedulers import USERS, run_instances, seed

CARER = 2002
STRANGER = 3003


def ny(hour: int, minute: int = 0, day: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, 25 + day, hour, minute, tzinfo=NY)


async def say(fake: FakeBotApi, user: int, text: str, expect: str, **kw: Any) -> Any:
    n = len(fake.messages_to(user))
    await fake.send_text(user, text, **kw)
    return await fake.wait_for_message(user, after=n, contains=expect)


async def mary_with_gabapentin(fake: FakeBotApi) -> None:
    """Mary (her Telegram first name), in New York, with gabapentin at 08:00 and 20:00."""
    helped = await say(fake, UID, "/help", "Here's what I understand", first_name="Mary")
    assert "/caregiver" in (helped.text or "")
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 20:00")


async def invite(fake: FakeBotApi) -> tuple[Any, str]:
    """Mary's /caregiver message and the token of its link."""
    msg = await say(fake, UID, "/caregiver", "t.me/")
    found = re.search(r"https://t\.me/backtrack_test_bot\?start=care-([A-Za-z0-9_-]+)", msg.text)
    assert found, msg.text
    return msg, found.group(1)


async def open_link(fake: FakeBotApi, token: str, user: int = CARER, name: str = "Linda") -> Any:
    n = len(fake.messages_to(user))
    await fake.send_text(user, f"/start care-{token}", first_name=name)
    return await fake.wait_for_message(user, after=n)


async def link_linda(fake: FakeBotApi) -> None:
    """Mary invites Linda; Linda taps Yes; Mary is told."""
    _, token = await invite(fake)
    asked = await open_link(fake, token)
    assert "Mary" in asked.text and "Shall I link you" in asked.text
    assert fake.buttons(asked) == ["✅ Yes, link me", "No thanks"]
    n = len(fake.messages_to(UID))
    await fake.press(CARER, asked.message_id, "Yes, link me")
    await fake.wait_for_edit(CARER, asked.message_id, contains="You're linked")
    told = await fake.wait_for_message(UID, after=n, contains="Linda is now linked")
    assert "only when a dose of yours is missed" in told.text


async def leave_unanswered(app: Any, clock: FakeClock, due: dt.datetime) -> None:
    """A reminder already sent at `due` left alone: its follow-up, then its cutoff."""
    clock.set(due + dt.timedelta(minutes=30))
    await tick(app)
    clock.set(due + dt.timedelta(hours=3))
    await tick(app)


async def links(app: Any) -> list[CareLink]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(CareLink).order_by(CareLink.id)))


async def test_invite_accept_told_of_a_miss_then_unlinked_told_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    await mary_with_gabapentin(fake)
    shown, token = await invite(fake)
    assert "Never your pain scores, notes" in shown.text
    assert "48 hours" in shown.text and "tap Unlink" in shown.text
    assert [link.invite_hash != token for link in await links(bot)] == [True]

    asked = await open_link(fake, token)
    assert "Mary" in asked.text
    await fake.press(CARER, asked.message_id, "Yes, link me")
    linked = await fake.wait_for_edit(CARER, asked.message_id, contains="You're linked")
    assert "/caregiver" in linked.message.text and "/start" in linked.message.text
    await fake.wait_for_message(UID, contains="Linda is now linked")
    assert not any("not a doctor" in m.text for m in fake.messages_to(CARER)), "no onboarding"

    await reminder_at(fake, bot, clock, ny(8))
    n = len(fake.messages_to(CARER))
    clock.set(ny(10, 59))
    await tick(bot)
    assert len(fake.messages_to(CARER)) == n, "nothing before the cutoff"
    await leave_unanswered(bot, clock, ny(8))
    told = await fake.wait_for_message(CARER, after=n)
    assert told.text == (
        "⏰ Mary hasn't answered the 08:00 reminder today: Gabapentin 300 mg. "
        "It's now marked missed."
    )
    clock.advance(minutes=1)
    await tick(bot)
    assert len(fake.messages_to(CARER)) == n + 1, "told once"

    listed = await say(fake, UID, "/caregiver", "Linda · since Wed 25 Nov")
    assert fake.buttons(listed) == ["🔕 Unlink · Linda"]
    await fake.press(UID, listed.message_id, "Unlink")
    edited = await fake.wait_for_edit(UID, listed.message_id, contains="Nobody is linked")
    assert "t.me/backtrack_test_bot?start=care-" in edited.message.text, "the invite kept"
    await fake.wait_for_message(CARER, after=n + 1, contains="Mary has unlinked you")
    assert all(link.caregiver_id is None for link in await links(bot)), "only invites left"

    await reminder_at(fake, bot, clock, ny(20))
    await leave_unanswered(bot, clock, ny(20))
    assert len(fake.messages_to(CARER)) == n + 2, "unlinked: the 20:00 miss tells nothing"
    statuses = [o.status for o in await occurrences_of(bot)][:2]
    assert statuses == ["missed", "missed"]
    logged = " ".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    for private in ("Gabapentin", "gabapentin", "Mary", "Linda", token):
        assert private not in logged


async def occurrences_of(app: Any) -> list[DoseOccurrence]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.due_at)))


async def test_expired_used_unknown_and_own_links_are_answered_kindly(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    _, old = await invite(fake)
    _, token = await invite(fake)

    own = await open_link(fake, token, UID, "Mary")
    assert "your own invite link" in own.text and not fake.buttons(own)
    unknown = await open_link(fake, "A" * 22)
    assert "don't recognise" in unknown.text and not fake.buttons(unknown)
    garbled = await open_link(fake, "!!")
    assert "don't recognise" in garbled.text

    # Opened in time, tapped too late: the tap is checked again.
    asked = await open_link(fake, token)
    clock.advance(hours=48, minutes=1)
    await fake.press(CARER, asked.message_id, "Yes, link me")
    late = await fake.wait_for_edit(CARER, asked.message_id, contains="expired")
    assert "ask Mary for a new one" in late.message.text
    expired = await open_link(fake, old)
    assert "expired" in expired.text and not fake.buttons(expired)

    _, fresh = await invite(fake)
    asked = await open_link(fake, fresh)
    no_thanks = fake.button_data(asked)["No thanks"]
    await fake.press(CARER, asked.message_id, "Yes, link me")
    await fake.wait_for_edit(CARER, asked.message_id, contains="You're linked")
    await fake.press_data(CARER, asked.message_id, no_thanks)  # a second tap, from a 2nd phone
    await fake.wait_for_edit(CARER, asked.message_id, contains="already linked to Mary")
    again = await open_link(fake, fresh)
    assert "already linked to Mary" in again.text
    used = await open_link(fake, fresh, STRANGER, "Sam")
    assert "already been used" in used.text and not fake.buttons(used)
    accepted = [link for link in await links(bot) if link.caregiver_id is not None]
    assert [(link.caregiver_id, link.caregiver_name) for link in accepted] == [(CARER, "Linda")]


@pytest.mark.both_databases
async def test_no_thanks_links_nobody_and_spends_the_link(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    _, token = await invite(fake)
    asked = await open_link(fake, token)
    n = len(fake.messages_to(UID))
    await fake.press(CARER, asked.message_id, "No thanks")
    await fake.wait_for_edit(CARER, asked.message_id, contains="you're not linked")
    again = await open_link(fake, token)
    assert "don't recognise" in again.text
    assert await links(bot) == [] and len(fake.messages_to(UID)) == n


async def test_a_dose_taken_tells_nothing(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    n = len(fake.messages_to(CARER))
    reminder = await reminder_at(fake, bot, clock, ny(8))
    clock.advance(minutes=5)
    await fake.press(UID, reminder.message_id, "Taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken 08:05")
    await leave_unanswered(bot, clock, ny(8))
    assert len(fake.messages_to(CARER)) == n


async def test_two_misses_in_one_sweep_are_one_message(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    await add(fake, "ibuprofen 400mg 09:00 21:00")
    await link_linda(fake)
    n = len(fake.messages_to(CARER))
    await reminder_at(fake, bot, clock, ny(8))
    await reminder_at(fake, bot, clock, ny(9))
    clock.set(ny(12, 30))  # the bot was down from 09:00: both cutoffs passed meanwhile
    await tick(bot)
    told = await fake.wait_for_message(CARER, after=n)
    assert told.text == (
        "⏰ Mary hasn't answered 2 reminders:\n"
        "• 08:00 today: Gabapentin 300 mg\n"
        "• 09:00 today: Ibuprofen 400 mg\n"
        "They're now marked missed."
    )
    clock.advance(minutes=1)
    await tick(bot)
    assert len(fake.messages_to(CARER)) == n + 1


@pytest.mark.both_databases
async def test_a_paused_patient_tells_nothing_and_old_misses_stay_untold(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Paused after the reminder went out: the dose is still marked missed at its cutoff,
    but the caregiver hears nothing — not then, and not once reminders resume."""
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    n = len(fake.messages_to(CARER))
    await reminder_at(fake, bot, clock, ny(8))
    clock.set(ny(8, 30))
    await tick(bot)  # the follow-up: what is left to do is the cutoff
    clock.set(ny(9))
    await say(fake, UID, "/pause", "")
    clock.set(ny(11))
    await tick(bot)
    assert (await occurrences_of(bot))[0].status == "missed"
    await say(fake, UID, "/resume", "")
    clock.advance(minutes=1)
    await tick(bot)
    assert len(fake.messages_to(CARER)) == n


async def test_a_caregiver_who_blocked_the_bot_is_unlinked_quietly(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    n = len(fake.messages_to(UID))
    fake.block(CARER)
    await reminder_at(fake, bot, clock, ny(8))
    await leave_unanswered(bot, clock, ny(8))
    assert await links(bot) == []
    assert not [m for m in fake.messages_to(UID)[n:] if "Linda" in m.text]


async def test_delete_by_the_patient_ends_the_links_silently(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    n = len(fake.messages_to(CARER))
    confirm = await say(fake, UID, "/delete", "anyone linked with /caregiver")
    await fake.press(UID, confirm.message_id, "Delete everything")
    await fake.wait_for_edit(UID, confirm.message_id, contains="Everything is erased")
    assert await links(bot) == []
    assert len(fake.messages_to(CARER)) == n, "caregivers are told nothing more"
    mine = await say(fake, CARER, "/caregiver", "👥")
    assert "Mary" not in mine.text and not fake.buttons(mine)


async def test_delete_by_the_caregiver_ends_their_links_and_the_patient_is_told(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    watching = await say(fake, CARER, "/caregiver", "You're told when they miss a dose")
    assert "• Mary · since Wed 25 Nov" in watching.text
    assert "t.me/" not in watching.text, "someone who only looks after others gets no invite"
    assert fake.buttons(watching) == ["🔕 Stop · Mary"]
    n = len(fake.messages_to(UID))
    confirm = await say(fake, CARER, "/delete", "Are you sure")
    await fake.press(CARER, confirm.message_id, "Delete everything")
    await fake.wait_for_message(UID, after=n, contains="Linda is no longer told")
    assert await links(bot) == []
    m = len(fake.messages_to(CARER))
    await reminder_at(fake, bot, clock, ny(8))
    await leave_unanswered(bot, clock, ny(8))
    assert len(fake.messages_to(CARER)) == m


async def test_stop_by_the_caregiver_and_the_export_lists_the_links(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await mary_with_gabapentin(fake)
    await link_linda(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    sent = await fake.wait_for_message(UID, after=n, contains="CSV")
    assert sent.document is not None
    with zipfile.ZipFile(io.BytesIO(sent.document)) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("caregivers.csv").decode("utf-8"))))
    assert rows == [
        {
            "first name": "Linda",
            "link": "told of your missed doses",
            "since": "2026-11-25T01:00:00-05:00",
        }
    ]
    watching = await say(fake, CARER, "/caregiver", "You're told when they miss a dose")
    n = len(fake.messages_to(UID))
    await fake.press(CARER, watching.message_id, "Stop")
    await fake.wait_for_edit(CARER, watching.message_id, contains="Nobody is linked")
    await fake.wait_for_message(UID, after=n, contains="Linda is no longer told")
    assert await links(bot) == []


@pytest.mark.both_databases
async def test_at_most_three_caregivers(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await mary_with_gabapentin(fake)
    _, spare = await invite(fake)  # sent before the list filled up
    for uid, name in ((2002, "Linda"), (2003, "Tom"), (2004, "Ana")):
        _, token = await invite(fake)
        asked = await open_link(fake, token, uid, name)
        await fake.press(uid, asked.message_id, "Yes, link me")
        await fake.wait_for_edit(uid, asked.message_id, contains="You're linked")
    full = await say(fake, UID, "/caregiver", "the most I allow")
    assert "t.me/" not in full.text, "no invite while the list is full"
    assert fake.buttons(full) == ["🔕 Unlink · Linda", "🔕 Unlink · Tom", "🔕 Unlink · Ana"]
    late = await open_link(fake, spare, STRANGER, "Sam")
    assert "Mary already has 3 people linked" in late.text and not fake.buttons(late)
    await fake.press(UID, full.message_id, "Tom")
    room = await fake.wait_for_edit(UID, full.message_id, contains="To invite someone")
    assert "the most I allow" not in room.message.text, "the notice no longer holds"
    assert fake.buttons(fake.current(UID, full.message_id)) == [
        "🔕 Unlink · Linda",
        "🔕 Unlink · Ana",
    ]


async def _link_every_patient(url: str, clock: FakeClock) -> None:
    """Each seeded patient with a caregiver of their own (ids from 100001), linked now."""
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    now = clock.now()
    async with sessions.begin() as s:
        for uid in range(1, USERS + 1):
            carer = await repo.get_or_create_user(s, 100_000 + uid, 100_000 + uid, now)
            s.add(
                CareLink(
                    user_id=uid,
                    invite_hash=f"{uid:064x}",
                    patient_name=f"Patient {uid}",
                    invited_at=now,
                    expires_at=now + dt.timedelta(hours=48),
                    caregiver_id=carer.id,
                    caregiver_name="Carer",
                    accepted_at=now,
                    told_until=now,
                )
            )
    await engine.dispose()


async def _two_schedulers_tell_each_caregiver_once(url: str, fake: FakeBotApi) -> None:
    clock = FakeClock(dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC))
    await seed(url, clock)
    await _link_every_patient(url, clock)
    await run_instances(url, fake, clock, 2)
    told = Counter(m.chat_id for m in fake.sent if "hasn't answered" in (m.text or ""))
    assert set(told) == {100_000 + uid for uid in range(1, USERS + 1)}
    assert set(told.values()) == {1}, told.most_common(3)
    one = next(m.text for m in fake.sent if m.chat_id == 100_001)
    assert "the 08:00 reminder today: Ibuprofen 400 mg and Gabapentin 300 mg" in one


@pytest.mark.slow
@pytest.mark.postgres
async def test_two_schedulers_on_postgres_tell_each_caregiver_once(
    pg_url: str, fake: FakeBotApi
) -> None:
    await _two_schedulers_tell_each_caregiver_once(pg_url, fake)


@pytest.mark.slow
async def test_two_schedulers_on_sqlite_tell_each_caregiver_once(
    sqlite_url: str, fake: FakeBotApi
) -> None:
    await _two_schedulers_tell_each_caregiver_once(sqlite_url, fake)
