"""An ingredient named as where the person lives: paracetamol in London, acetaminophen
in Toronto. The knowledge file uses the US names; a warning that says "acetaminophen"
to someone who buys paracetamol can be missed.

Sources: paracetamol and pethidine are the International Nonproprietary Names and the
British Approved Names (BNF monographs "Paracetamol", "Pethidine hydrochloride"; TGA
ARTG entries the same); acetaminophen and meperidine are the United States Adopted Names
(DailyMed labels), also used on Health Canada's labels (Drug Product Database) and as the
Japanese Accepted Names.
"""

from __future__ import annotations

import re
from typing import Final

from bot.knowledge.places import zone_country
from bot.knowledge.poison_lines import poison_lines_locally

#: The knowledge file's (US) name -> the name used nearly everywhere else.
_INN: Final[dict[str, str]] = {"acetaminophen": "paracetamol", "meperidine": "pethidine"}
#: Where the US names are the ones people know (US territories included).
_US_NAMES: Final[frozenset[str]] = frozenset({"US", "CA", "JP", "PR", "VI", "GU", "AS", "MP", "UM"})
_SAME_TWICE = re.compile(r"\b(paracetamol|pethidine) \(\1\)", re.IGNORECASE)
_NAMES = re.compile(r"\b(?:" + "|".join(_INN) + r")\b", re.IGNORECASE)


def local_names(zone: str | None) -> dict[str, str]:
    """The US ingredient names to say otherwise in `zone`'s country; none where the US
    names are used, or where no country is known (UTC, an offset)."""
    country = zone_country(zone)
    return {} if country is None or country in _US_NAMES else dict(_INN)


def say_locally(text: str, zone: str | None) -> str:
    """`text` with each ingredient named as in `zone`'s country ("Acetaminophen" is
    "Paracetamol" in Europe/London), its capital kept, and whom to call after too much
    said for that country (bot.knowledge.poison_lines)."""
    text = poison_lines_locally(text, zone)
    names = local_names(zone)
    if not names:
        return text

    def local(m: re.Match[str]) -> str:
        word = names[m.group().lower()]
        return word.capitalize() if m.group()[0].isupper() else word

    # "Paracetamol (acetaminophen)" said the product's ingredient; "Paracetamol
    # (paracetamol)" would say nothing
    return _SAME_TWICE.sub(r"\1", _NAMES.sub(local, text))
