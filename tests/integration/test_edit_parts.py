"""✏️ Edit by parts through the real Application: each part one tap (or a typed answer),
each change a new version that keeps history, a count on hand no new version at all."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.storage.models import Medication, Record, Supply
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_regimen import rows, say


async def edit_part(fake: FakeBotApi, part: str) -> Any:
    """/meds → ✏️ Edit → `part`: the part's question."""
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    what = await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    n = len(fake.messages_to(UID))
    await fake.press(UID, what.message_id, part)
    return await fake.wait_for_message(UID, after=n)


async def tap(fake: FakeBotApi, msg: Any, label: str, contains: str) -> str:
    n = len(fake.messages_to(UID))
    await fake.press(UID, msg.message_id, label)
    return (await fake.wait_for_message(UID, after=n, contains=contains)).text or ""


async def test_each_part_is_one_tap_and_keeps_history(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")

    ask = await edit_part(fake, "Dose")
    assert "600mg" in str(ask.reply_markup)
    said = await tap(fake, ask, "600mg", "Saved")
    assert "Ibuprofen 600 mg · 08:00, 20:00 every day" in said

    # The same dose tapped again changes nothing: no new version.
    ask = await edit_part(fake, "Dose")
    said = await tap(fake, ask, "600mg", "stays as it was")
    assert len(await rows(bot, Medication)) == 2

    ask = await edit_part(fake, "Days")
    said = await tap(fake, ask, "Mon–Fri", "Saved")
    assert "08:00, 20:00 Mon–Fri" in said
    ask = await edit_part(fake, "Days")
    said = (await say(fake, "every other day", "Saved")).text or ""
    assert "every other day" in said and "Mon–Fri" not in said

    ask = await edit_part(fake, "Course")
    said = await tap(fake, ask, "10 days", "Saved")
    assert "until Fri 4 Dec" in said  # Wed 25 Nov + 9 days
    ask = await edit_part(fake, "Course")
    said = (await say(fake, "no end", "Saved")).text or ""
    assert "until" not in said

    ask = await edit_part(fake, "Times")
    said = await tap(fake, ask, "08:00 · 14:00 · 22:00", "Saved")
    assert "08:00, 14:00, 22:00" in said

    versions = await rows(bot, Medication)
    assert len(versions) == 7
    assert all(v.ended_at is not None for v in versions[:-1]) and versions[-1].ended_at is None
    assert [v.replaces_id for v in versions[1:]] == [v.id for v in versions[:-1]]
    assert versions[-1].amount == 600 and versions[-1].every_days == 2


async def test_a_count_typed_is_the_supply_not_a_pain_score(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    ask = await edit_part(fake, "Supply")
    assert "on hand" in (ask.text or "")
    said = (await say(fake, "45", "on hand")).text or ""
    assert "Gabapentin: 45 on hand" in said
    supplies = await rows(bot, Supply)
    assert [s.on_hand for s in supplies] == [45]
    assert await rows(bot, Record) == []  # no pain score, no note
    assert len(await rows(bot, Medication)) == 1  # a count is no new version
    meds = await say(fake, "/meds", "Your medicines")
    assert "📦 45 on hand" in (meds.text or "")

    # The old question's buttons are stale once it is answered.
    pressed = await fake.press(UID, ask.message_id, "60")
    answer = await fake.wait_for_callback_answer(pressed)
    assert "out of date" in str(answer.get("text"))
    assert [s.on_hand for s in await rows(bot, Supply)] == [45]


async def test_unreadable_answers_are_asked_again_kindly(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await edit_part(fake, "Days")
    said = (await say(fake, "whenever", "couldn't read those days")).text or ""
    assert "mon-fri" in said
    await edit_part(fake, "Course")
    await say(fake, "hmm not sure", "couldn't read that")
    said = (await say(fake, "until friday", "Saved")).text or ""
    assert "until Fri 27 Nov" in said
    assert len(await rows(bot, Medication)) == 2


async def test_guided_add_asks_a_steroid_how_long_and_offers_a_count(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)  # Wed 25 Nov in New York
    await say(fake, "/add", "Which medicine")
    await say(fake, "prednisone", "How much")
    times = await say(fake, "20mg", "When do you take")
    course = await tap(fake, times, "08:00", "set number of days")
    assert course  # the question, asked once
    n = len(fake.messages_to(UID))
    ask = fake.messages_to(UID)[n - 1]
    said = await tap(fake, ask, "5 days", "Saved")
    assert "Prednisone 20 mg · 08:00 every day · until Sun 29 Nov" in said
    offer = await fake.wait_for_message(UID, after=n, contains="How many Prednisone")
    counted = await tap(fake, offer, "30", "on hand")
    assert "30 on hand — enough for the course (ends Sun 29 Nov)" in counted
    assert [s.on_hand for s in await rows(bot, Supply)] == [30]
    offered = fake.current(UID, offer.message_id).reply_markup or {}
    assert not offered.get("inline_keyboard"), "the offer is answered once"

    # A medicine with no course to ask about, and the offer ignored: nothing asked, nothing
    # counted; a one-line /add asks nothing it did not need.
    await say(fake, "/add", "Which medicine")
    await say(fake, "gabapentin", "How much")
    await say(fake, "300mg", "When do you take")
    said = (await say(fake, "8am 2pm 10pm", "Saved")).text or ""
    assert "until" not in said
    said = await add(fake, "cyclobenzaprine 10mg 22:00")
    assert "until" not in said
    assert not any("set number of days" in (m.text or "") for m in fake.messages_to(UID)[n + 3 :])
    assert [s.on_hand for s in await rows(bot, Supply)] == [30]


async def test_a_taper_is_one_medicine_in_meds_and_goes_whole(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "prednisone 20mg 08:00 for 2 days then 10mg for 2 days then 5mg for 1 day")
    await add(fake, "gabapentin 300mg 22:00")
    meds = await say(fake, "/meds", "Your medicines")
    assert (meds.text or "").count("• Prednisone") == 3  # every step, with its dates
    labels = fake.buttons(meds)
    assert labels.count("🗑 Remove · Prednisone") == 1 and labels.count("✏️ Edit · Prednisone") == 1

    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Pause · Prednisone")
    await fake.wait_for_message(UID, after=n, contains="paused")
    versions = [m for m in await rows(bot, Medication) if m.name == "prednisone"]
    assert [m.paused for m in versions] == [True, True, True]

    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Remove · Prednisone")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    versions = [m for m in await rows(bot, Medication) if m.name == "prednisone"]
    assert all(m.ended_at is not None for m in versions)
    meds = await say(fake, "/meds", "Your medicines")
    assert "Prednisone" not in (meds.text or "") and "Gabapentin" in (meds.text or "")


async def test_a_titration_step_keeps_its_own_times(fake: FakeBotApi, bot: Any) -> None:
    """Found in the sandbox: "75mg 22:00 for 3 days then 75mg 08:00 22:00" reminded the
    first three days at 08:00 and 22:00 too — twice the starting dose."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 22:00 for 3 days then 75mg 08:00 22:00")
    versions = [m for m in await rows(bot, Medication) if m.generic == "pregabalin"]
    assert [m.times for m in versions] == ["22:00", "08:00,22:00"]


async def test_a_later_step_said_in_words_is_asked_not_guessed(fake: FakeBotApi, bot: Any) -> None:
    # "then 300mg twice a day" gives no times: the first step is asked for its own (not
    # two a day), then the later step with choices of two times a day — never guessed,
    # and no "put its times in the line" homework.
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add gabapentin 300mg at night for 3 days then 300mg twice a day")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take gabapentin")
    assert "22:00" in fake.buttons(ask) and not any("·" in b for b in fake.buttons(ask))
    await fake.press(UID, ask.message_id, "22:00")
    later = await fake.wait_for_message(UID, after=n, contains="when do you take it?")
    assert "Gabapentin 300 mg" in (later.text or "") and "From " in (later.text or "")
    assert "08:00 · 20:00" in fake.buttons(later)
    await fake.press(UID, later.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    versions = [m for m in await rows(bot, Medication) if m.generic == "gabapentin"]
    assert [m.times for m in versions] == ["22:00", "08:00,20:00"]
    assert not [m for m in fake.messages_to(UID)[n:] if "keep the times" in (m.text or "")]


async def test_a_later_steps_times_may_be_typed(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add pregabalin 75mg 22:00 for 3 days then 75mg twice a day")
    await fake.wait_for_message(UID, after=n, contains="when do you take it?")
    await say(fake, "whenever", "couldn't read that time")  # asked again, nothing saved
    await say(fake, "8am and 10pm", "Saved")
    versions = [m for m in await rows(bot, Medication) if m.generic == "pregabalin"]
    assert [m.times for m in versions] == ["22:00", "08:00,22:00"]


async def _three_step_titration(fake: FakeBotApi, twice: str) -> Any:
    """Gabapentin at night for 3 days, then twice a day (`twice`) for 3 days, then three
    times a day, added in one line; the "Saved" reply."""
    n = len(fake.messages_to(UID))
    await fake.send_text(
        UID,
        "/add gabapentin 300mg at night for 3 days then 300mg twice a day for 3 days "
        "then 300mg three times a day",
    )
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take gabapentin")
    await fake.press(UID, ask.message_id, "22:00")
    await fake.wait_for_message(UID, after=n, contains="when do you take it?")
    await say(fake, twice, "when do you take it?")
    return await say(fake, "8am 2pm 10pm", "Saved")


async def test_a_titration_of_three_steps_changing_how_often_keeps_every_step(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Denver): "300mg at night for 3 days then 300mg twice a day for 3
    # days then 300mg three times a day" saved two steps — the three-times-a-day one was
    # dropped, so its third daily dose would never be reminded; and the eve of the change
    # said "your dose changes to Gabapentin 300 mg", the dose it already was.
    await onboard(fake)
    saved = await _three_step_titration(fake, "8am and 10pm")
    assert (saved.text or "").count("→ then") == 2
    versions = [m for m in await rows(bot, Medication) if m.generic == "gabapentin"]
    assert [m.times for m in versions] == ["22:00", "08:00,22:00", "08:00,14:00,22:00"]
    assert [m.step_next for m in versions] == [
        "Gabapentin 300 mg at 08:00 and 22:00",
        "Gabapentin 300 mg at 08:00, 14:00 and 22:00",
        None,
    ]
    # The last night of the first step, its reminder says what comes.
    eve = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 27, 22, 0, tzinfo=NY))
    assert "🔜 From tomorrow your dose changes to Gabapentin 300 mg at 08:00 and 22:00." in (
        eve.text or ""
    )


@pytest.mark.both_databases
async def test_a_titration_step_held_longer_moves_the_next_step(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it (Toronto): "stay on twice a day till Tuesday" — the current step's
    end moved by Edit → Course, but the next step kept its start, and both were reminded
    (five gabapentin doses on one day). The next step now starts the day after."""
    await onboard(fake)
    await _three_step_titration(fake, "8am and 8pm")
    from tests.conftest import tick

    clock.set(dt.datetime(2026, 11, 29, 10, 0, tzinfo=NY))  # Sunday, on twice a day
    await tick(bot)  # (the first step ends, the morning's reminder goes out: then /meds)
    await fake.wait_for_message(UID, contains="Time for your 08:00")
    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "✏️ Edit · Gabapentin")
    what = await fake.wait_for_message(UID, after=n, contains="change")
    n = len(fake.messages_to(UID))
    await fake.press(UID, what.message_id, "Course")
    await fake.wait_for_message(UID, after=n)
    said = (await say(fake, "until thursday", "Saved")).text or ""
    assert "08:00, 20:00 every day · until Thu 3 Dec" in said, said
    assert "→ then Gabapentin 300 mg · 08:00, 14:00, 22:00 every day · from Fri 4 Dec" in said
    running = [m for m in await rows(bot, Medication) if m.ended_at is None]
    assert sorted((m.times, m.first_day, m.last_day) for m in running) == [
        ("08:00,14:00,22:00", dt.date(2026, 12, 4), None),
        ("08:00,20:00", None, dt.date(2026, 12, 3)),
    ] or sorted((m.times, m.last_day) for m in running) == [
        ("08:00,14:00,22:00", None),
        ("08:00,20:00", dt.date(2026, 12, 3)),
    ]
    from sqlalchemy import select

    from bot.app import deps_of
    from bot.storage.models import DoseOccurrence

    clock.set(dt.datetime(2026, 12, 1, 7, 0, tzinfo=NY))  # Tuesday: still twice a day
    await tick(bot)
    async with deps_of(bot).sessions() as s:
        due = list(
            await s.scalars(
                select(DoseOccurrence).where(DoseOccurrence.local_date == dt.date(2026, 12, 1))
            )
        )
    assert sorted(str(o.local_time) for o in due) == ["08:00", "20:00"]


async def test_edit_on_a_meds_list_shown_before_a_step_ended_edits_the_step_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """/meds shown on a titration's last night, its Edit tapped next morning: the first step
    has ended since, so the tap edits the step running now (it said "That medicine isn't
    in your list any more")."""
    from tests.conftest import tick

    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add gabapentin 300mg at night for 3 days then 300mg twice a day")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take gabapentin")
    await fake.press(UID, ask.message_id, "22:00")
    await say(fake, "8am and 8pm", "Saved")
    clock.set(dt.datetime(2026, 11, 27, 23, 0, tzinfo=NY))  # Friday night, the last of step 1
    meds = await say(fake, "/meds", "Your medicines")
    clock.set(dt.datetime(2026, 11, 28, 9, 0, tzinfo=NY))
    await tick(bot)
    await fake.wait_for_message(UID, contains="Time for your 08:00")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "✏️ Edit · Gabapentin")
    what = await fake.wait_for_message(UID, after=n, contains="What would you like to change")
    assert "Gabapentin 300 mg · 08:00, 20:00 every day" in (what.text or "")
