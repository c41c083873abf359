""" "💊 I took a dose" and its answer, through the real Application (Sandbox, Lagos: the
answer "2 emzor" was logged as pain 2, and her correction "no be pain 2 o!" logged a
second pain 2; "I don take 2 of the new tablet 4pm" was logged as one tablet)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, Record, User
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_amends import pain_scores, rows
from tests.integration.test_dose_loop import NY, UID, add, onboard
from tests.integration.test_waiting_questions import say


async def awaiting(app: Any) -> str | None:
    async with deps_of(app).sessions() as s:
        return (await s.scalars(select(User))).one().awaiting


async def tap_took_a_dose(fake: FakeBotApi) -> Any:
    """A message the bot does not understand, then its "💊 I took a dose"."""
    menu = await say(fake, "the cat knocked the kettle over", "didn't catch that")
    n = len(fake.messages_to(UID))
    await fake.press(UID, menu.message_id, "I took a dose")
    return await fake.wait_for_message(UID, after=n, contains="Which one did you take?")


async def test_an_answer_to_what_was_taken_is_a_dose_with_its_count_never_a_pain_score(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    await add(fake, "ibuprofen 200mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    offered = await tap_took_a_dose(fake)
    # the person's own medicines, one tap each, and their own name in the example
    assert fake.buttons(offered) == ["Acetaminophen 500 mg", "Ibuprofen 200 mg", "None of these"]
    assert "2 Acetaminophen" in (offered.text or "")
    which = await say(fake, "2 emzor", "Which one did you take?")
    assert await pain_scores(bot) == [], "an answer naming tablets is never a pain score"
    await fake.press(UID, which.message_id, "Acetaminophen")
    await fake.wait_for_edit(UID, which.message_id, contains="Logged: 2 × Acetaminophen")
    await settled(bot)
    assert [log.count for log in await rows(bot, DoseLog)] == [2.0]
    assert await awaiting(bot) is None, "answered: the next number is read as usual"


@pytest.mark.both_databases
async def test_a_medicine_tapped_from_the_offer_logs_it_now_and_ends_the_question(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    offered = await tap_took_a_dose(fake)
    assert await awaiting(bot) == "took"
    clock.advance(minutes=3)
    await fake.press(UID, offered.message_id, "Acetaminophen")
    await fake.wait_for_edit(UID, offered.message_id, contains="Logged: Acetaminophen 500 mg")
    await settled(bot)
    (log,) = await rows(bot, DoseLog)
    assert log.taken_at == dt.datetime(2026, 11, 25, 14, 3, tzinfo=NY)
    assert await awaiting(bot) is None


async def test_none_of_these_waits_for_words_and_a_pain_told_instead_is_still_pain(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    offered = await tap_took_a_dose(fake)
    await fake.press(UID, offered.message_id, "None of these")
    await fake.wait_for_edit(UID, offered.message_id, contains="tell me what you took")
    await settled(bot)
    assert await awaiting(bot) == "took"
    await say(fake, "pain is 7", "Logged: pain 7")
    assert await pain_scores(bot) == [7.0]
    which = await say(fake, "2 at 1pm", "Which one did you take?")
    await fake.press(UID, which.message_id, "Acetaminophen")
    await fake.wait_for_edit(UID, which.message_id, contains="at 13:00")
    await settled(bot)
    assert [log.count for log in await rows(bot, DoseLog)] == [2.0]


@pytest.mark.both_databases
async def test_no_be_pain_2_takes_the_score_back_and_makes_none(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await say(fake, "pain 7", "Logged: pain 7")
    clock.advance(minutes=5)
    await say(fake, "2 emzor", "Logged: pain 2")  # outside any question: read as before
    clock.advance(minutes=2)
    reply = await say(fake, "no be pain 2 o! I took 2 tylenol", "taken back")
    assert reply.text == "Sorry, my mistake 🙏 I've taken back the pain 2 logged at 14:05."
    await fake.wait_for_message(UID, contains="Logged: 2 × Acetaminophen")
    await settled(bot)
    assert await pain_scores(bot) == [7.0], "the wrong score gone, the right one kept"
    assert [log.count for log in await rows(bot, DoseLog)] == [2.0]
    assert not [r for r in await rows(bot, Record) if r.kind == "note"], "no note of it"
    # With nothing to take back, the words still make no rating.
    clock.advance(minutes=2)
    await say(fake, "not pain 3, I took 1 tylenol", "Logged: Acetaminophen")
    await settled(bot)
    assert await pain_scores(bot) == [7.0]


async def test_thats_not_pain_offers_undo_for_the_newest_score(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    clock.set(dt.datetime(2026, 11, 25, 14, 0, tzinfo=NY))
    await say(fake, "4 today", "Logged: pain 4")
    clock.advance(minutes=1)
    offer = await say(fake, "that's not pain", "Shall I take back the pain 4")
    assert await pain_scores(bot) == [4.0], "asked, not removed, when no number is named"
    await fake.press(UID, offer.message_id, "Undo")
    await fake.wait_for_edit(UID, offer.message_id)
    await settled(bot)
    assert await pain_scores(bot) == []


async def test_the_count_said_is_kept_when_the_medicine_is_picked(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    await add(fake, "acetaminophen 500mg as needed")
    await add(fake, "ibuprofen 200mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 16, 10, tzinfo=NY))
    which = await say(fake, "I don take 2 of the new tablet 4pm", "Which one did you take?")
    await fake.press(UID, which.message_id, "Ibuprofen")
    await fake.wait_for_edit(
        UID, which.message_id, contains="Logged: 2 × Ibuprofen 200 mg at 16:00"
    )
    await settled(bot)
    (log,) = await rows(bot, DoseLog)
    assert log.count == 2.0
    assert log.taken_at == dt.datetime(2026, 11, 25, 16, 0, tzinfo=NY)
