"""Crocin, Dolo (both paracetamol) and Advil on the list (Sandbox, Pune): "took crocin,
dolo and advil" and "a crocin plus a dolo" logged one paracetamol dose, the Dolo lost at
the list's comma or "plus" — and with it 650 mg of the day's paracetamol total."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.conftest import FakeClock, settled
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_tablets_per_dose import _log_rows

PUNE = dt.timezone(dt.timedelta(hours=5, minutes=30))


async def _said(fake: FakeBotApi, bot: Any, clock: FakeClock, at: dt.datetime, text: str) -> str:
    """Everything the bot answered to `text` sent at `at` (Pune time)."""
    clock.set(at.astimezone(dt.UTC))
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, text)
    await fake.wait_for_message(UID, after=n, contains="Logged")
    await settled(bot)
    return "\n".join(m.text or "" for m in fake.messages_to(UID)[n:])


async def test_every_product_named_in_a_list_is_its_own_dose(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Asia/Kolkata")
    await add(fake, "crocin 500mg as needed")
    await add(fake, "dolo 650 as needed", warned=True)
    await add(fake, "advil 200mg as needed")
    day = dt.datetime(2026, 12, 10, tzinfo=PUNE)

    first = await _said(fake, bot, clock, day.replace(hour=8), "took crocin, dolo and advil")
    assert all(n in first for n in ("Crocin 500 mg", "Dolo 650 mg", "Advil 200 mg")), first
    second = await _said(fake, bot, clock, day.replace(hour=13), "a crocin plus a dolo")
    assert "Crocin 500 mg" in second and "Dolo 650 mg" in second, second
    third = await _said(fake, bot, clock, day.replace(hour=18), "took crocin + dolo 650 at 5:30pm")

    rows = [(r.name.lower(), r.count) for r in await _log_rows(bot)]
    assert rows == [
        ("crocin", None),
        ("dolo", None),
        ("advil", None),
        ("crocin", 1.0),
        ("dolo", 1.0),
        ("crocin", None),
        ("dolo", None),
    ], rows
    at = [r.taken_at.astimezone(PUNE).strftime("%H:%M") for r in await _log_rows(bot)]
    assert at == ["08:00"] * 3 + ["13:00"] * 2 + ["17:30"] * 2, at
    # 500 + 650 + 500 + 650 + 500 + 650 mg: both brands count towards the day's paracetamol
    assert "paracetamol" in third and "3,000 mg" in third, third
    warning = next(line for line in third.splitlines() if "3,000 mg" in line)
    assert warning.rstrip().endswith("talk to your doctor or pharmacist."), warning
