"""Questions for the doctor through the real Application: /ask, "ask the doctor …",
✅ Asked, and the list in the summary, the report and the export — never another's."""

from __future__ import annotations

import csv
import io
import zipfile
from typing import Any

import pytest
from pypdf import PdfReader

from bot.app import deps_of
from bot.domain.questions import MAX_OPEN
from bot.storage.models import DoctorQuestion, DoseLog, Record
from bot.telegram.payloads import QuestionTap
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows, say


@pytest.mark.both_databases
async def test_questions_are_kept_ticked_off_and_reach_the_report(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    assert "No questions for your doctor yet" in ((await say(fake, "/ask", "doctor")).text or "")
    await say(fake, "/ask will the numbness go away?", "Kept")
    # A week with nothing else recorded still shows what to ask.
    empty = (await say(fake, "/summary", "Your week")).text or ""
    assert "Nothing recorded yet" in empty and "• “Will the numbness go away?”" in empty
    listing = await say(fake, "/ask", "Your questions for the doctor")
    pressed = await fake.press(UID, listing.message_id, "✅ Asked · 1")
    await fake.wait_for_callback_answer(pressed)
    await fake.wait_for_edit(UID, listing.message_id, contains="All your questions are ticked off")
    await add(fake, "meloxicam 15mg 08:00")

    said = (await say(fake, "/ask can I take advil with meloxicam?", "Kept")).text or ""
    assert "“Can I take advil with meloxicam?”" in said and "1 question for" in said
    said = (await say(fake, "ask the doctor about the tingling in my foot", "Kept")).text or ""
    assert "2 questions" in said
    # A question naming a dose is kept as a question, not a dose taken.
    await say(fake, "ask my doctor whether 2 advil at night is too much", "3 questions")
    assert await rows(bot, DoseLog) == []
    # A red flag inside a question is answered at once, and the question kept too.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "question for my doctor: I can't control my bladder since yesterday")
    await fake.wait_for_message(UID, after=n, contains="medical help now")
    await fake.wait_for_message(UID, after=n, contains="4 questions")
    await say(fake, "ask the doctor", "What would you like to ask")

    listing = await say(fake, "/ask", "Your questions for the doctor")
    assert (listing.text or "").splitlines()[1] == "1. Can I take advil with meloxicam?"
    assert fake.buttons(listing)[:2] == ["✅ Asked · 1", "✅ Asked · 2"]
    pressed = await fake.press(UID, listing.message_id, "✅ Asked · 1")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == "✅ Ticked off"
    edited = await fake.wait_for_edit(UID, listing.message_id, contains="1. About the tingling")
    assert "advil with meloxicam" not in (edited.text or "")

    # Someone else's button for this question (signed for them) changes nothing here.
    other = UID + 1
    open_one = (await rows(bot, DoctorQuestion))[2]  # "About the tingling …", still open
    forged = deps_of(bot).codec.pack(other, QuestionTap(open_one.id))
    await fake.send_text(other, "/start")
    start = await fake.wait_for_message(other, contains="Backtrack")
    await fake.wait_for_callback_answer(await fake.press_data(other, start.message_id, forged))
    assert (await rows(bot, DoctorQuestion))[2].asked_at is None

    summary = (await say(fake, "/summary", "Your week")).text or ""
    block = summary.split("❓ Your questions for the doctor:")[1].split("\n\n")[0]
    assert "• “About the tingling in my foot”" in block and "advil with meloxicam" not in block

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    pages = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
    assert "Patient's questions" in text
    # No name chosen: the doctor reads that, not "Patient: Patient".
    assert "Patient: name not set" in text
    assert "Can I take advil with meloxicam?” (asked" in text
    assert "About the tingling in my foot” (added" in text

    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    export = await fake.wait_for_message(UID, after=n, contains="")
    with zipfile.ZipFile(io.BytesIO(export.file_bytes or b"")) as z:
        kept = list(csv.DictReader(io.StringIO(z.read("questions.csv").decode("utf-8"))))
    assert [q["question"] for q in kept][:3] == [
        "Will the numbness go away?",
        "Can I take advil with meloxicam?",
        "About the tingling in my foot",
    ]
    assert kept[0]["asked at"] and kept[1]["asked at"] and not kept[2]["asked at"]


async def test_a_full_list_keeps_no_more_and_says_so(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    for n in range(MAX_OPEN):
        await say(fake, f"/ask question number {n + 1}", "Kept")
    said = (await say(fake, "/ask one too many", "already have")).text or ""
    assert f"{MAX_OPEN} questions waiting" in said
    assert len(await rows(bot, DoctorQuestion)) == MAX_OPEN


async def test_a_goal_said_in_words_reaches_the_summary_the_report_and_the_export(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    said = await say(fake, "my goal is to walk to the shops again", "Kept as your goal")
    assert "“Walk to the shops again”" in (said.text or "")
    await say(fake, "goal:", "What's your goal?")
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert "🎯 Your goals:\n• “Walk to the shops again”" in summary
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    first = " ".join((PdfReader(io.BytesIO(doc.file_bytes or b"")).pages[0].extract_text()).split())
    assert "Patient's questions and goals • Goal: “Walk to the shops again” (set" in first
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    exported = await fake.wait_for_message(UID, after=n, contains="CSV")
    with zipfile.ZipFile(io.BytesIO(exported.file_bytes or b"")) as z:
        rows = list(csv.DictReader(io.StringIO(z.read("symptoms.csv").decode("utf-8"))))
    assert [r["value"] for r in rows if r["kind"] == "goal"] == ["Walk to the shops again"]


async def test_two_medicines_asked_about_together_get_the_labels_words(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox: "is it safe to take ibuprofen with my naproxen?" got only "a
    question for your doctor", though the bot holds the labels' warning for that pair."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 20:00")
    reply = await say(fake, "is it safe to take advil with my naproxen?", "labels say")
    assert "both NSAIDs" in (reply.text or "")
    assert (reply.text or "").endswith("Please talk to your doctor or pharmacist.")
    assert fake.buttons(reply) == ["🩺 Save it to ask my doctor"]
    assert await rows(bot, DoseLog) == [], "a question records no dose"
    n = len(fake.messages_to(UID))
    await fake.press(UID, reply.message_id, "Save it to ask my doctor")
    await fake.wait_for_edit(UID, reply.message_id, contains="Kept for your doctor")
    assert len(await rows(bot, DoctorQuestion)) == 1
    # Nothing on file for the pair: never "it's fine", the question is kept aside.
    same = await say(fake, "is aleve ok with my naproxen", "labels say")
    assert "same medicine under two names" in (same.text or "")
    plain = await say(fake, "can I take tylenol with my meds?", "question for your doctor")
    assert "labels say" not in (plain.text or "")
    assert n < len(fake.messages_to(UID))


async def test_a_question_kept_with_ask_also_gets_the_labels_words(
    fake: FakeBotApi, bot: Any
) -> None:
    await onboard(fake)
    await add(fake, "meloxicam 15mg 08:00")
    reply = await say(fake, "/ask is aleve ok with my meloxicam?", "Kept for your doctor")
    assert "labels say" in (reply.text or "") and "both NSAIDs" in (reply.text or "")
    plain = await say(fake, "/ask should I keep doing the stretches?", "Kept for your doctor")
    assert "labels say" not in (plain.text or "")
    assert len(await rows(bot, DoctorQuestion)) == 2


async def test_ask_alone_then_the_question_keeps_it(fake: FakeBotApi, bot: Any) -> None:
    # Found living it: /ask ("Add one like this"), then "can i drive on gabapentin" got
    # "That sounds like a question for your doctor …" and a button to save it.
    await onboard(fake)
    await say(fake, "/ask", "No questions for your doctor yet")
    kept = await say(fake, "can i drive on gabapentin", "Kept for your doctor")
    assert "Can I drive on gabapentin" in (kept.text or "")


async def test_what_too_much_looks_like_is_answered_from_the_labels_and_nothing_recorded(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found in the sandbox (Lagos): "which signs go show say person don take too much
    tramadol?" logged a tramadol dose (Pidgin "don take", has taken) and answered nothing."""
    await onboard(fake)
    await add(fake, "tramadol 50mg as needed max 4 a day")
    reply = await say(
        fake, "please which signs go show say person don take too much tramadol?", "too much"
    )
    said = reply.text or ""
    assert "Tramadol: very sleepy or can't be woken, slow or shallow breathing" in said
    assert "call your local emergency number (911) now" in said, "New York: 911"
    assert said.endswith("talk to your doctor or pharmacist.")
    assert await rows(bot, DoseLog) == [], "a question records no dose"
    # Named or not, a medicine holding acetaminophen gets its own label's words.
    await add(fake, "tylenol 500mg as needed max 6 a day")
    reply = await say(fake, "how do I know if I took too much tylenol?", "too much")
    said = reply.text or ""
    assert "The acetaminophen in Tylenol: its label says “Too much acetaminophen" in said
    assert "Tramadol" not in said
    assert await rows(bot, DoseLog) == []


async def test_can_i_drive_is_said_to_be_the_prescribers_and_kept_for_the_doctor(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found living it: "can i drive home after shift on endone and lyrica?" was answered
    with the labels' breathing warning for the pair, as if that were the answer."""
    await onboard(fake)
    await add(fake, "oxycodone 5mg as needed max 6 a day")
    reply = await say(fake, "can i drive home after shift on my oxycodone?", "doctor or pharmacist")
    said = reply.text or ""
    assert "not one I can answer" in said and "breathing" not in said
    assert "🩺 Save it to ask my doctor" in fake.button_data(reply)


async def test_whats_in_a_combination_is_answered_from_the_file_and_nothing_recorded(
    fake: FakeBotApi, bot: Any
) -> None:
    """Found living it (Glasgow): "any paracetamol in the co codamol?" got "a question for
    your doctor … I can't answer it" and she took an extra paracetamol an hour later, though
    the bot holds co-codamol's ingredients and adds them up itself."""
    await onboard(fake, "Europe/London")
    await add(fake, "co-codamol 30/500 2 tablets as needed max 8 per day")
    reply = await say(fake, "any paracetamol in the co codamol?", "Yes")
    said = reply.text or ""
    assert said.startswith("Yes — Co-codamol 30/500 has paracetamol in it.")
    assert "Each one has 500 mg paracetamol and 30 mg codeine." in said
    assert "4,000 mg a day from all products together" in said
    assert "acetaminophen" not in said.lower(), "London says paracetamol"
    assert said.endswith("talk to your doctor or pharmacist.")
    assert "question for your doctor" not in said
    assert await rows(bot, DoseLog) == [], "a question records no dose"
    assert await rows(bot, Record) == [], "nor a note"
    # Asked of a medicine that has none: said so, with the pack as the last word.
    await add(fake, "naproxen 500mg 08:00 20:00")
    none = await say(fake, "is there any paracetamol in my naproxen?", "No —")
    assert "no paracetamol" in (none.text or "")
    # A dose told beside "in" is still a dose, never a question about contents.
    await say(fake, "took 2 co-codamol in the night at 3am", "Logged")
    assert len(await rows(bot, DoseLog)) == 1
