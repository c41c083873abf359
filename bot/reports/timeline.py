"""The report's regimen timeline: one row per medicine, one bar per version with its dose,
drawn above the daily pain line on the same days, so a doctor sees what changed and
what followed at a glance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402

from bot.domain.regimen import dose_text  # noqa: E402
from bot.domain.summary import RegimenVersion, Summary  # noqa: E402
from bot.reports.chart import DPI, STYLE, WIDTH_PX, draw_daily, png_bytes, with_data  # noqa: E402

__all__ = ["Bar", "bars_of", "change_lines", "render_timeline", "timeline_height"]

_SCHEDULED = "#4a7fb0"
_AS_NEEDED = "#9bbfdf"
_PAUSED = "#c8c8c8"
#: Height in pixels of the daily chart under the timeline, and of each medicine's row.
_DAILY_PX, _ROW_PX, _TOP_PX = 620, 70, 90
#: Width of the plotting area in pixels (see the margins below), and of one character
#: of a bar's label: whether the dose fits inside its bar.
_AXES_PX, _CHAR_PX = 780, 9.5


@dataclass(frozen=True, slots=True)
class Bar:
    """One version on the timeline: its row, first and last day shown, and its dose."""

    row: int
    first: int  # index of the first day in the period
    last: int  # index of the last day, included
    label: str
    as_needed: bool
    paused: bool


def _row_key(v: RegimenVersion) -> str:
    return (v.generic or v.name).lower()


def bars_of(
    versions: Sequence[RegimenVersion], start: dt.date, end: dt.date
) -> tuple[list[str], list[Bar]]:
    """Rows (one per medicine, first started first) and the bars of each version, clipped
    to the period; a version still running reaches the period's end."""
    rows: dict[str, int] = {}
    names: list[str] = []
    bars: list[Bar] = []
    for v in sorted(versions, key=lambda v: (v.since, v.name.lower())):
        first, last = max(v.since, start), min(v.until or end, end)
        if last < first:
            continue
        key = _row_key(v)
        if key not in rows:
            rows[key] = len(names)
            names.append(dose_text(v.name, None, None, v.generic))
        label = v.label + (" as needed" if v.as_needed else "")
        bars.append(
            Bar(rows[key], (first - start).days, (last - start).days, label, v.as_needed, v.paused)
        )
    return names, bars


def _draw_bars(ax: Axes, names: list[str], bars: list[Bar], days: int) -> None:
    """Horizontal bars with their dose written on them (or beside, when it does not fit)."""
    px_per_day = _AXES_PX / max(days, 1)
    for b in bars:
        color = _PAUSED if b.paused else _AS_NEEDED if b.as_needed else _SCHEDULED
        width = b.last - b.first + 1
        ax.barh(b.row, width, left=b.first - 0.5, height=0.62, color=color, edgecolor="white")
        # The medicine's name heads the row: the bar says only its dose.
        text = b.label.split(" ", 1)[1] if " " in b.label else b.label
        inside = width * px_per_day >= len(text) * _CHAR_PX + 12
        ax.text(
            b.first - 0.35 if inside else b.last + 0.6,
            b.row,
            text,
            va="center",
            ha="left",
            fontsize=15,
            color="white" if inside and not b.as_needed else "#222222",
            clip_on=False,
        )
    ax.set_yticks(range(len(names)))
    ax.set_yticklabels(names, fontsize=16)
    ax.set_ylim(max(len(names), 1) - 0.5, -0.5)  # first medicine on top
    ax.set_xlim(-0.6, days - 0.4)
    ax.tick_params(axis="x", bottom=False, labelbottom=False)
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", alpha=0.25)


def change_lines(bars: Sequence[Bar], days: int) -> list[float]:
    """Where a version began or ended inside the period (between two days): the dashed
    lines that carry each change down onto the pain line."""
    edges = {b.first - 0.5 for b in bars if b.first > 0}
    edges |= {b.last + 0.5 for b in bars if b.last < days - 1}
    return sorted(edges)


def timeline_height(png: bytes) -> float:
    """Height over width of a rendered PNG (from its header), to place it in the PDF."""
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    return height / width


def render_timeline(summary: Summary, *, title: str) -> bytes:
    """PNG bytes: the regimen timeline on top, the daily pain and doses below it."""
    days = with_data(summary.daily)
    first, last = (days[0].date, days[-1].date) if days else (summary.start, summary.end)
    names, bars = bars_of(summary.regimen, first, last)
    rows = max(len(names), 1)
    height_px = _TOP_PX + rows * _ROW_PX + _DAILY_PX
    with plt.rc_context(STYLE):
        fig = plt.figure(figsize=(WIDTH_PX / DPI, height_px / DPI), dpi=DPI)
        try:
            grid = fig.add_gridspec(2, 1, height_ratios=[rows * _ROW_PX, _DAILY_PX - 180])
            ax_meds = fig.add_subplot(grid[0])
            ax_pain = fig.add_subplot(grid[1], sharex=None)
            _draw_bars(ax_meds, names, bars, len(days))
            if not bars:
                ax_meds.text(
                    0.5,
                    0.5,
                    "No medicines recorded",
                    transform=ax_meds.transAxes,
                    ha="center",
                    va="center",
                    color="#666666",
                )
            draw_daily(fig, ax_pain, days)
            for x in change_lines(bars, len(days)):
                for ax in (ax_meds, ax_pain):
                    ax.axvline(x, color="#555555", linestyle="--", linewidth=1.5, alpha=0.5)
            ax_meds.set_title(title, pad=14)
            # Margins in pixels, so the rows keep their size however many there are.
            fig.subplots_adjust(
                left=0.26,
                right=0.91,
                top=1 - 70 / height_px,
                bottom=170 / height_px,
                hspace=0.18,
            )
            return png_bytes(fig)
        finally:
            plt.close(fig)  # figures are global state in pyplot: never leak one
