"""What one tablet of a product holds, said ingredient by ingredient, as printed on the
box: "aceclofenac 100 + paracetamol 325 + serratiopeptidase 15", "pregabalin 75 mg,
methylcobalamin 750 mcg". A composition, never doses taken: nothing is swallowed in it
(Sandbox, Bengaluru: said while /add asked the strength of Zerodol-SP, two doses she
never took were logged, and the paracetamol in it was never counted). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.knowledge import get_drug
from bot.knowledge import resolve_name as knowledge_name
from bot.knowledge.local_names import local_names
from bot.parsing.patterns import TAKEN_VERB
from bot.parsing.spelling import is_english_word
from bot.parsing.text import normalise
from bot.parsing.vocabulary import knowledge_resolver, resolve_name

# The parser's own resolver (bot.parsing.parser.DEFAULT_RESOLVE), built here so that the
# parser can read a composition told as what a medicine holds without a circular import.
_RESOLVE = knowledge_resolver(knowledge_name, fallback=resolve_name)


@dataclass(frozen=True)
class Part:
    """One ingredient of a product, as said."""

    #: The ingredient's name as written, lower case ("aceclofenac", "paracetamol").
    name: str
    #: The knowledge file's medicine it is (US name: "acetaminophen"); None when unknown.
    generic: str | None
    amount: float | None
    unit: str | None

    @property
    def said(self) -> str:
        """ "aceclofenac 100 mg", "serratiopeptidase 15": as told, its unit when said."""
        if self.amount is None:
            return self.name
        return f"{self.name} {self.amount:g}{f' {self.unit}' if self.unit else ''}"


# Between the parts: "+", ",", ";", "&", "and", "plus", "with" (never the comma of 1,000).
_BETWEEN = re.compile(r"\s*(?:\+|,(?!\d{3}\b)|;|&|\band\b|\bplus\b|\bwith\b)\s*")
_PART = re.compile(
    r"^(?P<name>[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)\s*:?\s*"
    r"(?P<amount>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|µg|ug|g|iu|units?)?$"
)
_NAME_ONLY = re.compile(r"^(?P<name>[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?)(?P<amount>)(?P<unit>)$")
_UNITS = {"µg": "mcg", "ug": "mcg", "unit": "IU", "units": "IU", "iu": "IU"}
# "chlorzoxazone 250 mg paracetamol 300 mg": one part ends where its amount does, with no
# "+" or "," said between (Sandbox, Pune: Myospaz's two were kept as "250/300" alone).
_AFTER_AMOUNT = re.compile(r"(?<=\d)((?:\s*(?:mg|mcg|µg|ug|g|iu|units?)\b)?)\s+(?=[a-z][a-z-]{3,})")
# "chlorzoxazone + paracetamol 250/300": the names, then their amounts in the same order.
_SLASHED = re.compile(
    r"^(?P<name>.*?[a-z-])\s+(?P<amounts>\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)+)"
    r"\s*(?P<unit>mg|mcg|µg|ug|g)?$"
)
# The endings ingredients share (an English word too: "caffeine").
_ENDING = re.compile(r".{3,}(?:ine|phen|fenac|profen|coxib|oxicam|azole|pam|lam|ase)")
# International names of the knowledge file's medicines (paracetamol is acetaminophen).
_INTERNATIONAL = {v: k for k, v in local_names("Europe/London").items()}


def composition(text: str, *, least: int = 2, amounts: bool = True) -> tuple[Part, ...] | None:
    """Each ingredient with its strength, when `text` is nothing else: `least` parts or
    more, each an ingredient's name (a medicine the knowledge file has, by its own name,
    or a word no English word is) and its amount (or not, unless `amounts`). None for
    anything else, and whenever a taking is said ("took paracetamol 500 and ibuprofen
    400": doses)."""
    low = normalise(text).strip().rstrip(".!")
    if TAKEN_VERB.search(low):
        return None
    pieces = [p for p in _BETWEEN.split(low) if p]
    pieces = _slashed(pieces) or [
        q for p in pieces for q in _AFTER_AMOUNT.sub(r"\1\n", p).split("\n") if q
    ]
    if len(pieces) < least:
        return None
    parts: list[Part] = []
    for piece in pieces:
        part = _part(piece, amounts)
        if part is None:
            return None
        parts.append(part)
    if len({p.name for p in parts}) != len(parts):
        return None
    return tuple(parts)


def _slashed(pieces: list[str]) -> list[str] | None:
    """ "chlorzoxazone", "paracetamol 250/300" as "chlorzoxazone 250", "paracetamol 300":
    one amount to each name, in the order said; None when it is not that."""
    m = _SLASHED.match(pieces[-1]) if pieces else None
    if m is None:
        return None
    names = [*pieces[:-1], m["name"]]
    values = [v.strip() for v in m["amounts"].split("/")]
    if len(values) != len(names) or any(_NAME_ONLY.match(n) is None for n in names):
        return None
    unit = f" {m['unit']}" if m["unit"] else ""
    return [f"{n} {v}{unit}" for n, v in zip(names, values, strict=True)]


def _part(piece: str, amounts: bool) -> Part | None:
    m = _PART.match(piece) or (None if amounts else _NAME_ONLY.match(piece))
    if m is None:
        return None
    name = m["name"]
    amount = float(m["amount"].replace(",", "")) if m["amount"] else None
    unit = m["unit"]
    unit = _UNITS.get(unit, unit) if unit else None
    generic = _ingredient(name)
    if generic is None and any(
        is_english_word(w) and not _ENDING.fullmatch(w) for w in name.split()
    ):
        return None  # "tab 1", "morning 8": not an ingredient (caffeine is one)
    return Part(name=name, generic=generic, amount=amount, unit=unit)


def _ingredient(name: str) -> str | None:
    """The knowledge file's medicine `name` is the ingredient's own name of (never a
    brand: "dolo 650 + pan 40" are products, not what one tablet holds)."""
    resolved = _RESOLVE(name)
    if resolved is None:
        return None
    generic = resolved.lower()
    if get_drug(generic) is None:
        return None
    return generic if name in (generic, *_names_of(generic)) else None


def _names_of(generic: str) -> tuple[str, ...]:
    return tuple(k for k, v in _INTERNATIONAL.items() if v == generic)


def joined_strength(parts: tuple[Part, ...]) -> tuple[str | None, str | None]:
    """The strength as the box prints it, "100/325/15", and its unit when every part has
    the same one (or none said): ("100/325/15", "mg"). Parts in different units are
    written with theirs ("75mg/750mcg", no unit). (None, None) when too long to keep."""
    if any(p.amount is None for p in parts):
        return None, None
    units = {p.unit for p in parts}
    if len(units) == 1:
        strength = "/".join(f"{p.amount:g}" for p in parts)
        unit = next(iter(units))
    else:
        strength = "/".join(f"{p.amount:g}{p.unit or ''}" for p in parts)
        unit = None
    return (strength, unit) if len(strength) <= 20 else (None, None)
