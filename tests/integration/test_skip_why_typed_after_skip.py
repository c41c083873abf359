"""A reason typed under a typed skip's "Why did you skip it?" is that skip's reason, as
its tap would be (Sandbox, London: "skipping my gabapentin" then "felt sick" logged the
nausea on its own, and the doctor's summary gave the skip no reason); words that give no
reason are handled as ever, and the question waits on. Through the real Application."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.domain.conversation import Question
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_carer_wording import LEEDS, _introduced
from tests.integration.test_checkin import records
from tests.integration.test_dose_loop import NY, UID, add, occurrences, onboard, reminder_out
from tests.integration.test_waiting_questions import say, user_row

ASKED = "Why did you skip it? One tap — it helps your doctor."


def kinds(recs: list[Any], kind: str) -> list[dict[str, Any]]:
    return [json.loads(r.data) for r in recs if r.kind == kind]


async def skipped_at_the_reminder(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """The 08:00 gabapentin reminder out, and "skip" typed: the reply asking why."""
    await reminder_out(fake, bot, clock, "gabapentin 300mg 08:00 20:00")
    clock.advance(minutes=2)
    reply = await say(fake, "skip", "skipped")
    assert ASKED in (reply.text or ""), reply.text
    await settled(bot)
    return reply


async def skipped_ahead(fake: FakeBotApi, bot: Any, clock: FakeClock, line: str, said: str) -> Any:
    """No reminder out yet: `said` skips the 08:00 dose ahead; the reply asking why."""
    await onboard(fake)
    await add(fake, line)
    clock.set(dt.datetime(2026, 11, 25, 7, 30, tzinfo=NY))
    reply = await say(fake, said, "skipped")
    assert ASKED in (reply.text or ""), reply.text
    await settled(bot)
    return reply


async def reason(bot: Any) -> tuple[str, str | None]:
    occ = (await occurrences(bot))[0]
    return occ.status, occ.skip_reason


async def test_felt_sick_is_the_skips_reason_and_the_nausea_is_kept(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_at_the_reminder(fake, bot, clock)
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "felt sick")
    await fake.wait_for_message(UID, after=n, contains="Gabapentin 300 mg skipped (side effects)")
    await fake.wait_for_message(UID, after=n, contains="nausea")
    # the question says the reason in its place, its Undo kept, as after the tap
    await fake.wait_for_edit(UID, reply.message_id, contains="Why: side effects ✅")
    await settled(bot)
    edited = fake.current(UID, reply.message_id)
    assert "skip it?" not in (edited.text or "")
    assert fake.buttons(edited) == ["↩️ Undo"]
    assert await reason(bot) == ("skipped", "side_effects")
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["nausea"]
    assert (await user_row(bot)).awaiting is None, "answered: nothing waits"
    summary = await say(fake, "/summary", "Your week")
    text = summary.text or ""
    assert "1 skipped (reason for skipping: side effects)" in text, text
    assert "nausea" in text


async def test_pain_is_pain_and_the_reason_is_still_unset(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_ahead(
        fake, bot, clock, "gabapentin 300mg 08:00 20:00", "skipping my gabapentin"
    )
    n = len(fake.messages_to(UID))
    await say(fake, "pain 7", "Logged")
    await say(fake, "ok", "👍")
    await settled(bot)
    assert [p["score"] for p in kinds(await records(bot), "pain")] == [7]
    assert await reason(bot) == ("skipped", None)
    # not asked again; the question one message up still hears the reason
    assert not [m for m in fake.messages_to(UID)[n:] if ASKED in (m.text or "")]
    assert ASKED in (fake.current(UID, reply.message_id).text or "")
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY
    await say(fake, "too dizzy", "skipped (side effects)")
    assert await reason(bot) == ("skipped", "side_effects")


async def test_ran_out_is_the_reason_and_asks_about_a_refill(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_ahead(
        fake, bot, clock, "naproxen 500mg 08:00 20:00", "not taking the naproxen today"
    )
    n = len(fake.messages_to(UID))
    await say(fake, "ran out", "Naproxen 500 mg skipped (ran out)")
    await fake.wait_for_edit(UID, reply.message_id, contains="Why: ran out ✅")
    refill = await fake.wait_for_message(UID, after=n, contains="Out of Naproxen")
    assert fake.buttons(refill) == ["📦 Refilled", "Not yet"]  # as the Ran out tap asks
    assert await reason(bot) == ("skipped", "ran_out")


async def test_a_carers_reason_is_the_skips_and_the_side_effect_is_hers(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await _introduced(fake, clock, "gabapentin 300mg 08:00 20:00")
    clock.set(dt.datetime(2026, 12, 7, 7, 30, tzinfo=LEEDS))
    # the week's catch-up run first (as the ticker does on its own): the 08:00 dose is made
    # by it, and under load the message could come before it ("no dose is waiting")
    await tick(bot)
    reply = await say(fake, "mum is skipping her gabapentin", "skipped")
    assert "Why did they skip it?" in (reply.text or ""), reply.text
    await say(fake, "she felt sick", "skipped (side effects)")
    edited = await fake.wait_for_edit(UID, reply.message_id, contains="Why: side effects ✅")
    assert "skip it?" not in (edited.message.text or "")
    await settled(bot)
    (skipped,) = [o for o in await occurrences(bot) if o.status == "skipped"]
    assert skipped.skip_reason == "side_effects"
    (effect,) = kinds(await records(bot), "side_effect")
    assert (effect["effects"], effect.get("said_by")) == (["nausea"], "carer")


async def test_a_red_flag_is_answered_first_and_gives_no_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    await say(fake, "I can't control my bladder and my groin is numb", "medical help now")
    await settled(bot)
    assert await reason(bot) == ("skipped", None)
    assert kinds(await records(bot), "red_flag")
    await say(fake, "was at a wedding", "skipped ✅")  # still waiting for it
    assert await reason(bot) == ("skipped", "other")


async def test_the_tap_ends_the_wait(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    reply = await skipped_at_the_reminder(fake, bot, clock)
    await fake.press(UID, reply.message_id, "Felt fine")
    await fake.wait_for_edit(UID, reply.message_id, contains="Why: felt fine ✅")
    await settled(bot)
    assert (await user_row(bot)).awaiting is None
    await say(fake, "felt sick", "nausea")
    await settled(bot)
    assert await reason(bot) == ("skipped", "felt_fine")


async def test_undone_the_skip_there_is_nothing_to_give_a_reason_to(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    reply = await skipped_at_the_reminder(fake, bot, clock)
    await fake.press(UID, reply.message_id, "Undo")
    await fake.wait_for_edit(UID, reply.message_id, contains="Undone")
    await say(fake, "felt sick", "nausea")
    await settled(bot)
    assert await reason(bot) == ("sent", None)
    assert (await user_row(bot)).awaiting is None


async def test_a_command_ends_the_wait(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    await say(fake, "/meds", "Gabapentin")
    assert (await user_row(bot)).awaiting is None
    await say(fake, "felt sick", "nausea")
    await settled(bot)
    assert await reason(bot) == ("skipped", None)


async def test_the_question_lapses_like_any_other(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skipped_at_the_reminder(fake, bot, clock)
    clock.advance(hours=3, minutes=5)
    await say(fake, "felt sick", "nausea")
    await settled(bot)
    assert await reason(bot) == ("skipped", None)
    assert (await user_row(bot)).awaiting is None
