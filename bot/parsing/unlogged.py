"""Why a message that names a medicine recorded no dose, so the reply can say so rather
than "didn't catch that": the dose is someone else's ("my wife took 2 of my ibuprofen",
"gave mum her tramadol at 8"), or not one taken (a habit, a plan, a limit, advice).

Called only once the parser has found nothing to record; the reason is read from the
words, never guessed from the absence alone. Pure, like the rest of bot.parsing."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum

from bot.parsing.experiencer import given_to_another, someone_elses, their_dose
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import clauses, normalise

__all__ = ["Unlogged", "why_unlogged"]


class Unlogged(StrEnum):
    """What the named medicine was, if not a dose the writer took."""

    ANOTHERS = "another's"
    NOT_TAKEN = "not taken"


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
        if (
            someone_elses(clause)
            or their_dose(clause)
            or given_to_another(clause, mentions[0].start)
        ):
            return Unlogged.ANOTHERS
    return Unlogged.NOT_TAKEN if named else None
