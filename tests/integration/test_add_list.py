"""A whole list told at /add: one tap a medicine, as a list told in chat, never one
medicine saved with another's schedule (Sandbox: "/add naproxen 500 twice a day,
gabapentin 300 three times, and tylenol when needed" saved "Naproxen 500 mg · as
needed"); after each one saved, the rest offered again right there; another medicine's
add left half done by a tap is named, as typed /add names it."""

from __future__ import annotations

from typing import Any

from bot.storage.models import Medication, Record
from tests.conftest import settled
from tests.fakebotapi import FakeBotApi, SentMessage
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows

LIST = "naproxen 500 twice a day, gabapentin 300 three times, and tylenol when needed"
NEXT = "Next from your list"
LIST_DONE = "That's everything from your list added ✅ /meds shows them all."
DROPPED = "(Naproxen wasn't saved — send /add whenever you want to add it.)"
CO_CODAMOL_OR_EACH = ["➕ Add Paracetamol/codeine", "➕ Add Paracetamol", "➕ Add Codeine"]


async def _offered(fake: FakeBotApi, said: str) -> SentMessage:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, said)
    return await fake.wait_for_message(UID, after=n, contains="medicines you take")


async def _added(
    fake: FakeBotApi, offer: SentMessage, name: str, question: str, answer: str, saved: str
) -> list[SentMessage]:
    """`name` tapped on `offer`, its question answered with a tap; what was said after."""
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, f"Add {name}")
    ask = await fake.wait_for_message(UID, after=n, contains=question)
    await fake.press(UID, ask.message_id, answer)
    await fake.wait_for_message(UID, after=n, contains=f"Saved: {name} {saved}")
    return fake.messages_to(UID)[n:]


async def test_add_with_a_whole_list_adds_each_with_its_own_schedule(
    fake: FakeBotApi, bot: Any
) -> None:
    """The list at /add is offered; each tap's add ends with the rest offered again,
    shrinking to nothing; "when needed" is tylenol's alone."""
    await onboard(fake, "America/Chicago")
    offer = await _offered(fake, f"/add {LIST}")
    assert fake.buttons(offer) == ["➕ Add Naproxen", "➕ Add Gabapentin", "➕ Add Tylenol"]
    await settled(bot)
    assert await rows(bot, Medication) == []
    said = await _added(
        fake, offer, "Naproxen", "When do you take naproxen", "08:00 · 20:00", "500 mg · 08:00"
    )
    await settled(bot)
    nxt = fake.current(UID, fake.messages_to(UID)[-1].message_id)
    assert (nxt.text, fake.buttons(nxt)) == (
        "Next from your list 💊 Tap one to add it:",
        ["➕ Add Gabapentin", "➕ Add Tylenol"],
    ), [m.text for m in said]
    await _added(
        fake, nxt, "Gabapentin", "When do you take gabapentin", "08:00 · 14:00 · 22:00", "300 mg"
    )
    await settled(bot)
    last = fake.messages_to(UID)[-1]
    assert (last.text, fake.buttons(last)) == (NEXT + " 💊 Tap one to add it:", ["➕ Add Tylenol"])
    said = await _added(fake, last, "Tylenol", "one dose of tylenol", "500mg", "500 mg · as needed")
    await settled(bot)
    after = [m.text for m in fake.messages_to(UID)[-len(said) :]]
    assert after[-1] == "That's everything from your list added ✅ /meds shows them all.", after
    assert not any(NEXT in (t or "") for t in after)
    meds = {m.generic: m for m in await rows(bot, Medication)}
    assert set(meds) == {"naproxen", "gabapentin", "acetaminophen"}
    got = {g: (m.amount, m.times, m.as_needed) for g, m in meds.items()}
    assert got == {
        "naproxen": (500.0, "08:00,20:00", False),
        "gabapentin": (300.0, "08:00,14:00,22:00", False),
        "acetaminophen": (500.0, "", True),
    }
    assert not [r for r in await rows(bot, Record) if r.kind in ("dose", "note")]


async def test_one_medicine_with_its_times_and_notes_at_add_stays_one_add(
    fake: FakeBotApi, bot: Any
) -> None:
    """Not a list: its own times, food and a day's maximum; and a combination's parts."""
    await onboard(fake)
    for said, asked in (
        ("/add naproxen 500mg twice a day with food, max 2 a day", "When do you take naproxen"),
        ("/add paracetamol and codeine 500/30 twice a day", "paracetamol"),
        ("/add gabapentin 300mg 3 times a day, 600 at night", "When do you take gabapentin"),
        ("/add tylenol 3 as needed", "Saved: Tylenol 3"),
        ("/add paracetamol 500mg, 2 tablets 4 times a day", "When do you take paracetamol"),
        ("/add paracetamol and codeine 500/30", "paracetamol"),
        ("/add co-codamol 30/500", "When do you take co-codamol"),
        ("/add tylenol with codeine", "one dose of tylenol with codeine"),
    ):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, said)
        await fake.wait_for_message(UID, after=n, contains=asked)
        await settled(bot)
        assert not any("medicines you take" in (m.text or "") for m in fake.messages_to(UID)[n:])


async def test_a_list_typed_when_add_asks_which_medicine_is_offered(
    fake: FakeBotApi, bot: Any
) -> None:
    """/add alone, then the whole list as its answer: offered, never one medicine."""
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add")
    await fake.wait_for_message(UID, after=n, contains="Which medicine")
    offer = await _offered(fake, LIST)
    assert fake.buttons(offer) == ["➕ Add Naproxen", "➕ Add Gabapentin", "➕ Add Tylenol"]
    await settled(bot)
    assert await rows(bot, Medication) == []
    # the question is gone: what is typed next is no medicine's name
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6")
    await settled(bot)
    assert not any("Saved" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert await rows(bot, Medication) == []


async def test_a_tap_that_leaves_another_add_half_done_says_so(fake: FakeBotApi, bot: Any) -> None:
    """Naproxen's times asked, gabapentin tapped: naproxen's not being saved is said (it
    was dropped without a word); its own button tapped again only begins it afresh."""
    await onboard(fake)
    offer = await _offered(fake, f"I take {LIST}")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Naproxen")
    await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Naproxen")
    await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    await settled(bot)
    assert not any("wasn't saved" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Gabapentin")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take gabapentin")
    said = [m.text for m in fake.messages_to(UID)[n:]]
    assert said[0] == DROPPED, said
    await fake.press(UID, ask.message_id, "08:00 · 14:00 · 22:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Gabapentin 300 mg")
    await settled(bot)
    assert [m.generic for m in await rows(bot, Medication)] == ["gabapentin"]
    # naproxen was never added: it is offered again, with tylenol
    last = fake.messages_to(UID)[-1]
    assert fake.buttons(last) == ["➕ Add Naproxen", "➕ Add Tylenol"]


async def test_one_added_otherwise_is_never_offered_again(fake: FakeBotApi, bot: Any) -> None:
    """Gabapentin added with a typed /add meanwhile: the offer after naproxen leaves it out."""
    await onboard(fake)
    offer = await _offered(fake, f"I take {LIST}")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add gabapentin 300mg 08:00 14:00 22:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Gabapentin 300 mg")
    await _added(
        fake, offer, "Naproxen", "When do you take naproxen", "08:00 · 20:00", "500 mg · 08:00"
    )
    await settled(bot)
    last = fake.messages_to(UID)[-1]
    assert (last.text, fake.buttons(last)) == (NEXT + " 💊 Tap one to add it:", ["➕ Add Tylenol"])
    tapped = await fake.press(UID, offer.message_id, "Add Gabapentin")
    answer = await fake.wait_for_callback_answer(tapped)
    assert answer.get("text") == "That button is out of date — nothing changed."


async def test_add_naming_two_without_a_schedule_saves_each_with_its_own_strength(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "/add naproxen 500, omeprazole 20" (Sandbox, London: asked naproxen's times, saved
    it, and omeprazole was lost): each offered, each saved with its own strength."""
    await onboard(fake, "Europe/London")
    offer = await _offered(fake, "/add naproxen 500, omeprazole 20")
    assert fake.buttons(offer) == ["➕ Add Naproxen", "➕ Add Omeprazole"]
    await settled(bot)
    assert await rows(bot, Medication) == []
    await _added(fake, offer, "Naproxen", "When do you take naproxen", "08:00", "500 mg · 08:00")
    await settled(bot)
    nxt = fake.messages_to(UID)[-1]
    assert (nxt.text, fake.buttons(nxt)) == (NEXT + " 💊 Tap one to add it:", ["➕ Add Omeprazole"])
    said = await _added(
        fake, nxt, "Omeprazole", "When do you take omeprazole", "08:00", "20 mg · 08:00"
    )
    await settled(bot)
    assert fake.messages_to(UID)[-1].text == LIST_DONE, [m.text for m in said]
    meds = {m.generic: (m.amount, m.times, m.as_needed) for m in await rows(bot, Medication)}
    assert meds == {"naproxen": (500.0, "08:00", False), "omeprazole": (20.0, "08:00", False)}


async def test_add_naming_two_keeps_the_most_a_day_and_when_needed_each_its_own(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "/add tramadol 50mg max 8 a day, paracetamol when needed" (Sandbox, London: saved
    "Tramadol 50 mg · as needed, max 8 a day", paracetamol lost): tramadol's times are
    asked (the "when needed" was paracetamol's), its most a day kept; paracetamol as
    needed with no most of tramadol's."""
    await onboard(fake, "Europe/London")
    offer = await _offered(fake, "/add tramadol 50mg max 8 a day, paracetamol when needed")
    assert fake.buttons(offer) == ["➕ Add Tramadol", "➕ Add Paracetamol"]
    await _added(
        fake, offer, "Tramadol", "When do you take tramadol", "08:00 · 14:00 · 22:00", "50 mg"
    )
    await settled(bot)
    nxt = fake.messages_to(UID)[-1]
    assert fake.buttons(nxt) == ["➕ Add Paracetamol"]
    await _added(fake, nxt, "Paracetamol", "one dose of paracetamol", "500mg", "500 mg · as needed")
    await settled(bot)
    meds = {
        m.generic: (m.amount, m.times, m.as_needed, m.max_per_day)
        for m in await rows(bot, Medication)
    }
    assert meds == {
        "tramadol": (50.0, "08:00,14:00,22:00", False, 8),
        "acetaminophen": (500.0, "", True, None),
    }


async def test_two_named_in_chat_or_as_the_answer_to_which_medicine_are_offered(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "add naproxen 500, omeprazole 20" in chat, and the same as the answer to "Which
    medicine?": one tap each, nothing saved or logged as taken."""
    await onboard(fake, "Europe/London")
    offer = await _offered(fake, "add naproxen 500, omeprazole 20")
    assert fake.buttons(offer) == ["➕ Add Naproxen", "➕ Add Omeprazole"]
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add")
    await fake.wait_for_message(UID, after=n, contains="Which medicine")
    offer = await _offered(fake, "tramadol 50mg max 8 a day, paracetamol when needed")
    assert fake.buttons(offer) == ["➕ Add Tramadol", "➕ Add Paracetamol"]
    await settled(bot)
    assert await rows(bot, Medication) == []
    assert not [r for r in await rows(bot, Record) if r.kind in ("dose", "note")]


def _data(msg: SentMessage, row: int) -> str:
    data: str = msg.reply_markup["inline_keyboard"][row][0]["callback_data"]  # type: ignore[index]
    return data


async def _either_offered(fake: FakeBotApi, said: str) -> SentMessage:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, said)
    return await fake.wait_for_message(UID, after=n, contains="one tablet with both")


async def test_two_parts_of_one_product_named_bare_offer_the_product_or_each(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, London: "/add paracetamol and codeine" asked paracetamol's strength and
    saved paracetamol alone — the codeine, an opioid, was never on the list. Co-codamol
    or the two apart: one tap each; paracetamol added, codeine is offered next and the
    product no more."""
    await onboard(fake, "Europe/London")
    offer = await _either_offered(fake, "/add paracetamol and codeine")
    assert offer.text == (
        "Is that one tablet with both in it, or two medicines? 💊 Tap the one tablet, or "
        "each of the two:"
    )
    assert fake.buttons(offer) == CO_CODAMOL_OR_EACH
    await settled(bot)
    assert await rows(bot, Medication) == []
    n = len(fake.messages_to(UID))
    # (the second button: "Add Paracetamol" is in the first one's words too)
    await fake.press_data(UID, offer.message_id, _data(offer, 1))
    ask = await fake.wait_for_message(UID, after=n, contains="one dose of paracetamol?")
    await fake.press(UID, ask.message_id, "500mg")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take paracetamol")
    await fake.press(UID, ask.message_id, "As needed")
    await fake.wait_for_message(UID, after=n, contains="Saved: Paracetamol 500 mg · as needed")
    await settled(bot)
    nxt = fake.messages_to(UID)[-1]
    assert (nxt.text, fake.buttons(nxt)) == (f"{NEXT} 💊 Tap one to add it:", ["➕ Add Codeine"])
    assert [m.generic for m in await rows(bot, Medication)] == ["acetaminophen"]


async def test_the_product_tapped_offers_neither_part_after(fake: FakeBotApi, bot: Any) -> None:
    """ "ibuprofen and paracetamol" may be one tablet of both (Nuromol): tapped so, it is
    saved as the one product, and neither part is offered after it."""
    await onboard(fake, "Europe/London")
    offer = await _either_offered(fake, "/add ibuprofen and paracetamol when needed")
    assert fake.buttons(offer)[0] == "➕ Add Ibuprofen/paracetamol"
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Ibuprofen/paracetamol")
    ask = await fake.wait_for_message(UID, after=n, contains="one dose of ibuprofen/paracetamol")
    await fake.send_text(UID, "200/500mg")
    await fake.wait_for_message(UID, after=n, contains="Saved: Ibuprofen/paracetamol")
    await settled(bot)
    assert fake.messages_to(UID)[-1].text == LIST_DONE
    assert [(m.generic, m.as_needed) for m in await rows(bot, Medication)] == [
        ("acetaminophen/ibuprofen", True)
    ]
    assert "one tablet" not in (ask.text or "")


async def test_the_parts_told_in_chat_as_taken_are_asked_the_same(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "I take paracetamol and codeine when needed" in chat is asked as /add's words are
    (it offered paracetamol and codeine apart, never co-codamol)."""
    await onboard(fake, "Europe/London")
    offer = await _either_offered(fake, "I take paracetamol and codeine when needed")
    assert fake.buttons(offer) == CO_CODAMOL_OR_EACH
    await settled(bot)
    assert await rows(bot, Medication) == []


async def test_one_of_the_list_already_on_it_is_named_not_dropped(
    fake: FakeBotApi, bot: Any
) -> None:
    """Sandbox, London: with naproxen on the list, "/add naproxen 250 twice a day,
    omeprazole 20" offered omeprazole alone and said nothing of the naproxen 250."""
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    offer = await _offered(fake, "/add naproxen 250 twice a day, omeprazole 20 in the morning")
    assert fake.buttons(offer) == ["➕ Add Omeprazole"]
    assert (offer.text or "").endswith(
        "Already on your list: Naproxen — /meds to change a dose or its times."
    )
    await settled(bot)
    assert [(m.generic, m.amount) for m in await rows(bot, Medication)] == [("naproxen", 500.0)]
