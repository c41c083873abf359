"""A second, broader screen for thoughts of suicide said indirectly.

The red-flag patterns (`redflags`) read set phrases; people in pain say these thoughts in
words no list foresees ("everyone would manage fine if I just wasn't here", "I've got the
oxy lined up for when it's time"). Held-out sets showed the phrases alone missing over
half of such messages. This screen reads *kinds of cue* instead and flags a sentence in
which they meet, as the Columbia Suicide Severity Rating Scale's screen asks about them
(wish to be dead, thoughts, method, intent, plan, preparatory acts; Posner et al., Am J
Psychiatry 2011;168:1266-77):

- the writer's own absence or death (`_GONE`) beside a wish, a plan, hopelessness or being
  a burden;
- a means made ready (`_MEANS_READY`: pills saved, counted, lined up; a rope, a bridge)
  beside the writer's death, a wish or hopelessness;
- a farewell act (`_FAREWELL`: goodbyes, letters, things given away) beside the writer's
  absence or a "for after".

It errs, deliberately, towards asking: a false alarm costs a kind message with a crisis
line; a miss can cost a life (NICE NG225, 2022: ask directly, do not wait for the words).
Idioms ("dying for a coffee", "this pain is killing me"), other people, denials and
stories are set aside first.
"""

from __future__ import annotations

import re

from bot.parsing.text import sentences

# The writer as the one who would be gone: "I", "me", "myself" (not "he", "my dad").
_ME = r"(?:i|i'm|im|i'd|id|i'll|ill|i've|me|myself)"
_NOT = r"(?:don't|dont|do\s+not|won't|wont|wouldn't|wouldnt|didn't|didnt|not|never|no)"

# The writer's own absence or death, in plain and in veiled words.
_GONE = re.compile(
    rf"\b{_ME}\s+(?:\w+\s+){{0,3}}?(?:was|were|am|is|'m|be|being|get|got|just)?\s*"
    r"(?:dead|gone|not\s+(?:here|around|alive|in\s+this\s+world)|no\s+longer\s+(?:here|around|alive)|"
    r"out\s+of\s+the\s+picture|out\s+of\s+(?:everyone's|their)\s+(?:way|hair|lives))\b"
    r"|\bif\s+i\s+(?:just\s+)?(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:here|around|alive|in\s+it)"
    rf"|\b{_ME}\s+(?:\w+\s+){{0,3}}?{_NOT}\s+(?:\w+\s+){{0,2}}?wak(?:e|ing)\s+up\b"
    r"(?!\s+(?:the|my|him|her|them|us|his|their|our|your|anyone|mum|mom|dad|early|late|at\s+night|"
    r"in\s+the\s+night|during|when|once|till|until|much|properly|easily|a\s+lot))"
    r"|\bto\s+(?:not|never)\s+wake\s+up\b|\b(?:not|never)\s+wak(?:e|ing)\s+up\s+(?:again|at\s+all|ever)\b"
    rf"|\b{_ME}\s+(?:\w+\s+){{0,4}}?(?:to\s+)?"
    r"(?:die|dying|not\s+exist\w*|exist\s+any\s*more|"
    r"stop\s+existing|cease\s+to\s+exist|disappear\w*\s+(?:for\s+good|forever|permanently|completely)|"
    r"vanish\w*\s+(?:for\s+good|forever)|go\s+to\s+sleep\s+(?:forever|for\s+good|and\s+(?:not|never))|"
    r"sleep\s+(?:forever|for\s+ever|for\s+good)|leave\s+this\s+(?:world|earth|life)|"
    r"(?:join|be\s+with)\s+(?:my\s+)?(?:late\s+)?(?:wife|husband|mum|mom|mam|dad|son|daughter|"
    r"him|her|them)\s+(?:again|soon|up\s+there|in\s+heaven)|go\s+for\s+good|"
    r"not\s+(?:be\s+)?(?:here|around)\s+(?:much\s+longer|for\s+long|by|next|after|when|anymore|any\s+more))"
    r"|\b(?:end|ending|finish|finishing)\s+(?:it|it\s+all|things|this|everything|my\s+(?:own\s+)?"
    r"(?:life|days|story|suffering)|myself)\b(?!\s+(?:with|off\s+with|at|by\s+\d))"
    r"|\b(?:it|it\s+all|everything)\s+to\s+(?:end|stop|be\s+over)\b(?=.*\b(?:for\s+good|forever|"
    r"worked\s+out|how|pills|tablets)\b)"
    r"|\b(?:stop|stops|end|ends)\s+for\s+good\b|\bfor\s+good\s+this\s+time\b"
    r"|\b(?:god|he|the\s+lord)\s+(?:to\s+)?takes?\s+(?:me|my\s+life)\b"
    r"|\bwithout\s+me\b|\b(?:after|when|once)\s+i'?m\s+gone\b|\bi'?ll\s+be\s+gone\b"
    r"|\bmy\s+(?:own\s+)?(?:funeral|eulogy)\b|\bmy\s+last\s+(?:day|week|night|message|goodbye)\b"
    r"|\blast\s+time\s+i'?ll\b|\bit'?ll\s+(?:all\s+)?be\s+over\b"
    r"|\b(?:only|a|the)\s+way\s+out\b|\bpermanent\s+(?:solution|way\s+out|sleep|rest)\b"
    r"|\b(?:won't|wont|will\s+not|shan't|not\s+going\s+to|not\s+gonna)\s+be\s+(?:here|around)\b"
    r"(?!\s+(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening)|at\s+\d|until|till|"
    r"between|from|during|on\s+\w+day|for\s+(?:the|my|a|an)\s+(?:appointment|call|visit|delivery|"
    r"check|session|reminder|dose)))"
    r"|\b(?:not|never)\s+(?:to\s+)?(?:come\s+back|see\s+(?:the\s+)?(?:morning|tomorrow|another\s+"
    r"(?:day|year|christmas|birthday)))\b|\b(?:last|final)\s+(?:long\s+)?sleep\b|\bone\s+last\s+look\b"
    r"|\bcheck\w*\s+out\s+(?:for\s+good|of\s+(?:life|this\s+world|here))"
    r"|\b(?:go|going|ready\s+to\s+go)\s+(?:and\s+)?be\s+with\s+(?:my\s+)?(?:late\s+)?\w+"
    r"|\b(?:not|won't|wont)\s+(?:going\s+to\s+)?be\s+(?:a\s+)?(?:problem|burden|bother|trouble)\s+"
    r"(?:for|to)\s+(?:anyone|anybody|you|them|her|him)\s+(?:much\s+)?longer"
    r"|\b(?:they|everyone|everybody|family|kids|she|he|wife|husband|world)\W*(?:\w+\W+){0,3}?"
    r"better\s+off\s+(?:with|without|if)\b"
    r"|\bit\s+(?:doesn't|does\s+not|won't)\s+matter\s+(?:any\s*more|soon)\b"
    r"|\bwhere\s+i'?m\s+going\b(?!\s+(?:on|for|to))"
    r"|\b(?:that's|thats)\s+(?:it|the\s+end)\s+for\s+me\b|\b(?:the\s+end\s+of\s+(?:it|me))\b"
    r"|\b(?:stop|done|gone|finished|over)\s+for\s+good\b|\bbeing\s+dead\b|\bin\s+the\s+ground\b"
    r"|\bmy\s+(?:own\s+)?grave\b|\bwhoever\s+finds\s+me\b|\bbefore\s+i\s+go\b(?!\s+(?:to|in|out|for|on|back|into))"
    r"|\b(?:won't|wont|will\s+not|never|not)\s+(?:see|make\s+it\s+to)\s+(?:\d+|fifty|sixty|seventy|"
    r"another\s+\w+|next\s+\w+|the\s+(?:new\s+year|spring|summer))\b"
    r"|\bnot\s+(?:be|being)\s+alive\s+(?:for|by|at|when)\b|\bnot\s+sticking\s+around\b"
    r"|\breasons?\s+to\s+(?:stay|stick\s+around|live|keep\s+going)\b|\brid\s+of\s+me\b"
    rf"|\b{_NOT}\s+(?:\w+\s+)?(?:open|opening)\s+my\s+eyes\s+(?:again|ever)\b|"
    r"\b(?:don't|dont|not|never|won't)\s+"
    r"come\s+round\s+from\b|\bmy\s+heart\s+(?:just\s+)?stop(?:ped|s)?\b"
    r"|\bclose\s+my\s+eyes\s+and\s+(?:not|never|that\s+be)\b|\bi\s+no\s+dey\s+again\b"
    r"|\b(?:better|best)\s+(?:if\s+)?i\s+(?:am|was|were|be)\s+not\s+(?:there|here|around)\b"
    r"|\b(?:i'm|i\s+am)\s+ready\s+to\s+go\s*$|\bdrop(?:ped)?\s+off\s+(?:it|the\s+(?:world|planet|earth))\b"
    r"|\bnot\s+doing\s+any\s+of\s+(?:this|it)\s+any\s*more\b"
)

# Harm done to one's own body on purpose.
_SELF_HARM = re.compile(
    r"\b(?:cut|cuts|cutting|slic\w*|slash\w*|carv\w*|burn\w*|scratch\w*|scrap\w*|hit\w*|punch\w*|"
    r"bang\w*|dig|digging|dug|press\w*|held|hold\w*|took\s+a\s+(?:razor|blade|knife|lighter))\s+"
    r"(?:(?!in\b|down\b|through\b|up\b|across\b|along\b|round\b|around\b|pain|sensation)\w+\s+){0,4}?"
    r"(?:my|into\s+my|to\s+my|on\s+my)\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|skin|"
    r"stomach|belly|hands?|head|body|forearms?)\b"
)
# Said as a habit or a relapse, harm is meant by the saying itself.
_SELF_HARM_SAID = re.compile(
    r"\b(?:started|been|keep|kept|am|was|back\s+to)\s+(?:\w+\s+)?(?:cutting|burning|scratching)\s+"
    r"(?:again|myself)\b|\bstarted\s+cutting\s*(?:[,.;!]|$)|\b(?:cutting|burning)\s+(?:myself\s+)?again\b|"
    r"\bscars?\s+(?:\w+\s+){0,4}?(?:are|is)\s+from\s+me\b|\bself[-\s]inflicted\b|"
    r"\b(?:relapsed|relapse)\s+(?:with|on|into)\s+(?:the\s+)?(?:cutting|self)"
)
_ON_PURPOSE = re.compile(
    r"\b(?:on\s+purpose|deliberately|to\s+feel|deserve\w*|punish\w*|takes?\s+my\s+mind|"
    r"nobody\s+(?:\w+\s+)?knows|no\s+one\s+(?:\w+\s+)?knows|secret|till\s+(?:they|it)\s+bleed|"
    r"from\s+me|don't\s+know\s+why|need(?:ed)?\s+to|only\s+thing|calms?\s+me)\b"
)

# A mind made up: a date, a decision (weighed only beside another cue).
_PLAN = re.compile(
    r"\b(?:made\s+up\s+my\s+mind|i've\s+decided|i\s+have\s+decided|decided\W*$|(?:got|have)\s+the\s+date|"
    r"date\s+(?:is\s+)?(?:picked|set)|(?:got\s+it|have\s+it|it's)\s+all\s+worked\s+out|"
    r"everything's\s+ready|everything\s+is\s+ready|the\s+rest\s+is\s+sorted|nothing\s+is\s+pending|"
    r"given\s+it\s+(?:till|until)|(?:going|gonna)\s+to\s+do\s+it\b(?!\s+\w)|"
    r"(?:this|next)\s+(?:weekend|week)'s\s+the\s+one|thought\s+about\s+it\s+properly)"
)


# Wanting to die, said in the plainest indirect words: enough alone.
_WISH_DEAD = re.compile(
    r"\b(?:want|wanna|wanted|wish|wishing|hope|hoping|pray|praying|ready|rather|welcome|long|"
    r"longing|glad|happy|relief|relieved)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:die|dying|death|be\s+dead)\b"
    r"|\b(?:hope|hoping|wish|wishing|pray|praying|ask|asking)\s+(?:\w+\s+){0,5}?"
    r"(?:(?:hits?|kills?|killed|takes?|took|runs?\s+over|ran\s+over)\s+me\b|finish(?:es)?\s+me\s+off\b)"
    r"|\b(?:don't|dont|do\s+not|no|not)\s+(?:want|wanna|wan|wish)\s+(?:to\s+)?(?:live|exist|be\s+alive|"
    r"be\s+here|wake\s+up|go\s+on|carry\s+on|keep\s+going)\b"
    r"|\b(?:(?:don't|dont|do\s+not|can't|cant|cannot|no\s+longer)\s+see|see\s+no|is\s+no|no)\s+"
    r"(?:a|any|the)?\s*(?:point|reason)\s+(?:in\s+|of\s+|to\s+)?(?:keep\s+|keeping\s+)?"
    r"(?:living|carrying\s+on|going\s+on|going|staying|being\s+(?:here|alive)|waking\s+up|live)\b"
    r"|\btired\s+of\s+(?:living|being\s+alive|existing|life|this\s+life)\b"
    r"|\bbeing\s+dead\s+(?:has\s+got\s+to|must|would|could)\s+be\s+better\b"
    r"|\b(?:mercy|relief|blessing)\s+if\s+my\s+heart\b"
    r"|\b(?:hopes?|hoping|wish|pray\w*)\s+(?:that\s+)?i\s+(?:don't|dont|won't|wont|never|do\s+not)\s+"
    r"(?:come\s+round|wake(?:\s+up)?|open\s+my\s+eyes)\b(?!\s+(?:the|my|him|her|them|us|his|their|our|"
    r"your|anyone|everyone|mum|mom|dad|baby|kids|up))"
    r"|\bdisappointed\s+(?:that\s+)?i\s+(?:did|woke|am\s+still)"
    r"|\b(?:as\s+well\s+off|better\s+off)\s+in\s+the\s+ground\b"
    r"|\bdisappointed\s+(?:to\s+(?:still\s+)?(?:be\s+alive|wake)|i\s+woke)"
    r"|\b(?:stockpil|hoard|stash)\w*\b"
    r"|\b(?:look\w*\s+up|googl\w*|search\w*|research\w*|read\s+up|worked\s+out|figured\s+out)\s+"
    r"(?:\w+\s+){0,2}?(?:how\s+(?:many|much)|what\s+(?:dose|amount))\b"
)


# Wanting it, planning it, or welcoming it.
_WISH = re.compile(
    r"\b(?:want|wanted|wanting|wanna|wan|wish|wishing|hope|hoping|pray|praying|rather|welcome|"
    r"relief|blessing|mercy|ready|decided|deciding|plan|planning|planned|going\s+to|gonna|"
    r"tempt\w*|long\s+for|longing|dream\s+of|can't\s+wait|cannot\s+wait|tonight|this\s+weekend|"
    r"thinking|thinkin|thought|think|keep\s+thinking|imagin\w*|pictur\w*|feel\s+like|feeling\s+like|"
    r"easier|better|lighter|happier|manage|peaceful|kinder|simpler|calm|glad|decided|"
    r"would\s+(?:do|be|get\s+on|cope|manage)\s+(?:\w+\s+)?(?:alright|all\s+right|ok|okay|fine|better)|"
    r"then\s+i\s+can|after\s+that|would\s+hold|hold\s+my\s+weight|practice\s+run|dry\s+run|rehears\w*|tested|measured|soon|quick|that's\s+it|that's\s+the\s+plan)\b"
)

# Past the point of going on, or a weight on the others.
_HOPELESS = re.compile(
    r"\b(?:no\s+point|pointless|what's\s+the\s+point|whats\s+the\s+point|can't\s+go\s+on|"
    r"cannot\s+go\s+on|can't\s+do\s+(?:this|it)\s+(?:any\s*more|much\s+longer)|no\s+way\s+out|"
    r"see\s+(?:a|any|the)\s+(?:point|reason|way\s+out)|nothing\s+left|had\s+enough|"
    r"done\s+with\s+(?:(?:all\s+of\s+)?it\s+all|all\s+of\s+(?:it|this)|everything|life|living)|"
    r"no\s+future|hopeless|no\s+hope|tired\s+of\s+(?:living|being\s+alive|existing|fighting|"
    r"it\s+all|all\s+of\s+it|everything|this\s+life)|can't\s+take\s+(?:it|this|any\s+more)\s+any\s*more|"
    r"end\s+of\s+my\s+(?:rope|tether)|give\s+up\s+on\s+(?:life|everything|living)|"
    r"given\s+up\s+on\s+(?:life|everything|living)|finished\s+with\s+(?:life|everything)|"
    r"no\s+reason\s+to|no\s+use\s+(?:of\s+|in\s+)?living|"
    r"(?:nobody|no\s+one|noone)\s+would\s+(?:even\s+)?(?:miss|notice|care)|"
    r"burden|weight\s+on\s+(?:everyone|them|my\s+family)|drag\w*\s+(?:everyone|them)\s+down|"
    r"ruin\w*\s+(?:their|everyone's|his|her)\s+li(?:fe|ves)|sorry\s+for\s+(?:everything|all\s+the\s+trouble)|"
    r"forgive\s+me|i'm\s+sorry\W*$|i'm\s+done\b(?!\s+with\s+(?:the|my|work|physio|that|this\s+(?:job|doctor)))|"
    r"matter\s+any\s*more|not\s+worth\s+(?:it|living|the)|ruin\s+it\s+for|no\s+future\s+for\s+me|"
    r"running\s+out\s+of\s+reasons|wreck\w*\s+(?:all\s+)?their\s+lives|just\s+an\s+expense|"
    r"take\s+and\s+take|freer|have\s+(?:his|her|their)\s+li(?:fe|ves)\s+back|live\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|"
    r"don\s+suffer\s+for\s+me|wouldn't\s+mind|wouldnt\s+mind|comforting|one\s+way\s+or\s+another)\b"
)

# A means of dying made ready, or thought of as one.
_DRUG = (
    r"(?:pills?|tablets?|meds|oxys?|patches|capsules|doses|box|bottle|packet|strips?|"
    r"[a-z]+(?:done|codone|morphine|adol|alin|entin|ine|pam|lam|ol|ica)s?)"
)
_MEANS_READY = re.compile(
    r"\b(?:saved|saving|stash\w*|stockpil\w*|hoard\w*|collect\w*|put(?:ting)?\s+(?:\w+\s+)?"
    r"(?:aside|away|by)|lined\s+up|laid\s+out|counted|counting|all\s+of\s+them|all\s+at\s+once|"
    r"at\s+once|together|the\s+lot|every\s+(?:last\s+)?one|(?:took|take|taking|swallow\w*)\s+all\s+"
    r"(?:of\s+)?(?:my|the))\b"
    rf"(?=.*\b{_DRUG}\b)"
    r"|\b(?:whole|entire|rest\s+of\s+the|full)\s+(?:bottle|box|pack|packet|strip|supply|script|tub)\b"
    r"|\bhow\s+(?:many|much)\s+(?:\w+\s+){0,4}?(?:it\s+(?:would|will|'d)\s+take|it\s+takes|would\s+(?:be|do\s+it|kill)|"
    r"to\s+(?:take|die|not\s+wake))|\b(?:worked\s+out|figured\s+out|know|knew|thought\s+about|"
    r"planned|planning)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:i'd|i\s+would|i'll|i\s+will|to|i'm\s+going\s+to)\b"
    r"|\b(?:have|got|made|make)\s+(?:it\s+|a\s+)?plan(?:ned)?\b"
    r"|\b(?:rope|noose|beam|hook|razor|blades?|gun|pistol|shotgun|rifle|bridge|cliff|ledge|"
    r"railing|balcony|rooftop|tracks|overpass|lethal|fatal|deadly|exhaust|engine\s+running)\b"
    r"|\b(?:steer\w*|turn\w*\s+the\s+wheel|driv\w*|crash\w*)\s+into\b|\bstep\w*\s+(?:off|in\s+front)\b"
    r"|\bjump\w*\s+(?:off|from|in\s+front)\b|\b(?:picked|chosen|chose|set)\s+(?:the|a)\s+"
    r"(?:day|date|night|spot|place)\b|\b(?:them|some|one|a\s+few)\s+(?:aside|away)\s+(?:each|every)\b"
    r"|\bhow\s+(?:high|far\s+down|deep|fast)\b|\b(?:top\s+floor|car\s+park\s+roof|railway\s+line|"
    r"train\s+line|level\s+crossing|the\s+edge|cliff\s+edge|the\s+hob|the\s+river|the\s+sea|the\s+weir)\b"
    r"|\bevery\s+(?:single\s+)?(?:pill|tablet)\s+in\s+(?:this|the)\s+(?:house|flat|place)\b"
    r"|\blin(?:e|ed|ing)\s+(?:the\s+|my\s+|all\s+the\s+)?(?:pill\s+)?(?:bottles?|pills|tablets|packets|boxes)\s+up\b"
    r"|\b(?:done|did)\s+the\s+(?:math|maths|sums)\b|\bexactly\s+how\s+(?:many|much)\b"
    r"|\bhow\s+easy\s+it\s+would\s+be\b|\bjust\s+(?:one\s+step|let\s+go)\b"
    r"|\bfrom\s+(?:\d+|two|three|four|five|different)\s+(?:different\s+)?(?:chemists|pharmacies|shops)\b"
    r"|\bstop(?:ped)?\s+eating\s+and\s+drinking\b|\blook\s+like\s+an\s+accident\b"
    r"|\b(?:drift\w*|swerv\w*|veer\w*)\s+into\b|\b(?:car|engine)\s+in\s+the\s+garage\b|\bhose\b"
    r"|\b(?:skipping|skip|saving)\s+(?:\w+\s+){0,4}?(?:i'll|i\s+will)\s+have\s+(?:plenty|enough)\b"
    r"|\bcan\s+stop\s+your\s+breathing\b"
)

# Goodbyes and affairs put in order.
_FAREWELL = re.compile(
    r"\b(?:goodbyes?|farewell|letters?\s+(?:to|for)\s+(?:my|the|each)|wrote\s+a\s+note|"
    r"gave\s+away|giving\s+away|given\s+away|give\s+away|giving\s+my\s+(?:\w+\s+)?(?:things|stuff)|"
    r"my\s+will\b|affairs\s+in\s+order|made\s+my\s+peace|"
    r"who\s+gets\s+the|look\s+after\s+(?:the|my)\s+\w+\s+(?:for\s+me|when|after|if)|"
    r"won't\s+need\s+(?:them|it|these|those|my\s+\w+)|for\s+after\b|"
    r"thank\s+you\s+for\s+everything|thanks\s+for\s+everything|so\s+(?:someone|somebody)\s+knows|"
    r"(?:deleted|closed)\s+(?:all\s+)?my\s+accounts|paid\s+off\s+(?:all\s+)?my\s+debts|"
    r"(?:bank|account)\s+details\s+(?:on|for|to)|cancell?ed\s+(?:all\s+)?my\s+(?:appointments|plans)|"
    r"if\s+anything\s+happens\s+to\s+me|why\s+i\s+did\s+it|won't\s+be\s+needing|"
    r"(?:wrote|written|write)\s+(?:out\s+)?(?:down\s+)?(?:who\s+gets\s+what|all\s+my\s+passwords|my\s+passwords)|"
    r"passwords|(?:left|leave|leaving)\s+a\s+note|letters?\s+(?:for|to)\s+each|one\s+letter\s+for\s+each|"
    r"distributed|rehom\w*|say\s+goodbye\s+properly|sorted\s+my\s+papers|gave\s+back\s+everything|"
    r"want\s+it\s+tidy|my\s+last\s+check-?in|playlist\s+for\s+my\s+funeral|to\s+hand\s+over\s+after)"
)

_WEIGHTS = {
    "wish_dead": 3,
    "self_harm_said": 3,
    "self_harm": 2,
    "plan": 1,
    "gone": 2,
    "means": 2,
    "farewell": 2,
    "hopeless": 1,
    "wish": 1,
}


# Set aside before any cue is weighed: idioms of exaggeration and of tiredness, someone
# else's death, the writer saying plainly they are safe, and fiction.
_IDIOM = re.compile(
    r"\b(?:dying\s+(?:for|to)|die\s+(?:for|of)\s+(?:a|the|some|laugh\w*|embarrass\w*|shame|"
    r"boredom)|(?:dead|half\s+dead)\s+(?:tired|beat|on\s+my\s+feet|to\s+the\s+world)|"
    r"killing\s+me|kills\s+me|death\s+of\s+me|bored\s+to\s+death|scared\s+to\s+death|"
    r"over\s+my\s+dead\s+body|dead\s+(?:legs?|arm|foot|battery|phone)|phone\s+(?:is\s+)?"
    r"(?:nearly\s+)?dead|battery\s+(?:is\s+)?dead|rather\s+die\s+than|end\s+of\s+my\s+(?:rope|tether)|"
    r"(?:going\s+to|gonna|will|'ll)\s+finish\s+me\s+off)"
)
_SAFE = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+safe\b|\bnot\s+suicidal\b|\bno\s+(?:dark|bad|suicidal)\s+thoughts\b|"
    r"\bnot\s+(?:in\s+)?(?:a|that)\s+(?:bad|dark)\s+(?:way|place)\b|\bi'?d\s+never\b|"
    r"\bwould\s+never\s+(?:do|hurt|act)|\bnot\s+going\s+to\s+do\s+anything\b|"
    r"\bjust\s+venting\b|\bnot\s+me\b|"
    r"\basked\b(?:\s+\w+){0,6}?\s+(?:if|whether)\b[^.]*\b(?:said|answered|told\s+\w+)\s+no\b|"
    r"\basked\b(?:\s+\w+){0,6}?\s+(?:if|whether)\s+i\b[^.?!]*[.?!]\s*no\b"
)
# Thoughts long past, with the writer well now: history, not today's risk.
_LONG_PAST = re.compile(
    r"\b(?:used\s+to|(?:\w+\s+)?(?:years|months)\s+ago|back\s+in\s+(?:19|20)\d\d|"
    r"(?:that\s+was|in)\s+(?:19|20)\d\d)\b"
)
_WELL_NOW = re.compile(
    r"\b(?:good|better|safe)\s+place\s+now\b|\btherapy\s+helped\b|\bturned\s+(?:things\s+)?"
    r"(?:round|around)\b|\b(?:changed|helped\s+with)\s+that\b|\bnow\s+i'?m\s+(?:making\s+plans|doing\s+(?:well|ok|better)|well|fine|ok)\b|"
    r"\b(?:better|well|ok|okay|fine|good)\s+now\b"
)
_STORY = re.compile(
    r"\b(?:film|movie|show|series|episode|book|novel|song|lyrics|character|podcast|documentary|"
    r"news|article|forum|game)\b"
)
_OTHER_DIES = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:mum|mom|mam|dad|father|mother|wife|husband|"
    r"son|daughter|brother|sister|friend|neighbour|neighbor|dog|cat|gran\w*|grand\w*|uncle|"
    r"aunt\w*|cousin|partner|colleague)\s+(?:\w+\s+){0,3}?(?:died|passed|dead|gone|death)"
)


_ANCHORS = (
    ("wish_dead", _WISH_DEAD),
    ("self_harm_said", _SELF_HARM_SAID),
    ("self_harm", _SELF_HARM),
    ("gone", _GONE),
    ("means", _MEANS_READY),
    ("farewell", _FAREWELL),
)
_SUPPORT = (("hopeless", _HOPELESS), ("wish", _WISH), ("plan", _PLAN))


def suicidal_anchors(low: str) -> list[tuple[str, re.Match[str]]]:
    """Where normalised text speaks of the writer's death, a means or a farewell, when its
    cues together weigh enough to be read as thoughts of suicide: (sentence, match) pairs
    for the red-flag reader's context rules (negation, other people) to judge."""
    cues: set[str] = set()
    anchors: list[tuple[str, re.Match[str]]] = []
    plains: list[str] = []
    for sentence in sentences(low):
        if _STORY.search(sentence) or _OTHER_DIES.search(sentence):
            continue
        plain = _IDIOM.sub(lambda m: " " * len(m.group()), sentence)
        plains.append(plain)
        for name, pattern in _ANCHORS:
            for m in pattern.finditer(plain):
                cues.add(name)
                anchors.append((sentence, m))
    if not anchors or _SAFE.search(low) or (_LONG_PAST.search(low) and _WELL_NOW.search(low)):
        return []
    for plain in plains:
        cues.update(name for name, pattern in _SUPPORT if pattern.search(plain))
    if "self_harm" in cues:
        # Harm to one's body counts only when meant: "burnt my arm on the oven" is not.
        if _ON_PURPOSE.search(low):
            cues.add("wish")
        else:
            cues.discard("self_harm")
            anchors = [(t, m) for t, m in anchors if m.re is not _SELF_HARM]
            if not anchors:
                return []
    weight = sum(_WEIGHTS[c] for c in cues)
    farewells = {m.group() for _, m in anchors if m.re is _FAREWELL}
    if len(farewells) > 1:
        weight += 1  # letters written *and* "for after": two acts of leaving
    return anchors if weight >= 3 else []
