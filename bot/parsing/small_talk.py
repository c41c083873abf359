"""The words around the record, said on their own: thanks, an "ok", a "hello?", and
"undo" / "ignore that" for what was just sent. Each is answered as what it is — never
"Sorry, I didn't catch that", nor a dose asked about for a thumbs-up. Pure, like the
rest of bot.parsing."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.text import normalise

__all__ = [
    "asks_undo",
    "is_ack",
    "is_greeting",
    "is_thanks",
    "meant_for_another_chat",
    "said_of_yesterday",
]

_LONGEST = 40
# What may stand around the words: punctuation, a friendly emoji, "bot", a "so much".
_AROUND = r"[\s!.,?~\-:)(❤️💙🙏😊🙂👍🏻🏼🏽🏾🏿]*"
_TO_YOU = r"(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+bunch|again|backtrack|bot|mate|love|x+))*"

_THANKS: Final = re.compile(
    r"^" + _AROUND + r"(?:ok(?:ay)?\s+|great\s+|perfect\s+|lovely\s+|cool\s+)?"
    r"(?:thanks?|thank\s+(?:you|u)|thx|thnx|ty|tysm|cheers|ta|much\s+appreciated|"
    r"appreciate\s+it|🙏[🏻🏼🏽🏾🏿]?|💙|❤️?)" + _TO_YOU + _AROUND + r"$"
)
_ACK: Final = re.compile(
    r"^" + _AROUND + r"(?:ok(?:ay)?|okey|k|kk|cool|great|got\s+it|noted|alright|"
    r"all\s+right|sounds\s+good|perfect|lovely|nice|sure|understood|will\s+do|👍[🏻🏼🏽🏾🏿]?|👌)"
    + _AROUND
    + r"$"
)
_GREETING: Final = re.compile(
    r"^" + _AROUND + r"(?:hi|hello|hey|hiya|howdy|yo|good\s+(?:morning|afternoon|evening)|"
    r"morning|evening|are\s+you\s+(?:there|still\s+there|awake|working)|"
    r"(?:is\s+)?any(?:one|body)\s+(?:there|home)|you\s+there)"
    r"(?:\s+(?:there|again|backtrack|bot))?" + _AROUND + r"$"
)
_UNDO: Final = re.compile(
    r"^" + _AROUND + r"(?:(?:oops|sorry|whoops|my\s+bad)\W+)?(?:please\s+)?"
    r"(?:undo(?:\s+(?:that|it|this|the\s+last\s+(?:one|message|entry)))?|"
    r"(?:ignore|delete|remove|cancel|scrap|scratch|disregard|erase)\s+"
    r"(?:that|this|it|the\s+last\s+(?:one|message|entry)|that\s+last\s+(?:one|message|entry)|"
    r"my\s+last\s+(?:one|message|entry))(?:\s+(?:please|pls))?|"
    r"wrong\s+chat(?:\W+(?:ignore|sorry)(?:\s+that)?)?)" + _AROUND + r"$"
)


_OF_YESTERDAY: Final = re.compile(
    r"^" + _AROUND + r"(?:(?:oops|sorry|whoops|my\s+bad|actually)\W+)?"
    r"(?:(?:that|this|it|those|these)(?:'s|\s+(?:was|were|is|are|one\s+was))\s+(?:for\s+|from\s+)?|"
    r"i\s+meant\s+|(?:for|from)\s+)"
    r"(?:yesterday|last\s+night)(?:\s+(?:not\s+today|actually))?" + _AROUND + r"$"
)


def _short(text: str) -> str | None:
    if not text or len(text) > _LONGEST:
        return None
    return normalise(text)


def is_thanks(text: str) -> bool:
    """ "thanks!", "thank you so much 🙏", "ok thanks": thanks and nothing else."""
    low = _short(text)
    return low is not None and bool(_THANKS.match(low))


def is_ack(text: str) -> bool:
    """ "ok", "got it", "👍": an acknowledgement and nothing else (not an emoji alone
    of another meaning)."""
    low = _short(text)
    return low is not None and bool(_ACK.match(low))


def is_greeting(text: str) -> bool:
    """ "hello?", "hi there", "are you there": a greeting and nothing else."""
    low = _short(text)
    return low is not None and bool(_GREETING.match(low))


def asks_undo(text: str) -> bool:
    """ "undo", "ignore that", "delete the last one", "wrong chat": what was just sent,
    taken back."""
    low = _short(text)
    return low is not None and bool(_UNDO.match(low))


def said_of_yesterday(text: str) -> bool:
    """ "that was yesterday", "i meant last night": what was just sent belongs to the day
    before."""
    low = _short(text)
    return low is not None and bool(_OF_YESTERDAY.match(low))


# "done ✅ — oops wrong chat, ignore that", "sorry meant that for my sister"
_WRONG_CHAT: Final = re.compile(
    r"\bwrong\s+(?:chat|person|number|group|convo|conversation|window|thread|app)\b|"
    r"\bmeant\s+(?:that|this)\s+for\s+(?:someone|somebody|my\s+\w+)\b"
)


def meant_for_another_chat(low: str) -> bool:
    """Whether normalised text says it was sent here by mistake: nothing in it is a record."""
    return _WRONG_CHAT.search(low) is not None
