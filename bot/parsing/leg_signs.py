"""Weakness said of the legs, and "is this serious?" asked of what was just told. Pure,
like the rest of :mod:`bot.parsing`.

Weak legs are a finding of their own, never where it hurts (the clinician review:
"weakness" and "can't feel" are different findings; Sandbox, Bengaluru: "legs feel a bit
weak though" was kept as pain in both legs). Weakness that is getting worse, or legs that
give way, is the red flag `leg_weakness` (bot.parsing.redflags); weakness said as mild
("a bit weak") is kept as a symptom, with the screening questions asked when it is in
both legs (bot.telegram.handlers.leg_check).
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.redflags import denied_red_flags
from bot.parsing.spans import negated_at

__all__ = ["WEAK", "asks_if_serious", "legs_said_weak", "signs_denied"]

#: The quality a place is kept with when it is said to be weak (not a pain quality of the
#: `backtrack parse` contract: weakness is no pain).
WEAK: Final = "weak"

_LEG = r"(?:legs?|thighs?|knees?)"
_WEAK_WORD = r"(?:weak(?:er|ness)?|wobbly|shaky|jelly|like\s+jelly)"
_LEGS_WEAK: Final = re.compile(
    # "legs feel a bit weak", "my legs are weak", "left leg feels weaker", "legs weak and
    # wobbly" — the legs, then up to four words, then the weakness
    r"\b" + _LEG + r"\s+(?:(?:feel|feels|felt|feeling|are|is|were|was|getting|got|gone|went|been|"
    r"a|an|bit|little|tad|quite|really|very|so|kind|of|kinda|sort|slightly|somewhat|"
    r"rather|pretty|all|now|still|also|too|both)\s+){0,4}" + _WEAK_WORD + r"\b|"
    # "weak legs", "weakness in both legs", "weak in my legs"
    r"\bweak(?:ness)?\s+(?:(?:in|of)\s+)?(?:both\s+|my\s+|the\s+|left\s+|right\s+){0,2}"
    + _LEG
    + r"\b|"
    # "legs giving way", "legs buckling" (the red flag's words too: never a pain place)
    r"\b" + _LEG + r"\s+(?:\w+\s+){0,2}?(?:giving\s+(?:way|out)|gave\s+(?:way|out)|"
    r"give\s+(?:way|out)|gives\s+(?:way|out)|buckl(?:ing|ed|es|e))\b|"
    # "new L foot drop": the foot too weak to lift, never the place of a pain
    r"\b(?:foot|feet)\s+drop\b|\bdrop(?:ped)?\s+foot\b"
)


def legs_said_weak(low: str) -> bool:
    """Whether lower-cased `low` says the legs (or a leg) are weak or give way, not
    denied ("legs aren't weak", "no weakness in my legs")."""
    for m in _LEGS_WEAK.finditer(low):
        said = m.group()
        if re.search(r"\b(?:not|isn't|aren't|never|no)\b", said):
            continue  # "legs are not weak"
        if negated_at(low, *m.span()):
            continue
        return True
    return False


# "is this serious?", "should I worry", "is that bad?", "do I need to see someone?":
# whether what was just told can wait, asked of it (never "is it bad to take …")
_SERIOUS: Final = re.compile(
    r"\b(?:is|isn't|could|can|might|would)\s+(?:this|that|it)\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:serious|bad|dangerous|urgent|normal|worrying|worrisome|concerning|an?\s+emergency|"
    r"an?\s+(?:worry|concern|problem)|something\s+(?:serious|to\s+worry\s+about))\b"
    r"(?!\s+(?:to|for|if|with|when|after|on|that|from|in)\b)|"
    r"\bshould\s+(?:i|we)\s+(?:be\s+)?(?:worry|worried|concerned|scared|panic(?:king)?)\b|"
    r"\b(?:do|should|must|need)\s+(?:i|we)\s+(?:need\s+to\s+)?(?:worry|be\s+worried)\b|"
    r"\bhow\s+(?:serious|bad|worried)\b"
)
_CARE_ASKED: Final = re.compile(
    r"\b(?:should|shall|must|do|can)\s+(?:i|we)\s+(?:(?:need|have)\s+to\s+)?(?:see|go\s+to|call|ring|"
    r"phone|tell|contact)\s+(?:a|my|the|an)?\s*(?:doctor|doc|gp|hospital|a&e|er|emergency|someone|"
    r"anyone|ambulance)\b"
)


def asks_if_serious(low: str) -> bool:
    """Whether lower-cased `low` asks whether what was told is serious, or whether to see
    someone about it ("is this serious?", "should I worry?", "do I need to see a doctor?")."""
    return bool(_SERIOUS.search(low) or _CARE_ASKED.search(low))


# "bladder is fine", "waterworks ok", "peeing normally", "bowels are normal": the bladder
# or bowel said to be well (a denial denied_red_flags reads only as "no bladder problems")
_TOILET_FINE: Final = re.compile(
    r"\b(?:bladder|bowels?|waterworks|peeing|weeing|urine|toilet|pee|wee)\s+(?:and\s+\w+\s+)?"
    r"(?:is\s+|are\s+|'s\s+|s\s+|seems?\s+|feels?\s+)?(?:all\s+)?"
    r"(?:fine|ok|okay|normal|normally|good|all\s+right|alright|working\s+(?:fine|normally|ok))\b"
)
_NOT_WEAKER: Final = re.compile(r"\b(?:not|isn't|aren't|no)\s+(?:getting\s+|any\s+)?weaker\b")


def signs_denied(low: str) -> frozenset[str]:
    """The cauda equina warning signs lower-cased `low` says are absent ("no numbness down
    there, bladder is fine"): red-flag codes, for the screening questions not to ask them."""
    denied = set(denied_red_flags(low))
    if _TOILET_FINE.search(low):
        denied.add("bladder_bowel")
    if _NOT_WEAKER.search(low):
        denied.add("leg_weakness")
    return frozenset(denied)
