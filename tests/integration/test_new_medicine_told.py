"""A medicine a clinician started, told in passing, is offered as one tap to add it (the
/add flow begun with the words said), and "home now" while reminders are paused is
offered one tap to resume them (Sandbox, Leeds)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.app import deps_of
from bot.storage.models import Medication, Record, User
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_regimen import rows, say

NY = dt.timezone(dt.timedelta(hours=-5))


async def offered(fake: FakeBotApi, text: str, contains: str) -> Any:
    """Send `text`; its words are kept as a note, and the offer (`contains`) follows."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    await fake.wait_for_message(UID, after=n, contains="Logged: note")
    return await fake.wait_for_message(UID, after=n, contains=contains)


async def test_a_medicine_started_by_the_doctor_is_added_with_what_was_said(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox: "dr started me on pregabalin 75mg twice a day" got "I haven't
    logged a dose from that" and buttons that led nowhere near adding it."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    offer = await offered(
        fake, "dr started me on pregabalin 75mg twice a day", "Shall I add Pregabalin"
    )
    assert fake.buttons(offer) == ["➕ Add Pregabalin"]
    notes = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert len(notes) == 1 and "pregabalin 75mg twice a day" in notes[0].data
    # the strength and "twice a day" were said: only the times are asked, as `/add
    # pregabalin 75mg twice a day` asks them
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Pregabalin")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take pregabalin")
    assert "08:00 · 20:00" in fake.buttons(ask)
    await fake.press(UID, ask.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Pregabalin 75 mg · 08:00, 20:00")
    med = next(m for m in await rows(bot, Medication) if m.generic == "pregabalin")
    assert (med.amount, med.times, med.as_needed) == (75.0, "08:00,20:00", False)
    # once on the list, the offer is out of date: never a second pregabalin
    tapped = await fake.press(UID, offer.message_id, "Add Pregabalin")
    answer = await fake.wait_for_callback_answer(tapped)
    assert answer.get("text") == "That button is out of date — nothing changed."
    assert len([m for m in await rows(bot, Medication) if m.generic == "pregabalin"]) == 1


async def test_a_course_from_the_hospital_keeps_its_length_and_its_warning(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "For a week" is the course's end; the warning a typed /add gives comes too."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    offer = await offered(
        fake, "home now, they gave me tramadol 50mg every 6h for a week", "Shall I add Tramadol"
    )
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Tramadol")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take tramadol")
    await fake.press(UID, ask.message_id, "06:00 · 12:00 · 18:00")
    warning = await fake.wait_for_message(UID, after=n, contains="Before I save Tramadol")
    assert "talk to your doctor or pharmacist" in (warning.text or "")
    await fake.press(UID, warning.message_id, "Save anyway")
    await fake.wait_for_message(UID, after=n, contains="Saved: Tramadol 50 mg")
    med = next(m for m in await rows(bot, Medication) if m.generic == "tramadol")
    # (added at 01:00 in New York on 25 November: a week is the 25th to 1 December)
    assert (med.amount, med.times) == (50.0, "06:00,12:00,18:00")
    assert (med.first_day, med.last_day) == (dt.date(2026, 11, 25), dt.date(2026, 12, 1))


async def test_a_question_a_plan_or_another_s_medicine_offers_no_add(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    for text, reply in (
        ("should I start pregabalin?", "question for your doctor"),
        ("my wife started on pregabalin", "right place"),
        ("doc might start me on pregabalin", "haven't logged a dose"),
        # on the list already: not a second naproxen
        ("dr started me on naproxen 500 twice a day", ""),
    ):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, text)
        await fake.wait_for_message(UID, after=n, contains=reply)
        await settled(bot)
        said = fake.messages_to(UID)[n:]
        assert not any(b.startswith("➕") for m in said for b in fake.buttons(m)), text
        assert not any("Shall I add" in (m.text or "") for m in said), text
    assert [m.generic for m in await rows(bot, Medication)] == ["naproxen"]


async def test_home_again_with_reminders_paused_offers_them_back(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "home now" after /pause got "didn't catch that", the
    reminders left off."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    # not paused: nothing to offer
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "home now")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert not any("Welcome back" in (m.text or "") for m in fake.messages_to(UID)[n:])
    await say(fake, "/pause", "paused")
    # not back yet: nothing either
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "not home yet, hopefully friday")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert not any("Welcome back" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    offer = await say(fake, "discharged today", "Welcome back")
    assert fake.buttons(offer) == ["▶️ Resume reminders"]
    await settled(bot)
    # the offer is the answer: no "didn't catch that" beside it
    assert [m.text for m in fake.messages_to(UID)[n:]] == [offer.text]
    tapped = await fake.press(UID, offer.message_id, "Resume reminders")
    await fake.wait_for_callback_answer(tapped)
    await fake.wait_for_edit(UID, offer.message_id, contains="Reminders are back on")
    async with deps_of(bot).sessions() as s:
        user = await s.get(User, UID)
        assert user is not None and not user.paused
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))


async def test_another_medicines_words_while_add_waits_are_never_its_answer(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, Leeds: with pregabalin's times asked, "home now, they gave me tramadol 50mg
    every 6h for a week" was read into pregabalin, then saved as "Pregabalin 50 mg …
    until Sun 13 Dec" once its times came."""
    await onboard(fake)
    await say(fake, "/add pregabalin 75mg", "When do you take pregabalin?")
    await offered(
        fake, "home now, they gave me tramadol 50mg every 6h for a week", "Shall I add Tramadol"
    )
    await say(fake, "8 and 20", "Saved: Pregabalin 75 mg · 08:00, 20:00 every day ✅")
    (med,) = await rows(bot, Medication)
    assert (med.generic, med.amount, med.last_day) == ("pregabalin", 75.0, None)
