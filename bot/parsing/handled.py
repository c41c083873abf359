"""Whether a message tells of something already seen to ("went to the ER", "was seen",
"they told me"), so a red flag in it is recorded without a second alarm.

Kept apart from :mod:`bot.parsing.redflags` on purpose: the flag is still found and
recorded (and still printed by ``backtrack parse``); only the chat's reply changes.
A message that says the trouble is back or worse ("again", "worse", "now also") is a new
episode and gets the alarm as usual, and thoughts of suicide always get the crisis reply.
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.care_question import asks_about_care
from bot.parsing.carer import Whose, as_told_of, whose
from bot.parsing.text import normalise

__all__ = [
    "already_handled",
    "asks_if_normal_only",
    "asks_whether_to_go",
    "asks_what_to_do",
    "care_sought_of_them",
    "declines_care",
    "going_for_care",
    "says_it_eased",
    "urgent_care_sought",
]

_CARE = (
    r"(?:er|e\.r\.?|a\s?(?:and|&)\s?e|emergency(?:\s+(?:room|department|dept))?|ed|hospital|"
    r"urgent\s+care|walk[-\s]in|casualty|clinic|ambulance|paramedics?|911|999|112|000|"
    r"(?:the\s+|my\s+)?(?:(?:out[-\s]of[-\s]hours|after[-\s]hours|on[-\s]call|urgent|local|family)\s+)?"
    r"(?:doctor|doc|dr|gp|physio|surgeon|neurosurgeon|neurologist|specialist|nurse)s?|"
    r"out[-\s]of[-\s]hours|ooh|gp\s+on\s+call)"
)
_HANDLED: Final[re.Pattern[str]] = re.compile(
    r"\b(?:"
    r"(?:went|been|got|drove|taken|rushed|came\s+back|back|home|discharged|released)\s+"
    r"(?:\w+\s+){0,2}(?:to|from|in|at|out\s+of)\s+(?:the\s+|a\s+)?"
    + _CARE
    + r"|"
    + _CARE
    + r"\s+(?:visit|trip|stay|admission|today|yesterday|last\s+night)|"
    r"(?:was|were|been|got|being)\s+(?:seen|checked|examined|scanned|admitted|assessed)|"
    r"(?:they|the\s+" + _CARE + r"|my\s+" + _CARE + r")\s+"
    r"(?:said|says|told\s+me|checked|examined|scanned|sent\s+me|think|thinks|ruled)|"
    r"(?:called|rang|phoned)\s+(?:an?\s+|the\s+)?(?:ambulance|911|999|112|000|111|" + _CARE + r")|"
    r"(?:mri|ct|scan|x-?ray)\s+(?:showed|shows|said|says|found|came\s+back)|"
    # "they took bloods and said to stop the diclofenac"
    r"(?:they|he|she)\s+(?:took|did|ran|sent\s+off|ordered)\s+(?:some\s+|my\s+)?(?:bloods?|blood\s+tests?|"
    r"an?\s+(?:x-?ray|scan|mri|ct|ecg))"
    r")\b"
)
# "he said", "she says": a clinician's words only once one is named before them ("saw the
# GP, she said it's a disc"); alone, in a carer's words, "she says 6" is the patient
# (Sandbox, Leeds: a pain score was kept as the follow-up of the day's fall)
_HE_SAID: Final[re.Pattern[str]] = re.compile(
    r"\b(?:he|she)\s+(?:said|says|told\s+me|checked|examined|scanned|sent\s+me|think|thinks|ruled)\b"
)
_CLINICIAN_NAMED: Final[re.Pattern[str]] = re.compile(r"\b" + _CARE + r"\b")
_AGAIN: Final[re.Pattern[str]] = re.compile(
    r"\b(?:again|worse|worsening|getting\s+worse|came\s+back|back\s+again|returned|now\s+also|"
    r"new\s+(?:numbness|weakness)|since\s+(?:then|i\s+got\s+home)|started\s+again)\b"
)


# "come back if it happens again", "ring us if it gets worse": the advice given, not news
_IF_AGAIN: Final[re.Pattern[str]] = re.compile(
    r"\b(?:if|should)\s+(?:it|this|that|they|there'?s|the\s+\w+)\s+(?:\w+\s+){0,3}?"
    r"(?:again|back|worse|worsening|returns?)\b"
)


def already_handled(text: str) -> bool:
    """True when ``text`` tells of care already given for what it describes (and does not
    say the trouble is back or worse)."""
    low = normalise(text)
    said = _HE_SAID.search(low)
    seen = _HANDLED.search(low) is not None or (
        said is not None and _CLINICIAN_NAMED.search(low, 0, said.start()) is not None
    )
    return seen and not _AGAIN.search(_IF_AGAIN.sub(" ", low))


# "nvm its fine now", "false alarm, just sat on a pallet wrong", "it's passed", "all
# good now": after an alarm's reply, the sign said to have eased (never "not fine")
_EASED: Final[re.Pattern[str]] = re.compile(
    r"^\W*(?:(?:ok|okay|sorry|oh|update)\W+)*(?:nvm|never\s*mind|false\s+alarm|ignore\s+(?:that|me)|"
    r"(?:it'?s|its|it\s+is|i'?m|im|i\s+am|feeling|feel|all|leg'?s?|it\s+has|it'?s\s+all)\s+"
    r"(?:\w+\s+)?(?:fine|ok|okay|good|better|gone|passed|normal|back\s+to\s+normal|settled|eased)|"
    r"it\s+(?:passed|went\s+away|eased|settled|stopped)|(?:fine|ok|okay|better|gone)\s+now)\b"
)
_NOT_EASED: Final[re.Pattern[str]] = re.compile(
    r"\b(?:not|isn't|isnt|no\s+longer)\s+(?:fine|ok|okay|better)\b"
)


def says_it_eased(text: str) -> bool:
    """True when ``text`` opens by saying what was just alarmed about has eased ("nvm its
    fine now, just sat on a pallet wrong") and does not say it is back or worse."""
    low = normalise(text)
    return bool(_EASED.search(low)) and not _AGAIN.search(low) and not _NOT_EASED.search(low)


# After an alarm: "i aint goin to no ER at 2am for that, ill tell dr okafor friday", "nah
# she'll be right, will mention it to the surgeon monday" — urgent care declined, to be
# answered kindly and plainly again (it was booked as a visit "with aint goin to no ER")
_ER = (
    r"(?:the\s+|no\s+|an?\s+)?(?:er|e\.r\.?|a\s?(?:and|&)\s?e|ed|emergency(?:\s+(?:room|department))?|"
    r"hospital|ambulance|casualty)"
)
_DECLINED: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:not|ain'?t|aint|won'?t|wont|not\s+gonna|not\s+going\s+to|no\s+way\s+(?:i'?m|am\s+i)|"
    r"don'?t\s+(?:want|need)\s+to|refuse\s+to|can'?t\s+be\s+bothered)\s+(?:\w+\s+)?(?:go(?:in'?|ing)?|call(?:ing)?)"
    r"\s+(?:to\s+|for\s+)?" + _ER + r"|"
    r"(?:she'?ll|it'?ll|she\s+will|it\s+will|i'?ll)\s+be\s+(?:right|fine|ok|okay|grand)|"
    # "no need for hospital", "no need to go to the ER" (Sandbox, Lagos: after black stool)
    r"\bno\s+need\s+(?:for|to\s+go\s+to|to\s+call|to\s+go)\s+(?:the\s+|a\s+)?" + _ER + r"|"
    # "I go tell the doctor for clinic tomorrow": Nigerian English for "I'll tell"
    r"\bi\s+go\s+(?:tell|see|ask)\s+(?:the\s+|my\s+)?(?:doctor|dr|gp|nurse)\b[^.]{0,30}?"
    r"\b(?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next\s+week)|"
    r"(?:i'?ll|ill|i\s+will|will|gonna)\s+(?:just\s+)?(?:tell|mention\s+it\s+to|ask|see|wait\s+for|bring\s+it\s+up\s+with)\s+"
    r"(?:dr\.?\s+\w+|doctor\s+\w+|the\s+(?:doctor|surgeon|gp|physio|specialist)|my\s+(?:doctor|surgeon|gp|physio))"
    r"(?:\s+\w+){0,2}?\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week)|"
    r"(?:wait|waiting|hold\s+off)\s+(?:till|until|for)\s+(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|the\s+morning|my\s+appointment|next\s+week)|"
    # the sign explained away: "lol its prolly just from sittin on the forklift all day",
    # "probably nothing", "it's only the way I slept" (Sandbox, Phoenix)
    r"(?:(?:it'?s|its|it\s+is|prob(?:ably|ly)?|prolly|must\s+be|bet\s+it'?s|i'?m\s+sure\s+it'?s)\s+)+"
    r"(?:\w+\s+)?(?:just|only|nothing\s+but)\s+(?:from|because|cos|cause|coz|the|my|a|how|where)|"
    r"(?:it'?s|its|prob(?:ably|ly)?|prolly|i'?m\s+sure\s+it'?s)\s+(?:just\s+)?nothin'?g?)\b"
)
# "partner's driving me to the alfred ED now", "on my way to A&E": care being sought now
_GOING: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:on\s+(?:my|our|the)\s+way|driving\s+me|taking\s+me|heading|going|off|en\s+route)\s+"
    r"(?:now\s+)?(?:to\s+|into\s+)?(?:the\s+)?(?:\w+\s+){0,2}?" + _ER + r"|"
    r"ambulance\s+(?:is\s+)?(?:coming|on\s+(?:its|the)\s+way|here|called))\b"
)


def declines_care(text: str) -> bool:
    """Whether `text` turns down urgent care, to wait for a later visit."""
    return _DECLINED.search(normalise(text)) is not None


def going_for_care(text: str) -> bool:
    """Whether `text` says urgent care is being sought now ("on my way to the ED")."""
    low = normalise(text)
    return (
        _GOING.search(low) is not None
        and _DECLINED.search(low) is None
        and _ANOTHER_DAY.search(low) is None  # "going to the hospital for my MRI on friday"
    )


_ANOTHER_DAY: Final[re.Pattern[str]] = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next\s+week|"
    r"appointment|mri|scan|x-?ray|check-?up)\b"
)


# After an alarm: "hello?? should i call somebody", "what do i do", "freaking out, what
# should we do" — the alarm's one answer, said again at once (it got "Sorry, I didn't
# catch that" — Sandbox, Houston and Melbourne)
_WHAT_NOW: Final[re.Pattern[str]] = re.compile(
    r"\b(?:should\s+(?:i|we)\s+(?:call|ring|phone|go|take\s+(?:her|him|them|me))|"
    r"what\s+(?:do|should|can)\s+(?:i|we)\s+do|what\s+now|do\s+(?:i|we)\s+(?:call|go|need\s+to)|"
    r"who\s+do\s+(?:i|we)\s+call|is\s+(?:this|it|that)\s+(?:an\s+)?emergency|help\s+me|"
    r"what\s+do\s+you\s+mean)\b"
)


# After an alarm: "is that normal?", "is this serious", "should I be worried", "es
# normal?" — whether the sign can wait, asked of what was just told (Sandbox, Houston:
# "es normal? tengo que ir al doctor?" was offered to be kept for the next visit). Never
# "is it bad to take …", "is it normal for the naproxen to …": a question about something else.
_IS_IT_NORMAL: Final[re.Pattern[str]] = re.compile(
    r"\b(?:is|isn'?t)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:normal|serious|bad|dangerous|urgent|"
    r"an?\s+(?:emergency|worry|concern)|something\s+to\s+worry\s+about)\b"
    r"(?!\s+(?:to|for|if|with|when|after|on|that|from|in)\b)|"
    r"\bshould\s+(?:i|we)\s+be\s+(?:worried|concerned|scared|panicking)\b|"
    r"\b(?:es|será|sera)\s+(?:algo\s+)?(?:normal|grave|peligroso|serio|urgente|una\s+emergencia)\b"
    r"(?!\s+(?:tomar|que|con|para|si)\b)"
)
# Spanish: "¿tengo que ir al doctor?", "¿debo ir a urgencias?", "¿qué hago?", "¿llamo al 911?"
_CARE_ES = (
    r"(?:doctor|doctora|m[eé]dico|m[eé]dica|hospital|urgencias|emergencias|cl[ií]nica|911|"
    r"ambulancia|alguien)"
)
_GO_ES: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:(?:tengo|tenemos|hay)\s+que|debo|debemos|necesito|necesitamos)\s+(?:ir|llamar|ver|"
    r"hablar)|llamo|llamamos)\s+(?:(?:al?|a\s+la|con\s+(?:el|la)|con)\s+)?" + _CARE_ES + r"\b|"
    r"\bqu[eé]\s+(?:hago|hacemos|debo\s+hacer|tengo\s+que\s+hacer)\b"
)


def asks_what_to_do(text: str) -> bool:
    """Whether `text` asks what to do now ("should i call somebody"), whether to get care
    ("do I have to go to the doctor?") or whether what was told can wait ("is that
    normal?")."""
    low = normalise(text)
    return (
        _WHAT_NOW.search(low) is not None
        or asks_whether_to_go(low)
        or _IS_IT_NORMAL.search(low) is not None
    )


def asks_whether_to_go(text: str) -> bool:
    """Whether `text` asks whether to get care from someone ("do I have to go to the
    doctor?", "should I ring 111", "¿tengo que ir al doctor?")."""
    low = normalise(text)
    return asks_about_care(low) or _GO_ES.search(low) is not None


def asks_if_normal_only(text: str) -> bool:
    """Whether `text` asks only whether what was told is normal ("is that normal?"), not
    what to do or whether to go: the answer to that is no, never "yes"."""
    low = normalise(text)
    return (
        _IS_IT_NORMAL.search(low) is not None
        and re.search(r"\b(?:normal|worried|concerned|scared|panicking)\b", low) is not None
        and _WHAT_NOW.search(low) is None
        and not asks_whether_to_go(low)
    )


# Urgent care already sought, told on its own (no alarm before it): "went to the ER last
# night", "ended up in A&E", "was admitted on Tuesday", "fui a urgencias" (in English by then)
_URGENT: Final = (
    r"(?:er|e\.r\.?|a\s?(?:and|&)\s?e|emergency(?:\s+(?:room|department|dept))?|hospital|"
    r"urgent\s+care|casualty|walk[-\s]in(?:\s+clinic)?)"
)
_KIN_WORDS = (
    r"(?:mum|mom|mam|mummy|mommy|mother|dad|daddy|father|son|daughter|husband|hubby|wife|missus|"
    r"partner|kids?|child|baby|brother|sister|friend|neighbou?r|gran\w*|nan|nana|grandma|grandad|"
    r"grandpa|boyfriend|girlfriend)"
)
_SOUGHT: Final[re.Pattern[str]] = re.compile(
    # "my son took me to A&E", "took him to urgent care": whose visit is said by the one carried
    r"\b(?:(?:took|brought|drove|rushed|taken|driven)\s+"
    r"(?P<carried>me|him|her|them|us|(?:my\s+|our\s+)?" + _KIN_WORDS + r")\s+(?:\w+\s+)?"
    r"(?:to|into)\s+(?:the\s+|a\s+)?" + _URGENT + r"|"
    r"(?:went|been|got|drove|taken|rushed|ended\s+up|was|were|spent\s+\w+(?:\s+\w+)?)\s+"
    r"(?:\w+\s+){0,2}?(?:to|in|at)\s+(?:the\s+|a\s+)?"
    + _URGENT
    + r"|"
    + _URGENT
    + r"\s+(?:visit|trip|stay)|(?:was|got|been)\s+admitted)\b"
)
_NOT_SOUGHT: Final[re.Pattern[str]] = re.compile(
    r"\b(?:never|not|didn't|didnt|did\s+not|haven't|havent|hasn't|no\s+need|instead\s+of|"
    r"should\s+i|do\s+i|if)\b"
)
# someone else's visit: "my mum went to the ER", "mum went to a&e", "she was in hospital"
_ANOTHERS_VISIT: Final[re.Pattern[str]] = re.compile(
    r"\b(?:(?:my|our|his|her)\s+" + _KIN_WORDS + r"|(?:he|she|they|" + _KIN_WORDS + r")(?=\s+$))\b"
)


def urgent_care_sought(text: str) -> bool:
    """Whether `text` tells of the writer's own visit to the ER, A&E or hospital already
    made (never one only thought of, asked about or turned down, nor someone else's: "mum
    went to A&E", "took him to urgent care")."""
    low = normalise(text)
    m = _SOUGHT.search(low)
    if m is None or _NOT_SOUGHT.search(low, 0, m.start()) or "?" in low:
        return False
    carried = m.group("carried")
    if carried is not None:
        return carried == "me"  # "my son took me to A&E": mine, whoever drove
    return _ANOTHERS_VISIT.search(low, 0, m.start()) is None


def care_sought_of_them(text: str) -> bool:
    """Whether `text` tells of a visit to the ER, A&E or hospital made by someone spoken of
    in the third person who could be the patient ("she went to A&E last night", "mum went
    to a&e, they sent her home", "took him to urgent care") — a carer's words in the
    patient's chat, or the patient's of their family; never the writer's own visit."""
    if urgent_care_sought(text):
        return False
    if whose(text) not in (Whose.THEM, Whose.KIN):
        return False  # "my friend went to A&E": no one this diary is for
    return urgent_care_sought(as_told_of(text))
