"""Onboarding and regimen through the real Application: zones, /add, /meds, pause, /took."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record, User
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at, reminder_out

NY = dt.timezone(dt.timedelta(hours=-5))


async def rows(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model).order_by(model.id)))


async def say(fake: FakeBotApi, text: str, contains: str, uid: int = UID) -> Any:
    n = len(fake.messages_to(uid))
    await fake.send_text(uid, text)
    return await fake.wait_for_message(uid, after=n, contains=contains)


@pytest.mark.both_databases
async def test_timezone_by_city_offset_and_location(fake: FakeBotApi, bot: Any) -> None:
    await say(fake, "/start", "not a doctor")
    await say(fake, "/timezone berlin", "Europe/Berlin")
    assert (await rows(bot, User))[0].timezone == "Europe/Berlin"
    msg = await say(fake, "/timezone UTC+2", "Time zone set")
    assert "daylight saving" in (msg.text or "")
    assert (await rows(bot, User))[0].timezone == "Etc/GMT-2"
    # The setting as a person reads it, never POSIX's inverted "Etc/GMT-2" (Sandbox, New
    # York: "utc-5" was shown back as "Etc/GMT+5").
    settings = (await say(fake, "/settings", "Your settings")).text or ""
    assert "Time zone: UTC+02:00" in settings and "Etc/" not in settings
    n = len(fake.messages_to(UID))
    await fake.send_location(UID, -33.87, 151.21)
    await fake.wait_for_message(UID, after=n, contains="Australia/Sydney")
    assert (await rows(bot, User))[0].timezone == "Australia/Sydney"
    msg = await say(fake, "/timezone Atlantisville", "couldn't find")
    assert (await rows(bot, User))[0].timezone == "Australia/Sydney"


async def test_a_time_sent_while_the_zone_is_asked_asks_for_the_zone_first(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "london" offered London, UK and London, Canada; "8pm" sent next
    # (the check-in time, a question early) was told "I couldn't find “8pm”".
    await say(fake, "/start", "not a doctor")
    await say(fake, "8pm", "time zone first")
    assert not (await rows(bot, User))[0].timezone_set
    await say(fake, "/timezone berlin", "Europe/Berlin")


async def test_a_city_far_bigger_than_its_namesakes_is_set_at_once(
    fake: FakeBotApi, bot: Any
) -> None:
    await say(fake, "/start", "not a doctor")
    told = await say(fake, "sydney", "Time zone set")
    assert "Australia/Sydney" in (told.text or "")
    # the welcome could only say "112 / 911": now Sydney's own number
    assert "If you think something is seriously wrong, call 000." in (told.text or "")
    assert "emergency" not in (told.text or "").lower()
    assert "Not this one? For Sydney, Canada, send /timezone sydney, canada." in (told.text or "")
    await say(fake, "/timezone sydney, canada", "America/Glace_Bay")
    assert (await rows(bot, User))[0].timezone == "America/Glace_Bay"


async def test_every_one_line_example_of_the_spec_is_saved(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    assert "Ibuprofen 400 mg · 08:00, 20:00 every day" in await add(
        fake, "ibuprofen 400mg 08:00 20:00"
    )
    assert "08:00, 14:00, 22:00" in await add(
        fake, "gabapentin 300 mg at 8am, 2pm and 10pm", warned=False
    )
    assert "09:00 Mon–Fri" in await add(fake, "duloxetine 60mg 9am mon-fri", warned=True)
    assert "as needed, max 6 a day" in await add(
        fake, "acetaminophen 500mg as needed max 6 per day"
    )
    assert "5%" in await add(fake, "lidocaine patch 5% 08:00")
    meds = await rows(bot, Medication)
    assert [m.generic for m in meds] == [
        "ibuprofen",
        "gabapentin",
        "duloxetine",
        "acetaminophen",
        "lidocaine",
    ]
    assert meds[3].as_needed and meds[3].max_per_day == 6
    assert meds[2].weekdays == 0b0011111


async def test_a_name_sold_in_one_strength_is_saved_without_asking_it(
    fake: FakeBotApi, bot: Any
) -> None:
    # "How much is one dose of panadol osteo?" after "2 tablets": its name says 665 mg.
    await onboard(fake)
    saved = await add(fake, "panadol osteo 2 tablets as needed max 6 a day")
    assert "Panadol Osteo 2 × 665 mg · as needed, max 6 a day" in saved
    (med,) = await rows(bot, Medication)
    assert (med.generic, med.amount, med.unit, med.units_per_dose) == (
        "acetaminophen",
        665,
        "mg",
        2,
    )
    # Plain Tylenol comes in three strengths: still asked.
    await say(fake, "/add tylenol as needed", "How much is one dose of tylenol?")


async def test_a_combination_s_name_sold_in_one_strength_is_saved_without_asking_it(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found in the sandbox: "How much is one dose of panadeine forte?" (it is 500/30), and
    # "took 2 panadeine forte" logged as Panadeine, whose 500/8 is another product.
    await onboard(fake)
    saved = await add(fake, "panadeine forte 2 tablets as needed max 8 per day")
    assert "Panadeine Forte 2 × 500/30 mg · as needed" in saved
    (med,) = await rows(bot, Medication)
    assert (med.generic, med.amount, med.units_per_dose) == ("acetaminophen/codeine", 30, 2)
    reply = await say(fake, "took 2 panadeine forte", "Logged")
    assert "2 × Panadeine Forte 500/30 mg" in (reply.text or "")
    # "ibuprofen 600": a labelled strength typed without its unit is mg
    saved = await add(fake, "ibuprofen 600 as needed max 3 per day")
    assert "Ibuprofen 600 mg · as needed" in saved
    # Co-codamol comes in 8/500 and 30/500: still asked.
    await say(fake, "/add co-codamol as needed", "How much is one dose of co-codamol?")


async def tap_and_saved(fake: FakeBotApi, ask: Any, label: str, expected: str) -> None:
    """Tap `label` on the question `ask`; the "Saved" reply must contain `expected`."""
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, label)
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert expected in (saved.text or "")


async def test_guided_add_asks_only_for_what_is_missing(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    ask_dose = await say(fake, "ibuprofin", "How much")
    assert "Skip" in fake.buttons(ask_dose)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "400 mg")
    ask_times = await fake.wait_for_message(UID, after=n, contains="When do you take")
    await fake.press(UID, ask_times.message_id, "08:00 · 20:00")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    # (saved as its medicine is spelled, not as typed: the report reads it)
    assert "Ibuprofen 400 mg · 08:00, 20:00" in (saved.text or "")
    med = (await rows(bot, Medication))[0]
    assert med.generic == "ibuprofen"


async def test_times_offered_fit_what_was_said(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    ask = await say(fake, "/add cyclobenzaprine 10mg at bedtime", "When do you take")
    assert fake.buttons(ask) == ["21:00", "22:00", "23:00", "As needed"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "22:00")
    # Its label is for short-term use: asked how long, once.
    course = await fake.wait_for_message(UID, after=n, contains="set number of days")
    await tap_and_saved(fake, course, "No end date", "Cyclobenzaprine 10 mg · 22:00 every day")

    # Typed at the question instead of times: asked again, with times that fit.
    await say(fake, "/add naproxen 500mg", "When do you take")
    again = await say(fake, "twice a day", "When do you take")
    assert fake.buttons(again)[:3] == ["08:00 · 20:00", "07:00 · 19:00", "09:00 · 21:00"]
    await tap_and_saved(fake, again, "09:00 · 21:00", "Naproxen 500 mg · 09:00, 21:00 every day")
    assert [m.times for m in await rows(bot, Medication)] == ["22:00", "09:00,21:00"]

    # "8am and at night": 08:00 is kept and the night's time asked, not dropped.
    ask = await say(fake, "/add gabapentin 300mg at 8am and at night", "When do you take")
    assert fake.buttons(ask)[:3] == ["08:00 · 21:00", "08:00 · 22:00", "08:00 · 23:00"]
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "22:30")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Gabapentin 300 mg · 08:00, 22:30 every day" in (saved.text or "")


@pytest.mark.both_databases
async def test_adding_before_the_time_zone_is_known_says_so(fake: FakeBotApi, bot: Any) -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    n = len(fake.messages_to(UID))
    await say(fake, "/add ibuprofen 400mg 08:00 20:00", "Saved")
    note = await fake.wait_for_message(UID, after=n, contains="time zone yet")
    assert "UTC" in (note.text or "") and "/timezone" in (note.text or "")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone Europe/Berlin")
    await fake.wait_for_message(UID, after=n, contains="Time zone set")
    # Onboarding goes on where /add interrupted it: the check-in time is still asked.
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    await fake.press(UID, ask.message_id, "21:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 21:00")
    n = len(fake.messages_to(UID))
    await say(fake, "/add gabapentin 300mg 22:00", "Saved")
    await say(fake, "/meds", "Your medicines")
    assert not any("time zone yet" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_a_medicine_added_before_the_zone_still_brings_the_check_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Left at the zone question, the person adds a medicine and uses the bot: reminders
    # run on UTC, and so must the daily pain check-in instead of never coming.
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")
    await say(fake, "/add naproxen 500mg 08:00 20:00", "Saved")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 20, 0, 30, tzinfo=dt.UTC))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="How is your pain")


async def test_unknown_medication_is_kept_but_flagged(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add xyzzy 10mg 08:00")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    await fake.wait_for_message(UID, after=n, contains="can't run safety checks")
    med = (await rows(bot, Medication))[0]
    assert med.name == "xyzzy" and med.generic is None


async def test_pause_and_resume_a_medication_from_meds(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    meds = await say(fake, "/meds", "Your medicines")
    assert any("Pause · Ibuprofen" in b for b in fake.buttons(meds))
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Pause")
    await fake.wait_for_message(UID, after=n, contains="paused")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")]
    meds = await say(fake, "/meds", "(paused)")
    await fake.press(UID, meds.message_id, "Resume")
    await fake.wait_for_message(UID, after=n, contains="resumed")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))


async def test_edit_keeps_history_and_remove_stops_reminders(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    first = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    await fake.press(UID, first.message_id, "Taken")
    await fake.wait_for_edit(UID, first.message_id, contains="Taken")

    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="ibuprofen 400mg 08:00 20:00")
    await say(fake, "ibuprofen 600mg 09:00 21:00", "Saved: Ibuprofen 600 mg · 09:00, 21:00")
    old, new = await rows(bot, Medication)
    assert old.ended_at is not None and new.replaces_id == old.id and new.amount == 600
    taken = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert len(taken) == 1 and taken[0].medication_id == old.id, "history stays with 400 mg"
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    assert "600 mg" in (msg.text or "")

    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Remove")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 26, 21, 0, tzinfo=NY))
    await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Time for your" in (m.text or "")]
    assert (await say(fake, "/meds", "no medicines")).text


async def test_pause_all_and_resume(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    await say(fake, "/pause", "paused")
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    assert len(fake.messages_to(UID)) == n
    await say(fake, "/resume", "back on")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))


async def test_took_before_the_reminder_answers_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 7, 50, tzinfo=NY))
    await say(fake, "/took ibuprofen at 7:45", "your 08:00 dose")
    occ = (await rows(bot, DoseOccurrence))[0]
    assert occ.status == "taken"
    assert occ.taken_at == dt.datetime(2026, 11, 25, 12, 45, tzinfo=dt.UTC)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await tick(bot)
    assert len(fake.messages_to(UID)) == n, "no reminder for a dose already taken"


async def test_took_as_needed_dose_is_logged(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed max 6 per day")
    clock.set(dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    reply = await say(fake, "/took 2 tylenol at 3pm", "Logged")
    assert "15:00" in (reply.text or "")
    log = (await rows(bot, DoseLog))[0]
    assert (log.generic, log.count) == ("acetaminophen", 2)
    assert log.taken_at == dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)
    await say(fake, "/took", "What did you take")


async def test_two_doses_of_one_medicine_in_one_message_are_both_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed max 8 per day")
    clock.set(dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    await say(fake, "took 2 tylenol at 9am and 2 more at 3pm", "Logged")
    await fake.wait_for_message(UID, contains="at 15:00")
    logs = await rows(bot, DoseLog)
    assert [(x.count, x.taken_at.astimezone(NY).hour) for x in logs] == [(2, 9), (2, 15)]


async def test_took_a_name_no_list_has_is_logged_as_typed(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    reply = await say(fake, "/took my CBD oil 10mg at 3pm", "Logged")
    assert "CBD oil 10 mg at 15:00" in (reply.text or "")
    assert "can't run safety checks" in (reply.text or "")
    known = await say(fake, "/took 2 advil", "Logged")
    # Ibuprofen is known: its 24-hour total is still checked, so don't say it isn't.
    assert "can't run safety checks" not in (known.text or "")
    assert "isn't in your list" in (known.text or "")
    logs = await rows(bot, DoseLog)
    assert [(x.name, x.generic, x.amount, x.unit) for x in logs] == [
        ("CBD oil", None, 10.0, "mg"),
        ("Advil", "ibuprofen", 200.0, "mg"),  # as its maker spells it, at its labelled 200 mg
    ]
    assert logs[0].taken_at == dt.datetime(2026, 11, 25, 20, 0, tzinfo=dt.UTC)
    # Pointing at a dose is not a name: with no list to choose from, it asks what it was.
    await say(fake, "/took it", "What did you take?")
    assert len(await rows(bot, DoseLog)) == 2


async def test_free_text_answers_the_pending_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    await say(fake, "snooze 10", "snoozed")
    await fake.wait_for_edit(UID, msg.message_id, contains="Snoozed until 08:10")
    clock.advance(minutes=10)
    await tick(bot)
    again = await fake.wait_for_message(UID, contains="Snooze over")
    assert "Snoozed until" not in (again.text or "")  # it is due again, not snoozed
    await say(fake, "took it", "taken")
    await fake.wait_for_edit(UID, again.message_id, contains="Taken 08:10")
    assert (await rows(bot, DoseOccurrence))[0].status == "taken"


async def test_one_message_answers_each_medicine_it_names(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    for line in ("gabapentin 300mg 08:00", "lidocaine patch 5% 08:00", "ibuprofen 400mg 08:00"):
        await add(fake, line)
    eight = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)
    msg = await reminder_at(fake, bot, clock, eight)
    reply = await say(fake, "took the gabapentin but not the ibuprofen, forgot", "Got it")
    # The reason kept is said back, so nothing is asked of it.
    assert reply.text == "Got it: Gabapentin 300 mg taken, Ibuprofen 400 mg skipped (forgot) ✅"
    states = {
        o.medication_id: (o.status, o.skip_reason)
        for o in await rows(bot, DoseOccurrence)
        if o.due_at == eight
    }
    meds = {m.name: m.id for m in await rows(bot, Medication)}
    assert states[meds["gabapentin"]] == ("taken", None)
    assert states[meds["ibuprofen"]] == ("skipped", "forgot")
    # The unnamed "forgot" did not answer the patch.
    assert states[meds["lidocaine patch"]][0] == "sent"
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped")

    # A dose the reminder does not hold is logged as an extra one.
    await say(fake, "patch on, and took 2 tylenol", "Got it: Lidocaine patch 5% taken")
    # Kept as the person named it; counted as acetaminophen.
    await fake.wait_for_message(UID, contains="Logged: 2 × Tylenol")
    logs = await rows(bot, DoseLog)
    assert [(x.generic, x.count) for x in logs] == [("acetaminophen", 2)]


async def test_buttons_are_bound_to_their_user(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00 20:00")
    data = fake.button_data(msg)["✅ Taken"]
    cq = await fake.press_data(666, msg.message_id, data, chat_id=UID)
    answer = await fake.wait_for_callback_answer(cq)
    assert "isn't for you" in (answer.get("text") or "")
    cq = await fake.press_data(UID, msg.message_id, "T:1:forgedsig")
    assert "isn't for you" in ((await fake.wait_for_callback_answer(cq)).get("text") or "")
    assert (await rows(bot, DoseOccurrence))[0].status == "sent"


async def test_group_chats_allowlist_and_odd_input(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, ALLOWED_USER_IDS=str(UID)):
        n = len(fake.messages_to(-5))
        await fake.send_text(UID, "/start", chat_id=-5, chat_type="group")
        await fake.wait_for_message(-5, after=n, contains="private chats")
        await say(fake, "/start", "this bot is private", uid=42)
        await say(fake, "/help", "/add")
        await say(fake, "/frobnicate", "don't know that command")
        await say(fake, "/list", "Did you mean /meds? It shows your medicines")
        await say(fake, "x" * 4090, "shorter")
        n = len(fake.messages_to(UID))
        await fake.send_sticker(UID)
        await fake.wait_for_message(UID, after=n, contains="only read text")
        await say(fake, "qwrtzp blorb", "didn't catch")


async def logged_then_waiting(fake: FakeBotApi, text: str) -> str:
    """Send `text` while /add or an edit waits: it is logged, then the bot says what is
    still waiting; returns that line."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    ids = [m.message_id for m in fake.messages_to(UID)]
    note = await fake.wait_for_message(UID, after=ids.index(logged.message_id) + 1)
    return note.text or ""


async def test_a_dose_typed_at_a_pending_warning_is_logged_not_added(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found in the sandbox: "took 2 norco" sent while gabapentin's warning waited for
    # Save anyway became a medicine called "Took 2" on gabapentin's schedule.
    await onboard(fake)
    await add(fake, "norco 10/325 every 6 hours as needed")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add gabapentin 300mg at 8am and 10pm")
    warning = await fake.wait_for_message(UID, after=n, contains="Before I save Gabapentin")
    note = await logged_then_waiting(fake, "took 2 norco")
    assert note == "Gabapentin isn't saved yet: tap Save anyway or Cancel above."
    meds = await rows(bot, Medication)
    assert [m.generic for m in meds] == ["hydrocodone/acetaminophen"], "nothing new added"
    logs = await rows(bot, DoseLog)
    assert [(log.medication_id, log.count) for log in logs] == [(meds[0].id, 2)]

    # A second report meanwhile is logged without the note again: it is one message up.
    # Unclear words leave the draft alone (and hear the note); the button still saves it.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6")
    await fake.send_text(UID, "hmm")
    await fake.wait_for_message(UID, after=n, contains="isn't saved yet")
    after = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert after[0] == "Logged: pain 6" and len(after) == 2, after
    assert len(await rows(bot, Medication)) == 1
    await fake.press(UID, warning.message_id, "Save anyway")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Gabapentin 300 mg · 08:00, 22:00" in (saved.text or "")


async def test_yes_typed_at_a_warning_saves_and_no_cancels(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    await add(fake, "norco 10/325 every 6 hours as needed")
    await say(fake, "/add gabapentin 300mg at 8am", "Before I save")
    await say(fake, "Yes!", "Saved")
    await say(fake, "/add tylenol 500mg 08:00", "Before I save")
    await say(fake, "cancel", "nothing saved")
    assert [m.generic for m in await rows(bot, Medication)] == [
        "hydrocodone/acetaminophen",
        "gabapentin",
    ]


async def test_a_named_dose_typed_while_asked_for_a_dose_is_logged(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    await say(fake, "ibuprofen", "How much")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took 2 advil")
    await fake.wait_for_message(UID, after=n, contains="Logged")
    note = await fake.wait_for_message(UID, after=n, contains="isn't saved yet")
    assert note.text == "Ibuprofen isn't saved yet: answer above when you're ready, or send cancel."
    # The conversation carries on where it was.
    ask_times = await say(fake, "400 mg", "When do you take")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask_times.message_id, "08:00 · 20:00")
    saved = await fake.wait_for_message(UID, after=n, contains="Saved")
    assert "Ibuprofen 400 mg · 08:00, 20:00" in (saved.text or "")


async def test_combination_strength_is_stored_as_the_opioid_amount(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    saved = await add(fake, "norco 10/325mg as needed max 4 per day")
    # Stored as hydrocodone 10 mg, shown as on the bottle.
    assert "Norco 10/325 mg · as needed, max 4 a day" in saved
    med = (await rows(bot, Medication))[0]
    assert (med.generic, med.amount, med.unit) == ("hydrocodone/acetaminophen", 10.0, "mg")


async def test_tylenol_3_is_added_as_the_codeine_combination_with_its_strengths(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    # Tylenol #3 is the 300/30 strength (No. 2 is 300/15, No. 4 300/60): its name says it,
    # so it is not asked.
    await say(fake, "/add Tylenol #3 08:00", "Tylenol #3 300/30 mg · 08:00 every day")
    med = (await rows(bot, Medication))[0]
    assert (med.generic, med.amount, med.unit) == ("acetaminophen/codeine", 30.0, "mg")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    assert "Tylenol #3 300/30 mg" in (reminder.text or "")


async def test_a_patch_is_offered_its_strengths_as_the_label_writes_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    ask = await say(fake, "/add lidocaine patch 08:00", "How much is one dose of lidocaine patch")
    assert "e.g. 4%" in (ask.text or "")
    assert fake.buttons(ask) == ["4%", "5%", "Skip"]  # never "5%%"
    await tap_and_saved(fake, ask, "5%", "Lidocaine patch 5% · 08:00 every day")


async def test_health_news_typed_during_an_edit_does_not_replace_the_medicine(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found in the sandbox: after /meds → Edit, "pain is 4 today, stiff lower back"
    # replaced ibuprofen with a medicine called "Pain is 4".
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    meds_msg = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds_msg.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="send the whole new line")
    note = await logged_then_waiting(fake, "pain is 4 today, stiff lower back, slept badly")
    assert note == "Ibuprofen is unchanged: send its new details as one line, or send cancel."
    meds = await rows(bot, Medication)
    assert [(m.name, m.ended_at) for m in meds] == [("ibuprofen", None)]
    # The edit itself still works afterwards, even though "ibuprofen 600mg …" reads
    # like a dose taken to the free-text parser.
    saved = await say(fake, "ibuprofen 600mg 08:00 20:00", "Saved")
    assert "Ibuprofen 600 mg · 08:00, 20:00" in (saved.text or "")


async def asked_for_times_with_a_reminder_open(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Ibuprofen's 08:00 reminder is out, unanswered; /add waits for another's times."""
    await reminder_out(fake, bot, clock, "ibuprofen 400mg 08:00")
    await say(fake, "/add cyclobenzaprine 10mg", "When do you take")


async def test_skipped_it_typed_while_asked_for_times_answers_the_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await asked_for_times_with_a_reminder_open(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "skipped it, felt fine")
    await fake.wait_for_message(UID, after=n, contains="isn't saved yet")
    occ = (await rows(bot, DoseOccurrence))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "felt_fine")
    # And a time still answers the question (then how long: a short-term medicine).
    await say(fake, "22:00", "set number of days")
    saved = await say(fake, "for 2 weeks", "Saved")
    assert "Cyclobenzaprine 10 mg · 22:00 every day · until Tue 8 Dec" in (saved.text or "")


async def test_a_bare_no_while_asked_for_times_skips_nothing(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await asked_for_times_with_a_reminder_open(fake, bot, clock)
    await say(fake, "no", "couldn't read that time")  # about the question, not the dose
    occ = (await rows(bot, DoseOccurrence))[0]
    assert occ.status == "sent"
    await say(fake, "cancel", "nothing saved")


async def test_a_pain_score_typed_while_times_are_asked_is_logged_and_bare_hours_answer(
    fake: FakeBotApi, bot: Any
) -> None:
    """PRODUCT.md §4: a plain report is recorded whatever question waits; "6" alone is a
    time tried (asked again), "8 and 20" the hours."""
    await onboard(fake)
    await say(fake, "/add zorbatin 20mg twice a day", "When do you take zorbatin")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6, lower back")
    await fake.wait_for_message(UID, after=n, contains="Logged: pain 6")
    note = await fake.wait_for_message(UID, after=n, contains="isn't saved yet")
    assert note.text == "Zorbatin isn't saved yet: answer above when you're ready, or send cancel."
    pains = [r for r in await rows(bot, Record) if r.kind == "pain"]
    assert [r.score for r in pains] == [6]
    await say(fake, "6", "couldn't read that time")
    saved = await say(fake, "8 and 20", "Saved")
    assert "Zorbatin 20 mg · 08:00, 20:00" in (saved.text or "")
    assert len([r for r in await rows(bot, Record) if r.kind == "pain"]) == 1


async def test_a_question_typed_while_add_waits_is_answered_not_taken_for_a_name(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "should I take it with food or not?")
    asked = await fake.wait_for_message(UID, after=n, contains="question for your doctor")
    assert "🩺 Save it to ask my doctor" in fake.buttons(asked)
    note = await fake.wait_for_message(UID, after=n, contains="isn't saved yet")
    assert "answer above when you're ready" in (note.text or "")
    assert await rows(bot, Medication) == []
    # The question can be kept for the visit, and /add carries on where it was.
    await fake.press(UID, asked.message_id, "🩺 Save it to ask my doctor")
    # One the labels answer: the answer; /add's note was said once already, and /add
    # still carries on where it was.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "can I take tramadol with my gabapentin?")
    await fake.wait_for_message(UID, after=n, contains="labels say")
    assert await rows(bot, Medication) == []
    await say(fake, "naproxen", "How much")
    assert not any("isn't saved yet" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_an_earlier_adds_save_anyway_never_saves_the_medicine_being_added_now(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await add(fake, "norco 10/325 every 6 hours as needed")
    first = await say(fake, "/add gabapentin 300mg at 8am", "Before I save Gabapentin")
    # A second warning replaces the first add; the old button is out of date.
    second = await say(fake, "/add tylenol 500mg at 9am", "Before I save Tylenol")
    answer = await fake.wait_for_callback_answer(
        await fake.press(UID, first.message_id, "Save anyway")
    )
    assert answer.get("text") == "That button is out of date — nothing changed."
    assert [m.generic for m in await rows(bot, Medication)] == ["hydrocodone/acetaminophen"]
    # The warning on screen still works.
    n = len(fake.messages_to(UID))
    await fake.press(UID, second.message_id, "Save anyway")
    await fake.wait_for_message(UID, after=n, contains="Saved: Tylenol")


async def test_a_times_tap_after_the_times_were_typed_is_out_of_date(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    ask_dose = await say(fake, "naproxen", "How much")
    ask_times = await say(fake, "500mg", "When do you take")
    await say(fake, "8am and 8pm", "Saved: Naproxen 500 mg · 08:00, 20:00")
    for msg, button in ((ask_times, "As needed"), (ask_dose, "250")):
        answer = await fake.wait_for_callback_answer(await fake.press(UID, msg.message_id, button))
        assert answer.get("text") == "That button is out of date — nothing changed."
    meds = await rows(bot, Medication)
    assert [(m.generic, m.amount) for m in meds] == [("naproxen", 500.0)]


async def test_a_medicine_said_to_have_stopped_or_changed_is_offered_one_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox: "doctor changed my gabapentin to 600" got "I didn't catch
    that"; "stopped the naproxen" left it on the list with reminders coming."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "doctor changed my gabapentin to 600 from today")
    await fake.wait_for_message(UID, after=n, contains="Logged: note")
    offer = await fake.wait_for_message(UID, after=n, contains="Is Gabapentin 600 mg now?")
    assert fake.buttons(offer) == ["✏️ Gabapentin 600 mg", "✏️ Type it"]
    notes = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert len(notes) == 1 and "600" in notes[0].data
    await fake.press(UID, offer.message_id, "Type it")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose of gabapentin")
    await say(fake, "cancel", "nothing saved")
    # "he" who ups a dose is the doctor (Sandbox, Manchester): not "is this about the
    # person this diary is for?"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "yes, he upped the gabapentin to 600")
    await fake.wait_for_message(UID, after=n, contains="Is Gabapentin 600 mg now?")
    assert not any("right place" in (m.text or "") for m in fake.messages_to(UID)[n:])
    # Stopped: nothing changes until the person taps, and then it asks once more.
    offer = await say(fake, "stopped the naproxen, it wrecked my stomach", "Have you stopped")
    assert [m.ended_at for m in await rows(bot, Medication) if m.generic == "naproxen"] == [None]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Remove · Naproxen")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Naproxen 500 mg?")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    left = [m.generic for m in await rows(bot, Medication) if m.ended_at is None]
    assert left == ["gabapentin"]


async def test_a_dose_changed_by_the_doctor_is_no_dose_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: after the visit, "saw gp, she upped amitriptyline to 20mg and
    # wants me to do physio" marked that night's 10 mg dose taken, late, at 01:30.
    await onboard(fake, "Europe/London")
    await add(fake, "amitriptyline 10mg 22:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 22, 0, tzinfo=dt.UTC))
    clock.set(dt.datetime(2026, 11, 26, 1, 30, tzinfo=dt.UTC))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "saw gp, she upped amitriptyline to 20mg and wants me to do physio")
    await fake.wait_for_message(UID, after=n, contains="Is Amitriptyline 20 mg now?")
    assert not [m for m in fake.messages_to(UID)[n:] if "taken" in (m.text or "")]
    assert [o.status for o in await rows(bot, DoseOccurrence)][0] != "taken"
    assert not await rows(bot, DoseLog)
    notes = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert len(notes) == 1 and "upped amitriptyline to 20mg" in notes[0].data


async def test_each_medicine_a_visit_changed_is_offered_its_own_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, Toronto: "she upped the gabapentin to 600 at night and stopped the
    naproxen" offered only the gabapentin's Change; the naproxen's reminders went on."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "she upped the gabapentin to 600 at night and stopped the naproxen")
    change = await fake.wait_for_message(UID, after=n, contains="Has Gabapentin changed?")
    stop = await fake.wait_for_message(UID, after=n, contains="Have you stopped Naproxen?")
    assert fake.buttons(change) == ["✏️ Change · Gabapentin"]
    assert fake.buttons(stop) == ["🗑 Remove · Naproxen"]
    notes = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert len(notes) == 1, "the visit's words kept once"
    await fake.press(UID, stop.message_id, "Remove · Naproxen")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Naproxen 500 mg?")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    left = [m.generic for m in await rows(bot, Medication) if m.ended_at is None]
    assert left == ["gabapentin"]


async def test_a_pause_said_in_words_is_offered_as_one_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "pause methocarbamol for a few days, making me dizzy" kept the
    dizziness and a note, and the reminders went on."""
    await onboard(fake)
    await add(fake, "methocarbamol 750mg 08:00 14:00 20:00")
    offer = await say(fake, "pause methocarbamol for a few days, making me dizzy", "Pause")
    assert fake.buttons(offer) == ["⏸ Pause · Methocarbamol"]
    assert [m.paused for m in await rows(bot, Medication)] == [False], "only by the tap"
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Pause · Methocarbamol")
    await fake.wait_for_message(UID, after=n, contains="paused")
    assert [m.paused for m in await rows(bot, Medication)] == [True]


async def test_a_stop_said_of_a_name_kept_as_typed_is_offered_one_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, Bengaluru: "sir asked me to stop thiocolchicoside" of a medicine saved as
    "Thiocolchicoside" got "I haven't logged a dose from that", and its reminders went on."""
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Zorbitol 4mg 09:30 21:30")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    await say(fake, "skip", "stays as you typed it")
    offer = await say(
        fake, "went to ortho today, sir asked me to stop zorbitol", "Have you stopped"
    )
    assert fake.buttons(offer) == ["🗑 Remove · Zorbitol"]


@pytest.mark.both_databases
async def test_a_medicine_stopped_days_ago_leaves_no_misses_after_that_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "I stopped the naproxen 2 days ago": removed from that day, so its unanswered
    doses since then are not in the record as missed; what was answered stays."""
    await onboard(fake, "Europe/London")  # Wednesday 25 November
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 08:00 20:00")
    first = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 8, 0, tzinfo=dt.UTC))
    await fake.press(UID, first.message_id, "All taken")
    await fake.wait_for_edit(UID, first.message_id, contains="Taken")
    for day in (27, 28, 29):  # reminded, never answered
        for hour in (8, 20):
            clock.set(dt.datetime(2026, 11, day, hour, 0, tzinfo=dt.UTC))
            await tick(bot)
    clock.set(dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC))
    await tick(bot)
    offer = await say(fake, "I stopped the naproxen 2 days ago, it hurt my stomach", "Fri 27 Nov")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Remove · Naproxen")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Naproxen 500 mg?")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    done = await fake.wait_for_message(UID, after=n, contains="removed")
    assert "as stopped on Fri 27 Nov" in (done.text or "")
    naproxen = next(m for m in await rows(bot, Medication) if m.generic == "naproxen")
    assert naproxen.ended_at == dt.datetime(2026, 11, 27, 0, 0, tzinfo=dt.UTC)
    by_med: dict[int, list[tuple[str, str]]] = {}
    for occ in await rows(bot, DoseOccurrence):
        by_med.setdefault(occ.medication_id, []).append((occ.local_date.isoformat(), occ.status))
    kept = sorted(by_med[naproxen.id])
    assert ("2026-11-26", "taken") in kept
    assert all(day < "2026-11-27" for day, _ in kept), "nothing of it from the day it stopped"
    gabapentin = [m.id for m in await rows(bot, Medication) if m.generic == "gabapentin"]
    assert any(s == "missed" for _, s in by_med[gabapentin[0]]), "the other medicine's stay"


async def test_a_trip_told_in_passing_offers_the_places_time_zone(
    fake: FakeBotApi, bot: Any
) -> None:
    # Found living it: "flying to new york today, landing 3pm their time" from London got
    # "Sorry, I didn't catch that", and the reminders stayed on London time.
    await onboard(fake, "Europe/London")
    offer = await say(fake, "flying to new york today, landing 3pm their time", "Travelling?")
    assert "Europe/London time" in (offer.text or "")
    assert fake.buttons(offer) == ["🕰 New York City, New York, United States"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "New York")
    await fake.wait_for_message(UID, after=n, contains="America/New_York")
    assert (await rows(bot, User))[0].timezone == "America/New_York"
    # Beside a report the report is kept too; a place on the same clock is no offer.
    n = len(fake.messages_to(UID))
    await say(fake, "landed in lisbon, pain 6", "Logged: pain 6")
    await fake.wait_for_message(UID, after=n, contains="Travelling")
    await say(fake, "/timezone europe/london", "Europe/London")
    n = len(fake.messages_to(UID))
    await say(fake, "back home in lisbon, pain 5", "Logged: pain 5")
    await say(fake, "/help", "")  # every reply to the line above has come before this one
    assert not [m for m in fake.messages_to(UID)[n:] if "Travelling" in (m.text or "")]


async def test_an_off_list_dose_after_the_same_medicine_left_the_list_is_told_in_full(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Toronto: Advil taken while listed (no warning), removed for naproxen, then
    "took an advil too by accident" got "What I said with your last Advil still applies"
    of a warning never said."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg as needed max 3 per day")
    await say(fake, "took my ibuprofen", "Logged")
    offer = await say(fake, "stopped the ibuprofen, dr said no more", "Have you stopped")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Remove · Ibuprofen")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Ibuprofen")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    await add(fake, "naproxen 500mg 08:00 20:00")
    again = (await say(fake, "ugh took an advil too by accident", "Logged")).text or ""
    assert "still applies" not in again
    assert "both NSAIDs" in again and "talk to your doctor or pharmacist" in again


async def test_an_off_list_medicines_pair_warnings_are_told_in_full_then_in_one_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: a Percocet borrowed on a bad night repeated both long pair warnings
    # at every dose; the second within a day now points back to them in one line.
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(fake, "cyclobenzaprine 10mg 22:00")
    clock.set(dt.datetime(2026, 11, 25, 1, 30, tzinfo=NY))
    first = (await say(fake, "took 1 percocet", "Logged")).text or ""
    assert "FDA warns" in first and "coma and death" in first
    clock.set(dt.datetime(2026, 11, 25, 6, 30, tzinfo=NY))
    again = (await say(fake, "took another percocet", "Logged")).text or ""
    assert "FDA warns" not in again and "coma and death" not in again
    assert (
        "What I said with your last Percocet still applies: you are taking it with "
        "Gabapentin and Cyclobenzaprine. Please talk to your doctor or pharmacist."
    ) in again
    # A day later, in one line with the day it was told; past a week, in full again
    # (bot.domain.safety.said_briefly)
    clock.set(dt.datetime(2026, 11, 26, 7, 0, tzinfo=NY))
    later = (await say(fake, "took a percocet", "Logged")).text or ""
    assert "FDA warns" not in later and "Still with" in later and "yesterday" in later
    clock.set(dt.datetime(2026, 12, 3, 7, 0, tzinfo=NY))
    week = (await say(fake, "took a percocet", "Logged")).text or ""
    assert "FDA warns" in week
    assert [x.generic for x in await rows(bot, DoseLog)] == ["oxycodone/acetaminophen"] * 4


async def test_a_medicine_with_no_known_strength_is_asked_without_a_made_up_number(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "/add naloxone nasal spray" was asked "e.g. 400mg" — a number that
    # belongs to no naloxone product.
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add naloxone nasal spray as needed")
    ask = await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    assert "the strength printed on the box" in (ask.text or "")
    assert "400" not in (ask.text or "")


async def test_a_misspelt_name_is_saved_as_its_medicine_is_spelled(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "/add ibuprofin 600 as needed" was kept as
    "Ibuprofin" in the reminders, the summary and the doctor's PDF."""
    await onboard(fake)
    saved = await add(fake, "ibuprofin 600 as needed")
    assert "Ibuprofen 600 mg" in saved and "Ibuprofin" not in saved
    saved = await add(fake, "Advil 200mg as needed", warned=True)
    assert "Advil 200 mg" in saved, "a brand stays as written"


async def test_a_gps_word_after_a_fall_is_the_lists_change_not_the_falls_follow_up(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, Glasgow: after a fall, "GP says nae mair paracetamol on top, just the
    cocodamol" was filed as the fall's follow-up; "the doctor said no more ibuprofen, only
    the naproxen" said there was no ibuprofen dose to skip. The GP's words are kept for the
    report and the stop is one tap — on the medicine stopped, never the one kept."""
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 2 tablets 08:00 14:00 20:00")
    await add(fake, "paracetamol 500mg as needed max 8 per day", warned=True)
    await say(fake, "I had a fall in the kitchen this morning, my back is sore", "doctor today")
    await say(fake, "/help", "")  # every reply to the fall has come before this one
    # the alarm is the fall's answer: its words kept for the doctor, no receipt beside it
    assert not any("Logged" in (m.text or "") for m in fake.messages_to(UID))
    n = len(fake.messages_to(UID))
    offer = await say(
        fake, "GP says nae mair paracetamol on top, just the cocodamol", "off your list"
    )
    assert fake.buttons(offer) == ["🗑 Remove · Paracetamol"]
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("Logged: note" in t and "nae mair paracetamol" in t for t in said), said
    assert not any("glad you were seen" in t for t in said), said
    # a medicine not on the list: the words kept, no dose skipped, nothing added
    n = len(fake.messages_to(UID))
    await say(fake, "the doctor said no more ibuprofen, only the naproxen", "Logged: note")
    await say(fake, "/help", "")  # every reply to the line above has come before this one
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    unwanted = ("to skip", "off your list", "glad you were seen", "Saved")
    assert not any(w in t for w in unwanted for t in said), said
    records = await rows(bot, Record)
    assert not [r for r in records if r.kind == "red_flag" and '"followup": true' in r.data]
    notes = [r.raw_text for r in records if r.kind == "note"]
    assert any("nae mair paracetamol" in (t or "") for t in notes)
    assert any("only the naproxen" in (t or "") for t in notes)
    assert not await rows(bot, DoseLog)
    # the list changes only by the tap, and then only the medicine the GP stopped
    assert [m.ended_at for m in await rows(bot, Medication)] == [None, None]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Remove · Paracetamol")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Paracetamol 500 mg?")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    ended = {m.generic: m.ended_at is not None for m in await rows(bot, Medication)}
    assert ended == {"acetaminophen/codeine": False, "acetaminophen": True}


async def test_a_weekly_medicines_reminder_says_it_is_the_weekly_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Glasgow: "/add alendronic acid 70mg weekly monday 8am" was reminded like a
    daily medicine; the daily one beside it is not called weekly."""
    await onboard(fake, "Europe/London")  # Wednesday 25 November
    # (alendronate is in the knowledge file: nothing is asked of what is in it)
    await add(fake, "alendronic acid 70mg weekly monday 8am before breakfast")
    await add(fake, "co-codamol 30/500 2 tablets 08:00 20:00")
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC))
    lines = (msg.text or "").splitlines()
    assert "• Alendronic acid 70 mg · your weekly dose · before breakfast" in lines, lines
    assert "• Co-codamol 2 × 30/500 mg" in lines, lines


async def test_a_dose_change_told_without_its_name_asks_which_by_one_tap(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, London: "the doctor said to go up to 300mg twice a day from tomorrow" was
    offered as a visit on Tuesday "with doctor said to go up to …"; with no name it is
    kept as a note and each medicine offered its Change."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 22:00")
    await add(fake, "naproxen 500mg 08:00 20:00")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "the doctor said to go up to 300mg twice a day from tomorrow")
    offer = await fake.wait_for_message(UID, after=n, contains="Which medicine changed?")
    assert fake.buttons(offer) == ["✏️ Change · Gabapentin", "✏️ Change · Naproxen"]
    assert not [m for m in fake.messages_to(UID)[n:] if "visit" in (m.text or "")]
    notes = [r for r in await rows(bot, Record) if r.kind == "note"]
    assert len(notes) == 1 and "300mg twice a day" in notes[0].data
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Change · Gabapentin")
    await fake.wait_for_message(UID, after=n, contains="Gabapentin 300 mg")


async def test_a_removal_asked_in_words_is_one_tap_and_confirmed(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, London: "delete the tramadol" got "it doesn't sound like one you took";
    the list's own Remove is offered, confirmed as /meds confirms it."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    await add(fake, "tramadol 50mg as needed")
    offer = await say(fake, "delete the tramadol", "Take Tramadol off your list?")
    assert fake.buttons(offer) == ["🗑 Remove · Tramadol"]
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Remove · Tramadol")
    confirm = await fake.wait_for_message(UID, after=n, contains="Remove Tramadol 50 mg?")
    await fake.press(UID, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(UID, after=n, contains="removed")
    left = [m.generic for m in await rows(bot, Medication) if m.ended_at is None]
    assert left == ["naproxen"]


async def test_a_medicine_described_not_named_is_asked_its_name(fake: FakeBotApi, bot: Any) -> None:
    # Sandbox: /add, "Which medicine?", "the white ones" was saved as a medicine named
    # "White ones" and its dose asked; the doctor's list would read "White ones".
    await onboard(fake)
    await say(fake, "/add", "Which medicine")
    for described in ("the white ones", "my blue pill", "the big tablets", "the ones for my back"):
        asked = await say(fake, described, "name printed on the box or label")
        assert asked.text == (
            "I need the name printed on the box or label, e.g. naproxen — what does it say?"
        )
    # A brand the knowledge file lacks is a name, as typed.
    await say(fake, "Zorbex", "How much is one dose of Zorbex")
    await say(fake, "/cancel", "")
    # Described on the /add line: what else it said is kept, the name asked for.
    await say(fake, "/add the little pink pills 10mg 08:00", "name printed on the box")
    saved = await say(fake, "amitriptyline", "Saved")
    assert "Amitriptyline 10 mg · 08:00" in (saved.text or "")
    names = [m.name.lower() for m in await rows(bot, Medication)]
    assert names == ["amitriptyline"]


async def test_a_dose_change_told_beside_a_side_effect_is_kept_and_offered(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, Glasgow: "wee bit dizzy and sleepy since the pregabalin went up" kept the
    side effects, but the list stayed at 75 mg and nothing was offered; now the dose is
    asked with the label's next strengths, and a dose told is one tap."""
    await onboard(fake)
    await add(fake, "pregabalin 75mg 08:00 20:00")
    await add(fake, "gabapentin 300mg 22:00")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "wee bit dizzy and sleepy since the pregabalin went up")
    await fake.wait_for_message(UID, after=n, contains="side effects: drowsy, dizzy")
    offer = await fake.wait_for_message(UID, after=n, contains="What's your pregabalin dose now?")
    assert fake.buttons(offer) == ["100 mg", "150 mg", "200 mg", "✏️ Type it"]
    assert [m.amount for m in await rows(bot, Medication)] == [75.0, 300.0], "only by a tap"
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "150 mg")
    await fake.wait_for_message(UID, after=n, contains="Saved: Pregabalin 150 mg")
    running = [(m.generic, m.amount) for m in await rows(bot, Medication) if m.ended_at is None]
    assert sorted(running) == [("gabapentin", 300.0), ("pregabalin", 150.0)]
    # a dose told is offered as it is; the pain's going up is no change
    offer = await say(fake, "they upped my gabapentin to 600", "Is Gabapentin 600 mg now?")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Gabapentin 600 mg")
    await fake.wait_for_message(UID, after=n, contains="Saved: Gabapentin 600 mg")
    n = len(fake.messages_to(UID))
    await say(fake, "pain went up to 8", "pain 8")
    assert not [m for m in fake.messages_to(UID)[n:] if "dose now" in (m.text or "")]
