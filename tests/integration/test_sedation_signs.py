"""Confusion or extreme sleepiness told by someone on an opioid with a gabapentinoid: the
FDA's signs of breathing trouble, said at once (Sandbox, Dublin: "very drowsy and muddled
now, can't think straight, is that the tablets?" after an extra tramadol, on pregabalin,
was logged as two side effects and nothing more)."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from sqlalchemy import select

from bot.app import deps_of
from bot.storage.models import Record
from tests.conftest import FakeClock, settled, tick
from tests.fakebotapi import FakeBotApi
from tests.integration.test_dose_loop import UID, add, onboard
from tests.integration.test_waiting_questions import say

DUBLIN = ZoneInfo("Europe/Dublin")
LONDON = ZoneInfo("Europe/London")


async def _side_effects(app: Any) -> list[list[str]]:
    async with deps_of(app).sessions() as s:
        rows = await s.scalars(select(Record).where(Record.kind == "side_effect"))
        return [json.loads(r.data)["effects"] for r in rows]


async def test_muddled_on_tramadol_and_pregabalin_is_told_to_get_help(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 10, 21, 40, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    signs = await say(
        fake,
        "I feel very drowsy and muddled now, can't think straight, is that the tablets?",
        "breathing trouble",
    )
    text = signs.text or ""
    assert "Tramadol" in text and "Pregabalin" in text
    assert "(112 / 999)" in text and "talk to your doctor or pharmacist" in text
    # told at any hour (Sandbox, Chicago: at noon): someone with them, never "tonight"
    assert "make sure someone is with you" in text and "tonight" not in text
    logged = await fake.wait_for_message(UID, after=n, contains="Logged")
    assert "confusion" in (logged.text or "")
    await settled(bot)
    assert any("confusion" in e for e in await _side_effects(bot)), "still recorded"


async def test_a_little_sleepy_or_on_one_such_medicine_alone_is_only_logged(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/Dublin")
    await add(fake, "tramadol 50mg as needed max 4 per day")
    clock.set(dt.datetime(2026, 12, 10, 14, 0, tzinfo=DUBLIN))
    n = len(fake.messages_to(UID))
    await say(fake, "feeling muddled this afternoon", "Logged")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    await say(fake, "a bit drowsy after lunch", "Logged")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "breathing trouble" in (m.text or "")]


async def test_a_carer_telling_of_an_extra_opioid_is_told_of_that_one_and_to_stay_with_him(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Sydney: the reply named the first two medicines on the list, not the
    Endone his wife had just told of, and told her not to be on her own."""
    await onboard(fake, "Australia/Sydney")
    await add(fake, "panadeine forte 2 tablets as needed max 8 per day")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    await add(fake, "oxycodone 5mg as needed max 2 per day", warned=True)
    clock.set(dt.datetime(2026, 12, 12, 21, 30, tzinfo=ZoneInfo("Australia/Sydney")))
    signs = await say(
        fake,
        "this is Sharon, Garys wife. he had an extra endone tonight and a few beers and hes "
        "really drowsy, keeps noddin off in his chair mid sentence. is that normal??",
        "emergency",
    )
    text = signs.text or ""
    # Asleep mid-sentence after more opioid than meant is the CDC's overdose sign: the
    # alarm itself, for him, naming his opioids
    assert text.startswith("⚠️ Please get medical help for them now."), text
    assert "their Panadeine Forte and Oxycodone" in text and "(000) for them" in text, text
    assert "on your own" not in text
    # The same words without the extra dose and mid-sentence: the FDA's signs of the pair
    clock.set(dt.datetime(2026, 12, 13, 21, 30, tzinfo=ZoneInfo("Australia/Sydney")))
    signs = await say(
        fake, "he's really drowsy tonight, can't keep his eyes open at all", "breathing trouble"
    )
    text = signs.text or ""
    assert "Oxycodone" in text or "Panadeine" in text, text
    assert "stay with them," in text and "on your own" not in text


async def test_a_side_effect_lived_with_is_no_alarm(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """ "bloody lyrica makes me foggy as" got the urgent breathing reply (Sandbox, Sydney)."""
    await onboard(fake, "Australia/Sydney")
    await add(fake, "oxycodone 5mg as needed max 2 per day")
    await add(fake, "pregabalin 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 8, 20, 30, tzinfo=ZoneInfo("Australia/Sydney")))
    n = len(fake.messages_to(UID))
    await say(fake, "bloody lyrica makes me foggy as", "Logged")
    await settled(bot)
    assert not [m for m in fake.messages_to(UID)[n:] if "breathing" in (m.text or "")]


async def test_the_sleepiness_reply_names_ingredients_as_where_they_live(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, Sydney: "(paracetamol/codeine)" at /add, "(acetaminophen/codeine)" here."""
    await onboard(fake, "Australia/Sydney")
    await add(fake, "panadeine forte 2 tablets as needed max 8 per day")
    await add(fake, "lyrica 75mg 08:00 20:00", warned=True)
    clock.set(dt.datetime(2026, 12, 12, 21, 30, tzinfo=ZoneInfo("Australia/Sydney")))
    signs = await say(
        fake, "I feel very drowsy and muddled now, can't think straight", "breathing trouble"
    )
    assert "paracetamol/codeine" in (signs.text or "") and "acetaminophen" not in (signs.text or "")


async def _report_first_page(fake: FakeBotApi) -> str:
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/report")
    doc = await fake.wait_for_message(UID, after=n, contains="report for the last")
    assert doc.kind == "document", [m.text for m in fake.messages_to(UID)[n:]]
    first = PdfReader(io.BytesIO(doc.file_bytes or b"")).pages[0].extract_text()
    return " ".join(first.split())


async def test_a_carers_warning_of_breathing_trouble_is_a_dated_alert_in_the_report(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    """Sandbox, London: the chat said to get help, the PDF's Alerts said "No red flags
    and no labelled or set maximum passed" and listed only the side effects."""
    await onboard(fake, "Europe/London")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(
        fake, "co-codamol 30/500 1-2 tablets every 4 hours as needed max 8 per day", warned=True
    )
    n = len(fake.messages_to(UID))
    clock.set(dt.datetime(2026, 12, 7, 20, 0, tzinfo=LONDON))
    await tick(bot)
    await fake.wait_for_message(UID, after=n, contains="How is your pain")
    clock.set(dt.datetime(2026, 12, 7, 21, 55, tzinfo=LONDON))
    await say(fake, "this is Sarah, her daughter. I'll be typing for mum", "Thank you")
    said = "she was very sleepy and confused after her tablets tonight"
    signs = await say(fake, said, "breathing trouble")
    assert "stay with them," in (signs.text or "")
    await settled(bot)
    after = fake.messages_to(UID)[fake.messages_to(UID).index(signs) + 1 :]
    assert not [m.text for m in after if "pain" in (m.text or "")], "no check-in right after it"
    first = await _report_first_page(fake)
    alerts = first.split("Alerts", 1)[1].split("Regimen and changes", 1)[0]
    assert "Mon 7 Dec 21:55 Sedation signs: drowsiness, confusion on Gabapentin + Co-codamol" in (
        alerts
    ), alerts
    assert "told to get medical help right away (signs of breathing trouble" in alerts
    assert f"carer's words: “{said}”" in alerts
    assert "No red flags" not in first


async def test_the_patients_own_warning_is_in_the_report_and_the_weekly_summary(
    fake: FakeBotApi, bot: Any, clock: FakeClock
) -> None:
    await onboard(fake, "Europe/London")
    await add(fake, "gabapentin 300mg 08:00 14:00 22:00")
    await add(
        fake, "co-codamol 30/500 1-2 tablets every 4 hours as needed max 8 per day", warned=True
    )
    clock.set(dt.datetime(2026, 12, 8, 21, 30, tzinfo=LONDON))
    said = "I feel very drowsy and muddled, can't think straight"
    signs = await say(fake, said, "breathing trouble")
    assert "make sure someone is with you" in (signs.text or "")
    await settled(bot)
    async with deps_of(bot).sessions() as s:
        rows = list(await s.scalars(select(Record).where(Record.kind == "side_effect")))
    assert [json.loads(r.data).get("warned", {}).get("carer") for r in rows] == [False]
    first = await _report_first_page(fake)
    assert "Tue 8 Dec 21:30 Sedation signs:" in first
    assert "patient's words: “I feel very drowsy and muddled" in first
    n = len(fake.messages_to(UID))
    await fake.send_text(UID, "/summary")
    week = (await fake.wait_for_message(UID, after=n, contains="Your week")).text or ""
    block = week.split("need a doctor's attention:", 1)[1]
    assert "a possible sign of breathing trouble (Tue 8 Dec) — you wrote “I feel very" in block
