"""A pregnancy told by the writer — known ("I'm pregnant", "found out I'm 6 weeks
pregnant"), possible ("my period is late, could I be pregnant?"), planned ("trying for a
baby") — or asked about ("is naproxen safe in pregnancy?", "can I take these if
pregnant?"): answered with the labels' words on pregnancy (bot.domain.pregnancy). Never
someone else's ("my wife is pregnant"), a past one ("when I was pregnant with my son"), a
denied one ("I'm not pregnant") or the figure of speech ("a pregnant pause"). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["PregnancyTold", "says_pregnancy"]

# Cheap, on the text as written (this runs on every message): could it say this?
_MAYBE: Final = re.compile(
    r"pregnan|conceiv|\bttc\b|trying\s+for|expecting|baby\s+on\s+the\s+way|"
    r"(?:planning|want\w*|hop\w*)\s+(?:for\s+)?(?:a|another)\s+baby",
    re.I,
)
# Words between "I'm" and "pregnant": how far along, how sure ("I'm 12 weeks pregnant",
# "I'm pretty sure I'm pregnant", "im possibly pregnant")
_ALONG: Final = (
    r"(?:(?:now|also|actually|definitely|probably|possibly|maybe|just|newly|already|"
    r"currently|officially|finally|still|so|about|around|nearly|almost|only|a|few|like|"
    r"very|early|pretty|sure|kind|sort|of|kinda|\d+(?:\.\d+)?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|weeks?|wks?|months?|and|half|\+)\s+){0,5}"
)
_SELF: Final = re.compile(
    # "i'm (6 weeks) pregnant", "am i pregnant", "could i be pregnant", "i might be pregnant"
    r"\b(?:i'm|i\s+am|im|am\s+i|(?:could|might|may|can|would)\s+i\s+(?:\w+\s+)?be|"
    r"i\s+(?:might|may|could|must)\s+(?:well\s+|actually\s+|possibly\s+|just\s+|already\s+)?be|"
    r"i\s+(?:just\s+)?(?:got|get|fell|became|become)|i'm\s+getting|i've\s+(?:got(?:ten)?|become|"
    r"fallen|just\s+got(?:ten)?)|(?:found|find|turns)\s+out\s+(?:that\s+)?(?:i'm|i\s+am|im))\s+"
    + _ALONG
    + r"pregnant\b(?!\s+(?:pause|silence|moment|with\s+(?:meaning|possibilit\w*|ideas?|hope)))|"
    # "if (I'm / I get) pregnant", "while pregnant", "when pregnant" — never "when I was"
    r"\b(?:if|when|while|whilst|in\s+case|once)\s+(?:i'm\s+|i\s+am\s+|im\s+|i\s+get\s+|"
    r"i\s+become\s+|i\s+got\s+|i\s+fall\s+|i\s+do\s+get\s+)?pregnant\b|"
    # "trying / want / planning to get pregnant", "trying to conceive", "TTC"
    r"\b(?:try(?:ing)?|tried|want(?:ing)?|plan(?:ning)?|hop(?:e|ing)|going)\s+to\s+"
    r"(?:get|become|fall)\s+pregnant\b|\btry(?:ing)?\s+to\s+conceive\b|\bttc\b|"
    # "trying for a baby", "planning a pregnancy / another baby", "we're expecting (a baby)"
    r"\btrying\s+for\s+(?:a\s+|another\s+|our\s+(?:first|second|third)\s+)?"
    r"(?:baby|babies|kid|child|family|little\s+one)\b|"
    r"\bplanning\s+(?:for\s+)?(?:a\s+|another\s+)?(?:pregnancy|baby)\b|"
    r"\b(?:i'm|we're|i\s+am|we\s+are|im)\s+expecting\s+(?:a\s+baby|our\s+(?:first|second|third|"
    r"\w+\s+baby)|another\s+(?:baby|one)|again|twins|a\s+(?:boy|girl|little\s+one))\b|"
    r"\b(?:i|we)\s+(?:have|'ve\s+got|got)\s+a\s+baby\s+on\s+the\s+way\b|"
    # "(took a / positive) pregnancy test"
    r"\b(?:positive\s+pregnancy\s+test|pregnancy\s+test\s+(?:was\s+|is\s+|came\s+(?:back\s+|up\s+|"
    r"out\s+)?|just\s+came\s+back\s+)?positive|(?:took|did|doing|do|take|need\s+to\s+(?:do|take)|"
    r"should\s+(?:i\s+)?(?:do|take))\s+(?:a\s+)?pregnancy\s+test)\b"
)
# Asked of pregnancy in general: "is it safe in pregnancy", "ok during pregnancy",
# "pregnancy-safe", "can pregnant women take"
_ASKED: Final = re.compile(
    r"\b(?:safe|ok|okay|fine|allowed|harm\w*|risk\w*|dangerous|bad|affect\w*|use|take|taking|"
    r"used|taken)\b[^.!;]{0,40}?\b(?:in|during|for|through(?:out)?)\s+(?:early\s+|late\s+|"
    r"a\s+|the\s+|my\s+)?pregnancy\b|"
    r"\bpregnancy[\s-]+safe\b|\bsafe\s+(?:for|in)\s+pregnant\s+(?:women|people|ladies|mums|moms)\b|"
    r"\bpregnant\s+(?:women|people|ladies|mums|moms)\s+(?:take|use|have)\b"
)
# Someone else's pregnancy, or one said of another, in the same clause
_ANOTHER: Final = re.compile(
    r"\b(?:wife|wife's|partner|partner's|girlfriend|gf|missus|misses|daughter|daughter's|"
    r"sister|sister's|niece|cousin|friend|friend's|mum|mom|mother|colleague|neighbou?r|"
    r"she|she's|shes|her|they|they're|he|he's|son|son's|dil|in-law)\b"
)
_CLAUSE_END: Final = re.compile(r"[.?!;\n]|,\s*(?:but|and|so)\b|\bbut\b")
# Said of a pregnancy denied, or of one past
_DENIED: Final = re.compile(
    r"\b(?:not|never|no\s+longer|isn't|aren't|wasn't|can't|cannot|couldn't)\s+"
    r"(?:\w+\s+){0,2}pregnant\b|"
    r"\b(?:negative\s+pregnancy\s+test|pregnancy\s+test\s+(?:was\s+|is\s+|came\s+(?:back\s+)?)?"
    r"negative)\b|\bno\s+(?:chance|way)\s+(?:that\s+)?(?:i'm|i\s+am|im|i\s+could\s+be)\s+pregnant\b"
)

# A pregnancy of years ago: "I got pregnant with my son in 2012", "after I fell pregnant"
_BECAME: Final = re.compile(r"\b(?:got|fell|became)\b")
_PAST_AFTER: Final = re.compile(
    r"^[\s,]*(?:with\s+(?:my|our|him|her|the)\b|\d+\s+(?:years?|yrs?)\s+ago|(?:back\s+)?in\s+"
    r"(?:19|20)\d\d|years\s+ago|(?:at|when\s+i\s+was)\s+\d+)"
)
_PAST_BEFORE: Final = re.compile(r"\b(?:when|after|before|since|until)\s+$")
# "I was taking tramadol during my pregnancy", "my last pregnancy": one past
_PAST_CLAUSE: Final = re.compile(
    r"\b(?:was|were|had|did|used\s+to|last|previous|first|second|third)\b"
)


@dataclass(frozen=True, slots=True)
class PregnancyTold:
    """A pregnancy said or asked about; the medicines the message names (generics, in the
    order said), beside the person's own."""

    medicines: tuple[str, ...]


def says_pregnancy(text: str, names: Sequence[str] = ()) -> PregnancyTold | None:
    """The pregnancy `text` tells or asks about (`names`: the person's medicines, for those
    the message names); None when it tells of none of the writer's."""
    if not _MAYBE.search(text):
        return None
    low = normalise(text)
    own = any(_own(low, m) for m in _SELF.finditer(low)) or any(
        _own(low, m, asked=True) for m in _ASKED.finditer(low)
    )
    if not own:
        return None
    meds = Meds(list(names), DEFAULT_RESOLVE)
    said: list[str] = []
    for mention in meds.mentions(low):
        if mention.generic not in said:
            said.append(mention.generic)
    return PregnancyTold(tuple(said))


def _own(low: str, m: re.Match[str], *, asked: bool = False) -> bool:
    """Whether the pregnancy matched is the writer's (or `asked` of in general): not
    denied, not one past, and no one else's in the clause it is said in."""
    start, end = m.span()
    before, after = low[max(0, start - 8) : start], low[end : end + 40]
    if _BECAME.search(m.group()) and (_PAST_AFTER.search(after) or _PAST_BEFORE.search(before)):
        return False
    if _DENIED.search(low[max(0, start - 25) : end + 25]) and not m.group().startswith(
        ("if", "when", "while", "whilst", "in case", "once", "trying", "try", "want", "plan")
    ):
        return False
    clauses = [c.end() for c in _CLAUSE_END.finditer(low, 0, start)]
    clause = low[clauses[-1] if clauses else 0 : start]
    said = m.group()
    if asked and _PAST_CLAUSE.search(low[clauses[-1] if clauses else 0 : end]):
        return False
    if said.startswith(("i'm", "i ", "im ", "am i", "found", "find", "turns")):
        return True  # "I'm pregnant" is the writer's, whoever else the clause names
    return _ANOTHER.search(clause + " " + said) is None
