"""A command asked for in words: "show my meds" is /meds, "how's my week been" /summary,
"send my report for the doctor" /report, "what can you do" /help; and "stop reminding me
about the naproxen" asks for that medicine's reminders to stop. Pure, like the rest of
bot.parsing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.parsing.addline import parse_add_line
from bot.parsing.medications import Meds
from bot.parsing.parser import DEFAULT_RESOLVE
from bot.parsing.text import normalise

__all__ = ["add_said", "command_said", "stop_reminders_for"]

_LONGEST = 70
_PLEASE = r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|plz\s+)?"
_END = r"(?:\s+(?:please|pls|plz|now|again))?\W*$"
_MEDS = r"(?:meds|medications?|medicines?|pills|tablets|list|prescriptions?)"

_COMMANDS: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "meds",
        re.compile(
            r"^\W*" + _PLEASE + r"(?:(?:show|list|see|view|check|give)\s+(?:me\s+)?(?:all\s+)?"
            r"(?:my|the)\s+" + _MEDS + r"|my\s+" + _MEDS + r"|what\s+(?:meds|medications|medicines|"
            r"pills)\s+(?:am\s+i\s+on|do\s+i\s+(?:take|have))|what(?:'s|\s+is)\s+on\s+my\s+list)"
            + _END
        ),
    ),
    (
        "summary",
        re.compile(
            r"^\W*" + _PLEASE + r"(?:(?:show|give|send)\s+(?:me\s+)?my\s+(?:week|summary|progress|"
            r"weekly\s+summary)|how\s+(?:has|was|is|'s)\s+my\s+(?:week|pain)(?:\s+been)?"
            r"(?:\s+(?:this|the\s+last|over\s+the)\s+week)?|what(?:'s|\s+has)\s+my\s+pain\s+been\s+like"
            r"(?:\s+(?:this|the\s+last)\s+week)?|how\s+am\s+i\s+doing(?:\s+this\s+week)?)" + _END
        ),
    ),
    (
        "report",
        re.compile(
            r"^\W*"
            + _PLEASE
            + r"(?:send|make|get|create|give|do|print)\s+(?:me\s+)?(?:my|a|the)\s+"
            r"(?:report|pdf)(?:\s+for\s+(?:my|the)\s+(?:doctor|gp|dr|appointment|visit))?" + _END
        ),
    ),
    (
        "help",
        re.compile(
            r"^\W*(?:what\s+can\s+(?:you|i)\s+(?:do|say|ask)|how\s+does\s+(?:this|it)\s+work|"
            r"what\s+do\s+you\s+do|help(?:\s+me)?|i\s+need\s+help\s+with\s+(?:the\s+)?(?:bot|this\s+app)|"
            # someone new to bots: "what is this", "how do i use you" (Sandbox, Chicago)
            r"what(?:'s|\s+is)\s+this(?:\s+(?:bot|app|thing|chat))?|what\s+are\s+you|"
            r"how\s+(?:do|can|should)\s+i\s+(?:use|start\s+using|work)\s+(?:you|this|it|the\s+bot)(?:\s+bot)?|"
            r"how\s+do(?:es)?\s+(?:this|it|you)\s+work|how\s+do\s+i\s+(?:start|begin))"
            r"\W*$"
        ),
    ),
)

_STOP_REMINDING: Final = re.compile(
    r"^\W*"
    + _PLEASE
    + r"(?:stop\s+(?:reminding\s+me|the\s+reminders?|sending\s+(?:me\s+)?reminders?)"
    r"|(?:don't|dont|do\s+not)\s+remind\s+me|no\s+more\s+reminders?)\s+"
    r"(?:about|for|of|to\s+take)\s+(?P<what>.+?)(?:\s+(?:anymore|any\s+more|please|pls))?\W*$"
)


# The report asked for inside a longer message: "my daughter wants me to share the report
# with the GP, can you make it for her?" (it was kept as a question for the doctor —
# Sandbox, Dublin), "how do I get a pdf for my doctor"
_REPORT_ASKED: Final = re.compile(
    r"\b(?:report|pdf)\b[^?]{0,80}?\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:make|do|send|"
    r"get|create|print|give|put\s+together)\b|"
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?(?:make|do|send|get|create|print|give|"
    r"put\s+together)\s+(?:me\s+|her\s+|him\s+|us\s+)?(?:the|my|a|a\s+copy\s+of\s+(?:the|my))\s+"
    r"(?:report|pdf)\b|"
    r"\bhow\s+(?:do|can)\s+i\s+(?:get|make|share|send|print)\s+(?:the|my|a)\s+(?:report|pdf)\b"
)
_LONGEST_REPORT_ASK = 160


def command_said(text: str) -> str | None:
    """The command a short message asks for in words ("show my meds": "meds"), or None."""
    if not text:
        return None
    low = normalise(text)
    if len(text) <= _LONGEST_REPORT_ASK and _REPORT_ASKED.search(low):
        return "report"
    if len(text) > _LONGEST:
        return None
    return next((name for name, pattern in _COMMANDS if pattern.match(low)), None)


# "delete the tramadol", "remove naproxen from my list", "take the omeprazole off": the
# list's own Remove asked for in words (Sandbox, London: "it doesn't sound like one you took")
_REMOVE_ASKED: Final = re.compile(
    r"^\W*" + _PLEASE + r"(?:delete|remove|take|get\s+rid\s+of|drop)\s+(?P<what>.+?)"
    r"(?:\s+(?:off|from|out\s+of)(?:\s+(?:my|the)\s+(?:list|meds|medicines|medications|"
    r"reminders))?)?" + _END
)


_A_DOSE_MEANT: Final = re.compile(
    r"\b(?:i|i've|i\s+have|you)\s+(?:just\s+)?(?:logged|took|had|taken|entered|put|said|recorded|"
    r"added)\b|\b(?:dose|doses|entry|entries|one|tablet|pill|log)\b|\b(?:today|yesterday|"
    r"tonight|this\s+morning|last\s+night|at\s+\d)"
)


def remove_asked_for(text: str, meds: Sequence[str]) -> str | None:
    """The medicine of the person's list that "delete the tramadol" asks to take off it (a
    generic of `meds`), or None ("take the tramadol" alone is no removal)."""
    if not text or len(text) > _LONGEST:
        return None
    low = normalise(text)
    m = _REMOVE_ASKED.match(low)
    if m is None or (low.lstrip().startswith("take") and not re.search(r"\b(?:off|out)\b", low)):
        return None
    if _A_DOSE_MEANT.search(m["what"]):
        return None  # "delete the tramadol I logged": a dose to undo, not the list's line
    return _the_one_listed(m["what"], meds)


def _the_one_listed(words: str, meds: Sequence[str]) -> str | None:
    """The one medicine of `meds` (generics) that `words` name, or None (none, or two)."""
    named = [x.generic for x in Meds(list(meds), DEFAULT_RESOLVE).mentions(words)]
    mine = [g for g in dict.fromkeys(named) if g in meds]
    return mine[0] if len(mine) == 1 else None


def stop_reminders_for(text: str, meds: Sequence[str]) -> str | None:
    """The medicine of the person's list whose reminders "stop reminding me about the
    naproxen" asks to stop (a generic of `meds`), or None."""
    if not text or len(text) > _LONGEST:
        return None
    m = _STOP_REMINDING.match(normalise(text))
    if m is None:
        return None
    return _the_one_listed(m["what"], meds)


# "add naproxen", "please add my gabapentin 300mg at 8am", "can you add naproxen to my
# list", "add a reminder for my cymbalta at 9am": /add asked for without the slash (it was
# "not a dose you took", or a dose logged — Sandbox)
_ADD: Final = re.compile(
    r"^\W*" + _PLEASE + r"(?:i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+|let's\s+|lets\s+)?"
    r"add\s+(?:a\s+(?:new\s+)?(?:reminder|medicine|medication|med)\s+(?:for\s+)?)?(?:my\s+)?"
    r"(?P<line>.+?)(?:\s+(?:to|on(?:to)?|in(?:to)?)\s+(?:my|the)\s+(?:reminders|" + _MEDS + r"))?"
    r"(?:\s+(?:please|pls|plz))?\W*$"
)
_LONGEST_ADD = 120
# "add to my questions", "add that", "add a note"; "add another tylenol", "add 2 more": a
# dose told, not a medicine to add
_NOT_A_MEDICINE: Final = re.compile(
    r"(?:to|that|it|this|these|them|a\s+note|notes?|another|one\s+more|an?\s+extra|extra|"
    r"a\s+dose|more|\d)\b"
)


def add_said(text: str) -> str | None:
    """The /add line a message asks for in words ("add naproxen 500mg twice a day":
    "naproxen 500mg twice a day"), or None. Only a medicine we know, or one said with
    its strength ("add zorbex 20mg"): "add more salt" or "add to my questions: …" is no
    medicine to add."""
    if not text or len(text) > _LONGEST_ADD:
        return None
    m = _ADD.match(normalise(text))
    line = m["line"].strip() if m is not None else ""
    if not line or _NOT_A_MEDICINE.match(line):
        return None
    known = bool(Meds([], DEFAULT_RESOLVE).mentions(line))
    return line if known or parse_add_line(line).amount is not None else None
