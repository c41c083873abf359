"""Sleepiness past the ordinary ("very drowsy", "can't keep my eyes open"), confusion that
is disorientation ("didn't know where I was", not "confused by the leaflet"), dizziness
past the ordinary ("nearly went over", "so dizzy") and a faint, which beside an opioid or a
gabapentinoid with another medicine that slows the brain are among the FDA's signs of
breathing trouble ("extreme sleepiness", "confusion or disorientation", "unusual
dizziness", "unresponsiveness": bot.domain.sedation). Pure."""

from __future__ import annotations

import re

from bot.parsing.temporality import long_ago

__all__ = [
    "DISORIENTED_WORDS",
    "VERY_SLEEPY_WORDS",
    "acutely_confused",
    "explained_otherwise",
    "fainted",
    "SETTLED_WORDS",
    "settled_since",
    "spell_over",
    "strongly_sleepy",
    "unusually_dizzy",
]

_VERY_SLEEPY = re.compile(
    r"\b(?:very|extremely|so|really|super|awfully|terribly|incredibly|too\s+much|very\s+much)\s+"
    r"(?:drowsy|sleepy|groggy|dozy|out\s+of\s+it|drowsiness)|"
    # "i am very sleep", "the sleep is too much today" (English as a second language)
    r"\bvery\s+sleep\b|\bsleep\s+(?:is|dey)\s+too\s+much\b|"
    r"(?:can'?t|cannot|can\s+(?:barely|hardly)|could\s+(?:barely|hardly)|couldn't)\s+"
    r"(?:stay\s+(?:awake|conscious)|keep\s+my\s+eyes\s+open|(?:hold|keep)\s+(?:my|me|his|her)\s+head\s+up)|"
    r"(?:fighting|battling)\s+to\s+stay\s+awake|eyelids\s+(?:like|are)\s+lead|"
    r"only\s+opens?\s+(?:her|his|my)\s+eyes\s+when|barely\s+answers|"
    r"(?:keep|keeps)\s+conking\s+out|sleeping\s+in\s+the\s+middle\s+of\s+conversations?|"
    r"(?:hard|difficult)\s+to\s+(?:stay\s+awake|wake\s+(?:me|up))|like\s+a\s+zombie|knocked\s+out\s+cold|"
    r"struggl\w*\s+to\s+(?:stay\s+awake|keep\s+my\s+eyes\s+open)|"
    r"eyes\s+(?:are\s+|keep\s+|keeps\s+)?(?:closing|shutting)\s+(?:on\s+their\s+own|by\s+themselves)|"
    r"head\s+(?:keeps|kept)\s+(?:dropping|falling|nodding)|"
    r"can'?t\s+(?:stop|help)\s+(?:falling\s+asleep|nodding\s+off|dropping\s+off|dozing\s+off)|"
    r"can'?t\s+fight\s+(?:it|the\s+sleep)|nodding\s+out|"
    # asleep again and again, or while something else goes on
    r"(?:keep|keeps|kept|keeping)\s+(?:on\s+)?(?:falling\s+asleep|nodding\s+off|dropping\s+off|drifting\s+off|"
    r"dozing\s+off)\s+(?:mid|while|when|every|all\s+(?:day|the\s+time)|constantly|in\s+the\s+middle|"
    r"between|at\s+the\s+table)|"
    r"(?:dropping|nodding|dozing|drifting)\s+off\s+(?:constantly|all\s+(?:day|the\s+time)|every\s+few)|"
    r"(?:fell|falling|fallen)\s+asleep\s+(?:\w+\s+)?(?:standing\s+up|while\s+walking|at\s+the\s+table\s+"
    r"(?:twice|again|\w+\s+times))|"
    # asleep where no one sleeps, or pulled back under (Blind set 2)
    r"(?:fell|fall|falls|falling|fallen)\s+asleep\s+(?:\w+\s+){0,2}?(?:on\s+the\s+(?:toilet|loo|phone)|"
    r"in\s+the\s+shower|holding\s+(?:it|my|his|her|the)|with\s+(?:food|(?:a|the|my|his|her)\s+\w+)\s+"
    r"(?:still\s+)?in\s+(?:my|his|her)\s+mouth|(?:sitting|sat)\s+on\s+the\s+(?:toilet|loo|stool))|"
    r"(?:conk|crash)(?:ing|ed)\s+out\s+(?:all|in\s+the\s+middle|mid|while)|"
    r"(?:going|sinking|pulled)\s+(?:back\s+)?under\s+(?:while|every|as|mid)|"
    r"(?:jerking|jolting)\s+awake|waking\s+with\s+a\s+(?:jolt|start)|struggling\s+to\s+surface|"
    r"sinking\s+back|slumping\s+(?:sideways|over|forward)|"
    r"sleeping\s+(?:all\s+day|since\s+(?:the\s+)?(?:morning|lunch|breakfast))|"
    r"asleep\s+(?:for\s+)?(?:1[2-9]|2\d)\s+hours|every\s+few\s+minutes|"
    # Blind set 3
    r"(?:won't|can't|cannot|couldn't)\s+stay\s+awake\s+long\s+enough|head\s+drops|"
    r"(?:sleep|sleeps|slept|asleep|doze|dozes|dozed)\s+while\s+(?:i|he|she)\s+(?:cook|eat|talk|walk|drive)|"
    r"slept\s+standing\s+up|(?:went|fell)\s+asleep\s+(?:at\s+the\s+(?:dinner\s+)?table\s+)?in\s+front\s+of\s+"
    r"everyone|between\s+words|halfway\s+through\s+a\s+word|(?:dozed|nodded|dropped)\s+off\s+on\s+the\s+"
    r"(?:ride-on\s+)?mower|(?:dozed|nodded|dropped)\s+off\s+(?:twice|\w+\s+times)\s+during"
)


#: The same words for the parser's side effect (bot.parsing.vocabulary): sleepiness this
#: strong is drowsiness recorded, whatever else is said.
VERY_SLEEPY_WORDS = _VERY_SLEEPY.pattern


def strongly_sleepy(low: str) -> bool:
    """ "very drowsy", "can't keep my eyes open": sleepiness past the ordinary."""
    return _VERY_SLEEPY.search(low) is not None


# Disorientation, the FDA's "confusion or disorientation": never "confused about the
# times", "the leaflet confused me", brain fog or a poor memory (a side effect lived with)
_DISORIENTED = re.compile(
    r"(?<!\bnot\s)(?<!')\b(?:confused|confusion|disoriented|disorientated|muddled)\b"
    r"(?!'|\s+(?:up\s+)?(?:me|us|him|her|them|about|by|over|with|as\s+to|whether|which|what|how|when|re|"
    r"regarding)\b)"
    r"(?!\W+(?:does|do|is|are|should|which|when|what|how|can|will)\b)|"
    r"(?:don't|didn't|doesn't|did\s+not|does\s+not|do\s+not|couldn't|can't)\s+"
    r"(?:(?!even\b)\w+\s+){0,2}?(?:know|tell|work\s+out|remember)\s+(?:you\s+)?(?:what\s+day\s+it\s+(?:is|was)|"
    r"where\s+(?:i|he|she|they)\s+(?:am|was|is|were)|who\s+(?:i|he|she)\s+(?:am|is|was))|"
    r"(?:didn't|doesn't|did\s+not|does\s+not|couldn't|can't)\s+(?:seem\s+to\s+)?recogni[sz]e\s+"
    r"(?:me|us|him|her|(?:my|his|her)\s+own)|"
    r"talking\s+(?:nonsense|rubbish|gibberish)|(?:not|isn't|wasn't)\s+making\s+(?:any\s+)?sense|"
    r"making\s+no\s+sense|(?:asked|asking|asks)\s+(?:me\s+|us\s+)?where\s+(?:he|she|they|i)\s+"
    r"(?:was|were|is|am)|"
    r"(?:head|brain|mind)(?:'s|\s+is|\s+feels|\s+felt)?\s+(?:all\s+)?(?:scrambled|jumbled)|"
    r"mind\s+is\s+not\s+working|forgetting\s+where\s+i\s+am|"
    r"(?:thinks|thought|thinking|convinced)\W+(?:\w+\W+){0,3}?it(?:'s|\s+is|\s+was)\s+(?:(?:19|20)\d\d|"
    r"christmas|easter|the\s+(?:19|20)?\d0s)|(?:couldn't|can't|cannot)\s+(?:place\s+myself|work\s+out\s+"
    r"(?:if|whether)\s+it'?s\s+(?:morning|night|day))|lost\s+in\s+(?:my|his|her|our|their)\s+own\s+"
    r"(?:house|home|flat|kitchen)|whose\s+house\s+(?:this|it)\s+(?:is|was)|(?:not|isn't|wasn't)\s+recogni[sz]ing|"
    r"\bwhere\s+am\s+i\b|no\s+idea\s+(?:how|where)\s+(?:i|he|she)\s+(?:got|am|is|was)\b|"
    r"asked\s+(?:me\s+)?who\s+(?:i|he|she)\s+(?:was|am|is)\b|"
    r"talk\w*\s+(?:tae|to)\s+(?:folk|people|someone|somebody)\s+(?:that|who)\s+(?:aren't|weren't|isn't|"
    r"wasn't|urnae|are\s+not)\s+there|"
    # Blind set 3: time and place lost, words that make no sense
    r"(?:don't|dont|didn't|doesn't|dinnae\s+ken|idk|no\s+idea|not\s+sure)\s+(?:know\s+)?(?:(?!even\b)\w+\s+){0,2}?"
    r"what\s+"
    r"(?:day|month|year|time)\s+(?:\w+\s+){0,4}?it\s+(?:is|was)|(?:asking|asks|asked)\s+what\s+year|"
    r"(?:can't|cant|couldn't|cannot)\s+(?:work\s+out|figure\s+out|tell)\s+(?:what|which|whose)\s+"
    r"(?:room|place|house)|"
    r"(?:can't|cant|couldn't|cannot)\s+tell\s+(?:if\s+it'?s\s+)?(?:morning|day|night)\s+(?:from|or)\s+"
    r"(?:night|day|morning)|(?:doesn't|didn't|don't)\s+know\s+(?:she|he|i)\s*(?:is|was|am|'s|'m)\s+"
    r"(?:in\s+|at\s+)?(?:her|his|my)\s+own\s+(?:house|home)|(?:doesn't|didn't)\s+know\s+(?:he's|she's|he\s+is|"
    r"she\s+is)\s+at\s+home|(?:don't|didn't)\s+know\s+this\s+place|"
    r"(?:don't|didn't)\s+know\s+(?:\w+\s+){0,3}?how\s+i\s+got\s+here|"
    r"(?:words|sentences)\s+(?:that\s+)?(?:don't|didn't|do\s+not)\s+make\s+(?:any\s+)?sense|jumbled\s+sentences"
)
# What a muddle over instructions is about: the box, the leaflet, the times
_ABOUT_INSTRUCTIONS = re.compile(
    r"\b(?:pharmac\w*|chemist|leaflet|label|box|packet|blister|instructions|colou?r|brand|prescription|"
    r"timing|times|which\s+(?:one|tablet|pill))\b"
)


#: The words for the parser's `confusion` (bot.parsing.vocabulary).
DISORIENTED_WORDS = _DISORIENTED.pattern


def acutely_confused(low: str) -> bool:
    """ "didn't know where I was", "she's very confused tonight": disorientation, not a
    muddle about instructions or the brain fog someone lives with."""
    found = _DISORIENTED.search(low)
    if found is None:
        return False
    # "I am confused, the pharmacy gave me a different colour": the box, not the mind
    plain_word = found.group() in ("confused", "confusion", "muddled")
    return not (plain_word and _ABOUT_INSTRUCTIONS.search(low))


_DIZZY = re.compile(
    r"\b(?:dizzy|dizziness|light-?\s?headed(?:ness)?|woozy|giddy|giddiness|faint|vertigo|spinning|"
    r"spun|spins|everything\s+went\s+(?:grey|gray|black)|tipped|tilting|tilted|swaying|staggering|"
    r"unsteady|wobbly|swimming|whirling|"
    r"head\s+is\s+turning)\b"
)
# Dizziness past the ordinary: said so, or told with a fall, a near fall or a faint
# (Sandbox, Sydney: "felt dizzy gettin up this mornin, nearly went over, Karen caught me",
# at 72 on codeine, oxycodone and pregabalin, was logged as a side effect and no more)
_UNUSUAL = re.compile(
    r"\b(?:very|extremely|so|really|super|awfully|terribly|incredibly|that|too\s+much)\s+(?:dizzy|light-?\s?headed|"
    r"woozy|giddy)|\bthe\s+dizz\w*\s+is\s+(?:very\s+)?(?:strong|terrible|awful|bad)\b|"
    r"\bdizziness\s+is\s+(?:terrible|awful|so\s+bad|really\s+bad)\b|"
    r"(?<!didn't\s)(?<!not\s)(?<!don't\s)(?<!never\s)\b(?:(?:nearly|almost)\s+)?(?:fell|fallen|falling|fall|"
    r"collapsed|keeled\s+o(?:v|w)er|"
    r"fainted|passed\s+out|blacked\s+out)\b(?!\s+(?:asleep|apart|behind|ill|sick|off\s+to\s+sleep))|"
    r"\b(?:had|have|nearly\s+had|almost\s+had)\s+a\s+(?:\w+\s+)?fall\b|"
    r"\b(?:nearly|almost)\s+(?:went|go|gone|fell|keeled|toppled)\s+(?:over|down)\b|"
    r"\b(?:went|hit)\s+(?:down|the\s+(?:floor|deck|ground))\b|"
    r"\blost\s+my\s+(?:balance|footing)\b|\b(?:legs?|knees?)\s+(?:gave|went)\s+(?:way|out|from\s+under)\b|"
    r"\bcaught\s+me\b|"
    # so bad they had to get down, or hold on: "had to lie on the floor till it stopped"
    r"\bhad\s+to\s+(?:lie|lay|sit)\s+(?:straight\s+)?(?:down|flat|on\s+the\s+(?:floor|ground|pavement|kerb|"
    r"curb|stairs|steps?))|"
    r"\blying\s+flat\b|\bhad\s+to\s+(?:grab|hold|hang)\s+(?:on\s+)?(?:to\s+|onto\s+)?(?:the|a|something)\b|"
    r"can't\s+stand\s+(?:up\s+)?without|\bhanging\s+on(?:to)?\s+something\b|"
    r"\b(?:had|having)\s+to\s+crawl\b|\bended\s+up\s+on\s+the\s+(?:\w+\s+)?(?:floor|lino|ground|carpet|deck|tiles)\b|"
    r"\b(?:holding|held|hold|hanging)\s+on(?:to)?\s+(?:to\s+)?the\s+(?:wall|walls|furniture|sink|counter)\b|"
    r"\bgrabbing\s+(?:the|at\s+the)\s+(?:furniture|wall|walls)\b|\btoppled\b|\bheld\s+me\b|"
    r"\bcatch\s+me\b|\bfound\s+myself\s+on\s+the\s+(?:\w+\s+)?floor\b|"
    r"\bsat\s+(?:down\s+)?on\s+the\s+(?:pavement|floor|ground|kerb|curb|stairs)\b|"
    r"\bhow\s+long\s+i\s+was\s+(?:down|out)\b|"
    r"\bhad\s+to\s+sit\s+down\s+right\s+where\b|\bslid\s+down\b|"
    r"\blike\s+i'?m\s+drunk\b|\bbanged\s+into\b"
)


def unusually_dizzy(low: str) -> bool:
    """ "so dizzy", "felt dizzy getting up, nearly went over": dizziness past the ordinary
    (the FDA's "unusual dizziness"), in normalised text; a plain "a bit dizzy" is not."""
    return _DIZZY.search(low) is not None and _UNUSUAL.search(low) is not None


# Consciousness lost, told by the writer or by someone with them: "I fainted in the
# kitchen", "blacked out for a sec and came round on the floor" (never a figure of speech:
# "nearly fainted at the bill", "collapsed on the sofa after work")
_FAINTED = re.compile(
    r"(?<!nearly\s)(?<!almost\s)\b(?:fainted|blacked\s+out)\b"
    r"(?!\s+(?:at\s+the\s+(?:sight|bill|price|thought)|when\s+i\s+saw|laughing))|"
    r"\b(?:found\s+myself|came\s+(?:round|to))\s+on\s+the\s+(?:\w+\s+)?floor\b|"
    r"\beverything\s+(?:went|turned|goes)\s+(?:dark|black)\b|"
    r"(?:^|[.!?,;]\s*|\b(?:i|he|she|mum|mummy|mom|dad|daddy|papa|mama|nan|gran|grandad|grandma|himself|"
    r"herself|wife|husband|partner|hubby|son|daughter|father|mother)\s+(?:\w+\s+)?)(?:fainted|blacked\s+out|"
    r"passed\s+out|collapsed|keeled\s+o(?:v|w)er)\b"
    r"(?!\s+(?:on|onto|into|in)\s+(?:the\s+|my\s+|a\s+)?(?:sofa|couch|bed|chair|heap)\b)"
    r"(?!\s+(?:laughing|at\s+the\s+(?:sight|bill|price|thought)|when\s+i\s+saw))|"
    r"\bout\s+(?:cold\s+)?for\s+(?:a\s+few|a\s+couple\s+of|several|\d+)\s+(?:seconds|secs|minutes|mins)\b"
)


def fainted(low: str) -> bool:
    """ "I fainted in the kitchen", "mum collapsed on the stairs": consciousness lost."""
    return _FAINTED.search(low) is not None


# A spell told as over: "doctor lowered it and it's been fine since", "completely herself
# again now", "he's been bright as a button since" (Blind set 4: each got the alarm)
_SETTLED = re.compile(
    r"\b(?:been|is|'s|are|am)\s+(?:fine|okay|ok|grand|great|good|bright\s+as\s+a\s+button|back\s+to\s+normal|"
    r"(?:completely\s+|totally\s+)?(?:himself|herself|myself)\s+again)\s+(?:ever\s+)?since\b|"
    r"\b(?:completely\s+|totally\s+|back\s+to\s+)(?:himself|herself|myself|normal)(?:\s+again)?\s+now\b|"
    r"\b(?:that's|it's|has)\s+(?:all\s+)?(?:settled|passed|worn\s+off)\b|\b(?:it|that)\s+passed\s+(?:in|after)\b|"
    r"\b(?:he's|she's|i'm|he\s+is|she\s+is|i\s+am)\s+(?:fine|okay|ok|grand|better)\s+(?:now|so\s+far)\b|"
    r"\b(?:sugar|glucose|bm|reading)s?\s+(?:\w+\s+)?back\s+to\s+\d|\bended\s+up\s+in\s+(?:hospital|a&e|the\s+er|icu)\b|\b(?:all\s+)?cleared\s+(?:up\s+)?now\b|"
    # "last month I was very drowsy on codeine but fine now", "steady ever since"
    r"\bbut\s+(?:i'm\s+|i\s+am\s+|she's\s+|he's\s+)?(?:fine|ok|okay|grand|good)\s+(?:on\s+(?:it|them)\s+)?now\b|"
    r"\bsettled\s+(?:down\s+)?now\b|\b(?:totally\s+|completely\s+|back\s+to\s+)?normal\s+now\b|"
    r"\b(?:steady|fine|ok|okay|grand)\s+(?:ever\s+)?since\b|\b(?:all\s+good\s+now|now\s+all\s+good)\b"
)
#: The same words for the parser, which drops a side effect told as over (bot.parsing.parser)
SETTLED_WORDS = _SETTLED.pattern
# The signs put down to something else by the writer: coffee, low sugar, the cold, a run
_EXPLAINED = re.compile(
    r"\b(?:coffee|espressos?|energy\s+drinks?|red\s+bull|caffeine|blood\s+sugar|sugar\s+(?:was|is|dropped|low)|"
    r"hypo|glucose|juice\s+and\s+biscuits|skipped\s+(?:lunch|breakfast|dinner|a\s+meal)|forgot\s+(?:lunch|to\s+eat)|"
    r"frost|from\s+the\s+cold|in\s+the\s+cold|gym|workout|heatwave|hot\s+bath|"
    # "40 degrees today and I'm sweating buckets": the weather's
    r"(?:3[0-9]|4[0-9]|9\d|1[01]\d)\s*(?:degrees|deg|°)|so\s+hot\s+(?:today|out|outside)|humid\w*|"
    r"credit\s+card\s+bill|panic\s+attacks?)\b"
)
# "not had any caffeine", "no coffee today": the reason ruled out, not given
_RULED_OUT = re.compile(
    r"\b(?:no|not|any|without|never|haven't\s+had|hasn't\s+had|wasn't)\s+(?:\w+\s+)?$"
)


def explained_otherwise(low: str) -> bool:
    """ "3 espressos and now my hands are jittery", "sugar was 3.2, shaky and clammy": the
    writer's own reason for signs that a syndrome also has."""
    return any(not _RULED_OUT.search(low, 0, m.start()) for m in _EXPLAINED.finditer(low))


def settled_since(low: str) -> bool:
    """ "it's been fine since", "completely herself again now": a spell over, not now."""
    return _SETTLED.search(low) is not None


_NOW = re.compile(
    r"\b(?:now|today|tonight|this\s+(?:morning|afternoon|evening)|right\s+now|"
    r"since\s+(?:i|the|my|his|her|yesterday|this|taking|starting))\b"
)


def spell_over(low: str) -> bool:
    """A spell told as over or long gone, with nothing said of now: "last year I had
    serotonin syndrome …, what should I tell the pain clinic?", "she's been fine since"."""
    return settled_since(low) or (long_ago(low) and _NOW.search(low) is None)
