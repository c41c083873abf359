"""The medicines a person lists as how they take them, not one dose taken: "naproxen 500
twice a day, omeprazole 20 in the morning, amitriptyline 10 at night and tramadol 50 when
needed", "I take gabapentin 300 three times a day" (Sandbox, Chicago: a newcomer's whole
list was logged as omeprazole taken at 08:00 and tramadol last night). Read here: each
medicine not on the list, with its words as the one-line /add reads them. Pure, like the
rest of bot.parsing."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Final, NamedTuple

from bot.parsing.experiencer import someone_elses
from bot.parsing.medications import Meds, combination_named, combination_of
from bot.parsing.new_medicine import StartedMedicine
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.regimen_change import listed_as
from bot.parsing.text import normalise

__all__ = [
    "add_listed",
    "either_left",
    "left_to_add",
    "listed_items",
    "listed_to_add",
    "one_or_two",
    "regimen_listed",
    "several_listed",
]

_MAX_CHARS: Final = 400
# How often, said so that it can only be a schedule: never the time of one dose.
_HOW_OFTEN: Final = re.compile(
    r"\b(?:(?:once|twice|thrice|(?:\d|one|two|three|four)\s+(?:times|x))\s+(?:a|per|each)\s+day|"
    r"(?:once|twice|\d\s*x)\s+daily|(?:a|per)\s+day|daily|nightly|every\s+(?:day|morning|night|"
    r"evening|\d+\s*(?:-\s*\d+\s*)?(?:hours?|hrs?|h))|each\s+(?:morning|night|evening|day)|"
    r"(?:when|as|if)\s+(?:needed|required|i\s+need\s+(?:it|them|to))|prn|bd|bid|tds|tid|qds|qid|od|"
    r"morning\s+and\s+(?:night|evening)|am\s+and\s+pm)\b"
)
# The time of day of a schedule, or of one dose ("omeprazole 20 in the morning"): a
# schedule only when more than one medicine is listed so.
_WHEN: Final = re.compile(
    r"\b(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+(?:night|bedtime)|before\s+bed|"
    r"mornings|nights|evenings|with\s+(?:breakfast|dinner|supper|food|meals?))\b"
)
# A dose taken, missed or doubted, a change, a question, or a plan: not a list to add.
_NOT_A_LIST: Final = re.compile(
    r"\b(?:took|taken|take\s+it|had|have\s+had|popped|swallowed|ago|just|already|forgot|"
    r"forgotten|missed|skipped|yesterday|today|tonight|last\s+night|this\s+(?:morning|evening)|"
    r"earlier|stopped|stop|off|no\s+longer|not|don't|dont|didn't|didnt|anymore|instead|quit|"
    r"should|can|could|may|might|would|will|going\s+to|gonna|want|if\s+i|too\s+much|extra|"
    r"started|start|put|switched|changed|prescribed|gave|increase\w*|decrease\w*|reduce\w*|"
    r"up\s+to|down\s+to|max)\b|\?"
)
# The words a list's item may hold after the medicine's name: its strength, how many,
# and when ("500mg x2 twice a day with food"); any other word ("is making me sick") is
# something else told.
_ITEM_WORD: Final = re.compile(
    r"^(?:\d+(?:[.,:]\d+)?(?:mg|mcg|g|ml|units?|iu|x|am|pm|h|hrs?|%)?|mg|mcg|ug|g|ml|units?|iu|x|"
    r"tabs?|tablets?|pills?|caps?|capsules?|patch(?:es)?|puffs?|drops?|sachets?|doses?|"
    r"a|an|one|two|three|four|half|once|twice|thrice|times|per|each|every|day|days|daily|"
    r"nightly|morning|mornings|night|nights|evening|evenings|afternoon|bedtime|bed|before|"
    r"after|with|food|meals?|breakfast|lunch|dinner|supper|tea|in|the|at|on|when|as|if|"
    r"needed|required|need|i|it|them|to|or|and|am|pm|hours?|hrs?|prn|bd|bid|tds|tid|qds|qid|od|"
    r"mr|sr|xl|er|cr|slow|release|modified|extended|strength|of|up|my|is|are|for|pain|back|"
    r"sleep|stomach|nerve|nerves)$"
)
# An /add line's item may also say its day's most ("tramadol 50mg max 8 a day").
_MOST_WORD: Final = re.compile(r"^(?:max|maximum|most|no|more|than|upto|limit)$")
# What joins one product's parts ("paracetamol and codeine", "tylenol with codeine"); a
# comma or a semicolon parts two medicines.
_PARTS_JOINED: Final = re.compile(r"^(?:\s|[+/&]|\band\b|\bwith\b)*$")
_WITH: Final = re.compile(r"\bwith\b")
# A combination's strength, its parts' amounts slashed ("500/30").
_SLASHED: Final = re.compile(r"\d\s*/\s*\d")
# The words before the list: "I take", "I'm on", "my meds are:", "meds -".
_LEAD_IN: Final = re.compile(
    r"^\W*(?:(?:hi|hello|hey|ok|okay|so|well|right)\W+)*(?:(?:i|we)\s+(?:take|use|have|am\s+on|"
    r"'m\s+on)|i'?m\s+on|im\s+on|on|my\s+(?:current\s+)?(?:meds|medications?|medicines?|"
    r"pills|tablets|list|prescriptions?)(?:\s+(?:are|is))?|(?:meds|medications?|medicines?|"
    r"pills|tablets|list|current\s+meds)|here(?:'s|\s+is|\s+are)\s+(?:my|the)\s+\w+)?\W*$"
)
# What joins one medicine's words to the next's: a comma, "and", "plus", "with".
_JOINER: Final = re.compile(r"(?:[\s,;.&+/]|\band\b|\bplus\b|\bthen\b|\bwith\b)+$")


class _Item(NamedTuple):
    """One medicine of a list: its generic, its words, whether they say more than its
    name, and what joins it to the next ("" for the last)."""

    generic: str
    words: str
    said: bool
    joint: str


def regimen_listed(text: str, meds: Sequence[str]) -> list[StartedMedicine]:
    """The medicines `text` lists as taken on a schedule that are not on `meds` (the
    list's generics), each with its own words; [] when the text is not such a list."""
    return [
        StartedMedicine(medicine=item.generic, line=_line(item.words))
        for item in _items(text, meds)
        if not listed_as(item.generic, meds)
    ]


def left_to_add(text: str, meds: Sequence[str]) -> list[StartedMedicine]:
    """The medicines of a list kept for its offer that are not on `meds` (the list's
    generics), read as `listed_items` numbers them: of a product or its two parts, only
    the reading not yet taken up."""
    either = one_or_two(text)
    if either:
        return either_left(either, meds)
    return regimen_listed(text, meds) or [
        one for one in add_listed(text) if not listed_as(one.medicine, meds)
    ]


def listed_to_add(text: str, meds: Sequence[str]) -> list[StartedMedicine]:
    """`regimen_listed`, but a product's two parts named bare ("I take paracetamol and
    codeine when needed") are the product or each part, whichever is not yet listed."""
    listed = regimen_listed(text, meds)
    either = one_or_two(text) if listed else []
    return either_left(either, meds) if either else listed


def several_listed(text: str) -> bool:
    """Whether `text` lists two or more medicines as taken ("naproxen 500 twice a day,
    gabapentin 300 three times and tylenol when needed"), never one medicine's parts."""
    items = _items(text, [])
    # (a name alone before the next is one medicine's: "paracetamol and codeine 500/30")
    return len(items) > 1 and all(item.said for item in items[:-1])


def add_listed(text: str) -> list[StartedMedicine]:
    """Each medicine an /add line names, with only its own words ("naproxen 500,
    omeprazole 20"; "tramadol 50mg max 8 a day, paracetamol when needed"); [] when it names
    one medicine, or one combination by its parts ("paracetamol and codeine 500/30")."""
    if not text or len(text) > _MAX_CHARS:
        return []
    low = " ".join(text.lower().split())
    if "?" in low or someone_elses(low):
        return []
    # (no schedule needed, and its most a day is its own: the line is what they add)
    items = _split(low, [], _MOST_WORD)
    if len({item.generic for item in items}) < 2:
        return []
    slashed = _SLASHED.search(low) is not None
    if any(_one_product(one, nxt.generic, slashed) for one, nxt in itertools.pairwise(items)):
        return _either(items) if not slashed else []
    return [StartedMedicine(medicine=item.generic, line=_line(item.words)) for item in items]


def one_or_two(text: str) -> list[StartedMedicine]:
    """An /add line naming two parts of one product with nothing between ("paracetamol and
    codeine", "ibuprofen & paracetamol when needed"): the product, then each part alone —
    co-codamol, or paracetamol and codeine taken apart; [] for any other line."""
    listed = add_listed(text)
    return listed if len(listed) == 3 and "/" in listed[0].medicine else []


def either_left(either: Sequence[StartedMedicine], meds: Sequence[str]) -> list[StartedMedicine]:
    """What `one_or_two` offered that is still to add, the list's generics `meds` beside
    it: nothing once the product is listed, the other part once one part is."""
    product, *parts = either
    if listed_as(product.medicine, meds):
        return []
    apart = [one for one in parts if not listed_as(one.medicine, meds)]
    return apart if len(apart) < len(parts) else list(either)


def _either(items: Sequence[_Item]) -> list[StartedMedicine]:
    """Two parts of one product named bare and joined ("paracetamol and codeine"): the
    product, then each part (Sandbox, London: the codeine was dropped and paracetamol
    alone asked for); [] when they are not just that."""
    if len(items) != 2 or items[0].said or _WITH.search(items[0].joint):
        return []
    one, other = items
    product = combination_named(one.generic, other.generic)
    if product is None:
        return []
    return [
        StartedMedicine(medicine=product, line=_line(f"{one.words.strip()}/{other.words}")),
        StartedMedicine(medicine=one.generic, line=_line(one.words)),
        StartedMedicine(medicine=other.generic, line=_line(other.words)),
    ]


def listed_items(text: str) -> list[StartedMedicine]:
    """Every medicine of a list kept for its one-tap offer, numbered as it was offered:
    read as a product or its two parts, else as a list told, else as an /add line naming
    several."""
    return one_or_two(text) or regimen_listed(text, []) or add_listed(text)


def _one_product(one: _Item, other: str, slashed: bool) -> bool:
    """Whether `one` and the `other` named next are one product's parts: joined as parts
    are (no comma), both a combination's (or a combination's strength said, "500/30"),
    and nothing of the first's own said between ("paracetamol and codeine 500/30"), or
    "with" ("paracetamol 500 with codeine 8")."""
    if _PARTS_JOINED.match(one.joint) is None:
        return False
    if not slashed and not combination_of(one.generic, other):
        return False
    return not one.said or _WITH.search(one.joint) is not None


def _items(text: str, meds: Sequence[str]) -> list[_Item]:
    """Each medicine `text` lists as taken on a schedule; [] when the text is not such
    a list."""
    if not text or len(text) > _MAX_CHARS:
        return []
    # (as written: normalising reads "amitriptyline 10 at night" as 10pm)
    low = " ".join(text.lower().split())
    if _NOT_A_LIST.search(normalise(text)) or someone_elses(low):
        return []
    items = _split(low, meds)
    often = [bool(_HOW_OFTEN.search(item.words)) for item in items]
    # a time of day alone is a schedule only for a list of two or more, each with one
    timed = len(items) > 1 and all(
        _HOW_OFTEN.search(item.words) or _WHEN.search(item.words) for item in items
    )
    if not any(often) and not timed:
        return []
    return items


def _split(low: str, meds: Sequence[str], more: re.Pattern[str] | None = None) -> list[_Item]:
    """`low` cut at each medicine it names, each with its words up to the next; [] when
    words come before the first that are no list's lead-in, or an item holds a word no
    list's item does (`more`: words an item may hold besides)."""
    known = Meds(list(meds), DEFAULT_RESOLVE)
    found = sorted(known.mentions(low), key=lambda m: m.start)
    if not found or not _LEAD_IN.match(low[: found[0].start]):
        return []
    items: list[_Item] = []
    for i, named in enumerate(found):
        end = found[i + 1].start if i + 1 < len(found) else len(low)
        said_words = low[named.start : end]
        # (a medicine named twice in one item, "co-codamol (codeine)", is one item)
        if items and items[-1].generic == named.generic:
            continue
        joint = _JOINER.search(said_words)
        words = said_words[: joint.start()] if joint else said_words
        tail = re.findall(r"[a-z0-9][a-z0-9.,:%']*", words[named.end - named.start :])
        if not all(_item_word(w.rstrip(".,"), more) for w in tail):
            return []
        items.append(_Item(named.generic, words, bool(tail), joint.group() if joint else ""))
    return items


def _item_word(word: str, more: re.Pattern[str] | None) -> bool:
    """Whether a list's item may hold `word`."""
    return _ITEM_WORD.match(word) is not None or (more is not None and more.match(word) is not None)


def _line(words: str) -> str:
    """One item's words, as `/add` reads them ("naproxen 500 twice a day")."""
    return " ".join(words.split()).strip(" ,-:;")
