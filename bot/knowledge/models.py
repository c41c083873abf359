"""Pydantic models that validate ``drugs.yaml``.

The YAML file is data; these models are its schema. Validation happens once, when
:mod:`bot.knowledge` is imported, so a malformed row stops the bot at startup
instead of producing a wrong safety message later.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

SideEffect = Literal[
    "drowsiness",
    "dizziness",
    "nausea",
    "vomiting",
    "constipation",
    "diarrhea",
    "stomach_pain",
    "heartburn",
    "black_stools",
    "dry_mouth",
    "headache",
    "itching",
    "rash",
    "swelling",
    "confusion",
    "insomnia",
    "fatigue",
    "sweating",
    "weight_gain",
    "blurred_vision",
]
"""Side-effect keys allowed by PRODUCT.md §5 (the ``side_effect`` intent)."""

SIDE_EFFECT_KEYS: tuple[str, ...] = get_args(SideEffect)

#: Side effects the chat also reads and keeps beyond the contract's list: the signs a
#: label names for a syndrome (serotonin syndrome's shaking, muscle jerks, agitation,
#: hallucinations, racing heart, feeling very hot). They go into the record, the summary
#: and the report, never into the `backtrack parse` output (PRODUCT.md §5).
MORE_SIDE_EFFECT_KEYS: tuple[str, ...] = (
    "tremor",
    "muscle_jerks",
    "agitation",
    "hallucinations",
    "racing_heart",
    "feeling_hot",
    "rigidity",
    "incoordination",
)
#: What a syndrome's signs may be: a side effect (of either list), or the red flag
#: "fever" (the parser reads a fever as one, whatever the regimen).
SIGN_KEYS: tuple[str, ...] = (*SIDE_EFFECT_KEYS, *MORE_SIDE_EFFECT_KEYS, "fever")

SeverityName = Literal["info", "caution", "warning"]


Route = Literal["oral", "transdermal", "topical"]

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

# Words no safety text may contain: "emergency"/"crisis" are reserved for red-flag
# replies, and the bot never gives dose advice.
FORBIDDEN_TEXT = re.compile(
    r"\b(emergency|crisis|take less|take more|stop taking|double (?:the|your) dose|"
    r"reduce your dose|increase your dose|skip (?:a|the|your) dose)\b",
    re.IGNORECASE,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Strength(_Frozen):
    """One marketed strength: the amount of each ingredient in one unit."""

    label: NonEmpty
    amounts: dict[str, float]
    unit: Literal["mg", "mcg/hr", "%"] = "mg"
    # Sold only under these names (UK co-codamol 30/500 beside US Tylenol #3 300/30):
    # a strength with names is read only for a medicine called so.
    names: tuple[str, ...] = ()

    @property
    def one_amount(self) -> float | None:
        """The amount of a one-ingredient strength; None for a combination's."""
        return next(iter(self.amounts.values())) if len(self.amounts) == 1 else None

    @model_validator(mode="after")
    def _positive(self) -> Strength:
        if not self.amounts:
            raise ValueError(f"strength {self.label!r} lists no amounts")
        for ingredient, amount in self.amounts.items():
            if amount <= 0:
                raise ValueError(f"strength {self.label!r}: {ingredient} must be > 0")
        return self


class MaxDaily(_Frozen):
    """Labelled adult maximum per 24 hours."""

    unit: Literal["mg", "patch"]
    otc: float | None = Field(default=None, gt=0)
    rx: float | None = Field(default=None, gt=0)
    note: str | None = None
    source: NonEmpty

    @model_validator(mode="after")
    def _one_limit(self) -> MaxDaily:
        if self.otc is None and self.rx is None:
            raise ValueError("max_daily needs an otc or an rx limit")
        if self.otc is not None and self.rx is not None and self.otc > self.rx:
            raise ValueError("max_daily.otc must not exceed max_daily.rx")
        return self

    @property
    def absolute(self) -> float:
        """The highest labelled limit (prescription if given, else OTC)."""
        values = [v for v in (self.otc, self.rx) if v is not None]
        return max(values)


ProductUnit = Literal["tablet", "capsule", "patch", "g", "dose"]
_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "tablet": ("tablet", "tablets"),
    "capsule": ("capsule", "capsules"),
    "patch": ("patch", "patches"),
    "g": ("g", "g"),
    "dose": ("dose", "doses"),
}


def unit_word(unit: str, n: float) -> str:
    """A product unit as a word for `n` of it: "tablet", "patches", "g"."""
    one, many = _UNIT_WORDS[unit]
    return one if abs(n - 1) < 1e-9 else many


class ProductMax(_Frozen):
    """A product label's own maximum in units a day (Norco 10/325: 6 tablets), checked
    beside each ingredient's maximum; ``by_strength`` when it differs by strength."""

    unit: ProductUnit
    per_day: float | None = Field(default=None, gt=0)
    by_strength: dict[str, float] = {}
    note: str | None = None
    source: NonEmpty

    @model_validator(mode="after")
    def _some_limit(self) -> ProductMax:
        if self.per_day is None and not self.by_strength:
            raise ValueError("product_max needs per_day or by_strength")
        if any(v <= 0 for v in self.by_strength.values()):
            raise ValueError("product_max.by_strength values must be > 0")
        return self

    def for_strength(self, label: str | None) -> float | None:
        """The maximum for one strength label ("10/325"), else the general one."""
        if label is not None and label in self.by_strength:
            return self.by_strength[label]
        return self.per_day


class _QuotedLimit(_Frozen):
    """A limit quoted to the person in the label's own words."""

    text: NonEmpty
    source: NonEmpty

    @model_validator(mode="after")
    def _wording(self) -> _QuotedLimit:
        if FORBIDDEN_TEXT.search(self.text):
            raise ValueError(f"{type(self).__name__}: text uses forbidden wording")
        return self


class CourseLimit(_QuotedLimit):
    """A labelled limit on how long a medicine is used (ketorolac: 5 days)."""

    days: int = Field(gt=0)


class MinInterval(_QuotedLimit):
    """The shortest gap between doses a label gives (Aleve: 8 to 12 hours).

    `products`: when `text` quotes one maker's labels (Tylenol's strengths), the names it
    is the label of; any other product of the ingredient (Crocin, Dolo 650 in Pune) is
    told `ingredient_text` instead, the gap as a fact of the ingredient's labels, never
    another brand's words as its own label's."""

    hours: float = Field(gt=0)
    products: tuple[str, ...] = ()
    ingredient_text: str | None = None

    @model_validator(mode="after")
    def _ingredient(self) -> MinInterval:
        if self.products and not self.ingredient_text:
            raise ValueError("MinInterval: products needs ingredient_text for every other one")
        if self.ingredient_text and FORBIDDEN_TEXT.search(self.ingredient_text):
            raise ValueError("MinInterval: ingredient_text uses forbidden wording")
        return self


class DosePack(_Frozen):
    """A pack whose printed directions fix the dose day by day (methylprednisolone 4 mg,
    21 tablets over 6 days): called by one of `names`, each day's tablets in order."""

    names: tuple[str, ...] = Field(min_length=1)
    tablet_mg: float = Field(gt=0)
    tablets_by_day: tuple[int, ...] = Field(min_length=1)
    source: NonEmpty

    @model_validator(mode="after")
    def _days(self) -> DosePack:
        if any(n <= 0 for n in self.tablets_by_day):
            raise ValueError("DosePack: every day of a pack holds at least one tablet")
        return self


class Form(_Frozen):
    """A form of a medicine that is not interchangeable with the plain one (tramadol
    extended-release, Gralise, Voltaren gel): its own strengths and limits, chosen by
    the name the medicine is called by."""

    name: NonEmpty
    names: tuple[str, ...] = Field(min_length=1)
    route: Route | None = None
    # mg of the ingredient in 1 mg as written on the pack, for a salt labelled by its
    # own weight (naproxen sodium 550 mg holds 500 mg naproxen: 500/550).
    as_ingredient: float = Field(default=1.0, gt=0, le=1)
    strengths: tuple[Strength, ...] = ()
    max_daily: MaxDaily | None = None
    product_max: ProductMax | None = None
    course_limit: CourseLimit | None = None
    min_interval: MinInterval | None = None
    notes: str | None = None
    source: NonEmpty


class Mme(_Frozen):
    """CDC 2022 MME conversion factor; ``factor=None`` means not counted."""

    factor: float | None = Field(default=None, gt=0)
    per: Literal["mg", "mcg/hr"] = "mg"
    less_reliable: bool = False
    source: NonEmpty


class DrugClass(_Frozen):
    label: NonEmpty
    side_effects: tuple[SideEffect, ...] = Field(min_length=1)
    source: NonEmpty
    # Red flags the class's Medication Guide names as needing help right away, each with
    # one sentence naming the person's medicine ({meds}) added to the alarm reply.
    # Keys are red-flag codes (PRODUCT.md §5; a test holds them to the parser's list).
    danger_signs: dict[str, str] = {}
    danger_signs_source: str | None = None

    @model_validator(mode="after")
    def _danger_signs(self) -> DrugClass:
        if self.danger_signs and not self.danger_signs_source:
            raise ValueError(f"{self.label}: danger_signs need a danger_signs_source")
        for text in self.danger_signs.values():
            if "{meds}" not in text:
                raise ValueError(f"{self.label}: a danger sign sentence must name {{meds}}")
            if FORBIDDEN_TEXT.search(text):
                raise ValueError(f"{self.label}: danger sign sentence uses forbidden wording")
        return self


#: Up to this long, an alias is a shortening ("apap", "ibu", "oxy"), read as the generic
#: itself; longer, it may be the ingredient's name in another country.
_SHORTENING = 4


def _first_word(name: str) -> str:
    return next(iter(re.findall(r"[a-z0-9]+", name.lower())), "")


class Drug(_Frozen):
    """One knowledge row: a single medicine or a fixed combination product."""

    generic: NonEmpty
    display: str | None = None
    # False for a row that is only an ingredient of products (caffeine in Excedrin): its
    # generic name alone does not mean the medicine ("too much caffeine" is coffee).
    named: bool = True
    brands: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    misspellings: tuple[str, ...] = ()
    classes: tuple[str, ...] = Field(min_length=1)
    ingredients: tuple[str, ...] = Field(min_length=1)
    primary: str | None = None
    route: Route = "oral"
    strengths: tuple[Strength, ...] = ()
    max_daily: MaxDaily | None = None
    product_max: ProductMax | None = None
    course_limit: CourseLimit | None = None
    min_interval: MinInterval | None = None
    dose_pack: DosePack | None = None
    forms: tuple[Form, ...] = ()
    mme: Mme | None = None
    side_effects: tuple[SideEffect, ...] | None = None
    side_effects_source: str | None = None
    overdose_note: str | None = None
    # The label's own words for what to do after too much (acetaminophen's Drug Facts
    # "Overdose warning", the NSAIDs' "In case of overdose ..."), quoted when a logged
    # total passes the labelled maximum (with a dose of the person's own in it; scheduled
    # doses alone only where `overdose_note` names the harm: bot.domain.safety
    # .counts_every_dose).
    poison_advice: str | None = None
    poison_advice_source: str | None = None
    notes: str | None = None
    source: NonEmpty

    @property
    def name(self) -> str:
        """Human-readable name (``display`` or the generic)."""
        return self.display or self.generic

    @property
    def is_combination(self) -> bool:
        return len(self.ingredients) > 1

    @property
    def primary_ingredient(self) -> str:
        return self.primary or self.ingredients[0]

    def is_other_name(self, word: str) -> bool:
        """Whether `word` is this ingredient's name elsewhere in the world ("paracetamol"
        for acetaminophen, "pethidine" for meperidine): an alias of one word that is
        neither the generic, a brand, nor a shortening ("apap", "ibu", "oxy")."""
        low = word.lower()
        return (
            low in self.aliases
            and low != self.generic
            and low.isalpha()
            and len(low) > _SHORTENING
            and low not in {b.lower() for b in self.brands}
        )

    def brand_family(self, name: str | None) -> str | None:
        """The brand a name is of, by its first word of letters and digits ("tylenol" of
        "Tylenol Extra Strength", "zerodol" of "Zerodol-P" and "zerodol p"); None for the
        ingredient's own name, or a name that is no brand of it."""
        word = _first_word(name or "")
        if not word or word in self.generic.split("/") or self.is_other_name(word):
            return None
        return word if word in {_first_word(b) for b in self.brands} else None

    def form_for(self, name: str | None) -> Form | None:
        """The form a medicine called `name` is ("ConZip" → extended-release), if any;
        the longest matching form name wins."""
        low = f" {_plain(name)} "
        best: tuple[int, Form] | None = None
        for form in self.forms:
            for n in form.names:
                key = f" {_plain(n)} "
                if key in low and (best is None or len(key) > best[0]):
                    best = (len(key), form)
        return best[1] if best else None

    def unit_of_strength(
        self, value: float, strengths: tuple[Strength, ...] | None = None
    ) -> str | None:
        """ "mg" or "mcg" when `value` is the primary ingredient's amount in one of
        `strengths` (default: all of them), else None ("lyrica 75" is 75 mg; a patch's
        "fentanyl 25" is micrograms an hour, never milligrams)."""
        for st in self.strengths if strengths is None else strengths:
            if abs(st.amounts.get(self.primary_ingredient, -1.0) - value) < 1e-6:
                return "mg" if st.unit == "mg" else "mcg"
        return None

    def strengths_for(self, name: str | None = None) -> tuple[Strength, ...]:
        """The strengths a medicine called `name` may have: its form's (ConZip 100–300),
        those sold under that name ("co-codamol"), else those sold under no particular
        name."""
        form = self.form_for(name)
        if form is not None and form.strengths:
            return form.strengths
        low = " ".join((name or "").lower().replace("-", " ").split())

        def matched(s: Strength) -> int:
            return max((len(n) for n in s.names if n.replace("-", " ") in low), default=0)

        # "Panadeine Forte" is the 500/30 strength, not also plain Panadeine's 500/8.
        best = max((matched(s) for s in self.strengths), default=0)
        named = tuple(s for s in self.strengths if best and matched(s) == best)
        if named:
            return named
        return tuple(s for s in self.strengths if not s.names) or self.strengths

    def strengths_with_primary(self, amount_mg: float, name: str | None = None) -> list[Strength]:
        """Marketed mg strengths whose main ingredient is `amount_mg` (Norco 10 → 10/325),
        among those a medicine called `name` may have."""
        primary = self.primary_ingredient
        return [
            s
            for s in self.strengths_for(name)
            if s.unit == "mg" and abs(s.amounts[primary] - amount_mg) < 1e-6
        ]

    @model_validator(mode="after")
    def _consistent(self) -> Drug:
        if self.generic != self.generic.lower():
            raise ValueError(f"{self.generic}: generic names are lower case")
        if len(set(self.ingredients)) != len(self.ingredients):
            raise ValueError(f"{self.generic}: duplicate ingredient")
        if self.primary is not None and self.primary not in self.ingredients:
            raise ValueError(f"{self.generic}: primary {self.primary!r} is not an ingredient")
        if not self.is_combination and self.ingredients[0] != self.generic:
            raise ValueError(f"{self.generic}: single-ingredient rows list themselves")
        for strength in self.strengths:
            if set(strength.amounts) != set(self.ingredients):
                raise ValueError(
                    f"{self.generic}: strength {strength.label!r} must give an amount for "
                    f"each ingredient {list(self.ingredients)}"
                )
        if self.is_combination and (self.max_daily is not None or self.mme is not None):
            raise ValueError(
                f"{self.generic}: combination rows take max_daily and mme from their "
                "ingredients' rows (their own tablet limit is product_max)"
            )
        for form in self.forms:
            for strength in form.strengths:
                if set(strength.amounts) != set(self.ingredients):
                    raise ValueError(
                        f"{self.generic} {form.name}: strength {strength.label!r} must give "
                        f"an amount for each ingredient {list(self.ingredients)}"
                    )
            if self.is_combination and form.max_daily is not None:
                raise ValueError(f"{self.generic} {form.name}: use product_max on a combination")
        if self.mme is not None and "opioid" not in self.classes:
            raise ValueError(f"{self.generic}: only opioids have an MME factor")
        if (self.poison_advice is None) != (self.poison_advice_source is None):
            raise ValueError(f"{self.generic}: poison_advice needs its source, and back")
        if self.poison_advice and FORBIDDEN_TEXT.search(self.poison_advice):
            raise ValueError(f"{self.generic}: poison_advice uses forbidden wording")
        if self.side_effects is not None and not self.side_effects_source:
            raise ValueError(f"{self.generic}: side_effects need a side_effects_source")
        return self


def _plain(name: str | None) -> str:
    """Lower case, hyphens and dots as spaces: how form names are compared."""
    return " ".join((name or "").lower().replace("-", " ").replace(".", " ").split())


class Selector(_Frozen):
    """Matches a drug by class or by active ingredient."""

    classes: tuple[str, ...] = ()
    ingredients: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> Selector:
        if not self.classes and not self.ingredients:
            raise ValueError("a selector needs classes or ingredients")
        return self

    def matches(self, drug: Drug) -> bool:
        return any(c in self.classes for c in drug.classes) or any(
            i in self.ingredients for i in drug.ingredients
        )


class SyndromeSigns(_Frozen):
    """The signs a pair's labels name for the syndrome the pair can cause (serotonin
    syndrome: mental status changes, autonomic instability, neuromuscular signs), in
    the labels' groups. Told together by someone taking the pair, the chat answers them
    with the red-flag reply and records `code` as a red flag."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
    name: NonEmpty
    groups: dict[str, tuple[str, ...]] = Field(min_length=2)
    source: NonEmpty

    @model_validator(mode="after")
    def _signs(self) -> SyndromeSigns:
        for group, signs in self.groups.items():
            unknown = set(signs) - set(SIGN_KEYS)
            if not signs or unknown:
                raise ValueError(f"{self.code} {group}: signs must be among {SIGN_KEYS}")
        return self


class CombinationRule(_Frozen):
    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
    severity: SeverityName
    a: Selector
    b: Selector
    message: NonEmpty
    source: NonEmpty
    # The risk in a few words, with its source, for the clinician's first page.
    report: NonEmpty
    # The risk in a few words for the person, said in one line when the pair was told in
    # full lately ("rare risk of serotonin syndrome"); None: told in full every time (an
    # amount, as two NSAIDs or two opioids, is said whole at every dose).
    brief: NonEmpty | None = None
    # More general rules this one replaces for the same pair (Soma with an opioid says
    # more than "a muscle relaxant with an opioid").
    supersedes: tuple[str, ...] = ()
    # The same fact, under the same source, for one product holding an ingredient of each
    # side ("{product} holds {a} and {b}, …"); None: such a product is told nothing.
    one_product: str | None = None
    # The syndrome the pair can cause, and the labels' signs of it.
    signs: SyndromeSigns | None = None

    @model_validator(mode="after")
    def _message(self) -> CombinationRule:
        if "{a}" not in self.message or "{b}" not in self.message:
            raise ValueError(f"{self.code}: message must mention {{a}} and {{b}}")
        if FORBIDDEN_TEXT.search(self.message):
            raise ValueError(f"{self.code}: message uses forbidden wording")
        if self.brief is not None and FORBIDDEN_TEXT.search(self.brief):
            raise ValueError(f"{self.code}: brief uses forbidden wording")
        one = self.one_product
        if one is not None and not all(k in one for k in ("{product}", "{a}", "{b}")):
            raise ValueError(f"{self.code}: one_product must mention {{product}}, {{a}}, {{b}}")
        if one is not None and FORBIDDEN_TEXT.search(one):
            raise ValueError(f"{self.code}: one_product uses forbidden wording")
        return self

    @property
    def symmetric(self) -> bool:
        """True when both sides are the same selector (e.g. two NSAIDs)."""
        return self.a == self.b


# Words a pregnancy fact may not say: it is the label's fact, never whether to go on with
# a medicine (that is the doctor's or the pharmacist's, asked soon).
_ADVICE = re.compile(
    r"\b(?:stop|continue|keep\s+taking|carry\s+on|don't\s+take|do\s+not\s+take|it'?s\s+safe|is\s+safe|"
    r"your\s+next\s+visit)\b",
    re.IGNORECASE,
)


class PregnancyFact(_Frozen):
    """What a label or a regulator says of pregnancy, for the medicines of a class, those
    holding an ingredient, or (the file holding no row for it) a medicine called by one of
    `names`: one sentence naming ``{meds}``, said with `cite` (the source in a few words)."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
    classes: tuple[str, ...] = ()
    ingredients: tuple[str, ...] = ()
    # Ingredients the fact leaves out (low-dose aspirin is not in the NSAID warning)
    except_ingredients: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    text: NonEmpty
    cite: NonEmpty
    source: NonEmpty

    @model_validator(mode="after")
    def _wording(self) -> PregnancyFact:
        if not (self.classes or self.ingredients or self.names):
            raise ValueError(f"{self.code}: a pregnancy fact needs classes, ingredients or names")
        if "{meds}" not in self.text:
            raise ValueError(f"{self.code}: a pregnancy fact must name {{meds}}")
        if FORBIDDEN_TEXT.search(self.text) or _ADVICE.search(self.text):
            raise ValueError(f"{self.code}: a pregnancy fact says facts, never advice")
        return self

    def matches(self, drug: Drug | None, name: str) -> bool:
        """Whether the fact is said of `drug` (its row; None: unknown), called `name`."""
        if drug is not None:
            if any(i in self.except_ingredients for i in drug.ingredients):
                return False
            if any(c in self.classes for c in drug.classes) or any(
                i in self.ingredients for i in drug.ingredients
            ):
                return True
        words = set(_plain(name).split())
        return any(n in words for n in self.names)


class MmeGuidance(_Frozen):
    threshold: float = Field(gt=0)
    quote_recommendation: NonEmpty
    quote_threshold: NonEmpty
    source: NonEmpty
    note_conversion: NonEmpty
    note_less_reliable: NonEmpty
    note_buprenorphine: NonEmpty
    note_as_needed_max: NonEmpty
    note_incomplete: NonEmpty


class Knowledge(_Frozen):
    version: int
    sources: dict[str, str] = {}
    classes: dict[str, DrugClass]
    drugs: tuple[Drug, ...] = Field(min_length=1)
    combinations: tuple[CombinationRule, ...]
    mme_guidance: MmeGuidance
    pregnancy: tuple[PregnancyFact, ...] = ()

    @model_validator(mode="after")
    def _cross_check(self) -> Knowledge:
        generics = [d.generic for d in self.drugs]
        dupes = {g for g in generics if generics.count(g) > 1}
        if dupes:
            raise ValueError(f"duplicate generic rows: {sorted(dupes)}")
        known = set(generics)
        all_ingredients: set[str] = set()
        for drug in self.drugs:
            for cls in drug.classes:
                if cls not in self.classes:
                    raise ValueError(f"{drug.generic}: unknown class {cls!r}")
            for ingredient in drug.ingredients:
                all_ingredients.add(ingredient)
                if ingredient not in known:
                    raise ValueError(f"{drug.generic}: ingredient {ingredient!r} needs its own row")
        for rule in self.combinations:
            for selector in (rule.a, rule.b):
                for cls in selector.classes:
                    if cls not in self.classes:
                        raise ValueError(f"{rule.code}: unknown class {cls!r}")
                for ingredient in selector.ingredients:
                    if ingredient not in all_ingredients:
                        raise ValueError(f"{rule.code}: unknown ingredient {ingredient!r}")
        codes = [r.code for r in self.combinations]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate combination rule codes")
        for fact in self.pregnancy:
            for cls in fact.classes:
                if cls not in self.classes:
                    raise ValueError(f"pregnancy {fact.code}: unknown class {cls!r}")
            for ingredient in (*fact.ingredients, *fact.except_ingredients):
                if ingredient not in all_ingredients:
                    raise ValueError(f"pregnancy {fact.code}: unknown ingredient {ingredient!r}")
            claimed = [n for n in fact.names if n in known]
            if claimed:
                raise ValueError(f"pregnancy {fact.code}: {claimed} have rows; select them so")
        pcodes = [f.code for f in self.pregnancy]
        if len(set(pcodes)) != len(pcodes):
            raise ValueError("duplicate pregnancy fact codes")
        for rule in self.combinations:
            unknown = set(rule.supersedes) - set(codes)
            if unknown:
                raise ValueError(f"{rule.code}: supersedes unknown rules {sorted(unknown)}")
        return self
