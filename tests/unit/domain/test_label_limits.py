"""A product label's own limits and the new combination rules (issue 15), one row per
dangerous case of the knowledge review: each must be caught, and its near miss must not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from bot.domain.safety import (
    DoseTaken,
    RegimenItem,
    SafetyWarning,
    check_as_needed_dose,
    check_new_medication,
    check_regimen,
    danger_sign_notes,
    label_limits,
)
from bot.knowledge import get_drug, resolve_name
from tests.unit.domain.test_safety import assert_well_formed, codes, dose, item


@dataclass(frozen=True)
class DoseCase:
    """`doses` logged over the day (name, hours ago, count, amount, unit); the last is new."""

    id: str
    doses: tuple[tuple[str, float, float | None, float | None, str | None], ...]
    code: str | None  # the warning that must appear (None: none of LIMIT_CODES may)
    says: tuple[str, ...] = ()
    regimen: tuple[RegimenItem, ...] = ()


LIMIT_CODES = {"over_product_max", "over_labelled_max", "overdose", "min_interval"}

DOSE_CASES = [
    # Norco 10/325: the label's 6 tablets a day, where acetaminophen alone stops at 13.
    DoseCase(
        "norco-10-325-x7",
        tuple(("Norco 10/325", 20 - 3 * i, 1, 10, "mg") for i in range(7)),
        "over_product_max",
        ("7 tablets", "6 tablets"),
    ),
    DoseCase(
        "norco-10-325-x6",
        tuple(("Norco 10/325", 20 - 4 * i, 1, 10, "mg") for i in range(6)),
        None,
    ),
    DoseCase(
        "norco-5-325-x12-allowed",
        # The label's "one to two tablets every 4-6 hours", up to its 12 a day.
        tuple(("Norco 5/325", 22 - 4 * i, 2, 5, "mg") for i in range(6)),
        None,
    ),
    DoseCase(
        "percocet-10-325-x7",
        tuple(("Percocet 10/325", 20 - 3 * i, 1, 10, "mg") for i in range(7)),
        "over_product_max",
        ("6 tablets",),
    ),
    DoseCase(
        "ultracet-x9",
        tuple(("Ultracet", 22 - 2.5 * i, 1, None, None) for i in range(9)),
        "over_product_max",
        ("9 tablets", "8 tablets"),
    ),
    # Tylenol #4: codeine 60 mg each; 7 = 420 mg past the label's 360 mg.
    DoseCase(
        "tylenol-4-x7",
        tuple(("Tylenol #4", 22 - 3.5 * i, 1, None, None) for i in range(7)),
        "over_labelled_max",
        ("420 mg of codeine", "360 mg"),
    ),
    DoseCase(
        "tylenol-4-x6",
        tuple(("Tylenol #4", 22 - 4 * i, 1, None, None) for i in range(6)),
        None,
    ),
    # ConZip (extended-release tramadol): 300 mg, where immediate release allows 400.
    DoseCase(
        "conzip-350",
        (("ConZip 200mg", 14, 1, 200, "mg"), ("ConZip 150mg", 1, 1, 150, "mg")),
        "over_labelled_max",
        ("350 mg", "300 mg", "extended-release"),
    ),
    DoseCase(
        "tramadol-ir-350",
        (("tramadol 50mg", 14, 3, 50, "mg"), ("tramadol 50mg", 6, 4, 50, "mg")),
        None,
    ),
    DoseCase(
        "gralise-2400",
        (("Gralise 600mg", 20, 2, 600, "mg"), ("Gralise 600mg", 1, 2, 600, "mg")),
        "over_labelled_max",
        ("2,400 mg", "1,800 mg"),
    ),
    DoseCase(
        "horizant-1800",
        (("Horizant 600mg", 20, 1, 600, "mg"), ("Horizant 600mg", 1, 2, 600, "mg")),
        "over_labelled_max",
        ("1,200 mg",),
    ),
    DoseCase(
        "nucynta-er-600",
        (
            ("Nucynta ER 250mg", 20, 1, 250, "mg"),
            ("Nucynta ER 250mg", 8, 1, 250, "mg"),
            ("Nucynta ER 100mg", 1, 1, 100, "mg"),
        ),
        "over_labelled_max",
        ("500 mg",),
    ),
    DoseCase(
        "vivlodex-15",
        (("Vivlodex 10mg", 20, 1, 10, "mg"), ("Vivlodex 5mg", 2, 1, 5, "mg")),
        "over_labelled_max",
        ("10 mg",),
    ),
    # Grams of gel are not milligrams swallowed: 8 g of Voltaren gel beside 150 mg of oral
    # diclofenac is not "8,150 mg of diclofenac", and 40 g passes the gel's own 32 g.
    DoseCase(
        "voltaren-gel-with-oral",
        (("diclofenac 50mg", 12, 3, 50, "mg"), ("Voltaren gel", 1, None, 8, "g")),
        None,
    ),
    DoseCase(
        "voltaren-gel-40g",
        tuple(("Voltaren gel", 20 - 5 * i, None, 10, "g") for i in range(4)),
        "over_product_max",
        ("40 g", "32 g"),
    ),
    DoseCase(
        "aleve-3h-apart",
        (("Aleve", 3, 1, None, None), ("Aleve", 0, 1, None, None)),
        "min_interval",
        ("3 hours",),
    ),
    # A 400 mg prescription tablet is told what both ibuprofen labels say, not the shop
    # label's "1 tablet … (200 mg tablets)"
    DoseCase(
        "ibuprofen-400-3h-apart",
        (("ibuprofen 400mg", 3, 1, 400, "mg"), ("ibuprofen 400mg", 0, 1, 400, "mg")),
        "min_interval",
        ("3 hours", "“every 4 to 6 hours”"),
    ),
    DoseCase(
        "aleve-12h-apart",
        (("Aleve", 12, 1, None, None), ("Aleve", 0, 1, None, None)),
        None,
    ),
    # Each strength its own gap: Extra Strength's 6 hours, quoted alone (the whole row's
    # three strengths were quoted for one tablet).
    DoseCase(
        "tylenol-es-5h-apart",
        (("Tylenol Extra Strength", 5, 2, 500, "mg"), ("Tylenol Extra Strength", 0, 2, 500, "mg")),
        "min_interval",
        ("about 5 hours", "“2 every 6 hours while symptoms last”"),
    ),
    DoseCase(
        "tylenol-regular-5h-apart",
        (
            ("Tylenol Regular Strength", 5, 2, 325, "mg"),
            ("Tylenol Regular Strength", 0, 2, 325, "mg"),
        ),
        None,
    ),
    DoseCase(
        "soma-x5",
        tuple(("Soma 350mg", 22 - 5 * i, 1, 350, "mg") for i in range(5)),
        "over_labelled_max",
        ("1,750 mg", "1,400 mg"),
    ),
]


def _doses(case: DoseCase) -> list[DoseTaken]:
    out = []
    for name, hours_ago, count, amount, unit in case.doses:
        d = dose(name, hours_ago, amount=amount, count=count, unit=unit)
        out.append(d)
    return out


@pytest.mark.parametrize("case", DOSE_CASES, ids=lambda c: c.id)
def test_a_products_own_label_limits_after_a_dose(case: DoseCase) -> None:
    *history, new = _doses(case)
    warnings = check_as_needed_dose(list(case.regimen), history, new)
    assert_well_formed(warnings)
    if case.code is None:
        assert not codes(warnings) & LIMIT_CODES, [w.text for w in warnings]
        return
    hit = [w for w in warnings if w.code == case.code]
    assert hit, [w.text for w in warnings]
    text = " ".join(w.text for w in hit)
    for words in case.says:
        assert words in text, text


@dataclass(frozen=True)
class PairCase:
    id: str
    first: RegimenItem
    second: RegimenItem
    code: str


PAIR_CASES = [
    PairCase(
        "cyclobenzaprine-sertraline",
        item("cyclobenzaprine 10mg", 10, 3),
        item("sertraline 50mg", 50, 1),
        "cyclobenzaprine_serotonergic",
    ),
    PairCase(
        "cyclobenzaprine-tramadol",
        item("Flexeril", 10, 3),
        item("tramadol 50mg", 50, 4),
        "cyclobenzaprine_serotonergic",
    ),
    PairCase(
        "gabapentin-alprazolam",
        item("gabapentin 300mg", 300, 3),
        item("Xanax 0.5mg", 0.5, 2),
        "gabapentinoid_benzodiazepine",
    ),
    PairCase(
        "soma-norco",
        item("Soma 350mg", 350, 4),
        item("Norco 10/325", 10, 4, strength="10/325"),
        "carisoprodol_opioid",
    ),
    PairCase(
        "soma-valium",
        item("Soma 350mg", 350, 4),
        item("Valium 5mg", 5, 2),
        "carisoprodol_benzodiazepine",
    ),
    PairCase(
        "meloxicam-medrol-dose-pack",
        item("meloxicam 15mg", 15, 1),
        item("Medrol dose pack", 4, 6),
        "nsaid_corticosteroid",
    ),
    PairCase(
        "ibuprofen-prednisone",
        item("Advil", 200, 3),
        item("prednisone 20mg", 20, 1),
        "nsaid_corticosteroid",
    ),
    PairCase(
        "oxycodone-tylenol-pm",
        item("oxycodone 5mg", 5, 4),
        item("Tylenol PM", None, 1, unit=None),
        "opioid_sedating_antihistamine",
    ),
    PairCase(
        "norco-tylenol-pm-acetaminophen",
        item("Norco 5/325", 5, 4, strength="5/325"),
        item("Tylenol PM", None, 1, unit=None),
        "duplicate_ingredient",
    ),
]


@pytest.mark.parametrize("case", PAIR_CASES, ids=lambda c: c.id)
def test_new_combination_rules_when_adding(case: PairCase) -> None:
    warnings = check_new_medication([case.first], case.second)
    assert_well_formed(warnings)
    assert case.code in codes(warnings), [w.text for w in warnings]
    # Whichever was on the list first.
    assert case.code in codes(check_new_medication([case.second], case.first))


@pytest.mark.parametrize(
    ("new", "says"),
    [
        (item("Gralise 600mg", 600, 4), ("2,400 mg", "1,800 mg")),
        (item("ConZip 200mg", 200, 2), ("400 mg", "300 mg")),
        (item("Norco 10/325", 10, 8, strength="10/325"), ("8 tablets", "6 tablets")),
        (item("Tylenol #4", None, 8, unit=None), ("480 mg of codeine", "360 mg")),
        (item("Ultracet", None, 10, unit=None), ("10 tablets", "8 tablets")),
    ],
    ids=["gralise-2400", "conzip-400", "norco-10-325-x8", "tylenol-4-x8", "ultracet-x10"],
)
def test_a_plan_past_a_labelled_maximum_is_stated_when_added(
    new: RegimenItem, says: tuple[str, ...]
) -> None:
    warnings = check_new_medication([], new)
    assert_well_formed(warnings)
    text = " ".join(w.text for w in warnings if w.code == "plan_over_max")
    for words in says:
        assert words in text, [w.text for w in warnings]


@pytest.mark.parametrize(
    "new",
    [item("Gralise 600mg", 600, 3), item("tramadol 100mg", 100, 4), item("Norco 5/325", 5, 6)],
    ids=["gralise-1800", "tramadol-ir-400", "norco-5-325-x6"],
)
def test_a_plan_within_its_labels_is_quiet(new: RegimenItem) -> None:
    assert "plan_over_max" not in codes(check_new_medication([], new))


@pytest.mark.parametrize(
    ("name", "days"),
    [("ketorolac 10mg", 5), ("Ultracet", 5), ("Soma 350mg", 21), ("cyclobenzaprine 10mg", 21)],
)
def test_labelled_course_limits_are_stated_and_noticed_when_passed(name: str, days: int) -> None:
    added = check_new_medication([], item(name, None, 3, unit=None))
    assert "course_limit" in codes(added), [w.text for w in added]
    assert_well_formed(added)
    today = date(2026, 12, 1)
    within = RegimenItem(
        None, name, None, None, 3, False, None, started=today - timedelta(days=days - 1)
    )
    assert "course_limit_passed" not in codes(check_regimen([within], today))
    past = RegimenItem(None, name, None, None, 3, False, None, started=today - timedelta(days=days))
    passed = check_regimen([past], today)
    assert "course_limit_passed" in codes(passed)
    assert f"{days + 1} days" in next(w.text for w in passed if w.code == "course_limit_passed")


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("ConZip", "extended-release"),
        ("ultram er 100mg", "extended-release"),
        ("Gralise", "Gralise"),
        ("Horizant", "Horizant"),
        ("Lyrica CR", "CR"),
        ("Vivlodex", "Vivlodex"),
        ("Nucynta ER", "extended-release"),
        ("voltaren gel", "gel"),
    ],
)
def test_forms_that_are_not_interchangeable_are_told_apart(name: str, form: str) -> None:
    match = resolve_name(name)
    assert match is not None
    limits = label_limits(match.drug, name)
    assert limits.form is not None and form.lower() in limits.form.name.lower(), name
    plain = label_limits(match.drug, match.drug.generic)
    assert plain.form is None


def test_the_parser_still_reports_the_generic_for_a_form() -> None:
    for name, generic in [
        ("ConZip", "tramadol"),
        ("Gralise", "gabapentin"),
        ("Soma", "carisoprodol"),
        ("Tylenol PM", "acetaminophen/diphenhydramine"),
    ]:
        match = resolve_name(name)
        assert match is not None and match.generic == generic, name


@pytest.mark.parametrize(
    ("flag", "meds", "says"),
    [
        ("gi_bleeding", ["meloxicam 15mg", "gabapentin"], "meloxicam"),
        ("chest_pain", ["Advil"], "Advil"),
        ("stroke_signs", ["naproxen"], "naproxen"),
        ("overdose_signs", ["oxycodone 5mg"], "oxycodone"),
    ],
)
def test_a_red_flag_names_the_medicine_whose_label_names_it(
    flag: str, meds: list[str], says: str
) -> None:
    notes = danger_sign_notes([flag], meds)
    assert len(notes) == 1 and says.lower() in notes[0].lower(), notes
    assert "emergency" not in notes[0].lower()
    assert danger_sign_notes([flag], ["sertraline"]) == []


def test_every_danger_sign_sentence_reads_well() -> None:
    for generic in ("ibuprofen", "oxycodone"):
        drug = get_drug(generic)
        assert drug is not None
    notes = danger_sign_notes(["gi_bleeding"], ["ibuprofen", "naproxen"])
    assert notes and "your ibuprofen and naproxen" in notes[0].lower()


def test_warnings_are_safety_warnings() -> None:
    warnings: list[SafetyWarning] = check_new_medication([], item("Soma 350mg", 350, 4))
    assert_well_formed(warnings)


def test_a_specific_rule_replaces_the_general_one_it_says_more_than() -> None:
    found = codes(check_new_medication([item("Soma 350mg", 350, 4)], item("Norco", 10, 4)))
    assert "carisoprodol_opioid" in found and "opioid_muscle_relaxant" not in found
    # Another muscle relaxant still gets the general rule.
    found = codes(check_new_medication([item("Flexeril", 10, 3)], item("Norco", 10, 4)))
    assert "opioid_muscle_relaxant" in found


def test_the_persons_own_maximum_is_not_repeated_after_the_labels() -> None:
    own = item("Norco 10/325", 10, None, as_needed=True, max_per_day=6, strength="10/325")
    *history, new = [
        dose("Norco 10/325", 20 - 3 * i, amount=10, count=1, unit="mg") for i in range(7)
    ]
    found = codes(check_as_needed_dose([own], history, new))
    assert "over_product_max" in found and "over_own_max" not in found


def test_the_form_a_message_names_stays_out_of_the_parse_contract() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from bot.parsing import parse
    from bot.parsing.intents import to_json

    now = datetime(2026, 12, 1, 9, tzinfo=UTC)
    intents = parse("took 2 conzip 200mg", [], now, ZoneInfo("UTC"))
    dose_intent = next(i for i in intents if i.kind == "dose")
    assert dose_intent.product == "ConZip"  # the brand as its maker spells it
    assert "product" not in to_json(intents)["intents"][0]
    assert to_json(intents)["intents"][0]["medication"] == "tramadol"


def test_an_as_needed_ceiling_past_the_label_is_stated_in_the_summary() -> None:
    """The summary's items carry no usual daily amount for as-needed medicines: their own
    maximum is what the plan allows."""
    norco = RegimenItem(None, "Norco 10/325", 10, "mg", None, True, 8, strength="10/325")
    text = " ".join(w.text for w in check_regimen([norco]) if w.code == "plan_over_max")
    assert "own maximum of 8 a day" in text and "6 tablets" in text, text


def test_a_combination_named_by_a_product_of_other_strengths_is_another_product() -> None:
    from bot.domain.dose_amounts import another_product

    # Zapain is co-codamol 500/8 or 500/30; Solpadeine Max is 500/12.8.
    assert another_product("acetaminophen/codeine", "zapain", "500/12.8")
    assert not another_product("acetaminophen/codeine", "zapain", "500/30")
    assert not another_product("acetaminophen/codeine", "zapain", "30/500")  # written reversed
    assert not another_product("acetaminophen/codeine", "solpadeine max", "500/12.8")
    # Nothing to compare: a name of no strength of its own, or no listed strength.
    assert not another_product("acetaminophen/codeine", "tylenol with codeine", "300/30")
    assert not another_product("acetaminophen/codeine", "zapain", None)
    assert not another_product("ibuprofen", "advil", None)
