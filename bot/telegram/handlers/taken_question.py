"""'Did I take my gabapentin this morning?' and 'how many co-codamol have I had today?'
answered from the record: today's doses of it, each with what became of it (and, asked
how many, the count and the person's own maximum). Facts only — never a suggestion to
take one, nor how many more would be allowed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain.dose_amounts import DoseTaken, dose_units, drug_for, ingredient_total
from bot.domain.regimen import display_name, limit_text, liquid_amount
from bot.domain.schedule import local_to_utc
from bot.domain.states import DoseStatus
from bot.domain.summary import short_date
from bot.domain.voice import Voice
from bot.domain.warnings import fmt
from bot.knowledge import get_drug
from bot.parsing.taken_question import TakenQuestion
from bot.services.regimen import regimen_item_of
from bot.storage import records
from bot.storage import repositories as repo
from bot.storage.models import DoseLog, DoseOccurrence, Medication, User
from bot.telegram import texts
from bot.telegram.deps import deps
from bot.telegram.reminders import dose_label, hhmm, outcome
from bot.telegram.unit import unit


async def answer(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    user: User,
    question: TakenQuestion,
    meds: Sequence[Medication],
) -> None:
    """Reply with today's record of the medicine asked about (or of every one); `meds`
    are the person's medicines (for the maximum they set). In a chat a carer writes in,
    the doses are said to be the patient's."""
    msg = update.message
    assert msg
    now = deps(context).clock.now()
    zone = ZoneInfo(user.timezone)
    today = now.astimezone(zone).date()
    start = local_to_utc(today, dt.time(0, 0), zone)
    end = local_to_utc(today + dt.timedelta(days=1), dt.time(0, 0), zone)
    if question.last_day:
        # "in the last 24 hours": the rolling day a label's maximum is counted in (Sandbox,
        # Pune: "how much paracetamol i took in last 24 hrs?" was sent to the pharmacist)
        start, end = now - dt.timedelta(hours=24), now + dt.timedelta(seconds=1)
    asked = set(question.medicines)
    exact = _asked_by_brand(question)
    async with unit(context).begin() as s:
        scheduled = await records.doses_due_between(s, user.id, start, end)
        extras = await records.dose_logs_between(s, user.id, start, end)
        taken = await repo.doses_taken_between(s, user.id, start, end) if question.how_many else []
        v = Voice(await records.carer_writes(s, user.id))
    lines = _lines(scheduled, extras, asked, exact, now, zone, v, meds)
    what = _asked_names(question, meds) if asked else v.says(texts.TAKEN_ALL, texts.TAKEN_ALL_CARER)
    if not lines:
        none = (
            v.says(texts.TAKEN_LAST_DAY_NONE, texts.TAKEN_LAST_DAY_NONE_CARER)
            if question.last_day
            else v.says(texts.TAKEN_TODAY_NONE, texts.TAKEN_TODAY_NONE_CARER)
        )
        await msg.reply_text(_in_doubt(question, v) + none.format(what=what))
        return
    head = (
        texts.TAKEN_LAST_DAY.format(what=what)
        if question.last_day
        else texts.TAKEN_TODAY.format(what=what, day=short_date(today))
    )
    if question.how_many:
        when = "in the last 24 hours" if question.last_day else "today"
        lines += _counted(scheduled, extras, asked, exact, meds, when, v)
        lines += _ingredient_lines(taken, question, exact, meds, v)
    await msg.reply_text(_in_doubt(question, v) + head + "\n" + "\n".join(lines))


def _in_doubt(question: TakenQuestion, v: Voice) -> str:
    """A dose told in doubt is not logged, and the answer says so first."""
    if not question.doubted:
        return ""
    return v.says(texts.DOUBTED_NOT_LOGGED, texts.DOUBTED_NOT_LOGGED_CARER) + "\n"


def _asked_names(question: TakenQuestion, meds: Sequence[Medication]) -> str:
    """The medicines asked about by the person's own names ("Co-codamol", not its
    ingredients), or as the question named them ("paracetamol", not "acetaminophen"): an
    ingredient asked by its own name counts every product holding it, so the answer is
    headed by that name, not by one product on the list."""
    named: list[str] = []
    for generic in sorted(question.medicines):
        said = question.said(generic)
        drug = get_drug(generic)
        mine = [m.name for m in meds if m.known_as.lower() == generic]
        if said is not None and drug is not None and (said == generic or drug.is_other_name(said)):
            named.append(said)
        elif mine:
            named.extend(mine)
        elif said is not None and drug is not None and drug.is_combination:
            named.append(said)  # "total norco today?": the product they named, not its parts
        else:
            named.append(_ingredient_word(generic, question))
    return ", ".join(sorted({display_name(n) for n in named}))


def _ingredient_word(generic: str, question: TakenQuestion) -> str:
    """The ingredient by the person's word when it is its name elsewhere in the world
    ("paracetamol"), else by its generic — never by a brand ("tylenol" asked:
    acetaminophen, so the sum says what it counts)."""
    said = question.said(generic)
    drug = get_drug(generic)
    return said if said is not None and drug is not None and drug.is_other_name(said) else generic


def _asked_by_brand(question: TakenQuestion) -> frozenset[str]:
    """The ingredients asked about by a brand ("how many tylenol"): the person means that
    medicine, not the Norco that also holds acetaminophen."""
    brands = set()
    for generic in question.medicines:
        said, drug = question.said(generic), get_drug(generic)
        if said is None or drug is None or drug.is_combination:
            continue
        if said.lower() != generic and not drug.is_other_name(said):
            brands.add(generic)
    return frozenset(brands)


def _asked_about(
    generic: str | None, name: str, asked: set[str], exact: frozenset[str] = frozenset()
) -> bool:
    """Whether a dose is of a medicine asked about — a combination counts for each of its
    ingredients ("how much paracetamol" includes the co-codamol), unless that ingredient
    was asked by a brand (`exact`)."""
    if not asked:
        return True
    key = generic or name.lower()
    drug = get_drug(key) if generic else None
    return key in asked or (drug is not None and bool((asked - exact) & set(drug.ingredients)))


def _counted(
    scheduled: Sequence[tuple[DoseOccurrence, Medication]],
    extras: Sequence[DoseLog],
    asked: set[str],
    exact: frozenset[str],
    meds: Sequence[Medication],
    when: str,
    v: Voice,
) -> list[str]:
    """ "In all today: 2 doses taken (4 tablets)" and, for one medicine with a maximum of
    the person's own, that maximum."""
    units_each = [
        repo.units_of(occ, med)
        for occ, med in scheduled
        if occ.status == DoseStatus.TAKEN and _asked_about(med.generic, med.name, asked, exact)
    ]
    mine = [m for m in meds if _asked_about(m.generic, m.name, asked, exact)]
    # One liquid asked about, listed with its concentration: counted in its ml, as its
    # maximum is ("6.5 tablets" of Oramorph read as tablets: Sandbox, London).
    liquid = mine[0] if asked and len(mine) == 1 and _is_liquid(mine[0]) else None
    units_each += [
        _log_units(log, liquid)
        for log in extras
        if _asked_about(log.generic, log.name, asked, exact)
    ]
    doses, units = len(units_each), sum(units_each)
    out = [texts.TAKEN_COUNT.format(when=when, doses=doses, s="" if doses == 1 else "s")]
    if liquid is not None and liquid.volume_ml and units:
        out[0] += f", {liquid_amount(units, liquid.volume_ml, liquid.amount, liquid.unit)}"
    elif units != doses:
        shown = "½" if units == 0.5 else f"{units:g}"
        out[0] += texts.TAKEN_COUNT_UNITS.format(units=shown, s="" if units <= 1 else "s")
    m = mine[0] if asked and len(mine) == 1 else None
    if m is not None and m.max_per_day:
        most = limit_text(m.max_per_day, m.volume_ml, m.amount, m.unit, m.strength)
        own_max = v.says(texts.TAKEN_OWN_MAX, texts.TAKEN_OWN_MAX_CARER)
        out.append(own_max.format(name=display_name(m.name), most=most))
    return out


def _is_liquid(med: Medication) -> bool:
    return bool(med.volume_ml) and med.amount is not None and not med.strength


def _log_units(log: DoseLog, liquid: Medication | None) -> float:
    """A dose's units; ml of the liquid asked about are units of its bottle's volume."""
    if liquid is not None and liquid.volume_ml and (log.unit or "").lower() == "ml":
        return (log.amount or 0.0) * (log.count or 1.0) / liquid.volume_ml
    return log.count or 1.0


def _ingredient_lines(
    taken: Sequence[DoseTaken],
    question: TakenQuestion,
    exact: frozenset[str],
    meds: Sequence[Medication],
    v: Voice,
) -> list[str]:
    """Asked about an ingredient ("how much tylenol"), its mg today across every product
    that holds it; a dose whose strength is not known is named, never guessed. Asked by a
    brand, the other products in that total are named, as the doses above are not theirs."""
    regimen = [regimen_item_of(m) for m in meds]
    out = []
    asked = question.medicines
    for ingredient in sorted(a for a in asked if (d := get_drug(a)) and not d.is_combination):
        total = ingredient_total(taken, regimen, ingredient)
        word = _ingredient_word(ingredient, question)
        name, names = word.capitalize(), ", ".join(total.unknown)
        others = _other_products(taken, ingredient) if ingredient in exact else []
        if others and not total.unknown:
            out.append(
                v.says(texts.TAKEN_INGREDIENT_ALL, texts.TAKEN_INGREDIENT_ALL_CARER).format(
                    ingredient=name,
                    when="in the last 24 hours" if question.last_day else "today",
                    mg=fmt(total.mg),
                    others=", ".join(others),
                )
            )
        elif total.products and total.unknown:
            out.append(
                texts.TAKEN_INGREDIENT_PART.format(ingredient=name, mg=fmt(total.mg), names=names)
            )
        elif total.products:
            out.append(texts.TAKEN_INGREDIENT.format(ingredient=name, mg=fmt(total.mg)))
        elif total.unknown:
            out.append(texts.TAKEN_INGREDIENT_NONE.format(ingredient=word, names=names))
        label = get_drug(ingredient)
        if question.last_day and total.products and label and label.max_daily:
            # "is that too much APAP?": the label's line beside the total, the fact only
            top = label.max_daily
            if top.unit == "mg":
                label_max = v.says(texts.TAKEN_LABEL_MAX, texts.TAKEN_LABEL_MAX_CARER)
                out.append(label_max.format(ingredient=word, mg=fmt(top.absolute)))
    return out


def _other_products(taken: Sequence[DoseTaken], ingredient: str) -> list[str]:
    """The medicines taken today that hold `ingredient` beside others (Norco beside
    Tylenol), by the names they were taken under."""
    names: dict[str, None] = {}
    for dose in taken:
        drug = drug_for(dose.generic, dose.name)
        if drug is not None and drug.generic != ingredient and ingredient in drug.ingredients:
            names[display_name(dose.name)] = None
    return list(names)


def _lines(
    scheduled: Sequence[tuple[DoseOccurrence, Medication]],
    extras: Sequence[DoseLog],
    asked: set[str],
    exact: frozenset[str],
    now: dt.datetime,
    zone: ZoneInfo,
    v: Voice,
    meds: Sequence[Medication] = (),
) -> list[str]:
    out: list[tuple[dt.datetime, str]] = []
    for occ, med in scheduled:
        if not _asked_about(med.generic, med.name, asked, exact):
            continue
        state = outcome(occ, zone, carer=v.carer)
        if state is None:
            state = texts.TAKEN_NOT_YET if occ.due_at > now else texts.TAKEN_UNANSWERED
        when = _when(occ.due_at, now, zone)
        out.append((occ.due_at, f"• {when} {dose_label(occ, med)} — {state}"))
    for log in extras:
        if not _asked_about(log.generic, log.name, asked, exact):
            continue
        what = _extra_what(log, meds)
        line = texts.TAKEN_EXTRA.format(time=_when(log.taken_at, now, zone), what=what)
        out.append((log.taken_at, line))
    return [line for _, line in sorted(out, key=lambda pair: pair[0])]


def _extra_what(log: DoseLog, meds: Sequence[Medication]) -> str:
    """ "2 × Tramadol", or a listed liquid's dose in ml with its mg ("Oramorph 2.5 ml
    (5 mg)"): a liquid is never said in tablets ("0.5 × Oramorph": Sandbox, London)."""
    what = display_name(log.name)
    med = next((m for m in meds if m.id == log.medication_id), None)
    if med is not None and _is_liquid(med) and med.volume_ml:
        units = dose_units(_taken(log), regimen_item_of(med))
        return f"{what} {liquid_amount(units, med.volume_ml, med.amount, med.unit)}"
    if log.count and log.count != 1:
        what = f"{log.count:g} × {what}"
    return what


def _taken(log: DoseLog) -> DoseTaken:
    """A logged dose as the dose counts read it."""
    return DoseTaken(log.generic, log.name, log.amount, log.unit, log.count, log.taken_at)


def _when(at: dt.datetime, now: dt.datetime, zone: ZoneInfo) -> str:
    """ "08:00" today; "Mon 7 Dec 22:00" on another day (the last 24 hours cross midnight)."""
    day = at.astimezone(zone).date()
    same = day == now.astimezone(zone).date()
    return hhmm(at, zone) if same else f"{short_date(day)} {hhmm(at, zone)}"
