"""What a message takes back of itself, beyond a number (`restated`): a medicine named
wrongly ("took the naproxen — sorry, the tramadol I mean"), a side ("down my right leg…
LEFT leg sorry"), one of two medicines ("celecoxib and tramadol at 7. sorry, only
celecoxib"), or a whole report ("took my gabapentin… actually no I didn't yet", "slept
great — kidding, barely 3 hrs"). The record keeps what stands after the correction,
never both."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from bot.parsing.intents import (
    DoseIntent,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
    SleepIntent,
)
from bot.parsing.restated import FILLER, TAKING_BACK

__all__ = ["merge_taken_back", "restate_names", "restate_side", "split_taken_back"]

#: (start, end) of each medicine named in a text.
FindNames = Callable[[str], Sequence[tuple[int, int]]]

# Words that take back what came before, after a pause (punctuation, "…", a dash).
_TAKEN_BACK = re.compile(
    r"(?:[,;.!?]+|\s[-–—]+|\.\.+)\s*"
    + FILLER
    + r"(?P<mark>"
    + TAKING_BACK
    + r"|just\s+kidding|kidding|jk|sorry|i\s+mean[t]?)\b\W*"
)
# "the tramadol I mean", "it was the tizanidine", "2 ibuprofen, not valium, wrong word"
_NAME_LEAD = re.compile(
    r"\s*(?:i\s+mean[t]?\s+|it\s+was\s+|it's\s+|make\s+(?:that|it)\s+)?(?:\d+\s+|an?\s+)?"
    r"(?:the\s+|my\s+)?$"
)
_NAME_TAIL = re.compile(
    r"(?:\s+i\s+mean[t]?)?(?:\s*,?\s*not\s+(?:the\s+|my\s+)?(?P<wrong>[\w-]+))?"
    r"(?:\s*,?\s*(?:wrong\s+\w+|my\s+bad|sorry))?\s*(?=[,.;!?]|$)"
)
_ONLY = re.compile(r"\s*only\s+(?:the\s+|my\s+)?$")
_JOINER = re.compile(r"\s*(?:,|and|&|\+|plus)\s*$")
_SIDE = re.compile(
    r"(?:[,;.!?]+|\s[-–—]+|\.\.+)\s*(?P<side>left|right)\s+(?P<part>leg|side|hip|buttock|knee|foot|arm|"
    r"shoulder)\s*,?\s*(?:sorry|i\s+mean[t]?|not\s+(?:left|right))?(?=\s*(?:[,.;!?]|$))"
)
_NOT_PLACE = re.compile(
    r"(?:[,;.!?]+|\s[-–—]+|\.\.+)\s*(?:sorry|no|actually|oops)\s*,?\s*not\s+(?:my\s+|the\s+)?"
    r"(?P<wrong>[\w ]{2,20}?)\s*,\s*(?:it's\s+|its\s+)?(?:my\s+|the\s+)?(?P<right>[\w ]{2,30}?)"
    r"(?=\s*(?:[,.;!?]|$))"
)


def restate_names(low: str, names: FindNames) -> str:
    """`low` with a medicine named wrongly replaced by the one meant, or a medicine taken
    back ("sorry, only celecoxib") removed; the correction itself removed."""
    for m in _TAKEN_BACK.finditer(low):
        found = names(low)
        before = [n for n in found if n[1] <= m.start()]
        after = [n for n in found if n[0] >= m.end()]
        if not before or not after:
            continue
        start, end = after[0]
        said = low[start:end]
        if _ONLY.fullmatch(low, m.end(), start):
            kept = [n for n in before if low[n[0] : n[1]] == said]
            if not kept:
                continue
            return _without_others(low, before, kept[0], m.start(), end)
        tail = _NAME_TAIL.match(low, end)
        if not _NAME_LEAD.fullmatch(low, m.end(), start) or tail is None:
            continue
        wrong = [n for n in before if tail["wrong"] and low[n[0] : n[1]] == tail["wrong"]]
        target = (wrong or before)[-1]
        if low[target[0] : target[1]] == said:
            continue
        return low[: target[0]] + said + low[target[1] : m.start()] + low[tail.end() :]
    return low


def _without_others(
    low: str, before: list[tuple[int, int]], kept: tuple[int, int], cut: int, end: int
) -> str:
    """`low` up to `cut` without the medicines other than `kept` (and what joined them),
    then what follows the correction's name."""
    out = low[:cut]
    for start, stop in sorted((n for n in before if n != kept), reverse=True):
        joined = _JOINER.search(out, 0, start)
        begin = joined.start() if joined and start > kept[1] else start
        out = out[:begin] + out[stop:]
    return out + low[end:]


def restate_side(low: str) -> str:
    """ "down my right leg… LEFT leg sorry": the side said last replaces the other;
    "in my hip - sorry not hip, my left buttock": the place meant replaces the one said."""
    m = _SIDE.search(low)
    if m is not None:
        other = "right" if m["side"] == "left" else "left"
        said = re.search(rf"\b{other}\s+{m['part']}\b", low[: m.start()])
        if said is not None:
            fixed = low[: said.start()] + m["side"] + low[said.start() + len(other) : m.start()]
            return fixed + low[m.end() :]
    n = _NOT_PLACE.search(low)
    if n is not None:
        wrong = re.search(rf"\b{re.escape(n['wrong'].strip())}\b", low[: n.start()])
        if wrong is not None:
            fixed = low[: wrong.start()] + n["right"] + low[wrong.end() : n.start()]
            return fixed + low[n.end() :]
    return low


def split_taken_back(low: str) -> tuple[str, str] | None:
    """The message before and after its last correction ("… actually no, I didn't
    yet"), or None when it takes nothing back."""
    last = None
    for m in _TAKEN_BACK.finditer(low):
        if low[: m.start()].strip() and low[m.end() :].strip():
            last = m
    if last is None:
        return None
    return low[: last.start()], low[last.end() :]


_MERGED = (DoseIntent, PainIntent, SleepIntent, SideEffectIntent, MoodIntent)


def merge_taken_back(before: list[Intent], after: list[Intent]) -> list[Intent] | None:
    """The report as corrected: what the words after the correction say replaces the same
    kind of report before it (a dose keeps the medicine it was about unless another is
    named). None when the words after it report nothing of a kind said before, so the
    message is read whole."""
    said_after = [i for i in after if isinstance(i, _MERGED)]
    if not said_after:
        return None
    kinds_before = {i.kind for i in before}
    if any(i.kind not in kinds_before for i in said_after):
        return None
    out: list[Intent] = [i for i in before if not isinstance(i, RedFlagIntent | NoteIntent)]
    for new in said_after:
        idx = max(k for k, old in enumerate(out) if old.kind == new.kind)
        out[idx] = _replace(out[idx], new)
    notes = [i for i in (*before, *after) if isinstance(i, NoteIntent)]
    return out + notes[:1]


def _replace(old: Intent, new: Intent) -> Intent:
    if isinstance(old, DoseIntent) and isinstance(new, DoseIntent):
        taken_now = new.status == "taken"
        return dataclasses.replace(
            old,
            status=new.status,
            medication=new.medication or old.medication,
            at=new.at if new.at is not None or new.status != "taken" else old.at,
            count=new.count if new.count is not None else (old.count if taken_now else None),
            amount=new.amount if new.amount is not None else old.amount,
            unit=new.unit if new.amount is not None else old.unit,
            reason=new.reason,
            minutes=new.minutes,
        )
    return new
