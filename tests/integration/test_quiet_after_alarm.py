"""After an alarm's reply, nothing routine follows it: no "Logged: note …" receipt with an
Undo button (Sandbox: the crisis reply, then at once "Logged: note “i cant do this
anymore”" and ↩️ Undo). The words stay in the record for the doctor; a score told in the
same message is kept and said in one plain line, with nothing to tap."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def _kept(app: Any) -> list[Record]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(Record).order_by(Record.id)))


async def _after(fake: FakeBotApi, bot: Any, text: str, alarm: str) -> list[Any]:
    """Send `text`, wait for its alarm's reply, and return every message from that on that
    answers it (the weekly summary a tick sends as the clock crosses its day, and its
    chart, are not the message's: under load they had landed among its replies)."""
    await say(fake, text, alarm)
    await settled(bot)
    msgs = fake.messages_to(UID)
    first = next(i for i, m in enumerate(msgs) if alarm in (m.text or ""))
    return [m for m in msgs[first:] if not _scheduled(m)]


def _scheduled(message: Any) -> bool:
    """A message the bot sends on its own schedule: the weekly summary and its chart."""
    text = message.text or ""
    return text.startswith("📋 Your week") or message.kind == "photo"


async def test_thoughts_of_suicide_get_the_crisis_reply_alone(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 21, 0, tzinfo=LONDON))
    said = await _after(fake, bot, "i cant do this anymore, i want to end it all", "crisis line")
    assert len(said) == 1, [m.text for m in said]
    assert "Logged" not in (said[0].text or "") and not said[0].reply_markup
    kept = await _kept(bot)
    flag = next(r for r in kept if r.kind == "red_flag")
    assert flag.raw_text == "i cant do this anymore, i want to end it all"
    # the words beside the alarm are still the doctor's to read
    notes = [json.loads(r.data)["text"] for r in kept if r.kind == "note"]
    assert notes == ["i cant do this anymore"]


async def test_a_score_beside_the_alarm_is_said_kept_in_one_plain_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 21, 0, tzinfo=LONDON))
    text = "pain 9, can't feel my saddle area and wet myself"
    said = await _after(fake, bot, text, "emergency department")
    assert [m.text for m in said[1:]] == ["Also kept for your doctor: pain 9."]
    assert not said[1].reply_markup, "no Undo beside an alarm"
    kept = await _kept(bot)
    assert [r.score for r in kept if r.kind == "pain"] == [9], "what is said kept is kept"


async def test_thoughts_of_suicide_with_a_score_say_only_the_score_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 21, 0, tzinfo=LONDON))
    said = await _after(fake, bot, "pain 7 today, i want to end it all", "crisis line")
    assert [m.text for m in said[1:]] == ["Also kept for your doctor: pain 7."]
    assert [r.score for r in await _kept(bot) if r.kind == "pain"] == [7]


async def _doses(app: Any) -> list[DoseLog]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseLog).order_by(DoseLog.id)))


async def test_a_dose_beside_the_crisis_reply_is_kept_in_one_plain_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, London: the crisis reply, then at once "Logged: 2 × Norco at 10:00 ✅"
    # with ↩️ Undo
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=LONDON))
    said = await _after(fake, bot, "took 2 norco, I want to end it all", "crisis line")
    assert [m.text for m in said[1:]] == ["Also kept for your doctor: 2 × Norco at 10:00."]
    assert not said[1].reply_markup, "no Undo beside an alarm"
    (log,) = await _doses(bot)
    assert log.name.lower() == "norco" and log.count == 2, "what is said kept is kept"


async def test_a_dose_beside_a_nerve_alarm_is_said_with_the_score(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 12, 0, tzinfo=LONDON))
    text = "pain 10, can't feel my legs, lost bladder control, took 2 advil"
    said = await _after(fake, bot, text, "emergency department")
    rest = [m.text or "" for m in said[1:]]
    assert len(rest) == 1, rest
    assert rest[0].startswith("Also kept for your doctor: 2 × Advil 200 mg at 12:00 · pain 10")
    assert "✅" not in rest[0] and "NSAID" not in rest[0]
    assert not said[1].reply_markup
    assert [log.name.lower() for log in await _doses(bot)] == ["advil"]


async def test_a_dose_past_the_labelled_maximum_beside_an_alarm_still_says_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    for hour in (6, 9, 12):
        clock.set(dt.datetime(2026, 12, 7, hour, 0, tzinfo=LONDON))
        await say(fake, "took 1000mg paracetamol", "Logged")
        await settled(bot)
    clock.set(dt.datetime(2026, 12, 7, 15, 0, tzinfo=LONDON))
    said = await _after(fake, bot, "took 2000mg paracetamol, i want to end it all", "crisis line")
    rest = [m.text or "" for m in said[1:]]
    assert len(rest) == 1, rest
    assert rest[0].startswith("Also kept for your doctor: Paracetamol 2000 mg at 15:00.")
    assert "5,000 mg" in rest[0] and rest[0].endswith("talk to your doctor or pharmacist.")
    assert not said[1].reply_markup
