"""A medicine judged by the one taking it: "my meds aren't working anymore", "the
gabapentin doesn't do anything", "tramadol only lasts 2 hours", "naproxen wears off by
lunch". What a doctor weighs first when reviewing a regimen, so it is kept as a note, in
the person's words, even when nothing else is said (it got "didn't catch that"). Pure."""

from __future__ import annotations

import re

from bot.parsing.medications import Meds

__all__ = ["judges_a_medicine", "RELIEF_LASTS"]

# The medicines said as a whole ("my meds", "the painkillers")
_ALL_OF_THEM = re.compile(
    r"\b(?:meds|medication|medications|medicines?|pills|tablets|tabs|painkillers|pain\s+killers|"
    r"pain\s+meds|pain\s+relief)\b"
)
# What is said of it, right after its name
_VERDICT = re.compile(
    r"(?:'s)?\s+(?:just\s+|really\s+|honestly\s+)?(?:"
    r"(?:isn't|isnt|is\s+not|aren't|arent|are\s+not|doesn't|doesnt|does\s+not|don't|dont|do\s+not|"
    r"didn't|didnt|not|never|ain't)\s+(?:really\s+|even\s+|seem\s+to\s+(?:be\s+)?|seem\s+to\s+)?"
    r"(?:working|work|helping|help|doing\s+(?:much|anything|a\s+thing|it)|do\s+(?:much|anything|"
    r"a\s+thing)|touch(?:ing)?\s+(?:it|the\s+pain)|cutting\s+it|enough|strong\s+enough)|"
    r"(?:has\s+|have\s+|seems?\s+to\s+have\s+)?stopped\s+(?:working|helping)|"
    r"(?:barely|hardly|only\s+just)\s+(?:touches|touch|helps|help|works|work|takes\s+the\s+edge)|"
    r"(?:only\s+)?(?:lasts?|works?\s+for)\s+(?:about\s+|like\s+|maybe\s+|around\s+)?"
    r"(?:\d+|an?|one|two|three|four|a\s+couple\s+of)\s+(?:hours?|hrs?|h)\b|"
    r"(?:wears?|wore|is\s+wearing|are\s+wearing|wearing)\s+off|"
    r"(?:is|are|was|were)\s+(?:useless|rubbish|no\s+good|not\s+enough|doing\s+nothing)|"
    r"(?:does|do|did)\s+nothing)"
)
#: Relief said to last a while ("only lasts 2 hours"): no night's sleep.
RELIEF_LASTS = re.compile(
    r"\b(?:lasts?|lasted|lasting|wears?\s+off|wore\s+off|kicks?\s+in|kicked\s+in|works?\s+for|"
    r"worked\s+for)\b"
)


def judges_a_medicine(low: str, meds: Meds) -> bool:
    """Whether the normalised `low` says one of the person's medicines (or all of them)
    does not work, or not for long."""
    ends = [m.end for m in meds.mentions(low)]
    ends += [m.end() for m in _ALL_OF_THEM.finditer(low)]
    return any(_VERDICT.match(low, end) for end in ends)
