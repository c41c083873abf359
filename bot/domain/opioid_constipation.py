"""Constipation told while an opioid was being taken: a labelled, common adverse reaction
of opioids that a doctor wants to see even when it was told on one or two days only
(Sandbox: "cant poop 4 days", then "still cant poop, 6 days now" on tramadol, listed
among the side effects but never "worth discussing", which asked for 3 days).

Sources (read, via the `search` tool):
* Tramadol hydrochloride tablets label (Ultram), ADVERSE REACTIONS, Table 2 "Cumulative
  Incidence of Adverse Reactions ... in Chronic Trials of Nonmalignant Pain (N=427)":
  Constipation 24% up to 7 days, 38% up to 30 days, 46% up to 90 days (druglib.com
  reproduction of the label); Ultram ER label, Table 1: constipation 12.2–29.7% by dose
  against 4.2% on placebo (mdtodate.com reproduction).
* drugs.yaml, class `opioid`: constipation among its side effects, from the
  hydrocodone/acetaminophen (Lortab) label: "Prolonged administration ... may produce
  constipation".
* CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022 (MMWR Recomm Rep
  2022;71(3)), p. 27: clinicians "should ensure that patients are aware of expected
  benefits of, common risks of, serious risks of, and alternatives to opioids"; "Many
  patients rank pain relief, nausea, vomiting, and constipation as important effects"
  (fliphtml5.com copy of the MMWR).

Pure: records in, facts out (dates, medicine names, the person's own count of days); the
words are written in bot.reports.text. No advice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import DoseTaken, drug_for
from bot.domain.records import RegimenEntry, SideEffectReport
from bot.domain.regimen import display_name
from bot.knowledge import drug_side_effects

__all__ = [
    "EFFECT",
    "SOURCE",
    "TAKEN_WITHIN",
    "OpioidConstipation",
    "days_said",
    "opioid_constipation",
]

EFFECT = "constipation"
#: An opioid taken this long before the constipation was told counts: opioids slow the
#: bowel for as long as they are taken, and "6 days now" is told days after it began.
TAKEN_WITHIN = dt.timedelta(hours=72)
#: The report's short citation (the full ones are in this module's docstring).
SOURCE = "opioid labels, adverse reactions; CDC 2022"

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "a": 1, "an": 1,
}  # fmt: skip
# "6 days now", "for 4 days", "in five days", "a week": a count of days or weeks; never
# "every 2 days" (a habit) nor "2 days ago" (when something happened).
_COUNT = re.compile(
    r"(?<!every )\b(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s*(?P<unit>days?|weeks?)\b"
    r"(?!\s+ago)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class OpioidConstipation:
    """Constipation told while an opioid was taken: the local days it was told, the
    opioids (names as the person calls them), and the longest count of days they said."""

    days: tuple[dt.date, ...]
    opioids: tuple[str, ...]
    said_days: int | None = None  # "6 days now" → 6; None: no count said
    said_on: dt.date | None = None  # the day that count was told
    carer: bool = False  # the count was a carer's words
    source: str = SOURCE


def days_said(words: str | None) -> int | None:
    """The longest count of days in what was written ("still cant poop, 6 days now" → 6,
    "a week" → 7), or None."""
    counts = []
    for m in _COUNT.finditer(words or ""):
        n = m["n"].lower()
        if n in ("a", "an") and m["unit"].lower().startswith("day"):
            continue  # "a day" is no count of days without a bowel movement
        value = int(n) if n.isdigit() else _NUMBER_WORDS[n]
        counts.append(value * (7 if m["unit"].lower().startswith("week") else 1))
    return max(counts, default=None) or None


def _is_opioid(generic: str | None, name: str) -> bool:
    """An opioid whose side effects, as the knowledge file holds them, name constipation."""
    drug = drug_for(generic, name)
    return drug is not None and "opioid" in drug.classes and EFFECT in drug_side_effects(drug)


def _scheduled_on(e: RegimenEntry, at: dt.datetime) -> bool:
    """A scheduled (not as-needed) version on the list at `at`, not paused then."""
    if e.as_needed or e.started_at > at or (e.ended_at is not None and e.ended_at <= at):
        return False
    return not (e.paused and (e.paused_at is None or e.paused_at <= at))


def _opioids_at(
    at: dt.datetime, taken: Sequence[DoseTaken], regimen: Sequence[RegimenEntry]
) -> list[str]:
    """The opioids taken in the 72 hours before `at`, or scheduled on the list then."""
    since = at - TAKEN_WITHIN
    names = [d.name for d in taken if since <= d.at <= at and _is_opioid(d.generic, d.name)]
    names += [e.name for e in regimen if _scheduled_on(e, at) and _is_opioid(e.generic, e.name)]
    return names


def opioid_constipation(
    reports: Sequence[SideEffectReport],
    taken: Sequence[DoseTaken],
    regimen: Sequence[RegimenEntry],
    zone: ZoneInfo,
    start: dt.date,
    end: dt.date,
) -> OpioidConstipation | None:
    """Constipation told on the local days `start`..`end` while an opioid was taken, or
    None when none was (constipation on no opioid stays an ordinary side effect)."""
    days: dict[dt.date, None] = {}
    names: dict[str, None] = {}
    said: tuple[int, dt.date, bool] | None = None
    for s in sorted(reports, key=lambda r: r.at):
        day = s.at.astimezone(zone).date()
        if not start <= day <= end or EFFECT not in {e.strip().lower() for e in s.effects}:
            continue
        opioids = _opioids_at(s.at, taken, regimen)
        if not opioids:
            continue
        days.setdefault(day, None)
        for n in opioids:
            names.setdefault(display_name(n), None)
        count = days_said(s.words)
        if count is not None and (said is None or count >= said[0]):
            said = (count, day, s.carer)
    if not days:
        return None
    return OpioidConstipation(
        tuple(days),
        tuple(names),
        said[0] if said else None,
        said[1] if said else None,
        said[2] if said else False,
    )
