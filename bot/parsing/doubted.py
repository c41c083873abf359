"""A dose told in doubt: "think I took it?", "might have taken a tizanidine, might not",
"either took the amitriptyline or dreamt I did". The person does not know whether they
took it, so the record must not say they did (a dose counted that was never swallowed
hides a real one from the day's totals); the chat reads back what is recorded instead.
Pure, like the rest of bot.parsing; reads normalised text."""

from __future__ import annotations

import re

__all__ = [
    "denies_what_was_told",
    "doubted_in_sentence",
    "doubts_dose",
    "doubts_in",
    "may_doubt",
]

_DEED_WORDS = r"took|taken|take|had|swallowed|popped|put|changed|used|did|done"
_DEED = r"(?:" + _DEED_WORDS + r")"
_A_DEED = re.compile(r"\b" + _DEED + r"\b")
# A clause that may tell a dose: a deed, or a word naming the pill ("the 10pm valium")
_A_DEED_OR_NAME = re.compile(
    r"\b(?:" + _DEED_WORDS + r"|taking|having|happened|swallowing|dose|pills?|tablets?|meds)\b"
)
# The doubt said before the deed: "maybe took", "might have taken", "can't recall taking"
_DOUBT_BEFORE = re.compile(
    r"\b(?:maybe|possibly|perhaps|probably)\s+(?:i\s+)?(?:already\s+)?" + _DEED + r"\b|"
    r"\b(?:might|may|could)\s*(?:have|'ve|of)\s+(?:already\s+)?"
    r"(?:taken|had|swallowed|popped|put|changed|used)\b|"
    r"\b(?:can't|cant|cannot|can\s+not|don't|dont|do\s+not|couldn't)\s+"
    r"(?:remember|recall)\s+(?:(?:actually|ever|even)\s+)?(?:taking|having|swallowing|putting|changing)\b|"
    r"\bno\s+(?:memory|recollection|idea)\s+(?:of\s+|if\s+i\s+|whether\s+i\s+)"
    r"(?:taking|having|took|had)\b|"
    r"\b(?:unsure|not\s+(?:sure|certain|positive))\s+(?:if|whether)\s+(?:i\s+)?(?:already\s+)?"
    + _DEED
    + r"\b|"
    r"\beither\s+(?:i\s+)?(?:took|had|swallowed)\b[^.?!]*\bor\s+(?:i\s+)?(?:dreamt|dreamed|imagined)\b|"
    r"\b(?:took|had)\b[^.?!]*\bor\s+(?:i\s+)?(?:just\s+)?(?:dreamt|dreamed|imagined)\b"
)
# A doubt said anywhere in the sentence of the deed: "may or may not have", "could be
# remembering yesterday", "might be mixing it up", "real or did I just think about it",
# "my head says yes, the pill box says no"
_DOUBT_IN_THE_SENTENCE = re.compile(
    r"\bmay\s+or\s+may\s+not\b|\bmight\s+or\s+might\s+not\b|"
    r"\b(?:could|might|may)\s+be\s+(?:remembering|thinking\s+of|mixing|confusing|mixed\s+up)\b|"
    r"\b(?:mixing|mixed)\s+(?:it|them|that|the\s+days?)\s+up\b|"
    r"\b(?:real|true)\s+or\s+(?:did|was)\b|\bor\s+did\s+i\s+(?:just\s+)?(?:think|imagine|dream)|"
    r"\b(?:head|brain|memory|mind)\s+says\b[^.?!]*\b(?:box|dosette|blister|pack|packet|bottle|app|calendar)\s+says\b|"
    r"\b(?:can't|cant|cannot|don't|dont|do\s+not)\s+(?:remember|recall)\s+(?:if|whether|swallowing|"
    r"taking|having|actually)\b|\bno\s+(?:idea|clue)\s+(?:if|whether)\b|\blost\s+track\s+of\s+whether\b"
)
# The deed affirmed beside the doubt: "100% took the cymbalta, not sure if it's the cause"
_AFFIRMED = re.compile(
    r"\b100\s*%|\b(?:definitely|definately|def|for\s+sure|no\s+doubt|certainly|deffo|defo)\b|"
    r"(?<!not\s)(?<!\bun)\bsure\s+i\s+(?:did|took|had)\b"
)
# The doubt about something other than the dose: whether it works, what causes a symptom
_DOUBT_OF_A_CAUSE = re.compile(
    r"\b(?:not\s+sure|unsure|no\s+idea|dunno|don't\s+know)\s+(?:if|whether)\s+(?:it|this|that|its|it's|"
    r"the)\b[^.?!]*\b(?:caus\w*|from|because|working|helping|doing|reason|side\s+effect)\b"
)


def doubted_in_sentence(sentence: str, clause: str | None = None) -> bool:
    """Whether the sentence holding a dose (in `clause`) says the person does not know if
    it happened — not a doubt told of another dose beside it ("took ibuprofen at 8, but I
    do not remember if I took the one at lunch")."""
    m = _DOUBT_IN_THE_SENTENCE.search(sentence)
    if m is None or _AFFIRMED.search(sentence) or _DOUBT_OF_A_CAUSE.search(sentence):
        return False
    if clause is None or m.group() in clause:
        return True
    # the doubt said in a clause of its own: about this dose unless it tells another
    ends = [e.start() for e in _CLAUSE_MARK.finditer(sentence, m.end())]
    own = sentence[_clause_start(sentence, m.start()) : ends[0] if ends else len(sentence)]
    return not _A_DEED.search(own.replace(m.group(), " "))


_CLAUSE_MARK = re.compile(r",|;|\bbut\b|\bthough\b|\balthough\b|\band\b")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position `at` of `sentence` begins."""
    starts = [m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, at)]
    return starts[-1] if starts else 0


# The deed said with a hedge that only a question mark or a doubt after it makes doubt:
# "think I took it?", "I believe I took my mobic at 8, although I'm not certain"
_HEDGED = re.compile(
    r"^\W*(?:(?:and|but|so|ok|okay|um+|hmm+|erm|uh)\W+)*(?:i\s+)?"
    r"(?:think|guess|reckon|believe|suppose)\s+i\s+(?:already\s+)?" + _DEED + r"\b"
)
# What may follow a doubt and leave it about the deed ("not sure tho lol"), never "not
# sure about the ibuprofen" or "not sure it's working"
_ONLY_THE_DOUBT = (
    r"\s*(?:(?:tho|though|tbh|lol|haha|honestly|really|to\s+be\s+honest|to\s+it|of\s+it|"
    r"about\s+(?:it|that|this)|(?:i\s+)?(?:did|took\s+it|had\s+it)|have(?:\s+done)?)\b\W*)*\W*$"
)
# A doubt said after the deed, in its own words: "not 100% tho", "wouldn't swear to it",
# "might not", "or not"
_DOUBT_AFTER = re.compile(
    r"^\W*(?:(?:but|although|though|tho|however|and|i'm|im|i\s+am|honestly|to\s+be\s+honest)\W+)*"
    r"(?:(?:i'm|im|i\s+am)\s+)?(?:(?:honestly|really|totally|entirely|quite)\s+)?"
    r"(?:not\s+(?:100\s*%|a\s+hundred\s+percent|sure|certain|positive)|"
    r"(?:i\s+)?(?:wouldn't|wouldnt|would\s+not|couldn't|couldnt|can't|cant)\s+(?:swear|be\s+sure|say\s+for\s+sure)|"
    r"(?:or\s+)?(?:might|may)\s+not\b|or\s+not\b|(?:i\s+)?(?:could|may|might)\s+be\s+wrong|"
    r"(?:who|god)\s+knows|no\s+idea\s+really|(?:i\s+)?think(?:\s+so)?|i\s+(?:guess|believe))"
    r"(?=" + _ONLY_THE_DOUBT + r")"
)
# The deed said in the same clause, then doubted there: "took it, not 100% sure"
_DOUBT_WITHIN = re.compile(
    r"\b(?:but|although|though|tho)\s+(?:i'm\s+|im\s+|i\s+am\s+)?(?:honestly\s+)?"
    r"not\s+(?:100\s*%|a\s+hundred\s+percent|sure|certain|positive)(?=" + _ONLY_THE_DOUBT + r")|"
    r"\b(?:i\s+)?(?:wouldn't|wouldnt|would\s+not)\s+swear\b|\bor\s+not\W*$"
)
# Someone says I took it, and I say I did not: "wife says I already took my evening
# pills but I swear I didn't"
_TOLD_I_TOOK = re.compile(
    r"\b(?:says|said|thinks|reckons|swears|insists)\s+(?:that\s+)?i\s+(?:already\s+)?"
    r"(?:took|had|swallowed)\b"
)
_BUT_I_DID_NOT = re.compile(
    r"(?:^\W*(?:but\s+)?|\bbut\s+)i\s+(?:swear|know|'m\s+sure|am\s+sure|really\s+think)?\s*"
    r"(?:that\s+)?(?:i\s+)?"
    r"(?:didn't|didnt|did\s+not|haven't|havent)\b"
)
# "Think I took it too early?", "I think I took too many": the dose is not what is doubted
_DOUBT_IS_ELSEWHERE = re.compile(
    r"\b(?:too\s+(?:many|much|early|soon|late|close)|double|extra|instead\s+of|by\s+mistake|"
    r"wrong\s+(?:one|pill|tablet|dose))\b"
)


def doubts_dose(
    clause: str, asked: bool, following: str | None = None, sentence: str | None = None
) -> bool:
    """Whether `clause` tells a dose the person is not sure they took (`asked`: its
    sentence ends with "?"; `following`: the clause after it, which may hold the doubt;
    `sentence`: the whole sentence holding it)."""
    if (
        sentence is not None
        and _A_DEED_OR_NAME.search(clause)
        and doubted_in_sentence(sentence, clause)
    ):
        return True
    if _TOLD_I_TOOK.search(clause):
        return denies_what_was_told(clause) or bool(_BUT_I_DID_NOT.match(following or ""))
    if _DOUBT_IS_ELSEWHERE.search(clause):
        return False
    if _DOUBT_BEFORE.search(clause):
        return True
    if not _A_DEED.search(clause):
        return False
    if _DOUBT_WITHIN.search(clause):
        return True
    if _HEDGED.match(clause) and asked:
        return True
    return following is not None and bool(_DOUBT_AFTER.match(following))


# Only a message holding one of these words is read for doubt (this runs on every message)
_DOUBT_WORDS = re.compile(
    r"maybe|possibly|perhaps|probably|might|may\s*(?:have|'ve)|could\s*(?:have|'ve)|"
    r"think|guess|reckon|believe|suppose|recall|remember|recollection|unsure|not\s+(?:sure|certain)|"
    r"dream|imagined|swear|100\s*%|hundred|mixing|mixed|real\s+or|says|clue|track",
    re.IGNORECASE,
)


def may_doubt(text: str) -> bool:
    """A cheap test on the raw text: whether it may tell a dose in doubt at all."""
    return bool(_DOUBT_WORDS.search(text))


def doubts_in(parts: list[str], asked: list[bool], sentences: list[str] | None = None) -> bool:
    """Whether any of the clauses `parts` (each `asked` or not, each in its sentence of
    `sentences`) tells a dose in doubt."""
    return any(
        doubts_dose(
            part,
            ask,
            parts[i + 1] if i + 1 < len(parts) else None,
            sentences[i] if sentences else None,
        )
        for i, (part, ask) in enumerate(zip(parts, asked, strict=True))
    )


def denies_what_was_told(low: str) -> bool:
    """ "wife says I took my pills but I swear I didn't": sure, only not of what was told."""
    told = _TOLD_I_TOOK.search(low)
    return told is not None and bool(_BUT_I_DID_NOT.search(low[told.end() :]))
