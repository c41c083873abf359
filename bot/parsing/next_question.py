"""A person asking when their next dose or reminder is: "what time is my next dose?",
"when do I take my gabapentin?", "when's my next reminder". Answered from their own
schedule (never advice, never a dose logged); pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["NextQuestion", "asks_when_next"]

# A question's opening anywhere in the message ("pain's a 5. when is my next tablet due")
_OPENS_A_QUESTION = re.compile(
    r"(?:^|[.,!]\s*)(?:\w+\s+){0,2}?(?:when|what|whats|what's|which|how|is|are|do|does|can|"
    r"could|r|u|kindly|tell|next)\b"
)

# Asking when: "when", "what time", "timing", "how long until", "due", "scheduled", "set
# for", "meant to", "at 2 or 3", "morning or night", "yet".
_ASKS_WHEN = re.compile(
    r"\b(?:when|whens|wen|what\s+time|wat\s+time|whats\s+the\s+time|what's\s+the\s+time|"
    r"(?:dose|medicine|med|pill|tablet)\s+time|"
    r"which\s+time|what\s+hour|time\s+of|timing|how\s+soon|"
    r"how\s+(?:long|many\s+(?:hours|hrs|minutes|mins))\s+(?:have\s+i\s+got\s+)?(?:until|til|till|before|to)|"
    r"(?<!not\s)due(?!\s+to\b)|scheduled|set\s+for|meant\s+to|supposed\s+to|need\s+to\s+take|have\s+to\s+take|"
    r"coming\s+for|"
    r"yet|what's\s+next|whats\s+next|next\s+on)\b|"
    # "whats my next pill", "what is the next dose": which dose comes, so when
    r"\b(?:what's|whats|what\s+is|wats)\s+(?:my|the)\s+next\s+(?:\w+\s+)?(?:dose|pill|pills|tablet|"
    r"tablets|med|meds|medicine|medication|reminder|one)\b|"
    r"\bat\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+or\s+\d|\bor\s+later\b|"
    r"\b(?:morning|night|evening|lunch(?:time)?)\s+or\s+(?:night|evening|later|morning)\b|"
    r"\b(?:what\s+time|when)'?s\b"
)
# Cheap, on the text as written (this runs on every message): could it ask when?
_MAYBE = re.compile(
    r"when|wen\b|time|due|schedul|set\s+for|meant|suppos|next|nxt|yet|long|\bor\s+(?:\d|later)|"
    r"(?:morning|night|evening|lunch)\s+or",
    re.I,
)
# "when i take naproxen on an empty stomach …": when joining a clause, not asking
_WHEN_CLAUSE = re.compile(
    r"\bwhen\s+(?:i|the|my|it|we|you|he|she|they|this|that)\b(?!'s|\s+(?:is|are|'s|do|does|did|"
    r"should|can|will|am|have\s+to|need\s+to|next|due|meant|supposed|dose|pill|med))"
)
_WHEN_WORD = re.compile(r"\b(?:when|whens|when's|wen|due|what\s+time|what\s+time's)\b")
# About a dose of one's own: "next dose", "next one", "my night pills", "evening meds"
_A_DOSE = re.compile(
    r"\b(?:next|nxt)\s+(?:\w+\s+)?(?:dose|doses|one|tablet|tab|pill|pills|med|meds|medicine|"
    r"medication|reminder|scheduled)\b|\b(?:morning|evening|night|nighttime|bedtime|lunchtime|"
    r"afternoon|tonight's|evening's)\s+(?:meds|pills|tablets|dose|doses|medicine|medication)\b|"
    r"\b(?:dose|medicine|med|pill|tablet)\s+time\b|"
    r"\b(?:pill|dose|tablet|med|meds|medicine|medication|reminder|drug)s?\b|\bmed\s+wise\b|"
    r"\btake\s+(?:something|anything)\b"
)
# Not the plan's when: the record, an amount, a change of time, food or drink, a visit.
_NOT_THE_PLAN = re.compile(
    r"\b(?:did\s+i|(?:have|had)\s+i\s+(?:already\s+)?(?:taken|had|took|done|missed|skipped)|"
    r"when\s+did|when\s+was|last\s+\w+|took|taken|^\W*was\b|was\s+i|had\s+\d|"
    r"early|earlier|extra|double|instead|sooner|skip|miss(?:ed)?|how\s+much|"
    r"how\s+many(?!\s+(?:hours|hrs|minutes|mins))|due\s+to|"
    r"food|milk|alcohol|wine|beer|drink|appointment|appt|visit|physio|refill|prescription|"
    r"pharmacy|run\s+out|ran\s+out|together|with\s+(?:my|the)|mix)\b"
)


@dataclass(frozen=True, slots=True)
class NextQuestion:
    """The person's medicines the question names (generics); none: any of them."""

    medicines: tuple[str, ...]


def asks_when_next(text: str, meds: Sequence[str] = ()) -> NextQuestion | None:
    """The question "when is my next dose?" in `text`, or None; `meds` is the person's
    regimen (generic names), read as the parser reads it."""
    if len(text) > 160 or not _MAYBE.search(text):
        return None
    low = normalise(text)
    if not _ASKS_WHEN.search(low) or _NOT_THE_PLAN.search(low):
        return None
    if _WHEN_CLAUSE.search(low) and not text.rstrip().endswith("?"):
        return None  # "when the oxy kicks in I can sit": when as a joining word
    asked = text.rstrip().endswith("?") or _OPENS_A_QUESTION.search(low)
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(low)
    named = tuple(dict.fromkeys(m.generic for m in mentions if m.generic))
    if not named and not _A_DOSE.search(low):
        return None
    if not asked and not _A_DOSE.search(low) and not _WHEN_WORD.search(low):
        return None
    return NextQuestion(medicines=named)
