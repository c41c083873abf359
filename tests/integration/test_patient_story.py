"""Two weeks of a realistic regimen, lived through the real bot (issue 13).

A woman in Chicago with chronic low back pain: meloxicam 15 mg each morning, gabapentin
300 mg three times a day (raised to 600 mg on Thu 15 Jan), cyclobenzaprine 10 mg at
bedtime, Norco 5/325 as needed (max 4 a day) and Tylenol 500 mg as needed (max 6 a
day). Week one goes to plan. Week two has late and missed doses, skips with reasons,
free-text check-ins, a flare with too much acetaminophen across Norco and Tylenol, a
cauda-equina red flag that she later says was seen at the ER, and the dose change.

Every figure asserted below was worked out by hand from this script (the arithmetic is
written beside it), and every rendering is scanned for internal codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import pathlib
import re
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import pytest
from pypdf import PdfReader

from bot.reports.first_page import SECTIONS
from tests.conftest import FakeClock, running_bot, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add

#: A whole story, or storage itself: run on PostgreSQL as well.
pytestmark = pytest.mark.both_databases

CHICAGO = dt.timezone(dt.timedelta(hours=-6))  # CST all January
ASK = "How is your pain"
REMINDER = "Time for your"
# An internal code: words joined by underscores (side_effects, bladder_bowel, due_at).
CODE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


def when(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 1, day, hour, minute, tzinfo=CHICAGO)


@pytest.fixture
def clock() -> FakeClock:
    """The story's own clock: it starts the Sunday she joins (the bot's first sweep
    notes the time, so the clock must never go back from there)."""
    return FakeClock(when(4, 9))


@pytest.fixture
async def bot(fake: FakeBotApi, database_url: str, clock: FakeClock) -> AsyncIterator[Any]:
    """The real bot, without the 1-message-a-second pacing per chat (tested on its own
    in test_reliability): two weeks of one person's chat then take seconds, not minutes."""
    async with running_bot(fake, database_url, clock, SEND_RATE_PER_SECOND=0) as app:
        yield app


class Story:
    """The patient's side of the chat, with the clock."""

    def __init__(self, fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
        self.fake, self.bot, self.clock = fake, bot, clock

    def n(self) -> int:
        return len(self.fake.messages_to(UID))

    async def at(self, day: int, hour: int, minute: int = 0) -> None:
        """Move the clock there, sending whatever falls due on the way."""
        self.clock.set(when(day, hour, minute))
        await tick(self.bot)

    async def due(self, day: int, hour: int, contains: str = REMINDER) -> Any:
        n = self.n()
        await self.at(day, hour)
        return await self.fake.wait_for_message(UID, after=n, contains=contains)

    async def say(self, text: str, expect: str) -> Any:
        n = self.n()
        await self.fake.send_text(UID, text)
        return await self.fake.wait_for_message(UID, after=n, contains=expect)

    async def press(self, msg: Any, label: str, expect_edit: str) -> None:
        await self.fake.press(UID, msg.message_id, label)
        await self.fake.wait_for_edit(UID, msg.message_id, contains=expect_edit)

    async def tap(self, question: Any, label: str, expect_next: str) -> Any:
        n = self.n()
        await self.fake.press(UID, question.message_id, label)
        return await self.fake.wait_for_message(UID, after=n, contains=expect_next)

    async def morning(self, day: int) -> None:
        msg = await self.due(day, 8)
        self.clock.set(when(day, 8, 5))
        await self.press(msg, "All taken", "Taken 08:05")

    async def afternoon(self, day: int) -> None:
        msg = await self.due(day, 14)
        await self.press(msg, "Taken", "Taken 14:00")

    async def bedtime(self, day: int) -> None:
        msg = await self.due(day, 22)
        self.clock.set(when(day, 22, 10))
        await self.press(msg, "All taken", "Taken 22:10")

    async def quiet_checkin(self, day: int, score: int, *, weekly: bool = False) -> None:
        """Score, then skip where/down a leg, no side effects, slept well, no notes."""
        q = await self.due(day, 20, ASK)
        if weekly:
            q = await self.tap(q, str(score), "enjoying")
            q = await self.tap(q, "6", "general activity")
            q = await self.tap(q, "5", "Where does it hurt")
        else:
            q = await self.tap(q, str(score), "Where does it hurt")
        q = await self.tap(q, "Skip", "run down a leg")
        q = await self.tap(q, "Skip", "side effects")
        q = await self.tap(q, "None", "sleep")
        q = await self.tap(q, "Good", "activity")
        q = await self.tap(q, "Skip", "Anything else")
        await self.tap(q, "Done", "all noted")

    async def checkin(
        self, day: int, score: int, *, radiating: str, effect: str | None, sleep: str
    ) -> Any:
        """A check-in walked to its notes question; returns that question."""
        q = await self.due(day, 20, ASK)
        q = await self.tap(q, str(score), "Where does it hurt")
        q = await self.tap(q, "Lower back", "run down a leg")
        q = await self.tap(q, radiating, "side effects")
        if effect is None:
            q = await self.tap(q, "None", "sleep")
        else:
            await self.fake.press(UID, q.message_id, effect)
            await self.fake.wait_for_edit(UID, q.message_id, contains="Tap all that apply")
            for _ in range(200):
                if "Done ✅" in self.fake.buttons(self.fake.current(UID, q.message_id)):
                    break
                await self._yield()
            q = await self.tap(q, "Done", "sleep")
        q = await self.tap(q, sleep, "activity")
        return await self.tap(q, "Not today", "Anything else")

    @staticmethod
    async def _yield() -> None:
        import asyncio

        await asyncio.sleep(0.01)


async def _setup(s: Story) -> None:
    s.clock.set(when(4, 10))
    await s.fake.send_text(UID, "/start")
    await s.fake.wait_for_message(UID, contains="time zone")
    await s.say("/timezone America/Chicago", "When should I ask")
    ask = s.fake.messages_to(UID)[-1]
    n = s.n()
    await s.fake.press(UID, ask.message_id, "20:00")
    await s.fake.wait_for_message(UID, after=n, contains="/add")
    await add(s.fake, "meloxicam 15mg 08:00")
    await add(s.fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(s.fake, "cyclobenzaprine 10mg 22:00")
    await add(s.fake, "norco 5/325 as needed max 4 per day", warned=True)
    await add(s.fake, "tylenol 500mg as needed max 6 per day", warned=True)
    # The rest of that Sunday: the 14:00 dose, a first (short) weekly summary, the
    # check-in (Sunday's asks the PEG too) and the bedtime doses.
    await s.afternoon(4)
    await s.due(4, 18, "Your week")
    await s.quiet_checkin(4, 5, weekly=True)
    await s.bedtime(4)


async def _week_one(s: Story) -> None:
    """Everything to plan; pain 5,5,6,5,5,6,5; one Norco on Tue 6; PEG on Sun 11."""
    scores = {5: 5, 6: 5, 7: 6, 8: 5, 9: 5, 10: 6, 11: 5}
    for day in range(5, 12):
        await s.morning(day)
        if day == 6:
            await s.at(6, 13)
            await s.say("took 1 norco", "Logged")
        await s.afternoon(day)
        if day == 11:
            await s.due(11, 18, "Your week")
        await s.quiet_checkin(day, scores[day], weekly=day == 11)
        await s.bedtime(day)


async def _week_two(s: Story) -> None:
    # Mon 12: 2 Norco at noon, 2 Tylenol at 18:00; pain 6.
    await s.morning(12)
    await s.at(12, 12)
    await s.say("took 2 norco", "Logged")
    await s.afternoon(12)
    await s.at(12, 18)
    await s.say("took 2 tylenol", "Logged")
    q = await s.checkin(12, 6, radiating="No", effect=None, sleep="Poor")
    await s.tap(q, "Done", "all noted")
    await s.bedtime(12)

    # Tue 13: the 14:00 gabapentin skipped for side effects; pain 5, dizzy.
    await s.morning(13)
    msg = await s.due(13, 14)
    await s.press(msg, "Skip", "Why")
    await s.press(msg, "Side effects", "Skipped — side effects")
    q = await s.checkin(13, 5, radiating="No", effect="Dizzy", sleep="Fair")
    await s.tap(q, "Done", "all noted")
    await s.bedtime(13)

    # Wed 14: 1 Norco; "pain 8 after the walk"; pain 7 at the check-in, a note; the
    # 22:00 doses never answered (a nudge at 22:30, missed at 01:00).
    await s.morning(14)
    await s.at(14, 9)
    await s.say("took 1 norco", "Logged")
    await s.afternoon(14)
    await s.at(14, 15)
    await s.say("pain 8 after the walk", "pain 8")
    q = await s.checkin(14, 7, radiating="No", effect=None, sleep="Poor")
    await s.say("pharmacy is out of the 300s, they said friday", "all noted")
    await s.due(14, 22)
    s.clock.set(when(14, 22, 30))
    await tick(s.bot)
    await s.at(15, 1)

    # Thu 15: meloxicam skipped by text, a red flag, side effects in her words, the
    # gabapentin raised to 600 mg at noon, the ER visit told at 19:00, no check-in.
    msg = await s.due(15, 8)
    s.clock.set(when(15, 8, 5))
    await s.say("skip the meloxicam, my stomach is upset", "skipped")
    await s.press(msg, "Taken · Gabapentin", "Taken 08:05")
    await s.at(15, 9)
    await s.say("cant feel my legs properly and i wet myself", "emergency")
    await s.at(15, 10)
    await s.say("foggy and dizzy after the evening pills", "Logged")
    await s.at(15, 12)
    meds = await s.say("/meds", "Your medicines")
    n = s.n()
    await s.fake.press(UID, meds.message_id, "Edit · Gabapentin")
    await s.fake.wait_for_message(UID, after=n, contains="gabapentin 300mg")
    warning = await s.say("gabapentin 600mg 08:00 14:00 22:00", "Before I save")
    n = s.n()
    await s.fake.press(UID, warning.message_id, "Save anyway")
    await s.fake.wait_for_message(UID, after=n, contains="Saved: Gabapentin 600 mg")
    await s.afternoon(15)
    await s.at(15, 19)
    await s.say(
        "home from the ER after the bladder accident, MRI showed a bulging disc at L4-5",
        "noted it",
    )
    await s.due(15, 20, ASK)
    await s.bedtime(15)

    # Fri 16: the morning doses told late ("took them at 9"); the flare: Norco 2 + 2 and
    # Tylenol 2 + 2 + 2 → 4,300 mg acetaminophen by 19:30; pain 8, runs down the leg.
    await s.due(16, 8)
    await s.at(16, 8, 30)
    await s.at(16, 9, 30)
    await s.say("took them at 9", "taken")
    for hour, text in ((10, "took 2 norco"), (11, "took 2 tylenol")):
        await s.at(16, hour)
        await s.say(text, "Logged")
    await s.afternoon(16)
    for hour, text in ((15, "took 2 tylenol"), (16, "took 2 norco")):
        await s.at(16, hour)
        await s.say(text, "Logged")
    await s.at(16, 19, 30)
    warned = await s.say("took 2 tylenol", "Logged")
    assert "🛑" in (warned.text or "") and "4,300 mg of acetaminophen" in (warned.text or "")
    q = await s.checkin(16, 8, radiating="Yes", effect=None, sleep="Poor")
    await s.tap(q, "Done", "all noted")
    await s.bedtime(16)

    # Sat 17: one more Norco after midnight (4,625 mg in 24 h); a typed check-in; the
    # 22:00 gabapentin skipped — ran out.
    await s.at(17, 0, 30)
    warned = await s.say("took 1 norco", "Logged")
    assert "4,625 mg of acetaminophen" in (warned.text or "")
    await s.morning(17)
    await s.afternoon(17)
    q = await s.due(17, 20, ASK)
    # Where it hurts and that it runs down a leg are said: the next question is side effects.
    await s.say("6, shooting down my left leg", "side effects")
    q = s.fake.messages_to(UID)[-1]
    q = await s.tap(q, "None", "sleep")
    await s.say("slept well, about 7 hours", "activity")
    q = s.fake.messages_to(UID)[-1]
    q = await s.tap(q, "Not today", "Anything else")
    await s.tap(q, "Done", "all noted")
    msg = await s.due(17, 22)
    await s.press(msg, "Skip · Gabapentin", "Why")
    await s.press(msg, "Ran out", "ran out")
    await s.press(msg, "Taken · Cyclobenzaprine", "Taken 22:00")

    # Sun 18 up to the weekly summary at 18:00: the morning reminder asks of the
    # gabapentin she ran out of "got some now?" (no All taken over a dose that is out),
    # and she has: taken.
    msg = await s.due(18, 8)
    assert "Got some now?" in (msg.text or "")
    s.clock.set(when(18, 8, 5))
    await s.press(msg, "Got some, taken · Gabapentin", "Taken 08:05")
    await s.press(msg, "Taken · Meloxicam", "Meloxicam 15 mg — ✅ Taken 08:05")
    await s.afternoon(18)


WEEK_TWO_SUMMARY = """\
📋 Your week, Mon 12 – Sun 18 Jan

💊 Doses: 28 of 33 taken (85%)
• Cyclobenzaprine 10 mg: 5 of 6 (83%) · 1 no answer
• Gabapentin 300 mg (until Thu 15 Jan): 8 of 10 (80%) · 1 skipped · 1 no answer \
(reason for skipping: side effects)
• Gabapentin 600 mg (from Thu 15 Jan): 9 of 10 (90%) · ran out: 1 dose, Sat 17 Jan
• Meloxicam 15 mg: 6 of 7 (86%) · 1 skipped (reason for skipping: side effects)
(2 doses still to come, not counted yet.)

As needed:
• Norco: 5 times, 8 × 5/325 mg in all; most in a day: 4 × 5/325 mg (Fri 16 Jan)
• Tylenol: 4 times, 4,000 mg in all; most in a day: 6 × 500 mg (Fri 16 Jan)

💊 Acetaminophen (in Norco and Tylenol): highest day 4,300 mg (Fri 16 Jan), more than the \
label max of 4,000 mg a day. Please talk to your doctor or pharmacist.

📈 Pain: average 6.5 out of 10 (range 5–8)
Up 1.2 from 5.3 the week before.
Hardest day: Fri 16 Jan (8.0) · easiest: Tue 13 Jan (5.0)
PEG score: 5.3 of 10 (Sun 11 Jan)

Side effects:
• dizziness (2 days) — you wrote “foggy and dizzy after the evening pills”
• confusion (1 day) — you wrote “foggy and dizzy after the evening pills”
• stomach pain (1 day) — you wrote “skip the meloxicam, my stomach is upset”

🩺 Things you told me that need a doctor's attention:
• changes in bladder or bowel control (Thu 15 Jan) — you wrote “cant feel my legs properly \
and i wet myself”; later: “home from the ER after the bladder accident, MRI showed a bulging…”
• weakness or loss of feeling in the legs (Thu 15 Jan) — you wrote “cant feel my legs \
properly and i wet myself”

😴 Sleep: 5 nights noted — 3 poor, 1 fair, 1 good, about 7 h a night where you gave hours (1 night).

Opioids taken: up to 20 MME in a day (Fri 16 Jan), on 4 of 7 days; your set maximum comes \
to about 20 MME a day — MME is a number your doctor uses to compare opioid doses.
"""

WEEK_TWO_DISCUSS = """\
📝 Worth discussing with your doctor:
• Acetaminophen went past its labelled maximum of 4,000 mg in 24 hours: about 4,625 mg from \
Norco, Tylenol (Fri 16 Jan 10:00 to Sat 17 Jan 00:30).
• Norco went above the set maximum of 4 a day: 5 in 24 hours (Fri 16 Jan 10:00 to Sat 17 Jan \
00:30).
• Acetaminophen was taken as two products on the same day (Norco and Tylenol): Mon 12 Jan \
(1,650 mg), Fri 16 Jan (4,300 mg).
• The opioid was taken on the same day as cyclobenzaprine and gabapentin on 4 days.

🗒 Your notes:
• Wed 14 Jan: “pharmacy is out of the 300s, they said friday”
• Thu 15 Jan: “MRI showed a bulging disc at L4-5”

Thank you for keeping track — it helps. 💙"""


def keep_file(name: str, data: bytes | None) -> None:
    """With STORY_FILES=DIR, keep what the bot sent, to look at it (PDF pages, chart)."""
    folder = os.environ.get("STORY_FILES")
    if folder and data is not None:
        pathlib.Path(folder).mkdir(parents=True, exist_ok=True)
        (pathlib.Path(folder) / name).write_bytes(data)


def _pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


async def test_two_weeks_of_a_real_regimen(fake: FakeBotApi, bot: Any, clock: FakeClock) -> None:
    s = Story(fake, bot, clock)
    await _setup(s)
    await _week_one(s)
    await _week_two(s)
    summary = await s.due(18, 18, "Your week")
    text = summary.text or ""

    # --- the weekly summary, line by line -------------------------------------------
    assert text.startswith(WEEK_TWO_SUMMARY), text
    # The regimen's standing interactions (their wording is the knowledge file's).
    warnings = text[len(WEEK_TWO_SUMMARY) :].strip("\n").split("\n\n")[0]
    lines = warnings.splitlines()
    assert lines[0] == "⚠️ Worth knowing about your medicines:"
    # The amount said whole; each pair in one line, told in full when it was added.
    assert len(lines) == 5
    assert "Norco" in lines[1] and "Tylenol" in lines[1] and "acetaminophen" in lines[1]
    assert lines[1].endswith("talk to your doctor or pharmacist.")
    assert lines[2:] == [
        "• Norco with gabapentin: risk of serious breathing problems.",
        "• Norco with cyclobenzaprine: risk of severe drowsiness and breathing problems.",
        "Please talk to your doctor or pharmacist.",
    ]
    assert text.endswith(WEEK_TWO_DISCUSS), text
    chart = fake.messages_to(UID)[-1]
    assert chart.photo is not None and "Pain and doses" in (chart.caption or "")

    # --- the clinician report over both weeks ---------------------------------------
    s.clock.set(when(18, 18, 5))
    n = s.n()
    await fake.send_text(UID, "/report 14")
    # The first report of a process renders its fonts: slow on a busy machine.
    doc = await fake.wait_for_message(UID, after=n, contains="report", timeout=30)
    assert doc.document is not None
    keep_file("report.pdf", doc.document)
    keep_file("week.png", chart.photo)
    pdf = _pdf_text(doc.document)
    first = " ".join((PdfReader(io.BytesIO(doc.document)).pages[0].extract_text() or "").split())
    places = [first.index(title) for title in SECTIONS]
    assert places == sorted(places), "page one holds its sections, in the doctor's order"
    for expected in PAGE_ONE:
        assert expected in first, f"{expected!r} not on page one:\n{first}"
    assert "talk to your doctor" not in pdf and "you" not in first.lower().split()
    for expected in REPORT_FIGURES:
        assert expected in pdf, f"{expected!r} not in the report:\n{pdf}"

    # --- the export -------------------------------------------------------------------
    n = s.n()
    await fake.send_text(UID, "/export")
    exported = await fake.wait_for_message(UID, after=n, contains="CSV")
    assert exported.document is not None
    with zipfile.ZipFile(io.BytesIO(exported.document)) as zf:
        files = {name: zf.read(name).decode("utf-8") for name in zf.namelist()}
    days = list(csv.DictReader(io.StringIO(files["ingredients.csv"])))
    apap = {r["day"]: r["total mg"] for r in days if r["ingredient"] == "acetaminophen"}
    # Tue 6: 1 Norco; Mon 12: 2 Norco + 2 Tylenol; Wed 14: 1 Norco; Fri 16: 4 Norco +
    # 6 Tylenol; Sat 17: 1 Norco.
    assert apap == {
        "2026-01-06": "325",
        "2026-01-12": "1650",
        "2026-01-14": "325",
        "2026-01-16": "4300",
        "2026-01-17": "325",
    }
    over = [(r["day"], r["ingredient"]) for r in days if r["over the maximum"] == "yes"]
    assert over == [("2026-01-16", "acetaminophen")]  # 4,300 mg that Friday
    doses = list(csv.DictReader(io.StringIO(files["doses.csv"])))
    reasons = sorted(r["skip reason"] for r in doses if r["skip reason"])
    assert reasons == ["ran out", "side effects", "side effects"]

    # --- no internal code anywhere a person reads -----------------------------------
    seen = [m.text or m.caption or "" for m in fake.messages_to(UID)]
    seen += [e.text or "" for e in fake.edits]
    seen += [pdf, *files.values()]
    for shown in seen:
        assert not CODE.search(shown), f"internal code {CODE.search(shown)!r} in: {shown}"


# Page one's facts for a doctor, worked out by hand: opioid (Norco, hydrocodone 5 mg a
# tablet, factor 1.0) on Tue 6 (1 → 5 MME), Mon 12 (2 → 10), Wed 14 (1 → 5), Fri 16 (4 →
# 20), Sat 17 (1 → 5): 5 of 14 days, highest 20, never ≥ 50, no benzodiazepine; on each
# of those days gabapentin and cyclobenzaprine were taken too; meloxicam taken every day
# but Thu 15 (skipped): 13 of 14 days, longest run Mon 5 – Wed 14 (10 days); no steroid, no
# second NSAID, no stomach protection, no naloxone listed.
PAGE_ONE = (
    "Opioid as taken: on 5 of 14 days; MME a day Tue 6 Jan 5, Mon 12 Jan 10, Wed 14 Jan 5, "
    "Fri 16 Jan 20, Sat 17 Jan 5; highest 20; prescribed maximum 20 MME a day",
    "Opioid with another sedating medicine (cyclobenzaprine, gabapentin) the same day: 5 days",
    "Naloxone on the medicine list: no",
    "NSAID taken on 13 of 14 days; longest run 10 days in a row (Mon 5 Jan – Wed 14 Jan)",
    "Stomach-protecting medicine: none recorded",
)

# What the 14-day report must say, worked out by hand:
# Scheduled (Mon 5 – Sun 18, the Sunday 22:00 doses still to come): week one 35 of 35,
# week two 28 of 33 → 63 of 68 = 92.6 → 93 %. Cyclobenzaprine 12 / 13 (92 %), gabapentin
# 300 mg 29 / 31 (week one 21 + week two 8 of 10; 94 %), gabapentin 600 mg 9 / 10 (90 %),
# meloxicam 13 / 14 (93 %). Pain: daily means 5 5 6 5 5 6 5 | 6 5 7.5 – 8 6 → 69.5 / 12
# = 5.8; 13 ratings on 12 days; range 5–8; worst Fri 16 (8.0), best Mon 5 (5.0). PEG on
# Sun 11: (5 + 6 + 5) / 3 = 5.3. Opioid taken: Tue 6 5, Mon 12 10, Wed 14 5, Fri 16 20,
# Sat 17 5 MME. Sleep: good 7 + 1, fair 1, poor 3 of 12 nights; 7 h the one night given.
REPORT_FIGURES = (
    # Page one: the days with entries (a dose, a score or a word on each of the 14).
    "Data: Mon 5 – Sun 18 Jan 2026 (14 of 14 days with entries) America/Chicago",
    # Its alerts: the red flags of one message are one event, with what happened next;
    # acetaminophen past its label in a rolling 24 h.
    "! Thu 15 Jan 09:00 Red flag: changes in bladder or bowel control; weakness or loss of "
    "feeling in the legs "
    "— patient's words: “cant feel my legs properly and i wet myself”. Then Thu 15 Jan: “home "
    "from the ER after the bladder accident, MRI showed a bulging disc at L4-5”",
    "! Fri 16 Jan 10:00 – Sat 17 Jan 00:30 acetaminophen 4,625 mg in 24 h (Norco 1,625 mg, "
    "Tylenol 3,000 mg) — label maximum 4,000 mg a day",
    # Adherence with the real reasons, per version (the stock-out on the 600 mg).
    "• Gabapentin 300 mg (until Thu 15 Jan): 29/31 (94%); not taken: 1 side effects, 1 no answer",
    "• Gabapentin 600 mg (from Thu 15 Jan): 9/10 (90%); not taken: 1 ran out",
    # As-needed use day by day.
    "• Norco: 5 of 14 days; set maximum 4 a day — Tue 6 Jan 1, Mon 12 Jan 2, Wed 14 Jan 1, "
    "Fri 16 Jan 4, Sat 17 Jan 1",
    # The regimen, each version with its strength and dates.
    "Meloxicam 15 mg · 08:00 every day (since Sun 4 Jan)",
    "Gabapentin 300 mg · 08:00, 14:00, 22:00 every day (Sun 4 Jan – Thu 15 Jan)",
    "Gabapentin 600 mg · 08:00, 14:00, 22:00 every day (since Thu 15 Jan)",
    "Cyclobenzaprine 10 mg · 22:00 every day (since Sun 4 Jan)",
    "Norco (hydrocodone/acetaminophen) 5/325 mg · as needed, max 4 a day (since Sun 4 Jan)",
    "Tylenol (acetaminophen) 500 mg · as needed, max 6 a day (since Sun 4 Jan)",
    # Adherence rows.
    "Cyclobenzaprine 10 mg 12 / 13 92% 0 0 1 0",
    "Gabapentin 300 mg (until Thu 15 Jan) 29 / 31 94% 1 0 1 0 side effects",
    # A stock-out in its own column with its day, never counted as a skip (issue 18).
    "Gabapentin 600 mg (from Thu 15 Jan) 9 / 10 90% 0 1 (Sat 17 Jan) 0 0",
    "Meloxicam 15 mg 13 / 14 93% 1 0 0 0 side effects",
    "All 63 / 68 93% 2 1 2 0",
    # As-needed use, the episode over the label, the daily totals.
    "Norco 6 9 × 5/325 mg 4 (Fri 16 Jan) 4 1 time (most 5 in 24 h)",
    "Tylenol 4 4,000 mg 6 (Fri 16 Jan) 6 0",
    "Day acetaminophen (label max 4,000 mg) hydrocodone",
    "Tue 6 Jan 325 mg 5 mg Mon 12 Jan 1,650 mg 10 mg Wed 14 Jan 325 mg 5 mg Fri 16 Jan 4,300 "
    "mg 20 mg Sat 17 Jan 325 mg 5 mg",
    # Pain and function.
    # The 14 days before hold only Sunday 4, her first day (pain 5): one day is too few
    # to compare with (it once said "previous 14 days 5.0 (+0.8, +16%)", and "Previous
    # 14 days: 100%." of that one day's doses).
    "Pain (NRS): mean of daily means 5.8, range 5–8, rated on 12 of 14 days; previous 14 "
    "days (1 day rated): too few to compare; worst Fri 16 Jan (8.0); ≥ 7 on 2 days",
    # The gabapentin change (Thu 15): the days before it start at her first, Sun 4 — 11
    # days, rated on each (Sun 4 and the 10 rated of Mon 5 – Wed 14); since: 2 of the 4
    # days Thu 15 – Sun 18 rated (12 rated in the period, 10 of them before).
    "Thu 15 Jan: changed to Gabapentin 600 mg (from Gabapentin 300 mg); pain 5.5 in the 11 "
    "days before (11 days rated) → 7.0 since (2 days rated)",
    # Her first PEG (Sun 4, the onboarding one left unanswered) is the baseline: Sun 11's
    # is the same (5 + 6 + 5) / 3 = 5.3, so no change and no 30 % improvement.
    "PEG (Krebs 2009): baseline 5.3 (Sun 4 Jan; pain 5, enjoyment 6, activity 5) → 5.3 (+0.0, "
    "+0%; unchanged [CDC opioid checklist; IMMPACT (Dworkin 2008)]); in period: "
    "Sun 11 Jan 5.3",
    # Sleep, side effects and red flags in her words.
    "12 nights reported: poor 3, fair 1, good 8; mean 7 h where given",
    "dizziness: 2 days, 2 reports — patient's words: “foggy and dizzy after the evening pills”",
    "stomach pain: 1 day, 1 report — patient's words: “skip the meloxicam, my stomach is upset”",
    # Opioids as taken, and as prescribed.
    "As taken: highest 20 MME (Fri 16 Jan); opioid taken on 5 of 14 days (Tue 6 Jan 5, Mon 12 "
    "Jan 10, Wed 14 Jan 5, Fri 16 Jan 20, Sat 17 Jan 5).",
    "As prescribed: about 20 MME/day.",
    # Notes, and the overuse at the top of what to discuss.
    "Wed 14 Jan 20:00: “pharmacy is out of the 300s, they said friday”",
    "Thu 15 Jan 19:00: “MRI showed a bulging disc at L4-5”",
    "Acetaminophen went past its labelled maximum of 4,000 mg in 24 hours: about 4,625 mg from "
    "Norco, Tylenol (Fri 16 Jan 10:00 to Sat 17 Jan 00:30).",
)
