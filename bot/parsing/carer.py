"""A carer writing in the patient's own chat ("this is Linda, dad took his norco at 2 and he
seems really sleepy"): once the writer has said who they are, "dad", "he", "his" are the
patient, so the message is read as the patient's own report. Pure.

Without it the dose was "someone else's", not logged, and the sleepiness lost; PRODUCT.md
names the caregiver as a person around the patient.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.parsing.intents import Intent, NoteIntent, RedFlagIntent
from bot.parsing.redflags import SAME_DAY_FLAGS

__all__ = [
    "ANYONES_EMERGENCY",
    "Reading",
    "Whose",
    "as_the_patient",
    "as_told_of",
    "carer_writing",
    "choose",
    "introduces_only",
    "told_as_now",
    "whose",
]

_RELATION = (
    r"(?:daughter|son|wife|husband|partner|carer|caregiver|care\s+worker|nurse|niece|nephew|"
    r"granddaughter|grandson|sister|brother|friend|neighbou?r|daughter-in-law|son-in-law)"
)
# "this is Linda", "it's Linda, his daughter", "Linda here", "his daughter here",
# "I'm his carer": who is writing, said first. The name must be written with its capital
# ("this is awful" is no name).
_PREFACE = re.compile(
    r"^\W*(?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening))\W+)?"
    r"(?:(?:this\s+is|it's|its|it\s+is)\s+(?P<name>[A-ZÀ-Þ][a-zß-ÿ]+)(?:\s*,?\s*(?:his|her|their)\s+"
    + _RELATION
    + r")?"
    r"|(?P<name2>[A-ZÀ-Þ][a-zß-ÿ]+)\s+here"
    r"|(?:i'm|i\s+am|this\s+is|it's)\s+(?:his|her|their)\s+"
    + _RELATION
    + r"|(?:his|her|their)\s+"
    + _RELATION
    + r"\s+here)"
    r"(?:\s+(?:writing|texting|typing)(?:\s+for\s+(?:him|her|them))?)?"
    # (a comma or a stop after it, or straight on with the patient: "this is Linda he took…")
    r"(?:\s*[,.:;!-]+\s*|\s+(?=(?:he|she|dad|mum|mom|his|her|i|my|grandad|grandma|nan)\b))",
    re.IGNORECASE,
)
_CAPITAL_NAME = re.compile(r"[A-ZÀ-Þ]")
# The patient spoken of in the third person, then their things
_THEM = re.compile(
    r"\b(?:my\s+)?(?:dad|father|mum|mom|mother|husband|wife|grandad|grandpa|grandma|nan|nana|"
    r"granny|partner)\b|\bhe's\b|\bshe's\b|\bhes\b|\bshes\b|\bhe\b|\bshe\b",
    re.IGNORECASE,
)
_THEIR = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_HIM = re.compile(r"\b(?:him)\b", re.IGNORECASE)
# After these the patient is the object: "I gave dad his norco" -> "gave me my norco"
_OBJECT_AFTER = re.compile(
    r"\b(?:gave|give|giving|helped|help|told|asked|woke|wake|found|checked|took|brought|made)\s+$",
    re.IGNORECASE,
)


def as_the_patient(text: str) -> str:
    """`text` read as the patient's own words when a carer has said who is writing at its
    start; else `text` unchanged."""
    m = _PREFACE.match(text)
    if m is None:
        return text
    name = m.group("name") or m.group("name2")
    if name is not None and not _CAPITAL_NAME.match(name):
        return text
    rest = text[m.end() :]

    def person(p: re.Match[str]) -> str:
        word = p.group().lower()
        if word in ("he's", "she's", "hes", "shes"):
            return "I'm"
        if _OBJECT_AFTER.search(rest, 0, p.start()):
            return "me"
        return "I"

    # "she's had", "herself": as `as_told_of` reads them ("this is Sarah, her daughter. she's
    # wet herself again" read "I'm wet herself" and its red flag was lost)
    rest = _HE_HAS.sub("I've ", rest)
    rest = _SELF.sub("myself", rest)
    # "mum's temperature is 38.5", "dad's had": as `as_told_of` reads the family name (it
    # read "I's temperature is 38.5")
    rest = _KIN_SUBJECT.sub(_kin, rest)
    rest = _THEM.sub(person, rest)
    rest = _THEIR.sub("my", rest)
    return _HIM.sub("me", rest)


# "I'll be typing for mum", "I'm helping her with the messages", "I look after dad": who
# writes, said after the preface, and nothing else
_WRITES_FOR = re.compile(
    r"(?:(?:i'?ll|i\s+will|i'?m|i\s+am|i)\s+(?:be\s+)?(?:just\s+)?(?:typing|type|writing|write|"
    r"texting|messaging|doing\s+(?:this|the\s+(?:messages|typing))|sending\s+(?:the\s+)?messages|"
    r"helping|help|looking\s+after|look\s+after|caring\s+for|care\s+for)"
    r"(?:\s+(?:(?:for|with)\s+)?(?:her|him|them|(?:my\s+)?\w+))?"
    r"(?:\s+(?:with|on)\s+(?:this|the\s+\w+|her\s+\w+|his\s+\w+))?"
    r"(?:\s+(?:from\s+now\s+on|now|today|for\s+a\s+while|for\s+now|sometimes|mostly))?)?\W*$",
    re.IGNORECASE,
)


def introduces_only(text: str) -> bool:
    """Whether `text` only says who is writing ("this is Sarah, her daughter. I'll be
    typing for mum"): nothing to record, the writer to be thanked."""
    m = _PREFACE.match(text)
    return carer_writing(text) and m is not None and bool(_WRITES_FOR.fullmatch(text[m.end() :]))


def carer_writing(text: str) -> bool:
    """Whether someone with the patient says at the start that they are writing ("this is
    Sharon, Gary's wife")."""
    m = _PREFACE.match(text)
    if m is None:
        return False
    name = m.group("name") or m.group("name2")
    return name is None or bool(_CAPITAL_NAME.match(name))


# ------------------------------------------------------------------ said of the patient
# Someone with the patient often writes without saying who they are (Sandbox, Dublin: his
# wife typed "he's very drowsy today", "I gave him an extra tram a doll", "he forgot the 2
# oclock one", and each was lost as someone else's). In the patient's own chat, "he",
# "she", "himself", "gave him" and the family names a carer calls the patient by are the
# patient, unless the words name someone else it could be. The bot layer decides when
# this reading applies (bot.telegram.handlers.router); the parser's own reading is as it
# was, for messages where the writer tells of other people.


class Whose(StrEnum):
    """Who a message's third person is."""

    WRITER = "writer"  # no third person, or the writer's own report is in it
    THEM = "them"  # "he", "she", "himself": the patient, spoken of by someone with them
    KIN = "kin"  # "my husband", "dad": the patient, called as family call them
    OTHER = "other"  # clearly someone else: "my son has a cold", "the baby", "my friend"


# Someone a "he" or "she" may be who is not the patient: a child, a friend, a pet, or a
# clinician whose words are told ("the GP said he'd up it").
_SOMEONE_ELSE = re.compile(
    r"\b(?:sons?|daughters?|baby|babies|kids?|child|children|toddler|teenager|teen|friends?|"
    r"mates?|pal|buddy|bestie|brothers?|sisters?|neighbou?rs?|colleagues?|co-?workers?|"
    r"workmates?|boss|flatmates?|roommates?|housemates?|boyfriend|girlfriend|fianc[eé]e?|"
    r"grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|nieces?|nephews?|uncle|"
    r"aunt|auntie|aunty|cousins?|[\w-]+-in-law|lad|lass|little\s+one|young\s+one|dog|cat|"
    r"puppy|kitten|pet|doctor|doc|gp|physio|nurse|consultant|surgeon|pharmacist|vet|"
    r"dentist|specialist|chiro(?:practor)?|therapist|paramedics?|ambulance\s+crew|carers?|"
    r"caregivers?|orthop(?:a)?edist|neurologist|neurosurgeon|rheumatologist|osteopath|"
    r"pamangkin|bloke|guy|man|woman|lady|girl|boy|fella|stranger|"
    # a story told: "the ending of that show wrecked me, he just walks into the sea"
    r"show|film|movie|book|novel|series|episode|character)\b"
)
# "he upped the amitriptyline", "she put me on pregabalin": the one who changes a
# prescription, or tells the writer what to take, is their clinician (Sandbox, Manchester:
# asked after a visit "did anything change?", "yes, he upped the amitriptyline to 20mg"
# was set aside with "is this about the person this diary is for?").
_PRESCRIBER = re.compile(
    r"\b(?:he|she)\s+(?:has\s+|just\s+|also\s+|then\s+)?"
    r"(?:upped|increased|raised|doubled|tripled|lowered|reduced|decreased|halved|"
    r"bumped\s+(?:up|down)|prescribed|switched\s+me|changed\s+(?:me|my)|"
    r"(?:put|started|took|taken|moved|switched|swapped|weaned|tapered)\s+me\b|"
    r"(?:wants|told|asked|advised)\s+me\s+to\b|said\s+(?:to|i\s+(?:should|can|could|must))\b)"
)
# The family names a carer calls the patient by ("my husband", "dad", "mum").
_KIN = (
    r"(?:husband|hubby|wife|missus|partner|dad|daddy|da|father|mum|mam|mammy|ma|mama|mom|"
    r"mommy|mother|grandad|granda|grandpa|grandma|granny|gran|nan|nana|lola|lolo|papa)"
)
_KIN_SAID = re.compile(r"\b(?:(?:my|our)\s+)?" + _KIN + r"(?:'?s)?\b")
_PRONOUN = re.compile(r"\b(?:he|she|he's|she's|hes|shes|him|his|himself|herself|her)\b")
# The writer's own report beside it: "my back is a 6", "I'm in bits", "took my tramadol":
# then "he" is someone the patient tells of.
_WRITERS_OWN = re.compile(
    # (Scots "ma back", "ma heid": my, never mum — Sandbox, Glasgow: "ma back's murder"
    # was asked whose it was)
    r"\b(?:my|ma)\s+(?:own\s+)?(?:back|pain|leg|legs|neck|hip|hips|sciatica|knee|knees|shoulders?|"
    r"head|heid|sleep|meds|medication|medicine|tablets|pills|dose)\b|"
    r"\bi(?:'m|m|\s+am)\s+(?:so\s+|really\s+|very\s+)?(?:in\s+(?:agony|pain|bits)|sore|"
    r"wrecked|exhausted|shattered|knackered|drowsy|dizzy|sick|nauseous)\b|"
    r"\b(?:i|i've|ive)\s+(?:just\s+)?(?:took|taken|had|skipped|missed|forgot)\s+(?:my|mine)\b|"
    r"\bwith\s+(?:this|my)\s+back\b|"
    # the writer's medicine, or the writer as the one found, woken, told of: "my wife took 2
    # of my ibuprofen", "she couldn't wake me", "he says my lips were blue"
    r"\b(?:of|from|into)\s+my\b|\bmine\b|"
    r"\b(?:wake|woke|waking|rouse|roused|shake|shook|found|find)\s+me\b|"
    r"\bmy\s+(?:lips|breathing|face|skin|eyes|pupils|fingernails|nails|stomach|tummy|bladder|"
    r"bowels)\b|\b(?:says?|said|reckons|thinks|thought)\s+(?:that\s+)?(?:i|i'm|i've|i\s+was|my)\b|"
    r"\bi\s+(?:feel|felt|was\s+(?:so\s+|really\s+|very\s+)?(?:drowsy|sleepy|dizzy|sick|confused))\b"
)


_LIKE_MINE = re.compile(r"\b(?:too|as\s+well|also|same\s+as\s+me|like\s+me)\b")


def whose(text: str) -> Whose:
    """Who the third person of a message in the patient's own chat is: a carer's preface
    ("Bríd here, he's…") or "he/she/himself" is the patient (THEM); "my husband", "dad"
    may be (KIN); a child, a friend, a pet or a clinician named makes it someone else."""
    if carer_writing(text):
        return Whose.THEM
    low = text.lower().replace("\u2019", "'")
    if _SOMEONE_ELSE.search(low) or _PRESCRIBER.search(low):
        return Whose.OTHER
    if _WRITERS_OWN.search(low):
        return Whose.WRITER
    if _KIN_SAID.search(low):
        # "mum's on tramadol as well", "my husband's back is playing up too": the writer's
        # own beside theirs
        return Whose.WRITER if _LIKE_MINE.search(low) else Whose.KIN
    return Whose.THEM if _PRONOUN.search(low) else Whose.WRITER


# "I gave him an extra tramadol", "gave dad his tablets": the patient took it
_GAVE = re.compile(
    r"\b(?P<verb>gave|give|given|giving|handed)\s+(?:him|her|(?:my\s+|our\s+)?" + _KIN + r")\s+"
    r"(?:(?P<own>his|her)\s+)?",
    re.IGNORECASE,
)
_TOOK = {"gave": "took", "give": "take", "given": "taken", "giving": "taking", "handed": "took"}
# Words after "mum's" that are no thing of hers ("mum's just had", "dad's tired and has",
# "mum's fine she is"): "'s" there is "is" or "has"
_NOT_THEIR_THING = (
    r"(?:a|an|the|and|or|but|so|then|just|still|also|already|really|very|too|not|never|"
    r"always|only|now|even|probably|maybe|definitely|quite|pretty|bit|in|on|at|out|up|down|"
    r"off|over|back\s+(?:in|on|at|to|from|home)|home|been|being|got|had|gone|taken|he|she|i|we|they|it|"
    r"you|this|that|what|how|when|where|who|why|there|here|feeling|doing|going|getting|having|"
    r"taking|usually|finally|actually|literally|totally|slightly|mostly|hardly|almost|"
    # how they are, said with no stop before what follows ("mum's ok had her tablets")
    r"ok|okay|fine|good|great|grand|alright|better|worse|poorly|sick|ill|unwell|sore|tired|"
    r"asleep|awake|bad|low|sleepy|drowsy|dizzy|confused|quiet|upset|exhausted)\b"
)
# The patient as the subject, named as family name them ("my husband is", "dad's had")
_KIN_SUBJECT = re.compile(
    r"\b(?:(?:my|our)\s+)?" + _KIN + r"(?:(?P<has>'s\s+(?=(?:had|been|got|taken|gone)\b))|"
    r"(?P<own>'?s\s+)(?=(?:back|pain|legs?|neck|hips?|sciatica|knees?|tablets|pills|meds|"
    r"medication|medicine|dose|\w+\s+dose|"
    # the body a sign is seen in: "mum's lips are blue" had read "I'm lips are blue"
    r"lips?|face|tongue|throat|mouth|speech|voice|breathing|chest|temperature|temp|eyes?|"
    r"pupils|skin|arms?|hands?|feet|foot|toes|stools?|poo|wee|urine|tummy|stomach|bladder|"
    r"bowels?)\b|"
    # any other thing of theirs that something is said of: "mum's fever is 38.5", "dad's
    # sleep was awful", "her blood pressure's up" had read "I'm fever is 38.5"
    r"(?:(?!" + _NOT_THEIR_THING + r")[a-z]+\s+){0,1}(?!" + _NOT_THEIR_THING + r")[a-z]+"
    r"(?:'s\b|\s+(?:is|isn't|was|wasn't|are|were|has|hasn't|had|have|seems?|seemed|looks?|"
    r"looked|feels?|felt|keeps?|kept|went|goes|gets|got|hurts?|aches?|ached|started|stopped|"
    r"won't|will|can't|cannot)\b))|"
    r"(?P<is>'s\b|\s+is\b)|(?P<was>\s+was\b)|"
    r"(?P<have>\s+has\b))?\b",
    re.IGNORECASE,
)
_HE_HAS = re.compile(r"\b(?:he|she)(?:'s|s)\s+(?=(?:had|been|got|taken|gone)\b)", re.IGNORECASE)
# "himself is grand" (Irish: the man of the house), opening a clause
_HIMSELF_FIRST = re.compile(r"(^|[.,;!?]\s*)(?:him|her)self(?P<is>\s+is\b)?", re.IGNORECASE)
_SELF = re.compile(r"\b(?:him|her)self\b", re.IGNORECASE)
# "her" as the object ("woke her up", "with her"), not her things
_HER_OBJECT = re.compile(
    r"\bher\b(?=\s*(?:$|[,.!?;)]|(?:up|down|out|in|on|off|to|at|a|an|the|some|and|but|so|"
    r"for|with|again|now|this|that|today|tonight|yesterday|earlier)\b))",
    re.IGNORECASE,
)
# After these the family name is the object: "woke dad", "sat with mum"
_BEFORE_OBJECT = re.compile(
    r"\b(?:gave|give|helped|help|told|asked|woke|wake|found|checked|took|brought|made|with|to|"
    r"for|at|on|by|left|leave|got|get|drove|bring)\s+$",
    re.IGNORECASE,
)
_SHE_HE = {"he's": "I'm", "she's": "I'm", "hes": "I'm", "shes": "I'm"}


def _kin(m: re.Match[str]) -> str:
    """The family name of a `_KIN_SUBJECT` match in the first person: "I", "I'm", "my",
    "I've", or "me" as the object ("sat with mum")."""
    if _BEFORE_OBJECT.search(m.string, 0, m.start()):
        if m.group("own"):
            return "my "
        return "me" + (m.group("is") or m.group("was") or m.group("have") or m.group("has") or "")
    for group, said in (("has", "I've "), ("own", "my "), ("is", "I'm"), ("was", "I was")):
        if m.group(group):
            return said
    return "I have" if m.group("have") else "I"


def as_told_of(text: str) -> str:
    """`text` read as the patient's own words when they are spoken of in it ("he's very
    drowsy", "I gave him an extra tramadol", "my husband forgot his 2 o'clock"): after a
    carer's preface as `as_the_patient` reads it; else "he", "she", the family name and
    "gave him" turned to the first person."""
    if carer_writing(text):
        return as_the_patient(text)

    def gave(m: re.Match[str]) -> str:
        return _TOOK[m.group("verb").lower()] + (" my " if m.group("own") else " ")

    out = _GAVE.sub(gave, text)
    out = _KIN_SUBJECT.sub(_kin, out)
    out = _HE_HAS.sub("I've ", out)
    out = _HIMSELF_FIRST.sub(lambda m: m.group(1) + ("I'm" if m.group("is") else "I"), out)
    out = _SELF.sub("myself", out)
    out = _HER_OBJECT.sub("me", out)
    out = _THEM.sub(lambda p: _SHE_HE.get(p.group().lower(), "I"), out)
    out = _THEIR.sub("my", out)
    return _HIM.sub("me", out)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a message in the patient's chat is taken to say: its intents, whether it is
    answered as told by someone with the patient (`carer`), whether whom it is about
    is asked first, with nothing recorded yet (`ask`), and the red flags to answer now,
    worded for the one who tells, before that is known (`alarm`)."""

    intents: list[Intent]
    carer: bool = False
    ask: bool = False
    alarm: tuple[str, ...] = ()


# Signs that are an emergency for whoever has them (RED_FLAG's texts, none worded "your"):
# told of family before the chat has said who writes, answered at once. Leg weakness,
# bladder or bowel trouble, saddle numbness and fever are red flags beside back pain, the
# patient's, and told of family are most often someone else's ("my husband's got a
# fever"); they wait for the tap, as do thoughts of suicide ("after my wife died" read as
# theirs is "after I died").
ANYONES_EMERGENCY: tuple[str, ...] = (
    "chest_pain",
    "gi_bleeding",
    "overdose_signs",
    "stroke_signs",
    "allergic_reaction",
)
# A sign of family's told as over, as their story, or as already in hospital's hands: no
# emergency to answer now ("my da had a heart attack at 60", "mum died of a stroke",
# "dad's in hospital with chest pains", "we're in A&E now", "waiting for the ambulance").
# Asked about ("should I take him in?") it is answered whatever else it says.
_NOT_NOW = re.compile(
    r"\b(?:died|dies|dead|death|passed\s+(?:away|on)|funeral|late\s+" + _KIN + r")\b|"
    r"\b(?:\d+|a|an|one|two|three|few|several|many|some)\s+(?:years?|months?|weeks?|decades?)"
    r"\s+(?:ago|back)\b|\b(?:years|months|decades|ages|long)\s+ago\b|\bused\s+to\b|"
    r"\b(?:previously|in\s+the\s+past|history\s+of)\b|"
    r"\b(?:before|once)(?=\s*(?:[,.;:!)]|$|that's|so\b|and\s+(?:that|so)\b))|"
    # "had a stroke in March", "a heart attack at 60": a date or an age, not today
    r"\bhad\s+(?:a|an|his|her)\s+(?:\w+\s+){1,2}?(?:in|at|on|back\s+in)\s+(?:\d\d\b(?!\s*(?:am|pm|:))|"
    r"(?:19|20)\d\d|jan|feb|march|april|may\b|june|july|aug|sept?|oct|nov|dec)|"
    # in care's hands already
    r"\b(?:in|at|into)\s+(?:the\s+)?(?:hospital|hosp|a\s*&\s*e|a\s+and\s+e|er|ed|icu|"
    r"emergency\s+(?:room|department)|resus|ward|clinic)\b|"
    r"\b(?:took|taken|brought|rushed|admitted|kept)\s+(?:\w+\s+){0,2}?(?:to|in|into|at)\s+"
    r"(?:the\s+)?(?:hospital|a\s*&\s*e|er|icu|clinic)\b|"
    r"\b(?:waiting\s+for|called|rang|phoned)\s+(?:an?|the)\s+ambulance\b|"
    r"\bambulance\s+(?:is\s+)?(?:on\s+(?:its|the)\s+way|coming|here|came|arrived)\b|"
    r"\bparamedics\s+(?:are\s+)?(?:here|came|arrived)\b|"
    # stools dark from iron, a colour its label names
    r"\b(?:black|dark)\w*\s+(?:\w+\s+){0,4}?(?:on|from|since|with)\s+(?:\w+\s+){0,2}?iron\b|"
    # wondering what a sign would look like, a story watched, a joke
    r"\b(?:wants?|wanted|asks?|asked|asking|wondering|wonders)\s+(?:to\s+know\s+)?"
    r"(?:what|how|if|whether)\b|\bwatching\s+(?:a|an)\b|\bteleserye\b|"
    r"\bhaha|\blol\b|\blmao\b"
)


def told_as_now(text: str) -> bool:
    """Whether a sign told of family in `text` is told as happening now, not as their
    history, their story, or with them already in care; a question always is."""
    low = text.lower().replace("\u2019", "'")
    return "?" in low or _NOT_NOW.search(low) is None


def _flags(intents: Sequence[Intent]) -> set[str]:
    return {f for i in intents if isinstance(i, RedFlagIntent) for f in i.flags}


def _recorded(intents: Sequence[Intent]) -> list[Intent]:
    return [i for i in intents if not isinstance(i, NoteIntent)]


def choose(
    text: str,
    plain: list[Intent],
    theirs: list[Intent],
    who: Whose,
    *,
    carer_here: bool | None,
    asked: bool,
) -> Reading:
    """Which reading of a message stands: `plain` (a third person is someone else) or
    `theirs` (`as_told_of`: the patient, spoken of). `carer_here`: what the chat said when
    asked whether someone writes for the patient (None: not said); `asked`: it was asked
    and not answered yet.

    "He" or "she" not clearly someone else is the patient when reading them so records
    more (a dose, a side effect, a skip's reason, a red flag); "my husband", "dad" only
    once the chat has said someone writes for the patient. When the plain reading records
    nothing, whom it is about is asked once; once the chat has said someone writes for
    the patient, their words are kept as a note; a writer who says who they are ("this is
    Sarah, her daughter") has said it. A same-day sign only their reading finds, told of
    "mum" before that is known, is answered now (`alarm`) and whom it is about asked
    after."""
    preface = carer_writing(text)
    if preface:
        carer_here = True
    if who not in (Whose.THEM, Whose.KIN) or carer_here is False:
        return Reading(plain, carer=preface)
    flagged = _flags(plain)
    new_flags = tuple(sorted(_flags(theirs) - flagged))
    if who is Whose.KIN and not carer_here:
        # "my husband's got a fever", "mum took her tylenol": often the patient telling of
        # their family, so never read as theirs unasked; but when only their reading
        # records anything ("Mum took her tablets at 8, she's a bit drowsy", a daughter
        # typing in Sydney) whom it is about is asked, not met with "didn't catch that"
        # while the morning's doses were marked missed and the drowsiness lost
        unclear = not _recorded(plain) and "?" not in text
        now = told_as_now(text)
        alarm = tuple(
            f
            for f in new_flags
            if f in SAME_DAY_FLAGS or (now and f in ANYONES_EMERGENCY and f not in flagged)
        )
        if alarm:
            # "Mum had a fall this morning", "dad's been vomiting blood": what to do is
            # hers to hear now, worded for her ("Call their doctor", "call … for them
            # now"), whoever mum or dad is; only where it is recorded waits for the tap
            # (an emergency had waited behind "is this about the person this diary is
            # for?" until she tapped Yes). Told as over, or with them in hospital
            # already ("my da had a heart attack at 60"), it waits as before.
            # (asked even after "should I call an ambulance?": the sign is to be placed)
            return Reading(plain, carer=preface, ask=not _recorded(plain), alarm=alarm)
        return Reading(plain, carer=preface, ask=unclear and not asked)
    if len(_recorded(theirs)) > len(_recorded(plain)) or new_flags:
        return Reading(theirs, carer=True)
    if _recorded(plain):
        # "she says 6" read alike either way: still a carer's words once the chat has
        # said someone writes for the patient ("Why did they skip it?", and so kept); a
        # red flag told of "her" is answered to the one telling ("she's had a fall": "Call
        # their doctor", not "your")
        return Reading(plain, carer=bool(carer_here) or (who is Whose.THEM and bool(flagged)))
    if carer_here:
        kept = theirs or [NoteIntent(text=" ".join(text.split())[:500])]
        return Reading(kept, carer=True)
    return Reading(plain, carer=preface, ask=not asked and "?" not in text)
