"""The daily check-in through the real Application: due work, one tap per question."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DueWork, Record
from tests.conftest import FakeClock, running_bot, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard

NY = dt.timezone(dt.timedelta(hours=-5))
ASK = "How is your pain"


async def records(app: Any) -> list[Record]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(Record).order_by(Record.id)))


async def work_rows(app: Any) -> list[DueWork]:
    """The daily check-ins (ref_id 0; the onboarding baseline's row has 1)."""
    daily = select(DueWork).where(DueWork.kind == "checkin", DueWork.ref_id == 0)
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(daily.order_by(DueWork.id)))


def asks_since(fake: FakeBotApi, n: int, ask: str = ASK) -> list[Any]:
    return [m for m in fake.messages_to(UID)[n:] if ask in (m.text or "")]


async def checkin_at(
    fake: FakeBotApi, app: Any, clock: FakeClock, when: dt.datetime, ask: str = ASK
) -> Any:
    """The check-in's question due `when` (`ask`: its words; "How is their pain" in a chat
    a carer writes in)."""
    n = len(fake.messages_to(UID))
    clock.set(when - dt.timedelta(seconds=1))
    await tick(app)
    assert not asks_since(fake, n, ask)
    clock.set(when)
    await tick(app)
    return await fake.wait_for_message(UID, after=n, contains=ask)


async def tap(fake: FakeBotApi, question: Any, label: str, expect_next: str) -> Any:
    n = len(fake.messages_to(UID))
    await fake.press(UID, question.message_id, label)
    return await fake.wait_for_message(UID, after=n, contains=expect_next)


async def side_effects_asked(
    fake: FakeBotApi,
    bot: Any,
    clock: FakeClock,
    medicine: str | None = "naproxen 500mg 08:00 18:00",
) -> Any:
    """Onboarded (with `medicine` on the list), the 20:00 check-in answered up to its side
    effects question, which is returned."""
    await onboard(fake)
    if medicine is not None:
        await add(fake, medicine)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "4", "Where does it hurt")
    q = await tap(fake, q, "Lower back", "run down a leg")
    return await tap(fake, q, "No", "side effects")


async def test_scheduled_checkin_walks_through_every_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "ibuprofen 400mg 08:00 20:00")
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    assert fake.buttons(q) == [str(n) for n in range(11)]
    q = await tap(fake, q, "7", "Where does it hurt")
    await fake.wait_for_edit(UID, q.message_id - 1, contains="Pain 7/10")
    q = await tap(fake, q, "Left leg", "run down a leg")
    q = await tap(fake, q, "Yes", "side effects")
    assert "Stomach pain" in fake.buttons(q), "NSAID side effects are offered"
    # Side effects tick (and untick) in place until Done.
    for label, ticked in (("Heartburn", "✓ Heartburn"), ("Dizzy", "✓ Dizzy"), ("✓ Dizzy", "Dizzy")):
        await fake.press(UID, q.message_id, label)
        await fake.wait_for_edit(UID, q.message_id, contains="Tap all that apply")
        for _ in range(100):
            if ticked in fake.buttons(fake.current(UID, q.message_id)):
                break
            await asyncio.sleep(0.02)
        assert ticked in fake.buttons(fake.current(UID, q.message_id))
    assert "Done ✅" in fake.buttons(fake.current(UID, q.message_id))
    asked = q.message_id
    q = await tap(fake, q, "Done ✅", "sleep")
    assert (fake.current(UID, asked).text or "").endswith("— Heartburn")
    q = await tap(fake, q, "Poor", "activity")
    q = await tap(fake, q, "Walk", "Anything else")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "rough day at work")
    done = await fake.wait_for_message(UID, after=n, contains="all noted")
    assert "tonight" in (done.text or "")  # at 20:00

    recs = {r.kind: json.loads(r.data) for r in await records(bot)}
    assert recs["pain"]["score"] == 7 and recs["pain"]["locations"] == ["leg_left"]
    assert recs["pain"]["radiating"] is True
    assert recs["side_effect"]["effects"] == ["heartburn"]
    assert recs["sleep"]["quality"] == "poor"
    assert recs["activity"]["kinds"] == ["walk"]
    assert recs["note"]["text"] == "rough day at work"
    rows = await work_rows(bot)
    assert rows[0].status == "answered"
    assert rows[1].local_date == dt.date(2026, 11, 26) and rows[1].status == "pending"


async def test_a_word_typed_to_the_sleep_question_answers_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "not great" typed to "How did you sleep last night?" was "Sorry, I didn't catch that".
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "6", "Where does it hurt")
    q = await tap(fake, q, "Skip", "run down a leg")
    q = await tap(fake, q, "Skip", "side effects")
    sleep = await tap(fake, q, "Skip", "sleep")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "not great")
    await fake.wait_for_message(UID, after=n, contains="activity")
    await fake.wait_for_edit(UID, sleep.message_id, contains="— 😣 Poor")
    assert [json.loads(r.data)["quality"] for r in await records(bot) if r.kind == "sleep"] == [
        "poor"
    ]


async def test_yes_to_down_a_leg_names_the_leg_beside_the_buttock(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # A buttock tapped, then "Yes" to "Does it run down a leg?": the record names the leg,
    # so the doctor's leg days count it (pain spreading into a buttock alone does not).
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "6", "Where does it hurt")
    q = await tap(fake, q, "Buttock", "run down a leg")
    await tap(fake, q, "Yes", "side effects")
    pain = next(json.loads(r.data) for r in await records(bot) if r.kind == "pain")
    assert pain["locations"] == ["buttock", "leg"] and pain["radiating"] is True


async def test_what_is_felt_typed_for_where_is_kept_on_the_rating(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, q, "6", "Where does it hurt")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "left buttock and down my thigh, pins and needles in my foot")
    await fake.wait_for_message(UID, after=n, contains="side effects")
    await fake.wait_for_edit(UID, q.message_id, contains="— Buttock, leg, tingling")
    pain = next(json.loads(r.data) for r in await records(bot) if r.kind == "pain")
    assert pain["locations"] == ["buttock", "leg"] and pain["radiating"] is True
    assert pain["qualities"] == ["tingling"]


async def test_checkin_is_never_sent_twice_and_survives_restart(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock):
        await onboard(fake)
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 20, 30, tzinfo=NY))  # down over 20:00
    for _ in range(2):
        async with running_bot(fake, database_url, clock) as app:
            await tick(app)
            await tick(app)
    assert len(asks_since(fake, n)) == 1


async def test_one_nudge_then_expired(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await onboard(fake)
    await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    clock.advance(minutes=30)
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="gentle nudge")
    n = len(fake.messages_to(UID))
    clock.advance(hours=1)
    await tick(bot)
    clock.set(dt.datetime(2026, 11, 25, 23, 0, tzinfo=NY))
    await tick(bot)
    assert len(fake.messages_to(UID)) == n
    assert (await work_rows(bot))[0].status == "expired"


async def test_a_score_tapped_after_the_checkin_closed_is_the_pain_then(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "How is your pain right now?" tapped the next morning: the pain of that morning,
    # not the evening's check-in, and not "you've already checked in" — it was not.
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    clock.set(dt.datetime(2026, 11, 26, 7, 30, tzinfo=NY))
    await tick(bot)
    assert (await work_rows(bot))[0].status == "expired"
    six = fake.button_data(q)["6"]
    pressed = await fake.press(UID, q.message_id, "5")
    assert (await fake.wait_for_callback_answer(pressed)).get("text") == "Recorded ✅"
    await fake.wait_for_edit(UID, q.message_id, contains="Pain 5/10 — saved as today's pain")
    assert fake.buttons(fake.current(UID, q.message_id)) == []
    pain = [r for r in await records(bot) if r.kind == "pain"]
    assert [(r.score, r.at.replace(tzinfo=dt.UTC)) for r in pain] == [
        (5.0, dt.datetime(2026, 11, 26, 12, 30, tzinfo=dt.UTC))
    ]
    rows = await work_rows(bot)
    assert [r.status for r in rows] == ["expired", "pending"], "today's check-in still comes"

    # A second tap that was already on its way (a double tap) is not a second rating.
    pressed = await fake.press_data(UID, q.message_id, six)
    assert (await fake.wait_for_callback_answer(pressed)).get("text") != "Recorded ✅"
    assert len([r for r in await records(bot) if r.kind == "pain"]) == 1


async def test_checkin_on_demand_replaces_todays_and_free_text_answers(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 15, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    await fake.wait_for_message(UID, after=n, contains=ASK)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "6")
    await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "lower back, shooting down my right leg")
    # Where it hurts and that it runs down a leg are both said: neither is asked again.
    await fake.wait_for_message(UID, after=n, contains="side effects")
    assert not [m for m in fake.messages_to(UID)[n:] if "run down a leg" in (m.text or "")]
    pain = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert len(pain) == 1 and pain[0]["score"] == 6
    assert set(pain[0]["locations"]) == {"leg_right", "lower_back"}
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    await tick(bot)
    assert not asks_since(fake, n), "today's check-in was already done on demand"


async def test_what_the_pain_message_already_said_is_not_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 6 now, burning in my lower back, walked 20 mins")
    q = await fake.wait_for_message(UID, after=n, contains="run down a leg")
    # The typed score closes the question's buttons as a tap would.
    await fake.wait_for_edit(UID, asked.message_id, contains="Pain 6/10")
    assert fake.buttons(fake.current(UID, asked.message_id)) == []
    assert not [m for m in fake.messages_to(UID)[n:] if "Where does it hurt" in (m.text or "")]
    q = await tap(fake, q, "No", "side effects")
    q = await tap(fake, q, "None", "sleep")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "about 5 hours, woke a lot")
    await fake.wait_for_edit(UID, q.message_id, contains="“about 5 hours, woke a lot”")
    # The walk was said with the score: the activity question is passed over.
    await fake.wait_for_message(UID, after=n, contains="Anything else")
    assert not [m for m in fake.messages_to(UID)[n:] if "activity" in (m.text or "")]
    recs = {r.kind: json.loads(r.data) for r in await records(bot)}
    assert recs["pain"]["score"] == 6 and recs["pain"]["locations"] == ["lower_back"]
    assert recs["pain"]["radiating"] is False
    assert recs["activity"]["minutes"] == 20 and recs["sleep"]["hours"] == 5


async def test_sleep_told_in_words_mid_checkin_is_not_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "slept ok, maybe 6 hours" typed as the side effects were asked was
    # logged, then "How did you sleep last night?" was asked: a second tap, a second night.
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, asked, "5", "Where does it hurt")
    q = await tap(fake, q, "Lower back", "run down a leg")
    q = await tap(fake, q, "No", "side effects")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "slept ok, maybe 6 hours")
    await fake.wait_for_message(UID, after=n, contains="Logged: sleep")
    q = await fake.wait_for_message(UID, after=n, contains="side effects")
    q = await tap(fake, q, "None", "activity")
    assert not [m for m in fake.messages_to(UID)[n:] if "How did you sleep" in (m.text or "")]
    assert [r.kind for r in await records(bot)].count("sleep") == 1


async def test_what_it_feels_like_said_alone_mid_checkin_is_kept_on_the_rating(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "burning" typed as "Does it run down a leg?" waited got "Sorry, I
    # didn't catch that".
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, asked, "6", "Where does it hurt")
    q = await tap(fake, q, "Lower back", "run down a leg")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "its burning")
    noted = await fake.wait_for_message(UID, after=n, contains="Noted")
    assert noted.text == "Noted with your pain score: burning ✅"
    again = await fake.wait_for_message(UID, after=n, contains="run down a leg")
    assert "didn't catch" not in " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    await tap(fake, again, "No", "side effects")
    pain = next(json.loads(r.data) for r in await records(bot) if r.kind == "pain")
    assert pain["qualities"] == ["burning"] and pain["locations"] == ["lower_back"]


async def test_sorry_and_a_number_answers_a_score_question_and_6_not_8_corrects(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """While a check-in asks for a score, "sorry, 6" is that score (not a correction of
    the pain typed a minute before); "6 not 8" names what it corrects."""
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 19, 58, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pain 8")
    await fake.wait_for_message(UID, after=n, contains="Logged: pain 8")
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "sorry, 6")
    await fake.wait_for_edit(UID, asked.message_id, contains="Pain 6/10")
    assert sorted(r.score for r in await records(bot) if r.kind == "pain") == [6.0, 8.0]
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "5 not 6")
    changed = await fake.wait_for_message(UID, after=n, contains="Changed")
    assert changed.text == "Changed: pain 5 (was 6) ✅"


async def test_weekly_checkin_asks_the_peg_items(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    sunday = dt.datetime(2026, 11, 29, 20, 0, tzinfo=NY)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "5")
    q = await fake.wait_for_message(UID, after=n, contains="Where")
    for label in ("Skip",) * 5 + ("Done",):
        n = len(fake.messages_to(UID))
        asked = q.message_id
        await fake.press(UID, asked, label)
        q = await fake.wait_for_message(UID, after=n)
    assert "noted" in (q.text or "")
    assert (fake.current(UID, asked).text or "").endswith("— done")  # Done is not a skip
    for day in (26, 27, 28):
        clock.set(dt.datetime(2026, 11, day, 20, 0, tzinfo=NY))
        await tick(bot)
    q = await checkin_at(fake, bot, clock, sunday)
    q = await tap(fake, q, "6", "enjoying life")
    q = await tap(fake, q, "4", "general activity")
    await tap(fake, q, "8", "Where")
    peg = [json.loads(r.data) for r in await records(bot) if r.kind == "peg"]
    assert peg == [{"kind": "peg", "pain": 6.0, "enjoyment": 4.0, "general": 8.0}]


async def test_a_crisis_reply_is_not_followed_by_the_next_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "the grandkids would do alright if I was gone" during a
    check-in got the crisis reply, then at once "how much has pain got in the way of
    enjoying life?". The question waits for the person's next message."""
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    q = await tap(fake, asked, "7", "Where does it hurt")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "honestly the grandkids would do alright if I was gone")
    await fake.wait_for_message(UID, after=n, contains="crisis")
    await asyncio.sleep(0.3)  # anything else the bot had to say has been sent by now
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in later if "Where does it hurt" in t], later
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "lower back")
    await fake.wait_for_message(UID, after=n, contains="run down a leg")
    assert q is not None


async def test_an_alarm_typed_as_a_checkin_answer_ends_the_checkin_there(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found in the sandbox: "pain 7, lower back, been putting a couple of the naproxen
    aside every night. I know what they are for" typed for the pain question got the
    crisis reply, then "Does it run down a leg?". The score is kept; nothing more is asked
    today."""
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(
        UID,
        "pain 7, lower back, been putting a couple of the pills aside every night. "
        "I know what they are for",
    )
    await fake.wait_for_message(UID, after=n, contains="crisis")
    await fake.wait_for_edit(UID, asked.message_id, contains="Pain 7/10")
    await asyncio.sleep(0.3)
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in later if "run down a leg" in t or "Where does it hurt" in t], later
    pain = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert [p["score"] for p in pain] == [7]
    rows = await work_rows(bot)
    today = rows[0]  # (the next is tomorrow's, planned when this one closed)
    assert today.stage is None and today.status == "answered"


async def test_a_question_tapped_after_its_checkin_closed_says_it_was_not_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "Fair" tapped on last night's sleep question, left unanswered when
    # the check-in closed, was told "You've already checked in for that one — thanks!".
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    five = fake.button_data(q)["5"]
    await fake.press(UID, q.message_id, "5")
    where = await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    # (the tap's handler writes down the question it sent after sending it: the clock
    # moves on only once it has, or the tick races that write)
    await settled(bot)
    clock.set(dt.datetime(2026, 11, 26, 7, 30, tzinfo=NY))
    await tick(bot)
    assert (await work_rows(bot))[0].status == "answered"  # closed, the pain kept
    kept = len(await records(bot))
    pressed = await fake.press(UID, where.message_id, "Hip")
    toast = (await fake.wait_for_callback_answer(pressed)).get("text") or ""
    assert "closed" in toast and "wasn't kept" in toast
    assert len(await records(bot)) == kept
    # The pain score it did answer is still "already checked in".
    pressed = await fake.press_data(UID, q.message_id, five)
    assert "already" in ((await fake.wait_for_callback_answer(pressed)).get("text") or "")


async def test_a_checkin_done_in_the_day_says_today_not_tonight(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: a check-in taken at 13:00 ended "Take care of yourself tonight".
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 13, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/checkin")
    q = await fake.wait_for_message(UID, after=n, contains=ASK)
    for label, expect in (
        ("5", "Where does it hurt"),
        ("Skip", "run down a leg"),
        ("Skip", "side effects"),
        ("Skip", "sleep"),
        ("Skip", "activity"),
        ("Skip", "Anything else"),
    ):
        q = await tap(fake, q, label, expect)
    done = await tap(fake, q, "Done", "all noted")
    assert (done.text or "").endswith("Take care of yourself today.")


async def test_black_stools_tapped_is_an_alarm_and_ends_the_checkin(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living two sandbox weeks: "Black stools" tapped among the side effects offered
    to someone on an NSAID was thanked for and filed as a side effect — no alarm, no red
    flag in the report; typed, the same words got the emergency reply."""
    q = await side_effects_asked(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "Black stools")
    alarm = await fake.wait_for_message(UID, after=n, contains="emergency")
    assert "Naproxen" in (alarm.text or ""), "tied to the NSAID the label names"
    await fake.wait_for_edit(UID, q.message_id, contains="— Black stools")
    assert not fake.buttons(fake.current(UID, q.message_id))
    await asyncio.sleep(0.3)
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in later if "How did you sleep" in t or "all noted" in t], later
    recs = [(r.kind, json.loads(r.data), r.raw_text) for r in await records(bot)]
    assert ("side_effect", {"kind": "side_effect", "effects": ["black_stools"]}, None) in recs
    flags = [(d["flags"], raw) for kind, d, raw in recs if kind == "red_flag"]
    assert flags == [(["gi_bleeding"], "Black stools")]
    assert (await work_rows(bot))[0].status == "answered"


async def test_another_side_effect_tapped_is_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    q = await side_effects_asked(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.press(UID, q.message_id, "Heartburn")
    await fake.wait_for_edit(UID, q.message_id, contains="Tap all that apply")
    q = await tap(fake, q, "Done ✅", "sleep")
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in later if "emergency" in t], later
    assert not [r for r in await records(bot) if r.kind == "red_flag"]


async def test_no_typed_to_the_activity_question_answers_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living a sandbox week: "no not today, too sore" typed for "Any activity or
    exercise today?" got "Sorry, I didn't catch that" and the check-in stalled."""
    q = await side_effects_asked(fake, bot, clock, medicine=None)
    q = await tap(fake, q, "None", "sleep")
    q = await tap(fake, q, "Fair", "activity")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "no not today, too sore")
    await fake.wait_for_message(UID, after=n, contains="Anything else")
    await fake.wait_for_edit(UID, q.message_id, contains="— Not today")
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in said if "didn't catch" in t], said
    assert not [r for r in await records(bot) if r.kind == "activity"]


async def test_a_bad_morning_said_in_words_leaves_the_evening_checkin_to_come(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Found living it: "fixin to take a percocet my back is killin me" at 10:00 asked the
    score as the day's check-in, and no 20:00 check-in came: the evening's pain, side
    effects and sleep went unasked on every bad morning."""
    from tests.integration.test_waiting_questions import say

    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 10, 0, tzinfo=NY))
    ask = await say(fake, "my back is killing me", "How bad is it right now?")
    where = await tap(fake, ask, "8", "Where does it hurt")
    down = await tap(fake, where, "Lower back", "run down a leg")
    await tap(fake, down, "No", "usual time")
    pain = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert [p["score"] for p in pain] == [8]
    evening = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    assert "How is your pain" in (evening.text or "")


async def test_skip_typed_to_the_pain_question_declines_todays_check_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Auckland: "skip" typed to the daily pain question got "No dose of any
    medicine is waiting right now, so there's nothing to skip", and the question again."""
    await onboard(fake)
    q = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "skip")
    await fake.wait_for_message(UID, after=n, contains="No check-in today")
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not any("nothing to skip" in s or "How is your pain" in s for s in said), said
    assert (fake.current(UID, q.message_id).text or "").endswith("— skipped")
    assert [r.kind for r in await records(bot)] == [], "nothing recorded, no dose skipped"
    (today,) = [w for w in await work_rows(bot) if w.local_date == dt.date(2026, 11, 25)]
    assert today.status == "answered" and today.stage is None


async def test_a_leg_said_with_the_score_answers_down_a_leg(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it (Glasgow): "7, leg's murder" typed to the pain question was asked
    # "Does it run down a leg?" next, though the leg was said. The leg is kept as said,
    # spreading neither way, and the question is passed over.
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "7, leg's murder")
    await fake.wait_for_edit(UID, asked.message_id, contains="Pain 7/10")
    await fake.wait_for_message(UID, after=n, contains="side effects")
    later = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert not [t for t in later if "run down a leg" in t or "Where does it hurt" in t], later
    pain = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert len(pain) == 1 and pain[0]["score"] == 7
    assert pain[0]["locations"] == ["leg"] and pain[0]["radiating"] is None


async def test_legs_said_fine_with_the_score_still_ask_down_a_leg(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # "back 6, legs fine": no leg said to hurt, so where and down a leg are both asked.
    await onboard(fake)
    asked = await checkin_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "back 6, legs fine")
    await fake.wait_for_edit(UID, asked.message_id, contains="Pain 6/10")
    q = await fake.wait_for_message(UID, after=n, contains="Where does it hurt")
    await tap(fake, q, "Lower back", "run down a leg")
    pain = [json.loads(r.data) for r in await records(bot) if r.kind == "pain"]
    assert pain[0]["score"] == 6 and "leg" not in pain[0]["locations"]
