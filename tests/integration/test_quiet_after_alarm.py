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
from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_waiting_questions import say

LONDON = ZoneInfo("Europe/London")


async def _kept(app: Any) -> list[Record]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(Record).order_by(Record.id)))


async def _after(fake: FakeBotApi, bot: Any, text: str, alarm: str) -> list[Any]:
    """Send `text`, wait for its alarm's reply, and return every message from that on."""
    await say(fake, text, alarm)
    await settled(bot)
    msgs = fake.messages_to(UID)
    first = next(i for i, m in enumerate(msgs) if alarm in (m.text or ""))
    return msgs[first:]


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
