"""A medicine's name said alone is asked about with one tap; a strength said in words
("extra strength tylenol") counts toward the ingredient's total, through the real
Application."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.storage.models import DoseLog, DoseOccurrence, Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say


async def test_a_name_alone_is_asked_about_and_one_tap_logs_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "norco" alone was "Sorry, I didn't catch that", and the person had
    # to find the words for "I took it".
    await onboard(fake)
    await add(fake, "norco 5/325 1 tab every 6 hours as needed max 4 a day")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    ask = await say(fake, "norco", "did you take it just now?")
    assert (ask.text or "").startswith("Norco 5/325 mg")
    assert not await rows(bot, DoseLog), "asked, never recorded unasked"
    await fake.press(UID, ask.message_id, "Took it just now")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged: Norco 5/325 mg at 10:00")
    logs = await rows(bot, DoseLog)
    assert [(x.generic, x.taken_at) for x in logs] == [("hydrocodone/acetaminophen", clock.now())]
    assert not [r for r in await rows(bot, Record) if r.kind == "dose_question"]
    # A brand off the list keeps its name; "Not yet" logs nothing.
    ask = await say(fake, "advil", "Advil — did you take it just now?")
    await fake.press(UID, ask.message_id, "Not yet")
    await fake.wait_for_edit(UID, ask.message_id, contains="nothing logged")
    assert len(await rows(bot, DoseLog)) == 1
    # A question about it is not a dose to ask about.
    reply = await say(fake, "norco?", "question for your doctor")
    assert "did you take it" not in (reply.text or "")


async def test_a_name_alone_answers_its_open_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00 14:00 20:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 10, tzinfo=NY))
    ask = await say(fake, "my gabapentin", "did you take it just now?")
    await fake.press(UID, ask.message_id, "Took it just now")
    await fake.wait_for_edit(UID, ask.message_id, contains="your 08:00 dose")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    taken = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert len(taken) == 1 and not await rows(bot, DoseLog)


async def test_extra_strength_tylenol_counts_its_500_mg_beside_norco(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "2 extra strength tylenol" three times beside Norco was logged
    # without a strength, so the acetaminophen total never moved (3,650 mg unseen).
    await onboard(fake)
    await add(fake, "norco 5/325 1 tab every 6 hours as needed max 4 a day")
    for hour, text in (
        (7, "took a norco"),
        (7, "2 extra strength tylenol"),
        (9, "2 extra strength tylenol"),
    ):
        clock.set(dt.datetime(2026, 11, 25, hour, 5, tzinfo=NY))
        await say(fake, text, "Logged")
    clock.set(dt.datetime(2026, 11, 25, 13, 10, tzinfo=NY))
    await say(fake, "took a norco", "Logged")
    reply = await say(fake, "2 extra strength tylenol", "Logged")
    assert "about 3,650 mg of acetaminophen" in (reply.text or "")
    assert "3,000 mg a day on over-the-counter acetaminophen labels" in (reply.text or "")
    # Asked how much, the mg are added up across both products; plain Tylenol is named.
    await say(fake, "2 tylenol", "Logged")
    reply = await say(fake, "how much tylenol have I had today?", "Here's what I have")
    assert "Acetaminophen in those: about 3,650 mg, plus Tylenol of a strength not given." in (
        reply.text or ""
    )
    logs = await rows(bot, DoseLog)
    # (the form's brand as its maker spells it: one product to the doctor, however said)
    assert [x.name for x in logs if x.generic == "acetaminophen"] == [
        "Tylenol Extra Strength",
        "Tylenol Extra Strength",
        "Tylenol Extra Strength",
        "tylenol",
    ]


async def test_a_dose_asked_about_keeps_the_name_it_was_said_by(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "took 2 extra strength tylenol at 9pm" said at 19:00 is asked about; the tap logged
    plain acetaminophen (the strength said in the name was lost)."""
    await onboard(fake)
    await add(fake, "gabapentin 300mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    ask = await say(fake, "taking 2 extra strength tylenol at 9pm", "still to come")
    await fake.press(UID, ask.message_id, "Took it just now")
    await fake.wait_for_edit(UID, ask.message_id, contains="Logged")
    (log,) = await rows(bot, DoseLog)
    assert (log.name, log.count) == ("Tylenol Extra Strength", 2)


async def test_two_advil_beside_a_listed_ibuprofen_800_are_400_mg(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "7, shooting down my left leg, took 2 advil" beside a listed
    # "ibuprofen 400mg as needed" was logged as 2 × Ibuprofen 400 mg (800 mg); with an
    # 800 mg prescription it read 1,600 mg.
    await onboard(fake)
    await add(fake, "ibuprofen 800mg as needed max 3 a day")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "took 2 advil", "Logged")
    text = reply.text or ""
    assert "2 × Advil 200 mg" in text
    assert "Counted at Advil's own strength, not as your Ibuprofen 800 mg." in text
    (log,) = await rows(bot, DoseLog)
    assert (log.name.lower(), log.amount, log.count, log.medication_id) == ("advil", 200, 2, None)
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    again = await say(fake, "2 more advil", "Logged")
    assert "maximum" not in (again.text or ""), "two doses of 400 mg are not over 3 a day"


async def test_paracetamol_is_kept_and_answered_as_paracetamol(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living a British week: "2 paracetamol" beside co-codamol was logged, said and
    # summed as "Acetaminophen", a word the patient and their GP do not use.
    await onboard(fake)
    await add(fake, "co-codamol 30/500 2 tablets up to 4 times a day as needed")
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "took 2 co codamol and 2 paracetamol")
    logged = await fake.wait_for_message(UID, after=n, contains="Paracetamol isn't in your list")
    assert (logged.text or "").startswith("Logged: 2 × Paracetamol at 10:00")
    assert "Co-codamol (acetaminophen/codeine) and Paracetamol (acetaminophen)" in (
        logged.text or ""
    )
    logs = await rows(bot, DoseLog)
    assert [(x.name, x.generic, x.count) for x in logs][-1] == ("paracetamol", "acetaminophen", 2)
    reply = await say(fake, "how much paracetamol have i had today", "Here's what I have")
    assert "• 10:00 2 × Paracetamol — ✅ taken (logged)" in (reply.text or "")
    assert "Paracetamol in those: about 1,000 mg, plus Paracetamol of a strength not given." in (
        reply.text or ""
    )


async def test_a_listed_product_said_by_its_first_word_and_another_product_kept_apart(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Dublin): "had 2 solpadeine with lunch" beside a listed Solpadeine Max
    # was "didn't catch that", and "took 2 zapain" (co-codamol 500/8 or 500/30) was logged
    # as two Solpadeine Max 500/12.8 — its codeine counted at the wrong strength.
    await onboard(fake)
    await add(fake, "solpadeine max as needed")
    clock.set(dt.datetime(2026, 11, 25, 13, 30, tzinfo=NY))
    lunch = await say(fake, "had 2 solpadeine with lunch", "Logged")
    assert (lunch.text or "").startswith("Logged: 2 × Solpadeine Max 500/12.8 mg at 12:00")
    clock.set(dt.datetime(2026, 11, 25, 19, 30, tzinfo=NY))
    other = await say(fake, "took 2 zapain", "Logged")
    assert (other.text or "").splitlines()[:2] == [
        "Logged: 2 × Zapain at 19:30 ✅",
        "Kept as Zapain, not as your Solpadeine Max 500/12.8 mg: they come in different strengths.",
    ]
    logs = await rows(bot, DoseLog)
    assert [(x.name, x.medication_id is None, x.generic, x.count) for x in logs] == [
        ("solpadeine max", False, "acetaminophen/codeine", 2),
        ("zapain", True, "acetaminophen/codeine", 2),
    ]


async def test_a_listed_medicine_said_by_its_brand_is_the_listed_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Toronto): beside "/add ibuprofen 400mg as needed", "took advil" and
    # "took my advil" were logged as one 200 mg Advil tablet, halving every ibuprofen
    # total on the report. Said with no count, the brand is her listed 400 mg; a count
    # ("2 advil") is still tablets of Advil's labelled 200 mg.
    await onboard(fake)
    await add(fake, "ibuprofen 400mg as needed max 3 a day")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    first = await say(fake, "took advil", "Logged")
    assert (first.text or "").startswith("Logged: Ibuprofen 400 mg at 08:00")
    assert "own strength" not in (first.text or "")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await say(fake, "took my advil", "Logged: Ibuprofen 400 mg")
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    counted = await say(fake, "took 2 advil", "Logged")
    assert "2 × Advil 200 mg" in (counted.text or "")
    logs = await rows(bot, DoseLog)
    assert [(x.amount, x.unit, x.count, x.medication_id is None) for x in logs] == [
        (400, "mg", None, False),
        (400, "mg", None, False),
        (200, "mg", 2, True),
    ]


async def test_a_brand_saved_by_its_name_counts_its_tablets_at_the_label_strength(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Toronto): "/add advil 400 as needed" was saved with no unit and
    # "took advil" logged 200 mg. The saved name is the brand: "took advil" is her 400 mg
    # dose, and "took 2 advil" two of the label's 200 mg tablets — that same 400 mg dose,
    # kept as her Advil, never 2 × 400 mg nor "instead of" a medicine of the name said.
    await onboard(fake)
    saved = await add(fake, "advil 400 as needed max 3 a day")
    assert "Advil 400 mg" in saved
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await say(fake, "took advil", "Logged: Advil 400 mg at 08:00")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    two = await say(fake, "took 2 advil", "Logged")
    text = two.text or ""
    assert text.startswith("Logged: 2 × Advil 200 mg at 14:00")
    assert "instead" not in text and "own strength" not in text
    assert "more than" not in text.lower() and "/meds" not in text, "two tablets are one dose"
    logs = await rows(bot, DoseLog)
    assert [(x.amount, x.unit, x.count, x.medication_id is None) for x in logs] == [
        (400, "mg", None, False),
        (200, "mg", 2, False),
    ]


async def test_a_scheduled_ibuprofen_answered_by_its_brand_is_the_whole_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00")
    reminder = await reminder_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 25, 8, 10, tzinfo=NY))
    await say(fake, "took advil", "Ibuprofen 400 mg taken")
    await fake.wait_for_edit(UID, reminder.message_id, contains="Taken")
    (occ,) = [o for o in await rows(bot, DoseOccurrence) if o.status == "taken"]
    assert occ.units_taken is None, "the whole dose, not one 200 mg tablet of it"
