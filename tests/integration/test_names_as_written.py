"""A medicine added as the doctor or the box writes it, and its doses told by its own
word, through the real bot (Sandbox, Lagos): "Tramadol/paracetamol (Ultracet)" and
"Paracetamol Emzor" were saved unknown, with no serotonin or duplicate-paracetamol
warning, "took 2 emzor" made a new unknown medicine, and "2 tramadol/paracetamol" also
logged a Paracetamol Emzor never taken."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_tablets_per_dose import _log_rows
from tests.integration.test_waiting_questions import say


async def _generics(app: Any) -> dict[str, str | None]:
    from bot.app import deps_of
    from bot.storage.models import Medication

    async with deps_of(app).sessions() as s:
        return {m.name: m.generic for m in (await s.scalars(select(Medication))).all()}


async def test_the_doctors_wording_is_the_known_medicine_and_its_word_its_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Africa/Lagos")
    await add(fake, "amitriptyline 25mg at night 21:30")
    n = len(fake.messages_to(UID))
    saved = await add(
        fake, "Tramadol/paracetamol (Ultracet) 37.5/325 two tablets as needed", warned=True
    )
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("serotonin syndrome" in t for t in said)
    assert not any("How much is one dose" in t for t in said)
    assert "Tramadol/paracetamol (Ultracet) 2 × 37.5/325 mg" in saved
    n = len(fake.messages_to(UID))
    await add(fake, "Paracetamol Emzor 500mg as needed", warned=True)
    await settled(bot)
    said = [m.text or "" for m in fake.messages_to(UID)[n:]]
    assert any("both contain paracetamol" in t for t in said), said
    assert not any("I don't know" in t for t in said)
    generics = await _generics(bot)
    assert generics["Tramadol/paracetamol (Ultracet)"] == "tramadol/acetaminophen"
    assert generics["Paracetamol Emzor"] == "acetaminophen"

    clock.set(dt.datetime(2026, 12, 10, 10, 30, tzinfo=dt.UTC))  # 11:30 in Lagos
    took = (await say(fake, "took 2 emzor", "Logged")).text or ""
    assert "2 × Paracetamol Emzor 500 mg" in took and "not in your list" not in took
    n = len(fake.messages_to(UID))
    await say(fake, "I take 2 tramadol/paracetamol at 9am", "Logged")
    await settled(bot)
    logged = [m.text or "" for m in fake.messages_to(UID)[n:] if "Logged" in (m.text or "")]
    assert logged == ["Logged: 2 × Tramadol/paracetamol (Ultracet) 37.5/325 mg at 09:00 ✅"]
    rows = [(r.name, r.generic, r.count) for r in await _log_rows(bot)]
    assert rows == [
        ("Paracetamol Emzor", "acetaminophen", 2),
        ("Tramadol/paracetamol (Ultracet)", "tramadol/acetaminophen", 2),
    ]


async def test_a_strength_answered_for_an_unknown_medicine_is_kept_not_asked_again(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Lagos: "37.5/325 two tablets" answered the dose question with the same
    question again, for a medicine not known."""
    await onboard(fake, "Africa/Lagos")
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/add Quorvant as needed")
    await fake.wait_for_message(UID, after=n, contains="How much is one dose")
    saved = (await say(fake, "37.5/325 two tablets", "Saved")).text or ""
    assert "Quorvant 2 × 37.5/325 mg · as needed" in saved
