"""The label's own limits and the new rules through the chat (issue 15): adding a medicine,
/took and free text, on the real Application against the fake Bot API."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def test_soma_then_norco_is_warned_and_somas_course_limit_is_stated(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await add(fake, "soma 350mg 08:00 14:00 20:00")
    note = await fake.wait_for_message(UID, after=n, contains="ℹ️")
    assert "two or three weeks" in (note.text or "")
    assert (note.text or "").rstrip().endswith("talk to your doctor or pharmacist.")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add norco 10/325 as needed max 4 per day")
    warning = await fake.wait_for_message(UID, after=n, contains="Before I save")
    text = warning.text or ""
    assert "Soma" in text and "opioid" in text, text
    assert "emergency" not in text.lower()


async def test_norco_past_its_labels_six_tablets_is_told_on_took_and_free_text(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    saved = await add(fake, "norco 10/325 as needed max 8 per day", warned=True)
    assert "Norco" in saved
    for hour in (6, 10, 14):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        reply = await say(fake, "/took 2 norco", "Logged")
        assert "6 tablets" not in (reply.text or ""), (
            "6 tablets is the label's maximum, not past it"
        )
    clock.set(dt.datetime(2026, 11, 25, 18, 0, tzinfo=NY))
    reply = await say(fake, "took 1 more norco, back is killing me", "Logged")
    text = reply.text or ""
    assert "7 tablets" in text and "6 tablets" in text, text
    assert text.rstrip().endswith("talk to your doctor or pharmacist.")
    # The doctor's report shows the episode in the label's own unit.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(UID, after=n, contains="ready to show your doctor")
    assert doc.kind == "document", doc.text
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert "hydrocodone/acetaminophen 10/325 7 tablets in 24 h" in pdf, pdf
    assert "label maximum 6 tablets a day" in pdf


async def test_a_form_with_its_own_maximum_is_counted_as_that_form(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ConZip in the list, and Gralise named only in free text: each against its own label
    (300 mg and 1,800 mg), not plain tramadol's 400 or gabapentin's 3,600."""
    await onboard(fake)
    await add(fake, "conzip 200mg as needed max 1 per day")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await say(fake, "took my conzip 200mg", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    reply = await say(fake, "took conzip 150mg", "Logged")
    text = reply.text or ""
    assert "350 mg" in text and "300 mg" in text and "extended-release" in text, text
    clock.set(dt.datetime(2026, 11, 26, 9, 0, tzinfo=NY))
    await say(fake, "took 2 gralise 600mg", "Logged")
    clock.set(dt.datetime(2026, 11, 26, 21, 0, tzinfo=NY))
    reply = await say(fake, "took 2 gralise 600mg", "Logged")
    text = reply.text or ""
    assert "2,400 mg" in text and "1,800 mg" in text, text


async def test_a_red_flag_names_the_medicine_whose_label_warns_of_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "threw up blood this morning", "emergency")
    text = reply.text or ""
    assert "meloxicam" in text.lower() and "nsaid" in text.lower(), text


@pytest.mark.parametrize(
    ("first", "second", "says"),
    [
        ("cyclobenzaprine 10mg 08:00 20:00", "sertraline 50mg 08:00", "serotonin syndrome"),
        ("meloxicam 15mg 08:00", "medrol dose pack 4mg 08:00", "steroid"),
        ("gabapentin 300mg 08:00 20:00", "xanax 0.5mg 22:00", "benzodiazepine"),
        ("oxycodone 5mg as needed max 4 per day", "tylenol pm 1 at 22:00", "antihistamine"),
    ],
    ids=["cyclobenzaprine-sertraline", "meloxicam-medrol", "gabapentin-xanax", "opioid-pm"],
)
async def test_the_new_combination_rules_are_shown_before_saving(
    fake: FakeBotApi, bot: Any, first: str, second: str, says: str
) -> None:
    await onboard(fake)
    await add(fake, first)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, f"/add {second}")
    warning = await fake.wait_for_message(UID, after=n, contains="Before I save")
    text = warning.text or ""
    assert says in text and "talk to your doctor or pharmacist" in text, text


async def test_tylenol_4_past_codeines_360_mg_on_adding_and_on_took(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    n = len(fake.messages_to(UID))
    # Tylenol #4 is the 300/60 strength: its name says it, so it is not asked
    await fake.send_text(UID, "/add tylenol #4 as needed max 8 per day")
    warning = await fake.wait_for_message(UID, after=n, contains="Before I save")
    assert not [m for m in fake.messages_to(UID)[n:] if "How much" in (m.text or "")]
    assert "480 mg of codeine" in (warning.text or "") and "360 mg" in (warning.text or "")
    await fake.press(UID, warning.message_id, "Save anyway")
    await fake.wait_for_message(UID, after=n, contains="Saved")
    clock.set(dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY))
    await say(fake, "/took 4 tylenol #4", "Logged")
    clock.set(dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY))
    reply = await say(fake, "took 3 more tylenol 4s, still bad", "Logged")
    text = reply.text or ""
    assert "420 mg of codeine" in text and "360 mg" in text, text


async def test_australian_names_get_their_checks(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living a Sydney week: "palexia sr" (tapentadol, an opioid) was saved "as you
    # typed it" with no safety checks beside Lyrica; "2 panadol osteo" had no strength, so
    # six of them in nine hours never reached the paracetamol total.
    await onboard(fake)
    await add(fake, "lyrica 75mg 08:00 20:00")
    warned = await say(fake, "/add palexia sr 50mg 08:00 20:00", "Before I save")
    assert "tapentadol" in (warned.text or "") and "breathing" in (warned.text or "")
    for hour, text in ((9, "took 2 panadol osteo"), (14, "2 more panadol osteo")):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        reply = await say(fake, text, "Logged")
        assert "665 mg" in (reply.text or "")
    assert "every 6 to 8 hours" in (reply.text or ""), "five hours after the last"
    clock.set(dt.datetime(2026, 11, 25, 17, 0, tzinfo=NY))
    reply = await say(fake, "2 osteomol", "Logged")
    # six Osteo tablets (3,990 mg) are within their own label: no 3,000 mg OTC line
    assert "over-the-counter" not in (reply.text or "")
    clock.set(dt.datetime(2026, 11, 25, 18, 0, tzinfo=NY))
    reply = await say(fake, "1 more osteomol", "Logged")
    assert "4,655 mg of acetaminophen" in (reply.text or "")


async def test_novalgin_is_metamizole_with_its_german_label(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living a Berlin week: "novalgin" was saved "as you typed it" with no checks.
    await onboard(fake, "Europe/Berlin")
    saved = await say(fake, "/add novalgin 500mg as needed", "Saved")
    assert "can't run safety checks" not in (saved.text or "")
    berlin = dt.timezone(dt.timedelta(hours=1))
    for hour in (2, 8, 14, 20):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=berlin))
        reply = await say(fake, "took 2 novalgin", "Logged")
    assert "labelled maximum" not in (reply.text or ""), "4,000 mg is Novalgin's maximum"
    clock.set(dt.datetime(2026, 11, 25, 23, 0, tzinfo=berlin))
    reply = await say(fake, "took 1 novalgin", "Logged")
    assert "4,500 mg of Novalgin (metamizole)" in (reply.text or "")
    assert "4,000 mg" in (reply.text or "") and "3,450" not in (reply.text or "")


async def test_a_large_count_taken_is_recorded_as_said_and_answered(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "took 30 tylenol" was logged as one 500 mg tablet with no word
    (a count over 20 was dropped), where 15,000 mg of acetaminophen had been told."""
    await onboard(fake)
    await add(fake, "tylenol extra strength 500mg as needed max 6 a day")
    reply = await say(fake, "took 30 tylenol", "30 × Tylenol Extra Strength")
    text = reply.text or ""
    assert "about 15,000 mg of acetaminophen" in text
    assert "Poison Control" in text
    assert "/meds" not in text, "no list housekeeping beside the label's overdose words"
    # A supply said beside a name is no dose at all.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "picked up my prescription, 30 tablets of tramadol")
    answer = await fake.wait_for_message(UID, after=n)
    assert "30 ×" not in (answer.text or "")


async def test_another_product_counts_toward_the_own_maximum_in_the_report(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Three listed ibuprofen 400 mg and an Advil 200 mg against "max 3 a day": the chat
    said 3.5 past the own maximum; the doctor's report and the week's summary say it too
    (they said no maximum was passed, the Advil a line of its own)."""
    await onboard(fake)
    await add(fake, "ibuprofen 400mg as needed max 3 per day")
    for hour, words in ((8, "took ibuprofen"), (12, "took ibuprofen"), (16, "took ibuprofen")):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await say(fake, words, "Logged")
    clock.set(dt.datetime(2026, 11, 25, 18, 0, tzinfo=NY))
    told = (await say(fake, "took an advil", "Logged")).text or ""
    assert "your own maximum is 3 a day" in told
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report 7")
    doc = await fake.wait_for_message(UID, after=n, contains="ready to show your doctor")
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert "No red flags and no labelled or set maximum passed" not in pdf
    # counted as the chat counts it: the 24 hours that hold the doses, with their span
    assert "Ibuprofen: 3.5 in 24 h — set maximum 3 a day" in pdf, pdf
    assert "Ibuprofen went above the set maximum of 3 a day: 3.5 in 24 hours" in pdf, pdf
