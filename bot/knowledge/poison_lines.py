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
- Australia: NSW Poisons Information Centre (poisonsinfo.nsw.gov.au): "Call the Poisons
  Centre on 131126 for all poisoning concerns or medication errors"; Queensland Ambulance
  Service (ambulance.qld.gov.au/calling-an-ambulance): "Call Triple Zero (000) if you or
  someone you're with has a serious injury or needs urgent medical help"; Central Coast
  Local Health District (NSW Health): "phone Lifeline on 13 11 14 for help 24 hours a day,
  7 days a week if you are thinking about suicide".
- New Zealand: HealthInfo Canterbury, "Emergency medical help" (healthinfo.org.nz):
  "Phone 111 and ask for an ambulance", "phone the Suicide Crisis Helpline 0508-828-865
  (available 24/7)", "contact the Poison Information Service immediately: 0800-POISON
  (0800-764-766)".
- UK: West Midlands Ambulance Service NHS Trust (wmas.nhs.uk/999-or-111): "In a life
  threatening emergency dial 999".
- Ireland: HSE, "When to call 112 or 999" (www2.hse.ie/emergencies/when-to-call-112-or-999):
  "There are two emergency numbers in Ireland — 112 and 999. Both are free of charge".
- India: Ministry of Home Affairs' Emergency Response Support System, "a single pan-India
  emergency number '112'" (Business Today, 2019-04-19, quoting the ministry); Ministry of
  Health and Family Welfare, Tele-MANAS, the National Tele Mental Health Programme's
  24-hour "toll-free helpline numbers 14416 or 1-800-891-4416" (ministry statement,
  PTI / Mint, 2023-07-22; IANS, 2024-05-29).
- South Africa: 112, "a pan-network emergency number that works on any cell phone network
  in South Africa, even if there is no airtime", and 10177, "the national number to call for
  an ambulance" (Gauteng News, 2024-10-16); the Department of Communications' proposal to
  keep 112 alone (MyBroadband, 2024-11).
- Nigeria: Nigerian Communications Commission statement, "The 112 number is a toll-free
  line and can be called from any network" (Technology Times, "Dial 112: how Nigeria's
  three-digit emergency number works").
- Canada: Government of Canada / Public Health Agency of Canada news release, "Government of
  Canada launches three-digit suicide crisis helpline" (CNW, 2023-11-30): "9-8-8, Canada's
  new three-digit suicide crisis helpline, is now available to call or text, in English and
  French, 24 hours a day and seven days a week, across Canada."
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
_US_NUMBER: Final = "1-800-222-1222"

_UK_CALL = "call NHS 111 now (in the UK, even if you feel well, you need help right away)"
# ("A&E" for the source's "emergency department": PRODUCT.md keeps the word "emergency"
# for the red-flag alarm's reply alone, so an alarm is never diluted into a footer)
_IE_CALL = (
    "call the Poisons Information Line, (01) 809 2166 (8am to 10pm every day; outside "
    "those hours, your GP service or a hospital A&E)"
)
_AU_CALL = "call the Poisons Information Centre, 13 11 26"
_NZ_CALL = "call the National Poisons Centre, 0800 764 766"
_LOCAL: Final[dict[str, tuple[str, str]]] = {
    "GB": (f"(That number is the US line: in the UK, {_UK_CALL}.)", _UK_CALL),
    "IE": (f"(That number is the US line: in Ireland, {_IE_CALL}.)", _IE_CALL),
    "AU": (f"(That number is the US line: in Australia, {_AU_CALL}.)", _AU_CALL),
    "NZ": (f"(That number is the US line: in New Zealand, {_NZ_CALL}.)", _NZ_CALL),
}
_CALL = re.compile(re.escape(US_CALL), re.IGNORECASE)

#: The emergency number said where the country is known ("112 / 911" elsewhere).
EVERYWHERE: Final = "112 / 911"
_EMERGENCY: Final[dict[str, str]] = {
    "US": "911", "CA": "911", "GB": "999", "AU": "000", "NZ": "111", "IE": "112 / 999",
    "IN": "112", "ZA": "112 from a mobile, or 10177 for an ambulance", "NG": "112",
}  # fmt: skip
#: Said where the country is known but its crisis line is not in this file.
ELSEWHERE: Final = "one where you live, or someone you trust"
#: The crisis lines said where the country is not known.
CRISIS_LINES: Final = "988 (US), 116 123 Samaritans (UK & Ireland), or your local crisis line"
_CRISIS: Final[dict[str, str]] = {
    "US": "988",
    "CA": "9-8-8, the Suicide Crisis Helpline (call or text 988)",
    "GB": "Samaritans, 116 123",
    "IE": "Samaritans, 116 123",
    "AU": "Lifeline, 13 11 14",
    "NZ": "the Suicide Crisis Helpline, 0508 828 865",
    "IN": "Tele-MANAS, 14416 (or 1-800-891-4416)",
}


def after_label_advice(advice: str) -> str:
    """What follows a label's overdose advice, quoted: which line its number is, or,
    where the label names none (ibuprofen's, aspirin's), whom to call — both said for
    the person's country by :func:`poison_lines_locally`."""
    return US_NOTE if _US_NUMBER in advice else f"To get that help, {US_CALL}."


def poison_lines_locally(text: str, zone: str | None) -> str:
    """`text` with the US Poison Control advice followed or replaced by the service of
    `zone`'s country, and the emergency number and crisis line said for that country,
    where they are known; else unchanged."""
    country = zone_country(zone) or ""
    if country in _EMERGENCY:
        text = text.replace(EVERYWHERE, _EMERGENCY[country])
    if country in _CRISIS:
        text = text.replace(CRISIS_LINES, _CRISIS[country])
    elif country:
        # a country whose line this file does not hold: never the US's and the UK's
        # numbers to someone in Lagos (Sandbox), but a line where they are
        text = text.replace(CRISIS_LINES, ELSEWHERE)
    local = _LOCAL.get(country)
    if local is None:
        return text
    note, call = local

    def said(m: re.Match[str]) -> str:
        return call[0].upper() + call[1:] if m.group()[0].isupper() else call

    return _CALL.sub(said, text.replace(US_NOTE, note))
