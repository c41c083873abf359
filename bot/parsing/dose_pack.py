"""Dose packs: "medrol dosepak 08:00" is one line whose days are printed on the pack.

A pack the knowledge file knows (methylprednisolone 4 mg, 21 tablets over six days)
becomes a taper of one-day steps, each the day's total, so the reminders, /meds and the
safety checks follow the pack without the person typing six steps.
"""

from __future__ import annotations

import dataclasses
import re

from bot.knowledge import DosePack, resolve_name
from bot.parsing.addline import AddRequest
from bot.parsing.course import TaperStep


@dataclasses.dataclass(frozen=True, slots=True)
class PackLine:
    """A dose-pack line read: the request with the pack's steps, and the pack itself."""

    request: AddRequest
    pack: DosePack


def _said_pack(low: str, pack: DosePack) -> str | None:
    """The pack word the line uses ("dosepak"), if any."""
    for name in sorted(pack.names, key=len, reverse=True):
        if re.search(rf"\b{re.escape(name)}\b", low):
            return name
    return None


def _pack_of(name: str | None) -> tuple[str, DosePack] | None:
    match = resolve_name(name) if name else None
    if match is None or match.drug.dose_pack is None:
        return None
    return match.generic, match.drug.dose_pack


def read_dose_pack(text: str, request: AddRequest) -> PackLine | None:
    """`request` as the pack's day-by-day steps when `text` names a known dose pack and
    no steps of its own (written steps win: the prescriber may have changed them)."""
    if request.course.steps:
        return None
    low = text.lower()
    known = _pack_of(request.name)
    said = _said_pack(low, known[1]) if known else None
    named_other = known is None and request.name and resolve_name(request.name) is not None
    if (known is None or said is None) and not named_other:
        # "dose pack 9am": the pack word alone names the medicine (a prednisone pack is
        # not this one: its days are not in the knowledge file).
        for candidate in ("dose pack", "dosepak", "dosepack"):
            found = _pack_of(candidate) if candidate in low else None
            if found is not None:
                known, said = found, candidate
                break
    if known is None or said is None:
        return None
    generic, pack = known
    name = request.name or generic
    if resolve_name(name) is None:
        name = generic
    if not any(word in name.lower() for word in pack.names):
        name = f"{name} {said}"
    steps = tuple(TaperStep(n * pack.tablet_mg, "mg", 1) for n in pack.tablets_by_day)
    course = dataclasses.replace(request.course, steps=steps, length_days=None, until=None)
    first = steps[0]
    return PackLine(
        dataclasses.replace(
            request, name=name, amount=first.amount, unit="mg", strength=None, course=course
        ),
        pack,
    )
