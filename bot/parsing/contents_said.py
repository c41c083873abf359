"""What a medicine holds, told of it: "zerodol sp has aceclofenac, paracetamol and
serratiopeptidase", "Dolo 650 is just paracetamol 650", "crocin = paracetamol + caffeine".
Describing a pill is not taking it: such a clause is never a dose (Sandbox, Bengaluru:
"dolo 650 is paracetamol 650" was logged as 650 mg of paracetamol taken). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from bot.knowledge import resolve_name as knowledge_name
from bot.parsing.composition import Part, composition
from bot.parsing.medications import Meds
from bot.parsing.patterns import SKIP_VERB, TAKEN_VERB
from bot.parsing.spelling import is_english_word
from bot.parsing.text import normalise

# "<medicine> is / has / contains / = … <what it holds>": the word that says it holds, the
# words that soften it after, and the words that end it. (Searched for, never matched from
# a lazy start: every clause with an "is" is tried, and that backtracked on each one.)
_HOLDS: Final = re.compile(
    r"\s*(?:=|\bis\s+made\s+(?:up\s+)?of\b|\bconsists?\s+of\b|\bcomprises?\b|\bcontains?\b|"
    r"\bhas\s+got\b|\bhas\b|\bhave\s+got\b|\bhave\b|\bincludes?\b|\bis\b|\bare\b|'s\b)\s*"
    r"(?:(?:just|only|simply|basically|actually|really|nothing\s+but|pure|plain|"
    r"(?:a\s+)?(?:combination|combo|mix|mixture)\s+of|made\s+(?:up\s+)?of|inside|in\s+it)\s+)*"
)
_HOLDS_END: Final = re.compile(
    r"(?:\s+(?:in\s+it|inside|in\s+each\s+(?:tablet|tab|capsule|cap)|"
    r"per\s+(?:tablet|tab|capsule|cap)))?\W*$"
)
# The words before the medicine's name ("my zerodol", "the dolo 650 tablet")
_BEFORE: Final = re.compile(r"^(?:my|the|this|that|your|his|her|our)\s+")
_FORM: Final = re.compile(r"\s+(?:tablets?|tabs?|pills?|capsules?|caps?)$")
# "650 mg paracetamol": the amount said before the ingredient's name — first in the list,
# or after what parts it ("100 mg aceclofenac + 325 mg paracetamol"); never the amount
# of the ingredient before it ("chlorzoxazone 250 mg paracetamol 300 mg" was read as
# "paracetamol 250 mg", no composition, and logged as three doses: Sandbox, Pune)
_AMOUNT_FIRST: Final = re.compile(
    r"(?P<pre>^|[,+;&]\s*|\b(?:and|plus|with)\s+)"
    r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|g)?\s+(?P<name>[a-z][a-z-]{3,})\b"
)
# "250 mg chlorzoxazone 300 mg paracetamol": every amount said first, nothing between
_ALL_AMOUNTS_FIRST: Final = re.compile(
    r"\b(?P<pre>)(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>mg|mcg|g)?\s+(?P<name>[a-z][a-z-]{3,})\b"
)
# "aceclofenac 100 paracetamol 325": one part ends where its amount does
_AFTER_AMOUNT: Final = re.compile(r"(\d(?:\s*(?:mg|mcg|g)\b)?)\s+(?=[a-z][a-z-]{3,})")


def says_no_taking(message: str) -> bool:
    """Whether a message (normalised) says no dose taken or skipped: only then can it be
    telling what a medicine holds ("dolo 650 has paracetamol, took 2 at 9" is a Dolo
    taken). Read once per message: the two verb patterns are the parser's largest."""
    return not (TAKEN_VERB.search(message) or SKIP_VERB.search(message))


@dataclass(frozen=True)
class Told:
    """What a medicine holds, told of it."""

    #: The medicine's name as said ("myospaz", "zerodol sp"), its "my"/"tablets" gone.
    subject: str
    parts: tuple[Part, ...]


def tells_contents(clause: str, meds: Meds) -> bool:
    """Whether `clause` (normalised, lower case) only says what a named medicine holds:
    its name, a word that says "holds", and ingredients (each a medicine the knowledge
    file has by its own name, or a word no English word is), with or without amounts.
    Asked only of a message that says no taking or skipping (`says_no_taking`): anything
    else said in the clause keeps it what it was."""
    return _told_of(clause, meds) is not None


def contents_told(text: str, meds: Meds) -> Told | None:
    """The medicine a whole message says what it holds of, and what it holds ("myospaz
    has chlorzoxazone 250 mg paracetamol 300 mg", "zerodol-p: aceclofenac 100 +
    paracetamol 325"); None when it says anything else, a taking or skipping too."""
    low = _NAME_COLON.sub(" ", normalise(text)).strip().rstrip(".!")
    if not says_no_taking(low):
        return None
    return _told_of(low, meds) or _told_after_name(low)


# "zerodol-p: aceclofenac 100 + …": the colon after the name
_NAME_COLON: Final = re.compile(r"(?<=[a-z0-9-]):(?!\d)\s*")


def _told_of(clause: str, meds: Meds) -> Told | None:
    text = clause.strip()
    m = _HOLDS.search(text, 1)
    if m is None:
        return None
    rest = text[m.end() :]
    if (end := _HOLDS_END.search(rest)) is not None:
        rest = rest[: end.start()]
    subject = _FORM.sub("", _BEFORE.sub("", text[: m.start()].strip()))
    if not rest or not subject or len(subject.split()) > 4:
        return None
    if not _names_a_medicine(subject, meds):
        return None
    parts = _ingredients(rest)
    return None if parts is None else Told(subject, parts)


def tells_contents_after_name(clause: str) -> bool:
    """ "zerodol-p: aceclofenac 100 + paracetamol 325" (the colon gone when normalised): a
    combination's name, then two or more of the ingredients it holds and nothing else
    (asked, as `tells_contents` is, only where no taking or skipping is said)."""
    return _told_after_name(clause) is not None


def _told_after_name(clause: str) -> Told | None:
    words = clause.split()
    for n in (3, 2, 1):
        match = knowledge_name(" ".join(words[:n])) if len(words) > n else None
        if match is None or not match.exact or not match.drug.is_combination:
            continue
        parts = _ingredients(" ".join(words[n:]))
        if parts is None or len(parts) < 2:
            return None
        held = set(match.drug.ingredients)
        known = [p.generic for p in parts if p.generic is not None]
        ok = bool(known) and all(g in held for g in known)
        return Told(" ".join(words[:n]), parts) if ok else None
    return None


def _names_a_medicine(subject: str, meds: Meds) -> bool:
    """A medicine's name: one the person or the knowledge file has, or a brand not known
    yet ("pregabid is pregabalin 75"): words no English word is."""
    if meds.mentions(subject) or knowledge_name(subject) is not None:
        return True
    words = [w for w in subject.split() if not w.isdigit()]
    return (
        0 < len(words) <= 3
        and _BRAND_WORD.fullmatch(words[0]) is not None
        and not any(is_english_word(w) for w in words)
    )


_BRAND_WORD: Final = re.compile(r"[a-z][a-z-]{3,}")


def _ingredients(rest: str) -> tuple[Part, ...] | None:
    first = _ALL_AMOUNTS_FIRST if rest.strip()[:1].isdigit() else _AMOUNT_FIRST
    rest = first.sub(
        lambda m: f"{m['pre']}{m['name']} {m['amount']}{(' ' + m['unit']) if m['unit'] else ''}",
        rest.strip(),
    )
    rest = _AFTER_AMOUNT.sub(r"\1, ", rest.strip())
    return composition(rest, least=1, amounts=False)
