"""Drug knowledge file: validation, sources, name resolution, side effects."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge import (
    DEFAULT_SIDE_EFFECTS,
    MAX_SIDE_EFFECT_CHOICES,
    SIDE_EFFECT_KEYS,
    DrugMatch,
    KnowledgeError,
    all_drugs,
    combination_rules,
    get_drug,
    knowledge,
    load_knowledge,
    mme_guidance,
    parse_strength,
    resolve_name,
    side_effects_for,
)
from bot.knowledge.models import FORBIDDEN_TEXT

PACKAGED = Path(__file__).resolve().parents[3] / "bot" / "knowledge" / "drugs.yaml"

# ------------------------------------------------------------------ sources


def test_every_row_has_a_source() -> None:
    for drug in all_drugs():
        assert drug.source.strip(), f"{drug.generic}: no source"
        if drug.max_daily is not None:
            assert drug.max_daily.source.strip(), f"{drug.generic}: max_daily without source"
        if drug.mme is not None:
            assert drug.mme.source.strip(), f"{drug.generic}: mme without source"
        if drug.side_effects is not None:
            assert drug.side_effects_source, f"{drug.generic}: side effects without source"


def test_every_class_rule_and_guidance_has_a_source() -> None:
    data = knowledge()
    for key, cls in data.classes.items():
        assert cls.source.strip(), f"class {key}: no source"
    for rule in combination_rules():
        assert rule.source.strip(), f"rule {rule.code}: no source"
    assert mme_guidance().source.strip()


def test_raw_yaml_rows_all_carry_source_key() -> None:
    """Checked on the raw file too, so a schema default can never hide a gap."""
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    for row in raw["drugs"]:
        assert row.get("source"), f"{row.get('generic')}: row without source"
        for block in ("max_daily", "mme"):
            if block in row:
                assert row[block].get("source"), f"{row['generic']}.{block}: no source"


def test_row_without_source_is_rejected(tmp_path: Path) -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    del raw["drugs"][0]["source"]
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


def test_blank_source_is_rejected(tmp_path: Path) -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    next(r for r in raw["drugs"] if "max_daily" in r)["max_daily"]["source"] = "   "
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda raw: raw["classes"]["nsaid"]["side_effects"].append("bleeding"),
        lambda raw: raw["drugs"][0]["classes"].append("no_such_class"),
        lambda raw: raw["drugs"].append(dict(raw["drugs"][0])),
        lambda raw: raw["combinations"][0].update(message="{a} only"),
        lambda raw: raw["combinations"][0].update(message="{a} and {b}: an emergency"),
        lambda raw: raw["combinations"][0].update(one_product="{product} holds {a}"),
        lambda raw: raw["combinations"][0].update(one_product="{product}: {a}, {b}, stop taking"),
    ],
    ids=[
        "bad-side-effect",
        "unknown-class",
        "duplicate-row",
        "message-missing-b",
        "forbidden",
        "one-product-missing-b",
        "one-product-forbidden",
    ],
)
def test_invalid_files_fail_validation(tmp_path: Path, mutate: object) -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    assert callable(mutate)
    mutate(raw)
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


# ------------------------------------------------------------------ coverage

REQUIRED = [
    # clinical-facts.md §2
    "acetaminophen",
    "ibuprofen",
    "naproxen",
    "diclofenac",
    "celecoxib",
    "meloxicam",
    "aspirin",
    "cyclobenzaprine",
    "methocarbamol",
    "tizanidine",
    "baclofen",
    "gabapentin",
    "pregabalin",
    "duloxetine",
    "tramadol",
    "tapentadol",
    # MME table
    "codeine",
    "fentanyl",
    "hydrocodone",
    "hydromorphone",
    "methadone",
    "morphine",
    "oxycodone",
    "oxymorphone",
    # combinations
    "hydrocodone/acetaminophen",
    "oxycodone/acetaminophen",
    "tramadol/acetaminophen",
    # other classes from the issue
    "diazepam",
    "alprazolam",
    "lorazepam",
    "clonazepam",
    "sertraline",
    "fluoxetine",
    "citalopram",
    "escitalopram",
    "paroxetine",
    "venlafaxine",
    "amitriptyline",
    "nortriptyline",
    "warfarin",
    "apixaban",
    "rivaroxaban",
    "clopidogrel",
    "lidocaine",
    "buprenorphine",
]


@pytest.mark.parametrize("generic", REQUIRED)
def test_required_medication_present(generic: str) -> None:
    drug = get_drug(generic)
    assert drug is not None, generic
    assert drug.classes


MAX_DAILY = {
    # generic: (otc, rx)
    "acetaminophen": (3000, 4000),
    "ibuprofen": (1200, 3200),
    # Knowledge review #35: 1,500 mg of naproxen; the sodium salt counts at 500/550.
    "naproxen": (660, 1500),
    "diclofenac": (None, 150),
    "celecoxib": (None, 400),
    "meloxicam": (None, 15),
    # Knowledge review #55: Drug Facts "do not exceed 12 tablets in 24 hours" × 325 mg.
    "aspirin": (3900, None),
    "cyclobenzaprine": (None, 30),
    "methocarbamol": (None, 8000),
    "tizanidine": (None, 36),
    "baclofen": (None, 80),
    "gabapentin": (None, 3600),
    "pregabalin": (None, 600),
    "duloxetine": (None, 120),
    "tramadol": (None, 400),
    "tapentadol": (None, 600),
    # Knowledge review #22: the acetaminophen/codeine label's "Maximum 24-Hour Dose".
    "codeine": (None, 360),
    "carisoprodol": (None, 1400),
    "ketorolac": (None, 40),
}


# Knowledge review #24, #25, #44, #40: forms that are not interchangeable, own maxima.
FORM_MAX = {
    ("tramadol", "ConZip"): 300,
    ("tapentadol", "Nucynta ER"): 500,
    ("gabapentin", "Gralise"): 1800,
    ("gabapentin", "Horizant"): 1200,
    ("meloxicam", "Vivlodex"): 10,
}


@pytest.mark.parametrize(("generic", "name", "limit"), [(*k, v) for k, v in FORM_MAX.items()])
def test_forms_have_their_own_labelled_maximum(generic: str, name: str, limit: int) -> None:
    drug = get_drug(generic)
    assert drug is not None
    form = drug.form_for(name)
    assert form is not None and form.max_daily is not None
    assert form.max_daily.absolute == limit


# Knowledge review #17: the products' own tablet limits.
PRODUCT_MAX = {
    ("hydrocodone/acetaminophen", "10/325"): 6,
    ("hydrocodone/acetaminophen", "5/325"): 12,
    ("oxycodone/acetaminophen", "10/325"): 6,
    ("oxycodone/acetaminophen", "7.5/325"): 8,
    ("tramadol/acetaminophen", "37.5/325"): 8,
}


@pytest.mark.parametrize(
    ("generic", "strength", "limit"), [(*k, v) for k, v in PRODUCT_MAX.items()]
)
def test_combination_products_have_their_own_tablet_maximum(
    generic: str, strength: str, limit: int
) -> None:
    drug = get_drug(generic)
    assert drug is not None and drug.product_max is not None
    assert drug.product_max.for_strength(strength) == limit


@pytest.mark.parametrize(("generic", "limits"), sorted(MAX_DAILY.items()))
def test_max_daily_matches_reference(generic: str, limits: tuple[int | None, int | None]) -> None:
    drug = get_drug(generic)
    assert drug is not None and drug.max_daily is not None
    assert (drug.max_daily.otc, drug.max_daily.rx) == limits


MME_FACTORS = {
    "codeine": 0.15,
    "fentanyl": 2.4,
    "hydrocodone": 1.0,
    "hydromorphone": 5.0,
    "methadone": 4.7,
    "morphine": 1.0,
    "oxycodone": 1.5,
    "oxymorphone": 3.0,
    "tapentadol": 0.4,
    "tramadol": 0.2,
}


@pytest.mark.parametrize(("generic", "factor"), sorted(MME_FACTORS.items()))
def test_mme_factor_matches_cdc_table(generic: str, factor: float) -> None:
    drug = get_drug(generic)
    assert drug is not None and drug.mme is not None
    assert drug.mme.factor == pytest.approx(factor)


def test_mme_caveats() -> None:
    bup = get_drug("buprenorphine")
    assert bup is not None and bup.mme is not None and bup.mme.factor is None
    for generic in ("methadone", "fentanyl"):
        drug = get_drug(generic)
        assert drug is not None and drug.mme is not None and drug.mme.less_reliable
    fent = get_drug("fentanyl")
    assert fent is not None and fent.mme is not None and fent.mme.per == "mcg/hr"


@pytest.mark.parametrize(
    ("generic", "label", "amounts"),
    [
        ("hydrocodone/acetaminophen", "5/325", {"hydrocodone": 5, "acetaminophen": 325}),
        ("hydrocodone/acetaminophen", "7.5/325", {"hydrocodone": 7.5, "acetaminophen": 325}),
        ("hydrocodone/acetaminophen", "10/325", {"hydrocodone": 10, "acetaminophen": 325}),
        ("oxycodone/acetaminophen", "5/325", {"oxycodone": 5, "acetaminophen": 325}),
        ("oxycodone/acetaminophen", "10/325", {"oxycodone": 10, "acetaminophen": 325}),
        ("tramadol/acetaminophen", "37.5/325", {"tramadol": 37.5, "acetaminophen": 325}),
    ],
)
def test_combination_products_list_each_ingredient(
    generic: str, label: str, amounts: dict[str, float]
) -> None:
    drug = get_drug(generic)
    assert drug is not None and drug.is_combination
    by_label = {s.label: s.amounts for s in drug.strengths}
    assert by_label[label] == amounts


def test_side_effect_keys_are_from_product_spec() -> None:
    assert len(SIDE_EFFECT_KEYS) == 20
    for cls in knowledge().classes.values():
        assert set(cls.side_effects) <= set(SIDE_EFFECT_KEYS)


def test_combination_messages_are_clean() -> None:
    for rule in combination_rules():
        assert not FORBIDDEN_TEXT.search(rule.message)


# ----------------------------------------------------------- name resolution


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("tylenol", "acetaminophen"),
        ("Tylenol", "acetaminophen"),
        ("advil", "ibuprofen"),
        ("ibuprofin", "ibuprofen"),
        ("norco", "hydrocodone/acetaminophen"),
        ("percocet", "oxycodone/acetaminophen"),
        ("lyrica", "pregabalin"),
        ("flexeril", "cyclobenzaprine"),
        ("paracetamol", "acetaminophen"),
        ("motrin", "ibuprofen"),
        ("aleve", "naproxen"),
        ("cymbalta", "duloxetine"),
        ("neurontin", "gabapentin"),
        ("ultracet", "tramadol/acetaminophen"),
        ("vicodin", "hydrocodone/acetaminophen"),
        ("xanax", "alprazolam"),
        ("eliquis", "apixaban"),
        ("lidoderm", "lidocaine"),
        ("oxycontin", "oxycodone"),
        ("suboxone", "buprenorphine"),
        ("duragesic", "fentanyl"),
        ("tylenol #3", "acetaminophen/codeine"),
        # multi-word and with strengths
        ("lidocaine patch", "lidocaine"),
        ("Lidocaine Patch 5%", "lidocaine"),
        ("hydrocodone/acetaminophen", "hydrocodone/acetaminophen"),
        ("hydrocodone-acetaminophen", "hydrocodone/acetaminophen"),
        ("hydrocodone and acetaminophen", "hydrocodone/acetaminophen"),
        ("hydrocodone/apap", "hydrocodone/acetaminophen"),
        ("norco 10/325", "hydrocodone/acetaminophen"),
        ("Norco 10/325 mg tablets", "hydrocodone/acetaminophen"),
        ("tylenol 500mg", "acetaminophen"),
        ("ibuprofen 800 mg", "ibuprofen"),
        ("fentanyl patch", "fentanyl"),
        ("Advil®", "ibuprofen"),
        # misspellings handled by the fuzzy step
        ("ibuprofenn", "ibuprofen"),
        ("gabapenteen", "gabapentin"),
        ("cyclobenzaprene", "cyclobenzaprine"),
        ("lidocane patch", "lidocaine"),
        ("oxycodoen", "oxycodone"),
    ],
)
def test_resolve_name(text: str, generic: str) -> None:
    match = resolve_name(text)
    assert match is not None, text
    assert isinstance(match, DrugMatch)
    assert match.generic == generic
    assert match.drug.generic == generic
    assert 0 < match.score <= 100


def test_exact_and_fuzzy_flags() -> None:
    exact = resolve_name("advil")
    fuzzy = resolve_name("ibuprofenn")
    assert exact is not None and exact.exact and exact.score == 100
    assert fuzzy is not None and not fuzzy.exact and fuzzy.score < 100


@pytest.mark.parametrize(
    "text",
    [
        "xyzzy",
        "it",
        "my",
        "took",
        "pain",
        "back",
        "leg",
        "I",
        "",
        "   ",
        "ultra",
        "alive",
        "morning",
        "today",
        "sleep",
        "walked",
        "doctor",
        "500 mg",
        "10/325",
        "tablets",
        "stomach",
        "better",
        "backache",
    ],
)
def test_unknown_names_resolve_to_nothing(text: str) -> None:
    assert resolve_name(text) is None


def test_get_drug_and_all_drugs() -> None:
    assert get_drug("ibuprofen") is not None
    assert get_drug("IBUPROFEN") is not None
    assert get_drug("advil") is None  # brand names go through resolve_name
    generics = [d.generic for d in all_drugs()]
    assert len(generics) == len(set(generics))


def test_parse_strength() -> None:
    assert parse_strength("10/325") == (10.0, 325.0)
    assert parse_strength("7.5/325 mg") == (7.5, 325.0)
    assert parse_strength("500 mg") == (500.0,)
    assert parse_strength(None) is None
    assert parse_strength("none") is None


def test_resolution_repeats_and_misses_cleanly() -> None:
    # Speed is measured by benchmarks/lookup_bench.py; here: the cached answer is the
    # same answer, and many distinct unknown names never raise or match nonsense.
    names = ["tylenol", "ibuprofin", "norco 10/325", "xyzzy", "pain", "lidocane patch"]
    first = [resolve_name(n) for n in names]
    assert [resolve_name(n) for n in names] == first
    assert first[3] is None  # xyzzy
    for i in range(50):
        match = resolve_name(f"gabapentinx{i}")
        assert match is None or match.generic == "gabapentin"


# ---------------------------------------------------------------- side effects


def test_side_effects_for_opioid_and_nsaid() -> None:
    choices = side_effects_for(["oxycodone", "ibuprofen"])
    assert len(choices) <= MAX_SIDE_EFFECT_CHOICES
    assert len(choices) == len(set(choices))
    assert set(choices) <= set(SIDE_EFFECT_KEYS)
    # both medicines are represented early
    assert choices[0] == "constipation"
    assert choices[1] == "stomach_pain"
    assert "heartburn" in choices and "drowsiness" in choices


@pytest.mark.parametrize(
    ("generic", "expected"),
    [
        ("ibuprofen", {"stomach_pain", "heartburn", "black_stools", "swelling"}),
        ("oxycodone", {"constipation", "drowsiness", "nausea", "itching", "confusion"}),
        ("gabapentin", {"dizziness", "drowsiness", "swelling", "weight_gain", "blurred_vision"}),
        ("cyclobenzaprine", {"drowsiness", "dizziness", "dry_mouth"}),
        ("duloxetine", {"nausea", "dry_mouth", "insomnia", "sweating", "drowsiness"}),
    ],
)
def test_side_effects_by_class(generic: str, expected: set[str]) -> None:
    assert expected <= set(side_effects_for([generic]))


def test_side_effects_for_brand_names_unknowns_and_duplicates() -> None:
    assert side_effects_for(["Lyrica"]) == side_effects_for(["pregabalin"])
    assert side_effects_for(["xyzzy"]) == list(DEFAULT_SIDE_EFFECTS)
    assert side_effects_for([]) == list(DEFAULT_SIDE_EFFECTS)
    assert side_effects_for(["ibuprofen", "ibuprofen"]) == side_effects_for(["ibuprofen"])
    many = side_effects_for(
        ["oxycodone", "ibuprofen", "gabapentin", "duloxetine", "cyclobenzaprine"]
    )
    assert len(many) == MAX_SIDE_EFFECT_CHOICES


def test_co_codamol_strengths_are_read_only_for_co_codamol() -> None:
    """Codeine 30 mg is Tylenol #3 (300/30) in the US and co-codamol (30/500) in the UK."""
    from bot.domain.regimen import combination_strength
    from bot.domain.safety import ingredient_amounts

    drug = get_drug("acetaminophen/codeine")
    assert drug is not None
    assert [s.label for s in drug.strengths_with_primary(30, "Tylenol #3")] == ["300/30"]
    assert [s.label for s in drug.strengths_with_primary(30, "co-codamol")] == ["500/30"]
    assert combination_strength("acetaminophen/codeine", 30, "mg", "Co-codamol") == "500/30 mg"
    assert ingredient_amounts(drug, 30, "mg", None, "co-codamol")["acetaminophen"] == 500
    assert ingredient_amounts(drug, 30, "mg", None, "tylenol 3")["acetaminophen"] == 300
    # Written either way round, a strength naming both ingredients is read whole.
    assert ingredient_amounts(drug, None, None, "30/500") == {"acetaminophen": 500, "codeine": 30}


# ------------------------------------------------------ issue 15: sources you can follow

FACT_BLOCKS = (
    "max_daily",
    "mme",
    "product_max",
    "course_limit",
    "min_interval",
    "dose_pack",
)
# What a source must name: the label or guideline it was read in.
CITES = re.compile(
    r"DailyMed|setid|openFDA|FDA|CDC|NICE|emc|SmPC|TGA|Drug Facts|label|Medication Guide|"
    r"Prescribing Information",
)
README = PACKAGED.parents[2] / "README.md"


def _sourced_blocks(raw: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    out: list[tuple[str, dict[str, Any]]] = []
    for row in raw["drugs"]:
        out.append((row["generic"], row))
        for block in FACT_BLOCKS:
            if block in row:
                out.append((f"{row['generic']}.{block}", row[block]))
        for form in row.get("forms", []):
            out.append((f"{row['generic']} {form['name']}", form))
            for block in FACT_BLOCKS:
                if block in form:
                    out.append((f"{row['generic']} {form['name']}.{block}", form[block]))
    for key, cls in raw["classes"].items():
        out.append((f"class {key}", cls))
    for rule in raw["combinations"]:
        out.append((f"rule {rule['code']}", rule))
    for fact in raw.get("pregnancy", []):
        out.append((f"pregnancy {fact['code']}", fact))
    return out


def test_every_fact_block_cites_the_label_or_guideline_it_was_read_in() -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    for where, block in _sourced_blocks(raw):
        source = block.get("source")
        assert source and source.strip(), f"{where}: no source"
        assert CITES.search(source), f"{where}: the source names no label or guideline"


def test_every_fact_not_re_verified_is_listed_in_the_readme_with_its_reason() -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    unverified = sorted(
        where
        for where, block in _sourced_blocks(raw)
        if "not re-verified"
        in " ".join(str(block.get(k, "")) for k in ("source", "danger_signs_source"))
    )
    listed = re.findall(r"^- `([^`]+)`: \S", README.read_text("utf-8"), re.M)
    assert sorted(listed) == unverified


@pytest.mark.parametrize("block", ["product_max", "course_limit", "min_interval"])
def test_a_new_fact_without_a_source_fails_loading(tmp_path: Path, block: str) -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    row = next(r for r in raw["drugs"] if block in r)
    del row[block]["source"]
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


def test_a_form_without_a_source_fails_loading(tmp_path: Path) -> None:
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    row = next(r for r in raw["drugs"] if r.get("forms"))
    del row["forms"][0]["source"]
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


def test_the_readme_safety_tables_match_the_file() -> None:
    from bot.knowledge.catalogue import BEGIN, END, tables

    text = (PACKAGED.parents[2] / "README.md").read_text("utf-8")
    block = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    assert block == tables().strip(), "run: python -m bot.knowledge.catalogue"


@pytest.mark.parametrize(
    "name",
    [
        "carisoprodol",
        "metaxalone",
        "orphenadrine",
        "chlorzoxazone",
        "hydrocodone/ibuprofen",
        "oxycodone/ibuprofen",
        "ibuprofen/acetaminophen",
        "aspirin/acetaminophen/caffeine",
        "acetaminophen/diphenhydramine",
        "nabumetone",
        "etodolac",
        "ketorolac",
        "prednisone",
        "methylprednisolone",
        "milnacipran",
        "levorphanol",
        "meperidine",
        "Panadol",
        "Panadeine",
        "Nurofen",
        "Endone",
        "Tramal",
        "Lyrica",
        "Targin",
        "Soma",
        "Medrol dose pack",
        "Advil PM",
        "Aleve PM",
        "Excedrin",
        "Vicoprofen",
    ],
)
def test_the_medicines_people_with_back_pain_take_are_known(name: str) -> None:
    assert resolve_name(name) is not None, name


def test_danger_signs_are_red_flags_the_parser_reports() -> None:
    from bot.parsing.redflags import RED_FLAGS

    for key, cls in knowledge().classes.items():
        assert set(cls.danger_signs) <= set(RED_FLAGS), key


def test_a_combination_written_with_a_dash_is_exactly_those_medicines() -> None:
    # A spelling guess once turned "codeine-paracetamol" into oxycodone's combination.
    for name in ("codeine-paracetamol", "paracetamol/codeine", "codeine + acetaminophen"):
        match = resolve_name(name)
        assert match is not None and match.generic == "acetaminophen/codeine", name
    oxy = resolve_name("oxycodone-paracetamol")
    assert oxy is not None and oxy.generic == "oxycodone/acetaminophen"
    # Two medicines no product combines are not guessed into one.
    assert resolve_name("naproxen-ibuprofen") is None


@pytest.mark.parametrize(
    ("zone", "first"),
    [
        ("America/Denver", True),
        ("Pacific/Honolulu", True),
        ("Asia/Manila", True),
        ("Europe/London", False),
        ("America/Toronto", False),
        ("America/Sao_Paulo", False),
        ("UTC", False),
        (None, False),
    ],
)
def test_month_first_where_dates_are_written_so(zone: str | None, first: bool) -> None:
    from bot.knowledge.places import month_first

    assert month_first(zone) is first


def test_a_name_that_names_one_strength_is_read_whole() -> None:
    # "panadeine forte" is 500/30; "panadeine" alone the 500/8
    from bot.knowledge import multiword_names

    assert multiword_names()["panadeine forte"] == "acetaminophen/codeine"
    assert "panadeine" not in multiword_names()


@pytest.mark.parametrize("name", ["Dolo 650", "dolo", "Calpol", "crocin"])
def test_indias_paracetamol_brands_are_acetaminophen(name: str) -> None:
    # Found living it as a patient in Mumbai: "took dolo 650" was a medicine unknown to the
    # safety checks, so its 650 mg never reached the paracetamol total.
    match = resolve_name(name)
    assert match is not None and match.generic == "acetaminophen"


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Tramacet", "tramadol/acetaminophen"),
        ("OxyNorm", "oxycodone"),
        ("Zomorph", "morphine"),
        ("MST Continus", "morphine"),
        ("Panamax", "acetaminophen"),
    ],
)
def test_uk_and_australian_names_reach_their_safety_checks(name: str, generic: str) -> None:
    match = resolve_name(name)
    assert match is not None and match.generic == generic


def test_the_unit_of_a_marketed_strength() -> None:
    pregabalin, fentanyl = get_drug("pregabalin"), get_drug("fentanyl")
    assert pregabalin is not None and fentanyl is not None
    assert pregabalin.unit_of_strength(75) == "mg"
    assert pregabalin.unit_of_strength(76) is None
    assert fentanyl.unit_of_strength(25) == "mcg"  # a patch's rate, never milligrams


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("text", "{meds}: it is safe in pregnancy."),
        ("text", "Keep taking {meds} until your next visit."),
        ("text", "The label says nothing of the medicines."),
        ("classes", ["no_such_class"]),
        ("names", ["naproxen"]),
    ],
)
def test_a_pregnancy_fact_that_advises_or_selects_wrongly_fails_loading(
    tmp_path: Path, field: str, value: Any
) -> None:
    """A pregnancy fact is a label's words naming the medicines, never advice; a
    medicine with a row of its own is selected by its ingredient, not by its name."""
    raw = yaml.safe_load(PACKAGED.read_text("utf-8"))
    raw["pregnancy"][0][field] = value
    bad = tmp_path / "drugs.yaml"
    bad.write_text(yaml.safe_dump(raw), "utf-8")
    with pytest.raises(KnowledgeError):
        load_knowledge(bad)


@pytest.mark.parametrize("generic", ["ibuprofen", "naproxen", "aspirin"])
def test_nsaid_poison_advice_is_the_labels_sentence_as_read(generic: str) -> None:
    """The NSAIDs' overdose advice is quoted, never written: its words stand in the
    source that was read, it is the overdose sentence alone (not "Keep out of reach of
    children"), and it says nothing of acetaminophen's liver nor the alarm word."""
    drug = get_drug(generic)
    assert drug is not None and drug.poison_advice and drug.poison_advice_source
    advice, source = drug.poison_advice, " ".join(drug.poison_advice_source.split())
    assert advice.startswith("In case of overdose, get medical help or contact a Poison")
    assert advice in source
    assert drug.max_daily is not None  # quoted only past a labelled maximum
    assert not FORBIDDEN_TEXT.search(advice)
    assert not re.search(r"liver|acetaminophen|emergency|reach of children", advice, re.I)
