"""Whom to call after too much of a medicine, said for where the person lives. The labels
the bot quotes are US Drug Facts, with the US Poison Control number; in the UK, Ireland,
Australia and New Zealand the person is told their own service beside it, and in India and
the Philippines (where no poison line was found on an official page) the number that sends
medical help. What is added never says more than the quoted label: how soon, and whether
help is needed before any symptom, are the label's own words.

Sources (read):
- UK: North East Ambulance Service NHS Foundation Trust, "111" (neas.nhs.uk/your-service/111):
  "NHS 111 is a free, non-emergency service you can call when you need medical help but
  it's not a life-threatening emergency. The service is available 24 hours a day, 365 days
  a year"; "You should call 111 when: You need medical help quickly". Said for every
  medicine: the label quoted beside it says how soon ("right away"), and whether help is
  needed even without symptoms (acetaminophen's label says so: "even if you do not notice
  any signs or symptoms"; ibuprofen's, naproxen's and aspirin's do not). North Tees and
  Hartlepool NHS Foundation Trust's "Paracetamol safety for adults" says the same of
  paracetamol alone ("Even if you feel well, you will need help"), so those words are not
  added to an NSAID's advice (Sandbox, London: 8 Aleve were told them).
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
  emergency number '112'" (Business Today, 2019-04-19, quoting the ministry), "an
  integration of police (100), fire (101), health (108) and women (1090) helpline numbers"
  (NDTV, 2019-02-15, a home ministry official). No public number of the National Poisons
  Information Centre (AIIMS New Delhi) was found on an official page (AIIMS Bhopal's
  centre is for physicians), so after too much of a medicine India is told 112; Ministry of
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
- Philippines: Executive Order No. 56, s. 2018 (Supreme Court E-Library): "Institutionalizing
  the Emergency 911 Hotline as the Nationwide Emergency Answering Point, replacing Patrol
  117"; the Emergency 911 National Office (e911.gov.ph): the NTC "provided the code '911'
  as the Emergency Hotline Number nationwide". The Bureau of Fire Protection is its lead
  responder for emergency medical services (EO 56 summary, jur.ph). No official page giving
  the National Poison Management and Control Center's number was found, so the Philippines
  is told 911 after too much of a medicine.
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

# (no "now" or "even if you feel well" of its own: the label quoted beside it says how
# soon, and only acetaminophen's says help is needed without symptoms; "Call ... now, and
# say which medicine" in texts.TOO_MUCH_TAKEN carries its own "now")
_UK_CALL = "call NHS 111"
# ("A&E" for the source's "emergency department": PRODUCT.md keeps the word "emergency"
# for the red-flag alarm's reply alone, so an alarm is never diluted into a footer)
_IE_CALL = (
    "call the Poisons Information Line, (01) 809 2166 (8am to 10pm every day; outside "
    "those hours, your GP service or a hospital A&E)"
)
_AU_CALL = "call the Poisons Information Centre, 13 11 26"
_NZ_CALL = "call the National Poisons Centre, 0800 764 766"
# Where no poison line was found on an official page: the number that sends medical help
# (India's 112 dispatches the 108 ambulance; the Philippines' 911 the fire bureau's medics).
_IN_CALL = "call 112"
_PH_CALL = "call 911"
_LOCAL: Final[dict[str, tuple[str, str]]] = {
    "GB": (f"(That number is the US line: in the UK, {_UK_CALL}.)", _UK_CALL),
    "IE": (f"(That number is the US line: in Ireland, {_IE_CALL}.)", _IE_CALL),
    "AU": (f"(That number is the US line: in Australia, {_AU_CALL}.)", _AU_CALL),
    "NZ": (f"(That number is the US line: in New Zealand, {_NZ_CALL}.)", _NZ_CALL),
    "IN": (f"(That number is the US line: in India, {_IN_CALL}.)", _IN_CALL),
    "PH": (f"(That number is the US line: in the Philippines, {_PH_CALL}.)", _PH_CALL),
}
_CALL = re.compile(re.escape(US_CALL), re.IGNORECASE)

#: The emergency number said where the country is known ("112 / 911" elsewhere).
EVERYWHERE: Final = "112 / 911"
_EMERGENCY: Final[dict[str, str]] = {
    "US": "911", "CA": "911", "GB": "999", "AU": "000", "NZ": "111", "IE": "112 / 999",
    "IN": "112", "ZA": "112 from a mobile, or 10177 for an ambulance", "NG": "112",
    "PH": "911",
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


def urgent_number(zone: str | None) -> str | None:
    """The number that sends help in `zone`'s country ("000" in Sydney), where this file
    knows it; None elsewhere (the welcome's "112 / 911" stands)."""
    return _EMERGENCY.get(zone_country(zone) or "")


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
