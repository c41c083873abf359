"""What a medicine holds, told with no question waiting, is never a dose (Sandbox, Pune:
"myospaz has chlorzoxazone 250 mg paracetamol 300 mg" logged Myospaz, 250 mg of
chlorzoxazone and 300 mg of paracetamol taken). On the list and not known as that, it is
offered at one tap; told at onboarding's check-in question, no dose either. A typed
"skip" at /add's strength question is its Skip button; a known combination is named as
the person's country names it."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

PUNE = ZoneInfo("Asia/Kolkata")


async def _med(app: Any, name: str) -> Medication:
    async with deps_of(app).sessions() as s:
        return (await s.scalars(select(Medication).where(Medication.name == name))).one()


async def _doses(app: Any) -> list[DoseLog]:
    await settled(app)
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseLog)))


async def _myospaz_kept_as_typed(fake: FakeBotApi) -> None:
    """Myospaz added, its strength skipped by typing "skip", what is in it not told."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Myospaz 1-0-1 for 5 days")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    # typed, as the Skip button (it was "No dose of any medicine is waiting right now")
    asked = await say(fake, "skip", "When do you take")
    assert "nothing to skip" not in (asked.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "8am and 10pm")
    await fake.wait_for_message(UID, after=n, contains="What medicine is in it")
    await say(fake, "skip", "stays as you typed it")


async def test_what_myospaz_holds_told_in_chat_is_kept_at_one_tap_never_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    await _myospaz_kept_as_typed(fake)
    offer = await say(fake, "myospaz has chlorzoxazone 250 mg paracetamol 300 mg", "Shall I keep")
    text = offer.text or ""
    assert "chlorzoxazone 250 mg and paracetamol 300 mg" in text, text
    assert "Logged" not in text
    assert await _doses(bot) == []
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Keep for Myospaz")
    kept = await fake.wait_for_message(UID, after=n, contains="I'll count the")
    assert "chlorzoxazone 250 mg and paracetamol 300 mg in Myospaz" in (kept.text or "")
    med = await _med(bot, "Myospaz")
    assert (med.generic, med.strength) == ("acetaminophen/chlorzoxazone", "250/300")
    # told again: already so, nothing offered
    again = await say(fake, "the myospaz is chlorzoxazone 250 and paracetamol 300", "already")
    assert again.reply_markup is None
    assert await _doses(bot) == []
    # a taking said is doses, as ever
    await say(fake, "took myospaz and 2 paracetamol 500", "Paracetamol 500 mg")
    doses = await _doses(bot)
    assert sorted((d.medication_id == med.id, d.count) for d in doses) == [(False, 2), (True, None)]


async def test_what_a_medicine_not_on_the_list_holds_is_answered_kindly(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    await add(fake, "Dolo 650 as needed")
    reply = await say(fake, "the myospaz is chlorzoxazone 250 and paracetamol 300", "/add")
    assert "what's in Myospaz" in (reply.text or "") and reply.reply_markup is None
    assert await _doses(bot) == []


async def test_ingredients_at_the_check_in_time_question_are_no_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone Asia/Kolkata")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "chlorzoxazone 250 mg paracetamol 300 mg")
    told = await fake.wait_for_message(UID, after=n, contains="what's in a medicine")
    assert "haven't logged" in (told.text or "")
    again = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [r for r in replies if "Logged" in r or "couldn't read" in r], replies
    assert await _doses(bot) == []
    n = len(fake.messages_to(UID))
    await fake.press(UID, again.message_id, "20:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 20:00")


@pytest.mark.parametrize(
    ("zone", "said", "not_said"),
    [
        ("Asia/Kolkata", "as paracetamol and chlorzoxazone", "acetaminophen"),
        ("Europe/London", "as paracetamol and chlorzoxazone", "acetaminophen"),
        ("America/Chicago", "as acetaminophen and chlorzoxazone", "paracetamol"),
    ],
)
async def test_a_known_combination_is_named_as_the_persons_country_does(
    fake: FakeBotApi, bot: Any, clock: FakeClock, zone: str, said: str, not_said: str
) -> None:
    await onboard(fake, zone)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Relaxo 300/250 mg 08:00 20:00")
    await fake.wait_for_message(UID, after=n, contains="What medicine is in it")
    reply = await say(fake, "Myolgin", "I'll check Relaxo")
    text = reply.text or ""
    assert said in text and not_said not in text.lower(), text
    assert (await _med(bot, "Relaxo")).generic == "acetaminophen/chlorzoxazone"


@pytest.mark.both_databases
async def test_what_it_holds_told_of_it_answers_whats_in_it_with_its_amounts(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "What medicine is in it?" answered "myospaz has …": each amount kept with its own
    ingredient (it was read by name alone, and Myospaz kept no strength)."""
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Myospaz as needed")
    dose = await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    n = len(fake.messages_to(UID))
    await fake.press(UID, dose.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains="What medicine is in it")
    told = await say(fake, "myospaz has chlorzoxazone 250 mg paracetamol 300 mg", "I'll count the")
    assert "chlorzoxazone 250 mg and paracetamol 300 mg in Myospaz" in (told.text or "")
    med = await _med(bot, "Myospaz")
    assert (med.generic, med.strength) == ("acetaminophen/chlorzoxazone", "250/300")
    assert await _doses(bot) == []


async def test_what_myospaz_holds_told_beside_its_dose_is_one_dose_and_its_paracetamol_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Pune: "took 2 myospaz, it has chlorzoxazone 250mg and paracetamol 300mg"
    logged three doses, and the day's paracetamol counted 300 mg that never went down.
    One dose now, its contents offered to be kept; kept, the next day's 2 Myospaz and a
    Dolo 650 are 2 × 300 + 650 = 1,250 mg of paracetamol (it was 1,550)."""
    said = "took 2 myospaz, it has chlorzoxazone 250mg and paracetamol 300mg"
    await onboard(fake, "Asia/Kolkata")
    clock.set(dt.datetime(2026, 12, 7, 13, 25, tzinfo=PUNE))
    await _myospaz_kept_as_typed(fake)
    await add(fake, "Dolo 650 as needed")
    clock.set(dt.datetime(2026, 12, 7, 15, 5, tzinfo=PUNE))  # (no reminder near)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, said)
    offer = await fake.wait_for_message(UID, after=n, contains="Shall I keep")
    replies = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [r for r in replies if "Chlorzoxazone" in r or "Paracetamol" in r], replies
    assert "chlorzoxazone 250 mg and paracetamol 300 mg" in (offer.text or ""), offer.text
    med = await _med(bot, "Myospaz")
    doses = await _doses(bot)
    assert [(d.medication_id, d.count) for d in doses] == [(med.id, 2)]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Keep for Myospaz")
    await fake.wait_for_message(UID, after=n, contains="I'll count the")
    assert (await _med(bot, "Myospaz")).generic == "acetaminophen/chlorzoxazone"
    clock.set(dt.datetime(2026, 12, 8, 15, 5, tzinfo=PUNE))
    n = len(fake.messages_to(UID))
    await say(fake, said, "Myospaz")
    await settled(bot)
    again = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [r for r in again if "Shall I keep" in r or "Paracetamol" in r], again
    await say(fake, "took 1 dolo 650", "✅")
    asked = await say(fake, "how much paracetamol today", "Paracetamol in those")
    text = asked.text or ""
    assert "1,250 mg" in text and "Myospaz" in text, text
