"""A product label's own limits, checked beside its ingredients' maxima: units a day,
a form's own maximum, the shortest gap between doses, how long it is used; and the
danger signs a class's Medication Guide names, tied to the person's medicines."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.domain.day_windows import Window, highest, hours_words, windows_around
from bot.domain.dose_amounts import (
    DoseTaken,
    LabelLimits,
    RegimenItem,
    cap_for,
    dose_name,
    drug_for,
    ingredient_amounts,
    ingredients_in_dose,
    label_for,
    label_limits,
    matching_item,
    product_units,
    same_product,
    strength_label,
    units_text,
)
from bot.domain.regimen import display_name, product_names_it
from bot.domain.warnings import EPS, SafetyWarning, Severity, finish, fmt
from bot.knowledge import Drug, ProductMax, get_drug, knowledge, normalize_name


def product_dose_warnings(
    regimen: Sequence[RegimenItem],
    near: Sequence[DoseTaken],
    new: DoseTaken,
    drug: Drug,
) -> list[SafetyWarning]:
    """A product label's own limits after a dose: units a day and a form's mg maximum
    over the 24 hours holding `new` with the most (`near`: the doses of the day either
    side of it, `new` left out), and the shortest gap to the nearest dose either side."""
    item = matching_item(regimen, drug, new.name)
    limits = label_limits(drug, dose_name(new, item), new.unit)
    same = [
        d
        for d in [*near, new]
        if (dd := drug_for(d.generic, d.name)) is not None
        and same_product(limits, dd, dose_name(d, matching_item(regimen, dd, d.name)), d.unit)
    ]
    windows = windows_around(same, new.at)
    label = label_for(dose_name(new, item), drug)
    # The label's tablets are its own product's: Aleve's 3 a day are 220 mg tablets, never
    # shares of a listed Naproxen 500 mg (Sandbox, New York: 4 Aleve in 12 hours counted as
    # 1.76 "tablets", under the label's 3). The listed entry counts only its own product.
    own = item if item is not None and same_product(limits, drug, item.name, item.unit) else None
    found = (
        _over_units(limits, windows, own, label),
        _over_form_max(limits, windows, item, label),
        _too_soon(limits, same, new, label),
    )
    return [w for w in found if w is not None]


@dataclass(frozen=True, slots=True)
class _Units:
    """A window's units of one product: their share of the label's units a day (mixed
    strengths as shares of each one's limit), the units, and the units of each strength."""

    window: Window
    share: float
    counted: float
    strengths: dict[str | None, float]

    @classmethod
    def of(cls, window: Window, cap: ProductMax, drug: Drug, item: RegimenItem | None) -> _Units:
        """Count the units of `window` against the label's `cap`."""
        share, counted, strengths = 0.0, 0.0, dict[str | None, float]()
        for d in window.doses:
            units = product_units(d, item, cap)
            strength = strength_label(drug, d, item)
            most = cap_for(cap, strength)
            if units is None or most is None:
                continue
            share += units / most
            counted += units
            strengths[strength] = strengths.get(strength, 0.0) + units
        return cls(window, share, counted, strengths)


def _over_units(
    limits: LabelLimits, windows: Sequence[Window], item: RegimenItem | None, label: str
) -> SafetyWarning | None:
    """Past the label's units a day; mixed strengths count as shares of each one's limit
    (3 of 6 plus 7 of 12 is more than one day's worth)."""
    cap = limits.product_max
    if cap is None:
        return None
    counts = [_Units.of(w, cap, limits.drug, item) for w in windows]
    day = highest(counts, lambda u: u.share)
    if day.share <= 1 + EPS:
        return None
    strengths = day.strengths
    only = next(iter(strengths)) if len(strengths) == 1 else None
    most = cap_for(cap, only) if len(strengths) == 1 else None
    if most is not None:
        which = f" of the {only} strength" if only and cap.by_strength else ""
        limit_text = f"The label's maximum is {units_text(most, cap.unit)} a day{which}"
    else:
        each = ", ".join(f"{units_text(v, cap.unit)} of {k}" for k, v in cap.by_strength.items())
        limit_text = f"Together that is more than the label's daily maximum ({each})"
    return SafetyWarning(
        code="over_product_max",
        severity=Severity.WARNING,
        text=finish(
            f"In {hours_words(day.window.last)} you've logged {units_text(day.counted, cap.unit)} "
            f"of {label}. {limit_text}."
        ),
        medications=(limits.drug.generic,),
    )


def _over_form_max(
    limits: LabelLimits, windows: Sequence[Window], item: RegimenItem | None, label: str
) -> SafetyWarning | None:
    """Past a form's own mg maximum (ConZip 300 mg, where tramadol allows 400)."""
    own = limits.max_daily
    if own is None or own.unit != "mg" or limits.form is None:
        return None
    primary = limits.drug.primary_ingredient

    def mg(window: Window) -> float:
        return math.fsum(
            ingredients_in_dose(d, limits.drug, item).get(primary, 0.0) for d in window.doses
        )

    day = highest(windows, mg)
    total = mg(day)
    if total <= own.absolute + EPS:
        return None
    return SafetyWarning(
        code="over_labelled_max",
        severity=Severity.WARNING,
        text=finish(
            f"In {hours_words(day.last)} you've logged about {fmt(total)} mg of {label}. That "
            f"is more than the labelled maximum of {fmt(own.absolute)} mg a day for "
            f"{limits.product_name}."
        ),
        medications=(limits.drug.generic,),
    )


def nearest(doses: Sequence[DoseTaken], new: DoseTaken) -> DoseTaken | None:
    """Of `doses`, the one logged nearest in time to `new` on either side (the earlier on
    a tie): a dose told late ("took one at 8", at 22:00) may sit an hour before one
    already logged for 09:00. Doses of its very time are one dose told in parts."""
    others = [d for d in doses if d is not new and d.at != new.at]
    if not others:
        return None
    return min(others, key=lambda d: (abs(d.at - new.at), d.at > new.at))


def gap_words(other: DoseTaken, new: DoseTaken, label: str) -> str:
    """The gap between `new` and the dose `other` as a fact, on whichever side it is."""
    if other.at < new.at:
        return f"Your last {label} was logged {ago(new.at - other.at)} before this one."
    return f"You've logged another {label} as taken {ago(other.at - new.at)} after this one."


def _too_soon(
    limits: LabelLimits, same: Sequence[DoseTaken], new: DoseTaken, label: str
) -> SafetyWarning | None:
    """A logged dose sooner than the label's shortest gap from the nearest dose of it on
    either side: the fact, as information."""
    gap = limits.min_interval
    other = nearest(same, new)
    if gap is None or other is None or new.scheduled:
        return None
    if abs(new.at - other.at) >= timedelta(hours=gap.hours) - timedelta(seconds=1):
        return None
    if normalize_name(other.name) != normalize_name(new.name):
        # a Crocin after a Dolo 650: "your last Crocin" would name a dose never logged
        label = label_for(other.name, limits.drug)
    fact = f"Its label says: {said(gap.text)}"
    if limits.form is None and gap.products and not _quotes_label_of(gap.products, new.name):
        # Tylenol's strengths are not Crocin's label: the ingredient's fact instead
        fact = gap.ingredient_text or fact
    return SafetyWarning(
        code="min_interval",
        severity=Severity.INFO,
        text=finish(f"{gap_words(other, new, label)} {fact}", lead="If you have questions,"),
        medications=(limits.drug.generic,),
    )


def _quotes_label_of(products: tuple[str, ...], name: str) -> bool:
    """Whether a gap quoted from `products`' labels is the label of the medicine `name`."""
    return any(product_names_it(p, name) for p in products)


def ago(gap: timedelta) -> str:
    """`25 minutes`, `about 2.5 hours`: a gap as a person says it."""
    minutes = int(gap.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours = minutes / 60
    return f"about {fmt(round(hours * 2) / 2)} hour{'s' if hours >= 1.25 else ''}"


def plan_warnings(item: RegimenItem) -> list[SafetyWarning]:
    """Facts about one medicine's plan against its labels: a daily amount past an
    ingredient's maximum, a form's own maximum or the product's units a day."""
    drug = drug_for(item.generic, item.name)
    units = item.units_per_day
    if units is None and item.as_needed and item.max_per_day:
        units = float(item.max_per_day)  # as needed: the person's own ceiling
    if drug is None or not units:
        return []
    limits = label_limits(drug, item.name, item.unit)
    plan = _Plan(
        item,
        limits,
        units,
        label_for(item.name, drug),
        f"At your own maximum of {fmt(units)} a day"
        if item.as_needed
        else f"At {fmt(units)} a day",
    )
    per_unit = (
        {}
        if limits.topical
        else ingredient_amounts(drug, item.amount_per_unit, item.unit, item.strength, item.name)
    )
    return [*_plan_ingredients(plan, per_unit), *_plan_form(plan, per_unit), *_plan_units(plan)]


@dataclass(frozen=True)
class _Plan:
    item: RegimenItem
    limits: LabelLimits
    units: float  # units a day the plan allows
    label: str  # "Norco (hydrocodone/acetaminophen)"
    at: str  # "At 4 a day" / "At your own maximum of 6 a day"


def _plan_ingredients(plan: _Plan, per_unit: dict[str, float]) -> list[SafetyWarning]:
    out = []
    for ingredient, mg in per_unit.items():
        row = get_drug(ingredient)
        cap = row.max_daily if row is not None else None
        if cap is not None and cap.unit == "mg" and mg * plan.units > cap.absolute + EPS:
            out.append(
                _plan_fact(
                    f"{plan.at}, {plan.label} adds up to {fmt(mg * plan.units)} mg of "
                    f"{ingredient}. The labelled maximum is {fmt(cap.absolute)} mg a day.",
                    plan.limits.drug,
                )
            )
    return out


def _plan_form(plan: _Plan, per_unit: dict[str, float]) -> list[SafetyWarning]:
    own = plan.limits.max_daily
    primary = per_unit.get(plan.limits.drug.primary_ingredient)
    if own is None or own.unit != "mg" or primary is None:
        return []
    if primary * plan.units <= own.absolute + EPS:
        return []
    return [
        _plan_fact(
            f"{plan.at}, {plan.label} adds up to {fmt(primary * plan.units)} mg. The labelled "
            f"maximum for {plan.limits.product_name} is {fmt(own.absolute)} mg a day.",
            plan.limits.drug,
        )
    ]


def _plan_units(plan: _Plan) -> list[SafetyWarning]:
    cap = plan.limits.product_max
    if cap is None or cap.unit == "g":
        return []
    item = plan.item
    probe = DoseTaken(item.generic, item.name, None, None, None, datetime.min)
    strength = strength_label(plan.limits.drug, probe, item)
    most = cap_for(cap, strength)
    if most is None or plan.units <= most + EPS:
        return []
    which = f" of the {strength} strength" if strength and cap.by_strength else ""
    return [
        _plan_fact(
            f"{plan.at}, that is {units_text(plan.units, cap.unit)} of {plan.label}. The "
            f"label's maximum is {units_text(most, cap.unit)} a day{which}.",
            plan.limits.drug,
        )
    ]


def _plan_fact(text: str, drug: Drug) -> SafetyWarning:
    return SafetyWarning(
        code="plan_over_max",
        severity=Severity.WARNING,
        text=finish(text),
        medications=(drug.generic,),
    )


def course_limit_notice(item: RegimenItem, today: date | None = None) -> SafetyWarning | None:
    """A labelled limit on how long a medicine is used: stated when it is added
    (`today` None), and again once the regimen has run past it."""
    drug = drug_for(item.generic, item.name)
    if drug is None:
        return None
    limits = label_limits(drug, item.name, item.unit)
    course = limits.course_limit
    if course is None:
        return None
    label = label_for(item.name, drug)
    if today is None:
        return SafetyWarning(
            code="course_limit",
            severity=Severity.INFO,
            text=finish(
                f"The {label} label says it is for short-term use: {said(course.text)}",
                lead="If you have questions about how long to take it,",
            ),
            medications=(drug.generic,),
        )
    if item.started is None:
        return None
    days = (today - item.started).days + 1
    if days <= course.days:
        return None
    return SafetyWarning(
        code="course_limit_passed",
        severity=Severity.CAUTION,
        text=finish(
            f"{label} has been on your list for {days} days, since "
            f"{item.started.strftime('%-d %b')}. The {label} label says: {said(course.text)} "
            "This is a fact worth discussing with your prescriber."
        ),
        medications=(drug.generic,),
        # The report keeps no sentence written to "you": the count is said here for it
        # (the day count was lost and "Its label says" stood alone, naming no medicine).
        fact=(
            f"on the list {days} days, since {item.started.strftime('%a %-d %b')} (use before "
            f"that not known); label: {said(course.text)}"
        ),
    )


def danger_sign_notes(flags: Sequence[str], names: Iterable[str], whose: str = "your") -> list[str]:
    """For each red flag a class's Medication Guide names (an NSAID and stomach
    bleeding), one sentence naming the person's medicines of that class (`whose`: "their"
    in a carer's chat)."""
    drugs: dict[str, tuple[Drug, str]] = {}
    for name in names:
        drug = drug_for(None, name) if name else None
        if drug is not None and drug.generic not in drugs:
            drugs[drug.generic] = (drug, display_name(name.strip()) or drug.name)
    out: list[str] = []
    for flag in flags:
        for key, cls in knowledge().classes.items():
            sentence = cls.danger_signs.get(flag)
            if sentence is None:
                continue
            mine = [shown for drug, shown in drugs.values() if key in drug.classes]
            if mine:
                listed = [", ".join(mine[:-1]), mine[-1]] if len(mine) > 1 else mine
                meds = f"{whose} " + " and ".join(listed)
                text = sentence.format(meds=meds)
                if text not in out:
                    out.append(text[:1].upper() + text[1:])
    return out


def said(text: str) -> str:
    """A label's words quoted to end a sentence: “…”. — one full stop, never two."""
    words = text.strip()
    return f"“{words}”" if words.endswith((".", "!", "?")) else f"“{words}”."
