"""An oral liquid's concentration said at /add ("Oramorph 10mg/5ml 2.5 to 5 ml as
needed") is kept with the dose in ml: on the list, the reminder and an edit (Sandbox,
Dublin: it was saved as "Oramorph 10 mg", the "/5ml" and the ml dose lost). On SQLite and
PostgreSQL (migration 0020)."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pypdf import PdfReader

from bot.storage.models import Medication
from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_bare_amount_unit import document
from tests.integration.test_dose_loop import NY, UID, add, onboard, reminder_at
from tests.integration.test_regimen import rows, say

MORNING = dt.datetime(2026, 11, 25, 8, 0, tzinfo=NY)


async def test_the_concentration_and_the_ml_dose_are_kept(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    saved = await add(fake, "Oramorph 10mg/5ml 2.5 to 5 ml as needed")
    assert "Saved: Oramorph 10 mg/5 ml, 2.5–5 ml · as needed" in saved
    listed = await say(fake, "/meds", "Your medicines")
    assert "• Oramorph 10 mg/5 ml, 2.5–5 ml · as needed" in (listed.text or "")
    (med,) = await rows(bot, Medication)
    assert (med.amount, med.unit, med.volume_ml) == (10.0, "mg", 5.0)
    assert (med.units_per_dose, med.units_per_dose_max) == (0.5, 1.0)


async def test_said_in_words_the_reminder_and_the_edit_keep_it(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake)
    saved = await add(fake, "oramorph 10 mg in 5 ml 5ml 8am")
    assert "Oramorph 10 mg/5 ml, 5 ml · 08:00 every day" in saved
    msg = await reminder_at(fake, bot, clock, MORNING)
    assert "• Oramorph 10 mg/5 ml, 5 ml" in (msg.text or "").splitlines()

    meds = await say(fake, "/meds", "Your medicines")
    n = len(fake.messages_to(UID))
    await fake.press(UID, meds.message_id, "Edit")
    await fake.wait_for_message(UID, after=n, contains="oramorph 10mg/5ml 5 ml 08:00")
    await say(fake, "oramorph 10mg per 5ml 2.5-5ml 9am", "Saved: Oramorph 10 mg/5 ml, 2.5–5 ml")
    kept = [
        (m.volume_ml, m.units_per_dose, m.units_per_dose_max) for m in await rows(bot, Medication)
    ]
    assert kept == [(5.0, 1.0, None), (5.0, 0.5, 1.0)]


async def test_a_tablet_has_no_volume(fake: FakeBotApi, bot: Any) -> None:
    await onboard(fake)
    assert "Saved: Morphine 10 mg" in await add(fake, "morphine 10mg 8am")
    (med,) = await rows(bot, Medication)
    assert med.volume_ml is None


async def test_doses_in_ml_are_counted_as_the_mg_they_hold(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """5 ml and 2.5 ml of 10 mg/5 ml are 15 mg of morphine: the chat, the week's summary
    and the report say the ml with their mg, and the MME is counted (Sandbox, Dublin: the
    summary said the strength "wasn't given", the report "not counted: morphine")."""
    await onboard(fake)
    await add(fake, "Oramorph 10mg/5ml 2.5 to 5 ml as needed")
    clock.set(dt.datetime(2026, 11, 25, 3, 0, tzinfo=NY))
    logged = await say(fake, "took 5 ml oramorph", "Logged")
    assert "Oramorph 5 ml (10 mg)" in (logged.text or "")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    await say(fake, "took 2.5 ml of oramorph", "Oramorph 2.5 ml (5 mg)")
    await settled(bot)

    n = len(fake.messages_to(UID))
    week = await say(fake, "/summary", "Your week")
    await fake.wait_for_message(UID, after=n, contains="Pain and doses")  # its chart
    text = week.text or ""
    assert "2.5–5 ml a dose" in text and "½" not in text and "tablet" not in text
    assert "7.5 ml (15 mg) in all" in text
    assert "up to 15 MME in a day" in text
    assert "wasn't given" not in text

    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    report = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Oramorph (morphine) 10 mg/5 ml, 2.5–5 ml · as needed" in report
    assert "7.5 ml (15 mg)" in report
    assert "morphine 15 mg" in report
    assert "highest 15 MME" in report
    assert "not counted: morphine" not in report


async def test_ml_of_a_liquid_listed_without_its_concentration_stay_ml(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Nothing is made up: with no "/5ml" listed, 5 ml is said as 5 ml alone."""
    await onboard(fake)
    await add(fake, "oramorph 10mg as needed")
    clock.set(dt.datetime(2026, 11, 25, 9, 0, tzinfo=NY))
    logged = await say(fake, "took 5 ml oramorph", "Logged")
    assert "Oramorph 5 ml" in (logged.text or "") and "mg)" not in (logged.text or "")


async def test_a_liquids_maximum_is_its_ml_and_counts_them(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "max 6 times a day" of 2.5–5 ml is 30 ml (60 mg): said so, never "6 tablets", and a
    10 ml dose counts as 10 ml against it (it counted as one dose, so 35 ml passed
    unwarned; Sandbox, London: "6.5 × Oramorph … your own maximum is 6 a day")."""
    await onboard(fake)
    saved = await add(
        fake, "Oramorph 10mg/5ml, 2.5 to 5 ml when needed, max 6 times a day", warned=True
    )
    assert "Oramorph 10 mg/5 ml, 2.5–5 ml · as needed, max 30 ml (60 mg) a day" in saved
    for hour, ml in ((3, "5"), (7, "5"), (11, "5"), (15, "10")):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        logged = await say(fake, f"took {ml} ml oramorph", "Logged")
        assert "maximum" not in (logged.text or "")
    clock.set(dt.datetime(2026, 11, 25, 19, 0, tzinfo=NY))
    over = (await say(fake, "took 5 ml oramorph", "Logged")).text or ""
    assert "You've logged 30 ml (60 mg) of Oramorph (morphine) in the last 24 hours" not in over
    clock.set(dt.datetime(2026, 11, 25, 21, 0, tzinfo=NY))
    over = (await say(fake, "took 5 ml oramorph", "Logged")).text or ""
    assert "You've logged 35 ml (70 mg) of Oramorph (morphine) in the last 24 hours" in over
    assert "your own maximum is 30 ml (60 mg) a day" in over
    asked = await say(fake, "how much oramorph have I taken today", "In all today")
    text = asked.text or ""
    assert "6 doses taken, 35 ml (70 mg)" in text and "tablet" not in text
    assert "The maximum you set for Oramorph: 30 ml (60 mg) a day." in text
    await settled(bot)

    n = len(fake.messages_to(UID))
    week = (await say(fake, "/summary", "Your week")).text or ""
    await fake.wait_for_message(UID, after=n, contains="Pain and doses")  # its chart
    assert "Oramorph went above the set maximum of 30 ml (60 mg) a day: 35 ml (70 mg)" in week
    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    report = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "Oramorph: 35 ml (70 mg) in 24 h — set maximum 30 ml (60 mg) a day" in report
    assert "set maximum 30 ml (60 mg) a day — Wed 25 Nov 35 ml (70 mg)" in report
    assert "tablets a day" not in report and "6.5" not in report


async def test_the_busiest_day_of_a_liquid_is_told_dose_by_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Three 5 ml doses read as tablets' "3 × 50 mg" does: "3 × 5 ml (10 mg each)", never
    the day's mg beside one dose's ml ("3 × 5 ml (30 mg)")."""
    await onboard(fake)
    await add(fake, "Oramorph 10mg/5ml 5 ml as needed")
    for hour in (3, 9, 15):
        clock.set(dt.datetime(2026, 11, 25, hour, 0, tzinfo=NY))
        await say(fake, "took 5 ml oramorph", "Oramorph 5 ml (10 mg)")
    await settled(bot)
    n = len(fake.messages_to(UID))
    week = (await say(fake, "/summary", "Your week")).text or ""
    await fake.wait_for_message(UID, after=n, contains="Pain and doses")  # its chart
    assert "most in a day: 3 × 5 ml (10 mg each)" in week
    pdf = PdfReader(io.BytesIO(await document(fake, "/report")))
    report = " ".join(" ".join(p.extract_text() for p in pdf.pages).split())
    assert "15 ml (30 mg) 3 × 5 ml (10 mg each) (Wed 25 Nov)" in report
    assert "(30 mg) (Wed" not in report.replace("15 ml (30 mg) 3 ×", "")


async def test_a_titrated_liquid_keeps_its_concentration(fake: FakeBotApi, bot: Any) -> None:
    """A step said in ml or mg stays Oramorph 10 mg/5 ml (it was saved "Oramorph 2.5 ml",
    the concentration, so the step's mg, lost)."""
    await onboard(fake)
    saved = await add(fake, "Oramorph 10mg/5ml 5ml 8am for 3 days then 2.5 ml for 3 days")
    assert "→ then Oramorph 10 mg/5 ml, 2.5 ml · 08:00 every day" in saved
    await add(fake, "Oramorph 10mg/5ml 5ml 8pm for 2 days then 5mg", warned=True)
    kept = [(m.amount, m.unit, m.volume_ml, m.units_per_dose) for m in await rows(bot, Medication)]
    assert kept == [(10.0, "mg", 5.0, 1.0), (10.0, "mg", 5.0, 0.5)] * 2
    listed = (await say(fake, "/meds", "Your medicines")).text or ""
    assert listed.count("Oramorph 10 mg/5 ml, 2.5 ml") == 2
