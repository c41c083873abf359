"""Someone with the patient writes in the patient's own chat without saying who they are
(Sandbox, Dublin: his wife typed "he's very drowsy today", "I gave him an extra tram a
doll", "he forgot the 2 oclock one", and each was lost as someone else's). "He", "she"
and "gave him" are the patient there; a child or a friend named is still someone else.
Through the real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

from bot.storage.models import DoseLog, DoseOccurrence, Medication, Record
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at, tap
from tests.integration.test_dose_loop import UID, add, onboard, reminder_at
from tests.integration.test_future_doses import rows
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")


def _kinds(recs: list[Record], kind: str) -> list[dict[str, Any]]:
    return [json.loads(r.data) for r in recs if r.kind == kind]


async def test_an_extra_dose_she_gave_him_is_his(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 12, 21, 30, tzinfo=DUBLIN))
    reply = await say(fake, "I gave him an extra tram a doll, the pain was desperate", "Logged")
    assert "Tramadol" in (reply.text or "") and "didn't" not in (reply.text or "")
    await settled(bot)
    (log,) = await rows(bot, DoseLog)
    assert (log.generic, log.count) == ("tramadol", 1)


async def test_his_drowsiness_is_a_side_effect_beside_the_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 8, 15, 0, tzinfo=DUBLIN))
    reply = await say(fake, "he's very drowsy today, pain about a 6", "Logged")
    assert "side effects: drowsy" in (reply.text or "")
    await settled(bot)
    recs = await rows(bot, Record)
    assert [e["effects"] for e in _kinds(recs, "side_effect")] == [["drowsiness"]]
    assert [p["score"] for p in _kinds(recs, "pain")] == [6]


async def test_why_he_missed_a_dose_is_kept_with_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "paracetamol 1g 08:00 14:00 18:00 22:00")
    await reminder_at(fake, bot, clock, dt.datetime(2026, 12, 8, 14, 0, tzinfo=DUBLIN))
    clock.set(dt.datetime(2026, 12, 8, 17, 0, tzinfo=DUBLIN))
    await say(fake, "he forgot the 2 oclock one, he was down at the chemist", "skipped")
    await settled(bot)
    names = {m.id: m.name for m in await rows(bot, Medication)}
    occs: list[DoseOccurrence] = await rows(bot, DoseOccurrence)
    (two,) = [
        o
        for o in occs
        if o.local_date == dt.date(2026, 12, 8) and o.local_time == "14:00"
        if "aracetamol" in names[o.medication_id]
    ]
    assert (two.status, two.skip_reason) == ("skipped", "forgot")


async def test_a_sons_fever_is_not_the_patients(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 8, 15, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "my son has a fever")
    await fake.wait_for_message(UID, after=n)
    await settled(bot)
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "is this about" not in said and "emergency" not in said.lower()
    recs = await rows(bot, Record)
    assert not [r for r in recs if r.kind in ("red_flag", "side_effect", "note", "pain")]


async def test_his_red_flag_alarms_at_once(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 10, 11, 0, tzinfo=DUBLIN))
    alarm = await say(fake, "he can't feel his legs and he's wet himself", "112")
    assert "emergency" in (alarm.text or "").lower() or "now" in (alarm.text or "")
    await settled(bot)
    flags = {f for r in _kinds(await rows(bot, Record), "red_flag") for f in r["flags"]}
    assert {"leg_weakness", "bladder_bowel"} <= flags


async def test_words_that_do_not_tell_whom_are_asked_about_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 13, 9, 0, tzinfo=DUBLIN))
    asked = await say(fake, "himself is grand this morning, he slept it off", "is this about")
    assert "didn't catch" not in (asked.text or "")
    assert not _kinds(await rows(bot, Record), "note"), "nothing kept before the answer"
    n = len(fake.messages_to(UID))
    await fake.press(UID, asked.message_id, "Yes")
    await fake.wait_for_edit(UID, asked.message_id, contains="mean the person this diary is for")
    # read again as hers: nothing in it but her words, so they are kept as a note
    await fake.wait_for_message(UID, after=n, contains="Logged: note")
    await settled(bot)
    (note,) = _kinds(await rows(bot, Record), "note")
    assert "himself is grand" in note["text"], "kept in her own words"
    # The answer is kept: his next words of that kind are his, unasked
    later = await say(fake, "he's after going for a little walk", "Logged")
    assert "is this about" not in (later.text or "")


async def test_someone_else_answered_leaves_it_out_and_is_remembered(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 13, 9, 0, tzinfo=DUBLIN))
    asked = await say(fake, "she's been at the shops all morning", "is this about")
    await fake.press(UID, asked.message_id, "someone else")
    await fake.wait_for_edit(UID, asked.message_id, contains="left it out")
    assert not _kinds(await rows(bot, Record), "note")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "she's very drowsy today")
    reply = await fake.wait_for_message(UID, after=n)
    await settled(bot)
    assert "is this about" not in (reply.text or "")
    assert not _kinds(await rows(bot, Record), "side_effect"), "she is someone else here"


async def test_the_extra_dose_told_while_a_checkin_question_waits_is_his(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Dublin: with "Where does it hurt most?" waiting, it got "Sorry, I didn't
    quite catch that" and the day's total was a tablet short."""
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 12, 12, 20, 0, tzinfo=DUBLIN))
    await tap(fake, q, "7", "Where does it hurt")
    clock.set(dt.datetime(2026, 12, 12, 21, 30, tzinfo=DUBLIN))
    reply = await say(fake, "I gave him an extra tram a doll, the pain was desperate", "Tramadol")
    assert "didn't" not in (reply.text or "")
    await settled(bot)
    assert [log.generic for log in await rows(bot, DoseLog)] == ["tramadol"]
