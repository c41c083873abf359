"""Free-text answers to the check-back asked the day after thoughts of suicide ("how are
you today?"): `better`, `same` or `help`, as its buttons say them. Read only while such a
check-back waits (the chat decides that). Pure.

A better or same answer must be the whole message (beside "thanks", "today" and the
like): "better, pain 4, slept ok" is a report, read as one. Help said anywhere in a short
message counts ("i need help now, cant stop shaking"): a crisis line given once too often
is a small cost, one withheld is not."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["checkback_answer"]

#: Longest message in which help said anywhere is read as the answer.
HELP_WORDS: Final = 25

_HELP: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:i\s+)?(?:really\s+|urgently\s+|just\s+)?need\s+(?:some\s+|urgent\s+)?help"
    r"(?!\s+(?:with|to|for|setting|adding|using|changing|finding)\b)|"
    r"please\s+help|help\s+me\b(?!\s+(?:with|to|set|add|find|change|understand|use)\b)|^\W*help\W*$|"
    r"(?:i'?m|im|i\s+am|feel|feeling|i\s+feel)\s+(?:really\s+|so\s+|very\s+)?"
    r"(?:not\s+(?:ok|okay|safe|alright|all\s+right|coping)|unsafe)|"
    r"^\W*not\s+(?:ok|okay|safe)\b|"
    r"(?<!not\s)(?<!no\s)(?:(?:much|even|a\s+lot|way|getting|feeling|feel|i\s+feel)\s+)worse\b|"
    r"^\W*worse\b|"
    r"can'?t\s+cope|"
    r"(?:it'?s|things\s+are)\s+(?:getting\s+)?(?:too\s+much|unbearable))"
)

#: Words around an answer that change nothing of it.
_FILLER: Final[re.Pattern[str]] = re.compile(
    r"\b(?:thank\s+you|thanks?|thx|ty|today|now|this\s+morning|honestly|tbh|i\s+think|"
    r"i\s+guess|really|for\s+asking|so\s+far|x+|hi|hey|hello|yeah|yes|yep|um+|hmm+|"
    r"than\s+yesterday|as\s+yesterday|as\s+before|i\s+suppose|overall)\b"
)
_BETTER: Final[re.Pattern[str]] = re.compile(
    r"^(?:(?:i'?m|im|i\s+am|i\s+feel|feeling|feel|doing|a|bit|little|slightly|much|lot|"
    r"loads|somewhat|way|quite|bit|tiny|little\s+bit|actually|ok|okay|and|but)\s+)*"
    r"(?:better|ok|okay|fine|alright|all\s+right|good|brighter|calmer)$"
)
_SAME: Final[re.Pattern[str]] = re.compile(
    r"^(?:(?:about|around|pretty\s+much|much|kind\s+of|kinda|sort\s+of|just|still|"
    r"more\s+or\s+less|roughly|i'?m|im|feeling|feel|it'?s|the)\s+)*same$|"
    r"^(?:no|not|not\s+much|nothing)\s+(?:different|change|changed|better|good)$|"
    r"^nothing'?s\s+changed$|^(?:meh|so\s*-?\s*so|not\s+great|not\s+(?:much|really)\s+better|"
    r"(?:still\s+)?(?:low|down|rough|struggling|flat|not\s+great)|"
    r"(?:i'?m|im|i\s+am|feeling)\s+(?:still\s+)?(?:low|down|struggling|not\s+great))$"
)


def checkback_answer(low: str) -> str | None:
    """How normalised `low` answers "how are you today?": `help`, `better`, `same`, or
    None when it is no such answer (a report, a question, anything else)."""
    words = low.split()
    if words and len(words) <= HELP_WORDS and _HELP.search(low):
        return "help"
    core = re.sub(r"[^\w'\s-]", " ", low)
    core = _FILLER.sub(" ", core)
    core = " ".join(core.replace("-", " ").split())
    # "not worse, about the same": what it is not, then what it is
    core = re.sub(r"^(?:not|no)\s+worse\s*(?:but\s+|just\s+)?", "", core)
    if not core or low.rstrip().endswith("?"):
        return None
    if _SAME.search(core):
        return "same"
    if _BETTER.search(core):
        return "better"
    return None
