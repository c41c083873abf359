"""The daily check-in: when it falls due and which short questions follow the pain score."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from zoneinfo import ZoneInfo

from bot.domain.schedule import local_to_utc

PAIN = "pain"
FOLLOW_UPS = ("location", "radiating", "side_effects", "sleep", "activity", "note")
PEG_ITEMS = ("enjoyment", "general")


def next_checkin(
    checkin_time: dt.time, zone: ZoneInfo, after: dt.datetime
) -> tuple[dt.date, dt.datetime]:
    """The first check-in (local date, UTC instant) at or after `after`."""
    day = after.astimezone(zone).date()
    for offset in range(3):
        d = day + dt.timedelta(days=offset)
        due = local_to_utc(d, checkin_time, zone)
        if due >= after:
            return d, due
    raise AssertionError("a check-in time always recurs within three days")


def day_told(at: dt.datetime, zone: ZoneInfo) -> dt.date:
    """The day a score told at `at` counts on: the person's own local date at that moment
    (never the day of the question it answers)."""
    return at.astimezone(zone).date()


def day_over(day: dt.date, now: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether the person's local day `day` has ended by `now`: a check-in asked on it no
    longer takes a pain score, which is then the pain of the day it is told."""
    return day_told(now, zone) > day


#: A pain said without a score ("my back is killing me") is asked about then — the score,
#: where, and whether it runs down a leg — leaving the day's check-in to come at its time.
PAIN_NOW = (PAIN, "location", "radiating")


def stages(weekly: bool, *, peg_only: bool = False, pain_only: bool = False) -> tuple[str, ...]:
    """Questions in order; the weekly one adds the two other PEG items after the pain score,
    `peg_only` (the onboarding baseline) stops after them, `pain_only` (a pain said without
    a score) after where it hurts."""
    if pain_only:
        return PAIN_NOW
    if peg_only:
        return (PAIN, *PEG_ITEMS)
    peg = PEG_ITEMS if weekly else ()
    return (PAIN, *peg, *FOLLOW_UPS)


def next_stage(
    current: str,
    weekly: bool,
    *,
    peg_only: bool = False,
    pain_only: bool = False,
    said: Collection[str] = (),
) -> str | None:
    """The question after `current`, or None when the check-in is complete; questions in
    `said` (already answered by what the person wrote) are passed over."""
    order = stages(weekly, peg_only=peg_only, pain_only=pain_only)
    if current not in order:
        return None
    later = order[order.index(current) + 1 :]
    return next((stage for stage in later if stage not in said), None)


#: Side effects offered as a button that are red flags when ticked: black stools are
#: the stomach bleeding the NSAID Medication Guide tells people to get help for right
#: away (PRODUCT.md §4, "black, tarry stools"); a tap is as much a report as the words.
FLAGS_OF_EFFECT: Mapping[str, tuple[str, ...]] = {"black_stools": ("gi_bleeding",)}


def flags_of_effect(effect: str) -> tuple[str, ...]:
    """The red flags a ticked side effect is ("black_stools" → gi_bleeding); () for most."""
    return FLAGS_OF_EFFECT.get(effect, ())


#: The record kind of where it hurts, said without a score.
PLACE = "pain_place"
#: The record kind that answers each follow-up question by itself.
_ANSWERED_BY = {"side_effect": "side_effects", "sleep": "sleep", "activity": "activity"}
#: The questions a check-in's own records can answer (the rest are always asked).
MAY_BE_SAID: frozenset[str] = frozenset({"location", "radiating", *_ANSWERED_BY.values()})


def already_said(records: Iterable[tuple[str, Mapping[str, object]]]) -> frozenset[str]:
    """The follow-up questions a check-in's own records (kind, data) already answer: "pain
    6, burning in my lower back, walked 20 mins" tells where it hurts and the activity."""
    said: set[str] = set()
    for kind, data in records:
        if kind == "pain":
            if data.get("locations"):
                said.add("location")
            if data.get("radiating") is not None:
                said.add("radiating")
        elif kind == PLACE:
            # where it hurts said alone; a leg named answers "down a leg?" too, as a leg
            # typed beside a score does (leg_in_the_score)
            places = data.get("locations")
            if places:
                said.add("location")
            if data.get("radiating") is not None or (
                isinstance(places, list) and leg_in_the_score(map(str, places))
            ):
                said.add("radiating")
        elif kind in _ANSWERED_BY:
            said.add(_ANSWERED_BY[kind])
    return frozenset(said)


#: The places a pain in a leg is kept at (the parser's location codes).
_LEG_PLACES = frozenset({"leg", "leg_left", "leg_right"})


def leg_in_the_score(locations: Iterable[str]) -> bool:
    """Whether a score typed to the pain question named a leg as hurting ("7, leg's
    murder"): that answers "Does it run down a leg?" too, which is then not asked."""
    return not _LEG_PLACES.isdisjoint(locations)


def peg_score(pain: float, enjoyment: float, general: float) -> float:
    """PEG (Krebs et al. 2009): the mean of the three 0–10 items."""
    return (pain + enjoyment + general) / 3
