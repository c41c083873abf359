"""Pausing one medicine (its Pause button in /meds): resumed by hand, its paused days
are never counted missed; paused for a set time (`3 days`), it comes back by itself and
says so; the summary, the report and the export say it was paused on purpose, dated."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.domain.states import DoseStatus
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_pause_kept import _command, _dose_at, pauses_rows, report_text

NY = dt.timezone(dt.timedelta(hours=-5))


async def _statuses(app: Any) -> list[str]:
    async with deps_of(app).sessions() as s:
        return [o.status for o in await s.scalars(select(DoseOccurrence))]


async def _pause(fake: FakeBotApi, clock: FakeClock, when: dt.datetime) -> Any:
    """/meds, then ⏸ Pause · Naproxen at `when`: the reply asking for how long."""
    clock.set(when)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Pause · Naproxen")
    return await fake.wait_for_message(UID, after=n, contains="paused")


async def test_doses_while_a_medicine_was_paused_are_not_missed_after_resume(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: resumed after three days, "Naproxen 2 of 8 (25%) · 6 missed"."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await _pause(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    for day in (26, 27):
        clock.set(dt.datetime(2026, 11, day, 21, 0, tzinfo=NY))
        await tick(bot)
    clock.set(dt.datetime(2026, 11, 28, 9, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="(paused)")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Resume · Naproxen")
    await fake.wait_for_message(UID, after=n, contains="resumed")
    clock.set(dt.datetime(2026, 11, 28, 13, 0, tzinfo=NY))
    await tick(bot)
    assert DoseStatus.MISSED not in await _statuses(bot)
    week = await _command(fake, clock, dt.datetime(2026, 11, 28, 13, 0, tzinfo=NY), "/summary")
    assert "missed" not in week, week


async def test_a_medicine_paused_for_3_days_comes_back_by_itself_and_is_dated(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "Doctor said stop it 3 days before the procedure": one tap for how long, a message
    when it is back, and the doctor's report says it was paused on purpose, with dates."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    paused = await _pause(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    assert "aren't counted as missed" in (paused.text or "")
    assert fake.buttons(paused) == ["1 day", "3 days", "1 week", "Until I resume"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, paused.message_id, "3 days")
    await fake.wait_for_edit(UID, paused.message_id, contains="paused until Sat 28 Nov 09:00")

    # No reminders of it meanwhile, and nothing said until it is back.
    for when in (dt.datetime(2026, 11, 26, 20, 0), dt.datetime(2026, 11, 28, 8, 59)):
        clock.set(when.replace(tzinfo=NY))
        await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Naproxen" in (m.text or "")]
    clock.set(dt.datetime(2026, 11, 28, 9, 0, tzinfo=NY))
    await tick(bot)
    back = await fake.wait_for_message(UID, after=n, contains="back on")
    assert "Naproxen 500 mg is back on after its pause of 3 days" in (back.text or "")
    assert "next reminder at 20:00" in (back.text or ""), back.text
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 28, 20, 0, tzinfo=NY))
    assert DoseStatus.MISSED not in await _statuses(bot)

    span = "Wed 25 Nov 09:00 – Sat 28 Nov 09:00 (3 days)"
    week = await _command(fake, clock, dt.datetime(2026, 11, 28, 21, 0, tzinfo=NY), "/summary")
    assert "2 of 2 taken (100%)" in week, week
    assert f"⏸ You paused Naproxen 500 mg: {span}" in week, week

    pdf_text = await report_text(fake)
    assert f"Naproxen 500 mg paused by the patient: {span}" in pdf_text, pdf_text
    assert "Doses not due while a medicine was paused are not counted" in pdf_text

    assert await pauses_rows(fake) == [
        {
            "what": "Naproxen 500 mg paused by the patient",
            "paused at": "2026-11-25T09:00:00-05:00",
            "resumed at": "2026-11-28T09:00:00-05:00",
            "length": "3 days",
        }
    ]


async def test_a_pause_until_resumed_never_comes_back_by_itself(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    paused = await _pause(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    await fake.press(UID, paused.message_id, "Until I resume")
    await fake.wait_for_edit(UID, paused.message_id, contains="paused until you resume it")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 3, 9, 0, tzinfo=NY))
    await tick(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in said if "back on" in t or "Time for your" in t], said
    week = await _command(fake, clock, dt.datetime(2026, 12, 3, 9, 0, tzinfo=NY), "/summary")
    assert "⏸ You paused Naproxen 500 mg: since Wed 25 Nov 09:00 (still paused)" in week, week


async def _resume(fake: FakeBotApi, clock: FakeClock, when: dt.datetime) -> None:
    clock.set(when)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="(paused)")
    await fake.press(UID, meds.message_id, "Resume · Naproxen")
    await fake.wait_for_message(UID, after=n, contains="resumed")


async def test_resumed_by_hand_before_its_end_it_is_not_resumed_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    paused = await _pause(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    await fake.press(UID, paused.message_id, "1 week")
    await fake.wait_for_edit(UID, paused.message_id, contains="paused until Wed 2 Dec")
    await _resume(fake, clock, dt.datetime(2026, 11, 26, 9, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 2, 9, 30, tzinfo=NY))
    await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "back on" in (m.text or "")]

    # Paused again, resumed before choosing how long: a late tap changes nothing.
    paused = await _pause(fake, clock, dt.datetime(2026, 12, 2, 10, 0, tzinfo=NY))
    await _resume(fake, clock, dt.datetime(2026, 12, 2, 11, 0, tzinfo=NY))
    await fake.press(UID, paused.message_id, "3 days")
    await fake.wait_for_edit(UID, paused.message_id, contains="isn't paused any more")
    clock.set(dt.datetime(2026, 12, 6, 12, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "back on" in (m.text or "")]
