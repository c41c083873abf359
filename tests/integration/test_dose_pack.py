"""A methylprednisolone dose pack is one line: six days, each reminder with that day's
tablets, checked against an NSAID like any corticosteroid, gone from /meds when done."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_courses import doses_by_medicine
from tests.integration.test_dose_loop import UID, add, onboard


@pytest.mark.both_databases
async def test_a_dose_pack_counts_down_its_six_days(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    # The send limiter off: its real-time spacing per chat would make each day's tick
    # wait for the one before; rate limits are tested apart (tests/unit/test_ratelimit.py).
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        await onboard(fake, "Europe/Berlin")  # Wed 25 Nov 2026, 08:00 in Berlin
        n = len(fake.messages_to(UID))
        said = await add(fake, "medrol dosepak 09:00")
        lines = said.splitlines()
        assert "Medrol dosepak 24 mg (6 tablets) · 09:00 · today only" in lines[0]
        assert "then Medrol dosepak 4 mg (1 tablet) · 09:00 · on Mon 30 Nov only" in lines[5]
        note = await fake.wait_for_message(UID, after=n, contains="As the pack is printed")
        assert "21 tablets in all" in (note.text or "")

        # The pack is a corticosteroid to the safety checks, as written on the label.
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/add meloxicam 15mg 20:00")
        warning = await fake.wait_for_message(UID, after=n, contains="Before I save")
        assert "corticosteroid" in (warning.text or "")
        assert "talk to your doctor or pharmacist" in (warning.text or "")
        await fake.press(UID, warning.message_id, "Cancel")

        n = len(fake.messages_to(UID))
        tablets = [6, 5, 4, 3, 2, 1]
        for day, count in enumerate(tablets):
            clock.set(dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.UTC) + dt.timedelta(days=day))
            await _reminded(fake, app, clock, f"Medrol dosepak {4 * count} mg")
        clock.set(dt.datetime(2026, 12, 1, 8, 30, tzinfo=dt.UTC))
        await tick(app)
        reminders = [
            m.text or "" for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")
        ]
        assert len(reminders) == 6
        for text, count, mg in zip(reminders, tablets, [4 * t for t in tablets], strict=True):
            plural = "s" if count > 1 else ""
            assert f"Medrol dosepak {mg} mg ({count} tablet{plural})" in text
        assert "From tomorrow your dose changes to Medrol dosepak 20 mg" in reminders[0]
        assert "Last dose of this course" in reminders[5]

        doses = await doses_by_medicine(app)
        assert [d.day for d, _ in doses["medrol dosepak"]] == [25, 26, 27, 28, 29, 30]
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        meds = await fake.wait_for_message(UID, after=n)
        assert "Medrol" not in (meds.text or "")

        # The week as the summary tells it: each day of the pack on its own, once.
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        summary = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
        days = [x for x in summary.splitlines() if x.startswith("• Medrol dosepak")]
        assert len(days) == 6
        assert days[1].startswith("• Medrol dosepak 20 mg (5 tablets) · Thu 26 Nov only: ")


async def _reminded(fake: FakeBotApi, app: Any, clock: FakeClock, what: str) -> None:
    """Tick until the day's reminder is out: a send that failed on a loaded machine is
    retried a minute later, as the dispatcher does (RETRY_AFTER), within its cutoff."""
    for _ in range(5):
        n = len(fake.messages_to(UID))
        await tick(app)
        try:
            await fake.wait_for_message(UID, after=n, contains=what, timeout=3)
            return
        except AssertionError:
            clock.advance(seconds=61)
    raise AssertionError(f"no reminder for {what}")


async def test_a_dose_pack_is_one_reminder_a_day(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock):
        await onboard(fake, "Europe/Berlin")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/add methylprednisolone dose pack 8am 8pm")
        ask = await fake.wait_for_message(UID, after=n, contains="one reminder a day")
        rows = (ask.reply_markup or {}).get("inline_keyboard", [])
        labels = [str(b["text"]) for row in rows for b in row]
        assert labels and all(":" in label and "·" not in label for label in labels)
        assert "As needed" not in labels
        n = len(fake.messages_to(UID))
        await fake.press(UID, ask.message_id, labels[0])
        saved = await fake.wait_for_message(UID, after=n, contains="Saved")
        assert saved.text and saved.text.count(labels[0]) == 6
