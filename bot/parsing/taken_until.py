"""A dose taken late told by when it finally went down: "didn't get to it till midnight",
"I didn't take it until a quarter to twelve", "got the patch on at 9:40", "slipped to half
2". Said again as "took it at …", the words the dose readers know: the record keeps the time
it was taken (it had kept the usual time, or a skip). Pure; reads normalised text."""

from __future__ import annotations

import re

__all__ = ["taken_until_said"]

# What may follow: a clock, in digits or words
_A_TIME = (
    r"(?=\s*(?:\d|(?:a\s+)?(?:half|quarter)\b|noon\b|midday\b|midnight\b|ten\b|twenty\b|eleven\b|"
    r"twelve\b))"
)
# The dose named just before, by its slot: "my 10pm amitriptyline, didn't get to it till…"
_NAMED_BEFORE = r"(?:(?P<what>\b(?:my|the)\s+(?:[\w:']+\s+){0,3}?[\w/-]+)\s*[,.;:-]*\s*)?"
_NOT_UNTIL = re.compile(
    _NAMED_BEFORE + r"\b(?:i\s+)?(?:didn't|did\s+not|didnt|never|wasn't\s+able\s+to|couldn't)\s+"
    r"(?:get\s+(?:round\s+|around\s+)?to\s+(?:it|them|taking\s+(?:it|them))|"
    r"take\s+(?:it|them|one|mine)?|have\s+(?:it|them|mine)?|swallow\s+(?:it|them)?)\s*"
    r"(?:till|until|'til|til)\s+(?:about\s+|around\s+)?" + _A_TIME
)
_NOT_TAKEN_UNTIL = re.compile(
    r"\b(?:wasn't|was\s+not|weren't|were\s+not)\s+taken\s+(?:till|until|'til|til)\s+" + _A_TIME
)
# Forgotten till now and taken now: "clean forgot till now, taking it", "forgot the lyrica
# till just now, having it with a biscuit" (had been a skip, forgot)
_FORGOT_TILL_NOW = re.compile(
    r"\b(?:clean\s+|totally\s+|completely\s+)?forg(?:o|e)t\s+(?:about\s+)?(?P<what>(?:the|my)\s+[\w/-]+(?:\s+\w+)?|it|them)?\s*"
    r"(?:till|until|til)\s+(?:just\s+)?now\s*[,.;:-]*\s*(?:so\s+)?(?:i'm\s+|im\s+)?(?:taking|having|popping|gonna\s+take)\s+"
    r"(?:it|them|one)\b(?:\s+now)?"
)
_PUT_ON_AT = re.compile(r"\bgot\s+(?:it|the\s+patch|them|the\s+new\s+one)\s+on\s+at\s+" + _A_TIME)
_SLIPPED_TO = re.compile(r"\b(?:slipped|slid)\s+to\s+" + _A_TIME)


# The usual time said before the late one ("supposed to put the patch on at 8, got it on at
# 9:40"): the schedule, not a dose of its own nor a wait asked for
_SCHEDULE_SAID = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:i\s+was\s+|i'm\s+|i\s+am\s+|was\s+|it\s+was\s+)?(?:supposed|meant|due)\s+to\s+"
    r"(?:put|take|have|stick|apply|change)\b[^,.;]*?\bat\s+[^,.;]+?(?:[,.;]\s*|\s+)(?:but\s+)?(?=(?:took|put|had)\b)"
)


def taken_until_said(low: str) -> str:
    """`low` with each late dose's "not until T" said as "took it at T"."""
    if "til" in low:
        low = _NOT_UNTIL.sub(lambda m: f"took {m['what']} at " if m["what"] else "took it at ", low)
        low = _NOT_TAKEN_UNTIL.sub("taken at ", low)
    if "forg" in low and "now" in low:
        low = _FORGOT_TILL_NOW.sub(lambda m: f"took {m['what'] or 'it'} now", low)
    if " on at " in low:
        low = _PUT_ON_AT.sub("put the patch on at ", low)
    if " to " in low:
        low = _SLIPPED_TO.sub("taken at ", low)
    if "supposed" in low or "meant" in low or "due" in low:
        low = _SCHEDULE_SAID.sub("", low)
    return low
