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
