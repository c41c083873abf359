"""Words the parser knows: number words, medication names, symptom and activity terms.

Medication names resolve through a :data:`Resolve` callable so the richer knowledge
base (``bot.knowledge``) can be plugged in; :func:`resolve_name` is the built-in
fallback over the small table below.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz, process

from bot.parsing.sleepy import DISORIENTED_WORDS, VERY_SLEEPY_WORDS

__all__ = [
    "ACTIVITY_TERMS",
    "GENERICS",
    "LOCATION_TERMS",
    "MED_NAMES",
    "MOOD_WORDS",
    "NUMBER_WORDS",
    "PILL_WORDS",
    "SOLID_UNITS",
    "TOLD_AS_UNITS",
    "PRODUCT_NAME",
    "QUALITY_TERMS",
    "Resolve",
    "SIDE_EFFECT_TERMS",
    "knowledge_resolver",
    "product_name_key",
    "resolve_name",
    "word_set",
]

Resolve = Callable[[str], str | None]
"""Maps a word or phrase a user typed to a generic medication name, or None."""

NUMBER_WORDS: Final[dict[str, int]] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

# Words for a unit of medicine ("2 tabs", "a patch").
PILL_WORDS: Final[str] = (
    r"(?:pills?|tablets?|tabs?|capsules?|caps?|patch(?:es)?|doses?|meds|medication|medicine|pieces?|"
    r"dose|puffs?|drops?|injection|shot|jab|gummies|gummy|cream|gel|sprays?|lozenges?|"
    # what a liquid, powder or other form is counted out in
    r"capfuls?|spoonfuls?|teaspoons?|teaspoonfuls?|tsps?|tablespoons?|sachets?|suppositor(?:y|ies))"
)

#: The units of a solid dose, counted one by one ("2 tabs", "3 caps of 300").
SOLID_UNITS: Final[str] = r"(?:tabs?|tablets?|caps?|capsules?|pills?)"
#: Between a count and one unit's strength, a dose told as its units: "2 x 500", "3 caps of
#: 300", "two of the 300s".
TOLD_AS_UNITS: Final[str] = (
    r"(?:x\s*|" + SOLID_UNITS + r"\s+of\s+(?:the\s+)?|of\s+(?:a|an|the|my)\s+)"
)

# Names of more than one word. "tylenol 3" is Tylenol with codeine No. 3, an opioid, and
# must not be read as plain acetaminophen; "tylenol 3 hours ago" / "3 times" / "3 tabs"
# keep the number for what follows it.
_NOT_A_PRODUCT_NUMBER = (
    r"(?:x\b|times?\b|hours?\b|hrs?\b|h\b|am\b|pm\b|a\.m|p\.m|[:./\-]\s*\d|mins?\b|"
    r"minutes?\b|o'?clock|days?\b|weeks?\b|of\b|or\b|to\b|mg\b|mcg\b|g\b|ml\b|"
    + PILL_WORDS
    + r"\b)"
)
PRODUCT_NAME: Final[re.Pattern[str]] = re.compile(
    # "tylenol 4s": the plural of the product, as people write it.
    r"\btylenols?\s*(?:(?:#|no\.?|number)\s*(?P<no>[34])s?\b"
    r"|(?P<bare>[34])s?\b(?!\s*" + _NOT_A_PRODUCT_NUMBER + r")"
    r"|\s+w(?:ith\b|/)?\s*codeine\b)"
    r"|\bms\s+contin\b"
)


def word_set(text: str) -> frozenset[str]:
    """The words of `text` (split on spaces) as a set: a vocabulary written as one line."""
    return frozenset(text.split())


def product_name_key(m: re.Match[str]) -> str:
    """The look-up key of a PRODUCT_NAME match ("tylenol #3" -> "tylenol 3")."""
    number = m.group("no") or m.group("bare")
    if number:
        return f"tylenol {number}"
    if m.group().lower().startswith("ms"):
        return "ms contin"
    return "tylenol with codeine"


# Brand names, common misspellings and slang -> generic. Combination products use
# "a/b", in the knowledge base's order, so the safety checks can see every ingredient.
_TABLE: Final[dict[str, str]] = {
    # NSAIDs
    "advil": "ibuprofen", "motrin": "ibuprofen", "nurofen": "ibuprofen",
    "brufen": "ibuprofen", "ibu": "ibuprofen", "ibuprofin": "ibuprofen",
    "ibuprophen": "ibuprofen", "ibruprofen": "ibuprofen", "ibuprofen": "ibuprofen",
    "aleve": "naproxen", "naprosyn": "naproxen", "anaprox": "naproxen",
    "naproxen": "naproxen", "celebrex": "celecoxib", "celecoxib": "celecoxib",
    "mobic": "meloxicam", "meloxicam": "meloxicam", "voltaren": "diclofenac",
    "voltarol": "diclofenac", "cataflam": "diclofenac", "diclofenac": "diclofenac",
    "aspirin": "aspirin", "asa": "aspirin", "etodolac": "etodolac",
    "nabumetone": "nabumetone", "relafen": "nabumetone",
    # acetaminophen
    "tylenol": "acetaminophen", "panadol": "acetaminophen", "paracetamol": "acetaminophen",
    "apap": "acetaminophen", "acetaminophen": "acetaminophen", "calpol": "acetaminophen",
    "acetaminophine": "acetaminophen", "acetominophen": "acetaminophen",
    # gabapentinoids
    "lyrica": "pregabalin", "pregabalin": "pregabalin", "neurontin": "gabapentin",
    "gralise": "gabapentin", "gabapentin": "gabapentin", "gaba": "gabapentin",
    "gabby": "gabapentin", "gabbies": "gabapentin", "gabba": "gabapentin", "gabbas": "gabapentin",
    # muscle relaxants
    "flexeril": "cyclobenzaprine", "amrix": "cyclobenzaprine",
    "cyclobenzaprine": "cyclobenzaprine", "robaxin": "methocarbamol",
    "methocarbamol": "methocarbamol", "zanaflex": "tizanidine", "tizanidine": "tizanidine",
    "tiz": "tizanidine", "tizan": "tizanidine",
    "baclofen": "baclofen", "lioresal": "baclofen", "soma": "carisoprodol",
    "carisoprodol": "carisoprodol", "skelaxin": "metaxalone", "metaxalone": "metaxalone",
    "valium": "diazepam", "diazepam": "diazepam",
    # antidepressants used for pain
    "cymbalta": "duloxetine", "duloxetine": "duloxetine", "elavil": "amitriptyline",
    "amitriptyline": "amitriptyline", "ami": "amitriptyline", "pamelor": "nortriptyline",
    "nortriptyline": "nortriptyline", "effexor": "venlafaxine", "venlafaxine": "venlafaxine",
    "savella": "milnacipran", "milnacipran": "milnacipran",
    # opioids
    "norco": "hydrocodone/acetaminophen", "vicodin": "hydrocodone/acetaminophen",
    "lortab": "hydrocodone/acetaminophen", "hydrocodone": "hydrocodone",
    "percocet": "oxycodone/acetaminophen", "percs": "oxycodone/acetaminophen",
    "endocet": "oxycodone/acetaminophen", "oxycodone": "oxycodone", "oxy": "oxycodone",
    "oxycontin": "oxycodone", "roxicodone": "oxycodone", "oxynorm": "oxycodone",
    "ultram": "tramadol", "tramadol": "tramadol", "tramal": "tramadol",
    "zydol": "tramadol", "nucynta": "tapentadol", "tapentadol": "tapentadol",
    "morphine": "morphine", "ms contin": "morphine", "dilaudid": "hydromorphone",
    "hydromorphone": "hydromorphone", "codeine": "codeine",
    "co-codamol": "acetaminophen/codeine", "cocodamol": "acetaminophen/codeine",
    "tylenol 3": "acetaminophen/codeine", "tylenol 4": "acetaminophen/codeine",
    "tylenol with codeine": "acetaminophen/codeine",
    "fentanyl": "fentanyl", "duragesic": "fentanyl",
    "buprenorphine": "buprenorphine", "butrans": "buprenorphine",
    "methadone": "methadone",
    # topicals and others
    "lidocaine": "lidocaine", "lidoderm": "lidocaine", "lignocaine": "lidocaine",
    "capsaicin": "capsaicin", "prednisone": "prednisone", "prednisolone": "prednisolone",
    "medrol": "methylprednisolone", "topiramate": "topiramate",
    # regional brands people type (AU, UK, IN)
    "endone": "oxycodone", "oxys": "oxycodone", "palexia": "tapentadol",
    "dolo": "acetaminophen", "crocin": "acetaminophen",
    "panadeine": "acetaminophen/codeine", "solpadol": "acetaminophen/codeine",
    "zapain": "acetaminophen/codeine", "naprogesic": "naproxen",
    "aceclofenac": "aceclofenac", "etoricoxib": "etoricoxib", "arcoxia": "etoricoxib",
    # European and Latin American brands (FR, DE, BR)
    "doliprane": "acetaminophen", "dafalgan": "acetaminophen", "efferalgan": "acetaminophen",
    "novalgin": "metamizole", "dipirona": "metamizole", "dipyrone": "metamizole",
    "metamizol": "metamizole", "norspan": "buprenorphine",
}  # fmt: skip

MED_NAMES: Final[dict[str, str]] = dict(_TABLE)
GENERICS: Final[frozenset[str]] = frozenset(_TABLE.values())

# Fuzzy candidates: every single-word key; typos in multi-word keys are rare.
_FUZZY_CHOICES: Final[list[str]] = sorted(k for k in _TABLE if " " not in k and len(k) >= 5)


@lru_cache(maxsize=4096)
def resolve_name(text: str) -> str | None:
    """Resolve a brand, generic, slang or misspelt medication name to its generic."""
    key = " ".join(text.lower().split()).strip(".,;:!?'\"()")
    if not key:
        return None
    if key in _TABLE:
        return _TABLE[key]
    if key.endswith("'s"):
        key = key[:-2]
    if key.endswith("s") and key[:-1] in _TABLE:
        return _TABLE[key[:-1]]
    # Short words collide with English ("alive" ~ "aleve"); only longer ones go fuzzy.
    if len(key) < 6 or " " in key:
        return None
    best = process.extractOne(key, _FUZZY_CHOICES, scorer=fuzz.ratio, score_cutoff=85)
    if best is None or best[0][0] != key[0]:
        return None
    return _TABLE[best[0]]


def knowledge_resolver(
    lookup: Callable[[str], object | None], fallback: Resolve | None = None
) -> Resolve:
    """Adapt ``bot.knowledge.resolve_name`` (returns a match with ``.generic``) to Resolve.

    Names the knowledge base does not hold ("soma", "co-codamol") go to `fallback`.
    """

    @lru_cache(maxsize=4096)
    def resolve(text: str) -> str | None:
        match = lookup(text)
        generic = getattr(match, "generic", None) if match is not None else None
        # A name the parser's own table holds exactly beats a spelling guess of the
        # knowledge base ("prednisolone" is not a misspelt "prednisone").
        if getattr(match, "exact", True) is False and fallback is not None:
            own = _TABLE.get(" ".join(text.lower().split()).strip(".,;:!?'\"()"))
            if own is not None:
                return own
        if isinstance(generic, str) and generic:
            return generic
        return fallback(text) if fallback is not None else None

    return resolve


#: Activities named as done or not ("physio - skipped", "walking not done"), shared by the
#: readers of an activity not done (text, patterns, activity_skipped).
ACTIVITY_NAMED: Final = (
    r"(?:physio(?:therapy)?|walk(?:ing)?|gym|yoga|swim(?:ming)?|stretch(?:es|ing)?|exercises?|"
    r"pilates|workout)"
)


# ---- symptom and activity vocabularies: canonical value -> regex alternatives ----------

SIDE_EFFECT_TERMS: Final[tuple[tuple[str, str], ...]] = (
    # (never "the sleepy one", "my sleepy tablet": a pill called by what it does)
    ("drowsiness", r"drowsy|drowsiness|"
     r"sleepy(?!\s+(?:ones?|pills?|tablets?|tabs?|meds?|capsules?|caps?)\b)|sleepiness|groggy|grogginess|sedated|"
     r"(?:over[-\s]?)?sedation|oversedated|"
     r"knocked\s+(?:me\s+)?out|knock(?:s|ing)?\s+me\s+out|zonked|dozy|dozing(?:\s+off)?|nodding\s+off|"
     # "nodded off on the couch after my gabapentin", "falling asleep on the sofa"
     r"nodded\s+off|(?:keep\s+|kept\s+)?falling\s+asleep\s+(?:on\s+the\s+(?:sofa|couch|chair)|in\s+my\s+chair|"
     r"sitting\s+up|at\s+my\s+desk|mid\s*-?\s*(?:sentence|conversation))|"
     r"can't\s+stay\s+awake|couldn't\s+stay\s+awake|out\s+of\s+it|spaced\s+out|spacey|"
     r"like\s+a\s+zombie|zombie|sluggish|heavy[-\s]headed|dopey|"
     # sleep said by what it does (Blind set, sleepiness on an opioid with pregabalin):
     # "keep dropping off", "nodding off mid-sentence"; the strongest words are the
     # sleepiness reader's own (VERY_SLEEPY_WORDS, below)
     r"(?:keep|keeps|kept)\s+(?:on\s+)?(?:falling\s+asleep|dropping\s+off|drifting\s+off)|"
     r"(?:fell|fall|falling|fallen|drifting|drifted|dropping|dropped)\s+(?:off|asleep)\s+(?:\w+\s+)?"
     r"(?:mid[-\s]?(?:sentence|conversation|meal)|while\s+(?:talking|eating|typing|walking)|standing\s+up|"
     r"in\s+the\s+middle\s+of|at\s+the\s+table)|"
     r"dey\s+doze|(?:conk|crash)(?:ing|ed|s)?\s+out|(?:going|gone|went|sinking|sink|pulled)\s+(?:back\s+)?under\b|"
     + VERY_SLEEPY_WORDS),
    ("dizziness", r"dizzy|dizziness|giddy|giddiness|"
     r"head(?:'s|\s+is|\s+has)?\s+(?:been\s+)?spinning|"
     r"light[-\s]?headed|lightheadedness|vertigo|woozy|"
     r"(?:room|world|everything|head)\s+(?:is\s+|was\s+|keeps\s+|kept\s+|started\s+|starts\s+|went\s+|"
     r"goes\s+|going\s+)?(?:spinning|spins|round|woozy|black|fuzzy)|unsteady|off\s+balance|"
     # on standing, with a near fall: "got up to pee and nearly went down" (Sandbox, Toronto)
     r"(?:nearly|almost)\s+(?:went\s+down|passed\s+out|blacked\s+out|keeled\s+over)|"
     # Nigerian Pidgin: "e dey make my head turn", "my head dey turn"
     r"(?:make|makes|made|making)\s+my\s+head\s+(?:turn|spin)|my\s+head\s+dey\s+turn|"
     # a faint, the writer's or seen in them ("I fainted in the kitchen", "blacked out for a
     # sec and came round on the floor"); never a figure of speech ("nearly fainted at the
     # bill": no faint)
     r"(?<!nearly\s)(?<!almost\s)\bfainted\b(?!\s+(?:at\s+the\s+(?:sight|bill|price|thought)|when\s+i\s+saw)\b)|"
     r"blacked\s+out|\bout\s+(?:cold\s+)?for\s+(?:a\s+few|a\s+couple\s+of|several|\d+)\s+(?:seconds|secs)\b|"
     r"\b(?:it|everything|room|world|head)\s+spins\b|"
     r"(?:going|gonna|about)\s+to\s+faint|(?:felt|feel|feeling|feels)\s+(?:a\s+bit\s+|so\s+|really\s+|very\s+)?faint\b|"
     r"(?<!nearly\s)(?<!almost\s)keeled\s+o(?:v|w)er|(?:room|world|floor|everything)\s+(?:\w+\s+)?(?:tipped|tipping|tilting|tilted)|"
     r"swaying|staggering|head\s+is\s+turning|head\s+(?:is\s+)?swimming|whirling\s+head|"
     r"(?:\bi|\bhe|\bshe|mum|mom|dad|wife|husband|partner)\s+(?:just\s+)?collapsed\b"
     r"(?!\s+(?:on|onto|into|in)\s+(?:the\s+|my\s+|a\s+)?(?:sofa|couch|bed|chair|heap))|"
     r"came\s+(?:round|to)\s+on\s+the\s+(?:\w+\s+)?floor"),
    ("nausea", r"nausea|nauseous|nauseated|nauseas?|queasy|pukey|sick\s+to\s+my\s+stomach|"
     r"stomach\s+(?:was\s+|is\s+)?churning|churning\s+stomach|"
     r"(?:feel|feeling|felt|feels|made\s+me|makes\s+me|making\s+me)\s+(?:a\s+bit\s+|so\s+|really\s+|"
     r"very\s+|quite\s+|kind\s+of\s+|kinda\s+)?sick|want(?:ed)?\s+to\s+(?:throw\s+up|puke|vomit)|"
     # "feeling a bit spacey and sick on the tramadol" (Sandbox, Auckland: only drowsy kept)
     r"(?<=\band\s)sick\b(?!\s+(?:of|and\s+tired|note|day|leave|pay|bay|bag|kid|child|son|daughter))"
     r"(?=.{0,40}$|\s+(?:on|from|after|with|since|today|tonight|this|all|again)\b)|"
     r"like\s+throwing\s+up|urge\s+to\s+vomit|vomiting\s+(?:sensation|feeling)|"
     r"feel(?:ing)?\s+like\s+(?:vomiting|throwing\s+up)|"
     # "dizzy n sick", "sick and shaky": sick beside another symptom; Aussie "about to chunder"
     r"(?<=dizzy\sand\s)sick|(?<=queasy\sand\s)sick|(?<=shaky\sand\s)sick|sick\s+and\s+(?=dizzy|shaky)|"
     r"about\s+to\s+(?:chunder|spew|hurl|be\s+sick)|"
     # "feel like I'm gonna chuck", "had me sick as a dog" (never "sick as a parrot": let down)
     r"(?:gonna|going\s+to|about\s+to)\s+(?:chuck|chunder|hurl|spew|puke|throw\s+up|be\s+sick)|"
     r"sick\s+as\s+a\s+dog"),
    ("vomiting", r"vomit(?:ed|ing|s)?|threw\s+up|throwing\s+up|thrown\s+up|puk(?:e|ed|ing)|"
     r"been\s+sick|being\s+sick|"
     # the dose itself brought up: "threw it up 20 mins later", "brought them back up"
     r"(?:threw|thrown|throwing|brought|bringing|puked|sicked|vomited)\s+(?:it|them|the\s+\w+)\s+"
     r"(?:back\s+)?up|"
     # British "was sick" is vomited, when said with how often or after what
     r"(?:was|were|got)\s+sick\s+(?:twice|again|(?:\w+|\d+)\s+times|after\s+(?:my|the|taking|i)|everywhere|"
     r"(?:straight|right|just|soon)\s+after(?:wards)?|afterwards)|spew(?:ed|ing|s)?|chuck(?:ed|ing)\s+up|hurl(?:ed|ing)|"
     r"barf(?:ed|ing)?|throw\s+up\s+(?:after|every|each)|(?:makes?|made|making)\s+me\s+(?:throw\s+up|"
     r"vomit|puke|be\s+sick)|(?:can't|couldn't|cannot|not\s+able\s+to)\s+keep\s+(?:the\s+|my\s+)?(?:anything|any\s*thing|"
     r"food|it|them|tablets?|pills?|water)\s+down"),
    ("constipation", r"constipat\w*|(?:can't|haven't\s+been\s+able\s+to|couldn't)\s+(?:poo|poop|"
     r"go\s+number\s+two|go\s+for\s+a\s+poo)|"
     r"(?:haven't|not)\s+(?:pooped|pooed|been\s+for\s+a\s+(?:poo|number\s+two)|had\s+a\s+(?:poo|bowel\s+movement|bm))|"
     r"bunged\s+up|bungs?\s+me\s+up|"
     # British "not been for 3 days": no bowel movement (the days said straight after)
     r"(?:not|haven't|hasn't)\s+been\s+(?:to\s+the\s+(?:loo|toilet)\s+)?(?:for|in)\s+(?:\d+|two|three|four|five|"
     r"six|a\s+few|several|a\s+couple\s+of)\s+days|"
     # "my bowels haven't moved since Friday"
     r"bowels?\s+(?:haven't|hasn't|have\s+not|has\s+not|didn't|did\s+not|won't|aren't|not)\s+"
     r"(?:moved|moving|opened|working|budged|gone)|"
     # "motion is not coming since 3 days" (Indian English)
     r"motions?\s+(?:(?:is|are|was|were|has|have)\s+)?(?:not|isn't|aren't)\s+(?:coming|passing|happening|passed|come)|"
     r"(?:not|no)\s+(?:passed\s+)?motions?\s+(?:since|for|in)\b|"
     r"blocked\s+up|no\s+(?:poo|poop|bm)\s+(?:(?:for|after|in)\s+)?(?:\d+|\w+)\s+days|"
     # "the stomach is lazy", "lazy bowels": slow to move
     r"(?:stomach|bowels?|gut|tummy)(?:'s)?\s+(?:is\s+|are\s+|has\s+been\s+|feels\s+)?(?:so\s+|very\s+|a\s+bit\s+)?lazy|"
     r"(?:not|haven't|have\s+not)\s+had\s+a\s+(?:poo|bm|bowel\s+movement)\s+(?:since|for|in)\b|"
     r"no\s+bowel\s+movements?|hard\s+stools?|straining\s+on\s+the\s+toilet|backed\s+up"),
    ("diarrhea", r"diarrh(?:o)?ea|the\s+runs|the\s+squits|"
     r"loose\s+(?:stools?|bowels?|poo|motions?)|runny\s+poo|"
     r"(?:stomach|belly|tummy)\s+(?:is\s+|dey\s+|has\s+been\s+)?running|"
     r"the\s+trots|running\s+stomach|runny\s+(?:tummy|stomach|belly)|purg(?:e|ing)|(?:watery|runny)\s+(?:stools?|poo|motions?)|"
     r"bowels\s+(?:running|going|are|were|have\s+been)\s+(?:\w+\s+)?loose"),
    ("stomach_pain", r"(?:stomach|tummy|belly|abdomen|abdominal|guts?)(?:'s)?\s*"
     r"(?:is\s+|was\s+|are\s+|were\s+|feels\s+|has\s+been\s+|have\s+been\s+|been\s+)?(?:just\s+)?"
     r"(?:really\s+|so\s+|very\s+|a\s+bit\s+|quite\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+little\s+)?"
     r"(?:ache|aches|aching|pain|pains|paining|cramps?|hurts?|hurting|killing\s+me|upset|sore|"
     r"in\s+knots|burning|bad|crook|playing\s+up|not\s+(?:good|great|right)|off|dodgy|rough|unsettled|weird|"
     r"(?:troubling|bothering)\s+me|giving\s+me\s+(?:trouble|grief|hell)|torn\s+up|tore\s+up|wrecked)|"
     r"(?:upset|sore|painful|aching|bad|dodgy|crook)\s+(?:my\s+|the\s+)?(?:stomach|tummy|belly|guts)|"
     r"(?:hurts?|hurting|burns?|burning|irritat\w+|wreck\w*|mess(?:es|ed)?\s+up|kill(?:s|ing)?|tear(?:s|ing)?\s+up|"
     r"tore\s+up|rip(?:s|ping)?\s+up|upsets|upsetting)\s+my\s+"
     r"(?:stomach|tummy|belly|gut)|"
     # "doesn't agree with my stomach", "disagrees with my tummy" (the stomach named: a
     # bare "doesn't agree with me" names no symptom, and none is recorded for it)
     r"(?:(?:doesn't|does\s+not|don't|do\s+not|didn't|did\s+not|isn't|is\s+not|aren't|not)\s+"
     r"(?:agree|agreeing|sit|sitting|settle|settling)(?:\s+well)?|disagree(?:s|d|ing)?)\s+"
     r"(?:with|in|on)\s+my\s+(?:stomach|tummy|belly|gut)|"
     r"stomach\s*ache|tummy\s*ache|bellyache|pain\s+in\s+(?:my\s+|the\s+)?(?:stomach|tummy|belly|gut)|"
     r"epigastric\s+(?:pain|discomfort|burning)|gi\s+upset"),
    ("heartburn", r"heart\s*burn|acid\s+reflux|reflux|indigestion|acid\s+stomach|acidity|gastric|"
     # "stomach kinda burns after the meloxicom" (Sandbox, Phoenix)
     r"(?:stomach|tummy|belly)\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|really\s+|)"
     r"(?:burns|burned|burnt|stings)\b|"
     # Nigerian Pidgin: "stomach dey burn me small" (Sandbox, Lagos)
     r"(?:stomach|belle|belly)\s+(?:dey|de|don)\s+burn\b|"
     r"acid\s+(?:coming|comes|came)\s+up|"
     r"burning\s+in\s+my\s+(?:chest|throat)|dyspepsia"),
    ("black_stools", r"black\s+(?:stools?|poo|poop|poops|bowel\s+movements?|tarry)|"
     r"tarry\s+stools?|(?:stools?|poo|poop)\s+(?:is|are|was|were|looks?|looked)\s+"
     r"(?:very\s+)?(?:black|tarry|like\s+tar)|blood\s+in\s+my\s+(?:stool|poo|poop)"),
    ("dry_mouth", r"(?:dry|drier|driest)\s+mouth|"
     r"tongue\s+(?:\w+\s+)?(?:stick(?:s|ing)?|stuck)\s+to\s+the\s+roof|"
     r"mouth(?:'s|\s+is|\s+has)?\s+(?:been\s+|feels\s+|so\s+|always\s+|constantly\s+)?"
     r"(?:very\s+|really\s+|so\s+)?dry|"
     r"mouth\s+(?:\w+\s+)?(?:terribly|really|so|very|bone|quite|completely|super|proper|extremely|"
     r"totally|dead)\s+dry|mouth\s+dey\s+dry|"
     r"mouth(?:'s|\s+is|\s+was|\s+feels|\s+felt)\s+like\s+(?:sandpaper|a\s+desert|the\s+sahara)|"
     r"mouth\s+(?:a\s+bit\s+|bit\s+|so\s+|really\s+|very\s+)?dry(?:ing)?\b|mouth\s+drying|"
     r"cotton\s*mouth|parched|mouth(?:'s|\s+is)?\s+(?:still\s+)?(?:dry|drier)\b|"
     r"mouth\s+(?:is\s+|feels\s+)?like\s+(?:sandpaper|a\s+desert|the\s+sahara|"
     r"cotton\s+wool)|no\s+spit|no\s+saliva|dryness\s+(?:of|in)\s+(?:the\s+|my\s+)?mouth|"
     r"mouth\s+dryness"),
    ("headache", r"head\s*aches?|migraines?|"
     r"head\s+(?:is\s+)?(?:hurts?|hurting|pounding|throbbing|paining)|"
     r"splitting\s+head|pounding\s+head|throbbing\s+head|banging\s+head|thumping\s+head|"
     r"head\s+(?:is\s+)?(?:banging|thumping)|"
     # "head's pounding every arvo", "my head has been splitting"
     r"head(?:'s|\s+is|\s+has\s+been|\s+keeps)\s+(?:\w+\s+)?(?:pounding|throbbing|banging|thumping|"
     r"splitting|killing\s+me)|"
     # UK and Scots "sore head", "head's murder" (Sandbox, Glasgow: "sore heid" was a
     # note); never "a bear with a sore head" (grumpy) or a head teacher
     r"(?<!bear\swith\sa\s)sore\s+head(?!\s*(?:teacher|master|mistress|office|start|to\s+toe))|"
     r"head(?:'s|\s+is|\s+has\s+been)\s+(?:(?:so|really|very|pure|dead|that|awful|proper|bloody)\s+)?"
     r"(?:sore|murder|nipping|bursting)\b"),
    ("itching", r"itch|itchy|itching|itchiness|pruritus|dey\s+scratch\s+me|scratching\s+constantly|"
     r"scratching\s+(?:like\s+mad|all\s+(?:day|night)|myself)|(?:can't|cannot|couldn't)\s+stop\s+scratching"),
    ("rash", r"rash(?:es)?|hives|red\s+(?:\w+\s+)?(?:spots|blotches|bumps)|welts|blotchy\s+skin"),
    ("swelling", r"(?:ankles?|feet|foot|legs?|hands?|fingers?)\s+(?:[\w']+\s+){0,5}?"
     r"(?:swollen|swelling|puffy|puffed\s+up)|"
     r"(?:swollen|puffy|puffed[-\s]up)\s+(?:ankles?|feet|legs?|hands?|fingers?)|"
     r"(?:ankles?|feet|legs?|hands?|fingers?)\s+(?:have\s+|has\s+|are\s+)?(?:swell|swells|swelled|swollen)"
     r"(?:\s+up)?\b|"
     r"swelling\s+(?:in|of|on)\s+(?:my\s+|both\s+|the\s+)?(?:ankles?|feet|foot|legs?|hands?|fingers?)|"
     r"(?:o)?edema|fluid\s+retention|retaining\s+(?:water|fluid)|water\s+retention|"
     # "my ankles are blowing up like balloons"
     r"(?:ankles?|feet|legs?|hands?|fingers?)\s+(?:[\w']+\s+){0,3}?(?:blow(?:ing|n)?\s+up|"
     r"blew\s+up|ballooning|ballooned|like\s+balloons)"),
    # (confused, and disorientation said as what it does — "didn't know where I was" —
    # are the breathing alarm's reader's words, DISORIENTED_WORDS below: never a muddle
    # about instructions, "confused about my dose times", "the GP confused me")
    ("confusion", r"brain\s+fog|foggy|fog(?:gy)?[-\s]headed|"
     r"thoughts\s+(?:are\s+)?(?:all\s+)?jumbled|head\s+(?:is\s+)?mix(?:ed)?\s+up|"
     r"can't\s+keep\s+my\s+head\s+straight|not\s+answering\s+(?:me\s+)?properly|"
     r"(?:doesn't|don't|didn't)\s+make\s+sense\s+when\s+(?:she|he|i)\s+talks?|can't\s+make\s+sense\s+of|"
     r"words\s+(?:are\s+)?(?:all\s+)?jumbled|(?:keep|keeps)\s+los(?:ing|sing)\s+my\s+words|"
     r"(?:keep|keeps)\s+forgetting\s+what\s+i'?m\s+doing|\b(?:very|so)\s+confuse\b|"
     r"(?:can't|couldn't)\s+(?:tell\s+(?:me\s+)?what\s+(?:year|day|month)|remember\s+my\s+own\s+(?:postcode|address|name))|"
     + DISORIENTED_WORDS
     + "|"
     r"can't\s+think\s+(?:straight|clearly)|disoriented|disorientated|muddled|fuzzy[-\s]headed|"
     r"forgetful|memory\s+is\s+bad|"
     r"forg(?:etting|et|ot)\s+(?:things|everything|stuff|words|names|faces|where\s+i\s+(?:am|was))\b|"
     # "memory's shot since the gabapentin went up"
     r"memory(?:'s|\s+is|\s+has\s+been)\s+(?:\w+\s+)?(?:shot|terrible|awful|rubbish|shocking|gone|going|useless)"),
    ("insomnia", r"insomnia|can't\s+sleep|unable\s+to\s+sleep|trouble\s+sleeping|"
     r"(?:can't|cannot)\s+get\s+(?:to\s+sleep|off\s+to\s+sleep)|"
     # "duloxetine causing nausea and no sleep at night": the medicine's doing
     # (only the cause word matched, so "nausea" between stays its own effect)
     r"caus(?:es|ing|ed)(?=\s+(?:[\w']+\s+){0,4}?no\s+sleep)|"
     r"(?<=since\s)(?:\w+\s+){1,4}?(?:i\s+)?(?:just\s+)?can't\s+drop\s+off|staring\s+at\s+the\s+ceiling|"
     r"(?:lie|lay|lying)\s+awake\s+(?:till|until|to)\s+the\s+(?:small|early)\s+hours|"
     r"(?:keeps|kept|keeping)\s+me\s+(?:awake|up)|can't\s+fall\s+asleep|wired\s+at\s+night|"
     r"can't\s+switch\s+off|(?:lying|lay|laying)\s+awake|(?:i'm\s+|am\s+)not\s+sleeping|"
     r"(?:has|have|had|keeps|kept|leaves|left)\s+me\s+(?:wide\s+)?awake|"
     r"wide\s+awake\s+(?:all|every|at|most)\s+(?:\w+\s+)?night|"
     # "wide awake at 3am every night since the duloxetine"
     r"awake\s+at\s+[1-5](?:[:.][0-5]\d)?\s*(?:am)?\s+(?:every|most)\s+nights?"),
    ("fatigue", r"tired|exhausted|exhaustion|fatigue|fatigued|no\s+energy|wiped\s+out|"
     r"drained|worn\s+out|lethargic|weary|run\s+down|knackered|shattered|zonked|no\s+get\s+up"),
    ("sweating", r"sweat(?:s|y|ing)?|night\s+sweats|clammy|perspiring|"
     r"(?<!rain\s)drenched(?!\s+(?:in|by)\s+(?:the\s+)?rain)|soaked\s+through(?!\s+(?:in|by|from)\s+(?:the\s+)?rain)|"
     r"dripping\s+(?:with\s+)?(?:sweat|wet)|wringing\s+wet|soaking\s+wet(?!\s+(?:from|in)\s+(?:the\s+)?rain)|"
     r"(?:skin|shirt|sheets|clothes|pyjamas)\s+(?:is\s+|are\s+)?(?:soaking\s+|all\s+)?(?:wet|soaked|damp)\b|"
     r"\bsweatin\b|pouring\s+sweat|"
     r"(?:wak\w+|woke)\s+up\s+(?:\w+\s+)?(?:drenched|soaked|soaking|wringing\s+wet)|"
     r"hot\s+(?:flush|flash)(?:es)?"),
    ("weight_gain", r"weight\s+gain|wt\s+gain|\bgain\s+(?:so\s+much\s+|a\s+lot\s+of\s+)?weight|"
     r"stack(?:ing|ed)?\s+on\s+(?:the\s+)?(?:weight|\d+(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone))|"
     # "I have added 5 kgs", "making me add weight"
     r"\badd(?:ed|ing)?\s+(?:\d+(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds)|weight)\b|"
     r"\bup\s+\d+(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds)\b|\d+(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?)\s+up\b|"
     r"gain(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:\d+\s*)?"
     r"(?:weight|pounds|lbs|kilos|kg|stone)|weight\s+(?:\w+\s+)?(?:increased|went\s+up|is\s+up|gone\s+up)|"
     r"put(?:ting)?\s+on\s+(?:\w+\s+)?(?:weight|pounds|kilos)|weight\s+increase|"
     # British weight in stones: "put on half a stone", "piled on nearly a stone", "a kilo"
     r"(?:put|putting|piled|piling|gained|gaining)\s+on\s+(?:(?:about|nearly|almost|over|like)\s+)?"
     r"(?:half\s+a|a|one|two|\d+)\s+(?:stone|kilo)|"
     # the body heavier, never a bleed or a period ("bleeding heavier today": postpartum)
     r"(?:\bi'?m|\bi\s+am|\bi(?:'ve|\s+have)\s+got(?:ten)?|\bgetting|\bgot)\s+"
     r"(?:a\s+(?:bit|lot|little)\s+|much\s+|so\s+much\s+|way\s+|bit\s+)?heavier\b"
     r"(?!\s+(?:bleeding|bleed|periods?|flow))|"
     r"scales?\s+(?:says|said|shows|showed)\s+(?:\w+\s+)?\d+(?:\.\d)?\s*(?:kg|kgs|kilos?|lbs?|pounds)\s+"
     r"(?:more|up|heavier)|"
     r"put(?:ting)?\s+on\s+(?:like\s+|about\s+|around\s+|nearly\s+|over\s+)?\d+(?:\.\d)?\s*"
     r"(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|"
     r"pil(?:ed|ing)\s+on\s+(?:the\s+)?(?:weight|pounds|kilos|stone)|"
     r"(?:put|putting|piled)\s+on\s+\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|"
     r"(?:jeans|clothes|trousers|pants|skirts?)\s+(?:don't|won't|doesn't|no\s+longer)\s+fit"),
    # Beyond the contract's list (bot.knowledge MORE_SIDE_EFFECT_KEYS): the signs the labels
    # name for serotonin syndrome, kept as side effects, never in `backtrack parse` output.
    # (never a head shaken, hands shaken with someone, shaking with cold — a fever's
    # shivers — nor a bottle shaken)
    ("tremor", r"tremors?|tremulous|trembl(?:e|es|ed|ing|y)|"
     r"(?:hands?|arms?)\s+(?:won't|can't|wont)\s+keep\s+still|(?:can't|cannot|no\s+fit)\s+hold\s+(?:anything|"
     r"(?:my|her|his)\s+\w+)\s+steady|shak(?:y|iness|ey)|the\s+shakes|"
     r"shak(?:ing|es)(?!\s+(?:(?:my|his|her|their|your|our|me|him|a)\s+)?heads?\b)"
     r"(?!\s+(?:hands?\s+)?with\s+(?!fear|nerves|pain)\w+)(?!\s+(?:from|in)\s+(?:the\s+)?cold)"
     r"(?!\s+(?:it|that|this|them|off|out|up|the|a)\b)(?!\s+hands\b)|"
     r"(?:hands?|arms?|legs?|body|fingers)\s+(?:\w+\s+)?shake\b"),
    # (never a knee-jerk, beef jerky, a back jerked lifting something, or a jerk of a man)
    ("muscle_jerks", r"twitch(?:es|ing|y|ed)?|myoclon\w+|muscle\s+jerks?|"
     r"(?:kick|kicks|kicking|jump|jumps|jumping)\s+(?:out\s+)?(?:on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))|"
     r"muscles?\s+(?:in\s+my\s+\w+\s+)?(?:keep\s+|keeps\s+|are\s+)?jumping|"
     # (the legs', arms' or body's spasms, never the back's: a back spasm is the pain)
     r"(?:legs?|calf|calves|thighs?|arms?|body)\s+(?:\w+\s+){0,4}?(?:little\s+)?spasms|"
     r"(?:jolt|jolts|jolting)\s+(?:on\s+(?:their|its)\s+own|through)|little\s+jumps|"
     r"(?:legs?|feet|foot|arms?)\s+(?:keep\s+|keeps\s+)?(?:flicking|bouncing)|reflexes\s+(?:are\s+)?(?:huge|jumpy)|"
     r"eyes\s+(?:\w+\s+){0,2}?(?:flicking|flickin|darting)|reflex(?:es)?\s+(?:is\s+|are\s+)?(?:going\s+)?"
     r"(?:crazy|mad|wild)|muscles\s+(?:of|in)\s+my\s+\w+\s+(?:are\s+)?jumping|(?:flinging|flings|kicks)\s+out\b|"
     r"\bjerky\b|spasming\s+in\s+(?:my|his|her)\s+(?:legs?|calf|calves|thighs?|arms?)|"
     r"(?:legs?|calf|calves|thighs?|arms?)\s+(?:\w+\s+){0,3}?spasming|reflexes\s+(?:are\s+)?(?:going\s+)?(?:mad|crazy|wild)|"
     r"(?<!knee[-\s])jerk(?:s|ing)(?!\s+(?:off|around|about|me)\b)|jumpy\s+muscles"),
    # (never a restless night or restless legs: sleep, read apart)
    ("agitation", r"agitat(?:ed|ion)|"
     # (never wired at night: sleeplessness, read apart; never jittery from coffee: the
     # syndrome's two groups are what the alarm needs)
     r"(?<!keeps\sme\s)(?<!kept\sme\s)(?<!keep\sme\s)(?<!keeping\sme\s)\bwired\b"
     r"(?!\s+(?:at\s+night|all\s+night|till|until))|jittery|jumpy\s+inside|\bedgy\b|panicky|"
     r"can't\s+(?:stay|keep)\s+calm|(?:very|so|really)\s+(?:much\s+)?nervous|"
     r"(?:feel|feels|feeling|felt)\s+like\s+i'?m\s+vibrating|\bpacing\b|"
     r"can't\s+(?:settle\s+at\s+all|stay\s+(?:in\s+one\s+place|in\s+the\s+chair|still))|won't\s+stop\s+moving|"
     r"(?:walking|going)\s+round\s+and\s+round|up\s+and\s+down\s+up\s+and\s+down|"
     r"(?:really|so|all)\s+wound\s+up|wound\s+up\s+tight|(?:very|really|so)\s+unsettled|"
     r"(?:awful|very|so|really|all)\s+jumpy\b|\bon\s+edge\b(?!\s+about)|\bfidgety\b|"
     r"restless(?:ness)?(?!\s+(?:legs?|nights?|sleep|sleeper)\b)(?<!legs\sare\srestless)"
     r"(?<!legs\swere\srestless)|(?:can't|cant|couldn't|cannot)\s+(?:sit|keep)\s+still|"
     r"pacing\s+(?:about|around|up\s+and\s+down)"),
    # (never "so rare I think I'm hallucinating": a figure of speech)
    ("hallucinations", r"(?<!think\si'm\s)(?<!must\sbe\s)hallucinat\w*|(?:seeing|hearing)\s+things"
     r"(?!\s+(?:differently|clearly|more|better|the\s+same))|"
     r"(?:seeing|sees|saw|hearing|hears|heard|talking\s+to|speaking\s+to)\s+(?:\w+\s+){1,5}?(?:that|who)\s+"
     r"(?:aren't|isn't|weren't|wasn't)\s+(?:in\s+the\s+room|playing|real|on)\b|"
     r"(?:seeing|sees|saw)\s+(?:\w+\s+){0,2}?(?:shadows|people|cats|dogs|children|kids|figures)\s+(?:moving|on\s+the\s+"
     r"(?:ceiling|wall|walls)|in\s+the\s+corner|that\s+(?:we|i)\s+don't\s+have)|someone\s+in\s+the\s+corner|"
     r"picking\s+at\s+the\s+air|(?:can|could)\s+see\s+in\s+the\s+corner|"
     r"(?:seeing|sees|saw)\s+(?:shapes|spiders|bugs|insects|faces|things|little\s+people)\s+(?:moving|crawling|"
     r"on\s+the\s+(?:wall|walls|ceiling|floor|curtains)|in\s+the\s+(?:room|corner))|"
     r"(?:curtains|walls?|wallpaper|ceiling)\s+(?:are\s+|is\s+)?(?:moving|melting|breathing|crawling)"
     r"(?:\s+by\s+(?:themselves|itself))?|"
     r"(?:seeing|sees|saw|hearing|hears|heard|speaking|talking)\s+(?:to\s+)?(?:\w+\s+){1,8}?"
     r"(?:that|who)\s+(?:aren't|weren't|isn't|wasn't|are\s+not|were\s+not)\s+(?:really\s+)?there|"
     r"hearing\s+voices\s+(?:from|in|on)\s+(?:\w+\s+){0,4}?(?:switched|turned)\s+off"),
    ("racing_heart", r"palpitations?|tachycardi\w*|"
     r"heart(?:'s|\s+is|\s+was)?\s+(?:beating|going)\s+(?:so\s+|really\s+|very\s+|too\s+)?(?:fast|quick|like\s+a\s+train|"
     r"like\s+mad)|(?:heart|pulse|heart\s*rate|hr)\s+(?:is\s+|was\s+|at\s+|of\s+)?(?:1[2-9]\d|2\d\d)\b|"
     r"watch\s+says\s+1[2-9]\d|(?:heart\s*rate|pulse)(?:'s|\s+is)?\s+(?:1[2-9]\d|fast|very\s+fast|racing)\b|"
     r"going\s+(?:a\s+)?\d+\s+miles\s+an\s+hour|heart(?:'s|\s+is)?\s+like\s+a\s+drum|heart\s+(?:is\s+)?fluttering|"
     r"pulse\s+(?:is\s+)?galloping|heart(?:'s)?\s+thumpin\b|"
     r"heart(?:'s)?\s+(?:is\s+|was\s+|keeps\s+|kept\s+|been\s+|has\s+been\s+|going\s+|just\s+)?"
     r"(?:racing|pounding|hammering|thumping|galloping|fluttering|going\s+(?:like\s+(?:mad|crazy|"
     r"the\s+clappers)|a\s+mile\s+a\s+minute))|"
     r"(?:racing|pounding|hammering|thumping|fast|rapid)\s+(?:heart\s*beat|heart\s*rate|heart|pulse)|"
     r"(?:pulse|heart\s*beat|heart\s*rate)\s+(?:is\s+|was\s+)?(?:very\s+|really\s+|so\s+)?"
     r"(?:racing|fast|high|through\s+the\s+roof)"),
    # hot in themselves, not the weather or the tea
    ("feeling_hot", r"burning\s+up|boiling\s+up|burning\s+hot|hot\s+like\s+fire|"
     r"hot\s+to\s+(?:the\s+)?touch|"
     r"feverish|boiling\s+hot|\bflushed\b|(?:feels?|feeling|felt)\s+like\s+(?:i'm|she's|he's|i\s+am)\s+on\s+fire|(?:i'm|im|i\s+am|he's|she's)\s+boiling\b(?!\s+(?:the|a|some|water|kettle))|"
     r"running\s+a\s+temp|hot\s+and\s+cold\s+flushes|like\s+i'?m\s+(?:sat|sitting)\s+in\s+a\s+sauna|body\s+dey\s+hot|"
     r"(?:feel|feels|feeling)\s+(?:so\s+|really\s+|very\s+)hot\b(?!\s+(?:today|outside|in\s+here|out))|"
     r"(?:i'm|im|i\s+am)\s+roastin[g']?\b(?!\s+(?:in\s+here|today|outside|out\s+here))|"
     r"(?:i'm|im|i\s+am|i\s+feel|i\s+felt|feeling|feels|felt|he's|hes|he\s+is|she's|she\s+is|"
     r"(?<!it\s)(?<!it's\s)(?<!its\s)is|getting|got)\s+(?:\w+\s+)?(?:very|really|so|too|boiling|"
     r"roasting)\s+hot\b(?!\s+(?:today|out|outside|in\s+here|weather|day|water|bath|shower|drink|"
     r"tea|coffee|food|curry|sauce)\b)"),
    # Serotonin syndrome's rigidity and incoordination (the labels' neuromuscular signs),
    # read of the limbs, jaw or muscles only: never a stiff back or neck (bot/knowledge
    # drugs.yaml, serotonin signs)
    ("rigidity", r"(?:muscles?|arms?|legs?|jaw|body|limbs)\s+(?:have|has)\s+gone\s+"
     r"(?:rigid|rock\s+hard|stiff)|"
     r"(?:muscles?|arms?|legs?|jaw|body|limbs)(?:'s|\s+and\s+neck)?\s+"
     r"(?:are\s+|is\s+|feel\s+|feels\s+)?"
     r"(?:(?:like\s+wood|locked(?:\s+solid)?|locking|bunching\s+and\s+locking)\b)|"
     r"(?:muscles?|arms?|legs?|hands?|jaw|body|limbs)(?:'s)?\s+(?:are\s+|is\s+|feel\s+|feels\s+)?(?:going\s+|"
     r"gone\s+|went\s+|getting\s+|keep\s+going\s+)?(?:so\s+|really\s+|all\s+|very\s+)?(?:stiff|rigid|rock\s+hard|"
     r"tight\s+and\s+rigid)"
     r"(?!\s+(?:from|after)\s+(?:the\s+)?(?:gym|walk|run|sitting|workout|exercise|physio|cold))|"
     r"(?:can\s+barely|can't|cannot)\s+bend\s+(?:his|her|my)\s+(?:arms|legs|elbows)"),
    ("incoordination", r"(?:gone|going|really|so|very|feel|feeling)\s+(?:really\s+|so\s+)?clumsy|"
     r"(?:keep|keeps|kept)\s+dropping\s+things|can't\s+walk\s+(?:straight|properly)|"
     r"bumping\s+into\s+(?:walls|things|doors?|door\s+frames|furniture)|"
     r"(?:feel|feels|feeling)\s+drunk\s+without|stumbling\s+into|walking\s+into\s+(?:door|doors|walls|things|furniture)|"
     r"reaching\s+for\s+(?:things|stuff)\s+and\s+missing|(?:keeps?|keep)\s+missing\s+the\s+\w+\s+when|"
     r"dropping\s+my\s+(?:keys|cup|phone)|staggerin\b|unsteady\s+on\s+(?:his|her|my)\s+feet|\bstaggering\b"),
    ("blurred_vision", r"blurr(?:y|ed)(?:\s+vision)?|vision\s+(?:is\s+|was\s+|gone\s+|going\s+)?"
     r"(?:blurry|blurred|fuzzy)|double\s+vision|can't\s+see\s+(?:straight|properly|clearly)|"
     r"eyes\s+(?:are\s+)?(?:blurry|fuzzy)|(?:things|everything|words|print)\s+(?:look|looks|looking|go|goes)\s+"
     r"(?:all\s+)?(?:fuzzy|blurry|blurred)"),
)  # fmt: skip

# "sciatica's back on the", "sciatica playing up down my": the side said next is the leg's
_SCIATICA_ON = (
    r"sciatica(?:'s|\s+is)?(?:\s+[\w']+){0,3}?\s+(?:on|down|in)\s+(?:the\s+|my\s+)?"
    r"(?=(?:left|right)\b)"
)
# (the leg said after the side is the same leg, not one more: "sciatica down my left leg")
_ITS_LEG = r"(?:\s+(?:leg|side|hand\s+side))?"
# The side said after the part: "leg pain on the right", "behind the knee on the left"
_LEG_PART_ON = (
    r"(?:legs?|thigh|calf|knee|foot|shin|ankle|hamstring)"
    r"(?:\s+[\w']+){0,2}?\s+on\s+(?:the\s+|my\s+)?"
)
LOCATION_TERMS: Final[tuple[tuple[str, str], ...]] = (
    # "mostly the lower left side": of the back, in a back-pain diary (never of the belly)
    ("lower_back", r"lower\s+(?:left\s+|right\s+)?back|low\s*back|lumbar|lower\s+spine|"
     r"lower\s+(?:left|right)\s+side(?!\s+of\s+(?:my\s+|the\s+)?(?:stomach|tummy|belly|abdomen))|"
     r"lower\s+part\s+of\s+(?:my\s+|the\s+)?back|low\s+down\s+in\s+(?:my\s+|the\s+)?back|"
     r"base\s+of\s+(?:my\s+)?spine|"
     r"small\s+of\s+(?:my\s+)?back|tailbone|coccyx|sacrum|si\s+joint|"
     # "my waist is killing me": the low back and hips, as patients (and Spanish
     # "cintura") say it; never the line the body is cut at ("from the waist down")
     r"(?<!from\sthe\s)(?<!below\sthe\s)(?<!above\sthe\s)(?<!from\smy\s)waist"
     r"(?!\s*(?:down|up|size|band|line|coat|trainer|measure|high|deep))"),
    # "the middle of the back", British "centre of my back", "mid spine"
    ("mid_back", r"mid(?:dle)?[-\s]?back|(?:middle|centre|center)\s+of\s+(?:my\s+|the\s+)?back|"
     r"mid[-\s]?spine|thoracic"),
    # "between my shoulders" is the back between the blades, not the shoulders themselves
    ("upper_back", r"upper\s+back|between\s+(?:my\s+|the\s+)?shoulder\s*blades|shoulder\s*blades?|"
     r"between\s+(?:my\s+|the\s+)?shoulders"),
    ("neck", r"neck|cervical"),
    ("buttock", r"butt(?:ocks?)?|bum|glutes?|gluteal|backside|bottom|arse|ass|cheeks?|rear\s+end"),
    ("hip", r"hips?"),
    # (sciatica is the leg's pain: "sciatica on the left", "left-sided sciatica")
    ("leg_left", r"left\s+(?:leg|thigh|calf|knee|foot|shin|ankle|hamstring|buttock\s+and\s+leg)|"
     r"left[-\s]sided\s+sciatica|" + _SCIATICA_ON + r"left" + _ITS_LEG + "|"
     + _LEG_PART_ON + r"left(?:\s+(?:side|hand\s+side))?\b"),
    ("leg_right", r"right\s+(?:leg|thigh|calf|knee|foot|shin|ankle|hamstring|buttock\s+and\s+leg)|"
     r"right[-\s]sided\s+sciatica|" + _SCIATICA_ON + r"right" + _ITS_LEG + "|"
     + _LEG_PART_ON + r"right(?:\s+(?:side|hand\s+side))?\b"),
    # (never "on my feet all day", "back on my feet", "feet up", "on foot": standing,
    # getting well, resting, walking — no place that hurts)
    ("leg", r"legs?|thighs?|calf|calves|knees?|"
     r"(?<!on\smy\s)(?<!to\smy\s)(?<!off\smy\s)(?<!on\syour\s)(?<!on\sour\s)feet(?!\s+up\b)|"
     r"(?<!on\s)foot|shins?|ankles?|hamstrings?|toes?"),
    ("arm", r"arms?|hands?|wrists?|elbows?|fingers?|forearms?"),
    ("shoulder", r"shoulders?"),
)  # fmt: skip

QUALITY_TERMS: Final[tuple[tuple[str, str], ...]] = (
    ("shooting", r"shoot(?:ing|s)?(?!\s+me\b)|shot\s+down|electric(?:al|ity)?|electric\s+shocks?|"
     r"zapping|zaps?|lightning"),
    ("burning", r"burn(?:ing|s)?|on\s+fire|hot\s+pain|scalding|red[-\s]hot(?:\s+poker)?"),
    # (not "sore": the everyday word for any pain, which says how much, not how it feels —
    # "stiff and sore" is stiff; "heavy sore", Scots for very sore, is no quality at all)
    ("aching", r"ach(?:e|es|ing|in|y|ey)|dull"),
    ("stabbing", r"stab(?:bing|bed|s|by)?|sharp|knife|knives|piercing"),
    ("throbbing", r"throb(?:bing|s|by)?|pounding|pulsing|pulsating"),
    ("tingling", r"tingl(?:e|es|ing|y)|pins\s+(?:and|n|&)\s+needles|prickl(?:ing|y)|buzzing|"
     r"paraesthesia|paresthesia"),
    # "my leg's gone dead fae the knee down", "a dead leg": a limb gone dead is a numb one
    # (Sandbox, Glasgow: kept as the leg alone); a phone or a battery gone dead is not
    ("numb", r"numb(?:ness|ish|ing)?|no\s+feeling|dead\s+feeling|"
     r"(?:legs?|foot|feet|toes?|thighs?|knees?|calf|calves|ankles?)\s+(?:(?:has|have|had|is|are|was)\s+)?"
     r"(?:gone|went|going|feels?|felt|feeling)\s+(?:\w+\s+)?dead\b|dead\s+(?:legs?|foot|feet)\b"),
    ("stiff", r"stiff(?:ness)?|tight(?:ness)?|rigid|locked\s+up|seized\s+up"),
    ("cramping", r"cramp(?:s|ing|y)?|spasms?|spasming|knotted|charley\s+horse"),
)  # fmt: skip

ACTIVITY_TERMS: Final[tuple[tuple[str, str], ...]] = (
    # physio first: "PT exercises" is physio, not a separate exercise session
    # ("lifting a pt", "pt was a big lad": a nurse's patient, not physical therapy)
    ("physio", r"(?:(?<!lifting\s)(?<!lifted\s)(?<!lift\s)(?<!moving\s)(?<!turning\s)(?<!rolling\s)"
     r"(?<!a\s)(?<!the\s)pt(?!\s+(?:was|is|had|who|fell|needed|got|went|with|in\s+bed\d*)\b)|"
     r"(?:a|the)\s+pt(?=\s+(?:session|appointment|appt|exercises?|class))|"
     r"physio|physiotherapy|physical\s+therapy|rehab|hep)(?:\s+(?:home\s+)?"
     r"(?:exercises?|routine|session|stretches|workout))?|physiotherapist|"
     r"physical\s+therapist|hydrotherapy|home\s+exercise\s+program(?:me)?|"
     r"exercises\s+from\s+(?:the\s+|my\s+)?(?:physio|pt|therapist)"),
    # (never the cat that "walked on my phone", nor a word that "walked" on a page)
    ("walk", r"(?<!cat\s)(?<!dog\s)(?<!kitten\s)(?<!puppy\s)(?<!baby\s)(?<!toddler\s)"
     r"walk(?:ed|ing|s)?(?!\s+(?:on|over|across)\s+(?:my|the)\s+(?:phone|keyboard|laptop|screen|keys))"
     # (never walking into a door frame: a stumble, not a walk)
     r"(?!\s+into\s+(?:the\s+|a\s+)?(?:door|doors|door\s+frames?|walls?|things|furniture))|"
     r"stroll(?:ed)?|hik(?:e|ed|ing)|went\s+for\s+a\s+walk|(?<=dog\s)walk(?:ing)?(?=\s+(?:\d|for|of|this|today|round|around|in))|"
     r"took\s+the\s+dogs?\s+out|"
     r"ambulat(?:ed|ing|e)|"
     r"push(?:ed|ing)\s+the\s+(?:pram|buggy|stroller|pushchair)|"
     r"trek(?:ked|king|s)?|waka|"
     r"\d[\d,.]*k?\s+steps"),
    ("stretching", r"stretch(?:ed|es|ing)?"),
    ("swim", r"swim(?:ming|s)?|swam|(?:the\s+)?pool|aqua\s*(?:fit|aerobics|robics)|\d+\s+lengths|"
     r"(?:back|breast)stroke|\d+\s+laps\s+of\s+(?:the\s+pool|front\s+crawl|freestyle)|"
     r"water\s+aerobics|(?:went\s+for|had|a\s+quick|quick)\s+(?:a\s+)?dip\b|ocean\s+baths|sea\s+swim"),
    ("yoga", r"yoga"),
    ("exercise", r"exercis(?:e|es|ed|ing)|gym|work(?:ed|ing)?\s*out|workout|weights|"
     r"snowsho\w+|surf(?:ed|ing)|ski(?:ed|ing)|kayak\w*|paddle\s*board\w*|"
     r"lift(?:ed|ing)\s+weights|cycl(?:ed|ing)|bike\s+ride|biked|exercise\s+bike|spin\s+class|"
     r"jog(?:ged|ging)?|went\s+for\s+a\s+run|"
     # (never a feeling "running from me lower back into me foot", nor "running late")
     r"running(?!\s+(?:from|down|into|through|up|along|across|out|low|late|short)\b)|treadmill|elliptical|pilates|cardio|"
     r"(?:stationary|exercise|spin)\s+bike|cross[-\s]?trainer|rowing\s+machine|step\s+machine|"
     r"tennis|golf(?:ed|ing)?|football|badminton|cricket|netball|squash|hockey|hik(?:e|ed|ing)|"
     r"kayak(?:ed|ing)?|ski(?:ed|ing)|skat(?:ed|ing)|lawn\s+bowls|(?:played|playing|at)\s+bowls|"
     r"bowls\s+(?:club|match|game|with)|bowling|"
     # "went to bowls this arvo", "back from bowls": lawn bowls, said as Australians say it
     r"(?:went|been|gone|back\s+from|home\s+from|got\s+back\s+from)\s+(?:to\s+)?(?:the\s+)?bowls"),
    ("other", r"garden(?:ing|ed)?|(?:pulled|pulling|pull)\s+(?:up\s+)?(?:the\s+|some\s+)?weeds|"
     r"weed(?:ed|ing)\s+the\s+(?:garden|beds?)|housework|cleaning|hoover(?:ed|ing)|vacuum(?:ed|ing)|"
     r"danc(?:e|ed|ing)|tai\s+chi|mow(?:ed|ing)\s+the\s+lawns?|shovell?(?:ed|ing)(?:\s+(?:the\s+)?snow)?"),
)  # fmt: skip

MOOD_WORDS: Final[tuple[str, ...]] = (
    "low", "down", "depressed", "sad", "anxious", "worried", "stressed", "frustrated",
    "irritable", "angry", "hopeless", "fed up", "happy", "cheerful", "calm", "content",
    "optimistic", "positive", "hopeful", "lonely", "tearful", "upset", "overwhelmed",
    "miserable", "grumpy", "good", "great", "ok", "okay", "fine", "better", "worse",
    "nervous", "scared", "panicky", "emotional", "flat", "blue", "relaxed", "motivated",
)  # fmt: skip


#: Unit words of a dose as written ("milligrams", "iu", "%") → the unit stored.
UNIT_WORDS: Final[dict[str, str]] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "microgram": "mcg",
    "micrograms": "mcg", "\u00b5g": "mcg", "ug": "mcg", "g": "g", "gram": "g", "grams": "g",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "unit": "unit", "units": "unit", "iu": "unit", "%": "%",
    "percent": "%",
}  # fmt: skip
