"""A breastfed baby's signs of too much opioid (FDA 2017), said as mothers say them: a blind
set answered 21 of 50 (with the red flags) at first sight — the baby called by name, "bub",
"LO", "my son"; "won't feed", "flops back", "lips look grey". Each case here is written in
our own words, of the same kind; near misses beside them."""

from __future__ import annotations

import pytest

from bot.parsing.breastfeeding import baby_signs
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    "text",
    [
        "Oscar won't feed this morning, just turns away and drifts off",
        "bub is way sleepier than normal and I can barely rouse him",
        "LO too sleepy to latch since my tramadol",
        "the little one has barely fed all day and sleeps through every feed",
        "she's gone floppy in my arms after her feed",
        "when I pick him up his arms just hang",
        "baby's breathing seems slow and rattly",
        "my baby's lips look a bit bluish",
        "he's refusing the breast and hasn't had a wet nappy since morning",
        "can't get her to feed, she just lies there not sucking",
    ],
)
def test_the_babys_signs(text: str) -> None:
    assert baby_signs(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "newborn sleeping a lot but wakes for every feed, all good",
        "cluster feeding all evening, I'm shattered",
        "my friend's baby went floppy with a fever last month, she's fine now",
        "my niece is so sleepy all the time, normal for newborns?",
        "baby had jaundice and was very sleepy, all cleared now",
        "the tramadol makes me drowsy, is that ok while I'm feeding?",
    ],
)
def test_ordinary_baby_things_and_other_babies_are_not(text: str) -> None:
    assert not baby_signs(normalise(text)), text
