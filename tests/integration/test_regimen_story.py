"""One patient's week with a regimen that changes under her, lived through the real bot.

A woman in New York with a flare of back pain starts, on Monday 23 November 2026:

* prednisone 20 mg at 08:00 for 3 days, then 10 mg for 3 days, then stop (a taper);
* vitamin D 1000 units at 09:00 every other day;
* oxycodone 5 mg as needed, at least 4 hours apart, at most 4 a day;
* celecoxib 200 mg at 08:00 and 20:00, with only 6 capsules on hand.

She takes her doses with the reminder buttons (08:00 prednisone and celecoxib come in
one message), forgets one vitamin, takes oxycodone twice within 4 hours on Monday, runs
out of celecoxib after Wednesday evening's dose, says so on Thursday morning
(Skip → Ran out → Not yet), refills on Friday at noon, and gets her weekly summary on
Sunday at 18:00. Checked on the way: what she reads, what is stored, and what the
summary makes of it (PRODUCT.md §2, §3, §6).

The clock only moves to the moments that matter (a tick at each reminder time, never a
sleep), so the week takes a few seconds.

Three defects met on the way have their own small tests: a shared reminder's last
dose of a course says whose, a reminder whose cutoff passed while the bot was down says
missed, and the summary says when a medicine was refilled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import DoseLog, DoseOccurrence, Medication, Supply
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi, SentMessage
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_supply import settled

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

NY = ZoneInfo("America/New_York")
REMINDER = "Time for your"
ADVICE = ("you should", "should ", "wait ", "don't take", "do not take", "avoid", "must")


def when(day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of November 2026 in New York (EST the whole story)."""
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=NY)


def nov(day: int) -> dt.date:
    return dt.date(2026, 11, day)


@pytest.fixture
def clock() -> FakeClock:
    """Monday 23 November, 07:00 in New York: before the first dose of the week (the
    bot's first sweep notes the time, so the story's clock starts here, not earlier)."""
    return FakeClock(when(23, 7))


@pytest.fixture
async def bot(fake: FakeBotApi, database_url: str, clock: FakeClock) -> AsyncIterator[Any]:
    """The real bot on each database, without the per-chat send pacing (tested on its
    own in test_reliability): a week of one chat then takes seconds."""
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        yield app


class Patient:
    """Her side of the chat, and the clock."""

    def __init__(self, fake: FakeBotApi, app: Any, clock: FakeClock) -> None:
        self.fake, self.app, self.clock = fake, app, clock

    def n(self) -> int:
        return len(self.fake.messages_to(UID))

    def texts(self, after: int = 0) -> list[str]:
        return [m.text or "" for m in self.fake.messages_to(UID)[after:]]

    async def at(self, day: int, hour: int, minute: int = 0) -> list[str]:
        """Move the clock there and run the due work; what she was sent meanwhile."""
        n = self.n()
        self.clock.set(when(day, hour, minute))
        await tick(self.app)
        await settled(self.app)
        return self.texts(n)

    async def reminder(self, day: int, hour: int) -> SentMessage:
        """The reminder due at that hour (exactly one)."""
        sent = [t for t in await self.at(day, hour) if REMINDER in t]
        assert len(sent) == 1, sent
        return next(m for m in reversed(self.fake.messages_to(UID)) if REMINDER in (m.text or ""))

    async def tap(self, msg: SentMessage, label: str, expect: str) -> str:
        """Press a button; the message as it reads after the edit that says `expect`.
        Waits for the refill check that runs after every update, too."""
        await self.fake.press(UID, msg.message_id, label)
        edit = await self.fake.wait_for_edit(UID, msg.message_id, contains=expect)
        await settled(self.app)
        return edit.message.text or ""

    async def say(self, text: str, expect: str) -> str:
        """Send a message; the reply that contains `expect`."""
        n = self.n()
        await self.fake.send_text(UID, text)
        reply = await self.fake.wait_for_message(UID, after=n, contains=expect)
        await settled(self.app)
        return reply.text or ""


async def occurrences(app: Any, name: str) -> list[tuple[Medication, DoseOccurrence]]:
    async with deps_of(app).sessions() as s:
        rows = await s.execute(
            select(Medication, DoseOccurrence)
            .join(Medication, Medication.id == DoseOccurrence.medication_id)
            .where(Medication.name == name)
            .order_by(DoseOccurrence.due_at)
        )
        return [(m, o) for m, o in rows]


async def rows_of(app: Any, model: Any) -> list[Any]:
    async with deps_of(app).sessions() as s:
        return list(await s.scalars(select(model).order_by(model.id)))


async def test_a_taper_a_vitamin_an_opioid_and_a_stock_out(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    p = Patient(fake, bot, clock)
    await onboard(fake)  # New York, check-in at 20:00 (left unanswered all week)

    # --- Monday 07:00: the regimen, in the one-line /add grammar ----------------------
    saved = await add(fake, "prednisone 20mg 08:00 for 3 days then 10mg for 3 days then stop")
    # Each step with its dates, in her days (Mon 23 – Wed 25, Thu 26 – Sat 28).
    assert "Prednisone 20 mg · 08:00 every day · until Wed 25 Nov" in saved
    assert "→ then Prednisone 10 mg · 08:00 every day · from Thu 26 Nov, until Sat 28 Nov" in saved
    n = p.n()
    saved = await add(fake, "vitamin d 1000 unit 09:00 every other day")
    assert "09:00 · every other day" in saved and "every day" not in saved
    # Not in the knowledge base: kept as typed, and she is told it gets no checks.
    await fake.wait_for_message(UID, after=n, contains="can't run safety checks")
    saved = await add(fake, "oxycodone 5mg as needed every 4 hours max 4 per day")
    assert "Oxycodone 5 mg · as needed, at least 4 h apart, max 4 a day" in saved
    # Celecoxib with a steroid: the label's fact first, saved once she says so.
    n = p.n()
    saved = await add(fake, "celecoxib 200mg 08:00 20:00 supply 6", warned=True)
    assert "Celecoxib 200 mg · 08:00, 20:00 every day" in saved
    counted = await fake.wait_for_message(UID, after=n, contains="📦")
    # 6 capsules at 2 a day, from this morning: Monday, Tuesday, Wednesday. That is
    # within the 7-day refill warning, so the early warning is this line, said once.
    assert "Celecoxib: 6 on hand — about 3 days, until Wed 25 Nov" in (counted.text or "")
    assert "getting low" in (counted.text or "") and "/refill celecoxib" in (counted.text or "")

    meds = await p.say("/meds", "Your medicines")
    assert "• Prednisone 20 mg · 08:00 every day · until Wed 25 Nov" in meds
    assert "• Prednisone 10 mg · 08:00 every day · from Thu 26 Nov, until Sat 28 Nov" in meds
    assert "📦 6 on hand — about 3 days, until Wed 25 Nov" in meds

    # --- Monday: the morning doses come together; the vitamin on its own -----------
    r = await p.reminder(23, 8)
    assert "• Prednisone 20 mg" in (r.text or "") and "• Celecoxib 200 mg" in (r.text or "")
    assert "From tomorrow" not in (r.text or "") and "Last dose" not in (r.text or "")
    await p.tap(r, "All taken", "Celecoxib 200 mg — ✅ Taken 08:00")
    r = await p.reminder(23, 9)
    assert "Vitamin d 1000 unit" in (r.text or "")
    await p.tap(r, "Taken", "Taken 09:00")

    # Oxycodone for the pain at 10:00, again at 12:00 (sooner than her own 4 hours),
    # and at 17:00 (five hours on). The early one gets the fact of when the 4 hours
    # end — and is logged all the same.
    await p.at(23, 10)
    first = await p.say("took an oxycodone", "Logged")
    assert "Oxycodone 5 mg at 10:00" in first and "Your plan says" not in first
    await p.at(23, 12)
    early = await p.say("took another oxycodone", "Logged")
    assert "Oxycodone 5 mg at 12:00" in early
    assert "Your last oxycodone was logged about 2 hours before this one" in early
    assert "at least 4 hours between doses" in early
    assert "this one came about 2 hours sooner than the plan" in early
    assert not any(word in early.lower() for word in ADVICE), early
    assert early.rstrip().endswith("talk to your doctor or pharmacist.")
    await p.at(23, 17)
    third = await p.say("took an oxycodone", "Logged")
    assert "Oxycodone 5 mg at 17:00" in third
    assert "Your plan says" not in third and "⚠️" not in third

    r = await p.reminder(23, 20)
    await p.tap(r, "Taken", "Taken 20:00")

    # --- Tuesday: no vitamin (every other day); the celecoxib's last day is told ----
    r = await p.reminder(24, 8)
    await p.tap(r, "All taken", "Celecoxib 200 mg — ✅ Taken 08:00")
    assert not [t for t in await p.at(24, 9) if REMINDER in t], "no vitamin on Tuesday"
    n = p.n()
    r = await p.reminder(24, 20)
    await p.tap(r, "Taken", "Taken 20:00")
    # 2 left after Tuesday evening: Wednesday is the last day on hand, said once.
    nearly = await fake.wait_for_message(UID, after=n, contains="is nearly out")
    assert "Celecoxib is nearly out: 2 on hand — about 1 day, until Wed 25 Nov" in (
        nearly.text or ""
    )

    # --- Wednesday: the last 20 mg day says what comes tomorrow; a vitamin forgotten -
    r = await p.reminder(25, 8)
    assert "🔜 From tomorrow your dose changes to Prednisone 10 mg." in (r.text or "")
    await p.tap(r, "All taken", "Celecoxib 200 mg — ✅ Taken 08:00")
    # The vitamin reminder goes unanswered: one nudge at 09:30, then missed at its
    # 3-hour cutoff, said on the reminder itself and nowhere else.
    vitamin = await p.reminder(25, 9)
    nudge = [t for t in await p.at(25, 9, 30) if "Gentle nudge" in t]
    assert len(nudge) == 1 and "Vitamin d" in nudge[0]
    assert not await p.at(25, 12), "missed is recorded quietly"
    await fake.wait_for_edit(UID, vitamin.message_id, contains="Missed")
    r = await p.reminder(25, 20)  # the sixth and last capsule
    await p.tap(r, "Taken", "Taken 20:00")

    # --- Thursday: 10 mg now; no celecoxib left -------------------------------------
    r = await p.reminder(26, 8)
    assert "• Prednisone 10 mg" in (r.text or "") and "Prednisone 20 mg" not in (r.text or "")
    assert "• Celecoxib 200 mg" in (r.text or "")  # 0 on hand, still reminded until she says
    await p.tap(r, "Taken · Prednisone", "Prednisone 10 mg — ✅ Taken 08:00")
    await p.tap(r, "Skip · Celecoxib", "Why are you skipping Celecoxib")
    n = p.n()
    shown = await p.tap(r, "Ran out", "Skipped — ran out")
    assert "Prednisone 10 mg — ✅ Taken 08:00" in shown  # the other dose keeps its answer
    ask = await fake.wait_for_message(UID, after=n, contains="Out of Celecoxib — ")
    assert fake.buttons(ask) == ["📦 Refilled", "Not yet"]
    said = await p.tap(ask, "Not yet", "skipped (ran out)")
    assert "instead of reminding you" in said and "/refill celecoxib" in said

    assert not [t for t in await p.at(26, 9) if REMINDER in t], "no vitamin on Thursday"
    meds = await p.say("/meds", "Your medicines")
    assert "Prednisone 20 mg" not in meds  # the first step is over
    assert "• Prednisone 10 mg · 08:00 every day · until Sat 28 Nov" in meds
    # Out of it, in her words: no count of days left, and why no reminder comes.
    assert "⛔ Out since Thu 26 Nov: no reminders until /refill celecoxib" in meds
    assert "📦" not in meds
    # Out of it: Thursday evening's dose is set down, not reminded.
    assert not [t for t in await p.at(26, 20) if "Celecoxib" in t and REMINDER in t]

    # --- Friday: prednisone alone at 08:00; the pharmacy at noon; reminders again ---
    r = await p.reminder(27, 8)
    assert "Celecoxib" not in (r.text or "")
    await p.tap(r, "Taken", "Taken 08:00")
    r = await p.reminder(27, 9)
    await p.tap(r, "Taken", "Taken 09:00")
    await p.at(27, 12)
    refilled = await p.say("/refill celecoxib 60", "📦")
    # 60 from Friday noon, with the 20:00 dose still to come today: 30 days.
    assert "Celecoxib: 60 on hand — about 30 days, until Sat 26 Dec" in refilled
    assert "getting low" not in refilled
    r = await p.reminder(27, 20)
    assert "• Celecoxib 200 mg" in (r.text or "")
    await p.tap(r, "Taken", "Taken 20:00")

    # --- Saturday: the last prednisone dose says the course ends --------------------
    r = await p.reminder(28, 8)
    assert "• Prednisone 10 mg" in (r.text or "")
    # Beside celecoxib, which goes on: the message says whose course it is.
    assert "🏁 Last dose of the Prednisone course" in (r.text or "")
    assert "From tomorrow" not in (r.text or "")
    await p.tap(r, "All taken", "Celecoxib 200 mg — ✅ Taken 08:00")
    assert not [t for t in await p.at(28, 9) if REMINDER in t], "no vitamin on Saturday"
    r = await p.reminder(28, 20)
    await p.tap(r, "Taken", "Taken 20:00")

    # --- Sunday: the taper is over; the week's summary at 18:00 ---------------------
    r = await p.reminder(29, 8)
    assert "Prednisone" not in (r.text or "")
    await p.tap(r, "Taken", "Taken 08:00")
    meds = await p.say("/meds", "Your medicines")
    assert "Prednisone" not in meds
    # Refilled 60 on Friday; 4 taken since (Fri 20:00, Sat ×2, Sun 08:00).
    assert "📦 56 on hand — about 28 days, until Sat 26 Dec" in meds
    r = await p.reminder(29, 9)
    await p.tap(r, "Taken", "Taken 09:00")

    sent = await p.at(29, 18)
    summary = next(t for t in sent if "Your week" in t)
    lines = summary.splitlines()
    assert lines[0] == "📋 Your week, Mon 23 – Sun 29 Nov"
    # Scheduled doses, worked out by hand (Sunday's 20:00 celecoxib is still to come):
    # celecoxib 13 due, 10 taken, 3 set down while out (Thu 08:00 and 20:00, Fri 08:00);
    # prednisone 3 + 3 of 3 + 3; vitamin Mon, Wed (missed), Fri, Sun → 3 of 4.
    # 19 of 23 → 82.6 → 83 %.
    assert "💊 Doses: 19 of 23 taken (83%)" in lines
    celecoxib = next(x for x in lines if x.startswith("• Celecoxib"))
    assert celecoxib == "• Celecoxib 200 mg: 10 of 13 (77%) · ran out: 3 doses, Thu 26 – Fri 27 Nov"
    assert "missed" not in celecoxib and "skipped" not in celecoxib
    # What is on hand now first, then the count on /add and Friday's refill, with days.
    supply = next(x for x in lines if x.startswith("📦 Celecoxib"))
    assert supply == (
        "📦 Celecoxib: 56 on hand — about 28 days, until Sat 26 Dec"
        " · had 6 Mon 23 Nov · refilled Fri 27 Nov (60)"
    ), supply
    # The taper, step by step, each with its days.
    assert "• Prednisone 20 mg (until Wed 25 Nov): 3 of 3 (100%)" in lines
    assert "• Prednisone 10 mg (from Thu 26 Nov, until Sat 28 Nov): 3 of 3 (100%)" in lines
    vitamin_line = next(x for x in lines if x.startswith("• Vitamin d"))
    assert vitamin_line == "• Vitamin d 1000 unit: 3 of 4 (75%) · 1 no answer"
    assert "(1 dose still to come, not counted yet.)" in lines
    # As needed: three oxycodone, all on Monday; the early one counted like the others.
    assert "• Oxycodone: 3 times, 15 mg in all; most in a day: 3 × 5 mg (Mon 23 Nov)" in lines
    assert any(x.startswith("Opioids taken: up to 22.5 MME in a day (Mon 23 Nov)") for x in lines)
    # Running out is a supply problem, said as such where the doctor's points are.
    assert "• Celecoxib 200 mg ran out (Thu 26 – Fri 27 Nov, 3 doses)." in lines
    assert "most often: ran out" not in summary
    chart = fake.messages_to(UID)[-1]
    assert chart.photo is not None and "Pain and doses" in (chart.caption or "")

    # --- What the patient read over the week, counted ------------------------------
    texts = p.texts()
    assert sum("is nearly out" in t for t in texts) == 1
    assert not any("is running low" in t for t in texts)  # said with /add already
    assert sum("From tomorrow your dose changes" in t for t in texts) == 1
    assert sum("Last dose of the Prednisone course" in t for t in texts) == 1
    assert sum("Your plan says" in t for t in texts) == 1
    assert sum("Your week" in t for t in texts) == 1
    reminders = [t for t in texts if REMINDER in t]
    assert sum("Vitamin d" in t for t in reminders) == 4  # Mon, Wed, Fri, Sun
    assert sum("Prednisone" in t for t in reminders) == 6
    # Celecoxib: 13 doses from Monday 08:00 to Sunday 08:00, less the two set down
    # while she was out (Thursday 20:00, Friday 08:00), which were never reminded.
    assert sum("Celecoxib" in t for t in reminders) == 11

    # --- The records ---------------------------------------------------------------
    prednisone = await occurrences(bot, "prednisone")
    assert [(o.local_date, m.amount, o.status) for m, o in prednisone] == [
        (nov(d), 20.0 if d <= 25 else 10.0, "taken") for d in range(23, 29)
    ]
    # Two versions, the second replacing the first, each ended at the midnight after
    # its last day; the first knows what comes after it.
    steps = [m for m in await rows_of(bot, Medication) if m.name == "prednisone"]
    assert [(m.amount, m.first_day, m.last_day) for m in steps] == [
        (20.0, nov(23), nov(25)),
        (10.0, nov(26), nov(28)),
    ]
    assert steps[1].replaces_id == steps[0].id
    assert [m.ended_at for m in steps] == [
        dt.datetime(2026, 11, 26, tzinfo=NY),
        dt.datetime(2026, 11, 29, tzinfo=NY),
    ]
    assert steps[0].step_next == "Prednisone 10 mg" and steps[1].step_next is None

    vitamin_days = [o.local_date for _, o in await occurrences(bot, "vitamin d")]
    assert vitamin_days[:4] == [nov(23), nov(25), nov(27), nov(29)]
    assert all((d - nov(23)).days % 2 == 0 for d in vitamin_days)
    vitamin_status = [o.status for _, o in await occurrences(bot, "vitamin d")][:4]
    assert vitamin_status == ["taken", "missed", "taken", "taken"]

    celecoxib_doses = {
        (o.local_date, o.local_time): o for _, o in await occurrences(bot, "celecoxib")
    }
    out = [k for k, o in celecoxib_doses.items() if o.status == "skipped"]
    assert out == [(nov(26), "08:00"), (nov(26), "20:00"), (nov(27), "08:00")]
    assert all(celecoxib_doses[k].skip_reason == "ran_out" for k in out)
    assert celecoxib_doses[(nov(26), "20:00")].sent_at is None  # never reminded
    assert celecoxib_doses[(nov(27), "08:00")].sent_at is None
    assert not any(o.status == "missed" for o in celecoxib_doses.values())
    taken = sum(o.status == "taken" for o in celecoxib_doses.values())
    assert taken == 6 + 4  # the six on hand, then four of the refill
    assert celecoxib_doses[(nov(29), "20:00")].status == "pending"
    cel = next(m for m in await rows_of(bot, Medication) if m.name == "celecoxib")
    assert cel.out_since is None and cel.ended_at is None

    logs = await rows_of(bot, DoseLog)
    oxy = next(m for m in await rows_of(bot, Medication) if m.name == "oxycodone")
    # Every dose she said, at its time, in full — the early one too.
    assert [
        (x.medication_id, x.amount, x.unit, x.count, x.taken_at.astimezone(NY).hour) for x in logs
    ] == [(oxy.id, 5.0, "mg", 1.0, h) for h in (10, 12, 17)]

    supplies = await rows_of(bot, Supply)
    assert [(s.medicine, s.on_hand, s.counted_at) for s in supplies] == [
        ("celecoxib", 6.0, when(23, 7)),
        ("celecoxib", 60.0, when(27, 12)),
    ]
    # The first count: the early warning marked on /add, the last day on Tuesday night.
    assert supplies[0].warned_at == when(23, 7)
    assert supplies[0].last_day_warned_at == when(24, 20)
    assert supplies[1].warned_at is None and supplies[1].last_day_warned_at is None


async def test_the_summary_says_when_a_medicine_was_refilled(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """PRODUCT.md §6: beyond the week's numbers the summary carries "supply and refill
    dates": the count on /add and the refill, each with its day."""
    p = Patient(fake, bot, clock)
    await onboard(fake)
    await add(fake, "celecoxib 200mg 08:00 20:00 supply 6")
    r = await p.reminder(23, 8)
    await p.tap(r, "Taken", "Taken 08:00")
    await p.at(23, 12)
    await p.say("/refill celecoxib 60", "60 on hand")
    summary = await p.say("/summary", "Your week")
    said = [x for x in summary.splitlines() if "Celecoxib" in x and "refill" in x.lower()]
    assert said and "Mon 23 Nov" in said[0], summary


async def test_a_shared_reminder_names_the_course_that_ends(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Saturday's 08:00 in the story: prednisone's last dose and celecoxib in one
    message, and "Last dose of this course — reminders for it stop after this one."
    with nothing saying which "it" (the taper's next step, by contrast, names its dose).
    A patient may well stop the celecoxib."""
    await onboard(fake)
    await add(fake, "naproxen 500mg 08:00 for 1 day")
    await add(fake, "gabapentin 300mg 08:00")
    p = Patient(fake, bot, clock)
    r = await p.reminder(23, 8)
    text = r.text or ""
    assert "• Naproxen 500 mg" in text and "• Gabapentin 300 mg" in text
    ending = [x for x in text.splitlines() if "last dose" in x.lower() or "🏁" in x]
    assert ending and all("Naproxen" in x for x in ending), text


async def test_a_reminder_missed_while_the_bot_was_down_says_missed(
    fake: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    """The 09:00 reminder is sent, then the bot is down past the 12:00 cutoff (the
    09:30 nudge never went out): on its return the dose is missed, and its message
    should say so, as it does when the bot was up at the cutoff."""
    async with running_bot(fake, database_url, clock) as app:
        await onboard(fake)
        await add(fake, "vitamin d 1000 unit 09:00")
        vitamin = await Patient(fake, app, clock).reminder(23, 9)
    clock.set(when(23, 13))
    async with running_bot(fake, database_url, clock) as app:
        await tick(app)
        [(_, occ)] = [(m, o) for m, o in await occurrences(app, "vitamin d") if o.sent_at]
        assert occ.status == "missed"
        await fake.wait_for_edit(UID, vitamin.message_id, contains="Missed", timeout=1)
