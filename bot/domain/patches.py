"""How long a patch put on stays on: a weekly buprenorphine patch is an opioid on board
every day until it is changed, not only on the day it was put on. Pure.

Sources (read): UK BuTrans SmPC (Napp), 4.2 "BuTrans should be administered every 7th
day"; butrans.com dosing, "Each Butrans patch is intended to be worn for 7 days"; UK
BuTrans patient leaflet (emc product 2008), "Each patch lasts for seven days".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Final

#: How long one patch of these medicines is worn (their labels' own words, above).
_WORN: Final[dict[str, dt.timedelta]] = {"buprenorphine": dt.timedelta(days=7)}
#: Names that are the patch form of those medicines.
_PATCH_NAMES: Final[tuple[str, ...]] = ("patch", "butrans", "butec", "norspan", "reletrans")


def worn_for(generic: str | None, name: str) -> dt.timedelta | None:
    """How long one patch of this medicine stays on; None for anything not a long-worn
    patch (a tablet, a film, a lidocaine patch taken off the same day)."""
    wear = _WORN.get((generic or "").lower())
    low = name.lower()
    if wear is None or not any(word in low for word in _PATCH_NAMES):
        return None
    return wear


def shown_unit(generic: str | None, name: str, unit: str | None) -> str | None:
    """The unit a strength is shown in: a long-worn patch's micrograms are per hour
    ("Butrans 10 mcg/h"), the rate it gives; "10 mcg" read as a dose taken at once.

    Source (read): buprenorphine transdermal system, openFDA NDC listing 58064-408
    (LTS Therapy Systems), strength "20 ug/h", package "168 h in 1 PATCH"; its label's
    cartons "5 mcg per hour ... 20 mcg per hour" (openFDA label set 315284b8-32ab-d34a-
    ea02-f501c6131bcc)."""
    if (unit or "").lower() == "mcg" and worn_for(generic, name) is not None:
        return "mcg/h"
    return unit


def worn_spans(
    applied: Iterable[dt.datetime], wear: dt.timedelta
) -> list[tuple[dt.datetime, dt.datetime]]:
    """Each patch's time on: from its putting on until the next one, or its wear."""
    times = sorted(applied)
    return [
        (at, min(at + wear, times[i + 1]) if i + 1 < len(times) else at + wear)
        for i, at in enumerate(times)
    ]


def worn_by_name(
    put_on: Iterable[tuple[str | None, str, dt.datetime]],
) -> dict[str, list[tuple[dt.datetime, dt.datetime]]]:
    """Each long-worn patch's times on, by its name, from (generic, name, when put on) of
    every dose taken; other medicines are left out."""
    times: dict[str, list[dt.datetime]] = {}
    wear: dict[str, dt.timedelta] = {}
    for generic, name, at in put_on:
        lasts = worn_for(generic, name)
        if lasts is not None:
            times.setdefault(name, []).append(at)
            wear[name] = lasts
    return {name: worn_spans(ats, wear[name]) for name, ats in times.items()}


def on_at(spans: Sequence[tuple[dt.datetime, dt.datetime]], at: dt.datetime) -> bool:
    """Whether a patch was on at `at`."""
    return any(start <= at < end for start, end in spans)


def days_on(spans: Sequence[tuple[dt.datetime, dt.datetime]], zone: dt.tzinfo) -> set[dt.date]:
    """The local days a patch was on at some moment (the day it came off only if it was
    on past that day's midnight)."""
    days: set[dt.date] = set()
    for start, end in spans:
        day = start.astimezone(zone).date()
        last = (end - dt.timedelta(microseconds=1)).astimezone(zone).date()
        while day <= last:
            days.add(day)
            day += dt.timedelta(days=1)
    return days
