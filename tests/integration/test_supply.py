"""Supply through the chat: counted on /add, used up by the doses taken (taps and free
text), one warning when it runs low and one on its last day, /refill counts again, /meds
shows what is left — on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any

import pytest

from bot.storage.models import DoseLog
from tests.conftest import FakeClock, running_bot, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_regimen import rows

#: The send limiter off (SEND_RATE_PER_SECOND=0) where the driven clock moves through
#: days: its per-chat spacing is a second of real time between two messages to one
#: chat, so every tick would wait for the previous one's messages. What is checked
#: here is the supply, not Telegram's rate limits (tests/unit/test_ratelimit.py).
NO_SEND_LIMIT: dict[str, Any] = {"SEND_RATE_PER_SECOND": 0}


def texts_since(fake: FakeBotApi, n: int) -> list[str]:
    return [m.text or "" for m in fake.messages_to(UID)[n:]]


async def test_a_supply_runs_low_is_refilled_and_shows_in_meds(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")  # Wednesday 25 November, 07:00 in Berlin
        n = len(fake.messages_to(UID))
        said = await add(fake, "celecoxib 200mg 08:00 20:00 supply 14")
        assert "Celecoxib 200 mg · 08:00, 20:00 every day" in said
        counted = await fake.wait_for_message(UID, after=n, contains="📦")
        assert "Celecoxib: 14 on hand — about 7 days, until Tue 1 Dec" in (counted.text or "")
        assert "getting low" in (counted.text or "")  # 7 days: within the warning already

        # Each dose taken (a tap, or free text) counts one down.
        n = len(fake.messages_to(UID))
        for day in range(6):
            for hour in (7, 19):
                clock.set(dt.datetime(2026, 11, 25, hour, tzinfo=dt.UTC) + dt.timedelta(days=day))
                await tick(app)
                reminder = await fake.wait_for_message(UID, after=n, contains="Time for your")
                n = len(fake.messages_to(UID))
                if (day, hour) == (2, 7):
                    await fake.send_text(UID, "took my celecoxib")
                    await fake.wait_for_message(UID, after=n)
                else:
                    tap = await fake.press(UID, reminder.message_id, "Taken")
                    await fake.wait_for_callback_answer(tap)
                await settled(app)
                n = len(fake.messages_to(UID))
        # 12 taken, 2 left after Monday's evening dose: Tuesday is the last day on hand,
        # announced once; nothing twice.
        sent = texts_since(fake, 0)
        last_day = [t for t in sent if "is nearly out" in t]
        assert len(last_day) == 1 and "Celecoxib" in last_day[0]
        assert "2 on hand — about 1 day, until Tue 1 Dec" in last_day[0]
        assert not any("running low" in t for t in sent)  # the early warning came with /add

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        meds = await fake.wait_for_message(UID, after=n, contains="Celecoxib")
        assert "📦 2 on hand — about 1 day, until Tue 1 Dec" in (meds.text or "")

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/refill celecoxib 60")
        refilled = await fake.wait_for_message(UID, after=n, contains="📦")
        assert "Celecoxib: 60 on hand — about 30 days, until" in (refilled.text or "")
        assert "getting low" not in (refilled.text or "")

        # The export carries every count: the one on /add and the refill.
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/export")
        doc = await fake.wait_for_message(UID, after=n)
        with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
            counts = list(csv.DictReader(io.StringIO(z.read("supplies.csv").decode("utf-8"))))
        assert [(r["medicine"], r["on hand"]) for r in counts] == [
            ("celecoxib", "14"),
            ("celecoxib", "60"),
        ]
        assert counts[0]["counted at"].startswith("2026-11-25T07:00:00+01:00")


async def test_a_refill_told_in_words_is_counted_in_by_one_tap(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """Found in the sandbox: "running low on celecoxib, got a new box of 30 today" was
    "Sorry, I didn't catch that"; only /refill with the sum worked out by hand counted it."""
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        await add(fake, "celecoxib 200mg 08:00 supply 5")
        clock.set(dt.datetime(2026, 11, 26, 7, tzinfo=dt.UTC))
        await tick(app)
        reminder = await fake.wait_for_message(UID, contains="Time for your")
        await fake.wait_for_callback_answer(await fake.press(UID, reminder.message_id, "Taken"))
        await settled(app)
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "running low on celecoxib, got a new box of 30 today")
        offer = await fake.wait_for_message(UID, after=n, contains="📦 30 more Celecoxib")
        assert "with the 4 you had, 34 on hand" in (offer.text or "")
        assert not any("didn't catch" in t for t in texts_since(fake, n))
        await fake.press(UID, offer.message_id, "34 on hand")
        counted = await fake.wait_for_message(UID, after=n, contains="Celecoxib: 34 on hand")
        assert counted is not None


async def test_a_refill_naming_no_medicine_offers_each_to_count_in(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """Found in the sandbox (Ohio): "pharmacy only gave me 20" was "Sorry, I didn't catch
    that". Each medicine is offered with what it would have then; one tap counts it in."""
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        await add(fake, "celecoxib 200mg 08:00 supply 5")
        await add(fake, "gabapentin 300mg 22:00")
        await settled(app)
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "pharmacy only gave me 20")
        offer = await fake.wait_for_message(UID, after=n, contains="20 more — of which medicine")
        assert not any("didn't catch" in t for t in texts_since(fake, n))
        assert fake.buttons(offer) == ["📦 25 on hand · Celecoxib", "📦 20 on hand · Gabapentin"]
        await fake.press(UID, offer.message_id, "25 on hand · Celecoxib")
        counted = await fake.wait_for_message(UID, after=n, contains="Celecoxib: 25 on hand")
        assert counted is not None


async def test_refill_explains_what_it_needs(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock):
        await onboard(fake, "Europe/Berlin")
        await add(fake, "gabapentin 300mg 08:00 22:00")
        for text, expected in (
            ("/refill", "how many you have now"),
            ("/refill gabapentin", "how many you have now"),
            ("/refill aspirin 30", "can't find “aspirin”"),
            ("/refill 90 neurontin", "Gabapentin: 90 on hand — about 45 days"),
        ):
            n = len(fake.messages_to(UID))
            await fake.send_text(UID, text)
            reply = await fake.wait_for_message(UID, after=n)
            assert expected in (reply.text or ""), (text, reply.text)


async def test_ran_out_not_yet_then_refilled(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """`Ran out` asks whether more has come; `Not yet` sets the doses down as skipped (ran
    out) without reminding; a /refill brings the reminders back; the summary says so."""
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/Berlin")
        await add(fake, "ibuprofen 400mg 08:00 20:00 supply 20")
        clock.set(dt.datetime(2026, 11, 25, 7, tzinfo=dt.UTC))
        await tick(app)
        reminder = await fake.wait_for_message(UID, contains="Time for your 08:00")
        n = len(fake.messages_to(UID))
        await fake.press(UID, reminder.message_id, "Skip")
        await fake.wait_for_edit(UID, reminder.message_id, contains="Why are you skipping")
        await fake.press(UID, reminder.message_id, "Ran out")
        ask = await fake.wait_for_message(UID, after=n, contains="Out of Ibuprofen — ")
        await fake.press(UID, ask.message_id, "Not yet")
        await fake.wait_for_edit(UID, ask.message_id, contains="skipped (ran out)")

        n = len(fake.messages_to(UID))
        for at in (
            dt.datetime(2026, 11, 25, 19, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 26, 7, tzinfo=dt.UTC),
            dt.datetime(2026, 11, 26, 19, tzinfo=dt.UTC),
        ):
            clock.set(at)
            await tick(app)
        assert not any("Time for your" in t for t in texts_since(fake, n))
        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/meds")
        meds = await fake.wait_for_message(UID, after=m, contains="Your medicines")
        assert "⛔ Out since Wed 25 Nov: no reminders until /refill ibuprofen" in (meds.text or "")
        assert "📦" not in (meds.text or "")  # no days left counted for a medicine run out

        clock.set(dt.datetime(2026, 11, 26, 21, tzinfo=dt.UTC))
        await fake.send_text(UID, "/refill ibuprofen 30")
        refilled = await fake.wait_for_message(UID, after=n, contains="30 on hand")
        assert "Reminders for Ibuprofen are back on" in (refilled.text or "")
        clock.set(dt.datetime(2026, 11, 27, 7, tzinfo=dt.UTC))
        await tick(app)
        await fake.wait_for_message(UID, after=n, contains="Time for your 08:00")

        m = len(fake.messages_to(UID))
        await fake.send_text(UID, "/summary")
        summary = await fake.wait_for_message(UID, after=m, contains="ran out")
        line = next(t for t in (summary.text or "").splitlines() if "Ibuprofen" in t)
        assert "ran out: 4 doses, Wed 25 – Thu 26 Nov" in line, line
        assert "skipped" not in line and "missed" not in line, line
        assert "most often: ran out" not in (summary.text or "")


async def test_the_refill_warning_is_a_setting(
    fake: FakeBotApi, sqlite_url: str, clock: FakeClock
) -> None:
    async with running_bot(fake, sqlite_url, clock):
        await onboard(fake, "Europe/Berlin")
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/settings")
        shown = await fake.wait_for_message(UID, after=n, contains="Your settings")
        assert "Refill warning: 7 days before running out" in (shown.text or "")
        await fake.press(UID, shown.message_id, "📦 Refill warning")
        menu = await fake.wait_for_message(UID, after=n, contains="runs out should I tell you")
        await fake.press(UID, menu.message_id, "10 days")
        saved = await fake.wait_for_message(UID, after=n, contains="Saved")
        assert "Refill warning: 10 days before running out" in (saved.text or "")

        # 18 on hand at two a day is 9 days: within 10, so it is said at once.
        m = len(fake.messages_to(UID))
        await add(fake, "naproxen 500mg 08:00 20:00 supply 18")
        counted = await fake.wait_for_message(UID, after=m, contains="📦")
        assert "about 9 days" in (counted.text or "") and "getting low" in (counted.text or "")


async def test_ran_out_said_with_no_dose_waiting_asks_whether_more_has_come(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "ran out of flexeril" in the afternoon, its dose due at 22:00, got
    # "No dose of Cyclobenzaprine is waiting right now, so there's nothing to skip".
    await onboard(fake, "America/Phoenix")
    await add(fake, "cyclobenzaprine 10mg 22:00 supply 7")
    clock.set(dt.datetime(2026, 11, 25, 21, 30, tzinfo=dt.UTC))  # 14:30 in Phoenix
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "ran out of flexeril")
    ask = await fake.wait_for_message(UID, after=n, contains="Out of Cyclobenzaprine — ")
    assert fake.buttons(ask) == ["📦 Refilled", "Not yet"]
    await fake.press(UID, ask.message_id, "Not yet")
    await fake.wait_for_edit(UID, ask.message_id, contains="skipped (ran out)")
    m = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = await fake.wait_for_message(UID, after=m, contains="Your medicines")
    assert "⛔ Out since" in (meds.text or "")


async def test_refill_alone_then_the_count_counts_it_and_logs_no_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: /refill ("Send the medicine and how many …"), then "gabapentin 90"
    # was logged as a dose of gabapentin 90, and nothing was counted.
    await onboard(fake, "Europe/London")
    await add(fake, "gabapentin 300mg 08:00 20:00")
    clock.set(dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/refill")
    await fake.wait_for_message(UID, after=n, contains="Send the medicine and how many")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "gabapentin 90")
    await fake.wait_for_message(UID, after=n, contains="Gabapentin: 90 on hand")
    assert not await rows(bot, DoseLog)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/refill")
    await fake.wait_for_message(UID, after=n, contains="Send the medicine")
    await fake.send_text(UID, "no")
    await fake.wait_for_message(UID, after=n, contains="nothing counted")


async def test_an_as_needed_medicine_running_low_is_said_once(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: Endone as needed, max 6 a day, /refill endone 20 — counted down to
    # none with no word at all.
    await onboard(fake)
    await add(fake, "oxycodone 5mg as needed max 6 a day")
    await fake.send_text(UID, "/refill oxycodone 9")
    await fake.wait_for_message(UID, contains="9 on hand")
    clock.advance(minutes=1)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/took 2 oxycodone")
    await fake.wait_for_message(UID, after=n, contains="Logged")
    await settled(bot)
    assert not any("running low" in t for t in texts_since(fake, n)), "7 left: above a day's 6"
    clock.advance(hours=5)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/took 1 oxycodone")
    low = await fake.wait_for_message(UID, after=n, contains="running low")
    assert "6 on hand" in (low.text or "") and "/refill oxycodone" in (low.text or "")
    clock.advance(hours=5)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/took 1 oxycodone")
    await fake.wait_for_message(UID, after=n, contains="Logged")
    await settled(bot)
    assert not any("running low" in t for t in texts_since(fake, n)), "said once per count"


async def test_an_opioid_the_pharmacy_handed_over_is_offered_as_a_refill_not_logged_taken(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living it: "pharmacy only gave me 20 of the oxycodone" was logged as
    # oxycodone 20 mg taken, beside the refill offered: an opioid dose never swallowed.
    await onboard(fake)
    await add(fake, "oxycodone 5mg as needed max 6 a day")
    await fake.send_text(UID, "/refill oxycodone 4")
    await fake.wait_for_message(UID, contains="4 on hand")
    clock.advance(minutes=1)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "pharmacy only gave me 20 of the oxycodone")
    offer = await fake.wait_for_message(UID, after=n, contains="📦 20 more Oxycodone")
    assert "with the 4 you had, 24 on hand" in (offer.text or "")
    await settled(bot)
    assert not await rows(bot, DoseLog)
    assert not any("Logged" in t or "didn't catch" in t for t in texts_since(fake, n))
    await fake.press(UID, offer.message_id, "24 on hand")
    await fake.wait_for_message(UID, after=n, contains="Oxycodone: 24 on hand")
    assert not await rows(bot, DoseLog)


async def test_a_week_of_supply_said_in_words_and_summed_up_as_it_stands(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    # Found living a week of it: the summary said the first count ("30 on hand Mon") after
    # a week of doses; an as-needed opioid got no days at all; "they only gave me half the
    # oxy" was "I haven't logged a dose"; "picked up my naproxen and had one at 9" recorded
    # nothing; "still out of naproxen" asked Refilled / Not yet once more.
    await onboard(fake, "Europe/London")
    await add(fake, "oxycodone 5mg as needed every 4 hours max 4 per day supply 20")
    await add(fake, "naproxen 500mg 08:00 20:00 supply 30")
    start = clock.now()
    for day in range(4):
        for hour in (9, 15):
            clock.set(start.replace(hour=hour) + dt.timedelta(days=day))
            n = len(fake.messages_to(UID))
            await fake.send_text(UID, "/took 1 oxycodone")
            await fake.wait_for_message(UID, after=n, contains="Logged")
            await settled(bot)
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/meds")
    meds = (await fake.wait_for_message(UID, after=n, contains="Your medicines")).text or ""
    assert "📦 12 on hand — at your recent pace (about 2" in meds, meds

    # A fill come short, no count said: what came offered with what was left, one tap.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "they only gave me half the oxy")
    ask = await fake.wait_for_message(UID, after=n, contains="Only part of your Oxycodone")
    assert "+10 → 22" in fake.buttons(ask)
    await settled(bot)
    assert not any("haven't logged" in t for t in texts_since(fake, n))
    await fake.press(UID, ask.message_id, "+10 → 22")
    await fake.wait_for_message(UID, after=n, contains="Oxycodone: 22 on hand")

    # Out of naproxen, no more yet: said again, it is acknowledged, not asked again.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "ran out of naproxen")
    out = await fake.wait_for_message(UID, after=n, contains="Out of Naproxen — ")
    await fake.press(UID, out.message_id, "Not yet")
    await fake.wait_for_edit(UID, out.message_id, contains="skipped (ran out)")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "still out of naproxen")
    noted = await fake.wait_for_message(UID, after=n, contains="out of Naproxen since")
    assert not fake.buttons(noted)
    await settled(bot)
    assert not any("Out of Naproxen — " in t for t in texts_since(fake, n))

    # Picked up, one taken at 9: the dose is kept at 09:00, the count offered by one tap.
    clock.set(start.replace(hour=11) + dt.timedelta(days=4))
    logs_before = len(await rows(bot, DoseLog))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "picked up my naproxen and had one at 9")
    offer = await fake.wait_for_message(UID, after=n, contains="More Naproxen")
    logs = await rows(bot, DoseLog)
    assert len(logs) == logs_before + 1 and logs[-1].generic == "naproxen"
    assert logs[-1].taken_at.astimezone(dt.UTC).hour == 9  # London in winter is UTC
    # What may have come is the person's own: the 30 first counted, a month's and three
    # months' of 2 a day (it was 7…60 for anyone).
    assert fake.buttons(offer) == ["+30 → 59", "+60 → 89", "+180 → 209"]
    await fake.press(UID, offer.message_id, "+30 → 59")
    await fake.wait_for_message(UID, after=n, contains="Naproxen: 59 on hand")

    # The week's summary: what is on hand now, then the counts of the week.
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    naproxen = next(x for x in week.splitlines() if x.startswith("📦 Naproxen"))
    assert naproxen.startswith("📦 Naproxen: 59 on hand — about 30 days"), naproxen
    assert "had 30" in naproxen and "Out since" not in naproxen
    oxy = next(x for x in week.splitlines() if x.startswith("📦 Oxycodone"))
    assert oxy.startswith("📦 Oxycodone: 22 on hand — at your recent pace"), oxy


@pytest.mark.both_databases
async def test_a_pickup_offers_the_persons_own_fill_and_a_part_fill_less(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """Gabapentin 2 a day, counted 10 on /add, then a pharmacy fill of 50 (/refill 60):
    "picked up my gabapentin" offers that 50 first, then a month's of 2 a day, and "they
    only gave me part of my gabapentin" offers less than 50 — never the 7…60 offered to
    anyone."""
    async with running_bot(fake, database_url, clock, **NO_SEND_LIMIT) as app:
        await onboard(fake, "Europe/London")
        await add(fake, "gabapentin 300mg 08:00 20:00 supply 10")
        clock.set(clock.now() + dt.timedelta(minutes=30))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "/refill gabapentin 60")
        await fake.wait_for_message(UID, after=n, contains="Gabapentin: 60 on hand")
        await settled(app)

        clock.set(clock.now() + dt.timedelta(days=1))
        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "picked up my gabapentin")
        offer = await fake.wait_for_message(UID, after=n, contains="More Gabapentin")
        assert fake.buttons(offer) == ["+50 → 110", "+60 → 120", "+180 → 240"]
        assert "/refill gabapentin" in (offer.text or ""), "the number can be typed"

        n = len(fake.messages_to(UID))
        await fake.send_text(UID, "they only gave me part of my gabapentin")
        part = await fake.wait_for_message(UID, after=n, contains="Only part of your Gabapentin")
        assert fake.buttons(part) == ["+14 → 74", "+25 → 85", "+28 → 88"], fake.buttons(part)
        assert "/refill gabapentin" in (part.text or "")
        await fake.press(UID, part.message_id, "+25 → 85")
        await fake.wait_for_message(UID, after=n, contains="Gabapentin: 85 on hand")
