"""Flying London → New York mid-week: the summary, the report and the export read each
time in the zone the person was in then (a London 08:00 dose stays 08:00, not 03:00),
and say where the zone changed."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from typing import Any

from tests.conftest import FakeClock
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_pause_kept import _command, _dose_at, report_text
from tests.integration.test_waiting_questions import say

LONDON = dt.UTC  # GMT in November
NY = dt.timezone(dt.timedelta(hours=-5))  # EST
SAID = "Times are local: London time until Wed 25 Nov 12:00, New York time after."


async def _export(fake: FakeBotApi) -> dict[str, list[dict[str, str]]]:
    """/export sent now: each CSV file's rows."""
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/export")
    doc = await fake.wait_for_message(UID, after=n, contains="CSV files", timeout=30)
    with zipfile.ZipFile(io.BytesIO(doc.file_bytes or b"")) as z:
        return {
            name: list(csv.DictReader(io.StringIO(z.read(name).decode("utf-8"))))
            for name in z.namelist()
        }


async def test_times_before_a_flight_stay_in_the_zone_they_happened_in(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 23, 7, 0, tzinfo=LONDON))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=LONDON))
    said = await _command(
        fake, clock, dt.datetime(2026, 11, 25, 12, 0, tzinfo=LONDON), "/timezone New York"
    )
    assert "Time zone set" in said, said
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 20, 0, tzinfo=NY))

    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    week = await _command(fake, clock, dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY), "/summary")
    assert SAID in week, week
    assert SAID in await report_text(fake)

    files = await _export(fake)
    taken = {r["due at"]: r["taken at"] for r in files["doses.csv"] if r["status"] == "taken"}
    # the London morning dose in London time, the evening one in New York time
    assert taken["2026-11-25T08:00:00+00:00"].startswith("2026-11-25T08:0"), taken
    assert taken["2026-11-25T20:00:00-05:00"].startswith("2026-11-25T20:0"), taken
    assert files["zones.csv"] == [
        {
            "changed at": "2026-11-25T07:00:00-05:00",
            "from": "Europe/London",
            "to": "America/New_York",
        }
    ]


async def test_no_zone_said_for_someone_who_never_moved(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2026, 11, 23, 7, 0, tzinfo=LONDON))
    await onboard(fake, "Europe/London")
    await add(fake, "naproxen 500mg 08:00 20:00")
    await _dose_at(fake, bot, clock, dt.datetime(2026, 11, 25, 8, 0, tzinfo=LONDON))
    week = await _command(fake, clock, dt.datetime(2026, 11, 25, 9, 0, tzinfo=LONDON), "/summary")
    assert "Times are local" not in week, week
    assert (await _export(fake))["zones.csv"] == []


async def test_the_week_before_a_flight_west_keeps_its_first_night(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London → New York: a pain rated at 01:30 London on the first day of the
    week before was read from New York's midnight (05:00 London) and left out, so the
    summary had nothing to compare with."""
    clock.set(dt.datetime(2026, 11, 9, 7, 0, tzinfo=LONDON))
    await onboard(fake, "Europe/London")

    async def told(when: dt.datetime, text: str, answer: str) -> str:
        # (each waits for its own answer: the clock's jumps let a weekly summary gone by
        # arrive at any moment)
        clock.set(when)
        return (await say(fake, text, answer)).text or ""

    await told(dt.datetime(2026, 11, 12, 1, 30, tzinfo=LONDON), "pain 8", "pain 8")
    for day in (13, 14):  # three days rated: enough to compare
        await told(dt.datetime(2026, 11, day, 10, 0, tzinfo=LONDON), "pain 8", "pain 8")
    await told(dt.datetime(2026, 11, 20, 10, 0, tzinfo=LONDON), "pain 4", "pain 4")
    at = dt.datetime(2026, 11, 24, 12, 0, tzinfo=LONDON)
    await told(at, "/timezone New York", "Time zone set")
    week = await told(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY), "/summary", "Times are local")
    assert "Down 4.0 from 8.0 the week before (3 days rated)" in week, week
