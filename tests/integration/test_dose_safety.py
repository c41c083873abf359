"""Safety checks on every dose logged, not only on /add (issue 13, findings 6 and 7)."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from bot.storage.models import DoseLog
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def test_took_a_second_nsaid_on_daily_meloxicam_is_warned(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    reply = await say(fake, "/took 2 advil", "Logged")
    text = reply.text or ""
    assert "⚠️" in text and "NSAID" in text and "Meloxicam" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    # Free text takes the same path.
    clock.advance(hours=1)
    reply = await say(fake, "had 2 aleve for the pain", "Logged")
    assert "NSAID" in (reply.text or "")


async def test_a_dose_bigger_than_the_listed_one_is_said_so(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found in the sandbox: "took 2 oxys at once" of oxycodone 5 mg, one at a time, was
    # logged without a word; the doctor reads it as a double opioid dose.
    await onboard(fake)
    await add(fake, "oxycodone 5mg every 6 hours as needed max 4 per day")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "took 2 oxys at once bc pain was a 9", "Logged: 2 × Oxycodone")
    assert "more than one dose on your list (Oxycodone 5 mg)" in (reply.text or "")
    assert "talk to your doctor or pharmacist" in (reply.text or "")
    await settled(bot)  # (what was said is written down just after saying it)
    clock.advance(hours=7)
    reply = await say(fake, "took my oxy", "Logged: Oxycodone 5 mg")
    assert "more than one dose" not in (reply.text or "")
    # Said once in 24 hours, not at every dose of someone who always takes two.
    await settled(bot)
    clock.advance(hours=7)
    reply = await say(fake, "took 2 oxys", "Logged: 2 × Oxycodone")
    assert "more than one dose" not in (reply.text or "")
    await settled(bot)
    clock.advance(hours=25)  # a day on: said again
    reply = await say(fake, "took 2 oxys", "Logged: 2 × Oxycodone")
    assert "more than one dose on your list" in (reply.text or "")


async def test_acetaminophen_past_its_labelled_maximum_gets_the_labels_poison_advice(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "norco 5/325 as needed max 6 per day")
    await add(fake, "tylenol 500mg as needed max 6 per day", warned=True)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    calm = await say(fake, "took 2 norco", "Logged")
    assert "🛑" not in (calm.text or "")
    for hour, text in ((13, "took 2 tylenol"), (16, "took 2 tylenol"), (19, "took 2 tylenol")):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        reply = await say(fake, text, "Logged")
        assert "🛑" not in (reply.text or ""), "3,650 mg is under the 4,000 mg label maximum"
    clock.set(dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    reply = await say(fake, "took 3 norco", "Logged")
    text = reply.text or ""
    assert "🛑" in text
    assert "4,625 mg of acetaminophen" in text
    assert "Poison Control Center" in text and "1-800-222-1222" in text
    assert "emergency" not in text.lower()
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")


async def test_an_episode_already_seen_to_is_recorded_without_a_second_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    import json

    from tests.integration.test_checkin import records

    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    alarm = await say(fake, "cant feel my legs properly and i wet myself", "emergency")
    assert "emergency" in (alarm.text or "").lower()
    clock.set(dt.datetime(2026, 11, 26, 15, 0, tzinfo=NY))
    text = "ER visit for numbness + bladder accident. MRI bulging disc L4-5. started medrol"
    n = len(fake.messages_to(1001))
    reply = await say(fake, text, "noted it")
    await fake.wait_for_message(1001, after=n, contains="Logged: note")
    everything = " ".join(m.text or "" for m in fake.messages_to(1001)[n:]).lower()
    assert "emergency" not in everything and "crisis" not in everything
    recs = await records(bot)
    flags = [r for r in recs if r.kind == "red_flag"]
    assert [json.loads(r.data)["handled"] for r in flags] == [False, True]
    assert flags[1].raw_text == text
    assert not [r for r in recs if r.kind == "pain"], "L4-5 is not a pain score"
    note = next(json.loads(r.data) for r in recs if r.kind == "note")
    assert note["text"] == "MRI bulging disc L4-5; started medrol"
    assert reply is not None


async def test_co_codamol_is_codeine_with_paracetamol_and_counts_in_the_total(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "co-codamol" was unknown (no checks at all), and its codeine
    30 mg alone also fits Tylenol #3 (300/30), so the paracetamol could not be counted."""
    await onboard(fake, "Europe/London")
    all_set = next(m.text or "" for m in fake.messages_to(1001) if "All set" in (m.text or ""))
    assert "/add paracetamol 500mg" in all_set and "acetaminophen" not in all_set
    saved = await say(fake, "/add co-codamol 30/500 as needed max 8 per day", "Saved")
    assert "can't run safety checks" not in (saved.text or "")
    assert "Co-codamol 30/500 mg · as needed, max 8 a day" in (saved.text or "")
    warned = await say(fake, "/add paracetamol 500mg as needed", "Before I save")
    # A British patient reads paracetamol, the name on their packets, never acetaminophen.
    assert "Co-codamol (paracetamol/codeine) and Paracetamol both contain" in (warned.text or "")
    assert "acetaminophen" not in (warned.text or "").lower()
    await fake.press(1001, warned.message_id, "Save anyway")
    await fake.wait_for_message(1001, contains="Saved: Paracetamol")
    london = dt.UTC
    for hour in (8, 12, 16):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=london))
        reply = await say(fake, "took 2 co-codamol", "Logged")
        assert "2 × Co-codamol 30/500 mg" in (reply.text or "")
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=london))
    reply = await say(fake, "took 2 paracetamol", "Logged")
    # 6 × 500 (co-codamol) + 2 × 500 = 4,000 mg: at the maximum, not past it.
    assert "🛑" not in (reply.text or "")
    clock.set(dt.datetime(2026, 11, 25, 22, 0, tzinfo=london))
    reply = await say(fake, "took 1 co-codamol", "Logged")
    assert "🛑" in (reply.text or "") and "4,500 mg of paracetamol" in (reply.text or "")
    assert "acetaminophen" not in (reply.text or "").lower()


async def test_what_happened_next_is_kept_beside_the_red_flag(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "went to A&E, they did an MRI, it's a disc" after a red flag
    was "didn't catch that" and kept nowhere."""
    await onboard(fake, "Europe/London")
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=dt.UTC))
    await say(fake, "numb down there and cant pee properly", "emergency")
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC))
    n = len(fake.messages_to(1001))
    reply = await say(fake, "went to A&E, they did an MRI, it's a disc at L5-S1. all ok", "seen")
    assert "emergency" not in " ".join(m.text or "" for m in fake.messages_to(1001)[n:])
    assert reply is not None
    summary = await say(fake, "/summary", "Your week")
    assert "later: “went to A&E, they did an MRI, it's a disc at L5-S1. all ok”" in (
        summary.text or ""
    )


async def test_safe_said_with_no_alarm_before_is_met_warmly(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # After a low-mood message that was no red flag, "sorry, I'm safe, just a rough week"
    # has no episode to follow up: it was "Sorry, I didn't catch that".
    await onboard(fake)
    await say(fake, "feeling really low lately", "Logged")
    ask = await say(fake, "sorry didnt mean to worry you, im safe, just a rough week", "Thank you")
    assert "didn't catch" not in (ask.text or "")
    assert fake.buttons(ask)[0] == "🗒 Keep it as a note"


async def test_a_stop_told_after_the_emergency_is_still_offered(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "ER said it's gastritis, they told me to stop the naproxen" was
    kept beside the black stools, and the naproxen stayed on the list, reminded twice a day."""
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=dt.UTC))
    await say(fake, "my poo was black this morning", "emergency")
    clock.set(dt.datetime(2026, 11, 26, 1, 0, tzinfo=dt.UTC))
    n = len(fake.messages_to(1001))
    await fake.send_text(1001, "ER said its gastritis, they told me to stop the naproxen")
    await fake.wait_for_message(1001, after=n, contains="glad you were seen")
    offer = await fake.wait_for_message(1001, after=n, contains="Have you stopped Naproxen")
    n = len(fake.messages_to(1001))
    await fake.press(1001, offer.message_id, "Remove · Naproxen")
    confirm = await fake.wait_for_message(1001, after=n, contains="Remove Naproxen 500 mg?")
    await fake.press(1001, confirm.message_id, "Yes, remove")
    await fake.wait_for_message(1001, after=n, contains="removed")
    listed = await say(fake, "/meds", "medicines")
    assert "Naproxen" not in (listed.text or "")


async def test_a_message_the_bot_does_not_understand_can_be_kept_as_a_note(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    ask = await say(fake, "the new pillow helps a bit", "didn't catch that")
    await fake.press(1001, ask.message_id, "Keep it as a note")
    await fake.wait_for_edit(1001, ask.message_id, contains="Kept in your notes")
    summary = await say(fake, "/summary", "Your week")
    assert "“the new pillow helps a bit”" in (summary.text or "")


async def test_signs_said_to_be_absent_are_offered_as_a_note_for_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "no numbness or tingling down there, bladder fine" is a pertinent negative for the
    # doctor; it was "Sorry, I didn't catch that".
    await onboard(fake)
    ask = await say(fake, "no numbness or tingling down there, bladder fine", "Good to hear")
    assert fake.buttons(ask)[0] == "🗒 Keep it as a note"
    assert "emergency" not in (ask.text or "") and "urgent" not in (ask.text or "")
    await fake.press(1001, ask.message_id, "Keep it as a note")
    await fake.wait_for_edit(1001, ask.message_id, contains="Kept in your notes")
    summary = await say(fake, "/summary", "Your week")
    assert "“no numbness or tingling down there, bladder fine”" in (summary.text or "")


async def test_a_question_the_bot_cannot_read_can_be_kept_for_the_doctor(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "should I be walking more than 20 minutes a day?" was "didn't
    catch that", with no way to keep it for the visit."""
    await onboard(fake)
    ask = await say(fake, "should I be walking more than 20 minutes a day?", "can't answer it")
    assert "🩺 Save it to ask my doctor" in fake.buttons(ask)
    await fake.press(1001, ask.message_id, "🩺 Save it to ask my doctor")
    await fake.wait_for_edit(1001, ask.message_id, contains="Kept for your doctor")
    listed = await say(fake, "/ask", "Your questions for the doctor")
    assert "Should I be walking more than 20 minutes a day?" in (listed.text or "")
    # A statement gets no such button.
    other = await say(fake, "the new pillow helps a bit", "didn't catch that")
    assert not [b for b in fake.buttons(other) if "doctor" in b]


async def test_drops_are_never_counted_as_tablets(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # German tramadol drops: "20 drops" is one dose, not twenty 50 mg tablets (1,000 mg).
    await onboard(fake, "Europe/Berlin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    reply = await say(fake, "took 20 drops of tramadol", "Logged")
    assert "20 ×" not in (reply.text or "") and "maximum" not in (reply.text or "")


async def test_a_dose_of_a_twice_daily_plan_told_by_text_is_not_told_the_otc_line(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: naproxen 500 mg at 08:00 and 20:00; the evening dose tapped, the
    # next morning's told by text after a flight: "above the 660 mg a day on
    # over-the-counter naproxen labels" for the person's own prescribed plan.
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    evening = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await fake.press(UID, evening.message_id, "Taken")
    await fake.wait_for_edit(UID, evening.message_id, contains="Taken 20:00")
    clock.set(dt.datetime(2026, 11, 26, 14, 30, tzinfo=NY))
    reply = await say(fake, "took naproxen", "Logged")
    assert "over-the-counter" not in (reply.text or "")
    # A third in the day is beyond the plan: the OTC line is told.
    clock.advance(hours=2)
    reply = await say(fake, "took another naproxen", "Logged")
    assert "over-the-counter naproxen labels" in (reply.text or "")


async def _tap_taken(fake: FakeBotApi, bot: Any, clock: FakeClock, hour: int) -> int:
    """The reminder of `hour` answered Taken; how many messages the chat had before it."""
    msg = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    cq = await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_callback_answer(cq)
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken")
    return n


async def test_a_scheduled_dose_tapped_past_the_labelled_maximum_is_told_at_the_tap(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: paracetamol 1 g four times a day and co-codamol when
    bad — 5 g in a day, and the taps said nothing (only a dose logged outside a reminder
    was checked); the report later listed the day as over the limit."""
    await onboard(fake)
    await add(fake, "acetaminophen 1000mg 08:00 12:00 16:00 22:00")
    await add(fake, "co-codamol 30/500 as needed max 8 per day", warned=True)
    await _tap_taken(fake, bot, clock, 8)
    clock.set(dt.datetime(2026, 11, 25, 10, 30, tzinfo=NY))
    calm = await say(fake, "took 2 co-codamol", "Logged")
    assert "🛑" not in (calm.text or "")
    for hour in (12, 16):
        n = await _tap_taken(fake, bot, clock, hour)
        await asyncio.sleep(0.2)
        said = [m.text or "" for m in fake.messages_to(UID)[n:]]
        assert not [t for t in said if "🛑" in t], "4,000 mg is the label's maximum, not past it"
    n = await _tap_taken(fake, bot, clock, 22)
    warned = await fake.wait_for_message(UID, after=n, contains="🛑")
    text = warned.text or ""
    assert "5,000 mg of acetaminophen" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    assert "emergency" not in text.lower()


async def test_a_scheduled_dose_told_in_words_past_the_maximum_is_told_too(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 1000mg 08:00 14:00 20:00")
    await add(fake, "co-codamol 30/500 as needed max 8 per day", warned=True)
    await _tap_taken(fake, bot, clock, 8)
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    await say(fake, "took 4 co-codamol", "Logged")
    await _tap_taken(fake, bot, clock, 14)
    await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    clock.advance(minutes=5)
    reply = await say(fake, "took my paracetamol", "taken")
    assert "🛑" in (reply.text or "") and "5,000 mg of acetaminophen" in (reply.text or "")


async def test_a_drink_told_beside_an_opioid_gets_its_labels_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "had a beer with dinner and took an oxy" was logged
    without a word, though the opioid's Medication Guide warns of alcohol."""
    await onboard(fake)
    await add(fake, "oxycodone 5mg every 6 hours as needed")
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await say(fake, "had a beer with dinner and took an oxy", "Logged")
    note = await fake.wait_for_message(UID, after=n, contains="alcohol")
    text = note.text or ""
    assert "Opioid labels warn that taking oxycodone with alcohol" in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    assert "emergency" not in text.lower()
    # The drink is kept for the doctor beside the dose (it was warned of, then found
    # nowhere in the summary or the report: a sandbox week's traveller).
    import json

    from sqlalchemy import select

    from bot.app import deps_of
    from bot.storage.models import Record

    async with deps_of(bot).sessions() as s:
        rows = list(await s.scalars(select(Record).where(Record.kind == "note")))
    assert [json.loads(r.data)["text"] for r in rows] == ["had a beer with dinner"]
    # Someone else's drink, or one only asked about, says nothing of it.
    clock.advance(hours=7)
    n = len(fake.messages_to(UID))
    await say(fake, "my husband had a few beers, took my oxy", "Logged")
    await asyncio.sleep(0.3)
    assert not [m for m in fake.messages_to(UID)[n:] if "alcohol" in (m.text or "")]


async def test_a_drink_told_alone_is_kept_for_the_doctor_with_the_labels_words(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Living it in the sandbox: "had a glass of wine with dinner" alone got "Sorry, I
    didn't catch that" before the label's words."""
    import json

    from sqlalchemy import select

    from bot.app import deps_of
    from bot.storage.models import Record

    await onboard(fake)
    await add(fake, "oxycodone 5mg every 6 hours as needed")
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    reply = await say(fake, "had a glass of wine with dinner", "alcohol")
    assert "kept it as a note for your doctor" in (reply.text or "")
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in said if "didn't catch" in t], said
    async with deps_of(bot).sessions() as s:
        notes = [json.loads(r.data)["text"] for r in await s.scalars(select(Record))]
    assert notes == ["Had a glass of wine with dinner"]


async def test_a_misspelt_brand_of_a_listed_medicine_is_that_medicine(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "/took narco" for the Norco on the list was logged as an unknown
    # "Narco" — no safety checks, and its acetaminophen left out of the day's total.
    await onboard(fake)
    await add(fake, "hydrocodone/acetaminophen 5/325 as needed max 4 per day")
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    reply = await say(fake, "/took narco", "Logged")
    text = reply.text or ""
    assert "Hydrocodone" in text and "not in your list" not in text, text
    (log,) = await rows(bot, DoseLog)
    assert log.generic == "hydrocodone/acetaminophen"


async def test_a_listed_nsaid_taken_on_a_day_of_another_is_warned_once_a_day(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Texas): meloxicam taken at 05:10, then his Aleve kept on the list
    # "as needed" logged at 14:00 with nothing said; only medicines off the list were
    # checked against the rest.
    await onboard(fake)
    await add(fake, "meloxicam 15mg 05:00")
    await add(fake, "aleve as needed", warned=True)
    morning = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 5, 0, tzinfo=NY))
    await fake.press(UID, morning.message_id, "Taken")
    await fake.wait_for_edit(UID, morning.message_id, contains="Taken")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    reply = await say(fake, "/took aleve", "Logged")
    text = reply.text or ""
    assert text.startswith("Logged: Aleve 220 mg at 14:00")
    assert "⚠️ Meloxicam and Aleve (naproxen) are both NSAIDs." in text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    # Not again with the next Aleve the same day.
    clock.set(dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    again = await say(fake, "took an aleve", "Logged")
    assert "NSAIDs" not in (again.text or "")
    # Nor with the next morning's meloxicam, 15 hours after the pair was told with the
    # 14:00 Aleve: once in 24 hours (Sandbox, Denver: the same words twice a day). When
    # no Aleve of the day told it, the meloxicam does (test_pair_told_once_a_day).
    n = len(fake.messages_to(UID))
    tomorrow = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 26, 5, 0, tzinfo=NY))
    await fake.press(UID, tomorrow.message_id, "Taken")
    await fake.wait_for_edit(UID, tomorrow.message_id, contains="Taken")
    await settled(bot)
    assert not any("both NSAIDs" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_a_visit_to_the_er_told_on_its_own_is_met_warmly_and_offered_as_a_note(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "went to the ER last night" (or "fui a urgencias anoche"), with no alarm before it,
    # was "Sorry, I didn't catch that" (Houston helper's finding)
    await onboard(fake)
    ask = await say(fake, "went to the ER last night", "sorry you had to go")
    assert fake.buttons(ask)[0] == "🗒 Keep it as a note"
    await fake.press(1001, ask.message_id, "Keep it as a note")
    await fake.wait_for_edit(1001, ask.message_id, contains="Kept in your notes")
    spanish = await say(fake, "fui a urgencias anoche", "sorry you had to go")
    assert "didn't catch" not in (spanish.text or "")
    # (someone else's visit: asked whose, never met as the writer's own)
    other = await say(fake, "my mum went to the ER", "the person this diary is for")
    assert "sorry you had to go" not in (other.text or "")


async def test_forty_naproxen_get_the_labels_overdose_sentence(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Sandbox, London): 40 × naproxen 500 mg were told the milligrams
    # and the labelled maximum only; acetaminophen's label sentence was said, naproxen's
    # own Drug Facts' was not.
    clock.set(dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    clock.advance(hours=1)
    reply = await say(fake, "took 40 naproxen", "of naproxen")
    text = reply.text or ""
    assert "🛑" in text and "of naproxen" in text
    assert (
        "The naproxen label says: “In case of overdose, get medical help or contact a Poison "
        "Control Center right away. (1-800-222-1222)”"
    ) in text
    assert "in the UK, call NHS 111.)" in text  # the US number's note, said for London
    assert "feel well" not in text  # the NHS's words of paracetamol, not naproxen's label's
    assert "liver" not in text.lower() and "emergency" not in text.lower()
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    await settled(bot)
    # The doctor sees it as acetaminophen's: the week's "worth discussing" list.
    clock.advance(hours=2)
    week = await say(fake, "/summary", "Worth discussing with your doctor")
    assert "Naproxen went past its labelled maximum of 1,500 mg in 24 hours" in (week.text or "")


async def test_a_bigger_opioid_dose_on_a_day_of_diazepam_and_pregabalin_names_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Sandbox, Glasgow: "took 4 co-codamol at once" hours after diazepam and pregabalin
    # was told nothing of them (the pair is told once a day, with the first co-codamol).
    await onboard(fake, "Europe/London")
    await add(fake, "pregabalin 75mg 08:00 20:00")
    await add(fake, "co-codamol 30/500 2 tablets as needed max 8 per day", warned=True)
    await add(fake, "diazepam 2mg 08:00 14:00 20:00 for 5 days", warned=True)
    london = dt.UTC  # (Europe/London is UTC in December)
    clock.set(dt.datetime(2026, 12, 7, 9, 0, tzinfo=london))
    await tick(bot)  # the days jumped, as the sweep would have run them
    await say(fake, "took my pregabalin and diazepam at 8", "Diazepam")
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 7, 10, 0, tzinfo=london))
    first = await say(fake, "took 2 co-codamol", "Logged: 2 × Co-codamol")
    # (the diazepam, its course over, was told in full with co-codamol at 9: one line now)
    assert "Still with diazepam" in (first.text or "")
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 7, 15, 0, tzinfo=london))
    reply = await say(fake, "took 4 co-codamol at once, the pain was unreal", "Logged: 4 ×")
    text = reply.text or ""
    assert "You've also taken Diazepam and Pregabalin in the last 24 hours" in text
    assert "slowed or difficult breathing" in text
    assert "emergency" not in text  # (that word is the red-flag alarm's alone)
    await settled(bot)
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=london))
    again = await say(fake, "took 2 co-codamol", "Logged: 2 × Co-codamol")
    assert "You've also taken" not in (again.text or ""), "the listed dose: nothing again"
