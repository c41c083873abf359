"""Finding the medicines a clause names, preferring the user's own regimen."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from bot.knowledge import all_drugs, get_drug, multiword_names
from bot.parsing.drug_kinds import KINDS, of_kind
from bot.parsing.patterns import (
    ANOTHER_DOSE,
    COUNT_BEFORE_MED,
    NOT_MEDS,
    NUMBER_AFTER_NAME,
    OTC_PARTNERS,
    WORD,
)
from bot.parsing.spelling import is_english_word
from bot.parsing.vocabulary import PRODUCT_NAME, Resolve, product_name_key


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    generic: str


@cache
def _multiword() -> re.Pattern[str]:
    """Product names of several words that say more than their first ("tylenol pm",
    "ultram er"), longest first, so the first word alone is not read instead."""
    names = sorted(multiword_names(), key=len, reverse=True)
    # "2 more co codamols": the plural names the product too.
    return re.compile(r"\b(?P<name>" + "|".join(re.escape(n) for n in names) + r")s?\b")


# The variant part of a product's name ("2 more extra strength", "a liqui-gel") names the
# one medicine in the person's list whose name carries it, as people say of their own.
_VARIANT = re.compile(
    r"\b(?P<v>(?:extra|maximum|max|regular|rapid|fast)[\s-]strength|"
    r"(?:liqui|liquid)[\s-]?gels?|gel\s?caps?|caplets?)(?:e?s)?\b"
)
_VARIANT_KEY = re.compile(r"[\s-]|s$")
_MAY_NAME_VARIANT = re.compile(r"strength|gel|caplet")


@cache
def _sold_as(key: str) -> frozenset[str]:
    """The single medicines the knowledge file sells in a variant ("extrastrength":
    acetaminophen's Extra Strength)."""
    return frozenset(
        d.generic
        for d in all_drugs()
        if "/" not in d.generic
        and any(key in _variant_key(n.lower()) for f in d.forms for n in (f.name, *f.names))
    )


def carries_variant(name: str) -> bool:
    """Whether a product's name has a variant part people may name it by alone."""
    return _VARIANT.search(name.lower()) is not None


def _variant_key(words: str) -> str:
    """ "extra-strength", "liqui gels" -> "extrastrength", "liquigel"."""
    return _VARIANT_KEY.sub("", words)


# Shortenings that are dictionary words too ("pred"), read as a medicine only when one in
# the person's own list starts with them; "tram" is not one ("took a tram to town").
_SHORTENED = frozenset({"pred"})
# What says a word is a medicine taken: counted ("1 tram", "another 2 of the forte"), owned
# ("my tram") or dosed after ("tram 50", "forte x2", "tram ✅") — never where a tram goes
# ("a tram to work", "a tram home", "the tram").
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+(?:\.\d+)?|one|two|three|four|a|an|my|another|half\s+a)\s+"
    r"(?:(?:more|x)\s+)?(?:of\s+(?:the|my)\s+)?$"
)
_DOSED_AFTER = re.compile(
    r"\s*x\s*\d|\s+\d{2,4}(?:\.\d+)?\s*(?:mg\b|$|[^\d:.])|\s*[\u2705\u274c\u2714\u2716]"
    r"|\s+(?:done|taken|skipped)\b"
)
_NOT_A_DOSE_AFTER = re.compile(
    r"\s+(?:to|into|home|back|across|through|from|over|up|down|stop|station|ride|journey|line|"
    r"driver|ticket|route|service|there|here|in|out|instead|was|is|were|came|stopped)\b"
)
# A short form followed by the occasion it names is that occasion ("cyclo class at 6", "osteo
# appt"), and one a verb other than taking has before "the" is someone ("saw the osteo").
_AN_OCCASION = re.compile(
    r"\s+(?:class(?:es)?|appt|appointment|session|visit|lesson|clinic|ride|tour|trip)\b"
)
_THE_BEFORE = re.compile(r"\bthe\s+$")
_TAKING_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|taken|had|have|having|popped|pop|popping|swallowed|"
    r"skipped|skip|skipping|missed|miss|missing|forgot|forget|forgetting|forgotten|stopped|"
    r"stopping|restarted|restarting|need|needed|needing|on|off)"
    r"\s+(?:(?:\d+|one|two|a|an)\s+(?:of\s+)?)?(?:the|my)\s+$"
)


def said_as_a_dose(clause: str, start: int, end: int) -> bool:
    """Whether the word at `start`:`end` is counted, owned or dosed as a medicine is ("2 tram",
    "forte x2", "tram 50"), not where a tram goes ("a tram to work")."""
    if _NOT_A_DOSE_AFTER.match(clause, end):
        return False
    return bool(_COUNTED_BEFORE.search(clause[:start]) or _DOSED_AFTER.match(clause, end))


def said_as_another_thing(clause: str, start: int, end: int) -> bool:
    """Whether a medicine's short form names something else here: the occasion after it
    ("cyclo class", "osteo appt") or someone seen ("saw the osteo", never "took the osteo")."""
    if _AN_OCCASION.match(clause, end):
        return True
    before = clause[:start]
    return bool(_THE_BEFORE.search(before)) and not _TAKING_BEFORE.search(before)


#: What may stand beside a medicine's name in a dose said alone: a strength, a count
_DOSE_ONLY = re.compile(
    r"\s*(?:(?:x\s*)?\d+(?:[.,/]\d+)?(?:\s*(?:x|mg|mcg|g|ml|tabs?|tablets?|pills?|caps?|capsules?))?\s*|"
    r"(?:one|two|three|four|half)\s*)*"
)


class Meds:
    """Finds medication mentions, preferring the user's own regimen."""

    def __init__(self, meds: Sequence[str], resolve: Resolve) -> None:
        # Once each: a taper's steps are one medicine listed twice ("prednisone" at 40 mg,
        # then at 20 mg), and "pred" must still be the one listed medicine it starts
        # (Sandbox, New York: "skip pred" skipped the naproxen due beside it too).
        named = list(dict.fromkeys(" ".join(m.lower().split()) for m in meds if m and m.strip()))
        self.resolve = resolve
        # A product named beside its own generic ("tylenol extra strength" beside
        # "acetaminophen") is there for its variant only: "tylenol" is still the generic.
        self._products = [m for m in named if carries_variant(m)]
        beside = {m for m in self._products if self._generic_beside(m, named)}
        self.meds = [m for m in named if m not in beside]
        self._first_words = {m.split()[0]: m for m in self.meds}
        self._own_words = self._distinctive_words()
        self._dose_words = self._words_of_a_dose_only()
        self._seen: dict[str, list[Mention]] = {}
        self._brands: dict[str, str] | None = None

    def _prefer(self, generic: str) -> str:
        if generic in self.meds:
            return generic
        parts = sorted(generic.split("/"))
        for med in self.meds:
            if "/" in generic and sorted(med.split("/")) == parts:
                return med  # "acetaminophen/codeine" is their "codeine/acetaminophen"
        for med in self.meds:
            # "lidocaine" -> the user's "lidocaine patch"; "oxycodone" or "codeine" ->
            # their "oxycodone/acetaminophen" or "acetaminophen/codeine". A plain
            # over-the-counter partner (tylenol, advil) is its own medicine: folding it
            # into the combination would record an opioid dose that was never taken.
            if med.startswith(generic + " ") or (
                generic not in OTC_PARTNERS and generic in med.split("/")
            ):
                return med
        return generic

    def match_word(self, word: str) -> str | None:
        return self._match(word)[0]

    def _match(self, word: str) -> tuple[str | None, bool]:
        """The listed medicine `word` names, and whether it is a short form of it (the
        start of its name, or its product's own word) that may name something else."""
        w = word.strip("'-")
        if w.endswith("'s"):
            w = w[:-2]
        if len(w) < 3 or w in NOT_MEDS:
            return None, False
        if w in self._first_words:
            return self._first_words[w], False
        if w in ("patch", "patches"):
            # "put the patch on": their one patch, whatever it is called.
            patches = [m for m in self.meds if "patch" in m]
            if len(patches) == 1:
                return patches[0], False
        generic = self.resolve(w)
        if generic:
            return self._prefer(generic.lower()), False
        if w in self._own_words:
            return self._own_words[w], True  # "2 emzor": their "paracetamol emzor"
        if len(w) >= 4 and (not is_english_word(w) or w in _SHORTENED):
            # "pred", "dulox": the start of one medicine in their own list
            started = [m for m in self.meds if m.startswith(w)]
            if len(started) == 1:
                return started[0], True
        if len(w) >= 5 and self.meds:
            best = process.extractOne(w, self.meds, scorer=fuzz.ratio, score_cutoff=80)
            if best is not None and best[0][0] == w[0]:
                return best[0], False
            if not is_english_word(w):
                return self._brand_of_mine(w), False
        return None, False

    def _distinctive_words(self) -> dict[str, str]:
        """The maker's or product's word a listed name of several words has after its
        first ("emzor" of "paracetamol emzor"), that people call it by alone: a word no
        medicine and no English word is, and of one listed name only."""
        owners: dict[str, set[str]] = {}
        for med in self.meds:
            for word in re.findall(r"[a-z][a-z'-]{3,}", med)[1:]:
                owners.setdefault(word, set()).add(med)
        return {
            word: next(iter(meds))
            for word, meds in owners.items()
            if len(meds) == 1
            and word not in NOT_MEDS
            and not is_english_word(word)
            and not carries_variant(word)
            and self.resolve(word) is None
        }

    def _words_of_a_dose_only(self) -> dict[str, str]:
        """Words that are English too, read as one listed medicine only where a dose is
        said ("2 tram", "another 2 of the forte"): the start of its name ("tram" of
        tramadol) or its product's own word ("forte" of Panadeine Forte), of one listed
        name only (two listed Fortes: neither)."""
        owners: dict[str, set[str]] = {}
        for med in self.meds:
            # (never a word of its variant, "extra" of Tylenol Extra Strength: see _variants)
            for word in re.findall(r"[a-z][a-z'-]{3,}", _VARIANT.sub(" ", med))[1:]:
                owners.setdefault(word, set()).add(med)
            first = re.match(r"[a-z]+", med)
            for n in range(4, len(first.group()) if first else 0):
                owners.setdefault(med[:n], set()).add(med)
        return {
            word: next(iter(meds))
            for word, meds in owners.items()
            if len(meds) == 1
            and word not in NOT_MEDS
            and is_english_word(word)
            and word not in _SHORTENED
            and not ANOTHER_DOSE.fullmatch(word)
            and not carries_variant(word)
            and self.resolve(word) is None
        }

    def _brand_of_mine(self, word: str) -> str | None:
        """ "narco" for their Norco, listed by its generic: a brand of one of their own
        medicines, misspelt (a misspelt brand of none of theirs stays unknown)."""
        if self._brands is None:
            self._brands = {}
            for med in self.meds:
                drug = get_drug(med)
                for brand in drug.brands if drug else ():
                    low = brand.lower()
                    if low.isalpha() and len(low) >= 5:
                        self._brands.setdefault(low, med)
        best = process.extractOne(word, list(self._brands), scorer=fuzz.ratio, score_cutoff=80)
        if best is None or best[0][0] != word[0]:
            return None
        return self._brands[best[0]]

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each medicine is named in `text`."""
        return [(m.start, m.end) for m in self.mentions(text)]

    def only_a_dose(self, text: str) -> bool:
        """Whether `text` is one medicine named with at most its strength or count
        ("co-codamol x2", "naproxen 500", "2 tramadol"), nothing else said."""
        named = self.mentions(text)
        if len(named) != 1:
            return False
        rest = text[: named[0].start] + " " + text[named[0].end :]
        return _DOSE_ONLY.fullmatch(rest) is not None

    def mentions(self, clause: str) -> list[Mention]:
        # Asked again by the pain reader for the same clause: remembered per message.
        cached = self._seen.get(clause)
        if cached is not None:
            return cached
        out = _one_combination(clause, self._find(clause), self.meds, self._generic_of)
        self._seen[clause] = out
        return out

    def _find(self, clause: str) -> list[Mention]:
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if "tylenol" in clause or "contin" in clause:
            for m in PRODUCT_NAME.finditer(clause):
                generic = self.resolve(product_name_key(m))
                if generic:
                    out.append(Mention(m.start(), m.end(), self._prefer(generic.lower())))
                    taken.append((m.start(), m.end()))
        for m in _multiword().finditer(clause):
            if any(a <= m.start() < b for a, b in taken):
                continue
            out.append(Mention(m.start(), m.end(), self._prefer(multiword_names()[m["name"]])))
            taken.append((m.start(), m.end()))
        if self._products or _MAY_NAME_VARIANT.search(clause):
            self._variants(clause, out, taken)
        for words, classes in KINDS:
            # "my nerve pill", "the muscle relaxer": the one of theirs of that kind
            for m in words.finditer(clause):
                mine = of_kind(classes, self.meds)
                if len(mine) == 1 and not any(a <= m.start() < b for a, b in taken):
                    out.append(Mention(m.start(), m.end(), mine[0]))
                    taken.append((m.start(), m.end()))
        for m in WORD.finditer(clause):
            if any(a <= m.start() < b for a, b in taken):
                continue
            generic, short = self._match(m.group())
            if generic is None and m.group() in self._dose_words:
                if said_as_a_dose(clause, m.start(), m.end()):
                    out.append(Mention(m.start(), m.end(), self._dose_words[m.group()]))
                continue
            if short and said_as_another_thing(clause, m.start(), m.end()):
                continue
            if generic is not None:
                out.append(Mention(m.start(), m.end(), generic))
        if taken:
            out.sort(key=lambda mention: mention.start)
        return out

    def _generic_beside(self, product: str, named: Sequence[str]) -> str | None:
        """The generic of `product` when the list names it too."""
        generic = self.resolve(product.split()[0])
        return generic.lower() if generic and generic.lower() in named else None

    def _variants(self, clause: str, out: list[Mention], taken: list[tuple[int, int]]) -> None:
        for m in _VARIANT.finditer(clause):
            if any(a <= m.start() < b for a, b in taken):
                continue
            key = _variant_key(m["v"])
            carrying = [med for med in self._products if key in _variant_key(med)]
            if len(carrying) == 1:
                product = carrying[0]
                generic = self._generic_beside(product, self.meds) or product
                out.append(Mention(m.start(), m.end(), generic))
                taken.append((m.start(), m.end()))
            elif not carrying:
                # Their "tylenol" and "2 more extra strength": the one medicine of theirs
                # sold in that variant (never "tylenol pm", which is not).
                sold = _sold_as(key)
                owners = [med for med in self.meds if self._generic_of(med) in sold]
                if len(owners) == 1:
                    out.append(Mention(m.start(), m.end(), owners[0]))
                    taken.append((m.start(), m.end()))

    def _generic_of(self, med: str) -> str | None:
        generic = self.resolve(med) or self.resolve(med.split()[0])
        return generic.lower() if generic else None


def near_name(clause: str, mm: Mention) -> tuple[int, int]:
    """The span of a medicine's name with the count before it and the number after it."""
    start = mm.start
    before = COUNT_BEFORE_MED.search(clause[: mm.start])
    if before is not None:
        start = before.start()
    after = NUMBER_AFTER_NAME.match(clause, mm.end)
    return start, after.end() if after else mm.end


# (only signs: "norco with tylenol" is two products)
_JOINED = re.compile(r"\s*[+/&]\s*|\s+")
_SLASHED = re.compile(r"\s*/\s*")
_AND = re.compile(r"\s+(?:and|n|&)\s+")


@cache
def _combinations() -> dict[frozenset[str], str]:
    """The knowledge file's combination products by their parts."""
    return {frozenset(d.generic.split("/")): d.generic for d in all_drugs() if "/" in d.generic}


def combination_of(one: str, other: str) -> bool:
    """Whether generics `one` and `other` are parts of one combination product."""
    return any({one, other} <= parts for parts in _combinations())


def combination_named(one: str, other: str) -> str | None:
    """The generic of the product made of `one` and `other` alone ("acetaminophen/codeine"),
    or None."""
    return _combinations().get(frozenset({one, other}))


def _one_combination(
    clause: str,
    found: list[Mention],
    listed: Sequence[str] = (),
    generic_of: Callable[[str], str | None] = lambda _: None,
) -> list[Mention]:
    """ "tramadol+paracetamol", "tramadol paracetamol" when the list holds
    tramadol/acetaminophen, "oxycodone/acetaminophen 5/325" whatever it holds: one product
    named by its parts, not a dose of each (the acetaminophen counted twice).
    `generic_of` reads a listed name found for a part ("paracetamol emzor")."""
    out: list[Mention] = []
    for mm in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and "/" in prev.generic
            # the part may have been read as a listed product of it: "tramadol/paracetamol"
            # beside a listed "Paracetamol Emzor" is one tablet of Ultracet, not two
            and (
                mm.generic in prev.generic.split("/")
                or generic_of(mm.generic) in prev.generic.split("/")
            )
            and _JOINED.fullmatch(clause, prev.end, mm.start)
        ):
            out[-1] = Mention(prev.start, mm.end, prev.generic)
            continue
        if (
            prev is not None
            and "/" in mm.generic
            and (
                prev.generic in mm.generic.split("/")
                and (
                    _JOINED.fullmatch(clause, prev.end, mm.start)
                    # ("paracetamol and codeine" is two medicines only for one who takes both)
                    or (prev.generic not in listed and _AND.fullmatch(clause, prev.end, mm.start))
                )
                or generic_of(prev.generic) in mm.generic.split("/")
                and _SLASHED.fullmatch(clause, prev.end, mm.start) is not None
            )
        ):
            # "paracetamol codeine" when the list holds the product and "codeine" named it
            out[-1] = Mention(prev.start, mm.end, mm.generic)
            continue
        combined = (
            _combinations().get(frozenset(generic_of(m.generic) or m.generic for m in (prev, mm)))
            if prev is not None and _SLASHED.fullmatch(clause, prev.end, mm.start)
            else None
        )
        if prev is not None and combined is not None:
            out[-1] = Mention(prev.start, mm.end, combined)  # written as the product's name
            continue
        out.append(mm)
    return out
