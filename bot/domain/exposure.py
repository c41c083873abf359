"""What was actually taken, per ingredient: daily totals, rolling 24-hour totals past a
labelled maximum, and opioid MME per day.

Pure: plain doses in, plain results out. The amounts come from the doses as logged (a
count of tablets of a known strength, or an amount), resolved per ingredient with the
knowledge file, so Norco and Tylenol both count as acetaminophen (PRODUCT.md §7). The
live warning after a dose (:func:`bot.domain.safety.check_as_needed_dose`) and these
figures use the same 24-hour rule, so the report shows the episode the person was warned
about, which calendar days can hide (clinician review §2.1).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import counted_at, drug_for, one_form_with_own_max
from bot.domain.safety import (
    DoseTaken,
    at_least_amounts,
    counts_every_dose,
    dose_ingredients,
    drug_of,
    label_limits,
    product_units,
    strength_label,
)
from bot.knowledge import get_drug, unit_word
from bot.knowledge.local_packs import pack_limit

__all__ = [
    "IngredientDay",
    "OpioidDay",
    "Overuse",
    "amounts_of",
    "counts_every_dose",
    "daily_ingredient_totals",
    "highest_days",
    "labelled_max_mg",
    "labelled_otc_max_mg",
    "opioid_days",
    "overuse_episodes",
]

WINDOW = dt.timedelta(hours=24)
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Overuse:
    """One episode of an ingredient past its labelled maximum: overlapping rolling 24 hours.

    ``start`` … ``end`` is the 24 hours of its highest total (``total_mg``: the first dose
    counted to the dose that brought it there); ``products`` the names it came from.
    ``first`` … ``last`` is the whole episode, from the first dose of its first window
    over to the last dose of its last (None: the same as ``start`` … ``end``).
    """

    ingredient: str
    limit_mg: float
    total_mg: float
    start: dt.datetime
    end: dt.datetime
    products: tuple[str, ...]
    by_product: tuple[tuple[str, float], ...]
    #: What `limit_mg` and `total_mg` count: "mg", or a product's own units
    #: ("tablets", "g") when `ingredient` names a product past its label's limit.
    unit: str = "mg"
    #: Some of `total_mg` counted at the smallest strength sold (strength unsaid): the
    #: total is "at least" this, as the chat's warning said it.
    at_least: bool = False
    first: dt.datetime | None = None
    last: dt.datetime | None = None

    @property
    def span(self) -> tuple[dt.datetime, dt.datetime]:
        """The whole episode: its first window's first dose to its last window's last."""
        return (self.first or self.start, self.last or self.end)

    @property
    def longer_than_its_peak(self) -> bool:
        """Whether the episode runs past the 24 hours of its highest total."""
        return self.span != (self.start, self.end)


@dataclass(frozen=True, slots=True)
class IngredientDay:
    """The total of one ingredient on one local day, from every product containing it."""

    date: dt.date
    ingredient: str
    total_mg: float
    limit_mg: float | None
    #: The products it came from that day, in the order first taken.
    products: tuple[str, ...] = ()
    #: Some of it counted at the smallest strength sold (strength unsaid): at least this.
    at_least: bool = False
    #: The lower maximum of over-the-counter packs, when the label's own is higher
    #: (acetaminophen: 3,000 mg on many Drug Facts, 4,000 mg on prescription labels).
    otc_limit_mg: float | None = None


@dataclass(frozen=True, slots=True)
class OpioidDay:
    """Morphine milligram equivalents of the opioids taken on one local day."""

    date: dt.date
    mme: float


def labelled_max_mg(ingredient: str, names: Iterable[str | None] = ()) -> float | None:
    """The labelled adult maximum of an ingredient per 24 hours, in mg (None if none):
    that of the one form all the products `names` are, when its label gives its own
    (Novalgin's 4,000 mg of metamizole beside Nolotil's 3,450 mg)."""
    drug = get_drug(ingredient)
    if drug is None:
        return None
    form = one_form_with_own_max(ingredient, names)
    limit = form.max_daily if form is not None else drug.max_daily
    return limit.absolute if limit is not None and limit.unit == "mg" else None


def labelled_otc_max_mg(
    ingredient: str, names: Iterable[str | None] = (), zone: str | None = None
) -> float | None:
    """The over-the-counter labels' lower maximum per 24 hours, in mg, when it is below
    :func:`labelled_max_mg` (None otherwise, when a form gives its own, or where the
    person's own packs, `zone`'s, carry their own limit: 8 × 500 mg in the UK)."""
    drug = get_drug(ingredient)
    limit = drug.max_daily if drug is not None else None
    if limit is None or limit.unit != "mg" or one_form_with_own_max(ingredient, names) is not None:
        return None
    if pack_limit(ingredient, zone) is not None:
        return None
    return limit.otc if limit.otc is not None and limit.otc < limit.absolute else None


def amounts_of(dose: DoseTaken, zone: str | None = None) -> dict[str, float]:
    """The mg of each ingredient in a dose; of unsaid strength, the least it can be where
    the person lives (`zone`)."""
    return dose_ingredients(dose, ()) or _floor(dose, zone)


def _amounts(
    doses: Sequence[DoseTaken], zone: str | None
) -> list[tuple[DoseTaken, dict[str, float]]]:
    return [(d, amounts_of(d, zone)) for d in sorted(doses, key=lambda d: d.at)]


def _floor(dose: DoseTaken, zone: str | None) -> dict[str, float]:
    """A dose of unsaid strength ("2 more tylenol") at the least it can be, as the live
    warning counts it — counted as nothing, an episode the person was warned about was
    missing from the summary and the report (Sandbox, Phoenix: 4,600 mg shown as 3,300)."""
    drug = drug_for(dose.generic, dose.name)
    return at_least_amounts(dose, drug, None, zone) if drug is not None else {}


def _unsaid(dose: DoseTaken) -> bool:
    # (whether any floor applies does not depend on where: the zone only sets its size)
    return not dose_ingredients(dose, ()) and bool(_floor(dose, None))


def overuse_episodes(doses: Sequence[DoseTaken], zone: str | None = None) -> tuple[Overuse, ...]:
    """Every stretch of 24 hours in which an ingredient passed its labelled maximum, or a
    product its own label's (Norco 10/325: 6 tablets; ConZip: 300 mg); overlapping
    windows are one episode, reported at its highest total.

    A window of scheduled doses alone is not an episode: a once-daily dose taken late
    one day and on time the next falls within 24 hours without being more than the
    prescription. As with the live warning, an extra (as-needed, logged) dose must be
    part of it. `zone`: the person's, whose tablets an unsaid strength is counted at."""
    counted = _amounts(doses, zone)
    ingredients = sorted({i for _, amounts in counted for i in amounts})
    out: list[Overuse] = []
    for ingredient in ingredients:
        rows = [(d, a[ingredient]) for d, a in counted if ingredient in a]
        if one_form_with_own_max(ingredient, (d.name for d, _ in rows)) is not None:
            continue  # one form with its own maximum: its product episodes say it
        limit = labelled_max_mg(ingredient)
        if limit is not None:
            every = counts_every_dose(ingredient)
            out.extend(_episodes(ingredient, limit, rows, "mg", every_dose=every))
    out.extend(_product_episodes(doses))
    return tuple(sorted(out, key=lambda e: (e.start, e.ingredient)))


def _product_episodes(doses: Sequence[DoseTaken]) -> list[Overuse]:
    """Episodes past a product label's own limit: a form's mg maximum, or units a day
    of one strength."""
    groups: dict[tuple[str, str], tuple[float, str, list[tuple[DoseTaken, float]]]] = {}
    for dose in sorted(doses, key=lambda d: d.at):
        drug = drug_of(dose)
        if drug is None:
            continue
        limits = label_limits(drug, dose.name, dose.unit)
        product = limits.product_name
        own = limits.max_daily
        if own is not None and own.unit == "mg" and limits.form is not None:
            mg = dose_ingredients(dose, ()).get(drug.primary_ingredient)
            if mg is not None:
                key = (product, "mg")
                groups.setdefault(key, (own.absolute, "mg", []))[2].append((dose, mg))
        cap = limits.product_max
        if cap is not None:
            strength = strength_label(drug, dose, None)
            most = cap.for_strength(strength)
            units = product_units(dose, None, cap)
            if most is not None and units is not None:
                name = f"{product} {strength}" if strength and cap.by_strength else product
                unit = unit_word(cap.unit, 2)
                groups.setdefault((name, unit), (most, unit, []))[2].append((dose, units))
    out: list[Overuse] = []
    for (name, _), (limit, unit, rows) in groups.items():
        out.extend(_episodes(name, limit, rows, unit))
    return out


def _episodes(
    what: str,
    limit: float,
    rows: Sequence[tuple[DoseTaken, float]],
    unit: str,
    *,
    every_dose: bool = False,
) -> list[Overuse]:
    """The episodes in which `rows` (time-ordered) passed `limit` in a rolling 24 hours;
    with `every_dose`, windows of scheduled doses alone count too.

    Windows over the limit that overlap or touch (share a dose) are one episode, its
    whole span with its highest total: two overlapping windows had printed as two
    alerts of one night's paracetamol, a doctor reading two events (Sandbox, Glasgow)."""
    out: list[Overuse] = []
    episode: Overuse | None = None
    rows = sorted(rows, key=lambda r: counted_at(r[0]))  # (a tap on time, at its due time)
    for i, (dose, _) in enumerate(rows):
        window = [(d, mg) for d, mg in rows[: i + 1] if counted_at(dose) - counted_at(d) < WINDOW]
        total = sum(mg for _, mg in window)
        if total <= limit + _EPS or (not every_dose and all(d.scheduled for d, _ in window)):
            continue
        by: dict[str, float] = defaultdict(float)
        for d, mg in window:
            by[d.name] += mg
        floored = unit == "mg" and any(_unsaid(d) for d, _ in window)
        start = window[0][0].at
        current = Overuse(
            what, limit, total, start, dose.at, tuple(by), tuple(by.items()), unit, floored
        )
        if episode is None or start > episode.span[1]:
            if episode is not None:
                out.append(episode)
            episode = current
            continue
        # The same episode going on: it lasts to this dose; its highest total is printed
        # with that window's own 24 hours (a first window's start beside a later total
        # had read as "in 24 h" over 28 hours)
        first = episode.span[0]
        peak = current if total > episode.total_mg + _EPS else episode
        episode = replace(peak, first=first, last=dose.at)
    if episode is not None:
        out.append(episode)
    return out


def daily_ingredient_totals(
    doses: Sequence[DoseTaken], zone: ZoneInfo, ingredients: Sequence[str]
) -> tuple[IngredientDay, ...]:
    """Per local day, the total of each of ``ingredients`` from every product with it."""
    wanted = set(ingredients)
    totals: dict[tuple[dt.date, str], float] = defaultdict(float)
    names: dict[tuple[dt.date, str], list[str | None]] = defaultdict(list)
    floored: set[tuple[dt.date, str]] = set()
    for dose in sorted(doses, key=lambda d: d.at):
        day = dose.at.astimezone(zone).date()
        said = dose_ingredients(dose, ())
        amounts = said or _floor(dose, zone.key)
        unsaid = not said and bool(amounts)  # (as `_unsaid`, without reading it twice)
        for ingredient, mg in amounts.items():
            if ingredient in wanted:
                totals[(day, ingredient)] += mg
                names[(day, ingredient)].append(dose.name)
                if unsaid:
                    floored.add((day, ingredient))
    return tuple(
        IngredientDay(
            day,
            ingredient,
            total,
            labelled_max_mg(ingredient, names[(day, ingredient)]),
            tuple(dict.fromkeys(n for n in names[(day, ingredient)] if n)),
            (day, ingredient) in floored,
            labelled_otc_max_mg(ingredient, names[(day, ingredient)], zone.key),
        )
        for (day, ingredient), total in sorted(totals.items())
    )


def highest_days(days: Sequence[IngredientDay]) -> tuple[IngredientDay, ...]:
    """Each ingredient's day with the highest total (the earlier on a tie), by name."""
    top: dict[str, IngredientDay] = {}
    for d in sorted(days, key=lambda d: d.date):
        if d.ingredient not in top or d.total_mg > top[d.ingredient].total_mg + _EPS:
            top[d.ingredient] = d
    return tuple(top[name] for name in sorted(top))


def opioid_days(doses: Sequence[DoseTaken], zone: ZoneInfo) -> tuple[OpioidDay, ...]:
    """Per local day with an opioid taken, its MME (CDC 2022 factors, mg-dosed opioids;
    patches and buprenorphine are not counted per dose)."""
    per_day: dict[dt.date, float] = defaultdict(float)
    for dose, amounts in _amounts(doses, zone.key):
        for ingredient, mg in amounts.items():
            row = get_drug(ingredient)
            mme = row.mme if row is not None else None
            if mme is None or mme.factor is None or mme.per != "mg":
                continue
            per_day[dose.at.astimezone(zone).date()] += mg * mme.factor
    return tuple(OpioidDay(day, round(total, 1)) for day, total in sorted(per_day.items()))
