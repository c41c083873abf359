"""The weekly chart: daily pain (line, 0–10) over doses taken / not taken, extra doses of
scheduled medicines and as-needed doses (bars).

1200 × 800 px with large type, so it stays readable as a Telegram photo on a phone.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from bot.domain.summary import DayPoint, Summary  # noqa: E402

__all__ = [
    "HEIGHT_PX",
    "STYLE",
    "WIDTH_PX",
    "draw_daily",
    "png_bytes",
    "render_chart",
    "with_data",
]

WIDTH_PX, HEIGHT_PX = 1200, 800
DPI = 100
_PAIN = "#c0392b"
_TAKEN = "#5b9bd5"
_NOT_TAKEN = "#f0ad4e"
_AS_NEEDED = "#8e6bbf"
AS_NEEDED_LABEL = "As-needed tablets"
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render_chart(summary: Summary, *, title: str) -> bytes:
    """PNG bytes of the summary's daily series."""
    with plt.rc_context(STYLE):
        fig = plt.figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
        try:
            ax_pain = fig.add_subplot()
            draw_daily(fig, ax_pain, with_data(summary.daily))
            ax_pain.set_title(title, pad=14)
            fig.subplots_adjust(left=0.09, right=0.91, top=0.88, bottom=0.22)
            return png_bytes(fig)
        finally:
            plt.close(fig)  # figures are global state in pyplot: never leak one


# A week is drawn whole, as its title names it: an empty day in it is a fact to see.
WHOLE_UP_TO = 7


def with_data(days: Sequence[DayPoint]) -> Sequence[DayPoint]:
    """The days from the first to the last that hold anything (all of them when none
    does, or for a week): a month with ten days of entries is not drawn as twenty empty
    ones."""
    if len(days) <= WHOLE_UP_TO:
        return days
    full = [
        i
        for i, p in enumerate(days)
        if p.pain is not None or p.taken or p.not_taken or p.as_needed or p.extra
    ]
    return days[full[0] : full[-1] + 1] if full else days


#: Large type: the chart is read as a Telegram photo on a phone.
STYLE: dict[Any, Any] = {"font.size": 20, "axes.titlesize": 26, "axes.labelsize": 22}


def png_bytes(fig: Figure) -> bytes:
    """The figure as PNG (no software stamp: the same figure gives the same bytes)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, metadata={"Software": None})
    return buf.getvalue()


def draw_daily(fig: Figure, ax_pain: Axes, days: Sequence[DayPoint]) -> None:
    """The daily pain line over scheduled doses taken / not taken and as-needed doses,
    with day labels and a legend."""
    # NaN breaks the line on days without a rating instead of inventing a value.
    pain = [p.pain if p.pain is not None else math.nan for p in days]
    ax_doses = ax_pain.twinx()
    # Bars behind the line: raise the pain axes and make its background clear.
    ax_pain.set_zorder(ax_doses.get_zorder() + 1)
    ax_pain.patch.set_visible(False)
    _draw_doses(ax_doses, days)
    _draw_pain(ax_pain, pain)
    _label_days(ax_pain, days)
    ax_pain.spines["top"].set_visible(False)
    ax_doses.spines["top"].set_visible(False)
    if all(math.isnan(v) for v in pain) and not any(
        p.taken or p.not_taken or p.as_needed or p.extra for p in days
    ):
        _say_nothing_recorded(ax_pain)
    _add_legend(fig, ax_pain, ax_doses)


def _draw_doses(ax: Axes, days: Sequence[DayPoint]) -> None:
    """Side-by-side bars of scheduled doses taken and not taken, and of as-needed doses
    (drawn only when there are any: an opioid taken as needed is no hidden line), on the
    right-hand axis. Extra doses of a scheduled medicine sit hatched on top of its taken
    bar: beyond the schedule, never as-needed use (Sandbox, Sydney: Lyrica)."""
    series: list[tuple[list[float], str, str]] = [
        ([p.taken for p in days], _TAKEN, "Scheduled doses taken"),
        ([p.not_taken for p in days], _NOT_TAKEN, "Missed or skipped"),
    ]
    if any(p.as_needed for p in days):
        # Tablets, as the summary's and report's "most in a day" count them: "took 2
        # percs" drawn as one bar unit read as half the opioid the report gives that day
        series.append(([p.as_needed for p in days], _AS_NEEDED, AS_NEEDED_LABEL))
    width = 0.76 / len(series)
    for k, (values, color, label) in enumerate(series):
        offset = (k - (len(series) - 1) / 2) * width
        ax.bar([i + offset for i in range(len(days))], values, width, color=color, label=label)
    extra = [p.extra for p in days]
    if any(extra):
        offset = -(len(series) - 1) / 2 * width  # the taken bar's place
        ax.bar(
            [i + offset for i in range(len(days))],
            extra,
            width,
            bottom=[p.taken for p in days],
            color="white",
            edgecolor=_TAKEN,
            hatch="//",
            linewidth=2,
            label="Extra doses beyond schedule",
        )
    top = math.ceil(
        max(
            [p.taken + p.extra for p in days] + [v for values, _, _ in series for v in values] + [1]
        )
    )
    # Headroom so the bars sit in the lower part and the pain line stays clear.
    ax.set_ylim(0, top * 1.8 + 0.5)
    # Whole doses only; one tick per dose while that stays legible.
    if top <= 6:
        ax.set_yticks(range(0, top + 1))
    else:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.set_ylabel("Doses / tablets" if len(series) > 2 else "Doses")


def _draw_pain(ax: Axes, pain: list[float]) -> None:
    """The daily pain line on the left-hand 0–10 axis."""
    ax.plot(
        list(range(len(pain))),
        pain,
        color=_PAIN,
        linewidth=4,
        marker="o",
        markersize=12,
        label="Pain (daily average)",
    )
    ax.set_ylim(0, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel("Pain (0–10)")
    ax.grid(axis="y", alpha=0.3)


def _label_days(ax: Axes, days: Sequence[DayPoint]) -> None:
    """One x tick per day: weekday and date; from two weeks the weekday weekly only, and
    beyond three weeks every other date (two-digit dates would run together)."""
    many = len(days) > 10
    dense = len(days) > 21
    x = list(range(len(days)))
    ax.set_xlim(-0.6, len(days) - 0.4)
    ax.set_xticks(x)

    def label(i: int, p: DayPoint) -> str:
        if not many or i % 7 == 0:
            return f"{_DAY_NAMES[p.date.weekday()]}\n{p.date.day}"
        return "" if dense and i % 2 else f"\n{p.date.day}"

    ax.set_xticklabels([label(i, p) for i, p in enumerate(days)], fontsize=14 if many else 20)


def _say_nothing_recorded(ax: Axes) -> None:
    """The empty chart's note, in the middle of the plot."""
    ax.text(
        0.5,
        0.5,
        "Nothing recorded yet",
        transform=ax.transAxes,
        ha="center",
        va="center",
        color="#666666",
    )


def _add_legend(fig: Figure, ax_pain: Axes, ax_doses: Axes) -> None:
    """One legend for both axes, below the plot, in two rows at most (a third ran into
    the day labels)."""
    handles = ax_pain.get_legend_handles_labels()[0] + ax_doses.get_legend_handles_labels()[0]
    fig.legend(
        handles=handles,
        loc="lower center",
        ncol=2 if len(handles) == 4 else 3,
        frameon=False,
        fontsize=17,
    )
