"""What the period says of the legs, for a doctor judging sciatica: the days pain was in or
down a leg (and on which side), the days it was said not to be, and the days numbness or
tingling, or weakness, was told — findings different from pain, kept apart (NICE CKS
sciatica; the clinician review: "weakness" and "can't feel" are different findings).

Numbness or weakness in both legs is a warning sign of cauda equina syndrome (NICE CKS
"Sciatica (lumbar radiculopathy)", red flags: "bilateral sciatica; severe or progressive
bilateral neurological deficit of the legs"; clinical-facts.md §4): not an emergency on
its own, but the screening questions are asked when it is new (`new_in_both_legs`).

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
_WEAK = "weak"  # bot.parsing.leg_signs.WEAK
# Felt at a place, not pain there
_NOT_PAIN = (*_NERVE, _WEAK)
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
    weak_days: tuple[dt.date, ...] = ()
    weak_places: tuple[str, ...] = ()
    #: Numbness or tingling told as getting worse or spreading: (local date, the words),
    #: the first telling of each day, oldest first — how it grew over the period.
    nerve_worse: tuple[tuple[dt.date, str], ...] = ()


def _in_order(codes: Iterable[str]) -> tuple[str, ...]:
    """Places in PLACE_WORDS order; "leg" (no side said) dropped when a side is named: one
    limb told on two days, "down my left leg" then "up to my knee", is the left leg, not
    "the left leg and the leg" (Sandbox, Glasgow)."""
    seen = set(codes)
    if seen & set(SIDED_LEGS):
        seen.discard("leg")
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
    weak: set[dt.date] = set()
    weak_places: set[str] = set()
    worse: dict[dt.date, str] = {}
    for r in sorted(reports, key=lambda r: r.at):
        day = r.at.astimezone(zone).date()
        legs = [loc for loc in r.locations if loc in _LEGS]
        if r.radiating is False:
            # "nothing down the leg" names the leg it denies: only a side said is pain there
            legs = [loc for loc in legs if loc != "leg"]
        # "numbness in my left foot", "legs feel a bit weak" said alone is no pain there
        felt_only = isinstance(r, PainPlaceReport) and bool(r.qualities)
        felt_only = felt_only and all(q in _NOT_PAIN for q in r.qualities)
        if (runs_down_a_leg(r.locations, r.radiating) or legs) and not felt_only:
            leg.add(day)
            sides.update(legs)
        elif r.radiating is False:
            not_down.add(day)
        if any(q in _NERVE for q in r.qualities):
            nerve.add(day)
            nerve_places.update(r.locations)
            if r.worse_words is not None:
                worse.setdefault(day, r.worse_words)
        if _WEAK in r.qualities:
            weak.add(day)
            weak_places.update(r.locations)
    if not (leg or not_down or nerve or weak):
        return None
    return LegSymptoms(
        leg_days=tuple(sorted(leg)),
        not_down_days=tuple(sorted(not_down - leg)),
        sides=_in_order(sides),
        nerve_days=tuple(sorted(nerve)),
        nerve_places=_in_order(nerve_places),
        weak_days=tuple(sorted(weak)),
        weak_places=_in_order(weak_places),
        nerve_worse=tuple(sorted(worse.items())),
    )


def in_both_legs(locations: Iterable[str], qualities: Iterable[str]) -> frozenset[str]:
    """What is felt in both legs, of numbness ("numb", pins and needles with it) and
    weakness ("weak"): the kinds of deficit told, none when one leg (or no leg) is named."""
    if not set(SIDED_LEGS) <= set(locations):
        return frozenset()
    felt = set(qualities)
    kinds = {"numb"} if felt & set(_NERVE) else set()
    if _WEAK in felt:
        kinds.add(_WEAK)
    return frozenset(kinds)


def new_in_both_legs(
    told: Iterable[tuple[Iterable[str], Iterable[str]]],
    before: Iterable[tuple[Iterable[str], Iterable[str]]],
) -> frozenset[str]:
    """Of what `told` (locations, qualities) says is felt in both legs, the kinds not
    already told `before` (a recent window the caller chooses): numbness told again the
    same day is not new, weakness told after it is."""
    now: set[str] = set()
    for locations, qualities in told:
        now |= in_both_legs(locations, qualities)
    for locations, qualities in before:
        now -= in_both_legs(locations, qualities)
    return frozenset(now)
