"""One medicine taken more than once, each time with its count, told after its name:
"paracetamol, two at 8 and two at 2", "both my aleve today, one at 7 and one at 1:15".
Said again as "two paracetamol at 8 and two more at 2", the
words the dose readers know: every dose is kept (one had been lost, or read as a pain of
2). Pure; reads normalised text."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["another_after_its_time", "each_count_at_its_time"]

_COUNTS = r"one|two|three|four|[1-4]"
_N = r"(?:" + _COUNTS + r")"
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|noon|midday|midnight)"
_PART = r"(?:\s+(?:in\s+the\s+)?(?:morning|afternoon|evening|night))?"
_AT = r"(?:at|around|about|@)"
# ("two more mid-afternoon around 3", "two more later at 6"): when, said in words too
_WHEN_WORDS = (
    r"(?:(?:mid-?\s?)?(?:morning|afternoon|evening)\s+|in\s+the\s+(?:afternoon|evening)\s+|"
    r"later\s+)?"
)
_EACH = re.compile(
    r"(?P<n1>" + _N + r")\s+" + _AT + r"\s+(?P<t1>" + _CLOCK + _PART + r")\s*,?\s+(?:and|then|&)\s+"
    r"(?:another\s+|then\s+)?(?P<n2>"
    + _N
    + r")\s+(?:more\s+|again\s+)?"
    + _WHEN_WORDS
    + _AT
    + r"\s+(?P<t2>"
    + _CLOCK
    + _PART
    + r")\b"
)
# The name said just before the counts: "paracetamol, two at 8…", "aleve today: one at 7…"
_NAME_BEFORE = re.compile(
    r"\b(?P<name>[a-z][\w/-]*)[\s,:;-]*(?:(?:today|tonight|so\s+far|yesterday)[\s,:;-]*)?$"
)


_COUNT_OF_ALL = re.compile(r"\b(?:" + _COUNTS + r"|both|all|five|six)\s+(?:of\s+(?:my|the)\s+)?$")


def each_count_at_its_time(low: str, is_medicine: Callable[[str], bool]) -> str:
    """`low` with "<name>, N at T and M at U" said as "N <name> at T and M more at U"."""
    if " at " not in low or " and " not in low:
        return low
    out: list[str] = []
    pos = 0
    for m in _EACH.finditer(low):
        before = _NAME_BEFORE.search(low, pos, m.start())
        if before is None or not is_medicine(before["name"]):
            continue
        if m["n1"].isdigit() and not re.search(r"[,:;-]", low[before.end("name") : m.start()]):
            continue  # "hydromorphone 2 at 4am & 2 at 9am": 2 mg, a strength after its name
        if _COUNT_OF_ALL.search(low, 0, before.start()):
            continue  # "took 3 gabapentin, one at 8 and two at 2": the count shared out
        out.append(low[pos : before.start()])
        # ("2 more at 2": the second dose as the readers know it, never merged with the first)
        out.append(f"{m['n1']} {before['name']} at {m['t1']} and {m['n2']} more at {m['t2']}")
        pos = m.end()
    return "".join(out) + low[pos:] if out else low


# When, said before "another": "at 5 another 400", "this morning at 8 another 10", "5am
# another" (a clock, maybe its part of the day first)
_WHEN_FIRST = (
    r"(?:(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|later|then)\s+)?"
    r"(?:(?:at|@|around|about)\s+" + _CLOCK + r"|\d{1,2}(?::\d\d)?\s*(?:am|pm))"
)
_ANOTHER_AFTER_WHEN = re.compile(
    r"(?:(?<=^)|(?<=[,;&]\s)|(?<=\band\s)|(?<=\bthen\s)|(?<=\bn\s))"
    r"(?P<when>"
    + _WHEN_FIRST
    + r")\s+(?P<what>another(?:\s+(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?|one|two|half))?"
    r"(?:\s+one)?)(?=\s*(?:$|[,.;!]|\band\b|\bthen\b))"
)


def another_after_its_time(low: str) -> str:
    """`low` with "at 5 another 400" said as "another 400 at 5" ("at 12 ibuprofen 400 and at
    5 another 400", "11pm 1 tramadol, 5am another"): the second dose had been lost."""
    if "another" not in low:
        return low
    return _ANOTHER_AFTER_WHEN.sub(lambda m: f"{m['what']} {m['when']}", low)
