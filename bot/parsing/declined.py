"""A short reply that is only a reason not to take the dose now: "too groggy", "too
sleepy tonight", "stomach's too upset for it", "not tonight, too wobbly". Said with no
skip word, it still declines the pending dose (the side effect is its reason); a side
effect told with no "too" ("bit groggy today", "groggy after the flexeril") declines
nothing. Pure."""

from __future__ import annotations

import re

__all__ = ["declined_for_effect"]

# How it is put before the "too": "not tonight,", "I'm", "feeling", "way", "a bit"
_LEAD = (
    r"(?:(?:no|nah|nope|sorry|honestly|ugh|not\s+(?:tonight|today|now|this\s+(?:morning|evening|"
    r"time)))\W+)*"
    r"(?:(?:i'm|im|i\s+am|i\s+feel|i\s+felt|feeling|feel|still|just|way|far|much|a\s+bit|bit|a\s+little|"
    r"little|really|already|honestly|definitely|def)\s+)*"
)
# The effects "too" can carry as a reason not to take it (each read by the vocabulary,
# or by _EFFECT_OF below)
_TOO = (
    r"too\s+(?:groggy|drowsy|sleepy|dozy|dopey|foggy|spaced(?:\s+out)?|out\s+of\s+it|zonked|"
    r"dizzy|woozy|light-?\s?headed|wobbly|unsteady|nauseous|nauseated|queasy|"
    r"drugged(?:\s+up)?|doped(?:\s+up)?)"
)
_STOMACH = (
    r"(?:my\s+|the\s+)?(?:stomach|tummy|belly|gut)(?:'s|s|\s+is|\s+feels)?\s+(?:still\s+|just\s+)?"
    r"too\s+(?:upset|sore|bad|rough|dodgy|unsettled|sensitive)"
)
# What may follow: when ("tonight"), for what ("for it", "to take the flexeril")
_TAIL = (
    r"(?:\W+(?:tonight|today|now|right\s+now|this\s+(?:morning|evening|time)|atm|tbh|honestly|"
    r"sorry|already|still|again|lol|x+|"
    r"for\s+(?:it|that|this|them|one|(?:the|my|a)\s+[\w-]+(?:\s+(?:tablet|pill|dose|one))?)|"
    r"to\s+(?:take|have|risk|swallow)\s+(?:it|that|this|them|one|another|(?:the|my|a)\s+[\w-]+)))*"
)
_DECLINED = re.compile(r"^\W*" + _LEAD + r"(?:" + _TOO + r"|" + _STOMACH + r")" + _TAIL + r"\W*$")
# Effects the words carry that the vocabulary alone does not read in them
_EFFECT_OF = (
    (re.compile(r"\btoo\s+(?:wobbly|unsteady)\b"), "dizziness"),
    (re.compile(r"\b(?:stomach|tummy|belly|gut)\b"), "stomach_pain"),
)


def declined_for_effect(low: str) -> set[str] | None:
    """The side effects said as the whole reason not to take the pending dose now, in
    normalised text (possibly none the vocabulary names: "too sick"); None: not that."""
    if _DECLINED.search(low) is None:
        return None
    return {effect for pat, effect in _EFFECT_OF if pat.search(low)}
