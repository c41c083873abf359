"""Why a message that names a medicine recorded no dose, so the reply can say so rather
than "didn't catch that": the dose is someone else's ("my wife took 2 of my ibuprofen",
"gave mum her tramadol at 8"), or not one taken (a habit, a plan, a limit, advice).

Called only once the parser has found nothing to record; the reason is read from the
words, never guessed from the absence alone. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from bot.parsing.experiencer import KIN, someone_elses, their_dose
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import clauses, normalise

__all__ = ["Unlogged", "why_unlogged"]


class Unlogged(StrEnum):
    """What the named medicine was, if not a dose the writer took."""

    ANOTHERS = "another's"
    NOT_TAKEN = "not taken"


# A carer's hand: "gave mum her tramadol", "gave him his gabapentin at 8".
_GIVEN_TO = re.compile(
    r"\b(?:gave|given|give|giving|handed)\s+(?:my\s+|our\s+)?(?:" + KIN + r"|him|her|them)\b"
    r"(?!\s+(?:a\s+)?(?:call|ring|lift|hand)\b)"
)


def why_unlogged(text: str, meds: Sequence[str]) -> Unlogged | None:
    """Another's dose or none taken, when the text names a medicine; None when it names
    none (nothing to explain)."""
    low = normalise(text)
    known = Meds(list(meds), DEFAULT_RESOLVE)
    named = False
    for clause in clauses(low):
        mentions = known.mentions(clause)
        if not mentions:
            continue
        named = True
        before = clause[: mentions[0].start]
        if someone_elses(clause) or their_dose(clause) or _GIVEN_TO.search(before):
            return Unlogged.ANOTHERS
    return Unlogged.NOT_TAKEN if named else None
