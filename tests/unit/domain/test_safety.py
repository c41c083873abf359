"""Safety rules, table-driven against ../shared/reference/clinical-facts.md."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.domain.safety import (
    END,
    DoseTaken,
    RegimenItem,
    SafetyWarning,
    Severity,
    Warning,
    check_as_needed_dose,
    check_dose_outside_regimen,
    check_new_medication,
    check_regimen,
    combination_amount,
    daily_mme,
    ingredient_amounts,
    told_again,
)
from bot.knowledge import get_drug

NOW = datetime(2025, 3, 10, 20, 0, tzinfo=UTC)
BANNED = re.compile(
    r"emergency|crisis|take less|take more|stop taking|increase your dose|reduce your dose",
    re.IGNORECASE,
)


def item(
    name: str,
    amount: float | None = None,
    per_day: float | None = None,
    *,
    generic: str | None = None,
    unit: str | None = "mg",
    as_needed: bool = False,
    max_per_day: int | None = None,
    strength: str | None = None,
) -> RegimenItem:
    return RegimenItem(
        generic=generic,
        name=name,
        amount_per_unit=amount,
        unit=unit,
        units_per_day=per_day,
        as_needed=as_needed,
        max_per_day=max_per_day,
        strength=strength,
    )


def dose(
    name: str,
    hours_ago: float,
    *,
    amount: float | None = None,
    count: float | None = None,
    unit: str | None = None,
    generic: str | None = None,
) -> DoseTaken:
    return DoseTaken(
        generic=generic,
        name=name,
        amount=amount,
        unit=unit,
        count=count,
        at=NOW - timedelta(hours=hours_ago),
    )


def codes(warnings: list[SafetyWarning]) -> set[str]:
    return {w.code for w in warnings}


def assert_well_formed(warnings: list[SafetyWarning]) -> None:
    for w in warnings:
        assert w.text.endswith(END), w.text
        assert w.text.endswith("talk to your doctor or pharmacist.")
        assert not BANNED.search(w.text), w.text
        assert isinstance(w.severity, Severity)
        assert re.fullmatch(r"[a-z][a-z0-9_]*", w.code)


# ------------------------------------------------------------ MME (CDC 2022)


@dataclass(frozen=True)
class MmeCase:
    id: str
    regimen: tuple[RegimenItem, ...]
    total: float
    threshold_warning: bool


MME_CASES = [
    MmeCase("oxycodone 10 mg x4 = 60", (item("oxycodone", 10, 4),), 60.0, True),
    MmeCase(
        "CDC example: hydrocodone/APAP 5/325 x4 = 20",
        (item("Norco", 5, 4, strength="5/325"),),
        20.0,
        False,
    ),
    MmeCase("CDC example: oxycodone ER 10 mg x2 = 30", (item("OxyContin", 10, 2),), 30.0, False),
    MmeCase("tramadol 50 mg x4 = 40", (item("tramadol", 50, 4),), 40.0, False),
    MmeCase("tapentadol 100 mg x4 = 160", (item("Nucynta", 100, 4),), 160.0, True),
    MmeCase("codeine 30 mg x4 = 18", (item("codeine", 30, 4),), 18.0, False),
    MmeCase("hydromorphone 2 mg x4 = 40", (item("Dilaudid", 2, 4),), 40.0, False),
    MmeCase("morphine 15 mg x2 = 30", (item("morphine", 15, 2),), 30.0, False),
    MmeCase("oxymorphone 5 mg x2 = 30", (item("Opana", 5, 2),), 30.0, False),
    MmeCase("methadone 10 mg x1 = 47", (item("methadone", 10, 1),), 47.0, False),
    MmeCase(
        "fentanyl 25 mcg/hr = 60",
        (item("fentanyl patch", 25, 1 / 3, unit="mcg"),),
        60.0,
        True,
    ),
    MmeCase(
        "Percocet 10/325 x4 = 60",
        (item("Percocet", None, 4, strength="10/325"),),
        60.0,
        True,
    ),
    MmeCase(
        "Ultracet 37.5/325 x4 = 30 (single strength)",
        (item("Ultracet", None, 4),),
        30.0,
        False,
    ),
    MmeCase(
        "sum: Norco 10/325 x4 + tramadol 50 x2 = 60",
        (item("Norco", 10, 4), item("tramadol", 50, 2)),
        60.0,
        True,
    ),
    MmeCase(
        "as needed counted at own max: oxycodone 5 mg, max 6 = 45",
        (item("oxycodone", 5, None, as_needed=True, max_per_day=6),),
        45.0,
        False,
    ),
    MmeCase("exactly 50 reaches the threshold", (item("hydrocodone", 10, 5),), 50.0, True),
    MmeCase("non-opioids are ignored", (item("ibuprofen", 400, 3),), 0.0, False),
    MmeCase("buprenorphine is not counted", (item("Butrans", 10, 1, unit="mcg"),), 0.0, False),
]


@pytest.mark.parametrize("case", MME_CASES, ids=lambda c: c.id)
def test_daily_mme(case: MmeCase) -> None:
    result = daily_mme(list(case.regimen))
    assert result.total == pytest.approx(case.total)
    assert bool(result.warnings) is case.threshold_warning
    assert_well_formed(list(result.warnings))


def test_mme_threshold_quotes_guideline_as_a_fact() -> None:
    result = daily_mme([item("oxycodone", 10, 4)])
    (w,) = result.warnings
    assert w.code == "mme_threshold"
    assert "60 MME a day" in w.text
    assert "≥50 MME/day, clinicians should pause and carefully reassess" in w.text
    assert "CDC" in w.text and "prescriber" in w.text


def test_mme_notes_and_caveats() -> None:
    bup = daily_mme([item("buprenorphine", 10, 1, unit="mcg")])
    assert any("Buprenorphine is not counted" in n for n in bup.notes)
    assert bup.per_drug[0].mme is None
    meth = daily_mme([item("methadone", 10, 2)])
    assert any("less reliable" in n for n in meth.notes)
    assert meth.total == pytest.approx(94.0)
    assert "less reliable" in meth.warnings[0].text
    missing = daily_mme([item("oxycodone", None, None)])
    assert not missing.complete and missing.total == 0
    per = daily_mme([item("oxycodone", 10, 4), item("tramadol", 50, 2)]).per_drug
    assert [(p.generic, p.mme) for p in per] == [("oxycodone", 60.0), ("tramadol", 20.0)]


# ------------------------------------------------- adding a medication (§3)


@dataclass(frozen=True)
class AddCase:
    id: str
    regimen: tuple[RegimenItem, ...]
    new: RegimenItem
    expect: frozenset[str]
    absent: frozenset[str] = frozenset()


def _c(*xs: str) -> frozenset[str]:
    return frozenset(xs)


ADD_CASES = [
    AddCase(
        "gabapentin added to an opioid regimen warns",
        (item("oxycodone", 5, 4),),
        item("gabapentin", 300, 3),
        _c("opioid_gabapentinoid"),
    ),
    AddCase(
        "pregabalin (Lyrica) + Norco",
        (item("Norco", 10, 4),),
        item("Lyrica", 75, 2),
        _c("opioid_gabapentinoid"),
    ),
    AddCase(
        "opioid + benzodiazepine (boxed warning)",
        (item("Percocet", 5, 3),),
        item("Xanax", 0.5, 2),
        _c("opioid_benzodiazepine"),
    ),
    AddCase(
        "benzodiazepine first, opioid added",
        (item("diazepam", 5, 2),),
        item("tramadol", 50, 3),
        _c("opioid_benzodiazepine"),
    ),
    AddCase(
        "opioid + muscle relaxant",
        (item("hydrocodone", 10, 2),),
        item("Flexeril", 10, 3),
        _c("opioid_muscle_relaxant"),
    ),
    AddCase(
        "tramadol + duloxetine warns (serotonin syndrome)",
        (item("tramadol", 50, 4),),
        item("duloxetine", 60, 1),
        _c("serotonergic_opioid_antidepressant"),
    ),
    AddCase(
        "tapentadol + sertraline",
        (item("sertraline", 50, 1),),
        item("Nucynta", 50, 4),
        _c("serotonergic_tapentadol_antidepressant"),
    ),
    AddCase(
        "Ultracet (contains tramadol) + amitriptyline",
        (item("Ultracet", None, 4),),
        item("amitriptyline", 25, 1),
        _c("serotonergic_opioid_antidepressant"),
    ),
    AddCase(
        "oxycodone + duloxetine: the FDA's class-wide caution, not tramadol's warning",
        (item("oxycodone", 5, 4),),
        item("Cymbalta", 60, 1),
        _c("opioid_serotonergic"),
        _c("serotonergic_opioid_antidepressant"),
    ),
    AddCase(
        "Norco + duloxetine: serotonin syndrome (FDA 2016, every opioid)",
        (item("Norco", None, 4),),
        item("duloxetine", 60, 1),
        _c("opioid_serotonergic"),
    ),
    AddCase(
        "a buprenorphine patch + amitriptyline",
        (item("Butrans", None, None),),
        item("amitriptyline", 10, 1),
        _c("opioid_serotonergic", "opioid_amitriptyline"),
    ),
    AddCase(
        "oxycodone + Elavil: the sleepiness of the two, beside serotonin syndrome",
        (item("Elavil", 25, 1),),
        item("oxycodone", 5, 4),
        _c("opioid_amitriptyline", "opioid_serotonergic"),
    ),
    AddCase(
        "gabapentin + amitriptyline: the FDA names antidepressants among CNS depressants",
        (item("gabapentin", 300, 3),),
        item("amitriptyline", 10, 1),
        _c("gabapentinoid_amitriptyline"),
    ),
    AddCase(
        "pregabalin + duloxetine: no label read says duloxetine slows the brain",
        (item("Lyrica", 75, 2),),
        item("duloxetine", 60, 1),
        _c(),
        _c("gabapentinoid_amitriptyline"),
    ),
    AddCase(
        "tramadol's own warning replaces the class-wide caution",
        (item("tramadol", 50, 4),),
        item("sertraline", 50, 1),
        _c("serotonergic_opioid_antidepressant"),
        _c("opioid_serotonergic"),
    ),
    AddCase(
        "ibuprofen plus naproxen warns",
        (item("ibuprofen", 400, 3),),
        item("naproxen", 500, 2),
        _c("nsaid_duplicate"),
    ),
    AddCase(
        "Advil plus Aleve warns",
        (item("Advil", 200, 3),),
        item("Aleve", 220, 2),
        _c("nsaid_duplicate"),
    ),
    AddCase(
        "aspirin counts as an NSAID",
        (item("meloxicam", 15, 1),),
        item("aspirin", 325, 2),
        _c("nsaid_duplicate"),
    ),
    AddCase(
        "ibuprofen alone does not warn",
        (),
        item("ibuprofen", 400, 3),
        _c(),
    ),
    AddCase(
        "ibuprofen + acetaminophen does not warn",
        (item("Tylenol", 500, 2),),
        item("ibuprofen", 400, 3),
        _c(),
    ),
    AddCase(
        "acetaminophen duplicate via Percocet warns",
        (item("Tylenol", 500, None, as_needed=True, max_per_day=6),),
        item("Percocet", 5, 4, strength="5/325"),
        _c("duplicate_ingredient"),
    ),
    AddCase(
        "acetaminophen duplicate via Norco + Ultracet",
        (item("Norco", 10, 4),),
        item("Ultracet", None, 4),
        _c("duplicate_ingredient"),
    ),
    AddCase(
        "same drug twice (brand and generic)",
        (item("gabapentin", 300, 3),),
        item("Neurontin", 300, 3),
        _c("same_drug_twice"),
        _c("duplicate_ingredient"),
    ),
    AddCase(
        "NSAID + anticoagulant",
        (item("Eliquis", 5, 2),),
        item("Advil", 200, 3),
        _c("nsaid_anticoagulant"),
    ),
    AddCase(
        "NSAID + warfarin",
        (item("warfarin", 5, 1),),
        item("naproxen", 220, 2),
        _c("nsaid_anticoagulant"),
    ),
    AddCase(
        "NSAID + antiplatelet",
        (item("Plavix", 75, 1),),
        item("celecoxib", 200, 1),
        _c("nsaid_antiplatelet"),
    ),
    AddCase(
        "NSAID + SSRI",
        (item("Zoloft", 50, 1),),
        item("ibuprofen", 400, 3),
        _c("nsaid_antidepressant"),
    ),
    AddCase(
        "NSAID + SNRI",
        (item("venlafaxine", 75, 1),),
        item("diclofenac", 50, 2),
        _c("nsaid_antidepressant"),
    ),
    AddCase(
        "unknown medicine gets a no-checks notice",
        (item("ibuprofen", 400, 3),),
        item("xyzzy", 10, 1),
        _c("unknown_medication"),
    ),
    AddCase(
        "adding an opioid that crosses 50 MME mentions the total",
        (item("oxycodone", 10, 2),),
        item("Norco", 10, 3),
        _c("mme_threshold"),
    ),
    AddCase(
        "gabapentin + cyclobenzaprine: only the label's course limit, no combination",
        (item("gabapentin", 300, 3),),
        item("cyclobenzaprine", 10, 3),
        _c("course_limit"),
    ),
    AddCase(
        "lidocaine patch with an opioid: nothing",
        (item("oxycodone", 5, 2),),
        item("lidocaine patch", 5, 1, unit="%"),
        _c(),
    ),
]


@pytest.mark.parametrize("case", ADD_CASES, ids=lambda c: c.id)
def test_check_new_medication(case: AddCase) -> None:
    warnings = check_new_medication(list(case.regimen), case.new)
    found = codes(warnings)
    assert case.expect <= found, found
    if not case.expect:
        assert found == set(), [w.text for w in warnings]
    assert not (case.absent & found), found
    assert_well_formed(warnings)


def test_pair_warning_names_both_medications() -> None:
    (w,) = check_new_medication([item("Percocet", 5, 3)], item("Xanax", 0.5, 2))
    assert "Percocet" in w.text and "Xanax" in w.text
    assert w.severity is Severity.WARNING
    assert set(w.medications) == {"oxycodone/acetaminophen", "alprazolam"}


def test_acetaminophen_duplicate_mentions_liver_and_limit() -> None:
    (w,) = check_new_medication([item("Tylenol", 500, 2)], item("Percocet", 5, 4))
    assert w.code == "duplicate_ingredient"
    assert "acetaminophen" in w.text and "liver" in w.text and "4,000 mg" in w.text
    assert w.severity is Severity.WARNING


def test_unknown_notice_wording() -> None:
    (w,) = check_new_medication([], item("xyzzy"))
    assert "no safety checks for this one" in w.text
    assert w.severity is Severity.INFO


def test_warning_alias() -> None:
    assert Warning is SafetyWarning


# --------------------------------------------------------- regimen summary


def test_check_regimen_lists_all_active_warnings() -> None:
    regimen = [
        item("Norco", 10, 4),
        item("Tylenol", 500, None, as_needed=True, max_per_day=4),
        item("Valium", 5, 1),
        item("ibuprofen", 400, 3),
        item("Aleve", 220, 2),
        item("mystery tea", None, 1),
    ]
    warnings = check_regimen(regimen)
    assert codes(warnings) == {
        "duplicate_ingredient",
        "opioid_benzodiazepine",
        "nsaid_duplicate",
        "unknown_medication",
    }
    # sorted by severity, most serious first
    ranks = [w.severity.rank for w in warnings]
    assert ranks == sorted(ranks, reverse=True)
    assert_well_formed(warnings)


def test_the_boxed_opioid_benzodiazepine_warning_comes_first() -> None:
    """Diazepam added to gabapentin and then oxycodone: the opioid's boxed warning is
    said before the gabapentinoid's, whichever was listed first."""
    regimen = [item("gabapentin", 300, 3), item("oxycodone", 5, 4)]
    added = [w.code for w in check_new_medication(regimen, item("diazepam", 5, 1))]
    assert added.index("opioid_benzodiazepine") < added.index("gabapentinoid_benzodiazepine")
    listed = [w.code for w in check_regimen([*regimen, item("diazepam", 5, 1)])]
    assert listed.index("opioid_benzodiazepine") < listed.index("gabapentinoid_benzodiazepine")


def test_check_regimen_includes_mme_threshold() -> None:
    warnings = check_regimen([item("oxycodone", 10, 4), item("ibuprofen", 400, 3)])
    assert codes(warnings) == {"mme_threshold"}


def test_check_regimen_empty_and_clean() -> None:
    assert check_regimen([]) == []
    assert check_regimen([item("ibuprofen", 400, 3), item("Tylenol", 500, 2)]) == []


# ------------------------------------------------- as-needed doses (24 h totals)


NORCO = item("Norco", 10, None, as_needed=True, max_per_day=6, strength="10/325")
TYLENOL = item("Tylenol", 500, None, as_needed=True, max_per_day=8)


def _norco_x6() -> list[DoseTaken]:
    return [dose("Norco", 20 - 3 * i, count=1) for i in range(6)]  # 20h..5h ago


def test_ingredient_amounts_for_combination_products() -> None:
    norco = get_drug("hydrocodone/acetaminophen")
    assert norco is not None
    assert ingredient_amounts(norco, 10, "mg", None) == {"hydrocodone": 10, "acetaminophen": 325}
    assert ingredient_amounts(norco, None, None, "5/300") == {
        "hydrocodone": 5,
        "acetaminophen": 300,
    }
    assert ingredient_amounts(norco, None, None, None) == {"acetaminophen": 325}
    tylenol = get_drug("acetaminophen")
    assert tylenol is not None
    assert ingredient_amounts(tylenol, 0.5, "g", None) == {"acetaminophen": 500}


def test_issue_example_true_arithmetic_3950_is_under_4000() -> None:
    """10/325 x6 + 500 x4 = 1,950 + 2,000 = 3,950 mg: NOT over the 4,000 mg label.

    (The issue text says this exceeds 4,000 mg; the arithmetic says otherwise.)
    It is over the 3,000 mg OTC label, which is reported as information only.
    """
    earlier = [*_norco_x6(), *(dose("Tylenol", 4 - i, count=1) for i in range(3))]
    warnings = check_as_needed_dose([NORCO, TYLENOL], earlier, dose("Tylenol", 0, count=1))
    assert "overdose" not in codes(warnings)
    (info,) = [w for w in warnings if w.code == "over_otc_label_max"]
    assert "3,950 mg of acetaminophen" in info.text
    assert info.severity is Severity.INFO
    assert_well_formed(warnings)


def test_24h_acetaminophen_total_over_label_counts_every_product() -> None:
    """10/325 x6 + 500 x5 = 1,950 + 2,500 = 4,450 mg > 4,000 mg."""
    earlier = [*_norco_x6(), *(dose("Tylenol", 4.5 - i, count=1) for i in range(4))]
    warnings = check_as_needed_dose([NORCO, TYLENOL], earlier, dose("Tylenol", 0, count=1))
    # Past acetaminophen's labelled maximum: the label's own overdose advice, quoted.
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert w.severity is Severity.WARNING
    assert "Poison Control Center right away (1-800-222-1222)" in w.text
    assert "4,450 mg of acetaminophen" in w.text
    assert "4,000 mg" in w.text
    assert "Norco" in w.text and "Tylenol" in w.text
    assert_well_formed(warnings)


def test_norco_dose_also_checks_acetaminophen_from_tylenol() -> None:
    earlier = [
        *(dose("Tylenol", 10 - i, amount=1000) for i in range(3)),  # 3,000 mg as totals
        *(dose("Norco", 6 - i, count=1) for i in range(3)),  # 975 mg
    ]
    warnings = check_as_needed_dose([NORCO, TYLENOL], earlier, dose("Norco", 0, count=1))
    assert "overdose" in codes(warnings)  # 4,300 mg


def test_doses_older_than_24h_do_not_count() -> None:
    earlier = [dose("Tylenol", 25 + i, count=2) for i in range(6)]  # 6,000 mg but >24h ago
    warnings = check_as_needed_dose([TYLENOL], earlier, dose("Tylenol", 0, count=2))
    assert warnings == []


@dataclass(frozen=True)
class DoseCase:
    id: str
    regimen: tuple[RegimenItem, ...]
    earlier: tuple[DoseTaken, ...]
    new: DoseTaken
    expect: frozenset[str]


DOSE_CASES = [
    DoseCase(
        "ibuprofen 200 x7 passes the OTC 1,200 mg label (info)",
        (item("Advil", 200, None, as_needed=True),),
        tuple(dose("Advil", 12 - i, count=1) for i in range(6)),
        dose("Advil", 0, count=1),
        _c("over_otc_label_max"),
    ),
    DoseCase(
        # past it, its Drug Facts' own overdose advice (bot/knowledge/drugs.yaml)
        "ibuprofen 800 x5 passes the 3,200 mg label",
        (item("ibuprofen", 800, None, as_needed=True),),
        tuple(dose("ibuprofen", 20 - 4 * i, count=1) for i in range(4)),
        dose("ibuprofen", 0, count=1),
        _c("overdose"),
    ),
    DoseCase(
        "ibuprofen 800 x4 = 3,200 is not over",
        (item("ibuprofen", 800, None, as_needed=True),),
        tuple(dose("ibuprofen", 18 - 6 * i, count=1) for i in range(3)),
        dose("ibuprofen", 0, count=1),
        _c("over_otc_label_max"),
    ),
    DoseCase(
        "own maximum: 4th tablet when max is 3",
        (item("tramadol", 50, None, as_needed=True, max_per_day=3),),
        tuple(dose("tramadol", 18 - 6 * i, count=1) for i in range(3)),
        dose("tramadol", 0, count=1),
        _c("over_own_max"),
    ),
    DoseCase(
        "own maximum reached exactly is fine",
        (item("tramadol", 50, None, as_needed=True, max_per_day=4),),
        tuple(dose("tramadol", 18 - 6 * i, count=1) for i in range(3)),
        dose("tramadol", 0, count=1),
        _c(),
    ),
    DoseCase(
        "tramadol 100 x5 = 500 mg passes 400 mg",
        (item("tramadol", 100, None, as_needed=True),),
        tuple(dose("tramadol", 20 - 4 * i, count=1) for i in range(4)),
        dose("tramadol", 0, count=1),
        _c("over_labelled_max"),
    ),
    DoseCase(
        "tizanidine 8 mg x5 = 40 passes 36 mg",
        (item("Zanaflex", 8, None, as_needed=True),),
        tuple(dose("Zanaflex", 20 - 4 * i, count=1) for i in range(4)),
        dose("Zanaflex", 0, count=1),
        _c("over_labelled_max"),
    ),
    DoseCase(
        "grams are converted: 1 g x5 acetaminophen = 5,000 mg",
        (item("Tylenol", 500, None, as_needed=True),),
        tuple(dose("Tylenol", 20 - 4 * i, amount=1, unit="g") for i in range(4)),
        dose("Tylenol", 0, amount=1, unit="g"),
        _c("overdose"),
    ),
    DoseCase(
        "unknown medicine: no warnings",
        (),
        (),
        dose("xyzzy", 0, count=10),
        _c(),
    ),
    DoseCase(
        "oxycodone has no labelled daily maximum: only own max counts",
        (item("oxycodone", 5, None, as_needed=True),),
        tuple(dose("oxycodone", 20 - 2 * i, count=1) for i in range(8)),
        dose("oxycodone", 0, count=1),
        _c(),
    ),
]


@pytest.mark.parametrize("case", DOSE_CASES, ids=lambda c: c.id)
def test_check_as_needed_dose(case: DoseCase) -> None:
    warnings = check_as_needed_dose(list(case.regimen), list(case.earlier), case.new)
    assert codes(warnings) == set(case.expect), [w.text for w in warnings]
    assert_well_formed(warnings)


# ---------------------------------------------------------------- purity


@pytest.mark.parametrize("module", ["safety", "dose_amounts", "label_limits", "warnings"])
def test_safety_modules_are_pure(module: str) -> None:
    source = Path(__file__).resolve().parents[3] / "bot" / "domain" / f"{module}.py"
    tree = ast.parse(source.read_text("utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    forbidden = ("telegram", "sqlalchemy", "bot.storage", "bot.telegram", "time", "bot.clock")
    assert not [m for m in imported if m.startswith(forbidden)], imported
    text = source.read_text("utf-8")
    assert "datetime.now" not in text and "utcnow" not in text and "time.time" not in text


@pytest.mark.parametrize(
    ("drug", "strength", "primary_mg"),
    [
        ("hydrocodone/acetaminophen", "10/325", 10.0),
        ("hydrocodone/acetaminophen", "325/10", 10.0),  # reversed: only that is marketed
        ("oxycodone/acetaminophen", "7.5/325", 7.5),
        ("tramadol/acetaminophen", "37.5/325", 37.5),
        ("acetaminophen/codeine", "300/30", 30.0),  # acetaminophen first in its name
        ("hydrocodone/acetaminophen", "2.5/325", 2.5),  # unlisted: read as written
        ("ibuprofen", "200/400", None),  # not a combination
        ("hydrocodone/acetaminophen", "10", None),
    ],
)
def test_combination_amount_reads_the_varying_ingredient(
    drug: str, strength: str, primary_mg: float | None
) -> None:
    row = get_drug(drug)
    assert row is not None
    assert combination_amount(row, strength) == primary_mg


def test_norco_written_with_mg_counts_10_mg_hydrocodone_not_325() -> None:
    # The add line used to store "10/325mg" as 325 mg, i.e. 325 mg of hydrocodone per
    # tablet: thousands of MME a day on the patient's summary.
    row = get_drug("hydrocodone/acetaminophen")
    assert row is not None
    amount = combination_amount(row, "10/325")
    item = RegimenItem(
        generic="hydrocodone/acetaminophen",
        name="norco",
        amount_per_unit=amount,
        unit="mg",
        units_per_day=4.0,
        as_needed=False,
        max_per_day=None,
    )
    assert daily_mme([item]).total == 40.0  # 10 mg × 4 × factor 1.0
    assert ingredient_amounts(row, amount, "mg", None) == {
        "hydrocodone": 10.0,
        "acetaminophen": 325.0,
    }


# --- a strength said in words: "2 extra strength tylenol" is 1,000 mg ---------------


def test_extra_strength_tylenol_not_on_the_list_counts_toward_acetaminophen() -> None:
    """Norco 10/325 x6 (1,950 mg) + 2 Extra Strength x2 (2,000 mg) + 2 more = 4,950 mg:
    the strength is the name's (a form sold in one strength), never guessed for plain
    "Tylenol"."""
    earlier = [
        *_norco_x6(),
        *(dose("extra strength tylenol", 8 - 4 * i, count=2) for i in range(2)),
    ]
    new = dose("extra strength tylenol", 0, count=2)
    warnings = check_as_needed_dose([NORCO], earlier, new)
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "4,950 mg of acetaminophen" in w.text
    assert_well_formed(warnings)
    plain = check_as_needed_dose([NORCO], earlier[:6], dose("Tylenol", 0, count=2))
    assert "overdose" not in codes(plain)  # plain Tylenol's strength is not known


@pytest.mark.parametrize(
    ("name", "count", "mg"),
    [
        ("extra strength tylenol", 2, {"acetaminophen": 1000}),
        ("Tylenol Extra Strength", 1, {"acetaminophen": 500}),
        ("regular strength tylenol", 2, {"acetaminophen": 650}),
        ("tylenol 8 hr", 2, {"acetaminophen": 1300}),
        ("panadol osteo", 2, {"acetaminophen": 1330}),  # Australia's 665 mg modified-release
        ("Osteomol", 1, {"acetaminophen": 665}),
        ("Tylenol", 2, {}),
        ("paracetamol", 2, {}),
        ("aleve", 2, {"naproxen": pytest.approx(400, abs=0.1)}),  # 220 mg sodium salt
    ],
)
def test_a_name_sold_in_one_strength_gives_the_amount(
    name: str, count: int, mg: dict[str, float]
) -> None:
    from bot.domain.dose_amounts import dose_ingredients

    assert dose_ingredients(dose(name, 0, count=count), []) == mg


def test_ingredient_total_names_the_doses_of_unknown_strength() -> None:
    from bot.domain.dose_amounts import ingredient_total

    doses = [
        dose("Norco", 5, count=1),
        dose("extra strength tylenol", 4, count=2),
        dose("Tylenol", 2, count=2),
        dose("ibuprofen", 1, amount=400, unit="mg"),
    ]
    total = ingredient_total(doses, [NORCO], "acetaminophen")
    assert total.mg == pytest.approx(1325)
    assert total.products == ("Norco", "Extra strength tylenol")
    assert total.unknown == ("Tylenol",)
    assert ingredient_total(doses, [NORCO], "naproxen").products == ()


def test_advil_beside_a_listed_ibuprofen_of_another_strength_counts_its_own_tablets() -> None:
    """ "took 2 advil" twice beside a listed ibuprofen 400 mg, max 3 a day: 800 mg and two
    of the listed doses, not four (no "over your own maximum")."""
    from bot.domain.dose_amounts import dose_units

    listed = item("Ibuprofen", 400, None, generic="ibuprofen", as_needed=True, max_per_day=3)
    advil = dose("Advil", 0, amount=200, unit="mg", count=2, generic="ibuprofen")
    assert dose_units(advil, listed) == 1
    warnings = check_as_needed_dose(
        [listed], [dose("Advil", 4, amount=200, unit="mg", count=2, generic="ibuprofen")], advil
    )
    assert not [w for w in warnings if w.code.startswith("over_own")], warnings
    assert dose_units(dose("Ibuprofen", 0, count=2, generic="ibuprofen"), listed) == 2


def test_six_osteo_tablets_at_six_hours_meet_no_interval_warning_but_five_hours_does() -> None:
    """Panadol Osteo: 2 every 6 to 8 hours, 6 a day (Parapane Osteo PI): 5 hours after the
    last is said with the label's words; 6 hours is not."""
    earlier = [dose("panadol osteo", 6, count=2, generic="acetaminophen")]
    on_time = check_as_needed_dose(
        [], earlier, dose("panadol osteo", 0, count=2, generic="acetaminophen")
    )
    assert "min_interval" not in codes(on_time)
    early = check_as_needed_dose(
        [],
        [dose("panadol osteo", 5, count=2, generic="acetaminophen")],
        dose("panadol osteo", 0, count=2, generic="acetaminophen"),
    )
    (w,) = [w for w in early if w.code == "min_interval"]
    assert "2 tablets every 6 to 8 hours" in w.text
    assert w.text.endswith("talk to your doctor or pharmacist.")


def test_a_form_with_its_own_daily_maximum_is_judged_by_it() -> None:
    # Novalgin (Germany, metamizole sodium 500 mg): up to 4,000 mg a day on its label;
    # Nolotil's 3,450 mg (Spain, metamizole magnesium) is another product's.
    def novalgin(hours_ago: float) -> DoseTaken:
        return dose("Novalgin", hours_ago, amount=500, unit="mg", count=2, generic="metamizole")

    earlier = [novalgin(18), novalgin(12), novalgin(6)]
    at_max = check_as_needed_dose([], earlier, novalgin(0))
    assert "over_labelled_max" not in codes(at_max), at_max  # 4,000 mg: the label's maximum
    past = check_as_needed_dose([], [*earlier, novalgin(3)], novalgin(0))
    over = [w for w in past if w.code == "over_labelled_max"]
    assert over and "4,000 mg a day" in over[0].text
    nolotil = [
        dose("Nolotil", h, amount=575, unit="mg", count=2, generic="metamizole")
        for h in (18, 12, 6)
    ]
    mixed = check_as_needed_dose([], nolotil, novalgin(0))
    assert any("3,450 mg" in w.text for w in mixed)  # not one form: the row's own maximum


def test_the_report_s_limit_is_the_one_form_s_own() -> None:
    from bot.domain.exposure import labelled_max_mg

    assert labelled_max_mg("metamizole") == 3450
    assert labelled_max_mg("metamizole", ["Novalgin", "novalgin"]) == 4000
    assert labelled_max_mg("metamizole", ["Novalgin", "Nolotil"]) == 3450


def test_a_scheduled_plan_above_the_otc_line_is_not_told_the_otc_line() -> None:
    # Found living it: naproxen 500 mg at 08:00 and 20:00, a dose told by text after a
    # flight, got "above the 660 mg a day on over-the-counter naproxen labels" — the
    # amount of the person's own twice-daily plan.
    plan = item("Naproxen", 500, 2, generic="naproxen")
    earlier = [dose("Naproxen", 18, amount=500, generic="naproxen")]
    new = dose("Naproxen", 0, amount=500, generic="naproxen")
    assert "over_otc_label_max" not in codes(check_as_needed_dose([plan], earlier, new))
    # Beyond the plan it is told, and past the label's own maximum it warns.
    third = [*earlier, dose("Naproxen", 6, amount=500, generic="naproxen")]
    assert "over_otc_label_max" in codes(check_as_needed_dose([plan], third, new))
    # The same total from an as-needed listing is told the OTC line.
    as_needed = item("Naproxen", 500, generic="naproxen", as_needed=True)
    assert "over_otc_label_max" in codes(check_as_needed_dose([as_needed], earlier, new))


def test_pair_warnings_told_again_are_one_line_naming_the_others() -> None:
    regimen = [
        item("Gabapentin", 300, 3, generic="gabapentin"),
        item("Naproxen", 500, 2, generic="naproxen"),
        item("Xanax", 0.5, 1, generic="alprazolam"),
    ]
    taken = item("Percocet", generic="oxycodone/acetaminophen", as_needed=True)
    pairs = check_dose_outside_regimen(regimen, taken)
    assert {w.severity for w in pairs} >= {Severity.WARNING}
    again = told_again(regimen, taken, pairs)
    assert again.text == (
        "What I said with your last Percocet still applies: you are taking it with "
        f"Gabapentin and Xanax. Please {END}"
    )
    assert again.severity == max((w.severity for w in pairs), key=lambda s: s.rank)
    assert set(again.medications) == {"oxycodone/acetaminophen", "gabapentin", "alprazolam"}
    assert not BANNED.search(again.text)


def test_an_as_needed_opioid_with_no_daily_maximum_is_said_so_not_missing() -> None:
    # found living a week in the sandbox: co-codamol as needed, none taken, read "the
    # strength or the number per day is missing" though the strength was known
    result = daily_mme((item("co-codamol", None, None, strength="30/500", as_needed=True),))
    [line] = result.per_drug
    assert (line.mme, line.note) == (None, "as needed, no daily maximum set")
    assert result.complete  # no "the strength or the number per day is missing" note


def test_a_products_own_label_allowing_the_total_has_no_otc_line() -> None:
    """Six Tylenol 8 HR Arthritis caplets (3,900 mg) are that product's labelled maximum:
    never "above the 3,000 mg on over-the-counter labels" (Sandbox, Phoenix); six Extra
    Strength (3,000 mg) then a seventh are past the 3,000 mg their own labels say."""
    arthritis = item("Tylenol Arthritis", 650, generic="acetaminophen", as_needed=True)
    earlier = [
        dose("Tylenol Arthritis", 16, count=2, generic="acetaminophen"),
        dose("Tylenol Arthritis", 8, count=2, generic="acetaminophen"),
    ]
    new = dose("Tylenol Arthritis", 0, count=2, generic="acetaminophen")
    assert "over_otc_label_max" not in codes(check_as_needed_dose([arthritis], earlier, new))
    extra = item("Tylenol Extra Strength", 500, generic="acetaminophen", as_needed=True)
    earlier = [
        dose("Tylenol Extra Strength", 20 - 4 * i, count=2, generic="acetaminophen")
        for i in range(3)
    ]
    new = dose("Tylenol Extra Strength", 0, count=1, generic="acetaminophen")
    assert "over_otc_label_max" in codes(check_as_needed_dose([extra], earlier, new))
