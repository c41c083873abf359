"""A change "from Thursday" made on Wednesday: the old version runs, and is reminded and
counted, until the new one starts; a change with no day starts now, as before."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseLog, DoseOccurrence, Medication
from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at, reminders_since
from tests.integration.test_future_doses import rows

DUBLIN = ZoneInfo("Europe/Dublin")


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A local time in Dublin; 25 November 2026 is a Wednesday."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=DUBLIN)


async def edit_to(fake: FakeBotApi, line: str) -> str:
    """/meds → Edit → `line`: the reply that says what was saved."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="change")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, line)
    return (await fake.wait_for_message(UID, after=n, contains="Saved")).text or ""


def slots(occs: list[DoseOccurrence], med: Medication) -> list[tuple[int, str]]:
    return [(o.local_date.day, o.local_time) for o in occs if o.medication_id == med.id]


async def test_a_change_from_thursday_keeps_wednesday_evenings_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox (Dublin): "pregabalin 75mg 20:00 from thursday" at 18:00 on
    Wednesday ended the old version at once; no 20:00 reminder came, the dose she told
    was counted as needed and her adherence as 5 of 5."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    morning = await reminder_at(fake, bot, clock, at(25, 8))
    await fake.press(UID, morning.message_id, "Taken")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken 08:00")
    clock.set(at(25, 18))
    saved = await edit_to(fake, "pregabalin 75mg 20:00 from thursday")
    assert "from Thu 26 Nov" in saved
    assert "Until then, as before: Pregabalin 75 mg · 08:00, 20:00" in saved

    old, new = await rows(bot, Medication)
    assert new.replaces_id == old.id and new.first_day == dt.date(2026, 11, 26)
    assert old.ended_at == at(26, 0), "the old version ends when the new one starts"
    occs = await rows(bot, DoseOccurrence)
    assert (25, "20:00") in slots(occs, old), "tonight's dose stays"
    assert all(day >= 26 for day, _ in slots(occs, new)), "the new version starts Thursday"

    # Tonight's dose is reminded; she tells it in words, as the tester did.
    evening = await reminder_at(fake, bot, clock, at(25, 20))
    assert "Pregabalin" in (evening.text or "")
    clock.set(at(25, 20, 40))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took me pregabalin at 8 as usual")
    await fake.wait_for_message(UID, after=n, contains="Pregabalin 75 mg taken")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken 20:00")
    assert not await rows(bot, DoseLog), "a scheduled dose, never an as-needed one"

    # Thursday: no 08:00 reminder any more, the new 20:00 one comes.
    n = len(fake.messages_to(UID))
    clock.set(at(26, 8, 5))
    await tick(bot)
    assert not reminders_since(fake, n)
    thursday = await reminder_at(fake, bot, clock, at(26, 20))
    await fake.press(UID, thursday.message_id, "Taken")
    await fake.wait_for_edit(UID, thursday.message_id, contains="Taken 20:00")
    taken = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert [(o.local_date.day, o.local_time) for o in taken] == [
        (25, "08:00"),
        (25, "20:00"),
        (26, "20:00"),
    ]

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    assert "3 of 3" in week or "3/3" in week, week
    assert "As needed" not in week, week


async def test_a_change_with_no_day_starts_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """A change with no day (or "from today") ends the old version at once, as before:
    tonight's dose is the new version's."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    clock.set(at(25, 18))
    saved = await edit_to(fake, "pregabalin 150mg 20:00 from today")
    assert "Until then" not in saved
    old, new = await rows(bot, Medication)
    assert old.ended_at == clock.now()
    occs = await rows(bot, DoseOccurrence)
    assert not [(d, t) for d, t in slots(occs, old) if d >= 25 and t == "20:00"]
    assert (25, "20:00") in slots(occs, new)
    evening = await reminder_at(fake, bot, clock, at(25, 20))
    assert "150 mg" in (evening.text or "")


async def test_removing_the_medicine_before_the_change_starts_stops_both(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Removed on Wednesday evening after a change "from Thursday": no reminder at all,
    not the old version's till Thursday."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    clock.set(at(25, 18))
    await edit_to(fake, "pregabalin 75mg 20:00 from thursday")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=n, contains="Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Remove")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    n = len(fake.messages_to(UID))
    for hour in (20, 23):
        clock.set(at(25, hour))
        await tick(bot)
    clock.set(at(26, 20))
    await tick(bot)
    assert not reminders_since(fake, n)
    assert all(
        m.ended_at is not None and m.ended_at <= clock.now() for m in await rows(bot, Medication)
    )


async def test_the_old_versions_dose_told_next_morning_answers_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Wednesday's 20:00 dose, unanswered till missed, told on Thursday morning once the
    new version runs: that dose taken, not an extra one beside the new version."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    clock.set(at(25, 18))
    await edit_to(fake, "pregabalin 75mg 20:00 from thursday")
    evening = await reminder_at(fake, bot, clock, at(25, 20))
    clock.set(at(25, 23, 5))
    await tick(bot)
    await fake.wait_for_edit(UID, evening.message_id, contains="Missed")
    clock.set(at(26, 7, 30))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took my pregabalin at 8 last night")
    await fake.wait_for_message(UID, after=n, contains="20:00 dose")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken 20:00")
    assert not await rows(bot, DoseLog)
