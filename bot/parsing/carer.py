"""A carer writing in the patient's own chat ("this is Linda, dad took his norco at 2 and he
seems really sleepy"): once the writer has said who they are, "dad", "he", "his" are the
patient, so the message is read as the patient's own report. Pure.

Without it the dose was "someone else's", not logged, and the sleepiness lost; PRODUCT.md
names the caregiver as a person around the patient.
"""

from __future__ import annotations

import re

__all__ = ["as_the_patient", "carer_writing"]

_RELATION = (
    r"(?:daughter|son|wife|husband|partner|carer|caregiver|care\s+worker|nurse|niece|nephew|"
    r"granddaughter|grandson|sister|brother|friend|neighbou?r|daughter-in-law|son-in-law)"
)
# "this is Linda", "it's Linda, his daughter", "Linda here", "his daughter here",
# "I'm his carer": who is writing, said first. The name must be written with its capital
# ("this is awful" is no name).
_PREFACE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\W+)?"
    r"(?:(?:this\s+is|it's|its|it\s+is)\s+(?P<name>[A-Z][a-z]+)(?:\s*,?\s*(?:his|her|their)\s+"
    + _RELATION
    + r")?"
    r"|(?P<name2>[A-Z][a-z]+)\s+here"
    r"|(?:i'm|i\s+am|this\s+is|it's)\s+(?:his|her|their)\s+"
    + _RELATION
    + r"|(?:his|her|their)\s+"
    + _RELATION
    + r"\s+here)"
    r"(?:\s+(?:writing|texting|typing)(?:\s+for\s+(?:him|her|them))?)?"
    # (a comma or a stop after it, or straight on with the patient: "this is Linda he took…")
    r"(?:\s*[,.:;!-]+\s*|\s+(?=(?:he|she|dad|mum|mom|his|her|i|my|grandad|grandma|nan)\b))",
    re.IGNORECASE,
)
_CAPITAL_NAME = re.compile(r"[A-Z]")
# The patient spoken of in the third person, then their things
_THEM = re.compile(
    r"\b(?:my\s+)?(?:dad|father|mum|mom|mother|husband|wife|grandad|grandpa|grandma|nan|nana|"
    r"granny|partner)\b|\bhe's\b|\bshe's\b|\bhes\b|\bshes\b|\bhe\b|\bshe\b",
    re.IGNORECASE,
)
_THEIR = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_HIM = re.compile(r"\b(?:him)\b", re.IGNORECASE)
# After these the patient is the object: "I gave dad his norco" -> "gave me my norco"
_OBJECT_AFTER = re.compile(
    r"\b(?:gave|give|giving|helped|help|told|asked|woke|wake|found|checked|took|brought|made)\s+$",
    re.IGNORECASE,
)


def as_the_patient(text: str) -> str:
    """`text` read as the patient's own words when a carer has said who is writing at its
    start; else `text` unchanged."""
    m = _PREFACE.match(text)
    if m is None:
        return text
    name = m.group("name") or m.group("name2")
    if name is not None and not _CAPITAL_NAME.match(name):
        return text
    rest = text[m.end() :]

    def person(p: re.Match[str]) -> str:
        word = p.group().lower()
        if word in ("he's", "she's", "hes", "shes"):
            return "I'm"
        if _OBJECT_AFTER.search(rest, 0, p.start()):
            return "me"
        return "I"

    rest = _THEM.sub(person, rest)
    rest = _THEIR.sub("my", rest)
    return _HIM.sub("me", rest)


def carer_writing(text: str) -> bool:
    """Whether someone with the patient says at the start that they are writing ("this is
    Sharon, Gary's wife")."""
    m = _PREFACE.match(text)
    if m is None:
        return False
    name = m.group("name") or m.group("name2")
    return name is None or bool(_CAPITAL_NAME.match(name))
