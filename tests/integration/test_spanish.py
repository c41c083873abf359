"""A bilingual patient writes Spanish (Sandbox, Houston), through the real Application: a
red flag in Spanish gets the urgent answer and is recorded; a Spanish dose with its clock
time, typed while the check-in's 0–10 question waits, is the dose — never pain 4; where it
hurts is kept with its leg; a visit to urgent care ends the alarm's episode; a medicine
switched is offered as one tap on the list, never logged as a dose."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from bot.storage.models import DoseLog, Medication, Record
from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import checkin_at
from tests.integration.test_dose_loop import add, occurrences, onboard, reminder_out
from tests.integration.test_free_text import rows, say

CHICAGO = dt.timezone(dt.timedelta(hours=-6))  # CST on 2026-11-25


async def _flags(bot: Any) -> list[list[str]]:
    for _ in range(100):  # the alarm goes out before the record is written
        found = [
            json.loads(r.data)["flags"] for r in await rows(bot, Record) if r.kind == "red_flag"
        ]
        if found:
            return found
        await asyncio.sleep(0.02)
    return []


async def test_a_spanish_red_flag_gets_the_urgent_answer_and_is_recorded(
    fake: FakeBotApi, bot: Any
) -> None:
    # "se me durmió la entrepierna" was "Sorry, I didn't catch that" (Sandbox, Houston)
    await onboard(fake, zone="America/Chicago")
    reply = await say(fake, "se me durmió la entrepierna y no puedo orinar bien", "emergency")
    assert "911" in (reply.text or "")
    flags = await _flags(bot)
    assert flags and {"saddle_numbness", "bladder_bowel"} <= set(flags[0])


async def test_a_spanish_dose_with_its_time_at_the_pain_question_is_the_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "me tomé una norco a las 4" with the 0–10 keyboard open was "Pain 4/10" and the
    # Norco was lost (and with it 325 mg of the day's acetaminophen)
    await onboard(fake, zone="America/Chicago")
    await add(fake, "norco 5/325mg 1 tab every 6 hours as needed")
    await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=CHICAGO))
    said = await say(fake, "me tomé una norco a las 4", "Logged")
    assert "Norco" in (said.text or "")
    for _ in range(100):
        doses = await rows(bot, DoseLog)
        if doses:
            break
        await asyncio.sleep(0.02)
    assert [d.taken_at for d in doses] == [dt.datetime(2026, 11, 25, 16, 0, tzinfo=CHICAGO)]
    pains = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "pain"]
    assert not [p for p in pains if p.get("score") == 4], pains


async def test_ya_me_la_tome_answers_the_waiting_reminder(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "ya me la tomé" to the meloxicam reminder was "Sorry, I didn't catch that", and the
    # dose was recorded missed
    await reminder_out(fake, bot, clock, "meloxicam 15mg 08:00")
    await say(fake, "ya me la tomé", "taken")
    assert [o.status for o in await occurrences(bot)][0] == "taken"  # (then tomorrow's)


async def test_where_it_hurts_in_spanish_is_kept_with_the_leg_it_runs_down(
    fake: FakeBotApi, bot: Any
) -> None:
    # "me duele la espalda baja, 7" was pain 7 with the place left as a note, and
    # "…que me baja por la pierna izquierda" was "Sorry, I didn't catch that"
    await onboard(fake, zone="America/Chicago")
    reply = await say(fake, "me duele la espalda baja, 7", "Logged")
    assert reply.text == "Logged: pain 7, lower back"
    reply = await say(
        fake, "dolor en la parte baja de la espalda que me baja por la pierna izquierda", "Logged"
    )
    assert reply.text == "Logged: where it hurts: lower back, left leg, running down the leg"
    kept = [json.loads(r.data) for r in await rows(bot, Record)]
    assert [(k["kind"], k.get("score"), k["locations"], k["radiating"]) for k in kept] == [
        ("pain", 7, ["lower_back"], None),
        ("pain_place", None, ["lower_back", "leg_left"], True),
    ]
    assert not [k for k in kept if k["kind"] == "note"]


async def test_a_visit_to_urgencias_after_the_alarm_is_kept_beside_it(
    fake: FakeBotApi, bot: Any
) -> None:
    # "fui a urgencias" after the fever alarm was "Sorry, I didn't catch that"
    await onboard(fake, zone="America/Chicago")
    await say(fake, "tengo fiebre y me duele mucho la espalda", "emergency")
    await _flags(bot)
    reply = await say(fake, "fui a urgencias", "glad you were seen")
    assert "fever" in (reply.text or "")
    kept = [json.loads(r.data) for r in await rows(bot, Record) if r.kind == "red_flag"]
    assert [(k["flags"], k.get("handled"), k.get("then")) for k in kept][-1] == (
        ["fever"],
        True,
        "seen",
    )


async def test_a_medicine_switched_in_spanish_is_one_tap_and_no_dose(
    fake: FakeBotApi, bot: Any
) -> None:
    # "el doctor me cambió el tramadol por tapentadol" read "I haven't logged a dose from
    # that", and the list kept the tramadol with no way offered to change it
    await onboard(fake, zone="America/Chicago")
    await add(fake, "tramadol 50mg 08:00 20:00")
    for text in (
        "el doctor me cambió el tramadol por tapentadol",
        "ahora tomo tapentadol en vez de tramadol",
    ):
        offer = await say(fake, text, "Has Tramadol changed?")
        assert fake.buttons(offer) == ["✏️ Change · Tramadol"]
    assert not await rows(bot, DoseLog)
    assert [m.generic for m in await rows(bot, Medication)] == ["tramadol"]
