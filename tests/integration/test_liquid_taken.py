"""A patient on Oramorph 10 mg/5 ml over two days: a dose told with no ml is its listed
dose in ml with its mg ("took oramorph": was "0.5 × Oramorph 10 mg", as of tablets), a
count told alone ("took 2 oramorph") is asked with one tap per reading (was kept as two
measures), and a maximum said in ml is read, kept whole and read back by the Edit line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseLog, Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_regimen import rows, say


async def test_doses_told_without_ml_are_said_and_kept_in_ml(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "Oramorph 10mg/5ml 2.5 to 5 ml as needed max 6 times a day", warned=True)
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    logged = (await say(fake, "took oramorph", "Logged")).text or ""
    assert "Logged: Oramorph 2.5 ml (5 mg)" in logged and "×" not in logged

    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    asked = await say(fake, "took 2 oramorph", "How much Oramorph was that?")
    assert fake.buttons(asked) == [
        "2 ml (4 mg)",
        "2 × 2.5 ml = 5 ml (10 mg)",
        "2 × 5 ml = 10 ml (20 mg)",
        "None of these",
    ]
    assert len(await rows(bot, DoseLog)) == 1  # nothing kept before the answer
    await fake.press(UID, asked.message_id, "2 × 2.5 ml = 5 ml (10 mg)")
    await fake.wait_for_edit(UID, asked.message_id, contains="Logged: Oramorph 5 ml (10 mg)")
    # "2.5 ml" said right after the 5 ml is a dose of its own, not that one told twice
    said = (await say(fake, "took 2.5ml oramorph", "Logged")).text or ""
    assert "already told me" not in said

    day = (await say(fake, "how much oramorph have I taken today", "In all today")).text or ""
    assert "09:00 Oramorph 2.5 ml (5 mg)" in day and "13:00 Oramorph 5 ml (10 mg)" in day
    assert "3 doses taken, 10 ml (20 mg)" in day and "×" not in day
    kept = [(log.amount, log.unit, log.count) for log in await rows(bot, DoseLog)]
    assert kept == [(2.5, "ml", None), (5.0, "ml", None), (2.5, "ml", None)]

    # the next day: "None of these" keeps nothing; the summary counts the ml
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=NY))
    asked = await say(fake, "took 2 oramorph", "How much Oramorph was that?")
    await fake.press(UID, asked.message_id, "None of these")
    await fake.wait_for_edit(UID, asked.message_id, contains="nothing logged")
    assert len(await rows(bot, DoseLog)) == 3
    await settled(bot)
    n = len(fake.messages_to(UID))
    week = (await say(fake, "/summary", "Your week")).text or ""
    await fake.wait_for_message(UID, after=n, contains="Pain and doses")  # its chart
    assert "10 ml (20 mg) in all" in week and "tablet" not in week


async def test_a_maximum_in_ml_is_read_and_the_edit_line_keeps_it(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    saved = await add(fake, "oramorph 10mg/5ml 5 ml as needed max 30 ml a day", warned=True)
    assert "Oramorph 10 mg/5 ml, 5 ml · as needed, max 30 ml (60 mg) a day" in saved
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    template = await fake.wait_for_message(UID, after=n, contains="max 30 ml per day")
    line = next(x for x in (template.text or "").splitlines() if "max 30 ml per day" in x)
    # read back as the very medicine it was written from: nothing to change
    await say(fake, line.strip(), "Oramorph stays as it was")
    (med,) = await rows(bot, Medication)
    assert (med.max_per_day, med.volume_ml, med.units_per_dose) == (6, 5.0, 1.0)


async def test_the_most_of_each_dose_times_the_doses(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    saved = await add(fake, "Oramorph 10mg/5ml 5 to 10 ml as needed max 6 doses a day", warned=True)
    assert "max 60 ml (120 mg) a day" in saved
    (med,) = await rows(bot, Medication)
    assert med.max_per_day == 12


async def test_a_maximum_of_no_whole_measures_is_kept_lower_and_said(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    saved = await add(fake, "oramorph 10mg/5ml 2.5 ml as needed up to 3 times a day")
    assert "Oramorph 10 mg/5 ml, 2.5 ml · as needed, max 5 ml (10 mg) a day" in saved
    note = await fake.wait_for_message(UID, after=n, contains="You said up to 7.5 ml a day")
    assert "so I've kept 5 ml (10 mg) a day" in (note.text or "")
    (med,) = await rows(bot, Medication)
    assert med.max_per_day == 1
