"""The person took something: match it to a dose that was due, or log it as an extra
dose, and run the safety checks on it. Returns what happened as values; the chat layer
words them (bot.telegram.handlers.doses)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.domain.alcohol import DRINK_WITHIN, warned_of
from bot.domain.alcohol import after_a_drink as _after_a_drink
from bot.domain.dose_amounts import (
    amount_beyond,
    another_brand,
    another_product,
    another_strength,
    could_be_a_dose_of,
    counted_unit,
    in_mg_of_liquid,
    is_liquid,
    listed_ml,
    ml_choices,
    part_taken,
    plainly_named,
    saved_as,
    strength_in_name,
    tablet_of_the_dose,
    tablets_beyond,
    to_mg,
)
from bot.domain.regimen import names_it, once_a_week, product_names_it
from bot.domain.safety import (
    PAIR_TOLD_FOR,
    DoseTaken,
    RegimenItem,
    SafetyWarning,
    check_as_needed_dose,
    check_dose_outside_regimen,
    check_other_product_of_listed,
    check_scheduled_dose,
    check_taken_together,
    said_briefly,
    sedatives_beside_a_bigger_dose,
    told_again,
)
from bot.domain.schedule import named_by_its_old_time, next_due, parse_times
from bot.domain.states import DoseStatus, SkipReason
from bot.knowledge import get_drug
from bot.parsing import DoseIntent
from bot.parsing.alcohol import drank_alcohol
from bot.parsing.all_but import says_the_rest, told_as_one
from bot.parsing.loose_dose import says_another
from bot.parsing.missed_said import Missed
from bot.parsing.text import normalise
from bot.parsing.vocabulary import GENERICS
from bot.services.regimen import regimen_item_of
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, User
from bot.storage.repositories import schedule_of

# A "took it" is matched to a dose due within this window around when it was taken.
TOOK_WINDOW = dt.timedelta(hours=6)
#: How near the time said a forgotten dose's occurrence is looked for.
FORGOTTEN_NEAR = dt.timedelta(hours=1)
# A "took it" may answer a scheduled dose due at most this long after it was taken.
EARLY = dt.timedelta(minutes=30)
# A typed "took it" / "skip" answers a reminder sent at most this long ago.
ANSWER_WINDOW = dt.timedelta(hours=6)
# A dose "taken" a few minutes ahead is a clock or a rounding, not the future.
FUTURE_GRACE = dt.timedelta(minutes=5)


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


def more_than_one_dose(amount: DoseAmount, count: float | None, med: Medication) -> bool:
    """A dose of a listed medicine bigger than the list's one dose, the most of a range
    ("1-2 tablets": 2): more tablets than it has ("took 2 oxys" of one at a time), or
    more of its unit ("10mg" of 5 mg)."""
    per = med.units_per_dose_max or med.units_per_dose or 1
    if amount.amount is not None and (amount.unit or "").lower() == "ml" and med.volume_ml:
        # ml of a listed liquid against its dose's most in ml ("15 ml" of 2.5–5 ml)
        return amount.amount * (count or 1) > per * med.volume_ml * 1.001
    if amount.amount is not None and med.amount is not None:
        # in mg where both convert ("400" listed with no unit is mg, as the safety checks
        # read it), else in the one unit both share
        said, listed = to_mg(amount.amount, amount.unit), to_mg(med.amount, med.unit)
        if said is None or listed is None:
            said, listed = (amount.amount, med.amount) if amount.unit == med.unit else (None, None)
        if said is not None and listed is not None:
            return said * (count or 1) > listed * per * 1.001
    return count is not None and count > per


def units_taken(intent: DoseIntent, med: Medication | None) -> float | None:
    """The tablets said ("took 2"); else, for a listed medicine with no amount said, its
    own dose ("2 tablets" on /add); None: the amount, or one unit, is the whole dose."""
    if intent.count is not None:
        return _of_tablets(intent, med)
    if intent.amount is None and med is not None:
        return med.units_per_dose
    return None


def liquid_in_ml(intent: DoseIntent, med: Medication | None) -> DoseIntent:
    """A dose of a listed liquid told with no amount ("took oramorph", "half my dose") as
    the ml of its listed dose: kept, counted and said in ml with its mg, never "0.5 ×
    Oramorph 10 mg" as if of tablets (Sandbox, London). A count said alone ("took 2
    oramorph") is no ml yet: it is asked (`liquid_count_unsaid`)."""
    if med is None or intent.amount is not None:
        return intent
    if intent.count is not None and not intent.of_dose:
        return intent
    ml = listed_ml(regimen_item_of(med), intent.count if intent.count is not None else 1.0)
    if ml is None:
        return intent
    return replace(intent, amount=ml, unit="ml", count=None, of_dose=False)


def liquid_count_unsaid(intent: DoseIntent, med: Medication | None) -> tuple[float, ...]:
    """The ml a count told of a listed liquid may have been ("took 2 oramorph": two doses
    of 2.5 ml, of 5 ml, or 2 ml), to ask with one tap; () when it is no such count."""
    if med is None or intent.count is None or intent.amount is not None or intent.of_dose:
        return ()
    item = regimen_item_of(med)
    return ml_choices(item, intent.count) if is_liquid(item) else ()


def counted_tablets(intent: DoseIntent, med: Medication | None) -> DoseIntent:
    """Tablets counted of a listed dose that is several of one marketed tablet ("2
    paracetamol" of a listed 1 g) carry that tablet's strength: two 500 mg tablets are
    the dose, not two doses of 1 g (a false 24-hour overdose otherwise)."""
    if med is None or intent.count is None or intent.amount is not None or intent.of_dose:
        return intent
    if _named_other_strength(intent, med) is not None:
        return intent
    each = tablet_of_the_dose(regimen_item_of(med), intent.count)
    return intent if each is None else replace(intent, amount=each, unit="mg")


def part_of_the_dose(intent: DoseIntent, med: Medication) -> float | None:
    """The units of `med`'s strength taken when the person said less than its dose ("½ a
    naproxen", "just 1 of my 2 gabapentin", "an advil" beside a listed 400 mg); None for
    the whole dose, or more (the more is an extra dose of its own)."""
    intent = counted_tablets(intent, med)
    amount, unit = intent.amount, intent.unit
    if amount is None:
        named = _named_other_strength(intent, med)
        amount, unit = (named, "mg") if named is not None else (None, None)
    return part_taken(_of_tablets(intent, med), amount, unit, regimen_item_of(med))


def _of_tablets(intent: DoseIntent, med: Medication | None) -> float | None:
    """The count said, in tablets: "half my dose" of a two-capsule dose is one capsule."""
    if intent.of_dose and intent.count is not None and med is not None:
        return intent.count * (med.units_per_dose or 1)
    return intent.count


@dataclass(frozen=True, slots=True)
class Matched:
    """The dose answered a scheduled one (`occurrence`, now taken) of `med`; `extra`, the
    tablets beyond that dose ("took my gabapentin twice"), logged as an extra dose."""

    med: Medication
    occurrence: DoseOccurrence
    extra: Logged | None = None
    #: the 24-hour totals past a label's maximum, said once after the doses answered
    warnings: tuple[SafetyWarning, ...] = ()


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
    #: The stored row, so the reply's Undo takes back this dose and nothing else.
    log_id: int
    #: The listed medicine this product was not counted as ("Advil" beside a listed
    #: ibuprofen 400 mg): its name, as the reply says so.
    instead_of: Medication | None = None
    #: A medicine off the list whose course has ended: the course (its last day)
    after_course: Medication | None = None
    #: The same dose (medicine, count, time within minutes) was logged before: said, with
    #: its Undo (Sandbox, Johannesburg: sent twice, 2,000 mg of paracetamol at one minute)
    told_before: bool = False
    #: The listed medicine whose one dose this was more than ("took 2 oxys" of oxycodone
    #: 5 mg one at a time): the reply says so, as the doctor will read it.
    beyond: Medication | None = None
    #: ml of a liquid listed with its concentration: the mg they hold ("5 ml (10 mg)")
    as_mg: float | None = None


TakenOutcome = Matched | Logged


def taken_at(intent: DoseIntent, now: dt.datetime) -> dt.datetime:
    """When a dose was taken: as said, else now."""
    return dt.datetime.fromisoformat(intent.at).astimezone(dt.UTC) if intent.at else now


def generic_or_none(name: str | None) -> str | None:
    """The parser's generic name, or None for a name typed as-is ("CBD oil")."""
    if name is None:
        return None
    return name if name in GENERICS or get_drug(name) is not None else None


def find_med(
    meds: list[Medication], generic: str | None, product: str | None = None
) -> Medication | None:
    """The listed medicine a parsed name stands for: of two entries with that ingredient
    (Dolo 650 and Crocin, both paracetamol), the one whose name the person wrote
    (`product`, "took 2 crocin"), never the first listed (Sandbox, Pune)."""
    if generic is None:
        return None
    found = [m for m in meds if names_it(generic, m.said_generic, m.name)]
    named = next((m for m in found if product_names_it(product, m.name)), None)
    return named or next(iter(found), None)


def med_of(meds: list[Medication], intent: DoseIntent) -> Medication | None:
    """The listed medicine a dose told is of (the brand named wins; see find_med)."""
    return find_med(meds, intent.medication, intent.product)


def versions_of(med: Medication) -> tuple[int, ...]:
    """`med` and the version it replaced: a change "from Thursday" leaves the old one
    running till then, and a dose told of it is this medicine's, never an extra one."""
    return (med.id,) if med.replaces_id is None else (med.id, med.replaces_id)


def same_medicine(m: Medication, med: Medication) -> bool:
    """Whether `m` is `med`, or the version just before or after it."""
    return m.id in versions_of(med) or med.id in versions_of(m)


def amount_fits(intent: DoseIntent, med: Medication) -> bool:
    """Whether the amount an unnamed dose was told in ("2.5 ml", "400mg") could be a
    dose of `med`; True when none was told, or of a combination (either figure)."""
    if med.strength:
        return True
    return could_be_a_dose_of(intent.amount, intent.unit, med.amount, med.unit, med.volume_ml)


async def record_taken(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    intent: DoseIntent,
    now: dt.datetime,
    raw: str,
    batch: str,
    zone: str | None = None,
) -> list[TakenOutcome]:
    """Record a dose taken at or before now: the scheduled dose it answers, else an extra
    dose. An unnamed one ("took them all" after their reminder went by) answers every dose
    due together nearest when it was taken, as the reminder's All taken would. Empty for
    an unnamed dose with nothing due to answer (the caller asks which one). `zone`: the
    person's, whose packs a strength nobody said is counted by."""
    at = min(taken_at(intent, now), now)
    med = med_of(meds, intent)
    candidates = await answerable(s, user_id, at)
    if med is not None:
        candidates = [(o, m) for o, m in candidates if same_medicine(m, med)]
        if another_product_said(intent, med):
            candidates = []  # kept as the product said, by _log_extra
    elif intent.medication is not None:
        candidates = []
    else:
        # "had 2.5 mls" at 11 of the 08:00 ibuprofen gone by: never that tablet, in ml
        candidates = [(o, m) for o, m in candidates if amount_fits(intent, m)]
    if med is not None and intent.for_due is not None:
        # "forgot my lyrica at 2100, just took it now" at 04:10: that dose, taken late,
        # however long ago it was due (it was an extra dose beside a missed one)
        due = dt.datetime.fromisoformat(intent.for_due)
        candidates = await forgotten(s, user_id, med, due, at) or candidates
    if (
        not candidates
        and med is not None
        and intent.for_due is None
        and _once_a_day(med)
        and not another_product_said(intent, med)
    ):
        # "yep had it" at 15:00 of the 07:00 prednisone gone by untaken: that dose, taken
        # late — never an extra 40 mg beside a missed one (Sandbox, Auckland: shift work)
        candidates = await _open_earlier(s, user_id, med, at)
    if not candidates and (med is not None or intent.medication is None):
        # "forgot the gaba" at 08:55, "just took it" at 11: that dose, taken late — never
        # an extra 300 mg beside a skip, nor "which one?" (Sandbox, Denver)
        told = await told_forgotten(s, user_id, at, med)
        if told is not None and not (med is not None and another_product_said(intent, med)):
            occ, of = told
            if await repo.take_forgotten(s, user_id, occ.id, now=now, taken_at=at):
                await s.refresh(occ)
                warned = await scheduled_warnings(s, user_id, meds, [(occ, of)], batch, zone)
                return [Matched(of, occ, None, tuple(warned))]
    if not candidates and med is not None and not another_product_said(intent, med):
        # "changed the patch" on Tuesday of Monday's weekly patch, missed or told forgotten:
        # that dose, taken late — never a skip beside an extra patch (Sandbox, Dublin)
        late = await _weekly_gone_by(s, user_id, med, at)
        if late is not None and late.status == DoseStatus.SKIPPED:
            if await repo.take_forgotten(s, user_id, late.id, now=now, taken_at=at):
                await s.refresh(late)
                warned = await scheduled_warnings(s, user_id, meds, [(late, med)], batch, zone)
                return [Matched(med, late, None, tuple(warned))]
        elif late is not None:
            candidates = [(late, med)]
    if not candidates and med is None and intent.medication is None:
        return []
    if not candidates:
        return [await _log_extra(s, user_id, meds, med, intent, at, now, raw, batch, zone)]
    near = dt.datetime.fromisoformat(intent.for_due) if intent.for_due else at
    occ, m = min(candidates, key=lambda p: abs((p[0].due_at - near).total_seconds()))
    # Tablets said ("took 2") belong to one medicine: the group only when none were.
    whole = intent.medication is None and not intent.count and not intent.amount
    together = [(o, x) for o, x in candidates if o.due_at == occ.due_at]
    if intent.medication is None and not whole and len({x.id for _, x in together}) > 1:
        # "took 2", "took the little white one" with two medicines due: which is asked,
        # never guessed (the nearest had been taken, whichever came first)
        return []
    group = together if whole else [(occ, m)]
    out: list[Matched] = []
    for o, x in group:
        part = None if whole else part_of_the_dose(intent, x)
        await repo.answer_occurrence(
            s, user_id, o.id, status=DoseStatus.TAKEN, now=now, taken_at=at, units=part
        )
        await s.refresh(o)
        extra = await _log_beyond(s, user_id, meds, x, intent, at, now, raw, batch, zone)
        out.append(Matched(x, o, extra))
    if not any(o.extra for o in out):
        # (tablets beyond the dose were checked with their own log, these doses counted)
        warned = await scheduled_warnings(s, user_id, meds, group, batch, zone)
        if warned:
            out[-1] = replace(out[-1], warnings=tuple(warned))
    return list(out)


#: How long after a dose was told forgotten a "took it" is that dose, taken late.
FORGOT_THEN_TOOK = dt.timedelta(hours=12)


def _last_reminded(
    group: list[tuple[DoseOccurrence, Medication]],
) -> list[tuple[DoseOccurrence, Medication]]:
    """The doses of a slot whose reminder went out last (a snooze's return, a nudge of
    one): all of them when they were last reminded together."""

    def last(o: DoseOccurrence) -> int:
        return max(o.message_id or 0, o.followup_message_id or 0)

    newest = max(last(o) for o, _ in group)
    return [(o, m) for o, m in group if last(o) == newest]


async def told_forgotten(
    s: AsyncSession, user_id: int, at: dt.datetime, med: Medication | None = None
) -> tuple[DoseOccurrence, Medication] | None:
    """The dose told forgotten up to FORGOT_THEN_TOOK before `at` (of `med`, else of the
    one medicine told so) that a "took it" then is: still its medicine's latest dose due by
    `at` — never once a later dose of it has come due. None when there is none, or when
    no medicine is named and doses of several were told forgotten."""
    skipped = await repo.doses_answered_since(
        s, user_id, at - dt.timedelta(days=1), DoseStatus.SKIPPED
    )
    told = [
        (o, m)
        for o, m in skipped
        if o.skip_reason == SkipReason.FORGOT
        and o.due_at <= at
        and o.answered_at is not None
        and at - FORGOT_THEN_TOOK <= o.answered_at <= at + EARLY
        and (med is None or same_medicine(m, med))
        and not m.as_needed
    ]
    if not told or len({m.id for _, m in told}) > 1:
        return None
    occ, of = max(told, key=lambda p: p[0].due_at)
    if await repo.dose_due_between(s, user_id, versions_of(of), occ.due_at, at):
        return None  # its next dose is due by now: a "took it" is that one's, or an extra
    return occ, of


async def forgotten(
    s: AsyncSession, user_id: int, med: Medication, due: dt.datetime, at: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The open doses of `med` a forgotten one told as due at `due` may be: near that time,
    else (a part of the day said: "last night" read as 22:00 of a 20:00 dose) within the
    "took" window of it, but never the one due when it was taken."""
    told = await repo.open_occurrences_near(s, user_id, due, FORGOTTEN_NEAR)
    mine = [(o, m) for o, m in told if same_medicine(m, med) and o.due_at <= at]
    if mine:
        return mine
    told = await repo.open_occurrences_near(s, user_id, due, TOOK_WINDOW)
    return [
        (o, m)
        for o, m in told
        if same_medicine(m, med)
        and o.due_at <= at - EARLY
        and abs(o.due_at - due) < abs(o.due_at - at)
    ]


#: How far before a dose told loosely ("tonight", by a carer) one logged may be the same.
LOOSE_STRETCH = dt.timedelta(hours=3)


async def logged_in_stretch(
    s: AsyncSession,
    user_id: int,
    med: Medication,
    at: dt.datetime,
    now: dt.datetime,
    meds: Sequence[Medication] = (),
) -> DoseTaken | None:
    """The latest extra dose of `med` logged in the stretch before a dose told loosely at
    `at` (Sandbox, Sydney: "he had an extra endone tonight" was the 20:30 one, told again).
    A dose logged under another entry of `meds` with the same ingredient is not it: a Dolo
    told after a Crocin is a second tablet, never "the Crocin logged at 09:35" (Sandbox, Pune)."""
    near = await repo.doses_taken_between(s, user_id, at - LOOSE_STRETCH, max(at, now))
    generic = med.said_generic
    others = {m.name.lower() for m in meds if not same_medicine(m, med)}
    others.discard(med.name.lower())
    mine = [
        d
        for d in near
        if not d.scheduled
        and (
            d.name.lower() == med.name.lower()
            or (generic and d.generic == generic and d.name.lower() not in others)
        )
    ]
    return max(mine, key=lambda d: d.at) if mine else None


async def scheduled_warnings(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    answered: Sequence[tuple[DoseOccurrence, Medication]],
    batch: str | None = None,
    zone: str | None = None,
) -> list[SafetyWarning]:
    """After scheduled doses were answered taken: their ingredients' 24-hour totals past
    a label's maximum (a tap is a dose logged as much as words are), and a label's words
    on alcohol after a drink told (`batch`: the message that told the dose)."""
    taken = [(o, m) for o, m in answered if o.status == DoseStatus.TAKEN and o.taken_at]
    if not taken:
        return []
    times = [o.taken_at for o, _ in taken if o.taken_at is not None]
    # (24 hours past them too: a morning's dose answered in the evening, after doses
    # logged for the afternoon, completes their 24 hours)
    near = await repo.doses_taken_between(
        s, user_id, min(times) - dt.timedelta(hours=24), max(times) + dt.timedelta(hours=24)
    )
    day = [d for d in near if d.at <= max(times)]
    regimen = [regimen_item_of(m) for m in meds]
    out: list[SafetyWarning] = []
    before: list[DoseTaken] | None = None
    for o, m in taken:
        assert o.taken_at is not None
        dose = DoseTaken(
            generic=m.generic,
            name=m.name,
            amount=m.amount,
            unit=m.unit,
            count=None,
            at=o.taken_at,
            strength=m.strength,
        )
        out += [w for w in check_scheduled_dose(regimen, near, dose, zone) if w not in out]
        # beside an extra dose taken today (an Aleve on the day's meloxicam), once a day
        together = check_taken_together(regimen, day, replace(dose, scheduled=True))
        if together:
            # the day before those, read once and only with a pair to tell: what an
            # as-needed partner's dose was told beside
            if before is None:
                day_ago = min(times) - dt.timedelta(hours=24)
                before = await repo.doses_taken_between(
                    s, user_id, day_ago - dt.timedelta(hours=24), day_ago
                )
            together = check_taken_together(
                regimen, day, replace(dose, scheduled=True), [*before, *day]
            )
            said = {_pair_of(w) for w in out}
            together = [w for w in together if _pair_of(w) not in said]
            when = o.answered_at or o.taken_at
            together = await _briefly(s, user_id, regimen, together, dose, when, zone)
        out += [w for w in together if w not in out]
        earlier = [d for d in day if d.at < o.taken_at]
        drink = await after_a_drink(s, user_id, m.name, o.taken_at, earlier, batch)
        if drink is not None and drink not in out:
            out.append(drink)
    return out


def _pair_of(warning: SafetyWarning) -> tuple[str, tuple[str, ...]]:
    return warning.code, tuple(sorted(warning.medications))


async def _briefly(
    s: AsyncSession,
    user_id: int,
    regimen: Sequence[RegimenItem],
    together: list[SafetyWarning],
    dose: DoseTaken,
    now: dt.datetime,
    zone: str | None,
) -> list[SafetyWarning]:
    """A dose's pair warnings, each told in full within the last week said in one line
    (said_briefly); those said in full now are kept. The pairs told are read only for a
    dose with a pair that has a brief, never for every dose."""
    tz = ZoneInfo(zone or "UTC")
    out, fresh = said_briefly(regimen, together, [], dose, now, tz)
    if not fresh:
        return out
    told = await records.pairs_told_since(s, user_id, now - PAIR_TOLD_FOR)
    out, fresh = said_briefly(regimen, together, told, dose, now, tz)
    await records.keep_pairs_told(s, user_id, fresh)
    return out


def _some(warning: SafetyWarning | None) -> list[SafetyWarning]:
    return [warning] if warning is not None else []


#: How long after it was due a once-a-day medicine's dose, still open, is the one a
#: "took it" answers (past the usual window, before the next day's).
ONCE_A_DAY_LATE = dt.timedelta(hours=16)


def _once_a_day(med: Medication) -> bool:
    """Whether `med` is taken at one time of day on a schedule (not as needed)."""
    return not med.as_needed and len(parse_times(med.times)) == 1


async def _open_earlier(
    s: AsyncSession, user_id: int, med: Medication, at: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The open doses of `med` due up to ONCE_A_DAY_LATE before `at`."""
    half = ONCE_A_DAY_LATE / 2
    near = await repo.open_occurrences_near(s, user_id, at - half, half)
    return [(o, m) for o, m in near if same_medicine(m, med) and o.due_at <= at]


#: How long after its due time a once-a-week dose, gone by untaken, is the one a "took it"
#: answers: up to half its week, nearer that dose than the next (a patch changed a day late).
WEEKLY_LATE = dt.timedelta(days=3, hours=12)


async def _weekly_gone_by(
    s: AsyncSession, user_id: int, med: Medication, at: dt.datetime
) -> DoseOccurrence | None:
    """The latest dose of a once-a-week `med` due up to WEEKLY_LATE before `at`, missed
    or skipped as forgotten, when no dose of it was taken since; None otherwise (always
    for a medicine taken daily)."""
    if med.as_needed or not once_a_week(med.weekdays, med.every_days):
        return None
    missed = await repo.open_occurrences_near(s, user_id, at, WEEKLY_LATE)
    skipped = await repo.doses_answered_since(s, user_id, at - WEEKLY_LATE, DoseStatus.SKIPPED)
    gone = [
        o
        for o, m in [*missed, *skipped]
        if same_medicine(m, med)
        and at - WEEKLY_LATE <= o.due_at <= at
        and (o.status != DoseStatus.SKIPPED or o.skip_reason == SkipReason.FORGOT)
    ]
    if not gone:
        return None
    latest = max(gone, key=lambda o: o.due_at)
    since = await repo.doses_taken_between(s, user_id, latest.due_at, at)
    generic = med.said_generic
    if any(d.name.lower() == med.name.lower() or (generic and d.generic == generic) for d in since):
        return None  # a patch put on since: this one is another, not that dose late
    return latest


async def answerable(
    s: AsyncSession, user_id: int, at: dt.datetime
) -> list[tuple[DoseOccurrence, Medication]]:
    """The doses a "took it" at `at` may answer: waiting or gone by within the window, and
    not one still hours away ("done" at 11:00 is not the 14:00 dose)."""
    near = await repo.open_occurrences_near(s, user_id, at, TOOK_WINDOW)
    return [(o, m) for o, m in near if o.due_at <= at + EARLY]


async def _log_extra(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    med: Medication | None,
    intent: DoseIntent,
    at: dt.datetime,
    now: dt.datetime,
    raw: str,
    batch: str,
    zone: str | None,
) -> Logged:
    """A dose no scheduled one was waiting for: stored, and checked (by `zone`'s packs)."""
    intent = counted_tablets(liquid_in_ml(intent, med), med)
    named = _named_other_strength(intent, med)
    if named is not None and med is not None and saved_as(intent.product, med.name):
        # "took 2 advil" of a listed "Advil 400": the Advil label's tablet is 200 mg, and
        # the list's 400 is what one dose of it comes to, so the two tablets are 400 mg of
        # this medicine — counted at the label's strength (never 2 × 400 mg), and kept as
        # the listed Advil, not "instead of" a medicine of the very name said.
        intent = replace(intent, amount=named, unit="mg")
        named = None
    other = named is None and med is not None and _named_other_product(intent, med)
    instead_of = med if named is not None or other else None
    if instead_of is not None:
        # "took 2 advil" beside a listed ibuprofen 800 mg: two 200 mg tablets of Advil, not
        # two of the listed ones (1,600 mg) — kept as the product said, counted in mg; a
        # Zapain beside a listed Solpadeine Max is no dose of it, its strength not guessed.
        med = None
    name = med.name if med else (intent.product or str(intent.medication))
    amount = DoseAmount.of(intent, med) if named is None else DoseAmount(named, "mg")
    count = units_taken(intent, med)
    generic = med.generic if med else generic_or_none(intent.medication)
    # "1000 of tylenol": kept in mg, as the reply says it and the totals count it
    amount = replace(amount, unit=counted_unit(generic, name, amount.amount, amount.unit))
    log = await repo.log_dose(
        s,
        user_id=user_id,
        medication_id=med.id if med else None,
        name=name,
        generic=generic,
        amount=amount.amount,
        unit=amount.unit,
        count=count,
        taken_at=at,
        logged_at=now,
        raw_text=raw[:500],
        batch=batch,
    )
    day_before = _DayBefore(s, user_id, log)
    ended = None
    if med is None and instead_of is None and generic is not None:
        ended = await repo.ended_course(s, user_id, generic)
    return Logged(
        name=name,
        generic=generic,
        amount=amount,
        count=count,
        strength=med.strength if med else None,
        at=at,
        listed=med is not None,
        named=intent.medication is not None,
        # A medicine the knowledge base knows is still checked (24-hour totals).
        known=generic is not None and get_drug(generic) is not None,
        # Beside the listed medicine of its own ingredient, no new pair to check.
        warnings=[
            *await _dose_warnings(
                meds,
                med or instead_of,
                intent,
                name,
                amount,
                day_before,
                instead_of=instead_of,
                zone=zone,
            ),
            *_some(await after_a_drink(s, user_id, name, at, await day_before.doses(), batch)),
        ],
        instead_of=instead_of,
        log_id=log.id,
        # ("took dolo 2 times today" counts doses, none of them bigger than the list's)
        beyond=(
            med
            if not intent.of_dose and await _beyond_first_today(med, amount, count, day_before)
            else None
        ),
        after_course=ended,
        # ("took another tramadol" a minute after one: more, never the same one told again)
        told_before=not says_another(raw)
        and await _told_before(name, (amount.amount, count), at, day_before),
        as_mg=in_mg_of_liquid(amount.amount, amount.unit, count, regimen_item_of(med))
        if med is not None
        else None,
    )


async def after_a_drink(
    s: AsyncSession,
    user_id: int,
    name: str,
    at: dt.datetime,
    earlier: Sequence[DoseTaken],
    batch: str | None = None,
) -> SafetyWarning | None:
    """A dose of `name` taken `at`, within hours after a drink was told (kept as a note
    for the doctor, bot.telegram.handlers.router): its label's words on alcohol, once —
    not when a dose of it was already taken since that drink (`earlier`: the doses before
    this one). A drink told in the same message (`batch`) is answered there."""
    if not warned_of(name):
        return None  # (no label words to say: no read of the notes for it)
    notes = await records.records_between(s, user_id, at - DRINK_WITHIN, at, kinds=["note"])
    drinks = [
        n
        for n in notes
        if n.batch != batch and drank_alcohol(normalise(str(json.loads(n.data).get("text", ""))))
    ]
    if not drinks:
        return None
    drink_at = drinks[-1].at
    warning = _after_a_drink(name, drink_at, at)
    if warning is None:
        return None
    already = any(
        drink_at <= d.at < at and set(warned_of(d.name)) & set(warning.medications) for d in earlier
    )
    return None if already else warning


async def _told_before(
    name: str,
    dose: tuple[float | None, float | None],
    at: dt.datetime,
    day_before: _DayBefore,
) -> bool:
    """Whether the same dose (`dose`: its amount and count) was logged within minutes of
    `at` before this one; 5 ml after 2 ml of a liquid is another (Sandbox, London)."""
    amount, count = dose
    near = dt.timedelta(minutes=5)
    return any(
        not d.scheduled
        and d.name.lower() == name.lower()
        and (d.count or 1.0) == (count or 1.0)
        and d.amount == amount
        and abs(d.at - at) <= near
        for d in await day_before.doses()
    )


class _DayBefore:
    """The doses of the 24 hours before a dose just logged (itself left out), and of the
    24 hours after it, read once and only when a check needs them."""

    def __init__(self, s: AsyncSession, user_id: int, log: DoseLog) -> None:
        self.session, self._user_id, self.log = s, user_id, log
        self._near: list[DoseTaken] | None = None

    async def doses(self) -> list[DoseTaken]:
        """The doses of the 24 hours up to it."""
        return [d for d in await self.near() if d.at <= self.log.taken_at]

    async def day_earlier(self) -> list[DoseTaken]:
        """The doses of the 24 hours before those (24 to 48 hours before it): what a
        partner's dose of the last day was told beside (check_taken_together)."""
        at, day = self.log.taken_at, dt.timedelta(hours=24)
        return await repo.doses_taken_between(
            self.session, self._user_id, at - 2 * day, at - day, exclude_log=self.log.id
        )

    async def near(self) -> list[DoseTaken]:
        """The doses of the 24 hours either side of it, read on first use: a dose told
        after later ones ("and 1000 at 8 this morning") completes their 24 hours."""
        if self._near is None:
            at, day = self.log.taken_at, dt.timedelta(hours=24)
            self._near = await repo.doses_taken_between(
                self.session, self._user_id, at - day, at + day, exclude_log=self.log.id
            )
        return self._near


async def _beyond_first_today(
    med: Medication | None,
    amount: DoseAmount,
    count: float | None,
    day_before: _DayBefore,
) -> bool:
    """A dose bigger than the list's one dose, the first such in 24 hours: said once,
    not at every dose of someone who always takes two."""
    if med is None or not more_than_one_dose(amount, count, med):
        return False
    earlier = await day_before.doses()
    return not any(
        d.name == med.name and more_than_one_dose(DoseAmount(d.amount, d.unit), d.count, med)
        for d in earlier
    )


def _beyond_the_dose(intent: DoseIntent, med: Medication) -> DoseIntent | None:
    """The extra dose said beyond the listed dose, a range's most ("took my gabapentin
    twice" of one capsule: 1 more; "4 x 500mg" of a listed 1 g: 2 more; "600mg" of a
    listed 300 mg: 300 mg more; "10 ml" of a 5 ml dose: 5 ml more); else None."""
    intent = counted_tablets(intent, med)
    item = regimen_item_of(med)
    if intent.count is None:
        if intent.amount is None or intent.of_dose:
            return None
        # an amount said alone is the whole of what was taken (Sandbox, London: "took
        # 10ml oramorph" at its 5 ml reminder was kept as 5 ml)
        left = amount_beyond(intent.amount, intent.unit, item)
        return None if left is None else replace(intent, amount=left, of_dose=False)
    if intent.amount is not None:
        more = tablets_beyond(intent.count, intent.amount, intent.unit, item)
    elif _named_other_strength(intent, med) is not None:
        return None
    else:
        more = (_of_tablets(intent, med) or 0.0) - (
            med.units_per_dose_max or med.units_per_dose or 1
        )
        if more > 0 and is_liquid(item):
            # doses of a liquid beyond its own, kept in ml: "5 ml (10 mg) more", never
            # "10 mg more" as if of a tablet
            return replace(
                intent, amount=listed_ml(item, more), unit="ml", count=None, of_dose=False
            )
    if more is None or more <= 0:
        return None
    return replace(intent, count=more, of_dose=False)


def _named_other_product(intent: DoseIntent, med: Medication) -> bool:
    """A combination named by a product sold in other strengths than the listed one's
    ("zapain" beside Solpadeine Max 500/12.8), or another brand than the listed one ("took
    crocin" beside a listed Dolo 650: logged as Dolo, 650 mg, it was not), no amount said."""
    if intent.amount is not None or not intent.product:
        return False
    return another_product(intent.medication, intent.product, med.strength) or another_brand(
        med.generic, intent.product, med.name
    )


def _named_other_strength(intent: DoseIntent, med: Medication | None) -> float | None:
    """The mg in one unit of a product named by a name of one strength ("advil": 200),
    when no amount was said and the listed medicine is another strength; else None."""
    if intent.amount is not None or not intent.product:
        return None
    named = strength_in_name(intent.medication, intent.product)
    if named is None or med is None:
        return named
    if intent.count is None and plainly_named(intent.product, med.generic, med.name):
        # "took advil", "took my advil" beside a listed ibuprofen 400 mg or "Advil 400": the
        # dose on their list, not one 200 mg tablet of the brand (Sandbox, Toronto: every
        # ibuprofen total on the report was halved). A count ("2 advil") is tablets of the
        # brand's labelled strength; a name that says a strength ("extra strength
        # tylenol") is that strength.
        return None
    return named if another_strength(named, "mg", med.amount, med.unit, med.strength) else None


def another_product_said(intent: DoseIntent, med: Medication) -> bool:
    """Whether a dose of `med`'s medicine was said by another product than the listed one
    ("2 aleve" beside a listed Naproxen 500 mg; "took crocin" beside a listed Dolo 650):
    that product's own dose, kept as itself — never the listed medicine's scheduled dose,
    nor a part of it (Sandbox, New York: "2 aleve" answered the naproxen reminder as
    "Naproxen 0.88 × 500 mg taken", and the Aleve taken on top of it was nowhere)."""
    named = _named_other_strength(intent, med)
    if named is not None and not saved_as(intent.product, med.name):
        # "took 2 advil" for a listed Ibuprofen 400 mg is that dose, in the brand's tablets
        # (review: it was kept as an extra Advil beside the reminder left open)
        return not _makes_the_listed_dose(intent.count, named, med)
    return _named_other_product(intent, med)


def _makes_the_listed_dose(count: float | None, strength: float, med: Medication) -> bool:
    return (
        count is not None
        and med.unit == "mg"
        and med.amount is not None
        and abs(count * strength - med.amount) < 0.5
    )


async def _dose_warnings(
    meds: list[Medication],
    med: Medication | None,
    intent: DoseIntent,
    name: str,
    amount: DoseAmount,
    day_before: _DayBefore,
    *,
    instead_of: Medication | None = None,
    zone: str | None = None,
) -> list[SafetyWarning]:
    """24-hour totals against the user's own, the product's and the labelled maximum
    (all products); for a medicine outside the regimen, also the duplicate-ingredient and
    combination checks of adding it (PRODUCT.md §7); for another product of a listed
    medicine (`instead_of`), that it is the same medicine — once in 24 hours."""
    generic = med.generic if med else intent.medication
    if generic is None:
        return []
    regimen = [regimen_item_of(m) for m in meds]
    count = units_taken(intent, med)
    if count is None and intent.amount is None:
        count = 1
    new = DoseTaken(
        generic=generic,
        name=name,
        amount=amount.amount,
        unit=amount.unit,
        count=count,
        at=day_before.log.taken_at,
        strength=med.strength if med else None,
    )
    warnings = check_as_needed_dose(regimen, await day_before.near(), new, zone)
    if med is not None:
        # a listed medicine: its pairs with what else was taken today (once a day)
        doses = await day_before.doses()
        together = check_taken_together(regimen, doses, new)
        if together:  # (the day before read only with a pair to tell)
            together = check_taken_together(regimen, doses, new, await day_before.day_earlier())
            log = day_before.log
            together = await _briefly(
                day_before.session, log.user_id, regimen, together, new, log.logged_at, zone
            )
        warnings += together
        if not together and await _beyond_first_today(med, amount, count, day_before):
            # a bigger opioid dose on a day of a benzodiazepine or gabapentinoid: the pair,
            # told once a day, said again (Sandbox, Glasgow: "took 4 co-codamol at once");
            # once in 24 hours, as the bigger dose itself is said
            warnings += sedatives_beside_a_bigger_dose(regimen, await day_before.doses(), new)
        if instead_of is not None and not any(
            d.name.lower() == name.lower() for d in await day_before.doses()
        ):
            taken = RegimenItem(generic, name, amount.amount, amount.unit, None, True, None)
            warnings += check_other_product_of_listed(regimen_item_of(instead_of), taken)
    else:
        outside = RegimenItem(generic, name, amount.amount, amount.unit, None, True, None)
        pairs = check_dose_outside_regimen(regimen, outside)
        earlier = await day_before.doses()
        if pairs and any(d.generic == generic and d.off_list for d in earlier):
            # told in full with the last one — off the list too; one taken while it was
            # listed was told nothing (Sandbox, Toronto: "What I said … still applies")
            pairs = [told_again(regimen, outside, pairs)]
        elif pairs:
            log = day_before.log
            pairs = await _briefly(
                day_before.session, log.user_id, regimen, pairs, new, log.logged_at, zone
            )
        warnings += pairs
    return warnings


def still_to_come(intent: DoseIntent, now: dt.datetime) -> bool:
    """A dose said to be taken at a time that has not come yet."""
    return taken_at(intent, now) > now + FUTURE_GRACE


@dataclass(frozen=True, slots=True)
class TextAnswer:
    """What a typed answer did to the reminder: each (intent, dose, medicine) it answered,
    the reminder messages to redraw, the intents left for the caller, the shortest
    snooze asked for (minutes), if any, and the earlier reminders' doses left open."""

    done: list[tuple[DoseIntent, DoseOccurrence, Medication]]
    messages: set[int]
    unapplied: list[DoseIntent]
    snooze_minutes: int | None
    earlier: list[tuple[DoseOccurrence, Medication]] = field(default_factory=list)
    #: Tablets said beyond a dose answered ("took it twice"), logged as extra doses.
    extras: list[Logged] = field(default_factory=list)
    #: The 24-hour totals past a label's maximum once the doses were answered taken.
    warnings: list[SafetyWarning] = field(default_factory=list)
    #: "pharmacy hadn't got it in" with several medicines waiting: the doses among which
    #: the one run out is asked (none of them is recorded yet).
    out_which: list[tuple[DoseOccurrence, Medication]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Said:
    """The typed message an answer comes from: the reminder it replies to, whether it is
    about every open dose ("took them all") or a part of the day ("forgot my morning
    pills"), and its words and batch for anything it logs."""

    replied_to: int | None = None
    every: bool = False
    part: Missed | None = None
    raw: str = ""
    batch: str = ""


async def _reminded(
    s: AsyncSession, user: User, now: dt.datetime, said: Said, named: bool
) -> tuple[list[tuple[DoseOccurrence, Medication]], list[tuple[DoseOccurrence, Medication]]]:
    """The open doses a typed answer is about, and those of earlier reminders left open."""
    if said.replied_to is not None:
        items = await repo.reminder_doses(s, user.id, said.replied_to)
    else:
        # Reminded doses, and due ones whose reminder is on its way (its send not yet
        # written down): "took it" the instant it arrives is about that reminder.
        items = [
            (o, m)
            for o, m in await repo.open_occurrences_near(s, user.id, now, ANSWER_WINDOW)
            if o.status in (DoseStatus.SENT, DoseStatus.SNOOZED)
            or (o.status == DoseStatus.PENDING and o.due_at <= now)
        ]
    open_items = [(o, m) for o, m in items if o.status in repo.ANSWERABLE]
    if said.part is not None and said.part.hours is not None:
        # "forgot my morning pills" with the 14:00 reminder out: the morning's, not that one
        zone = ZoneInfo(user.timezone)
        open_items = [
            (o, m) for o, m in open_items if said.part.covers(o.due_at.astimezone(zone).hour)
        ]
    if named or said.every or said.replied_to is not None or not open_items:
        return open_items, []
    # "skip" typed as the 22:00 reminder arrives is about that one, not also the 20:00
    # still open from earlier; "took them all" (`every`) is about each.
    latest = max(o.due_at for o, _ in open_items)
    earlier = [(o, m) for o, m in open_items if o.due_at != latest]
    now_due = [(o, m) for o, m in open_items if o.due_at == latest]
    if told_as_one(said.raw):
        # "took it" just after one of them came back from a snooze: that one, never the
        # other dose of its slot still waiting in the first reminder (Sandbox, London)
        now_due = _last_reminded(now_due)
    return now_due, earlier


async def answer_by_text(
    s: AsyncSession,
    user: User,
    intents: list[DoseIntent],
    now: dt.datetime,
    said: Said,
) -> TextAnswer:
    """Apply "took it", "skip, ran out", "snooze 30" or "took the gabapentin but not the
    ibuprofen" to the reminder being answered (the message replied to, else the latest
    reminder's doses — every open one lately when the message says so)."""
    # A message that names medicines answers for those; its unnamed parts ("…, forgot")
    # only qualify them, and must not answer the other doses of the reminder.
    named = [i for i in intents if i.medication is not None]
    acting = named or intents
    open_items, earlier = await _reminded(s, user, now, said, bool(named))
    zone = ZoneInfo(user.timezone)
    done: list[tuple[DoseIntent, DoseOccurrence, Medication]] = []
    out_which: list[tuple[DoseOccurrence, Medication]] = []
    unapplied = [i for i in intents if i.medication is None] if named else []
    rest = [i for i in unapplied if i.status == "taken"] if says_the_rest(said.raw) else []
    unapplied = [i for i in unapplied if i not in rest]
    for intent in acting:
        if intent.status == "taken" and still_to_come(intent, now):
            unapplied.append(intent)  # asked about by the caller, never stored as taken
            continue
        if said.replied_to is None and one_more_unnamed(intent, said.raw):
            unapplied.append(intent)  # "took 1 more tram": which medicine is asked
            continue
        if intent.status == "taken" and intent.medication is None and said.replied_to is None:
            # "forgot gabapentin this morning", then "took it now" with the naproxen
            # reminder still open from before: the gabapentin, late (Sandbox, Denver)
            at = min(taken_at(intent, now), now)
            told = await _forgotten_since(s, user.id, at, now, open_items)
            if told is not None:
                done.append((intent, *told))
                continue
        its = [
            (o, m)
            for o, m in open_items
            if (intent.medication is None or intent.medication in (m.said_generic, m.name.lower()))
            and not (intent.medication is not None and another_product_said(intent, m))
            # "had 2.5 mls" after the ibuprofen reminder: never that tablet, in ml
            and (intent.medication is not None or amount_fits(intent, m))
        ]
        mine = [
            (o, m)
            for o, m in its
            if _near_said_time(intent, o, now) and _the_forgotten_one(intent, o)
        ]
        moved = [(o, m) for o, m in its if _names_a_moved_dose(intent, o, zone)]
        if not mine and moved:
            # "took the 2pm gaba" after a zone change: the dose planned at 14:00, taken
            # by now (when is not said: the time is its name)
            intent, mine = replace(intent, at=None), moved
        if _one_of_several(intent, mine):
            unapplied.append(intent)  # "took the little white one": which is asked
            continue
        if _out_of_one(intent, mine, said):
            out_which += mine  # never all marked out for the want of one
            continue
        if any(liquid_count_unsaid(intent, m) for _, m in mine):
            # "took 2 oramorph" at its 5 ml reminder: 2 ml or two doses is asked, never
            # kept as the dose and "10 mg more" (Sandbox, London)
            unapplied.append(intent)
            continue
        applied = False
        for occ, med in mine:
            until = snooze_until(intent, occ, med, user, now)
            if await _answer(s, user, occ, med, intent, now, until):
                done.append((intent, occ, med))
                applied = True
        open_items = [(o, m) for o, m in open_items if (o, m) not in mine]
        if not applied:
            unapplied.append(intent)
    if rest and done:
        # "…the patch. And I took the tablets.": the other doses of the reminder answered
        dues = {o.due_at for _, o, _ in done}
        for occ, med in [(o, m) for o, m in open_items if o.due_at in dues]:
            if await _answer(s, user, occ, med, rest[0], now, now):
                done.append((rest[0], occ, med))
    else:
        unapplied += rest
    messages = {o.message_id for _, o, _ in done if o.message_id} | {
        o.followup_message_id for _, o, _ in done if o.followup_message_id
    }
    # the snooze wrote when it ends: the wake-up is that far off
    snoozes = [
        max(1, round((o.next_at - now).total_seconds() / 60))
        for i, o, _ in done
        if i.status == "snoozed" and o.next_at is not None
    ]
    earlier = earlier if done else []
    extras = await _beyond_the_doses(s, user, done, now, said.raw, said.batch)
    snooze = min(snoozes) if snoozes else None
    taken = [(o, m) for i, o, m in done if i.status == "taken"]
    warned: list[SafetyWarning] = []
    if taken and not extras:  # (tablets beyond a dose were checked with their own log)
        warned = await scheduled_warnings(
            s, user.id, await repo.active_medications(s, user.id), taken, zone=user.timezone
        )
    return TextAnswer(done, messages, unapplied, snooze, earlier, extras, warned, out_which)


async def _forgotten_since(
    s: AsyncSession,
    user_id: int,
    at: dt.datetime,
    now: dt.datetime,
    open_items: list[tuple[DoseOccurrence, Medication]],
) -> tuple[DoseOccurrence, Medication] | None:
    """The dose told forgotten after every open reminder came, taken now at `at` (the
    unnamed "took it" is about what was said last); None when there is none."""
    told = await told_forgotten(s, user_id, at)
    if told is None:
        return None
    occ, med = told
    said_at = occ.answered_at
    if said_at is None or any((o.sent_at or o.due_at) >= said_at for o, _ in open_items):
        return None
    if not await repo.take_forgotten(s, user_id, occ.id, now=now, taken_at=at):
        return None
    await s.refresh(occ)
    return occ, med


def one_more_unnamed(intent: DoseIntent, raw: str) -> bool:
    """ "took 1 more" of no medicine named (or one known by no name we have): one more of
    something taken before, never the first answer to another medicine's reminder
    (Sandbox, Chicago: it marked the Celebrex taken); which one is asked."""
    return intent.status == "taken" and intent.medication is None and says_another(raw)


def _one_of_several(intent: DoseIntent, mine: list[tuple[DoseOccurrence, Medication]]) -> bool:
    """One tablet taken, unnamed, while several medicines are due ("took 1", "took the
    little white one"): one of them, never all."""
    return (
        intent.status == "taken"
        and intent.medication is None
        and intent.count == 1
        and len({m.id for _, m in mine}) > 1
    )


def _out_of_one(
    intent: DoseIntent, mine: list[tuple[DoseOccurrence, Medication]], said: Said
) -> bool:
    """ "pharmacy hadn't got it in" answering a reminder of several medicines: one ran out,
    unnamed (Sandbox, London: both were marked out and both asked "Got some now?"); not
    when every one is said ("out of all of them")."""
    return (
        intent.status == "skipped"
        and intent.reason == "ran_out"
        and intent.medication is None
        and not said.every
        and len({m.id for _, m in mine}) > 1
    )


async def _beyond_the_doses(
    s: AsyncSession,
    user: User,
    done: list[tuple[DoseIntent, DoseOccurrence, Medication]],
    now: dt.datetime,
    raw: str,
    batch: str,
) -> list[Logged]:
    """ "took it twice": the tablets beyond each dose answered, logged as extra doses."""
    more = [(i, o, m) for i, o, m in done if i.status == "taken" and _beyond_the_dose(i, m)]
    if not more:
        return []
    meds = await repo.active_medications(s, user.id)
    out = []
    for intent, occ, med in more:
        named = replace(intent, medication=med.known_as.lower())
        at = occ.taken_at or now
        extra = await _log_beyond(s, user.id, meds, med, named, at, now, raw, batch, user.timezone)
        out += [extra] if extra is not None else []
    return out


async def _log_beyond(
    s: AsyncSession,
    user_id: int,
    meds: list[Medication],
    med: Medication,
    intent: DoseIntent,
    at: dt.datetime,
    now: dt.datetime,
    raw: str,
    batch: str,
    zone: str | None,
) -> Logged | None:
    """What was said beyond the dose of `med` just answered, logged as an extra dose:
    twice the dose is one dose and one more, never one (the totals need both)."""
    more = _beyond_the_dose(intent, med)
    if more is None:
        return None
    return await _log_extra(s, user_id, meds, med, more, at, now, raw, batch, zone)


#: A due dose may wait for a clock time said ("at 12 with lunch") at most this long.
LONGEST_SAID_WAIT = dt.timedelta(hours=12)


def snooze_until(
    intent: DoseIntent, occ: DoseOccurrence, med: Medication, user: User, now: dt.datetime
) -> dt.datetime:
    """When a typed wait ends: its length, or the user's snooze length; or the clock time
    said hours ahead ("gonna take it at 12 with lunch"), when that comes before the same
    medicine's next dose (after it, the time is more likely that dose's own)."""
    default = now + dt.timedelta(minutes=intent.minutes or user.snooze_minutes)
    if intent.minutes or not intent.until:
        return default
    said = dt.datetime.fromisoformat(intent.until).astimezone(dt.UTC)
    following = next_due(schedule_of(med), ZoneInfo(user.timezone), occ.due_at)
    if now < said <= now + LONGEST_SAID_WAIT and (following is None or said < following):
        return said
    return default


#: A skip said with a time ("never took it this morning") is about a dose due this near it.
SAID_TIME_SLACK = dt.timedelta(hours=2)


def _the_forgotten_one(intent: DoseIntent, occ: DoseOccurrence) -> bool:
    """Whether `occ` may be the forgotten dose a late one is told of: the reminder on
    screen is this morning's, not last night's ("took last night's with the morning one")."""
    if intent.for_due is None:
        return True
    return abs(occ.due_at - dt.datetime.fromisoformat(intent.for_due)) <= FORGOTTEN_NEAR


def _names_a_moved_dose(intent: DoseIntent, occ: DoseOccurrence, zone: ZoneInfo) -> bool:
    """Whether a dose said taken at a time names `occ` by the time it was planned at,
    before a zone change moved it (named_by_its_old_time)."""
    if intent.status != "taken" or intent.at is None:
        return False
    said = dt.datetime.fromisoformat(intent.at)
    return named_by_its_old_time(said, occ.local_time, occ.due_at, zone)


def _near_said_time(intent: DoseIntent, occ: DoseOccurrence, now: dt.datetime) -> bool:
    """Whether a typed answer with a time can be about `occ`: "I never took the gabapentin
    this morning" at 16:00 is not about the 14:00 dose still waiting, nor "took it at 10pm
    last night" about this morning's 10:00 one (taken late, it still is)."""
    if intent.at is None or intent.status not in ("skipped", "taken"):
        return True
    said = taken_at(intent, now)
    if intent.status == "taken":
        return said >= occ.due_at - SAID_TIME_SLACK
    return abs(occ.due_at - said) <= SAID_TIME_SLACK


async def _answer(
    s: AsyncSession,
    user: User,
    occ: DoseOccurrence,
    med: Medication,
    intent: DoseIntent,
    now: dt.datetime,
    until: dt.datetime,
) -> bool:
    """Apply one typed answer to one open dose; False if it was no longer open."""
    if intent.status == "taken":
        return await repo.answer_occurrence(
            s,
            user.id,
            occ.id,
            status=DoseStatus.TAKEN,
            now=now,
            taken_at=taken_at(intent, now),
            units=part_of_the_dose(intent, med),
        )
    if intent.status == "skipped":
        return await repo.answer_occurrence(
            s,
            user.id,
            occ.id,
            status=DoseStatus.SKIPPED,
            now=now,
            reason=SkipReason.said(intent.reason),
        )
    return await repo.snooze_occurrence(
        s, user.id, occ.id, until, dt.timedelta(minutes=user.followup_minutes)
    )
