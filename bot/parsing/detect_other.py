"""Side effects, sleep, activity and mood in a clause."""

from __future__ import annotations

import re

from bot.parsing.findings import Found
from bot.parsing.intents import SleepQuality
from bot.parsing.numbers import minutes_of, to_float
from bot.parsing.patterns import (
    ACTIVITY_ADVISED_BEFORE,
    ACTIVITY_FALSE,
    ACTIVITY_NEG,
    ACTIVITY_NOT_DONE,
    ACTIVITY_RE,
    BARE_HOURS,
    DURATION,
    EFFECT_FALSE,
    EFFECTS_RE,
    MISHAP,
    MOOD_BARE,
    MOOD_CANON,
    MOOD_RE,
    MOOD_REASSURED,
    MOOD_SCORE,
    NEG_BEFORE,
    REASSURING_WORDS,
    SLEEP_FAIR,
    SLEEP_GOOD,
    SLEEP_HOURS,
    SLEEP_POOR,
    SLEEP_SCORE,
    SLEEP_WISH,
    SLEPT_FROM,
    STOMACH_BEFORE,
    TEARFUL_SAID,
    UPSET_STOMACH,
)
from bot.parsing.redflags import FIRST_PERSON, OTHER_PERSON
from bot.parsing.spans import negated_at
from bot.parsing.vocabulary import NUMBER_WORDS
from bot.parsing.works_or_not import RELIEF_LASTS


def detect_side_effects(clause: str) -> set[str]:
    """Side effects the writer has: not negated, not feared ("if I ever get black poo"),
    not someone else's ("my wife's been vomiting all night")."""
    effects: set[str] = set()
    for m in EFFECTS_RE.finditer(clause):
        if not m.lastgroup or m.lastgroup in effects:
            continue
        if EFFECT_FALSE.match(clause, max(0, m.start() - 8)) or EFFECT_FALSE.match(
            clause, m.start()
        ):
            continue
        if negated_at(clause, m.start(), m.end()):
            continue
        before = clause[: m.start()]
        if _SUPPOSED.search(before[-40:]) or _KEPT_CLEAR_OF.search(before[-40:]):
            continue
        if _someone_elses(before):
            continue
        if m.lastgroup == "fatigue" and any(
            t.start() <= m.start() < t.end() for t in _LIMBS_TIRED.finditer(clause)
        ):
            continue  # "the legs are tired": the legs' own (stenosis), not the whole body's
        if m.lastgroup == "headache" and (
            _TAKEN_FOR.search(before[-60:]) or _SO_TAKEN.match(clause, m.end())
        ):
            # "did 1 dolo for headache": why it was taken, not what it did (a nausea or
            # constipation treated is still kept: most often the regimen's own)
            continue
        effects.add(m.lastgroup)
    return effects


_LIMBS_TIRED = re.compile(
    r"\b(?:legs?|calf|calves|thighs?|feet|arms?)\s+(?:are\s+|is\s+|feel\s+|feels\s+|felt\s+|were\s+|"
    r"was\s+|get\s+|gets\s+|getting\s+|so\s+|very\s+|really\s+|a\s+bit\s+|dead\s+)*"
    r"(?:tired|exhausted)|\btired\s+(?:and\s+heavy\s+)?(?:legs?|arms?|feet)\b"
)
# A symptom a dose was taken for (Sandbox, Bengaluru: "did 1 dolo for headache" went to
# the doctor as a side effect of her medicines)
_TAKEN_FOR = re.compile(
    r"\b(?:took|take|taken|taking|had|did|popped|used|swallowed|tried)\b[^.;]*\b"
    r"(?:for|because\s+of|cos\s+of|coz\s+of|due\s+to)\s+(?:the\s+|my\s+|a\s+|an\s+|this\s+|that\s+)?"
    r"(?:bad\s+|terrible\s+|slight\s+|little\s+|splitting\s+|awful\s+|mild\s+)?$"
)
_SO_TAKEN = re.compile(r"\s*(?:,\s*)?(?:so|and\s+so)\s+(?:i\s+)?(?:took|had|popped|did|tried)\b")


def felt_in_question(clause: str) -> set[str]:
    """Side effects a question about a medicine says the writer has ("could the
    constipation be from the oxy?", "is it normal to feel this dizzy on lyrica?"), not
    one only asked about ("is dizziness a side effect of lyrica?")."""
    return {
        m.lastgroup
        for m in EFFECTS_RE.finditer(clause)
        if m.lastgroup and _OWN_BEFORE.search(clause, max(0, m.start() - 30), m.start())
    } & detect_side_effects(clause)


# what the writer has, named as theirs: "this dizzy", "so itchy", "the constipation"
_OWN_BEFORE = re.compile(
    r"\b(?:this|so|such|my|the|all\s+this|feel(?:ing)?|i'?m|i\s+am|been|keep|getting)\s+"
    r"(?:\w+\s+)?$"
)


_SUPPOSED = re.compile(
    r"\b(?:if|in\s+case|whether|should)\s+(?:\w+\s+){0,4}$|"
    # read, heard or wondered about, not had: "the leaflet lists drowsiness", "heard
    # baclofen can make you drowsy", "will I also have rashes?"
    r"\b(?:heard|read|leaflet|lists?|warned|apparently|supposedly)\b(?:\s+\S+){0,8}\s*$|"
    r"\b(?:will\s+i|would\s+i|will\s+it|might|may)\s+(?:\w+\s+){0,4}$|"
    # feared, still to come: "scared the hydrocodone will make me constipated"
    r"\b(?:will|would|could|gonna|going\s+to)\s+(?:make|give|leave|cause)\s+(?:me\s+)?(?:\w+\s+){0,2}$"
)
# Kept clear of, not had: "skip cyclo, cant be drowsy on the forklift", "don't want to be
# dizzy at the wedding" (a reason to skip, no side effect)
_KEPT_CLEAR_OF = re.compile(
    r"\b(?:can't|cant|cannot|can\s+not|mustn't|must\s+not|don't\s+want\s+to|dont\s+want\s+to|"
    r"not\s+allowed\s+to|can't\s+afford\s+to|cant\s+afford\s+to|to\s+avoid)\s+"
    r"(?:be|being|get|getting|feel|feeling)\s+(?:\w+\s+)?$"
)


def effects_kept_clear_of(clause: str) -> set[str]:
    """Side effects the writer keeps clear of ("can't be drowsy at work"): a skip's reason."""
    return {
        m.lastgroup
        for m in EFFECTS_RE.finditer(clause)
        if m.lastgroup and _KEPT_CLEAR_OF.search(clause, max(0, m.start() - 40), m.start())
    }


def _someone_elses(before: str) -> bool:
    """Whether the words before a side effect make it another person's."""
    others = list(OTHER_PERSON.finditer(before))
    return bool(others) and not FIRST_PERSON.search(before[others[-1].end() :])


# Sleep advised or aimed at, not had
_SLEEP_ADVISED = re.compile(
    r"\b(?:aim\s+for|should\s+(?:get|aim|be\s+getting)|supposed\s+to\s+get|recommend\w*|"
    r"need\s+(?:to\s+get\s+)?at\s+least)\b"
)
_GREETING = re.compile(
    r"^\W*(?:good\s*night|goodnight|nite\s*nite|good\s+evening)\W*(?:doctor|sir|madam)?\W*$"
)


_SLEEP_WORD = re.compile(r"\b(?:sle(?:ep|pt|eping)|kip|night|nap)\b")


def detect_sleep(clause: str) -> tuple[SleepQuality | None, float | None]:
    if _GREETING.match(clause):
        return None, None  # "Good night, today my pain is 6": a greeting, not a night's sleep
    if _SLEEP_ADVISED.search(clause):
        return None, None  # "doc says i should aim for 8 hours sleep"
    if RELIEF_LASTS.search(clause) and not _SLEEP_WORD.search(clause):
        return None, None  # "tramadol only lasts 2 hours": relief, not a night
    quality: SleepQuality | None = None
    if SLEEP_POOR.search(clause):
        quality = "poor"
    elif SLEEP_FAIR.search(clause):
        quality = "fair"
    else:
        g = SLEEP_GOOD.search(clause)
        if g and not SLEEP_WISH.search(clause[: g.start()]):
            quality = "good"
    hours: float | None = None
    m = SLEEP_HOURS.search(clause)
    if m:
        raw = m["h"] or m["h2"] or m["h3"] or m["h4"] or m["h5"] or m["h6"]
        parts = re.split(r"\s*(?:-|to|or)\s*", raw.strip())
        values = [minutes_of(p, "h") for p in parts if p]
        nums = [v / 60 for v in values if v is not None]
        if nums:
            hours = sum(nums) / len(nums)
            if m["half"] or "and a half" in m.group():
                hours += 0.5
            if not 0 < hours <= 24:
                hours = None
    if hours is None:
        hours = slept_span(clause)
    if hours is None and _NO_SLEEP_AT_ALL.search(clause):
        quality, hours = "poor", 0.0  # "no sleep at all last night", "didn't sleep a wink"
    s = SLEEP_SCORE.search(clause)
    if quality is None and s:
        v = to_float(s["n"])
        if v is not None:
            quality = "poor" if v <= 3 else "fair" if v <= 6 else "good"
    if quality is None and hours is not None:
        quality = quality_of_hours(hours)
    return quality, hours


#: A night with no sleep in it at all (the hours are 0, not unknown)
_NO_SLEEP_AT_ALL = re.compile(
    r"\b(?:no\s+sleep\s+at\s+all|(?:didn't|did\s+not|couldn't|could\s+not|never)\s+sleep\s+"
    r"(?:a\s+wink|at\s+all)|not\s+(?:a\s+)?(?:single\s+)?wink\s+of\s+sleep|zero\s+sleep|"
    r"(?:got|had)\s+no\s+sleep\s+at\s+all)\b"
)


def quality_of_hours(hours: float) -> SleepQuality:
    """A night told only by its length: under 6 hours poor, under 7 fair, else good."""
    return "poor" if hours < 6 else "fair" if hours < 7 else "good"


#: A bare number of hours this long or longer is a night's sleep, never a wait for a dose.
NIGHT_HOURS = 5.0
_NIGHT_EMOJI = ("\U0001f4a4", "\U0001f634", "\U0001f6cc", "\U0001f6cf")  # 💤 😴 🛌 🛏


def sleep_hours_alone(clause: str) -> float | None:
    """Hours said alone that can only be a night's sleep: "7 hrs last night", "7.5 hrs 💤",
    "ten hours solid"; "2 hours" alone stays a wait (a snooze's length)."""
    m = BARE_HOURS.match(clause)
    if m is None:
        return None
    minutes = minutes_of(m["n"], "h")
    if minutes is None:
        return None
    hours = minutes / 60 + (0.5 if m["half"] else 0.0)
    night = m["sleep"] or m["night"] or m["solid"] or any(e in m["end"] for e in _NIGHT_EMOJI)
    return hours if 0 < hours <= 16 and (night or hours >= NIGHT_HOURS) else None


def slept_span(text: str) -> float | None:
    """Hours between going to bed or to sleep and getting up, said as two clock times."""
    span = SLEPT_FROM.search(text)
    if span is None:
        return None
    start, end = _clock_minutes(span["a"]), _clock_minutes(span["b"])
    if start is None or end is None:
        return None
    return ((end - start) % (12 * 60) or 12 * 60) / 60


_HOURS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 12}


def _clock_minutes(said: str) -> int | None:
    """Minutes past 12 o'clock of "10", "10:30", "half five", "seven", "midnight"."""
    said = said.replace("am", "").replace("pm", "").strip()
    if said in ("midnight", "noon"):
        return 0
    half = said.startswith("half")
    said = said.removeprefix("half").strip().removeprefix("past").strip()
    hour, _, minute = said.partition(":")
    h = _HOURS.get(hour) or (int(hour) if hour.isdigit() else None)
    if h is None:
        return None
    return (h % 12) * 60 + (int(minute) if minute.isdigit() else 0) + (30 if half else 0)


#: Words that say the text is about sleep (a nap and a lie-in are sleep too).
SLEEP_WORDS = re.compile(
    r"\b(?:slept|sleep|sleeping|dozed|napped|nap|kipped|kip|lie[-\s]?in|asleep)\b"
)
_SLEEP_BEFORE = re.compile(SLEEP_WORDS.pattern + r"[^,.;]*$")


def duration_minutes(m: re.Match[str]) -> float | None:
    """Minutes of a `DURATION` match ("half an hour", "an hour and a quarter", "20 min")."""
    v = minutes_of(m["n"], m["u"])
    if v is not None and m["more"] and m["u"].startswith("h"):
        v += (45 if "three" in m["more"] else 15) if "quarter" in m["more"] else 30
    return v


def detect_activity(clause: str, found: Found) -> bool:
    if ACTIVITY_NOT_DONE.search(clause):
        return False
    hit = False
    said: set[str] = set()
    for m in ACTIVITY_RE.finditer(clause):
        if not m.lastgroup or ACTIVITY_FALSE.match(clause, m.start()):
            continue
        if ACTIVITY_NEG.search(clause[max(0, m.start() - 40) : m.start()]):
            continue
        if ACTIVITY_ADVISED_BEFORE.search(clause, 0, m.start()):
            continue
        if m.group() == "garden" and MISHAP.search(clause):
            continue  # "fell in the garden", "took a tumble in the garden": where, not gardening
        said.add("exercises" if m.group().startswith("exercis") else m.lastgroup)
        hit = True
    if "exercises" in said and ("physio" in said or "physio" in found.activity):
        said.discard("exercises")  # "the exercises the physio gave me" are the physio's
    found.activity |= {"exercise" if kind == "exercises" else kind for kind in said}
    if hit:
        timed = False
        for m in DURATION.finditer(clause):
            if _SLEEP_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
                continue  # "slept about 5 hours and did my physio for 15 minutes": 15
            v = duration_minutes(m)
            if v is not None and 0 < v <= 24 * 60:
                found.activity_minutes += v
                timed = True
        bare = None if timed else _MINUTES_LEFT_OUT.search(clause)
        if bare is not None and 10 <= int(bare["n"]) <= 240:
            found.activity_minutes += int(bare["n"])  # "walked 30.": minutes, the unit left out
    return hit


# "walked 30", "yoga 20ish": a number closing the clause right after the activity
_MINUTES_LEFT_OUT = re.compile(
    r"\b(?:walked|walk|walking|swam|swim|swimming|yoga|stretched|stretches|stretching|physio|"
    r"cycled|biked|bike|exercised|exercises|pilates|treadmill)\s+(?:for\s+)?(?:about\s+|around\s+|"
    r"like\s+|maybe\s+)?(?P<n>\d{1,3})(?:-?ish)?(?=\s*(?:$|[,.;!](?!\d)))"
)


# A direction word followed by where: the body, not the mood ("down there", "low in my back").
_A_PLACE_NOT_A_MOOD = re.compile(
    r"(?<=down|.low|flat)\s+(?:there(?!'s|\s+is)|here|below|under|my|the|both|to|into|through|each|one|"
    r"in(?!\s+(?:the\s+dumps|myself|(?:my\s+)?(?:self|spirits?|mood)))|down\s+(?:in|on|my|the)|"
    r"his|her|either|past|from|on\s+my|at\s+the)\b"
)
# "can't feel …", "couldn't feel …": feeling as sensation, which a numbness is.
_SENSATION = re.compile(r"\b(?:can't|cannot|can\s+not|couldn't|could\s+not)\s+feel\s+$")


_A_GREETING = re.compile(
    r"\s+(?:birthday|bday|b'day|anniversary|new\s+year|christmas|xmas|easter|holidays|diwali|eid|"
    r"hanukkah|thanksgiving|mother's\s+day|father's\s+day|valentine's|friday|weekend|retirement)\b"
)


def detect_mood(clause: str, found: Found, *, after_mishap: bool = False) -> bool:
    """The mood the clause tells, into `found`; whether it told one. `after_mishap`: the
    message tells a fall or an accident (patterns.MISHAP), beside which "I'm ok" says that
    no harm was done — no mood ("mum fell over in the kitchen, she's ok")."""
    hit = False
    s = MOOD_SCORE.search(clause)
    if s:
        v = to_float(s["n"] or s["m"])
        if v is not None and 0 <= v <= 10:
            found.mood_score = v
            hit = True
    bare = MOOD_BARE.match(clause)
    if bare and not found.mood_words:
        found.mood_words.append(MOOD_CANON.get(bare["w"], bare["w"]))
        hit = True
    for m in MOOD_RE.finditer(clause):
        word = " ".join((m["w"] or m["s"]).split())
        if m["w"] and "sleep" in clause[max(0, m.start() - 12) : m.start()]:
            continue  # "sleep's been better" is the sleep, not the mood
        if NEG_BEFORE.search(clause[max(0, m.start() - 30) : m.start()]) or re.search(
            r"\bnot\s+(?:\w+\s+)?$", clause[m.start() : m.start("w") if m["w"] else m.start()]
        ):
            continue
        said_at = m.start("w") if m["w"] else m.start("s")
        if (
            after_mishap
            and m["w"]
            and word in REASSURING_WORDS
            and MOOD_REASSURED.search(clause, 0, said_at)
        ):
            continue  # "I fell over, I'm ok": unhurt, not a mood
        if word == "happy" and _A_GREETING.match(clause, m.end()):
            continue  # "happy birthday to my dad": a greeting, not the writer's mood
        if word == "upset" and (
            STOMACH_BEFORE.search(clause[: m.start()])
            or UPSET_STOMACH.match(clause, m.end())
            or STOMACH_BEFORE.search(clause[:said_at])
        ):
            continue
        if _A_PLACE_NOT_A_MOOD.match(clause, m.end()) or _SENSATION.search(clause, 0, m.start()):
            continue  # "can't feel down there", "feel it low down my back": where, not mood
        word = MOOD_CANON.get(word) or ("tearful" if TEARFUL_SAID.search(word) else word)
        if word.startswith("spirit"):
            # "my spirits are considerably lifted", "spirits have been really low"
            word = "low" if word.endswith(("low", "down")) else "good"
        if word not in found.mood_words:
            found.mood_words.append(word)
        hit = True
    return hit
