"""One computation of the weekly numbers, rendered as chat text, chart, PDF and CSV."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.summary import Summary, weekly_summary
from bot.reports.csv_export import export_zip
from bot.reports.text import period_label, summary_text
from bot.services.history import load_history, period_bounds
from bot.storage.models import User

REPORT_DAYS_MAX = 365

T = TypeVar("T")

#: Charts and PDFs are drawn on one thread of their own, one at a time: pyplot keeps
#: global state (figures, rcParams) that is not safe across threads, and every thread
#: drawing at once holds a malloc arena of its own — the soak saw the process grow by
#: ~440 MB, and stay there, when 200 weekly summaries fell due in one tick. Drawing is
#: CPU-bound under the GIL, so more threads would not have drawn faster anyway.
_DRAWING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="drawing")


def _drawn(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(...)`, then a collection: a drawing leaves reference cycles holding its canvas,
    which the bot's tuned collector (bot.runtime) would otherwise keep for long enough
    that the heap grows and is not given back (+76 MB over 120 charts, +13 MB with this;
    benchmarks/chart_memory.py)."""
    try:
        return fn(*args, **kwargs)
    finally:
        gc.collect()


async def _draw(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`fn(*args, **kwargs)` on the drawing thread, off the event loop."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_DRAWING, functools.partial(_drawn, fn, *args, **kwargs))


@dataclass(frozen=True, slots=True)
class Rendered:
    """What goes to the chat for a summary."""

    text: str
    chart: bytes
    caption: str


async def compute(session: AsyncSession, user: User, now: dt.datetime, days: int = 7) -> Summary:
    """The summary of the last `days` local days, today included."""
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    start, end = period_bounds(zone, today, days)
    history = await load_history(session, user, start, end)
    return weekly_summary(history, end_date=today, days=days, now=now)


async def weekly(session: AsyncSession, user: User, now: dt.datetime) -> Rendered:
    """Text and chart for the week (rendering runs off the event loop)."""
    summary = await compute(session, user, now, 7)
    title = f"Pain and doses, {period_label(summary)}"
    # matplotlib and fpdf (~65 MB) load on the first chart, not at start-up: a
    # dispatch-only process, or one that has not sent a summary yet, never pays for them.
    from bot.reports.chart import render_chart

    chart = await _draw(render_chart, summary, title=title)
    return Rendered(summary_text(summary), chart, title)


async def clinician_pdf(session: AsyncSession, user: User, now: dt.datetime, days: int) -> bytes:
    """The PDF report for a clinician over `days` days."""
    from bot.reports.pdf import render_pdf  # heavy (fpdf + matplotlib): see `weekly`

    summary = await compute(session, user, now, days)
    return await _draw(
        render_pdf,
        summary,
        patient_label=user.report_name or "Patient",
        generated_at=now.astimezone(ZoneInfo(user.timezone)),
    )


async def csv_zip(session: AsyncSession, user: User, now: dt.datetime) -> bytes:
    """Every dose, report and regimen version the bot holds, as CSV files in a zip."""
    history = await load_history(
        session, user, user.created_at - dt.timedelta(days=1), now + dt.timedelta(days=2)
    )
    return await asyncio.to_thread(export_zip, history, zone=ZoneInfo(user.timezone))
