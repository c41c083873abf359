"""What a medicine holds, told of it: "zerodol sp has aceclofenac, paracetamol and
serratiopeptidase", "Dolo 650 is just paracetamol 650", "crocin = paracetamol + caffeine".
Describing a pill is not taking it: such a clause is never a dose (Sandbox, Bengaluru:
"dolo 650 is paracetamol 650" was logged as 650 mg of paracetamol taken). Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from bot.knowledge import resolve_name as knowledge_name
from bot.parsing.composition import Part, composition
from bot.parsing.medications import Meds
from bot.parsing.patterns import SKIP_VERB, TAKEN_VERB
from bot.parsing.spelling import is_english_word
from bot.parsing.text import normalise

# The words that soften "holds" after it: "is just", "has a mix of", "has in it".
_SOFTLY: Final = (
    r"(?:(?:just|only|simply|basically|actually|really|nothing\s+but|pure|plain|"
    r"(?:a\s+)?(?:combination|combo|mix|mixture)\s+of|made\s+(?:up\s+)?of|inside|in\s+it)\s+)*"
)
# "<medicine> is / has / contains / = … <what it holds>": the word that says it holds, the
# words that soften it after, and the words that end it. (Searched for, never matched from
# a lazy start: every clause with an "is" is tried, and that backtracked on each one.)
_HOLDS: Final = re.compile(
    r"\s*(?:=|\bis\s+made\s+(?:up\s+)?of\b|\bconsists?\s+of\b|\bcomprises?\b|\bcontains?\b|"
    r"\bhas\s+got\b|\bhas\b|\bhave\s+got\b|\bhave\b|\bincludes?\b|\bis\b|\bare\b|'s\b)\s*" + _SOFTLY
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


# What the medicine just named holds, told beside its dose: "took 2 myospaz, it has
# chlorzoxazone 250 mg and paracetamol 300 mg", "… which contains …", "each one is 325
# acetaminophen" (Sandbox, Pune: logged as three doses, the day's paracetamol counted twice)
_BESIDE: Final = re.compile(
    r"\b(?:(?:(?:it|which|that|this|they|these|those|each(?:\s+(?:one|tablet|tab|pill|capsule|cap))?)"
    r"\s+(?:has\s+got|has|have\s+got|have|contains?|includes?|is\s+made\s+(?:up\s+)?of|is|are))"
    r"|(?:it|that|each\s+one|they)'?(?:s|re)|containing|contains)\b\s*" + _SOFTLY
)
# "took myospaz with 300 mg paracetamol in it": the contents between "with" and "in it"
_WITH_IN_IT: Final = re.compile(
    r"\bwith\s+(?P<x>[^.!?;()]+?)\s+(?:in\s+(?:it|them|each(?:\s+(?:one|tablet|tab|pill))?)|"
    r"inside|per\s+(?:tablet|tab|pill|capsule|cap))\b"
)
# "took 2 co-codamol (paracetamol 500 / codeine 8)": the contents in brackets after the
# name, its strength or count perhaps between
_BRACKETED: Final = re.compile(r"\((?P<x>[^()]{4,120})\)")
_NAME_TO_BRACKET: Final = re.compile(r"[\s\d./x]*(?:mg|mcg)?\s*(?:tabs?|tablets?|caps?)?\s*")
# Where what the medicine holds can end: the sentence, or a part of the list told
_SENTENCE_END: Final = re.compile(r"[!?;\n()]|(?<!\d)\.|\.(?!\d)")
_PART_END: Final = re.compile(r"\s*(?:,(?!\d{3}\b)|\band\b|\bplus\b|\+|\bbut\b|\bthen\b)\s*")
# "… and 1 naproxen": a few pills of another medicine taken, never what one holds
_PILLS_COUNTED: Final = re.compile(r"(?:^|[,+]|\band|\bplus)\s*[1-4](?:\.5)?\s+[a-z]")
_SLASH_BETWEEN: Final = re.compile(r"\s*/\s*(?=[a-z])")


@dataclass(frozen=True)
class Beside:
    """What a medicine holds, told beside its dose, and where it is said."""

    told: Told
    start: int
    end: int


def contents_beside(text: str, meds: Meds | Callable[[], Meds]) -> Told | None:
    """What the medicine a message says taken holds, told in the same message ("took 2
    myospaz, it has chlorzoxazone 250 mg and paracetamol 300 mg"); None when none is.
    `meds` may be made only when needed: most dose messages tell no contents, and the
    person's names cost more to read than the check (it runs beside every dose told)."""
    said = beside_dose(normalise(text), meds)
    return said[0].told if said else None


def cut_contents(low: str, meds: Meds) -> str:
    """`low` (normalised) without what a medicine named as taken holds, told beside it:
    its ingredients are no doses ("took 2 myospaz, it has … paracetamol 300 mg")."""
    said = beside_dose(low, meds)
    for each in reversed(said):
        low = f"{low[: each.start]} {low[each.end :]}"
    return " ".join(low.split()) if said else low


def beside_dose(low: str, meds: Meds | Callable[[], Meds]) -> list[Beside]:
    """Each telling of what a medicine holds, in a message that says a dose taken or
    skipped, of the medicine named last before it. The leads are looked for first: they
    are cheaper than the verbs, and most messages have none."""
    leads = [
        *((m.start(), m.end(), None) for m in _BESIDE.finditer(low)),
        *((m.start(), m.end(), m["x"]) for m in _WITH_IN_IT.finditer(low)),
        *((m.start(), m.end(), m["x"]) for m in _BRACKETED.finditer(low)),
    ]
    if not leads or says_no_taking(low):
        return []
    named = (meds if isinstance(meds, Meds) else meds()).mentions(low)
    out: list[Beside] = []
    for start, end, inside in sorted(leads):
        if out and start < out[-1].end:
            continue
        product = next((n for n in reversed(named) if n.end <= start), None)
        if product is None:
            continue
        if inside is None:
            found = _listed_from(low, end)
        else:
            between = low[product.end : start]
            near = low[start] != "(" or _NAME_TO_BRACKET.fullmatch(between) is not None
            held = _ingredients(_SLASH_BETWEEN.sub(", ", inside)) if near else None
            found = (held, end) if held is not None else None
        if found is not None:
            told = Told(low[product.start : product.end], found[0])
            out.append(Beside(told, _joined(low, start), found[1]))
    return out


def _listed_from(low: str, at: int) -> tuple[tuple[Part, ...], int] | None:
    """The ingredients said from `at` to the end of its sentence, or of an earlier part of
    it ("…, it has paracetamol 300 and codeine 8, pain 6"), and where they end."""
    stop = _SENTENCE_END.search(low, at)
    tail = low[at : stop.start() if stop else len(low)]
    ends = [len(tail), *(m.start() for m in _PART_END.finditer(tail))]
    for cut in sorted(set(ends), reverse=True):
        said = tail[:cut]
        if (close := _HOLDS_END.search(said)) is not None:
            said = said[: close.start()]
        counted = _PILLS_COUNTED.search(said) is not None
        parts = _ingredients(said) if said.strip() and not counted else None
        if parts is not None:
            return parts, at + cut
    return None


def _joined(low: str, start: int) -> int:
    """Where a telling starts with what joins it to the dose before: ", and it has" """
    before = low[:start].rstrip(" ,:-")
    for word in (" and", " but"):
        if before.endswith(word):
            before = before[: -len(word)].rstrip(" ,:-")
    return len(before)
