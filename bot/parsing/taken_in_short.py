"""A reminder answered taken in the short ways people type it, said back in the words the
dose readers know: "both down", "all 3 in", "had the lot with brekkie", "did em all" →
"took them all"; "everything else in", "had the rest" → "took the rest"; "mobic and the
gabapentin in", "did the tramadol", "gaba as normal" → "took …" (each had read as nothing,
so an answered reminder was later marked missed). Pure; reads normalised text."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["taken_in_short"]

_AFTER = r"(?=\s*(?:$|[,.;!]|\b(?:with|at|now|already|this|just|today|tonight)\b))"
_ALL_OF_THEM = re.compile(
    r"\b(?:(?:both|all\s+(?:[2-6]|two|three|four|five|six)|all\s+of\s+(?:them|em|my\s+\w+)|em\s+all|"
    # ("all three ✅", "both done": ticked off together)
    r"them\s+all|everything)\s+(?:in|down|gone\s+down|swallowed|done|taken|\u2714\ufe0f?|\u2705)|"
    r"(?:had|done|did|taken)\s+(?:the\s+lot|em\s+all|them\s+all|all\s+of\s+(?:them|em)))"
    r"(?:\b|(?<=[\u2714\u2705\ufe0f]))" + _AFTER
)
# "done taking my meds", "already take it madam" (the present said for the past)
_DONE_TAKING = re.compile(
    r"\b(?:done|finished)\s+taking\s+(?P<what>(?:my|the)\s+(?:meds|pills|tablets|medicines?|medication|"
    r"morning\s+ones|evening\s+ones|night\s+ones))\b(?![^.?]*\b(?:for\s+good|any\s*more)\b)|"
    r"^\W*already\s+take\s+(?P<it>it|them|my\s+\w+)\b(?![^?]*\?)"
)
_THE_REST = re.compile(
    r"\b(?:(?:everything|all)\s+else\s+(?:in|down|taken|done|gone\s+down)|"
    r"(?:had|did|done)\s+the\s+(?:rest|others|other\s+ones?|other)|"
    r"the\s+(?:rest|others)\s+(?:in|down|taken|done))\b" + _AFTER
)
# Names then "in"/"down" closing the clause: "mobic and the gabapentin in", "lyrica down"
_NAMES_IN = re.compile(
    r"(?:^|(?<=[,.;!]\s)|(?<=[,.;!]))\s*(?P<names>(?:the\s+|my\s+)?[\w/-]+(?:\s+(?:and|&|n|\+)\s+(?:the\s+|my\s+)?[\w/-]+)*)"
    r"(?:\s+is|'s)?\s+(?:in|down|gone\s+down)(?=\s*(?:$|[,.;!]))"
)
# "did the tramadol", "did my lyrica": a dose done
# (never "did the celecoxib go down?": a question, a verb after it)
_DID_THE = re.compile(
    r"\bdid\s+(?P<det>the|my)\s+(?P<name>[\w/-]+)(?=\s*(?:$|[,.;!]|(?:at|this|last|today|tonight|earlier|"
    r"already|too|and|with|before|after|around|about|\d)\b))"
)
# "gaba as normal", "meloxicam as usual": the usual dose, taken
_AS_USUAL = re.compile(
    r"(?:^|(?<=[,.;!]\s)|(?<=[,.;!]))\s*(?:the\s+|my\s+)?(?P<name>[\w/-]+)\s+as\s+(?:usual|normal|per\s+usual|always)"
    r"(?=\s*(?:$|[,.;!]))"
)
_NAME_WORD = re.compile(r"[\w/-]+")


def taken_in_short(text: str, is_medicine: Callable[[str], bool]) -> str:
    """`text` with the short ways of saying doses were taken said as "took …"."""
    if " in" in text or " down" in text or "the lot" in text or "all" in text or "both" in text:
        text = _ALL_OF_THEM.sub("took them all", text)
    if "taking" in text or "already" in text:
        text = _DONE_TAKING.sub(lambda m: f"took {m['what'] or m['it']}", text)
    if " else " in text or "rest" in text or "other" in text:
        text = _THE_REST.sub("took the rest", text)
    if " in" in text or " down" in text:
        text = _NAMES_IN.sub(lambda m: _took_if_named(m, is_medicine), text)
    if "did " in text:
        text = _DID_THE.sub(
            lambda m: f"took {m['det']} {m['name']}" if is_medicine(m["name"]) else m.group(), text
        )
    if " as " in text:
        text = _AS_USUAL.sub(
            lambda m: f" took {m['name']}" if is_medicine(m["name"]) else m.group(), text
        )
    return text


def _took_if_named(m: re.Match[str], is_medicine: Callable[[str], bool]) -> str:
    words = [w for w in _NAME_WORD.findall(m["names"]) if w not in ("the", "my", "and", "n")]
    if not words or not all(is_medicine(w) for w in words):
        return m.group()
    return f" took {m['names']}"
