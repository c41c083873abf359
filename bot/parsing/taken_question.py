"""A person asking the record whether they took a dose: "did I take my gabapentin this
morning?", "have I had my meds today?". Such a question is answered from what is
recorded (never a dose logged, never advice); pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.parsing.doubted import denies_what_was_told, doubts_in, may_doubt
from bot.parsing.experiencer import ASKS_THE_RECORD, QUESTION_OPENERS
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE, asked_clauses, clause_sentences
from bot.parsing.text import clauses, normalise

__all__ = ["TakenQuestion", "asks_if_taken"]

_ASKS = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*"
    # ("I am so sorry but I can not remember if I took…": the apology and the "I" too)
    r"(?:(?:i'm|im|i\s+am)\s+(?:so\s+|very\s+|really\s+)?sorry\W+(?:but\s+)?)?"
    r"(?:(?:(?:did|have|had)\s+i|(?:(?:(?:i'm|im|i\s+am|i)\s+)?not\s+sure|"
    r"(?:i\s+)?(?:can't|cant|cannot|can\s+not|don't|dont|do\s+not)\s+(?:remember|recall|know)|"
    r"(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?remind\s+me|" + ASKS_THE_RECORD + r")"
    r"\s+(?:if|whether)\s+(?:i've|i\s+have|i\s+had|i))\s+(?:already\s+|even\s+|actually\s+|definitely\s+|really\s+)?"
    r"(?:take|taken|took|had|have|swallow(?:ed)?|put\s+on|done|log(?:ged)?|record(?:ed)?|mark(?:ed)?|"
    r"enter(?:ed)?|tick(?:ed)?\s+off)|"
    r"(?:was|is|has)\s+my\s+(?P<mine>[\w/ -]{1,40}?)\s+(?:been\s+)?(?:taken|had|done))\b"
    r"(?P<rest>[^?]*)\??\s*$"
)
# Only a message opening so is normalised and read (this runs on every message)
_OPENING = re.compile(
    r"^\W*(?:did|have|had|was|is|has|how\s+(?:many|much)|not\s+sure|can'?t|cannot|can\s+not|don'?t|remind\s+me|quick|sorry|"
    r"i\s+(?:can'?t|cannot|can\s+not|don'?t|do\s+not|am|'m)|i'?m|"
    r"(?:can|could|would)\s+you\s+(?:please\s+|pls\s+)?(?:remind|tell|check|confirm|see)|please|pls|"
    r"what\s+(?:meds\s+|medicines?\s+|pills\s+)?(?:did|have|had)\s+i|"
    r"wait|hmm+|oh|sir|madam|kindly|btw|any\s+idea|do\s+you\s+know|tell\s+me|check|let\s+me\s+know|"
    r"what(?:'?s|\s+is)\s+(?:my|the)|total|my\s+[\w/' -]{1,40}?\s+(?:total|count|tally))\b",
    re.IGNORECASE,
)


# "how many co-codamol have I had today?", "how much paracetamol did I take?"
_HOW_MANY = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*how\s+(?:many|much)\s+(?P<mine>[\w/' -]{0,40}?)\s*"
    # ("how much paracetamol i took in last 24 hrs?": Indian English, no "did")
    r"(?:(?:have|did|had)\s+i|i\s+(?:have\s+)?)\s+(?:already\s+|actually\s+)?"
    r"(?:had|taken|took|take|have|used)\b"
    r"(?P<rest>[^?]*)\??\s*$"
)
# "how many norco today", "how much tylenol so far?": the same question, said short
_HOW_MANY_SHORT = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*how\s+(?:many|much)\s+(?P<mine>[\w/' -]{1,40}?)\s+"
    r"(?P<rest>(?:have\s+i\s+had\s+)?(?:today|so\s+far(?:\s+today)?|since\s+(?:this\s+morning|"
    r"midnight)|in\s+(?:the\s+)?(?:last|past)\s+24\s*(?:hours|hrs|h)))\W*$"
)
# "in the last 24 hours", "past 24 hrs": the rolling day the label's maximum is counted in
_LAST_DAY = re.compile(r"\b(?:last|past)\s+24\s*(?:hours|hrs|hr|h)\b|\b24\s*(?:hours|hrs|h)\b")
_SO_FAR = (
    r"(?:(?:for\s+|of\s+)?today|so\s+far(?:\s+today)?|since\s+(?:this\s+morning|midnight)|"
    r"in\s+(?:the\s+)?(?:last|past)\s+24\s*(?:hours|hrs|h))"
)
# "total tylenol today?", "what's the total of my paracetamol so far": the count asked by
# its total
_TOTAL_BEFORE = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*(?:what(?:'?s|\s+is)\s+)?(?:my\s+|the\s+)?total\s+"
    r"(?:of\s+)?(?:my\s+|the\s+)?(?P<mine>[\w/' -]{1,40}?)\s*(?P<rest>" + _SO_FAR + r")?\W*$"
)
# "what's my acetaminophen total today", "norco count so far?"
_TOTAL_AFTER = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*(?:what(?:'?s|\s+is)\s+)?(?:my\s+|the\s+)?"
    r"(?P<mine>[\w/' -]{1,40}?)\s+(?:total|count|tally)\s*(?P<rest>" + _SO_FAR + r")?\W*$"
)
# "what did I take today?", "what have I had so far": every dose of the day, read back
_WHAT_TAKEN = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r")\W+)*what\s+(?P<mine>(?:meds\s+|medicines?\s+|pills\s+)?)"
    r"(?:did|have|had)\s+i\s+(?:already\s+)?(?:take|taken|took|had|have)\b"
    r"(?P<rest>\s*(?:" + _SO_FAR + r")?)\W*$"
)
_ABOUT_DOSES = re.compile(
    r"\b(?:meds|medication|medicines?|pills?|tablets?|doses?|tabs|pain\s*killers?)\b"
)


@dataclass(frozen=True, slots=True)
class TakenQuestion:
    """What the question names: the person's medicines it names (generics) and whether it
    asks about every dose."""

    medicines: tuple[str, ...]
    about_all: bool
    how_many: bool = False  # "how many … have I had": the count is said too
    #: Each medicine named as the person wrote it ("paracetamol" for acetaminophen), so
    #: the answer uses their word.
    written: tuple[tuple[str, str], ...] = ()
    #: "in the last 24 hours": the rolling day the labels count in, not the calendar day
    last_day: bool = False
    #: "think I took it?", "might have taken a tizanidine": told in doubt, so not logged
    doubted: bool = False

    def said(self, generic: str) -> str | None:
        """How the person wrote `generic`, if they named it."""
        return dict(self.written).get(generic)


# "meds taken?", "evening gabapentin done?": a report's words asked as a question
_ASKED_SHORT = re.compile(
    r"^\W*(?P<mine>(?:[\w/'-]+\s+){0,4}?[\w/'-]+)\s+(?:taken|done|had)(?P<rest>\s+(?:today|yet|this\s+\w+))?"
    r"\s*\?+\s*$"
)


# "is that too much APAP w/ the Norco?": how much of it the last day holds, from the record
# (Sandbox, Chicago: a nurse's worried question was filed as a note, unanswered)
_TOO_MUCH = re.compile(
    r"^\W*(?:is|was|am\s+i\s+(?:having|taking|on))\s+(?:that|this|it|i)?\s*(?:too\s+much|over\s+the\s+limit"
    r"|too\s+many)\s+(?:of\s+(?:the\s+|my\s+)?)?(?P<mine>[\w/' -]{1,40}?)"
    r"(?P<rest>\s+(?:w/|with|and|plus|on\s+top\s+of)\s+[^?]*)?\s*\?+\s*$"
)


def asks_if_taken(text: str, meds: Sequence[str] = ()) -> TakenQuestion | None:
    """The question "did I take …?" in `text`, or None when the text is not one; `meds`
    is the person's regimen, read as the parser reads it ("my nerve pill", "lyrica")."""
    short = text.rstrip().endswith("?") and len(text) < 60
    if not (_OPENING.match(text) or short):
        return _in_doubt(text, meds) if may_doubt(text) else None
    low = normalise(text)
    if len(low) > 120:
        return None
    m = (
        _HOW_MANY.match(low)
        or _HOW_MANY_SHORT.match(low)
        or _ASKS.match(low)
        or _WHAT_TAKEN.match(low)
        or _TOTAL_BEFORE.match(low)
        or _TOTAL_AFTER.match(low)
        or (_ASKED_SHORT.match(low) if short else None)
        or _TOO_MUCH.match(low)
    )
    if m is None:
        return _in_doubt(text, meds) if may_doubt(text) else None
    words = " ".join(filter(None, (m["mine"], m["rest"]))).strip()
    named, written = _named_in(words, meds)
    counted = m.re in (_HOW_MANY, _HOW_MANY_SHORT, _TOTAL_BEFORE, _TOTAL_AFTER, _TOO_MUCH)
    vague = m.re is _ASKED_SHORT or (counted and m["mine"].strip())
    if vague and not named and not _ABOUT_DOSES.search(words):
        return None  # "homework done?", "how many steps have I had": not about a dose
    last_day = m.re is _TOO_MUCH or bool(m["rest"] and _LAST_DAY.search(m["rest"]))
    return TakenQuestion(named, not named, counted, written, last_day)


def _in_doubt(text: str, meds: Sequence[str]) -> TakenQuestion | None:
    """ "think I took it?", "might have taken a tizanidine, might not": a dose told in
    doubt is answered as the question it is, from the record."""
    low = normalise(text)
    if len(low) > 160:
        return None
    parts = clauses(low)
    if not parts or not doubts_in(parts, asked_clauses(low, parts), clause_sentences(low, parts)):
        return None
    named, written = _named_in(low, meds)
    doubted = not denies_what_was_told(low)
    return TakenQuestion(named, not named, written=written, doubted=doubted)


def _named_in(
    words: str, meds: Sequence[str]
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The person's medicines `words` name (generics), and each as it was written."""
    mentions = Meds(list(meds), DEFAULT_RESOLVE).mentions(words)
    named = tuple(dict.fromkeys(mention.generic for mention in mentions))
    written = {
        mention.generic: words[mention.start : mention.end] for mention in reversed(mentions)
    }
    return named, tuple(written.items())
