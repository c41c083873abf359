"""What the period says of the legs, for a doctor judging sciatica: the days pain was in or
down a leg (and on which side), the days it was said not to be, and the days numbness or
tingling was told — a different finding from pain, kept apart (NICE CKS sciatica; the
clinician review: "weakness" and "can't feel" are different findings).

Pure: plain records in (bot.domain.records), plain values out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.domain.records import History, PainPlaceReport, PainReport

#: Where, as a doctor reads it (the parser's location codes).
PLACE_WORDS = {
    "leg_left": "left leg",
    "leg_right": "right leg",
    "leg": "leg",
    "lower_back": "lower back",
    "mid_back": "mid back",
    "upper_back": "upper back",
    "neck": "neck",
    "buttock": "buttock",
    "hip": "hip",
    "arm": "arm",
    "shoulder": "shoulder",
}
SIDED_LEGS = ("leg_left", "leg_right")
_LEGS = (*SIDED_LEGS, "leg")
_NERVE = ("numb", "tingling")
# Where pain spreads that is not a leg ("goes into my bum", "radiating into my arm")
_NOT_LEG_SPREAD = ("buttock", "hip", "arm", "shoulder")


def runs_down_a_leg(locations: Iterable[str], radiating: bool | None) -> bool:
    """Pain said to spread that runs down a leg: a leg named, or no other place it could
    spread to ("6 and it's gone into my bum" spreads, but not down a leg)."""
    places = set(locations)
    return bool(radiating) and (
        bool(places.intersection(_LEGS)) or not places.intersection(_NOT_LEG_SPREAD)
    )


@dataclass(frozen=True, slots=True)
class LegSymptoms:
    """Days (local) with pain in or down a leg, days said not to run down one, the legs
    named, and the days with numbness or tingling with where it was felt."""

    leg_days: tuple[dt.date, ...]
    not_down_days: tuple[dt.date, ...]
    sides: tuple[str, ...]  # location codes, in PLACE_WORDS order
    nerve_days: tuple[dt.date, ...]
    nerve_places: tuple[str, ...]


def _in_order(codes: Iterable[str]) -> tuple[str, ...]:
    seen = set(codes)
    return tuple(c for c in PLACE_WORDS if c in seen)


def leg_symptoms(
    history: History, zone: ZoneInfo, lo: dt.datetime, hi: dt.datetime
) -> LegSymptoms | None:
    """The legs in the reports of [lo, hi); None when nothing was said of them."""
    told: list[PainReport | PainPlaceReport] = [*history.pain, *history.places]
    reports = [r for r in told if lo <= r.at < hi]
    leg: set[dt.date] = set()
    not_down: set[dt.date] = set()
    sides: set[str] = set()
    nerve: set[dt.date] = set()
    nerve_places: set[str] = set()
    for r in reports:
        day = r.at.astimezone(zone).date()
        legs = [loc for loc in r.locations if loc in _LEGS]
        if r.radiating is False:
            # "nothing down the leg" names the leg it denies: only a side said is pain there
            legs = [loc for loc in legs if loc != "leg"]
        # "numbness in my left foot" said alone is no pain there
        felt_only = isinstance(r, PainPlaceReport) and bool(r.qualities)
        felt_only = felt_only and all(q in _NERVE for q in r.qualities)
        if (runs_down_a_leg(r.locations, r.radiating) or legs) and not felt_only:
            leg.add(day)
            sides.update(legs)
        elif r.radiating is False:
            not_down.add(day)
        if any(q in _NERVE for q in r.qualities):
            nerve.add(day)
            nerve_places.update(r.locations)
    if not (leg or not_down or nerve):
        return None
    return LegSymptoms(
        leg_days=tuple(sorted(leg)),
        not_down_days=tuple(sorted(not_down - leg)),
        sides=_in_order(sides),
        nerve_days=tuple(sorted(nerve)),
        nerve_places=_in_order(nerve_places),
    )
