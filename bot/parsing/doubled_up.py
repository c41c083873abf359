"""A missed dose made up by doubling the next: "doubled up on percocet cause I missed the
noon one", "two baclofen at once since I missed lunchtime's", "2x diclofenac to make up
for the morning one". Two records: the dose missed, and the double taken — the double is
what the day's totals and the doctor must see (it had been kept as the skip alone). Never
a double declined or asked about ("didn't double up", "should I double up?"). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.parsing.findings import DoseEvent, Found
from bot.parsing.medications import Mention
from bot.parsing.timephrases import resolve_scan, scan_time

__all__ = ["doubled_by_the_writer", "doubled_for_a_missed_one", "doubled_in_another_clause"]

# The double, said: "doubled up", "double dose", "took both together", "two at once"
_DOUBLED = re.compile(
    r"\b(?:doubled?(?:\s+up)?(?:\s+on)?|double\s+dose|(?:took|had|taking|swallowed)\s+both\b|"
    r"(?:two|2)\s+(?:of\s+(?:them|my|the)\s+)?(?:[\w/-]+\s+){0,2}(?:at\s+once|together|in\s+one\s+go)|"
    r"(?:both|two|2|2x|x2)\b[^.;]*?\bto\s+(?:make\s+up|catch\s+up)|made\s+up\s+for|"
    r"make\s+up\s+for)\b"
)
# Why: a dose missed, said with the double
_FOR_A_MISSED_ONE = re.compile(
    r"\b(?:missed|forgot|forgotten|skipped|missing|slipped|didn'?t\s+(?:take|have)|make\s+up|made\s+up|"
    r"catch\s+up)\b"
)
# The double declined, wondered about or planned: no dose
_NOT_DONE = re.compile(
    r"\b(?:didn'?t|did\s+not|don'?t|do\s+not|never|not|won'?t|wouldn'?t|shouldn'?t|should\s+i|"
    r"can\s+i|could\s+i|is\s+it|going\s+to|gonna|thinking|planning|wanted\s+to|was\s+going|"
    r"tempted|want\s+to|wanna|if|whether|afraid|scared|"
    r"told\s+(?:me\s+)?not|said\s+(?:not|no)|pharmacist\s+said|instead\s+of\s+doubling)\b"
)
# How many the double was, when said
_COUNT = {"two": 2.0, "2": 2.0, "2x": 2.0, "x2": 2.0, "both": 2.0}
_SAID_COUNT = re.compile(r"\b(two|2x|x2|2|both)\b")


def doubled_for_a_missed_one(parts: list[str], found: Found) -> None:
    """Where a clause tells a missed dose made up by a double, keep both: the skip, and
    the double taken (two, unless another count was said)."""
    for idx, clause in enumerate(parts):
        said = _DOUBLED.search(clause)
        if said is None or not _FOR_A_MISSED_ONE.search(clause):
            continue
        if _NOT_DONE.search(clause[: said.start()] + " " + said.group()):
            continue
        here = [d for d in found.doses if d.clause == idx]
        named = {d.medication for d in here if d.medication}
        if len(named) > 1:
            continue  # two medicines in one breath: which was doubled is not said
        medication = next(iter(named), None)
        taken = [d for d in here if d.status == "taken"]
        skipped = [d for d in here if d.status == "skipped"]
        count = _count_of(clause, said)
        made_up = said.group().startswith(("made", "make"))
        if taken:
            for skip in skipped:
                skip.medication = skip.medication or medication  # "…bc I skipped lunch's"
            if not skipped:
                found.doses.insert(
                    found.doses.index(taken[0]),
                    DoseEvent(status="skipped", medication=medication, clause=idx),
                )
            continue
        if not skipped:
            continue
        skip = skipped[0]
        double = None if made_up and count is None else (skip.count or count or 2.0)
        _beside_the_miss(found, skip, medication, double, None, idx, with_strength=True)


def _beside_the_miss(
    found: Found,
    skip: DoseEvent,
    medication: str | None,
    count: float | None,
    at: str | None,
    clause: int,
    *,
    with_strength: bool,
) -> None:
    """Put the double taken just after the miss it makes up; a count or strength said in
    the clause is the double's, never the miss's."""
    double = DoseEvent(
        status="taken",
        medication=medication,
        count=count,
        amount=skip.amount if with_strength else None,
        unit=skip.unit if with_strength else None,
        at=at,
        clause=clause,
        part=skip.part + 1,
    )
    kept = replace(skip, count=None)
    if with_strength:  # "2x diclofenac 50 …": the strength said is the double's
        kept.amount, kept.unit = None, None
    where = found.doses.index(skip)
    found.doses[where : where + 1] = [kept, double]


def _count_of(clause: str, said: re.Match[str]) -> float | None:
    m = _SAID_COUNT.search(said.group()) or _SAID_COUNT.search(clause)
    return _COUNT.get(m.group(1)) if m else None


# Two taken, said in a clause of its own after (or before) the miss: "so 2 caps today",
# "dinner was a 2-pill affair", "made up for it w 2 at 11", "double dose of mobic today"
_TWO_TAKEN = re.compile(
    r"\b(?:double\s+dose|a\s+double|doubled?(?:\s+up)?|"
    r"(?:had|took|take|chucked|swallowed|popped|downed|(?:made|make)\s+up\s+for\s+(?:it|that|them)\s+"
    r"(?:with|w))\s+(?:a\s+)?(?:2|two)\b"
    r"(?!\s*(?:hours?|hrs?|mins?|minutes?|days?|weeks?|am|pm|o'?clock|:))|"
    r"(?:2|two)[\s-]*(?:caps?|capsules?|tabs?|tablets?|pills?)\b|(?:2|two)-pill\b)"
)


def doubled_in_another_clause(
    parts: list[str], found: Found, now: datetime, zone: ZoneInfo
) -> None:
    """One dose missed, and two taken said in another clause of the message: the double
    is recorded beside the miss (at the time that clause tells)."""
    skips = [d for d in found.doses if d.status == "skipped" and d.medication]
    if len(skips) != 1 or any(d.status == "taken" for d in found.doses):
        return
    skip = skips[0]
    for idx, clause in enumerate(parts):
        said = _TWO_TAKEN.search(clause)
        if said is None:
            continue
        if idx == skip.clause and not (
            _DOUBLED.search(clause) or _FOR_A_MISSED_ONE.search(clause, 0, said.start())
        ):
            continue
        if _NOT_DONE.search(clause[: said.start()] + " " + said.group()):
            return
        when = resolve_scan(scan_time(clause), now, zone) if idx != skip.clause else None
        told = when.isoformat(timespec="seconds") if when and when <= now else None
        _beside_the_miss(found, skip, skip.medication, 2.0, told, idx, with_strength=False)
        found.explained[idx] = True
        if not _A_SCORE_SAID.search(clause):
            found.pain = [p for p in found.pain if p[1] != 2.0]  # "w 2 at 11": no pain of 2
        return


_A_SCORE_SAID = re.compile(r"\b(?:pain|hurts?|aches?|back|score|level|out\s+of)\b|/\s*10")


# A double told by its verb, the medicine right after: "doubled up on my tramadol", "I
# double dosed the oxy by accident", "think I doubled my norco" (no missed one needed)
_DOUBLED_IT = re.compile(
    r"\b(?:doubled(?:\s+up)?(?:\s+on)?|double[-\s]?dosed(?:\s+on)?)\s+"
    r"(?:my\s+|the\s+|on\s+(?:my\s+|the\s+)?)?(?:evening\s+|night\s+|morning\s+)?$"
)


def doubled_by_the_writer(
    parts: list[str],
    found: Found,
    mentions: Callable[[str], list[Mention]],
    now: datetime,
    zone: ZoneInfo,
) -> None:
    """A dose of the writer's doubled, said by its verb with the medicine right after
    ("doubled up on my tramadol by mistake"): a dose taken, two of it, as "took it twice"
    is. Never a double declined, asked or wished for (a doctor's "doubled my gabapentin"
    is set aside after, with every prescribed change)."""
    for idx, clause in enumerate(parts):
        for mention in mentions(clause):
            said = _DOUBLED_IT.search(clause, max(0, mention.start - 40), mention.start)
            if said is None or _NOT_DONE.search(clause, max(0, said.start() - 40), said.start()):
                continue
            here = [
                d
                for d in found.doses
                if d.clause == idx and d.medication in (mention.generic, None)
            ]
            if any(d.status != "taken" for d in here):
                continue  # a missed one made up, or a skip: doubled_for_a_missed_one's
            if here:
                for dose in here:
                    dose.medication = mention.generic
                    dose.count = dose.count if dose.count not in (None, 1.0) else 2.0
            else:
                when = resolve_scan(scan_time(clause), now, zone)
                at = when.isoformat(timespec="seconds") if when and when <= now else None
                found.doses.append(
                    DoseEvent(
                        status="taken", medication=mention.generic, count=2.0, at=at, clause=idx
                    )
                )
            found.explained[idx] = True
