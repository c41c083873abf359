"""Text normalisation and clause splitting shared by the parser's detectors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.knowledge import multiword_names
from bot.knowledge import resolve_name as knowledge_name
from bot.parsing.counts_at_times import another_after_its_time, each_count_at_its_time
from bot.parsing.emoji_words import emoji_said
from bot.parsing.halved import halves_said
from bot.parsing.hindi import HINDI_WORDS, hindi_said
from bot.parsing.relative_times import times_from_the_one_before
from bot.parsing.spanish import spanish_said
from bot.parsing.spelling import is_english_word, repair_spelling
from bot.parsing.tagalog import TAGALOG_WORDS, tagalog_said
from bot.parsing.taken_in_short import taken_in_short
from bot.parsing.taken_until import taken_until_said
from bot.parsing.vocabulary import ACTIVITY_NAMED, NUMBER_WORDS, resolve_name

__all__ = ["clauses", "normalise", "sentences", "subclauses"]

# Long inputs cost time, not meaning. Telegram caps a message at 4096 characters, so
# this only bounds the work on pathological input.
MAX_CHARS = 8192

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        # a plain check mark "✓" is the heavy one every reader knows ("mobic ✓")
        "\u2713": "\u2714",
    }
)

_CONTRACTIONS = [
    (re.compile(r"\bcan\s*not\b|\bcant\b|\bcnt\b|\bcan\s+no\s+longer\b"), "can't"),
    (re.compile(r"\bcould\s+not\b|\bcouldnt\b|\bcould\s+no\s+longer\b"), "couldn't"),
    (re.compile(r"\bdo\s+not\b|\bdont\b"), "don't"),
    (re.compile(r"\bdid\s+not\b|\bdidnt\b"), "didn't"),
    (re.compile(r"\bdoes\s+not\b|\bdoesnt\b"), "doesn't"),
    (re.compile(r"\bhave\s+not\b|\bhavent\b"), "haven't"),
    (re.compile(r"\bhas\s+not\b|\bhasnt\b"), "hasn't"),
    (re.compile(r"\bis\s+not\b|\bisnt\b"), "isn't"),
    (re.compile(r"\bare\s+not\b|\barent\b"), "aren't"),
    (re.compile(r"\bwas\s+not\b|\bwasnt\b"), "wasn't"),
    (re.compile(r"\bwill\s+not\b|\bwont\b"), "won't"),
    (re.compile(r"\bwould\s+not\b|\bwouldnt\b"), "wouldn't"),
    (re.compile(r"\bim\b"), "i'm"),
    (re.compile(r"\bive\b"), "i've"),
    (re.compile(r"\bw/\s*"), "with "),
]
# A limb's "'s" said for "has" ("leg's gone dead", "foot's got worse") or "is" ("leg's
# weaker", "foot's no lifting", Scots "no" before a verb being "not"): never a possessive
# before a noun ("leg's muscles" is left as it is, being no word of the lists below).
_LIMB = r"\b(leg|foot|knee|ankle|thigh|calf|toe|toes|heel|hip)"
_LIMB_HAS = re.compile(_LIMB + r"'s\s+(?=(?:gone|got|gotten|been|started|stopped|lost|had)\b)")
_LIMB_IS = re.compile(
    _LIMB + r"'s\s+(?:(?P<no>no|nae)\s+(?=\w+ing\b)|(?=(?:not|no|nae|weak\w*|numb\w*|dead|"
    r"heavy|heavier|floppy|useless|worse|getting|going|still|really|very|so|that|awfy|pure|"
    r"totally|completely|all|just|a\s+bit|kinda|dragging|draggin|dropping|flopping|slapping|"
    r"catching|buckling|giving|collapsing|tingl\w*|sore|killing|burning|aching|fine|ok|okay|"
    r"better|grand|alright|normal|strong\w*|asleep|cold|swollen|weird|funny|odd|wobbly|shaky|"
    r"jelly|like|feeling|numb)\b))"
)


def _limb_is(m: re.Match[str]) -> str:
    return f"{m[1]} is not " if m.group("no") else f"{m[1]} is "


# "Tylenol No. 3" is a product name; its full stop must not end the sentence.
_NUMBERED_PRODUCT = re.compile(r"\b(tylenols?)\s*no\.\s*(?=\d)")
_WS = re.compile(r"[ \t\r\f\v]+")
# Chat shorthand and regional words, spelled out before matching.
_SLANG: dict[str, str] = {
    "gimme": "give me", "rn": "right now", "brekky": "breakfast", "brekkie": "breakfast",
    "kyaan": "can't",
    "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "plz": "please",
    "pls": "please", "thx": "thanks", "mins": "minutes", "hrs": "hours", "ur": "your",
    "kipped": "slept", "tonite": "tonight", "nite": "night", "2nite": "tonight", "b4": "before",
    "thru": "through",
    # Text-speak for the dose words themselves
    "sleeped": "slept", "feel to vomit": "feel sick", "feeling to vomit": "feeling sick",
    "tkn": "taken", "tk'n": "taken", "takn": "taken", "tk": "took", "dne": "done", "4got": "forgot",
    "4gt": "forgot", "frgot": "forgot", "lst": "last", "2day": "today", "yday": "yesterday",
    "ystrday": "yesterday", "mrng": "morning", "mornin": "morning", "evng": "evening",
    "necked it": "took it", "necked them": "took them", "necked em": "took them",
    "skpd": "skipped", "skpt": "skipped", "skp": "skip", "snz": "snooze", "2nyt": "tonight",
    "l knee": "left knee", "r knee": "right knee", "l arm": "left arm", "r arm": "right arm",
    # Scots, Jamaican, Australian and Tagalog words patients write in English texts
    "cannae": "can't", "canna": "can't", "dinnae": "don't", "didnae": "didn't",
    "wasnae": "wasn't", "isnae": "isn't", "couldnae": "couldn't", "wouldnae": "wouldn't",
    "havenae": "haven't", "hasnae": "hasn't", "doesnae": "doesn't", "shouldnae": "shouldn't",
    "roond": "round", "intae": "into", "masel": "myself", "maself": "myself",
    "mysel": "myself", "meself": "myself", "mesel": "myself", "pished": "pissed",
    "cyaan": "can't", "waan": "want",
    "tek": "take", "arvo": "afternoon", "ihi": "pee", "twa": "two", "nae": "no",
    # (Sandbox, Glasgow: "her breathing's awfy slow tae" was a note; "she's no had a poo in
    # 4 days" no constipation — Scots "no" before a verb is "not")
    "awfy": "very", "gey": "very", "the morn": "tomorrow", "no had": "not had",
    "no been": "not been", "no eating": "not eating", "no slept": "not slept",
    # (Sandbox, Glasgow: "sore heid" was kept as a note, not a headache; "wee" alone is
    # also a pee, so only "wee bit" is a little)
    "heid": "head", "sair": "sore", "greetin": "crying", "oot": "out", "wee bit": "bit",
    "nuh": "no", "mek": "make", "mi": "i", "di": "the", "doon": "down", "outta": "out of",
    "lbp": "lower back pain", "oclock": "o'clock", "o clock": "o'clock",
    # Typos in the words a red flag is read from
    "blod": "blood", "bloood": "blood", "vomitting": "vomiting", "vommiting": "vomiting",
    "coffee grinds": "coffee grounds", "wanna": "want to", "bladdar": "bladder",
    "bladda": "bladder", "leeking": "leaking", "leakin": "leaking", "controll": "control",
    "exsisting": "existing", "existin": "existing", "jus": "just", "fightin": "fighting",
    "belle": "belly", "dey pain me": "hurts me", "dey do me": "is troubling me", "waka": "walk",
    "comot": "come out",
    "pipi": "pee", "without to know": "without knowing", "take a leak": "pee",
    "have a leak": "pee", "taking a leak": "peeing", "thru up": "threw up", "threw-up": "threw up",
    "pian": "pain", "goin": "going", "evrything": "everything",
    "everythin": "everything", "ibuprofin": "ibuprofen",
    # Phonetic spellings (dyslexia, voice-to-text) of the words a symptom is read from
    "pane": "pain", "pains": "pains", "cheast": "chest", "chesst": "chest", "sweting": "sweating",
    "sweling": "swelling", "swolen": "swollen", "tung": "tongue", "tounge": "tongue",
    "tablit": "tablet", "tablits": "tablets", "nue": "new", "blak": "black", "stiky": "sticky",
    "numm": "numb", "numnes": "numbness", "numbnes": "numbness", "betwen": "between",
    "wen": "when", "payper": "paper", "feaver": "fever", "fevr": "fever", "realy": "really",
    "rite": "right", "shuting": "shooting", "tuk": "took", "brething": "breathing",
    "breth": "breath", "stomache": "stomach", "bleding": "bleeding", "blud": "blood",
    "payn": "pain", "todday": "today", "lowr": "lower", "bak": "back", "akeing": "aching",
    "stif": "stiff", "throbing": "throbbing", "buttok": "buttock", "sevin": "seven",
    # Short typos the speller leaves alone (it repairs words of five letters or more)
    "sevn": "seven", "sevan": "seven", "seben": "seven", "eigth": "eight", "eigt": "eight",
    "nien": "nine", "fiv": "five", "dizy": "dizzy", "dizi": "dizzy", "dizzey": "dizzy",
    "of em": "of them", "of 'em": "of them",  # "2 of em": a count of tablets
    "stabing": "stabbing", "midle": "middle", "sleept": "slept", "slep": "slept",
    "terribel": "terrible", "tookk": "took", "tool my": "took my", "cudnt": "couldn't",
    "remined": "remind", "agen": "again", "minits": "minutes", "minit": "minute",
    "latter pleese": "later please", "pleese": "please", "strechs": "stretches",
    "very stress": "very stressed", "se me acabo": "ran out of", "se me acabó": "ran out of",
    "l8r": "later", "l leg": "left leg", "r leg": "right leg", "l side": "left side",
    "l thigh": "left thigh", "r thigh": "right thigh",
    "l foot": "left foot", "r foot": "right foot", "l calf": "left calf", "r calf": "right calf",
    # voice typing's mishearings of the signs' words
    "chess pain": "chest pain", "chess pains": "chest pains", "settle area": "saddle area",
    "stay a wake": "stay awake", "keep a wake": "keep awake", "took to many": "took too many",
    "taken to many": "taken too many", "had to many": "had too many",
    "chst": "chest", "temprature": "temperature", "tempreture": "temperature",
    # homophones and slips in the toilet words (voice-to-text "pea", "blatter")
    "can't pea": "can't pee", "couldn't pea": "couldn't pee", "to pea": "to pee",
    "peaing": "peeing", "blatter": "bladder", "bladdder": "bladder",
    "incontinant": "incontinent", "incontanent": "incontinent", "incontinance": "incontinence",
    "r side": "right side", "l hip": "left hip", "r hip": "right hip",
    # Philippine English counts tablets in pieces: "2 pcs paracetamol"
    "pcs": "pieces",
}  # fmt: skip
# "w lunch", "w brekky": a lone w before a meal or a drink is "with".
_W_WITH = re.compile(
    r"\bw\s+(?=(?:my\s+|the\s+|some\s+)?(?:breakfast|brekky|brekkie|lunch|dinner|tea|supper|"
    r"food|meal|meals|water|milk|coffee|juice)\b)"
)
# Scots "ma" is "my" before a part of the body or the medicines ("ma chest", "ma pills").
# The parts of the body (and what is worn or slept in) that Scots "ma" and Irish,
# Australian and Northern English "me" say "my" of: "ma chest", "an accident in me undies".
_BODY_SAID_MY = (
    r"chest|leg|legs|head|heid|eyes|arm|arms|neck|knee|knees|foot|feet|bum|bits|belly|stomach|"
    r"tummy|hip|hips|bladder|bowels|face|mouth|lips|tongue|throat|speech|groin|privates|"
    r"undies|knickers|pants|trousers|jocks|bed|sheets|daks|dacks|kecks|keks|strides|trackies|"
    r"drawers|panties|briefs"
)
_MY_SAID_AS = re.compile(
    r"\bma\s+(?=(?:back|pills|tablets|meds|" + _BODY_SAID_MY + r")\b)|"
    # "me" before its medicines would be "gave me tablets"; before "back" only after a hurt
    # or a place ("hurt me back", "in me back"), never "called me back"
    r"\bme\s+(?=(?:" + _BODY_SAID_MY + r")\b)|"
    r"(?:(?<=hurt\s)|(?<=hurts\s)|(?<=hurting\s)|(?<=did\s)|(?<=done\s)|(?<=in\s)|(?<=on\s)|"
    r"(?<=killing\s)|(?<=wrecked\s))me\s+(?=back\b)|"
    # "me back's killing me": "me" opening what is said of the back (never "give me back")
    r"(?:^|(?<=[,.;!]\s))me\s+(?=back(?:'s|\s+is)\b)"
)
_DOTTED_AMPM = re.compile(r"(?<=\d)\s*([ap])\.\s?m\b\.?")
_MILITARY_HOURS = re.compile(r"(\bat|@)\s*((?:[01]\d|2[0-3])[0-5]\d)\s*(?:hrs|hours|h)\b")
_LABEL_COLON = re.compile(r"(?<=[a-z']):(?=\s)")
# "1. Back sore, 6", "2) Pain 3", "3 - naproxen 250": a list's item numbers, which read as
# a pain score or a count (only a run numbered 1, 2, 3… in order is a list)
_LIST_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,2})(?:[.)]|[ \t]*[-\u2013\u2014])[ \t]+(?=\S)")
# Chat's "n" between two words is "and" (a lone "n" answering a question stays a no).
_N_AND = re.compile(r"(?<=[\w,])\s+n\s+(?=\w)")
_BOWLS = re.compile(r"(?<=\bmy\s)bowls\b|(?<=\bof\s)bowls\b(?!\s+of)")
_FRACTION = re.compile(r"(\d?)(\s?)([\u00bd\u00bc\u00be])")
# "1 1/2 co-codamol", "2 1/2 tabs": a whole number and a half, typed (never "1/2" alone,
# which may be a date)
_TYPED_FRACTION = re.compile(r"\b(\d)\s+(1/2|1/4|3/4)(?![\d/])")
_TYPED_VALUE = {"1/2": ".5", "1/4": ".25", "3/4": ".75"}
# "took 1/2 a tizanidine", "1/2 tab of robaxin": a half by what is around it, never a date
_TYPED_HALF = re.compile(
    r"(?:(?<=\btook\s)|(?<=\btake\s)|(?<=\bhad\s)|(?<=\bonly\s)|(?<=\bjust\s)|(?<=^))1/2\b(?!/)|"
    r"\b1/2(?=\s+(?:an?|of|tabs?|tablets?|pills?|caps?|capsules?)\b)"
)
# "1/4 tab of tizanidine", "took 1/4 of a diazepam": a quarter, by the same words
_TYPED_QUARTER = re.compile(
    r"(?:(?<=\btook\s)|(?<=\btake\s)|(?<=\bhad\s)|(?<=\bonly\s)|(?<=\bjust\s)|(?<=^))1/4\b(?!/)|"
    r"\b1/4(?=\s+(?:an?|of|tabs?|tablets?|pills?|caps?|capsules?)\b)"
)
_FRACTION_VALUE = {
    "\u00bd": (".5", "half"),
    "\u00bc": (".25", "a quarter"),
    "\u00be": (".75", "three quarters"),
}


def _fraction_words(m: re.Match[str]) -> str:
    """ "1½" -> "1.5", "½ a tab" -> "half a tab"."""
    decimal, words = _FRACTION_VALUE[m.group(3)]
    # "1 ½" is one and a half; "took ½ a tab" keeps its space before the word
    return f"{m.group(1)}{decimal}" if m.group(1) else f"{m.group(2)}{words} "


# (within a line: "flexeril at 3\nnight: pain 2" is no 3am)
_CLOCK_OF_THE_DAY = re.compile(
    r"\b(?:at\s+)?(?:the\s+)?(?P<h>\d{1,2})(?::(?P<m>\d\d))?[^\S\n]+(?:of\s+the\s+|in\s+the\s+|at\s+)?"
    # (never "nortriptyline 10 at night 9:30": the clock after the day's part is the time)
    r"(?P<part>morning|afternoon|evening|night)\b(?!\s+(?:at\s+)?\d)|"
    r"\bat\s+(?P<part2>morning|night)\s+(?P<h2>\d{1,2})(?::(?P<m2>\d\d))?\b|"
    # "morning 8 o clock took pregabalin" (Indian English)
    r"\b(?P<part3>morning|afternoon|evening|night)\s+(?P<h3>\d{1,2})(?::(?P<m3>\d\d))?\s*o'?\s?clock\b"
)
_BEFORE_AGO = re.compile(
    r"\bbefore\s+(\d{1,3}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|half\s+an?)\s+"
    r"(hours?|hrs?|minutes?|mins?)\b"
)
# "I have taken tramadol 2 hours before" closing what is said: ago, in Indian English
_HOURS_BEFORE = re.compile(
    r"\b(\d{1,3}|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|half\s+an?)\s+"
    r"(hours?|hrs?|minutes?|mins?)\s+before(?=\s*(?:$|[,.;!?]))"
)


def _clock_of_the_day(m: re.Match[str]) -> str:
    """ "the 8 of the morning" -> "at 8am", "11 of the night" -> "at 11pm"."""
    hour = int(m["h"] or m["h2"] or m["h3"])
    minute = m["m"] or m["m2"] or m["m3"]
    part = m["part"] or m["part2"] or m["part3"]
    if hour > 12:
        return m.group()
    pm = part in ("afternoon", "evening") or (part == "night" and 6 <= hour <= 11)
    return f"at {hour}{':' + minute if minute else ''}{'pm' if pm else 'am'}"


def _is_medicine(word: str) -> bool:
    """A name the parser's table or the drug file knows, misspellings included ("morfin"):
    never "corrected" into an English word."""
    return resolve_name(word) is not None or knowledge_name(word) is not None


# Voice-to-text writes "two" as "to" or "too": "took to tylenol" is two of them. Read so
# only before a medicine's name or a pill word, where "to" could mean nothing else ("took
# to bed", "had to take" stay as they are).
_SPOKEN_TWO = re.compile(
    r"\b(?P<verb>took|take|taken|taking|had|popped|swallowed|and|plus)\s+(?:to|too)\s+"
    r"(?P<more>(?:more|extra)\s+)?(?P<next>[a-z][\w-]*)"
)
_TWO_OF = re.compile(r"(?:tablets?|tabs?|pills?|capsules?|caps?)$")


def _spoken_two(m: re.Match[str]) -> str:
    """ "took to tylenol" -> "took 2 tylenol"; anything else unchanged."""
    if not (_TWO_OF.match(m["next"]) or _is_medicine(m["next"])):
        return m.group()
    return f"{m['verb']} 2 {m['more'] or ''}{m['next']}"


# Chat shorthand "2 much", "2 tired": "too" (never after a taking verb: "took 2 much"
# is rare, "had 2 many" rarer, and a count there must stay a count)
_LEAD_DOT_CLOCK = re.compile(
    r"^(1[0-2]|0?[1-9]|1[3-9]|2[0-3])\.([0-5]\d)(?=\s+[a-z])(?!\s*(?:mg|mcg|g\b|ml|kg|kilos?|lbs?|%|hours?|hrs?))"
)
_SPACED_CLOCK = re.compile(
    r"\b(at|around|about)\s+(1[0-2]|0?[1-9])\s+([0-5]\d)\b(?!\s*(?:mg|mcg|ml|g\b|units?|tabs?|"
    r"tablets?|pills?|caps?|capsules?|mins?|minutes|hours?|hrs?|%|x\b|more|of\b|times))"
)
# "5 mils of oramorph", "a gram of paracetamol": the unit as people say it
_MILS = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mils?|mls)\b")
_A_GRAM = re.compile(r"\b(?:a|one)\s+gram\b")
_GLUED = re.compile(r"\b(pain|level|mood|slept|sleep|took|had|walked|walk|at)(?=\d)")
# "2nurofen": a count typed against a medicine's name
_COUNT_GLUED = re.compile(r"\b([1-4])([a-z]{4,})\b")
_TWO_AS_TOO = re.compile(
    r"(?<![\d.,/:])(?<!took\s)(?<!had\s)(?<!take\s)(?<!taken\s)\b2\s+(much|many|tired|painful|soon)\b"
)
# UK "round 10", "bout 10", "'bout half 7" (never "a bout of")
_ROUND_ABOUT = re.compile(
    r"(?<![\w'])(?:round|'?bout)\s+(?=(?:\d|about\b|half\b|quarter\b|midnight|noon|lunch))"
)
_ACTIVITY_TICKED = re.compile(
    r"\b("
    + ACTIVITY_NAMED
    + r")\s*[-\u2013:]\s*(skipped|missed|not\s+done|not\s+today|none|nil|no)\b"
)
_PUT_OFF = re.compile(
    r"\b(?:pushed|pushing|push|put\s+off|putting\s+off)\s+(?:back\s+)?(?P<obj>(?:the|my)(?:\s+[\w'/:-]+){1,3})"
)
# "Robaxin - pushing it back an hour": the dose named before, put off
# (never "put them back", the pills set down)
_PUT_IT_OFF = re.compile(
    r"\b(?:pushed|pushing|push)\s+(?:it|them)\s+back\b|\b(?:put|putting)\s+(?:it|them)\s+off\b"
)
_A_SLOT = re.compile(r"^\d{1,2}(?::\d\d)?(?:am|pm)?$")
_TAKING_LATER = re.compile(
    r"\b(?:i'm|i\s+am)\s+(?:taking|having(?=\s+(?:it|them)\b))\b"
    # (never a habit: "I'm taking it after meals", "…when I need it")
    r"(?=[^,.;]{0,30}?\b(?:later|after(?!\s+(?:meals|food|every|each))|once\s+i|"
    r"in\s+(?:a\s+bit|an?\s+hour|\d)))"
)


def _put_off(m: re.Match[str]) -> str:
    """ "pushed the 7pm gabapentin" as "snoozed the gabapentin" (its slot is the one put
    off, not a time it was taken); words that hold no medicine are left."""
    words = m["obj"].split()
    if not any(_is_medicine(w) for w in words[1:]):
        return m.group()
    return "snoozed " + " ".join(w for w in words if not _A_SLOT.match(w))


_TWICE_ONCE_EACH = re.compile(
    r"\s+(?:twice|two\s+times)\W+once\s+((?:at|around|about)\s+[^,.;]+?)\s+and\s+once\s+"
    r"(?=(?:at|around|about)\b)"
)
_HALF_PAST_LIST = re.compile(
    r"\bat\s+half\s+\d{1,2}\b(?:\s*(?:,|and|&|,\s*and)\s*(?:at\s+)?half\s+\d{1,2}\b)+"
)
_HALF_AFTER_A_JOIN = re.compile(r"((?:,|and|&)\s*)half\b")


def _half_past_each(m: re.Match[str]) -> str:
    return _HALF_AFTER_A_JOIN.sub(r"\1at half", m.group())


_HALF_OF_ONE = re.compile(r"\bhalf\s+(?:of\s+)?(?:a\s+)?one\b(?=\s+(?:at|around|about|@)\b)")
_NOONISH = re.compile(r"\b(?:at\s+|around\s+)?noon-?ish\b")
_SLEEP_LAST_NIGHT = re.compile(
    r"\bsleep\s+last\s+night\b(?=\s+(?:was|is|been|\w+\W*$|\w+\s*[,.;!]))"
)
_NUMBER_WORD = r"(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_SPELLED_AMOUNT = re.compile(
    r"\b(?P<n>" + _NUMBER_WORD + r"(?:[\s-]+(?:hundred|and|" + _NUMBER_WORD[3:-1] + r"))*)\s+"
    r"(?P<u>milligrams?|mg|micrograms?|mcg|mils?|mls|ml|millilitres?|milliliters?)\b"
)


def _spoken_total(words: str) -> int | None:
    """ "seventy five" -> 75, "a hundred and fifty" -> 150; None for a word no number is."""
    total = 0
    for word in words.replace("-", " ").split():
        if word == "hundred":
            total = max(total, 1) * 100
        elif word not in ("and", "a"):
            value = NUMBER_WORDS.get(word)
            if value is None:
                return None
            total += value
    return total


def _amount_in_digits(m: re.Match[str]) -> str:
    """ "five hundred milligrams" -> "500 milligrams"; unchanged when not a plain number."""
    total = _spoken_total(m["n"])
    return f"{total} {m['u']}" if total else m.group()


# A number of twenty or more said in words, as voice typing writes it: "lyrica seventy
# five", "tramadol fifty", "a hundred and fifty", "thirty nine point two" (a fever). Not a
# clock ("eight thirty", "twenty past nine", "at seven fifty"): a number word is left
# as it is after an hour or before "past", "to" or "o'clock".
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED_NUMBER = re.compile(
    r"\b(?P<n>(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+)?hundred"
    r"(?:\s+and)?(?:\s+"
    + _TENS
    + r"(?:[\s-]"
    + _UNITS
    + r")?|\s+"
    + _TEENS
    + r"|\s+"
    + _UNITS
    + r")?"
    r"|" + _TENS + r"(?:[\s-]" + _UNITS + r")?)"
    r"(?:\s+point\s+(?P<d>" + _UNITS + r"|zero))?\b"
    r"(?!\s+(?:past|to|o'?clock|ish)\b)"
)
_HOUR_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|at|\d)[\s-]*$"
)


def _number_in_digits(m: re.Match[str]) -> str:
    """ "seventy five" -> "75", "a hundred and fifty" -> "150"; a clock's minutes stay."""
    total = _spoken_total(m["n"])
    if total is None or _HOUR_BEFORE.search(m.string, 0, m.start()):
        return m.group()
    if m["d"] is not None:
        return f"{total}.{NUMBER_WORDS.get(m['d'], 0)}"
    return str(total)


# Tagalog's polite "po" ("I forgot po to drink …", "wait po") carries no meaning here;
# after an amount or a medicine it is "by mouth" ("oxynorm 5mg po 1330"), kept.
_TAGALOG_PO = re.compile(r"(?<!mg)(?<!mcg)(?<!\d)(?<!tab)(?<!tabs)(?:^|\s+)po\b(?!\s*\d)")
# Longest first: "thru up" (threw up) before "thru" (through)
_SLANG_RE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_SLANG, key=len, reverse=True))) + r")\b"
)
_CONTRACTION_HINT = re.compile(r"not|nt\b|\bim\b|\bive\b|w/|\bno\s+longer")


_YESTERDAY_NIGHT = re.compile(r"\byesterday\s+(?:night|nite|nyt)\b")


# A tick or a cross opening a line or a list item, then one word (a medicine's name) and
# perhaps its strength; 🚫 is a cross
_A_MARK_FIRST = re.compile(
    "(^|\n|[,;]\\s*)\\s*([\u2705\u2714\u2611\u274c\u2716\U0001f6ab])\ufe0f?\\s+"
    "([a-z][\\w/-]*(?:\\s+\\d+(?:\\.\\d+)?\\s*(?:mg|mcg|g|ml))?)(?=\\s|[,.;!]|$)"
)
# 🚫 and ✖ said as a cross
_AS_A_CROSS = {"\u2716": "\u274c", "\U0001f6ab": "\u274c"}


def _mark_after_the_name(m: re.Match[str]) -> str:
    """ "❌ mobic" → "mobic ❌"; an English word keeps its mark before it ("❌ chest pain",
    "✅ walked 20 min": a checklist of signs or doings, not a medicine)."""
    if is_english_word(m[3].split()[0]):
        return m.group()
    return f"{m[1]}{m[3]} {_AS_A_CROSS.get(m[2], m[2])}"


# 💤 with hours, a span or how the night went: a night's sleep, never a snooze asked for
_NO_SLEEP_EMOJI = re.compile("\U0001f4a4\\s*(?:\u274c|\U0001f6ab)")
_SLEEP_EMOJI = re.compile(
    "\U0001f4a4\\s*(?=\\d{1,2}(?:[.,]\\d)?\\s*(?:h|hrs?|hours?)\\b|"
    "\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm)?\\s*(?:\u2192|->|-|to)\\s*\\d|"
    "(?:meh|bad|badly|good|poor|ok|okay|great|terrible|awful|rubbish|crap|like\\s+\\d|"
    "maybe\\s+\\d|about\\s+\\d|only|barely|broken|so\\s*-?\\s*so)\\b)"
)


# The words of a message, for the Hindi and Tagalog rewrites' cheap test
_LATIN_WORD = re.compile(r"[a-z]+")

_TWELVE_MN = re.compile(r"(?<![\d:.])\b12\s*mn\b", re.IGNORECASE)
_TWELVE_NN = re.compile(r"(?<![\d:.])\b12\s*nn\b", re.IGNORECASE)
# The 24-hour clock's end of the day, as a Spanish or French prescription writes the
# night dose: "08:00 16:00 24:00", "24h00" (it was dropped from the list unsaid —
# Sandbox, Madrid). Only with its minutes: "24h" alone is a span of hours.
_TWENTY_FOUR = re.compile(r"(?<![\d:.,/])\b24\s*[:h]\s*00\b(?![\d:.,/])", re.IGNORECASE)


# A score range typed with spaces ("5 - 6") or said as "6 going on 7": one range, not a
# score and a clause after a dash (clauses split on " - "), so the higher end counts
_SPACED_RANGE = re.compile(
    r"(?<![\d.:/\w])(\d)\s+(?:[-\u2013]|going\s+on)\s+(\d|10)\b(?![.:,]\d)"
    r"(?!\s*(?:mg|mcg|ml|g\b|h\b|hours?|hrs?|min|mins|minutes|am|pm|x\b|of\b|days?|weeks?|"
    r"times|pills?|tablets?|tabs?|caps?|capsules?))"
)


def _spaced_range(m: re.Match[str]) -> str:
    a, b = int(m[1]), int(m[2])
    return f"{a}-{b}" if a < b <= a + 3 else m.group()


# Voice typing writes a score of four or eight as "for" or "ate": "my back is at a for
# today", "it's a ate". Only after "a"/"an" with a verb or hedge before it.
_SPOKEN_SCORE = re.compile(
    r"\b(at|is|it's|its|was|about|around|like|maybe|probably|prob|solid|easily|still)\s+an?\s+"
    r"(for|ate)\b(?!\s+(?:sure|a|an|the|my|me|you|him|her|them|us|it|this|that|some|every|one|"
    r"hours?|minutes?|days?|while|bit|long|ages|now|real|instance|example|change|good|bad)\b)"
)


# "tramadol yes naproxen no": a list ticked off with no commas, each answer closing its name
_TICKED_IN_WORDS = re.compile(
    r"\b([a-z][\w/-]+)\s+(yes|yep|yeah|no|nope|nah)\s+(?=([a-z][\w/-]+)\b)"
)


def _ticked_in_words(m: re.Match[str]) -> str:
    if _is_medicine(m[1]) and _is_medicine(m[3]):
        return f"{m[1]} {m[2]}, "
    return m.group()


def twelve_said(text: str) -> str:
    """`text` with the Philippines' "12mn" and "12nn" and the 24-hour clock's "24:00"
    said as midnight and noon."""
    if "24" in text:
        text = _TWENTY_FOUR.sub("midnight", text)
    if "12" not in text:
        return text
    return _TWELVE_MN.sub(" midnight", _TWELVE_NN.sub(" noon", text))


_STRENGTH_PLURAL = re.compile(
    # ("one of the two 150s": the count is the one before "of", the two the tablets had)
    r"(?<!of\s)(?<!of\sthe\s)(?<!of\smy\s)"
    r"\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|both|a\s+couple|couple)\s+(?:x\s+)?"
    r"(?:of\s+)?(?:the\s+|my\s+|them\s+|those\s+)?(?P<n>\d{1,4}(?:\.\d+)?(?:/\d{1,4})?)s\b"
    r"(?:\s+of\b)?(?!\s*(?:degrees|deg\b|c\b|f\b))"
)
_COUNT_WORD = {
    "a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "both": "2", "a couple": "2", "couple": "2",
}  # fmt: skip


def _strength_counted(m: re.Match[str]) -> str:
    """ "two 50s of" as "2 x 50": how many tablets of which strength."""
    count = m.group("count")
    return f"{_COUNT_WORD.get(' '.join(count.split()), count)} x {m.group('n')}"


_RANGE_SIGN = re.compile(r"(?<=\d)\s*~\s*(?=\d)")
_ABOUT_SIGN = re.compile(r"~\s*(?=\d)")
# After a day's part or a dose, "~11" is a clock ("around", as the time reader has it);
# elsewhere a score or a length ("about")
_WHEN_BEFORE = re.compile(
    r"(?:night|morning|evening|afternoon|yesterday|today|tonight|\bat|took|had|taken|it|"
    r"\u2705|\u2714\ufe0f?)\s*$"
)


def _about_sign(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 12) : m.start()]
    return " around " if _WHEN_BEFORE.search(before) else " about "


_ONE_ITEM = re.compile(r"^\s*\d{1,2}(?P<mark>[.)])[ \t]+(?=[a-z])", re.IGNORECASE)
# a score said after the item's number: "about 5", "a 6", "7/10", "pain 4"
_A_SCORE_AFTER = re.compile(
    r"\b(?:about|around|maybe|say|said|pain|pain's|a)\s+(?:a\s+)?(?:\d|10)\b"
    r"(?!\s*(?:[:.]\d|am|pm|mins?|minutes?|hrs?|hours?|mg|mcg|ml|x\b))|\b(?:\d|10)\s*/\s*10\b"
)


def without_list_numbers(text: str) -> str:
    """A numbered list's item numbers blanked out (the same length: offsets still hold);
    one item sent alone loses its number when it is plainly an item's ("2) Pain 3", "1.
    Back sore, about 5": a score of its own said after it)."""
    if "\n" not in text.strip():
        one = _ONE_ITEM.match(text)
        if one is not None and (one["mark"] == ")" or _A_SCORE_AFTER.search(text, one.end())):
            return " " * one.end() + text[one.end() :]
        return text
    found = list(_LIST_NUMBER.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    first = numbers[0] if numbers else 0
    if len(numbers) < 2 or first > 1 or numbers != list(range(first, first + len(numbers))):
        return text
    return _LIST_NUMBER.sub(lambda m: " " * len(m.group(0)), text)


_LB_AFTER_A_SCORE = re.compile(r"(\b\d{1,2}\s*/\s*10\s+)lb\b")
_CLOCK_ISH = re.compile(r"\b(\d{1,2}[:.][0-5]\d(?:\s*[ap]m)?)ish\b")


# One message is read by several readers (the parser, the questions beside it, the
# safety screens), each from its normalised text: normalised once, not once each.
@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-case, unify quotes and contractions, collapse spaces (newlines are kept)."""
    text = _FRACTION.sub(_fraction_words, text[:MAX_CHARS])  # before NFKC splits "1½" to "11⁄2"
    text = _TYPED_FRACTION.sub(lambda m: m.group(1) + _TYPED_VALUE[m.group(2)], text)
    if "1/2" in text:
        text = _TYPED_HALF.sub("half", text)
    if "1/4" in text:
        text = _TYPED_QUARTER.sub("a quarter", text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower().replace("\u00d7", "x")
    text = text.replace("&", " and ")
    if "~" in text:
        # "5~6" is a range; "~6", "~ 20 min", "last night ~11" are about that much
        text = _ABOUT_SIGN.sub(_about_sign, _RANGE_SIGN.sub("-", text))
    if not text.isascii():
        text = emoji_said(text)  # "🚶 20min", "🔟/10", "shooting → right leg"
    text = spanish_said(text, _is_medicine)  # "me tomé una norco a las 4": "took a norco at 4"
    words = set(_LATIN_WORD.findall(text))
    if not HINDI_WORDS.isdisjoint(words):
        text = hindi_said(text, _is_medicine)  # "tapentadol le liya subah 8 baje"
    if not TAGALOG_WORDS.isdisjoint(words):
        text = tagalog_said(text, _is_medicine)  # "wala na po akong celecoxib, ubos na"
    if ".m" in text:
        text = _DOTTED_AMPM.sub(r"\1m", text)  # "7 a.m." is "7am", not a sentence's end
    if "h" in text:
        text = _MILITARY_HOURS.sub(r"\1 \2", text)  # "at 2100 hrs" is the clock 2100
    if "12" in text and ("mn" in text or "nn" in text):
        text = twelve_said(text)  # "12mn", "12nn" (Sandbox, Manila)
    if "\n" in text or text[:3].lstrip()[:1].isdigit():
        text = without_list_numbers(text)
    if "lb" in text:
        text = _LB_AFTER_A_SCORE.sub(r"\1lower back", text)  # "pn 7/10 LB": no pounds
    if "ish" in text:
        text = _CLOCK_ISH.sub(r"\1 ish", text)  # "12:30ish": the clock, then how roughly
    if ":" in text:
        text = _LABEL_COLON.sub(" ", text)  # "mood: rubbish", "tonight's dose: done"
    if "\U0001f922" in text or "\U0001f92e" in text:
        # 🤢 / 🤮 said alone are how people say they feel sick or threw up
        text = text.replace("\U0001f922", " nauseous ").replace("\U0001f92e", " vomiting ")
    if _A_MARK_FIRST.search(text):
        # "❌ mobic today", "✅ gaba": the tick or cross said before the name, as after it
        text = _A_MARK_FIRST.sub(_mark_after_the_name, text)
    if "\U0001f4a4" in text:
        # 💤 with hours, a span or how it went is a night's sleep ("💤 5h", "💤 11pm→6am",
        # "💤 meh"); alone, or with minutes, it stays a snooze asked for
        text = _SLEEP_EMOJI.sub(" slept ", _NO_SLEEP_EMOJI.sub(" no sleep ", text))
    if _CONTRACTION_HINT.search(text):
        for pattern, repl in _CONTRACTIONS:
            text = pattern.sub(repl, text)
    if "no." in text:
        text = _NUMBERED_PRODUCT.sub(r"\1 #", text)
    text = _SLANG_RE.sub(lambda m: _SLANG[m.group()], text)
    if "yesterday n" in text:
        # "forgot the gabapentin yesterday night" is last night, never yesterday at this hour
        text = _YESTERDAY_NIGHT.sub("last night", text)
    if "po" in text:
        text = _TAGALOG_PO.sub("", text)
    if "ma " in text or "me " in text:
        text = _MY_SAID_AS.sub("my ", text)
    if "w " in text:
        text = _W_WITH.sub("with ", text)
    if " n " in text:
        text = _N_AND.sub(" and ", text)  # "2 at 9 n again at 3"
    if "ty" in text or "hundred" in text:
        text = _SPELLED_NUMBER.sub(_number_in_digits, text)
    if "mil" in text or " ml" in text or "microg" in text or " mg" in text or " mcg" in text:
        text = _SPELLED_AMOUNT.sub(_amount_in_digits, text)  # "ten milligrams": 10 mg
    if "0s" in text or "5s" in text:
        # "two 50s of tramadol", "a couple of the 500s": tablets of that strength, never a
        # pain of 2 (Sandbox helper: read as pain 2); "in my 50s" is an age
        text = _STRENGTH_PLURAL.sub(_strength_counted, text)
    if "bowls" in text:
        text = _BOWLS.sub("bowels", text)  # "lost control of my bowls"
    if "'s " in text:
        # "my leg's weaker the day", "foot's no lifting", "leg's gone dead": a limb's "'s"
        # is its "is" or "has", as the signs' words are written (Sandbox, Glasgow: "my
        # leg's weaker" was kept as pain in the leg, never the red flag)
        text = _LIMB_HAS.sub(r"\1 has ", text)
        text = _LIMB_IS.sub(_limb_is, text)
    if "morning" in text or "night" in text or "noon" in text or "evening" in text:
        text = _CLOCK_OF_THE_DAY.sub(_clock_of_the_day, text)  # "at the 8 of the morning"
    if "before" in text:
        text = _BEFORE_AGO.sub(r"\1 \2 ago", text)  # Indian English "before 1 hour"
        text = _HOURS_BEFORE.sub(r"\1 \2 ago", text)
    if "round " in text or "bout " in text:
        # UK "round 10" is around 10 (a time); "bout 5" about 5 (a time or a score, as
        # "about" is to the readers)
        text = _ROUND_ABOUT.sub(lambda m: "around " if "round" in m.group() else "about ", text)
    if "- " in text or ": " in text or "\u2013" in text:
        # "physio - skipped", "walk: not today": the activity's own line, not a list's tick
        text = _ACTIVITY_TICKED.sub(r"\1 \2", text)
    if "push" in text or "put" in text:
        # "pushed the 7pm gabapentin", "put off the bedtime baclofen": that dose put off
        text = _PUT_IT_OFF.sub("snooze it", _PUT_OFF.sub(_put_off, text))
    if "m taking" in text or "m having" in text:
        # "evening tramadol I am taking after dinner": still to come, as "will take" is
        text = _TAKING_LATER.sub("i will take", text)
    if "once" in text:
        # "the nurofen twice, once at 1 and once at half 6": at 1 and at half 6
        text = _TWICE_ONCE_EACH.sub(r" \1 and ", text)
    if " at half " in text:
        # "tramadol at half 12 and half 6": the second a clock too, never half a tablet
        text = _HALF_PAST_LIST.sub(_half_past_each, text)
    if "half" in text and " one " in text:
        # "… and half of one at 3": half a tablet, the second dose's count
        text = _HALF_OF_ONE.sub("half", text)
    if "ish" in text:
        text = _NOONISH.sub("around noon", text)  # "1 tylenol 3 at noonish"
    if "sleep last night" in text:
        text = _SLEEP_LAST_NIGHT.sub("sleep", text)  # "sleep last night: great"
    if text[:1].isdigit():
        text = _LEAD_DOT_CLOCK.sub(r"\1:\2", text)  # "10.30 had a tramal 50": 10:30
    if " at " in text or "around " in text:
        text = _SPACED_CLOCK.sub(r"\1 \2:\3", text)  # "at 7 30" (voice typing): 7:30
    if "mil" in text or "mls" in text:
        text = _MILS.sub(r"\1 ml", text)
    if "gram" in text:
        text = _A_GRAM.sub("1 g", text)
    if _GLUED.search(text):
        text = _GLUED.sub(r"\1 ", text)  # "pain5 slept5hrs": typed with no space
    if _COUNT_GLUED.search(text):
        text = _COUNT_GLUED.sub(
            lambda m: f"{m[1]} {m[2]}" if knowledge_name(m[2]) is not None else m.group(), text
        )
    if "2 " in text:
        text = _TWO_AS_TOO.sub(r"too \1", text)  # "hurts 2 much to type": not a score of 2
    if " to" in text:
        text = _SPOKEN_TWO.sub(_spoken_two, text)
    if " yes " in text or " no " in text or " nope " in text or " yeah " in text:
        text = _TICKED_IN_WORDS.sub(_ticked_in_words, text)
    if " - " in text or " going on " in text or " \u2013 " in text:
        text = _SPACED_RANGE.sub(_spaced_range, text)
    if " for" in text or " ate" in text:
        text = _SPOKEN_SCORE.sub(lambda m: f"{m[1]} a {'4' if m[2] == 'for' else '8'}", text)
    text = repair_spelling(text, is_medicine=_is_medicine)
    if "hal" in text:
        # "halved the flexeril", "cut the patch in half": half a dose, said as taken
        text = halves_said(text, _is_medicine)
    text = taken_until_said(text)  # "didn't get to it till midnight": taken then
    text = times_from_the_one_before(text)  # "celebrex at 8 and tramadol an hour after that"
    text = each_count_at_its_time(text, _is_medicine)  # "paracetamol, two at 8 and two at 2"
    text = another_after_its_time(text)  # "at 12 ibuprofen 400 and at 5 another 400"
    text = taken_in_short(text, _is_medicine)  # "both down", "mobic and the gabapentin in"
    return _WS.sub(" ", text).strip()


# A full stop ends a sentence unless it sits inside a number ("38.5", "8.30pm"); a comma
# does not split "1,000" nor a decimal comma before its unit ("diazepam 2,5 mg").
_SENTENCE_SPLIT = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[;!?\n\u2026])+")
_CLAUSE_SPLIT = re.compile(
    r"(?:(?<!\d),|,(?!\d{3}\b)|\s+-\s+|\s+\u2013\s+|\s*\u2014\s*|\bbut\b|\bthough\b|\bhowever\b|\balthough\b)"
)
# "nurofen plus" is one medicine (and "plus" one of its words), not two clauses.
_PLUS_IN_A_NAME = "".join(
    rf"(?<!\b{re.escape(n.rsplit(' ', 1)[0])}\s)"
    for n in sorted(multiword_names())
    if n.endswith(" plus")
)
_CLAUSE_ALL = re.compile(
    r"(?:(?<!\d)\.|\.(?!\d)|[;!?\n\u2026]|(?<!\d),|,(?!\d{3}\b|\d{1,2}\s*(?:mg|mcg|g|ml)\b)|\s+-\s+|\s+\u2013\s+|\s*\u2014\s*|"
    # "6:30 cymbalta / 12:00 naproxen": a slash with spaces parts two items (never "7 / 10")
    r"(?<![\d])\s+/\s+|"
    r"\bbut\b|\bthough\b|\bhowever\b|\balthough\b|\band\s+then\b|\bthen\b|\balso\b|"
    # "he took his at 5 and I took mine at 6": the writer's own dose after another's
    r"\band\s+(?=i\s+(?:took|had|take|popped|used)\s+(?:mine|my)\b)|"
    + _PLUS_IN_A_NAME
    + r"\bplus\b|"
    # "cymbalta ✅ flexeril ❌": each tick or cross closes what it marks
    # (the emoji form "✔️" carries a variation selector after the tick)
    r"(?:(?<=[\u2705\u2714\u2611\u274c\u2716\u274e])|(?<=[\u2705\u2714\u2611\u274c\u2716\u274e]\ufe0f))"
    r"\s+(?=\w)|"
    # "done 👍 back's a 3 today": a thumb closes the answer it gives
    r"(?:(?<=[\U0001f44d\U0001f44c])|(?<=[\U0001f44d\U0001f44c][\U0001f3fb-\U0001f3ff]))\s+(?=[a-z])|"
    # "forgot it this morning 🙈 naproxen - yes": a face closes what it reacts to
    r"(?<=[\U0001f600-\U0001f64f\U0001f910-\U0001f92f])\s+(?=[a-z])|"
    # "was a nine now it's around 6", "a four going in and now it's a six", "a 9 … so today
    # being a 4": a score, then now's said (each its own clause, so the later one counts)
    r"(?:(?<=\d)|(?<=\bone)|(?<=\btwo)|(?<=three)|(?<=four)|(?<=five)|(?<=\bsix)|(?<=seven)|"
    r"(?<=eight)|(?<=nine)|(?<=\bten)|(?<=\bin)|(?<=\bout)|(?<=couch)|(?<=bed)|(?<=morning)|(?<=night)|"
    r"(?<=yesterday)|(?<=earlier)|(?<=ago)|(?<=week))\s+(?:and\s+|so\s+|but\s+)?"
    r"(?=now\s+(?:it'?s|its|it\s+is|i'?m|im|is|at|about|around|down|up|more|less|a\b|\d)|"
    r"today\s+(?:being|it'?s|is|i'?m)\b))+"
)


def sentences(low: str) -> list[str]:
    """Split normalised text into sentences."""
    return [s.strip() for s in _SENTENCE_SPLIT.split(low) if s.strip()]


def subclauses(sentence: str) -> list[tuple[int, str]]:
    """Split a sentence on commas and contrast words, keeping each piece's start offset."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _CLAUSE_SPLIT.finditer(sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return out


# "tylenol, two, at quarter to 8": a count between commas, then when — one dose told in
# three pieces, kept as one clause (the commas become spaces, so offsets stay the same).
_COUNT_BETWEEN_COMMAS = re.compile(
    r"(?<=[a-z0-9#])\s*,\s*(?:x\s*)?(?:[1-4]|one|two|three|four)\s*,\s*(?=(?:at|around|about)\b|@)"
)


def clauses(low: str) -> list[str]:
    """Split normalised text into short clauses (sentences, commas, "but", "then")."""
    if "," in low:
        low = _COUNT_BETWEEN_COMMAS.sub(lambda m: m.group().replace(",", " "), low)
    return [c.strip() for c in _CLAUSE_ALL.split(low) if c and c.strip()]
