"""Emoji that stand for words in a quick reply: "🚶 20min" is a walk, "🧘 10 min" yoga,
"🔟/10" a ten, "shooting → right leg" runs down it, "💊 x2" two pills. Said as the words
the readers know, before they read (a face or a tick keeps its own meaning elsewhere).
Pure."""

from __future__ import annotations

import re

__all__ = ["emoji_said"]

# A person emoji may carry a skin tone and a gender after a zero-width joiner
_VARIANT = "[\U0001f3fb-\U0001f3ff]?(?:\u200d[\u2640\u2642]\ufe0f?)?\ufe0f?"
_DOINGS = {
    "\U0001f4a9": " poo ",  # 💩
    "\U0001f6b6": " walked ",  # 🚶
    "\U0001f9d8": " yoga ",  # 🧘
    "\U0001f3ca": " swim ",  # 🏊
    "\U0001f3c3": " jogged ",  # 🏃
    "\U0001f6b4": " cycled ",  # 🚴
    "\U0001f3cb": " gym ",  # 🏋
}
_DOING = re.compile("(" + "|".join(_DOINGS) + ")" + _VARIANT)
# Keycap digits ("5️⃣") and the ten ("🔟")
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
# An arrow between words: "shooting → right leg", "hip ➡️ knee", "11pm→6am"
_ARROW = re.compile("\\s*(?:\u2192|\u27a1\ufe0f?|\U0001f449" + _VARIANT + ")\\s*")
_A_TIME_BEFORE = re.compile(r"\d(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)
# "💊 x2", "💊x1": that many pills taken
_PILLS_COUNTED = re.compile("\U0001f48a\\s*(?:x\\s*([1-4])|([1-4])\\s*x)\\b")


# Signs of a pain and where it runs: "⚡️⬇️ right leg", "🔥 bum ➡️ left thigh", "L 🦵"
_PAIN_SIGNS = {
    "\u26a1": " ",  # ⚡: shooting to some, tingling to others, so neither
    "\U0001f525": " burning ",  # 🔥
    "\u2b07": " down ",  # ⬇
}
_PAIN_SIGN = re.compile("(" + "|".join(_PAIN_SIGNS) + ")\ufe0f?")
_SIDED_LEG = re.compile("(?:\\b([lr])\\s*)?\U0001f9b5\ufe0f?", re.IGNORECASE)
# A reminder's answer by its own buttons' emoji: ⏭ skip; 🩹 the patch
_SKIPPED = re.compile("\u23ed\ufe0f?")
_PATCH = re.compile("\U0001fa79\ufe0f?")


def _leg(m: re.Match[str]) -> str:
    side = (m[1] or "").lower()
    return {"l": " left leg ", "r": " right leg "}.get(side, " leg ")


# A face of pain right before a number out of ten: "😖 7", "😣6", "😫 8/10" (a score, as "pain
# 7" is; the face alone stays a face)
_PAIN_FACE_SCORE = re.compile(
    "[\U0001f616\U0001f623\U0001f62b\U0001f629\U0001f62d\U0001f62c]\ufe0f?"
    r"\s*(?=(?:10|[0-9])(?:\s*/\s*10)?(?!\s*(?:[:.]\d|h\b|hrs?|hours?|am|pm|min)))"
)


def emoji_said(text: str) -> str:
    """`text` with the emoji that stand for words said in those words."""
    if _PAIN_FACE_SCORE.search(text):
        text = _PAIN_FACE_SCORE.sub(" pain ", text)
    if _PAIN_SIGN.search(text):
        text = _PAIN_SIGN.sub(lambda m: _PAIN_SIGNS[m[1]], text)
    if "\U0001f9b5" in text:
        text = _SIDED_LEG.sub(_leg, text)
    if "\u23ed" in text:
        text = _SKIPPED.sub(" skipped ", text)
    if "\U0001fa79" in text:
        text = _PATCH.sub(" patch ", text)
    if _DOING.search(text):
        text = _DOING.sub(lambda m: _DOINGS[m[1]], text)
    if "\u20e3" in text or "\U0001f51f" in text:
        text = _KEYCAP.sub(r"\1", text).replace("\U0001f51f", "10")
    if _ARROW.search(text):
        # between two times a span ("11pm→6am"); elsewhere where the pain runs
        text = _ARROW.sub(
            lambda m: (
                " to "
                if _A_TIME_BEFORE.search(text, 0, m.start())
                and text[m.end() : m.end() + 1].isdigit()
                else " down to "
            ),
            text,
        )
    if "\U0001f48a" in text:
        text = _PILLS_COUNTED.sub(lambda m: f" took {m[1] or m[2]} pills ", text)
    return text
