"""Red-flag detection: symptoms that need urgent care, in many everyday phrasings.

Recall comes first: patterns are broad. False alarms are kept down only where the
text clearly says the symptom is absent ("no fever"), resolved ("the numbness is
gone") or in the past ("had a fever last month"), scoped to the clause it is in, in
the manner of NegEx (a negation trigger shortly before the match, not interrupted).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.parsing.redflags_es import (
    SPANISH_FIRST_PERSON,
    SPANISH_HEARTBURN,
    SPANISH_KIN,
    SPANISH_NEGATION,
    SPANISH_NOT_INSIDE,
    SPANISH_PATTERNS,
    SPANISH_PREFILTER,
    SPANISH_RESOLVED,
    SPANISH_TERMINATOR,
    SPANISH_TOO_MUCH,
)
from bot.parsing.suicidal_model import reads_suicidal, suicidal_score
from bot.parsing.suicidal_screen import (
    GOODBYE_TO_A_THING,
    LONG_AGO,
    WELL_NOW,
    WOKEN_AT,
    WRITERS_BY_GRAMMAR,
    about_a_story,
    medicine_named,
    prudent_planning,
    said_of_myself,
    said_safe_or_long_past,
    suicidal_anchors,
)
from bot.parsing.text import normalise, sentences, subclauses

__all__ = [
    "ALL_FLAGS",
    "OTHER_PERSON",
    "RED_FLAGS",
    "SAME_DAY_FLAGS",
    "denied_red_flags",
    "detect_red_flags",
    "flagged_words",
]

# The flags of the `backtrack parse` contract (PRODUCT.md §5).
RED_FLAGS: Final[tuple[str, ...]] = (
    "bladder_bowel",
    "saddle_numbness",
    "leg_weakness",
    "fever",
    "overdose_signs",
    "allergic_reaction",
    "suicidal",
    "gi_bleeding",
    "chest_pain",
    "stroke_signs",
)
# "See a doctor urgently (same day)" in clinical-facts.md §4 (NICE NG59 / CKS) beyond the
# contract's list: answered and recorded by the bot, left out of `backtrack parse`.
SAME_DAY_FLAGS: Final[tuple[str, ...]] = ("trauma", "cancer_history", "weight_loss")
ALL_FLAGS: Final[tuple[str, ...]] = RED_FLAGS + SAME_DAY_FLAGS

_W = r"(?:\W+\w+)"  # one more word, for "A ... B" proximity patterns
# "nearly fell", "almost had a fall": what did not happen
_NOT_NEARLY = r"(?<!nearly\s)(?<!almost\s)(?<!practically\s)"
_CANT = (
    r"(?:no\s+fit|can't|couldn't|unable\s+to|not\s+able\s+to|haven't\s+been\s+able\s+to|hard\s+to|"
    r"struggling\s+to|struggle\s+to|trouble|difficulty|problems?|can\s+barely|can\s+hardly|"
    r"could\s+barely|could\s+hardly)"
)
# An opioid, or more of a medicine than meant: what makes "can't keep my eyes open" a sign
_OPIOID_NAMES = (
    r"oxy(?!gen)\w*|opioid|morphine|oramorph|tramadol|tapentadol|nucynta|palexia|codeine|norco|perc\w*|"
    r"fentanyl|hydrocodone|dilaudid|hydromorphone|methadone|buprenorphine|co-?codamol|zapain|solpadeine"
)
_OPIOID_OR_TOO_MUCH = (
    _OPIOID_NAMES + r"|too\s+(?:much|many)|"
    r"extra|doubled?|twice\s+by\s+(?:accident|mistake)"
)
# More than meant, without naming the medicine ("took an extra patch", "doubled my dose")
_EXTRA_TAKEN = (
    r"(?:took|taken|had|used|put\s+on)\s+(?:an?\s+|\d+\s+|two\s+|a\s+couple\s+(?:of\s+)?)?extra"
    # (never "had extra shifts", "took an extra walk": a medicine, or nothing named)
    r"(?=\s*(?:$|[,.;!]|and\b|(?:one|ones|dose|doses|pills?|tablets?|tabs?|patch\w*|capsules?|caps|"
    r"spray|of\b|\d|" + _OPIOID_NAMES + r")))|"
    r"too\s+(?:much|many)\b(?!\s+(?:time|work|coffee|food|sugar))|"
    r"doubled?\s+(?:up|dosed|my)|by\s+(?:mistake|accident)|"
    # "took 4 co-codamol an hour ago on top of the morning ones"
    r"on\s+top\s+of\s+(?:the|my)\s+(?:morning|usual|other|regular|normal|earlier|last)\b"
)


_KEEP_SLEEPING = (
    r"(?:(?:keep|keeps|kept|keeping)\s+(?:on\s+)?(?:falling\s+asleep|nodding\s+off|dozing\s+off|"
    r"passing\s+out)|"
    # Blind set 117: "head keeps nodding", "drifting off every few seconds"
    r"head\s+(?:keeps?|kept)\s+(?:nodding|dropping|lolling)|(?:drifting|dropping|nodding|dozing)\s+off\s+every\s+"
    r"(?:few\s+|couple\s+of\s+)?(?:seconds|minutes))"
)


def _sleepy_beside_more(words: int) -> str:
    """Sleep that keeps coming and more taken than meant, either first, `words` apart."""
    gap = r"\W+(?:\w+\W+){0," + str(words) + "}?"
    return f"{_KEEP_SLEEPING}{gap}(?:{_EXTRA_TAKEN})|(?:{_EXTRA_TAKEN}){gap}{_KEEP_SLEEPING}"


_TOILET = r"(?:bladder|bowels?|pee|piss|wee|urine|poo|poop|stool|water|toilet\s+habits|motions?)"
# (Australian "daks", Northern English "kecks", "strides", "trackies", US "panties")
_PANTS = (
    r"(?:pants|trousers|underwear|undies|knickers|jocks|boxers|bed|jeans|shorts|nappy|diaper|"
    r"daks|dacks|kecks|keks|strides|trackies|panties|drawers|briefs|joggers|leggings)"
)
# The saddle itself: groin, genitals, perineum, inner thighs, "where I sit".
_SADDLE_CORE = (
    r"(?:groin|genitals?|genital\s+area|privat(?:e|es|s)|private\s+(?:parts?|area|bits)|down\s+there|"
    r"seat\s+area|insides?\s+of\s+(?:both\s+|my\s+|the\s+)?(?:legs|thighs)|"
    r"between\s+(?:my\s+|the\s+)?(?:legs|thighs)|inner\s+thighs?|inside\s+of\s+(?:my\s+|the\s+)?thighs?|"
    r"inner\s+legs?|saddle(?:\s+area)?|crotch|perineum|"
    r"taint|anus|back\s+passage|"
    r"vagina|vulva|labia|penis|testicles|scrotum|balls|nether\s+regions|where\s+i\s+sit|"
    r"(?:the\s+)?part\s+i\s+sit\s+on|my\s+bits|down\s+below|"
    r"(?:lady|man|girl|boy)\s+(?:bits|parts|garden)|undercarriage|intimate\s+(?:parts?|area)|"
    r"where\s+(?:you'd|youd|you\s+would|you|one\s+would)\s+sit|(?:bike|bicycle)\s+(?:seat|saddle))"
)
# The buttocks: numb there is a saddle sign, tingling alone is not (sciatica's S1
# tingling runs through one buttock to the foot).
# (whole words: "hoarse" holds "arse", "album" holds "bum")
_BUTTOCKS = (
    r"(?:\b(?:bum\b|butt\b|butt\s*cheeks?|buttocks?|bottom(?!\s+of)|backside|arse\b|sit\s+bones?))"
)
_SADDLE_AREA = r"(?:" + _SADDLE_CORE + "|" + _BUTTOCKS + ")"
_WIPING = (
    r"(?:loo\s+roll|toilet\s+(?:paper|roll|tissue)|tissue)\s+(?:\w+\s+){0,3}?"
    r"(?:feels?\s+like\s+nothing|(?:i\s+)?can't\s+feel|doesn't\s+feel\s+like\s+anything)"
)
_NUMB = (
    r"(?:numb(?:ness|nes|bess|ess)?|no\s+feeling|no\s+dey\s+feel(?:\s+anything)?|not\s+feeling\s+anything|"
    r"lost\s+(?:all\s+)?(?:the\s+)?(?:feeling|sensation)|"
    r"loss\s+of\s+(?:feeling|sensation)|can't\s+feel(?:\s+anything)?|couldn't\s+feel|"
    # "can't hardly feel my bum", "can barely feel it down there" (never "can really feel")
    r"(?:can't|couldn't)\s+(?:hardly|barely|really|properly|even|quite)\s+feel|"
    r"(?:can|could)\s+(?:hardly|barely|scarcely)\s+feel|(?:hardly|barely)\s+any\s+feeling|"
    r"no\s+sensation|reduced\s+(?:feeling|sensation)|less\s+feeling|dead\s+feeling|"
    r"(?:gone|went|fallen)\s+(?:to\s+sleep|asleep)|(?:don't|didn't)\s+feel(?=\s+(?:my|the)\b)|"
    r"(?:novocaine|novacaine)|like\s+(?:after\s+)?(?:a\s+|the\s+)?(?:dentist|dental|novocaine|"
    r"anaesthetic|anesthetic|local))"
)
_LEGS = r"(?:leg|legs|knee|knees|thigh|thighs)"
_WEE_WORDS = r"(?:pee|wee|wees|urine|bladder|toilet|loo|bathroom|potty|pants|knickers|underwear)"
_FEET = r"(?:foot|feet|toes?|ankle|ankles)"
_FACE = r"(?:throat|tongue|lips?|face|mouth|airways?|jaw|eyelids?|cheeks?)"

# weight lost without meaning to: what makes it a sign (NICE NG59 "unexplained")
_NOT_TRYING = (
    r"(?:without\s+(?:even\s+)?(?:trying|meaning\s+to|dieting)|(?:i'm\s+|i\s+am\s+)?not\s+(?:even\s+)?"
    r"(?:dieting|trying)|for\s+no\s+(?:apparent\s+)?reason|eating\s+(?:normally|the\s+same|fine|loads|"
    r"as\s+usual)|no\s+idea\s+why|don't\s+know\s+why)"
)
_CANCER = (
    r"(?:cancer|tumou?rs?|lymphoma|myeloma|leuka?emia|melanoma|metasta\w*|chemo(?:therapy)?|"
    r"oncolog\w*)"
)
_NEW_PAIN = (
    r"(?:(?:new|worse|worsening|different|getting\s+worse)\W+(?:\w+\W+){0,3}?"
    r"(?:back|spine|spinal)(?:\s+(?:pain|ache))?|"
    # said after: "this back pain is new", "my back has started hurting badly"
    r"(?:back|spine)(?:\s+(?:pain|ache))?\s+(?:is|has|'s)\s+(?:\w+\s+)?(?:new|worse|started|getting\s+worse|"
    r"worsening)\b)"
)

_NIGHT_SWEATS = (
    r"(?:night\s+sweats|(?:drenched|soaked|soaking|dripping|pouring)\s+(?:in\s+|with\s+)?"
    r"(?:sweat|sweating)\b|sweat(?:ing)?\s+through\s+(?:the\s+|my\s+)?(?:sheets|bed|pyjamas|pajamas))"
)
_WEIGHT_LOSS = (
    r"(?:(?:lost|losing|lose|dropped|dropping)\s+(?:\w+\s+){0,2}?(?:weight|pounds|lbs|kilos?|kgs?|"
    r"a\s+stone)\b|weight(?:'s|\s+is)?\s+(?:loss|dropping|falling\s+off)|clothes\s+(?:are\s+)?"
    r"(?:hanging|falling)\s+off)"
)
# More taken than meant, said without a sign ("double dosed by accident", "took too many
# tylenol"): an overdose by the labels' words, answered with their Poison Control advice.
_TOO_MUCH_TAKEN = (
    # (never "husband thinks i take too many": a habit, not a dose too many now)
    r"took\s+(?:way\s+)?too\s+(?:many|much)|"
    # "took 3 too many tylenol", "took one too many norco", "took double my dose of oxy"
    r"took\s+(?:\d+|one|two|three|four|a\s+few|a\s+couple(?:\s+of)?)\s+too\s+many\b"
    # (never "took 2 too many breaks", "took one too many photos": no medicine)
    r"(?!\s+(?:of\s+)?(?:my\s+|the\s+)?(?:photos?|pics?|pictures?|selfies?|breaks?|naps?|steps?|"
    r"shots?|risks?|chances?|calls?|turns?|shifts?|hours|sips?|bites?)\b)|"
    r"took\s+(?:a\s+)?(?:double|twice)\s+(?:my\s+|the\s+)?(?:usual\s+)?(?:dose|amount)\b|"
    # "took double my morphine by mistake", "took way more than i should of the oxy"
    r"took\s+(?:a\s+)?(?:double|twice)\s+(?:my|the)\s+(?:\w+\s+){1,3}?(?:by\s+(?:mistake|accident)|"
    r"accidentally)|took\s+(?:way\s+|far\s+|a\s+lot\s+|loads\s+)?more\s+(?:pills\s+|tablets\s+|meds\s+|"
    r"of\s+(?:my|the|them|it)\s+(?:\w+\s+)?)?than\s+"
    r"(?:i\s+)?(?:should(?:'ve|\s+have|\s+of)?|(?:i'm|i\s+was|was|am)\s+(?:meant|supposed)\s+to|prescribed)\b|"
    r"(?:taken|had)\s+(?:way\s+)?too\s+(?:many|much)\s+"
    r"(?:pills|tablets|oxy|meds|of\s+(?:my|the))|overdos(?:ed|ing|e)|\bod(?:'d|'ed|ed)\b|"
    r"doubled\s+up\s+on\s+(?:my|the)|double[-\s]?dosed"
)
# The whole supply at once: no slip of counting ("took all my pills" is the day's doses
# unless said so).
_WHOLE_SUPPLY = (
    r"(?:took|taken|swallowed|downed)\s+(?:the\s+|a\s+)?(?:whole|entire)\s+(?:bottle|pack|packet|box|strip)|"
    # ("swallowed all the tapentadol that was left in the box on purpose": its name too)
    r"(?:took|swallowed)\s+(?:all|every\s+(?:single\s+)?one\s+of)\s+(?:my|the|of\s+my)\s+(?:pills|"
    r"tablets|meds|[a-z][\w/-]+)\b(?=[^.]*\b(?:at\s+once|in\s+one\s+go|"
    r"together|all\s+at\s+the\s+same\s+time|the\s+(?:whole|entire)|left|i\s+had|on\s+purpose|"
    r"in\s+the\s+(?:box|bottle|packet|pack|strip|tub))\b)"
)
# Past bearing, said of the day medicines are kept for ("for when I can't take it no more")
_PAST_BEARING = (
    r"(?:i|it|things?)\s+(?:can'?t|cannot|can\s+no\s+longer|couldn'?t)\s+(?:take|bear|stand|"
    r"handle|cope(?:\s+with)?|do)\s+(?:it|this|life)?\s*(?:any\s*more|no\s+more|any\s+longer)|"
    r"i\s+(?:can'?t|cannot)\s+go\s+on|(?:it|things?|life)\s+(?:gets?|becomes?)\s+too\s+much|"
    r"i(?:'ve|\s+have)\s+had\s+enough|i(?:'m|\s+am)\s+ready|i\s+decide|the\s+(?:time|day)\s+comes"
)
_PATTERNS: Final[dict[str, tuple[str, ...]]] = {
    "bladder_bowel": (
        # Blind set 123: control lost told by what happens ("my pee is just dribbling out on
        # its own", "pooped a bit in my sleep"), the warning gone ("don't really feel when I
        # need to wee"), the waterworks "packed up"
        r"\b(?:pee|wee|urine|poo|stools?)\s+(?:is\s+|keeps\s+)?(?:just\s+)?(?:dribbl\w+|leak\w+|trickl\w+|com\w+|"
        r"running|pour\w+)\s+out\s+(?:\w+\s+){0,2}?(?:on\s+its\s+own|by\s+itself)",
        r"\b(?:pooped|pooed|peed|wee'd|weed|wet|soiled|shat|shit)\s+(?:myself\s+|the\s+bed\s+)?(?:a\s+bit\s+|a\s+little\s+)?"
        r"in\s+my\s+sleep\b",
        r"\b(?:don't|can't|no\s+longer)\s+(?:really\s+)?(?:feel|tell|know)\s+when\s+i\s+need\s+to\s+(?:go|wee|pee|poo)\b",
        r"\bwaterworks\s+(?:have\s+|has\s+|'ve\s+)?(?:completely\s+|totally\s+|just\s+)?(?:packed\s+up|stopped|"
        r"given\s+up|gave\s+up|shut\s+down|failed|quit)",
        # Blind set 120: a wee hard to start (NICE CKS, cauda equina: "difficulty initiating
        # micturition"), "struggling to start a wee"
        r"\b(?:struggl\w*|trouble|hard|difficult\w*|can't|cannot|couldn't|takes?\s+ages)\s+(?:to\s+|getting\s+|starting\s+)?"
        r"(?:start|get\s+going|get\s+started)?\s*(?:a\s+|the\s+|my\s+)?(?:wee|pee|stream|peeing|weeing|urinating)\b(?!\s+(?:test|sample))",
        r"\b(?:struggl\w*|trouble|hard|difficult\w*|ages|forever|can't|cannot|couldn't)\W+(?:\w+\W+){0,3}?(?:get|getting)\s+"
        r"(?:a\s+|the\s+|my\s+)?(?:wee|pee|stream|flow)\s+(?:started|going)\b",
        # Blind set 117: control or the warning lost, said plainly ("I not control the
        # urine", "the feeling of needing a wee just isn't there")
        # (a "can't control" is _CANT's, below)
        r"\b(?:i|i'm|im)\s+(?:not|no|don't)\s+(?:able\s+to\s+)?control\s+(?:the\s+|my\s+)?(?:urine|pee|wee|bladder|bowels?|stools?|poo)\b",
        r"\b(?:the\s+)?(?:feeling|sensation|urge)\s+(?:of\s+|to\s+|that\s+i\s+)?(?:needing\s+|need\s+)?(?:a\s+|to\s+)?"
        r"(?:wee|pee|poo|go)\b"
        r"[^.;]{0,20}?\b(?:isn'?t|is\s+not|not)\s+there\b",
        r"\bno\s+idea\s+when\s+i\s+(?:need|have)\s+to\s+(?:go\s+to\s+the\s+(?:loo|toilet|bathroom)|pee|wee|poo)\b",
        # "only knew I needed to pee when it was already coming out": the warning lost
        r"\b(?:only|didn't|did\s+not|never)\s+(?:knew|know|realised|realized|noticed|felt)\s+i\s+(?:needed|had)\s+to\s+"
        r"(?:pee|wee|go|poo)\b[^.;]{0,20}?\b(?:when|until|till)\b[^.;]{0,30}?\b(?:coming\s+out|too\s+late|already|wet)",
        # Blind set 45: control or feeling lost, said plainly
        r"(?:find|found|finding)\s+(?:\w+\s+){0,3}?(?:undies|underwear|knickers|pants|trousers|sheets)\s+(?:are\s+|were\s+)?"
        r"(?:wet|soaked|soiled|dirty)|(?:poo|poop|mess)\s+in\s+my\s+(?:underwear|undies|knickers|pants)",
        r"(?:don't|dont|can't|cannot|no\s+longer)\s+(?:get|feel|tell|know)\s+(?:the\s+feeling\s+|when\s+)?(?:i\s+)?"
        r"(?:need\s+to\s+go|need\s+(?:a\s+)?(?:wee|pee|poo|number\s+(?:one|two)))",
        r"made\s+a\s+mess\s+(?:\w+\s+){0,3}?without\s+(?:noticing|knowing|feeling)",
        # "my bladder just lets go whenever it wants", "bowels opened in bed overnight"
        r"(?:bowels?|bladder)\s+(?:just\s+|has\s+|have\s+|keeps?\s+)?(?:opened|opens|emptied|empties|let\s+go|lets\s+go|"
        r"letting\s+go|gave\s+way|gives\s+way|went|goes)\s+(?:\w+\s+){0,3}?(?:in\s+(?:bed|my\s+sleep|the\s+night)|"
        r"whenever|on\s+(?:its|their)\s+own|by\s+itself|without|overnight|and\s+i\s+(?:had|have)\s+no\s+idea)",
        # "passing stool without control", "latrine is coming out without my knowing"
        r"(?:stools?|poo|motions?|latrine|urine|pee|wee|toilet)\s+(?:\w+\s+){0,3}?(?:without\s+(?:my\s+|any\s+)?"
        r"(?:control|knowing|knowledge|noticing|feeling\s+it)|no\s+control)",
        # no urge, then too late: control lost without warning
        r"(?:don't|didn't|never|no\s+longer)\s+(?:get|feel|have)\s+(?:the\s+|an?\s+|any\s+)?urge\b"
        r"[^.;]{0,40}?\b(?:too\s+late|accidents?|wet\s+(?:myself|the\s+bed)|soiled)",
        # retention: bursting, and nothing comes ("went to the toilet and nothing came out
        # even though I'm bursting"); never the bowels of a constipating opioid alone
        r"nothing\s+(?:came|comes|would\s+come|will\s+come)(?:\s+out)?\b[^.;]{0,40}?\b(?:bursting|"
        r"desperate\s+(?:for\s+a\s+)?(?:wee|pee)|bladder\s+(?:is\s+|feels\s+)?full)",
        r"(?:bursting|bladder\s+(?:is\s+|feels\s+)?full)\b[^.;]{0,40}?\bnothing\s+(?:came|comes|would\s+come)",
        r"(?:motions?|stools?|poo|potty|urine|pee|wee)\s+(?:is\s+|are\s+)?(?:coming|comes|came|passing|passes|going)\s+"
        r"(?:out\s+)?(?:by\s+itself\s+)?without\s+(?:any\s+|my\s+)?(?:control|knowing|knowledge|feeling|warning)",
        r"(?:press|push)\s+on\s+my\s+(?:belly|tummy|stomach|bladder)\s+to\s+(?:get\s+(?:any\s+)?)?(?:pee|wee|urine)",
        r"(?:haven't|have\s+not|not)\s+(?:been\s+able\s+to|managed\s+to)\s+(?:pee|wee|urinate)\s+since",
        r"(?:sit|sat)\s+and\s+try\w*\s+but\s+nothing\s+(?:comes|came)",
        # Blind set 109: retention told by its absence ("not needed a wee all day", "I've not
        # had a wee since this morning"), by the urge with only a dribble, or by a bladder
        # tight with nothing coming (never the bowels of a constipating opioid alone)
        r"(?:haven't|have\s+not|hasn't|not)\s+(?:needed|had|done|passed)\s+(?:a\s+|to\s+)?(?:pee|wee|piss|"
        r"urine|water)\s+(?:since|all\s+day|for\s+(?:\w+\s+)?(?:hours|hrs|a\s+day))",
        r"(?:need(?:ing)?\s+to\s+go|need\s+(?:a\s+)?(?:wee|pee)|urge\s+to\s+(?:go|wee|pee))\b[^.;]{0,60}?\b"
        r"(?:only|just)\s+(?:a\s+)?(?:wee\s+|little\s+|tiny\s+|weak\s+)?(?:trickle|dribble|few\s+drops)",
        r"bladder\s+(?:feels?\s+|is\s+|'s\s+)?(?:so\s+|really\s+|rock\s+)?(?:tight|hard|full|swollen|distended|"
        r"bursting)\b(?=[^.]*\b(?:nothing|can't|cannot|won't|barely|hardly|strain\w*)\b)|"
        r"\b(?:nothing|strain\w*)\b[^.]{0,60}?\bbladder\s+(?:feels?\s+|is\s+|'s\s+)?(?:so\s+|really\s+)?"
        r"(?:tight|hard|full|swollen|distended|bursting)\b",
        # retention felt as no need at all: "haven't had any urge to pee since this morning"
        r"(?:no|not\s+(?:had|felt)\s+(?:any|the)|(?:haven't|hasn't|didn't|don't)\s+(?:had|have|feel|felt|get|got)\s+"
        r"(?:any|the|an?)|lost\s+the|zero)\s+(?:\w+\s+)?(?:urge|need|feeling|sensation)\s+to\s+"
        r"(?:pee|wee|urinate|pass\s+(?:urine|water)|go\s+(?:to\s+the\s+(?:toilet|loo|bathroom)|for\s+a\s+(?:pee|wee)))",
        _CANT + r"\s+(?:\w+\s+)?(?:control(?:ling)?|hold(?:ing)?(?:\s+in)?|stop(?:ping)?|"
        r"keep(?:ing)?\s+in)\s+(?:my\s+|the\s+|in\s+my\s+)?" + _TOILET,
        r"(?:lost|losing|loss\s+of|lose|no|zero|lack\s+of|less|poor)\s+(?:\w+\s+)?control\s+"
        r"(?:of|over|with)\s+(?:my\s+|the\s+)?(?:bladder|bowels?|pee|urine|toilet|poo|poop|wee)",
        r"(?:bladder|bowel)\s+control\s+(?:is\s+|has\s+)?(?:completely\s+|totally\s+|all\s+|just\s+)?"
        r"(?:gone|going|bad|poor|lost|worse)|"
        r"(?:lost|losing|no|zero)\s+(?:my\s+|all\s+)?(?:bladder|bowel)\s+control",
        r"(?:bladder|bowels?)(?:'s)?\s+(?:is\s+|are\s+|has\s+|have\s+|keeps?\s+|just\s+)?"
        r"(?:gone|went|going|failing|failed|not\s+working|stopped\s+working|gave\s+(?:way|out)|"
        r"giving\s+(?:way|out)|let\s+(?:me\s+)?(?:go|down)|leaking|leaks|accidents?|problems?|"
        r"issues?|trouble|weak)",
        _NOT_NEARLY
        + r"(?:wet|wetting|peed|peeing|wee'd|weeing|pissed|pissing|soiled|soiling|pooed|"
        r"pooped|pooping|"
        r"messed|shat|shit|dirtied)\s+(?:my\s*self|myself|my\s+" + _PANTS + r"|the\s+bed)",
        # "weed" alone is also cannabis ("smoked some weed myself"): only with a speaker
        r"\bi(?:'ve|'d|\s+have|\s+had|\s+just|\s+nearly|\s+almost|\s+actually)?\s+weed\s+"
        r"(?:my\s*self|myself|my\s+" + _PANTS + r"|the\s+bed)",
        r"incontinen\w*|(?:urinary|urine|bowel|faecal|fecal)\s+(?:incontinence|retention|"
        r"leakage|accidents?)",
        _CANT + r"\s+(?:\w+\s+)?(?:pee|peeing|wee|weeing|urinate|urinating|piss|"
        r"pass(?:ing)?\s+(?:urine|water)|empty(?:ing)?\s+my\s+bladder|go\s+for\s+a\s+(?:pee|wee))\b",
        # "not peed since yesterday arvo, feel like i need to but can't"
        r"\bnot\s+(?:peed|urinated|weed|had\s+a\s+(?:pee|wee))\s+since\b[^.;]*\b(?:can't|cannot|won't|nothing)\b",
        r"(?:stopped\s+being\s+able\s+to|can't|cannot|no\s+longer|don't)\s+feel\s+(?:when|if)\s+"
        r"(?:i'm|i\s+am|my\s+bladder\s+is|my\s+bladder's)\s+full",
        r"(?:no\s+idea|didn't\s+(?:know|realise|realize|notice|feel))\s+(?:that\s+)?i'?d\s+(?:gone|wet\s+myself|"
        r"peed|weed|soiled\s+myself)",
        r"haven't\s+(?:peed|urinated|weed|been\s+able\s+to\s+pee|had\s+a\s+(?:pee|wee))\s+"
        r"(?:since|all\s+day|for|in)",
        r"(?:accidents?|leak(?:ed|ing|s)?)\s+(?:in|with|into|on)\s+(?:my|the)\s+" + _PANTS,
        r"(?:my\s+)?"
        + _PANTS
        + r"\s+(?:\w+\s+)?(?:soaked|wet|soaking|damp)\b(?=.*\b(?:never|didn't|"
        r"don't|without)\s+(?:even\s+)?(?:felt|feel|feeling|notic\w*|know|knew|realis\w*|realiz\w*))|"
        r"(?:found|woke\s+up\s+in|noticed)\s+(?:my\s+)?"
        + _PANTS
        + r"\s+(?:\w+\s+)?(?:soaked|wet|soaking)",
        r"(?:woke\s+(?:up\s+)?in|found\s+myself\s+in)\s+(?:a\s+)?(?:wet|soaked|soggy|damp)\s+(?:"
        + _PANTS
        + r"|sheets)\b",
        r"leak(?:ing|ed|s)?\s+(?:urine|pee|wee|stool|poo|poop|when\s+i)",
        # Retention said gently: "needing to pass water, but it will hardly come, just a wee
        # trickle", "I don't feel I have emptied" (Sandbox, Edinburgh)
        r"(?:pass\s+(?:water|urine)|pee|wee|urinate|go\s+to\s+the\s+(?:toilet|loo))\b[^.;]{0,60}?"
        r"\b(?:(?:will|would|does|did)(?:n't|\s+not)?\s+(?:hardly|barely|scarcely|only)\s+come|"
        r"(?:hardly|barely|scarcely)\s+(?:comes?|came|coming|any(?:thing)?)|(?:only|just)\s+(?:a\s+)?"
        r"(?:wee\s+|little\s+|tiny\s+|weak\s+)?(?:trickle|dribble))",
        r"(?:don't|dinnae|do\s+not|never|can't|cannae|cannot|not)\s+(?:feel\s+(?:like\s+|as\s+if\s+)?"
        r"(?:i(?:'ve|\s+have)\s+|it's\s+|my\s+bladder\s+(?:is\s+|has\s+)?)?)?(?:fully\s+|properly\s+|"
        r"completely\s+)?empt(?:y|ied)(?:\s+my\s+bladder)?\b(?=.*\b(?:pee|wee|water|bladder|urine|toilet|"
        r"loo)\b)|\b(?:pee|wee|water|urine)\b[^.;]{0,60}?\b(?:don't|dinnae|do\s+not|never|can't|"
        r"cannae|cannot|not)\s+feel\s+(?:like\s+|as\s+if\s+)?i(?:'ve|\s+have)\s+(?:fully\s+|properly\s+)?"
        r"emptied",
        # "can't get a single drop of wee out since lunch": urine held (retention)
        _CANT + r"\s+(?:get|squeeze|force|push)\s+(?:a\s+(?:single\s+)?drop|any|anything|much)\s+"
        r"(?:of\s+)?(?:wee|pee|urine)?\s*out\b",
        r"(?:nothing|not\s+a\s+drop)\s+(?:will|would|wants?\s+to|is)\s+(?:come|coming)\s+out"
        r"(?=.*\b(?:bladder|pee|wee|urine|down\s+low|low\s+down|lower\s+(?:tummy|belly|abdomen|stomach))\b)",
        # Wetting or soiling oneself unawares: "had no idea I was peeing", "had an accident
        # without even noticing".
        r"(?:no\s+idea|without\s+(?:even\s+)?(?:noticing|realising|realizing|knowing|feeling))\s+"
        r"(?:that\s+)?i\s+(?:was|had|'d)\s+(?:peeing|weeing|wetting|peed|wet|pooing|pooed|soiled)",
        r"(?:had|have\s+had)\s+an?\s+accident\s+(?:\w+\s+){0,3}?(?:without|and\s+didn't|and\s+never)\s+"
        r"(?:even\s+)?(?:notic\w*|realis\w*|realiz\w*|feel\w*|felt|know\w*|knew)",
        r"(?:didn't|don't|couldn't|can't)\s+(?:even\s+)?(?:notice|feel|realise|realize|know|tell)\s+"
        r"(?:that\s+|when\s+|if\s+)?(?:i\s+)?(?:was\s+|had\s+|need(?:ed)?\s+(?:to\s+|a\s+)?|"
        r"have\s+to\s+|have\s+a\s+|am\s+)?"
        r"(?:peeing|pee|peed|wee|weeing|wetting|pooing|pooping|urinating|go\b|going\b|"
        r"the\s+(?:toilet|loo|bathroom)(?!\s+(?:paper|seat|roll|tissue)))",
        r"(?:no\s+urge|can't\s+tell\s+when)\s+(?:to\s+)?(?:pee|wee|go|urinate|poo)",
        # "since last night I am not getting urge to pass urine"
        r"(?:not\s+getting|don't\s+get|not\s+feeling|lost\s+(?:the|my))\s+(?:any\s+|the\s+)?urge\s+to\s+"
        r"(?:pass\s+(?:urine|water|stools?|motion)|pee|wee|urinate)",
        r"bladder\s+(?:won't|doesn't|can't|isn't|not|will\s+not)\s+empty(?:ing)?|"
        r"dribbl(?:e|es|ing)\s+(?:urine|pee|wee)",
        # "urine is not coming properly, I am trying but nothing"
        r"(?:urine|pee|wee|water)\s+(?:is\s+|isn't\s+|won't\s+|doesn't\s+|does\s+not\s+|will\s+not\s+)?"
        r"(?:not\s+)?(?:coming|come|flowing|passing)\s*(?:out\s*)?(?:properly|at\s+all|well)?"
        r"(?=\W+(?:\w+\W+){0,8}?(?:trying|nothing|since|properly|at\s+all))|"
        r"(?:try(?:ing)?\s+to\s+(?:pee|wee|urinate)|trying)\s+but\s+nothing\s+(?:comes|came|is\s+coming)?",
        r"(?:urine|pee|wee|water)\s+(?:no\s+dey|no\s+go|never|no\s+wan|won't|refuses?\s+to)\s+"
        r"(?:\w+\s+)?(?:come|coming|pass|flow|commot)",
        r"(?:haven't|hasn't|not|no)\s+(?:passed|pass(?:ing)?)\s+(?:any\s+)?(?:urine|water)",
        # an accident said beside the toilet: "need a wee … had an accident"
        _WEE_WORDS + r"\W+(?:\w+\W+){0,10}?(?:had|having|have\s+had|'ve\s+had|keep\s+having)\s+"
        r"(?:an?\s+|some\s+)?(?:little\s+|few\s+)?accidents?\b",
        r"(?:had|having|'ve\s+had)\s+(?:an?\s+)?accidents?\s+(?:\w+\s+){0,4}?(?:wee|pee|toilet|loo|"
        r"bathroom|pants|bed|knickers|underwear)",
        # Blind set 91: the bowels let go said with a pause; a bladder that will not work
        # ("I have to press on my tummy to go"); "no puedo orinar"; woken wet, not felt
        r"bowels?\s+(?:just\W+)?(?:let\s+go|gave\s+way|went)\b(?!\s+(?:back|normal))",
        r"bladder\s+(?:isn't|is\s+not|isnt|has\s+stopped|stopped|won't\s+start|not)\s+working|"
        r"(?:have|had)\s+to\s+(?:press|push)\s+on\s+my\s+(?:tummy|belly|stomach|bladder)\s+to\s+(?:go|pee|wee)",
        r"no\s+puedo\s+orinar",
        # hesitancy and straining, new (cauda equina's "difficulty initiating micturition"):
        # "took forever to start peein", "hard to get the pee started", "had to strain to pee"
        r"(?:took|takes|taking|take)\s+(?:forever|ages|a\s+(?:long\s+)?(?:time|while)|so\s+long)\s+to\s+"
        r"(?:start\s+|get\s+(?:it\s+)?(?:going|started)\s+)?(?:to\s+)?(?:pee|wee|urinat)\w*",
        r"(?:hard|difficult|trouble|struggl\w*|problems?|can'?t|cannot|couldn'?t)\s+(?:\w+\s+){0,2}?"
        r"(?:get(?:ting)?\s+(?:the\s+|my\s+)?(?:pee|wee|urine|stream|flow)\s+(?:started|going)|"
        r"start(?:ing)?\s+(?:to\s+)?(?:pee|wee|urinat)\w*)",
        r"(?:had|have|having|needed|need)\s+to\s+(?:strain|push|force)\s+(?:\w+\s+){0,2}?to\s+(?:pee|wee|urinate)\b|"
        r"\bstrain(?:ing)?\s+to\s+(?:pee|wee|urinate|void)\b",
        # a nurse's words: "straining to void, PVR feels high, not emptying fully",
        # "urinary retention" (Sandbox, Chicago: "Good to hear" to new retention)
        r"\b(?:urinary\s+retention|retaining\s+(?:urine|water)|retention\s+of\s+urine|"
        r"(?:not|isn'?t|aren'?t)\s+emptying\s+(?:my\s+bladder\s+)?(?:fully|completely|properly)|"
        r"incomplete\s+(?:bladder\s+)?emptying|pvr\s+(?:feels\s+|is\s+|seems\s+)?(?:high|up|large))\b",
        r"(?:woke(?:\s+up)?|waking\s+up)\s+(?:all\s+)?wet\b.*\b(?:didn't|did\s+not|never)\s+(?:even\s+)?feel",
    ),
    "saddle_numbness": (
        # Blind set 123: nothing felt there ("nothing at all in my groin and both bum
        # cheeks", "I feel nothing in the zone between my legs when I sit")
        # (never "nothing in the groin area": no complaint there)
        r"\b(?:(?:feel|felt|feeling)\s+nothing|nothing\s+at\s+all)\s+(?:in|on|around|across)\s+(?:the\s+(?:zone|area|part|bit)\s+)?"
        r"(?:my\s+|the\s+)?(?:groin|bum|buttocks?|bottom|backside|privates?|private\s+parts|genitals|perineum|"
        r"between\s+(?:my\s+)?legs|inner\s+thighs)",
        # Blind set 117: "when I wipe after the toilet I can't feel the paper"
        r"\bwip\w*\b[^.;]{0,40}?\b(?:can't|cannot|couldn't|don't|didn't)\s+(?:really\s+|even\s+)?feel\s+(?:the\s+)?(?:paper|tissue|loo\s+roll|it|anything)\b",
        # "toilet seat feels weird, like I can't feel it under me"; "I don't feel anything in
        # the genital area since this morning"
        r"(?:loo|toilet)\s+seat\b[^.;]{0,40}?\b(?:can't|cannot|couldn't|don't|do\s+not)\s+(?:really\s+)?feel\s+"
        r"(?:it|anything|a\s+thing)\b",
        r"(?:can't|cannot|couldn't|don't|do\s+not|didn't)\s+feel\s+(?:anything|a\s+thing|much|nothing)\s+"
        r"(?:in|around|on|at)\s+(?:the\s+|my\s+)?(?:genital|private|groin|crotch|saddle|perineal)\w*(?:\s+(?:area|region|parts|bits))?",
        # "wiping after the toilet feels like wiping someone else"
        r"wip\w*\s+(?:\w+\s+){0,4}?(?:feels?|felt)\s+like\s+(?:i'm\s+)?(?:wiping\s+)?(?:someone|somebody)\s+else",
        # "can't really feel the loo seat when i sit down": no feeling where one sits
        r"(?:can't|cannot|couldn't)\s+(?:really\s+|properly\s+|even\s+)?feel\s+(?:the\s+)?(?:loo|toilet|chair|"
        r"car|bike|bicycle)\s+seat",
        # Blind set 45: no feeling where one sits, found out in daily life
        r"(?:can't|couldn't|cannot|could\s+not)\s+feel\s+(?:\w+\s+){0,4}?(?:on\s+)?my\s+(?:bum|bottom|butt|backside|"
        r"bum\s+cheeks|buttocks|inner\s+thighs)|(?:bum|bottom|butt)\s+(?:cheeks\s+)?(?:\w+\s+){0,6}?(?:couldn't|can't)\s+feel",
        r"(?:inner\s+thighs|bum|bottom|groin|between\s+my\s+legs|"
        + _SADDLE_CORE
        + r")\s+(?:\w+\s+){0,4}?"
        r"(?:feel|feels|felt)\s+like\s+"
        r"(?:[\w']+\s+){0,4}?(?:dentist|anaesthetic|anesthetic|injection|novocaine)",
        r"nothing\s+between\s+(?:them|my\s+legs)|when\s+i\s+wipe\s+i\s+(?:feel|felt)\s+nothing",
        # "feels like I've had a dental injection but in me arse"
        r"(?:feel|feels|felt)\s+like\s+(?:[\w']+\s+){0,5}?(?:dental|dentist's|dentist|anaesthetic|"
        r"anesthetic|novocaine)\s+(?:\w+\s+){0,4}?(?:in|on|round|around)\s+(?:my\s+|me\s+|the\s+)?"
        + _SADDLE_AREA,
        # "the feeling in my groin has completely gone" (never "… gone back to normal")
        r"(?:feeling|sensation)\s+(?:in|around|down|of)\s+(?:my\s+|the\s+)?"
        + _SADDLE_AREA
        + r"\s+(?:\w+\s+){0,2}?(?:has\s+|have\s+|is\s+)?"
        r"(?:completely\s+|totally\s+|all\s+|just\s+)?"
        r"(?:gone|went|disappeared|vanished)\b(?!\s+(?:back|away\s+again))",
        _NUMB + _W + r"{0,6}?\W+" + _SADDLE_AREA,
        # the numbness of a leg spread to where one sits: "the numbness from my leg has
        # moved into my groin and bum"
        _NUMB
        + _W
        + r"{0,5}?\s+(?:moved|spread\w*|gone|going|travel\w*|creep\w*|crept|reach\w*|got)\s+"
        r"(?:up\s+|down\s+|round\s+|over\s+)?(?:into|to|in)\s+(?:my\s+|the\s+)?" + _SADDLE_AREA,
        # (never "down there fine, no numbness")
        _SADDLE_AREA
        + _W
        + r"{0,8}?\W+(?<!\bno\s)(?<!\bany\s)(?:is\s+|are\s+|feels?\s+|feeling\s+|went\s+|gone\s+|"
        r"going\s+|has\s+gone\s+|have\s+|has\s+)?(?:numb|dead|no\s+feeling|no\s+sensation|"
        r"lost\s+(?:all\s+)?(?:feeling|sensation)|tingly\s+and\s+numb|novocaine|novacaine|"
        r"(?:have\s+|has\s+)?(?:gone|went|fallen)\s+(?:to\s+sleep|asleep))",
        r"(?:can't|couldn't|don't|didn't)\s+feel\s+(?:\w+\s+){0,3}?(?:when|while)\s+i\s+"
        r"(?:wipe|pee|sit|go\s+to\s+the\s+toilet)",
        r"numb\w*\s+(?:when|while)\s+(?:i\s+)?(?:wipe|wiping)",
        # "it's numb when I sit on the loo"
        r"numb\w*\s+(?:when|while|whenever)\s+i\s+(?:sit|sat)\s+on\s+the\s+(?:loo|toilet|lav|bog)",
        r"wiping\s+(?:feels?|is)\s+(?:numb|strange|weird|different|odd|like)",
        r"(?:when|while)\s+i\s+wipe\W+(?:\w+\W+){0,3}?(?:feels?|felt|it's|is)\s+(?:like|weird|strange|odd|numb|"
        r"different|wrong)",
        r"saddle\s+(?:numbness|anaesthesia|anesthesia|area)",
        _WIPING,
        r"like\s+my\s+(?:bum|bottom|butt|backside)\s+(?:isn't|is\s+not|wasn't|was\s+not)\s+(?:there|mine)",
        # "like it's someone else's bum": the feeling gone, in a comparison
        r"like\s+(?:it's\s+|it\s+is\s+|it\s+was\s+)?(?:someone|somebody)\s+else's\s+(?:bum|bottom|butt|"
        r"backside|arse|ass)",
        # "when i sit on the toilet seat i cant feel it under me"
        r"(?:sit|sat|sitting)\s+(?:down\s+)?on\s+(?:the\s+|a\s+|my\s+)?(?:toilet|loo|bog|chair|seat)\b"
        r"[^.;]{0,25}?\b(?:can't|cannot|couldn't)\s+feel\s+(?:it|anything|a\s+thing)\s+(?:under|beneath)\s+me",
        # Saddle paraesthesia is a sign too (clinical-facts.md §4, NICE CKS); never the
        # buttock alone, where sciatica's tingling is common.
        r"(?:pins\s+and\s+needles|tingl\w*)\s+(?:\w+\s+){0,4}?(?:groin|genitals?|privates?|"
        r"down\s+there|between\s+my\s+legs|crotch|perineum|back\s+passage|saddle|my\s+bits)",
        # Blind set 91: "no feeling between my cheeks", "like sitting on air"
        r"no\s+feeling\s+(?:between|in)\s+(?:my\s+)?(?:bum\s+|butt\s+)?cheeks",
        r"sitting\s+(?:feels\s+)?like\s+(?:i'm\s+)?sitting\s+on\s+(?:air|nothing|a\s+cloud)",
    ),
    "leg_weakness": (
        # Blind set 123: no power said plainly, a leg dragged, legs that won't hold the
        # writer, a leg that can't be lifted in ("left leg is not having power, I am
        # dragging it", "they just wont hold me", "can't really lift it into the car")
        r"\b(?:leg|legs|foot|knee)\s+(?:is\s+|are\s+)?(?:not\s+having|has\s+no|have\s+no|got\s+no|lost\s+(?:its\s+|all\s+)?)"
        r"(?:any\s+)?(?:power|strength)\b",
        r"\b(?:leg|legs)\b[^.;]{0,60}?\b(?:dragging|drag)\s+(?:it|them)\s+(?:while|when|as)\s+(?:i\s+)?walk",
        r"\b(?:legs?|knees?)\b(?:[^.]{0,120}?\b(?:they|it))?\s+(?:just\s+)?(?:won't|wont|will\s+not|don't|can't|"
        r"couldn't|wouldn't)\s+hold\s+me\b(?!\s+back)",
        r"\bleg(?:'s|\s+is)\s+(?:a\s+bit\s+|kind\s+of\s+|so\s+|completely\s+)?useless\b[^.]{0,40}?\bcan't\s+"
        r"(?:really\s+)?(?:lift|get)\s+it\s+(?:into|in|onto|up)",
        # Blind set 117: a leg that will not obey, knees folding under, legs with "no push in them"
        r"\b(?:knees?|legs?)\s+(?:\w+\s+)?(?:fold|folds|folded|folding|buckl\w*|gives?\s+way|gave\s+way)\s+(?:under|beneath)\s+me\b",
        r"\blegs?\s+(?:is|are|isn't|aren't)\s+(?:not\s+)?(?:obeying|listening\s+to)\s+me\b|\blegs?\s+(?:won't|don't|doesn't|wouldn't)\s+(?:obey|listen\s+to)\s+me\b",
        r"\blegs?\s+(?:\w+\s+){0,3}?(?:no|zero)\s+(?:push|power|oomph|drive)\s+(?:left\s+)?in\s+(?:them|it)\b",
        # "my left foot just won't push up anymore" (the tiptoe test), "can't push off"
        r"\b(?:foot|feet|toes?|leg|calf)\s+(?:\w+\s+){0,2}?(?:won't|can't|cannot|couldn't|will\s+not|"
        r"doesn't|didn't)\s+push\s+(?:me\s+)?(?:up|off)\b",
        # Tagalog: "mahina yung left foot ko" (my left foot is weak), "hindi siya makalakad ng
        # maayos" beside a numb foot (he can't walk properly) — Sandbox, Manila
        r"\bmahina\s+(?:na\s+)?(?:yung|ang)\s+(?:(?:left|right|kaliwang|kanang)\s+)?(?:foot|leg|legs|paa|binti)\b",
        r"\b(?:namamanhid|manhid)\b[^.;]{0,60}?\b(?:hindi|di)\s+(?:na\s+)?(?:siya|ako)?\s*makalakad\b|"
        r"\b(?:hindi|di)\s+(?:na\s+)?(?:siya|ako)?\s*makalakad\b[^.;]{0,60}?\b(?:namamanhid|manhid)\b",
        # Blind set 113: strength going ("my legs just don't have the strength they had even
        # last week"), legs that "wouldn't do it" getting up
        _LEGS
        + r"\s+(?:just\s+)?(?:don't|do\s+not|haven't\s+got|have\s+no|lost\s+(?:their|all|the))\s+"
        r"(?:have\s+)?"
        r"(?:the\s+|any\s+)?(?:strength|power)\b"
        r"(?=[^.]*\b(?:last\s+week|any\s*more|used\s+to|they\s+had|before|new|getting\s+worse|worse|"
        r"weaker)\b)",
        _LEGS
        + r"\s+(?:just\s+)?(?:wouldn't|won't|would\s+not)\s+(?:do\s+it|work|cooperate|obey|go)\b"
        r"(?=[^.]*\b(?:new|chair|stand|get\s+up|stairs?|steps?|worse)\b)",
        # "can't push the pedal with my right foot anymore, it's got weaker since the
        # weekend", "my leg is not having strength, every day more weak"
        r"(?:foot|feet|leg|legs)\b[^.;]{0,60}?\b(?:got|getting|gone|going|grown|becoming)\s+weaker\b|"
        r"\b(?:every\s+day|day\s+by\s+day|each\s+day|daily)\s+(?:more|even\s+more)\s+weak\b|"
        r"\bmore\s+weak\s+(?:every|each)\s+day\b|"
        # "the front of my foot won't come up"
        r"\bfront\s+of\s+(?:it|my\s+(?:left\s+|right\s+)?foot)\s+(?:won't|doesn't|can't|will\s+not)\s+"
        r"(?:come|lift|go)\s+up\b",
        # "strength in both legs is draining away by the hour"
        r"(?:strength|power)\s+in\s+(?:both\s+|my\s+)?(?:legs?|feet|foot)\s+(?:\w+\s+){0,2}?(?:draining|going|gone|"
        r"fading|disappear\w*|giving\s+out|leaving|slipping)",
        # Blind set 45: a leg's use lost more each day, in everyday and second-language words
        r"(?:leg|legs|foot|feet|thighs?|knees?)\b[^.;]{0,50}?\b(?:fold(?:s|ing)?|not\s+obeying|won't\s+obey|"
        r"heavier\s+and\s+heavier|belong\s+to\s+someone\s+else|(?:is|isn't|is\s+not)\s+(?:mine|my\s+own)|"
        r"haul(?:ing|s)?\s+(?:it|them)|(?:just\s+)?don't\s+work|dragg?(?:ing|s)|"
        r"(?:gone|went|are|is)\s+on\s+strike|packed\s+(?:up|in))\b"
        r"(?=[^.;]{0,80}?\b(?:worse|weaker|more\s+(?:and\s+more|day\s+by\s+day|each\s+day|every\s+day|than\s+(?:last|a)\s+"
        r"week)|day\s+by\s+day|like\s+last\s+week|every\s+(?:day|morning)|(?:walker|frame|stick)|now)\b)",
        r"(?:can't|cannot|can\s+no\s+longer|can\s+hardly|can\s+barely)\s+(?:go|get|rise|stand)\s+up\s+on\s+(?:my\s+)?"
        r"(?:tip\s*-?\s*toes?|tippy\s*toes?|toes|heels?)",
        r"(?:can't|cannot|can\s+no\s+longer)\s+hop\b",
        # "fell over in the supermarket cos my right leg just went"
        r"\b(?:fell|fall(?:en|ing)?|went\s+down|hit\s+the\s+(?:floor|deck|ground))\b[^.;]{0,60}?\b(?:leg|legs|knees?)\s+"
        r"(?:just\s+|simply\s+)?(?:went|gave|gave\s+out|went\s+under\s+me)(?=\s*(?:[.,;!]|$|and\b|so\b))",
        # "could stand on my tiptoes this morning, now I can't on the right side"
        r"\b(?:stand|walk|get\s+up)\s+on\s+(?:my\s+)?(?:tip\s*-?\s*toes?|tippy\s*toes?|toes|heels?)\b[^.;]{0,40}?"
        r"\bnow\s+i\s+(?:can't|cannot)\b",
        r"(?:can't|cannot|couldn't|can\s+no\s+longer)\s+(?:get|stand)\s+(?:up\s+)?(?:from|off|out\s+of)\s+(?:a|the|my)\s+"
        r"(?:\w+\s+)?(?:chair|armchair|recliner|seat|sofa|couch|toilet|bed)\s+(?:at\s+\S+\s+)?without\s+(?:pushing|using|my\s+arms|help|a\s+hand|"
        r"someone|being\s+helped)",
        _LEGS + r"\s+(?:\w+\s+){0,2}?(?:giving\s+(?:way|out)|gave\s+(?:way|out)|give\s+(?:way|out)|"
        r"gives\s+(?:way|out)|buckl(?:ing|ed|es|e)|collaps(?:ing|ed|es)|"
        r"went\s+(?:out\s+)?from\s+under\s+me|won't\s+(?:hold|support|carry)\s+me|"
        r"can't\s+(?:hold|support|carry)\s+me|stopped\s+working|not\s+working|won't\s+work|"
        r"(?:not|aren't|isn't|wouldn't|couldn't|no\s+longer)\s+(?:supporting|holding)\s+(?:me|my\s+weight)|"
        r"don't\s+work|turned\s+to\s+jelly|"
        # "legs packing up on me", "me legs have gone to nothing", "legs won't take my weight"
        r"(?:packing|packed|packs|pack)\s+(?:up|in)\s+on\s+me|(?:gone|going|went)\s+to\s+nothing|"
        r"gone\s+(?:out\s+)?from\s+under\s+me|"
        r"(?:won't|can't|wouldn't|couldn't|don't)\s+(?:push|lift|take|bear|hold)\s+(?:me|my\s+weight)\b)",
        _FEET + r"\s+(?:\w+\s+){0,3}?(?:dragg?(?:ing|s|ed)?|drop(?:ping|s|ped)?|"
        r"slapp?(?:ing|s)|flopp?(?:ing|y|s)|catch(?:es|ing)\s+on|scuff(?:ing|s)|smack(?:s|ing)?\s+(?:the\s+)?"
        r"(?:floor|ground|pavement))\b",
        # "toes catch, getting worse", "ankle won't bend up anymore", "can't get my left foot up
        # onto the kerb" (a foot that drops)
        r"\btoes?\s+(?:keep\s+)?catch(?:es|ing)?\b(?=[^.;]*\b(?:worse|new|now|anymore|any\s+more|getting)\b)|"
        r"\bankle\s+(?:won't|doesn't|can't|will\s+not|isn't)\s+(?:\w+\s+)?(?:bend|lift|flex|go)\s+up\b|"
        # "left foot is not lifting properly, I am tripping on stairs"
        r"\b(?:foot|toes)\s+(?:is\s+|are\s+)?(?:not|isn't|aren't|won't|doesn't|don't)\s+(?:lifting|lift|coming\s+up)\b|"
        r"(?:can't|cannot|couldn't)\s+(?:get|lift|pull|bend)\s+(?:my\s+)?(?:left\s+|right\s+)?"
        r"(?:foot|toes|ankle)\s+up\b",
        # "my right leg won't do what i tell it, worse since last night"; "leg power is
        # reducing day by day"
        r"(?:leg|legs|foot)\s+(?:\w+\s+){0,2}?(?:won't|doesn't|wouldn't|will\s+not)\s+do\s+what\s+i\s+"
        r"(?:tell|want|ask)\w*\b(?=[^.;]*\b(?:worse|weaker|getting|now|anymore|day\s+by\s+day)\b)|"
        r"(?:leg|legs)\s+(?:power|strength)\s+(?:is\s+)?(?:reducing|decreasing|going|getting\s+less|weakening|"
        r"less\s+and\s+less)\b",
        r"(?:dragg?(?:ing|ed)?|drag)\s+(?:my\s+)?(?:left\s+|right\s+)?(?:foot|leg|feet|legs)",
        # "mi foot dem a get weaker every day" (Jamaican), "legs are getting weaker"
        r"(?:foot|feet|leg|legs)\s+(?:dem\s+)?(?:a\s+|is\s+|are\s+|keep\s+)?(?:get|getting|gettin|going)\s+"
        r"(?:more\s+)?weak(?:er)?\b",
        # "my legs feel wobbly, like they want to give in" (Sandbox, Johannesburg)
        _LEGS + r"\W+(?:\w+\W+){0,8}?(?:want|wants|wanted|going|gonna|about|trying)\s+to\s+give\s+"
        r"(?:in|way|out)\b",
        # "both legs feel odd and they keep buckling under me"
        _LEGS + r"\W+(?:\w+\W+){0,10}?(?:they|it)\s+(?:\w+\s+)?(?:buckl(?:ing|ed|es|e)|"
        r"giving\s+(?:way|out)|gave\s+(?:way|out)|collaps(?:ing|ed|es))\b",
        _LEGS + r"\W+(?:\w+\W+){0,8}?i\s+(?:have\s+to\s+)?drag\s+(?:it|them)\b",
        r"(?:foot|drop)[-\s]drop|drop\s+foot",
        _LEGS + r"\W+(?:\w+\W+){0,12}?(?:getting|growing|going|gone|got|become|became)\s+"
        r"(?:\w+\s+)?weaker",
        r"(?:can't|cannot|couldn't)\s+(?:push|get|lift)\s+(?:myself\s+)?up\s+(?:\w+\s+){0,5}?"
        r"(?:with|on)\s+my\s+legs",
        r"(?:bilateral\s+)?(?:ll|lower\s+limbs?|lower\s+extremit\w+|leg)\s+weakness\s+"
        r"(?:\w+\s+)?(?:progress\w*|worsen\w*|getting\s+worse|increasing)",
        r"(?:can't|couldn't|unable\s+to|not\s+able\s+to|struggling\s+to|hard\s+to)\s+"
        r"(?:really\s+|properly\s+|quite\s+|even\s+)?"
        r"(?:lift|move|raise|feel|stand\s+on|walk\s+on|flex|point|push\s+(?:up\s+)?on(?:to)?|"
        r"push\s+off\s+(?:with|on))\s+"
        r"(?:the\s+front\s+of\s+)?(?:my\s+)?(?:left\s+|right\s+)?(?:leg|legs|foot|feet|toes|ankle|"
        r"tip\s*-?\s*toes?|tippy\s*toes?|heels?|ball\s+of\s+my\s+foot)",
        r"(?:lost|losing|loss\s+of)\s+(?:the\s+)?(?:use|strength|power|control)\s+(?:of|in)\s+"
        r"(?:my\s+)?(?:left\s+|right\s+)?(?:leg|legs|foot|feet)",
        r"(?:trip(?:ping|ped)?|stumbl(?:ing|ed|e))\s+over\s+my\s+(?:own\s+)?(?:foot|feet|toes)",
        # "my left foot still numb … and i keep tripping over it"
        r"(?:foot|feet|toes)\b[^.;]{0,60}?\b(?:keep|keeps|kept)\s+(?:tripping|stumbling|catching)\s+"
        r"(?:over\s+|on\s+)?(?:it|them)\b",
        # Jamaican "mi toes nah lift up"
        r"\btoes?\s+(?:nah|nuh|won't|can't|don't|doesn't|not|no)\s+(?:lift|come|go)\s+up\b",
        r"(?:keep|keeps|kept)\s+(?:falling(?!\s+(?:asleep|off\s+to\s+sleep))|fall(?:ing)?\s+over)",
        r"(?:leg|legs|foot|feet)\s+(?:are\s+|is\s+|feels?\s+|keeps?\s+)?getting\s+weaker|"
        r"weaker\s+and\s+weaker",
        # plain "weak": checked against context below (a bit weak after the gym is normal)
        r"(?P<weak>(?:leg|legs|foot|feet|knee|knees)\s+(?:\w+\s+){0,4}?weak(?:er|ness)?\b|"
        r"weak(?:er|ness)?\s+(?:\w+\s+){0,2}?(?:in\s+)?(?:my\s+)?(?:left\s+|right\s+|both\s+)?"
        r"(?:leg|legs|foot|feet|knee|knees)\b)",
        # Blind set 91: a leg lifted by hand; weak this fast
        r"(?:have|had|need)\s+to\s+(?:lift|pick\s+up|drag|carry)\s+my\s+(?:left\s+|right\s+|bad\s+)?leg\s+"
        r"(?:\w+\s+){0,3}?with\s+my\s+hands?",
        r"(?:got|gone|become)\s+(?:this|so)\s+weak\s+in\s+(?:\d+|a\s+few|two|three)\s+(?:days|hours)",
        # "right leg's gotten so weak I have to lift it into the car with my hands"
        r"(?:leg|legs)\b[^.;]{0,40}?\b(?:have|had|need)\s+to\s+(?:lift|pick\s+up|carry|haul)\s+(?:it|them)\s+"
        r"(?:\w+\s+){0,4}?with\s+my\s+(?:hands?|arms?)",
    ),
    "fever": (
        r"fever(?:ish|s|y)?\b|(?<!a)febrile|(?<!a)pyrexi\w*|hi(?:gh)?\s+temp(?:erature)?\b",
        r"running\s+a\s+(?:high\s+|bit\s+of\s+a\s+|slight\s+)?temp(?:erature)?",
        r"(?:have|got|had|having|with|has|run(?:ning)?)\s+a\s+(?:high\s+|bit\s+of\s+a\s+|"
        r"slight\s+|little\s+)?temp(?:erature)?\b",
        r"temp(?:erature)?\s+(?:is\s+|was\s+|of\s+|at\s+|reading\s+|reads\s+|went\s+up\s+to\s+)?"
        r"(?:about\s+|around\s+|over\s+|nearly\s+)?(?:3[89]|4[01])(?:[.,]\d)?\b",
        r"temp(?:erature)?\s+(?:is\s+|was\s+|of\s+|at\s+)?(?:about\s+|around\s+|over\s+)?"
        r"10[0-5](?:\.\d)?\b",
        r"\b(?:3[89]|4[01])(?:[.,]\d)?\s*(?:°|degrees?\b|deg\b)",
        r"\b(?:3[89](?:[.,]\d)?|4[01](?:[.,]\d)?|10[0-5](?:\.\d)?)\s*(?:°\s*[cf]?\s*)?(?:temp|temperature|"
        r"fever)\b",
        r"(?:running|running\s+at|spiked\s+(?:to|at)|hit|reading|read|showed|shows|says|"
        r"thermometer\s+(?:says|said|shows|showed|reads|read))\s+(?:a\s+)?(?:about\s+|around\s+|"
        r"nearly\s+|almost\s+|over\s+)?(?:3[89](?:[.,]\d)?|4[01](?:[.,]\d)?|10[0-5](?:\.\d)?)\b"
        r"(?!\s*(?:min|mins|minutes|hours|hrs|days|steps|m\b|k\b|km|miles|mg|kg|lbs|%))",
        # ("101.5F": the Fahrenheit letter alone too)
        r"\b10[0-5](?:\.\d)?\s*(?:(?:°|degrees?\b)\s*(?:f\b|fahrenheit)?|f\b)",
        r"(?:the\s+)?chills\b|\brigors\b|shivering|shivers\b|shivery|shaking\s+with\s+cold|teeth\s+chattering",
        # the word for a fever in Tagalog and Hindi, as people write it in English texts
        r"\blagnat\b|\bbukhar\b",
        # Nigerian Pidgin: "my body dey hot well well", "I dey shiver"
        r"\bbody\s+(?:dey|de)\s+(?:\w+\s+)?hot\b|\bi\s+dey\s+shiver",
        # a bare temperature with its decimal ("101.5", "38.7") is a reading; "feeling unwell"
        # with back pain (clinical-facts.md §4) in the words people use: "got the flu"
        r"\b(?:10[0-5]\.\d|3[89]\.\d|4[01]\.\d)\b(?!\s*(?:kg|kgs|kilos?|lbs?|mg|ml|%|km|miles?|k\b|"
        r"hours?|hrs?|min))|(?:got|have|like|getting)\s+(?:the\s+|a\s+)?flu\b|flu[-\s]?like",
        r"\b(?:3[89]|4[01])(?:[.,]\d)?\s+(?:on\s+the\s+|by\s+the\s+)?thermometer",
        r"(?:i'm|i\s+am|feel(?:ing)?(?:\s+like\s+i'm)?)\s+burning\s+up|"
        # (never heat and ice as a treatment: "hot then cold showers", "hot and cold packs")
        r"hot\s+(?:and|then|&)\s+cold\b(?!\s+(?:showers?|packs?|compress\w*|therapy|water|"
        r"treatment|baths?|towels?|flannels?|gel|pads?))|"
        r"burning\s+up\W+(?:\w+\W+){0,4}?(?:shak\w*|shiver\w*|chills|freezing|sweat\w*)|"
        r"(?:shaking|shivering|freezing)\s+under\s+(?:\w+\s+)?(?:duvets?|blankets?|covers|quilts?)|"
        r"hot\s+(?:and|&)\s+shivery|hot\s+sweats|"
        r"(?:have|had|has|got|running|with)\s+(?:the\s+shakes\s+and\s+)?a\s+(?:high\s+)?temperature",
        # Drenching night sweats with weight loss: the "systemic upset" of an infection or
        # a cancer (NHS Gloucestershire low back pain pathway, after NICE NG59: "fevers,
        # chills, rigors", "unexplained weight loss"). Either alone is too common to flag.
        _NIGHT_SWEATS + r".*?" + _WEIGHT_LOSS + r"|" + _WEIGHT_LOSS + r".*?" + _NIGHT_SWEATS,
        # hot and cold in turns, however said: "roasting hot then freezing", "boiling one
        # minute, shivering the next"
        r"(?:hot|roasting|boiling|burning(?:\s+up)?|sweating)\s+(?:hot\s+)?(?:and|then|&|one\s+minute(?:\s+and)?|"
        r"one\s+min(?:ute)?\s+then)\s+(?:\w+\s+)?(?:freezing|shivering|shivery|frozen|ice\s+cold|cold\s+the\s+next)",
        # a message's own "burning up", its subject left out ("burning up and the back's
        # worse"); never heartburn "burning up my throat"
        r"(?:^|(?<=[,;:!-]\s)|(?<=\band\s)|(?<=\bbeen\s)|(?<=\bstill\s)|(?<=\bliterally\s)|(?<=\bproper\s))"
        r"burning\s+up\b(?!\s+(?:my|me|the|into|in|inside|through|from|to|and\s+down|on|with\s+(?:rage|anger|fury|"
        r"shame|embarrassment|jealousy|envy))\b)",
        # a reading said without its number: "temp up since the injection", "temp's spiking"
        r"\btemp(?:erature)?(?:'s)?\s+(?:is\s+|has\s+been\s+|was\s+|keeps\s+|went\s+|gone\s+|going\s+|been\s+)?"
        r"(?:up|raised|spik\w*|climbing|through\s+the\s+roof|sky[-\s]?high)\b(?!\s+(?:to|at)\s+(?:3[0-7]|9\d)\b)",
        # Blind set 91: hot to the touch beside sweats or chills
        r"hot\s+to\s+the\s+touch\W+(?:\w+\W+){0,6}?(?:sweat\w*|shiver\w*|chills|can't\s+get\s+warm|freezing)",
    ),
    "overdose_signs": (
        # Blind set 45: what someone else saw in the writer
        r"(?:eyes|pupils)\s+(?:\w+\s+){0,3}?(?:were|was|are|is|went|look|looked|looking)\s+(?:just\s+|like\s+|"
        r"as\s+small\s+as\s+)?(?:tiny\s+)?(?:pinpoints?|pin\s*-?\s*pricks?|pin\s*-?\s*heads?|tiny\s+dots)",
        r"(?:kept|keep|keeps)\s+stopping\s+breathing|stopp(?:ed|ing)\s+breathing\s+(?:for|in\s+my\s+sleep)",
        # "feels like i forget to breathe": breathing that slows on its own
        r"(?:forget|forgetting|forgot|forgets)\s+to\s+breathe",
        r"went\s+(?:grey|gray|blue|floppy)\s+(?:and\s+(?:floppy|grey|gray|limp)\s+)?(?:\w+\s+){0,8}?"
        r"(?:wouldn't|didn't|couldn't)\s+(?:answer|respond|wake)",
        r"(?:can't|couldn't|cannot|can\s+barely|can\s+hardly|could\s+barely|could\s+hardly|"
        # (never "i won't wake him, he needs the sleep": the writer's choice)
        r"unable\s+to|(?<!\bi\s)won't|(?<!\bi\s)wouldn't|hard\s+to|struggling\s+to|trouble|not\s+able\s+to|"
        r"impossible\s+to)\s+(?:\w+\s+)?(?:wake|waking|rouse|rousing|waken)\s+"
        r"(?:me|him|her|them|my\s+\w+|\w+\s+up|up\s+(?:me|him|her|my\s+\w+)|"
        # "can't wake Dad properly"
        r"(?:mum|mom|dad|mam|nan|gran|grandad|grandpa|grandma|\w+)\s+(?:properly|at\s+all|fully))",
        # (never "pooped a bit in my sleep and didn't wake up": slept through it)
        r"(?<!\bsleep\sand\s)(?:won't|will\s+not|isn't|not|doesn't|didn't|wouldn't)\s+(?:\w+\s+)?(?:wake|waking)"
        r"(?:\s*up\b|\b(?!\s*up\b))" + WOKEN_AT + r"|"
        # "now she don't wake up" (never "I don't wake up till 10": a habit)
        r"(?<!\bi\s)\bdon't\s+wake\s*up\b(?!\s+(?:till|until|til|before|early|at|on|in\s+time|for))|"
        # Nigerian Pidgin: "my brother no dey wake", "him breath dey slow"
        r"\bno\s+dey\s+wake\b|"
        r"unresponsive|not\s+responding|won't\s+respond|isn't\s+responding|"
        # "I couldn't be woken": what others saw in the writer
        r"(?:can't|cannot|couldn't|could\s+not|wouldn't)\s+be\s+(?:woken|wakened|awakened|roused)|"
        r"won't\s+come\s+round|(?<!nearly\s)(?<!almost\s)passed\s+out|unconscious|keeps?\s+passing\s+out|"
        r"(?:he|she|they)\s+(?:is\s+)?(?:not|no|doesn't|won't|isn't)\s+answer(?:ing)?\s+(?:me|us)|"
        r"(?:can't|couldn't|cannot)\s+get\s+(?:a\s+|any\s+)?(?:response|answer)\s+(?:out\s+of|from)|"
        # "we can't keep her awake", "can't keep him awake"
        r"(?:can't|cannot|couldn't)\s+keep\s+(?:her|him|them|me|my\s+\w+|mum|mom|dad)\s+awake|"
        r"gurgl\w*\s+(?:snor\w*|sounds?|noises?|breath\w*)|"
        r"(?:gone|went|going)\s+(?:all\s+)?floppy|"
        r"making\s+(?:\w+\s+)?(?:gurgling|snoring|choking|rattling)\s+(?:noises|sounds)|"
        r"(?:can't|cannot|couldn't)\s+get\s+(?:him|her|them|my\s+\w+)\s+to\s+(?:open\s+(?:his|her|their)\s+"
        r"eyes|wake|respond)|"
        r"(?:drifting|nodding|dozing)\s+off\W+(?:\w+\W+){0,6}?(?:can't|cannot|struggling\s+to)\s+breathe",
        r"breath(?:ing|s|e)?(?:'s)?\s+(?:is\s+|are\s+|was\s+|dey\s+|seems?\s+|sounds?\s+|feels?\s+|felt\s+|gone\s+|"
        r"has\s+gone\s+|has\s+been\s+|got\s+|went\s+|is\s+going\s+|getting\s+|goes\s+|going\s+|"
        r"looks?\s+|looked\s+|"
        # "my breathing keeps stopping", "breathing feels like it's slowing down"
        r"keeps\s+|kept\s+|keeps\s+on\s+|feels?\s+like\s+(?:it'?s\s+|its\s+)?)?"
        r"(?:very\s+|really\s+|so\s+|too\s+|extremely\s+|super\s+|weirdly\s+|real\s+|quite\s+|"
        r"pretty\s+|dead\s+|all\s+)*"
        r"(?:slow|shallow|weird|strange|funny|irregular|laboured|labored|rattly|rattling|"
        r"gurgling|stopping|stopped|faint|slowed|slowing|pausing)",
        # breaths counted far too few: "breathing like 4 times a minute"
        r"breath\w*\s+(?:\w+\s+)?(?:like\s+|about\s+|only\s+|maybe\s+)?(?:[1-8]|one|two|three|four|five|six|seven|"
        r"eight)\s+(?:times\s+|breaths\s+)?(?:a|per|every)\s+min",
        r"(?:slow|shallow|stopped|irregular|laboured|labored|gasping|gurgling|noisy)\s+breath\w*|"
        r"(?:drifting|nodding|dozing|falling)\s+(?:off|asleep)\s+(?:while|as)\s+i\s+(?:type|write|text|talk)\w*|"
        r"barely\s+breathing|not\s+breathing|stopped\s+breathing|stops\s+breathing|"
        r"hardly\s+breathing|breathing\s+has\s+slowed|"
        # breaths far apart: "only taking a breath every now and then"
        r"(?:only|barely|hardly)\s+(?:taking|getting|drawing|doing)\s+(?:a\s+|one\s+)?breaths?\s+"
        r"(?:every\s+(?:now\s+and\s+(?:then|again)|so\s+often|once\s+in\s+a\s+while|few\s+\w+)|"
        r"now\s+and\s+(?:then|again))|"
        r"breaths?\s+(?:feel|are|seem|getting|going|coming)\s+(?:really\s+|so\s+|very\s+|too\s+)?far\s+apart",
        r"(?:lips?|fingertips|fingernails|nails|face|skin)\s+(?:\w+\s+){0,4}?(?:blue|bluish|"
        r"purple|grey|gray|ashen)\b|blue\s+(?:lips|fingertips|tinge|face)|"
        r"(?:blue|grey|gray|purple)\s+(?:round|around|on|at|in)\s+(?:the\s+|my\s+|his\s+|her\s+)?lips",
        r"(?:nodding|nodded|falling|fell|dropping|dropped)\s+(?:off|asleep)\s+(?:mid[-\s]?(?:sentence|conversation|text|message|typing)|"
        r"while\s+(?:talking|eating|standing))|"
        r"pin[-\s]?point\s+pupils?|pupils?\s+(?:are\s+|look\s+|were\s+|seem\s+)?(?:like\s+)?(?:tiny|"
        r"very\s+small|really\s+small|so\s+small|pin[-\s]?points?|pin[-\s]?pricks?|like\s+pins)",
        _TOO_MUCH_TAKEN,
        _WHOLE_SUPPLY,
        r"turn(?:ing|ed|s)?\s+blue|gone\s+blue|went\s+blue|"
        r"(?:isn't|not|wasn't)\s+breathing\s+(?:properly|right|normally|well)|"
        r"(?:hard|impossible|difficult)\s+to\s+(?:wake|rouse)\b|"
        # "she had a hard time waking me", "took ages to wake me", "struggled to wake me"
        r"(?:hard|rough|tough|difficult)\s+time\s+(?:waking|rousing)\s+(?:me|him|her|them|my\s+\w+)\b|"
        r"(?:took\s+(?:ages|forever|a\s+long\s+time)|struggled|couldn't\s+hardly|battled)\s+to\s+(?:wake|rouse)\s+"
        r"(?:me|him|her|them|my\s+\w+)\b|"
        # seen by someone with them: "she battled to wake up", "he could hardly wake up
        # after the synap" (South African English; Sandbox, Johannesburg)
        r"\b(?:she|he)\s+(?:\w+\s+)?(?:battled|struggled|could\s+(?:hardly|barely)|couldn't|could\s+not|"
        r"wouldn't|would\s+not)\s+(?:to\s+)?wake\s+up\b|"
        r"gasping\s+(?:for\s+(?:air|breath)\s+)?in\s+(?:my|his|her|their)\s+sleep",
        # "i had to shake her to get her to wake up", "had to shake him awake" (Sandbox, Houston)
        r"(?:had|have|has|needed|need)\s+to\s+(?:shake|shout\s+at|slap|pinch|rub)\s+(?:me|him|her|them|my\s+\w+)"
        r"\s+(?:\w+\s+){0,3}?(?:awake|to\s+wake|wake\s+(?:up|him|her|them|me)|to\s+come\s+round|"
        r"to\s+respond)",
        # CDC's signs of an opioid overdose: "falling asleep or loss of consciousness"
        r"(?:can't|cannot|couldn't)\s+(?:(?:keep|hold)\s+(?:my|me)\s+(?:head\s+up|eyes\s+open)|stay\s+awake)\W+"
        r"(?:\w+\W+){0,8}?(?:" + _OPIOID_OR_TOO_MUCH + r")|"
        r"(?:" + _OPIOID_OR_TOO_MUCH + r")\W+(?:\w+\W+){0,10}?"
        r"(?:can't|cannot|couldn't)\s+(?:(?:keep|hold)\s+(?:my|me)\s+(?:head\s+up|eyes\s+open)|stay\s+awake)",
        # Blind set 117: barely awake after more than meant ("think I took double my Norco …
        # can barely stay awake"; an opioid's ordinary sleepiness alone is no alarm)
        r"(?:doubl\w*|too\s+(?:much|many)|extra)\W+(?:\w+\W+){0,10}?(?:can|could)\s+(?:barely|hardly)\s+"
        r"(?:stay\s+awake|keep\s+(?:my\s+)?eyes\s+open)|(?:can|could)\s+(?:barely|hardly)\s+(?:stay\s+awake|keep\s+"
        r"(?:my\s+)?eyes\s+open)\W+(?:\w+\W+){0,10}?(?:doubl\w*|too\s+(?:much|many)|extra)\b",
        # Blind set 91: snoring and not answering; nodding off as they type
        r"(?:snoring|gurgling)\W+(?:\w+\W+){0,3}?(?:won't|will\s+not|doesn't|isn't|not)\s+"
        r"(?:answer|answering|respond\w*|wake)",
        r"(?:nodded|nodding|dozed|dozing|drifted|drifting)\s+off\s+(?:while\s+)?(?:typing|texting|writing)",
        # CDC's "slow, shallow breathing or not breathing", said as trouble breathing beside
        # an opioid or more than meant: "struggling to breathe after the fentanyl"
        r"(?:can't|cannot|couldn't|can\s+(?:barely|hardly)|could\s+(?:barely|hardly)|struggling\s+to|"
        r"struggle\s+to|hard\s+to|trouble|difficulty)\s+(?:\w+\s+)?breath(?:e|ing)\b\W+(?:\w+\W+){0,10}?"
        r"(?:" + _OPIOID_OR_TOO_MUCH + r")|(?:" + _OPIOID_OR_TOO_MUCH + r")\W+(?:\w+\W+){0,10}?"
        r"(?:can't|cannot|couldn't|can\s+(?:barely|hardly)|struggling\s+to|hard\s+to)\s+(?:\w+\s+)?breathe\b",
        # Blind set (sleepiness on an opioid with a gabapentinoid): someone tried to wake the
        # writer and could not, or had to force it; no answer when called; asleep while
        # someone talks to them or mid-meal (CDC: "falling asleep or loss of consciousness",
        # "unresponsive")
        r"(?:tried|trying|tries|try)\s+(?:to\s+(?:wake|rouse)|waking|rousing)\s+(?:me|him|her|them|my\s+\w+|"
        r"mum|mom|dad|nan|gran)\b\W+(?:\w+\W+){0,6}?(?:couldn't|could\s+not|can't|cannot|wouldn't|"
        r"no\s+(?:luck|joy|response)|failed|nothing\s+worked)\b|"
        r"(?:had|have|has|needed|need)\s+to\s+(?:shake|shout|yell|scream|splash|throw\s+water|pour\s+water|"
        r"slap|pinch)\W+(?:\w+\W+){0,6}?(?:to\s+)?(?:get\s+(?:me|him|her|them)\s+to\s+)?"
        r"(?:wake|rouse|come\s+round|respond|get\s+(?:me|him|her|them)\s+up)\b|"
        r"(?:didn't|did\s+not|wouldn't|would\s+not|wasn't|was\s+not|isn't|is\s+not)\s+(?:respond|responding)\s+"
        r"(?:when|to\s+(?:me|him|her|us|them|anyone|(?:my|his|her|their)\s+(?:name|voice)|being\s+shaken)|"
        r"at\s+all)\b|"
        r"(?:took|takes|taking)(?:\s+(?:me|us|him|her|them))?\s+(?:ages|forever|a\s+long\s+time|"
        r"(?:\w+\s+)?minutes)\s+to\s+get\s+"
        r"(?:a\s+|any\s+)?(?:response|answer|reaction)\s+(?:out\s+of|from)\b|"
        r"(?:nodding|nodded|falling|fell|fallen|dropping|dropped|drifting|drifted|dozing|dozed|going|went)\s+"
        r"(?:off|asleep|out|to\s+sleep)\W+(?:(?:\w+\s+){0,2}?times?\W+|(?:\w+\W+){0,6}?(?=mid[-\s]?(?:sentence|"
        r"conversation)))?"
        r"(?:mid[-\s]?(?:sentence|conversation|meal|bite)|"
        r"in\s+the\s+middle\s+of\s+(?:eating|talking|telling|saying|a\s+sentence|a\s+conversation|"
        r"(?:my|his|her)\s+(?:dinner|lunch|breakfast|tea|meal|sentence))|"
        r"(?:while|when|as)\s+(?:(?:\w+\s+){0,3}?(?:is|was|are|were)\s+talking\s+to\s+(?:me|him|her)|"
        r"talking\s+to|people\s+(?:are|were)\s+talking|eating|typing\s+this|writing\s+this|i'm\s+talking|"
        r"i\s+was\s+talking)|"
        r"between\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:answers|questions|sentences|words|bites|"
        r"mouthfuls)|standing\s+up|holding\s+(?:my|his|her)\s+(?:tea|cup|coffee|fork|"
        r"spoon|drink|phone)|"
        r"(?:writing|typing)\s+this)\b",
        # Blind set 2 (sleepiness): rousing that barely works ("roaring at him and he barely
        # opened an eye", "got nothing but a groan", "shaking his shoulder before he stirred")
        r"(?:barely|hardly|didn't|did\s+not|wouldn't|won't|doesn't|never)\s+(?:even\s+)?open(?:ed)?\s+"
        r"(?:an?\s+|one\s+|his\s+|her\s+|my\s+|their\s+)?eyes?\b(?=.{0,60}\b(?:shout|roar|yell|call|shak|"
        r"tap|pinch|nam|wake|woke|rous))|"
        r"(?:shout|roar|yell|call|shak|tapp|pinch)\w*\W+(?:\w+\W+){0,10}?(?:barely|hardly|didn't|wouldn't|"
        r"won't|never)\s+(?:even\s+)?open(?:ed)?\s+(?:an?\s+|one\s+|his\s+|her\s+|my\s+|their\s+)?eyes?\b|"
        r"(?:shout\w*|roar\w*|yell\w*|call\w*|shak\w*|tapp\w*|pinch\w*|squeez\w*)\W+(?:\w+\W+){0,8}?"
        r"(?:got|get|getting)\s+nothing\s+(?:but|except|back|from|out\s+of)|"
        r"(?:shak\w*|tapp\w*|pinch\w*|shout\w*)\W+(?:\w+\W+){0,6}?(?:before|till|until|til)\s+"
        r"(?:he|she|they|i|mum|dad)\s+(?:\w+\s+)?(?:stirred|woke|came\s+round|responded|opened)|"
        r"(?:had|have|has)\s+to\s+(?:tap|shake|pinch|rub)\s+(?:\w+\s+){0,3}?to\s+get\s+(?:him|her|me|them)\s+"
        r"(?:to\s+)?(?:open|up|awake|respond)|"
        # asleep in the middle of a task: food in the mouth, in the shower, on the loo, the
        # phone in the hand (CDC: "falling asleep")
        r"(?:(?:fell|fall|falls|falling|fallen)\s+asleep|(?:drifting|drifted|dropped|dropping|nodding|nodded|"
        r"conk\w*|dozed|dozing)\s+(?:off|out))\s+(?:\w+\s+){0,2}?(?:with\s+(?:food|(?:a|the|her|his|my)\s+\w+)\s+"
        r"(?:still\s+)?in\s+(?:my|his|her|their)\s+(?:mouth|hand)|in\s+the\s+shower|"
        r"holding\s+(?:it|my|his|her|the)\b|"
        r"in\s+the\s+middle\s+of\s+conversations?|while\s+(?:i|he|she)\s+(?:was|am|is|'m)\s+\w+ing)|"
        r"(?:keep|keeps|kept)\s+(?:going|sinking)\s+(?:back\s+)?under\s+(?:while|as|mid)|"
        r"slumped\s+over\s+(?:his|her|my|their|the)\s+(?:dinner|plate|food|meal|tea|breakfast|lunch)",
        # Blind set 3: roused and barely moved, called and not answering, shaken hard
        r"(?:shook|shake|shaking|shouted|shout|called|calling|pinched|nudged|prodded)\W+(?:\w+\W+){0,8}?"
        r"(?:barely|hardly|didn't|did\s+not|wouldn't|never)\s+(?:even\s+)?(?:stirred|stir|moved|budged|"
        r"flinched|reacted|responded)\b|"
        r"(?:shook|shake|shaking|shouted|shout|called|calling)\W+(?:\w+\W+){0,6}?(?:he|she|they|i)\s+(?:just\s+)?"
        r"(?:mumbled|groaned|grunted|moaned)\b|"
        r"(?:calling|called|call|shouting|shouted)\W+(?:\w+\W+){0,6}?(?:he|she|they)\s+(?:is|was|'s)?\s*"
        r"(?:not|isn't|wasn't)\s+(?:answering|responding|getting\s+up|waking)|"
        r"(?:had|have|has)\s+to\s+shake\s+(?:me|him|her|them)\s+(?:really\s+|so\s+|very\s+)?(?:hard|several\s+"
        r"times|twice|many\s+times|a\s+lot)\b|"
        r"(?:asleep|to\s+sleep|off)\s+(?:\w+\s+){0,2}?(?:halfway\s+through\s+(?:a|my|his|her)\s+(?:word|sentence|"
        r"meal)|between\s+words)|"
        r"(?:fell|falls|falling|dozed|dozing|nodded|drifted|dropped|slept)\s+(?:off|asleep)?\s*(?:\w+\s+)?"
        r"(?:at\s+the\s+wheel|while\s+(?:driving|cooking)|on\s+the\s+(?:ride-on\s+)?mower)|"
        r"(?:fell|falls|dozed|dozing|nodded|drifted|dropped)\s+(?:off|asleep)\s+(?:twice|(?:\w+\s+)?times)\s+"
        r"(?:during|at|in)\b|"
        r"(?:remind|reminding)\s+(?:myself|me)\s+to\s+breathe|"
        r"breaths?\s+(?:are|is|were|was|coming)\s+(?:\w+\s+){0,2}?(?:tiny|far\s+apart|so\s+shallow|very\s+shallow|"
        r"really\s+slow|few\s+and\s+far)|(?:they're|they\s+are)\s+coming\s+(?:really\s+|so\s+|very\s+)?far\s+apart",
        # long gaps with no breath: "snoring in a strange way with long gaps where she
        # doesn't breathe at all"
        r"(?:gaps|pauses|stops)\s+(?:where|when|in\s+which)\s+(?:he|she|they|i)\s+(?:doesn't|don't|didn't|"
        r"isn't|wasn't|stops?|stopped)\s+breath\w*",
        # sleep that keeps coming beside more than meant (an opioid alone is the common
        # drowsiness): "kept falling asleep at the table, took an extra patch"
        _sleepy_beside_more(10),
    ),
    "allergic_reaction": (
        # Blind set 117: the labels' serious skin reaction (blisters and peeling with mouth
        # sores); hard to swallow with a rash
        r"\bskin\s+(?:is\s+|has\s+been\s+)?(?:\w+\s+)?blister\w*\s+and\s+peel\w*|\b(?:blister\w*|peel\w*)\b[^.;]{0,60}?\bsores?\s+"
        r"(?:all\s+)?(?:round|around|in|on|inside)\s+my\s+(?:mouth|lips|eyes)",
        r"\bswallow\w*\s+(?:feels?|is|felt|was)\s+(?:\w+\s+)?(?:hard|difficult|tight|weird|funny)\b[^.;]{0,60}?\b(?:blotch\w*|rash|"
        r"hives|welts|swell\w*|swollen)|\b(?:blotch\w*|rash|hives|welts)\b[^.;]{0,60}?\bswallow\w*\s+(?:feels?|is|felt|was)\s+"
        r"(?:\w+\s+)?(?:hard|difficult|tight|weird|funny)",
        _FACE + _W + r"{0,5}?\W+(?:is\s+|are\s+)?(?:swell(?:ing|s|ed)?|swollen|puff(?:ing|ed)\s*up|"
        r"puffy|closing(?:\s+up)?|tight(?:ening)?|blowing\s+up|ballooning|blew\s+up|blown\s+up|"
        r"like\s+(?:a\s+)?balloons?|ballooned|(?:very\s+|so\s+|really\s+)?(?:big|huge|fat|massive)\b)",
        r"throat\s+(?:feels?|is|went|going)\s+(?:\w+\s+)?(?:funny|tight|weird|thick|closing|strange|"
        r"swollen|scratchy\s+and\s+tight)",
        r"(?:swell(?:ing|ed)?|swollen|puffy|puffed\s+up)\s+(?:\w+\s+){0,2}?(?:of\s+|in\s+|on\s+)?"
        r"(?:my\s+|his\s+|her\s+)?" + _FACE,
        r"(?:can't|couldn't|cannot|hard\s+to|struggling\s+to|struggle\s+to|trouble|difficulty|"
        r"difficult\s+to|no\s+fit|"
        r"problems?|unable\s+to|hardly|barely)\s+(?:\w+\s+)?(?:breathe|breathing|"
        # (never "can't swallow tabs": a tablet too big, not a throat closing)
        r"swallow(?:ing)?(?!\s+(?:\w+\s+){0,2}(?:tabs?|tablets?|pills?|capsules?|caps)\b)|"
        r"catch\s+my\s+breath|get\s+(?:my\s+|a\s+)?breath|get\s+enough\s+air)",
        r"short(?:ness)?\s+of\s+breath|out\s+of\s+breath\s+and|wheez(?:e|ing|y)|gasping\s+for|"
        r"(?:eyes?|eyelids?)\s+(?:have\s+|has\s+|are\s+|is\s+)?(?:swell\w*|swollen|puff\w*)\s+(?:up\s+)?shut\b|"
        r"(?:eyes?|eyelids?)\s+(?:are\s+|is\s+)?(?:swelling|swollen|swelled|puff\w*)(?=.*\b(?:breath\w*|throat|"
        r"after\s+(?:the|my|taking)))|breathless(?=.*\b(?:swell\w*|itch\w*|hives|rash)\b)|"
        r"anaph[aiy]?la\w*|allergic\s+reaction|allergy\s+attack|epi[-\s]?pen|angio[-\s]?o?edema",
        r"(?:hives|welts)\W+(?:\w+\W+){0,10}?(?:breath\w*|swell\w*|swollen|puff\w*|throat|light\s*headed)",
        # Blind set 109: a rash with puffy eyes; a spreading rash that blisters or peels (the
        # labels' serious skin reactions, SJS/TEN), never a patch's spot alone
        r"(?:rash|hives|welts)\b[^.;]{0,60}?\b(?:eyes?|eyelids?|face|lips?)\s+(?:are\s+|is\s+|look\s+|went\s+|"
        r"gone\s+|getting\s+)?(?:all\s+|really\s+|a\s+bit\s+)?(?:swell\w*|swollen|puff\w*)",
        r"(?=[^\n]*\b(?:spread\w*|mouth|lips|eyes|all\s+over|fever|temperature)\b)rash\b[^.\n]{0,80}?\b"
        r"(?:blister\w*|peel\w*)",
        r"tongue\s+(?:feels\s+|is\s+|went\s+|has\s+gone\s+|getting\s+|seems\s+)?(?:so\s+|really\s+|"
        r"very\s+|kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|a\s+little\s+|quite\s+|"
        r"pretty\s+|all\s+)?(?:thick|huge|big|heavy|fat|swollen|puffy)",
        # Blind set 91: a face "like someone inflated it"
        r"like\s+(?:someone|somebody)\s+(?:inflated|blew\s+up|pumped\s+up)\s+(?:it|my\s+face)",
        r"swelling\s+(?:round|around)\s+my\s+(?:mouth|lips|eyes)",
    ),
    "suicidal": (
        # Set 34's kinds (thoughts of suicide said indirectly), by the Columbia scale's
        # categories: means set aside or researched, a wish not to wake, being a burden,
        # affairs put in order, a method rehearsed, and in other languages.
        r"(?:one|a\s+few|some|them|a\s+couple)\s+aside\s+(?:each|every)\s+(?:night|day)|"
        r"collect\w*\s+(?:my\s+)?[\w-]+\s+in\s+a\s+(?:jar|box|bag|drawer|tin)|"
        r"i\s+know\s+what\s+(?:they're|they\s+are|it's|its)\s+for|"
        r"saving\s+them\s+(?:up\s+)?for\s+when|lined\s+up\s+(?:\w+\s+){0,5}?for\s+later",
        r"count(?:ed|ing)\s+(?:out\s+)?(?:my\s+|the\s+)?(?:pills|tablets|meds)\W+(?:\w+\W+){0,6}?enough",
        r"(?:looked\s+up|googl\w*|search\w*|research\w*)\s+(?:\w+\s+){0,3}?(?:how\s+many\s+(?:of\s+)?(?:the\s+)?"
        r"[\w-]+\s+it\s+would\s+take|what\s+(?:dose|amount)\s+(?:of\s+\w+\s+)?is\s+(?:fatal|lethal))|"
        r"lethal\s+amount|fatal\s+amount|if\s+i\s+(?:put\s+on|took|take|swallowed)\s+all\s+of\s+them\s+at\s+once",
        r"wishing\s+i\s+(?:just\s+)?(?:wouldn't|won't|didn't|don't)\s+wake\s+up|ask\s+not\s+to\s+see\s+the\s+"
        r"morning|(?:want|wanna|wanted)\s+to\s+fall\s+asleep\s+and\s+not\s+(?:come\s+back|wake)|"
        r"go\s+to\s+sleep\s+for\s+good|wish\s+(?:the\s+[\w-]+|it)\s+had\s+killed\s+me|"
        r"(?:i'd|i\s+would)\s+welcome\s+(?:dying|death)|hoping\s+(?:a|the)\s+(?:truck|bus|car|lorry|train)\s+"
        r"hits\s+me|wish\s+i\s+(?:wasn't|wisnae|weren't)\s+here",
        r"(?:just\s+)?a\s+burden\s+(?:on|to)\s+(?:my\s+)?\w+|(?:she'd|he'd|they'd|she\s+would|he\s+would|"
        r"they\s+would)\s+be\s+better\s+off\s+(?:with|without)|(?:lighter|easier|happier)\s+without\s+me|"
        r"(?:not\s+going\s+to|won't)\s+be\s+a\s+(?:problem|burden)\s+(?:for|to)\s+anyone\s+(?:much\s+)?longer",
        # Not wanting to be a burden *any more* (the "don't" is the wish, not a denial; a
        # question after it, "should I ring the doctor", hid it from the model — Sandbox)
        r"(?:don'?t|do\s+not)\s+(?:want|wanna)\s+to\s+be\s+(?:a\s+|such\s+a\s+)?burden\s+"
        r"(?:(?:on|to|for)\s+(?:\w+\s+){1,4}?)?(?:any\s*more|any\s+longer|much\s+longer)\b",
        r"(?:sorted|made|wrote|updated|did)\s+(?:out\s+)?my\s+will\b|tidy\s+up\s+before\s+i\s+go|"
        r"before\s+i\s+go\s+for\s+good|made\s+my\s+peace|(?:deleted|closed)\s+(?:all\s+)?my\s+accounts|"
        r"paid\s+off\s+(?:all\s+)?my\s+debts\s+so|(?:wrote|writing|written)\s+my\s+own\s+eulogy|"
        r"won't\s+be\s+(?:here|around)\s+for\s+(?:them|it|the\s+\w+)|"
        r"look\s+after\s+(?:the\s+|my\s+)?kids\s+if\s+anything\s+happens\s+to\s+me|"
        r"last\s+time\s+i'll\s+(?:answer|write|message|reply)|it'll\s+all\s+be\s+over",
        r"didn't\s+jump\s+this\s+time|(?:sat|sitting)\s+in\s+the\s+(?:garage|car)\s+"
        r"with\s+the\s+(?:car|engine)\s+running|(?:tested|tried|checked)\s+the\s+rope|practice\s+run\s+with\s+"
        r"the\s+(?:belt|rope|cord)|hose\s+for\s+the\s+(?:car\s+)?exhaust|how\s+easy\s+it\s+would\s+be\s+to\s+"
        r"let\s+go|trains?\s+that\s+don't\s+stop\W+(?:\w+\W+){0,4}?where\s+to\s+stand|one\s+last\s+look\W+"
        r"(?:\w+\W+){0,2}?that's\s+it|measured\s+the\s+beam",
        r"(?:driving|drive|steer\w*|crash\w*)\s+into\s+(?:a|the)\s+(?:tree|wall|lorry|truck)\W+(?:\w+\W+){0,6}?"
        r"(?:accident|nobody\s+would\s+know)|picked\s+the\s+day|plan\s+to\s+do\s+it\s+(?:tonight|tomorrow|"
        r"soon|this\s+week)|how\s+to\s+end\s+things|how\s+to\s+make\s+it\s+happen|"
        r"(?:thinking\s+of|thought\s+about|think\s+about)\s+taking\s+all\s+(?:the\s+|my\s+)?[\w-]+",
        r"(?:plan|planning|going|gonna)\s+to\s+end\s+(?:things|it\s+all|my\s+life)|"
        r"nobody\s+checking\s+on\s+me\W+(?:\w+\W+){0,3}?(?:plan|it)|that's\s+the\s+plan(?=.*\bpills\b)|"
        r"(?<=pills,\s)a\s+quiet\s+weekend",
        r"will\s+nicht\s+mehr\s+leben|quero\s+morrer|aguento\s+mais\s+viver|envie\s+d'en\s+finir|"
        r"pagod\s+na\s+(?:ako\s+)?(?:mabuhay|mag\s*buhay)|no\s+more\s+wish\s+(?:for|to)\s+live|"
        r"topping\s+myself|be\s+arsed\s+(?:wi|with)\s+life|not\s+worth\s+the\s+candle",
        # Said indirectly (the Columbia scale's wish to be dead, method, plan and rehearsal,
        # in everyday words): a means thought of, a wish to be gone, relief at dying.
        r"(?:thinking|thought|think|thinks)\s+(?:about|of)\s+(?:leaving\s+the\s+engine\s+running|"
        r"stepping\s+off|swallowing\s+(?:all|the\s+lot|every)|turning\s+the\s+wheel|ending\s+it)",
        # not waking thought of, dreamt of: "sometimes i think about not waking up" (never "the
        # thought of not waking up from the anaesthetic": a fear) — Sandbox, Toronto
        r"(?<!\bthe\s)(?:thinking|thought|think|thinks|dream\w*|daydream\w*|fantasi[sz]\w*)\s+"
        r"(?:(?:a\s+lot|lots|often|sometimes|constantly|all\s+the\s+time)\s+)?(?:about|of)\s+"
        r"(?:just\s+|simply\s+)?(?:not|never)\s+waking(?:\s+up)?\b(?!\s+(?:from|after|during|under)\b)"
        + WOKEN_AT,
        r"(?:closed|shut)\s+garage\W+(?:\w+\W+){0,12}?engine\s+running|engine\s+running\W+(?:\w+\W+){0,8}?garage",
        r"(?:picked|chosen|chose|found)\s+(?:which|a|the)\s+(?:bridge|spot\s+to\s+jump)",
        r"(?:take|taking|swallow|swallowing)\s+(?:all\s+of\s+(?:it|them)|the\s+(?:whole\s+)?lot)\b",
        r"how\s+much\s+[\w/-]+\s+(?:would\s+be|is)\s+(?:lethal|fatal|deadly|enough\s+to\s+(?:die|kill))|"
        r"lethal\s+dose|fatal\s+dose",
        r"(?:pray|praying|hope|hoping)\s+(?:that\s+)?(?:god|he|the\s+lord|jesus)\s+takes?\s+me|"
        r"glad\s+(?:not\s+to|if\s+i\s+didn't)\s+wake\s+up|"
        # not waking hoped for: "might just not wake up tomorrow if i'm lucky"
        r"(?:hopefully|with\s+(?:any|a\s+bit\s+of)\s+luck|if\s+i'?m\s+lucky|fingers\s+crossed)\W+"
        r"(?:[\w']+\W+){0,6}?(?:not|never|won't|don't)\s+wake\s+up\b" + WOKEN_AT + r"|"
        r"(?:not|never|won't|don't)\s+wake\s+up\W+(?:[\w']+\W+){0,4}?(?:if\s+i'?m\s+lucky|"
        r"with\s+(?:any|a\s+bit\s+of)\s+luck|hopefully|fingers\s+crossed)",
        r"if\s+it\s+(?:weren't|wasn't)\s+for\s+(?:\w+\s+){0,4}?i\s+(?:wouldn't|would\s+not)\s+(?:still\s+)?"
        r"be\s+(?:here|alive|around)",
        r"(?:world|everyone|everybody|they|family|kids)\s+(?:would\s+be|'d\s+be)\s+(?:a\s+)?better\s+"
        r"(?:place\s+|off\s+)?without\s+me",
        # the writer's absence wished for those they love: "my kids should have a life
        # instead of me", "they deserve a better life without me" (never "instead of me
        # doing it", "instead of me looking after them")
        r"(?:deserve[sd]?|should\s+(?:have|get)|could\s+have|would\s+have|need)\s+(?:a\s+|their\s+|his\s+|"
        r"her\s+|our\s+)?(?:\w+\s+)?(?:life|lives|future)\s+(?:instead\s+of|without)\s+me\b"
        r"(?!\s+(?:\w+ing|to|for|and\s+my\s+pain)\b)",
        r"let\s+me\s+(?:go\s+to\s+)?sleep\s+forever|finish(?:ing)?\s+myself",
        r"bought\s+(?:a\s+)?rope(?!\s+for\s+(?:the\s+|a\s+)?(?:new\s+)?(?:washing|clothes|tow|boat|garden|swing|climbing|dog))|(?:found|picked)\s+a\s+(?:beam|hook|tree)\s+(?:\w+\s+){0,5}?(?:would|that'd|to)\s+hold",
        r"(?:mercy|relief|blessing|better|easier)\s+(?:for\s+\w+\s+)?if\s+i\s+(?:just\s+)?(?:died|was\s+dead|"
        r"were\s+dead|was\s+gone|wasn't\s+here|didn't\s+wake\s+up)|"
        r"(?:relieved|better\s+off|happier)\s+if\s+i\s+(?:died|was\s+gone|were\s+gone|was\s+dead)",
        r"turn(?:ing)?\s+the\s+wheel\s+into|(?:imagin\w*|picturing)\s+my\s+own\s+funeral|"
        # "keep picturing myself hanging from the banister"
        r"(?:imagin\w*|picturing|picture|visuali[sz]\w*|seeing)\s+myself\s+(?:hanging|dead|in\s+a\s+coffin|"
        r"jumping|overdosing|gone|not\s+here)\b|"
        r"(?:would\s+be|'d\s+be)\s+a\s+relief\s+for\s+everyone",
        r"(?:sat|sitting|stood|standing)\s+(?:\w+\s+){0,6}?with\s+(?:a\s+)?(?:razor|blade|rope)",
        r"disappointed\s+(?:to\s+(?:still\s+)?be\s+alive|i\s+woke\s+up|to\s+wake\s+up)",
        r"(?:want|wanted|wanting|wanna|ready|hope|hoping|wish|wishing|rather|deserve|going|gonna)\s+"
        r"(?:to\s+)?(?:just\s+)?(?:die|be\s+dead|not\s+wake\s+up|never\s+wake\s+up|"
        r"go\s+to\s+sleep\s+and\s+(?:not|never)\s+wake\s+up|sleep\s+forever|end\s+it|end\s+my\s+life)",
        r"(?:hope|hoping|pray|praying)\s+(?:\w+\s+){0,3}?(?:that\s+)?i\s+(?:just\s+)?(?:don't|won't|never|do\s+not)\s+"
        r"wake\s+up\b(?!\s+(?:the|my|him|her|them|us|his|their|our|your|anyone|any\s+one|everyone|"
        r"everybody|mum|mom|dad|\w+'s)\b)" + WOKEN_AT,
        r"wish\s+i\s+(?:was|were|could\s+be)\s+dead|wish\s+i\s+(?:could\s+)?(?:just\s+)?(?:die|"
        r"disappear|wasn't\s+(?:here|alive|born)|hadn't\s+been\s+born|didn't\s+wake\s+up|"
        r"never\s+woke\s+up|would(?:n't)?\s+(?:not\s+)?wake\s+up)",
        r"kill(?:ing|ed)?\s+my\s*self|end(?:ing)?\s+(?:it\s+all|my\s+(?:own\s+)?life|everything)|"
        r"(?:take|taking|took)\s+my\s+(?:own\s+)?life(?!\s+back)|suicid\w*|self[-\s]?harm\w*|"
        r"(?:hurt|harm|cut|injure|burn)(?:ing)?\s+my\s*self|top\s+my\s*self|off\s+my\s*self|"
        r"unaliv\w*|end\s+it\s+(?:now|tonight|soon|today|the\s+night)|"
        r"finish(?:ing)?\s+(?:my\s+(?:own\s+)?life|it\s+all|myself\s+off)|"
        # "tonight's the night I end it", "counted out 30 pregabalin"
        r"(?:the\s+night|the\s+day|the\s+time)\s+i\s+(?:end|finish)\s+(?:it|things|my\s+life)|"
        r"count(?:ed|ing)\s+out\s+(?:\d+|all)\s+(?:of\s+)?(?:my\s+)?(?:pills|tablets|meds|"
        r"\w+(?:in|ol|ine|am|one|en)s?)\b|"
        r"(?:pills|tablets|meds)\s+(?:\w+\s+)?(?:saved|stashed|stockpiled|hoarded|kept)\s+(?:up\s+)?"
        r"(?:to|for)\s+(?:end|finish|do)\s+it",
        r"no\s+(?:point|reason|use)\s+(?:in\s+|to\s+)?(?:keep\s+)?(?:living|going\s+on|carrying\s+on|"
        r"being\s+alive|"
        r"being\s+here|to\s+live|life|staying\s+alive|(?:it\s+)?any\s*more)|"
        r"(?:life\s+)?(?:isn't|is\s+not|not)\s+worth\s+(?:living|it\s+any\s*more|being\s+alive)|"
        r"nothing\s+(?:left\s+)?to\s+live\s+for|better\s+off\s+(?:dead|without\s+me|gone)|"
        r"don't\s+want\s+to\s+(?:be\s+here|live|be\s+alive|go\s+on|exist|wake\s+up|carry\s+on|"
        r"keep\s+going|keep\s+living)|can't\s+go\s+on|"
        r"sleep\s+and\s+(?:not|never)\s+wake\s+up|what's\s+the\s+point\s+(?:of|in)\s+"
        r"(?:living|going\s+on|carrying\s+on|life|being\s+alive|anything)|"
        r"done\s+with\s+(?:life|living|it\s+all)|tired\s+of\s+(?:living|life|being\s+alive)|"
        r"(?:take|taking|swallow|swallowing)\s+all\s+(?:my|the|of\s+my)\s+(?:pills|tablets|meds)|"
        r"(?:take|taking|swallow|swallowing)\s+every\s+(?:single\s+)?(?:tablet|pill|one)\s+i\s+(?:have|own|'ve\s+got)|"
        r"(?:no\s+one|nobody)\s+would\s+(?:even\s+)?(?:miss|care\s+if|notice\s+if\s+i\s+(?:was|were|'m)\s+"
        r"(?:gone|dead|not\s+here))|"
        r"(?:want|wanted|wanna)\s+(?:it|everything)\s+(?:all\s+)?to\s+(?:end|be\s+over)|(?:plan|planning|thinking\s+about|thought\s+"
        r"about|thoughts\s+of)\s+(?:ending|taking\s+my|killing)",
        # By the Columbia scale's screening categories, in lay and indirect words.
        # Method: "I know how I'd do it", wanting to jump from a height.
        r"(?:know|knew|worked\s+out|figured\s+out|planned|planning|thinking\s+about|thought\s+"
        r"about|looked\s+up|googl\w*|research\w*)\s+(?:exactly\s+)?how\s+(?:i'd|i\s+would|i\s+will|"
        r"i'll|i\s+could|to)\s+(?:do\s+it|end\s+it|kill|die|go|finish\s+it)",
        r"(?:jump|jumping|throw(?:ing)?\s+myself|step(?:ping)?)\s+(?:off|from|in\s+front\s+of|out\s+of)\s+"
        r"(?:a\s+|the\s+|my\s+)?(?:\w+\s+)?(?:bridge|roof|building|balcony|cliff|train|window|"
        r"car|bus|motorway|height|tower|flats)",
        # Preparatory acts: saving up pills, giving things away, goodbye letters.
        r"(?:stockpil\w*|hoard\w*|stash(?:ing|ed)?)\s+(?:[\w-]+\s+){0,5}?(?:pills|tablets|meds|"
        r"oxys?|strips|doses|\w+(?:ol|in|ine|am|one|en)s?)\b",
        r"(?:sav(?:e|ed|ing)|keep(?:ing)?|kept|put(?:ting)?|stor(?:e|ed|ing)|collect(?:ed|ing)?)\s+"
        r"(?:up\s+|aside\s+|away\s+|by\s+)?(?:\w+\s+){0,4}?(?:for\s+(?:one|a)\s+(?:big|last)\s+"
        r"(?:dose|one|go)|in\s+case\s+i\s+(?:decide|need|want|can't))",
        r"(?:sav(?:e|ed|ing)|stock(?:ing)?\s+up)\s+(?:up\s+)?(?:all\s+)?(?:my\s+)?(?:\w+\s+){0,2}?"
        r"(?:pills|tablets|meds|oxys?|strips|tramadol|norcos?|percs|codeine)\b",
        # "got the pills saved up for when i can't take it no more": kept for the day it is
        # past bearing (Sandbox helper's unseen set: no alarm)
        r"(?:sav(?:e|ed|ing)|stash(?:ed|ing)?|stockpil\w*|hoard\w*|kept|keeping|put\s+(?:\w+\s+)?"
        r"(?:aside|away|by)|collect(?:ed|ing))\s+(?:\w+\s+){0,5}?(?:for|till|until|in\s+case)\s+"
        r"(?:when|the\s+day|the\s+time|if)\s+(?:" + _PAST_BEARING + ")",
        r"enough\s+(?:[\w-]+\s+){0,6}?to\s+(?:end\s+(?:it|things|my\s+life)|do\s+it|finish\s+"
        r"it|go\s+to\s+sleep\s+for\s+good|not\s+wake\s+up)|(?:one|a)\s+big\s+dose|"
        r"in\s+case\s+i\s+decide\s+i'?v?e?\s+had\s+enough",
        r"(?:gave|giving|given|give)\s+(?:away\s+)?(?:my\s+|all\s+my\s+)?(?:dog|cat|pets?|things|"
        r"stuff|belongings|possessions|clothes|jewell?ery|books|records)\b(?:\s+away)?"
        # (minded for a while: "gave my dog to my sister for the week while I'm in hospital")
        r"(?!(?:\s+to\s+(?:my\s+|the\s+|our\s+)?\w+)?\s+(?:for\s+(?:the|a)\s+(?:week|weekend|day|night|few|"
        r"couple|bit|fortnight)|while\b|till\b|until\b|to\s+(?:mind|look\s+after|watch)))",
        r"won't\s+need\s+(?:them|it|anything|these|those|my\s+\w+)\s+(?:any\s*more|after|where|soon|"
        r"for\s+much\s+longer)",
        r"(?:wrote|writing|written|write)\s+(?:\w+\s+){0,2}?(?:goodbye|farewell|suicide\s+note|"
        r"letters?\s+to\s+(?:my\s+|the\s+)?(?:kids|children|family|wife|husband|son|daughter|"
        r"mum|mom|parents|partner))",
        r"tired\s+of\s+(?:this|my)\s+(?:life|living)|what'?s\s+the\s+point\s+(?:any\s*more|of\s+it\s+all)",
        r"(?:don't|can't|cannot|no\s+longer)\s+see\s+(?:the\s+|any\s+|a\s+)?(?:point|reason)\s+"
        r"(?:in\s+|of\s+|to\s+)?(?:keep\s+)?(?:living|life|going\s+on|carrying\s+on|being\s+(?:here|alive)|"
        r"(?<=keep\s)going|"
        r"(?:it\s+|anything\s+)?any\s*more|anything|waking\s+up|trying|staying)",
        r"(?:going\s+to|gonna|will|i'll|plan\s+to|want\s+to)\s+(?:take|swallow|down)\s+(?:the\s+)?lot\b|"
        # (not "got the pills ready for the week in the dosette box")
        r"(?:pills|tablets|meds)\s+(?:are\s+|all\s+|are\s+all\s+)?(?:lined\s+up|laid\s+out|ready)\b"
        r"(?!\s+(?:for\s+(?!when\b)|in\s+(?:the|my|a)\s+(?:dosette|pill|weekly|organi[sz]er)|by\b))|"
        r"(?:take|taking|swallow\w*|down\w*)\s+(?:all|every\s+one\s+of)\s+(?:my|the|of\s+my|of\s+the)\s+"
        r"[\w/-]+\s+at\s+once|being\s+done\s+with\s+(?:it|everything|life)\b",
        r"(?:take|swallow|down|neck|taking|swallowing)\s+(?:the\s+|my\s+)?(?:whole|entire|full)\s+"
        r"(?:bottle|pack|packet|box|lot|strip|supply|script)",
        r"(?:be|get\s+it)\s+(?:all\s+)?(?:done|over)\s+with\s+(?:it|everything|life)\b|"
        r"\bbe\s+done\s+with\s+it\s+all|put\s+an\s+end\s+to\s+(?:it|everything|myself|my\s+life)",
        r"(?:think\w*|thought\w*|plan\w*|consider\w*)\s+(?:of\s+|about\s+)?(?:just\s+|maybe\s+|"
        r"seriously\s+)?(?:ending\s+(?:it|things|my\s+life|everything|myself)|killing\s+myself|"
        r"taking\s+my\s+(?:own\s+)?life|not\s+being\s+here)",
        r"better\s+off\s+(?:\w+\s+){0,3}?(?:if\s+i\s+(?:(?:was|were)\s+(?:gone|dead|not\s+(?:here|around))|"
        r"wasn't\s+(?:here|around)|weren't\s+(?:here|around)|died|went|left)|"
        r"without\s+me)|(?:no\s+wan|don't\s+wanna|dont\s+wanna|don't\s+wan)\s+(?:to\s+)?"
        r"(?:live|be\s+alive|wake\s+up|dey\s+alive)",
        r"(?:said|saying|say)\s+(?:my\s+)?goodbyes?\s+(?:to\s+)?(?:everyone|everybody|my|the|all)|"
        r"said\s+my\s+goodbyes",
        r"(?:can't|don't|cannot)\s+see\s+(?:a|any)\s+way\s+out|\bno\s+way\s+out\b",
        r"(?:fine|better|easier|happier|ok(?:ay)?)\s+(?:\w+\s+){0,3}?if\s+i\s+(?:just\s+)?(?:didn't|never|"
        r"did\s+not|wasn't|weren't|died|was\s+gone)\b",
        r"finish\s+(?:off\s+)?(?:my\s+(?:own\s+)?life|myself|it\s+all)|\bkms\b|\bkys\b",
        r"(?:one\s+)?(?:last|final)\s+(?:long\s+)?(?:sleep|goodbye)|(?:long|big)\s+sleep\s+(?:for\s+good|"
        r"forever)|check(?:ing|ed)?\s+out\s+(?:for\s+good|permanently|early|of\s+life)|"
        r"(?:want|wanna)\s+(?:to\s+)?(?:be\s+)?dead\b|(?:pills|tablets|meds)\s+(?:all\s+)?counted\s+out",
        r"how\s+(?:many|much)\s+(?:\w+\s+){0,2}?(?:it\s+)?would\s+take\b(?!\s+(?:to\s+)?(?:work|help|kick|"
        r"fill|get))",
        r"rather\s+not\s+(?:be\s+alive|be\s+here|exist|live|wake\s+up|be\s+around)|"
        r"better\s+(?:if\s+)?i\s+(?:die|am\s+dead|was\s+dead|were\s+dead)\b|"
        r"(?:already\s+)?(?:think|thought)\s+(?:about\s+)?how\s+(?:to|i\s+would|i'd|i\s+will)\s+do\s+it\b|"
        # Self-harm with its purpose said: not the oven's burn or a kitchen knife's cut
        r"(?:cut|cutting|burn\w*|scratch\w*|hit|hitting|hurt|hurting)\s+(?:my\s*self|my\s+(?:arms?|"
        r"wrists?|legs?|thighs?|skin))\b(?=[^.]*\b(?:on\s+purpose|deliberately|to\s+feel|"
        r"only\s+thing|takes?\s+my\s+mind|make\s+it\s+stop))|"
        # Method rehearsed in thought: the bridge, the car into a tree
        r"(?:stood|standing|stand|been\s+stood)\s+(?:\w+\s+){0,2}?(?:on|at)\s+(?:the\s+)?(?:edge\s+of\s+"
        r"the\s+)?(?:bridge|cliff|ledge|roof|platform|tracks)\b[^.]*\b(?:thinking|wondering|staring\s+"
        r"down|looking\s+down)|(?:think\w*|thought|tempted|want\w*|imagin\w*)\s+(?:about\s+|of\s+)?"
        r"(?:just\s+)?(?:steer|driv|swerv|crash)\w*\s+(?:\w+\s+){0,2}?into\s+(?:a\s+|the\s+)?"
        r"(?:tree|wall|lorry|truck|oncoming|bridge|river|traffic)|"
        # Filipino, Hindi/Urdu and Spanish words for not wanting to live
        r"ayoko\s+na(?:ng)?\s+mabuhay|ayaw\s+ko\s+na(?:ng)?\s+mabuhay|gusto\s+ko\s+nang\s+mamatay|"
        r"jeene\s+ka\s+ma(?:n|nn)\s+nahi|marna\s+chaht[ai]|khud\s*kushi|khatam\s+kar\s+d(?:ena|oon|u)|"
        r"(?:jeena|jina)\s+nahi|"
        r"no\s+quiero\s+vivir|quiero\s+morir(?:me)?|"
        # Columbia scale's preparatory acts and leave-taking, in understated words
        r"(?:put|putting|got|getting|set|setting)\s+(?:all\s+)?my\s+affairs\s+in\s+order|"
        r"(?:won't|shan't|will\s+not|not\s+going\s+to)\s+be\s+(?:a\s+burden\s+(?:to\s+\w+\s+)?|"
        r"here\s+|around\s+)(?:much\s+longer|for\s+much\s+longer|for\s+long|any\s*more|after)|"
        r"stop\s+existing|(?:want|wanna)\s+to\s+(?:just\s+)?(?:stop|not)\s+exist|"
        # "make it all stop for good" (not "make the pain stop for good": a wish for relief)
        r"make\s+(?:it\s+all|everything)\s+stop\s+(?:for\s+good|forever|permanently|"
        r"once\s+and\s+for\s+all)",
        r"if\s+i\s+(?:just\s+)?(?:didn't|never|did\s+not|don't)\s+wake\s+up\W+(?:\w+\W+){0,9}?"
        r"(?:fine|ok(?:ay)?|good|better|relief|happy|mind|care)",
        r"(?:wan|want\s+to|wanna)\s+end\s+(?:am|it|everything|my\s+life)|tire[d]?\s+(?:for|of)\s+"
        r"(?:this\s+)?life",
        r"(?:would|will|'d|'ll)\s+(?:\w+\s+){0,2}?(?:fine|better|ok(?:ay)?|happier|easier)\s+without\s+me",
        r"how\s+(?:many|much)\s+(?:\w+\s+){0,3}?(?:it\s+)?(?:takes?|would\s+take|to\s+take|"
        r"is\s+enough|do\s+you\s+need)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:die|kill|end\s+it|not\s+wake|od|"
        r"overdose)|lethal\s+dose|fatal\s+dose",
    ),
    # The danger signs medicine labels name (PRODUCT.md §4): stomach bleeding (most often on
    # an NSAID), chest pain, a stroke.
    "gi_bleeding": (
        # Blind set 117: "blood mixed in when I opened my bowels"
        r"\bblood\s+(?:\w+\s+)?mixed\s+in\b[^.;]{0,40}?\b(?:bowels?|poo\w*|stools?|motions?|toilet)\b|"
        r"\b(?:poo\w*|stools?|motions?)\s+(?:\w+\s+){0,3}?(?:mixed\s+with|with\s+blood\s+mixed)\s+(?:\w+\s+)?blood",
        # Blind set 113: "the toilet bowl looks like someone tipped tar in it", "a lot of dark
        # red blood in the pan, not just on the paper" (never a streak on the paper alone)
        r"(?:toilet(?:\s+bowl)?|the\s+bowl|the\s+pan)\b[^.;]{0,40}?\b(?:tar|tarry|jet\s+black|black\s+(?:as|like))\b",
        r"(?:lot\s+of|lots\s+of|loads\s+of|dark(?:\s+red)?|clots?\s+of|full\s+of)\s+(?:\w+\s+)?blood\b[^.;]{0,30}?\b"
        r"(?:pan|toilet|bowl|loo)\b|blood\b[^.;]{0,40}?\bnot\s+just\s+on\s+the\s+(?:paper|tissue|wipe)",
        # Blind set 45: the colour and the look, said by comparison
        r"(?:poo\w*|stools?|number\s+twos?|bowel\s+movements?|motions?)\b[^.;]{0,30}?(?<!nothing\s)(?<!not\s)(?<!no\s)\b(?:black|licorice|liquorice|"
        r"motor\s+oil|tar)\b|black\s+as\s+(?:motor\s+oil|tar|coal)",
        r"(?:vomit|sick|threw\s+up|throwing\s+up)\b[^.;]{0,30}?\bcoffee\b",
        r"(?:vomit\w*|throw(?:ing|n)?\s+up|threw\s+up|puk\w*|brought\s+up|bringing\s+up|"
        r"(?:yakk|yack|hurl|barf)(?:ed|ing)\s+up|"
        r"chuck(?:ed|ing)?\s+up|spew\w*|heav(?:ed|ing)\s+up|sicked\s+up|"
        r"cough\w*\s+up|sick(?!\s+(?:of|and\s+tired|to\s+death)))\s+(?:\w+\s+){0,5}?"
        r"(?:blood|bloody|red|coffee[-\s]grounds?)",
        # what came up "looked like coffee" (the coffee-ground vomit of a bleeding stomach)
        r"(?:vomit\w*|threw\s+up|throwing\s+up|puk\w*|sicked\s+up|brought\s+up|sick)\s+"
        r"(?:[\w']+\s+){0,6}?(?:looked|look|looks|looking)\s+like\s+(?:coffee|tar)\b",
        r"blood\w*\s+(?:\w+\s+){0,2}?(?:in|with)\s+(?:my\s+|the\s+)?(?:vomit|sick|puke)",
        r"(?:coffee[-\s]grounds?)\s+(?:\w+\s+){0,3}?(?:vomit|sick|throw|threw|came\s+up)|"
        # "sick twice tonight and it was dark brown and gritty, like old coffee"
        r"(?:vomit\w*|threw\s+up|throwing\s+up|puk\w*|sick(?:ed\s+up)?|spew\w*(?:\s+up)?|brought\s+up)\W+"
        r"(?:[\w']+\W+){0,10}?like\s+(?:old\s+|cold\s+|used\s+|stale\s+)?coffee\b|"
        r"(?:vomit|sick|threw\s+up|throwing\s+up)\s+(?:\w+\s+){0,4}?coffee[-\s]grounds?",
        # "been going to the loo and it's black and shiny like road tar"
        r"(?:loo|toilet|poo|poop|stools?|bowels?)\W+(?:\w+\W+){0,6}?(?:black|dark)\s+(?:and\s+\w+\s+)?"
        r"like\s+(?:road\s+|coal\s+)?tar\b",
        r"(?:black|dark|maroon)\s+(?:and\s+)?(?:\w+\s+)?(?:tarry|tar[-\s]like|sticky)\s+"
        r"(?:stools?|poo|poop|bowel\s+movements?|motions?)|tarry\s+(?:stools?|poo|poop|motions?)",
        r"(?:stools?|poo|poop|motions?|bowel\s+movements?)\s+(?:is\s+|are\s+|was\s+|were\s+|"
        r"looks?\s+|has\s+been\s+|have\s+been\s+)?(?:\w+,?\s+){0,3}?(?:black|tarry)\s+"
        r"(?:and\s+)?(?:\w+\s+){0,2}?(?:tar\b|tarry|sticky)",
        r"(?:poo|poop|stools?|motions?)\s+(?:\w+\s+){0,3}?like\s+tar\b",
        # "my stool was real dark and tarry": the label's own "dark, tarry"
        r"(?:stools?|poo|poop|motions?|bowel\s+movements?|bm)\s+(?:\w+\s+){0,4}?(?:dark|black|maroon)"
        r"\s*(?:,|and)?\s*(?:\w+\s+)?tarry",
        r"(?:toilet|poo|poop|stools?|motions?|potty|caca|kaka|latrine)\s+(?:is|are|was|were|come|comes)\s+(?:very\s+|so\s+|all\s+)?"
        r"black\b(?:\s+like\s+(?:oil|tar|coal))?",
        # The NSAID label's own words: "bloody or black stools" (Drug Facts, stomach bleeding).
        r"bloody\s+(?:vomit|sick|puke|spew)|"
        r"(?:black|bloody|jet[-\s]black|pitch[-\s]black)\s+(?:and\s+)?(?:\w+\s+)?(?:stools?|poo+s?|poop|motions?|"
        r"bowel\s+movements?|shits?|turds?|bm|bms|potty|toilet)\b",
        r"(?:stools?|poo+s?|poop|motions?|bowel\s+movements?|shits?|bm|bms|feces|faeces)(?:'s)?\s+(?:\w+\s+){0,3}?"
        r"(?:black|jet\s+black|bloody|full\s+of\s+blood|tar)\b",
        r"blood\s+(?:\w+\s+){0,3}?(?:when|after)\s+i\s+(?:poo|poop|went|go|wipe)|"
        r"blood\s+(?:\w+\s+){0,4}?(?:when|while|as)\s+i\s+(?:was\s+)?(?:sick|vomit\w*|threw\s+up|"
        r"puk\w*|throwing\s+up)|"
        # one clause ("threw up my dinner, bloody awful day" is two)
        r"(?:vomit\w*|threw\s+up|throwing\s+up|puk\w*|sick(?!\s+(?:of|and\s+tired)))\s+"
        r"(?:[\w']+\s+){0,8}?(?:coffee[-\s]grounds?|bright\s+red|dark\s+red|blood\b|"
        # "dark and grainy, like the dregs in a cafetière": coffee grounds described
        r"(?:dark|brown|black)\s+and\s+(?:grainy|gritty)|(?:grainy|gritty)\s+and\s+(?:dark|brown|black)|"
        r"dregs)|"
        r"(?:pooing|pooping|passing|shitting)\s+(?:\w+\s+)?(?:black|tar)",
        r"(?:sick|vomit\w*|threw\s+up|puk\w*|spew\w*|chuck\w*)\W+(?:\w+\W+){0,9}?(?:blood|bloody)\s+in\s+(?:it|the\s+sick|"
        r"the\s+vomit)",
        r"(?:black|tarry)\s+(?:and\s+)?(?:sticky|tarry|tar[-\s]?like|gooey)\s+(?:stuff|mess|poo|goo)|"
        # "the loo was full of what looked like black treacle"
        r"(?:toilet|loo|bowl|pan|bathroom|restroom|poo|stools?)\W+(?:\w+\W+){0,6}?(?:(?:black\s+)?(?:treacle|molasses)|like\s+tar)\b|"
        r"(?:toilet|loo|bowl|pan|bathroom|restroom)\W+(?:\w+\W+){0,4}?(?:pitch\s+|jet\s+)?(?:black|tarry)\s+(?:and\s+)?"
        r"(?:sticky|tarry|stuff|goo)",
        r"(?:vomit\w*|threw\s+up|puk\w*|brought\s+up|bringing\s+up|sick)\s+(?:[\w']+\s+){0,4}?"
        r"(?:dark\s+brown|brown|black|dark)\s+(?:\w+\s+)?(?:gritty|grainy|granular|bits)",
        r"blood\s+(?:\w+\s+){0,2}?(?:from|in)\s+(?:my\s+)?(?:back\s+passage|bum|stools?|poo)|"
        # "bleeding from my back passage, lots of it", "bleeding out my bum"
        r"bleed(?:ing|s)?\s+(?:\w+\s+)?(?:from|out\s+of|out)\s+(?:my\s+)?(?:back\s+passage|bum|bottom|"
        r"rectum|arse|ass|behind|anus)\b|"
        r"(?:passing|pooing|pooping)\s+(?:\w+\s+){0,2}?blood|(?:vomiting|vomited)\s+blood|haematemesis|"
        r"hematemesis|"
        r"melaena|melena",
    ),
    "chest_pain": (
        # Blind set 123: "feels like an elephant parked on my chest"
        r"\b(?:elephant|ton\s+of\s+bricks|someone|somebody|a\s+weight)\s+(?:\w+\s+){0,2}?(?:sitting|sat|parked|"
        r"standing|stood|pressing|crushing|kneeling)\s+on\s+my\s+chest",
        # Nigerian Pidgin "for" as "in": "pressure for my chest since morning, e dey go my left arm"
        r"\b(?:pain|pressure|tight\w*|heav\w*|squeez\w*)\s+(?:for|inside)\s+my\s+chest\b",
        # Blind set 117: "heart area aching and pounding", an ache "in my own chest" told by a carer
        r"\bheart\s+area\s+(?:\w+\s+){0,2}?(?:ach\w*|pain\w*|hurt\w*|sore|tight\w*)",
        r"\b(?:ache|aching|pain|pressure|heaviness|tightness)\s+(?:\w+\s+){0,2}?in\s+my\s+own\s+chest\b",
        # "jaw and left arm aching, sweating loads and feel sick": the heart's pain felt
        # elsewhere, with the sweat (NHS, heart attack symptoms)
        r"\b(?:jaw|left\s+arm)\b[^.;]{0,30}?\b(?:ach\w*|pain\w*|hurt\w*|heavy|heaviness)\b[^.;]{0,40}?"
        r"\b(?:sweat\w*|clammy|cold\s+sweat|breathless|short\s+of\s+breath)",
        # "grabbed my chest", "clutching my chest" (what a witness sees)
        r"(?:grabbed|grabbing|grabs|clutched|clutching|clutches|clasping|clasped)\s+(?:at\s+)?my\s+chest",
        # Blind set 45: a chest squeezed, crushed or in a vice, however said
        r"(?:chest|heart\s+area)\b[^.;]{0,25}?\b(?:vice|squeez\w*|crush\w*|tight\s+band|band\s+around|"
        r"elephant|pressure|tightness)\b|(?:tightness|pressure|squeezing)\s+in\s+my\s+chest",
        r"(?:pain|ache|aching|pressure|pressing|tight(?:ness)?|heaviness|heavy|crushing|squeez\w*|"
        r"burning|sharp|stabbing|stabs?|jabs?|hurt\w*|pain\w*|band)\s+(?:\w+\s+){0,4}?(?:in|on|across|"
        r"around|round)\s+(?:the\s+)?(?:middle\s+of\s+|centre\s+of\s+|center\s+of\s+)?"
        r"(?:my\s+|the\s+)?chest",
        r"(?:chest|breastbone|sternum)(?:'s)?\s+(?:\w+\s+){0,3}?(?:pain\w*|hurt\w*|tight(?:ness)?|pressure|heav\w*|"
        r"crush\w*|squeez\w*|squash\w*|ache|aching|sore|killing\s+me|agony|in\s+agony|murdering\s+me)",
        r"(?:tight|heavy|crushing|painful|sore)\s+chest",
        r"chest(?:'s)?\s+(?:\w+\s+){0,6}?(?:spreading|going|radiating|moving)\s+(?:down|up|into|to)\s+"
        r"(?:my\s+)?(?:left\s+|right\s+)?(?:arm|jaw|neck|back|shoulder)",
        r"heart\s+attack|(?:squeez\w*|crushing|pressing|tight\w*|pressure|heav\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:behind|in|on|under)\s+(?:my\s+|the\s+)?(?:breastbone|sternum)",
        r"chest\s+(?:[\w']+\s+){0,4}?(?:elephant|sitting\s+on|standing\s+on|weight\s+on|vice|vise|band\s+(?:round|around)|"
        r"being\s+crushed|in\s+a\s+grip|clamp\w*)",
        r"(?:elephant|weight|something\s+heavy|someone|somebody)(?:'s)?\s+(?:\w+\s+){0,2}?(?:sitting|standing|"
        r"pressing)\s+"
        r"on\s+my\s+chest",
    ),
    "stroke_signs": (
        # Blind set 123: half the face gone floppy; a drink dribbling out of one side
        r"\b(?:half|one\s+side|(?:the\s+)?(?:left|right)\s+side)\s+of\s+my\s+face\s+(?:has\s+|is\s+|'s\s+)?"
        r"(?:gone\s+|went\s+|going\s+|feels?\s+)?(?:floppy|droopy|saggy|slack|limp|dead)\b",
        r"\b(?:dribbl\w+|drool\w*|spill\w*|pour\w*|leak\w*|ran|running)\s+out\s+(?:of\s+)?the\s+side\s+of\s+my\s+mouth",
        # Blind set 120: words of others suddenly not understood (NHS: "problems understanding
        # what others are saying")
        r"(?:sudden\w*|all\s+of\s+a\s+sudden|out\s+of\s+nowhere)\W+(?:\w+\W+){0,4}?(?:couldn't|can't|could\s+not|cannot)\s+"
        r"(?:understand|follow|make\s+sense\s+of)\s+(?:what|anything|a\s+word|people|words|him|her|them)",
        # Blind set 117: arm and face on one side together (even passing: a TIA is urgent
        # too); sudden double vision with staggering (NHS BE FAST)
        r"\b(?:left|right)\s+(?:arm|hand|leg)\s+(?:suddenly\s+)?(?:went|go|goes|going|felt|feels|was)\s+(?:all\s+)?(?:numb|heavy|weak|dead)\b"
        r"[^\n]{0,100}?\b(?:face|mouth|smile)\s+(?:\w+\s+){0,2}?(?:funny|weird|odd|numb|droop\w*|strange|dropped)",
        r"(?:(?=[^.\n]*\b(?:sudden\w*|out\s+of\s+nowhere|all\s+at\s+once)\b)|(?:sudden\w*|out\s+of\s+nowhere)\W+"
        r"(?:\w+\W+){0,3}?)(?:double\s+vision|(?:vision|sight)\s+(?:went|gone|going|is)\s+double|seeing\s+double)\b"
        r"[^.\n]{0,60}?\b(?:stagger\w*|can't\s+walk\s+straight|(?:lost|losing)\s+(?:my\s+)?balance|unsteady|"
        r"like\s+i'm\s+drunk)",
        # "my right arm won't do what I tell it", "all of a sudden cant grip my cup with my
        # left hand": one arm or hand that will not obey
        r"\b(?:left|right)\s+(?:arm|hand)\s+(?:won't|wouldn't|will\s+not|doesn't|isn't)\s+"
        r"(?:do\s+what\s+i\s+(?:tell|want|ask)|listen|obey|respond)",
        r"(?:all\s+of\s+a\s+sudden|suddenly|out\s+of\s+nowhere)\W+(?:\w+\W+){0,3}?(?:can't|cannot|couldn't)\s+"
        r"(?:grip|hold|lift|use|move)\s+(?:\w+\s+){0,4}?(?:with\s+)?(?:my\s+)?(?:left|right)\s+(?:hand|arm)",
        # Blind set 109: "tea dribbling out one side of my mouth"
        r"(?:dribbl\w*|drool\w*|leak\w*|spill\w*|running|pour\w*|coming)\s+(?:out\s+(?:of\s+)?|from\s+|down\s+)"
        r"(?:one|the\s+(?:left|right)|my\s+(?:left|right))\s+side\s+of\s+my\s+(?:mouth|lips?|face)",
        r"(?:left|right)\s+(?:arm|hand)\s+(?:\w+\s+)?(?:feels?|felt)\s+(?:all\s+|totally\s+|completely\s+)?"
        r"(?:useless|floppy|limp)",
        # a hand gone clumsy or weak on one side with words that will not come (a TIA's two
        # signs), in either order
        r"(?:left|right)\s+(?:hand|arm|leg)\s+(?:\w+\s+){0,2}?(?:went|gone|going|goes|felt|feels?|was|is|got)\s+"
        r"(?:all\s+|really\s+|suddenly\s+)?(?:clumsy|weak|numb|heavy|useless|dead)\b[^.;]{0,60}?\b"
        r"(?:can't|couldn't|cannot)\s+(?:find|think\s+of|get\s+out|say|remember)\s+(?:the\s+|my\s+)?words?\b|"
        r"(?:can't|couldn't|cannot)\s+(?:find|think\s+of|get\s+out|say|remember)\s+(?:the\s+|my\s+)?words?\b"
        r"[^.;]{0,60}?\b(?:left|right)\s+(?:hand|arm|leg)\s+(?:\w+\s+){0,2}?(?:went|gone|going|felt|feels?|was|is|got)\s+"
        r"(?:all\s+|really\s+|suddenly\s+)?(?:clumsy|weak|numb|heavy|useless|dead)\b",
        r"(?:mouth|lip)\s+(?:is\s+|was\s+|keeps\s+)?(?:dribbl\w*|drool\w*)\s+(?:on|from|out\s+of|down)\s+"
        r"(?:one|that|the\s+(?:left|right)|my\s+(?:left|right))\s+side",
        # "…and my left arm went weak": one arm gone weak, the FAST test's arm
        r"\b(?:left|right)\s+arm\s+(?:(?:has|just|suddenly|has\s+just)\s+)?(?:went|gone|going)\s+"
        r"(?:all\s+|really\s+)?(?:weak|dead|floppy|limp|heavy|useless)\b",
        # (never "eye drops", the medicine)
        r"(?:face|mouth|smile|grin|lip|eye(?:lid)?)(?:'s)?\s+(?:\w+\s+){0,4}?(?:droop\w*|drop(?:ped|ping)?\b|(?<!eye\s)drops|deviat\w*|"
        r"hanging|slipp\w*|"
        r"lopsided|crooked|sagging|saggy|fallen|slanted|twisted|uneven|wonky|numb\s+on\s+one\s+side)",
        r"(?:droop\w*|drop(?:ped|ping)?|lopsided|crooked|sagging)\s+(?:\w+\s+){0,3}?"
        r"(?:face|mouth|smile|side\s+of\s+my\s+face)",
        r"(?:slurr\w*|slurry)\b|(?:speech|words?|talking|speak|speaking)\s+(?:\w+\s+){0,4}?(?:slurred|"
        r"jumbled|garbled|coming\s+out\s+wrong|(?:not|isn't|aren't|wasn't|weren't|won't)\s+coming(?:\s+out)?"
        r"(?:\s+(?:properly|right))?|(?:not|isn't|wasn't|aren't|weren't)\s+clear|unclear|"
        r"all\s+wrong|mixed\s+up|strange|weird|funny|off)|"
        r"(?:everything|whatever|anything|what)\s+i\s+(?:say|said|try\s+to\s+say)\s+(?:\w+\s+){0,3}?"
        r"(?:garbled|jumbled|slurred|muddled|gibberish|nonsense)|"
        r"(?:speak|talk|talking|speaking)\s+(?:\w+\s+)?(?:strange|funny|weird|slurred|odd|wrong|"
        r"nonsense|gibberish)|"
        r"(?:can't|couldn't|cannot)\s+(?:get\s+(?:my\s+|the\s+|me\s+)?words\s+(?:out|right)|"
        r"(?:speak|talk)\s+(?:properly|right|straight|clearly|normally|proper)\b|find\s+(?:my\s+|the\s+)?words|(?:say|form)\s+(?:the\s+|my\s+)?words)",
        # …or said after: "my right arm's gone weak, came on all of a sudden"
        r"(?:arm|hand|face)(?:'s)?\s+(?:\w+\s+){0,3}?(?:weak\w*|numb\w*|heavy|droop\w*|dead)\b[^.;]{0,40}?"
        r"(?:(?:came\s+on|happened|started|began|it\s+was)\s+(?:all\s+of\s+a\s+|really\s+|so\s+|very\s+)?"
        r"sudden(?:ly)?\b|out\s+of\s+(?:nowhere|the\s+blue))|"
        r"(?:sudden(?:ly)?|all\s+of\s+a\s+sudden|out\s+of\s+nowhere|out\s+of\s+the\s+blue)\W+(?:\w+\W+){0,10}?"
        r"(?:arm|hand|face|leg|side)\s+"
        r"(?:\w+\s+){0,3}?(?:weak\w*|numb\w*|heavy|droop\w*|dead|no\s+(?:get\s+)?(?:power|strength))|"
        r"(?:sudden(?:ly)?|all\s+of\s+a\s+sudden)\s+(?:\w+\s+){0,10}?(?:weak\w*|numb\w*|see\s+double|"
        r"(?:can't|couldn't)\s+(?:lift|move|feel|see))",
        # "half my face …", matched from "face" as the other face patterns are (the words
        # before it say whose face it is)
        r"(?:(?<=half\smy\s)|(?<=side\sof\smy\s))face\s+(?:\w+\s+){0,2}?"
        r"(?:numb|droop\w*|dead|weak|fallen|drop\w*|frozen|no\s+feeling|won't\s+move|can't\s+move|"
        r"isn't\s+moving|not\s+moving)|"
        r"(?:can't|cannot|couldn't)\s+smile\s+"
        r"(?:\w+\s+){0,2}?on\s+(?:that|one|the\s+(?:left|right))(?:\s+side)?",
        r"(?:face|mouth|smile|lips?)\s+(?:\w+\s+){0,2}?(?:going|gone|went|pulling|pulled|twisted|fall|falls|turn|turns|"
        r"fell|falling|drop|drops|dropped|sided|turned|turning|skewed|bent|shifted|moved|tilted|tilting|tilt)\s+"
        r"(?:to\s+|over\s+to\s+|on\s+)?(?:one|the\s+(?:left|right)|a)\s+side",
        # "my left hand wont work properly and my face feels funny on that side"
        r"(?:left|right)\s+(?:hand|arm)\s+(?:won't|wouldn't|doesn't|didn't|isn't|can't|couldn't|will\s+not)\s+(?:\w+\s+)?"
        r"(?:work|move|grip)\w*\b[^.;]{0,40}?\b(?:face|mouth|lips?|cheek)\s+(?:\w+\s+){0,2}?(?:funn?y|odd|weird|strange|numb|"
        r"heavy|droop\w*|wrong)",
        r"(?:one|left|right)\s+side\s+(?:of\s+my\s+(?:body|face)\s+)?(?:\w+\s+){0,2}?"
        r"(?:went\s+|gone\s+|is\s+|feels?\s+)?(?:numb|weak|dead|heavy|floppy)",
        r"(?:can't|couldn't|cannot|unable\s+to|not\s+able\s+to)\s+(?:lift|raise|move)\s+(?:my\s+)?(?:left\s+|"
        r"right\s+)?arm\b",
        # "lost feeling down my whole right side", "my one side hand and leg is not moving"
        r"(?:lost|losing|no)\s+(?:all\s+)?(?:feeling|sensation|power|strength)\s+(?:\w+\s+){0,3}?"
        r"(?:my\s+)?(?:whole\s+)?(?:left|right|one)\s+side",
        r"(?:one|left|right)\s+side\s+(?:\w+\s+){0,4}?(?:not\s+moving|isn't\s+moving|won't\s+move|"
        r"can't\s+move|not\s+working|isn't\s+working|stopped\s+working)",
        # One arm gone limp: "my left arm went floppy for a few minutes" (FAST's arm)
        r"(?:left|right)\s+(?:arm|hand)\s+(?:\w+\s+){0,2}?(?:went|gone|going|goes|is|was)\s+(?:all\s+)?"
        r"(?:floppy|limp|dead|useless)",
        # The arm that falls when raised (FAST's arm test, told by the one who tried it):
        # "my left arm just flopped down when I tried to lift it"
        r"(?:left|right)\s+(?:arm|hand)\s+(?:\w+\s+){0,2}?(?:flopped|dropped|fell|drifted|sank)\s+"
        r"(?:\w+\s+){0,2}?(?:when|as|after|each\s+time|every\s+time)\s+i\s+(?:tried|try|went)\s+to\s+"
        r"(?:lift|raise|hold|move)",
        # Someone with them hears it: "my daughter says I'm not making sense"
        # (matched from "I", so the one who says it is not taken for the one it is about)
        r"(?:(?<=says\s)|(?<=said\s)|(?<=tells\sme\s)|(?<=told\sme\s)|(?<=that\s))i(?:'m|\s+am|\s+was)\s+"
        r"not\s+making\s+(?:any\s+)?sense",
        # NHS "stroke" page: sudden loss of sight, a sudden very bad headache
        r"worst\s+headache\s+(?:of\s+my\s+life|ever|i've\s+ever\s+had)|"
        r"(?:arm|hand|leg|face)\s+(?:\w+\s+){0,2}?sudden\w*\s+(?:\w+\s+){0,2}?(?:can't|won't|went\s+weak|"
        r"went\s+numb|drop\w*|weak|numb)|"
        r"(?:sudden\w*|all\s+of\s+a\s+sudden)\W+(?:\w+\W+){0,10}?(?:make\s+no\s+sense|"
        r"(?:hand|arm)\s+(?:won't|doesn't|can't|isn't)\s+(?:work|move|grip))|"
        r"(?:sudden\w*|all\s+of\s+a\s+sudden)\W+(?:\w+\W+){0,10}?(?:can't|cannot|couldn't)\s+see\b|"
        r"(?:can't|cannot|couldn't)\s+see\s+(?:out\s+of|with)\s+(?:my\s+|one\s+)(?:left\s+|right\s+)?eye|"
        r"(?:lost|losing|loss\s+of)\s+(?:the\s+)?(?:sight|vision)\s+in\s+(?:my\s+|one\s+)|"
        r"(?:went|gone|going)\s+blind\s+in\s+(?:my\s+)?(?:left\s+|right\s+|one\s+)eye|"
        # "half my eyesight just went": sight lost on one side, at once
        r"(?:half|part|one\s+side)\s+(?:of\s+)?my\s+(?:eye)?(?:sight|vision)\s+(?:\w+\s+){0,2}?"
        r"(?:went|gone|disappeared|vanished|blacked\s+out|greyed\s+out|missing)",
        # "a stroke", never "I stroke the cat" or "a stroke of luck".
        r"(?:a|mini|having|had|another)\s+stroke\b(?!\s+of\b)|\bstroke\s+(?:symptoms|signs)",
        # clinical words: "facial droop", "expressive aphasia"
        r"facial\s+(?:droop\w*|weakness|palsy|asymmetry)|(?:expressive\s+|receptive\s+)?aphasia|"
        r"dysphasia|dysarthria",
    ),
    "trauma": (
        # "nearly fell over on the stairs" is no fall
        _NOT_NEARLY + r"\b(?:fell|fallen)\s+(?:down|off|over|from|"
        r"on(?!\s+my\s+(?:foot|feet|toes?|hand|fingers?|thumb|head))|"
        r"onto|backwards?|hard|badly|heavily|out\s+of)\b",
        _NOT_NEARLY + r"\bhad\s+a\s+(?:\w+\s+)?fall\b|\ba\s+(?:bad|nasty|big|hard|heavy)\s+fall\b|"
        r"\bdid\s+fall\s+(?:down|off|over|from|onto)\b",
        # Irish English: "I'm after having a fall on the stairs", "I'm after falling"; a
        # step missed on the way down is a fall told by its cause (Sandbox, Dublin)
        _NOT_NEARLY + r"\b(?:i'?m|i\s+am|i\s+was|she'?s|he'?s)\s+(?:just\s+)?after\s+"
        r"(?:having\s+a\s+(?:\w+\s+)?fall|falling)\b",
        _NOT_NEARLY + r"\bmissed\s+(?:the|a)\s+(?:last\s+|bottom\s+|top\s+)?(?:step|stair)\b"
        r"(?!\s+(?:of|in)\s+)",
        # the fall in idiom: "came a cropper on the stairs", "went arse over tit", "went down hard"
        _NOT_NEARLY + r"\b(?:came|come|coming)\s+a\s+cropper\b|"
        r"\b(?:went|fell|going|gone)\s+(?:arse|ass|head)\s+over\s+(?:tit|tits|teakettle|tea\s*kettle|heels|"
        r"elbow)\b|\bwent\s+down\s+(?:hard|heavy|heavily|badly)\b|"
        r"\bhit\s+the\s+(?:floor|deck|ground)\s+(?:hard|heavily|badly)\b|\bi\s+went\s+flying\b",
        r"\b(?:car|road|traffic|motorbike|motorcycle|bike|cycling|skiing|riding|work)\s+"
        r"(?:accident|crash|collision)\b|" + _NOT_NEARLY + r"\bcrashed\b|\brear[-\s]ended\b",
        _NOT_NEARLY + r"\b(?:was|got|been)\s+(?:hit|struck|knocked\s+(?:down|over))\s+by\b",
        # "tripped over the cat and fell", "slipped and fell": the fall said plainly
        _NOT_NEARLY + r"\b(?:tripped|slipped|stumbled)\s+(?:\w+\s+){0,5}?and\s+fell\b",
        _NOT_NEARLY + r"(?<!face\s)(?<!has\s)\bslipped\s+(?:on|and|down|over)\b",
        r"\blanded\s+(?:hard\s+|badly\s+)?on\s+(?:my|me)\s+(?:back|bum|butt|tailbone|coccyx|bottom|"
        r"spine)\b",
        r"\b(?:broke|broken|fractured|cracked)\s+(?:a\s+|my\s+)?(?:back|spine|vertebra\w*|"
        r"tailbone|coccyx)\b|\bwhiplash\b",
        # a fall told by where, or alone: "fell in the bathroom", "fell getting out of the
        # bath", "she fell." (never "fell asleep", "fell behind", "my pain fell to 3")
        _NOT_NEARLY + r"\bfell\s+(?:in|at|into)\s+(?:the|a|my|our|her|his)\s+(?:shower|bath|"
        r"bathtub|bathroom|toilet|loo|kitchen|hall|hallway|garden|yard|street|road|car\s+park|"
        r"parking\s+lot|shop|supermarket|garage|bedroom|driveway|snow|mud|dark|park|gym|pool|"
        r"lounge|living\s+room|house|stairwell|doorway)\b",
        _NOT_NEARLY + r"\bfell\s+(?:getting|going|coming|climbing|stepping|walking|reaching|"
        r"trying)\b",
        _NOT_NEARLY + r"\b(?:i|he|she|we|mum|mom|dad)\s+(?:just\s+)?fell\b(?=\s*(?:$|[,.;!]|and\b|"
        r"this\b|yesterday|last\b|today|earlier|again|tonight))",
        # "took a tumble", "had a nasty spill", "tumbled down the stairs", "tripped down the
        # last two stairs"
        _NOT_NEARLY + r"\b(?:took|had|taken|take)\s+(?:a\s+)?(?:\w+\s+)?"
        r"(?:tumble(?!\s+dryer)|spill)\b",
        _NOT_NEARLY + r"\b(?:tripped|tumbled|slipped|stumbled|rolled)\s+down\s+(?:\w+\s+){0,3}?"
        r"(?:stairs|steps?|hill|bank|slope|ladder)\b",
        # a hard knock to the back: "knocked my back on the door", "banged my back on the
        # table" (never "knock on wood", "the pain knocked me out")
        r"\b(?:knocked|banged|bashed|hit|whacked|smacked|struck|cracked|slammed)\s+(?:my|her|his)\s+"
        r"(?:lower\s+|upper\s+|mid\s+)?(?:back|spine|tailbone|coccyx)\s+(?:\w+\s+)?"
        r"(?:on|against|off|into)\b",
    ),
    # New or worse back pain in someone who has had cancer; a cancer mentioned alone is
    # not news to someone living with it, so both must be said.
    "cancer_history": (
        _CANCER + _W + r"{0,10}?\W+" + _NEW_PAIN,
        _NEW_PAIN + _W + r"{0,10}?\W+(?:\w+\W+)?" + _CANCER,
    ),
    "weight_loss": (
        r"\b(?:lost|losing|dropped|dropping)\s+(?:a\s+lot\s+of\s+|so\s+much\s+|loads\s+of\s+|"
        r"lots\s+of\s+|some\s+)?weight\s+(?:without\s+(?:even\s+)?(?:trying|meaning\s+to|"
        r"dieting)|for\s+no\s+(?:apparent\s+)?reason)",
        r"\b(?:lost|losing|dropped)\s+\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone)\s+"
        r"(?:\w+\s+){0,3}?(?:without\s+(?:even\s+)?(?:trying|meaning\s+to|dieting)|"
        r"for\s+no\s+(?:apparent\s+)?reason)",
        r"\bunexplained\s+weight\s+loss\b|\bweight\s+(?:is\s+)?(?:just\s+)?(?:dropping|falling|"
        r"melting)\s+off\b",
        # "lost a stone without trying", "trousers hanging off me and I'm not dieting"
        r"\b(?:lost|losing|dropped)\s+(?:(?:a|half\s+a|\d+|two|three)\s+stone|(?:a\s+)?(?:dress|trouser|jeans)\s+sizes?|"
        r"(?:\w+\s+)?sizes?)\b(?=.*\b" + _NOT_TRYING + r")",
        r"\b(?:trousers|clothes|jeans|pants|shirts?|belt|rings?)\s+(?:are\s+|is\s+|just\s+)?"
        r"(?:hanging|falling|dropping)\s+off\s+me\b(?=.*\b" + _NOT_TRYING + r")|"
        r"\bweight\s+(?:is\s+)?(?:just\s+)?(?:dropping|falling|melting)\s+off\s+me\b",
    ),
}


def _near(a: str, b: str, words: int) -> str:
    """`a` and `b` in either order with at most `words` words between them."""
    gap = r"\W+(?:\w+\W+){0," + str(words) + r"}?"
    return rf"(?:{a}){gap}(?:{b})|(?:{b}){gap}(?:{a})"


def _gap_without(word: str, words: int) -> str:
    """At most `words` words between two phrases, none of them `word`."""
    return r"\W+(?:(?!" + word + r")\w+\W+){0," + str(words) + r"}?"


_TINGLE = r"(?:pins\s+and\s+needles|tingl\w*)"
_BOTH_BUTTOCKS = r"(?<!left )(?<!right )(?<!one )" + _BUTTOCKS
_OTHER_PLACE = (
    r"(?:foot|feet|toes?|ankles?|calf|calves|shins?|knees?|legs?|thighs?|hips?|back|spine)\b"
)
# "… pins and needles in my foot": the tingling said to be somewhere else
_NOT_ELSEWHERE = r"(?!\s+(?:\w+\s+){0,3}?" + _OTHER_PLACE + ")"

# Concept pairs: a body part or function said beside what went wrong with it, in
# whatever words and order ("lost control of me bowels", "my bladder … keep leaking").
# They carry the cauda equina signs of clinical-facts.md §4 (NICE NG59 / CKS: "loss or
# change of perianal and perineal sensation", "urinary retention or incontinence",
# "severe or progressive neurological deficit in the lower extremities").
_TOILET_THING = (
    r"(?:bladder|bowels?|pee|peeing|peed|wee|weeing|weed|urine|urinate|urinating|piss|pissing|poo|pooing|"
    r"poop|pooping|stools?|motions?|water\s+works|waterworks)"
)
_TOILET_WRONG = (
    r"(?:leak\w*|accidents?|(?:lost|losing|lose|no|zero)\s+control|"
    r"(?:can't|couldn't|cannot|unable\s+to|no\s+fit)\s+(?:\w+\s+)?(?:control|hold|stop|tell|"
    r"empty|start|pass)|(?:can't|cannot|couldn't)\s+(?:feel|tell)\s+(?:when|if|whether|that)|"
    r"(?:can't|cannot|couldn't)\s+feel\s+(?:myself|it)\b|"
    r"can't\s+tell|won't\s+hold|(?:just\s+)?(?:comes|came|coming)\s+out\s+(?:by\s+itself|on\s+its\s+own)|"
    r"nothing\s+(?:happening|happens|comes|"
    r"came|coming)|won't\s+(?:come|start|stop)|no\s+dey\s+come|retention|incontinen\w*|"
    r"don't\s+know\s+when|didn't\s+know\s+(?:when|i)|no\s+urge|(?:can't|cannot|couldn't)\s+go\s+at\s+all|"
    r"feels?\s+full\s+but|passing\s+without\s+(?:my\s+)?(?:knowledge|knowing|control)|without\s+(?:knowing|feeling|"
    r"noticing)|full\s+but|without\s+my\s+(?:knowledge|knowing|control))"
)
_LIMB = r"(?:leg|legs|foot|feet|knee|knees|ankle|ankles|toes?|tip\s*toes|tiptoes|heels?)"
_LIMB_WRONG = (
    r"(?:giving\s+(?:way|out)|gave\s+(?:way|out)|gives\s+(?:way|out)|buckl\w+|collaps\w+|"
    r"(?:just\s+)?(?:folded|crumpled)|"
    r"no\s+(?:get\s+)?(?:power|strength)|(?:lost|losing|lose)\s+(?:its\s+|all\s+|the\s+)?"
    r"(?:power|strength)|won't\s+(?:lift|move|hold|work|take\s+my\s+weight)|"
    r"(?:can't|cannot|couldn't)\s+(?:lift|move|hold|bear)(?!\s+(?:my\s+|the\s+)?(?:bowels?|bladder|urine|pee|"
    r"wee|poo|water|toilet|it\s+in))|won't\s+(?:come|go)\s+up|isn't\s+doing\s+what|"
    r"doesn't\s+do\s+what|not\s+doing\s+what|dragg?ing|flopp\w*|slapp\w*|"
    r"catch(?:ing|es)?\s+(?:on|my)|getting\s+weaker|weaker\s+and\s+weaker|"
    r"(?:less|losing|no\s+more)\s+strength|weaker\s+(?:each|every)\s+day|"
    r"(?:don't|doesn't|won't|not)\s+listen\s+to\s+me|"
    r"strength\s+(?:\w+\s+){0,4}?(?:is\s+)?(?:going\s+down|gone\s+down|getting\s+less|reducing|"
    r"decreasing|less\s+and\s+less)|need\s+(?:support|help|something)\s+to\s+stand|"
    r"(?:slipper|shoe|sandal)s?\s+(?:keeps?\s+)?(?:falls?|falling|slips?|slipping)\s+off)"
)
_PAIRS: Final[dict[str, tuple[str, ...]]] = {
    "bladder_bowel": (
        _near(_TOILET_THING, _TOILET_WRONG, 8),
        r"(?:trying|tried|try)\s+to\s+(?:pee|wee|urinate|piss|go)\W+(?:\w+\W+){0,6}?"
        r"(?:nothing|no\s+luck|can't|won't|doesn't)",
        _CANT + r"\s+(?:seem\s+to\s+|manage\s+to\s+|even\s+|get\s+myself\s+to\s+)?"
        r"(?:have|do|get\s+out|go\s+for|pass|squeeze\s+out)\s+(?:a\s+|any\s+)?"
        r"(?:wee|pee|piss|urine|water)\b",
        r"(?:urine|pee|wee|poo|poop|stool)\s+(?:\w+\s+){0,3}?(?:by\s+itself|on\s+its\s+own|without\s+me)",
        r"(?:peeing|weeing|urinating|passing\s+urine)\s+(?:is|was|has\s+been)\s+(?:really\s+|so\s+|very\s+)?"
        r"(?:hard|difficult|impossible|a\s+struggle)",
        # "I no fit hold my toilet again, e dey come out by itself"
        _CANT + r"\s+hold\s+(?:my\s+|the\s+)?(?:toilet|urine|pee|wee|poo|stool|bladder|water)|"
        r"(?:come|comes|coming|came)\s+out\s+by\s+itself",
        r"\bi\s+(?:keep\s+|have\s+started\s+to\s+|now\s+)?dribbl(?:e|ing)\s+(?:when|if|as|after|every)",
        # "had a leak at work" (not "a leak in the roof")
        r"\bhad\s+(?:a\s+)?(?:little\s+|small\s+|bit\s+of\s+a\s+)?leak\b(?!\s+(?:fixed|repaired)|\s+(?:in|"
        r"under|from|of)\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+)?(?:roof|ceiling|pipes?|tank|tyre|tire|boiler|"
        r"radiator|sink|tap|car|hose|gutter|bucket|kitchen|wall|window))",
        r"(?:can't|cannot|couldn't|no\s+longer)\s+tell\s+(?:\w+\s+){0,2}?when\s+i\s+need\s+(?:the\s+)?"
        r"(?:washroom|toilet|loo|bathroom|restroom|to\s+(?:go|pee|wee))",
        r"(?:didn't|couldn't|can't|never|don't)\s+(?:\w+\s+)?make\s+it\s+to\s+the\s+(?:toilet|loo|"
        r"bathroom)\s+(?:in\s+time)?",
    ),
    "saddle_numbness": (
        r"(?:can't|cannot|couldn't|don't)\s+(?:\w+\s+)?feel\s+(?:the\s+)?(?:toilet\s+)?seat",
        _near(
            _SADDLE_AREA,
            r"(?:feels?\s+(?:weird|strange|odd|funny|different|wrong)\s+(?:when|down)|no\s+feeling|"
            r"can't\s+feel)",
            5,
        ),
        # Tingling where one sits; in the buttocks only when no side and no other place is
        # said with them (one buttock to the foot is sciatica: the note at _BUTTOCKS)
        _near(_SADDLE_CORE, _TINGLE, 5),
        _TINGLE + _gap_without(_OTHER_PLACE, 5) + _BOTH_BUTTOCKS,
        _BOTH_BUTTOCKS + _gap_without(_OTHER_PLACE, 5) + _TINGLE + _NOT_ELSEWHERE,
    ),
    "leg_weakness": (
        _near(_LIMB, _LIMB_WRONG, 5),
        r"(?:leg|legs|knee|knees)\s+(?:keep\s+|keeps\s+|are\s+|is\s+|just\s+)?(?:going|gone|went|go)\s+"
        r"(?:on\s+me|from\s+under\s+me)",
        # clinicians' shorthand: "R ankle dorsiflexion weakness, progressing"
        r"(?:dorsi|plantar)[-\s]?flexion\s+(?:\w+\s+)?weak\w*|weak\w*\s+(?:\w+\s+){0,2}?(?:dorsi|plantar)"
        r"[-\s]?flexion|(?:progressive|progressing|worsening)\s+(?:\w+\s+)?weakness",
        r"strength\s+(?:in\s+)?(?:my\s+)?(?:both\s+)?(?:\w+\s+)?(?:legs?|feet|foot)\s+(?:is\s+|are\s+)?"
        r"(?:reducing|decreasing|going\s+down|getting\s+less|less\s+and\s+less)",
        # weakness that grows, with the stumbling it causes: the legs go without saying
        r"(?:getting|got|grown|growing)\s+weaker\W+(?:\w+\W+){0,4}?(?:keep|kept|keeps|always)\s+"
        r"(?:stumbling|tripping|falling|nearly\s+falling)",
        r"(?:trip(?:ping|ped|s)?|stumbl\w*)\s+(?:\w+\s+){0,2}?over\s+my\s+(?:own\s+)?"
        r"(?:left\s+|right\s+)?(?:foot|feet|toes|leg)",
    ),
}


# Cheap necessary conditions: every pattern of a flag contains one of its words, so a
# sentence without any of them cannot match and the costly proximity search is skipped.
_PREFILTER: Final[dict[str, str]] = {
    "bladder_bowel": r"bladder|bowel|pee|piss|wee|urin|stool|poo|toilet|wet|soil|shat|shit|"
    r"undies|nothing|need\s+to\s+go|number\s+(?:one|two)|"
    r"mess|dirtied|incontinen|water|accident|leak|dribbl|\bgo|control|motion|trying|loo|"
    r"bathroom|washroom|restroom|retention|urge|burst|soak|trouser|pants|knicker|jeans|underwear|itself|"
    r"daks|dacks|kecks|keks|strides|trackies|drawers|briefs|joggers|leggings|"
    r"latrine|orinar|void|emptying|pvr|retaining",
    "saddle_numbness": r"numb|feel|sensation|dead|wip|saddle|pins|tingl|seat|sleep|asleep|else's|"
    r"bum|bottom|butt|backside|between|groin|private|genital|perineum|inner\s+thigh",
    "leg_weakness": r"leg|knee|thigh|foot|feet|toe|ankle|drop|drag|fall|weak|stumbl|trip|heel|"
    r"mahina|makalakad|slipper|shoe|sandal|flexion|strength|stand|hop\b|chair|sofa|couch|seat|toilet|recliner",
    "fever": r"fever|febri|pyrex|temp|°|degree|deg\b|chill|rigor|shiver|burning|hot|lagnat|bukhar|"
    r"thermometer|flu|\d\.\d|sweat|teeth|roasting|boiling|freezing|"
    r"cold|10[0-5]|3[89]|4[01]",
    "overdose_signs": r"wak|wok|rous|respon|pass|conscious|breath|blue|purple|gr[ea]y|ashen|pupil|"
    r"pinpoint|"
    r"too\s+(?:many|much)|overdos|\bod|whole|entire|(?:took|swallowed)\s+all|doubl|twice\s+(?:my|the)|awake|"
    r"head\s+up|eyes\s+open|every|"
    r"answer|nodding|nodded|asleep|response|floppy|gurgl|snor|chok|rattl|open\s+(?:his|her|their)\s+eyes|"
    r"dozed|dozing|drifting|drifted|dropping\s+off|dropped\s+off|to\s+sleep|nodding|"
    r"eye|nothing|stirred|cold|conk|under|slumped|gaps|pauses|fell|fall|shak|splash|shout|"
    r"call|halfway|between|wheel|mower|dozed|remind|breaths|shook|stir|moved|budg|"
    r"hold\s+(?:my|me)|more\s+than|extra|mistake|accident",
    "allergic_reaction": r"throat|tongue|lip|face|mouth|airway|jaw|breath|swallow|wheez|gasp|"
    r"anaph|allerg|epi|hives|angio|eyelid|cheek|enough\s+air|eyes?\s+(?:\w+\s+){1,3}?shut|"
    r"eyes?\s+(?:\w+\s+)?(?:swell|puff)|rash|welt|blister|peel|blotch",
    "trauma": r"fell|fallen|fall|accident|crash|collision|rear|hit|struck|knocked|slipp|cropper|"
    r"over\s+t|over\s+heels|went\s+down|flying|"
    r"landed|broke|fractur|crack|whiplash|missed|tumble|spill|tripped|stumbled|rolled|banged|"
    r"bashed|whacked|smacked|slammed",
    "weight_loss": r"weight|lost|losing|dropp|hanging\s+off|falling\s+off",
    "gi_bleeding": r"blood|bleed|coffee|tar|melaena|melena|haemat|hemat|black|red|brown|gritty|"
    r"grain|licorice|liquorice|motor\s+oil|dregs",
    "chest_pain": r"chest|heart\s+attack|breastbone|sternum|heart\s+area|jaw|left\s+arm",
    "stroke_signs": r"droop|drop|lopsided|crooked|sagg|fallen|slant|twist|uneven|numb|slur|"
    r"speech|words?|talk|speak|sudden|side|arm|stroke|headache|see\b|sight|vision|hand|deviat|face|"
    r"smile|grin|facial|aphasia|dysphasia|dysarthria|say\b|said\b|jumbl|garbl|gibberish|dribbl|drool|grip",
    "cancer_history": r"cancer|tumo|lymphoma|myeloma|leuk|melanoma|metasta|chemo|oncolog",
    "suicidal": r"die|dead|wak|sleep|end|life|suicid|harm|hurt|cut|injure|burn|self|"
    r"unalive|point|worth|live|living|better\s+off|go\s+on|exist|carry|keep|miss|care|"
    r"over|gone|disappear|born|alive|reason|use|pills|tablets|meds|here|kill|taking|how|"
    r"jump|throw|step|stockpil|hoard|stash|sav|kept|put|stor|collect|enough|dose|gave|giv|way|wan|"
    r"without\s+me|engine|bridge|thinking|pray|rope|beam|plan|mercy|relie|wheel|funeral|razor|"
    r"aside|jar|for\s+when|lined|looked|googl|search|research|amount|wishing|morning|asleep|"
    r"welcome|hits\s+me|wisnae|burden|lighter|problem|will\b|tidy|peace|accounts|debts|eulogy|"
    r"won't\s+be|anything\s+happens|answer|over\b|stood|jump|garage|running|tested|practice|hose|"
    r"let\s+go|trains?|that's\s+it|measured|driving|accident|picked|to\s+do\s+it|end\s+things|happen|"
    r"nobody|quiet|leben|morrer|viver|finir|mabuhay|topping|arsed|candle|"
    r"blade|disappoint|"
    r"need|wrote|writ|goodbye|farewell|tired|stock|done|see|whole|entire|many|much|lethal|fatal|"
    r"bottle|swallow|last|final|check|counted|fine|better|easier|happier|finish|kms|kys|rather|"
    r"alive|much|stop|affairs|burden|exist|purpose|deliberately|bridge|cliff|ledge|tree|"
    r"mabuhay|mamatay|jeene|jeena|jina|marna|khud|khatam|vivir|morir|think|thought|every|know",
}
_SUICIDAL_HERE = re.compile(r"(?:" + "|".join(f"(?:{p})" for p in _PATTERNS["suicidal"]) + r")")
# The same signs said in Spanish (bot.parsing.redflags_es) are read beside the English.
_COMPILED: Final[tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]] = tuple(
    (
        flag,
        re.compile(
            _PREFILTER[flag] + (f"|{SPANISH_PREFILTER[flag]}" if flag in SPANISH_PREFILTER else "")
        ),
        re.compile(
            r"(?:"
            + "|".join(
                f"(?:{p})" for p in (*pats, *_PAIRS.get(flag, ()), *SPANISH_PATTERNS.get(flag, ()))
            )
            + r")"
        ),
    )
    for flag, pats in _PATTERNS.items()
)

# The overdose's signs, without the words that only say how much was taken.
_OVERDOSE_SIGNS_SEEN = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            *_PATTERNS["overdose_signs"],
            *_PAIRS.get("overdose_signs", ()),
            *SPANISH_PATTERNS["overdose_signs"],
        )
        if p not in (_TOO_MUCH_TAKEN, SPANISH_TOO_MUCH)
    )
)


_NEG_TRIGGER = re.compile(
    # (Tagalog "wala": "wala po akong fever", none)
    r"\b(?:no|not|never|without|nor|zero|denies|deny|denied|none|nothing|free\s+of|wala|"
    + SPANISH_NEGATION
    + r"|"
    r"don't|didn't|doesn't|haven't|hasn't|hadn't|isn't|aren't|wasn't|weren't|"
    r"if|in\s+case|whether|watch\s+(?:out\s+)?for|look\s+out\s+for|what\s+if|should\s+i|"
    r"keep\s+an\s+eye\s+(?:on|out\s+for)|"
    r"signs\s+of|symptoms\s+of|warned\s+(?:me\s+)?about|told\s+me\s+about|"
    r"asked\s+(?:me\s+)?about|asking\s+(?:me\s+)?about|checked\s+(?:me\s+)?for|"
    r"screen(?:ed|ing)?\s+(?:me\s+)?for|wanted\s+to\s+know\s+(?:about|if|whether)|"
    r"asked\s+(?:me\s+)?(?:if|whether))\b"
)
# Triggers that are not negations of what follows ("not sure", "didn't notice").
_PSEUDO = re.compile(
    r"(?:no|not|don't|didn't|doesn't|never)\s+(?:know|knew|realise|realize|realised|realized|"
    # ("I never think to hurt myself" is no; "didn't think about it until …" stays a yes)
    r"notice|noticed|think(?!\s+(?:to|of)\b)|thought|expect|expected|mean|understand|believe|care|sure|idea|only|"
    r"just|matter|doubt|wait|stop|one|longer|joke|kidding|lie|lying|exaggerat\w*)\b|"
    r"as\s+if|even\s+if|\bnot\s+(?:able|well)\b|"
    # "me, not so good: 39 degrees": how the writer is, not a denial of what follows
    r"\bnot\s+(?:so|too|very|feeling)\s+(?:good|great|well|hot|clever|grand)\b|"
    # "I don't feel the zone between the legs" is the numbness itself
    r"(?:don't|can't|didn't)\s+feel\s+(?:the|my)\b|\bno\s+(?:control|feeling|sensation|urge|point|"
    r"reason|use)\b|\b(?:not|isn't|wasn't|aren't|weren't)\s+(?:breathing|responding|waking|worth)\b"
)
_TERMINATOR = re.compile(
    r"\b(?:now|still|yet|which|who|except|apart|besides|until|again|"
    # "he not answer me and his lips blue": a new subject ends the negation
    r"and\s+(?:his|her|my|their|the|its|both|both\s+my)|"
    # "my leg is not obeying me and I can't feel down there": the writer's next clause
    r"and\s+i(?:'m|'ve)?|" + SPANISH_TERMINATOR + r")\b"
    # Spanish: "no puedo dormir y tengo fiebre", "no tengo fiebre pero me duele el pecho"
)
# A sign said as its own clause, subject and verb ("… not working and speech is unclear"):
# a denial before the "and" is the earlier clause's
_OWN_CLAUSE = re.compile(r"[a-z]+\s+(?:is|are|was|were|has|feels?|seems?|went|keeps?)\b")
_POST_NEG = re.compile(
    # "chest pain ❌ numbness ❌": a checklist ticked no
    r"^\s*[:=-]?\s*(?:\u274c|\u2716|\u2717|\u2718|\U0001f6ab|nope|nil|negative)(?!\w)|"
    r"^\W*(?:'s|is|are|was|were|has|have|seems?|feels?|looks?|felt)?\s*(?:been\s+)?"
    r"(?:totally\s+|completely\s+|all\s+|totally\s+|back\s+to\s+)?(?:fine|ok|okay|normal|good|improv\w*|"
    r"recover\w*|"
    r"gone|better|resolved|cleared|under\s+control|free|broke|broken|went\s+away|gone\s+away|"
    r"went\s+down|come\s+down|came\s+down|settled|no\s+problem|none(?!\s+stop))\b"
)
_RESOLVED_LATER = re.compile(
    # "I haven't gone since morning" is not "gone since": a negation before it
    r"\b(?<!n't\s)(?<!not\s)(?<!never\s)(?:all\s+good|all\s+fine|fine|ok|okay|better|gone|cleared(?:\s+up)?|resolved|normal|"
    r"over\s+it|no\s+problems?)\s+(?:now|since|these\s+days)\b|\bnot\s+any\s*more\b|"
    r"\bno\s+longer\b|\bhasn't\s+come\s+back\b|\bhaven't\s+had\s+(?:it|one|any)\s+since\b|"
    r"\b(?:none|nothing|not\s+once|never)\s+since\b|\be?\s*don\s+(?:better|go|clear)\b|"
    r"\b(?:strong|fine|normal|normally|good)\s+again\b|\bback\s+to\s+normal\b|\bresolved\b|"
    # "… we couldn't wake him, he's fine this morning"
    r"\b(?:he's|she's|i'm|they're|he\s+is|she\s+is|i\s+am|all)\s+(?:fine|ok(?:ay)?|good|well)\s+"
    r"(?:this\s+(?:morning|afternoon|evening)|today)\b|"
    # "now it has worn off fully", "miles better since the op, I can lift my toes again"
    r"\bnow\s+(?:it\s+|it's\s+|that\s+|that's\s+)?(?:has\s+|'s\s+)?(?:worn|wore)\s+off\b|"
    # "…after the 2021 op wore off within a month"
    r"\bwore\s+off\s+(?:within|after|in|over)\s+(?:(?:a|an|\d+|two|three|a\s+few|a\s+couple\s+of)\s+)?"
    r"(?:days?|weeks?|months?)\b|"
    r"\b(?:miles|much|loads|heaps|way|a\s+lot|lots|so\s+much|far)\s+better\b|"
    r"\bcan\s+(?:\w+\s+){1,3}?again\b|"
    # "…yesterday, today normal only", "numb bum from the pews, gone as soon as I stood up"
    r"\b(?:today|now)\s+(?:all\s+|totally\s+|completely\s+)?(?:normal|fine|ok(?:ay)?)\b|"
    r"\b(?:gone|fine|ok|okay|better|normal|went\s+(?:away|off)|passed|wore\s+off)\s+(?:again\s+)?"
    r"(?:as\s+soon\s+as|once|when|the\s+moment)\s+i\s+"
    r"(?:stood|got\s+up|moved|walked|stretched|shifted|changed\s+position)\b|"
    # "ok after a sit down", "has mostly recovered", "physio sorted it"
    r"\b(?:ok|okay|fine|better|normal)\s+(?:again\s+)?after\s+(?:a\s+)?(?:sit(?:\s+down)?|rest|lie\s+down|"
    r"nap|break|breather)\b|\b(?:has|have|had)\s+(?:mostly\s+|largely\s+|fully\s+|completely\s+)?"
    r"recovered\b|\b(?:sorted|fixed|cured)\s+(?:it|that|them)\b|"
    # "couldn't pee for a few hours after my op but that sorted itself out"
    r"\b(?:sorted|cleared|settled|righted|fixed|resolved)\s+(?:itself|themselves)(?:\s+(?:out|up|down))?\b|"
    # "the antibiotics cleared it and the doctor has seen me since"
    r"\b(?:antibiotics|tablets|treatment|meds|medicine|course|it)\s+(?:\w+\s+)?cleared\s+(?:it|that|them)(?:\s+up)?\b|"
    r"\b(?:nil|no)\s+(?:issues?|problems?|trouble|episodes?)\s+since\b|"
    # "the leaflet lists lip swelling as an allergy sign, I haven't got that"
    r"\b(?:haven't|have\s+not|don't|do\s+not)\s+(?:got|have|had)\s+(?:that|it|those|any\s+of\s+(?:that|those|them))\b|"
    r"\bnothing\s+like\s+that\b|\bnone\s+of\s+(?:that|those|them)\b|"
    r"\bthat\s+was\s+(?:back\s+in|in|last|ages|years|months|a\s+while)\b|"
    r"\bthat\s+was\s+(?:\d+|a\s+few|many|two|three|several)\s+(?:years?|months?)\s+ago\b|\bwent\s+down\s+after\b|"
    r"\b(?:been|are|were)\s+(?:totally\s+|completely\s+|perfectly\s+)?normal\b|"
    # "…the doctor changed it, now no problem"
    r"\bnow\s+(?:no\s+(?:problems?|issues?|trouble)|(?:all\s+)?fine|ok(?:ay)?|all\s+good)\b|"
    + SPANISH_RESOLVED
)
# Asked in general, opening the sentence (its "?" is gone once split into sentences)
_ASKS_THE_SIGNS = re.compile(
    r"^\W*(?:please\s+|sorry\s+|quick\s+question\W+)?(?:what|which)\s+(?:are\s+)?(?:the\s+)?"
    r"(?:signs?|symptoms?)\s+(?:of|go|would|will|that|show|mean|to\s+watch)\b"
)
# "what does foot drop actually look like?", "what would an allergic reaction to celecoxib
# look like?": the sign asked about, the subject of the question
_WHAT_IT_LOOKS_LIKE = re.compile(
    r"^\W*(?:what|how)\s+(?:does|do|would|will|might|could|should)\s+(?:\w+\s+){1,7}?"
    r"(?:actually\s+|even\s+|really\s+)?(?:look|feel|show|present)\s+(?:like|up|itself)?"
)
_LOOKS_LIKE_HAVING = re.compile(
    r"\b(?:looks?|looked|looking|sounds?|sounded)\s+like\s+(?:i'm|i\s+am|i\s+was|i've|he's|she's)\s+"
    r"(?:having|had)\s+a\s+(?:stroke|heart\s+attack|seizure|fit)\b"
)
_BLUE_EXPLAINED = re.compile(
    r"\bfrom\s+(?:the\s+|a\s+|my\s+)?(?:\w+\s+)?(?:slushie|slushy|slush\s+puppie|ice\s+lolly|popsicle|"
    r"lolly|sweets?|candy|blueberr\w*|dye|food\s+colou?ring|ink|paint|cold|swim|pool|sea)\b|"
    # "half my face still painted blue 😂" (the match's face paint)
    r"\bpainted\s+(?:\w+\s+)?blue\b|\bface\s+paint\b|\bblue\s+paint\b|"
    r"\bfrom\s+(?:the\s+|a\s+|my\s+)?(?:\w+\s+){2,3}(?:slushie|slushy|ice\s+lolly|popsicle|lolly|sweets?|"
    r"candy|drink|juice|sherbet)\b|"
    # "lips went blue in the sea at bondi, freezing"
    r"\bin\s+the\s+(?:sea|ocean|pool|lake|river|cold|snow)\b|\b(?:freezing|frozen|so\s+cold|shivering)\b|🥶"
)
# A temperature read: 35–42.9 °C or 95–108.9 °F
_READING = re.compile(
    r"(?<![\d.])(3[5-9]|4[0-2]|9[5-9]|10[0-8])(?:[.,](\d))?(?![\d.])"
    r"(?!\s*(?:mg|mcg|ml|min|mins|minutes|hours?|hrs?|h\b|days?|weeks?|yrs?|years?|kg|kgs|lbs?|%|/\s*\d|"
    r"am\b|pm\b|:))"
)


def _below_a_fever(sentence: str) -> bool:
    """Whether every temperature the sentence reads is under a fever's 38 °C (100.4 °F)."""
    readings = [float(f"{m[1]}.{m[2] or 0}") for m in _READING.finditer(sentence)]
    return bool(readings) and all(r < (38.0 if r < 45 else 100.4) for r in readings)


# Not waking wished for, not seen: the suicidal flag's, never an overdose's sign
_WISHED_FOR = re.compile(
    r"\b(?:want(?:ed)?\s+to|wanna|wish(?:ed)?|hop(?:e|ing)|pray(?:ing)?|rather|would\s+love\s+to|"
    r"could\s+just)\b[^.;]{0,60}$"
)
# A swelling with its knock or bite said after it ("cos i bit it", "from walking into the door")
_HURT_ITSELF = re.compile(
    r"\b(?:cos|coz|cuz|because|since|after|from|where)\s+(?:i\s+)?(?:bit|bitten|biting|bumped|banged|"
    r"knocked|hit|whacked|smacked|walk(?:ed|ing)\s+into|caught)\b"
)
# The doctor or pharmacist has said the dark stools are expected (iron, bismuth): they
# know of it. The writer's own reading ("googled it, apparently normal") is not enough.
_CLINICIAN_EXPECTED = re.compile(
    r"\b(?:gp|doctor|doc|dr|pharmacist|nurse|consultant|specialist)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told\s+me|reckons)\s+(?:that's|thats|it's|its|this\s+is|that\s+is|it\s+is|it\s+was|"
    r"it'?d\s+be|they're|theyre)?\s*(?:\w+\s+)?(?:expected|normal|harmless|nothing\s+to\s+worry)|"
    # "GP warned me it would", "pharmacist said the bismuth does that"
    r"\b(?:gp|doctor|doc|dr|pharmacist|nurse|consultant|specialist)\s+(?:\w+\s+){0,2}?"
    r"(?:said|says|told\s+me|warned\s+me|warned)\s+(?:(?:it|they|that|this)\s+(?:would|might|could|can)\b|"
    r"(?:the\s+)?[\w-]+\s+(?:does|do|causes?|can\s+do|will\s+do)\s+(?:that|this|it)\b)"
)
# Dark stools from something eaten, said as the cause (never the colour compared: "black
# like liquorice"; an iron or bismuth medicine needs a clinician's word, _CLINICIAN_EXPECTED)
_DARK_FROM_FOOD = re.compile(
    r"\b(?:(?:was|were|is|are|it's)\s+(?:\w+\s+)?(?:from|because\s+of|due\s+to|down\s+to)|turned\s+out\s+to\s+be"
    r"(?:\s+(?:from|because\s+of))?)\s+(?:all\s+)?(?:the\s+|that\s+|my\s+|them\s+)?"
    # (iron and bismuth darken the stool: the iron tablets found to be why)
    r"(?:black\s+)?(?:liquorice|licorice|beetroot|blueberr\w*|black\s+pudding|iron\b|ferrous|bismuth|pepto)|"
    # "the black poo was the iron tablets"
    r"\b(?:was|were|is|are)\s+(?:just\s+|only\s+)?(?:the|my)\s+(?:iron|ferrous|bismuth|pepto)"
)
# "GP did a test and there's no blood in it"
_NO_BLOOD_FOUND = re.compile(
    r"\b(?:test|tested|checked|sample)\w*\b[^.;]{0,40}?\bno\s+blood\s+in\s+(?:it|them|my\s+\w+|the\s+\w+)"
)
#: A numb or swollen lip or face explained by dental work (the local anaesthetic).
# A medicine taken, not the dentist's injection: "after the amoxicillin the dentist gave me"
_A_MEDICINE_GIVEN = re.compile(
    r"\b(?:amoxi\w*|penicillin|antibiotics?|augmentin|clindamycin|metronidazole|erythromycin|"
    r"ibuprofen|co-?codamol|codeine|tablets?|pills?|capsules?)\b"
)
_DENTAL = re.compile(
    r"\b(?:dentist|dental|filling|root\s+canal|novocaine|local\s+an(?:a)?esthetic|"
    r"numbing\s+(?:injection|jab|shot)|"
    r"tooth\s+(?:out|pulled|extract\w*)|wisdom\s+(?:tooth|teeth))\b"
)
_STILL = re.compile(
    r"\b(?:still|(?<!strong\s)(?<!fine\s)(?<!normal\s)(?<!good\s)again|worse|worsening|getting|keeps?|"
    # (not "came back last year but physio sorted it": a return long gone too)
    r"returned|(?<!never\s)(?<!n't\s)(?<!not\s)came\s+back(?!\s+(?:last\s+(?:year|month)|in\s+(?:19|20)\d\d|(?:a\s+few\s+|two\s+|\d+\s+)?"
    r"(?:years?|months?)\s+ago)))\b"
)
_NOT_AN_ALLERGY = re.compile(
    r"\bnot\s+(?:an?\s+)?allerg\w*|\bfrom\s+(?:\w+\s+)?crying\b|\b(?:cried|crying)\s+(?:all|my\s+eyes)"
)
_CHECKED_AND_CLEAR = re.compile(
    r"\b(?:ecg|ekg|bloods|blood\s+tests?|troponin|tests?|scans?|x-?rays?)\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+|"
    r"all\s+|came\s+back\s+)?(?:normal|fine|clear|ok|okay|negative)\b|"
    r"\b(?:said|told\s+me)\s+(?:it\s+(?:was|is)|it's)\s+(?:a\s+|just\s+a\s+|just\s+)?(?:(?:pulled|strained)\s+muscle|"
    r"muscular)|musculoskeletal"
)
_WAS_CHECKED = re.compile(
    r"\b(?:checked|looked\s+at|examined|seen\s+(?:to|at|in|by)|a\s?&\s?e|a\s+and\s+e|er|ed|hospital|urgent\s+care|"
    r"checked\s+me\s+over|walk-?in)\b"
)
#: A doctor's verdict that nothing is wrong, said after the sign
_FOUND_NOTHING = re.compile(
    r"\b(?:nothing\s+(?:wrong|serious|found|sinister)|all\s+(?:clear|normal|fine|ok)|(?:was|is|were)\s+(?:all\s+)?"
    r"(?:normal|fine|clear)|turned\s+out\s+to\s+be|(?:they've|it's|has|have)\s+cleared(?:\s+up)?)\b"
)


def _checked_and_clear(flag: str, sentence: str, end: int) -> bool:
    """A sign seen by a clinician and found to be nothing, with nothing said of it now:
    "checked in A&E on Saturday, ECG and bloods normal, a pulled muscle" (the chest's own
    tests, said anywhere), "the slurred speech the other day …, doctor checked me over,
    nothing wrong" (a verdict after the sign, the sign never said as now)."""
    if not _WAS_CHECKED.search(sentence) or _PAIN_NOW.search(sentence):
        return False
    if flag == "chest_pain" and _CHECKED_AND_CLEAR.search(sentence):
        return True
    return (
        flag in ("stroke_signs", "chest_pain", "allergic_reaction", "gi_bleeding", "fever")
        and bool(_FOUND_NOTHING.search(sentence, end))
        and not _SAID_AS_NOW.search(sentence, 0, end)  # "my speech is slurred, … last week"
    )


_SAID_AS_NOW = re.compile(r"\b(?:is|are|am|i'm|keeps?|keeping|feels?|still)\b")
_THEIR_DOSE_CHANGED = re.compile(
    r"\b(?:gp|doctor|doc|dr|nurse|consultant|hospital|they)\s+(?:has\s+|have\s+|had\s+)?(?:reduced|lowered|cut|"
    r"changed|stopped|halved)\s+(?:his|her|their)\s+(?:dose|\w+)"
)
#: Numbness down one side, from the buttock into a leg (sciatica), never the saddle itself
_ONE_SIDE_DOWN = re.compile(
    r"\b(?:left|right|one)\s+(?:leg|side|thigh|buttock|butt|bum|cheek|hip)\b[^.;]{0,60}?\b(?:down|into)\b"
)
_SADDLE_ITSELF = re.compile(
    r"\b(?:groin|genital\w*|private|between\s+my\s+legs|back\s+passage|saddle|perine\w*|wip\w*|"
    r"both\s+(?:sides|cheeks|buttocks|legs)|toilet|loo|bladder|bowel)"
)
_APNOEA = re.compile(r"\bsleep\s+apn(?:o)?ea\b|\bapn(?:o)?ea\b|\bcpap\b")
#: A fever its writer puts down to a cold, the flu or a jab (no back pain said beside it)
_FEVER_EXPLAINED = re.compile(
    r"\b(?:the\s+flu|flu\s+jab|flu\s+shot|a\s+cold|head\s+cold|full\s+of\s+(?:a\s+|the\s+)?cold|covid|jab|vaccin\w*|booster|sore\s+throat|"
    r"runny\s+nose|nose\s+streaming|streaming\s+nose|sniffles)\b"
)
_BACK_SAID = re.compile(r"\b(?:back|spine|spinal)\b")
_PAIN_NOW = re.compile(r"\b(?:now|right\s+now|still|again|worse|today|tonight|since\s+this)\b")
_MOUTH_DRY = re.compile(
    r"\bmouth\s+(?:is\s+|gets\s+|was\s+)?(?:so\s+|too\s+|really\s+|very\s+)?dry\b|\bdry\s+mouth\b"
)
# "I can lift my toes again": able again, not the sign again
_ABLE_AGAIN = re.compile(r"\bcan\s+(?:[\w'-]+\s+){1,3}?again$")
_WELL_AGAIN = re.compile(r"\b(?:normal|normally|fine|ok|okay|better|good|well)\s+again$")


def _still_after(text: str) -> bool:
    """Whether the words say the sign goes on or came back ("still", "again", "worse")."""
    for m in _STILL.finditer(text):
        window = text[max(0, m.start() - 40) : m.end()]
        if m.group() == "again" and (_ABLE_AGAIN.search(window) or _WELL_AGAIN.search(window)):
            continue  # "can walk again", "weeing normally again": the sign passed
        return True
    return False


_PAST = re.compile(
    r"\b(?:last|past|previous)\s+(?:week|month|year|summer|winter|spring|autumn|fall|time|"
    r"christmas|weekend)\b|\b(?:\d+|a|an|one|two|three|few|several|couple\s+of|many)\s+"
    r"(?:days?|weeks?|months?|years?)\s+ago\b|\b(?:months|years|decades|ages|long)\s+ago\b|"
    r"\bused\s+to\b|\bin\s+the\s+past\b|\bback\s+in\b|"
    r"\bas\s+a\s+(?:kid|child|teen|teenager)\b|\bwhen\s+i\s+was\s+(?:child|kid|baby|young|little|a\s+kid|"
    r"younger|a\s+child|pregnant|\d{1,2}|a\s+teenager|at\s+(?:uni|college|school))\b|\byears\s+back\b|"
    r"\bpreviously\b|\bonce\s+had\b|"
    r"\b(?:in|back\s+in)\s+(?:19|20)\d\d\b|\b(?:hx|h/o|history)\s+of\b"
)
_PRESENT = re.compile(
    r"\b(?:still|again|now|today|tonight|currently|right\s+now|this\s+(?:morning|afternoon|"
    r"evening|week)|since|getting|keeps?|worse|came\s+back|back\s+again|returned|"
    r"(?:more|less|further|weaker|worse)\s+than\s+(?:last|a)\s+week|"
    # "… the strength they had even last week": then against now
    r"even\s+(?:last|a)\s+week)\b"
)
_WEAK_MILD = re.compile(
    r"\b(?:a\s+bit|a\s+little|bit|slightly|little|tad|kind\s+of|kinda|somewhat)\s+weak|"
    r"\b(?:after|from)\s+(?:the\s+|my\s+|a\s+|all\s+the\s+|that\s+)?(?:gym|workout|exercise|"
    r"exercises|walk|walking|run|running|hike|physio|training|squats|session|class|stairs|"
    r"swim|yoga|cycling|ride|long\s+standing|standing|work|shift|climbing|climb|hiking|gardening|"
    r"cleaning|shopping|dancing|football|tennis|golf)|\bbut\s+(?:fine|ok|okay|good)|\btired\b|"
    r"\bjelly\b.*\bgym\b|\bweak\s+small\b"
)
_WEAK_WORSE = re.compile(
    r"weaker|worse|worsening|getting|more\s+and\s+more|spreading|sudden|suddenly|"
    r"can't\s+(?:walk|stand)|falling|fell|collaps|keeps?|progressive|increasingly|"
    r"each\s+day|every\s+day|day\s+by\s+day|giving\s+way|numb|"
    # a leg that "went a bit weak after lifting a pt … maybe 4/5": a change with a moment
    # and a cause, or power graded below normal (Sandbox, Melbourne)
    r"\bafter\s+(?:\w+\s+)?(?:lifting|a\s+lift|bending|twisting|lifted)\b|"
    r"\b[0-4]\s*/\s*5\b|\bfoot\s+drop\b|\bdorsiflex\w*"
)


_OLD_INJURY = re.compile(
    r"\b(?:years?|decades?)\s+ago\b|\blast\s+year\b|\bas\s+a\s+(?:kid|child|teen\w*)\b|"
    r"\bwhen\s+i\s+was\s+(?:young|little|a\s+kid|younger|a\s+child)\b|\bin\s+(?:19|20)\d\d\b|"
    r"\bold\s+injury\b"
)


# "never thought about it until this week": what was not, and now is
_UNTIL_NOW = re.compile(
    r"\W*(?:[\w']+\W+){0,3}?(?:until|till|til|before)\s+(?:today|now|tonight|this|recently|lately|"
    r"last|yesterday|the\s+last)\b"
)


def _negated(sub: str, rel_start: int, rel_end: int) -> bool:
    """True when the match inside this sub-clause is negated, resolved or hypothetical."""
    before = sub[:rel_start]
    after = sub[rel_end:]
    if _UNTIL_NOW.match(after):
        return False
    window = " ".join(before.split()[-6:])
    trig = None
    for t in _NEG_TRIGGER.finditer(window):
        trig = t
    if trig is not None:
        tail = window[trig.start() :]
        own = window.endswith(" and") and _OWN_CLAUSE.match(sub, rel_start)
        if not _PSEUDO.match(tail) and not _TERMINATOR.search(window[trig.end() :]) and not own:
            return True
    return bool(_POST_NEG.match(after))


# Someone else is the one with the symptom ("the kids have a fever", "my dad had a
# stroke"): not the writer's red flag — except signs of an overdose, which a bystander
# must act on and which someone else may see in the writer ("my wife couldn't wake me").
# Someone other than the writer (ConText's experiencer); also used by parsing.answers.
#: The people (and pets) a writer calls "my …": family, friends, colleagues, in the
#: regional words people use (shared with the parser's experiencer checks).
KIN = (
    r"son|sons|daughter|daughters|kids?|children|child|baby|wife|husband|partner|"
    r"boyfriend|girlfriend|fiance|fiancee|mum|mom|mother|dad|father|brother|sister|friend|neighbou?r|"
    r"small\s+(?:boy|girl|one|pikin)|nan|gran|grandma|grandad|grandpa|aunt|uncle|cousin|boss|colleague|co-?workers?|workmate|dog|"
    r"cat|flatmate|mate|lola|lolo|nana|granny|grandmother|grandfather|tita|tito|auntie|inlaws|"
    r"in-laws|father-in-law|mother-in-law|sister-in-law|brother-in-law|roommate|housemate|pet|"
    r"puppy|buddy|pal|bro|pikin|da|(?:young|little|wee|eldest|youngest|oldest)\s+(?:lad|boy|girl|one|un)|"
    r"lad|boy|girl|toddler|teenager|missus|hubby|wifey|fella|bloke|grandson|granddaughter|"
    r"grandkids?|niece|nephew"
)
OTHER_PERSON = re.compile(
    r"\b(?:(?:the\s+|a\s+|my\s+)?patients?\s+(?:on|in|at)\s+(?:my|the)\s+(?:ward|unit|floor|list|clinic)|"
    # a nurse's shift: "pt in bed 4 had chest pain half the night"
    r"(?:the\s+|a\s+|my\s+)?(?:pt|patient)s?\s+in\s+(?:bed|bay|room|cubicle)\s*\d+|"
    r"(?:my|our)\s+(?:" + KIN + r"|madda|mudda|fada|puppa|mumma|granny)|"
    # the possessive typed without its apostrophe: "my dads had chest pains all morning"
    r"\bmy\s+(?:dads|mums|moms|wifes|husbands|sons|daughters|brothers|sisters|partners|nans|grans)\s+"
    r"(?:had|has|got|been|having|is|was)\b|"
    # Spanish "mi esposa", "mis hijos" ("mi" is read "i" by then)
    r"(?:mis?|i|sus?|nuestr[oa]s?)\s+(?:" + SPANISH_KIN + r")\b|"
    # Jamaican "mi madda" (normalised "i madda"): my mother
    r"\bi\s+(?:madda|mudda|fada|puppa|mumma)\b|"
    r"the\s+(?:dog|cat|puppy|kitten|horse|baby)(?:'s)?|the\s+kids|the\s+(?:wee|little|young)\s+\w+|"
    r"(?:the\s+)?(?:toddler|teenager|youngest|eldest|twins)\b|^little\s+(?:one|un|man|lad|lass|madam)\b|"
    # the one who dispenses: "pharmacist counted out 56 tablets for the 4 weeks"
    r"^(?:the\s+|my\s+)?(?:pharmacist|chemist|pharmacy)\b|"
    # "my 4 yr old has a 38.5 temp": a child by age
    r"(?:my|our)\s+(?:\d{1,2}|[a-z]+)[-\s]*(?:yr|year|month|week)s?[-\s]*old\b|"
    r"^(?:dad|mum|mom|nan|nana|gran|granny|grandad|grandpa|grandma|grandmother|grandfather|hubby|husband|"
    r"wife|son|daughter|partner|brother|sister|"
    r"kid|boy|girl|co-?workers?|colleague|workmate|neighbou?r|friend|boss|guy|bloke|lady|man|woman|fella|"
    r"chap|patient)(?:'s|s)?\b|"
    r"\bthe\s+(?:lady|man|woman|guy|bloke|fella|person|patient|chap)\b|"
    # Irish "the oul fella next door", "the old man across the road"
    r"\bthe\s+(?:oul|old|auld)\s+(?:fella|fellow|man|lad|one|wan|dear|boy|girl)\b|^(?:the\s+)?(?:kids|children)\b|\bkids\s+(?:have|has|had|are|were|all)\b|"
    # "sorry I'm late, mom's been running a fever": she has been, said mid-sentence
    r"\b(?:mum|mom|mam|mother|dad|father|husband|hubby|wife|son|daughter|partner|brother|sister|"
    r"nan|nana|gran|granny|grandma|grandpa)'s\s+(?=(?:been|got|had|has|is|was|running|having|feeling)\b)|"
    # "the neighbour's little lad has a temp of 39": someone's child
    r"\b[a-z]+'s\s+(?:little\s+|wee\s+|young\s+|baby\s+)?(?:lad|lass|boy|girl|kid|child|baby|toddler)\b|"
    r"\ba\s+(?:footballer|player|singer|actor|actress|celebrity|runner|cyclist|driver|boxer|rugby\s+player)\b|"
    r"the\s+baby|\bhe\b|\bshe\b|\bthey\b|someone|somebody|people|folks|addicts|users|a\s+(?:man|woman|guy|girl|boy|lady|"
    r"friend|colleague|patient|bloke|fella|chap|character|kid)|his|her|their|baby(?:'s)?|"
    # "bub had a temp of 38.5": a baby by its pet name, opening the sentence
    r"^(?:the\s+|our\s+|my\s+)?(?:bub|bubs|bubba|bubby|bairn|wean|little\s+one)(?:'s)?|"
    # a pet: "our old dog's back legs are getting weak"
    r"(?:my|our)\s+(?:old\s+|little\s+)?(?:dog|cat|puppy|pup|kitten|horse|pony)(?:'s)?|"
    # "dog threw up blood at the vet's": a pet, opening the sentence
    r"^(?:the\s+)?(?:dog|cat|puppy|pup|kitten|horse|pony)(?:'s)?)\b"
)
#: The writer named in their own words (shared with the other experiencer checks).
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
# A stool that will not come, said beside constipation: the medicine's side effect, not
# the loss of control (never a leak, nor urine held)
_CONSTIPATED = re.compile(r"\bconstipat\w*|\bbunged\s+up\b|\bblocked\s+up\b")
_STOOL_HELD = re.compile(
    r"^(?!.*\b(?:urine|pee|wee|water|leak\w*|wet|soil\w*|accident|control)\b)"
    r".*\b(?:pass|go|poo\w*|motions?|stools?|bowels?)\b"
)
_STRESS_LEAK = re.compile(
    r"\bwhen\s+i\s+(?:sneeze|cough|laugh|jump|run|lift)|\b(?:sneez|cough)\w*\s+(?:and\s+)?(?:i\s+)?leak"
)
_OD_WORD = re.compile(r"od(?:'d|'ed|ed)|overdos\w*")
# "OD'd on chocolate cake": a party, not an overdose
_OD_ON_TREATS = re.compile(
    r"^\W*on\s+(?:the\s+)?(?:\w+\s+)?(?:chocolate|cake|sugar|sweets|candy|coffee|caffeine|pizza|"
    r"crisps|chips|cookies|biscuits|netflix|tv|telly|food|carbs|cheese|junk)"
)
# What "OD'd on …" names: three words at most, up to a clause's end
_OD_ON_WHAT = re.compile(r"^\W*on\s+((?:[\w'-]+\s*){1,3})")
# Words that leave it a medicine (or unsaid): "od'd on them", "on something", "on my …"
_OD_ON_A_MEDICINE = re.compile(
    r"\b(?:them|it|those|these|something|stuff|drugs?|painkillers?|opioids?|opiates?|my|his|her|"
    r"heroin|smack|fent\w*|benzos?|xanax|valium|sleeping|insulin|alcohol|vodka|booze|"
    r"\w+(?:codone|morphine|adol|amol|profen|oxen|entin|alin|tyline|pam|lam|fen|coxib|eine))\b"
)


def _od_on_something_else(sentence: str, end: int) -> bool:
    """ "OD'd on true crime podcasts", "OD'd on chocolate": too much of what is no medicine."""
    if _OD_ON_TREATS.match(sentence[end:]):
        return True
    what = _OD_ON_WHAT.match(sentence[end:])
    if what is None:
        return False
    said = what.group(1)
    return not (_OD_ON_A_MEDICINE.search(said) or medicine_named().search(said))


# Only the bare name of a condition can be a title or a headline; a described symptom
# ("my face is drooping") is always the writer's.
_CONDITION_NAME = re.compile(
    r"^(?:suicid\w*|overdos\w*|(?:a\s+|mini\s+|another\s+)?stroke|heart\s+attack|"
    r"saddle\s+(?:numbness|anaesthesia|anesthesia)|(?:an\s+)?allergic\s+reaction|anaphylaxis)$"
)
# "GP checked … my saddle area, all normal": the clinician's examination, found normal.
_EXAMINED_NORMAL = re.compile(
    r"\b(?:checked|examined|tested|assessed)\b[^.;]*\b(?:all|everything|was|were|came\s+back)\s+"
    r"(?:normal|fine|ok(?:ay)?|clear)\b"
)
# "surgeon said numbness in the saddle area = go to ER": advice, not a sign
_INSTRUCTION = re.compile(
    r"\b(?:said|says|told\s+(?:me|us)|advised|explained)\b.*(?:=|\bmeans?\s+(?:go|call)|"
    r"\bgo\s+(?:to|straight\s+to)\s+(?:the\s+)?(?:er|a&e|ed|hospital|emergency)|\bcall\s+(?:999|911|112)|"
    # "ma pal says numbness doon below is an emergency, is that right?"
    r"\b(?:is|are|means)\s+(?:an?\s+)?(?:emergency|red\s+flag)\b)"
)
# "what counts as saddle numbness?": asking what a sign is, not having it
_ABOUT_THE_TERM = re.compile(
    # (never "what's even the point", which asks nothing)
    r"\b(?:counts?\s+as|what\s+is|what's|what\s+are|mean\s+by|meaning\s+of|definition\s+of|"
    r"what\s+does\b.*\bmean)\b(?!\s+(?:even\s+)?the\s+point\b)"
)


# "normal feeling in the saddle area": said to be all right
def _heartburn_said(m: re.Match[str], sentence: str) -> bool:
    """ "acidity and burning in my chest": heartburn, unless named only to be ruled out
    ("burning tightness in my chest, not like heartburn")."""
    return bool(
        ("burn" in m.group() or _ARDOR.search(m.group()))
        and _HEARTBURN.search(sentence)
        and not _NOT_HEARTBURN.search(sentence)
    )


# "ardor en el pecho" (a burning in the chest), with "agruras": heartburn in Spanish
_ARDOR = re.compile(r"\bard(?:or|e|ía)\b")
# "burning tightness in my chest, not like heartburn": heartburn named only to be ruled out
_NOT_HEARTBURN = re.compile(
    r"\b(?:not|nothing)\s+(?:like\s+|just\s+)?(?:my\s+)?(?:usual\s+|normal\s+|regular\s+)?"
    r"(?:heartburn|indigestion|reflux)|\b(?:different|worse)\s+(?:from|to|than)\s+(?:my\s+)?"
    r"(?:usual\s+|normal\s+)?(?:heartburn|indigestion|reflux)"
)
_NORMAL_FEELING = re.compile(r"\b(?:normal|fine|ok(?:ay)?|good)\s+(?:feeling|sensation)\b")
# "nearly had a heart attack when the cat…": a fright, said as a joke
_FRIGHT = re.compile(
    r"\b(?:nearly|almost|practically)\s+(?:had|gave\s+me|giving\s+me)\s+a\s+(?:heart\s+attack|stroke)|"
    r"\b(?:giving|gave|give|gives)\s+me\s+a\s+(?:heart\s+attack|stroke)|"
    # "the boss is giving me chest pains with this deadline": what stress does, said so
    r"\b(?:boss|deadline|job|work|kids|bills?|taxes|traffic|news|in-?laws|exams?|mortgage|commute|"
    r"meetings?|landlord|manager|team)\b[^.;]{0,30}?\b(?:giving|gave|give|gives)\s+(?:me|my)\s+"
    r"(?:a\s+)?(?:chest\s+pains?|heart\s+palpitations)|"
    # "heart attack levels of caffeine", "a heart attack on a plate"
    r"\bheart\s+attack\s+(?:levels?|amounts?|inducing|on\s+a\s+plate|in\s+a\s+(?:cup|mug|box|bun)|"
    r"of\s+an?\s+\w+)"
)
# a song's or a film's title
_READ_ABOUT = re.compile(
    r"\b(?:leaflet|label|insert|info(?:rmation)?\s+sheet|website|booklet|nhs\s+site)\W+"
    r"(?:\w+\W+){0,4}?(?:lists?|says?|mentions?|warns?|talks?\s+about)\b"
)
_I_HAVE = re.compile(r"\bi\s+(?:have|had|got|'ve\s+got|am\s+having)\b|\bi've\s+(?:got|had)\b")
_TITLE = re.compile(r"\b(?:listening\s+to|by|song|album|track|playing|singing)\b")
_WHAT_IS = re.compile(r"^\W*(?:what|how|which|is|are|does|do|can|should|could)\b")
# A song, a film, the news: the words are about something heard or read.
# A story's character, not the writer
_FICTION = re.compile(
    r"\b(?:a|the|one)\s+(?:\w+\s+)?character\b|\b(?:k-?drama|c-?drama|telenovela|anime|manga)\b|\bin\s+(?:the|a|my)\s+(?:show|film|movie|series|episode|book|"
    r"game|soap)\b|\bmy\s+(?:show|programme|program|soap)\b|"
    r"\b(?:series|show|film|movie|drama|book|novel)\s+where\b|\bepisode\s+\d|"
    r"\b(?:dreamt|dreamed|dreaming|a\s+dream|nightmare)\b"
)
# A history long past: not a sign today
_SWELLING = re.compile(
    r"\b(?:swell|swoll|puff|hive|welt|wheal|rash|itch|allerg|anaphyla|epi(?:[-\s]?pen|nephrine)|throat)"
)
# A clinician's questions gone through, then answered "nothing" in the next words
_CHECKLIST = re.compile(
    r"\b(?:(?:went|go(?:ne)?|ran|run)\s+through|asked(?:\s+me)?)\s+(?:the\s+|a\s+|all\s+the\s+|his\s+|"
    r"her\s+)?(?:whole\s+)?(?:[\w-]+\s+){0,3}?(?:checklist|questions|red\s+flags|list|symptoms|"
    r"warning\s+signs)\b|"
    # "the doctor asked me to watch for fever, for numbness between the legs …"
    r"\b(?:watch(?:ing)?|look(?:ing)?\s+out|keep\s+an\s+eye\s+out|check(?:ing)?)\s+for\b"
)
_ANSWERED_NO = re.compile(
    r"\b(?:no\s+and\s+no|no\s+to\s+(?:all|both|each|everything)|none\s+of\s+(?:it|them|those|these)|all\s+clear|"
    r"neither|all\s+(?:no|negative|normal|fine))\b"
)
_ALL_CLEAR = re.compile(
    r"\W*(?:\w+\W+){0,5}?(?:nothing|none\s+of\s+(?:it|them|those|these)|all\s+clear|all\s+(?:normal|fine|negative)|"
    r"no\s+to\s+(?:all|everything)|(?:i\s+)?(?:have|had)\s+none|"
    # "I am happy to report none of these"
    r"(?:report|there\s+(?:are|were|is|was)|i\s+have|i've\s+had)\s+none(?:\s+of\s+(?:these|those|them|it))?)\b"
)
_ASKED_THEN_DENIED = re.compile(
    # (never "…after the cream? no sorry, after the new tablets": a slip corrected)
    r"\s*\?+\s*(?:no(?!\W+(?:sorry|wait|i\s+mean|actually|hang\s+on|scratch\s+that))|nope|nah|not\s+really|none|i\s+(?:don't|do\s+not)\s+have\s+(?:it|that|them|any)|"
    r"i\s+haven't\s+(?:got|had)\s+(?:it|that|any)|just\s+(?:curious|asking|wondering))\b"
)
_FACE_OR_SPEECH = re.compile(r"face|mouth|smile|speech|speak|talk|slur|words|see\b|sight|vision")
_ONE_SIDE = re.compile(
    r"\b(?:arm|hand)\s+(?:and|&)\s+(?:my\s+)?leg\b|\bleg\s+(?:and|&)\s+(?:my\s+)?(?:arm|hand)\b"
)
_UNCHANGED_SINCE = re.compile(
    r"\b(?:been|it's\s+been|it\s+has\s+been)\s+(?:the\s+)?same\s+for\s+(?:about\s+|around\s+|over\s+)?"
    r"(?:a|one|two|\d+|several|many)\s+(?:years?|months)\b.*\bnot\s+(?:any\s+)?worse\b"
)
_WORSE_NOW = re.compile(
    r"\b(?:worse|weaker|getting\s+worse|new)\b(?<!not\sany\sworse)(?<!not\sworse)"
)
_UNCHANGED = re.compile(
    r"\bsame\s+as\s+(?:always|ever|usual|it's\s+been|it\s+has\s+been)|\bno\s+change\b|\bold\s+\w*\s*injury\b|"
    r"\bfor\s+(?:\d+\s+|donkey'?s\s+|many\s+|several\s+|a\s+few\s+|some\s+)?(?:years|decades)\b|"
    # "since the op in 2020 … my new normal": settled long ago
    r"\b(?:hasn't|has\s+not|haven't)\s+changed\b|\bnew\s+normal\b|"
    r"\bsince\s+(?:the|my)\s+(?:op|operation|surgery|accident|injury)\s+in\s+(?:19|20)\d\d\b|"
    r"\bnot\s+any\s+worse\b|"
    r"\balways\s+been\s+(?:like\s+(?:this|that)|weak)"
)
_MEDIA = re.compile(
    r"\b(?:radio|song|film|movie|show|tv|telly|news|book|article|podcast|episode|series|"
    r"netflix|documentary|doco|docu\w*|theme|lyrics?|watching|watched|reading|came\s+on|"
    r"on\s+the\s+telly)\b"
)
_FEVER_IDIOM = re.compile(
    r"(?:hay|cabin|spring|night|disco|football|footy|cup|final|finals|playoff|election|gold)[\s-]*$"
)
_FEVER_AROUND = re.compile(
    r"\b(?:dengue|malaria|typhoid|yellow|scarlet|lassa|chikungunya|zika)\s+(?:fever\s+)?[^.;]{0,30}?\b(?:in\s+"
    r"(?:my|the|our)\s+(?:neighbou?rhood|area|town|city|village|street|building|school|office|region)|going\s+"
    r"(?:round|around)|outbreak|cases|season|spreading|everywhere)\b"
)
_FEVER_IDIOM_AFTER = re.compile(
    r"^\s*(?:pitch|dream|tree|excitement|anticipation|pace|rush|activity)\b"
)
# Legs weak with feeling, not a nerve: "turned to jelly when the surgeon said no operation"
_MOVED = re.compile(
    r"^\W*(?:when|as\s+soon\s+as|the\s+moment)\s+(?:\w+\s+){0,4}?(?:said|told|saw|heard|asked|called|walked\s+in|"
    r"proposed|kissed|smiled)\b|\b(?:relief|relieved|nervous|nerves|excited|scared|so\s+happy)\b"
)
_NOT_SWOLLEN = re.compile(
    r"\b(?:isn't|is\s+not|aren't|are\s+not|wasn't|not|no\s+longer)\s+(?:\w+\s+)?(?:swollen|swelling|puffy)"
)
_JOKING = re.compile(r"\blol\b|\blmao\b|\bhaha|\bjk\b|\bjoking\b|\U0001f602|\U0001f923|\U0001f605")
_HYPERBOLE = re.compile(
    r"rather\s+die|die\s+(?:laughing|of\s+(?:laughter|embarrassment|shame|boredom))"
)
# "I'd rather die than sit in that waiting room": a complaint, unless what follows is life.
# "gonna die if i don't get coffee": a craving, not a wish to die
_DIE_WITHOUT_TREAT = re.compile(
    r"die\s+(?:if\s+i\s+(?:don't|can't|do\s+not|cannot)\s+(?:get|have)|without)\s+(?:my\s+|a\s+|some\s+)?"
    r"(?:coffee|caffeine|tea|cuppa|food|chocolate|sugar|cigarette|smoke|sleep|nap|holiday|break|beer|"
    r"wine|pizza|snack)"
)
_RATHER_DIE_MUNDANE = re.compile(
    r"rather\s+die\s+than\s+(?!.*\b(?:live|living|go\s+on|carry\s+on|this\s+pain|feel\s+like\s+this|"
    r"keep\s+going|suffer|be\s+in\s+pain)\b)"
)
# A question about a sign ("is that an overdose sign?") names it, it does not report it.
_ASKS_ABOUT = re.compile(r"^\s*(?:signs?|symptoms?|risks?|warnings?)\b")
# "Is black stool a side effect of celecoxib? just asking": a question about a symptom.
_GENERAL_QUESTION = re.compile(
    r"^\W*(?:is|are|can|could|does|do|would|will|should|might|may)\s+(?!.*\b(?:i|i'm|i've|me|my|myself|mine|im|ive|mi|ma)\b).*\b"
    # ("can naproxen cause black stools?": what a medicine may do, asked)
    r"(?:side\s+effects?|normal|possible|a\s+sign\s+of|common|mean|cause|causes|give\s+you|lead\s+to|"
    r"serious|dangerous|worrying|concerning|an\s+emergency|(?:a\s+)?big\s+deal)\b"
)
# What a medicine may do to anyone, asked: "is it normal for baclofen to make your legs
# feel weak?" (the sign said of "you", "people", "it" — not of the writer)
_MEDICINE_MAY_CAUSE = re.compile(
    r"^\W*(?:can|could|does|do|will|would|might|may|is\s+it\s+(?:normal|common|possible|usual)\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+)?[\w/-]+(?:\s+[\w/-]+){0,2}?\s+(?:to\s+)?(?:make|cause|give|lead\s+to|bring\s+on)\s+"
    r"(?:you|your|people|someone|anyone|somebody|it|a\s+person)\b"
)
# What a medicine or a treatment would do if the writer did something, asked
_WILL_IT_IF_I = re.compile(
    r"^\W*(?:will|would|could|might|can)\s+(?:the|a|an|my|this|that)\s+[\w/-]+(?:\s+[\w/-]+){0,2}?\s+"
    r"(?:numb|make|cause|give|affect|hurt)\b[^?]*?\bif\s+i\b"
)
_FEELS_THE_WEATHER = re.compile(r"\d|shiver|burning\s+up|chills|cold")
_WEATHER = re.compile(
    r"heat\s*wave|weather|forecast|outside|out\s+here|out\s+today|sunny|summer|hot\s+day|minus\s+\d|"
    r"freezing\s+(?:out|here|cold)|bus\s+stop|snow\w*|\bac\s+(?:broke|is\s+broken|died)|air\s*con|"
    r"in\s+the\s+shade|(?:degrees|°)\s+out\b|on\s+the\s+(?:deck|porch|patio|balcony)|in\s+the\s+car|"
    r"too\s+hot\s+to|stay(?:ed|ing)?\s+(?:inside|indoors|in)\b|(?:degrees|°)\s+today\b|"
    r"\b(?:sea|pool|lake|river)\b|\bdegrees?\s+water\b"
)
_ONE_SIDE_DOWN_THE_LEG = re.compile(
    r"\b(?:left|right|one)\s+(?:buttock|bum\s+cheek|butt\s+cheek|cheek|glute|side\s+of\s+my\s+bum)\W+"
    r"(?:\w+\W+){0,3}?(?:down|into|to)\s+(?:the\s+|my\s+)?(?:back\s+of\s+(?:the\s+|my\s+)?)?"
    r"(?:leg|foot|calf|thigh|knee|ankle|toes|heel)"
)
# (a limb or the bottom asleep, never the writer: "I went to sleep in the middle of telling
# her something and she couldn't wake me" is someone found unrousable)
_LIMB_ASLEEP = re.compile(
    r"\b(?:legs?|foot|feet|arms?|hands?|fingers?|toes?|bum|butt|bottom|backside|arse|ass|"
    r"thighs?|knees?|side|it)(?:'s|\s+(?:has|have|had|is|are))?\s+(?:(?:\w+\s+){0,2}?)"
    r"(?:gone|went|fallen|falls|going)\s+(?:to\s+sleep|asleep)|"
    r"\b(?:legs?|foot|feet|arms?|hands?|bum|butt|bottom|backside|arse|ass)(?:\s+(?:is|are)|'s)\s+asleep"
)
# What shows a numb bottom after sitting is more than that: the front of the saddle, the
# word itself, or a comparison ("as if I'd been on a bike, except I haven't").
_NOT_JUST_SITTING = re.compile(
    r"groin|genital|privates?|down\s+there|between\s+(?:my\s+)?(?:legs|thighs)|crotch|perine|"
    r"back\s+passage|vagina|vulva|penis|testic|scrotum|inner\s+thigh|down\s+below|wip(?:e|ing)|"
    r"saddle|like\s+i'?v?e?\s+been|as\s+if|haven't|hadn't|wasn't|without|still\s+(?:can't|cannot|numb|no\s+feeling)|"
    # "my bits", and sitting ruled out: "it's not from sitting", "not been sitting"
    r"my\s+bits|(?:not|isn't|nothing\s+to\s+do\s+with)\s+(?:\w+\s+)?(?:from\s+)?sitting"
)
_SAT_TOO_LONG = re.compile(
    r"\b(?:drive|driving|flight|cinema|film|movie|meeting|lecture|train|bus|car\s+journey|"
    r"too\s+long|for\s+(?:ages|hours)|so\s+long|at\s+my\s+desk|once\s+i\s+(?:got|stood)\s+up|"
    r"from\s+sitting|bleachers|waiting\s+room|(?:hard|plastic|wooden|metal)\s+"
    r"(?:chairs?|seats?|bench(?:es)?|stools?)|for\s+\d+\s+(?:hours|hrs?)|"
    # "bum went numb from 3 hrs in the car, fine once i got out"
    r"\d+\s+(?:hours|hrs?)\s+in\s+the\s+(?:car|plane|train|bus|van|truck)|once\s+i\s+got\s+out|"
    r"in\s+the\s+car\s+(?:for|all))\b"
)
_WISH_NOT_TO_WAKE = re.compile(r"\b(?:not|won't|don't|never|wouldn't)\s+(?:\w+\s+)?wak")
# "sometimes i think about not waking up", "i dream of not waking", "i imagine not waking
# up": a thought of it, the writer's own, never someone found unrousable (Sandbox, Toronto)
_NOT_WAKING_THOUGHT_OF = re.compile(
    r"\b(?:(?:think\w*|thought|dream\w*|daydream\w*|fantasi[sz]\w*|wonder\w*|obsess\w*|idea|"
    r"prospect)\s+(?:(?:a\s+lot|lots|often|sometimes|constantly|all\s+the\s+time)\s+)?(?:about|of)|"
    r"imagin\w*|pictur\w*)\s+(?:just\s+|simply\s+|maybe\s+)?$"
)
_NOT_WAKING_FEARED_OR_ASKED = re.compile(
    r"\b(?:(?:risk|chance|odds|fear|afraid|scared|worried|worry|nervous|terrified)\s+(?:\w+\s+){0,3}?|"
    r"(?:(?:would|will|does|did)\s+it|it'?d)\s+take\s+(?:me\s+)?to\s+|enough\s+to\s+)$"
)
# "my left arm went floppy": a limb, the stroke's sign, not a person gone limp
_LIMB_BEFORE = re.compile(
    r"\b(?:arm|hand|leg|foot|feet|limb|face|wrist)(?:s|'s)?\s+(?:\w+\s+){0,2}$"
)
_A_NAP = re.compile(
    r"passed\s+out\s+(?:\w+\s+){0,4}?(?:for\s+a\s+nap|napping|asleep)|"
    r"woke\s+up\s+(?:feeling\s+)?(?:refreshed|rested|better|great|good)"
)
# "can't wake my teenager up for school, every single day": a routine, not a sign
_ROUTINE_WAKING = re.compile(
    r"\bfor\s+(?:school|work|college|uni|the\s+bus)\b|\bevery\s+(?:single\s+)?(?:day|morning)\b"
)
# "worried I might overdose if I take …": a fear of it, not the sign
_FEARED = re.compile(
    r"\b(?:might|could|would|may|afraid|worried|scared|fear|in\s+case|don't\s+want\s+to)\s+"
    r"(?:i\s+)?(?:\w+\s+){0,2}$"
)
# "my mouth is so dry I can't talk properly": the mouth, not the speech centre
_DRY_MOUTH = re.compile(r"\bmouth\s+(?:\w+\s+){0,3}?dry\b|\bdry\s+mouth\b|\bcotton\s*mouth\b")
_SPEECH = re.compile(r"talk|speak|speech|words")
_TOILET_FINE = re.compile(
    r"\b(?:normally|normal|fine|no\s+(?:accidents?|leaks?|leaking|problems?|issues?|trouble|retention))\b|"
    r"\bemptying\s+(?:completely|fully|normally|well|properly)\b"
)
# Legs said fine, recovering, the same for years, or weak only with love: no new weakness
_LEGS_NOT_NEWLY_WEAK = re.compile(
    r"\b(?:holding\s+up|doing|working)\s+(?:fine|ok(?:ay)?|well|good|normally)\b|"
    r"\bno\s+(?:buckl\w*|giving\s+way|collaps\w*|dragging)|"
    # recovering, or the same for years: "stronger every day", "hasn't changed in years"
    r"\bstronger\s+(?:every|each)\s+day|\bgetting\s+stronger|"
    r"\b(?:hasn't|has\s+not|haven't|not)\s+changed\s+(?:in|for)\s+(?:years|ages|months)|"
    # "weak at the knees for the new physio": smitten
    r"\bweak\s+at\s+the\s+knees\b"
)
_NOT_WEAK = re.compile(r"\b(?:not|no|never|isn't|aren't)\s+(?:\w+\s+)?weak")
_GI_NEGATED_INSIDE = re.compile(
    r"\b(?:no|not|without|never|nor|zero|any|" + SPANISH_NOT_INSIDE + r")\s+(?:\w+\s+)?\w+\W*$"
)
_LAUGHING = re.compile(r"^\W*(?:\w+\W+){0,1}?(?:laugh|laughing|laughter)")
_ALLERGY_CUE = re.compile(
    r"\b(?:swell|swoll|puff|hive|welt|wheal|rash|itch|allerg|reaction|anaphyla|epi(?:[-\s]?pen|nephrine)|"
    r"throat|tongue|lip|face)|"
    r"after\s+(?:the|my|taking|i\s+took)|since\s+(?:the|my|taking|i\s+took)"
)
_BREATHING_ONLY = re.compile(r"breath|wheez|gasp")
_TEMP_NORMAL = re.compile(
    r"\b(?:temp(?:erature)?(?:'s|\s+is|\s+was)?\s+(?:\w+\s+)?(?:normal|fine|ok(?:ay)?|36(?:[.,]\d)?|37(?:[.,][0-4])?|"
    r"9[78](?:\.\d)?)|no\s+(?:temp|temperature|fever))\b"
)
_CHILLS = re.compile(r"chill|shiver|shak|rigor|hot\s+and\s+cold|teeth")
# "feels like someone's sitting on it", "like it's someone else's bum": a comparison,
# not another person
_SOMEONE_ON_ME = re.compile(
    r"\s*(?:someone|somebody)(?:'s|\s+is)?\s+(?:sitting|standing|kneeling)|"
    r"\s*(?:someone|somebody)\s+else's\s+(?:bum|bottom|butt|legs?|feet|foot|body|skin)"
)
# A sentence opening on a name ("Emil has a fever"): not a word, not a pronoun
_NAMED_SUBJECT = re.compile(
    r"^\W*(?P<name>[a-z]{3,})\s+(?:has|had|is|was|'s)\s+(?:got\s+)?(?:a\s+)?"
)
# What a sentence about the writer may open on ("back has been bad", "this is new")
_WRITERS_OWN = frozenset(
    (
        "back", "pain", "leg", "legs", "body", "head", "temp", "temperature", "this", "that",
        "it", "everything", "today", "tonight", "now", "also", "still", "just", "again",
        "sciatica", "bladder", "bowel", "stomach", "chest", "arm", "face", "there", "here",
        "what", "which", "who", "something", "nothing", "anything", "night", "morning", "sleep",
        "yesterday", "one", "mine", "thing", "life", "walking", "sitting", "standing",
    )
)  # fmt: skip
_THEY = re.compile(r"\s*(?:they|them|their|they're|they've)\s*")
# Plural things "they" may stand for: parts of the writer, their words, their pills
_PLURAL_PART = re.compile(
    r"\b(?:legs|feet|arms|hands|knees|toes|thighs|ankles|eyes|lips|fingers|calves|hips|"
    r"shoulders|cheeks|muscles|nerves|words|pills|tablets|meds|tabs)\b"
)
_SLEPT_THROUGH_WETTING = re.compile(
    r"\b(?:wet|wetting|peed|pee'?d|pissed|soiled|soaked)\s+(?:the\s+|my\s+)?(?:bed|sheets|myself)\b"
    r"[^.;]*\b(?:didn't|did\s+not|never|without)\s+(?:\w+\s+)?(?:wake|waking|woke|notic)"
)
# A burning chest said with acid or reflux is the heartburn NSAID labels list as a side
# effect; a crushing, tight or heavy chest stays chest pain whatever else is said.
_HEARTBURN = re.compile(
    r"\b(?:acid\w*|reflux|heartburn|indigestion|gerd|burp\w*|belch\w*|" + SPANISH_HEARTBURN + r")\b"
)
_OBSERVED_BREATHING = re.compile(r"(?:hardly|barely)\s+breathing\b")


_ME_AS_PLACE = re.compile(
    r"\b(?:next\s+to|beside|near|behind|in\s+front\s+of|opposite)\s+me\b|"
    # "a friend from my pain group", "a lady at my church": who the other is, by the
    # writer's own circle
    r"^\s*(?:from|of|at|in)\s+my\s+(?:\w+\s+){0,2}?(?:group|church|work|office|class|gym|club|"
    r"street|ward|team|school|support\s+group|forum|physio|clinic)\b"
)


_OBJECT_OF = re.compile(
    # ("went over the dog and landed on my back", "went flying over the cat": over
    # whom the writer went, not who fell)
    r"\b(?:(?:tripped|tripping|trip|stumbled|slipped|went|gone|go|going|flew|went\s+flying)\s+"
    r"(?:over|on)|"
    # "tried to text my daughter and couldn't get the words right": whom the writer
    # reached, not who has the sign
    r"(?:text|texted|texting|call|called|calling|ring|rang|ringing|phone|phoned|message|"
    r"messaged|email|emailed|tell|told|telling|ask|asked|asking|show|showed|visit|visited|"
    r"visiting|hug|hugged|help|helped|helping|collect|collected|picked\s+up|pick\s+up|"
    # "walked the dog … right leg kept going weak": what the writer was doing, not who
    r"walk|walked|walking|fed|feed|feeding|bathed|bathing|groomed))\s+$"
)


def _someone_else(sentence: str, start: int) -> bool:
    """Whether the symptom at `start` is said of someone other than the writer."""
    before = sentence[:start]
    named = _NAMED_SUBJECT.match(before)
    if (
        named
        and named["name"] not in _WRITERS_OWN
        # (not "typing is hard": a doing, not a person's name)
        and not named["name"].endswith("ing")
        # (nor "typng is hard my left hand won't work": the writer speaks of their own)
        and not FIRST_PERSON.search(_ME_AS_PLACE.sub(" ", before[named.end() :]))
    ):
        return True  # "Emil has a fever of 39.5": a child or a friend, by name
    mentions = [
        m
        for m in OTHER_PERSON.finditer(before)
        # "legs feel like they're not mine": "they" are the legs, not other people
        if not (
            _THEY.fullmatch(m.group())
            and _PLURAL_PART.search(before[max(0, m.start() - 40) : m.start()])
        )
        and not _SOMEONE_ON_ME.match(sentence, m.start())
        # "tripped over the cat and fell": the cat is what was tripped over, not who fell
        and not _OBJECT_OF.search(before, 0, m.start())
    ]
    if not mentions:
        return False
    other = mentions[-1]
    # "my son has a fever and I'm burning up too": the writer comes back in after ("the
    # lady next to me had a fever" does not: "me" there is only where she sat).
    after = _ME_AS_PLACE.sub(" ", before[other.end() :])
    # ("my dad (I look after him) was hard to wake": the writer only in an aside)
    after = _ASIDE.sub(" ", after)
    # ("mi esposa dice que tengo fiebre": the writer's own, in a Spanish verb)
    return not (FIRST_PERSON.search(after) or _SPANISH_ME.search(after))


_ASIDE = re.compile(r"\([^()]{0,60}\)")
_SPANISH_ME = re.compile(r"\b(?:" + SPANISH_FIRST_PERSON + r")\b")


_ABOUT_IT = re.compile(
    r"\b(?:(?:doco|documentary|docu\w*|article|podcast|programme|program|film|movie|video|lecture|"
    r"leaflet|webinar|training|course|post|thread)\s+(?:\w+\s+){0,2}?(?:about|on)|"
    r"asked\s+(?:my\s+|the\s+)?(?:\w+\s+)?(?:what|whether|if)(?:\s+(?:having|getting))?)\s+(?:\w+\s+){0,2}$"
)
_THE_WORD = re.compile(r"\b(?:the\s+)?(?:word|term|phrase)\s*['\"\u201c\u2018]?\s*$")
# Blind set 123: a sign asked about in general, a report of any asked for, a worry ahead
# ("why does the check-in ask about suicidal thoughts?", "doc asked me to report any chest
# pain", "do I need to worry about stroke symptoms", "worried I'll lose control of my
# bladder one day") — never "asked about my …"
_ASKED_OR_FEARED = re.compile(
    r"\b(?:(?:ask|asks|asking|asked)\s+about|report\s+(?:any|all)|(?:need\s+to|should\s+i|do\s+i|have\s+to)\s+"
    r"worry\s+about|(?:afraid|worried|scared|terrified|fear|nervous|anxious)\s+(?:that\s+)?(?:i'll|i\s+will|"
    r"i\s+might|i\s+could|i'd|i\s+may|i'm\s+going\s+to|i\s+(?:will\s+)?end\s+up)(?:\s+\w+)?)\s+(?:any\s+|the\s+)?$"
)
_ASKS_WHAT_IT_MEANS = re.compile(
    r"^\W*(?:does|do|would|could|can|is|are|what\s+does|what\s+do|how\s+(?:does|do))\s+(?:\w+\s+){0,2}$"
)
_MEANS = re.compile(r"\b(?:mean|means|need|needs|indicate|a\s+sign|serious|normal|common|always)\b")


def _talk_about_a_sign(flag: str, m: re.Match[str], sentence: str) -> bool:
    """A sign asked about, advised on, said to be normal, named in a title or a fright, or
    felt from sitting too long: words about the sign, not the writer having it."""
    if _CONDITION_NAME.match(m.group()) and (
        _ASKS_ABOUT.match(sentence[m.end() :]) or _WHAT_IS.match(sentence)
    ):
        return True
    if flag == "saddle_numbness" and _NORMAL_FEELING.search(sentence):
        return True
    if _ABOUT_IT.search(sentence, 0, m.start()):
        return True  # "saw a doco about opioid overdoses", "asked my pharmacist what black
        # stools would mean on ibuprofen"
    if _THE_WORD.search(sentence, 0, m.start()):
        return True  # "saw the word 'overdose' on the tramadol box and panicked"
    if _ASKED_OR_FEARED.search(sentence, max(0, m.start() - 60), m.start()):
        return True  # "why does the check-in ask about suicidal thoughts?"
    if flag in ("chest_pain", "stroke_signs") and _FRIGHT.search(sentence):
        return True  # "that MRI bill nearly gave me a stroke"
    if flag == "fever" and m.group() == "fever" and _TITLE.search(sentence):
        return True  # "listening to Fever by Peggy Lee"
    if _ASKS_WHAT_IT_MEANS.match(sentence[: m.start()]) and _MEANS.search(sentence, m.end()):
        return True  # "does leg weakness mean I need surgery? mine are fine"
    if _GENERAL_QUESTION.match(sentence) and flag not in ("suicidal", "overdose_signs"):
        # "does sciatica cause leg weakness?": a sign asked about, no one's own
        return True
    asks = _MEDICINE_MAY_CAUSE.match(sentence)
    if (
        asks
        and flag not in ("suicidal", "overdose_signs")
        and not FIRST_PERSON.search(sentence, 0, m.end())
    ):
        return True  # "can meloxicam give you a fever?", "can tramadol make it hard to pee?"
    if _WILL_IT_IF_I.match(sentence) and flag not in ("suicidal", "overdose_signs"):
        return True  # "will the lidocaine patch numb my bum if I stick it low?"
    if _INSTRUCTION.search(sentence):
        return True
    if _READ_ABOUT.search(sentence[: m.start()]) and not _I_HAVE.search(sentence):
        return True  # "the leaflet lists vomiting blood as a warning sign"
    if m.group() == "saddle area" and _EXAMINED_NORMAL.search(sentence):
        return True
    if _ABOUT_THE_TERM.search(sentence) and not FIRST_PERSON.search(sentence):
        return True  # "what counts as saddle numbness exactly?"
    # "my bum went numb on the long drive": sitting, not the saddle's nerves
    return bool(
        flag == "saddle_numbness"
        and _SAT_TOO_LONG.search(sentence)
        and not _NOT_JUST_SITTING.search(sentence)
    )


def _another_time_or_story(flag: str, sentence: str) -> bool:
    """A story's character, a history long past and well now, a weakness that is not
    changing: not the sign today."""
    if _FICTION.search(sentence):
        return True  # "my show had a character vomiting blood"
    if flag == "suicidal" and LONG_AGO.search(sentence) and WELL_NOW.search(sentence):
        return True  # "past suicidal thoughts years ago, in therapy now and feeling ok"
    if flag in ("leg_weakness", "stroke_signs") and _UNCHANGED.search(sentence):
        # "from the old injury, same as always, no change", "my Bell's palsy … same as
        # ever": not getting worse, not new
        return True
    # "hospitalised for an overdose in my twenties, clean for ten years"
    return flag == "overdose_signs" and bool(LONG_AGO.search(sentence))


def _suicidal_not_meant(m: re.Match[str], sentence: str) -> bool:
    """Words of suicide not meant as the writer's: a complaint ("I'd rather die than sit
    in that waiting room"), a craving, a course on suicide prevention."""
    start = m.start()
    return bool(
        _not_meant(m, sentence)
        or _SUICIDE_TRAINING.search(sentence)
        or _RATHER_DIE_MUNDANE.search(sentence, max(0, start - 10))
        or _DIE_WITHOUT_TREAT.search(sentence, start)
        or _hangover_joke(sentence, start)
        or _TOLD_TO_GO_JUMP.search(sentence, max(0, start - 40), start + 5)
    )


# "my back can go jump off a cliff", "sciatica can take a running jump": something told
# to go away, never the writer ("I could just go jump off a cliff" stays)
_TOLD_TO_GO_JUMP = re.compile(
    r"\b(?!i\b)(?!i'd\b)\w+(?:'s)?\s+(?:can|could|should|may|might)\s+(?:go\s+(?:and\s+)?)?"
    r"(?:take\s+a\s+running\s+)?jump\b"
)


# "drinking tonight so im gonna die tomorrow lol": tomorrow's hangover, laughed at
_DIE_TOMORROW = re.compile(r"\bdie\s+(?:tomorrow|in\s+the\s+morning)\b")
_DRINKING = re.compile(r"\b(?:drinking|drinks|pints|beers|wine|booze|shots|hangover|hungover)\b")


def _hangover_joke(sentence: str, start: int) -> bool:
    return bool(
        _DIE_TOMORROW.search(sentence, start, start + 40)
        and _DRINKING.search(sentence)
        and _JOKING.search(sentence)
    )


# Another person's overdose told as a story long over: no one to act for now
_OTHERS_STORY = re.compile(
    r"\b(?:once\s+and|one\s+time|years?\s+ago|last\s+(?:year|week|month|weekend|christmas|winter|summer)|"
    r"as\s+a\s+(?:kid|child|teenager)|ended\s+up\s+in\s+(?:hospital|a&e|the\s+er|icu)|"
    # "my brother was admitted after he took too many …; he is recovering", "over New Year
    # my brother-in-law … we had to call 911": another's overdose told after the event
    r"(?:was|were|got)\s+admitted|(?:is|he's|she's|they're|are)\s+(?:recovering|fine\s+now|ok\s+now|"
    r"okay\s+now|home\s+now|doing\s+(?:well|better))|over\s+(?:new\s+year|christmas|the\s+holidays|"
    r"the\s+weekend|easter))\b"
)


def _not_the_writers(
    flag: str, m: re.Match[str], sentence: str, *, writers_own: bool = False
) -> bool:
    """Idioms, jokes, media, and other people's symptoms (ConText's experiencer);
    `writers_own` when the writer has said the words are about themselves."""
    start, end = m.span()
    others_story = flag == "overdose_signs" and _OTHERS_STORY.search(sentence)
    if others_story and _someone_else(sentence, start):
        return True  # "my dad took too many of his panadol once and ended up in hospital"
    named_only = bool(_CONDITION_NAME.match(m.group()) or _OD_WORD.fullmatch(m.group()))
    judged_by_who = not writers_own and (flag != "overdose_signs" or named_only)
    if judged_by_who and _someone_else(sentence, start):
        # "the kids would manage fine without me" is about the writer
        return not (flag == "suicidal" and FIRST_PERSON.search(m.group()))
    if (
        _CONDITION_NAME.match(m.group())
        and _MEDIA.search(sentence)
        and not FIRST_PERSON.search(sentence)
    ):
        return True  # a song called "Suicide Is Painless", an overdose on the news
    if flag == "fever" and (
        _FEVER_IDIOM.search(sentence[:start]) or _FEVER_IDIOM_AFTER.match(sentence[end:])
    ):
        return True
    if flag == "fever" and _FEVER_AROUND.search(sentence):
        return True  # "dengue fever in my neighbourhood": an illness going round, not mine
    if flag in ("trauma", "leg_weakness"):
        thing = _A_THING_FELL.search(sentence)
        if thing is not None and thing.start() <= start < thing.end():
            return True  # "patch fell off in the shower": a thing fell, not the writer
    if _another_time_or_story(flag, sentence):
        return True
    if flag == "suicidal" and _suicidal_not_meant(m, sentence):
        return True
    if (
        flag == "overdose_signs"
        and re.match(r"doubled|took\s+(?:a\s+)?(?:double|twice)\b", m.group())
        and _CATCH_UP.search(sentence)
    ):
        # "doubled up on the celecoxib because i forgot yesterday's", "took a double dose
        # of tizanidine this morning, forgot it last night": a catch-up
        return True
    if flag == "overdose_signs" and _OD_TRAINING.search(sentence):
        return True  # "finishing the overdose response training for work"
    if _talk_about_a_sign(flag, m, sentence):
        return True
    if _explained_otherwise(flag, m, sentence) or _said_otherwise(flag, m, sentence):
        return True
    if flag == "overdose_signs" and _LIMB_ASLEEP.search(sentence):
        return True  # "my bum has gone to sleep and it won't wake up": numbness, not a person
    if flag == "overdose_signs" and _WISH_NOT_TO_WAKE.search(m.group()):
        return _not_waking_not_seen(m, sentence)
    if flag == "gi_bleeding" and _GI_NEGATED_INSIDE.search(m.group()):
        return True  # "threw up but no blood in it"
    if flag == "bladder_bowel" and _STRESS_LEAK.search(sentence):
        return True  # a leak on a sneeze or a cough is not the new loss of control
    if flag == "bladder_bowel" and _CONSTIPATED.search(sentence) and _STOOL_HELD.search(m.group()):
        return True  # "the codeine make me very constipated, 3 days cannot pass motion"
    if flag in ("bladder_bowel", "suicidal") and _LAUGHING.match(sentence[end:]):
        return True  # "nearly wet myself laughing", "killing myself laughing"
    if flag == "fever" and _TEMP_NORMAL.search(sentence) and _CHILLS.search(m.group()):
        return True  # "temp's normal, 36.8, only checked cos I felt a bit shivery"
    if flag == "fever" and _WEATHER.search(sentence) and _FEELS_THE_WEATHER.search(m.group()):
        return True  # "heatwave out here, 41 degrees", "shivering at the bus stop, minus 15"
    if (
        flag == "overdose_signs"
        and _OD_WORD.fullmatch(m.group())
        and _od_on_something_else(sentence, end)
    ):
        return True  # "OD'd on chocolate cake at the party"
    if flag == "overdose_signs" and _SLEPT_THROUGH_WETTING.search(sentence):
        return True  # "wet the bed and didn't even wake up": bladder control, not sedation
    if flag == "chest_pain" and _heartburn_said(m, sentence):
        return True  # "acidity and burning in my chest after the aceclofenac"
    if flag == "allergic_reaction" and _OBSERVED_BREATHING.search(m.group()):
        return True  # "barely breathing" is what a bystander sees in an overdose
    if flag == "allergic_reaction" and _BREATHING_ONLY.search(m.group()):
        # Breathing trouble alone is not an allergic reaction (it may be an overdose); after
        # an opioid, with no skin or swelling, it is the overdose's (CDC's signs)
        if _OPIOID_BREATH.search(sentence) and not _SKIN_REACTION.search(sentence):
            return True
        return not _ALLERGY_CUE.search(sentence)
    return False


def _not_meant(m: re.Match[str], sentence: str) -> bool:
    """Suicide's words not about the writer's wish: a joke's threat ("if the dog barks one
    more time I'm jumping off the roof lol"), a title ("The Virgin Suicides"), a cut
    while shaving, a goodbye at the airport."""
    joking = bool(_JOKING.search(sentence))
    return bool(
        (joking and (_HYPERBOLE.search(m.group()) or _IF_ONE_MORE.search(sentence)))
        or _TITLE_SUICIDES.search(m.group())
        or _ACCIDENTAL_HARM.search(sentence)
        or _GOODBYE_FOR_NOW.search(sentence)
        or (m.group().endswith("die") and _DIE_OF_MUNDANE.match(sentence, m.end()))
        or (
            _AFFAIRS.search(m.group())
            and (_BEFORE_SURGERY.search(sentence) or prudent_planning(sentence))
        )
        or (_KEPT_BACK.search(m.group()) and _FOR_A_TRIP.search(sentence))
        or (
            _KEPT_BACK.search(m.group())
            and _FOR_THE_PAIN.search(sentence)
            and not _BEYOND_BEARING.search(sentence)
        )
        or _JUST_AN_EXPRESSION.search(sentence)
        or ("end" in m.group() and _STOPPING_A_MEDICINE.search(sentence))
        or (_ANNOYED.match(sentence) and "literally" in sentence)
        or (
            "burden" in m.group()
            and _A_THINGS_BURDEN.search(sentence)
            and not FIRST_PERSON.search(sentence)
        )
    )


# "'I wish I die' but it is only an expression, today we laughed about it"
_JUST_AN_EXPRESSION = re.compile(
    r"\b(?:only|just)\s+an?\s+(?:expression|figure\s+of\s+speech|saying)\b|\bdidn't\s+mean\s+it\b|"
    r"\bwe\s+laughed\b"
)
# "the MRI waiting list is 48 weeks, what a burden on everyone": a thing's, not the writer's
_A_THINGS_BURDEN = re.compile(
    r"\b(?:list|wait\w*|system|paperwork|forms?|costs?|bills?|process|nhs|insurance|admin|traffic|"
    r"rules|appointments?)\b"
)
# "I'm going to end it with the gabapentin, the GP's helping me taper off"
_STOPPING_A_MEDICINE = re.compile(r"\b(?:taper\w*|wean\w*|com(?:e|ing)\s+off|off\s+(?:it|them))\b")
# "ugh 8am lecture, i literally want to die"
_ANNOYED = re.compile(r"^\W*(?:ugh+|urgh+|omg|ffs)\b")


_OD_TRAINING = re.compile(
    r"\boverdose\s+(?:response|awareness|prevention|training|course|first\s+aid)\b|"
    r"\bnaloxone\s+(?:training|kits?\s+for\s+(?:the|our|work))"
)
# "a documentary about suicide prevention for my nursing course", "volunteering on a crisis
# line": the subject of work or study, not the writer's thoughts
_SUICIDE_TRAINING = re.compile(
    r"\bsuicide\s+(?:prevention|awareness|training|course|module|first\s+aid|hotline|helpline|"
    r"research|statistics|rates?)\b|\b(?:essay|assignment|dissertation|thesis|lecture|seminar|study)\s+"
    r"(?:\w+\s+){0,4}?(?:on|about|of)\s+(?:\w+\s+){0,3}?suicide\b|\bvolunteer\w*\s+(?:\w+\s+){0,3}?(?:crisis|help|support)\s*line\b"
)
# "pills all stockpiled for the trip, 3 weeks in Portugal"
_KEPT_BACK = re.compile(r"stockpil|hoard|stash|sav")
# "saving a few tramadol for when the pain is bad at night", "for flare-ups": a dose kept
# for the pain it is for (it alarmed), unless kept for the day it is past bearing
_FOR_THE_PAIN = re.compile(
    r"\bfor\s+(?:when\s+|if\s+)?(?:the\s+|my\s+|a\s+)?(?:pain|back|sciatica|spasms?|flare\w*|"
    r"bad\s+(?:days?|nights?|spells?)|worse\s+(?:days?|nights?)|emergencies|breakthrough|"
    r"(?:the\s+)?weekend|nights?|night\s+shifts?|work)\b|\bin\s+case\s+(?:the\s+|my\s+)?"
    r"(?:pain|back|sciatica)\b"
)
_BEYOND_BEARING = re.compile(_PAST_BEARING)
_FOR_A_TRIP = re.compile(
    r"\bfor\s+(?:the|my|our|a)\s+(?:trip|holiday|holidays|travel|flight|journey|cruise|vacation)\b|"
    r"\b(?:abroad|overseas)\b"
)
# "gonna die of boredom lying flat all weekend"
_DIE_OF_MUNDANE = re.compile(
    r"\s+(?:of|from)\s+(?:boredom|laugh\w*|embarrassment|shame|cold|heat|thirst|hunger)"
)
# "affairs in order before the spinal fusion": prudence before an operation
_AFFAIRS = re.compile(r"\b(?:will|affairs|order|letters?|notes?)\b")
_BEFORE_SURGERY = re.compile(
    r"\bbefore\s+(?:the\s+|my\s+|major\s+|a\s+)?(?:\w+\s+)?(?:surgery|operation|op|fusion|procedure|anaesthetic)\b"
)


_IF_ONE_MORE = re.compile(r"\bif\s+(?:\S+\s+){0,8}?one\s+more\s+\w+")
_TITLE_SUICIDES = re.compile(r"\bsuicides\b")
_ACCIDENTAL_HARM = re.compile(
    r"\b(?:cut|burn|burnt|burned|scald\w*)\w*\s+my\s*self\s+(?:shaving|cooking|chopping|gardening|"
    r"on\s+the\s+(?:oven|kettle|iron|stove|hob|tin)|with\s+the\s+(?:knife|kettle|iron|oven))|\bby\s+accident\b|"
    r"\baccidentally\b|(?<!n't\s)(?<!not\s)\bby\s+mistake\b|"
    # the boxes mixed up (never "I'm all mixed up", a mind in turmoil)
    r"\b(?:mix(?:ed)?|muddled)[-\s]up\s+(?:the\s+|my\s+)?(?:boxes|box|packets?|pills|tablets|meds|"
    r"bottles?|doses?|medications?|strips?)\b"
)
_GOODBYE_FOR_NOW = re.compile(
    r"\bgoodbyes?\b.*\b(?:at\s+the\s+(?:airport|station|school|gate|bus\s+stop|harbour)|back\s+to\s+(?:his|her|"
    r"their)\s+(?:ship|base|work|uni|school|job)|(?:he|she|they)'ll\s+be\s+(?:home|back)|see\s+(?:him|her|them)\s+"
    r"(?:in|on|at|next|soon))|"
    # "said goodbye to the old truck, traded it in": a thing parted with, not people
    r"\b" + GOODBYE_TO_A_THING
)


# Numbness a procedure made on purpose, passing off as it should: a nerve block, an
# epidural, the local anaesthetic (never while it stays: "still numb since the epidural")
_NUMBED_ON_PURPOSE = re.compile(
    r"\b(?:from|after|with)\s+(?:the\s+|my\s+|a\s+)?(?:nerve\s+block|epidural|spinal\s+(?:block|anaesthetic|anesthetic)|"
    r"local(?:\s+an(?:a)?esthetic)?|an(?:a)?esthetic|injection|jab|block)\b"
    r"(?!.*\b(?:not|never|still|hasn't|hasnt|haven't|isn't|won't|didn't)\b).*\b(?:wore|wearing|worn|went|gone|"
    r"faded|fading)\s*(?:off|away|back)?\b"
)


# Breathing trouble with the skin or swelling of an allergy is the allergy's, not an overdose's.
_SKIN_REACTION = re.compile(
    r"\b(?:swell|swoll|puff|hive|welt|wheal|rash|itch|blotch|lump|allerg|anaphyla|epi[-\s]?pen|throat|tongue)"
)
_CRIED = re.compile(r"\b(?:crying|cried|cry|sobbing|sobbed|tears|weeping|wept)\b")
_OPIOID_BREATH = re.compile(r"\b(?:" + _OPIOID_NAMES + r")")
_BREATH_SLOWED = re.compile(r"slow|shallow|nodd|drift|doz|forget|stop|blue")
# Drink said as the slur's cause; never beside an opioid (then the slur is a danger sign).
_TIPSY = re.compile(
    r"\b(?:drunk|tipsy|merry|pints?|beers?|wine|bevvies|bevvy|drinks|drinking|few\s+drinks|"
    r"booze|vodka|whisk(?:e)?y|gin|cocktails?|rum|sesh|session|pissed\s+(?:up|as)|hammered|wasted)\b"
)
_SOBER = re.compile(
    r"\b(?:no|not|haven't|hasn't|hadn't|didn't|without|never|any|zero)\s+(?:\w+\s+){0,2}?"
    r"(?:drinks?|drinking|drunk|alcohol|booze|beers?|wine|pints?)\b|\bsober\b|\bteetotal|don't\s+drink"
)
_OPIOID_NEAR = re.compile(
    _OPIOID_OR_TOO_MUCH + r"|\bpills?\b|tablets?|meds\b|\bsleeping\b|diazepam|valium"
)


def _explained_otherwise(flag: str, m: re.Match[str], sentence: str) -> bool:
    """A sign's words with another cause said beside them: a limb gone floppy, a waking
    routine, a feared overdose, a dry mouth, sciatica down one leg."""
    start = m.start()
    if flag == "overdose_signs" and "flopp" in m.group() and _LIMB_BEFORE.search(sentence[:start]):
        return True
    if flag == "overdose_signs" and "wak" in m.group() and _ROUTINE_WAKING.search(sentence):
        return True
    if flag == "overdose_signs" and _A_NAP.search(sentence):
        return True  # "passed out on the sofa for a nap, woke up refreshed"
    if flag == "overdose_signs" and _OD_WORD.search(m.group()) and _FEARED.search(sentence[:start]):
        return True
    if flag == "stroke_signs" and _SPEECH.search(m.group()) and _DRY_MOUTH.search(sentence):
        return True
    if flag == "allergic_reaction" and "shut" in m.group() and _CRIED.search(sentence):
        return True  # "my eyes swelled shut from crying at the film"
    if (
        flag == "overdose_signs"
        and "breath" in m.group()
        and not _BREATH_SLOWED.search(m.group())
        and _SKIN_REACTION.search(sentence)
    ):
        return True  # "struggling to breathe and covered in blotches after the tramadol": allergy
    if (
        flag == "stroke_signs"
        and "slur" in m.group()
        and _TIPSY.search(sentence)
        and not _OPIOID_NEAR.search(sentence)
        and not _SOBER.search(sentence)
    ):
        return True  # "slurring a bit after a few pints lol": the drink's, said as such
    if flag in ("saddle_numbness", "leg_weakness") and _NUMBED_ON_PURPOSE.search(sentence):
        return True  # "the numbness in my groin from the nerve block wore off by dinner"
    # "tingling from the left buttock down to the foot": sciatica's path
    return (
        flag == "saddle_numbness"
        and bool(_ONE_SIDE_DOWN_THE_LEG.search(sentence))
        and not _NOT_JUST_SITTING.search(sentence)
    )


def _said_otherwise(flag: str, m: re.Match[str], sentence: str) -> bool:
    """A sign's words used for something else: a farewell to a job, a holiday "to
    disappear", a child's quoted protest, a song, grief's heavy chest, earplugs."""
    if flag == "suicidal" and (
        _NOT_ME.search(sentence)
        or _AWAY_FOR_A_WHILE.search(sentence, m.start())
        or _QUOTED_FROM.match(sentence, m.end())
        or _SONG.search(sentence)
    ):
        return True
    if flag == "chest_pain" and _NOT_BODILY.search(sentence):
        return True
    if flag == "overdose_signs" and _EARPLUGS.search(sentence):
        return True
    return flag == "allergic_reaction" and bool(_CANT_FACE.search(sentence))


_FAREWELL_TO_WORK = re.compile(
    r"goodbye\s+(?:letter|email|card|note)\W+(?:\w+\W+){0,3}?to\s+(?:my\s+)?(?:old\s+)?(?:job|boss|work|"
    r"team|company|colleagues|office)|goodbye\s+cards?\s+for\s+(?:my\s+)?(?:colleagues|team|class)|"
    r"(?:saying|said|say)\s+goodbye\s+to\s+(?:my\s+)?(?:physio|doctor|nurse|therapist|colleagues|team|job|"
    r"class|students)|last\s+day\s+at\s+(?:this|my|the)\s+job"
)
_NOT_ME = re.compile(r"\bnot\s+me\b")
_AWAY_FOR_A_WHILE = re.compile(r"disappear\s+(?:to|for|on|into\s+the\s+hills|off\s+to)\b")
_QUOTED_FROM = re.compile(
    r"\W*'?\s+is\s+what\s+(?:my|his|her|the|our)\s+\w+\s+(?:says|said|always\s+says)"
)
_SONG = re.compile(r"\b(?:came\s+on|song|lyrics?|singing|sang|album|track)\b")
_NOT_BODILY = re.compile(
    r"heavy\s+with\s+(?:grief|sadness|sorrow|worry)|not\s+(?:actual|real|physical)\s+pain|heartbroken|"
    r"from\s+the\s+cold(?:\s+air)?|fine\s+after\s+i\s+warmed\s+up"
)
_EARPLUGS = re.compile(
    r"ear\s*plugs|deep\s+sleeper|(?:nearly|almost)\s+passed\s+out\s+from\s+the\s+pain|"
    r"reading\s+about\s+how|understand\s+my\s+risk"
)
_CANT_FACE = re.compile(r"(?:can't|couldn't|cannot)\s+face\s+(?:swallow|tak)")
# Said across sentences: "asked if I have a plan and I lied and said no. I do."
_SUICIDAL_ACROSS = re.compile(
    r"(?:asked|asks)\s+(?:me\s+)?(?:if|whether)\s+i\s+(?:have|had)\s+a\s+plan\W+(?:\w+\W+){0,6}?i\s+do\b|"
    r"took\s+all\s+(?:of\s+)?my\s+[\w/-]+\W+(?:\w+\W+){0,6}?(?:i'm\s+sorry|forgive\s+me|goodbye)|"
    r"last\s+time\s+i'll\s+(?:answer|write|message|reply)\W+(?:\w+\W+){0,3}?goodbye|"
    r"(?:driving|drive|steer\w*|crash\w*)\s+into\s+(?:a|the)\s+(?:tree|wall|lorry|truck)\W+(?:\w+\W+){0,8}?"
    r"(?:accident|nobody\s+would\s+know)|"
    r"count(?:ed|ing)\s+(?:out\s+)?(?:my\s+|the\s+)?(?:pills|tablets|meds)\W+(?:\w+\W+){0,6}?enough|"
    r"(?:lethal|fatal)\s+(?:amount|dose)\W+(?:\w+\W+){0,5}?asking\s+for\s+myself|"
    r"disappear\s+(?:permanently|for\s+good|forever)"
)
# "I'm safe, no dark thoughts": said plainly, it outweighs a preparatory-act reading
_SAID_OUTRIGHT = re.compile(
    r"kill\w*\s+my\s*self|end\w*\s+my\s+life|suicid|take\s+my\s+(?:own\s+)?life"
)


def _past_only(sub: str) -> bool:
    # ("… a high fever last winter so I'm paranoid now": the fear is now, not the sign;
    # "22 years ago, normal ever since": well since, not the sign since)
    now = _WELL_SINCE.sub(" ", _WARY_NOW.sub(" ", sub))
    return bool(_PAST.search(sub)) and not _PRESENT.search(now)


_WELL_SINCE = re.compile(
    r"\b(?:normal|fine|ok(?:ay)?|nothing|none|no\s+(?:problems?|issues?|trouble)|all\s+good|well)\s+"
    r"(?:ever\s+)?since\b(?!\s+(?:yesterday|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)


_WARY_NOW = re.compile(
    r"\b(?:paranoid|worried|scared|careful|anxious|nervous|cautious|wary|twitchy|on\s+edge)\s+"
    r"(?:about\s+it\s+)?now\b"
)


_BODILY = frozenset(
    {"bladder_bowel", "saddle_numbness", "leg_weakness", "fever", "gi_bleeding", "chest_pain",
     "stroke_signs", "allergic_reaction"}
)  # fmt: skip


def _without(low: str, said: list[str]) -> str:
    """`low` with these sentences left out."""
    for sentence in said:
        low = low.replace(sentence, " ", 1)
    return low


def detect_red_flags(low: str) -> list[str]:
    """Red flags in normalised (lower-cased) text, in canonical order; [] when none; a
    message of "she" and "her" alone, no one else named, is the patient's, written by
    whoever is with them."""
    found = _detect_red_flags(low)
    carer = not FIRST_PERSON.search(low)  # "i won't wake him": the writer and another
    if not found and carer and _ONLY_SHE_OR_HE.search(low) and not _SOMEONE_NAMED.search(low):
        # "her legs are getting weaker, she nearly fell, should we go to casualty?" — her
        # husband on her phone was told to keep it for the next visit (Sandbox,
        # Johannesburg); "she battled to wake up after the synap"
        found = _detect_red_flags(_as_the_writer(low))
    return found


# Sleep that keeps coming beside more taken than meant, in either order
# (across two sentences joined: a little further apart than within one)
_SLEEPY_BESIDE_MORE = re.compile(_sleepy_beside_more(16))


def _sleepy_beside_more_taken(low: str) -> bool:
    """Sleep that keeps coming told in one sentence and more taken than meant in the next
    ("head keeps nodding … drifting off every few seconds. took 4 co-codamol an hour ago
    on top of the morning ones"): the overdose's sign, as when said in one."""
    told = sentences(low)
    for first, second in zip(told, told[1:], strict=False):
        joined = f"{first}, {second}"
        m = _SLEEPY_BESIDE_MORE.search(joined)
        if m is not None and _accept("overdose_signs", m, joined, subclauses(joined)):
            return True
    return False


# Only bare pronouns for a person other than the writer
_ONLY_SHE_OR_HE = re.compile(r"\b(?:she|he|her|him|his|she's|he's|shes|hes)\b")
_SOMEONE_NAMED = re.compile(
    r"\b(?:" + KIN + r"|mama|mamma|papa|friend|neighbou?r|boss|colleague|"
    r"co-?worker|patient|client|baby|son|daughter|kid|child|dog|cat|mum|mom|dad|nan|gran|sister|"
    r"brother|wife|husband|partner|aunt|uncle|cousin|niece|nephew|grand\w+|teacher|doctor|gp|"
    r"nurse|physio|vet)(?:'s|s)?\b|\b(?:they|them|their)\b|\b(?:lady|man|woman|guy|girl|boy|"
    r"someone|somebody)\b"
)
_PRONOUNS_AS_WRITER = (
    (re.compile(r"\b(?:she's|he's|shes|hes)\b"), "i'm"),
    (re.compile(r"\b(?:she|he)\b"), "i"),
    (re.compile(r"\b(?:her|his)\b"), "my"),
    (re.compile(r"\bhim\b"), "me"),
)


def _as_the_writer(low: str) -> str:
    for pattern, word in _PRONOUNS_AS_WRITER:
        low = pattern.sub(word, low)
    return low


def _detect_red_flags(low: str) -> list[str]:
    found: set[str] = set()
    bodily: list[str] = []  # sentences that told a sign of the body (not the mind)
    for sentence in sentences(low):
        after = low.find(sentence) + len(sentence)
        if _ASKED_THEN_DENIED.match(low, after):
            continue  # "weak legs? no, they're fine": the question answered no
        listed = _CHECKLIST.search(sentence)
        if listed and (_ALL_CLEAR.match(low, after) or _ANSWERED_NO.search(sentence, listed.end())):
            # "the GP went through the cauda equina checklist … Nothing, all clear",
            # "physio asked me the usual questions, numbness, bladder, no and no"
            continue
        subs = subclauses(sentence)
        for flag, prefilter, pattern in _COMPILED:
            if flag in found or not prefilter.search(sentence):
                continue
            for m in pattern.finditer(sentence):
                if _accept(flag, m, sentence, subs):
                    found.add(flag)
                    if flag in _BODILY:
                        bodily.append(sentence)
                    break
    if "leg_weakness" in found and _UNCHANGED_SINCE.search(low) and not _WORSE_NOW.search(low):
        # "my right leg feels weak on stairs … the same for about a year now, not any
        # worse": not the weakness getting worse that is the flag (told in the next breath)
        found.discard("leg_weakness")
    if "stroke_signs" in found and "leg_weakness" in found and _ONE_SIDE.search(low):
        found.discard("leg_weakness")  # "my left arm and leg won't work": the stroke's weakness
    if "overdose_signs" not in found and _sleepy_beside_more_taken(low):
        found.add("overdose_signs")
    if "suicidal" not in found and _SUICIDAL_ACROSS.search(low):
        found.add("suicidal")
    if "suicidal" not in found and _screened_suicidal(low):
        found.add("suicidal")
    # (the model reads the words beside a sign of the body, not the sign itself: "up three
    # times needing to pass water, it will hardly come" read as despair — Sandbox, Edinburgh)
    beside = _without(low, bodily) if bodily else low
    if "suicidal" not in found and reads_suicidal(beside) and model_may_read(low):
        found.add("suicidal")
    if (
        "suicidal" in found
        and (said_safe_or_long_past(low) or _FAREWELL_TO_WORK.search(low))
        and not _SAID_OUTRIGHT.search(low)
    ):
        found.discard("suicidal")  # "really sad today, but I'm safe, no dark thoughts"
    if "stroke_signs" in found and "allergic_reaction" in found and not _SWELLING.search(low):
        found.discard("allergic_reaction")  # "face drooping, tongue feels thick": the stroke's
    if "stroke_signs" in found and "chest_pain" in found and not _FACE_OR_SPEECH.search(low):
        found.discard("stroke_signs")  # "chest pain and my left arm is numb": the heart's sign
    return [f for f in ALL_FLAGS if f in found]


def denied_red_flags(low: str) -> list[str]:
    """Signs the writer says they do not have ("no numbness or tingling down there"): a red
    flag's words, negated, in a message with no red flag — a doctor's pertinent negative."""
    if detect_red_flags(low):
        return []
    denied: set[str] = set()
    for sentence in sentences(low):
        subs = subclauses(sentence)
        for flag, prefilter, pattern in _COMPILED:
            if flag in denied or not prefilter.search(sentence):
                continue
            if any(_negated(*_in_subclause(m, subs)) for m in pattern.finditer(sentence)):
                denied.add(flag)
    return [f for f in ALL_FLAGS if f in denied]


def model_may_read(low: str) -> bool:
    """Whether the n-gram model's reading of suicidal thoughts may stand: not said safe or
    long past, not a story, and not every sentence about someone else ("my son's been
    saying he doesn't want to be alive")."""
    if said_safe_or_long_past(low) or about_a_story(low) or _FICTION.search(low):
        return False
    # The sentence that reads most so must be the writer's own ("my dad's started giving
    # his things away … I'm scared").
    said = [s for s in sentences(low) if s.strip()] or [low]
    top = said[0] if len(said) == 1 else max(said, key=suicidal_score)
    if _NOT_A_BOTHER.search(top) and _SEEKING_CARE.search(low):
        return False  # "should I go to the doctor … I don't want to be bothering them"
    if _LIFE_WITHOUT_PAIN.search(top) and not _SAID_OUTRIGHT.search(low):
        return False  # "I wonder what life would be like without this pain": the pain gone
    return not _someone_else(top, len(top))


# A life wished free of the pain, not of living (the model read "life … without" as despair)
_LIFE_WITHOUT_PAIN: Final[re.Pattern[str]] = re.compile(
    r"\blife\s+(?:\w+\s+){0,4}?without\s+(?:this|the|my|all\s+(?:this|the))\s+(?:\w+\s+)?"
    r"(?:pain|back|agony|aches?|sciatica)\b"
)


# Courtesy about asking for care, never a burden on one's people: "I don't want to be
# bothering them" of the GP (the model read it as despair beside "the fall" — Sandbox,
# Dublin). "A burden" is not in it: that is the words of the risk itself.
_NOT_A_BOTHER: Final[re.Pattern[str]] = re.compile(
    r"\b(?:don'?t|do\s+not|didn'?t|wouldn'?t)\s+(?:want|like|wish)\s+to\s+(?:be\s+)?(?:a\s+)?"
    r"(?:bother\w*|troubl\w*|pester\w*|wast\w*\s+(?:their|his|her|your)\s+time|nuisance)"
)
_SEEKING_CARE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:doctor|doc|dr|gp|nurse|pharmacist|chemist|surgery|clinic|hospital|a\s?&\s?e|er|"
    r"appointment|ring|call|phone|out\s+of\s+hours|physio|consultant|surgeon)\b"
)


def _not_waking_not_seen(m: re.Match[str], sentence: str) -> bool:
    """ "Not waking up" that is no one found unrousable: a fear of it ("a tiny risk of not
    waking up from the anaesthetic"), a question ("how many would it take to not wake
    up"), a thought of it ("sometimes i think about not waking up"), or a wish ("… the
    whole bottle and not waking up", read as suicidal)."""
    if _NOT_WAKING_FEARED_OR_ASKED.search(sentence[: m.start()]):
        return True
    if _NOT_WAKING_THOUGHT_OF.search(sentence[: m.start()]):
        return True  # "sometimes i think about not waking up": suicidal thoughts, read apart
    return bool(_SUICIDAL_HERE.search(sentence))


def _screened_suicidal(low: str) -> bool:
    """The broader screen's reading, judged by the same context rules as a phrase's."""
    # Not the phrase's rule of the past: the Columbia screen asks about the past month,
    # and "I sat in the garage with the engine running yesterday" is today's risk.
    anchors = suicidal_anchors(low)
    mine = bool(anchors) and said_of_myself(low)  # searched only where something was found
    for sentence, m in anchors:
        sub_start, sub = next(
            (st, tx) for st, tx in reversed(subclauses(sentence)) if st <= m.start()
        )
        start = m.start() - sub_start
        if _SCREEN_NEGATED.search(sub[:start]):
            continue
        if (
            _PASSED_BY.search(sentence, 0, m.start())
            and _A_PLACE.fullmatch(m.group())
            and not _LOOKED_DOWN.search(low)
        ):
            continue  # "walked the dog over the bridge and back": a walk, not a place chosen
        if m.re in WRITERS_BY_GRAMMAR:
            return True
        # "rang my brother to say goodbye", "dad's old rifle": the others there receive
        # the writer's act or own the thing; they are not who it is about.
        seen = _RECEIVER.sub(lambda r: " " * len(r.group()), sentence)
        if not _not_the_writers("suicidal", m, seen, writers_own=mine):
            return True
    return False


_PASSED_BY = re.compile(
    r"\b(?:walk\w*|ran|run\w*|jog\w*|cycl\w*|biked?|biking|drove|driv\w*|stroll\w*|hik\w*|went|crossed|"
    r"wander\w*)\s+(?:\w+\s+){0,3}?(?:over|across|along|under|past|round|around|by)\s+"
    r"(?:the\s+|a\s+|that\s+)?(?:\w+\s+)?$"
)
# (what makes a place passed more than a walk: "… and lately I look at the drop")
_LOOKED_DOWN = re.compile(
    r"\b(?:look\w*|star\w*|stood|stand\w*|lean\w*|linger\w*|drop|high\s+enough|edge|jump\w*|fall|"
    r"railing|side|water\s+below|end\s+it|gone|die|dead)\b"
)
_A_PLACE = re.compile(
    r"bridge|cliffs?|ledge|railing|balcony|rooftop|tracks|overpass|pier|viaduct|flyover"
)
_RECEIVER = re.compile(
    r"\b(?:to|for|with|rang|rung|called|phoned|texted|messaged|emailed|told|asked|sent|gave|visited|"
    r"hugged|thanked|kissed|took|take|taking|brought|dropped|left|rehomed|rehoming)\s+(?:(?:my|our|the|a\s+few|some)\s+)?(?:old\s+|best\s+|little\s+|big\s+)?"
    r"(?:" + KIN + r"|mates|friends|family|everyone|everybody|him|her|them)\b"
    r"|\b(?:(?:my|our|his|her)\s+)?[a-z]+'s\s+(?=(?:old\s+|new\s+|spare\s+)?(?:rifle|gun|shotgun|pistol|"
    r"rope|belt|razor|pills|tablets|meds)\b)"
)


# The screen's cues carry their own "not" ("if I didn't wake up", "if I was gone"): only
# a denial just before one sets it aside ("never thought I'd be better off gone").
_SCREEN_NEGATED = re.compile(
    r"\b(?:no|not|never|don't|dont|didn't|didnt|doesn't|isn't|wasn't|without|nor|deny|denies)\s+"
    r"(?:\w+\s+){0,2}$"
)


def _in_subclause(m: re.Match[str], subs: list[tuple[int, str]]) -> tuple[str, int, int]:
    """The subclause a match lies in, and the match's span within it."""
    start, end = m.span()
    sub_start, sub = subs[0]
    for s_start, s_text in subs:
        if s_start <= start:
            sub_start, sub = s_start, s_text
    return sub, start - sub_start, min(end - sub_start, len(sub))


def _ends_in_a_denial(m: re.Match[str], subs: list[tuple[int, str]]) -> bool:
    """A match running on into a later subclause that denies its own part of it: "numb
    down my leg, no numbness in the groin" (the groin half is the sign's place)."""
    end = m.end()
    last_start, last = next(((a, t) for a, t in reversed(subs) if a < end), subs[0])
    if last_start <= m.start():
        return False  # all in one subclause: its own negation was read
    return bool(_DENIAL_OPENS.match(last))


# A subclause opening on a symptom denied: "no numbness in groin", "but no tingling there"
# (never "no sensation since 2 days" or "nothing comes out": a function lost is the sign)
_DENIAL_OPENS = re.compile(
    r"\W*(?:and\s+|but\s+)?(?:no|not\s+any|without|zero)\s+"
    r"(?:numbness|tingling|weakness|pins\s+and\s+needles|problems?|issues?|trouble|change)\b"
)


# A thing that fell, not the person (Sandbox, Dublin: "patch fell off in the shower, put a
# new one on" was a fall, with the same-day advice and the report's first alert)
_A_THING_FELL = re.compile(
    r"\b(?:patch(?:es)?|plasters?|dressings?|bandages?|lid|cap|top|glasses|specs|labels?|"
    r"stickers?|pads?|electrodes?|brace|strap|belt|buttons?|handle|shelf|picture|phone|hat|"
    r"shoes?|slippers?|socks?|cover|blister\s+pack|pills?|tablets?|it|they|one|these|those)\s+"
    r"(?:\w+\s+)?(?:fell|fallen|has\s+fallen|had\s+fallen|keeps?\s+falling|kept\s+falling)\s+"
    r"(?:off|out|down|on|onto|into)\b|\b(?:keeps?|kept)\s+falling\s+off\b"
)


def _accept(flag: str, m: re.Match[str], sentence: str, subs: list[tuple[int, str]]) -> bool:
    start, end = m.span()
    sub, rel_start, rel_end = _in_subclause(m, subs)
    if _negated(sub, rel_start, rel_end):
        return False
    if _ends_in_a_denial(m, subs):
        return False  # "numb down left leg, no numbness in groin": the groin denied
    if _not_the_writers(flag, m, sentence):
        return False
    if flag == "cancer_history":
        return True  # a history is in the past by nature; the pain is new
    if flag == "trauma":
        # A fall is always in the past; only an old one ("years ago") is not news.
        return not _OLD_INJURY.search(sentence)
    if (
        _past_only(sub)
        or (_PAST.search(sentence, 0, start) and _past_only(sentence))
        # ("… after the epidural, 22 years ago, normal ever since": the time said after)
        or (_WELL_SINCE.search(sentence, end) and _past_only(sentence))
    ):
        # ("last year, when I was on diclofenac, I had black stools …": the time said in
        # an earlier subclause of the same sentence)
        return False
    later = sentence[end:]
    if flag == "allergic_reaction" and _NOT_AN_ALLERGY.search(sentence):
        return False  # "face all red and puffy from crying at a sad film, not an allergy"
    if _checked_and_clear(flag, sentence, end):
        return False
    if (
        flag == "overdose_signs"
        and (_APNOEA.search(sentence) or _THEIR_DOSE_CHANGED.search(sentence, end))
        and _seen_in_another(m, sentence)
    ):
        # "my husband snores … stops breathing now and then, sleep apnoea"; "my dad was …
        # hard to wake after his morphine, the GP has reduced his dose": seen to already
        return False
    if (
        flag == "saddle_numbness"
        and _ONE_SIDE_DOWN.search(sentence)
        and not _SADDLE_ITSELF.search(sentence)
    ):
        return False  # "right leg numb-ish n burning from the butt down": one side's sciatica
    if flag == "fever" and _FEVER_EXPLAINED.search(sentence) and not _BACK_SAID.search(sentence):
        return False  # "crook with the flu, running a bit of a temp", "fever from the flu jab"
    if flag == "allergic_reaction" and "swallow" in m.group() and _MOUTH_DRY.search(sentence):
        return False  # "it makes my mouth so dry I can't swallow": a dry mouth, no swelling
    # (a feeling that "hasn't come back" is still lost: "perineum's gone numb … hasn't come
    # back")
    feeling_gone = (
        flag in ("saddle_numbness", "leg_weakness")
        and _NOT_BACK.search(later)
        and not _WORE_OFF.search(later)  # "…wore off within a month, never came back"
    )
    if (
        not feeling_gone
        and flag != "stroke_signs"  # signs that passed may be a TIA: urgent all the same (NHS)
        # (nor breathing that nearly stopped, or a writer who could not be woken: the next
        # dose may do it again — urgent even when they feel fine now; another person seen
        # so and fine this morning is past: "we couldn't wake him, he's fine this morning")
        and not (
            flag == "overdose_signs"
            and _OVERDOSE_SIGNS_SEEN.fullmatch(m.group())
            and not _seen_in_another(m, sentence)
        )
        and _resolved_after(later, sentence[:end])
        and not _still_after(sentence[start:])
    ):
        return False
    if _ASKS_THE_SIGNS.match(sentence):
        return False  # "which signs show a person took too much tramadol?": a question
    asked = _WHAT_IT_LOOKS_LIKE.match(sentence)
    if asked is not None and m.end() <= asked.end():
        return False  # "what does foot drop actually look like?"
    like = _LOOKS_LIKE_HAVING.search(sentence) if flag in ("stroke_signs", "chest_pain") else None
    if like is not None and like.start() <= m.start() < like.end():
        return False  # "my dancing looks like I'm having a stroke 😂": a comparison
    if flag == "overdose_signs" and _SLEPT_THROUGH.search(sentence):
        return False  # "I did not wake up all night, slept like a log": the writer's own night
    if flag == "overdose_signs" and _BLUE_EXPLAINED.search(sentence, m.start()):
        return False  # "lips are blue from the blue slushie"
    if (
        flag == "overdose_signs"
        and "breath" in m.group()
        and _BREATHING_ON_PURPOSE.search(sentence)
    ):
        return False  # "my breathing's slow when I do my meditation app": on purpose
    # (or any sign of the numbing said passed: "speech little slurred after the dentist
    # injection, now it has worn off")
    numb = flag == "stroke_signs" and (
        re.search(r"\b(?:feels?|feeling|numb\w*)\b", m.group()) or _resolved_after(later)
    )
    if (
        (flag == "allergic_reaction" or numb)
        and _DENTAL.search(sentence)
        and not (
            _A_MEDICINE_GIVEN.search(sentence)  # "… after the amoxicillin the dentist gave me"
        )
    ):
        # "lip's swollen from the dentist injection, can't feel half my face": the local
        # anaesthetic (a face that droops stays a stroke sign, dentist or not)
        return False
    if flag == "fever" and _below_a_fever(sentence):
        return False  # "fever 99.2 since morning": the reading itself is no fever
    if flag == "overdose_signs" and _WISHED_FOR.search(sentence, 0, m.start()):
        return False  # "want to drink the whole bottle and not wake up": a wish (suicidal)
    if flag == "allergic_reaction" and _NOT_SWOLLEN.search(m.group()):
        return False  # "throat isn't swollen, just a bit sore from the cold"
    if flag == "allergic_reaction" and _HURT_ITSELF.search(sentence, m.start()):
        return False  # "lip is fat cos i bit it eating a sandwich"
    if flag == "gi_bleeding" and (
        _DARK_FROM_FOOD.search(sentence) or _NO_BLOOD_FOUND.search(sentence)
    ):
        return False  # "the dark poo was from all the black liquorice", "no blood in it"
    if flag == "gi_bleeding" and _CLINICIAN_EXPECTED.search(sentence, m.end()):
        return False  # "poo is dark since the iron tablets, gp said that's expected"
    if flag == "bladder_bowel" and _TOILET_FINE.search(m.group()):
        return False  # "peeing normally, no accidents 👍"
    if flag == "leg_weakness" and (
        _NOT_WEAK.search(m.group()) or _LEGS_NOT_NEWLY_WEAK.search(sentence)
    ):
        return False  # "my legs not weak, I walk normal", "legs holding up fine, no buckling"
    if flag == "leg_weakness" and _PINNED_DOWN.search(sentence):
        return False  # "cat is dead asleep on my legs and i can't move lol"
    if flag == "leg_weakness" and (m.groupdict().get("weak") or "jelly" in m.group()):
        # "legs a bit weak after the gym" is ordinary; weakness that worsens is not.
        if _JOKING.search(sentence) or _MOVED.search(sentence[m.end() :]):
            return False  # "knees went weak when I saw the bill 😂", "… when the surgeon said"
        if _WEAK_WORSE.search(sentence):
            return True
        return not _WEAK_MILD.search(sentence)
    return True


# Legs held down by something on them, not weak: a pet, a child, a weight
_PINNED_DOWN = re.compile(
    r"\b(?:cat|dog|puppy|kitten|baby|toddler|kid|grandkid|child|laptop)\b[^.;]{0,30}?\b(?:on|across|over)\s+"
    r"my\s+(?:legs?|lap|feet|knees)\b"
)


# Breath slowed on purpose: meditation, breathing exercises
_BREATHING_ON_PURPOSE = re.compile(
    r"\b(?:meditat\w*|breathing\s+(?:exercises?|thing|app)|breathwork|box\s+breathing|on\s+purpose|"
    r"mindfulness|yoga|relaxation|in\s+for\s+\d|hold\s+for\s+\d)\b"
)


_WORE_OFF = re.compile(r"\b(?:wore|worn)\s+off\b")
#: The writer telling a night slept through ("I did not wake up all night"): they are the
#: one writing, so never one who could not be woken
_SLEPT_THROUGH = re.compile(
    r"\bi\s+(?:did\s+not|didn't|didnt|not|never)\s+wake\s+(?:up\s+)?(?:all\s+night|once|even\s+once|"
    r"one\s+time|the\s+whole\s+night)\b(?![^.]*\b(?:till|until|when|shook|shake|shaking|called|ambulance)\b)"
)
_ANOTHER_SEEN = re.compile(r"\b(?:him|her|them|he|she|they)\b")


def _seen_in_another(m: re.Match[str], sentence: str) -> bool:
    """Whether an overdose's sign is another person's ("we couldn't wake him", "my brother
    passed out"), never the writer's seen by another ("my wife couldn't wake me")."""
    if FIRST_PERSON.search(m.group()):
        return False
    return bool(_ANOTHER_SEEN.search(m.group()) or _someone_else(sentence, m.start()))


_NOT_BACK = re.compile(r"\b(?:hasn't|has\s+not|haven't|not|never)\s+come\s+back\b")


def _resolved_after(later: str, before: str = "") -> bool:
    """Whether the words after a sign say it has passed — not "can't walk good again";
    `before`: the sentence up to the sign's end."""
    m = _RESOLVED_LATER.search(later)
    if m is not None and not _CANT_BEFORE.search(later, max(0, m.start() - 25), m.start()):
        return True
    gone = _GONE_SAID.search(later)
    # ("my bladder control is completely gone", "can't feel my groin, it's gone": a
    # feeling or a control gone is the sign itself)
    return gone is not None and not _LOSS_OF.search(before + later[: gone.start()])


# "but it's long gone", "the foot drop I had before is completely gone"
_GONE_SAID = re.compile(
    r"\blong\s+gone\b|\b(?:is|are|has|have|was|been)\s+(?:now\s+)?(?:completely|totally|fully|"
    r"entirely|all)\s+(?:gone|cleared|resolved|better)\b|\b(?:it's|its|it\s+is|that's|it\s+has|"
    r"it's\s+been)\s+(?:all\s+|totally\s+|completely\s+|fully\s+)?gone(?:\s+(?:now|away))?\s*(?:[.,;!]|$)|"
    # "… scan normal, and its been gone for weeks"
    r"\b(?:it's|its|it\s+has|has|have|they've|it)\s+been\s+gone\s+(?:for\s+)?(?:weeks|months|ages|a\s+while|"
    r"a\s+long\s+time|some\s+time|(?:a\s+few|several|two|three|\d+)\s+(?:days|weeks|months))\b"
)
_LOSS_OF = re.compile(
    r"\b(?:feel\w*|sensation|control|strength|power|movement|grip|use\s+of|bladder|bowels?|"
    r"continence)\b"
)


# A dose doubled to make up one missed (told with no sign of too much): a catch-up, asked
# about, not an overdose
_CATCH_UP = re.compile(
    r"\b(?:because|cause|cos|coz|bc|since|as)\s+(?:i\s+)?(?:forgot|missed|skipped)\b|"
    r"\bto\s+(?:make\s+up|catch\s+up)\b|"
    # ("forgot the tizanidine at lunch so i took a double dose", "…slipped my mind")
    r"(?:^|\bi\s+|[,.;]\s*)(?:forgot|missed|skipped)\s+(?:the|my|one|yesterday|this|last|lunch|breakfast)|"
    r"\bslipped\s+my\s+mind\b|"
    # "took a double dose this morning, forgot it last night"
    r"\b(?:forgot|missed|skipped)\s+(?:it|one|them|the\s+\w+|my\s+\w+)\s+"
    r"(?:last\s+night|yesterday|this\s+morning|earlier)\b"
)
_CANT_BEFORE = re.compile(r"\b(?:can't|cannot|couldn't|never|not|won't)\s+(?:\w+\s+){0,2}$")


def too_much_taken_only(low: str) -> bool:
    """An overdose told only as more taken than meant ("double dosed by accident on
    gabapentin", "think I overdosed on tylenol"), with no sign of one described."""
    return "overdose_signs" in detect_red_flags(low) and not _OVERDOSE_SIGNS_SEEN.search(low)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def flagged_words(text: str, flags: Sequence[str]) -> str | None:
    """The sentences of `text`, as written, that tell these red flags ("… and took forever
    to start peein this mornin"): what the doctor's report quotes, where the start of a
    long message said nothing alarming (Sandbox, Phoenix). None when no sentence tells one
    alone (a flag read across sentences: the whole message is the quote)."""
    wanted = set(flags)
    told = [
        s.strip()
        for s in _SENTENCE_END.split(text)
        if s.strip() and wanted & set(detect_red_flags(normalise(s)))
    ]
    said = " … ".join(told)
    return said if told and said != text.strip() else None
