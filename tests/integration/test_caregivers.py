"""Caregivers through the real Application: a patient invites someone with /caregiver,
they accept from the link with one tap, and either side can end the link."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import CareLink
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

CARER = 2002
STRANGER = 3003


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


async def links(app: Any) -> list[CareLink]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(CareLink).order_by(CareLink.id)))


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
