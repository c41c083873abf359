"""Whom to call after too much of a medicine, said for where the person lives. The labels
the bot quotes are US Drug Facts, with the US Poison Control number; in the UK and in
Ireland the person is told their own service beside it.

Sources (read):
- UK: North Tees and Hartlepool NHS Foundation Trust, "Paracetamol safety for adults"
  (nth.nhs.uk/resources/paracetamol-safety-for-adults): "What should I do if I take too
  much? (overdose) Call 111 now if you take: More than 2 extra tablets of paracetamol ...
  It is important to get help right away if you think you have taken too much
  paracetamol. Even if you feel well, you will need help."
- Ireland: National Poisons Information Centre (poisons.ie/about/what-we-do): "Public
  Poisons Information Line (01 809 2166) ... available between 8am and 10pm, every day.
  Outside these times, you should contact your GP service or a hospital emergency
  department."
"""

from __future__ import annotations

import re
from typing import Final

from bot.knowledge.places import zone_country

#: Said after a US label's Poison Control number is quoted.
US_NOTE: Final = (
    "(That number is the US Poison Control line; elsewhere, call your local poison centre.)"
)
#: Said where the bot tells the person whom to call.
US_CALL: Final = "call Poison Control (US 1-800-222-1222) or your local poison centre"

_UK_CALL = "call NHS 111 now (in the UK, even if you feel well, you need help right away)"
_IE_CALL = (
    "call the Poisons Information Line, (01) 809 2166 (8am to 10pm every day; outside "
    "those hours, your GP service or a hospital emergency department)"
)
_LOCAL: Final[dict[str, tuple[str, str]]] = {
    "GB": (f"(That number is the US line: in the UK, {_UK_CALL}.)", _UK_CALL),
    "IE": (f"(That number is the US line: in Ireland, {_IE_CALL}.)", _IE_CALL),
}
_CALL = re.compile(re.escape(US_CALL), re.IGNORECASE)


def poison_lines_locally(text: str, zone: str | None) -> str:
    """`text` with the US Poison Control advice followed or replaced by the service of
    `zone`'s country, where one is known (the UK, Ireland); else unchanged."""
    local = _LOCAL.get(zone_country(zone) or "")
    if local is None:
        return text
    note, call = local

    def said(m: re.Match[str]) -> str:
        return call[0].upper() + call[1:] if m.group()[0].isupper() else call

    return _CALL.sub(said, text.replace(US_NOTE, note))
