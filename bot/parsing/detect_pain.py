"""Pain in a clause: the score, where it hurts, how it feels, whether it runs down a limb."""

from __future__ import annotations

import re

from bot.parsing.dose_slots import DOSE_SLOTS
from bot.parsing.findings import Found
from bot.parsing.intents import LOCATIONS
from bot.parsing.leg_signs import legs_said_weak
from bot.parsing.not_a_score import DENIED_SCORE
from bot.parsing.numbers import to_float
from bot.parsing.patterns import (
    BARE,
    BARE_PREV_BLOCK,
    BOTH_LEGS,
    BOTTOM_OF_BACK,
    COUNTED_PLURAL,
    LOCATIONS_RE,
    NO_PAIN,
    NOT_A_PLURAL,
    NUM_PAIN,
    PAIN_CHANGE,
    PAIN_NAMED,
    PAIN_OUT_OF,
    PAIN_WORD_NUM,
    PLACE_AT_LEVEL,
    QUALITIES_RE,
    RADIATING_FALSE,
    RADIATING_PATH,
    RADIATING_TRUE,
    RANGE,
    SCORE_MOVED_TO,
    SCORE_STILL,
    SPINE_LEVEL,
    SPINE_REGION,
)
from bot.parsing.spans import blank, negated_at
from bot.parsing.vocabulary import PILL_WORDS

# ("what's the scale, 1 to 10?": its two ends alone are no score either)
_THE_SCALE = re.compile(r"^\W*[01]\s*(?:-|to)\s*10\W*$|\b[01]\s*(?:-|to)\s*10\b(?=\s*\?|\s+scale)")
# Numbers that measure something else: "max 8 in 24 hours" (a label's limit), "5 foot 2
# and 70 kg" (a body), "four and half hours" (a length of time), "I'm 45 years old"
_MEASURES = re.compile(
    r"\bmax(?:imum)?\s+(?:of\s+)?\d+\s*(?=in\s+24|a\s+day|per\s+day|/\s*day|daily|tablets?|tabs?|"
    r"pills?|caps?|doses?)|"
    r"\b\d+(?:\.\d+)?\s*(?:foot|feet|ft|kg|kgs|kilos?|lbs?|pounds|stone|cm|inches)\b(?:\s*\d+)?|"
    r"\b\d+\s+(?:times\s+)?(?:a|per)\s+day\s+(?:max(?:imum)?|tops)\b|"
    # "the 10 one" (a strength), "level 5 carpark", "1 in 10 people": no score
    r"\bthe\s+\d+(?:\.\d)?\s*(?:mg|mcg)?\s+ones?\b|\blevel\s+\d+\s+(?:car\s*park|parking|garage)|"
    # Numbers with a meaning of their own (set 69): another thing rated ("stress is like 9
    # out of 10", "bond film, solid 8/10", "10/10 would recommend"), a stage, level, ward,
    # bed or test result, a count of things, thousands, a date, a clock range, a size
    r"\b(?:stress(?:\s+levels?)?|anxiety|energy|fatigue|film|movie|show|book|meal|dinner|instructor|"
    r"service|hotel)\b[^.;]{0,25}?\d+(?:\.5)?\s*(?:/|out\s+of|outta)\s*10\b|"
    r"\b\d+(?:\.5)?\s*(?:/|out\s+of)\s*10\s+(?:would|will)\s+recommend|"
    r"\b(?:energy|anxiety|stress(?:\s+levels?)?|fatigue|tiredness)\s+(?:is\s+|was\s+|about\s+|like\s+|"
    r"maybe\s+|around\s+|at\s+|an?\s+)*\d+\b|"
    # "feeling down 3/10 mood", "8/10 stress today": the score of the thing named after it
    r"(?<!pain\s)(?<!pain:\s)(?<!back\s)(?<!pain\sis\s)(?<!back\sis\s)(?<![\d.])\d+(?:\.5)?\s*(?:/|out\s+of|outta)\s*10\s+(?:for\s+|on\s+)?(?:my\s+|the\s+)?"
    r"(?:mood|spirits|stress|anxiety|energy|fatigue|tiredness|sleep)\b(?!\s*(?:(?:is|was|are|were|has|had|feels?|seems?|been)\b|[:='\d]))|"
    r"\b(?:stage|ward|bed|room|platform|gate|ext|extension|route|size|grade|"
    r"crp|esr|bmi|bp|hr)\s+(?:of\s+)?\d+(?:\.\d+)?\b|\blevel\s+\d+\s+(?:resistance|of\s+the)\b|"
    r"\b\d+(?:[.,]\d+)?\s+(?:steps|lbs|kg|kgs|miles|km|ft|feet|cals|calories|pesos|quid|naira|dollars|"
    r"euros|rand|boxes|moose|lengths|reps|sets|jeeps?|trikes?|buses|trains|episodes|pages)\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\b\d+\s*x\s*\d+\b|"
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\b\d{1,2}[.:]\d\d\s*(?:to|-|till|until)\s*\d{1,2}[.:]\d\d\b|"
    r"\b\d+\s*-\s*\d+\s*(?:ft|feet|m\b|metres|meters|inches|cm|km|miles|kg|lbs)|"
    # "give me 10": the minutes of a wait; "can u make it 7": a reminder's new hour
    r"\bgive\s+(?:me|us)\s+(?:another\s+)?\d{1,3}\b(?!\s*(?:/|out\s+of))|"
    r"\b(?:make|move|change|set|put|switch|push)\s+(?:it|them|that|the\s+reminder)\s+(?:to\s+)?(?:at\s+)?"
    r"\d{1,2}\b(?!\s*(?:/|out\s+of))|"
    r"\b\d+\s+in\s+\d+\s+(?:people|patients|adults|of\s+(?:us|them|people))\b|"
    # "crocin and dolo, 2 each", "1 of each", "x2 each", "each 2": a count shared by a list
    r"(?:\bx\s*|\b)(?:\d+(?:\.5)?|one|two|three|four)\s*(?:x\s+)?(?:"
    + PILL_WORDS
    + r"\s+)?(?:of\s+)?each\b"
    r"(?!\s+(?:day|night|morning|evening|time|week|hour|side)s?\b)|"
    r"\beach\s+(?:x\s*)?\d+\b(?!\s*(?:/|out\s+of|outta|hours?|hrs?|mins?|minutes|days?))|"
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+(?:a\s+)?half\s+"
    r"(?:hours?|hrs?|days?|weeks?)\b|\b\d+\s*(?:years?|yrs?)\s+old\b|"
    # a child's age: "my lad's 10 and he's had growing pains", "my kid's 6"
    r"\b(?:lad|kid|son|daughter|boy|girl|child|baby|grandson|granddaughter|nephew|niece)"
    r"(?:'s|\s+is|\s+was|\s+turned|\s+turns|\s+will\s+be)\s+(?:\d+|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b|\b\d+\s*(?:yo|y/o|yr\s+old)\b|"
    # "Pregaba M 75 0-0-1": a prescription's tablets by the parts of the day (pain 0 was kept)
     + DOSE_SLOTS.pattern
)


_MEASURES_MAY = re.compile(
    r"\d|half|\b(?:lad|kid|son|daughter|boy|girl|child|baby|grandson|granddaughter|nephew|niece)\b"
)


# Being without pain wished for or missed, not said of now: "I'd sell my soul for one pain
# free day", "wish I was pain free", "haven't been pain free in years"
_PAIN_FREE_WISHED = re.compile(
    r"\b(?:for\s+(?:one|a|just\s+one|a\s+single|even\s+one|one\s+single|just\s+a)|"
    r"wish\s+(?:i\s+(?:was|were|could\s+be)|to\s+be)|(?:dream|dreaming|dreamt)\s+(?:of|about)(?:\s+being)?|"
    r"never|(?:haven't|have\s+not|hasn't|not)\s+been|what\s+i'd\s+give\s+to\s+be|"
    r"(?:want|wanna|hope|hoping|long)\s+(?:to\s+be|for)(?:\s+a)?)\s+"
    r"(?:no\s+pain|pain[-\s]free|zero\s+pain)|"
    # days counted: "2 pain free days this week"
    r"\b(?:\d+|two|three|four|five|six|a\s+few|few|some|a\s+couple\s+of|couple\s+of)\s+"
    r"pain[-\s]free\s+(?:days|nights|hours|weeks|mornings|evenings)"
)


def _blank_measures(clause: str, masked: str) -> tuple[str, str]:
    """Both texts with every measure blanked, at the spans read on the clause as written
    (its times may be masked differently in `masked`)."""
    spans = [m.span() for m in _MEASURES.finditer(clause)]
    if not spans:
        return clause, masked
    if len(masked) != len(clause):
        return blank(_MEASURES, clause), blank(_MEASURES, masked)
    a, b = list(clause), list(masked)
    for start, end in spans:
        a[start:end] = b[start:end] = " " * (end - start)
    return "".join(a), "".join(b)


# What makes a number opening a dose message its count, not a score: a fraction, a
# unit of count, or a medicine named right after it (masked in `masked`).
_COUNT_FOLLOWS = re.compile(
    r"\s*(?:\d+\s*/\s*\d+|\u00bd|and\s+a\s+half|(?:" + PILL_WORDS + r"|pcs|pc|x|sprays?|sachets?|"
    # "zero energy", "0 motivation": how much of something, not a score
    r"energy|motivation|appetite|patience|chance|idea|interest|strength|clue)\b)"
)
_NAME_FOLLOWS = re.compile(r"\s+(?:of\s+(?:my\s+|the\s+)?)?[a-z][\w-]*\s+" + PILL_WORDS + r"\b")
# "only 3 left", "2 left in the box": how many are left, never a score ("5 left side" is;
# "7 left" alone may answer the pain question with its side)
_LEFT_IN_STOCK = re.compile(r"\s+(?:left|remaining)\s+(?:now|in|of|till|til|until|for|over)\b")
_LEFT_ALONE = re.compile(r"\s+(?:left|remaining)\b(?!\s+[a-z])")
_ONLY_SO_MANY = re.compile(r"\b(?:only|just|still|have|got|are)\s+\w+$")


def _a_count(clause: str, masked: str, end: int) -> bool:
    """Whether the number ending at `end` counts pills or patches ("2 pcs paracetamol",
    "1 1/2 co-codamol", "2 lido patches"), not a score."""
    return bool(
        _COUNT_FOLLOWS.match(masked, end)
        or _COUNT_FOLLOWS.match(clause, end)
        or _NAME_FOLLOWS.match(clause, end)
        or _LEFT_IN_STOCK.match(clause, end)
        or bool(_LEFT_ALONE.match(clause, end) and _ONLY_SO_MANY.search(clause, 0, end))
    )


def pain_scores(clause: str, masked: str, dose_clause: bool) -> list[tuple[int, float]]:
    clause, masked = blank(SPINE_LEVEL, clause), blank(SPINE_LEVEL, masked)
    if "pain" in clause:
        # "no be pain 2 o!": a correction of a score wrongly read, never a score itself
        clause, masked = blank(DENIED_SCORE, clause), blank(DENIED_SCORE, masked)
    # "0-10? eight": the scale named is no score
    clause, masked = blank(_THE_SCALE, clause), blank(_THE_SCALE, masked)
    if _MEASURES_MAY.search(clause):  # (cheap: most clauses hold no number at all)
        clause, masked = _blank_measures(clause, masked)
    out: list[tuple[int, float]] = []
    change = PAIN_CHANGE.search(clause)
    if change:
        a = to_float(change["a"] or change["a2"])
        v = to_float(change["n"] or change["n2"])
        if a is not None and v is not None and 0 <= a <= 10 and 0 <= v <= 10:
            return [(3, v)]
    for m in PAIN_OUT_OF.finditer(masked):
        v = to_float(m["n"])
        if v is not None and 0 <= v <= 10:
            out.append((3, v))
        elif v is not None and 10 < v <= 20 and _beyond_the_scale(clause, m):
            out.append((3, 10.0))  # "pain 11/10": the worst the scale holds
    if out:
        return out
    no_pain = NO_PAIN.search(clause)
    if no_pain and not _PAIN_FREE_WISHED.search(clause):
        return [(2, 0.0)]
    for pat in (PAIN_WORD_NUM, NUM_PAIN, SCORE_MOVED_TO, SCORE_STILL, PLACE_AT_LEVEL):
        for m in pat.finditer(clause):
            v = _upper_of_range(clause, m.start("n")) or to_float(m["n"])
            if v is not None and 0 <= v <= 10:
                out.append((2, v))
    if out:
        return out
    if dose_clause:
        # "7 cudnt sleep took 2 paracetamol", "6 skipped flexeril too groggy": a bare number
        # opening a run-on message is its score, before whatever the dose says
        opener = _OPENER.match(masked)  # "ok 5 hip n bum aching took panadol 2"
        lead = BARE.match(masked, opener.end() if opener else 0)
        said_as_a_score = opener is not None and opener["article"] is not None
        if opener and lead and not said_as_a_score and _DOSE_AFTER.match(masked, lead.end()):
            return []  # "ok 2 taken": the count
        if lead is None or not (
            lead["n"][0].isdigit() or _A_WORD_SCORE_WHEN.match(clause, lead.end())
        ):
            return _trailing_score(clause, masked)
        counted = COUNTED_PLURAL.match(masked, lead.end())  # "10 pushups then took …"
        if counted and counted["w"] not in NOT_A_PLURAL:
            return []
        if _a_count(clause, masked, lead.end()):
            return []  # "2 lido patches on", "1 1/2 co-codamol", "2 pcs paracetamol"
        v = to_float(lead["n"])
        return [(2, v)] if v is not None and 0 <= v <= 10 else []
    r = RANGE.search(masked)
    # (the range as written, not across words masked out: "one before dinner and one …")
    if r and RANGE.match(clause, r.start()) and not BARE_PREV_BLOCK.search(masked[: r.start()]):
        a, b = to_float(r["a"]), to_float(r["b"])
        if a is not None and b is not None and 0 <= a <= b <= 10:
            return [(1, b)]
    for m in BARE.finditer(masked):
        if BARE_PREV_BLOCK.search(masked[max(0, m.start() - 25) : m.start()]):
            continue
        counted = COUNTED_PLURAL.match(masked, m.end())
        if (counted and counted["w"] not in NOT_A_PLURAL) or _a_count(clause, masked, m.end()):
            continue
        if m["n"] == "one" and _ONE_OF_THEM.match(clause, m.end()):
            continue  # "two solpadeine, one before dinner and one this evening": tablets
        v = to_float(m["n"]) if m["n"] != "one" else 1.0
        if v is not None and 0 <= v <= 10:
            out.append((1, v))
            break
    return out


# A number word then when: one of the tablets, at a time of day ("one before dinner")
_ONE_OF_THEM = re.compile(
    r"\s+(?:before|after|at|around|about|in\s+the|this|tonight|with|more|of\s+(?:them|those|the|my)|"
    r"each|every|first\s+thing|last\s+thing|later|earlier|then)\b"
)
_OPENER = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|meh|um+|well|yeah|yep|hmm+|right)\W+|"
    # "about a 6 today took 2 advil": a score said with its article
    r"(?P<article>(?:(?:about|around|like|maybe|prob(?:ably)?|roughly|solid|easily)\s+)?an?\s+(?=\d|eight\b)))"
)
# A number word opening a dose message is its score only when a time of it follows
# ("seven tonight took the gaba pen tin"); "two tonight" counts the tablets.
_A_WORD_SCORE_WHEN = re.compile(
    r"(?<!\bone)(?<!\btwo)(?:\s+(?:today|tonight|now|right\s+now|atm|rn|this\s+(?:morning|afternoon|evening))\b)"
)
_DOSE_AFTER = re.compile(r"\s*(?:taken|done|took|had|of|more|x|down|in)\b")
_AT_THE_END = re.compile(r"[\W_]*$")
# After these a closing number is the dose's own (its count): "took another 2", "popped 2"
# (or a time: "and 1 at 2"); set apart by a comma it may be either ("took the naproxen, 2")
_DOSE_BEFORE = re.compile(
    r"\b(?:another|taken|popped|pop|swallowed|used|applied|and|or|with|at|@|around|about|bout|"
    # "took all 3", "took em all 3": how many of the doses
    r"all|both|them|em|all\s+of\s+them)\s+$|"
    r"[,;:-]\s*$"
)


def _trailing_score(clause: str, masked: str) -> list[tuple[int, float]]:
    """ "tramadol at 8, dizzy and queasy 5", "took 2 norco at 1030 still a 7": a bare
    number closing a dose message (its times, amounts and the numbers beside a name
    already masked) is its score, said after the dose."""
    last = None
    for m in BARE.finditer(masked):
        last = m
    if last is None or not last["n"][0].isdigit() or not _AT_THE_END.match(masked, last.end()):
        return []
    before = masked[max(0, last.start() - 25) : last.start()]
    if BARE_PREV_BLOCK.search(before) or _DOSE_BEFORE.search(before):
        return []
    if _a_count(clause, masked, last.end()):
        return []
    v = to_float(last["n"])
    return [(1, v)] if v is not None and 0 <= v <= 10 else []


def _beyond_the_scale(clause: str, m: re.Match[str]) -> bool:
    """ "pain 11/10", "12 out of 10 today": a score past the top said of the pain (the
    pain named, or the score alone), never a strength ("targin 20/10")."""
    rest = (clause[: m.start()] + " " + clause[m.end() :]).strip(" ,.!")
    return bool(PAIN_NAMED.search(clause) or _ONLY_WHEN.fullmatch(rest))


_ONLY_WHEN = re.compile(
    r"(?:(?:today|tonight|now|right\s+now|atm|this\s+(?:morning|afternoon|evening)|honestly|"
    r"literally|easily|at\s+least)\s*)*"
)


def _upper_of_range(clause: str, at: int) -> float | None:
    """The higher end when the score said at `at` is a range ("pain 5-6" is 6, as
    PRODUCT.md §5 asks), else None."""
    r = RANGE.match(clause, at)
    if r is None:
        return None
    a, b = to_float(r["a"]), to_float(r["b"])
    return b if a is not None and b is not None and 0 <= a <= b <= 10 else None


# The everyday word for pain, with how much of it ("very", "awfy", Scots "heavy"): said of
# the pain, never a quality of it (bot.parsing.vocabulary QUALITY_TERMS)
_SORE = re.compile(r"\bsore(?:ness)?\b")

# Words of pain in a clause that says the legs are weak: "legs weak and aching" is pain there
_HURTS_TOO = re.compile(r"\b(?:pain\w*|hurt\w*|ach(?:e|es|ing|y)|sore|sciatica|shooting|burning)\b")
_LEG_PLACES = frozenset({"leg", "leg_left", "leg_right"})


def pain_details(clause: str, found: Found) -> bool:
    hit = False
    text = BOTTOM_OF_BACK.sub(" lower back ", clause)
    # "pain 5, legs feel a bit weak": weak legs are no place the pain is (bot.parsing.leg_signs)
    weak_legs = legs_said_weak(clause) and not _HURTS_TOO.search(clause)
    both = [
        m
        for m in BOTH_LEGS.finditer(text)
        if not negated_at(text, m.start(), m.end()) and not _SAID_FINE.match(text, m.end())
    ]
    if both and not weak_legs:
        found.locations.update(("leg_left", "leg_right"))
        hit = True
    text = BOTH_LEGS.sub(lambda m: " " * len(m.group()), text)  # "no pain in my legs": none
    for m in LOCATIONS_RE.finditer(text):
        if weak_legs and m.lastgroup in _LEG_PLACES:
            continue
        if _SAID_FINE.match(text, m.end()):
            continue  # "legs are strong", "hips feel fine": said well, no place of pain
        if m.lastgroup and not negated_at(text, m.start(), m.end()):
            found.locations.add(m.lastgroup)
            hit = True
    for m in SPINE_LEVEL.finditer(text):
        # "L4-5" says where (lower back); the clause stays a note of what was found there.
        found.locations.add(SPINE_REGION[m.group()[0]])
    for m in QUALITIES_RE.finditer(clause):
        if m.lastgroup and not negated_at(clause, m.start(), m.end()):
            found.qualities.add(m.lastgroup)
            hit = True
    # "back is heavy sore": the pain said, how much not how it feels (no quality)
    if any(not negated_at(clause, *m.span()) for m in _SORE.finditer(clause)):
        hit = True
    if RADIATING_FALSE.search(clause):
        if found.radiating is None:
            found.radiating = False
        hit = True
    elif RADIATING_TRUE.search(clause) or RADIATING_PATH.search(clause):
        found.radiating = True
        hit = True
    side = _SIDED_START.search(text)
    if side and "leg" in found.locations and not found.locations & {"leg_left", "leg_right"}:
        # "from my left hip until the knee": the leg of the side the pain starts on
        found.locations.add(f"leg_{side['side']}")
    return hit


_SAID_FINE = re.compile(
    r"(?:'s|\s+(?:are|is|feel|feels|felt|seem|seems))\s+(?:\w+\s+)?(?:strong|fine|ok|okay|normal|good|"
    r"grand|alright|all\s+right)\b"
)
_SIDED_START = re.compile(
    r"\bfrom\s+(?:my\s+|the\s+)?(?P<side>left|right)\s+(?:hip|buttock|bum|butt|glute|side|cheek)\b"
)


def radiating(text: str) -> bool | None:
    """Whether normalised ``text`` says the pain runs down a limb (True), stays put
    (False), or neither (None)."""
    if RADIATING_FALSE.search(text):
        return False
    return True if RADIATING_TRUE.search(text) or RADIATING_PATH.search(text) else None


def pain_locations(found: set[str]) -> tuple[str, ...]:
    """Places in contract order; a leg whose side is said is not also "leg" ("left leg
    from the knee down")."""
    sided = bool(found & {"leg_left", "leg_right"})
    return tuple(x for x in LOCATIONS if x in found and not (sided and x == "leg"))
