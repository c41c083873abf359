"""After the crisis reply, "I'm safe" is thanked and kept beside the episode for the
doctor (the report reads "…; later: 'I'm safe…'"), never logged as a stray note; said
with no recent alarm it is read like any other message."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import NY, UID, onboard
from tests.integration.test_waiting_questions import say


async def records(app: Any) -> list[Record]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(Record).order_by(Record.id)))


async def test_safe_after_the_crisis_reply_is_thanked_and_kept_beside_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 22, 20, tzinfo=NY))
    await say(fake, "you wont hear from me again after tonight", "crisis line")
    clock.set(dt.datetime(2026, 11, 26, 8, 40, tzinfo=NY))
    n = len(fake.messages_to(UID))
    thanks = await say(fake, "im safe, just a rough night. sorry", "glad you're safe")
    # the crisis line of the person's country (it said all three, unlocalised)
    assert "988" in (thanks.text or "") and "116 123" not in (thanks.text or "")
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "sleep poor" in (logged.text or "") and "note" not in (logged.text or "")
    kept = await records(bot)
    flags = [json.loads(r.data) for r in kept if r.kind == "red_flag"]
    assert [(f["flags"], bool(f.get("handled"))) for f in flags] == [
        (["suicidal"], False),
        (["suicidal"], True),
    ]
    assert [json.loads(r.data)["quality"] for r in kept if r.kind == "sleep"] == ["poor"]
    assert not [r for r in kept if r.kind == "note"], "the words are the follow-up"
    summary = await say(fake, "/summary", "doctor's attention")
    assert "later: “im safe, just a rough night. sorry”" in (summary.text or "")


async def test_words_said_to_be_misread_after_the_crisis_reply_are_kept_beside_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "I wasnae meaning anything like that" after the crisis
    reply got "didn't catch that" and was kept as a stray note; the report's alert stood
    with nothing after it."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    await say(fake, "my kids should have a life instead of me. soon they will", "crisis line")
    clock.advance(minutes=20)
    reply = await say(
        fake, "och I wasnae meaning anything like that, just scunnered wi the pain", "read it"
    )
    text = reply.text or ""
    assert "988" in text and "didn't catch" not in text
    kept = await records(bot)
    flags = [json.loads(r.data) for r in kept if r.kind == "red_flag"]
    assert [(f["flags"], bool(f.get("followup"))) for f in flags] == [
        (["suicidal"], False),
        (["suicidal"], True),
    ]
    notes = [r.raw_text or "" for r in kept if r.kind == "note"]
    assert not [n for n in notes if "wasnae" in n], "the words are the follow-up"
    summary = await say(fake, "/summary", "doctor's attention")
    assert "later: “och I wasnae meaning anything like that" in (summary.text or "")
    # days later the same words are an ordinary message, not a follow-up
    clock.advance(days=3)
    await say(fake, "I didn't mean it like that", "")
    assert len([r for r in await records(bot) if r.kind == "red_flag"]) == 2


async def test_safe_with_no_recent_alarm_is_an_ordinary_message(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    reply = await say(fake, "im safe, pain is 4 today", "Logged")
    assert "glad you're safe" not in (reply.text or "")
    assert not [r for r in await records(bot) if r.kind == "red_flag"]


async def test_a_sign_said_to_have_eased_after_its_alarm_is_kept_beside_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "nvm its fine now just sat on a pallet wrong" a quarter
    of an hour after leg weakness's alarm got "Sorry, I didn't catch that"; the report's
    alert stood with nothing after it."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 2, 30, tzinfo=NY))
    await say(fake, "left leg going numb and weak cant hardly stand", "emergency")
    clock.advance(minutes=15)
    eased = await say(fake, "nvm its fine now just sat on a pallet wrong", "noted that it eased")
    text = eased.text or ""
    assert "comes back or gets worse" in text and "emergency" not in text.lower()
    flags = [json.loads(r.data) for r in await records(bot) if r.kind == "red_flag"]
    assert [bool(f.get("handled")) for f in flags] == [False, True]
    summary = await say(fake, "/summary", "doctor's attention")
    assert "later: “nvm its fine now just sat on a pallet wrong”" in (summary.text or "")


async def test_fine_now_after_the_crisis_reply_is_not_read_as_eased(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 22, 20, tzinfo=NY))
    await say(fake, "you wont hear from me again after tonight", "crisis line")
    clock.advance(minutes=10)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "nvm its fine now")
    reply = await fake.wait_for_message(UID, after=n)
    assert "noted that it eased" not in (reply.text or "")


async def test_urgent_care_declined_after_an_alarm_is_asked_again_never_booked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "i aint goin to no ER at 2am for that, ill tell dr okafor friday"
    after the cauda equina alarm was offered as a visit "with aint goin to no ER"; "my
    partner's driving me to the ED now" got "Sorry, I didn't catch that"."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 26, 2, 20, tzinfo=NY))
    await say(fake, "woke up to pee and its kinda numb down there, prolly nothin", "911")
    n = len(fake.messages_to(UID))
    reply = await say(
        fake, "i aint goin to no ER at 2am for that. ill tell dr okafor friday", "shouldn't wait"
    )
    said = reply.text or ""
    assert "(911)" in said and "emergency department" in said
    clock.advance(minutes=10)
    going = await say(fake, "ok ok my husband is driving me to the ER now", "right thing")
    assert "didn't catch" not in (going.text or "")
    assert not [m for m in fake.messages_to(UID)[n:] if "visit" in (m.text or "")]
    flags = [json.loads(r.data) for r in await records(bot) if r.kind == "red_flag"]
    assert [f["flags"] for f in flags] == [["saddle_numbness"]] * 3
    assert [bool(f.get("followup")) for f in flags] == [False, True, True]


async def test_should_i_call_somebody_after_an_alarm_is_answered_yes_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: a sister's "hello?? should i call somebody", minutes after the
    overdose alarm, got "Sorry, I didn't catch that"."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 26, 20, 50, tzinfo=NY))
    await say(fake, "this is rhonda, i had to shake her to get her to wake up", "911")
    clock.advance(minutes=2)
    reply = await say(fake, "hello?? should i call somebody", "call your local emergency")
    assert "(911)" in (reply.text or "") and "didn't catch" not in (reply.text or "")
    # Hours later the same words are about something else: no alarm's answer
    clock.advance(hours=5)
    later = await say(fake, "what should i do about the naproxen", "")
    assert "emergency number" not in (later.text or "")


async def test_a_sign_explained_away_after_its_alarm_is_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "lol its prolly just from sittin on the forklift all
    day", a quarter of an hour after the cauda equina alarm, got "Sorry, I didn't catch
    that" — the moment a patient talks himself out of urgent care."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 12, 9, 10, 5, tzinfo=NY))
    alarm = await say(
        fake,
        "kinda weird when i wipe its like numb down there idk, and took forever to start "
        "peein this mornin. prolly nothin",
        "911",
    )
    assert "bladder" in (alarm.text or "").lower() or "numb" in (alarm.text or "").lower()
    clock.advance(minutes=15)
    again = await say(
        fake, "lol its prolly just from sittin on the forklift all day", "shouldn't wait"
    )
    assert "didn't catch" not in (again.text or "")
    flags = [json.loads(r.data) for r in await records(bot) if r.kind == "red_flag"]
    assert [bool(f.get("followup")) for f in flags] == [False, True]
    assert "bladder_bowel" in flags[0]["flags"] and "saddle_numbness" in flags[0]["flags"]


async def test_seen_out_of_hours_and_told_to_stop_a_medicine_for_now(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: after the bleed's alarm, "drove me to the out of hours
    doctor … they took bloods and said to stop the diclofenac for now and come back if it
    happens again" alarmed a second time and logged "Diclofenac 50 mg ✅" — an NSAID taken
    after a bleed, on the doctor's report."""
    await onboard(fake, "Europe/Dublin")
    await say(fake, "/add diclofenac 50mg 08:00 18:00", "Saved")
    clock.set(dt.datetime(2026, 12, 12, 9, 30, tzinfo=ZoneInfo("Europe/Dublin")))
    await say(fake, "my poo is black and sticky like tar this morning", "emergency")
    clock.advance(hours=2)
    n = len(fake.messages_to(UID))
    seen = await say(
        fake,
        "Aoife drove me to the out of hours doctor about the black poo, they took bloods and "
        "said to stop the diclofenac for now and come back if it happens again",
        "glad you were seen",
    )
    assert "emergency" not in (seen.text or "").lower()
    offer = await fake.wait_for_message(UID, after=n, contains="Pause")
    assert "Diclofenac" in (offer.text or "") + str(offer.reply_markup)
    await settled(bot)
    kept = await records(bot)
    assert not [r for r in kept if r.kind == "dose"], "no diclofenac was taken"
    flags = [json.loads(r.data) for r in kept if r.kind == "red_flag"]
    assert [bool(f.get("handled")) for f in flags] == [False, True]


async def test_the_same_signs_told_again_are_noted_beside_the_alarm_not_alarmed_anew(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: every message that mentioned the fever repeated the
    whole alarm, six times in twelve hours — a patient learns to skip it."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 12, 10, 14, 25, tzinfo=NY))
    await say(fake, "fever 101 since morning and my back pain is much worse", "emergency")
    clock.advance(minutes=15)
    again = await say(fake, "took 2 tylenol for the fever, still 101", "beside the fever")
    text = again.text or ""
    assert "14:25" in text and "(911)" in text and text.count("\n\n") == 0
    clock.advance(hours=4)
    put_off = await say(
        fake, "still got the fever, wife says wait till tomorrow morning", "shouldn't wait"
    )
    assert "(911)" in (put_off.text or "")
    clock.advance(minutes=5)  # a new sign: the whole alarm
    new = await say(fake, "and now its numb down there when i wipe", "emergency")
    assert "beside the" not in (new.text or "")
    await settled(bot)
    flags = [json.loads(r.data)["flags"] for r in await records(bot) if r.kind == "red_flag"]
    assert flags.count(["fever"]) == 3, "each still recorded"
    clock.advance(hours=13)  # a new day's telling is alarmed in full again
    later = await say(fake, "fever again 101.5 tonight", "emergency")
    assert "beside the" not in (later.text or "")


async def test_her_husband_writing_of_her_weak_legs_gets_the_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "her legs are getting weaker, she nearly fell… should
    we go to casualty?", her husband on her phone, was offered to be kept for the next
    visit; the alarm came two hours later, when she wrote it herself."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 12, 10, 19, 0, tzinfo=NY))
    alarm = await say(
        fake, "her legs are getting weaker, she nearly fell. should we go to casualty?", "(911)"
    )
    assert "visit" not in (alarm.text or "")
    await settled(bot)
    flags = [json.loads(r.data)["flags"] for r in await records(bot) if r.kind == "red_flag"]
    assert flags == [["leg_weakness"]]
