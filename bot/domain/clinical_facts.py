"""Facts a doctor acts on, computed from what was recorded (issue 20, point 2; clinician
review §2.3–2.5): opioid use as taken beside the prescribed maximum, the CDC 2022
naloxone triggers when they apply, opioid days with other sedating medicines, NSAID
exposure, and the rolling-24-hour episodes past a labelled maximum.

Pure: plain records in, plain values out; no clock (``now`` is passed). Every fact holds
dates, numbers and medicine names (knowledge names, so "Neurontin" and "gabapentin" are
one medicine) and a source label of a few words; :data:`SOURCES` gives each label's
full citation. There is no wording here and no advice: the report writes the words.

A fact is present only when its condition holds (:attr:`ClinicalFacts.codes` lists the
present ones), so an absent fact means "not found in what was recorded".

"Taken" is what :func:`bot.domain.summary.taken_doses` returns: scheduled doses answered
Taken plus extra (as-needed, /took) doses. Days are local days in ``history.zone``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import DoseTaken, dose_ingredients, drug_for, label_limits
from bot.domain.exposure import OpioidDay, Overuse
from bot.domain.patches import days_on, worn_by_name
from bot.domain.records import History, RegimenEntry
from bot.knowledge import Drug, get_drug, mme_guidance

__all__ = [
    "MME_METHOD",
    "SEDATING_CLASSES",
    "SOURCES",
    "SRC_FDA_2020",
    "SRC_FDA_2020_2019",
    "SRC_GASTRO",
    "SRC_LABEL",
    "SRC_MME",
    "SRC_NG59",
    "SRC_NSAID_GUIDE",
    "SRC_NSAID_OTC",
    "SRC_REC8",
    "ClinicalFacts",
    "CoUse",
    "HighMme",
    "Listed",
    "MmeFigures",
    "NaloxoneFacts",
    "NsaidExposure",
    "NsaidRun",
    "OpioidUse",
    "SameDay",
    "clinical_facts",
]

MME_METHOD = "MME = mg of opioid × CDC 2022 conversion factor, from logged doses"

#: The classes whose medicines, taken with an opioid, the FDA names as depressing the
#: central nervous system (knowledge class keys, in the order they are reported).
SEDATING_CLASSES = ("benzodiazepine", "gabapentinoid", "muscle_relaxant", "sedating_antihistamine")

_OPIOID = "opioid"
_NSAID = "nsaid"
_STEROID = "corticosteroid"
_NALOXONE = "opioid_antagonist"
_GASTRO = "gastroprotective"
# A "run" of NSAID days is two days or more; one day alone is no run.
_RUN_MIN = 2

# Source labels (at most 8 words each) and what each cites.
SRC_MME = "CDC 2022 guideline, MME conversion factors"
SRC_REC8 = "CDC 2022, Rec. 8"
SRC_FDA_2020 = "FDA 2020 opioid labeling on naloxone"
SRC_FDA_2020_2019 = "FDA 2020 naloxone labeling; FDA Dec 2019"
SRC_NG59 = "NICE NG59, oral NSAIDs"
SRC_NSAID_GUIDE = "FDA NSAID Medication Guide"
SRC_NSAID_OTC = "OTC NSAID Drug Facts, stomach bleeding"
SRC_GASTRO = "NICE NG59: gastroprotective treatment"
SRC_LABEL = "Product labels, maximum per 24 hours"

_FDA_2020 = (
    'FDA news release 2020-07-23, "FDA Requiring Labeling Changes for Opioid Pain Medicines, '
    'Opioid Use Disorder Medicines Regarding Naloxone": health care professionals "should '
    "discuss the availability of naloxone with patients and caregivers, both when beginning and "
    'renewing treatment", and should consider prescribing naloxone to patients at increased '
    'risk of opioid overdose, "including those who are also taking benzodiazepines or other '
    'medicines that depress the central nervous system" (fda.gov; AAPM&R and PR Newswire copies).'
)
_FDA_2019 = (
    "FDA Drug Safety Communication 2019-12-19 on gabapentin (Neurontin, Gralise, Horizant) and "
    'pregabalin (Lyrica, Lyrica CR): "serious breathing difficulties may occur in patients ... '
    "who have respiratory risk factors. These include the use of opioid pain medicines and other "
    'drugs that depress the central nervous system" (MedWatch notice, einpresswire copy; FDA In '
    "Brief of the same day, fda.gov)."
)
_NG59 = (
    'NICE NG59, low back pain and sciatica in over 16s: "Prescribe oral NSAIDs for low back '
    'pain at the lowest effective dose for the shortest possible period of time"; "When '
    "prescribing oral NSAIDs for low back pain, think about appropriate clinical assessment, "
    'ongoing monitoring of risk factors, and the use of gastroprotective treatment" (NICE Bites '
    "summary, medicines.necsu.nhs.uk)."
)

#: Each source label's full citation (what was read, and where).
SOURCES: dict[str, str] = {
    SRC_MME: (
        "CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, "
        "2022 (MMWR Recomm Rep 2022;71(3)): morphine milligram equivalent conversion factors, "
        "as held in drugs.yaml (each opioid's `mme` row, with its source). MME per local day = "
        "the sum of mg of each opioid logged that day × its factor; patches and buprenorphine "
        "are not counted per dose. No single daily-MME formula is standard, hence the method "
        "is stated."
    ),
    SRC_REC8: (
        "CDC Clinical Practice Guideline for Prescribing Opioids for Pain, 2022, Recommendation "
        '8: clinicians "should work with patients to incorporate into the management plan '
        'strategies to mitigate risk, including offering naloxone" (CDC/HL7 opioid-cds-r4 '
        'implementation guide, "Recommendation #8 - Naloxone Consideration"); CDC, "Assess '
        'Risks and Potential Harms of Opioid Use" (cdc.gov): "Offer naloxone when prescribing '
        "opioids, particularly to patients at increased risk for overdose: ... Taking higher "
        'dosages of opioids (e.g., ≥50 MME/day) ... Taking benzodiazepines with opioids".'
    ),
    SRC_FDA_2020: _FDA_2020,
    SRC_FDA_2020_2019: f"{_FDA_2020} {_FDA_2019}",
    SRC_NG59: _NG59,
    SRC_NSAID_GUIDE: (
        "Medication Guide for NSAIDs (DailyMed setid 26a63aa5-6b60-8ccd-e063-6394a90ac4a1): "
        '"The risk of getting an ulcer or bleeding increases with: ... taking medicines called '
        '"corticosteroids", "anticoagulants", "SSRIs", or "SNRIs""; ibuprofen 200 mg OTC Drug '
        "Facts (DailyMed setid 84d86fd2-24c4-438f-a8ba-2002b10bacdf): the chance of stomach "
        'bleeding is higher with "a blood thinning (anticoagulant) or steroid drug" (as quoted '
        "in drugs.yaml, rule nsaid_corticosteroid)."
    ),
    SRC_NSAID_OTC: (
        "Ibuprofen 200 mg OTC Drug Facts (DailyMed setid 84d86fd2-24c4-438f-a8ba-2002b10bacdf), "
        'Stomach bleeding warning: "This product contains an NSAID, which may cause severe '
        'stomach bleeding", the chance being higher with "other drugs containing prescription or '
        'nonprescription NSAIDs [aspirin, ibuprofen, naproxen, or others]" (as quoted in '
        "drugs.yaml, rule nsaid_duplicate)."
    ),
    SRC_GASTRO: (
        f"{_NG59} Stomach-protecting medicines looked for: the proton-pump inhibitors, "
        "famotidine and misoprostol of drugs.yaml (class gastroprotective, each with its "
        'label); Cytotec label: "indicated for reducing the risk of NSAID ... induced gastric '
        'ulcers". Arthrotec (diclofenac with misoprostol) is read as diclofenac.'
    ),
    SRC_LABEL: (
        "Each ingredient's and product's labelled maximum per 24 hours, from its label as held "
        "in drugs.yaml (`max_daily`, `product_max`, each with its source); totals over a "
        "rolling 24 hours of logged doses, as the live warning counts them."
    ),
}


class MmeFigures(Protocol):
    """The summary's MME figures (:class:`bot.domain.summary.MmeSummary` fits): the
    regimen's maximum MME a day, whether every opioid in it was counted, and the MME
    of the opioids taken on each local day."""

    @property
    def total(self) -> float: ...

    @property
    def complete(self) -> bool: ...

    @property
    def counted(self) -> bool: ...

    @property
    def taken(self) -> tuple[OpioidDay, ...]: ...


# --------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class SameDay:
    """One local day and the medicines behind a fact that day: ``names`` the opioids or
    NSAIDs, ``others`` what was taken with them (empty for two NSAIDs, which are both
    in ``names``)."""

    date: dt.date
    names: tuple[str, ...]
    others: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CoUse:
    """Days on which two kinds of medicine were taken on the same local day."""

    days: tuple[SameDay, ...]
    others: tuple[str, ...]  # the other medicines over those days (for two NSAIDs: both)
    kinds: tuple[str, ...]  # their knowledge classes, in the order they are looked for
    source: str


@dataclass(frozen=True, slots=True)
class HighMme:
    """MME a day at or over the CDC threshold: taken on ``days``, or the prescribed
    maximum (``prescribed``) — two separate facts with this shape."""

    threshold: float
    days: tuple[OpioidDay, ...] = ()
    prescribed: float | None = None
    source: str = SRC_REC8


@dataclass(frozen=True, slots=True)
class Listed:
    """Whether a kind of medicine is on the medicine list: ``names`` of those recorded
    in the regimen during the period or taken in it; empty when none is recorded."""

    names: tuple[str, ...]
    source: str

    @property
    def recorded(self) -> bool:
        """Whether any is recorded."""
        return bool(self.names)


@dataclass(frozen=True, slots=True)
class OpioidUse:
    """Opioids as taken: MME on each day used, the highest day, the days used, and the
    regimen's maximum MME a day (None when no opioid of the regimen could be counted)."""

    period_days: int
    days_used: tuple[dt.date, ...]  # every local day an opioid was taken
    mme_days: tuple[OpioidDay, ...]  # MME of the days whose opioids could be counted
    highest: OpioidDay | None
    prescribed_mme: float | None
    prescribed_complete: bool  # False: some opioid of the regimen could not be counted
    not_counted: tuple[str, ...]  # opioids taken whose doses give no MME (patch, strength)
    method: str = MME_METHOD
    source: str = SRC_MME


@dataclass(frozen=True, slots=True)
class NaloxoneFacts:
    """The CDC 2022 / FDA naloxone facts, each present only when its condition holds;
    naloxone on the list is always stated (recorded or not)."""

    naloxone: Listed
    high_taken: HighMme | None = None  # a day taken at ≥ 50 MME
    high_prescribed: HighMme | None = None  # the prescribed maximum at ≥ 50 MME a day
    benzodiazepine: CoUse | None = None  # an opioid and a benzodiazepine the same day
    sedating: CoUse | None = None  # an opioid and any sedating medicine the same day


@dataclass(frozen=True, slots=True)
class NsaidRun:
    """The longest run of consecutive local days with an NSAID taken (the first, on a tie)."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        """How many days the run lasts."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class NsaidExposure:
    """Oral NSAIDs taken (a gel rubbed on the skin is not counted: the guidance is about
    oral NSAIDs), with the days that hold a further fact."""

    period_days: int
    days: tuple[SameDay, ...]  # each local day an NSAID was taken, with which
    gastroprotection: Listed
    run: NsaidRun | None = None  # two days or more in a row
    two_nsaids: CoUse | None = None  # two different NSAIDs the same day
    with_steroid: CoUse | None = None  # an NSAID and a corticosteroid the same day
    source: str = SRC_NG59


@dataclass(frozen=True, slots=True)
class ClinicalFacts:
    """The facts of the local days ``start`` … ``end``; None or empty: not applicable."""

    start: dt.date
    end: dt.date
    opioid: OpioidUse | None = None  # an opioid in the regimen or taken
    naloxone: NaloxoneFacts | None = None  # likewise
    nsaid: NsaidExposure | None = None  # an oral NSAID in the regimen or taken
    overuse: tuple[Overuse, ...] = ()  # rolling 24 h past a labelled maximum
    overuse_source: str = SRC_LABEL

    @property
    def codes(self) -> frozenset[str]:
        """Which facts are present, by a stable code (for tests and for ordering)."""
        found: dict[str, object | None] = {
            "opioid_use": self.opioid,
            "over_labelled_max": self.overuse or None,
        }
        n = self.naloxone
        if n is not None:
            listed = "naloxone_listed" if n.naloxone.recorded else "naloxone_not_listed"
            found |= {
                "mme_50_taken": n.high_taken,
                "mme_50_prescribed": n.high_prescribed,
                "opioid_benzodiazepine": n.benzodiazepine,
                "opioid_sedating": n.sedating,
                listed: n.naloxone,
            }
        e = self.nsaid
        if e is not None:
            protected = e.gastroprotection.recorded
            found |= {
                "nsaid_exposure": e,
                "nsaid_run": e.run,
                "nsaid_two_same_day": e.two_nsaids,
                "nsaid_corticosteroid": e.with_steroid,
                "gastroprotection_listed" if protected else "gastroprotection_not_listed": e,
            }
        return frozenset(code for code, fact in found.items() if fact is not None)

    @property
    def sources(self) -> tuple[tuple[str, str], ...]:
        """(label, full citation) of every source the present facts name, in order."""
        labels: list[str] = []
        if self.opioid is not None:
            labels.append(self.opioid.source)
        n = self.naloxone
        if n is not None:
            facts = (n.high_taken, n.high_prescribed, n.benzodiazepine, n.sedating, n.naloxone)
            labels += [f.source for f in facts if f is not None]
        e = self.nsaid
        if e is not None:
            labels.append(e.source)
            labels += [f.source for f in (e.two_nsaids, e.with_steroid) if f is not None]
            labels.append(e.gastroprotection.source)
        if self.overuse:
            labels.append(self.overuse_source)
        return tuple((label, SOURCES[label]) for label in dict.fromkeys(labels))


# ----------------------------------------------------------------- computation


@dataclass(frozen=True, slots=True)
class _Taken:
    """One dose taken on a local day of the period, with its knowledge row."""

    day: dt.date
    drug: Drug
    dose: DoseTaken
    topical: bool


def clinical_facts(
    history: History,
    start: dt.date,
    end: dt.date,
    now: dt.datetime,
    *,
    taken: Sequence[DoseTaken],
    mme: MmeFigures | None = None,
    overuse: Sequence[Overuse] = (),
    began: dt.date | None = None,
) -> ClinicalFacts:
    """The facts of the local days ``start`` … ``end`` from the doses ``taken`` in them,
    the summary's MME figures and its 24-hour episodes, and the regimen as of ``now``;
    "of N days" counts from ``began`` (the diary's first day) when that is later."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    zone = history.tz
    doses = _taken_in(taken, zone, start, end)
    listed = _listed(history.regimen, zone, start, end, now)
    period_days = max(0, (end - max(start, began or start)).days + 1)
    opioid = naloxone = None
    if _lists(listed, _OPIOID) or any(_OPIOID in t.drug.classes for t in doses):
        opioid = _opioid_use(doses, mme, start, end, period_days)
        naloxone = _naloxone(doses, listed, opioid)
    nsaid = None
    oral_nsaid = any(_NSAID in t.drug.classes and not t.topical for t in doses)
    if oral_nsaid or _lists(listed, _NSAID, oral=True):
        nsaid = _nsaid(doses, listed, period_days)
    return ClinicalFacts(start, end, opioid, naloxone, nsaid, tuple(overuse))


def _taken_in(
    taken: Iterable[DoseTaken], zone: ZoneInfo, start: dt.date, end: dt.date
) -> list[_Taken]:
    """The doses taken on the period's local days whose medicine the knowledge file
    knows (an unknown medicine has no class to count it under)."""
    out: list[_Taken] = []
    for dose in sorted(taken, key=lambda d: d.at):
        day = dose.at.astimezone(zone).date()
        drug = drug_for(dose.generic, dose.name)
        if drug is None or not start <= day <= end:
            continue
        topical = label_limits(drug, dose.name, dose.unit).topical
        out.append(_Taken(day, drug, dose, topical))
    return out + _patches_still_on(out, zone, start, end)


def _patches_still_on(
    put_on: Sequence[_Taken], zone: ZoneInfo, start: dt.date, end: dt.date
) -> list[_Taken]:
    """A long-worn patch is on board each day until it is changed (a weekly buprenorphine
    patch was an opioid on 1 day of 30): the days after each putting on, as doses of it."""
    spans = worn_by_name((t.drug.generic, t.dose.name, t.dose.at) for t in put_on)
    out: list[_Taken] = []
    for name, on in spans.items():
        mine = [t for t in put_on if t.dose.name == name]
        days = days_on(on, zone) - {t.day for t in mine}
        out += [replace(mine[0], day=d) for d in sorted(days) if start <= d <= end]
    return out


def _versions_in(
    regimen: Iterable[RegimenEntry], zone: ZoneInfo, start: dt.date, end: dt.date, now: dt.datetime
) -> list[RegimenEntry]:
    """The regimen versions on the list at some moment of the period (up to ``now``); a
    paused one is not being taken, as in the summary's safety checks."""
    lo = dt.datetime.combine(start, dt.time(), tzinfo=zone)
    hi = min(now, dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=zone))
    return [
        e
        for e in regimen
        if not e.paused and e.started_at < hi and (e.ended_at is None or e.ended_at > lo)
    ]


def _listed(
    regimen: Iterable[RegimenEntry], zone: ZoneInfo, start: dt.date, end: dt.date, now: dt.datetime
) -> list[tuple[RegimenEntry, Drug]]:
    """The medicines on the list during the period, each with its knowledge row."""
    out: list[tuple[RegimenEntry, Drug]] = []
    for e in _versions_in(regimen, zone, start, end, now):
        drug = drug_for(e.generic, e.name)
        if drug is not None:
            out.append((e, drug))
    return out


def _lists(listed: Iterable[tuple[RegimenEntry, Drug]], cls: str, *, oral: bool = False) -> bool:
    """Whether a medicine of class ``cls`` is on the list; ``oral``: one not rubbed on
    the skin (a diclofenac gel is no oral NSAID)."""
    return any(
        cls in drug.classes and not (oral and label_limits(drug, e.name, e.unit).topical)
        for e, drug in listed
    )


def _recorded(
    listed: Iterable[tuple[RegimenEntry, Drug]], doses: Iterable[_Taken], cls: str, source: str
) -> Listed:
    """The medicines of class ``cls`` on the list or taken in the period, by name."""
    names = {drug.name for _, drug in listed if cls in drug.classes}
    names |= {t.drug.name for t in doses if cls in t.drug.classes}
    return Listed(tuple(sorted(names)), source)


def _by_day(doses: Iterable[_Taken], cls: str) -> dict[dt.date, list[_Taken]]:
    """The doses of one class, by local day."""
    out: dict[dt.date, list[_Taken]] = defaultdict(list)
    for t in doses:
        if cls in t.drug.classes:
            out[t.day].append(t)
    return out


def _names(doses: Iterable[_Taken]) -> tuple[str, ...]:
    """Distinct knowledge names, sorted."""
    return tuple(sorted({t.drug.name for t in doses}))


def _counts_mme(dose: DoseTaken) -> bool:
    """Whether a dose's opioid has an MME per dose (mg with a CDC factor): the same rule
    as :func:`bot.domain.exposure.opioid_days`, to name the opioids it leaves out."""
    for ingredient in dose_ingredients(dose, ()):
        row = get_drug(ingredient)
        mme = row.mme if row is not None else None
        if mme is not None and mme.factor is not None and mme.per == "mg":
            return True
    return False


def _opioid_use(
    doses: Sequence[_Taken],
    mme: MmeFigures | None,
    start: dt.date,
    end: dt.date,
    period_days: int,
) -> OpioidUse:
    """Opioid days and MME as taken, beside the regimen's maximum MME a day."""
    opioids = [t for t in doses if _OPIOID in t.drug.classes]
    per_day = mme.taken if mme is not None else ()
    mme_days = tuple(d for d in per_day if start <= d.date <= end)
    # The highest day, the earlier on a tie (as MmeSummary.highest_taken).
    highest = max(mme_days, key=lambda d: (d.mme, -d.date.toordinal())) if mme_days else None
    return OpioidUse(
        period_days=period_days,
        days_used=tuple(sorted({t.day for t in opioids})),
        mme_days=mme_days,
        highest=highest,
        prescribed_mme=mme.total if mme is not None and mme.counted else None,
        prescribed_complete=mme.complete if mme is not None else True,
        not_counted=_names(t for t in opioids if not _counts_mme(t.dose)),
    )


def _co_use(doses: Sequence[_Taken], main: str, others: Sequence[str], source: str) -> CoUse | None:
    """Days a medicine of class ``main`` was taken with one of the ``others`` classes."""
    firsts = _by_day(doses, main)
    days: list[SameDay] = []
    kinds: set[str] = set()
    for day in sorted(firsts):
        # A product of both kinds (none today) would not pair with itself.
        with_it = [
            t
            for t in doses
            if t.day == day
            and main not in t.drug.classes
            and any(c in t.drug.classes for c in others)
        ]
        if with_it:
            days.append(SameDay(day, _names(firsts[day]), _names(with_it)))
            kinds |= {c for t in with_it for c in t.drug.classes if c in others}
    if not days:
        return None
    names = tuple(sorted({n for d in days for n in d.others}))
    return CoUse(tuple(days), names, tuple(c for c in others if c in kinds), source)


def _naloxone(
    doses: Sequence[_Taken], listed: Sequence[tuple[RegimenEntry, Drug]], opioid: OpioidUse
) -> NaloxoneFacts:
    """The naloxone facts that hold, and whether naloxone is on the list."""
    threshold = float(mme_guidance().threshold)
    high_days = tuple(d for d in opioid.mme_days if d.mme >= threshold)
    prescribed = opioid.prescribed_mme
    sedating = _co_use(doses, _OPIOID, SEDATING_CLASSES, SRC_FDA_2020)
    if sedating is not None and "gabapentinoid" in sedating.kinds:
        # The FDA's own gabapentinoid warning (Dec 2019) names this pair.
        sedating = CoUse(sedating.days, sedating.others, sedating.kinds, SRC_FDA_2020_2019)
    return NaloxoneFacts(
        naloxone=_recorded(listed, doses, _NALOXONE, SRC_FDA_2020),
        high_taken=HighMme(threshold, days=high_days) if high_days else None,
        high_prescribed=(
            HighMme(threshold, prescribed=prescribed)
            if prescribed is not None and prescribed >= threshold
            else None
        ),
        benzodiazepine=_co_use(doses, _OPIOID, ("benzodiazepine",), SRC_REC8),
        sedating=sedating,
    )


def _nsaid_names(drug: Drug) -> tuple[str, ...]:
    """The NSAIDs a product holds, by ingredient (Advil and ibuprofen are one NSAID;
    hydrocodone/ibuprofen holds ibuprofen)."""
    rows = (get_drug(i) for i in drug.ingredients)
    found = tuple(r.name for r in rows if r is not None and _NSAID in r.classes)
    return found or (drug.name,)


def _nsaid(
    doses: Sequence[_Taken], listed: Sequence[tuple[RegimenEntry, Drug]], period_days: int
) -> NsaidExposure:
    """NSAID days, their longest run, and the days with a second NSAID or a steroid."""
    oral = [t for t in doses if not (t.topical and _NSAID in t.drug.classes)]
    by_day = _by_day(oral, _NSAID)
    days = tuple(
        SameDay(day, tuple(sorted({n for t in by_day[day] for n in _nsaid_names(t.drug)})))
        for day in sorted(by_day)
    )
    two = tuple(d for d in days if len(d.names) >= 2)
    return NsaidExposure(
        period_days=period_days,
        days=days,
        gastroprotection=_recorded(listed, doses, _GASTRO, SRC_GASTRO),
        run=_longest_run([d.date for d in days]),
        two_nsaids=CoUse(two, _union(two), (_NSAID,), SRC_NSAID_OTC) if two else None,
        with_steroid=_co_use(oral, _NSAID, (_STEROID,), SRC_NSAID_GUIDE),
    )


def _union(days: Iterable[SameDay]) -> tuple[str, ...]:
    """Every medicine named over some days, sorted."""
    return tuple(sorted({n for d in days for n in (*d.names, *d.others)}))


def _longest_run(days: Sequence[dt.date]) -> NsaidRun | None:
    """The longest run of consecutive days (the first of equals), if two days or more."""
    best: NsaidRun | None = None
    run_start: dt.date | None = None
    ordered = sorted(set(days))
    for i, day in enumerate(ordered):
        if run_start is None or day - ordered[i - 1] != dt.timedelta(days=1):
            run_start = day
        run = NsaidRun(run_start, day)
        if best is None or run.days > best.days:
            best = run
    return best if best is not None and best.days >= _RUN_MIN else None
