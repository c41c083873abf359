"""A short reply to an open reminder that is only a reason not to take it ("too groggy",
"stomach's too upset for it") skips that dose for side effects and keeps the effect;
a side effect told with no such sign ("bit groggy today") leaves the dose open (Sandbox,
Phoenix: "too groggy" at the cyclobenzaprine reminder was the effect alone, and the
dose went "no answer" — the report said she forgot when she chose not to take it)."""

from __future__ import annotations

import datetime as dt

from tests.conftest import FakeClock, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_checkin import records
from tests.integration.test_dose_loop import NY, UID, occurrences, reminder_out
from tests.integration.test_skip_reason_typed import kinds
from tests.integration.test_waiting_questions import say

LINE = "cyclobenzaprine 10mg 08:00"


async def test_too_groggy_at_the_reminder_is_a_skip_for_side_effects(
    fake: FakeBotApi, bot: object, clock: FakeClock
) -> None:
    msg = await reminder_out(fake, bot, clock, LINE)
    clock.advance(minutes=1)
    n = len(fake.messages_to(UID))
    reply = await say(fake, "too groggy", "skipped")
    assert "Cyclobenzaprine 10 mg skipped (side effects)" in (reply.text or "")
    assert any("Undo" in b for b in fake.buttons(reply))
    await fake.wait_for_message(UID, after=n, contains="drowsy")
    await fake.wait_for_edit(UID, msg.message_id, contains="Skipped — side effects")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["drowsiness"]
    # Past the cutoff: still a skip, never "no answer"
    clock.set(dt.datetime(2026, 11, 25, 11, 30, tzinfo=NY))
    await tick(bot)
    assert (await occurrences(bot))[0].status == "skipped"


async def test_stomach_too_upset_for_it_is_a_skip_with_the_stomach_kept(
    fake: FakeBotApi, bot: object, clock: FakeClock
) -> None:
    await reminder_out(fake, bot, clock, LINE)
    clock.advance(minutes=1)
    n = len(fake.messages_to(UID))
    reply = await say(fake, "stomach's too upset for it", "skipped")
    await fake.wait_for_message(UID, after=n, contains="stomach")
    assert "skipped (side effects)" in (reply.text or "")
    occ = (await occurrences(bot))[0]
    assert (occ.status, occ.skip_reason) == ("skipped", "side_effects")
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["stomach_pain"]
    assert not kinds(await records(bot), "mood"), "the stomach's upset, not her mood"


async def test_a_bit_groggy_today_is_the_effect_alone_and_the_dose_stays_open(
    fake: FakeBotApi, bot: object, clock: FakeClock
) -> None:
    await reminder_out(fake, bot, clock, LINE)
    clock.advance(minutes=1)
    reply = await say(fake, "bit groggy today", "drowsy")
    assert "skipped" not in (reply.text or "")
    assert (await occurrences(bot))[0].status not in ("skipped", "taken")
    assert kinds(await records(bot), "side_effect")[0]["effects"] == ["drowsiness"]


async def test_too_groggy_with_no_dose_waiting_is_the_effect_alone(
    fake: FakeBotApi, bot: object, clock: FakeClock
) -> None:
    """Before the reminder: no "nothing to skip", the effect logged."""
    msg = await reminder_out(fake, bot, clock, LINE)
    await fake.press(UID, msg.message_id, "Taken")
    await fake.wait_for_edit(UID, msg.message_id, contains="Taken")
    clock.advance(minutes=5)
    n = len(fake.messages_to(UID))
    await say(fake, "too groggy", "drowsy")
    said = " ".join(m.text or "" for m in fake.messages_to(UID)[n:])
    assert "nothing to skip" not in said
    assert (await occurrences(bot))[0].status == "taken"
