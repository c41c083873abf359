"""The weekly chart: daily pain (line, 0–10) over doses taken / not taken (bars).

1200 × 800 px with large type, so it stays readable as a Telegram photo on a phone.
"""

from __future__ import annotations

import io
import math

import matplotlib

matplotlib.use("Agg")  # no display on a server; must precede the pyplot import

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from bot.domain.summary import Summary  # noqa: E402

__all__ = ["HEIGHT_PX", "WIDTH_PX", "render_chart"]

WIDTH_PX, HEIGHT_PX = 1200, 800
_DPI = 100
_PAIN = "#c0392b"
_TAKEN = "#5b9bd5"
_NOT_TAKEN = "#f0ad4e"
_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def render_chart(summary: Summary, *, title: str) -> bytes:
    """PNG bytes of the summary's daily series."""
    days = summary.daily
    x = list(range(len(days)))
    # NaN breaks the line on days without a rating instead of inventing a value.
    pain = [p.pain if p.pain is not None else math.nan for p in days]
    taken = [p.taken for p in days]
    not_taken = [p.not_taken for p in days]
    many = len(days) > 14  # a month: thinner labels

    with plt.rc_context({"font.size": 20, "axes.titlesize": 26, "axes.labelsize": 22}):
        fig = plt.figure(figsize=(WIDTH_PX / _DPI, HEIGHT_PX / _DPI), dpi=_DPI)
        try:
            ax_pain = fig.add_subplot()
            ax_doses = ax_pain.twinx()
            # Bars behind the line: raise the pain axes and make its background clear.
            ax_pain.set_zorder(ax_doses.get_zorder() + 1)
            ax_pain.patch.set_visible(False)

            width = 0.38
            ax_doses.bar(
                [i - width / 2 for i in x], taken, width, color=_TAKEN, label="Doses taken"
            )
            ax_doses.bar(
                [i + width / 2 for i in x],
                not_taken,
                width,
                color=_NOT_TAKEN,
                label="Doses missed or skipped",
            )
            top = max([*taken, *not_taken, 1])
            # Headroom so the bars sit in the lower part and the pain line stays clear.
            ax_doses.set_ylim(0, top * 1.8 + 0.5)
            # Whole doses only; one tick per dose while that stays legible.
            if top <= 6:
                ax_doses.set_yticks(range(0, top + 1))
            else:
                ax_doses.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
            ax_doses.set_ylabel("Doses")

            ax_pain.plot(
                x,
                pain,
                color=_PAIN,
                linewidth=4,
                marker="o",
                markersize=12,
                label="Pain (daily average)",
            )
            ax_pain.set_ylim(0, 10.5)
            ax_pain.set_yticks(range(0, 11, 2))
            ax_pain.set_ylabel("Pain (0–10)")
            ax_pain.grid(axis="y", alpha=0.3)
            ax_pain.set_xlim(-0.6, len(days) - 0.4)
            ax_pain.set_xticks(x)
            ax_pain.set_xticklabels(
                [
                    f"{_DAY_NAMES[p.date.weekday()]}\n{p.date.day}"
                    if not many or i % 7 == 0
                    else f"\n{p.date.day}"
                    for i, p in enumerate(days)
                ],
                fontsize=14 if many else 20,
            )
            for side in ("top",):
                ax_pain.spines[side].set_visible(False)
                ax_doses.spines[side].set_visible(False)

            if all(math.isnan(v) for v in pain) and not any(taken) and not any(not_taken):
                ax_pain.text(
                    0.5,
                    0.5,
                    "Nothing recorded yet",
                    transform=ax_pain.transAxes,
                    ha="center",
                    va="center",
                    color="#666666",
                )

            ax_pain.set_title(title, pad=14)
            handles = (
                ax_pain.get_legend_handles_labels()[0] + ax_doses.get_legend_handles_labels()[0]
            )
            fig.legend(
                handles=handles,
                loc="lower center",
                ncol=3,
                frameon=False,
                fontsize=17,
            )
            fig.subplots_adjust(left=0.09, right=0.91, top=0.88, bottom=0.22)
            buf = io.BytesIO()
            fig.savefig(buf, format="png", dpi=_DPI, metadata={"Software": None})
            return buf.getvalue()
        finally:
            plt.close(fig)  # figures are global state in pyplot: never leak one
