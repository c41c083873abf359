"""The parser's compiled regexes and term tables, grouped by what they detect.

Data only (and the two helpers that build it): the detectors that use them live in the
``detect_*`` modules, medication finding in :mod:`bot.parsing.medications`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bot.parsing.intents import SkipReason
from bot.parsing.vocabulary import (
    ACTIVITY_NAMED,
    ACTIVITY_TERMS,
    LOCATION_TERMS,
    PILL_WORDS,
    QUALITY_TERMS,
    SIDE_EFFECT_TERMS,
    word_set,
)

# ---- numbers ---------------------------------------------------------------------------

_SMALL_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten"
_NUM = (
    r"(?:\d+(?:[.,]\d+)?|(?:twenty|thirty|forty|fifty)[-\s](?:one|two|three|four|five|six|seven|"
    r"eight|nine)\b|" + _SMALL_WORDS + r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"ninety)"
)
_DUR_N = (
    r"(?P<n>three[-\s]quarters?(?:\s+of\s+an?)?|"
    r"" + _NUM + r"|(?:a\s+)?quarter(?:\s+of\s+an?)?|half\s+an?|half|an?|"
    r"(?:a\s+)?couple\s+of|a\s+few)"
)
DURATION = re.compile(
    # (a one-letter unit never glued to a word: "this am", "sorry ah" are no "a m", "a h")
    r"(?<!\bat\s)(?<!@)\b"
    + _DUR_N
    # ("a thirty-minute walk")
    + r"(?:\s*|-)(?P<u>minutes?|mins?|(?<![a-z])m|hours?|hrs?|(?<![a-z])h)\b"
    # "an hour and a quarter of gardening"
    r"(?P<more>\s+and\s+(?:a\s+(?:quarter|half)|three[-\s]quarters?)\b)?(?!\s+ago)"
)

# ---- medications -----------------------------------------------------------------------


_words = word_set


WORD = re.compile(r"[a-z][a-z0-9'\-]*[a-z]")
# Common words never looked up as a medication: saves time, avoids fuzzy collisions.
NOT_MEDS: Final[frozenset[str]] = _words(
    """a about after again all already also am an and any are as at back bad badly been
    before being better bit both but by can can't couldn't day did didn't do don't done down
    dose doses evening feel feeling felt fine for forgot from gave get go good got great had
    has have having he her him his hour hours how i i'm i've in is it it's its just last
    later leg legs like little lower made make makes me min mins minutes missed more morning
    much my night no noon not now of off ok okay on one or out over pain pill pills please
    pretty really remind right ran same she since skip skipped sleep slept so some still
    tablet tablets than that the them then there they this those today took too two up very
    was we well went were what when with woke worse yes yesterday yet you your taken take
    tired sleepy dizzy stomach killing walk walked exercises physio yep done"""
)
# Ingredients that are also sold alone; see Meds._prefer.
OTC_PARTNERS: Final[frozenset[str]] = frozenset({"acetaminophen", "ibuprofen", "aspirin"})
_PILL = PILL_WORDS
PILL_RE = re.compile(r"\b" + _PILL + r"\b")
NUMBER_AFTER_NAME = re.compile(r"\s*(?:x\s*)?\d{1,4}(?:\.\d+)?\b")

# ---- dose verbs ------------------------------------------------------------------------

#: Patches by the brand people call them by ("put the lidoderm on", "Butrans changed.")
PATCH_BRANDS = r"(?:lidoderm|lidocaine|salonpas|butrans|flector|versatis|voltarol)"
#: Put on the skin, said by what was put: "gel on ✔", "voltaren on my neck"
ON_THE_SKIN = (
    r"\b(?:gel|cream|ointment|lotion|foam|voltaren|voltarol)\s+(?:(?:is|went|going|gone|now)\s+)?on\b"
    r"(?=\s*(?:my|the|both|me|now|[\u2714\u2705\u2611]|\d|at|this|$|,|\.))"
)
#: Weight put on, never a patch: "put on half a stone since the lyrica", "put on a lot"
PUT_ON_WEIGHT = (
    r"(?:(?:about|nearly|almost|over|like|so\s+much|a\s+bit\s+of|a\s+lot\s+of)\s+)?"
    r"(?:half\s+a\s+|an?\s+|one\s+|two\s+|three\s+|\d+(?:\.\d+)?\s*)?"
    r"(?:stones?|kilos?|kgs?|lbs?|pounds|weight|lot|bit)\b"
)
TAKEN_VERB = re.compile(
    # Non-native and Pidgin English too: "I am take the ibuprofen", "I don take am",
    # "I already drink my celecoxib".
    # (never "shouldn't be taken together", "to be taken with food": an instruction)
    r"\b(?:took|(?<!\bbe\s)taken|swallowed|popped|had|used|applied|put\s+on(?!\s+"
    + PUT_ON_WEIGHT
    + r")|stuck\s+on|injected|"
    r"rubbed(?:\s+in)?|down\s+the\s+hatch|"
    r"(?:am|have|has|did)\s+take|don\s+(?:take|drink|swallow)|drank|drink|drunk|"
    # "did 2 times dolo today": the doses done, as Indian English says it (Sandbox, Pune)
    r"\bdid\s+(?=(?:[2-6]|two|three|four)\s+times\s+(?!(?:my\s+|the\s+)?(?:yoga|walk|stretch|exercis|"
    r"physio|swim|gym|lap|round|squat|push|sit|rep|set|it\b|that\b|this\b|them\b))[a-z])|"
    r"take\s+(?:it|them)\s+(?:now|already)|done\s+(?:it|that)|got\s+(?:it|them)\s+down|"
    # "missed the 0900 lyrica and 1400 panadol, taking both now": taken as it is said
    r"taking\s+(?:it|them|both|em|them\s+both)\s+(?:just\s+|right\s+)?now|"
    # "tonight's dose: done", "tablets taken on time", "took everything on time"
    r"(?:dose|doses|meds|pills|tablets|tablet|pill|medicine|medication|patch|jab|injection|spray|gel)\s+"
    r"(?:is\s+|are\s+)?(?:all\s+)?(?:done|taken)\b(?!\s*\?)|"
    # "my medicine I have taken at half past seven": the object first, in many Englishes
    r"(?:medicine|medication|meds|tablets?|pills?)\s+i\s+(?:have|'ve)\s+(?:taken|had)\b|"
    r"took\s+everything\b|"
    # "my wife gave me my naproxen": given to the writer, so taken
    r"gave\s+me\s+(?=my\s)|"
    # "didn't forget my pills today 😀": remembered, so taken
    r"(?:didn'?t|did\s+not)\s+(?:forget|miss)\s+(?:to\s+take\s+)?(?=(?:my|the|a|any|one|it|them)\b)|"
    r"remembered\s+(?:to\s+take\s+)?(?=my\b)|"
    # "…but ended up taking it at 5", "finally did at 9:15": done after all
    r"ended\s+up\s+(?:taking|having|swallowing)|(?:finally|eventually)\s+did\b(?!\s*n[o']t)|"
    # "forgot yesterday, did it just now": done, and when
    r"\bdid\s+it\s+(?=(?:just\s+)?now\b|this\s+(?:morning|afternoon|evening)|first\s+thing|at\s+\d|earlier)|"
    # "I take already my tramadol", "I take the cyclobenzaprine already": done, in many Englishes
    r"\bi\s+take\s+already|\bi\s+take\s+(?:the\s+|my\s+)?[\w/-]+\s+already|"
    # "I take diclofenac 75 this morning": a present tense with a time gone by is a report
    r"(?<!did\s)(?<!do\s)(?<!should\s)(?<!can\s)(?<!could\s)(?<!when\s)(?<!if\s)(?<!shall\s)"
    r"\bi\s+take\b(?=\s+(?:the\s+|my\s+)?[\w/-]+(?:\s+\d+(?:\.\d+)?\s*(?:mg)?)?\s+"
    r"(?:this\s+morning|last\s+night|yesterday|earlier)\b)|"
    # "I take another diclofenac now", "i take 2 ultracet again": a dose just taken, as
    # Nigerian English says it (Sandbox, Lagos) — never "should I take another now?"
    r"(?<!do\s)(?<!should\s)(?<!can\s)(?<!could\s)(?<!shall\s)(?<!if\s)(?<!when\s)(?<!may\s)"
    r"\bi\s+take\b(?=\s+(?:another|one\s+more|\d+\s+more|\d|one|two|three|the|my)\b[^.?!,;]*?"
    r"\b(?:now|again|just\s+now|right\s+now)\b(?![^.?!]*\?))|"
    r"\bi\s+already\s+(?:take|drink)\b|\b(?:i\s+am|i'm)\s+after\s+(?:the|taking|having|my)\b|"
    r"\balready\s+(?:eat|ate)\b|(?<!after\s)(?<!before\s)(?<!when\s)(?<!once\s)(?<!till\s)"
    r"\bi\s+(?:eat|ate)\b(?=\s+(?:the|my|\d))|taking\s+(?:it|them|mine|my\s+\w+|(?:the|one|two|\d)\s+"
    r"(?=[\w/-]*(?:ol|in|ine|am|one|en|ac|ex|ide|ate|codamol|tabs?|tablets?|pills?|meds?|patch)\b)"
    r"[\w/-]+)\s+"
    r"(?:now|right\s+now)\b|" + PATCH_BRANDS + r"(?:\s+patch(?:es)?)?\s+"
    # "put the patch on", "new patch on", "patch is on", "changed my plaster"
    r"(?:is\s+|are\s+|stuck\s+|put\s+|slapped\s+)?on\b|"
    r"(?:put|stuck|slapped)\s+(?:(?:it|my|the|a|a\s+new|new|fresh|another)\s+)?(?:[a-z]+\s+)?"
    r"(?:patch(?:es)?|plasters?|" + PATCH_BRANDS + r"(?:\s+patch(?:es)?)?)\s+on|"
    # "today I put the patch at 9 hour"
    r"(?:put|stuck)\s+(?:my|the|a|a\s+new|new|fresh)\s+(?:[a-z]+\s+)?patch(?:es)?\b(?=\s+(?:at|around|this|today|\d))|(?:new\s+|fresh\s+)?(?:patch(?:es)?|plasters?)\s+"
    r"(?:is\s+|are\s+|stuck\s+|put\s+|slapped\s+)?on|(?:changed|swapped|replaced|renewed)\s+(?:(?:my|the|a|over\s+the|"
    r"over\s+my)\s+)?(?:[a-z]+\s+|\d{1,3}(?:\.\d)?\s+)?(?:patch(?:es)?|plasters?))\b|"
    # "did my jab", "jab done at 23:50", "did my patch at 10 last night"
    r"\b(?:did|done)\s+(?:my|the|me)\s+(?:jab|injection|shot|patch|spray|gel)\b|"
    r"\b(?:jab|injection|shot)\s+(?:is\s+|was\s+)?done\b|"
    # "gel on ✔", "voltaren on my neck", "cream on the lower back": put on the skin
     + ON_THE_SKIN + r"|"
    # "temgesic under my tongue", "dissolved 2 in water", "2 fizzy co-codamol in a glass of water"
    r"\b(?:under|beneath)\s+(?:my|the)\s+tongue|\bdissolved|"
    r"(?<=\w\s)in\s+(?:a\s+(?:glass|cup|mug)\s+of\s+)?water\b|"
    # "Butrans changed.", "patch replaced this morning" (not "…changed to 10": a new strength)
    r"(?:patch(?:es)?|plasters?|" + PATCH_BRANDS + r")\s+(?:was\s+|is\s+|"
    r"been\s+)?(?:changed|swapped|replaced|renewed)\b(?!\s+(?:to|from|over\s+to)\b)"
)
#: Put on the skin and no medicine of a list: "stuck a heat patch on my lower back", "hot
#: water bottle on my neck"
NOT_A_MEDICINE_ON_THE_SKIN = re.compile(
    r"\b(?:heat|heated|heating|warming|warm|hot|cooling|cold|ice|tens|wheat|kinesio|nicotine|hrt|"
    r"contraceptive|blister|eye)\s+(?:patch(?:es)?|pads?|packs?|bags?|plasters?|machine|bottle)\b|"
    r"\bhot\s+water\s+bottle\b"
)
#: A dose worn on the skin; said alone, it is the regimen's patch.
PATCH_WORD = re.compile(r"\b(?:patch(?:es)?|plasters?)\b")
# "todays", "this morning's" (never "this morning's walk"): that day's dose, as an object
_THIS_DAY = r"this\s+(?:morning|evening|afternoon)|tonight|today"
_OWNS = r"(?:'s|s|\u2019s)"  # "today's", "todays", "today’s"
_THE_DAYS = (
    r"(?:"
    + _THIS_DAY
    + r")"
    + _OWNS
    + r"(?!\s+(?:walk|bus|train|class|session|shift|nap|run|swim|paper)\b)"
)
# The time a dose is named by: a part of the day, a meal, a clock ("the 8 o'clock one")
_ITS_TIME = (
    r"(?:morning|afternoon|evening|night|nighttime|bedtime|lunchtime|lunch|noon|midday|dinner|"
    r"teatime|breakfast|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|o'?clock)?)"
)
HAD_DOSE = re.compile(
    # "had my morning ones", "had my 8 o'clock tablets", "had this morning's"
    r"\s+(?:it|them|mine|" + _THE_DAYS + r"|"
    # "yes had that about half an hour ago", "had that one already": the dose asked of
    # (never "had that before", "had that pain"): said alone or with when
    r"that(?:\s+one)?(?=\s*(?:$|[,.;!]|(?:about\s+|around\s+)?(?:an?\s+|half\s+an?\s+|\d+\s*)"
    r"(?:hour|hr|min)\w*\s+ago|already|earlier|at\s+\d|this\s+(?:morning|evening))\b)|"
    r"my\s+(?:[\w']+\s+){0,2}?(?:dose|doses|meds|medication|medicines?|pills?|"
    r"tablets?|capsules?|painkillers?|ones)|"
    # "had my lunchtime one", "had the 8 and the 2 o'clock ones": a dose named by its time
    # (never "had my little one", a child)
    r"(?:my|the)\s+" + _ITS_TIME + r"(?:\s+(?:and|&)\s+(?:the\s+|my\s+)?" + _ITS_TIME + r")?"
    r"\s+ones?|"
    # "gave dad his 2 panadol and had 2 myself": as many of the same, for the writer
    r"(?:\d|one|two|three)\s+(?:myself|meself|for\s+me|too)|"
    # "had 4 at midnight instead of 2", "had 2 this morning": a count, then when
    # (never "only had 1 today instead of my usual 3", rationing told as a habit)
    r"\d{1,2}\s+(?=(?:at|around|about|this|last|with|before|after|just|tonight)\b)|"
    # "missed my tramadol at 8, had one at 10": a count in words, then a clock time
    r"(?:one|two|three)\s+(?=(?:at|around|about)\s+\d))\b"
    # "had it with this pain" is no dose; "had it with brekky" is
    r"(?!\s+(?:with(?!\s+(?:my\s+|the\s+|some\s+)?(?:breakfast|lunch|dinner|tea|supper|food|meal|"
    r"water|milk|coffee|juice|toast))|up|out|enough))"
)
# What a dose can be called after "took the/my/a …" ("my evening one", "the lot");
# any other noun there is no dose ("took the kids to school", "took a photo").
DOSE_OBJECT_WORDS: Final[frozenset[str]] = _words(
    "dose doses meds med medication medications medicine medicines one ones lot rest last next "
    "usual normal regular morning evening night nighttime bedtime afternoon lunchtime midday "
    "noon daily first second third extra other same new prescribed full half whole double "
    "single couple daytime breakfast lunch dinner early late later earlier tonight's "
    "today's morning's evening's night's am pm nightly two three four few prn rescue "
    "breakthrough maintenance slow long short quick fast drug drugs injection shot jab "
    "spray drops liquid syrup patch patches painkiller painkillers stuff bar bars blue blues "
    "roxy roxies script"
)
NOT_DOSE_OBJECT = re.compile(
    # "took a jab to the ribs at boxing", "took a knock on the head": a blow, not an injection
    r"^\s*(?:a\s+(?:jab|punch|hit|kick|knock|blow|whack|smack|elbow)\s+(?:to|in|on|from)\b|"
    r"a\s+(?:walk|nap|bath|shower|break|rest|look|seat|while|stroll|swim|dip|fall|"
    r"tumble|day|good|bad|rough|great|long|terrible|fever|temp|headache|migraine)|"
    r"(?:his|her|their|the\s+dog)\b|my\s+time|it\s+easy|ages|forever|long|part|place|"
    r"care|off|over|\d+(?:\.\d+)?\s*(?:kg|kgs|kilos?|lbs?|pounds|stone)\b|"
    # what a doctor or nurse took: "they took bloods and said to stop the diclofenac"
    r"(?:some\s+|my\s+|a\s+|an\s+|the\s+)?(?:bloods?\b|blood\s+(?:tests?|samples?|pressure)|samples?\b|"
    r"swabs?\b|x-?rays?\b|scans?\b|mri\b|ecg\b|urine\s+sample|temperature|temp\b|bp\b|pulse\b|obs\b|"
    r"(?:my\s+)?(?:details|history)\b)|"
    # "had planned to take the oxy at 6", "had meant to": an intention, not a dose
    r"(?:planned|meant|wanted|intended|hoped|hoping|been\s+(?:meaning|planning|going))\b|"
    # "took about 15 min", "took ages", "took me half an hour to…", "took a couple of days
    # off work", "took half the arvo": how long something took
    r"(?:me\s+|us\s+|him\s+|her\s+)?(?:about|around|like|nearly|almost|over|under|roughly)?\s*"
    r"(?:\d+|an?|half\s+an?|a\s+couple\s+of|couple\s+of|a\s+few|few|" + _SMALL_WORDS + r")\s*"
    r"(?:min|mins|minutes?|hours?|hrs?|h\b|secs?|seconds?|days?|weeks?|years?)\b|"
    r"half\s+(?:the|a|my)\s+(?:day|night|morning|afternoon|arvo|evening|week|weekend)\b|"
    r"(?:the|a)\s+(?:day|morning|afternoon|week)\s+off\b|time\s+off\b)"
)
# "took about 2" is a count ("around 11" is a time, see timephrases._AT_BARE).
_ROUGHLY = r"(?:about|maybe|like|roughly|approx(?:imately)?)\s+"
OBJECT = re.compile(
    # "took todays", "took this morning's with the advil": that day's dose
    r"^\s*(?:" + _THE_DAYS + "|"
    r"(?:it|them|em|'em|that|those|these|both|all|mine|one|some|another|more|my|the|a|an|"
    r"everything(?!\s+(?:out|off|down|away|back|to|from|in|into|up)\b)|"
    r"(?:"
    + _ROUGHLY
    + r")?(?:\d+(?:\.\d+)?|"
    + _SMALL_WORDS
    + r")|around\s+\d+|half|x\d)\b|"
    + _PILL
    + r"\b)"
)
# "duloxetine didn't happen this morning"
NEG_HAPPEN = r"|(?:didn't|did\s+not|never)\s+happen\b"
NEG_TAKEN = re.compile(
    r"\b(?:didn't|haven't|hasn't|not|never|won't|wasn't|couldn't|can't|wouldn't|refused\s+to|"
    r"decided\s+not\s+to|going\s+to\s+not|chose\s+not\s+to)\s+"
    # Only words that bend the verb may stand between ("didn't even take", "haven't got round
    # to taking"): in "couldn't sleep took 2 paracetamol" the negation is the sleep's.
    r"(?:(?:even|yet|actually|really|ever|once|be|been|being|get|got|getting|round|around|to|"
    r"manage|managed|want|wanted|wanna|remember|remembered|dare|go|going|gonna|able|end|ended|up|"
    r"bring|myself|feel|felt|like|bother|bothered|need|needed|have|had)\s+){0,3}?"
    r"(?:take|taken|taking|took|"
    r"have|had|having|use|used|using|drink|drank|swallow(?:ed)?|"
    # a patch: "didn't put my patch on", "haven't changed the patch"
    r"put|putting|stick|stuck|apply|applied|change|changed|changing|wear|wore|"
    r"bother(?:ed|ing)?\s+with|need(?:ed)?\s+(?=the\b|my\b|any\b)|"
    # "not doing my tramadol tonight", "didn't do the 8pm one" (never "not doing great")
    r"(?:do|did|doing)(?=\s+(?:the|my|tonight's|today's|this\s+\w+'s)\s))\b"
    # "didn't have much pain", "haven't had time": no dose in them
    r"(?!\s+(?:much|any|a\s+lot\s+of|a\s+bad|a\s+good|the)?\s*(?:pain|sleep|energy|"
    r"appetite|problems?|issues?|trouble|symptoms?|side\s+effects?|ache|aches|flare|spasms?|"
    r"headache|nausea|breakfast|lunch|dinner|food|day|night|sex)\b"
    # "didn't have time for my stretches": no dose ("haven't had time to take my meds" is)
    r"|\s+(?:the\s+|any\s+)?(?:time|chance|energy|strength)\s+for\b)|"
    # Pidgin "I no take am", "no take the tramadol"
    r"\b(?:i\s+)?no\s+(?:take|took|drink|swallow)\b|\bnot\s+(?:eat|ate|eaten)\s+(?:the|my)\b|"
    # "no patch today", "no gel tonight": a form left off this time
    r"^\W*no\s+(?:patch|gel|cream|spray|jab|injection)\s+(?=today|tonight|this\s+(?:week|time|morning|evening))|"
    # "I don't take the diazepam today": today's dose, not a habit
    r"\bdon't\s+take\b(?=[^.,;]*\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|now)\b)"
    + NEG_HAPPEN
)
WHEN_DONE = re.compile(r"\b(?:once|when|after|till|til|until|as\s+soon\s+as)\b")
# "no need for it today": the dose the reminder is about, not wanted
NO_NEED = re.compile(r"\bno\s+need\s+(?:for|of)\s+(?:it|them|one|any)\b")
NO_MED = re.compile(
    r"\b(?:no|skip(?:ping)?\s+the|no\s+need\s+(?:for|of)|(?:didn't|don't)\s+need)\s+"
    # ("no 50mg tramadol tonight": its strength may stand between)
    r"(?:more\s+|my\s+|the\s+|any\s+|an?\s+|another\s+)?"
    # ("no morning mobic": the dose's time of day may stand between too)
    r"(?:(?:morning|evening|night|nighttime|bedtime|lunchtime|afternoon|midday|noon|am|pm)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:mg|mcg)\s+)?$"
)
YET = re.compile(r"\b(?:yet|not\s+yet)\b")
# The supply gone, said as what happened to the dose and as the reason for it, both.
_SUPPLY_GONE = (
    # (not "knocked the bottle over": spilt)
    r"(?:strip|stock|supply|pack|bottle|tablets?|pills?|medicine|medication|meds)\s+"
    r"(?:is\s+|are\s+|has\s+|have\s+)?(?:over|finished|finish)\b(?<!(?<!\w)bottle\sover)|\b(?:bottle|box|pack|packet|strip|tub)(?:\s+of\s+\w+)?(?:\s+is|\s+was|'s|s)\s+"
    r"(?:now\s+)?empty|(?:finished|used\s+up|used)\s+(?:the\s+|my\s+)?(?:last|all)|"
    r"finished\s+(?:the|my)\s+(?:bottle|box|pack|packet|strip|tub|prescription|script)\b|"
    r"(?<=\w\s)finish(?:ed)?\s*(?:$|,)|"
    # "last box of panadol finished this morning"
    r"\b(?:bottle|box|pack|packet|strip|tub)\s+of\s+[\w-]+\s+(?:is\s+|was\s+|has\s+|got\s+)?"
    r"(?:finished|used\s+up|all\s+gone|gone)\b|"
    # "haven't been to the chemist yet", "not got round to the pharmacy"
    r"\b(?:haven't|have\s+not|hasn't|not|didn't|couldn't|can't)\s+(?:yet\s+)?(?:been|gone|go|get|got|made\s+it)\s+"
    r"(?:round\s+|down\s+)?to\s+the\s+(?:chemist|pharmacy|drugstore)\b|"
    # "tramal's all gone" (a medicine must stand right before it: detect_doses checks)
    r"(?<=[a-z])(?:'s|\s+is|\s+are)\s+all\s+gone\b"
)
# A time ahead a dose is kept for: "till bedtime", "until 9", "til after tea"
_TILL_LATER = (
    r"(?:till|until|til)\s+(?:bedtime|bed|later|tonight|after\b|lunch|dinner|tea|supper|the\s+evening|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\b)"
)
# What follows "hold the/my" when the dose is kept for later, not left out: a length ("hold
# the tizanidine 45 min") or a time ahead ("… till bedtime", "… until 9")
_HELD_FOR_LATER = (
    r"(?:[^,.;]*?\b\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\b|[\w/-]+\s+" + _TILL_LATER + r")"
)
SKIP_VERB = re.compile(
    r"\b(?<!didn't\s)(?<!didnt\s)(?<!\bnot\s)(?<!never\s)(?<!haven't\s)(?<!havent\s)(?<!hasn't\s)"
    # (never "my heart skipped a beat")
    r"(?:skip(?:ped|ping|s)?\b(?!\s+a\s+beat)|miss(?:ed|ing)|"
    r"forg(?:o|e)t(?:ten|ting)?|"
    # (never "gym membership ran out", "my patience has run out": something else's)
    r"(?<!almost\s)(?<!nearly\s)(?<!membership\s)(?<!subscription\s)(?<!battery\s)(?<!patience\s)(?<!patience\shas\s)"
    r"(?<!time\s)(?<!credit\s)(?<!data\s)(?<!petrol\s)(?<!contract\s)(?<!lease\s)(?<!visa\s)"
    r"(?:ran\s+out|run\s+out)|"
    r"ran\s+dry|run\s+dry|left\s+(?:it|them|the\s+patch)\s+off|"
    r"running\s+out|out\s+of\s+(?=(?:my\s+|the\s+)?\w)|none\s+left|no\s+more\s+left|"
    r"no\s+more\s+(?:pills|tablets|tabs|capsules|caps)\b|"
    # "I dinnae want the diazepam this morning", "dont want my tramadol today": refused
    r"(?:don't|dont|do\s+not)\s+want\s+(?:to\s+(?:take|have)\s+)?(?=(?:the|my|any)\s+\w)|"
    r"left\s+(?:it|them|my\s+\w+)\s+at\s+home|passed\s+on|decided\s+against|"
    # "the lyrica makes me a zombie so not tonight": this one left out, for that reason
    r"(?<=\bso\s)not\s+(?:tonight|today|this\s+(?:morning|evening|time))(?=\s*(?:$|[,.;!]))|"
    # "I haven't, and I won't tonight, too nauseous": refused, for this time
    r"(?<=\bi\s)won't\s+(?:tonight|today|this\s+(?:morning|evening|time))(?=\s*(?:$|[,.;!]))|"
    # "nope on the oxy, yes on the lyrica": that one not taken
    r"(?<![\w'])(?:nope|nah|no)\s+(?:on|to)\s+(?=(?:the|my)\s+[\w/-]+\s*(?:$|[,.;!]|today\b|tonight\b|this\b))|"
    # "pass on the oxy today", "endone no need today", "no need for the tramadol tonight"
    r"pass(?:ing)?\s+on\s+(?=(?:the|my)\s+[\w/-]+(?:\s+\d+\s*(?:mg)?)?\s*(?:$|[,.;!]|today\b|tonight\b|"
    r"this\s+(?:morning|evening|time)\b|for\s+(?:now|today|tonight)\b|again\b))|"
    r"\bno\s+need\b(?=\s+(?:for\s+(?:it|them|the|my|any)\b|today|tonight|this\s+(?:morning|evening|time)))|"
    # "didn't bother w the ibuprofen today": left out, by choice
    r"(?:didn't|didnt|did\s+not|not\s+gonna|won't)\s+bother(?:ing)?\s+(?:with|w/?|taking)(?=\s)|"
    # "Tramadol I have left it today": left out
    r"(?<=\bi\shave\s)left\s+(?:it|them)(?=\s+(?:out|off|today|tonight|this)|\s*(?:$|[,.;!]))|"
    # "tramadol I left it, it gave me nausea"
    r"(?<=\bi\s)left\s+(?:it|them)(?=\s*(?:$|[,.;!]|because|cos|as\b|since))|"
    # "so tonight's one is a no go"
    r"(?:is|'s)\s+a\s+no[-\s]?go\b|"
    # "amitriptyline i left yesterday, it makes mouth very dry"
    r"(?<=\bi\s)left(?=\s+(?:it\s+)?(?:yesterday|today|last\s+night|this\s+morning|tonight)\b)|"
    r"(?:gave|give|giving|gives|gonna\s+give)\s+(?:[\w/'-]+\s+){1,3}a\s+miss|(?:left|leave|leaving)\s+(?:out|off)|left\s+(?:it|them)\s+out|"
    # "the norco stayed in the bottle", "didn't touch the robaxin": not taken
    r"stay(?:ed|s)?\s+(?:in\s+the\s+(?:bottle|box|drawer|cupboard|packet|pack|cabinet|bag)|put)\b|"
    # (never "didn't touch it" / "the pain": a dose that did nothing)
    r"(?:didn't|did\s+not|never|haven't|have\s+not)\s+touch(?:ed)?\s+"
    r"(?!it\b|them\b|(?:the|my)\s+(?:pain|sides|spasms?)\b)(?=(?:my\s+|the\s+|any\s+)?\w)|"
    r"(?:didn't|don't|doesn't)\s+need\s+(?:it|them|one|any)|"
    r"no\s+more\s+(?:tablets?|pills?|meds|capsules?)\s+(?:remaining|left)|"
    + _SUPPLY_GONE
    # "holding off on the oxy tonight", "held off taking it"
    # (never "hold the tizanidine 45 min", "… till bedtime": a wait)
    + r"|hold(?:ing)?\s+(?:the|my)\b(?!\s+"
    + _HELD_FOR_LATER
    + r")|"
    r"(?:hold|holding|held)\s+off\s+(?:on\s+)?(?:the|my|taking|it|them|any)\b"
    # (never "hold off on the lyrica reminder for 15 mins", "… till i eat": a wait)
    r"(?![^,.;]*?\b(?:for|in)\s+(?:(?:about|around|another)\s+)?(?:\d+|an?|half\s+an?|"
    r"a\s+(?:bit|few|couple\s+of|while|quarter\s+of\s+an?))\s*(?:m|mins?|minutes?|h|hrs?|hours?|bit|"
    r"while)\b|[^,.;]*?\b(?:(?:till|until|til)\s+(?:i|i've)\b|" + _TILL_LATER + r"))|"
    r"(?:left|leaving)\s+(?:the|my)\s+\w+(?:\s+\w+)?\s+(?:out|off)\b|"
    # "so leaving the tramadol and gaba", "the voltaren gave me a rash so I'm leaving it"
    r"(?:left|leave|leaving)\s+(?:the|my)\s+[\w/-]+\s+(?:and|&|n)\s+(?:the\s+|my\s+)?[\w/-]+(?=\s*(?:$|[,.;!])|\s+(?:today|"
    r"tonight|alone|for\s+(?:now|today|tonight))\b)|"
    r"(?:(?<=\bso\s)(?:i'm\s+|im\s+|i\s+am\s+|i'll\s+)?leav(?:e|ing)|(?:i'm|im|i\s+am|i'll)\s+leaving)\s+(?:it|them)"
    r"(?=\s*(?:$|[,.;!])|\s+(?:today|tonight|for\s+(?:now|today|tonight))\b)|"
    # "left the valium, makes me dopey", "I leave the diclofenac today because …" (a
    # medicine must stand in it: dose_events checks)
    r"(?:left|leave|leaving)\s+(?:the|my)\s+\w+(?:\s+\w+)?(?=\s*(?:$|[,.;])|\s+(?:today|tonight|"
    r"this\s+(?:morning|afternoon|evening)|because|cos|coz|cuz|cause|as|since|for\s+(?:now|today|"
    r"tonight)|alone)\b)|"
    r"left\s+the\s+\w+\s+at\s+home|"
    r"\bnone\s+(?:today|tonight|this\s+(?:morning|afternoon|evening))\b|"
    # "No tablet today, I am keeping fast"
    r"^\W*no\s+(?:tablets?|pills?|meds|medicine|medication|doses?|tabs?)\s+(?:today|tonight|this\s+(?:morning|afternoon|"
    r"evening))\b|"
    r"(?:haven't|hasn't|didn't|not|won't|never)\s+bother(?:ed|ing)?\s+with|"
    r"slipped\s+my\s+mind|(?:went|gone)\s+(?:right\s+|clean\s+)?out\s+of\s+my\s+(?:head|mind)|"
    r"spaced\s+(?:on|out\s+on)|blanked\s+on|"
    # (never "my back held up ok", "held on", "held the baby")
    r"\b(?:omitted|withheld|withholding|held(?!\s+(?:up|on|together|out|my|me|him|her|it\s+together)\b)|"
    r"not\s+given|declined|refused)\b|"
    # "none of my meds today", never "none of my clothes fit"
    r"\bnone\s+of\s+(?:the|my)\s+(?!(?:clothes|shoes|friends|family|kids|children|people|food|work|"
    r"jobs?|money|bills|business|stuff|things|usual|jeans|trousers|shirts|tops|dresses|shoes|boots)\b)"
    r"(?!\w+\s+(?:fit|fits|work|works|help|helps|matter)\b)|"
    r"no\s+more\s+(?=\w+\s+left\b)|"
    r"not\s+(?:the|my)\b(?=\s+\w))"
    r"|(?<![\w])(?:\u274c|\u2716|\u2717)"
)
FORGOT_NOT_SKIP = re.compile(
    r"forg(?:o|e)t(?:ten|ting)?\s+(?:to\s+(?:log|tell|say|mention|record|reply|answer|press|click|"
    r"tap|write|add|report)|that\s+i|i\s+(?:took|had|already)|what|about\s+(?:the\s+)?"
    r"(?:appointment|time)|"
    # a memory that fails, no dose: "I am forgetting things", "forgetting where I am"
    r"(?:things|everything|stuff|words|names|faces|people|where|who|simple\s+things|"
    r"(?:my|his|her)\s+words)\b|"
    # "forgot how bad it gets", "forgot why I came in", "forgot my keys/glasses"
    r"(?:how|why|when|which)\b|(?:my|the)\s+(?:keys|glasses|phone|wallet|purse|password|pin|bag|umbrella|"
    r"lunch|coat|charger|birthday|anniversary)\b)"
)
OUT_OF_FALSE = re.compile(
    r"out\s+of\s+(?:\d|10\b|ten\b|it\b|breath|bed|the\s+(?:house|car|bath|shower|bed)|town|"
    r"my\s+(?:mind|head|way|depth|league)|nowhere|work|hospital|sorts|action|pain|hand)"
)
#: A clock said in words of when: "at 8", "around 7:30", "about half 7"
CLOCK_SAID = re.compile(r"\b(?:at|@|around|about)\s+(?:half\s+)?\d{1,2}(?::\d\d)?\b")
SNOOZE = re.compile(
    # (never "had a snooze on the couch": a nap)
    # (never "snoozed through my alarm": a sleep, no dose put off)
    r"\b(?:(?<!a\s)(?<!little\s)(?<!quick\s)(?<!short\s)(?<!nice\s)(?<!good\s)snooz(?:e|ed|ing)(?!\s+(?:through|thru|past)\b)|"
    r"remind\s+me|remind\s+(?:after|in)|"
    # "please remember me in 30 minutes", "remember me after 15 minutes" (remind me)
    r"remember\s+me\s+(?=in\s|after\s|again|later)|hang\s+on|later+|l8e?r|hit\s+me\s+up|brb|"
    # "after tea"
    r"^\W*after\s+(?:me\s+|my\s+)?(?:tea|supper|brekkie|dinner|lunch)(?=\W*$)|"
    r"defer(?:red)?|postpone|give\s+(?:me|us)\s+(?:till|until|til)\b|"
    r"hold(?:ing)?\s+off|"
    # "the gabapentin can wait 15", "hold the tizanidine 45 min"
    r"(?:can|could|will|'ll|gonna|has\s+to|have\s+to)\s+wait\b|"
    # "30 mins more, I am eating" (never "walked 30 mins more than yesterday")
    r"^\W*(?:(?:ma'?am|sir|madam|doc|pls|please)\W+)?\d{1,3}\s*(?:m|mins?|minutes?)\s+more\b(?!\s+than)|"
    r"^\W*hold\s+(?:the|my)\s+(?=[^,.;]*?\b\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\b)|"
    r"\bhold\s+(?:the|my)\s+(?=" + _HELD_FOR_LATER + r")|"
    r"not\s+(?:right\s+)?now|not\s+(?:quite\s+|just\s+)?yet|can't\s+(?:right\s+now|just\s+now|at\s+the\s+moment)|"
    # "soon they will" is about someone else, not a dose put off
    r"^\s*(?:shortly|soon)\b(?!\s+(?:they|he|she|we|you|everyone|everybody|nobody|the)\b)|"
    r"wait\s+(?:for\s+|another\s+|me\s+)?" + _NUM + r"\s*(?:m|min(?:ute)?s?|hours?|hrs?|h)\b|"
    r"^after\s+(?:the\s+|my\s+)?(?:prayers?|namaz|salah|salat|mass|church|shower|bath|news|meeting|"
    r"class|call|school\s+run)\b|"
    # "I'll take it just now" (South Africa: in a while), "I'll take them after dinner"
    r"(?:i'll|i\s+will|will|gonna|going\s+to)\s+(?:take|have)\s+(?:(?:it|them|mine|my\s+\w+)\s+)?"
    r"(?:just\s+now|later|soon|after|when|once|"
    r"in\s+a\s+(?:bit|minute|while|mo|sec))|"
    r"(?:eating|cooking|showering|driving)\s+first|"
    r"ping\s+me|nudge\s+me|bug\s+me|soon\s+come|"
    # "kindly give reminder again after one hour", "check back with me in 90 min",
    # "can I take it in 10": asked to come back
    r"give\s+(?:me\s+)?(?:a\s+|the\s+)?reminder\s+(?:again\s+)?(?:after|in)\b|"
    r"check\s+(?:back\s+)?(?:(?:with|on)\s+me\s+)?in\s+(?=\d|an?\s|half|ten|twenty|thirty|fifteen)|"
    r"(?:can|could|may|shall)\s+i\s+(?:take|have)\s+(?:it|them|mine)\s+in\s+(?=\d|an?\s|half|ten|twenty|"
    r"thirty|fifteen)|wait\s+lang|wait\s+ah|in\s+a\s+mo\b|mamaya|"
    r"(?:once|after|when)\s+i'?ve\s+(?:had|eaten|finished|showered|had\s+a\s+shower|washed)|try\s+(?:me\s+|him\s+|her\s+)?again|not\s+just\s+now|"
    # a reply that says only where the writer will be: "once I'm home", "when I get in",
    # "in the shower, 15"
    r"^\W*(?:once|when|as\s+soon\s+as)\s+(?:i'?m|im|i\s+am|i\s+get|i'?ve\s+got)\s+(?:home|back|in|up|out\s+of\s+"
    r"(?:the\s+)?(?:shower|bath|car|work|here))\W*$|"
    r"^\W*(?:(?:i'?m|im|i\s+am|just|still)\s+)*in\s+the\s+(?:shower|bath)"
    r"(?=\W*$|\W*,\s*(?:\d|in\s))|"
    r"wait\s+(?:till|til|until)\s+i|"
    r"after\s+" + _NUM + r"\s*(?:min(?:ute)?s?|hours?|hrs?)|"
    r"in\s+a\s+(?:bit|minute|min|"
    # ("i'd give it 8" rates the pain: "it" waits only with a unit, "give it 10 mins")
    r"moment|while|sec|second|few|tick|jiffy)|give\s+it\s+(?:\d+|twenty|thirty|fifteen|forty)\s*(?:m\b|mins?|minutes?|h\b|"
    r"hrs?|hours?)|give\s+it\s+(?:a\s+(?:bit|minute|few|moment|sec|while)|an?\s+(?:hour|hr)|"
    r"(?:a\s+)?(?:quarter|half)\s+(?:of\s+)?(?:an?\s+)?(?:hour|hr)|another\s+(?:hour|hr|half\s+(?:an?\s+)?hour|"
    r"\d+\s*(?:m\b|mins?|minutes?)))|give\s+(?:me|us)\s+(?:like\s+|about\s+|around\s+|maybe\s+)?(?:\d+|twenty|thirty|fifteen|forty|"
    r"a\s+(?:bit|minute|few|moment|sec)|small\s+time|small|an?\s+(?:hour|hr)|"
    r"(?:a\s+)?(?:quarter|half)\s+(?:of\s+)?(?:an?\s+)?(?:hour|hr)|"
    r"" + _SMALL_WORDS + r")|hold\s+on|wait\s+(?:small|a\s+bit|a\s+sec|a\s+min)|"
    r"ask\s+(?:me\s+)?again|ask\s+me\s+(?:in|after|later)\b|(?<!for\s)(?<!took\s)(?<!takes\s)(?<!me\s)(?<!spent\s)(?<!lasted\s)half\s+(?:an\s+)?(?:hr|hour)(?!\s+(?:ago|back|to\s+[a-z]))|"
    r"(?:an?\s+)?hour\s+and\s+a\s+half(?!\s+(?:ago|back))|"
    r"after\s+(?:my|me|the)\s+(?:tea|dinner|lunch|breakfast|supper|meal|food|shower|bath|nap|"
    r"walk|coffee)|after\s+(?:dinner|lunch|breakfast|i\s+eat|food|my\s+meal|"
    r"eating|my\s+shower)|still\s+(?:eating|driving|cooking|at\s+work|in\s+the\s+(?:shower|car)|out|busy|"
    r"on\s+the\s+phone|in\s+a\s+meeting)|(?:busy|driving|out|working|cooking|at\s+work|in\s+a\s+meeting|"
    r"on\s+the\s+phone)\s+(?:right\s+)?now|in\s+" + _NUM + r"\s*(?:min(?:ute)?s?|m|h|hrs?|"
    r"hours?)|in\s+(?:half\s+)?an?\s+hour(?:\s+and\s+a\s+half)?)\b|(?:\u23f0|\U0001f4a4|\u23f3)"
)
LATER_FALSE = re.compile(
    r"(?:" + _NUM + r"|few|couple)\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+later|"
    r"later\s+(?:that|on\s+(?:i|it)|in\s+the)"
)
# "later", "after lunch", "in a bit" also describe when something happened ("dizzy
# after lunch", "pain got worse later"); they ask to wait only when said of the dose.
# ("after I've had my tea" is ahead by its grammar: a wait, whatever follows)
VAGUE_WAIT = re.compile(r"later|after\s(?!i'?ve\s)|in\s")
TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")
FUTURE = re.compile(
    r"\b(?:i'll|will|gonna|going\s+to|let\s+me|rather|wait|remind|until|till|til|once|"
    r"when|want\s+to|need\s+to|have\s+to|got\s+to|gotta|prefer)\b"
)
WAIT_FILLER: Final[frozenset[str]] = _words(
    """ok okay please pls thanks thank you thx sure yes yeah yep sorry maybe probably then
    i i'll will take taking it them that this one do my the meds med pills pill tablets
    tablet dose doses medicine medication for now just a abeg biko po sir ma ma'am maam kindly
    first x xx xxx ah oh um umm uh erm hmm eh mate love hun dear bro man dude lol k kk bit little"""
)
SNOOZE_MIN = re.compile(
    r"\b(?:snooze(?:\s+it)?|remind(?:\s+me)?|give\s+(?:me|us|it)|wait|in|after|another|for|hang\s+on|"
    r"hit\s+me\s+up|hold\s+off|brb|defer|postpone|"
    r"ping\s+me|nudge\s+me|"
    r"try\s+(?:me\s+|him\s+|her\s+)?again\s+in|"
    r"give\s+(?:me\s+)?(?:a\s+|the\s+)?reminder|check\s+(?:back\s+)?(?:(?:with|on)\s+me\s+)?in|"
    r"(?:take|have)\s+(?:it|them|mine)\s+in|"
    r"hold\s+on)\s+(?:me\s+)?(?:again\s+)?"
    r"(?:in\s+|for\s+|after\s+|again\s+in\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+)?"
    r"(?P<n>(?:three|3)[-\s]quarters?\s+of\s+an?|"
    r"" + _NUM + r"|a\s+quarter\s+of\s+an?|quarter\s+of\s+an?|half\s+an?|an?|"
    r"a\s+couple\s+of|a\s+few)"
    r"(?:\s*(?:more\s+)?(?P<u>minutes?|mins?|m|hours?|hrs?|h)\b)?"
    # "an alarm for 3pm", "remind me 2 take it": a clock time or "to", not a length
    r"(?!\s*(?:[ap]\.?m\b|o'?clock|[:.]\d)|\s+(?:take|have|pop|do|use)\b)"
)
# A whole message that is only a length of time ("10 min", "5 more mins") answers the
# reminder's "how long?": a snooze.
ONLY_DURATION = re.compile(
    r"^(?:(?:ugh+|argh+|hmm+|uh+|um+|meh|oh|ok(?:ay)?|just|another|in)\W+)*(?:about\s+|around\s+|roughly\s+|maybe\s+|like\s+)?(?P<n>"
    + _NUM
    + r"|half(?:\s+an?)?|an?|a\s+couple(?:\s+of)?|1/2(?:\s+an?)?)\s*(?:more\s+)?"
    r"(?P<u>minutes?|mins?|(?<![a-z])m|hours?|hrs?|(?<![a-z])h)(?:\s+(?:more|please|pls|plz))?"
    # "1 hr pls driving": the reason said after it
    r"(?:\W+(?:i'm\s+|im\s+)?(?:driving|busy|working|eating|cooking|out|at\s+work|in\s+a\s+meeting|"
    r"on\s+the\s+phone|showering|in\s+the\s+shower))?[\s.!]*$|"
    # "in 15": minutes, the unit left out
    r"^(?:in|back\s+in|ask\s+me\s+in|ask\s+again\s+in)\s+(?P<bare>\d{1,3}|five|ten|fifteen|twenty|thirty|forty|"
    r"forty\s+five)[\s.!]*$|"
    r"^(?:in\s+|another\s+)?(?P<ninety>(?:an?|one)\s+(?:hour|hr)\s+and\s+a\s+half)[\s.!]*$"
)

# ---- amounts and counts ----------------------------------------------------------------

AMOUNT = re.compile(
    r"\b(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>mg|milligrams?|mcg|micrograms?|\u00b5g|ug|g|grams?|ml|"
    r"millilit(?:er|re)s?|units?|iu)\b"
)
UNIT_MAP: Final[dict[str, str]] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "mcg": "mcg", "microgram": "mcg",
    "micrograms": "mcg", "\u00b5g": "mcg", "ug": "mcg", "g": "g", "gram": "g", "grams": "g",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "unit": "unit", "units": "unit", "iu": "unit",
}  # fmt: skip
# "a quarter of a tablet", "a pair of co-codamol": a part, or two
_PART_OF = (
    r"(?:a\s+)?(?:quarter|third)\s+of(?:\s+an?)?|a\s+pair\s+of|"
    # "a quarter tablet", "a quarter diazepam": the part said without "of"
    r"a\s+(?:quarter|third)\b(?!\s+(?:past|to|of\s+an?\s+hour)\b)"
)
COUNT_AFTER_VERB = re.compile(
    # ("I don take 2 of the new tablet": Nigerian Pidgin for "I've taken")
    r"\b(?:took|taken|had|popped|swallowed|used|applied|put\s+on|(?<=\bdon\s)take|"
    r"(?<=\bdone\s)take)\s+(?:only\s+|just\s+)?"
    r"(?:my\s+|the\s+|another\s+)?"
    r"(?:" + _ROUGHLY + r")?"
    r"(?P<n>(?:\d+|"
    + _SMALL_WORDS
    + r")\s+and\s+(?:a\s+)?half|one\s+half|\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r"|a\s+couple\s+of|a\s+couple|couple|"
    + _PART_OF
    + r"|(?:a\s+)?half(?:\s+(?:of\s+)?an?)?|"
    r"an?|another)\b(?!\s*(?:(?:mg|mcg|g|ml|units?|iu|min|mins|minutes|hours?|hrs?|am|pm|h|"
    # whole words: "2 naproxen", "2 amitriptyline" are counts, "2 naps", "2 am" are not
    r"walk|naps?|bath|shower|break|rest|look|bad|good|great|rough|fever|temp|headache|while|day|"
    # "took 30/500 co-codamol": a combination's strength, never thirty tablets
    r"night)\b|%|a\.m|p\.m|o'clock|:|\.\d|/\s*\d))"
)
COUNT_BEFORE_PILL = re.compile(
    r"\b(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r"|" + _PART_OF + r"|half\s+an?|half)\s+(?:x\s+)?"
    r"(?:more\s+)?(?:(?<=half\sa\s)[a-z][\w/-]*\s+)?"  # "half a zanaflex tab"
    r"(?:" + _PILL + r")\b"
    # (never "a 25 patch", "norspan 5 patch": one patch of that strength in mcg an hour)
    # (up to 4 may be patches counted: "put 2 patch on")
    r"(?<!(?<![\w.])[5-9]\spatch)(?<!\d\d\spatch)(?<!\d\.\d\spatch)"
)
COUNT_BEFORE_MED = re.compile(
    r"\b(?P<n>(?:\d+|"
    + _SMALL_WORDS
    + r")\s+and\s+a\s+half|\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r"|a\s+couple\s+of|a\s+couple|couple\s+of|"
    + _PART_OF
    + r"|"
    r"half\s+(?:of\s+)?(?:an?|one)|half|a\s+single|an?|another)\s+(?:x\s+)?(?:more\s+)?(?:of\s+)?(?:(?:my|the)\s+(?:usual\s+|normal\s+|regular\s+)?)?"
    r"(?:fresh\s+|new\s+)?"  # "a fresh lidoderm"
    r"(?:(?:extra|regular|max(?:imum)?)\s+strength\s+)?(?:" + _PILL + r"\s+of\s+)?"
    # "half of a 4mg tizanidine": its strength between the count and the name
    r"(?:\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)\s+)?$"
)
# "took my gabapentin twice", "a double dose": two doses' worth.
TWICE = re.compile(r"\btwice\b|\bdouble\s+(?:dose|up|dosed)\b|\bdoubled\s+(?:up|the\s+dose)\b")
#: Doses counted by the times taken ("did 2 times dolo today", "took it 3 times since
#: morning"), never how often it is meant to be taken ("2 times a day").
TIMES_TAKEN = re.compile(
    r"\b(?P<n>[2-6]|two|three|four|five|six)\s*(?:times|x)\b(?!\s*(?:a|per|each|every|daily|/)\b)"
    r"(?!\s+in\s+(?:a|one|the)\s+(?:day|week|24))"
)
# "... and 3 more at 6", "..., then another at noon": a second dose of the same medicine.
_MORE_BODY = (
    r"(?:(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r"|a\s+couple)\s+more|"
    # ("another 500mg" is one more dose of 500 mg, never 500 more tablets)
    r"another(?:\s+(?P<m>\d+(?![\d.]|\s*(?:mg|mcg|g|ml|grams?)\b)|"
    + _SMALL_WORDS
    + r"))?|again(?=\s+(?:at|@|around|by)\b)|"
    # "…at 10 and an extra one at midnight", "…, then a second one at 2"
    r"(?:an\s+extra|a\s+second)(?:\s+one)?(?=\s+(?:at|@|around|about)\s)|"
    # "half a tab at 10 last night, the other half at 6am": the rest of the tablet
    r"(?:the\s+)?other\s+half(?=\s+(?:at|@|around|about)\s)|"
    # "2 at 7 and 1 at 1": a count with its own time
    # ("one and a half at 1pm": a tablet and a half, never a half)
    r"(?P<k>(?:[1-3]|one|two|three)\s+and\s+a\s+half|[1-4]|one|two|three|four)"
    r"(?=\s+(?:at|@|around)\s+(?:\d|noon|midnight|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve)\b)|"
    # "norco at 6 this morning and one just now": a count with "now" for its time
    r"\s+(?:just\s+now|right\s+now|now|a\s+minute\s+ago|a\s+moment\s+ago)\b))\b"
)
MORE = re.compile(r"(?:\band|\bthen|\bplus|,)\s+" + _MORE_BODY)
# The same at the start of its own clause ("…, then 2 more at 3pm").
# ("last night: 2 norco at 10, 1 at 2am. today: 1 at 9": the day said first)
MORE_START = re.compile(
    r"^\s*(?:and\s+)?(?:(?:today|tonight|this\s+(?:morning|afternoon|evening))\W+)?" + _MORE_BODY
)
# "percocet 1 at 3:15", "took advil 2 this morning": a small count just after the name,
# followed by when it was taken (or the clause's end); never "advil 2 hrs ago" or "1:30".
COUNT_AFTER_MED = re.compile(
    r"[\s,]*(?P<n>[1-4]|one|two|three|four)"
    r"(?=\s*(?:$|[;@]|[,.](?!\d))|\s+(?:at|around|about|by|this|last|earlier|just|with|before|after|now|"
    r"today|tonight|yesterday|in\s+the\s+(?:morning|afternoon|evening|night))\b)"
)
# "stuck a new lidocaine patch on", "I have taken the tramadol tablet": one of them.
ONE_UNIT = re.compile(
    r"(?<!of\s)\b(?:a|one|another|the|my|new|fresh)\s+(?!(?:quarter|half|third)\b)(?:[a-z/-]+\s+){0,2}?"
    r"(?:patch|plaster|tablet|tab|pill|capsule|cap|caplet)\b(?!\s+of\b)"
)
COUNT_X = re.compile(
    # "2 x 500mg", "2 x 30/500": the count before a strength
    r"\bx\s?(?P<n>\d(?:\.5)?)\b|\b(?P<m>\d)\s?x\b(?:(?!\s*\d)|"
    r"(?=\s*\d+(?:\.\d+)?\s*(?:(?:mg|mcg|g|ml)\b|/\s*\d))|(?=\s*[1-9]\d{2,3}\b(?![:.]\d)))"
)
BARE_STRENGTH = re.compile(
    r"\s*(?:(?:taken|done|tab(?:let)?s?|of|sr|er|xr|cr|mr|xl|la|ir|retard)\b[\s,]*)?[,\s]*(?P<n>\d{1,4}(?:\.\d+)?)"
    r"(?![\d.,/:%]|\s*(?:mg|mcg|g\b|ml|am\b|pm\b|a\.m|p\.m|o'?clock|hours?|hrs?|h\b|"
    r"min|times?|tabs?|tablets?|pills?|caps?|capsules?|of\b|out\b|more\b|patch|days?))"
)
# A change of regimen said before the medicine's name ("since upping the duloxetine").
CHANGE_OF_MED = re.compile(
    r"\b(?:since|after|from|on)\s+(?:\w+\s+)?(?:upping|raising|increasing|lowering|reducing|"
    r"cutting|dropping|stopping|starting|switching|changing|coming\s+off|going\s+on|weaning)\b|"
    # "awake at 4am every night since the cymbalta": since it began, not a dose now
    r"\bsince\s+(?:the\s+|my\s+|being\s+on\s+(?:the\s+)?)?$"
)
# "changing my gabapentin to 9am from tomorrow", "moving the naproxen to lunch": its time
# moved (the verb before the name, "to" or "from" after it); "changed my patch" is a dose
MOVED_MED = re.compile(
    r"\b(?:chang(?:e|ed|ing)|mov(?:e|ed|ing)|switch(?:ed|ing)?|shift(?:ed|ing)?|swap(?:ped|ping)?|"
    r"push(?:ed|ing)?\s+back|bring(?:ing)?\s+forward|brought\s+forward|"
    r"reschedul(?:e|ed|ing))\s+(?:my\s+|the\s+)?$"
)
MOVED_TO = re.compile(r"(?:\s+[\w.]+){0,3}?\s+(?:to|from)\b")
EFFECT_OF_MED = re.compile(
    r"\s+(?:\w+\s+)?(?:has|have|had|keeps?|kept|makes?|made|gives?|gave|leaves?|left|gets?|got)\s+me\b"
)
NOT_A_LOG = re.compile(
    # "roommate asked for one of my oxys", "lent my sister 2 naproxen": given or asked for
    r"\b(?:asked\s+(?:me\s+)?for|begged\s+(?:me\s+)?for|wanted\s+(?:one|some|a\s+few)|borrow\w*|"
    r"lent|lend|offered|gave\s+(?:him|her|them|my\s+\w+)|give\s+(?:him|her|them))\b|"
    r"\?|\b(?:left|remaining|to\s+go|should|shall|can|could|may|do\s+i|will|going\s+to|gonna|"
    r"need|want|take|buy|bought|get|order|pick\s+up|prescribed|script|run(?:ning)?\s+out|"
    r"ran\s+out|supply|bottle|box|pack)\b|"
    # "down to my last 2 tramadol": what is left, not a dose
    r"\bdown\s+to\s+(?:my\s+|the\s+)?(?:last|\d|one|two|three|a\s+few|half)\b"
)
ONLY_COUNT = re.compile(
    r"^\s*(?P<n>\d{1,2}|"
    + _SMALL_WORDS
    + r"|half\s+an?|"
    + _PART_OF
    + r")\s+(?:of\s+them|"
    + _PILL
    + r")"
    r"(?:\s+(?:with|at|after|before)\s+(?:my\s+)?\w+)?\s*$"
)
ONLY_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
JUST_NOW = re.compile(
    r"\b(?:just\s+now|down\b|gone\s+down|in\s+me|this\s+(?:morning|am\b|a\.m\.)|tonight)"
)
# "forgot my diclofenac, took it at 11 instead": a dose whose medicine was named before.
# "this morning's", "todays", "tonight's dose": that day's dose of a medicine named
# elsewhere in the message
THAT_DAYS_DOSE = (
    r"(?:(?:"
    + _THIS_DAY
    + r"|yesterday|last\s+night)(?:"
    + _OWNS
    + r"(?:\s+(?:dose|one|ones))?|\s+dose))"
)
# "the morning one": a dose of its time of day (another occasion than a missed one)
THE_TIMES_ONE = r"the\s+(?:morning|evening|night|lunchtime|bedtime|afternoon|midday)\s+ones?"
IT = re.compile(
    r"\b(?:it|them|that\s+one|the\s+one|(?<=take\s)am|(?<=drink\s)am|" + THAT_DAYS_DOSE + r")\b"
)

# ---- affirmations ----------------------------------------------------------------------

AFFIRM = _words(
    "yes yep yeah yup ya yas yea y done did it taken took all ok okay sure got thanks thank you "
    "ty ta po just now already both them mine my meds pills have i i've oh cheers and thx great "
    "good dose tablets tablet pill this morning evening one em na sir maam ma'am medicine "
    "medication all sorted down dusted of \U0001f64f"
)
AFFIRM_CORE = _words("yes yep yeah yup ya yas yea y done taken took did haan haanji ji sorted")
# Said beside a "yes" and changing nothing: a smile, a kiss, Hindi "le li" (took it)
# Singlish "ok taken liao", "done lah": the particles that close a sentence
AFFIRM_FILLER = _words(
    "did ma am haan haanji ji le li liya lia kha khali x xx xxx liao lah leh lor"
    # thanks and courtesy in the languages of those who write in English too ("yes i took
    # already, gracias", "done po")
    " gracias merci danke grazie obrigado obrigada shukran salamat po opo shukriya"
    " dhanyavaad asante"
) | frozenset("\U0001f642\U0001f60a\u263a\U0001f601\U0001f600\U0001f604\U0001f603")
# (never "thats me done with it": a medicine stopped)
MED_AFFIRM = re.compile(
    r"\b(?:done(?!\s+(?:with|taking)\b)|(?<!\bbe\s)taken|yes|yep)\b|[\u2705\u2714\u2611]"
)
AFFIRM_EMOJI = frozenset("\u2705\u2714\u2611\U0001f44d\U0001f44c\U0001f4aa\U0001f48a")
NEGATE_ALONE = frozenset({"no", "nope", "nah", "\u274c", "\u2716", "\u2717"})

# ---- skip reasons ----------------------------------------------------------------------

REASONS: Final[tuple[tuple[SkipReason, re.Pattern[str]], ...]] = (
    ("ran_out", re.compile(
        # never "felt so out of it" (drowsy)
    r"\b(?:ran\s+out|run\s+out|running\s+out|(?<!so\s)(?<!felt\s)(?<!feel\s)(?<!bit\s)(?<!feeling\s)"
    r"(?<!totally\s)(?<!really\s)(?<!very\s)(?<!bit\s)out\s+of\s+(?:my\s+|the\s+)?(?:pills|meds|"
        r"tablets|medication|stock|them|it\b)|none\s+left|no\s+more\s+(?:pills|tablets|left)|"
        # "skipped cymbalta bc I'm out, refill isn't til tmrw": out, at the clause's end
        r"(?:because|cause|cos|coz|bc|as|and)\s+(?:i'm|im|i\s+am|i've\s+run|i\s+ran)\s+(?:all\s+)?out(?=\s*(?:[,.;!]|$))|"
        # "skipped tramadol today because I finished it": the supply used up
        r"(?:because|cause|cos|coz|bc|as)\s+i\s+(?:have\s+|'ve\s+)?finished\s+(?:it|them|the\s+(?:pack|box|bottle|strip))\b|"
        r"nothing\s+left\s+(?:in|of)\s+(?:the|my)\s+(?:box|bottle|pack|packet|strip|tub|prescription|script)|"
        r"(?:medicine|medication|tablets?|pills?)\s+(?:is|are)\s+(?:finish|finished|over)|"
        r"\bno\s+[\w-]+\s+left\b|\bwala\s+na(?:ng)?\s+(?:akong\s+)?|"
        r"(?:have|got|has)\s+no\s+more\b|"
        r"need(?:s)?\s+(?:a\s+)?refill|prescription\s+(?:ran|run|has\s+run)\s+out|ran\s+dry|run\s+dry|"
        r"\bno\s+\w+\s+in\s+the\s+house|waiting\s+(?:on|for)\s+(?:the\s+|my\s+)?(?:gp|doctor|pharmacy|"
        r"chemist|prescription|repeat|script|refill)|"
        r"pharmacy\s+(?:didn't|doesn't|hasn't|did\s+not)\s+have|(?:pharmacy|chemist)(?:'s)?\s+"
        r"(?:was\s+|is\s+)?(?:shut|closed)|couldn't\s+get\s+(?:a\s+)?"
        r"(?:refill|more|my\s+prescription)|no\s+refills?|empty\s+(?:bottle|box|pack)|"
        r"no\s+more\s+(?:tablets?|pills?|meds|capsules?)\s+(?:remaining|left)|"
        r"new\s+(?:script|prescription)|no\s+more\s+\w+\s+left|stock\s+(?:is\s+)?finished|"
        + _SUPPLY_GONE
        + r"|"
        r"(?:pharmacy|chemist|script|prescription|refill)\s+(?:hasn't|haven't|didn't|hadn't|isn't|"
        r"wasn't|not)\s+(?:\w+\s+)?(?:filled|ready|come|arrived|in|through|sent)|"
        r"(?:pharmacy|chemist|drugstore)\s+(?:still\s+)?(?:hasn't|haven't|hadn't|doesn't|didn't|don't)\s+"
        r"(?:got|have|had|get)\s+(?:it|them|any|(?:my\s+|the\s+)(?:\w+\s+){0,2}?in\b)|"
        # "been out since sunday", "all out till monday", "no more stock"
        r"(?:been|i'm|im|i\s+am|all)\s+out\s+(?:since|till|until|til|for\s+(?:a|\d|two|three))\b|"
        r"no\s+more\s+stock|"
        r"waiting\s+(?:on|for)\s+(?:the\s+|my\s+)?(?:pharmacy|chemist|refill|script|"
        r"prescription|delivery))"
    )),
    ("side_effects", re.compile(
        r"\b(?:side[-\s]?effects?|makes?\s+me|made\s+me|making\s+me|gives?\s+me|gave\s+me|sedat\w*|"
        # "wiped me out yesterday", "knocked me flat"
        r"wiped\s+me\s+out|knocked\s+me\s+(?:flat|sideways|for\s+six)|flattened\s+me|"
        r"gi\s+upset|"
        r"upset(?:s|ting)?\s+my\s+(?:stomach|tummy|gut)|reaction|hungover|hangover|leaves\s+me|left\s+me|knocks\s+me|"
        # the stomach alone as the reason, at the message's end: "skipped the pred, stomach",
        # "skipped it cuz stomach", "bc my tummy" (Sandbox, New York: kept as a note "stomach"
        # beside a skip "no reason given")
        r"(?:,|\b(?:cuz|cos|coz|because|bc|b/c|due\s+to|cause)(?:\s+of)?)\s*(?:my\s+|the\s+)?"
        r"(?:stomach|tummy|belly|gut)(?:\s+(?:issues?|problems?|stuff|trouble))?\s*[.!]*$|"
        # "the baclofen has me wrecked"
        r"(?:has|had|have)\s+me\s+(?:wrecked|wiped|zonked|knocked\s+out|like\s+a\s+zombie|spaced|dizzy|groggy)|"
        r"because\s+of\s+the\s+(?:nausea|dizziness|"
        r"drowsiness|sickness)|too\s+(?:groggy|drowsy|sleepy|dizzy|sick|nauseous|woozy|loopy|"
        r"spaced|foggy|wobbly|dopey|doped\s+up|out\s+of\s+it|high)|feel(?:s|ing)?\s+(?:\w+\s+)?drunk|"
        r"bungs?\s+me\s+up|"
        # "my stomach can't take it", "stomach is on fire", "belly's been rough"
        r"(?:stomach|tummy|belly|gut)(?:'s|\s+is|\s+was|\s+has\s+been|\s+been)?\s+(?:\w+\s+)?(?:can't\s+(?:take|handle)|"
        r"cannot\s+(?:take|handle)|couldn't\s+(?:take|handle)|on\s+fire|rough|wrecked|in\s+bits|playing\s+up|"
        # Irish "my stomach was at me": bothering me
        r"at\s+me)|"
        # Irish "it does be at my stomach": bothering it
        r"\b(?:is|was|does\s+be|be|been|keeps?\s+being)\s+at\s+my\s+(?:stomach|tummy|belly|gut|head)\b|"
        # "it had me stumbling round", "they have me throwing up": what the medicine did
        r"\b(?:it|they|those|these)\s+(?:has|had|have|'s\s+had|got|gets|kept|keeps)\s+me\s+"
        r"(?:all\s+|really\s+|so\s+)?(?:\w+ing|dizzy|groggy|drowsy|sick|nauseous|woozy|wobbly|spaced|"
        r"loopy|foggy|drunk|like\s+a\s+zombie)\b|"
        # a patch's, gel's or spray's own reaction: "skin is raw where it goes", "my skin went all
        # red n blotchy last time", "nose keeps bleeding from it"
        r"skin\s+(?:\w+\s+){0,2}?(?:red|raw|sore|irritated|itchy|blotchy|blistered|burnt|broken)|"
        r"(?:nose|skin)\s+(?:\w+\s+)?(?:bleed\w*|sting\w*|burn\w*)|(?:bleeding|rash|itch\w*)\s+from\s+it)"
    )),
    ("felt_fine", re.compile(
        # "back's grand today", "back's being a legend", "good day 🙌", "pain's at 2"
        r"\bback(?:'s|\s+is)\s+(?:\w+\s+)?(?:grand|great|good|being\s+a\s+(?:legend|champ|star))\b|"
        # "skip tonight, backs been fine all day"
        r"\b(?:back|pain)(?:'s|s|\s+has|\s+'s)?\s+been\s+(?:fine|good|great|ok(?:ay)?|settled|quiet|grand)\b|"
        r"\bgood\s+day\b|\bpain(?:'s|\s+is)\s+(?:at\s+|only\s+|just\s+)?(?:a\s+)?[0-2]\b|"
        # "honestly feel almost normal", "not tight at all today"
        r"\bfe(?:el|els|lt|eling)\s+(?:almost\s+|nearly\s+|pretty\s+|quite\s+)?normal\b|"
        r"\bnot\s+(?:tight|sore|stiff|bad|painful|hurting|aching)\s+(?:at\s+all|today|tonight)\b|"
        # "neither, I'm fine today honestly"
        r"\bi'?m\s+(?:fine|ok(?:ay)?|good|alright|grand)\s+(?:today|tonight|now|honestly|thanks)\b|"
        # "pain 2 so didn't bother with the oxy"
        r"\bpain\s+(?:only\s+|just\s+)?(?:a\s+)?[0-2](?:/10)?\s*,?\s*(?:so|thus|hence)\b|"
        r"\bpain\s+(?:only|just)\s+(?:a\s+)?[0-2]\b|"
        # "doc said only on bad days and today's a 3": not needed today
        r"\bonly\s+(?:on|for|when)\s+(?:the\s+)?(?:bad|worse|worst|really\s+bad)\s+days\b|"
        r"\b(?:fe(?:el|els|lt|eling)\s+(?:\w+\s+)?(?:fine|good|better|great|ok(?:ay)?|alright|well|"
        r"decent|grand|sweet)|"
        r"(?:don't|didn't|doesn't)\s+need|not\s+needed|no\s+need|wasn't\s+needed|"
        r"pain\s+no\s+(?:dey|de|still\s+dey)|\bpain\s+(?:lo|low)\b|"
        r"pain(?:'s|\s+is|\s+was|\s+'s)\s+(?:\w+\s+)?(?:low|ok(?:ay)?|fine|manageable|better|gone|mild|less|reduced)|"
        r"pain(?:'s|\s+is|\s+was)\s+(?:only\s+|just\s+)?(?:a\s+)?[0-3]\b|(?:i'm|i\s+am)\s+(?:fine|ok|okay|good)\s+today|"
        # "pain wasn't bad", "back isn't too bad today"
        r"(?:pain|back)(?:\s+(?:wasn't|isn't|was\s+not|is\s+not)|'s\s+not|s\s+not)\s+(?:too\s+|that\s+|so\s+)?bad\b|"
        # NZ "back's sweet as today"
        r"\b(?:back|pain)(?:'s|\s+is)\s+sweet(?:\s+as)?\b|"
        # "back's hardly sore today"
        r"\b(?:back|pain)(?:'s|\s+is)\s+(?:hardly|barely)\s+(?:sore|hurting|aching|there|noticeable)\b|"
        r"(?:pain|back)(?:'s|\s+is|\s+was|\s+has)?\s+(?:been\s+)?(?:\w+\s+)?(?:comfortable|settled|"
        r"calm|quiet|behaving|easier|kind\s+to\s+me)\b|"
        # "back feels loose today": not stiff, not needed
        r"\bback\s+(?:feels?|felt|feeling)\s+(?:\w+\s+)?(?:loose|free|looser|good|great|fine)\b|"
        r"no\s+pain|pain[-\s]free|doing\s+(?:fine|well|ok(?:ay)?|great)|behaving|i'm\s+grand|"
        r"(?:pain\s+is\s+|it's\s+)?barely\s+there|"
        r"(?:barely|hardly)\s+any\s+pain|not\s+too\s+bad|settled|"
        r"(?:back|pain)(?:'s|\s+was|\s+is|\s+has\s+been)\s+(?:\w+\s+)?(?:alright|all\s+right|ok(?:ay)?|fine|"
        r"comfortable|good|decent|behaving|settled|easy)|not\s+(?:in\s+)?"
        r"(?:much\s+)?pain|didn't\s+hurt)"
    )),
    ("forgot", re.compile(
        # (never "forgot to answer": the reply forgotten, not the dose)
        r"\b(?:forg(?:o|e)t(?:ten|ting)?(?!\s+to\s+(?:answer|reply|respond|tell|say|text|message|log|"
        r"tap|press|let\s+you\s+know|update))|slipped\s+my\s+mind|didn't\s+remember|spaced(?!\s+out)|blanked|"
        r"(?:went|gone)\s+(?:right\s+|clean\s+|completely\s+)?out\s+of\s+my\s+(?:head|mind)|"
        r"fell\s+asleep\s+before|totally\s+missed|"
        # "memory like a goldfish", "brain like a sieve", "dozed off on the couch and never took"
        r"(?:memory|brain|head)\s+like\s+a\s+(?:goldfish|sieve|colander)|"
        r"(?:dozed|nodded|drifted)\s+off|fell\s+asleep\s+(?:on|early|before)|"
        # "missed her lunchtime one, she was asleep", "I was fast asleep": asleep at its time
        r"(?:(?<!\bif\s)\b(?:i|she|he|they|we|mum|mom|dad)\s+|(?:^|[,;.])\W*)(?:was|were)\s+(?:still\s+|fast\s+|sound\s+|"
        r"already\s+|dead\s+|completely\s+)?(?:asleep|sleeping|napping|having\s+a\s+(?:nap|kip|lie[-\s]?down))\b|"
        # a night-shift worker's "cymbalta missed, slept through (the alarm)": the last
        # words given for the miss ("… slept thru my alarm, not taking it tonight" is the
        # drowsiness's), "overslept"
        r"(?:slept|sleeping)\s+(?:right\s+)?(?:through|thru)(?:\s+(?:it|my\s+alarm|the\s+alarm|"
        r"alarms?|the\s+reminder|reminders?))?\s*[.!]*\s*$|overslept)"
    )),
    ("other", re.compile(
        r"\b(?:because|cause|cos|coz|bc|since\s+i|as\s+i\s+was|was\s+(?:at|out|away|busy|"
        r"travell?ing|driving|working)|busy|hospital|fasting|drinking|alcohol|surgery|"
        r"beers?|wine|pints?|pub|nbm|nil\s+by\s+mouth|"
        r"(?:doctor|doc|dr|gp|pharmacist|nurse|surgeon|specialist|consultant|physio|\w+ologist)\s+"
        r"(?:said|says|told|wants)|"
        # an occasion, pills not at hand, a fast: "hen do", "me mates 40th", "left my pills at
        # home", "pills are in the car", "keeping navratri fast"
        r"(?:hen|stag|bucks|work|office|christmas|xmas)\s+(?:do|party|night)|mates?\s+\d+(?:st|nd|rd|th)|"
        r"left\s+(?:my|the|them|it)\s+(?:\w+\s+)?(?:at\s+home|at\s+\w+|there|in\s+the)|"
        r"(?:pills|tablets|meds)\s+(?:are|were)\s+(?:still\s+)?(?:in|at)\s+|still\s+at\s+my|\bfast\b|"
        # a supply stretched: "so i have enough to last til the refill", "rationing"
        r"ration\w*|(?:make|making)\s+(?:it|them|em|the\s+\w+)\s+(?:last|stretch)|enough\s+to\s+last|drinks?\b|wedding|party|had\s+to|empty\s+stomach|ultrasound|"
        r"epidural|injection|appointment|per\s+(?:surgeon|doctor|dr|gp|consultant|physio)|pre-?op|"
        r"post-?op|study|"
        r"procedure|scan|operation|colonoscopy|endoscopy|biopsy|mri|x-?ray|blood\s+(?:test|work)|"
        r"prep\b|dentist|dental|driv(?:e|ing)|drive\s+my|gotta|have\s+to|need\s+to\s+be|"
        # "no norco today got a drug screen", "breastfeeding and wasn't sure about the codeine"
        r"drug\s+(?:screen|test)|urine\s+test|breastfeeding|breast\s+feeding|pregnan\w*|wasn'?t\s+sure\s+about)"
    )),
)  # fmt: skip

# ---- pain ------------------------------------------------------------------------------

PAIN_NAMED = re.compile(r"\b(?:pain|hurts?|hurting|back|sciatica|aches?|sore|nrs)\b")
PAIN_OUT_OF = re.compile(
    # "Mood: 8/10" and "sleep 6/10" are not the pain
    r"(?<!mood:\s)(?<!mood\s)(?<!sleep:\s)(?<!sleep\s)(?<!energy\s)(?<![\d.])(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")\s*(?:/|out\s+of|outta|of)\s*(?:10|ten)\b"
)
# "pain went from 4 to 7", "back's gone from an 8 to a 5": the second number is now.
PAIN_CHANGE = re.compile(
    r"\b(?:pain|back|sciatica|it)\w*(?:'s)?\s+(?:\w+\s+){0,2}?from\s+(?:a\s+|an\s+)?"
    r"(?P<a>\d+(?:\.5)?)(?:\s*/\s*10)?\s+"
    # "from 7 this morning down to 4 now": when each was, between the two numbers
    r"(?:(?:this\s+|last\s+|in\s+the\s+)?(?:morning|night|evening|afternoon|earlier|yesterday)\s+)?"
    r"(?:down\s+|up\s+|right\s+down\s+)?(?:to|->|\u2192)\s+(?:a\s+|an\s+)?(?P<n>\d+(?:\.5)?)\b|"
    # "pain 6 → 4", "pain 7 -> 5", "pain 7 down to 5": the score it went to (a range said
    # "5 to 6" gives the higher, the same number)
    r"\b(?:pain|back|sciatica)\w*(?:'s)?\s+(?:is\s+|was\s+)?(?:a\s+)?(?P<a2>\d(?:\.5)?|10)(?:\s*/\s*10)?\s*"
    r"(?:->|\u2192|=>|>|(?:down\s+|up\s+)?to\b)\s*(?:a\s+|an\s+)?(?P<n2>\d(?:\.5)?|10)(?:\s*/\s*10)?"
    r"(?![\d.:%]|\s*(?:mg|mcg|ml|min|mins|minutes|hours?|hrs?|am|pm|o'?\s?clock|pills?|tablets?|tabs?|"
    r"caps?|times|days?|weeks?|x\b))"
)
PAIN_WORD_NUM = re.compile(
    # (and the pain's own words: "neck stiff 4", "flare up 8", "back spasms all day 7")
    r"\b(?:pain|hurts?|hurting|back|sciatica|score|level|rating|it's|it\s+is|sitting|sat|"
    r"stiff|sore|aching|achy|throbbing|spasms|flare\s+up|flaring\s+up|all\s+day)\w*(?:'s)?\s+"
    r"(?:level\s+|score\s+|between\s+(?:a\s+)?|somewhere\s+(?:around\s+)?|"
    r"is\s+|was\s+|'s\s+|at\s+|of\s+|about\s+|around\s+|maybe\s+|like\s+|a\s+|an\s+|now\s+|"
    r"today\s+|tonight\s+|right\s+now\s+|still\s+|solid\s+|strong\s+|:\s*|=\s*|-\s*|"
    r"probably\s+|roughly\s+|currently\s+|only\s+|just\s+|reach(?:ed|es)?\s+|hit\s+|hits\s+|"
    r"na\s+|"
    # second-language and Singlish wording: "the pain is in 6", "pain today is by 6",
    # "pain got 7 lor"
    r"in\s+(?=\d\b)|by\s+(?=\d\b)|got\s+(?=\d\b)|"
    r"up\s+to\s+|down\s+to\s+)*(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")\b(?!\s*(?:mg|mcg|ml|units?|%|min|mins|minutes|hours?|hrs?|am|pm|a\.m|p\.m|:\d|"
    r"pills?|tablets?|days?|weeks?|times|o'?\s?clock|degrees?|°|stone|st\b|kg|kilos?|lbs?|pounds|"
    r"miles?|km|steps|years?|months?|places|spots|areas|parts|sides|different|"
    # a clock in words: "lower back at seven thirty"
    r"[-\s]*(?:thirty|fifteen|forty(?:[-\s]?five)?|fifty|twenty(?:[-\s]?five)?)\b))"
)
# "neck's at 5", "hip is at a 4": a place's level
PLACE_AT_LEVEL = re.compile(
    r"\b(?:neck|hips?|shoulders?|knees?|legs?|bum|buttocks?|glutes?|thighs?)(?:'s|\s+is|\s+was)\s+"
    r"(?:sitting\s+|still\s+|now\s+)?at\s+(?:a\s+|about\s+|around\s+)?(?P<n>\d(?:\.5)?|10)(?:\s*/\s*10)?\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:\d|o'?\s?clock|degrees?|°|%))"
)
# "settled to 4 by lunch", "came down to 4", "crept up to a 7": where the pain went is
# its score now.
SCORE_MOVED_TO = re.compile(
    r"\b(?:(?:settled|settling|eased|easing|dropped|dropping|fell|crept|creeping|climbed|climbing|"
    r"flared|flaring|spiked|spiking|jumped|reduc(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|lowered|"
    r"improved)"
    r"(?:\s+(?:off|back|right))?(?:\s+(?:down|up))?|(?:came|come|coming|went|gone|going|got|getting|shot|"
    r"rose|back|(?:it|it's|its|pain's|pain\s+is|back's)\s+(?:now\s+)?)\s*(?:(?:right|all\s+the\s+way)\s+)?"
    r"(?:down|up)|"
    # "was 7 this morning, down to 4 now": a clause opening with where it went
    r"^\W*(?:and\s+|but\s+|now\s+|then\s+)?(?:down|up))\s+to\s+(?:a\s+|an\s+|about\s+|"
    r"around\s+)?(?P<n>\d|10|"
    + _SMALL_WORDS
    + r")(?:-?ish)?\b(?!\s*(?:mg|mcg|ml|%|min|mins|minutes|hours?|"
    r"hrs?|am|pm|:\d|o'?\s?clock|degrees?|°|kg|lbs?|pills?|tablets?|times|days?|(?:a|per)\s+day|"
    r"daily|x\b))"
)
# "took 2 norco at 10:30, still a 7", "still at an 8": where the pain stays
SCORE_STILL = re.compile(
    # "still a 7", "today being a 4", "now it's a 3"
    r"\b(?:still|(?:today|now|tonight)\s+(?:being|it'?s|its|is|i'?m|im))\s+(?:at\s+)?an?\s+(?P<n>\d|10)\b(?!\s*(?:mg|mcg|ml|%|min|mins|minutes|hours?|"
    r"hrs?|am|pm|:\d|o'?\s?clock|degrees?|°|kg|lbs?|pills?|tablets?|times|days?|x\b|more|left))"
)
NUM_PAIN = re.compile(
    r"\b(?P<n>\d+(?:\.5)?|" + _SMALL_WORDS + r")\s+(?:pain|for\s+pain)\b(?!\s*(?:pills?|killers?|"
    r"meds|relief|medication|tablets?))(?![-\s]free)"
)
NO_PAIN = re.compile(
    r"\b(?:no\s+pain|pain[-\s]free|zero\s+pain|not\s+in\s+(?:any\s+)?pain|no\s+pain\s+at\s+all)\b"
    # "no pain going down the legs" is about the legs, not the score
    # ("my chest is fine, no pain there, just the back 5": pain elsewhere denied)
    r"(?!\s+(?:going|down|into|in\s+(?:my|the)\s+(?:legs?|arms?|feet|foot|chest|neck|head|knees?|hips?)|"
    r"radiating|shooting|there\b))"
)
_SCORE_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\b"
RANGE = re.compile(
    r"(?<![\d.:/\w])(?P<a>\d|10|" + _SCORE_WORD + r")\s*(?:-|to|or|\u2013|(?:and|or|maybe|possibly|"
    r"prob(?:ably)?)\s+(?:a\s+)?)"
    r"\s*(?P<b>\d|10|" + _SCORE_WORD + r")(?![\d.:/%]|\s*(?:mg|ml|h\b|hours?|"
    r"hrs?|min|am|pm|of\b|pills?|tablets?|tabs?|caps?|capsules?|times|days?|nights?|weeks?|"
    r"people|kids|more|x\b))"
)
BARE = re.compile(
    r"(?<![\w.:/#\u00a3$\u20ac-])(?P<n>10|\d(?:\.5)?|zero|two|three|four|five|six|seven|eight|"
    r"nine|ten|(?<=a\s)one)(?:-?ish)?(?!\s+and\s+a\s+half|[\w%/:\u00b0]|\.\d|\s*[-\u2013]\s*\d|"
    # "two or three of them": a count said as a range
    r"\s+(?:or|to)\s+\w+\s+(?:of\b|pills?|tablets?|tabs?|caps?|times|days?|nights?|weeks?|people)|"
    r"\s+(?:solid|straight|full|whole)\s+(?:hours?|hrs?)\b|\s*(?:mg|mcg|g\b|ml|units?|iu|%|min\b|mins|minute|"
    r"hours?|hrs?|h\b|days?|weeks?|months?|years?|times|x\b|pills?|tablets?|tabs?|capsules?|caps?\b|"
    r"patch|puffs?|doses?|am\b|pm\b|a\.m|p\.m|o'clock|degrees|kg|lbs?|km|miles?|k\b|steps|cups?|"
    r"pounds|kilos?|stone|percent|euros?|dollars?|quid|bucks|laps|reps|sets|flights|floors|"
    r"glasses|more|of\s+(?:my|them|those|the|these)|nights?|people|kids|of\s+us|tomorrow|"
    r"tmrw|next|"
    # "zero sleep", "zero energy": none of something, not a score
    r"(?<=zero)\s+(?:sleep|energy|appetite|motivation|patience|idea|chance|help|difference)))"
)
BARE_PREV_BLOCK = re.compile(
    # whole words only: "again 7" is a score ("again" ends in "in")
    r"\b(?:day|week|month|year|dose|round|take|took|had|x|times|version|room|bus|floor|age|aged|"
    r"mood|enjoy\w*|activity|interfere\w*|sleep|slept|walked|over|under|than|since|of|from|"
    r"after|before|for|in|until|till|til|by|to|every|each|number|no|gave|give|snooze|remind\s+me\s+in|"
    r"about\s+(?:the|my)|my|"
    # a verb right before a number makes it what was done, not a score ("drank 3")
    r"drank|drunk|drink|ate|eaten|eat|watched|watch|read|bought|made|did|done|played|cooked|"
    r"wrote|sent|won|lost|got|picked|ran|run|cycled|swam|climbed|lifted|carried|called|"
    r"counted|waited|wait|finished|smoked|baked|cleaned|saw|seen|visited|booked|ordered|"
    r"fed|walk|climb|bake|make|do|did\s+about|had\s+about|turned|turns|turning|"
    r"born|married|stone|st|kg|lbs|pounds|woke|asleep|bed|up\s+at|woke\s+at|"
    # a match's score: "watching the match, we're 2 up"
    r"we're|we\s+are|they're|we\s+were|beat\s+\w+|"
    r"asleep\s+at|bed\s+at|gained|dropped|up|half|asleep\s+by|off\s+(?:at|around|about)|"
    # "slept till about 4", "only got about 5": a time or the hours, hedged
    r"(?:till|until|til|from|since|got|slept|woke|asleep)\s+(?:about|around|roughly|like|maybe|approx)|"
    r"(?:till|until|til)\s+(?:gone|past|after)|(?:took|had|take|taken)\s+(?:only|just))\s*$"
)
# A number counting things ("3 coffees", "2 episodes"): a plural word right after it.
COUNTED_PLURAL = re.compile(
    r"\s+(?:more\s+|extra\s+|big\s+|small\s+|little\s+|side\s+)?"
    # ("1 every 6 hrs": how often, never a score)
    r"(?P<w>[a-z]{3,}s|children|people|men|women|teeth|kids|every(?=\s+(?:\d|few|other)))\b"
)
NOT_A_PLURAL: Final[frozenset[str]] = _words(
    "this was is has as its always sometimes yes plus less unless across towards afterwards "
    "perhaps thanks thx cheers tops worse nevertheless anyways "
    # body parts: "6 knees aching" is a score and where, never six knees
    "knees hips legs shoulders arms hands ankles wrists elbows buttocks glutes thighs calves "
    "shins feet toes joints "
    # how it hurts: "6 hurts down my right leg" is a score and where, never six hurts
    "hurts aches burns stings throbs shoots spasms twinges"
)
# Spine levels ("L4-5", "L5-S1", "C5-C6", "T12") name a place in the spine, never a score.
SPINE_LEVEL = re.compile(
    r"(?<!')\b[ctls]\s?(?:1[0-2]|[1-9])(?:\s*(?:-|/|\u2013|to|and)\s*(?:[ctls]\s?)?(?:1[0-2]|[1-9]))?\b"
)
# The region a level's letter names: cervical, thoracic, lumbar, sacral.
SPINE_REGION = {"c": "neck", "t": "mid_back", "l": "lower_back", "s": "lower_back"}
# A score said of an earlier day ranks below today's.
PAST_DAYS = frozenset(
    {
        "yesterday",
        "yesterday morning",
        "yesterday afternoon",
        "yesterday evening",
        "the day before yesterday",
        "last night",
    }
)
# A score said of earlier today ranks below one said of now (when both are given).
EARLIER_TODAY = re.compile(
    r"\b(?:was|earlier|this\s+morning|first\s+thing|at\s+breakfast|after\s+(?:lunch|breakfast)|"
    r"started\s+(?:the\s+day|off|at|out)|"
    r"at\s+(?:its\s+|the\s+)?worst|peaked|at\s+the\s+peak)\b"
)
NOW_WORD = re.compile(
    r"\b(?:now|currently|right\s+now|at\s+the\s+moment|atm|today\s+it's|tonight\s+it's|"
    r"ending\s+(?:it|the\s+day)|"
    r"finishing\s+(?:it|the\s+day))\b"
)


def _named_alternation(terms: Sequence[tuple[str, str]], left: str, right: str) -> re.Pattern[str]:
    """One regex for a whole vocabulary; ``m.lastgroup`` names the canonical value.

    At one position the earlier entry wins, so "left leg" is leg_left, not leg, and
    "PT exercises" is physio, not exercise. One pass is much cheaper than one per term.
    """
    body = "|".join(f"(?P<{name}>{pat})" for name, pat in terms)
    return re.compile(left + "(?:" + body + ")" + right)


LOCATIONS_RE = _named_alternation(LOCATION_TERMS, r"\b", r"\b")
BOTTOM_OF_BACK = re.compile(r"\bbottom\s+of\s+(?:my\s+)?(?:back|spine)\b")
# "both sides" is both legs unless it follows another place ("aching hips both sides")
BOTH_LEGS = re.compile(
    r"\bboth\s+(?:of\s+)?(?:my\s+)?(?:legs|thighs|calves|knees|feet)\b|"
    # "my legs are burning": legs said in the plural are both (the parse contract)
    r"(?<!\bboth\s)(?<!\bboth\smy\s)\blegs\b|"
    r"(?<!hips\s)(?<!hip\s)(?<!shoulders\s)(?<!arms\s)\bboth\s+sides\b|"
    # a clinician's "bilat buttock/posterior thigh pain", "bilateral leg pain" (Sandbox, Chicago)
    r"\bbilat(?:eral(?:ly)?)?\b(?=\.?\s+(?:[\w/]+\s+){0,2}?[\w/]*?(?:legs?|thighs?|calf|calves|feet|"
    r"foot|le|lower\s+extremit\w+|ble)\b)"
)
QUALITIES_RE = _named_alternation(QUALITY_TERMS, r"\b", r"\b")
RADIATING_FALSE = re.compile(
    r"\b(?:(?:doesn't|don't|didn't|not|no\s+longer|isn't|never)\s+(?:\w+\s+)?(?:go(?:ing|es)?|"
    r"radiat\w*|spread\w*|travel\w*|shoot\w*|run(?:ning|s)?)\s+(?:down|into|to|anywhere)|no\s+(?:sciatica|"
    r"radiating|radiation|leg\s+pain|shooting)|stays?\s+(?:in\s+(?:my\s+)?(?:lower\s+)?back|"
    r"local|put)|(?:just|only)\s+(?:in\s+)?(?:my\s+)?(?:lower\s+)?back|not\s+(?:going\s+)?down\s+"
    r"(?:my|the)\s+legs?|legs?\s+(?:are|is)\s+fine|nothing\s+(?:going\s+)?(?:down|into)\s+(?:my|the)\s+"
    r"legs?|legs?\s+(?:are|is)\s+clear|sciatica(?:'s|\s+is)\s+(?:quiet|calm|settled|gone|better|ok(?:ay)?|fine)|"
    r"legs?\s+(?:isn't|aren't|is\s+not|are\s+not|not)\s+(?:bothering|hurting|playing\s+up|too\s+bad)|"
    r"legs?\s+pain\s+(?:has\s+|is\s+|'s\s+)?(?:gone|went|eased|settled|better)|non[-\s]?radiating)"
)
RADIATING_TRUE = re.compile(
    r"\b(?:down\s+(?:my|the|his|her|both|into)?\s*(?:\w+\s+){0,3}?(?:legs?|thighs?|calf|calves|foot|"
    r"feet|buttocks?|bum|butt|arms?|hip)|\bradicular|(?:shooting|radiating|going|spreading)\s+into\s+(?:my\s+|the\s+)?"
    r"(?:left\s+|right\s+)?(?:legs?|thigh|calf|foot|buttock|shoulders?|arms?|hands?|fingers)|"
    r"down\s+the\s+(?:back|side|front|outside|inside)\s+of\s+"
    r"(?:my\s+|the\s+)?(?:left\s+|right\s+)?(?:legs?|thighs?|calf|calves)|"
    # ("right into me right foot": British "me")
    r"radiat\w*|into\s+(?:my|me)\s+(?:\w+\s+)?(?:legs?|buttocks?|"
    r"bum|butt|hip|foot|feet|arm|thigh|groin)|sciatica|sciatic|spread(?:s|ing)?\s+(?:to|into|"
    r"down)|travel(?:s|l?ing)?\s+(?:down|to|into)|runs?\s+down|running\s+down|goes\s+down|"
    r"going\s+down\s+my|shoot(?:s|ing)?\s+down|all\s+the\s+way\s+(?:down|from)|referred|"
    r"down\s+to\s+(?:my\s+|the\s+)?(?:legs?|knee|foot|feet|calf|ankle|toes)|"
    r"(?:it|pain)\s+(?:go|goes|going|went)\s+(?:to|into|down)\s+(?:the\s+|my\s+)?(?:hip|legs?|buttocks?|"
    r"thigh|foot|knee)|shoot\w*\s+go\s+(?:to\s+)?(?:my\s+|the\s+)?(?:legs?|foot|feet)|"
    r"nerve\s+pain\s+down|going\s+(?:till|until|to|into|down)\s+(?:the\s+|my\s+|both\s+)?(?:left\s+|right\s+)?"
    r"(?:legs?|foot|feet|knee|thigh|calf|toes|ankle)|go(?:es)?\s+down\s+(?:my|the)\s+(?:\w+\s+)?"
    r"(?:legs?|foot|thigh|calf))"
)
# The pain's path said with any verb of moving and the place it reaches ("goes into the
# left buttock", "the pain go down to my right knee", "going from the back to my right
# leg"), or as a stretch of the body ("from the hip down", "from the bum to the ankle").
_LIMB = (
    r"(?:legs?|thighs?|calf|calves|knees?|shins?|ankles?|heels?|foot|feet|toes?|buttocks?|bum|"
    r"butt(?:\s+cheeks?)?|glutes?|hips?|groin|arms?|elbows?|wrists?|hands?|fingers?)\b"
)
_ON_THE_WAY = (
    r"(?:(?:my|the|both|left|right|upper|lower|outside|inside|back|front|of|behind)\s+){0,4}"
)
_MOVES = (
    r"(?:go|goes|going|gone|went|run|runs|running|ran|travel\w*|spread\w*|shoot\w*|radiat\w*|"
    r"mov(?:e|es|ing|ed)|com(?:e|es|ing)|extend\w*|reach\w*|head(?:s|ing)?)"
)
_FROM_PART = r"(?:back|spine|hips?|bum|butt|buttocks?|neck|knee|waist)(?:\s+cheeks?)?"
RADIATING_PATH = re.compile(
    r"\b"
    + _MOVES
    + r"\s+(?:\w+\s+){0,3}?(?:to|into|down|till|until|towards?)\s+"
    + _ON_THE_WAY
    + _LIMB
    + r"|\bfrom\s+(?:my\s+|the\s+)?(?:\w+\s+)?"
    + _FROM_PART
    + r"\s+(?:(?:all\s+the\s+way\s+)?down\b|"
    r"(?:all\s+the\s+way\s+)?(?:down\s+)?(?:to|till|until|up\s+to)\s+"
    + _ON_THE_WAY
    + _LIMB
    + r")|\bdown\s+(?:\w+\s+){1,3}?(?:to|till|until)\s+"
    + _ON_THE_WAY
    + _LIMB
)

# ---- side effects, sleep, activity, mood -----------------------------------------------

EFFECTS_RE = _named_alternation(SIDE_EFFECT_TERMS, r"(?<!\w)", r"(?!\w)")
EFFECT_FALSE = re.compile(
    r"tired\s+of|sick\s+(?:of|and\s+tired)|(?:ran|run)\s+out\s+of\s+it|sweat\s+(?:it|the)|"
    # "rash decision to go bowling", "itching to get back in the pool"
    r"rash\s+(?:decision|move|choice|promise|idea)|itching\s+to\b"
)
NEG_BEFORE = re.compile(
    r"\b(?:no|not|never|without|nor|none|nothing|zero|isn't|aren't|wasn't|don't|didn't|doesn't|"
    r"haven't|hasn't|free\s+of|less)\s+"
    # "no chest pain just heartburn": the negation ends at "just", "only", "but"
    # ... and at a reason: "not taken as acidity is there", "haven't taken because stomach…"
    r"(?:(?!(?:just|only|but|except|tho|though|although|however|apart|because|cause|cos|coz|bc|"
    r"as|since|due)\b)\w+\s+){0,3}$"
)
NEG_AFTER = re.compile(
    r"^\W*(?:is|are|was|has|have|'s)?\s*(?:been\s+)?(?:gone|fine|better|ok(?:ay)?|resolved|"
    r"cleared|clear|went\s+away|no\s+longer|eased|settled)\b(?!\s+(?:off\s+)?(?:to|at|down\s+to)\s+(?:a\s+)?\d)"
    # ("my left foot gone numb", "leg's gone weak": gone into a sign, not gone away)
    r"(?!\s+(?:all\s+|really\s+|completely\s+|a\s+bit\s+)?(?:numb|dead|weak|floppy|funny|tingly|cold|stiff|"
    r"heavy|wobbly|to\s+sleep|blue|purple|white|red|black|swollen))"
)
SLEEP_POOR = re.compile(
    # "up every hour with the pain", "woke at 3 and couldn't get back off", "kip was dreadful"
    r"\b(?:up|awake|woke(?:\s+up)?|waking(?:\s+up)?)\s+every\s+(?:hour|half\s+hour|couple\s+of\s+hours|"
    r"two\s+hours|2\s+hours)|\b(?:couldn't|could\s+not|can't|cannot)\s+get\s+back\s+(?:off|to\s+sleep)\b|"
    r"\b(?:kip|sleep|night)\s+(?:was|is)\s+(?:\w+\s+)?(?:dreadful|awful|terrible|rubbish|crap|shocking|"
    r"horrendous|atrocious|pants)\b|"
    r"\bslept\s+(?:\w+\s+)?(?:badly|bad|poorly|terribly|terrible|awful(?:ly)?|horribly|"
    r"rubbish|crap|rotten|shocking|dreadful|like\s+(?:crap|rubbish|shit|garbage))|\b(?:barely|hardly|didn't|didnt|did\s+not|"
    # ("I no fit sleep well": Nigerian Pidgin's "couldn't")
    r"couldn't|couldnt|could\s+not|can't|cant|never|haven't|havent|have\s+not|no\s+fit)\s+(?:\w+\s+)?"
    # ("haven't slept this well in ages" is a good night)
    r"sle(?:ep|pt)\b(?!\s+(?:this|that|so|as)\s+well)|"
    # "I dont sleep good", "I no sleep well at all", "not one minute of sleep"
    r"\b(?:i\s+)?(?:don't|dont|do\s+not|no)\s+sleep\s+(?:good|well)\b|\bnot\s+(?:one|a)\s+(?:minute|wink|second)\s+of\s+sleep|"
    r"\b(?:didn't|didnt|did\s+not)\s+sleep\s+a\s+wink|\bnever\s+(?:got|get|went)\s+back\s+off\b|"
    # British "couldn't get off till gone 2": couldn't fall asleep
    r"\b(?:couldn't|could\s+not|can't|didn't)\s+get\s+off(?:\s+to\s+sleep)?\s+(?:till|until|til|before)\b|"
    # "couldn't get back to sleep", "didn't fall asleep till 3"
    r"\b(?:couldn't|could\s+not|can't|didn't|did\s+not|never)\s+(?:get|got|go|went)\s+back\s+to\s+sleep\b|"
    r"\b(?:didn't|did\s+not|couldn't|could\s+not)\s+(?:fall|get)\s+(?:asleep|to\s+sleep)\s+"
    r"(?:till|til|until)\b|"
    r"\b(?:no|zero|0)\s+sleep|\b(?:bad|rough|terrible|awful|horrible|sleepless|restless|rubbish|crap|"
    r"crappy|broken|poor|disturbed|rotten|dreadful|miserable)\s+(?:night|sleep|nights)\b|"
    r"\bi\s+sleep\s+(?:very\s+|so\s+|really\s+)?(?:bad|badly|poorly|terrible|terribly)\b|"
    r"\bsleep\s+(?:not\s+good|no\s+good)|\bwake\s+up\s+(?:many|several|\d+)\s+times?\b|"
    # "I was up twice in the night with the back", "woke three times with the pain"
    r"\b(?:up|awake|woke(?:\s+up)?|waking(?:\s+up)?)\s+(?:twice|(?:two|three|four|five|several|many|a\s+few|"
    r"\d)\s+times)\s+(?:in\s+the\s+night|last\s+night|overnight|in\s+the\s+small\s+hours|with\s+(?:the|my)\s+"
    r"(?:back|pain|leg|hip)|during\s+the\s+night)|"
    r"\b(?:sleep|kip)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:\w+\s+)?(?:bad|poor|terrible|awful|rubbish|crap|"
    r"broken|disturbed|shocking|non-existent)|"
    # (never "did not wake up all night": slept through)
    r"(?<!not\swake\s)(?<!n't\swake\s)(?<!never\swake\s)\bup\s+(?:all|half)\s+(?:the\s+)?night|"
    r"\bawake\s+(?:all|half|most\s+of)\s+(?:the\s+)?night|\bwoke\s+(?:up\s+)?(?:a\s+lot|"
    r"several\s+times|many\s+times|\d+\s+times|" + _SMALL_WORDS + r"\s+times|every\s+(?:hour|"
    r"\w+\s+hours)|constantly|repeatedly|loads|all\s+night)|\bkept\s+waking|\bkeep\s+waking|"
    r"\binsomnia\b|tossing\s+and\s+turning|(?:can't|couldn't|cannot)\s+drop\s+off|\bwired\s+at\s+\d|"
    r"\bnever\s+(?:got|get|went|go)\s+back\s+to\s+sleep|\bup\s+most\s+of\s+the\s+night|"
    r"\brestless(?:\s+night)?\b|"
    r"\bsleep\s+(?:not\s+so|not\s+very|not\s+too)\s+good|\bslept\s+(?:only\s+|just\s+)?(?:a\s+)?little\b|"
    r"\b(?:not\s+much|little|hardly\s+any|barely\s+any)\s+sleep|pain\s+kept\s+me\s+(?:up|awake)|"
    r"\bsleeping\s+(?:so\s+|really\s+|very\s+)?(?:badly|terribly|poorly|awful(?:ly)?|rubbish|worse)\b|"
    r"\bkept\s+me\s+(?:up|awake)|\bcan't\s+sleep|\bcouldn't\s+(?:get\s+to\s+|fall\s+a)?sleep|"
    # "the pain no let me sleep", "wouldn't let me sleep"
    r"\b(?:wouldn't|won't|didn't|doesn't|no|never)\s+let\s+me\s+(?:sleep|rest|drop\s+off)\b|"
    r"\btoss(?:ed|ing)\s+and\s+turn(?:ed|ing)|\b(?:lay|lying|laid|laying)\s+awake|"
    r"\btook\s+(?:ages|forever|hours)\s+to\s+(?:fall\s+asleep|get\s+to\s+sleep|drop\s+off)|"
    r"\bstill\s+(?:wide\s+)?awake\b|"
    # "wide awake at 2am": up in the small hours
    r"\bwide\s+awake\s+(?:again\s+)?(?:at|since)\s+(?:[1-5]|midnight)\b(?![:.]?\d*\s*pm)|"
    r"\bawake\s+(?:again\s+)?at\s+[1-4](?:[:.][0-5]\d)?\s*am\b|"
    r"\bcan't\s+switch\s+off\s+at\s+night|\bawake\s+(?:till|until|til)\s+\d|"
    r"\b(?:been|still|wide)\s+awake\s+(?:since|from)\s+(?:\d|midnight|one|two|three|four|five)|"
    r"\b\d{1,2}\s*(?:am)?\s+and\s+still\s+awake|\bstill\s+(?:wide\s+)?awake\s+at\s+\d|"
    # The understatement "I've slept better" / "had better nights": a bad night.
    r"\b(?:i've|ive|i\s+have|have)\s+(?:definitely\s+|certainly\s+)?(?:slept\s+better|"
    r"had\s+better\s+(?:nights?|sleep))\b(?!\s+(?:since|this|last|lately|recently|now|with|on|"
    r"after|than|these|the\s+last))"
)
SLEEP_FAIR = re.compile(
    r"\bslept\s+(?:\w+\s+)?(?:ok(?:ay)?|alright|all\s+right|so[-\s]so|fair|fairly|not\s+(?:too\s+)?"
    r"bad|reasonably|on\s+and\s+off|average|meh|not\s+great|not\s+well)\b|\b(?:ok(?:ay)?|so[-\s]so|"
    r"average|fair|alright|mixed|patchy|meh)\s+(?:night|sleep)\b|\bsleep\s+(?:was|is)\s+"
    r"(?:\w+\s+)?(?:ok(?:ay)?|alright|so[-\s]so|fair|average|patchy|not\s+great|not\s+bad|meh)|"
    r"\bnot\s+(?:a\s+)?(?:great|good)\s+(?:night|sleep)|\bwoke\s+(?:up\s+)?(?:once|twice|a\s+few\s+times)|"
    r"\bsleep\s+(?:ok(?:ay)?|alright|so[-\s]so|average|patchy|meh)\b"
)
SLEEP_GOOD = re.compile(
    # "best night's sleep in months"
    r"\bbest\s+(?:night'?s?\s+)?sleep\b|"
    # "didn't wake up once", "I not wake up even one time": slept through
    r"\b(?:didn't|did\s+not|never|not)\s+wake\s+(?:up\s+)?(?:once|even\s+(?:once|one\s+time)|one\s+time)\b|"
    r"\bi\s+sleep\s+(?:very\s+|so\s+|really\s+)?(?:well|good|great|fine)\b|"
    r"\bslept\s+(?:(?!no\b|not\b|never\b|any\b)\w+\s+){0,2}?(?:well|great|good|nicely|soundly|like\s+a\s+(?:log|baby|rock)|"
    # ("slept through it", "… through the alarm": a dose slept past, no night's report)
    r"through(?!\s+(?:it|them|that|the\s+alarm|my\s+alarm|alarms?|the\s+reminder|reminders?|"
    # "slept thru the 1400 panadol", "slept through my 8am dose": a dose slept past
    r"(?:the|my)\s+(?:\d{1,4}(?:am|pm)?|\w+)\s+(?:\w+\s+)?(?:dose|doses|pills?|tablets?|tabs|meds)|"
    r"(?:the|my)\s+\d{3,4}|(?:the|my)\s+\d{1,2}\s*(?:am|pm))\b)"
    r"(?:\s+the\s+night)?|brilliantly|amazing(?:ly)?|fine|better|deeply|solidly|solid|ok\s+actually|grand)\b|"
    r"\b(?:good|great|lovely|decent|full|restful|solid|amazing|excellent|peaceful|better|proper|"
    r"brilliant|grand|fab|fabulous|fantastic|wonderful|sound|unbroken|cracking|deep|blissful)\s+"
    r"(?:night(?:'s)?(?:\s+sleep)?|sleep|kip|night's\s+rest)\b|\bout\s+like\s+a\s+light\b|"
    r"\b(?:proper|long|lovely|good|decent|big)\s+lie[-\s]?in\b|"
    r"\bbest\s+(?:night(?:'s)?\s+)?sleep\s+(?:in|for)\s+(?:ages|weeks|months|years|a\s+long\s+time)|\bsleep\s+(?:was|is)\s+(?:\w+\s+)?"
    r"(?:good|great|fine|better|excellent|restful|decent)|\bwell\s+rested\b|\brested\s+well\b|"
    r"\bwoke\s+up\s+(?:feeling\s+)?(?:refreshed|rested)|"
    r"\bsleep(?:ing|'s)?\s+(?:has\s+)?(?:been\s+)?(?:a\s+(?:bit|lot|little)\s+|much\s+|so\s+|really\s+)?"
    r"(?:better|well|great|good)\b"
)
SLEEP_WISH = re.compile(
    r"\b(?:kill|die|give\s+anything|wish|need|needed|want|hope|hoping|could\s+use|"
    r"would\s+love|dream\s+of|long\s+for)\b[^.]{0,30}$"
)
SLEEP_HOURS = re.compile(
    # a sleep verb may have words before its hours ("slept on and off 4 hours"); "got",
    # "had" only hedges ("only got maybe 4 hours"), never "got pushed back an hour",
    # "had to wait an hour", "had physio for an hour"
    r"(?:\b(?:slept|sleep|sleeping|crashed|conked|kipped|zonked)\s*[:\-]?\s+(?:[\w'-]+\s+){0,3}?|"
    r"\b(?:got|had|managed|only|just)\s*[:\-]?\s+(?:(?:to\s+get|get|me|a|like|um|maybe|"
    r"prob(?:ably)?|about|around|roughly|barely|only|just|a\s+(?:good|solid|measly))\s+){0,3}?)"
    r"(?:about\s+|around\s+|maybe\s+|perhaps\s+|~\s*|"
    r"only\s+|just\s+|like\s+|barely\s+|nearly\s+|almost\s+|roughly\s+|a\s+solid\s+|under\s+|"
    r"over\s+|less\s+than\s+|more\s+than\s+)?(?P<h>"
    + _NUM
    + r"(?:\s*(?:-|to|or)\s*"
    + _NUM
    + r")?|an?|half\s+an?)\s*(?:and\s+a\s+half\s+)?(?:hours?|hrs?|h)\b(?!\s+ago)"
    r"(?P<half>\s+and\s+a\s+half)?|"
    r"\b(?P<h2>" + _NUM + r"(?:\s*(?:-|to)\s*" + _NUM + r")?)\s*(?:and\s+a\s+half\s+)?"
    r"(?:hours?|hrs?|h)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:sleep|kip|shut[-\s]?eye)|"
    # "last night was maybe 2 hrs"
    r"\bnight\s+(?:was|were)\s+(?:\w+\s+){0,2}?(?P<h5>" + _NUM + r")\s*(?:hours?|hrs?|h)\b|"
    r"(?:\U0001f6cc|\U0001f6cf\ufe0f?|\U0001f634)\s*(?P<h3>" + _NUM + r")\s*(?:hours?|hrs?|h)\b|"
    # "baby up 4 times so maybe 5 hours in bits": only a night comes in bits
    r"\b(?P<h4>" + _NUM + r")\s*(?:hours?|hrs?|h)\s+in\s+bits\b|"
    # "slept 6. pain 5.": the unit left out
    r"\bslept\s+(?:only\s+|about\s+|like\s+|maybe\s+|around\s+)?(?P<h6>\d{1,2}(?:\.5)?)(?:-?ish)?"
    r"(?=\s*(?:$|[,.;!]))"
)
BARE_HOURS = re.compile(
    r"^(?:(?:got|managed|had)\s+)?(?:about|around|bout|abt|maybe|mabye|perhaps|only|just|like|roughly|"
    r"nearly|almost|barely|prob(?:ably)?|so|~|max|tops|a\s+(?:solid|good|full|whole|decent))?\s*"
    r"(?P<n>" + _NUM + r")"
    r"(?:-?ish)?(?P<half>\s+and\s+a\s+half)?\s*"
    # "8 solid hours 😴"
    r"(?:(?P<solid>solid|straight|good|full|whole)\s+)?(?:hours?|hrs?|h)(?P<sleep>\s+(?:of\s+)?(?:sleep|kip|shut[-\s]?eye))?"
    # "… last night", "… solid", "… in bits", a 💤: words that say the hours were a night's
    r"(?:\s+(?:total|in\s+total|in\s+all|all\s+told|all\s+up|altogether|tops|max|at\s+most|maybe|or\s+so|ish|"
    r"on\s+and\s+off|only|lang|po|"
    r"(?P<night>last\s+night|solid|straight(?:\s+through)?|in\s+bits)))*"
    r"(?:\s+(?:sir|ma'am|maam|pls|please|thanks|lang|po))?"
    # "… best in ages", after its 😴 or not
    r"(?P<end>[^\w]*)(?:(?:best|first\s+time)\s+(?:in\s+(?:ages|weeks|months|a\s+long\s+time)|for\s+ages)"
    r"[^\w]*)?$"
)
# "slept from 11 till 6", "in bed at 10, up at half five": the hours between.
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SLEEP_CLOCK = (
    r"(?:half\s+(?:past\s+)?)?(?:\d{1,2}(?::\d\d)?|" + _HOUR_WORD + r")\s*(?:am|pm)?|midnight|noon"
)
SLEPT_FROM = re.compile(
    r"\b(?:slept|sleep|out\s+cold|out\s+like\s+a\s+light|fell\s+asleep|asleep|in\s+bed|went\s+to\s+bed|"
    # "drifted off at 1, woke at 6", "zonked from 10 to 6", "didn't get to sleep til 3"
    r"(?:drifted|dropped|nodded|dozed)\s+off|crashed(?:\s+out)?|zonked(?:\s+out)?|conked\s+out|"
    r"bed)\s+(?:from\s+|at\s+|till?\s+|until\s+|"
    r"around\s+|by\s+)?(?P<a>" + _SLEEP_CLOCK + r")\s*,?\s*(?:till|til|until|to|reach|-|"
    r"and\s+slept\s+(?:till|til|until|to)|and\s+(?:the\s+|my\s+)?alarm\s+(?:went(?:\s+off)?|rang|was)\s+"
    r"(?:at|for)|"
    r"and\s+(?:woke|was\s+up)(?:\s+up)?\s+at|(?:up|woke(?:\s+up)?|awake)\s+(?:at|by))\s+"
    r"(?P<b>" + _SLEEP_CLOCK + r")(?!\w)"
)
SLEEP_SCORE = re.compile(
    r"\bsleep\s+(?:quality\s+|was\s+|is\s+|:\s*)*(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")\s*(?:/|out\s+of)\s*10"
)
ACTIVITY_RE = _named_alternation(ACTIVITY_TERMS, r"\b", r"\b")
ACTIVITY_NEG = re.compile(
    r"(?:can't|couldn't|unable\s+to|hard\s+to|difficult\s+to|trouble|not|no|didn't|haven't|"
    r"too\s+much\s+pain\s+to|too\s+sore\s+to|when|while|after\s+too\s+much|skipped|missed|"
    r"cancel(?:l)?ed|painful|hurts\s+to|struggle\s+to|struggling\s+to)\s+(?:\w+\s+){0,2}$|"
    # "too sore for a walk", "too wiped for the gym", "too icy for a walk"
    r"\btoo\s+(?:\w+\s+){1,2}?for\s+(?:a\s+|my\s+|the\s+|any\s+)?$|"
    # someone else's: "little one had her swimming lesson", "he's at his physio"
    r"\b(?:had|has|at|to|did|does|doing)\s+(?:her|his|their)\s+(?:\w+\s+)?$|"
    # "didn't go to the gym", "didn't bother with the walk", "couldn't make it to yoga"
    r"\b(?:didn't|didnt|did\s+not|couldn't|could\s+not|never|won't)\s+(?:go|get|make\s+it|bother)\s+"
    r"(?:to|with|out\s+for|for)\s+(?:the\s+|a\s+|my\s+)?$|"
    # "had no time for a walk", "didn't have the energy for my stretches"
    r"\b(?:no|not\s+enough|didn'?t\s+have|did\s+not\s+have|had\s+no|never\s+had)\s+(?:the\s+|any\s+)?"
    r"(?:time|energy|chance|strength)\s+(?:for|to\s+(?:go\s+(?:for|on)|do))\s+(?:a\s+|my\s+|the\s+|any\s+)?$"
)
# Said of an activity that did not happen: called off, moved, shut, dreamt, watched,
# advised or only thought of ("physio cancelled AGAIN", "the pool was shut so no swim")
ACTIVITY_NOT_DONE = re.compile(
    # ... or only done as a habit, owed, missed: "usually walk the dog on weekends",
    # "supposed to do the physio exercises", "never made it to physio", "didn't actually do it"
    r"\b(?:usually|normally|generally|typically|supposed\s+to|meant\s+to|never\s+made\s+it|"
    r"didn'?t\s+(?:actually\s+|even\s+)?do\s+it|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days|"
    r"cancel(?:l)?ed|postponed|rescheduled|moved\s+to|(?:is|was|were)\s+(?:shut|closed)|"
    r"off\s+sick|no\s+class|dreamt|dreamed|dreaming|"
    r"watch(?:ing|ed)\s+(?:the\s+)?(?:\w+\s+)?(?:swimming|yoga|football|running|marathon)|"
    r"aim\s+for|said\s+to\s+do|told\s+me\s+to\s+do|thinking\s+(?:about|of)|joining|"
    r"sign(?:ed|ing)?\s+up|starting\s+(?:next|on|from|tomorrow)|"
    # Blind set 125: a habit long past, advice, an appointment ahead, another's lesson
    # ("I used to swim 2 hours every day", "said I should walk 30 mins a day", "physio
    # appt thursday", "watched my grandson's swimming lesson")
    r"used\s+to|when\s+i\s+was\s+(?:young|younger|a\s+kid|little|at\s+school)|(?:i\s+)?should\s+(?:walk|swim|do|try|go)|"
    r"(?:appt|appointment)\s+(?:is\s+)?(?:on\s+)?(?:tomorrow|next|(?:mon|tues|wednes|thurs|fri|satur|sun)(?:day)?\b)|"
    r"watch(?:ing|ed)\s+(?:my|our|his|her|the\s+kids?'?s?)\s+\w+(?:'s)?)\b|"
    # "walking not done", "walk: not today", "physio - skipped"
    r"\b" + ACTIVITY_NAMED + r"\W+"
    r"(?:not\s+(?:done|today|possible|managed)|skipped|missed|none|nil)\b"
)
# Advice heard, not an activity done: an activity said after "she said", "told me to",
# "wants me to", "recommended" is the clinician's plan ("physio said keep doing the
# stretches and add a walk"), unless the writer then says they did it ("told me to walk so
# I walked to the shop").
ACTIVITY_ADVISED_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:me|us|him|her)|tells\s+(?:me|us|him|her)|wants?\s+(?:me|him|her)|"
    r"advised|advises|advice|recommend(?:ed|s)?|suggest(?:ed|s)?|gave\s+me\s+(?:some\s+)?(?:new\s+)?"
    r"(?:exercises|stretches)\s+to)\b(?![^.]*\b(?:so|then|and)\s+i\b)[^.]*$"
)
ACTIVITY_FALSE = re.compile(
    r"running\s+(?:a\s+)?(?:temp|fever|out|low|late|high|hot|loose|(?:about\s+|around\s+|nearly\s+|over\s+)?"
    r"(?:3[7-9]|4[0-2]|9[89]|10[0-6])(?:[.,]\d)?\b(?!\s*(?:min|mins|minutes|k\b|km|miles?|m\b)))|"
    r"work\s+out\s+(?:why|how|what|if)|"
    # things named after an activity, and moves that are none: "walk-in shower", "walking
    # stick", "walked into the door frame", "stretched out on the sofa", "yoga mat"
    r"walk-?in\b|walk(?:ing)?\s+(?:stick|frame|aid|boots|shoes|poles?|distance)|"
    r"walked\s+into\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:door|wall|frame|table|cupboard|furniture|"
    r"corner|post|chair|bed)|stretch(?:ed|ing)?\s+out\s+(?:on|in|across)\b|"
    r"gym\s+(?:membership|bag|kit|card|shoes)|yoga\s+(?:mat|teacher|instructor|pants|block)|"
    r"swimming\s+(?:costume|cossie|togs|pool\s+(?:is|was)\s+(?:shut|closed))|"
    r"walk(?:ing)?\s+(?:is|was)\s+(?:hard|painful|difficult|agony|impossible)|"
    # "my stomach is running" (loose stools), "nose running": no run taken
    r"(?:(?<=stomach\s)|(?<=stomach\sis\s)|(?<=stomach\sdey\s)|(?<=tummy\sis\s)|(?<=belly\sis\s)|"
    r"(?<=nose\s)|(?<=nose\sis\s)|(?<=nose\'s\s))running\b"
)
MOOD_SCORE = re.compile(
    # ("mentally i'm a 3 outta 10", "headspace is a 4")
    # ("moods about a 3": the apostrophe left out)
    r"\b(?:mood|spirits|mentally|emotionally|mental\s+health|headspace|head\s+space)(?:'s|s(?=\s+(?:about|around|at|a)\b)|[-\s]wise)?"
    r"\s*[:,]?\s*(?:is\s+|are\s+|was\s+|were\s+|score\s+|at\s+|of\s+|"
    r"low\s+|good\s+|ok\s+|okay\s+|bad\s+|poor\s+|fine\s+|great\s+|rubbish\s+|flat\s+|"
    r"about\s+|around\s+|like\s+|a\s+|an\s+|i'm\s+|i\s+am\s+|i'd\s+say\s+|"
    r"maybe\s+|:\s*|=\s*|-\s*)*"
    r"(?P<n>\d+(?:\.5)?|"
    + _SMALL_WORDS
    + r")(?:-?ish)?\b(?:\s*(?:/|out\s+of|outta)\s*(?:10|ten))?|"
    # the score first: "feeling a bit down 3/10 mood", "a 4 out of 10 for my mood"
    r"(?<!pain\s)(?<!pain:\s)(?<!back\s)(?<!pain\sis\s)(?<!back\sis\s)(?<![\d.])(?P<m>\d+(?:\.5)?)\s*(?:/|out\s+of|outta)\s*(?:10|ten)\s+(?:for\s+|on\s+)?"
    r"(?:my\s+|the\s+)?(?:mood|spirits)\b(?!\s*(?:(?:is|was|are|were|has|had|feels?|seems?|been)\b|[:='\d]))"
)
_MOOD_STRONG = (
    r"depressed|anxious|hopeless|frustrated|stressed(?:\s+out)?|miserable|irritable|tearful|"
    r"overwhelmed|lonely|lonesome|heartbroken|grieving|gutted|in\s+(?:good|great|fine|top|flying)\s+form|happy|cheerful|grumpy|fed\s+up|upset|worried|nervous|"
    # ("i scared the shit out of her": her fright, not the writer's mood — Sandbox, Sydney)
    r"scared(?!\s+(?:the\s+\w+(?:\s+\w+)?\s+out\s+of\s+(?!me\b)|her\b|him\b|them\b|my\s+\w+|"
    r"everyone|everybody|the\s+kids))|"
    r"optimistic|hopeful|motivated|emotional|angry|sad|panicky|teary|weepy|cranky|"
    r"in\s+good\s+spirits|in\s+low\s+spirits|low\s+mood|good\s+mood|bad\s+mood|great\s+mood|"
    r"down\s+in\s+the\s+dumps|on\s+edge|content|relaxed|calm|positive|chipper|upbeat|"
    r"spirits?\s+(?:dey\s+|is\s+|are\s+)?(?:down|low)|low-?ish\s+mood|stoked|chuffed|"
    r"in\s+an?\s+(?:ok|okay|decent|alright)\s+mood|"
    r"crying\s+(?:a\s+lot|all\s+day|all\s+the\s+time|every\s+day|constantly|again|all\s+afternoon|"
    r"all\s+morning|all\s+evening|all\s+night)|in\s+tears|been\s+crying|had\s+a\s+(?:good|proper|big)\s+cry|"
    r"panick(?:ing|ed|y)|in\s+a\s+panic|anxiety|(?:better|good|high|low)\s+spirits|heart\s+feels\s+full|"
    r"mood\s+is\s+not\s+good|discouraged|disheartened|demoralis\w+|demoraliz\w+|tensed|"
    r"keep\s+crying|not\s+myself|best\s+mood|mind\s+no\s+dey\s+settle|"
    # crying said other ways (Sandbox, Toronto, postpartum: "can't stop crying" was lost)
    r"(?:can'?t|cannot|can\s+not|couldn'?t)\s+stop\s+crying|crying\s+my\s+eyes\s+out|"
    r"(?:keep|kept)\s+(?:bursting|breaking\s+down)\s+(?:into|in)\s+tears|"
    r"burst(?:ing)?\s+(?:into|in)\s+tears|sobbing|"
    r"(?<=i\s)cry\s+(?:every\s+day|all\s+the\s+time|all\s+day|at\s+everything|"
    r"constantly|a\s+lot)|"
    # (never "the skin is irritated": "irritated" alone only after "feel", "I'm", "so")
    r"(?:so|really|very|easily|getting)\s+irritated|short[-\s]tempered|snappy|"
    r"spirits?\s+(?:are\s+|is\s+|have\s+|has\s+)?(?:been\s+)?(?:\w+ly\s+|much\s+|so\s+|very\s+|rather\s+|quite\s+|a\s+bit\s+)?"
    r"(?:up|high|lifted|raised|better|low|down)"
)
_MOOD_WEAK = (
    r"low|down|good|great|ok(?:ay)?|fine|better|worse|flat|blue|rubbish|awful|terrible|defeated|"
    r"wrecked|fragile|lighter|brighter|human\s+again|guilty|grateful|(?:such\s+)?a\s+mess|social|"
    r"irritated|decent|alright|meh|so[-\s]so|chill(?:ed)?|mixed|up\s+and\s+down|not\s+bad"
)
MOOD_RE = re.compile(
    # (never "backs been fine all day": the back's, not a mood)
    r"\b(?:(?:feel(?:ing|s)?\s+|felt\s+|mood(?:'s)?\s+(?:is\s+|was\s+|'s\s+|has\s+been\s+)?|i'm\s+|i\s+am\s+|"
    r"(?<!\bback\s)(?<!\bbacks\s)(?<!\bback's\s)(?<!\bpain\s)(?<!\bpains\s)(?<!\bpain's\s)(?<!\bleg\s)"
    r"(?<!\bneck\s)(?<!\bsleep\s)(?<!\bit\s)(?<!\bit's\s)(?<!\bhas\s)been\s+)"
    r"(?:(?:a\s+)?(?:bit|little|very|really|so|quite|pretty|super|rather|kind\s+of|kinda|"
    r"extremely|totally|more|less|a\s+lot|much|emotionally|mentally|proper|some|"
    r"tired\s+and|exhausted\s+and)\s+)*(?P<w>"
    + _MOOD_WEAK
    + "|"
    + _MOOD_STRONG
    + r")|(?P<s>"
    + _MOOD_STRONG
    + r"))\b"
)
# A mishap told ("fell over in the kitchen", "slipped on the ice", "had a little accident"):
# an "I'm ok" said with it is that no harm was done, never a mood (MOOD_REASSURED).
MISHAP = re.compile(
    r"\b(?:fell|fallen|falling|tripped|stumbled|tumbled|collapsed)\b(?!\s+(?:asleep|apart|behind|"
    r"ill|sick|pregnant|in\s+love|back\s+to\s+sleep|to\s+\d|off\s+the\s+wagon|through))|"
    r"\b(?:a|had\s+a|another)\s+(?:\w+\s+)?(?:fall|tumble)\b|"
    r"\bslipped\s+(?:on|over|in|down|and|up)\b|"
    r"\b(?:accident|mishap|a\s+scare|close\s+call|near\s+miss|car\s+crash|(?:a|the)\s+crash)\b|"
    r"\b(?:bumped|banged|knocked|hit|bashed|smacked|bruised|cut|burnt|burned|scalded|twisted)\s+"
    r"(?:(?:my|her|his|their)\s+(?:\w+\s+)?(?:head|back|knee|leg|arm|hip|elbow|shoulder|face|shin|"
    r"toe|foot|hand|finger|thumb|wrist|ankle|ribs?)|myself|herself|himself)\b|"
    r"\b(?:went|came)\s+(?:flying|a\s+cropper|down\s+hard|off\s+(?:my|her|his)\s+bike)\b|"
    r"\b(?:fainted|passed\s+out|blacked\s+out)\b"
)
# "I'm ok", "I am fine", "I'm alright": the words that, beside a mishap, say unhurt.
MOOD_REASSURED = re.compile(
    r"\b(?:i'?m|i\s+am|im)\s+(?:(?:totally|completely|perfectly|absolutely|all|mostly|basically|"
    r"just|fine\s+and|ok\s+and)\s+)?$"
)
# A clause that only says so ("I'm ok", "but I'm fine now", "no harm done"): beside a
# mishap, no note of its own.
REASSURED_ONLY = re.compile(
    r"^\W*(?:(?:but|and|so|though|luckily|thankfully|fortunately)\s+)*(?:(?:i'?m|i\s+am|im)\s+"
    r"(?:(?:totally|completely|perfectly|absolutely|all|mostly|basically|just)\s+)?(?:ok|okay|fine|"
    r"alright|all\s+right|grand|good|unhurt|not\s+hurt)(?:\s+(?:now|though|tho|thankfully|luckily|"
    r"really|i\s+think))?|no\s+harm\s+done|not\s+hurt|nothing\s+broken|no\s+damage(?:\s+done)?)\W*$"
)
REASSURING_WORDS: Final[frozenset[str]] = frozenset(
    {"ok", "okay", "fine", "alright", "good", "grand"}
)
# "bit flat today", "so down lately": a weak mood word said with when, without a verb.
MOOD_BARE = re.compile(
    r"^\W*(?:(?:a\s+)?bit|so|pretty|really|quite|very|a\s+little|kinda)\s+(?P<w>"
    + _MOOD_WEAK
    + r")(?:\s+(?:today|tonight|lately|atm|at\s+the\s+moment|these\s+days|this\s+week|"
    r"this\s+morning)\b|\W*$)"
)
MOOD_CANON: Final[dict[str, str]] = {
    "okay": "ok", "stressed out": "stressed", "teary": "tearful", "weepy": "tearful",
    "cranky": "grumpy", "low mood": "low", "bad mood": "low", "good mood": "good",
    "great mood": "good", "in good spirits": "good", "in low spirits": "low",
    "irritated": "irritable", "so irritated": "irritable", "really irritated": "irritable",
    "very irritated": "irritable", "easily irritated": "irritable",
    "getting irritated": "irritable", "short-tempered": "irritable", "short tempered": "irritable",
    "snappy": "irritable", "spirits are up": "good", "spirits up": "good", "spirit is up": "good",
    "spirits are high": "good", "spirits high": "good", "spirits lifted": "good",
    "spirits are lifted": "good",
    "down in the dumps": "down", "chipper": "cheerful", "upbeat": "cheerful",
    "spirit dey down": "low", "spirits are low": "low", "spirit is down": "low",
    "spirits down": "low", "spirit down": "low", "spirits low": "low", "spirit low": "low",
    "low-ish mood": "low", "lowish mood": "low", "stoked": "happy", "chuffed": "happy",
    "in an ok mood": "ok", "in an okay mood": "ok", "in a decent mood": "good",
    "in an alright mood": "ok",
    "crying a lot": "tearful", "crying all day": "tearful", "crying all the time": "tearful",
    "crying every day": "tearful", "crying constantly": "tearful", "crying again": "tearful",
    "in tears": "tearful", "been crying": "tearful", "had a good cry": "tearful",
    "had a proper cry": "tearful", "had a big cry": "tearful", "crying all afternoon": "tearful",
    "crying all morning": "tearful", "crying all evening": "tearful", "crying all night": "tearful",
    "panicking": "anxious", "panicked": "anxious", "panicky": "panicky", "in a panic": "anxious",
    "anxiety": "anxious", "better spirits": "better", "good spirits": "good",
    "high spirits": "good", "low spirits": "low", "heart feels full": "good",
    "mood is not good": "low", "defeated": "low", "wrecked": "low", "fragile": "low",
    "lighter": "better", "human again": "better", "guilty": "low", "grateful": "good",
    "a mess": "low", "such a mess": "low", "social": "good",
}  # fmt: skip
#: Crying said in other words than those above ("can't stop crying", "i cry every day",
#: "keep bursting into tears", "sobbing"): all the one mood word, tearful.
TEARFUL_SAID = re.compile(r"\bcry\b|\btears\b|stop\s+crying|crying\s+my|sobbing")
# "upset stomach", "upset my tummy": the stomach, not the mood.
STOMACH_BEFORE = re.compile(
    r"(?:stomach|tummy|belly|gut)(?:'s|\s+(?:is|was|feels?|felt|got|gets|has\s+been|"
    r"'s\s+been|been|is\s+still))?\s*(?:so\s+|really\s+|very\s+|a\s+bit\s+|bit\s+|quite\s+|"
    r"a\s+little\s+|slightly\s+)?$"
)
UPSET_STOMACH = re.compile(r"\s+(?:my\s+|the\s+|his\s+|her\s+)?(?:stomach|tummy|belly|gut)\b")

# ---- notes -----------------------------------------------------------------------------

FILLER: Final[frozenset[str]] = _words(
    """ok okay thanks thank you thx ty hi hello hey lol so and the a an today now well yes no
    just um uh hmm also too again yeah anyway still bit very really pretty quite as usual
    same i my it is was of to in on at for with this that me tonight hm oh ah morning
    evening night good cheers please sorry all fine great better honestly tbh ngl truly frankly
    goodnight gnight nite nighty bye goodbye dear ta lovely grand bless god regards kind xx xxx
    thankyou brilliant wonderful afternoon abeg oo sha jare biko na ehn ehen mate"""
)
ALNUM = re.compile(r"[a-z][a-z']+")
#: Any letter or digit: what is left after a verb is more than emoji and punctuation.
WORDISH = re.compile(r"[a-z0-9]")

# A dose said to be a further one ("another", "again", "2 more"): never the same dose told
# twice.
ANOTHER_DOSE = re.compile(
    r"\b(?:another|again|more|extra|second|2nd|third|3rd|top(?:ped)?[-\s]?up|repeat(?:ed)?|"
    r"also|too|as\s+well|both)\b"
)
