"""The dose loop end to end: the real Application over HTTP against the fake Bot API."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseOccurrence
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

UID = 1001
NY = dt.timezone(dt.timedelta(hours=-5))  # EST on 2026-11-25


async def occurrences(app: Any) -> list[DoseOccurrence]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(DoseOccurrence).order_by(DoseOccurrence.id)))


async def onboard(fake: FakeBotApi, zone: str = "America/New_York") -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="not a doctor")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, f"/timezone {zone}")
    await fake.wait_for_message(UID, after=n, contains="Time zone set")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "20:00")
    await fake.wait_for_message(UID, after=n, contains="/add")
    # The baseline PEG onboarding then offers is skipped (test_peg_baseline.py answers
    # it), so the tests built on this start with no question waiting.
    peg = await fake.wait_for_message(UID, after=n, contains="One more thing")
    n = len(fake.messages_to(UID))
    await fake.press(UID, peg.message_id, "Skip")
    await fake.wait_for_message(UID, after=n, contains="once a week")


async def add(fake: FakeBotApi, line: str, *, warned: bool = False) -> str:
    """Add a medication; with `warned`, expect the safety warning and press Save anyway."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, f"/add {line}")
    if warned:
        warning = await fake.wait_for_message(UID, after=n, contains="Before I save")
        assert "talk to your doctor or pharmacist" in (warning.text or "")
        await fake.press(UID, warning.message_id, "Save anyway")
    msg = await fake.wait_for_message(UID, after=n, contains="Saved")
    return msg.text or ""


def reminders_since(fake: FakeBotApi, n: int, head: str = "Time for your") -> list[Any]:
    return [m for m in fake.messages_to(UID)[n:] if head in (m.text or "")]


async def reminder_at(
    fake: FakeBotApi, app: Any, clock: FakeClock, when: dt.datetime, head: str = "Time for your"
) -> Any:
    """The reminder due `when`, sent then and not a second before (`head`: its first
    words; "Time for their" in a chat a carer writes in)."""
    n = len(fake.messages_to(UID))
    clock.set(when - dt.timedelta(seconds=1))
    await tick(app)
    assert not reminders_since(fake, n, head), "nothing is due a second early"
    clock.set(when)
    await tick(app)
    return await fake.wait_for_message(UID, after=n, contains=head)


async def reminder_out(fake: FakeBotApi, app: Any, clock: FakeClock, line: str) -> Any:
    """Onboarded in New York, `line` added, and its 08:00 reminder sent, unanswered."""
    await onboard(fake)
    await add(fake, line)
    return await reminder_at(fake, app, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))


async def test_walk_start_timezone_add_reminder_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    saved = await add(fake, "ibuprofen 400mg 08:00 20:00")
    assert "Ibuprofen 400 mg" in saved and "08:00, 20:00" in saved

    eight_ny = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    msg = await reminder_at(fake, bot, clock, eight_ny)
    assert "08:00" in (msg.text or "") and "late" not in (msg.text or "")
    assert any("Taken" in b for b in fake.buttons(msg))
    assert any("Snooze" in b for b in fake.buttons(msg))
    assert any("Skip" in b for b in fake.buttons(msg))
    occ = (await occurrences(bot))[0]
    assert occ.due_at == dt.datetime(2026, 11, 25, 13, 0, tzinfo=dt.UTC)
    assert occ.sent_at == occ.due_at

    taken_data = _data_of(msg, "Taken")
    clock.advance(minutes=3)
    cq = await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_callback_answer(cq)
    edit = await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:03")
    assert edit is not None
    assert fake.buttons(fake.current(UID, msg.message_id)) == ["↩️ Undo"]

    edits_before = len(fake.edits)
    cq2 = await fake.press_data(UID, msg.message_id, taken_data)
    answer = await fake.wait_for_callback_answer(cq2)
    assert "nothing changed" in (answer.get("text") or "")
    assert len(fake.edits) == edits_before
    occ = (await occurrences(bot))[0]
    assert occ.status == "taken"
    assert occ.taken_at == dt.datetime(2026, 11, 25, 13, 3, tzinfo=dt.UTC)


def _data_of(msg: Any, label: str) -> str:
    for row in (msg.reply_markup or {}).get("inline_keyboard", []):
        for b in row:
            if label in b["text"]:
                return str(b["callback_data"])
    raise AssertionError(f"no button {label!r}")


async def test_snooze_reminds_again(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Snooze")
    menu = await fake.wait_for_edit(UID, msg.message_id, contains="how long")
    labels = fake.buttons(fake.current(UID, msg.message_id))
    for minutes in ("10 min", "15 min", "30 min", "60 min"):
        assert minutes in labels
    assert menu is not None
    await fake.press(UID, msg.message_id, "30 min")
    await fake.wait_for_edit(UID, msg.message_id, contains="Snoozed until 08:30")

    n = len(fake.messages_to(UID))
    clock.advance(minutes=29)
    await tick(bot)
    assert len(fake.messages_to(UID)) == n
    clock.advance(minutes=1)
    await tick(bot)
    again = await fake.wait_for_message(UID, after=n, contains="08:00")
    assert "Snooze" in (again.text or "")
    await fake.press(UID, again.message_id, "Taken")
    await fake.wait_for_edit(UID, again.message_id, contains="Taken 08:30")
    assert (await occurrences(bot))[0].status == "taken"


async def test_skip_with_reason_is_kept(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    await fake.press(UID, msg.message_id, "Skip")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why")
    labels = fake.buttons(fake.current(UID, msg.message_id))
    for reason in ("Forgot", "Side effects", "Felt fine", "Ran out", "Other"):
        assert reason in labels
    await fake.press(UID, msg.message_id, "Ran out")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — ran out")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "ran_out")


async def test_one_followup_then_missed_then_late_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    clock.advance(minutes=29)
    await tick(bot)
    assert len(fake.messages_to(UID)) == n
    clock.advance(minutes=1)
    await tick(bot)
    nudge = await fake.wait_for_message(UID, after=n, contains="nudge")
    assert any("Taken" in b for b in fake.buttons(nudge))
    n = len(fake.messages_to(UID))
    clock.advance(minutes=60)
    await tick(bot)
    assert len(fake.messages_to(UID)) == n, "only one follow-up"
    clock.set(dt.datetime(2026, 11, 25, 11, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_edit(UID, msg.message_id, contains="Missed")
    assert (await occurrences(bot))[0].status == "missed"
    assert len(fake.messages_to(UID)) == n, "missed is recorded quietly"

    clock.advance(minutes=5)
    await fake.press(UID, msg.message_id, "Taken")
    # Past its cutoff the tap is stored at once, late; its due time is one tap away
    late = await fake.wait_for_edit(UID, msg.message_id, contains="(late)")
    assert fake.buttons(late.message) == ["↩️ Undo", "🕗 I took it at 08:00"]
    occ = (await occurrences(bot))[0]
    assert occ.status == "taken" and occ.taken_late


async def test_a_late_tap_beside_another_dose_shows_both_and_how_to_set_them_right(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: the 20:00 naproxen logged, then Taken tapped on the unanswered 08:00
    reminder minutes later; two doses at one moment were stored without a word."""
    morning = await reminder_out(fake, bot, clock, "naproxen 500mg 08:00 20:00")
    evening = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 20, 5, tzinfo=NY))
    await fake.press(UID, evening.message_id, "Taken")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 20, 10, tzinfo=NY))
    await fake.press(UID, morning.message_id, "Taken")
    late = await fake.wait_for_edit(UID, morning.message_id, contains="(late)")
    said = await fake.wait_for_message(UID, after=n, contains="next to the 20:00 dose")
    assert "your 08:00 dose is now marked taken at 20:10" in (said.text or "")
    assert "logged at 20:05" in (said.text or "")
    assert fake.buttons(late.message) == ["↩️ Undo", "🕗 I took it at 08:00"]
    # the tap is stored as tapped; one of the two buttons sets it right
    assert [o.status for o in await occurrences(bot)][:2] == ["taken", "taken"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, morning.message_id, "I took it at 08:00")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    assert not [m for m in fake.messages_to(UID)[n:] if "next to the" in (m.text or "")]


async def test_one_more_of_a_name_not_known_never_answers_another_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Chicago: "took 1 more tram" with the Celebrex reminder open marked the
    Celebrex taken; one more of something not named is asked about, which one ("tram"
    itself is now read as the tramadol listed)."""
    await reminder_out(fake, bot, clock, "celecoxib 200mg 08:00")
    from tests.integration.test_waiting_questions import say

    await add(fake, "tramadol 50mg as needed every 6 hours")
    await say(fake, "took 1 more tram", "Logged: Tramadol 50 mg")
    assert [o.status for o in await occurrences(bot)][0] == "sent"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took 1 more")
    which = await fake.wait_for_message(UID, after=n, contains="One more of which?")
    assert "Tramadol 50 mg" in fake.buttons(which)
    assert [o.status for o in await occurrences(bot)][0] == "sent", "the Celebrex still open"
    await fake.press(UID, which.message_id, "Tramadol 50 mg")
    await fake.wait_for_message(UID, after=n, contains="Logged: Tramadol 50 mg")
    assert [o.status for o in await occurrences(bot)][0] == "sent"


async def test_grouped_reminder_and_all_taken(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    labels = fake.buttons(msg)
    assert "✅ Taken · Ibuprofen" in labels and "✅ Taken · Gabapentin" in labels
    assert any("All taken" in b for b in labels)
    assert len(fake.messages_to(UID)) == len([m for m in fake.messages_to(UID)])
    await fake.press(UID, msg.message_id, "Skip · Gabapentin")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why")
    await fake.press(UID, msg.message_id, "Felt fine")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — felt fine")
    await fake.press(UID, msg.message_id, "Taken · Ibuprofen")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    statuses = sorted(o.status for o in await occurrences(bot) if o.sent_at is not None)
    assert statuses == ["skipped", "taken"]


async def test_a_grouped_reminders_nudge_asks_about_its_doses(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "gabapentin 300 mg at 8am, 2pm and 10pm")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.advance(minutes=30)
    await tick(bot)
    nudge = await fake.wait_for_message(UID, after=n, contains="nudge")
    # Two medicines due together: "your 08:00 dose?" would read as if only one were
    assert "Did you take your 08:00 doses?" in nudge.text


async def test_all_taken_marks_every_open_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await add(fake, "duloxetine 60mg 8am", warned=True)
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await fake.press(UID, msg.message_id, "All taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken 08:00")
    sent = [o for o in await occurrences(bot) if o.sent_at is not None]
    assert len(sent) == 2 and all(o.status == "taken" for o in sent)


async def test_restart_after_due_sends_once_marked_late(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock) as app:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00 20:00")
        await tick(app)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 40, tzinfo=NY))  # down over 08:00
    async with running_bot(fake, database_url, clock) as app:
        await tick(app)
        msg = await fake.wait_for_message(UID, after=n, contains="Time for your")
        assert "late" in (msg.text or "")
        await tick(app)
    async with running_bot(fake, database_url, clock) as app:
        await tick(app)
        await tick(app)
    reminders = [m for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")]
    assert len(reminders) == 1


async def test_down_past_cutoff_records_missed_without_sending(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock) as app:
        await onboard(fake)
        await add(fake, "ibuprofen 400mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 11, 30, tzinfo=NY))
    async with running_bot(fake, database_url, clock) as app:
        await tick(app)
        assert not [m for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")]
        occ = (await occurrences(app))[0]
        assert occ.status == "missed"
