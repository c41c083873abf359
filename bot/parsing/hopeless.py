"""Hopelessness said plainly ("no point in anything", "this pain is never going to
end"): not itself a thought of suicide, but what clinicians answer by asking about one
directly (NICE NG225, self-harm: assessment, management and preventing recurrence,
1.5.3 on asking about suicidal intent; the Columbia scale asks it outright). Pure."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.suicidal_screen import says_safe

__all__ = ["sounds_hopeless"]

_HOPELESS: Final[re.Pattern[str]] = re.compile(
    r"\b(?:no\s+point\s+(?:in\s+)?(?:anything|any\s*more|living|trying|going\s+on|carrying\s+on|"
    r"getting\s+up|to\s+(?:anything|life|any\s+of\s+it))|"
    r"(?:what'?s|what\s+is)\s+(?:even\s+)?the\s+point\s+(?:of\s+(?:anything|it\s+all|living|going\s+on|"
    r"any\s+of\s+(?:it|this))|any\s*more)|"
    # said last, on its own: "… cant work cant do nothin. whats the point" (Sandbox, Sydney)
    r"(?:what'?s|what\s+is)\s+(?:even\s+)?the\s+point\W*$|"
    r"can'?t\s+(?:go\s+on|do\s+this\s+any\s*more|take\s+(?:it|this|much\s+more)\s+any\s*more|"
    r"cope\s+any\s*more|keep\s+going)|"
    r"(?:this\s+|the\s+|my\s+)?pain\s+(?:is\s+)?(?:never\s+going\s+to|will\s+never|won'?t\s+ever|"
    r"is\s+never\s+gonna|never\s+gonna)\s+(?:end|stop|go\s+away|get\s+better|ease)|"
    r"(?:feel|feeling|i'?m|im|i\s+am)\s+(?:so\s+|completely\s+|totally\s+|just\s+)?hopeless|"
    r"no\s+hope\s+(?:left|any\s*more)|given\s+up\s+on\s+everything|"
    r"had\s+enough\s+of\s+(?:everything|it\s+all|life)|end\s+of\s+my\s+(?:rope|tether)|"
    # Tagalog: "pagod na pagod na ako sa lahat" (so tired of everything), "suko na ako" (I
    # give up), "wala na akong pag-asa" (no hope left) — Sandbox, Manila
    r"pagod\s+na(?:\s+pagod)?\s+na\s+ako\s+sa\s+(?:lahat|buhay)|suko\s+na\s+ako|"
    r"wala\s+na\s+(?:akong\s+)?pag-?asa)|"
    # a wish to be gone said softly: "i want to disappear", "wish i could just vanish",
    # "wish i didn't exist" — a common way to voice passive thoughts of suicide (Sandbox,
    # Toronto: "i want to disappear" got "didn't quite catch that"). The writer's own
    # wish, never the pain's ("want the pain to disappear") nor a trip ("disappear to the
    # cottage for a week").
    r"(?:^|\bi\s+|\bi'?d\s+|\bi'?m\s+|\bi\s+am\s+)"
    r"(?:(?:just|really|sometimes|often|honestly|kinda|kind\s+of|so|literally|actually|also|"
    r"still|only|totally)\s+)*"
    r"(?:(?:want(?:ed|s)?|wanting|wanna|need|needed|would\s+like|like|wish(?:ing)?\s+i\s+could|"
    r"wish(?:ing)?\s+i\s+(?:was|were)\s+able)\s+(?:to\s+)?(?:just\s+|simply\s+|really\s+|quietly\s+)?"
    r"(?:disappear|vanish|fade\s+away|evaporate|not\s+be\s+here|not\s+exist|stop\s+existing|"
    r"cease\s+to\s+exist|be\s+gone|run\s+away\s+and\s+(?:disappear|vanish|never\s+come\s+back))\b"
    r"(?!\s+(?:to|on|into|off(?!\s+the\s+face)|under|behind|inside|from|for\s+(?:a|an|the|\d+|two|three|few|some|"
    r"the\s+weekend|the\s+day))\b)|"
    r"wish(?:ing)?\s+i\s+(?:didn'?t|did\s+not|don'?t)\s+exist|wish(?:ing)?\s+i\s+(?:had\s+)?never\s+existed)"
)


def sounds_hopeless(low: str) -> bool:
    """Whether normalised `low` says hopelessness plainly and does not also say the
    writer is safe."""
    return _HOPELESS.search(low) is not None and not says_safe(low)
