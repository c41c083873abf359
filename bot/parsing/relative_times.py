"""A dose's time told from another time said before it: "celebrex at 8 and 1 tramadol an
hour after that", "oxycodone 10 at 6 then 4 hours later another 10", "back started at 5,
took 2 advil an hour later", "30 min ago 2 percocet, 2 hrs before that 1 percocet". Said
again as the clock (or the "ago") it comes to, the words the dose readers know: the second
dose had been given the first one's time, or read as a wait ("an hour and a half later"
snoozed it). Pure; reads normalised text."""

from __future__ import annotations

import re

__all__ = ["times_from_the_one_before"]

# (its own small reader of a length: bot.parsing.numbers.minutes_of sits behind an import of
# bot.parsing.text, which calls this module)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_SMALL_WORDS = r"an?|one|two|three|four|five|six"
_DURATION = (
    r"(?:(?P<half_an>half\s+an?\s+(?:hour|hr))|(?P<n>\d{1,3}|" + _SMALL_WORDS + r")\s*"
    r"(?P<u>mins?|minutes?|m|hrs?|hours?|h)\b(?P<and_half>\s+and\s+a\s+half)?)"
)
# "an hour after that", "4 hours later", "an hour and a half later" (never "after my walk")
_AFTER_THAT = re.compile(
    _DURATION + r"\s+(?:later|after\s+that|afterwards|after(?=\s*(?:$|[,.;!]|and\b)))"
)
_BEFORE_THAT = re.compile(_DURATION + r"\s+(?:before\s+that|earlier)\b")
# The clock said before: "at 8", "at 7:30", "11pm", "at 10.30"
_CLOCK = re.compile(
    r"\b(?:at|@|around|about)\s+(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?(?:\s*(?P<ap>am|pm))?\b(?!\s*(?:mg|ml|mcg|g)\b)|"
    r"\b(?P<h2>\d{1,2})(?:[:.](?P<m2>[0-5]\d))?\s*(?P<ap2>am|pm)\b"
)
_AGO = re.compile(_DURATION + r"\s+(?:ago|back)\b")


def _minutes(m: re.Match[str]) -> int | None:
    if m["half_an"]:
        return 30
    raw = m["n"]
    n = int(raw) if raw.isdigit() else _SMALL.get(raw)
    if n is None:
        return None
    per = 1 if m["u"].startswith("m") else 60
    total = n * per + (per // 2 if m["and_half"] else 0)
    return total if 0 < total <= 12 * 60 else None


def _clock_after(clock: re.Match[str], minutes: int) -> str | None:
    hour = int(clock["h"] or clock["h2"])
    minute = int(clock["m"] or clock["m2"] or 0)
    ap = clock["ap"] or clock["ap2"]
    if hour > 23:
        return None
    if ap is not None:
        hour = hour % 12 + (12 if ap == "pm" else 0)
    total = hour * 60 + minute + minutes
    h, mm = divmod(total % (24 * 60), 60)
    if ap is not None or hour > 12:
        return f"{h:02d}:{mm:02d}"  # a 24-hour clock from one said with its half of the day
    h = h % 12 or 12  # bare, as the first was: read by the same rule
    return f"{h}:{mm:02d}" if mm else f"{h}"


def times_from_the_one_before(low: str) -> str:
    """`low` with "<length> later / after that" said as the clock it comes to after the
    clock before it, and "<length> before that" after an "ago" as the "ago" it makes."""
    if "later" in low or "after" in low:
        low = _AFTER_THAT.sub(lambda m: _later(low, m), low)
    if "before that" in low or "earlier" in low:
        low = _BEFORE_THAT.sub(lambda m: _earlier(low, m), low)
    return low


def _later(low: str, m: re.Match[str]) -> str:
    minutes = _minutes(m)
    clocks = list(_CLOCK.finditer(low, 0, m.start()))
    if minutes is None or not clocks:
        return m.group()
    at = _clock_after(clocks[-1], minutes)
    return f"at {at}" if at is not None else m.group()


def _earlier(low: str, m: re.Match[str]) -> str:
    minutes = _minutes(m)
    agos = list(_AGO.finditer(low, 0, m.start()))
    if minutes is None or not agos:
        return m.group()
    before = _minutes(agos[-1])
    return f"{before + minutes} min ago" if before is not None else m.group()
