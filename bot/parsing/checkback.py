"""Free-text answers to the check-back asked the day after thoughts of suicide ("how are
you today?"): `better`, `same` or `help`, as its buttons say them. Read only while such a
check-back waits (the chat decides that). Pure.

A better or same answer is the whole message (beside "thanks", "today" and the like), or
one run of its clauses beside a report (`checkback_answer_beside`: "meh. bit better i
guess. pain 5" answers the check-back, and the pain is the report). Help said anywhere in
a short message counts ("i need help now, cant stop shaking"): a crisis line given once
too often is a small cost, one withheld is not."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = ["checkback_answer", "checkback_answer_beside", "says_how_unasked"]

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
    # "meh, bit better": the hedge is the tone, the better is what is said
    r"^(?:(?:meh|eh|so\s*-?\s*so|dunno|not\s+sure)\s+)?(?:(?:i'?m|im|i\s+am|i\s+feel|feeling|feel|doing|a|bit|little|slightly|much|lot|"
    r"loads|somewhat|way|quite|bit|tiny|little\s+bit|actually|ok|okay|and|but)\s+)*"
    r"(?:better|ok|okay|fine|alright|all\s+right|good|brighter|calmer|not\s+(?:too\s+|so\s+)?bad)$"
)
_SAME: Final[re.Pattern[str]] = re.compile(
    r"^(?:(?:about|around|pretty\s+much|much|kind\s+of|kinda|sort\s+of|just|still|"
    r"more\s+or\s+less|roughly|i'?m|im|feeling|feel|it'?s|the)\s+)*same$|"
    r"^(?:no|not|not\s+much|nothing)\s+(?:different|change|changed|better|good)$|"
    r"^nothing'?s\s+changed$|^(?:meh|so\s*-?\s*so|not\s+great|not\s+(?:much|really)\s+better|"
    r"(?:still\s+)?(?:pretty\s+|quite\s+|a\s+bit\s+|kinda\s+|bit\s+)?"
    r"(?:low|down|rough|struggling|flat|not\s+great)|"
    r"(?:i'?m|im|i\s+am|feeling)\s+(?:still\s+)?(?:pretty\s+|quite\s+|a\s+bit\s+)?"
    r"(?:low|down|struggling|not\s+great))$"
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
    core = re.sub(r"\b(\w+) ish\b", r"\1", core)  # "better-ish"
    # "not worse, about the same": what it is not, then what it is
    core = re.sub(r"^(?:not|no)\s+worse\s*(?:but\s+|just\s+)?", "", core)
    if not core or low.rstrip().endswith("?"):
        return None
    if _SAME.search(core):
        return "same"
    if _BETTER.search(core):
        return "better"
    return None


#: A word that answers "how are you?" when asked, but unasked says nothing of how one is
#: ("ok" after the crisis reply, or to anything else: read, heard, fine by me).
_BARE: Final[re.Pattern[str]] = re.compile(
    r"^\W*(?:ok+|okay|k|fine|alright|all\s+right|good|same|cool|sure|right)\W*$"
)


def says_how_unasked(low: str) -> bool:
    """Whether normalised `low`, read as an answer by `checkback_answer`, says how the
    person is even when nobody asked ("still pretty low tbh", "bit better today", "i need
    help now"), not only an acknowledgement ("ok", "fine", "same")."""
    core = _FILLER.sub(" ", re.sub(r"[^\w'\s-]", " ", low))
    return checkback_answer(low) is not None and not _BARE.match(" ".join(core.split()))


#: Where a message's clauses part: a sentence's end, a comma, a dash, "but" / "and" (never
#: the point of a decimal: "pain 4.5").
_CLAUSE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:[.;!\n]+(?!\d)|,(?!\d)|\s-+\s|\s(?:but|and|though|although)\s)\s*", re.I
)


def checkback_answer_beside(text: str) -> tuple[str, str, str] | None:
    """How `text` answers "how are you today?" in one run of its clauses, beside other
    words ("meh. bit better i guess. pain 5"): (answer, the answer's words, the rest as
    written), or None when no run of clauses is such an answer, two runs are (which is
    meant is not said), or nothing is left beside it (then `checkback_answer` reads the
    whole). Whether the rest is a report is the caller's to judge."""
    parts: list[tuple[int, int]] = []
    start = 0
    for sep in _CLAUSE.finditer(text):
        if sep.start() > start:
            parts.append((start, sep.start()))
        start = sep.end()
    if start < len(text):
        parts.append((start, len(text)))
    if text.rstrip().endswith("?"):
        return None
    answering = [i for i, (a, b) in enumerate(parts) if checkback_answer(normalise(text[a:b]))]
    if not answering or answering[-1] - answering[0] + 1 != len(answering):
        return None
    i, j = answering[0], answering[-1]
    if i == 0 and j == len(parts) - 1:
        return None
    words = text[parts[i][0] : parts[j][1]]
    said = checkback_answer(normalise(words))
    if said is None:
        return None
    before = text[: parts[i - 1][1]] if i > 0 else ""
    after = text[parts[j + 1][0] :] if j + 1 < len(parts) else ""
    return said, words.strip(), ", ".join(p.strip() for p in (before, after) if p.strip())
