"""One computation of the weekly numbers, rendered as chat text, chart, PDF and CSV."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.summary import Summary, weekly_summary
from bot.knowledge.local_names import say_locally
from bot.reports.csv_export import export_zip
from bot.reports.text import period_label, summary_text
from bot.services import drawing
from bot.services.history import load_history, period_bounds
from bot.storage import caregivers, records
from bot.storage.models import User

REPORT_DAYS_MAX = 365


@dataclass(frozen=True, slots=True)
class Week:
    """A week's summary as the chat gets it: its text now, its chart drawn after."""

    summary: Summary
    text: str
    caption: str


async def compute(session: AsyncSession, user: User, now: dt.datetime, days: int = 7) -> Summary:
    """The summary of the last `days` local days, today included."""
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    start, end = period_bounds(zone, today, days)
    history = await load_history(session, user, start, end, now=now)
    return weekly_summary(history, end_date=today, days=days, now=now)


async def weekly(session: AsyncSession, user: User, now: dt.datetime) -> Week:
    """The week's numbers and their text (said of the patient when a carer writes in
    their chat); the chart is drawn by `chart`, after."""
    summary = await compute(session, user, now, 7)
    carer = await records.carer_writes(session, user.id)
    title = f"Pain and doses, {period_label(summary)}"
    return Week(summary, say_locally(summary_text(summary, carer=carer), summary.zone), title)


async def chart(week: Week) -> bytes:
    """The week's chart as PNG bytes (drawn off the event loop, in the drawing child)."""
    return await drawing.chart(week.summary, title=week.caption)


async def clinician_pdf(session: AsyncSession, user: User, now: dt.datetime, days: int) -> bytes:
    """The PDF report for a clinician over `days` days."""
    summary = await compute(session, user, now, days)
    return await drawing.pdf(
        summary,
        patient_label=user.report_name or "name not set",
        generated_at=now.astimezone(ZoneInfo(user.timezone)),
    )


async def csv_zip(session: AsyncSession, user: User, now: dt.datetime) -> bytes:
    """Every dose, report and regimen version the bot holds, as CSV files in a zip."""
    history = await load_history(
        session,
        user,
        user.created_at - dt.timedelta(days=1),
        now + dt.timedelta(days=2),
        everything=True,
    )
    linked = await caregivers.for_export(session, user.id)
    # Each time in the zone the person was in then (history.tz), not today's.
    return await asyncio.to_thread(export_zip, history, caregivers=linked)
