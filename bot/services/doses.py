"""The person took something: match it to a dose that was due, or log it as an extra
dose, and run the safety checks on it. Returns what happened as values; the chat layer
words them (bot.telegram.handlers.doses)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.safety import (
    DoseTaken,
    RegimenItem,
    SafetyWarning,
    check_as_needed_dose,
    check_dose_outside_regimen,
)
from bot.domain.states import DoseStatus
from bot.knowledge import get_drug
from bot.parsing import DoseIntent
from bot.parsing.vocabulary import GENERICS
from bot.services.regimen import regimen_item_of
from bot.storage import repositories as repo
from bot.storage.models import DoseOccurrence, Medication

# A "took it" is matched to a dose due within this window around when it was taken.
TOOK_WINDOW = dt.timedelta(hours=6)
# A "took it" may answer a scheduled dose due at most this long after it was taken.
EARLY = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class DoseAmount:
    """What one dose was, as said or as the medicine in the list has it."""

    amount: float | None
    unit: str | None

    @classmethod
    def of(cls, intent: DoseIntent, med: Medication | None) -> DoseAmount:
        """The amount said ("400mg"), else the listed medicine's own strength."""
        if intent.amount is not None:
            return cls(intent.amount, intent.unit)
        return cls(med.amount if med else None, med.unit if med else None)


@dataclass(frozen=True, slots=True)
class Matched:
    """The dose answered a scheduled one (`occurrence`, now taken) of `med`."""

    med: Medication
    occurrence: DoseOccurrence


@dataclass(frozen=True, slots=True)
class Logged:
    """An extra dose, stored; `listed`: of a medicine in the list; `known`: the knowledge
    file knows it (its totals are checked); `warnings`: the safety facts it raised."""

    name: str
    generic: str | None
    amount: DoseAmount
    count: float | None
    strength: str | None
    at: dt.datetime
    listed: bool
    named: bool
    known: bool
    warnings: list[SafetyWarning]


TakenOutcome = Matched | Logged


def taken_at(intent: DoseIntent, now: dt.datetime) -> dt.datetime:
    """When a dose was taken: as said, else now."""
    return dt.datetime.fromisoformat(intent.at).astimezone(dt.UTC) if intent.at else now


def generic_or_none(name: str | None) -> str | None:
    """The parser's generic name, or None for a name typed as-is ("CBD oil")."""
    if name is None:
        return None
    return name if name in GENERICS or get_drug(name) is not None else None


def find_med(meds: list[Medication], generic: str | None) -> Medication | None:
    """The listed medicine a parsed name stands for."""
    if generic is None:
        return None
    for m in meds:
        if generic in (m.generic, m.name.lower()):
            return m
    return None


async def record_taken(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    intent: DoseIntent,
    now: dt.datetime,
    raw: str,
    batch: str,
) -> TakenOutcome | None:
    """Record one dose taken at or before now; None for an unnamed dose with nothing due
    to answer (the caller asks which one)."""
    at = min(taken_at(intent, now), now)
    med = find_med(meds, intent.medication)
    candidates = [
        (o, m)
        for o, m in await repo.open_occurrences_near(s, user_id, at, TOOK_WINDOW)
        # Not a dose still hours away ("done" at 11:00 is not the 14:00 dose).
        if o.due_at <= at + EARLY
    ]
    if med is not None:
        candidates = [(o, m) for o, m in candidates if m.id == med.id]
    elif intent.medication is not None:
        candidates = []
    if not candidates and med is None and intent.medication is None:
        return None
    if candidates:
        occ, m = min(candidates, key=lambda p: abs((p[0].due_at - at).total_seconds()))
        await repo.answer_occurrence(
            s, user_id, occ.id, status=DoseStatus.TAKEN, now=now, taken_at=at
        )
        await s.refresh(occ)
        return Matched(m, occ)
    name = med.name if med else (intent.product or str(intent.medication))
    amount = DoseAmount.of(intent, med)
    generic = med.generic if med else generic_or_none(intent.medication)
    log = await repo.log_dose(
        s,
        user_id=user_id,
        medication_id=med.id if med else None,
        name=name,
        generic=generic,
        amount=amount.amount,
        unit=amount.unit,
        count=intent.count,
        taken_at=at,
        logged_at=now,
        raw_text=raw[:500],
        batch=batch,
    )
    return Logged(
        name=name,
        generic=generic,
        amount=amount,
        count=intent.count,
        strength=med.strength if med else None,
        at=at,
        listed=med is not None,
        named=intent.medication is not None,
        # A medicine the knowledge base knows is still checked (24-hour totals).
        known=generic is not None and get_drug(generic) is not None,
        warnings=await dose_warnings(s, user_id, meds, med, intent, at, log.id),
    )


async def dose_warnings(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    med: Medication | None,
    intent: DoseIntent,
    at: dt.datetime,
    log_id: int | None,
) -> list[SafetyWarning]:
    """24-hour totals against the user's own, the product's and the labelled maximum
    (all products); for a medicine outside the regimen, also the duplicate-ingredient and
    combination checks of adding it (PRODUCT.md §7)."""
    generic = med.generic if med else intent.medication
    if generic is None:
        return []
    regimen = [regimen_item_of(m) for m in meds]
    count = intent.count if intent.count is not None else (1 if intent.amount is None else None)
    amount = DoseAmount.of(intent, med)
    new = DoseTaken(
        generic=generic,
        name=med.name if med else (intent.product or generic),
        amount=amount.amount,
        unit=amount.unit,
        count=count,
        at=at,
        strength=med.strength if med else None,
    )
    since = at - dt.timedelta(hours=24)
    history = await repo.doses_taken_between(s, user_id, since, at, exclude_log=log_id)
    warnings = check_as_needed_dose(regimen, history, new)
    if med is None:
        name = intent.product or generic
        outside = RegimenItem(generic, name, amount.amount, amount.unit, None, True, None)
        warnings += check_dose_outside_regimen(regimen, outside)
    return warnings
