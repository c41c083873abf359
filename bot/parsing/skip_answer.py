"""The reason typed as the answer to a reminder's "Why are you skipping it?" (its Skip
menu open): the parser's own reasons (patterns.REASONS, as "skipped it, too drowsy" is
read), and the supply used up said alone ("finished", "all gone"), which only that
question makes a reason for a skip."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.parsing.detect_doses import skip_reason
from bot.parsing.intents import SkipReason
from bot.parsing.text import normalise

__all__ = ["reason_answered"]

# "finished", "all gone", "used them all up", "empty", "none at home": the pills, gone
_USED_UP = re.compile(
    r"^\W*(?:(?:they're|theyre|they\s+are|it's|its|i'm|im|i\s+am)\s+)?(?:all\s+)?"
    r"(?:finished|gone|used\s+up|empty|out)(?:\s+(?:now|already|again))?\W*$|"
    r"^\W*(?:i\s+)?(?:finished|used\s+up|used)\s+(?:them|it|the\s+\w+|my\s+\w+)(?:\s+all)?"
    r"(?:\s+up)?\W*$|"
    r"^\W*(?:none|nothing)\s+(?:at\s+home|in\s+the\s+house|here)\b"
)


def reason_answered(text: str, effects: Iterable[str] = ()) -> SkipReason | None:
    """Why the dose is skipped, read from `text` said to "why are you skipping it?";
    `effects`: the side effects read in it ("too drowsy" is side effects). None: no reason
    the patterns know (plain words of another reason are the caller's `other`)."""
    low = normalise(text)
    reason = skip_reason(low, set(effects))
    if reason is not None:
        return reason
    return "ran_out" if _USED_UP.search(low) else None
