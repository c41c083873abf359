"""A medicine's name broken into words by voice typing: "the trauma doll" (tramadol),
"celeb rex" (Celebrex), "hydro more phone" (hydromorphone).

Speech-to-text spells a name it does not know as the words it sounds like. Runs of two to
four words are joined and compared, as sounds, with the names of the person's own
medicines only (each generic, its brands and aliases): a run becomes that name when it
is close to it and no word of it is a medicine on its own. Matching only their list keeps
an everyday pair of words ("grab a pen") from turning into some other medicine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from bot.knowledge import all_drugs, get_drug

__all__ = ["join_spoken_names"]

_WORD = re.compile(r"[a-z]+")
#: How alike a run and a name must sound (rapidfuzz ratio, 0-100, on the sound-alike forms).
_ALIKE = 84
#: A short name ("mo bic") must be said almost exactly: few letters leave little to go on.
_ALIKE_SHORT = 95
_SHORT = 7
_SHORTEST_NAME = 5
_MOST_WORDS = 4


@lru_cache(maxsize=4096)
def _sound(word: str) -> str:
    """A rough sound-alike form: "ph" as "f", "y"/"ee"/"ea" as "i", no doubled letters."""
    w = word.replace("ph", "f").replace("ck", "k").replace("ee", "i").replace("ea", "i")
    w = w.replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=512)
def _names_of(generic: str) -> tuple[tuple[str, str], ...]:
    """(sound-alike form, name) of every one-word name of a listed medicine."""
    names = {generic}
    drug = get_drug(generic)
    if drug is not None:
        names |= {n.lower() for n in (*drug.brands, *drug.aliases)}
    words = {n for n in names if " " not in n and "/" not in n and len(n) >= _SHORTEST_NAME}
    return tuple((_sound(n), n) for n in sorted(words))


@lru_cache(maxsize=512)
def _names_in(
    regimen: tuple[str, ...],
) -> tuple[tuple[tuple[str, str], ...], frozenset[str], frozenset[str]]:
    """The regimen's (sound, name) pairs, the sounds' first two letters, and the letters a
    word may start with to open one ("ph" sounds as "f")."""
    names = tuple(pair for generic in regimen for pair in _names_of(generic))
    firsts = frozenset(sound[:2] for sound, _ in names)
    letters = frozenset(first[0] for first in firsts) | {"p"}
    return names, firsts, letters


#: Words too common to open a name said in pieces (each a message's everyday glue).
_NEVER_OPENS: Final = frozenset(
    {"a", "an", "and", "at", "but", "for", "had", "i", "in", "is", "it", "me", "my", "no"}
    | {"not", "of", "on", "or", "so", "the", "to", "took", "was", "with"}
)

#: Words a report needs as themselves, never a piece of a name: "pain max 8" is no
#: "Panamax" (a paracetamol brand). ("back lo fen" is still baclofen: "back" is said as
#: a piece of it.)
_KEPT_WHOLE: Final = frozenset({"pain", "pains", "dose", "doses", "pill", "pills", "score"})


@lru_cache(maxsize=1)
def _every_long_name() -> frozenset[str]:
    """Every one-word name the knowledge file has, of 8 letters or more: a run of words
    that spells one exactly is that medicine, on the list or not."""
    names: set[str] = set()
    for drug in all_drugs():
        names |= {n.lower() for n in (drug.generic, *drug.brands, *drug.aliases)}
    return frozenset(n for n in names if n.isalpha() and len(n) >= 8)


#: A long name spelled in pieces may slip a letter ("hydro more phone"), no more.
_NEARLY = 92
_LONG = 10
_PIECE = 7  # a piece of a name said in parts is a short word


@lru_cache(maxsize=1)
def _long_names_by_start() -> dict[tuple[str, int], tuple[str, ...]]:
    """The long names by (first letter, length): a run is compared only with its own."""
    out: dict[tuple[str, int], list[str]] = {}
    for name in _every_long_name():
        if len(name) >= _LONG:
            out.setdefault((name[0], len(name)), []).append(name)
    return {key: tuple(sorted(names)) for key, names in out.items()}


def _nearly(joined: str, every: frozenset[str]) -> str | None:
    """The long known name `joined` spells all but a letter of, if one."""
    if len(joined) < _LONG:
        return None
    by_start = _long_names_by_start()
    for size in range(len(joined) - 2, len(joined) + 3):
        for name in by_start.get((joined[0], size), ()):
            if fuzz.ratio(joined, name, score_cutoff=_NEARLY):
                return name
    return None


@lru_cache(maxsize=1)
def _name_starts() -> frozenset[str]:
    """The first three letters of every long name."""
    return frozenset(name[:3] for name in _every_long_name())


def _spelled_exactly(low: str) -> str:
    """`low` with each run of two to four words that spells a known name exactly ("hydro
    more phone") written as it: a medicine not (yet) on the list, said in pieces, became
    an unnamed "took 3" that answered the Tylenol reminder (Sandbox, Toronto)."""
    words = list(_WORD.finditer(low))
    every = _every_long_name()
    starts = _name_starts()

    def spelled_at(i: int) -> tuple[int, str] | None:
        if "".join(w.group() for w in words[i : i + 2])[:3] not in starts:
            return None  # (this runs on every message: most words open no name)
        for end in range(min(i + _MOST_WORDS, len(words)), i + 1, -1):
            run = words[i:end]
            if any(low[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
                continue
            joined = "".join(w.group() for w in run)
            # (pieces only: "amitriptyline at" is a name and a word, never a near name)
            pieces = all(len(w.group()) < _PIECE for w in run)
            name = joined if joined in every else (_nearly(joined, every) if pieces else None)
            if name is not None:
                return end, name
        return None

    return _written_as(low, words, spelled_at)


def _written_as(
    low: str, words: list[re.Match[str]], found_at: Callable[[int], tuple[int, str] | None]
) -> str:
    """`low` with each run of `words` that `found_at` names (from a word's index: the
    index after the run, and the name) written as that name."""
    out: list[str] = []
    at = i = 0
    while i < len(words):
        hit = found_at(i)
        if hit is None:
            i += 1
            continue
        end, name = hit
        out += [low[at : words[i].start()], name]
        at = words[end - 1].end()
        i = end
    return "".join(out) + low[at:] if out else low


def join_spoken_names(
    low: str,
    regimen: Sequence[str],
    medicine_of: Callable[[str], str | None] = lambda _: None,
) -> str:
    """`low` with each run of words that sounds like one of `regimen`'s names (generic
    names) written as that name; a run with a word that is another medicine by itself
    (`medicine_of`) is left. A run that spells any known name exactly is that name too."""
    low = _spelled_exactly(low)
    names, firsts, letters = _names_in(tuple(regimen))
    if not names:
        return low
    words = list(_WORD.finditer(low))
    every = _every_long_name()  # (cached: no set built per message)
    own = {name for _, name in names}

    def sounded_at(i: int) -> tuple[int, str] | None:
        # (most words start no name's sound: passed over at the cost of a set look-up;
        # a whole name already is no piece of one: "gabapentin box" stays)
        word = words[i].group()
        opens = word[0] in letters and word not in _NEVER_OPENS and _sound(word[:3])[:2] in firsts
        whole = word in every or word in own
        hit = _run_at(words, i, names, low) if opens and not whole else None
        if hit is None:
            return None
        # ("gabby pen tin": a nickname's word opening the run of the same medicine is
        # part of it; the strength after it had been lost behind "pen tin")
        run = [w.group() for w in words[i : hit[0]]]
        named = [medicine_of(w) for w in run]
        # (a word that is another of their own medicines keeps the run apart; one that is
        # a medicine they do not take is a piece of the name: "pre gabba lynn")
        if any(m not in (None, medicine_of(hit[1])) and m in regimen for m in named):
            return None
        if any(named) and any(len(w) >= _PIECE or w in _NEVER_OPENS for w in run):
            return None  # "gabapentn at 8": a misspelt name whole, and the word after it
        return hit

    return _written_as(low, words, sounded_at)


def _run_at(
    words: list[re.Match[str]],
    i: int,
    names: Sequence[tuple[str, str]],
    low: str,
) -> tuple[int, str] | None:
    """The run of words from `i` (one space apart) that sounds most like a name: the
    closest, and of those the shortest ("gaba pen tin", never "gaba pen tin box")."""
    best: tuple[int, str] | None = None
    best_score = 0.0
    for end in range(i + 2, min(i + _MOST_WORDS, len(words)) + 1):
        run = words[i:end]
        if any(low[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
            break  # only words said one after another
        if any(w.group() in _KEPT_WHOLE for w in run):
            break
        joined = "".join(w.group() for w in run)
        if len(joined) < _SHORTEST_NAME:
            continue
        sound = _sound(joined)
        for name_sound, name in names:
            if (
                name_sound[0] != sound[0]
                or abs(len(name_sound) - len(sound)) > len(name_sound) // 3
            ):
                continue
            cutoff = _ALIKE_SHORT if len(name_sound) < _SHORT else _ALIKE
            score = fuzz.ratio(sound, name_sound, score_cutoff=cutoff)
            if score > best_score:
                best, best_score = (end, name), score
    return best
