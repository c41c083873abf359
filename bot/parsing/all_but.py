"""A reminder answered for every medicine but one: "all but the tramadol", "took
everything except the muscle relaxant" — each medicine of the list taken, the named one
not. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.parsing.drug_kinds import KINDS, of_kind

__all__ = ["all_but", "says_all_but", "says_every", "says_the_rest", "told_as_one"]

_ALL_BUT = re.compile(
    # at the start, or after a greeting or a report ("morning! pain 5, took everything …")
    r"(?:^|(?<=[,.;!?])|\band\s+)\W*(?:(?:i\s+)?(?:took|taken|had|done)\s+)?(?:them\s+|em\s+)?(?:all|everything|all\s+of\s+them|the\s+lot|"
    r"all\s+(?:my\s+|the\s+)?(?:meds|pills|tablets|medicines?|medication|doses)|"
    # "took my morning ones except the naproxen", "had my usual meds bar the tramadol"
    r"(?:all\s+)?(?:my\s+|the\s+)(?:morning|evening|night|nighttime|bedtime|usual|other|am|pm)\s+"
    r"(?:ones|meds|pills|tablets|tabs|medicines?|medications?|doses))\s+"
    # ("all tablets taken after breakfast except tramadol": when, said between; "took em
    # all at 7:30 but skipped the motrin")
    r"(?:(?:(?:taken|done|had)\b|(?=at\s|around\s|about\s|with\s|this\s))[^,.;!?]{0,40}?\s+)?"
    r"(?:but(?:\s+(?:skipped|not|didn'?t\s+take|left\s+out|missed))?|except(?:\s+for)?|apart\s+from|"
    r"bar|minus|other\s+than|besides)\s+(?:the\s+|my\s+)?(?P<rest>[^,.;!?]+)"
)
# "took them all", "skip both", "all done", "everything taken": every dose open now, not
# only the latest reminder's.
_EVERY = re.compile(
    r"\b(?:all|both|them|everything|every\s+one|each|the\s+lot)\b|"
    # "I don take my morning drugs": every one of them, not the latest alone (Sandbox, Lagos)
    r"\bmy\s+(?:morning|night|nighttime|evening|bedtime|am|pm)\s+(?:meds|drugs|pills|tablets|tabs|"
    r"medicines|medications)\b"
)


def says_every(text: str) -> bool:
    """Whether an unnamed answer is about every open dose ("took them all", "skip both")."""
    return _EVERY.search(text.lower()) is not None


# "took it", "had that one": one dose; never beside words of several ("took em", "meds taken")
_ONE = re.compile(r"\b(?:it|that\s+one|this\s+one|the\s+one)\b")
_SEVERAL = re.compile(r"\b(?:em|meds|medicines?|pills|tablets|tabs|doses)\b|'em\b")


def told_as_one(text: str) -> bool:
    """ "took it", "yep had that one": one dose meant, however many are due together."""
    low = text.lower()
    return bool(_ONE.search(low)) and not _EVERY.search(low) and not _SEVERAL.search(low)


# "I changed the patch. And I took the tablets.", "oxy done, had the rest with lunch": the
# other doses of the same reminder, told unnamed beside a named one
_THE_REST = re.compile(
    r"\b(?:took|taken|had|done|swallowed|popped)\s+(?:all\s+)?(?:the|my)\s+(?:other\s+)?"
    r"(?:tablets|pills|tabs|capsules|meds|medicines|rest|others|other\s+ones)\b|"
    r"\b(?:the|my)\s+(?:other\s+)?(?:tablets|pills|tabs|capsules|meds|rest|others|other\s+ones)\s+"
    r"(?:too|as\s+well|also|taken|done)\b|"
    r"\band\s+(?:all\s+)?(?:the|my)\s+(?:other\s+)?"
    r"(?:tablets|pills|tabs|capsules|meds|rest|others|other\s+ones)\b(?!\s+(?:of|is|are|was|were)\b)"
)


def says_the_rest(text: str) -> bool:
    """Whether an unnamed dose beside a named one is the reminder's other doses ("I
    changed the patch. And I took the tablets.")."""
    return _THE_REST.search(text.lower()) is not None


def says_all_but(text: str) -> bool:
    """Whether the message answers for every medicine but some (cheap: it runs on every
    message, on the text as written, lower-cased)."""
    return _ALL_BUT.search(text.lower()) is not None


def all_but(
    low: str, meds: Sequence[str], named: Callable[[str], list[str]]
) -> tuple[list[str], list[str]] | None:
    """(taken, not taken) of the person's `meds` for "all but X"; None when the message
    is not one, or names nothing of the list. `named` finds the medicines a text names."""
    m = _ALL_BUT.search(low)
    if m is None or not meds:
        return None
    rest = m["rest"]
    said = named(rest)
    left_out = [g for g in said if g in meds]
    for words, classes in KINDS:
        if words.search(rest):
            left_out += of_kind(classes, meds)
    if not left_out and not said:
        return None
    # "all but the naproxen" with no naproxen waiting: the rest taken, and never the
    # naproxen named as one more taken.
    return [g for g in meds if g not in left_out], sorted(set(left_out), key=list(meds).index)
