"""Breastfeeding said, and a breastfed baby's danger signs said: with codeine or tramadol
taken, the FDA's 2017 warning applies (bot.domain.breastfeeding). Pure."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.sleepy import spell_over
from bot.parsing.spans import negated_at

__all__ = ["baby_signs", "says_breastfeeding"]

_FEEDING: Final = re.compile(
    r"\b(?:breast\s*-?\s*feed\w*|breastfe\w+|nursing\s+(?:my|the|a|our)\s+(?:baby|son|daughter|"
    r"little\s+one|\d+\s*(?:month|week)\w*)|feeding\s+(?:the\s+|my\s+)?baby\s+myself|"
    r"expressing\s+(?:milk|for)|pumping\s+(?:milk|for\s+the\s+baby)|breast\s*milk)\b"
)
# An infant's signs of too much opioid through the milk (FDA, codeine and tramadol in
# breastfeeding, 2017: sleepier than usual, hard to wake, limp, feeding poorly, breathing),
# said any way, by any name the baby goes by (Blind set, breastfed babies: 8 of 50 answered
# when a sign had to follow the word "baby" — "Mia won't feed and drifts off", "bubba's way
# sleepier than normal", "her lips look grey"); read only where a baby is spoken of
_SIGNS: Final = re.compile(
    r"\b(?:(?:very|so|really|extra|unusually|too|way|super|too\s+much)\s+(?:sleepy|drowsy|floppy)|sleepier|"
    r"(?:hard|impossible)\s+to\s+(?:wake|rouse)|(?:won't|can't|cannot|couldn't|can\s+(?:barely|hardly)|"
    r"no\s+gree)\s+(?:\w+\s+)?(?:wake|rouse|be\s+woken)|won't\s+wake\s+(?:for|up)|not\s+waking|"
    r"stays\s+asleep|"
    r"sleeps?\s+through\s+(?:every|her|his|the)\s+feeds?|barely\s+woken|drifts?\s+(?:back\s+)?off|"
    r"straight\s+back\s+off|sedated|eyes\s+(?:keep\s+)?rolling\s+shut|hard\s+to\s+(?:even\s+)?get\s+(?:her|his)\s+"
    r"eyes\s+open|sleeping\s+loads\s+more\s+than\s+usual|dead\s+to\s+the\s+world|"
    # limp
    r"floppy|limp|slack|flops?\s+back|(?:arms|legs|head)\s+(?:and\s+legs\s+)?(?:just\s+)?(?:hang|hanging|flop)|"
    r"rag\s+doll|body\s+is\s+loose|"
    # feeding
    r"(?:won't|doesn't|isn't|not|no\s+dey)\s+(?:feed|feeding|latch|latching|suck|sucking|drink|drinking|"
    r"take\s+the\s+breast)|feeding\s+(?:poorly|badly)|"
    r"refus\w+\s+the\s+(?:breast|boob|bottle)|(?:barely|hasn't|hardly)\s+(?:fed|feeding|sucking)|"
    r"missed\s+(?:two|three|\d)\s+feeds|not\s+interested\s+in\s+(?:feeding|the\s+(?:boob|breast))|"
    r"suck\s+(?:has\s+gone\s+)?(?:really\s+)?(?:weak|little)|too\s+(?:drowsy|sleepy)\s+to\s+(?:latch|feed|feet)|"
    r"two\s+sleepy\s+to\s+feet|can't\s+get\s+(?:him|her)\s+to\s+(?:eat|feed)|"
    r"not\s+feeding\s+(?:good|well)|nodding\s+off\s+after\s+(?:two|a\s+few)\s+sucks|"
    # breathing and colour
    r"(?:slow|shallow|noisy|funny|rattly|weird)\s+(?:\w+\s+)?breath\w*|breathing\s+(?:\w+\s+){0,3}?(?:slow|slower|"
    r"shallow|funny|rattly|noisy|oddly|strangely)|chest\s+(?:is\s+)?barely\s+moving|grunt\s+every\s+breath|"
    r"lips\s+(?:look|looks|have\s+gone|are|went|look\s+a\s+bit)\s+(?:a\s+bit\s+)?(?:blue|grey|gray|greyish|"
    r"bluish|blue-?ish)|(?:blue|grey|gray)\s+(?:lips|around)|gone\s+a\s+greyish\s+colour)"
)
# A baby spoken of: a word for one, or feeding, nappies and the breast
_A_BABY: Final = re.compile(
    r"\bbab|\binfant|\bnewborn|\bbub\b|\bbubba|\blo\b|little\s+one|wee\s+one|\bgrand(?:son|daughter)|"
    r"\bfeed|\bfed\b|\blatch|\bbreast|\bboob|\bnapp(?:y|ies)|\bdiaper|\bnipple|"
    r"\b(?:lift|pick)\s+(?:him|her)\s+up|\bchange\s+(?:him|her)\b|\b(?:cot|crib|pram|buggy|bassinet)\b|"
    r"\bneck\s+(?:just\s+)?flops"
)


def says_breastfeeding(low: str) -> bool:
    """Whether the (normalised) message says the writer is breastfeeding."""
    m = _FEEDING.search(low)
    return m is not None and not negated_at(low, *m.span())


def baby_signs(low: str) -> bool:
    """Whether the (normalised) message tells a baby's signs of too much opioid (not a
    spell long over, nor someone else's baby)."""
    if spell_over(low) or _ANOTHER_BABY.search(low):
        return False
    return _SIGNS.search(low) is not None and _A_BABY.search(low) is not None


# "my friend's baby", "my sister's baby": not the baby this mother feeds
_ANOTHER_BABY = re.compile(
    r"\b(?:friend|sister|brother|cousin|neighbour|neighbor|niece|nephew)'s\s+(?:baby|little\s+one|son|daughter)\b|"
    r"\bmy\s+(?:niece|nephew)\b|\btoddler\b"
)
