"""Spelling repair for the words the parser's safety and record depend on.

A message is read by patterns written in correct English, so "bladdder", "vomitting" or
"sucidal" would slip past a red flag. Only a word that is neither English (symspellpy's
82,765-word frequency list) nor a medicine name is looked up, and only against our own
vocabulary, at one edit (two for long words), with the first letter kept: a real word is
never "corrected" into a symptom.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Final

from symspellpy import SymSpell, Verbosity

__all__ = ["DOMAIN_WORDS", "preload", "repair_spelling"]

# Words whose misspelling would cost a red flag, a symptom, a dose or a time. Lower case,
# British and American spellings both.
DOMAIN_WORDS: Final[frozenset[str]] = frozenset(
    str.split(
        """
    bladder bowel bowels control incontinent incontinence accident accidents urine urinate
    peeing pooing numb numbness numbing tingling tingly pins needles groin genitals saddle
    buttock buttocks bottom inner thighs thigh weakness weaker weakening collapsing
    dragging tripping stumbling giving
    fever feverish temperature shivering shaking chills sweats sweating burning
    unconscious unresponsive breathing breathe breath shallow pupils drowsy sleepy
    swelling swollen tongue throat wheezing hives allergic reaction
    suicide suicidal kill killing myself ending disappear pointless hopeless worthless
    goodbye stockpiling stockpile saving overdose overdosed
    vomiting vomited vomit throwing blood bloody stools coffee grounds black tarry
    chest pressure tightness heart attack stroke drooping slurred slurring speech
    pain painful aching agony shooting stabbing throbbing radiating spreading sciatica
    stomach heartburn nausea nauseous dizzy dizziness constipated constipation
    diarrhoea diarrhea headache migraine itching itchy rash confused confusion
    blurred blurry sweaty shoulder shoulders spine lower upper muscle spasms spasm
    tablets tablet capsules capsule pills medication medicine painkillers painkiller
    forgot forgotten skipped missed taken swallowed morning afternoon evening tonight
    yesterday tomorrow lunchtime breakfast dinner bedtime midnight
    slept sleeping insomnia exhausted tired walking walked exercise physio stretches
    anxious depressed worried stressed
    """
    )
)

_WORD = re.compile(r"[a-z]{5,}")
# American English keeps one "l" where British doubles it before a suffix
_ONE_L = re.compile(r"(?<=[aeiou])l(ing|ed|er)$")
_DICTIONARY = "frequency_dictionary_en_82_765.txt"


@lru_cache(maxsize=1)
def _english() -> frozenset[str]:
    text = resources.files("symspellpy").joinpath(_DICTIONARY).read_text(encoding="utf-8")
    return frozenset(line.split(" ", 1)[0] for line in text.splitlines() if line)


@lru_cache(maxsize=1)
def _speller() -> SymSpell:
    speller = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
    for word in DOMAIN_WORDS:
        speller.create_dictionary_entry(word, 1)
    return speller


def is_english_word(word: str) -> bool:
    """Whether `word` (lower case) is in the English word list."""
    return word in _english()


def preload() -> None:
    """Load the English word list and the speller now (~9 MB, a fraction of a second)
    instead of on the first misspelt word: start-up memory is then the steady state."""
    _english()
    _speller()


_ROUGH_NUMBER = re.compile(
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|\d+)ish"
)


@lru_cache(maxsize=8192)
def _repair(word: str) -> str:
    distance = 1 if len(word) < 6 else 2
    found = _speller().lookup(word, Verbosity.CLOSEST, max_edit_distance=distance)
    # Two words equally close ("bowl"/"bowel") is a guess, not a repair.
    if len(found) != 1 or found[0].term[0] != word[0]:
        return word
    return str(found[0].term)


def repair_spelling(low: str, is_medicine: Callable[[str], bool] | None = None) -> str:
    """Normalised text with misspelt vocabulary words put right; medicine names kept."""

    english = _english()

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        if word in DOMAIN_WORDS or word in english:
            return word
        if is_medicine is not None and is_medicine(word):
            return word
        if word.endswith("in") and word + "g" in english:
            return word + "g"  # "bringin", "takin": the dropped g of texting
        if _ROUGH_NUMBER.fullmatch(word):
            return word  # "fiveish" is about five, never "feverish"
        if _ONE_L.search(word) and _ONE_L.sub(r"ll\1", word) in english:
            return word  # American "shoveling", "traveled": never "shivering"
        return _repair(word)

    return _WORD.sub(fix, low)
