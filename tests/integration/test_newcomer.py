"""Someone who has never used a bot (Sandbox, Chicago): answers the time zone with "chicago
il" or "near manchester", the check-in time with "after dinner", sends the whole list of
medicines in one message, and asks "what is this". Each gets a next step, one tap where
possible, and never a wrong record."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import update

from bot.app import deps_of
from bot.storage.models import Medication, Record, User
from tests.conftest import settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, onboard
from tests.integration.test_regimen import rows

LIST = (
    "naproxen 500 twice a day, omeprazole 20 in the morning, amitriptyline 10 at night "
    "and tramadol 50 when needed"
)


async def _started(fake: FakeBotApi) -> None:
    await fake.send_text(UID, "/start")
    await fake.wait_for_message(UID, contains="time zone")


async def test_a_city_said_as_people_say_it_sets_the_zone(fake: FakeBotApi, bot: Any) -> None:
    """ "chicago il" was "I couldn't find"; a state's code after the city names it."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "chicago il")
    await fake.wait_for_message(UID, after=n, contains="Time zone set: Chicago, Illinois")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    user = (await rows(bot, User))[0]
    assert user.timezone == "America/Chicago"


async def test_near_a_city_offers_that_city(fake: FakeBotApi, bot: Any) -> None:
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "near manchester")
    ask = await fake.wait_for_message(UID, after=n, contains="Which one")
    assert fake.buttons(ask)[0] == "Manchester, United Kingdom (Europe/London)"


async def test_after_dinner_offers_the_evening_times(fake: FakeBotApi, bot: Any) -> None:
    """ "after dinner" was read as a snooze ("nothing to snooze") and the question asked
    again; "evenings" got "I couldn't read that time"."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    for said in ("after dinner", "evenings"):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, said)
        ask = await fake.wait_for_message(UID, after=n, contains="Which time suits you")
        assert fake.buttons(ask) == ["18:00", "19:00", "20:00", "21:00"]
        await settled(bot)
        assert not any("snooze" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "19:00")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 19:00")
    assert (await rows(bot, User))[0].checkin_time == "19:00"


async def test_a_whole_list_is_offered_to_add_never_logged_as_doses(
    fake: FakeBotApi, bot: Any
) -> None:
    """The list was logged as omeprazole taken at 08:00 and tramadol last night, with
    "naproxen 500 twice a day" as a note; now each medicine is one tap to add."""
    await onboard(fake, "America/Chicago")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, LIST)
    offer = await fake.wait_for_message(UID, after=n, contains="medicines you take")
    assert fake.buttons(offer) == [
        "➕ Add Naproxen",
        "➕ Add Omeprazole",
        "➕ Add Amitriptyline",
        "➕ Add Tramadol",
    ]
    await settled(bot)
    kinds = {r.kind for r in await rows(bot, Record)}
    assert not kinds & {"dose", "note"}
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Naproxen")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    await fake.press(UID, ask.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Naproxen 500 mg · 08:00, 20:00")
    n = len(fake.messages_to(UID))
    await fake.press(UID, offer.message_id, "Add Tramadol")
    await fake.wait_for_message(UID, after=n, contains="Tramadol")
    await settled(bot)
    meds = {m.generic: m for m in await rows(bot, Medication)}
    assert (meds["naproxen"].amount, meds["naproxen"].times) == (500.0, "08:00,20:00")
    # naproxen is on the list now: its button is out of date, never a second naproxen
    tapped = await fake.press(UID, offer.message_id, "Add Naproxen")
    answer = await fake.wait_for_callback_answer(tapped)
    assert answer.get("text") == "That button is out of date — nothing changed."
    assert len([m for m in await rows(bot, Medication) if m.generic == "naproxen"]) == 1


async def test_a_list_sent_while_the_zone_is_asked_records_nothing(
    fake: FakeBotApi, bot: Any
) -> None:
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, LIST)
    await fake.wait_for_message(UID, after=n, contains="add your medicines right after")
    await fake.wait_for_message(UID, after=n, contains="First, your time zone")
    await settled(bot)
    assert not [r for r in await rows(bot, Record) if r.kind in ("dose", "note")]


async def _list_added(
    fake: FakeBotApi, bot: Any, n: int, also: dict[str, float] | None = None
) -> None:
    """The list held through setup is offered after it; each medicine one tap, its add
    gone through, all four then on the list (with those `also` added; no dose logged)."""
    offer = await fake.wait_for_message(UID, after=n, contains="Now your medicines")
    assert fake.buttons(offer) == [
        "➕ Add Naproxen",
        "➕ Add Omeprazole",
        "➕ Add Amitriptyline",
        "➕ Add Tramadol",
    ]
    # each medicine's one tap, the question its add asks, the answer tapped, its saved line
    # (tramadol's question: the label's warning with amitriptyline, before it is saved)
    steps = (
        ("Naproxen", "When do you take naproxen", "08:00 · 20:00", "500 mg · 08:00, 20:00"),
        ("Omeprazole", "When do you take omeprazole", "08:00", "20 mg · 08:00"),
        ("Amitriptyline", "one dose of amitriptyline", "10mg", "10 mg"),
        ("Tramadol", "Before I save Tramadol", "Save anyway", "50 mg · as needed"),
    )
    for name, question, answer, saved in steps:
        n = len(fake.messages_to(UID))
        await fake.press(UID, offer.message_id, f"Add {name}")
        ask = await fake.wait_for_message(UID, after=n, contains=question)
        await fake.press(UID, ask.message_id, answer)
        await fake.wait_for_message(UID, after=n, contains=f"Saved: {name} {saved}")
    await settled(bot)
    meds = {m.generic: m.amount for m in await rows(bot, Medication)}
    listed = {"naproxen": 500.0, "omeprazole": 20.0, "amitriptyline": 10.0, "tramadol": 50.0}
    assert meds == {**listed, **(also or {})}
    assert not [r for r in await rows(bot, Record) if r.kind in ("dose", "note")]
    said = [m.text or "" for m in fake.messages_to(UID)]
    assert not any("send that list again" in t for t in said), said


async def test_a_list_told_at_the_zone_question_is_added_after_setup(
    fake: FakeBotApi, bot: Any
) -> None:
    """A list told at the very first question was "send that list again once we're
    done": typed twice by someone in pain. Now it waits through both of setup's
    questions and is offered right after "All set"."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, LIST)
    said = await fake.wait_for_message(UID, after=n, contains="right after this")
    assert said.text == (
        "Thanks 💊 We'll add your medicines right after this — no need to send them again."
    )
    await fake.wait_for_message(UID, after=n, contains="First, your time zone")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "chicago il")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    await settled(bot)
    assert not any("Now your medicines" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "21:00")
    await fake.wait_for_message(UID, after=n, contains="All set")
    user = (await rows(bot, User))[0]
    assert (user.onboarding, user.checkin_time, user.draft) == (False, "21:00", None)
    await _list_added(fake, bot, n)


async def test_a_list_told_at_the_checkin_question_is_added_after_setup(
    fake: FakeBotApi, bot: Any
) -> None:
    """At the check-in time's question, with "add paracetamol" told after it: both kept
    (the later never drops the list), the time typed, the list offered and paracetamol's
    add begun last, its question the newest."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, LIST)
    await fake.wait_for_message(UID, after=n, contains="no need to send them again")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "add paracetamol 500mg")
    await fake.wait_for_message(UID, after=n, contains="We'll add paracetamol 500mg right after")
    await settled(bot)
    assert (await rows(bot, User))[0].awaiting == "checkin"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "9pm")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 21:00")
    await fake.wait_for_message(UID, after=n, contains="Now your medicines")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take paracetamol")
    await settled(bot)
    texts_after = [m.text or "" for m in fake.messages_to(UID)[n:]]
    offered = next(i for i, t in enumerate(texts_after) if "Now your medicines" in t)
    asked = next(i for i, t in enumerate(texts_after) if "When do you take paracetamol" in t)
    assert offered < asked
    assert (await rows(bot, User))[0].awaiting == "add"
    m = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "As needed")
    await fake.wait_for_message(UID, after=m, contains="Saved: Paracetamol 500 mg")
    await _list_added(fake, bot, n, also={"acetaminophen": 500.0})


@pytest.mark.both_databases
async def test_an_add_held_by_an_earlier_release_is_still_gone_on_with(
    fake: FakeBotApi, bot: Any
) -> None:
    """A draft row of the shape kept before (``{"after_setup": line}``) still reads as
    the add held: a release in between loses nobody's medicine."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    await settled(bot)
    async with deps_of(bot).sessions.begin() as s:
        await s.execute(update(User).values(draft=json.dumps({"after_setup": "naproxen 500mg"})))
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "20:00")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    await fake.press(UID, ask.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Naproxen 500 mg · 08:00, 20:00")
    assert [m.generic for m in await rows(bot, Medication)] == ["naproxen"]


async def test_what_is_this_is_answered_with_help(fake: FakeBotApi, bot: Any) -> None:
    """ "what is this", "how do i use you": it was "Sorry, I didn't catch that"."""
    await onboard(fake)
    for said in ("what is this", "how do i use you"):
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, said)
        await fake.wait_for_message(UID, after=n, contains="Here's what I understand")


async def test_add_a_medicine_in_words_while_the_checkin_time_is_asked(
    fake: FakeBotApi, bot: Any
) -> None:
    """ "add naproxen" while the check-in time was asked got "I couldn't read that time";
    then "send /add naproxen" after setup, what was asked not carried over. Now setup
    goes on with it: the check-in time tapped, naproxen's add asks its next question."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "add naproxen")
    said = await fake.wait_for_message(UID, after=n, contains="right after this")
    assert said.text == (
        "Thanks 💊 We'll add naproxen right after this — no need to send it again."
    )
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    await settled(bot)
    assert not any("couldn't read" in (m.text or "") for m in fake.messages_to(UID)[n:])
    assert (await rows(bot, User))[0].awaiting == "checkin", "the question still waits"
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "20:00")
    await fake.wait_for_message(UID, after=n, contains="All set")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose of naproxen")
    await settled(bot)
    said_after = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("send /add" in t or "/add ibuprofen" in t for t in said_after), said_after
    user = (await rows(bot, User))[0]
    assert (user.onboarding, user.checkin_time, user.awaiting) == (False, "20:00", "add")
    # typed next, it answers naproxen's add (the newest question), never the baseline's
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "500mg")
    ask = await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    await fake.press(UID, ask.message_id, "08:00 · 20:00")
    await fake.wait_for_message(UID, after=n, contains="Saved: Naproxen 500 mg · 08:00, 20:00")
    assert [(m.generic, m.amount) for m in await rows(bot, Medication)] == [("naproxen", 500.0)]
    assert not [r for r in await rows(bot, Record) if r.kind in ("dose", "pain", "note")]


async def test_add_told_while_the_zone_is_asked_is_gone_on_with_after_setup(
    fake: FakeBotApi, bot: Any
) -> None:
    """Told at the very first question, the medicine waits through both of setup's
    questions, then its add carries on with what was said (the strength kept). (/add
    typed there adds at once: test_regimen.py.)"""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "add naproxen 500mg")
    await fake.wait_for_message(UID, after=n, contains="We'll add naproxen 500mg right after")
    await fake.wait_for_message(UID, after=n, contains="First, your time zone")
    await settled(bot)
    assert not any("How much" in (m.text or "") for m in fake.messages_to(UID)[n:])
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")  # the command answers it too
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "21:00")
    await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    user = (await rows(bot, User))[0]
    assert (user.onboarding, user.checkin_time, user.timezone) == (
        False,
        "21:00",
        "America/Chicago",
    )


@pytest.mark.both_databases
async def test_add_command_while_the_checkin_time_is_asked_leaves_no_setup_half_done(
    fake: FakeBotApi, bot: Any
) -> None:
    """/add naproxen at the check-in time question started the add and dropped the
    question: "All set" never came, the check-in time never chosen, onboarding left on.
    Now it is held like the words, the question asked again, and setup finished."""
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add naproxen")
    await fake.wait_for_message(UID, after=n, contains="We'll add naproxen right after this")
    await fake.wait_for_message(UID, after=n, contains="When should I ask")
    await settled(bot)
    assert (await rows(bot, User))[0].awaiting == "checkin"
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "9pm")
    await fake.wait_for_message(UID, after=n, contains="Daily check-in at 21:00")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose of naproxen")
    user = (await rows(bot, User))[0]
    assert (user.onboarding, user.awaiting) == (False, "add")
    # /add alone there: the add, from its first question, right after setup
    await _started(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/timezone chicago")
    ask = await fake.wait_for_message(UID, after=n, contains="When should I ask")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add")
    await fake.wait_for_message(UID, after=n, contains="We'll add your medicine right after")
    n = len(fake.messages_to(UID))
    await fake.press(UID, ask.message_id, "20:00")
    await fake.wait_for_message(UID, after=n, contains="Which medicine")
    user = (await rows(bot, User))[0]
    assert (user.onboarding, user.awaiting) == (False, "add")


async def test_add_a_medicine_in_words_is_the_add_command(fake: FakeBotApi, bot: Any) -> None:
    """ "add naproxen", no slash, with no question waiting: as /add naproxen; "please add
    my gabapentin 300mg at 8am" was logged as a dose of gabapentin taken."""
    await onboard(fake)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "add naproxen")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose of naproxen")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "500mg")
    await fake.wait_for_message(UID, after=n, contains="When do you take naproxen")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "please add my gabapentin 300mg at 8am")
    await fake.wait_for_message(UID, after=n, contains="Saved: Gabapentin 300 mg · 08:00")
    names = [m.name.lower() for m in await rows(bot, Medication)]
    assert names == ["gabapentin"], "the naproxen left half-added, as /add would"
    assert not any("Logged" in (m.text or "") for m in fake.messages_to(UID)[n:])
    # Not a medicine: "add more salt" is no /add.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "add more salt")
    await settled(bot)
    assert not any("How much is one dose" in (m.text or "") for m in fake.messages_to(UID)[n:])
