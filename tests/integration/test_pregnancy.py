"""A pregnancy told or asked about (Sandbox, Bengaluru): "my period is late, could I be
pregnant? am taking all these" got "Sorry, I didn't catch that", and "is it safe to take
these medicines if pregnant?" got "keep it for your next visit". Now one message says what
the labels of her medicines say of pregnancy, each with its source, keeps it for the
report, offers the question for the doctor with one tap, and ends with the doctor or
pharmacist, soon."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoctorQuestion, DoseLog, Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows
from tests.integration.test_waiting_questions import say

KOLKATA = ZoneInfo("Asia/Kolkata")


async def _notes(app: Any) -> list[str]:
    async with deps_of(app).sessions() as s:
        recs = await s.scalars(select(Record).where(Record.kind == "note").order_by(Record.id))
        return [json.loads(r.data)["text"] for r in recs]


async def test_a_possible_pregnancy_gets_the_labels_words_for_naproxen_and_pregabalin(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "naproxen 500mg 09:00 21:00")
    await add(fake, "pregabalin 75mg 23:00")
    clock.set(dt.datetime(2026, 12, 9, 13, 0, tzinfo=KOLKATA))
    reply = await say(fake, "my period is late, could I be pregnant? am taking all these", "🤰")
    text = reply.text or ""
    assert "Naproxen" in text and "20 weeks" in text and "amniotic fluid" in text
    assert "(Source: FDA NSAID labelling change, October 2020)" in text
    assert "Pregabalin" in text and "(Source: Lyrica (pregabalin) label §8.1; TGA, 2023)" in text
    assert "your next visit" not in text and "didn't catch" not in text
    assert text.rsplit(". ", 1)[-1].startswith("Please don't wait")
    assert text.endswith("talk to your doctor or pharmacist about your medicines soon.")
    assert fake.buttons(reply) == ["🩺 Save it to ask my doctor"]
    await settled(bot)
    assert await _notes(bot) == ["My period is late, could I be pregnant? am taking all these"]
    assert await rows(bot, DoseLog) == [], "'am taking all these' is no dose taken now"
    # One tap keeps the question; the labels' words stay above the kept line.
    await fake.press(UID, reply.message_id, "Save it to ask my doctor")
    edited = await fake.wait_for_edit(UID, reply.message_id, contains="Kept for your doctor")
    assert "amniotic fluid" in (edited.text or "") and "your next visit" not in (edited.text or "")
    assert len(await rows(bot, DoctorQuestion)) == 1


async def test_asked_if_the_medicines_are_safe_if_pregnant(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "naproxen 500mg 09:00 21:00")
    await add(fake, "pregabalin 75mg 23:00")
    clock.set(dt.datetime(2026, 12, 9, 13, 5, tzinfo=KOLKATA))
    reply = await say(fake, "is it safe to take these medicines if pregnant?", "🤰")
    text = reply.text or ""
    assert "oligohydramnios" in text and "pregabalin label" in text
    assert "question for your doctor or pharmacist" not in text
    assert "your next visit" not in text


async def test_someone_else_s_pregnancy_gets_no_labels_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "naproxen 500mg 09:00 21:00")
    clock.set(dt.datetime(2026, 12, 9, 13, 0, tzinfo=KOLKATA))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "my wife is pregnant so I'm doing all the lifting, back is 6")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "🤰" in (m.text or "")]
