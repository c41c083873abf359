"""When a clause's medicine is not a dose of now (ConText's temporality): the past long
gone ("I used to be on flexeril back in 2022", "I had it in 2019"), a habit ("I usually
take gabapentin at 9", "mobic goes with breakfast"), or a plan or advice for later ("start
duloxetine 20 from tomorrow", "note to self: 2 advil before the flight tomorrow"). Such a
clause is kept as said and records no dose. Pure, like the rest of bot.parsing."""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "as_a_rule",
    "another_occasion",
    "another_occasion_told",
    "goes_with_a_meal",
    "long_ago",
    "not_now",
    "says_done",
    "score_not_of_now",
]

# Long gone, whatever verb says it: "used to be on", "back in 2022", "in 2019 for a few
# months", "years ago", "haven't had one in weeks"
_LONG_AGO: Final = re.compile(
    r"\bused\s+to\b|\bback\s+in\s+(?:19|20)\d\d\b|\bin\s+(?:19|20)\d\d\b|"
    r"\b(?:years?|months?)\s+ago\b|\blast\s+year\b|"
    # childhood: "when I was 14", "at school when I was a kid", "as a teenager"
    r"\bwhen\s+i\s+was\s+(?:younger|little|small|a\s+(?:kid|teen|teenager|child|boy|girl)|"
    r"\d{1,2}(?!\s*(?:weeks?|months?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|am|pm|o'?clock|[:.]\d))|at\s+(?:school|uni|college))\b|"
    r"\bas\s+a\s+(?:kid|child|teen|teenager)\b|"
    r"\bthat\s+was\s+(?:in\s+|back\s+in\s+)?(?:19|20)\d\d\b|"
    r"\bback\s+in\s+(?:the\s+)?(?:spring|summer|fall|autumn|winter|january|february|march|april|june|july|"
    r"august|september|october)\b|"
    r"\btried\s+(?:[\w/-]+\s+){1,3}?before\b|"
    r"\b(?:haven'?t|hasn'?t|have\s+not|not)\s+(?:had|taken|used|needed)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:in|for)\s+(?:weeks|months|years|ages|days|a\s+(?:while|long\s+time|few\s+(?:days|weeks)))\b|"
    # "haven't touched the tramadol since january"
    r"\b(?:haven'?t|hasn'?t|have\s+not|not)\s+(?:had|taken|used|needed|touched)\s+(?:[\w/-]+\s+){0,3}?"
    r"since\s+(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|christmas|easter|the\s+summer|"
    r"last\s+(?:year|month)|(?:19|20)\d\d)\b"
)
# What is done as a rule, not what was done: "I usually take it at 9" (the verb's own
# words), "mobic goes with breakfast"
#: The words that tell the usual, shared by habits, rules and scores of the usual.
_USUALLY = r"(?:usually|normally|generally|typically|always)"
#: A condition put on the pain: "if it gets…", "when the pain hits…"
_IF_THE_PAIN = r"\b(?:if|when|once|unless)\s+(?:the\s+|my\s+)?(?:pain|it|back)\s+"
_AS_A_RULE: Final = re.compile(r"\b" + _USUALLY + r"\s+(?:\w+\s+)?$")
_GOES_WITH: Final = re.compile(
    r"\b(?:goes|go)\s+with\s+(?:my\s+|the\s+)?(?:breakfast|lunch|dinner|tea|supper|food|meals?)\b"
)
# Still to come, or advised: "from tomorrow", "before the flight tomorrow", "advised to
# start", "note to self"
_LATER: Final = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tomoz)\b|\bnext\s+(?:week|month|time)\b|\bnote\s+to\s+self\b|"
    # a day ahead named: "next saturday", "fri and sat", "before the op on the 12th"
    r"\bnext\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\s+(?:and|&|n)\s+"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b|"
    r"\b(?:op|operation|surgery|procedure|colonoscopy|endoscopy)\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|"
    # a time gone by as an example: "last time i skipped the pregabalin…"
    r"\blast\s+time\s+i\b|"
    # "Doctor has advised tablet Pregabalin 75 mg at bed time from today onwards"
    r"\b(?:doctor|doc|dr|gp|consultant|physio|pharmacist|nurse|specialist)\s+(?:has\s+|have\s+)?"
    r"(?:advised|prescribed|recommended|suggested|put\s+me\s+on|started\s+me\s+on)\b|"
    r"\bfrom\s+(?:today|tonight|now)\s+(?:on(?:wards?)?)\b|"
    # a condition anywhere: "might have a perc later if the pain creeps up"
    + _IF_THE_PAIN
    + r"(?:gets?|hits?|goes|creeps?|flares?|is\s+still|stays?|comes?)\b|"
    r"\b(?:(?:advised|told|asked|prescribed|recommended|suggested)(?:\s+me)?|(?:wants?|wanted)\s+me)\s+to\s+"
    r"(?:start|take|try|begin|switch|go\s+on)\b|\b(?:to\s+)?start(?:ing)?\s+(?:on\s+)?[\w/-]+"
    r"(?:\s+\d+\s*(?:mg)?)?\s+(?:from|on|next)\b|"
    # what someone thinks should be done: "missus reckons I should take the lyrica earlier"
    r"\b(?:reckons?|thinks?|says?|said)\s+(?:that\s+)?i\s+(?:should|could|must|ought\s+to)\s+"
    r"(?:take|try|have)\b|"
    # a condition, not a deed: "if it's still bad tonight I'll take a norco"
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|unless|in\s+case)\b|"
    # a limit, not a dose: "my doctor says maximum 3 ibuprofen 400 per day"
    r"\b(?:max(?:imum)?|no\s+more\s+than)\s+(?:of\s+)?\d+\b[^.;,]*?\b(?:(?:per|a|each|in\s+a)\s+day|"
    r"(?:in|per|every|a)\s+24\s*(?:hrs?|hours?|h))\b|"
    # the doctor's word on a dose: "gp says take 2 at night instead of 1"
    r"\b(?:doctor|doc|dr|gp|consultant|physio|pharmacist|nurse|specialist)\s+(?:says?|said|told\s+me|"
    r"wants\s+me|reckons)\s+(?:to\s+|i\s+(?:can|should|could|must)\s+)?(?:take|have|try|up|increase|go\s+up|"
    r"cut|drop|double|halve)\b|"
    # ... or said after: "1g of paracetamol 4 times a day max", "8 a day tops"
    r"\b(?:\d+|once|twice)\s+(?:times\s+)?(?:a|per|each)\s+day\s+(?:max(?:imum)?|tops|at\s+most)\b"
)
# A dose said done or missed in the clause itself keeps it: "didn't take the flexeril bc
# I have a test tmrw", "took my gabapentin, tomorrow I start the new dose"
_DONE: Final = re.compile(
    # (never "can X be taken together with Y": a passive in a question)
    r"\b(?:took|tooked|taken(?!\s+(?:together|with|at\s+the\s+same))|popped|swallowed|done|used|"
    r"applied|had\s+(?:my|the|a|an|\d|one|two|it|them|mine)|just\s+had|"
    # (never "gonna skip", "should skip": still to come, or asked)
    r"already\s+had|skipped|skipping|miss(?:ed|ing|es)?|forg[eo]t\w*|didn'?t\s+take|did\s+not\s+take|"
    r"not\s+taking|stopp?\w*|paus\w*|hold\w*\s+off|left|ran\s+out|run\s+out)\b"
)


def says_done(clause: str) -> bool:
    """Whether the clause tells a dose done or missed (with it, a question mark is doubt
    about the details, a time word its context: "took 2 advil at 3?")."""
    return bool(_DONE.search(clause))


# A habit, told in the present: "I normally take my amitriptyline about 9pm", "I always
# have 2 panadol with brekky", "most days I skip the lunchtime gabapentin", "I never miss
# my cymbalta" (never "I never took it": a dose of now, not taken)
_HABIT: Final = re.compile(
    r"\b(?:(?:i\s+)?(?:" + _USUALLY + r"|never)|most\s+days|some\s+days|every\s+"
    r"(?:day|night|morning|evening))\s+(?:i\s+)?(?:take|have|skip|miss|forget|use|put|pop)\b"
)
# A habit said in the present with how often: "i take amitriptyline at 9 each night", "i
# take the lyrica at 8 and 8 normally", "daily i am taking pregabalin at 9 pm only", "every
# day morning 7 o'clock i take pregabalin", "i'm supposed to take norco every 6 hrs"
_OFTEN = (
    r"(?:every|each|daily|nightly|normally|usually|always|generally|typically|regularly|"
    r"twice\s+a\s+day|(?:a|per)\s+day|in\s+the\s+mornings|mornings|evenings|weekdays)"
)
_HABIT_SAID: Final = re.compile(
    r"\bi(?:'m|\s+am)?\s+(?:\w+\s+)?(?:take|taking|have|use|using)\b"
    r"(?=[^.;!?]*\b" + _OFTEN + r"\b)|"
    r"\b(?:daily|every\s*day|each\s+day|every\s+(?:morning|night|evening))\b[^.;!?]*?"
    r"\bi(?:'m|\s+am)?\s+(?:take|taking|have|use)\b|"
    r"\b(?:supposed|meant)\s+to\s+(?:take|have|use)\b[^.;!?]*\b(?:every|each|a\s+day|daily|twice)\b"
)
# ...never one with now in it: "i take my tramadol now, every 6 hours it is"
_NOW_SAID: Final = re.compile(
    r"\b(?:now|just|right\s+now|today|tonight|this\s+(?:morning|evening))\b"
)
# What would have been, not what was: "usually I'd have had a norco by now"
_WOULD_HAVE: Final = re.compile(
    r"\b(?:i'd|i\s+would|would)\s+(?:normally\s+|usually\s+)?have\s+(?:had|taken)\b"
)


_PAST_DEED: Final = re.compile(
    r"\b(?:took|tooked|taken|had|popped|swallowed|skipped|missed|forgot|forgotten|applied)\b"
)


def not_now(clause: str) -> bool:
    """Whether the clause speaks of a dose long gone or one still to come, not of one
    taken (or missed) now."""
    if _LONG_AGO.search(clause) or _WOULD_HAVE.search(clause):
        return True
    habit = _HABIT.search(clause) or (
        _HABIT_SAID.search(clause) if not _NOW_SAID.search(clause) else None
    )
    if habit and not _PAST_DEED.search(clause) and ")" not in clause[habit.end() :]:
        # ("took the duloxetine at 9 (late, I usually take it at 7) and a flexeril": the
        # doses stand; the habit is an aside)
        return True
    return bool(_LATER.search(clause)) and not _DONE.search(clause)


def long_ago(clause: str) -> bool:
    """Whether the clause speaks of a time long gone ("back in 2019 I was at a 10 every
    day"): no score, no dose of now."""
    return bool(_LONG_AGO.search(clause))


def as_a_rule(clause: str, start: int) -> bool:
    """Whether the taking verb at `start` says what is done as a rule ("I usually take it
    at 9"), not a dose taken."""
    return bool(_AS_A_RULE.search(clause, max(0, start - 30), start))


# A deed told as what happened another time: "last time i skipped the gabapentin i
# couldn't sleep", "skipped my lyrica the other night", "took tramadol last week and…"
_OCCASION_BEFORE: Final = re.compile(
    r"\b(?:the\s+)?(?:last|other|one)\s+time\s+(?:that\s+|when\s+)?(?:i\s+|i'd\s+)?"
    r"(?:\w+\s+){0,2}$"
)
_OCCASION_AFTER: Final = re.compile(
    r"[^,;.!?]*?(?<!since\s)\b(?:last\s+(?:week|month)|the\s+other\s+(?:day|night|week|morning|evening)|"
    r"(?:a\s+few|few|some|several)\s+days\s+(?:ago|back))\b"
)


def another_occasion(clause: str, start: int, end: int) -> bool:
    """Whether the verb at `start`-`end` tells of another occasion, long enough gone that
    it is no dose of now ("last time i skipped it…", "…the other night")."""
    return bool(
        _OCCASION_BEFORE.search(clause, max(0, start - 40), start)
        or _OCCASION_AFTER.match(clause, end)
    )


# The whole clause told of another occasion: "last time i skipped it i couldn't sleep",
# "the other night i was up till 3" (never "worse than last week", "since last week")
_OCCASION_TOLD: Final = re.compile(
    r"\b(?:the\s+)?(?:last|other|one)\s+time\s+(?:that\s+|when\s+)?i\b|"
    r"(?<!than\s)(?<!since\s)(?<!from\s)(?<!like\s)(?<!as\s)"
    r"\b(?:the\s+other\s+(?:day|night|week)|(?:a\s+few|few|some|several)\s+days\s+(?:ago|back))\b"
)


def another_occasion_told(clause: str) -> bool:
    """Whether the clause tells of another occasion than now ("last time i skipped my
    gabapentin i couldn't sleep"): its night is not last night."""
    return bool(_OCCASION_TOLD.search(clause))


def goes_with_a_meal(clause: str) -> bool:
    """ "mobic goes with breakfast": when a medicine is taken, as a rule."""
    return bool(_GOES_WITH.search(clause))


# A score put as a condition or as the usual, not as now's
_NOT_A_SCORE_OF_NOW: Final = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:if|unless|once)\s+(?:it|the\s+pain|pain|my\s+back|back)\b|"
    + _IF_THE_PAIN
    + r"(?:gets?|hits?|goes|creeps?|reaches|passes|is\s+(?:over|above|past)|goes\s+(?:over|above|"
    r"past))\s+(?:over\s+|above\s+|past\s+)?(?:an?\s+)?\d|"
    r"\bon\s+(?:a|an)\s+(?:normal|good|bad|typical|average|usual|ok|okay)\s+day\b|"
    # (not "always": "pain always 8" is a score of now, told as lasting)
    r"\b(?:usually|normally|typically|generally)\s+(?:i'?m\s+|it'?s\s+|sit\s+|sits\s+|at\s+|"
    r"about\s+|around\s+)*(?:an?\s+)?\d"
)


def score_not_of_now(clause: str) -> bool:
    """Whether a score in the clause is put as a condition ("if it gets past a 7 tonight…")
    or as the usual ("on a normal day I sit around a 3"), not as now's."""
    return bool(_NOT_A_SCORE_OF_NOW.search(clause))
