"""One count or time said once for every medicine of a list: "crocin and dolo, 2 each",
"took 1 of each - naproxen and advil", "naproxen, advil, gabapentin - all at 8",
"naproxen and advil, both at 8", "crocin aur dolo, dono 1-1".

The message is read as if each medicine had been said with its own count ("2 crocin and 2
dolo") and the list closed by its time ("naproxen, advil, gabapentin at 8"), which the
parser reads already. Whether it is a dose taken, a question ("should I take naproxen and
advil, 1 each?") or a plan ("will take naproxen and advil, 1 each") is then read as for any
list, never decided here; and the count said once is never a pain score.
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.taken_back import FindNames
from bot.parsing.vocabulary import PILL_WORDS

__all__ = ["share_out"]

_N = r"(?:\d+(?:\.5)?|one|two|three|four|half|a)"
# A strength said after a name ("naproxen 500 and advil 200")
_STRENGTH = r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?\b)?"
# What joins two names of one list ("naproxen, advil and the gabapentin"); never "or": a
# doubt, not a list
_JOIN: Final = re.compile(
    _STRENGTH + r"\s*(?:,\s*(?:and\s+|&\s*|\+\s*|plus\s+)?|\s(?:and|n|aur|plus)\s+|\s*[&+/]\s*)"
    r"(?:(?:the|my)\s+)?"
)
# The verb said after the list, before what each took ("crocin aur dolo li, dono ek-ek")
_TAKEN = r"(?:\s+(?:taken|had|done|down))?"
# The time said of the whole list before its count ("naproxen and advil at 8, 1 each")
_AT = r"(?:\s+(?:at|around|about|by|@)\s*\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]\.?m\.?)?)?"
# What stands between the list and what is said of each: a comma, a colon, a dash, a space
_PAUSE = r"\s*(?:[,:;]\s*|\s[-\u2013\u2014]+\s*|\s+)"
# ("1 each day" is how many a day, not one of each now)
_NOT_OF_A_TIME = r"(?!\s+(?:day|night|morning|evening|time|week|hour|side)s?\b)"
_QUANTIFIER = r"(?:(?:all|both|each)(?:\s+of\s+them)?|them\s+all|dono)"
# The count each took, said after the list: "2 each", "x2 each", "1 of each", "two tabs
# each", "2 apiece", "both 1 each" (after the Hindi "dono 1-1")
_COUNT_AFTER: Final = re.compile(
    r"(?P<keep>" + _STRENGTH + _TAKEN + _AT + r")" + _PAUSE + r"(?:" + _QUANTIFIER + r"\s+)?"
    r"(?:x\s*(?P<x>[1-4])|(?P<n>" + _N + r"))\s*(?:x\s+)?(?:" + PILL_WORDS + r"\s+)?"
    r"(?:(?:of\s+)?each|apiece|a\s+piece)\b" + _NOT_OF_A_TIME
)
# ... or before it: "took 2 each of crocin and dolo", "1 of each: naproxen, advil"
_COUNT_BEFORE: Final = re.compile(
    r"(?:^|(?<=\s))(?P<n>" + _N + r")\s*(?:" + PILL_WORDS + r"\s+)?"
    r"(?:each\s+of|of\s+each)\s*[:,\-\u2013\u2014]?\s*(?:(?:the|my)\s+)?$"
)
# The time all were taken at, after the list: "- all at 8", ", both around 9pm", "all of
# them at 7:30". The word for all goes, the time stays to close the list.
_ALL_AT: Final = re.compile(
    _STRENGTH
    + _TAKEN
    + r"(?P<gap>"
    + _PAUSE
    + _QUANTIFIER
    + r"(?:\s+together)?\s+)(?=(?:at|@|around|about|by)\s+\d|@\d)"
)
_ARTICLE: Final = re.compile(r"(?:\b(?:the|my)\s+)$")
# A count of its own before one of the names ("2 crocin and dolo, 1 each" says two things)
_OWN_COUNT: Final = re.compile(r"(?:^|\s)(?:\d+(?:\.5)?|one|two|three|four|half|an?)\s+$")
_WORD_COUNT: Final = {"a": "1", "one": "1", "two": "2", "three": "3", "four": "4", "half": "0.5"}


def _lists(low: str, names: FindNames) -> list[list[tuple[int, int]]]:
    """The runs of two names or more that `low` says as one list, each its names' spans."""
    runs: list[list[tuple[int, int]]] = []
    for span in names(low):
        last = runs[-1][-1] if runs else None
        if last is not None and _JOIN.fullmatch(low, last[1], span[0]):
            runs[-1].append(span)
        else:
            runs.append([span])
    return [r for r in runs if len(r) > 1]


def _counted(low: str, run: list[tuple[int, int]], n: str, cut: tuple[int, int]) -> str:
    """`low` with `n` before each name of `run` and the count said once (`cut`) gone."""
    out: list[str] = []
    pos = 0
    for start, end in run:
        out += [low[pos : _begin(low, start)], f"{n} ", low[start:end]]
        pos = end
    out.append(low[pos:])
    said = "".join(out)
    shift = len(said) - len(low)
    # (the cut lies before the first name or after the last: only the latter moved)
    a, b = (cut[0] + shift, cut[1] + shift) if cut[0] >= run[-1][1] else cut
    return said[:a] + said[b:]


def _share_one(low: str, names: FindNames) -> str | None:
    """`low` with its first count or time said once for a list shared out; None if none."""
    for run in _lists(low, names):
        first, end = run[0][0], run[-1][1]
        own = any(_OWN_COUNT.search(low, 0, _begin(low, s)) for s, _ in run)
        after = _COUNT_AFTER.match(low, end)
        before = _COUNT_BEFORE.search(low, 0, first)
        if after is not None and not own and before is None:
            n = after["x"] or _WORD_COUNT.get(after["n"], after["n"])
            # (a strength or verb said after the last name stays: "advil 200, 1 each")
            cut = (after.end("keep"), after.end())
            return _counted(low, run, n, cut).replace("  ", " ")
        if before is not None and not own:
            n = _WORD_COUNT.get(before["n"], before["n"])
            return _counted(low, run, n, (before.start(), _begin(low, first))).replace("  ", " ")
        at = _ALL_AT.match(low, end)
        if at is not None:
            return low[: at.start("gap")] + " " + low[at.end("gap") :]
    return None


def _begin(low: str, start: int) -> int:
    """Where the name at `start` begins with its article ("the crocin", "my dolo")."""
    article = _ARTICLE.search(low, 0, start)
    return article.start() if article else start


# Every sharing out above needs one of these words; without them the names are not read
# (finding them is most of this step's cost, on every message)
_SHARED: Final = re.compile(r"\b(?:each|apiece|piece|all|both|dono)\b")


def share_out(low: str, names: FindNames) -> str:
    """`low` (normalised) with each count or time said once for a list of medicines said
    for each of them ("crocin and dolo, 2 each" → "2 crocin and 2 dolo"); unchanged when
    it says none."""
    if not _SHARED.search(low):
        return low
    for _ in range(4):  # (a message may hold more than one list)
        said = _share_one(low, names)
        if said is None or said == low:
            break
        low = said
    return low
