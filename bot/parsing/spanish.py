"""Spanish said in the English the parser reads: a bilingual patient's doses, times, sleep
and side effects ("me tomé una norco a las 4", "ya me la tomé", "olvidé la meloxicam",
"no dormí nada", "me siento mareado").

Run by the normaliser on lower-cased text, before anything else reads it, so every reader
(the parser, the answers to a pending question) sees the same words. Only phrases that
are Spanish are rewritten — a taking or forgetting verb and the words after it, a clock
time, a night's sleep, a side effect — so an English message is left as it is. Red flags
are read in Spanish by :mod:`bot.parsing.redflags_es`; their words are not touched here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

__all__ = ["spanish_said"]

_ACCENTS = {"á": "[aá]", "é": "[eé]", "í": "[ií]", "ó": "[oó]", "ú": "[uú]", "ñ": "[nñ]"}


def _es(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with every accented letter optional ("tomé" also "tome")."""
    return re.compile("".join(_ACCENTS.get(ch, ch) for ch in pattern))


# A cheap test before the rewrites: a Spanish word they could apply to
_MAYBE: Final = _es(
    r"\b(?:tomé|tome|tomado|tomar|olvid\w*|las?|dormí|dormir|mareo|maread\w*|sueño|somnolient\w*|"
    r"adormilad\w*|estreñ\w*|náusea\w*|asco|vomitar|anoche|ayer|hoy|ahorita|ahora|hace|esta|"
    r"todavía|aún)\b"
)

# ---- times ------------------------------------------------------------------------------

_CLOCK = r"(\d{1,2}(?::\d\d)?)"
_TIMES: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "a las 4 y media", "a las 8 y cuarto": half and quarter past
    (_es(r"\b(?:como\s+)?a\s+las?\s+(\d{1,2})\s+y\s+media\b"), r"at \1:30"),
    (_es(r"\b(?:como\s+)?a\s+las?\s+(\d{1,2})\s+y\s+cuarto\b"), r"at \1:15"),
    # "a las 7 de la mañana", "a las 4 de la tarde", "a las 10 de la noche"
    (_es(r"\ba\s+las?\s+" + _CLOCK + r"\s+de\s+la\s+(?:mañana|madrugada)\b"), r"at \1am"),
    (_es(r"\ba\s+las?\s+" + _CLOCK + r"\s+de\s+la\s+(?:tarde|noche)\b"), r"at \1pm"),
    # "como a las 4": about then; "a las 4", "a la 1": then
    (_es(r"\bcomo\s+a\s+las?\s+(?=\d)"), "around "),
    (_es(r"\ba\s+las?\s+(?=\d)"), "at "),
    # "hace 2 horas", "hace media hora", "hace un rato"
    (_es(r"\bhace\s+(\d{1,2}|una|un|dos|tres)\s+horas?\b"), r"\1 hours ago"),
    (_es(r"\bhace\s+(\d{1,2}|una|un|dos|tres)\s+minutos?\b"), r"\1 minutes ago"),
    (_es(r"\bhace\s+media\s+hora\b"), "half an hour ago"),
    (_es(r"\bhace\s+(?:un\s+)?rato\b"), "a while ago"),
    (_es(r"\banoche\b"), "last night"),
    (_es(r"\bayer\s+en\s+la\s+noche\b"), "last night"),
    (_es(r"\b(?:hoy\s+)?(?:en\s+la|esta)\s+mañana\b"), "this morning"),
    (_es(r"\b(?:hoy\s+)?(?:en\s+la|esta)\s+tarde\b"), "this afternoon"),
    (_es(r"\besta\s+noche\b"), "tonight"),
    (_es(r"\bayer\b"), "yesterday"),
    (_es(r"\bhoy\b"), "today"),
    (_es(r"\b(?:ahorita|ahora\s+mismo|recién|recien)\b"), "just now"),
)

# ---- doses ------------------------------------------------------------------------------

# The dose verbs, longest first: not taken, not yet, already, taken, forgotten
_IT = r"(?:la|lo|las|los)"
_TOOK = r"(?:tomé|me\s+tome|he\s+tomado)"
_VERBS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "todavía no me la tomo": not yet
    (
        _es(r"\b(?:todavía|aún)\s+no\s+(?:me\s+)?" + _IT + r"?\s*(?:tomo|he\s+tomado|tomé)\b"),
        "not yet taken",
    ),
    # "no me la tomé", "no me tomé la flexeril", "no tomé"
    (_es(r"\bno\s+(?:me\s+)?" + _IT + r"\s+(?:tomé|tome|he\s+tomado)\b"), "didn't take it"),
    (_es(r"\bno\s+(?:me\s+)?(?:tomé|tome|he\s+tomado)\b"), "didn't take"),
    # "ya me la tomé", "ya la tomé": already taken (before now)
    (_es(r"\bya\s+(?:me\s+)?" + _IT + r"\s+(?:tomé|tome|he\s+tomado)\b"), "already took it"),
    (_es(r"\bya\s+(?:me\s+)?(?:tomé|tome|he\s+tomado)\b"), "already took"),
    (_es(r"\bme\s+" + _IT + r"\s+(?:tomé|tome|he\s+tomado|acabo\s+de\s+tomar)\b"), "took it"),
    (_es(r"\b(?:me\s+acabo\s+de\s+tomar|acabo\s+de\s+tomar(?:me)?)\b"), "just took"),
    # "me tomé", "tomé" (a bare "tome" may be "take!", so only with "me" or its accent)
    (re.compile(r"\bme\s+tom[eé]\b|\btomé\b|\b(?:me\s+)?he\s+tomado\b"), "took"),
    # "olvidé la meloxicam", "se me olvidó tomar la pastilla", "me olvidé de la flexeril"
    (
        _es(
            r"\b(?:se\s+me\s+olvidó|me\s+olvidé\s+de|olvidé|olvide)(?:\s+tomar(?:me|la|lo|las|los)?)?\b"
        ),
        "forgot",
    ),
)
# Words after a dose verb, up to the sentence's end: "una norco y la flexeril"
_AFTER_VERB = re.compile(
    r"\b(?:took|didn't\s+take|forgot|not\s+yet\s+taken)\b(?:\s+it\b)?([^.;!?\n]*)"
)
_WORDS: Final[dict[str, str]] = {
    "una": "a", "un": "a", "uno": "one", "la": "the", "el": "the", "las": "the", "los": "the",
    "mi": "my", "mis": "my", "otra": "another", "otro": "another", "dos": "2", "tres": "3",
    "media": "half", "y": "and", "con": "with", "comida": "food", "de": "of",
    "pastilla": "pill", "pastillas": "pills", "pastillita": "pill", "tableta": "tablet",
    "tabletas": "tablets", "medicina": "medicine", "medicinas": "medicines",
    "medicamento": "medicine", "demasiadas": "too many", "demasiados": "too many",
    "cerveza": "beer", "cervezas": "beers", "desayuno": "breakfast", "cena": "dinner",
}  # fmt: skip
_WORD = re.compile(r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\b")


def _after_verb(m: re.Match[str]) -> str:
    """The dose verb's object in English: "una norco y la flexeril" → "a norco and the
    flexeril", "la pastilla con la comida" → "the pill with the food"."""
    rest = _WORD.sub(lambda w: _WORDS[w.group()], m.group(1))
    return m.group()[: m.start(1) - m.start()] + rest


# ---- sleep and side effects -------------------------------------------------------------

_HOURS = r"(\d{1,2}(?:[.,]\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)"
_SPOKEN = {
    "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6",
    "siete": "7", "ocho": "8", "nueve": "9", "diez": "10",
}  # fmt: skip


def _slept(m: re.Match[str]) -> str:
    """ "dormí como 4 horas" → "slept about 4 hours"."""
    n = _SPOKEN.get(m.group(2), m.group(2))
    how = {"como": "about ", "unas": "about ", "apenas": "only ", "solo": "only ", "sólo": "only "}
    return f"slept {how.get(m.group(1) or '', '')}{n} hours"


_SLEEP: Final[tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]] = (
    (
        _es(r"\bno\s+(?:dormí|he\s+dormido|pegué\s+el\s+ojo)\s+(?:nada|casi\s+nada)\b"),
        "didn't sleep at all",
    ),
    (_es(r"\bcasi\s+no\s+(?:dormí|pude\s+dormir)\b"), "barely slept"),
    (_es(r"\bno\s+(?:pude|podía|puedo)\s+dormir\b"), "couldn't sleep"),
    (_es(r"\bno\s+dormí\s+bien\b"), "didn't sleep well"),
    (_es(r"\bno\s+dormí\b"), "didn't sleep"),
    (_es(r"\bdormí\s+(?:(como|unas|apenas|solo|sólo)\s+)?" + _HOURS + r"\s+horas?\b"), _slept),
    (_es(r"\bdormí\s+(?:muy\s+)?bien\b"), "slept well"),
    (_es(r"\bdormí\s+(?:muy\s+|bien\s+)?(?:mal|poco|fatal|feo)\b"), "slept badly"),
)
_EFFECTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (_es(r"\bme\s+siento\s+(?=(?:muy\s+|bien\s+|algo\s+|un\s+poco\s+)?(?:maread|con\s+sueño|somnolient|"
         r"adormilad|estreñ|con\s+náusea|con\s+asco))"), "feeling "),
    (_es(r"\b(?:maread[oa]s?|mareos?|me\s+mareo|me\s+da\s+mareo)\b"), "dizzy"),
    (_es(r"\b(?:con\s+(?:mucho\s+)?sueño|somnolient[oa]s?|adormilad[oa]s?|me\s+(?:da|dio)\s+(?:mucho\s+)?sueño)"),
     "sleepy"),
    (_es(r"\b(?:estreñid[oa]s?|estreñimiento)\b"), "constipated"),
    (_es(r"\b(?:con\s+)?(?:náuseas?|asco|ganas\s+de\s+vomitar)\b"), "nauseous"),
)  # fmt: skip


def spanish_said(low: str) -> str:
    """`low` (lower-cased) with its Spanish dose, time, sleep and side-effect phrases in the
    English the parser reads; unchanged when it has none."""
    if not _MAYBE.search(low):
        return low
    for pattern, repl in _TIMES:
        low = pattern.sub(repl, low)
    verbs = False
    for pattern, repl in _VERBS:
        low, n = pattern.subn(repl, low)
        verbs = verbs or n > 0
    if verbs:
        low = _AFTER_VERB.sub(_after_verb, low)
    for pattern, repl_or_call in _SLEEP:
        low = pattern.sub(repl_or_call, low)
    for pattern, repl in _EFFECTS:
        low = pattern.sub(repl, low)
    return low
