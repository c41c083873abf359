"""A medicine described, not named: "the white ones", "my blue pill", "the big tablets",
"the ones for my back" — how it looks or what it is for, with no word that could be its
name (Sandbox: /add saved a medicine called "White ones"). Pure, like the rest of
bot.parsing."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["described_not_named"]


def _words(said: str) -> frozenset[str]:
    return frozenset(said.split())


#: Words that point at a thing and say nothing of it.
_POINTING: Final = _words(
    "the my those these them that this some a an of her his their our mum mums mom moms "
    "dad dads s other"
)
#: How a tablet looks: its colour, size and shape.
_LOOKS: Final = _words(
    "white blue pink yellow red green orange brown purple grey gray black beige cream "
    "peach lilac light dark pale bright big small little large tiny huge round oval long "
    "square oblong flat chalky thin fat skinny chunky striped speckled shiny"
)
#: What it is, with no name: a pill, the ones.
_FORM: Final = _words(
    "pill pills tablet tablets tab tabs capsule capsules caps one ones thing things"
)
#: What a pill is for, said before it ("my pain pills", "the sleeping tablets").
_PURPOSE: Final = _words("pain back nerve nerves sleep sleeping muscle muscles stomach water heart")
_WORD: Final = re.compile(r"[a-z]+")
_LONGEST = 60


def described_not_named(text: str) -> bool:
    """Whether `text`, given as a medicine's name, only describes it: how it looks
    ("the white ones"), "the ones"/"the pills" for something ("the ones for my back",
    "my pain pills"); a word that is none of these (a name, a brand we don't know) keeps
    it a name."""
    if not text or len(text) > _LONGEST:
        return False
    head = text.lower().partition(" for ")[0]  # "for my back" says what it is for
    words = _WORD.findall(head)
    if not words or any(w not in _POINTING | _LOOKS | _FORM | _PURPOSE for w in words):
        return False
    # "pain" or "back" alone is no description; a look, or a pill ("my pain pills"), is
    return any(w in _LOOKS or w in _FORM for w in words)
