"""A reason typed while a reminder's Skip menu asks why completes that skip, as its tap
would (Sandbox, Pune: "too drowsy" after ⏭ Skip logged the drowsiness, and the dose was
nudged about the next morning and then recorded as missed, "no answer")."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.domain.conversation import Question
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import records
from tests.integration.test_dose_loop import NY, UID, occurrences, reminder_out
from tests.integration.test_waiting_questions import say, user_row

LINE = "pregabalin 75mg 08:00 20:00"


async def skip_menu_open(fake: FakeBotApi, bot: Any, clock: FakeClock) -> Any:
    """The 08:00 reminder out, and its Skip tapped: "Why are you skipping …?"."""
    msg = await reminder_out(fake, bot, clock, LINE)
    clock.advance(minutes=2)
    await fake.press(UID, msg.message_id, "Skip")
    await fake.wait_for_edit(UID, msg.message_id, contains="Why are you skipping")
    await settled(bot)
    return msg


def kinds(recs: list[Any], kind: str) -> list[dict[str, Any]]:
    return [json.loads(r.data) for r in recs if r.kind == kind]


async def test_side_effects_typed_skips_the_dose_with_that_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY
    reply = await say(fake, "side effects", "skipped")
    assert "Pregabalin 75 mg skipped (side effects) ✅" in (reply.text or "")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — side effects")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")
    assert (await user_row(bot)).awaiting is None, "the menu waits no more"


async def test_too_drowsy_typed_is_the_skip_and_the_side_effect_both(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "too drowsy")
    await fake.wait_for_message(UID, after=n, contains="skipped (side effects)")
    await fake.wait_for_message(UID, after=n, contains="drowsy")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — side effects")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["drowsiness"]
    # Past the follow-up and the cutoff: no nudge, never missed.
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 11, 25, 11, 30, tzinfo=NY))
    await tick(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "nudge" in (m.text or "")]
    assert (await occurrences(bot))[0].status == "skipped"
    summary = await say(fake, "/summary", "Your week")
    text = summary.text or ""
    assert "1 skipped (reason for skipping: side effects)" in text
    assert "missed" not in text
    assert "drowsiness" in text


async def test_pain_typed_while_the_menu_is_open_is_pain_and_the_menu_still_waits(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "pain 7" gives no reason: the pain is recorded, the dose stays skipped (at the
    tap) with no reason, and the menu (its buttons still on the reminder, not asked
    again) still hears the reason."""
    msg = await skip_menu_open(fake, bot, clock)
    n = len(fake.messages_to(UID))
    await say(fake, "pain 7", "7")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "Why are you skipping" in (m.text or "")]
    assert [p["score"] for p in kinds(await records(bot), "pain")] == [7]
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None)
    assert (await user_row(bot)).awaiting == Question.SKIP_WHY
    assert "Why are you skipping" in (fake.current(UID, msg.message_id).text or "")
    await say(fake, "ran out", "skipped (ran out)")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — ran out")
    await fake.wait_for_message(UID, after=n, contains="Refilled")  # as the tap asks
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "ran_out")


async def test_back_then_typed_words_are_no_skip(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    await fake.press(UID, msg.message_id, "Back")
    await fake.wait_for_edit(UID, msg.message_id, after=1)
    await settled(bot)
    assert "⏭ Skip" in fake.buttons(fake.current(UID, msg.message_id))
    assert (await user_row(bot)).awaiting is None
    # (words that are only a reason not to take it, "too drowsy", skip the dose whatever
    # the menu did: bot.parsing.declined; a side effect told is no reason after Back)
    await say(fake, "bit drowsy today", "drowsy")
    await settled(bot)
    assert (await occurrences(bot))[0].status == "sent", "not skipped"
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["drowsiness"]


async def test_a_red_flag_while_the_menu_is_open_is_answered_first_and_is_no_reason(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await skip_menu_open(fake, bot, clock)
    await say(fake, "too drowsy and I can't control my bladder", "medical help now")
    await settled(bot)
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None), "as tapped, no reason read"


async def test_took_it_while_the_menu_is_open_answers_the_dose_and_ends_the_wait(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    await say(fake, "took it", "taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken")
    assert (await occurrences(bot))[0].status == "taken"
    await say(fake, "was at a wedding", "didn't catch")  # no skip reason any more
    assert (await user_row(bot)).awaiting is None


async def test_plain_words_of_another_reason_are_other(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    msg = await skip_menu_open(fake, bot, clock)
    await say(fake, "ok", "Tap a reason above")  # not a reason: still waiting
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", None)
    n = len(fake.messages_to(UID))
    said = await say(fake, "at my sister's all day", "skipped ✅")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "other")
    # "other" is the record's word, never the person's: it was "skipped (other)"
    assert (said.text or "").endswith("skipped ✅"), said.text
    await settled(bot)
    shown = [fake.current(UID, m.message_id).text or "" for m in fake.messages_to(UID)[n:]]
    shown.append(fake.current(UID, msg.message_id).text or "")
    assert not any("other" in t.lower() for t in shown), shown
    # … nor in their week: a reason of their own is "another reason"
    clock.advance(hours=1)
    summary = (await say(fake, "/summary", "Your week")).text or ""
    assert "(reason for skipping: another reason)" in summary, summary
    assert "other)" not in summary
