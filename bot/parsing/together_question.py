"""A person asking whether two medicines go together: "is it safe to take ibuprofen with
my naproxen?", "can I have tramadol on top of my meds?". Answered with the label's own
warnings for that pair when there are any (never advice); pure, like bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["TogetherQuestion", "asks_if_together"]

# Asked, anywhere in the message: an opening of a question ("pain 7 tonight, can i take
# an aleve with the gabapentin"), or words that ask whether it is safe ("… is that ok",
# "… together, dangerous?", "u can mix ultram n flexeril right").
_QUESTION = re.compile(
    r"(?:^|[.,!]\s*)\W*(?:(?:hi|hey|quick\s+question|sorry|btw|so|and|also|just\s+wondering|"
    r"pain\s+\d+\s+\w+|abeg|please|pls|sir|maam|ma'am|po|um|ok|okay)\W+)?"
    r"(?:is|isn't|r|are|am\s+i|can|could|should|may|do|does|will|would|u|any|what\s+about|"
    r"how\s+about|ok|okay|safe|fine|alright)\b|"
    r"\b(?:is\s+(?:that|it|this)\s+(?:ok|okay|alright|fine|safe|dangerous|bad)|safe|dangerous|"
    r"allowed|ok\s+together|okay\s+together|alright|right\s*$|wants?\s+to\s+know|wondering|"
    r"wonder|know\s+if|interact\w*|go\s+together)\b"
)
# Cheap, on the text as written (this runs on every message): could it ask this?
_MAYBE = re.compile(
    r"with|\bw/?\b|\band\b|\bn\b|togeth|mix|combin|[+&]|same|alongside|top\s+of|plus|while|"
    r"interact",
    re.I,
)
_TOGETHER = re.compile(
    r"\b(?:with|w|and|n|together|alongside|on\s+top\s+of|plus|while\s+(?:i'm\s+)?(?:on|taking)|"
    r"mix(?:ed|ing)?|combin\w*|as\s+well\s+as|on\s+the\s+same\s+day|at\s+the\s+same\s+time|"
    r"same\s+time\s+as|interact\w*)\b|\s[+&]\s|\bw/"
)
# "with my meds", "on top of my other tablets": every medicine on the person's list
_ALL_MINE = re.compile(
    r"\b(?:my|the)\s+(?:other\s+|usual\s+|regular\s+)?(?:meds|medication|medications|medicines|"
    r"pills|tablets|prescriptions?)\b|\bwhat\s+i'm\s+(?:on|taking)\b|"
    r"\b(?:everything|anything)\s+(?:else\s+)?(?:i'm|im|i\s+am)\s+(?:on|taking)\b"
)
# How much or when: a dose question, not whether the two go together.
_AMOUNT_OR_TIMING = re.compile(
    r"\b(?:how\s+(?:many|much|long|soon)|extra|double|more\s+than|instead|skip|miss(?:ed)?|"
    r"forgot|late|early|did\s+i|have\s+i|took|(?:i|i've|ive|i\s+have|just|already)\s+taken|"
    r"had\s+(?:my|a|an|the|\d)|die|kill|enough\s+to)\b"
)


@dataclass(frozen=True, slots=True)
class TogetherQuestion:
    """The medicines asked about (generics, in the order said); `with_all`: the first
    with everything on the person's list."""

    medicines: tuple[str, ...]
    with_all: bool


def asks_if_together(text: str, meds: Sequence[str] = ()) -> TogetherQuestion | None:
    """The question "can I take X with Y?" in `text`, or None; `meds` is the person's
    regimen (generic names)."""
    if len(text) > 160 or not _MAYBE.search(text):
        return None
    low = normalise(text)
    if not (text.rstrip().endswith("?") or _QUESTION.search(low)) or not _TOGETHER.search(low):
        return None
    if _AMOUNT_OR_TIMING.search(low):
        return None
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    # One medicine under two names ("aleve with my naproxen") is asked about twice.
    named = tuple(dict.fromkeys(m.generic for m in mentions if m.generic))
    if len(named) == 1 and len({low[m.start : m.end] for m in mentions}) > 1:
        named = (named[0], named[0])  # one medicine under two names: "aleve with my naproxen"
    if len(named) >= 2:
        return TogetherQuestion(medicines=named, with_all=False)
    if len(named) == 1 and _ALL_MINE.search(low):
        return TogetherQuestion(medicines=named, with_all=True)
    return None
