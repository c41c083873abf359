"""Medication safety rules — pure functions over plain dataclasses: combinations on
adding, 24-hour totals after a dose, MME. What a dose holds is in ``dose_amounts``, a
product label's own limits in ``label_limits``, the message shape in ``warnings``.

No Telegram, no database, no clock: every input is passed in (a dose's ``at`` is
the only time used). Facts come from :mod:`bot.knowledge` (``drugs.yaml``).

Every :class:`SafetyWarning` states a fact in plain language, names the two
medications or the total, and ends with exactly "talk to your doctor or
pharmacist." It never tells anyone to take more or less of anything.

Amount conventions
------------------
* ``RegimenItem.amount_per_unit`` is the strength of ONE unit (tablet, patch). For
  a combination product it is the amount of its main ingredient (the opioid in
  Norco/Percocet/Ultracet); ``strength="10/325"`` may be given instead or as well,
  and wins when it names every ingredient.
* ``DoseTaken``: with ``count`` set, ``amount`` is the strength per unit (``2 x
  500 mg``); with ``count`` unset, ``amount`` is the total taken (``1000 mg``).
  With no ``amount`` the regimen item's strength is used. ``unit`` ``g``/``mcg``
  are converted to mg; ``None`` means mg; ``"unit"`` means ``amount`` is a count.
* Fentanyl patches: ``amount_per_unit`` is the patch rate in mcg/hr.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from bot.domain.course import day_label
from bot.domain.day_windows import Window, highest, hours_words, sooner_than, windows_around
from bot.domain.dose_amounts import (
    DoseTaken,
    RegimenItem,
    combination_amount,
    counted_at,
    dose_ingredients,
    dose_units,
    drug_for,
    drug_of,
    ingredient_amounts,
    ingredients_in_dose,
    label_for,
    label_limits,
    matching_item,
    one_form_with_own_max,
    product_units,
    strength_label,
)
from bot.domain.label_limits import (
    ago,
    course_limit_notice,
    danger_sign_notes,
    gap_words,
    nearest,
    plan_warnings,
    product_dose_warnings,
)
from bot.domain.regimen import display_name, limit_text, liquid_amount
from bot.domain.warnings import (
    END,
    EPS,
    OVERDOSE,
    PairTold,
    SafetyWarning,
    Severity,
    Warning,
    dedupe,
    finish,
    fmt,
)
from bot.domain.wording import and_list
from bot.knowledge import (
    CombinationRule,
    Drug,
    combination_rules,
    get_drug,
    mme_guidance,
    normalize_name,
    parse_strength,
)
from bot.knowledge.local_packs import local_tablet_mg, pack_limit
from bot.knowledge.poison_lines import after_label_advice

__all__ = [
    "END",
    "OVERDOSE",
    "DoseTaken",
    "MmeLine",
    "MmeResult",
    "RegimenItem",
    "SafetyWarning",
    "Severity",
    "Warning",
    "check_as_needed_dose",
    "check_dose_outside_regimen",
    "check_other_product_of_listed",
    "check_taken_together",
    "warnings_between",
    "check_new_medication",
    "check_regimen",
    "told_again",
    "PAIR_TOLD_FOR",
    "PairTold",
    "said_briefly",
    "in_brief",
    "sedatives_beside_a_bigger_dose",
    "danger_sign_notes",
    "dose_ingredients",
    "label_limits",
    "course_limit_notice",
    "plan_warnings",
    "drug_of",
    "product_units",
    "strength_label",
    "combination_amount",
    "daily_mme",
    "ingredient_amounts",
]

_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class MmeLine:
    generic: str
    name: str
    mg_per_day: float | None
    factor: float | None
    mme: float | None
    note: str | None = None
    #: An as-needed line counted at the user's own daily maximum: an upper bound.
    at_max: bool = False


@dataclass(frozen=True)
class MmeResult:
    """Total morphine milligram equivalents per day (CDC 2022 factors)."""

    total: float
    per_drug: tuple[MmeLine, ...] = ()
    notes: tuple[str, ...] = ()
    complete: bool = True
    warnings: tuple[SafetyWarning, ...] = field(default=())


def _unknown_notice(item: RegimenItem) -> SafetyWarning:
    name = item.name.strip() or (item.generic or "this medicine")
    return SafetyWarning(
        code="unknown_medication",
        severity=Severity.INFO,
        text=finish(
            f"I don't recognise “{name}”, so there are no safety checks for this one: "
            "I can't tell whether it overlaps with or reacts with your other medicines.",
            lead="If you're not sure how it fits with the rest,",
        ),
        medications=(name,),
    )


def _partly_known_notice(item: RegimenItem, drug: Drug) -> SafetyWarning:
    """A product counted as the ingredients the knowledge file has, with others told that
    it does not ("aceclofenac 100" in Zerodol-SP): that part is never counted nor checked."""
    name = display_name(item.name.strip()) or drug.name
    names = [p.split()[0] for p in item.other_ingredients]
    return SafetyWarning(
        code="partly_known_medication",
        severity=Severity.INFO,
        text=finish(
            # (not "I don't know its chlorzoxazone": a medicine known on its own, only
            # never counted in this product with the rest — Sandbox, Pune)
            f"I count the {drug.name} in “{name}”, but not its "
            f"{and_list(names)}, so there are no safety checks for that part.",
            lead="If you're not sure how it fits with the rest,",
        ),
        medications=(name,),
    )


def _one_product(x: RegimenItem, y: RegimenItem) -> bool:
    """Whether `x` and `y` are one medicine under two names: the same row, neither with
    ingredients told beside it (Zerodol-SP, counted as its paracetamol, is not Dolo)."""
    return not (x.other_ingredients or y.other_ingredients)


def _pair_warnings(x: RegimenItem, dx: Drug, y: RegimenItem, dy: Drug) -> list[SafetyWarning]:
    out: list[SafetyWarning] = []
    lx, ly = label_for(x.name, dx), label_for(y.name, dy)
    meds = (dx.generic, dy.generic)
    if dx.generic == dy.generic and _one_product(x, y):
        # By the names the person uses ("Naproxen 500 mg" and their "Aleve"); one name
        # for both is said once, never "Naproxen is the same medicine as naproxen".
        new, listed = display_name(y.name.strip()), display_name(x.name.strip())
        if normalize_name(new) == normalize_name(listed):
            said = f"{new} is already in your list."
        else:
            said = (
                f"{new} and {listed}, already in your list, are the same medicine ({dx.generic})."
            )
        out.append(
            SafetyWarning(
                code="same_drug_twice",
                severity=Severity.CAUTION,
                text=finish(
                    f"{said} Taking both adds up to more {dx.generic} than either one alone, "
                    "and having it listed twice can make the daily total hard to keep track of."
                ),
                medications=(dx.generic,),
            )
        )
        return out
    shared = [i for i in dx.ingredients if i in dy.ingredients]
    for ingredient in shared:
        ing_drug = get_drug(ingredient)
        extra = f" {ing_drug.overdose_note}" if ing_drug and ing_drug.overdose_note else ""
        limit = ""
        if ing_drug and ing_drug.max_daily and ing_drug.max_daily.unit == "mg":
            limit = (
                f" The labelled maximum for {ingredient} is "
                f"{fmt(ing_drug.max_daily.absolute)} mg a day from all products together."
            )
        out.append(
            SafetyWarning(
                code="duplicate_ingredient",
                severity=Severity.WARNING if extra else Severity.CAUTION,
                text=finish(
                    f"{lx} and {ly} both contain {ingredient}, so taking both adds up to "
                    f"more {ingredient} than either one alone.{extra}{limit}"
                ),
                medications=meds,
                fact=f"both contain {ingredient}",
            )
        )
    replaced: set[str] = set()
    for rule in combination_rules():
        if shared and rule.symmetric:
            continue  # the shared-ingredient warning already covers it
        if rule.a.matches(dx) and rule.b.matches(dy):
            first, second = lx, ly
        elif rule.a.matches(dy) and rule.b.matches(dx):
            first, second = ly, lx
        else:
            continue
        out.append(
            SafetyWarning(
                code=rule.code,
                severity=Severity(rule.severity),
                text=finish(rule.message.format(a=first, b=second)),
                medications=meds,
                fact=rule.report,
            )
        )
        replaced.update(rule.supersedes)
    return [w for w in out if w.code not in replaced]


def _one_product_warnings(x: RegimenItem, dx: Drug) -> list[SafetyWarning]:
    """The facts of the combination rules whose two sides one product holds itself
    (Mersyndol: codeine and doxylamine), worded for that product: its ingredients are
    never a pair on the list, so the pair rules alone said nothing of it."""
    rows = [(i, row) for i in dx.ingredients if (row := get_drug(i)) is not None]
    out: list[SafetyWarning] = []
    replaced: set[str] = set()
    for rule in combination_rules():
        if rule.one_product is None:
            continue
        a = next((i for i, row in rows if rule.a.matches(row)), None)
        b = next((i for i, row in rows if i != a and rule.b.matches(row)), None)
        if a is None or b is None:
            continue
        # the name alone: the sentence itself says what is in it
        product = display_name(x.name.strip()) or dx.name
        said = rule.one_product.format(product=product, a=a, b=b)
        out.append(
            SafetyWarning(
                code=rule.code,
                severity=Severity(rule.severity),
                text=finish(said),
                medications=(dx.generic,),
                fact=rule.report,
            )
        )
        replaced.update(rule.supersedes)
    return [w for w in out if w.code not in replaced]


def check_new_medication(regimen: Sequence[RegimenItem], new: RegimenItem) -> list[SafetyWarning]:
    """Warnings to show when ``new`` is added to ``regimen``.

    Duplicate ingredients, the same drug twice, class-level combinations from the
    reference (and those one product holds itself), the MME total if the new medicine is
    an opioid, and a notice when the new medicine is unknown (no checks possible).
    """
    new_drug = drug_for(new.generic, new.name)
    if new_drug is None:
        return [_unknown_notice(new)]
    out = _one_product_warnings(new, new_drug)
    if new.other_ingredients:
        out.append(_partly_known_notice(new, new_drug))
    for item in regimen:
        drug = drug_for(item.generic, item.name)
        if drug is not None:
            out.extend(_pair_warnings(item, drug, new, new_drug))
    if "opioid" in new_drug.classes:
        out.extend(daily_mme([*regimen, new]).warnings)
    out.extend(plan_warnings(new))
    course = course_limit_notice(new)
    if course is not None:
        out.append(course)
    return _in_rule_order(dedupe(out))


def _in_rule_order(warnings: list[SafetyWarning]) -> list[SafetyWarning]:
    """Within one severity, the combination rules in the knowledge file's order (the
    boxed opioid + benzodiazepine warning before the gabapentinoid's), whichever pair
    of the list came first; other warnings keep their place ahead of them."""
    rank = {rule.code: i for i, rule in enumerate(combination_rules())}
    return sorted(warnings, key=lambda w: (-w.severity.rank, rank.get(w.code, -1)))


def warnings_between(x: RegimenItem, y: RegimenItem) -> list[SafetyWarning]:
    """The label's warnings for taking `x` and `y` together (a shared ingredient, a
    combination rule); none when either is unknown or they are the same medicine."""
    dx, dy = drug_for(x.generic, x.name), drug_for(y.generic, y.name)
    if dx is None or dy is None:
        return []
    if dx.generic == dy.generic and _one_product(x, y):
        # "is aleve ok with my naproxen?": one medicine under two names
        text = (
            f"Both are {dx.generic}, the same medicine under two names, so taking both adds "
            f"up to more {dx.generic} than either one alone."
        )
        return [
            SafetyWarning(
                code="same_drug_twice",
                severity=Severity.WARNING,
                text=finish(text),
                medications=(dx.generic,),
            )
        ]
    return dedupe(_pair_warnings(x, dx, y, dy))


def check_dose_outside_regimen(
    regimen: Sequence[RegimenItem], taken: RegimenItem
) -> list[SafetyWarning]:
    """Duplicate-ingredient and combination warnings for a dose of a medicine that is not
    in the regimen (``/took 2 advil`` on daily meloxicam), as when adding it; nothing for
    a medicine no list knows."""
    drug = drug_for(taken.generic, taken.name)
    if drug is None:
        return []
    out: list[SafetyWarning] = []
    for item in regimen:
        known = drug_for(item.generic, item.name)
        if known is not None and (known.generic != drug.generic or not _one_product(item, taken)):
            out.extend(_pair_warnings(item, known, taken, drug))
    return dedupe(out)


def check_other_product_of_listed(listed: RegimenItem, taken: RegimenItem) -> list[SafetyWarning]:
    """A dose of another product of a medicine on the list ("2 aleve" beside a listed
    Naproxen 500 mg): that it is the same medicine, which someone who buys it at the corner
    store may not know — the pair checks skip one medicine under two names, and the
    24-hour total alone stays silent under the maximum (Sandbox, New York: Aleve on top of
    prescribed naproxen, told only "counted at Aleve's own strength"). Nothing when the two
    are not one medicine or either is unknown."""
    dl, dt_ = drug_for(listed.generic, listed.name), drug_for(taken.generic, taken.name)
    if dl is None or dt_ is None or dl.generic != dt_.generic or not _one_product(listed, taken):
        return []
    product, mine = display_name(taken.name.strip()), display_name(listed.name.strip())
    if normalize_name(product) == normalize_name(mine):
        return []
    text = (
        f"{product} is {dl.generic}, the same medicine as the {mine} on your list, so "
        f"together they add up to more {dl.generic} than either one alone."
    )
    if "nsaid" in dl.classes:
        # The OTC NSAID Drug Facts' stomach bleeding warning names prescription NSAIDs too
        # ("take other drugs containing prescription or nonprescription NSAIDs [aspirin,
        # ibuprofen, naproxen, or others]": DailyMed setid 84d86fd2-24c4-438f-a8ba-
        # 2002b10bacdf, the source of drugs.yaml's nsaid_duplicate rule).
        text += (
            " NSAID labels say the chance of severe stomach bleeding is higher when you take "
            "other medicines that contain an NSAID, prescription or not."
        )
    return [
        SafetyWarning(
            code="same_drug_twice",
            severity=Severity.CAUTION,
            text=finish(text),
            medications=(dl.generic,),
            fact=f"{product} is {dl.generic}",
        )
    ]


def check_taken_together(
    regimen: Sequence[RegimenItem],
    doses_last_24h: Sequence[DoseTaken],
    new: DoseTaken,
    earlier: Sequence[DoseTaken] | None = None,
) -> list[SafetyWarning]:
    """The duplicate-ingredient and combination warnings of adding it (PRODUCT.md §7) for a
    dose of a listed medicine and the other medicines taken in the 24 hours before it
    (Sandbox, Texas: an Aleve kept on the list "as needed" on a day of meloxicam was never
    warned). Once a day for a pair, not at every dose: nothing when a dose of the same
    medicine was already taken in those 24 hours (the pair was told with the later of the
    two then), nor between two doses of the regular schedule (told when it was added), nor
    when the partner's dose in those 24 hours told the pair already (:func:`_told_with`;
    `earlier`: the doses of the 48 hours before, to know what each partner's dose saw;
    None, not read yet: every pair is kept, so a caller may read them only when one is).
    A pair told in full within the week before is then said in one line: said_briefly."""
    new_drug = drug_for(new.generic, new.name)
    if new_drug is None:
        return []
    since = new.at - _WINDOW
    window = [d for d in doses_last_24h if since < d.at <= new.at and d is not new]
    partners: dict[str, list[DoseTaken]] = {}
    for dose in window:
        drug = drug_of(dose)
        if drug is None:
            continue
        if drug.generic == new_drug.generic:
            if dose.at < new.at:
                return []  # told with that dose, or with the other medicine's since
            continue
        partners.setdefault(drug.generic, []).append(dose)
    taken = RegimenItem(new.generic, new.name, new.amount, new.unit, None, True, None)
    out: list[SafetyWarning] = []
    for doses in partners.values():
        if new.scheduled and all(d.scheduled for d in doses):
            continue
        if earlier is not None and any(
            _told_with(d, new, new_drug.generic, [*earlier, *window]) for d in doses
        ):
            continue
        first = doses[0]
        drug = drug_of(first)
        assert drug is not None
        item = matching_item(regimen, drug, first.name) or RegimenItem(
            first.generic, first.name, first.amount, first.unit, None, True, None
        )
        out.extend(_pair_warnings(item, drug, taken, new_drug))
    return dedupe(out)


def _told_with(
    partner: DoseTaken, new: DoseTaken, generic: str, history: Sequence[DoseTaken]
) -> bool:
    """Whether the partner's dose, in the 24 hours before `new`, was itself told its pair
    with `new`'s medicine, so that saying it again is the same words twice in a day
    (Sandbox, Denver: oxycodone/acetaminophen at 13:00 was told of amitriptyline, and the
    nightly amitriptyline at 22:00 told it again; "tylenol x2 + 1 perc" told the shared
    acetaminophen once from each side). Only when sure it was: an off-list dose logged
    with this one, or after a listed dose of this medicine, was told its pairs with the
    list as adding it is; a scheduled medicine's partner taken as needed was told it when
    this medicine had a dose in the 24 hours before it and its own medicine none (the
    rule above, exact: what it was told needs nothing older). Once in 24 hours, as the
    rule above keeps it; never a pair not yet said in them."""

    def of(d: DoseTaken, generic_: str | None) -> bool:
        drug = drug_of(d)
        return drug is not None and drug.generic == generic_ and not d.off_list

    if partner.off_list:
        return partner.at == new.at or any(
            of(d, generic) and d.at <= partner.at for d in history if d is not new
        )
    if not new.scheduled or partner.scheduled:
        return False
    since = partner.at - _WINDOW
    before = [d for d in history if d is not new and since < d.at < partner.at]
    mine = drug_of(partner)
    return any(of(d, generic) for d in before) and not any(
        of(d, mine.generic if mine else None) for d in before
    )


#: Pair warnings said again with a bigger dose of an opioid: the sedating partners'
#: (FDA 2016 boxed warning, opioids with benzodiazepines; FDA 2019, gabapentinoids with
#: opioids; the rules' own sources in drugs.yaml).
_SEDATION_PAIRS = frozenset(
    {
        "opioid_benzodiazepine",
        "opioid_gabapentinoid",
        "opioid_muscle_relaxant",
        "opioid_sedating_antihistamine",
        "opioid_amitriptyline",
        "carisoprodol_opioid",
        "two_opioids",
    }
)


def sedatives_beside_a_bigger_dose(
    regimen: Sequence[RegimenItem], doses_last_24h: Sequence[DoseTaken], new: DoseTaken
) -> list[SafetyWarning]:
    """A dose of an opioid bigger than its listed one, with a medicine it is warned against
    (a benzodiazepine, a gabapentinoid) taken in the 24 hours before: the pair said again
    in one line, though told with an earlier dose today (`check_taken_together` tells a
    pair once a day). The caller knows the dose is bigger; this says what was taken beside
    it. (Sandbox, Glasgow: "took 4 co-codamol at once, the pain was unreal" hours after
    diazepam and pregabalin was told of paracetamol only.)"""
    new_drug = drug_for(new.generic, new.name)
    if new_drug is None or "opioid" not in new_drug.classes:
        return []
    since = new.at - _WINDOW
    taken = RegimenItem(new.generic, new.name, new.amount, new.unit, None, True, None)
    pairs: list[SafetyWarning] = []
    partners: list[str] = []
    # (in the order taken, by name at one time: the same words whatever order rows come in)
    for dose in sorted(doses_last_24h, key=lambda d: (d.at, d.name.lower())):
        drug = drug_of(dose)
        if drug is None or drug.generic == new_drug.generic or not since < dose.at <= new.at:
            continue
        item = matching_item(regimen, drug, dose.name) or RegimenItem(
            dose.generic, dose.name, dose.amount, dose.unit, None, True, None
        )
        pair = _pair_warnings(item, drug, taken, new_drug)
        found = [w for w in pair if w.code in _SEDATION_PAIRS]
        if found:
            pairs += found
            partners.append(display_name(item.name))
    if not pairs:
        return []
    worst = max((w.severity for w in pairs), key=lambda sev: sev.rank)
    return [
        SafetyWarning(
            code="sedatives_beside_a_bigger_dose",
            severity=worst,
            text=finish(
                f"You've also taken {and_list(list(dict.fromkeys(partners)))} in the last 24 "
                f"hours. As I said before, {display_name(new.name)} with "
                f"{'it' if len(set(partners)) == 1 else 'them'} can cause extreme sleepiness "
                "and slowed or difficult breathing."
            ),
            medications=tuple(sorted({w for p in pairs for w in p.medications})),
        )
    ]


def told_again(
    regimen: Sequence[RegimenItem], taken: RegimenItem, pairs: Sequence[SafetyWarning]
) -> SafetyWarning:
    """The pair warnings of an off-list medicine, already told in full with an earlier dose
    of it today, as one line: the whole text again at every dose became noise."""
    drug = drug_for(taken.generic, taken.name)
    own = drug.generic if drug is not None else (taken.generic or taken.name.lower())
    involved = {g for w in pairs for g in w.medications} - {own}
    others = [
        display_name(item.name)
        for item in regimen
        if (known := drug_for(item.generic, item.name)) is not None
        and (
            known.generic in involved
            # (Zerodol-SP, counted as its paracetamol, beside a Dolo taken)
            or (known.generic == own and not _one_product(item, taken))
        )
    ]
    worst = max((w.severity for w in pairs), key=lambda sev: sev.rank)
    return SafetyWarning(
        code="pairs_told_again",
        severity=worst,
        text=finish(
            f"What I said with your last {display_name(taken.name)} still applies: you are "
            f"taking it with {and_list(list(dict.fromkeys(others)))}."
        ),
        medications=tuple(sorted(involved | {own})),
    )


#: How long after a pair was told in full a dose that brings it together again has it in
#: one line. A week: the whole paragraph after every nightly dose taught people to stop
#: reading warnings (Sandbox, Glasgow), while once a week the full text, with the signs to
#: look out for, comes back — and a pair not told for a week is told as new.
PAIR_TOLD_FOR = timedelta(days=7)


def said_briefly(
    regimen: Sequence[RegimenItem],
    warnings: Sequence[SafetyWarning],
    told: Sequence[PairTold],
    new: DoseTaken,
    now: datetime,
    zone: tzinfo,
) -> tuple[list[SafetyWarning], list[PairTold]]:
    """The pair warnings of dose `new`, each pair told in full within PAIR_TOLD_FOR before
    `now` (`told`) said in one line; and the pairs said in full now. Rules without a brief
    (two NSAIDs, two opioids) and shared ingredients stay whole every time."""
    drug = drug_for(new.generic, new.name)
    own = drug.generic if drug is not None else (new.generic or "")
    briefs = {rule.code: rule.brief for rule in combination_rules() if rule.brief}
    out: list[SafetyWarning] = []
    fresh: list[PairTold] = []
    for w in warnings:
        brief = briefs.get(w.code)
        if brief is None:
            out.append(w)
            continue
        meds = tuple(sorted(w.medications))
        said = [t.at for t in told if (t.code, t.medications) == (w.code, meds)]
        last = max((at for at in said if now - PAIR_TOLD_FOR < at <= now), default=None)
        if last is None:
            out.append(w)
            fresh.append(PairTold(w.code, meds, now))
            continue
        out.append(
            replace(
                w,
                text=finish(
                    f"Still with {_partner_name(regimen, w, own)}: the {brief} I told you about "
                    f"{_day_told(last, now, zone)}."
                ),
            )
        )
    return out, fresh


def in_brief(regimen: Sequence[RegimenItem], warning: SafetyWarning) -> str | None:
    """A pair the weekly summary lists again in one line ("Co-codamol with pregabalin:
    risk of serious breathing problems."), told in full when it came up; None for what is
    said whole every time (amounts, a product holding both, rules without a brief)."""
    rule = next((r for r in combination_rules() if r.code == warning.code), None)
    if rule is None or rule.brief is None or len(warning.medications) != 2:
        return None
    pair = list(warning.medications)
    if not _matches_a(rule, pair[0]) and _matches_a(rule, pair[1]):
        pair.reverse()  # as the full warning names them: the rule's first side first
    first, second = (_listed_name(regimen, g) for g in pair)
    return f"{first[:1].upper()}{first[1:]} with {second}: {rule.brief}."


def _matches_a(rule: CombinationRule, generic: str) -> bool:
    drug = get_drug(generic)
    return drug is not None and rule.a.matches(drug)


def _listed_name(regimen: Sequence[RegimenItem], generic: str) -> str:
    """A medicine of a pair by its name on the list (lower-case when it is the medicine's
    own name, as the full warning says it), else the knowledge file's name."""
    for item in regimen:
        drug = drug_for(item.generic, item.name)
        if drug is not None and drug.generic == generic:
            shown = display_name(item.name.strip())
            plain = normalize_name(shown) in (
                normalize_name(drug.generic),
                normalize_name(drug.name),
            )
            return drug.name if plain else shown
    known = get_drug(generic)
    return known.name if known is not None else generic


def _partner_name(regimen: Sequence[RegimenItem], warning: SafetyWarning, own: str) -> str:
    """The other medicine of a pair, by its name on the list (lower-case when it is the
    medicine's own name, as the full warning says it), else the knowledge file's name."""
    other = next((g for g in warning.medications if g != own), warning.medications[-1])
    return _listed_name(regimen, other)


def _day_told(at: datetime, now: datetime, zone: tzinfo) -> str:
    """`earlier today`, `yesterday`, else `on Mon 7 Dec`, in the person's zone."""
    day, today = at.astimezone(zone).date(), now.astimezone(zone).date()
    if day == today:
        return "earlier today"
    if day == today - timedelta(days=1):
        return "yesterday"
    return f"on {day_label(day)}"


def check_regimen(regimen: Sequence[RegimenItem], today: date | None = None) -> list[SafetyWarning]:
    """Every active warning for a regimen (for the weekly summary); with `today`, also
    the medicines used past their label's course limit."""
    resolved = [(item, drug_for(item.generic, item.name)) for item in regimen]
    out: list[SafetyWarning] = []
    for i, (x, dx) in enumerate(resolved):
        if dx is None:
            out.append(_unknown_notice(x))
            continue
        out.extend(_one_product_warnings(x, dx))
        if x.other_ingredients:
            out.append(_partly_known_notice(x, dx))
        out.extend(plan_warnings(x))
        passed = course_limit_notice(x, today) if today is not None else None
        if passed is not None:
            out.append(passed)
        for y, dy in resolved[i + 1 :]:
            if dy is not None:
                out.extend(_pair_warnings(x, dx, y, dy))
    out.extend(daily_mme(regimen).warnings)
    return _in_rule_order(dedupe(out))


def _opioid_rows(drug: Drug) -> list[Drug]:
    rows: list[Drug] = []
    for ingredient in drug.ingredients:
        row = get_drug(ingredient)
        if row is not None and row.mme is not None:
            rows.append(row)
    return rows


def daily_mme(regimen: Sequence[RegimenItem]) -> MmeResult:
    """Morphine milligram equivalents per day with the CDC 2022 factors.

    Scheduled items use ``units_per_day``; as-needed items without it are counted
    at the user's own ``max_per_day``. Buprenorphine is listed but not counted.
    Methadone and fentanyl patches carry the guideline's "less reliable" caveat.
    The result's ``warnings`` hold the guideline wording once the total reaches
    the threshold (50 MME/day), phrased as a fact to discuss with the prescriber.
    """
    guidance = mme_guidance()
    lines: list[MmeLine] = []
    notes: dict[str, None] = {}
    for item in regimen:
        drug = drug_for(item.generic, item.name)
        for row in _opioid_rows(drug) if drug is not None else []:
            assert drug is not None
            line, note = _mme_line(item, drug, row)
            lines.append(line)
            if note:
                notes.setdefault(note, None)
    total = round(math.fsum(line.mme for line in lines if line.mme is not None), 1)
    less_reliable = any(_less_reliable(line.generic) for line in lines)
    # (an as-needed opioid with no maximum set lacks nothing: there is no daily amount)
    complete = all(
        line.mme is not None or line.note in ("not counted", NO_DAILY_MAXIMUM) for line in lines
    )
    if less_reliable:
        notes.setdefault(guidance.note_less_reliable, None)
    if not complete:
        notes.setdefault(guidance.note_incomplete, None)
    if lines:
        notes.setdefault(guidance.note_conversion, None)
    warnings: tuple[SafetyWarning, ...] = ()
    if total >= guidance.threshold:
        names = tuple(dict.fromkeys(line.generic for line in lines if line.mme))
        warnings = (_mme_warning(total, names, less_reliable),)
    return MmeResult(
        total=total,
        per_drug=tuple(lines),
        notes=tuple(notes),
        complete=complete,
        warnings=warnings,
    )


def _less_reliable(generic: str) -> bool:
    """The CDC says this opioid's factor is less reliable (methadone, fentanyl patch)."""
    row = get_drug(generic)
    return row is not None and row.mme is not None and row.mme.less_reliable


#: An as-needed opioid's MME line when no daily maximum is set
NO_DAILY_MAXIMUM = "as needed, no daily maximum set"


def _mme_line(item: RegimenItem, drug: Drug, row: Drug) -> tuple[MmeLine, str | None]:
    """One opioid ingredient of one medicine a day in MME, and the note it calls for."""
    guidance = mme_guidance()
    mme = row.mme
    assert mme is not None
    label = label_for(item.name, drug)
    if mme.factor is None:
        # Levorphanol and meperidine are simply not in the CDC 2022 table; only
        # buprenorphine's note gives the table's own reason.
        note = (
            guidance.note_buprenorphine
            if row.generic == "buprenorphine"
            else f"{row.name.capitalize()} is not counted: the CDC 2022 MME table "
            "gives no conversion factor for it."
        )
        return MmeLine(row.generic, label, None, None, None, "not counted"), note
    if mme.per == "mcg/hr":
        rate = item.amount_per_unit
        if rate is None and item.strength:
            parsed = parse_strength(item.strength)
            rate = parsed[0] if parsed else None
        if rate is None:
            return MmeLine(row.generic, label, None, mme.factor, None, "rate missing"), None
        return MmeLine(
            row.generic, label, None, mme.factor, rate * mme.factor, "mcg/hr patch"
        ), None
    units = item.units_per_day
    at_max = units is None and item.as_needed and item.max_per_day is not None
    if at_max:
        units = float(item.max_per_day or 0)
    per_unit = ingredient_amounts(drug, item.amount_per_unit, item.unit, item.strength, item.name)
    amount = per_unit.get(row.generic)
    if units is None and item.as_needed:
        # As needed with no daily maximum: there is no "per day" to count, nothing missing
        return MmeLine(row.generic, label, None, mme.factor, None, NO_DAILY_MAXIMUM), None
    if amount is None or units is None:
        return MmeLine(row.generic, label, None, mme.factor, None, "amount missing"), None
    mg_day = amount * units
    return (
        MmeLine(
            row.generic,
            label,
            mg_day,
            mme.factor,
            mg_day * mme.factor,
            "counted at your maximum per day" if at_max else None,
            at_max,
        ),
        guidance.note_as_needed_max if at_max else None,
    )


def _mme_warning(total: float, names: tuple[str, ...], less_reliable: bool) -> SafetyWarning:
    guidance = mme_guidance()
    caveat = f" {guidance.note_less_reliable}" if less_reliable else ""
    return SafetyWarning(
        code="mme_threshold",
        severity=Severity.CAUTION,
        text=finish(
            f"Your opioid medicines add up to about {fmt(total)} MME a day "
            "(morphine milligram equivalents, a way to compare opioid doses)."
            f"{caveat} The CDC's 2022 opioid guideline says that "
            f"“{guidance.quote_threshold}”. This is a fact worth discussing "
            "with your prescriber."
        ),
        medications=names,
    )


def check_as_needed_dose(
    regimen: Sequence[RegimenItem],
    doses_near: Sequence[DoseTaken],
    new: DoseTaken,
    zone: str | None = None,
) -> list[SafetyWarning]:
    """Warnings after logging ``new``: 24-hour totals against the limits.

    Every total is of the 24 hours holding ``new`` with the most — those logged for later
    hours count too: `doses_near` may run 24 hours past it (a dose told after later ones).
    For every ingredient of the new dose, the doses are added up across every product
    containing it (Norco + Tylenol both count as acetaminophen) and compared with the
    labelled maximum (and, as information, the OTC label's lower limit); then the
    product's own label (units a day, a form's maximum, the gap to the nearest dose either
    side); then the units of this product against the user's own maximum per day.
    Unknown medicines give none. `zone` (the person's) says which country's packs: their
    tablets' strength when none was said, and their packs' limit.
    """
    new_drug = drug_for(new.generic, new.name)
    if new_drug is None:
        return []
    near = [d for d in doses_near if abs(d.at - new.at) < _WINDOW and d is not new]
    item = matching_item(regimen, new_drug, new.name)
    # (of two list entries of one medicine, Crocin and Dolo 650, only this one's doses:
    # its own maximum and gap are the person's plan for it; the ingredient counts them all)
    mine = [
        dose
        for dose in [*near, new]
        if (drug := drug_for(dose.generic, dose.name)) is not None
        and drug.generic == new_drug.generic
        and matching_item(regimen, drug, dose.name) is item
    ]
    out = _totals_around(regimen, near, new, new_drug, zone)
    product = product_dose_warnings(regimen, near, new, new_drug)
    planned = sooner_than_planned(item, mine, new, new_drug)
    if planned is not None:  # the person's own gap says it; the label's would repeat it
        product = [w for w in product if w.code != "min_interval"]
        out.append(planned)
    out.extend(product)
    if not any(w.code == "over_product_max" for w in product):
        own = _own_max_warning(item, new_drug, windows_around(mine, new.at))
        if own is not None:
            out.append(own)
    return dedupe(out)


@dataclass(frozen=True, slots=True)
class _DayTotals:
    """Each ingredient's mg over a set of doses, the products it came from, and their names."""

    totals: dict[str, float]
    sources: dict[str, dict[str, None]]
    names: dict[str, list[str]]
    # ingredients counted partly at their smallest strength (strength unsaid): "at least"
    floored: set[str] = field(default_factory=set)
    #: the person's zone: whose packs' limit is said
    zone: str | None = None

    @classmethod
    def of(
        cls, regimen: Sequence[RegimenItem], doses: Sequence[DoseTaken], zone: str | None
    ) -> _DayTotals:
        """Add up every known dose's ingredients (Norco + Tylenol both count as acetaminophen)."""
        day = cls({}, {}, {}, zone=zone)
        for dose in doses:
            drug = drug_for(dose.generic, dose.name)
            if drug is None:
                continue
            item = matching_item(regimen, drug, dose.name)
            amounts = ingredients_in_dose(dose, drug, item)
            if not amounts:
                amounts = at_least_amounts(dose, drug, item, zone)
                day.floored.update(amounts)
            for ingredient, mg in amounts.items():
                day.totals[ingredient] = day.totals.get(ingredient, 0.0) + mg
                day.sources.setdefault(ingredient, {})[label_for(dose.name, drug)] = None
                day.names.setdefault(ingredient, []).append(dose.name)
        return day

    def warnings(self, drug: Drug, regimen: Sequence[RegimenItem]) -> list[SafetyWarning]:
        """The totals of `drug`'s ingredients against their labelled maximum."""
        return [w for i in drug.ingredients if (w := self.warning(i, regimen)) is not None]

    def warning(
        self, ingredient: str, regimen: Sequence[RegimenItem], *, last: bool = True
    ) -> SafetyWarning | None:
        """One ingredient's total against its labelled maximum; `last`: these are the
        24 hours up to the dose checked (else 24 hours running on past it)."""
        if ingredient not in self.totals:
            return None
        if one_form_with_own_max(ingredient, self.names[ingredient]) is not None:
            return None  # one form with its own daily maximum (Novalgin): its product's says it
        return _ingredient_total_warning(
            ingredient,
            self.totals,
            self.sources,
            regimen,
            at_least=ingredient in self.floored,
            last=last,
            zone=self.zone,
        )


def _totals_around(
    regimen: Sequence[RegimenItem],
    near: Sequence[DoseTaken],
    new: DoseTaken,
    drug: Drug,
    zone: str | None,
) -> list[SafetyWarning]:
    """Each of `drug`'s ingredients over the 24 hours holding `new` with the highest
    total: the 24 hours up to it, or — a dose told after doses of later hours, the
    earlier of a pair back-dated in one message — 24 hours running on past it, which a
    sum of the hours before it alone misses (Sandbox, London: 5,000 mg from 08:00,
    unflagged because the 08:00 dose was told last)."""
    windows = windows_around([*near, new], new.at)
    return [w for w, _ in _ingredient_warnings(regimen, windows, drug, zone)]


def _ingredient_warnings(
    regimen: Sequence[RegimenItem], windows: Sequence[Window], drug: Drug, zone: str | None
) -> list[tuple[SafetyWarning, Window]]:
    """Each of `drug`'s ingredients over the one of `windows` holding the most of it: its
    warning, if any, and that window."""
    days = [(_DayTotals.of(regimen, w.doses, zone), w) for w in windows]
    out: list[tuple[SafetyWarning, Window]] = []
    for ingredient in drug.ingredients:
        day, window = highest(days, _mg_of(ingredient))
        warning = day.warning(ingredient, regimen, last=window.last)
        if warning is not None:
            out.append((warning, window))
    return out


def _mg_of(ingredient: str) -> Callable[[tuple[_DayTotals, Window]], float]:
    return lambda day: day[0].totals.get(ingredient, 0.0)


def at_least_amounts(
    dose: DoseTaken, drug: Drug, item: RegimenItem | None, zone: str | None = None
) -> dict[str, float]:
    """A dose of a single medicine whose strength nobody said ("2 more tylenol", not on
    the list): at least its smallest strength sold under that name where the person
    lives (`zone`), for the 24-hour total only — counted as nothing, a day past the
    maximum read as under it (Sandbox, Houston: 3,625 mg said where 4,275 mg at the least
    was taken)."""
    if item is not None or drug.is_combination or dose.amount is not None:
        return {}
    smallest = [
        mg
        for st in drug.strengths_for(dose.name)
        if st.unit == "mg" and (mg := st.amounts.get(drug.primary_ingredient, 0.0)) > 0
    ]
    if not smallest:
        return {}
    least = min(smallest)
    # (a Glasgow "2 paracetamol" counted at the US 325 mg tablet read 1,000 mg as 650:
    # UK tablets are 500 mg; a form said by name keeps its own strength)
    local = local_tablet_mg(drug.primary_ingredient, dose.name, zone)
    if local is not None and local in smallest and drug.form_for(dose.name) is None:
        least = local
    return {drug.primary_ingredient: least * (dose.count or 1.0)}


def counts_every_dose(ingredient: str) -> bool:
    """Whether the label's maximum counts every milligram in 24 hours, planned or not, from
    every product: an ingredient whose label names the harm of too much (acetaminophen's
    liver damage). Its every day is totalled (the summary's 💊 line, the report's table)
    and scheduled doses alone past it are an overdose, as the chat's warning says."""
    drug = get_drug(ingredient)
    return drug is not None and drug.overdose_note is not None


def check_scheduled_dose(
    regimen: Sequence[RegimenItem],
    doses_near: Sequence[DoseTaken],
    taken: DoseTaken,
    zone: str | None = None,
) -> list[SafetyWarning]:
    """Warnings after a scheduled dose is answered taken (a tap, "took them"): the 24-hour
    totals of its ingredients past their labelled maximum, over the 24 hours holding it
    with the most — the same fact an extra dose gets (PRODUCT.md §7: "logging any dose").
    `doses_near` holds `taken` itself and may run 24 hours past it (a morning's dose
    tapped in the evening, after doses logged for the afternoon). The person's own gaps
    and the over-the-counter line are their prescriber's plan, not said."""
    drug = drug_for(taken.generic, taken.name)
    if drug is None:
        return []
    # (doses tapped on time count at their due times: dose_amounts.counted_at)
    end = counted_at(taken)
    near = [d for d in doses_near if abs(counted_at(d) - end) < _WINDOW]
    windows = windows_around(near, end, counted_at)
    return [
        w
        for w, window in _ingredient_warnings(regimen, windows, drug, zone)
        if _said_of_scheduled(w, window.doses, drug)
    ]


def _said_of_scheduled(warning: SafetyWarning, day: Sequence[DoseTaken], drug: Drug) -> bool:
    """Whether a total past a maximum over `day` is said after a scheduled dose. Scheduled
    doses alone are the plan: a once-daily dose taken late one day and on time the next is
    two in 24 hours, no overdose (as the report's episodes read it) — except past
    acetaminophen's labelled maximum, whose label names the harm of every milligram in 24
    hours: a shift worker's three-a-day doses sliding late made 5.3 g in 22 hours,
    unwarned (Sandbox, Melbourne). An NSAID's scheduled doses sliding late are the
    prescriber's plan: its overdose advice waits for a dose of the person's own beside
    them ("took 40 naproxen")."""
    if warning.severity is not Severity.WARNING:
        return False
    sharing = [
        d
        for d in day
        if (other := drug_for(d.generic, d.name)) is not None
        and set(other.ingredients) & set(drug.ingredients)
    ]
    if not all(d.scheduled for d in sharing):
        return True
    return warning.code == OVERDOSE and all(counts_every_dose(i) for i in warning.medications)


def sooner_than_planned(
    item: RegimenItem | None, doses: Sequence[DoseTaken], new: DoseTaken, drug: Drug
) -> SafetyWarning | None:
    """An as-needed dose logged sooner than the person's own plan's shortest gap ("as
    needed every 4 hours") from the nearest dose of it on either side: the fact, never
    advice."""
    if item is None or not item.as_needed or not item.min_gap_hours or new.scheduled:
        return None
    other = nearest([d for d in doses if _is(d, drug)], new)
    if other is None:
        return None
    apart = abs(new.at - other.at)
    if not sooner_than(apart, item.min_gap_hours):
        return None
    left = timedelta(hours=item.min_gap_hours) - apart
    label = label_for(new.name, drug)
    hours = f"{item.min_gap_hours:g} hours"
    if other.at < new.at:
        # (counted from this dose: "the next would be in 20 minutes", counted from the
        # one before, read as leave to take another 20 minutes on)
        plan = (
            f"so this one came {ago(left)} sooner than the plan; by it, the next would be "
            f"{hours} after this one."
        )
    else:
        # (a dose told late, before one already logged: "the next would be" is past)
        plan = f"so the two are {ago(left)} closer together than the plan."
    return SafetyWarning(
        code="sooner_than_planned",
        severity=Severity.INFO,
        text=finish(
            f"{gap_words(other, new, label)} Your plan says at least {hours} between doses, {plan}",
            lead="If the pain is not under control,",
        ),
        medications=(drug.generic,),
    )


def _is(dose: DoseTaken, drug: Drug) -> bool:
    found = drug_for(dose.generic, dose.name)
    return found is not None and found.generic == drug.generic


def planned_mg_a_day(regimen: Sequence[RegimenItem], ingredient: str) -> float:
    """The mg of `ingredient` a day the person's scheduled medicines hold, as listed."""
    total = 0.0
    for item in regimen:
        drug = drug_for(item.generic, item.name)
        if drug is None or item.as_needed or not item.units_per_day:
            continue
        per_unit = ingredient_amounts(
            drug, item.amount_per_unit, item.unit, item.strength, item.name
        )
        total += per_unit.get(ingredient, 0.0) * item.units_per_day
    return total


def _ingredient_total_warning(
    ingredient: str,
    totals: dict[str, float],
    sources: dict[str, dict[str, None]],
    regimen: Sequence[RegimenItem],
    *,
    at_least: bool = False,
    last: bool = True,
    zone: str | None = None,
) -> SafetyWarning | None:
    """One ingredient's 24-hour total against its labelled maximum (and, as information,
    the lower over-the-counter one, unless the person's own schedule holds that much:
    naproxen 500 mg twice a day is a prescriber's plan); past the maximum of an
    ingredient whose label says what to do after an overdose, that advice. Where the
    person's own packs (`zone`'s) carry their own limit, it is said in their words."""
    total, from_list = totals[ingredient], list(sources[ingredient])
    planned = planned_mg_a_day(regimen, ingredient)
    ing_drug = get_drug(ingredient)
    limit = ing_drug.max_daily if ing_drug is not None else None
    if ing_drug is None or limit is None or limit.unit != "mg":
        return None
    origin = f" (from {', '.join(from_list)})" if len(from_list) > 1 else ""
    # (tablets of unsaid strength counted at the smallest sold: the total is a floor)
    about = "at least" if at_least else "about"
    # (24 hours running on past the dose checked: "the last 24 hours" would be untrue)
    amount = f"{about} {fmt(total)} mg of {ingredient}{origin}"
    logged = f"In {hours_words(last)} you've logged {amount}."
    extra = f" {ing_drug.overdose_note}" if ing_drug.overdose_note else ""
    packs = pack_limit(ingredient, zone)
    # (the US Drug Facts' 3,000 mg said in Glasgow, whose packs allow 8 × 500 mg: their
    # own words instead, beside the label maximum the count is held to)
    theirs = f" ({packs.words})" if packs is not None else ""
    over = (
        f"{logged} That is more than the labelled maximum of {fmt(limit.absolute)} mg a day"
        f"{theirs}."
    )
    if total > limit.absolute + EPS and ing_drug.poison_advice:
        # Past the label's own maximum of an ingredient whose label says what to do after
        # an overdose (acetaminophen, ibuprofen, naproxen, aspirin): that advice, in the
        # label's words — 40 naproxen were told only the milligrams (Sandbox, London).
        advice = ing_drug.poison_advice
        return SafetyWarning(
            code=OVERDOSE,
            severity=Severity.WARNING,
            text=finish(
                f"{over}{extra} The {ingredient} label says: “{advice}” "
                + after_label_advice(advice),
                lead="And please",
            ),
            medications=(ingredient,),
        )
    if total > limit.absolute + EPS:
        return SafetyWarning(
            code="over_labelled_max",
            severity=Severity.WARNING,
            text=finish(f"{over}{extra}"),
            medications=(ingredient,),
        )
    if (
        limit.otc is not None
        and limit.rx is not None
        and packs is None
        and total > limit.otc + EPS
        and total > planned + EPS
        # (six Tylenol 8 HR Arthritis caplets are 3,900 mg, within that product's own
        # Drug Facts: never "above the 3,000 mg on over-the-counter labels" — Sandbox,
        # Phoenix; its own maximum is checked as the product's)
        and not _own_labels_allow(ing_drug, ingredient, from_list, total)
    ):
        return SafetyWarning(
            code="over_otc_label_max",
            severity=Severity.INFO,
            text=finish(
                f"{logged} That is above the {fmt(limit.otc)} mg a day on over-the-counter "
                f"{ingredient} labels (the prescription-label maximum is {fmt(limit.rx)} mg). "
                "If a prescriber set your amount, that plan applies.",
                lead="If you have questions,",
            ),
            medications=(ingredient,),
        )
    return None


def _own_labels_allow(drug: Drug, ingredient: str, names: Sequence[str], total: float) -> bool:
    """Whether every product `names` the total came from is a form whose own label allows
    at least `total` mg of `ingredient` a day (its tablets a day × its strength)."""
    if not names:
        return False
    for name in names:
        form = drug.form_for(name)
        most = form.product_max.per_day if form and form.product_max else None
        each = [st.amounts.get(ingredient) for st in form.strengths] if form else []
        if most is None or len(each) != 1 or each[0] is None or most * each[0] < total - EPS:
            return False
    return True


def _own_max_warning(
    item: RegimenItem | None, drug: Drug, windows: Sequence[Window]
) -> SafetyWarning | None:
    """The units of this product in the 24 hours holding the dose with the most, against
    the person's own maximum a day."""
    if item is None or item.max_per_day is None:
        return None

    def units(window: Window) -> float:
        return math.fsum(dose_units(dose, item) for dose in window.doses)

    day = highest(windows, units)
    if units(day) <= item.max_per_day + EPS:
        return None
    logged = f"{fmt(units(day))} × {label_for(item.name, drug)}"
    limit = limit_text(
        item.max_per_day, item.volume_ml, item.amount_per_unit, item.unit, item.strength
    )
    if item.volume_ml and not item.strength:
        # a liquid in its ml and mg, never "6.5 ×" of a bottle's 5 ml (Sandbox, London)
        said = liquid_amount(units(day), item.volume_ml, item.amount_per_unit, item.unit)
        logged = f"{said} of {label_for(item.name, drug)}"
    return SafetyWarning(
        code="over_own_max",
        severity=Severity.CAUTION,
        text=finish(
            f"You've logged {logged} in {hours_words(day.last)}; your own maximum is {limit} a day."
        ),
        medications=(drug.generic,),
    )
