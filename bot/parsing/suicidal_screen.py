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
from functools import cache

from bot.knowledge import all_drugs
from bot.parsing.text import sentences

# Woken at an hour or by the pain, not never waking: "hopefully i won't wake up at 3am
# again", "hope i don't wake up in agony"
#: (shared with the red-flag reader)
WOKEN_AT = (
    r"(?!\s+(?:at\s+\d|at\s+(?:night|midnight|dawn|\w+\s+o'?clock)|(?:in|during)\s+(?:the\s+night|the\s+early|"
    r"pain|agony|a\s+sweat|tears)|with\s+(?:pain|a\s+sore|the\s+pain|cramps?|spasms?|a\s+stiff)|"
    r"because|from\s+the\s+pain|so\s+early|early|every|again|once|twice|screaming|crying|sore|stiff|"
    # "very good night, I not wake up even one time": slept through
    # (never "all night": "she didn't wake up all night" may be one who could not be woken)
    r"even\s+(?:once|one\s+time|a\s+single\s+time)|one\s+time|a\s+single\s+time|"
    # ("didnt wake til 9": slept in; never "til the ambulance came")
    r"in\s+the\s+middle|(?:till|until)(?!\s+(?:the\s+)?(?:ambulance|paramedics?|police|they|he|she|someone))|"
    r"til\s+(?=\d|about|around|gone|late|after|noon|lunch|mid|the\s+(?:morning|afternoon)|my\s+alarm)|before|"
    r"for\s+(?:school|nursery|work|college|uni|church|the\s+bus))|"
    r"\s+(?:him|her|them|the\s+\w+)\b)"
)

# The writer as the one who would be gone: "I", "me", "myself" (not "he", "my dad").
_ME = r"(?:i|i'm|im|i'd|id|i'll|ill|i've|me|myself)"
_NOT = r"(?:don't|dont|do\s+not|won't|wont|wouldn't|wouldnt|didn't|didnt|not|never|no)"

# The writer's own absence or death, in plain and in veiled words.
_GONE = re.compile(
    rf"\b{_ME}\s+(?:\w+\s+){{0,3}}?(?:was|were|am|is|'m|be|being|get|got|just)?\s*"
    r"(?:dead|gone|not\s+(?:here|around|alive|in\s+this\s+world)|no\s+longer\s+(?:here|around|alive)|"
    r"out\s+of\s+the\s+picture|out\s+of\s+(?:everyone's|their)\s+(?:way|hair|lives))\b"
    # (away for a while, not gone: "not around this weekend", "gone till monday")
    r"(?!\s+(?:this\s+(?:weekend|week|morning|afternoon)|next\s+\w+|on\s+\w+day|over\s+the|"
    r"(?:till|until|til)\s+\w+|tomorrow|today|for\s+(?:a\s+(?:few|couple|bit|while|week|day)|the\s+"
    r"(?:weekend|week|day|holidays?)|\d+\s+\w+)|from\s+\w+day|between|in\s+the\s+(?:morning|afternoon)))"
    r"|\bif\s+i\s+(?:just\s+)?(?:wasn't|weren't|was\s+not|were\s+not)\s+(?:here|there|around|alive|in\s+it)"
    rf"|\b{_ME}\s+(?:\w+\s+){{0,3}}?{_NOT}\s+(?:\w+\s+){{0,2}}?wak(?:e|ing)\s+up\b"
    r"(?!\s+(?:the|my|him|her|them|us|his|their|our|your|anyone|mum|mom|dad|early|late|at\s+night|"
    r"in\s+the\s+night|during|when|once|till|until|much|properly|easily|a\s+lot))"
    + WOKEN_AT
    + r"|\bto\s+(?:not|never)\s+wake\s+up\b"
    r"|\b(?:not|never)\s+wak(?:e|ing)\s+up\s+(?:again|at\s+all|ever)\b"
    rf"|\b{_ME}\s+(?:(?!the\b|this\b|that\b|it\b|pain\b)\w+\s+){{0,4}}?(?:to\s+)?"
    r"(?:die|dying|not\s+exist\w*|exist\s+any\s*more|"
    r"stop\s+existing|cease\s+to\s+exist|disappear\w*\s+(?:for\s+good|forever|permanently|completely)|"
    r"vanish\w*\s+(?:for\s+good|forever)|go\s+to\s+sleep\s+(?:forever|for\s+good|and\s+(?:not|never))|"
    r"sleep\s+(?:forever|for\s+ever|for\s+good)|leave\s+this\s+(?:world|earth|life)|"
    r"(?:join|be\s+with)\s+(?:my\s+)?(?:late\s+)?(?:wife|husband|mum|mom|mam|dad|son|daughter|"
    r"him|her|them)\s+(?:again|soon|up\s+there|in\s+heaven)|go\s+for\s+good|"
    r"not\s+(?:be\s+)?(?:here|around)\s+(?:much\s+longer|for\s+long|by|next|after|when|anymore|any\s+more))"
    r"|\b(?:end|ending|ended|finish|finishing)\s+(?:it|it\s+all|things|this|everything|my\s+(?:own\s+)?"
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
    # (never "it may never come back": a feeling or a strength, not the writer)
    r"|(?<!\bit\s)(?<!\bit\smay\s)(?<!\bit\smight\s)(?<!\bit\swill\s)(?<!\bit\scould\s)"
    r"(?<!\bthey\s)(?<!\bthey\smay\s)(?<!\bthey\smight\s)\b(?:not|never)\s+(?:to\s+)?(?:come\s+back|see\s+(?:the\s+)?(?:morning|tomorrow|another\s+"
    r"(?:day|year|christmas|birthday)))\b|\b(?:last|final)\s+(?:long\s+)?sleep\b|\bone\s+last\s+look\b"
    r"|\bcheck\w*\s+out\s+(?:for\s+good|of\s+(?:life|this\s+world|here))"
    r"|\b(?:go|going|ready\s+to\s+go)\s+(?:and\s+)?be\s+with\s+(?:my\s+)?(?:late\s+)?\w+"
    r"|\bgoing\s+to\s+be\s+with\s+(?:my\s+)?(?:late\s+)?(?:dad|mum|mom|mam|wife|husband|son|daughter|him|her|"
    r"them|jesus|the\s+lord|god)\s+(?:soon|again|now)\b"
    r"|\b(?:not|won't|wont)\s+(?:going\s+to\s+)?be\s+(?:a\s+)?(?:problem|burden|bother|trouble)\s+"
    r"(?:for|to)\s+(?:anyone|anybody|you|them|her|him)\s+(?:much\s+)?longer"
    r"|\b(?:they|everyone|everybody|family|kids|she|he|wife|husband|world)\W*(?:\w+\W+){0,3}?"
    r"better\s+off\s+(?:with|without|if)\b"
    r"|\bit\s+(?:doesn't|does\s+not|won't)\s+matter\s+(?:any\s*more|soon)\b"
    r"|\bwhere\s+i'?m\s+going\b(?!\s+(?:on|for|to))"
    r"|\b(?:that's|thats)\s+(?:it|the\s+end)\s+for\s+me\b|\b(?:the\s+end\s+of\s+(?:it|me))\b"
    r"|\b(?:stop|done|gone|finished|over)\s+for\s+good\b|\bbeing\s+dead\b|\bin\s+the\s+ground\b"
    r"|\bmy\s+(?:own\s+)?grave\b|\bwhoever\s+finds\s+me\b|\bbefore\s+i\s+go\b(?!\s+(?!(?:i|forever|for\s+good|permanently)\b)\w)"
    r"|\b(?:won't|wont|will\s+not|never|not)\s+(?:see|make\s+it\s+to)\s+(?:\d+|fifty|sixty|seventy|"
    r"another\s+\w+|next\s+\w+|the\s+(?:new\s+year|spring|summer))\b"
    r"|\b(?:not|won't|wont|will\s+not)\s+(?:be|being)\s+alive\s+(?:for|by|at|when|tomorrow|after)\b|\bnot\s+sticking\s+around\b"
    r"|\breasons?\s+to\s+(?:stay|stick\s+around|live|keep\s+going)\b|\brid\s+of\s+me\b"
    rf"|\b{_NOT}\s+(?:\w+\s+)?(?:open|opening)\s+my\s+eyes\s+(?:again|ever)\b|"
    r"\b(?:don't|dont|not|never|won't)\s+"
    r"come\s+round\s+from\b|\bmy\s+heart\s+(?:just\s+)?stop(?:ped|s)?\b"
    r"|\bclose\s+my\s+eyes\s+and\s+(?:not|never|that\s+be)\b|\bi\s+no\s+dey\s+again\b"
    r"|\b(?:better|best)\s+(?:if\s+)?i\s+(?:am|was|were|be)\s+not\s+(?:there|here|around)\b"
    r"|\b(?:i'm|i\s+am)\s+ready\s+to\s+go\s*$|\bdrop(?:ped)?\s+off\s+(?:it|the\s+(?:world|planet|earth))\b"
    r"|\bnot\s+doing\s+any\s+of\s+(?:this|it)\s+any\s*more\b"
    r"|\b(?:not|never)\s+(?:be\s+)?coming\s+back\b|\bnot\s+bother(?:ing)?\s+(?:swimming|coming|walking|"
    r"driving)\s+back\b|\b(?:bow|check|clock)\w*\s+out\s+for\s+good\b|\bforever\b(?=.*\b(?:their|your)\s+way\b)"
    r"|\b(?:go\s+and\s+|go\s+)?join\s+(?:her|him|them)\s+(?:then|soon|now|there|up\s+there)\b"
    r"|\b(?:if|when)\s+i\s+(?:am|'m|was|were)?\s*(?:not|no\s+longer)\s+there\b"
    r"|\bif\s+i\s+(?:just\s+)?(?:went|stopped\s+being\s+here|wisnae\s+here|wasnae\s+here)\b"
    r"|\bstop(?:ped)?\s+being\s+here\b|\b(?:only|one)\s+thing\s+keeping\s+me\s+(?:here|alive|going)\b"
    r"|\b(?:come|came)\s+for\s+me\b|\bcarry\s+me\s+home\b|\b(?:took|take|takes)\s+me\s+out\b"
    r"|\bhave\s+it\s+all\s+(?:be\s+)?over\b|\bwon't\s+be\s+(?:there|around)\s+for\s+(?:them|it|her|him|you)\b"
    r"|\bwon't\s+be\s+long\s+now\b|\bby\s+then\s+it\s+won't\s+matter\b|\bready\s+to\s+stop\b"
    r"|\b(?:i'll|i\s+will)\s+go\W*(?:$|i\s+have\s+decided)|\bdo\s+something\s+(?:about\s+it\s+)?myself\b"
    r"|\bstill\s+being\s+(?:here|alive|around)\b|\b(?:remove|removing)\s+the\s+(?:cause|problem)\b"
    r"|\b(?:sleep|fall\s+asleep)\s+and\s+(?:not|never)\s+(?:get\s+up|wake)\b|\bnot\s+exist(?:ing)?\s+any\s*more\b"
    r"|\b(?:don't|dont|do\s+not)\s+plan\s+on\s+being\s+(?:alive|here|around)\b|\b(?:not|never)\s+to\s+see\s+"
    r"another\s+\w+|\bsomeone\s+who'?ll\s+be\s+around\b|\b(?:out\s+of|from)\s+(?:their|your|everyone's)\s+way\s+forever\b"
    r"|\bfind\s+my\s+own\s+way\b(?=.*\b(?:dignitas|assisted|euthanasia)\b)|(?<=\bthen\s)i'll\s+do\s+it\b"
)

# Harm done to one's own body on purpose.
_SELF_HARM = re.compile(
    r"\b(?:cut|cuts|cutting|slic\w*|slash\w*|carv\w*|burn\w*|scratch\w*|scrap\w*|hit\w*|punch\w*|"
    r"bang\w*|dig|digging|dug|press\w*|held|hold\w*|bit|bite|biting|took\s+a\s+(?:razor|blade|knife|lighter))\s+"
    r"(?:(?!in\b|down\b|through\b|up\b|across\b|along\b|round\b|around\b|pain|sensation)\w+\s+){0,4}?"
    r"(?:my|into\s+my|to\s+my|on\s+my)\s+(?:\w+\s+)?(?:arms?|wrists?|thighs?|legs?|skin|"
    r"stomach|belly|hands?|head|body|forearms?|palms?|knuckles?|fists?|face|chest|ribs)\b"
    r"|\b(?:punch\w*|hit\w*|bang\w*|slam\w*|smash\w*|kick\w*|head-?butt\w*)\s+(?:my\s+(?:fists?|head|hands?)\s+"
    r"(?:into|against|on)\s+)?(?:the\s+|a\s+)?(?:wall|door|floor|mirror)\b"
    r"|\b(?:cut|cutting|burnt|burned|burning)\s+(?:my\s+\w+|myself)\s+again\b"
)
# Said as a habit or a relapse, harm is meant by the saying itself.
_SELF_HARM_SAID = re.compile(
    r"\b(?:started|been|keep|kept|am|was|back\s+to)\s+(?:\w+\s+)?(?:cutting|burning|scratching)\s+"
    r"(?:again|myself)\b|\bstarted\s+cutting\s*(?:[,.;!]|$)|\b(?:cutting|burning)\s+(?:myself\s+)?again\b|"
    r"\bscars?\s+(?:\w+\s+){0,4}?(?:are|is)\s+from\s+me\b|\bself[-\s]inflicted\b|"
    r"\b(?:relapsed|relapse)\s+(?:with|on|into)\s+(?:the\s+)?(?:cutting|self)"
)
_ON_PURPOSE = re.compile(
    r"\b(?:on\s+purpose|deliberately|to\s+feel|(?:until|till)\s+(?:it|things|everything|my\s+head)\s+(?:went|goes|go)\s+"
    r"(?:quiet|silent|still|numb)|deserve\w*|punish\w*|takes?\s+my\s+mind|"
    r"nobody\s+(?:\w+\s+)?knows|no\s+one\s+(?:\w+\s+)?knows|secret|till\s+(?:they|it)\s+bleed|"
    r"from\s+me|don't\s+know\s+why|need(?:ed)?\s+to|only\s+thing|calms?\s+me|till\s+(?:it|they|my\s+\w+)\s+"
    r"(?:bled|bleed|split|broke)|saw\s+stars|(?:wasn't|was\s+not|not)\s+an\s+accident|wanted\s+(?:a|it\s+to|to\s+feel)|"
    r"somewhere\s+else|i\s+know\s+it\s+is\s+wrong|what\s+i\s+do\s+when|(?:the\s+)?dog\s+did\s+it|"
    r"felt\s+better\s+for|chose|one\s+for\s+every|again)\b"
)

# A mind made up: a date, a decision (weighed only beside another cue).
_PLAN = re.compile(
    r"\b(?:made\s+up\s+my\s+mind|i've\s+decided|i\s+have\s+decided|decided\W*$|(?:got|have)\s+the\s+date|"
    r"date\s+(?:is\s+)?(?:picked|set)|(?:got\s+it|have\s+it|it's)\s+all\s+worked\s+out|"
    r"everything's\s+ready|everything\s+is\s+ready|the\s+rest\s+is\s+sorted|nothing\s+is\s+pending|"
    r"given\s+it\s+(?:till|until)|(?:going|gonna)\s+to\s+do\s+it\b(?!\s+\w)|"
    r"(?:this|next)\s+(?:weekend|week)'s\s+the\s+one|thought\s+about\s+it\s+properly|"
    r"tonight'?s\s+the\s+night|tonight\s+is\s+the\s+night|set\s+a\s+date|pays?\s+out\s+(?:after|even|if)|"
    r"i\s+need\s+to\s+know\s+it(?:'d|\s+would|\s+will)\s+(?:work|be\s+enough)|"
    r"you\s+know\s+what\s+(?:for|it'?s\s+for)|(?:i'll|i\s+will|then\s+i'll)\s+know\s+what\s+to\s+do\s+with\s+"
    r"(?:it|them|the\s+\w+)|(?:nearly|almost)\s+enough\W*$|exit\s+(?:plan|strategy)|"
    r"(?:not|isn't|ain't)\s+for\s+(?:my\s+|the\s+)?(?:back|pain)\b|it'?s\s+for\s+when\b|"
    r"(?:no\s+one|nobody)\s+(?:will|would|'ll)\s+(?:check\s+on|find|look\s+for|miss)\s+me|"
    r"the\s+house\s+(?:will\s+be|is)\s+empty|(?:after|once|when)\s+(?:he|she|they)\s+(?:leaves?|goes?|left)\s+for\s+work|"
    r"go\s+the\s+same\s+day\s+(?:she|he|they)\s+(?:does|do|goes)|"
    r"(?:so|and)\s+(?:they|nobody|no\s+one|the\s+\w+)\s+(?:wouldn't|won't|wouldnt|wont|would\s+not|didn't|couldn't)\s+"
    r"(?:ask|notice|question|clock|twig)|"
    r"(?:the\s+)?(?:day|date|time)\s+(?:all\s+)?(?:figured|worked|sorted|planned)\s+out|"
    r"(?:just\s+)?waiting\s+for\s+(?:my\s+)?(?:wife|husband|partner|him|her|them|the\s+kids|everyone)\s+to\s+"
    r"(?:go|leave|visit|be\s+away|go\s+away|be\s+out)\b|that'?s\s+when\W*$|"
    r"(?:you\s+can|can\s+you)\s+stop\s+(?:the|my|sending\s+(?:the|my)?)\s*(?:\w+\s+)?reminders\s+(?:after|from)\b)"
)


# Wanting to die, said in the plainest indirect words: enough alone.
_WISH_DEAD = re.compile(
    r"\b(?:want|wanna|wanted|wish|wishing|hope|hoping|pray|praying|ready|rather|welcome|long|"
    r"longing|glad|happy|relief|relieved)\s+(?:(?:just|so|really|honestly|badly|to|simply)\s+){0,2}"
    r"(?:die|dying|death|be\s+dead)\b"
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
    + WOKEN_AT
    + r"|\bdisappointed\s+(?:that\s+)?i\s+(?:did|woke|am\s+still)"
    r"|\b(?:as\s+well\s+off|better\s+off)\s+in\s+the\s+ground\b"
    r"|\b(?:not|don't|do\s+not)\s+(?:wish|want)\s+to\s+(?:continue|go\s+on\s+with)\s+(?:this\s+|my\s+)?life\b"
    r"|\bheart\s+would\s+(?:just\s+)?(?:\w+\s+)?stop\b|\b(?:god|lord|jesus|him)\b.{0,30}\b(?:carry|take|call)\s+me\s+home\b"
    r"|\bhoping\s+i'?d\s+be\s+the\s+one\b|\bhop\w*\s+(?:the|my)\s+(?:plane|car|bus|train)\s+(?:goes\s+down|crash\w*)"
    r"|\b(?:wouldn't|wouldnt|would\s+not)\s+(?:even\s+)?(?:be\s+)?(?:mad|mind|care|upset)\s+if\s+(?:a|the)\s+"
    r"\w+\s+(?:took|hit|killed|ran)\s+(?:me|over\s+me)\b|\btired\s+(?:fi|to)\s+live\b|\bassisted\s+(?:dying|suicide)\b"
    r"|\b(?:dignitas|euthanasia)\b|\b(?:only|one|last)\s+thing\s+keeping\s+me\s+(?:here|alive|going)\b"
    r"|\bstopped\s+seeing\s+the\s+point\b|\bif\s+(?:a|the)\s+(?:bus|car|truck|lorry|train|semi)\s+(?:hit|hits|took|"
    r"ran\s+over)\s+me\b"
    r"|\bdisappointed\s+(?:to\s+(?:still\s+)?(?:be\s+alive|wake)|i\s+woke)"
    r"|\b(?:stockpil|hoard|stash)\w*\b"
    r"|\b(?:allah|god|lord|jesus)\W+please\s+(?:just\s+)?take\s+me\b(?!\s+(?:to|home\s+from|back|with|out|away\s+from))"
    r"|\b(?:asked|asking|beg\w*|pray\w*)\s+(?:him|god|allah|the\s+lord|jesus)\s+to\s+(?:end\s+it|take\s+me)\b"
    r"|\benough\s+to\s+(?:stop\s+(?:your|my|the|a\s+person's)\s+(?:breathing|heart)|kill\s+(?:me|someone|a\s+person)|"
    r"not\s+wake\s+up)\b|\bwant(?:ed|s)?\s+to\s+(?:just\s+)?not\s+wake\s+up\b"
    # (the regret ends what is said: "…, unfortunately the pain was back" is the pain's)
    r"|\bwoke\s+up\s+(?:again\W+)?(?:\w+\W+){0,2}?(?:unfortunately|sadly)\b(?=\W*$)"
    r"|\b(?:look\w*\s+up|googl\w*|search\w*|research\w*|read\s+up|worked\s+out|figured\s+out)\s+"
    r"(?:\w+\s+){0,2}?(?:how\s+(?:many|much)|what\s+(?:dose|amount))\b"
    # what it would take, asked of a means: "how many tramadol it'd take to not wake up"
    r"|\bhow\s+(?:many|much)\s+(?:[\w/-]+\s+){0,3}?(?:it'?d|it\s+would|would\s+it|does\s+it|it\s+takes)\s+"
    r"take\s+(?:\w+\s+)?to\s+(?:not\s+wake|never\s+wake|die|kill\s+(?:me|myself)|end\s+it|stop\s+breathing)\b"
    # Held-out sets 35-41: a wish said in the plainest everyday words
    r"|\bwish\s+(?:my\s+life|it\s+all|everything)\s+(?:was|were|would\s+be)\s+(?:already\s+|just\s+)?over\b"
    r"|\b(?:wanna|want\s+to|wish\s+i\s+(?:was|were|could\s+be)|ready\s+to)\s+be\s+gone\b"
    r"(?!\s+(?:by|from|before|at|on|in|till|until|when|after|for\s+(?!good|ever)|a\s+while|\w+day|\d))"
    r"|\bwhy\s+(?:am\s+i|i\s+am|i'm|im)\s+(?:still\s+)(?:alive|here|breathing|around)\b"
    r"(?!\s+(?:at|in|on|for|waiting|with|after))"
    r"|\btake\s+my\s+(?:soul|life\s+away)\b"
    r"|\b(?:don't|dont|do\s+not|no)\s+(?:want|wanna|wish)\s+to\s+continue\b(?=\s*(?:[.,!;]|$|any\s*more|like\s+this))"
    r"|\bput\s+(?:me\s+)?(?:to\s+sleep|down)\s+like\s+(?:\w+\s+){0,4}?(?:dog|cat|pet|horse)\b"
    r"|\benvy\s+(?:the\s+)?(?:dead|people\s+in\s+the\s+obituar\w*|ones\s+who\s+(?:died|didn't\s+wake))"
    r"|\bnot\s+(?:planning|plannin|expecting|intending)\s+(?:on|to)\s+(?:see|seeing|make|making\s+it\s+to|reach\w*)\s+"
    r"(?:\d+|another\s+(?:year|birthday|christmas|winter|summer)|my\s+next\s+birthday)\b"
    r"|\b(?:this|next)\s+(?:winter|christmas|birthday|summer|spring|autumn|year)\s+(?:will\s+be|is|'ll\s+be|is\s+going\s+to\s+be)\s+my\s+last\b"
    r"|\bthis\s+one\s+(?:will\s+be|is)\s+my\s+last\W*$"
    r"|\b(?:would|will)\s+(?:anyone|anybody|people|they|(?:any)?one)\s+(?:even\s+)?(?:notice|care|miss\s+me)\s+if\s+i\s+"
    r"(?:wasn't|weren't|was\s+gone|disappeared|died|didn't\s+wake)"
    r"|\b(?:thoughts?|thinking|urges?)\s+(?:of|to|about)\s+(?:jump|jumping)\s+(?:off|from|in\s+front)\b"
    r"|\b(?:relief|blessing|mercy|better|easier)\s+if\s+i\s+(?:just\s+)?(?:stopped\s+breathing|didn't\s+wake|never\s+woke|"
    r"died|was\s+gone|wasn't\s+here|ended\s+it)"
    r"|\b(?:no|not\s+(?:a|one|any))\s+(?:\w+\s+)?reasons?\s+(?:left\s+)?to\s+(?:stay|stick\s+around|live|keep\s+going|be\s+here)\b"
    r"(?!\s+(?:in|at|up|home|over|for|with|late|on|there|the))"
    # an attempt made or begun: taken to end it, tried, a weapon thought of for oneself
    r"|\b(?:took|swallowed|downed|had|drank|taken)\s+(?:\w+\s+){0,7}?(?:to|so\s+i\s+(?:could|would))\s+"
    r"(?:end\s+it|die|not\s+wake\s+up|end\s+my\s+life)\b"
    r"|\b(?:tried|trying|attempted|went)\s+to\s+(?:od|overdose|o\.d|kill\s+myself|end\s+it|hang\s+myself|drown\s+myself|jump)\b"
    r"|\b(?:us(?:e|ing)|turn(?:ing)?)\s+(?:it|them|the\s+\w+)\s+on\s+myself\b|\bsee\s+myself\s+off\b"
    # a method chosen: which of the means to hand the writer would use
    r"|\bwhich\s+(?:\w+\s+){0,3}?(?:bottles?|pills|tablets|meds|method|rope|gun|bridge|building|car\s+park)\s+"
    r"(?:\w+\s+){0,4}?(?:i'd|i\s+would|i'll|i\s+will)\s+(?:use|take|go\s+(?:to|off))\b"
    r"|\b(?:googl\w*|search\w*|look\w*\s+up|read\w*\s+(?:up\s+)?about|research\w*)\s+(?:which|what|how)\s+"
    r"(?:\w+\s+){0,4}?(?:nets?|barriers?|hurts?\s+(?:the\s+)?least|painless|quickest|lethal|fatal)\b"
)
#: The others provided for after the writer ("better they just get my death benefits"):
#: the other person is there by grammar, the death is the writer's.
PROVIDED_AFTER = re.compile(
    r"\b(?:get|gets|getting)\s+(?:my|the)\s+death\s+(?:benefits?|in\s+service|grant)\b"
    r"|\b(?:goes|go|would\s+go|will\s+go|passes)\s+to\s+(?:my\s+)?\w+\s+if\s+i\s+(?:ended\s+it|end\s+it|died|die|"
    r"was\s+gone|wasn't\s+here|killed\s+myself)\b"
    r"|\bdeath\s+(?:in\s+service|benefits?)\b(?=.*\b(?:she|he|they|kids|wife|husband|family)\s+(?:\w+\s+)?"
    r"(?:gets?|deserves?|could\s+have|would\s+get)\b)"
)


# Wanting it, planning it, or welcoming it.
_WISH = re.compile(
    r"\b(?:want|wanted|wanting|wanna|wan|wish|wishing|hope|hoping|pray|praying|rather|welcome|"
    r"relief|blessing|mercy|ready|decided|deciding|(?<!funeral\s)(?<!care\s)(?<!meal\s)plan|planning|planned|"
    r"going\s+to|gonna|"
    r"tempt\w*|long\s+for|longing|dream\s+of|can't\s+wait|cannot\s+wait|tonight|this\s+weekend|"
    r"thinking|thinkin|thought|think|keep\s+thinking|imagin\w*|pictur\w*|feel\s+like|feeling\s+like|"
    r"easier|better|lighter|happier|manage|peaceful|kinder|simpler|calm|glad|decided|"
    r"would\s+(?:do|be|get\s+on|cope|manage)\s+(?:\w+\s+)?(?:alright|all\s+right|ok|okay|fine|better)|"
    r"just\s+knowing|knowing\s+it'?s\s+there|(?:it\s+)?(?:was|is)\s+for\s+(?:me|myself)|so\s+nobody\s+would|"
    r"working\s+out|worked\s+out|look(?:ed|ing)\s+up|search\w*|googl\w*|(?:be\s+)?(?:right|ok|okay|fine|alright)\s+after|"
    r"then\s+i\s+can|would\s+hold|hold\s+my\s+weight|practice\s+run|dry\s+run|rehears\w*|tested|measured|soon|quick|that's\s+it|that's\s+the\s+plan|"
    r"while\s+i\s+(?:still\s+)?can|relapsed|(?:it'd|it\s+would|they'd|would\s+it)\s+be\s+(?:enough|peaceful|painless))\b"
)

# Past the point of going on, or a weight on the others.
_HOPELESS = re.compile(
    r"\b(?:no\s+point|pointless|what'?s\s+(?:even\s+)?the\s+point|can't\s+go\s+on|"
    r"cannot\s+go\s+on|can't\s+do\s+(?:this|it)\s+(?:any\s*more|much\s+longer)|no\s+way\s+out|"
    r"see\s+(?:a|any|the)\s+(?:point|reason|way\s+out)|nothing\s+left(?!\s+(?:in|of|on)\b)|had\s+enough|"
    r"done\s+with\s+(?:(?:all\s+of\s+)?it\s+all|all\s+of\s+(?:it|this)|everything|life|living)|"
    r"no\s+future|hopeless|no\s+hope|tired\s+of\s+(?:living|being\s+alive|existing|fighting|"
    r"it\s+all|all\s+of\s+it|everything|this\s+life)|can't\s+take\s+(?:it|this|any\s+more)\s+any\s*more|"
    r"end\s+of\s+my\s+(?:rope|tether)|give\s+up\s+on\s+(?:life|everything|living)|"
    r"given\s+up\s+on\s+(?:life|everything|living)|finished\s+with\s+(?:life|everything)|"
    r"no\s+reason\s+(?:not\s+)?to|no\s+use\s+(?:of\s+|in\s+)?living|"
    r"(?:nobody|no\s+one|noone)\s+would\s+(?:even\s+)?(?:miss|notice|care)|"
    r"burden|weight\s+on\s+(?:everyone|them|my\s+family)|drag\w*\s+(?:everyone|them)\s+down|"
    r"ruin\w*\s+(?:their|everyone's|his|her)\s+li(?:fe|ves)|sorry\s+for\s+(?:everything|all\s+the\s+trouble)|"
    r"forgive\s+me|i'm\s+sorry\W*$|i'm\s+done\b(?!\s+with\s+(?:the|my|work|physio|that|this\s+(?:job|doctor)))|"
    r"matter\s+any\s*more|matter\s+now|not\s+worth\s+(?:it|living|the)|ruin\s+it\s+for|no\s+future\s+for\s+me|"
    r"running\s+out\s+of\s+reasons|wreck\w*\s+(?:all\s+)?their\s+lives|just\s+an\s+expense|"
    r"take\s+and\s+take|freer|have\s+(?:his|her|their)\s+li(?:fe|ves)\s+back|live\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|"
    r"don\s+suffer\s+for\s+me|wouldn't\s+mind|wouldnt\s+mind|comforting|one\s+way\s+or\s+another|"
    r"useless\s+to|weight\s+(?:round|roond|around|on)\s+\w+(?:'s)?\s+neck|because\s+of\s+me|remove\s+the\s+cause|"
    r"kindest\s+thing|nothing\s+more\s+(?:they|anyone|we)\s+can\s+do|im\s+done|i'm\s+done|stopped\s+fighting|"
    r"no\s+light\s+at\s+the\s+end|(?:don't|not)\s+(?:spoil|ruin)|spoil\s+her|fair\s+go|had\s+my\s+fill|"
    r"(?:none\s+of\s+them|nobody|they)\s+(?:knew|know)|didn'?t\s+tell\s+them\s+why|could\s+finally\s+live|"
    r"can\s+finally\s+live|finally\s+(?:have|live)\s+(?:a|her|his|their)?\s*(?:own\s+)?li(?:fe|ves)|be\s+free|free\s+of\s+(?:all\s+)?(?:this|me)|"
    r"can'?t\s+any\s*more|can'?t\s+keep\s+going|can'?t\s+do\s+another\s+(?:year|month|week|day)|done\s+fighting|"
    r"(?:start|begin|started)\s+forgetting\s+me|(?:doesn't|don't|didn't)\s+need\s+to\s+know\s+why|"
    r"not\s+(?:kidding|joking)\s+(?:tbh|honestly|really)?|i\s+mean\s+(?:it|that)\b|"
    r"(?:would|will)\s+lose\s+nothing|lose\s+nothing\s+if|good\s+innings|draw\s+stumps|"
    r"(?:won't|will\s+not|wont)\s+(?:trouble|bother|burden)\s+(?:anybody|anyone|you|them|nobody|you\s+all)\s+"
    r"(?:now|again|any\s*more|much\s+longer)|no\s+more\s+options|nothing\s+(?:else\s+)?left\s+to\s+try|"
    r"(?:doesn't|didn't|don't)\s+(?:get|understand|know)\s+why\b(?=.*\b(?:soon|will|one\s+day)\b))\b"
)

# A means of dying made ready, or thought of as one.
_MEANS_READY = re.compile(
    r"\b(?:whole|entire|rest\s+of\s+the|full)\s+(?:bottle|box|pack|packet|strip|supply|script|tub|month|"
    r"month's|week's|prescription|lot|fortnight|fortnight's|week)\b"
    r"|\btake\s+(?:everything|every\s+pill|all\s+(?:of\s+)?(?:them|it))\s+i\s+(?:have|'ve\s+got|got)\b"
    r"|\bhow\s+(?:many|much)\s+(?:\w+\s+){0,4}?(?:it\s+(?:would|will|'d)\s+take|it\s+takes|would\s+(?:be|do\s+it|kill)|"
    r"to\s+(?:take|die|not\s+wake))|\b(?:worked\s+out|figured\s+out|know|knew|thought\s+about|"
    r"planned|planning)\s+(?:exactly\s+)?(?:how|when|where)\s+(?:i'd|i\s+would|i'll|i\s+will|to|i'm\s+going\s+to)\b"
    # (never a plan made with someone for the risks: "just want us to have a plan")
    r"|\b(?<!us\sto\s)(?<!we\s)(?:have|got|made|make)\s+(?:it\s+|a\s+)?plan(?:ned)?\b"
    r"(?!\s+(?:for\s+(?:if|when|what)|in\s+case|b\b|of\s+action\s+for\s+if))"
    r"|\b(?:rope|noose|beam|hook|razor|(?<!shoulder\s)(?<!shoulder)(?<!sholder\s)(?<!shoulder-)blades?|gun|pistol|shotgun|rifle|bridge|cliff|ledge|"
    r"railing|balcony|rooftop|tracks|overpass|lethal|fatal|deadly|exhaust|engine\s+running)\b"
    r"|\b(?:steer\w*|turn\w*\s+the\s+wheel|driv\w*|crash\w*)\s+into\b|\bstep\w*\s+(?:off|in\s+front)\b"
    r"|\bjump\w*\s+(?:off|from|in\s+front)\b|\b(?:picked|chosen|chose|set)\s+(?:the|a)\s+"
    r"(?:day|date|night|spot|place)\b|\b(?:them|some|one|a\s+few)\s+(?:aside|away)\s+(?:each|every)\b"
    r"|\bhow\s+(?:high|far\s+down|deep|fast)\b|\b(?:top\s+floor|car\s+park\s+roof|railway\s+line|"
    r"train\s+line|level\s+crossing|the\s+edge|cliff\s+edge|the\s+hob|"
    # (never "a swim in the sea", "walk by the river": a day out)
    r"(?<!swim\sin\s)(?<!swam\sin\s)(?<!dip\sin\s)(?<!by\s)(?<!along\s)(?<!beside\s)(?<!at\s)"
    r"(?:the\s+river|the\s+sea|the\s+weir))\b"
    r"|\bevery\s+(?:single\s+)?(?:pill|tablet)\s+in\s+(?:this|the)\s+(?:house|flat|place)\b"
    r"|\blin(?:e|ed|ing)\s+(?:the\s+|my\s+|all\s+the\s+)?(?:pill\s+)?(?:bottles?|pills|tablets|packets|boxes)\s+up\b"
    r"|\b(?:done|did)\s+the\s+(?:math|maths|sums)\b|\bexactly\s+how\s+(?:many|much)\b"
    r"|\bhow\s+easy\s+it\s+would\s+be\b|\bjust\s+(?:one\s+step|let\s+go)\b"
    r"|\bfrom\s+(?:\d+|two|three|four|five|different)\s+(?:different\s+)?(?:chemists|pharmacies|shops)\b"
    r"|\bstop(?:ped)?\s+eating\s+and\s+drinking\b|\blook\s+like\s+an\s+accident\b"
    r"|\b(?:drift\w*|swerv\w*|veer\w*)\s+into\b|\b(?:car|engine)\s+in\s+the\s+garage\b|\bhose\b"
    r"|\b(?:skipping|skip|saving)\s+(?:\w+\s+){0,4}?(?:i'll|i\s+will)\s+have\s+(?:plenty|enough)\b"
    r"|\bcan\s+stop\s+your\s+breathing\b|\brazor\s+blade\b|\bin\s+(?:a|the)\s+(?:jar|drawer|tin)\b(?=.*\b(?:decide|"
    r"know\s+what|all\s+at\s+once|for\s+when)\b)|\bmore\s+than\s+enough\b(?=.*\b(?:pills?|tablets?|counted|"
    r"[a-z]+(?:ones|dones|ols|ins|ines))\b)|\bnobody\s+would\s+(?:clock|notice|ask)\b|"
    r"\ball\s+the\s+[\w-]+\s+(?:and\s+the\s+[\w-]+\s+)?together\b|\b(?:all|every)\s+(?:the\s+)?(?:tablets|pills)\s+"
    r"(?:at|in)\s+(?:once|one\s+time)\b|\bi\s+know\s+what\s+(?:it's|its|they're|they\s+are)\s+for\b|"
    r"\bno\s+seat\s*belt\b|\U0001f309|\b(?:tied|tie|tying)\s+(?:up\s+)?(?:the|a)\s+rope\b"
    r"|\b(?:stood|standing|stand|got\s+up)\s+on\s+(?:a|the)\s+(?:chair|stool|bucket|ladder)\s+with\b"
    r"|\b(?:cord|belt|scarf|cable|ligature)\s+(?:round|around)\s+my\s+neck\b"
    r"|\b(?:rope|cable|cord|belt|scarf|flex|ligature)\s+(?:tied|fixed|hung|attached|looped)\s+(?:to|round|around|up|over)\b"
    r"|\blook\s+natural\b|\bso\s+(?:she|he|they|the\s+kids|my\s+\w+)\s+(?:still\s+)?gets?\s+(?:the|my)\s+"
    r"(?:pension|insurance|payout|life\s+insurance)\b|\bpays?\s+out\s+(?:no\s+matter\s+how|even\s+(?:if|for)\s+(?:it's\s+)?suicide)"
)
# The means held, sat with or gone back to: a rehearsal, weighed beside a means.
_REHEARSED = re.compile(
    r"\b(?:sat\s+with\s+(?:it|them)|held\s+(?:it|them)\s+(?:a\s+while|for)|(?:didn't|did\s+not|didnt)\s+do\s+"
    r"(?:anything|it)|(?:i\s+|then\s+)got\s+down|(?:won't|wont|not)\s+get\s+down|more\s+than\s+i\s+should|"
    r"over\s+my\s+wrists?|this\s+time\W*$|(?:couldn't|could\s+not|didn't)\s+go\s+through\s+with\s+it|"
    r"got\s+as\s+far\s+as|(?:stopped|talked)\s+me\b|climbed\s+back|turn(?:ed)?\s+(?:round|around|back)|"
    r"(?:might|will)\s+next\s+time|one\s+leg\s+over|step(?:ped)?\s+over\s+the\s+(?:railing|edge|barrier|fence))"
)
# A place to fall or be struck, weighed only with lingering or finality beside it.
_PLACE = re.compile(
    r"\b(?:\d+\s*(?:st|nd|rd|th)?\s+floors?\s+up|(?:the\s+)?\d+\s*(?:st|nd|rd|th)?\s+floor|top\s+floor|roof(?:top)?|"
    r"car\s+parks?|overpass|bridge|balcony|railway\s+line|train\s+line|tracks|platform|express|trains?|"
    r"harbour|harbor|cliffs?|the\s+point|pier|quarry|viaduct|flyover|parapet|dam|tower\s+block|mountain\s+road|motorway|highway|window|ledge|"
    r"beam|mango\s+tree|the\s+river|the\s+sea|the\s+lake|multi-?storey|multi-?story|parking\s+(?:garage|structure))\b"
)
_LINGER = re.compile(
    r"\b(?:stand\w*|stood|sat|sitting|walked\s+(?:down\s+|up\s+|out\s+)?to|look\w*\s+(?:at|down|over|from|up)|staring|thinking\s+(?:a\s+lot\s+)?about|"
    r"lean\w*\s+over)\b"
)
# ... and what makes lingering there more than a view: weighed alone.
_LINGER_MEANT = re.compile(
    r"\b(?:just\s+standing|keep\s+looking|keep\s+thinking|one\s+step|step\s+off|let\s+go|"
    r"no\s+barrier|low\s+railing|timing|working\s+out|been\s+up\s+there|scouting|not\s+in\s+a\s+sightseeing\s+"
    r"way|you\s+know\s+what\s+i\s+mean|how\s+quiet|not\s+coming\s+back|not\s+bother|don't\s+stop|"
    r"comes?\s+through\s+fast|longer\s+than\s+i\s+should|next\s+time\s+i\s+will\s+not|nerve|"
    r"(?:a\s+bit\s+|way\s+|far\s+)?too\s+long|not\s+for\s+the\s+view|next\s+time\s+i\s+(?:won't|wont)|"
    r"every\s+(?:single\s+)?(?:visit|time\s+i\s+(?:go|visit|pass))|"
    r"meaning\s+not\s+to|not\s+to\s+(?:walk|come|swim|climb)\s+back|turn(?:ed)?\s+(?:round|around|back)|climbed\s+back|"
    r"one\s+leg\s+over|step(?:ped)?\s+over|(?:till|until)\s+my\s+legs\s+(?:shook|gave)|stopped\s+me|got\s+as\s+far\s+as)\b"
)

# The writer's own end said as a fact to come: the last word from them, a sleep not woken
# from, a date after which nothing matters. Weighed alone when nothing is said against it.
_FINAL_SAID = re.compile(
    r"\b(?:(?:the\s+)?last\s+(?:time|message|thing)\s+(?:you'?ll|you\s+will|anyone\s+will)\s+(?:ever\s+)?"
    r"(?:hear|get|see)\s+from\s+me|you\s+won'?t\s+hear\s+from\s+me\s+(?:again|after)|"
    r"(?:knock|knocks|put|puts)\s+me\s+(?:out|under|to\s+sleep)\s+(?:for\s+good|forever|permanently)|"
    r"(?:sleep|asleep)\s+and\s+stay\s+(?:there|asleep|that\s+way)|stay\s+there\s+forever|"
    r"switch\s+(?:myself|me)\s+off|turn\s+(?:myself|me)\s+off\s+for\s+good|"
    r"(?:didn't|don't|not)\s+(?:just\s+)?get\s+up\s+from\s+this\s+one|"
    r"not\s+that\s+it\s+(?:matters|will\s+matter)\s+(?:after|past|beyond|by)\b|"
    r"(?:pretending|pretend)\s+i'?(?:ll|\s+will)\s+be\s+(?:around|here)|"
    r"(?:should|ought\s+to|better)\s+(?:just\s+)?quietly\s+(?:go|disappear|slip\s+away)|"
    r"(?:stop|quit)\s+taking\s+up\s+(?:space|room|air)\b(?!\s+(?:in|on|at))|"
    r"won'?t\s+be\s+(?:around\s+|here\s+)?for\s+(?:much|very)\s+longer|allowed\s+to\s+(?:stop|rest|go)\s+now)"
)
# An act with no object, set to a moment ("once the kids go back I'm going to do it",
# "planning to do it after my last shift"): weighed with a decision or a time alone.
_TIMED_ACT = re.compile(
    r"\b(?:i'?m\s+going\s+to|i'?m\s+gonna|gonna|going\s+to|planning\s+(?:to|on)|plan\s+to|i\s+will|i'?ll)\s+"
    r"do\s+it\b(?=.*\b(?:once|when|after|before|while|tonight|tomorrow|this\s+\w+|next\s+\w+|\w+day)\b)"
    r"|\b(?:once|when|after|while)\b.{0,80}\b(?:going\s+to|gonna|will|i'?ll)\s+do\s+it\b"
)
#: A goodbye kept from the one it is said to ("she doesn't know it's goodbye"): the other
#: person is there by grammar, the parting is the writer's.
SECRET_GOODBYE = re.compile(
    r"\b(?:doesn't|don't|didn't|won't|does\s+not|do\s+not|did\s+not)\s+know\s+(?:that\s+)?(?:it's|it\s+is|it\s+was|"
    r"this\s+is|it'll\s+be)\s+(?:a\s+|my\s+)?(?:goodbye|the\s+last\s+(?:time|one))\b"
)
_FINAL = re.compile(
    r"\b(?:(?:hopefully|hoping|hope|praying)\s+(?:it's\s+|it\s+is\s+|this\s+is\s+)?(?:for\s+)?the\s+last\s+time"
    r"(?!\s+\w)|"
    r"(?:now\s+)?i\s+know\s+when\s+it\s+(?:all\s+)?ends|for\s+the\s+last\s+day|it\s+(?:all\s+)?ends\s+(?:this|next|on|tonight|"
    r"tomorrow|soon)\b|after\s+(?:that|then|christmas|her\s+\w+|his\s+\w+|the\s+\w+)\s+i'?m\s+(?:out|done|gone)|"
    r"i'?m\s+done\s+too|held\s+on\s+long\s+enough|before\s+i\s+go\b(?!\s+(?!(?:i|forever|for\s+good|permanently)\b)\w)|"
    r"(?:getting|going)\s+there\s+early|(?:meet|see)\s+(?:my|the)\s+(?:maker|lord|creator|god|allah))"
)

# Goodbyes and affairs put in order.
_FAREWELL = re.compile(
    r"\b(?:goodbyes?|farewell|letters?\s+(?:to|for)\s+(?:my|the|each)|wrote\s+a\s+note|"
    r"gave\s+away|giving\s+away|given\s+away|give\s+away|giving\s+my\s+(?:\w+\s+)?(?:things|stuff)|"
    r"my\s+will\b|affairs\s+in\s+order|made\s+my\s+peace|"
    r"who\s+gets\s+the|look\s+after\s+(?:the|my)\s+\w+\s+(?:for\s+me|when|after|if)|"
    r"won't\s+need\s+(?:them|it|these|those|my\s+\w+|(?:the|any\s+more|more)\s+(?:\w+\s+)?refills?)|"
    r"for\s+after\b|"
    r"thank\s+you\s+for\s+everything|thanks\s+for\s+everything|so\s+(?:someone|somebody)\s+knows|"
    r"(?:deleted|closed)\s+(?:all\s+)?my\s+accounts|paid\s+off\s+(?:all\s+)?my\s+debts|"
    r"(?:bank|account)\s+details\s+(?:on|for|to)|cancell?ed\s+(?:all\s+)?my\s+(?:appointments|plans)|"
    r"if\s+anything\s+happens\s+to\s+me|why\s+i\s+did\s+it|won't\s+be\s+needing|"
    r"(?:wrote|written|write)\s+(?:out\s+)?(?:down\s+)?(?:who\s+gets\s+what|all\s+my\s+passwords|my\s+passwords)|"
    r"passwords?|wasiyy?a|(?:left|leave|leaving)\s+a\s+note|letters?\s+(?:for|to)\s+each|one\s+letter\s+for\s+each|"
    r"distributed|rehom\w*\s+(?:my|the|our)\s+(?!foster)|say\s+goodbye\s+properly|sorted\s+my\s+papers|gave\s+back\s+everything|"
    r"want\s+it\s+tidy|my\s+last\s+check-?in|playlist\s+for\s+my\s+funeral|to\s+hand\s+over\s+after|"
    r"(?:updated|changed|made|wrote|sorted|redid|did)\s+(?:the|my)\s+will\b|everything's\s+in\s+order|"
    r"everything\s+is\s+in\s+order|(?:to|at)\s+the\s+(?:shelter|rescue)\b|found\s+a\s+(?:good\s+)?home\s+for|"
    r"scheduled\s+an?\s+(?:email|message|letter)|voice\s+notes\s+for|for\s+the\s+next\s+\w+\s+years|"
    r"left\s+the\s+(?:\w+\s+){0,2}keys?\s+(?:\w+\s+){0,3}?for|picked\s+the\s+hymns|funeral\s+(?:plan|arrangements)|"
    r"cancell?ed\s+(?:physio|the\s+\w+|my\s+\w+|everything|the\s+lot)|paid\s+(?:up\s+)?(?:to|until)\s+the\s+end|"
    r"cancel\s+(?:the|my)\s+(?:\w+\s+)?refills?|"
    r"writ\w+\s+to\s+(?:everyone|everybody|all\s+the\s+people|each\s+of)|"
    r"scheduled\s+(?:it|them|the\s+\w+)\s+to\s+(?:open|send|go\s+out|arrive)|letters?\s+(?:done|written|"
    r"finished|sorted)|(?:arrive|get\s+there|be\s+read|open\s+them)\s+after\b(?!\s+(?:the|my|\d|work|school|lunch|dinner))|"
    r"(?:deleted|closed|shut)\s+(?:down\s+)?(?:all\s+)?my\s+(?:socials|facebook|insta\w*|email|profiles?|social\s+media)|"
    r"if\s+anyone\s+(?:ever\s+)?reads?\s+(?:these|this)|(?:none\s+of\s+(?:it|this)\s+was|it\s+(?:wasn't|was\s+not))\s+"
    r"(?:her|his|your|their|anyone's)\s+fault|thanks?\s+(?:you\s+)?for\s+trying|want\s+(?:someone|somebody)\s+to\s+know|"
    r"told\s+(?:her|him|them)\s+it'?s\s+permanent|"
    # where things are told, or what to do with them after; a pet handed on
    r"(?:told|showed|shown|explained\s+to)\s+(?:\w+\s+){1,2}?(?:where|how)\s+(?:the|my|to\s+find\s+(?:the|my))\s+"
    r"(?:\w+\s+)?(?:will|spare\s+key|keys?|papers|passwords?|insurance|deeds|documents|accounts?|bank\s+\w+)\b|"
    r"what\s+to\s+do\s+with\s+(?:the|my)\s+(?:\w+\s+)?(?:house|flat|dog|cat|things|stuff|ashes|car)\s+after\b|"
    r"(?:given|gave|giving|give)\s+(?:my|the|our)\s+(?:dog|cat|pets?|birds?|budgie|rabbit)\s+(?:away|to)\b|"
    # things handed on "while I still can" (Blind set 109): a parting, not a present
    r"(?:gave|given|giving|handed|handing)\s+(?:over\s+)?my\s+[\w']+(?:\s+(?:and|&)\s+my\s+[\w']+)?\s+to\s+"
    r"(?:my\s+)?\w+\b(?=.*\b(?:while\s+i\s+(?:still\s+)?can|while\s+i'?m\s+still\s+(?:here|around|able)|"
    r"(?:he|she|they)\s+(?:has|have|gets?)\s+(?:it|them)\s+now))|"
    r"(?:asked|got)\s+(?:\w+\s+){1,3}?to\s+(?:keep|take|have|mind)\s+(?:my|the|our)\s+(?:dog|cat|pets?|birds?))"
)

_WEIGHTS = {
    "kept": 2,
    "place": 3,
    "wish_dead": 3,
    "self_harm_said": 3,
    "self_harm": 2,
    "plan": 1,
    "gone": 2,
    "means": 2,
    "farewell": 2,
    "final": 2,
    "final_said": 3,
    "hopeless": 1,
    "wish": 1,
    "rehearsed": 1,
    "for_good": 1,
    "after_the_day": 1,
}


# Set aside before any cue is weighed: idioms of exaggeration and of tiredness, someone
# else's death, the writer saying plainly they are safe, and fiction.
_IDIOM = re.compile(
    r"\b(?:dying\s+(?:for|to)|die\s+(?:for|of)\s+(?:a|the|some|laugh\w*|embarrass\w*|shame|"
    r"boredom)|(?:dead|half\s+dead)\s+(?:tired|beat|on\s+my\s+feet|to\s+the\s+world)|"
    r"killing\s+me|kills\s+me|death\s+of\s+me|(?:gonna|going\s+to|will|'ll)\s+be\s+the\s+end\s+of\s+me|bored\s+to\s+death|scared\s+to\s+death|"
    r"over\s+my\s+dead\s+body|dead\s+(?:legs?|arm|foot|battery|phone)|phone\s+(?:is\s+)?"
    r"(?:nearly\s+)?dead|battery\s+(?:is\s+)?dead|rather\s+die\s+than|end\s+of\s+my\s+(?:rope|tether)|"
    r"count\w*\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:order|re-?order|the\s+(?:refill|pharmacy|audit|chemist|nurse)|"
    r"refills?|audit)|bridge\s+(?:night|club|game|party|evening|afternoon)|(?:rope|tyre|tire)\s+swing|"
    r"skipping\s+rope|jump\s+rope|rope\s+ladder|rope\s+for\s+(?:the\s+|a\s+)?(?:new\s+)?(?:washing|clothes)\s*line|(?:going\s+to|gonna|will|'ll)\s+finish\s+me\s+off|could\s+(?:have\s+)?slept?\s+(?:forever|for\s+a\s+week|"
    r"for\s+days))"
)
#: Said plainly, it stands against any reading of suicidal thoughts (phrases, screen,
#: model): "I'm safe, just venting", "not suicidal", "asked if I wish I was dead.
#: Honestly, no".
SAID_SAFE = re.compile(
    r"\b(?:i'm|i\s+am|im)\s+safe\b|\bnot\s+suicidal\b|\bno\s+(?:dark|bad|suicidal)\s+thoughts\b|"
    r"\bno\s+thoughts\s+of\s+(?:suicide|ending|harming)|\bi\s+want\s+to\s+live\b|"
    r"\bnot\s+(?:in\s+)?(?:a|that)\s+(?:bad|dark)\s+(?:way|place)\b|\bjust\s+venting\b|"
    # (not "I'd never do anything": a passive wish denied no act is still a wish)
    r"\bnot\s+me\b|\b(?:only|just)\s+an?\s+(?:expression|figure\s+of\s+speech)\b|"
    r"\b(?:i\s+)?(?:don't|do\s+not)\s+want\s+to\s+die\b(?!\W*(?:but|yet|exactly|as\s+such|per\s+se)\b)|\bwant(?:ing)?\s+to\s+die\W*\s*no\b|"
    r"\basked\b(?:\s+\w+){0,6}?\s+(?:if|whether)\b[^.]*\b(?:said|answered|told\s+\w+)\s+no\b|"
    r"\basked\b(?:\s+\w+){0,6}?\s+(?:if|whether)\s+i\b[^.?!]*[.?!]\s*(?:\w+\s*,?\s*)?no\b"
)
# ... unless it is taken back: "asked if I have a plan and I lied and said no. I do."
_UNSAID = re.compile(
    r"\b(?:lied|(?:wasn't|isn't|not)\s+(?:true|the\s+truth))\b|\bi\s+do\W*(?:$|[.!]\s)"
)

#: A time long past ("years ago", "in my twenties", "back in 2019", "used to").
LONG_AGO = re.compile(
    r"\b(?:used\s+to|in\s+my\s+(?:teens|twenties|thirties|forties|youth|[1-6]0'?s)|(?:a\s+)?long\s+time\s+ago|"
    r"(?:\w+\s+)?(?:years?|months)\s+ago|back\s+in\s+(?:19|20)\d\d|(?:that\s+was|in)\s+(?:19|20)\d\d|"
    r"(?:clean|sober)\s+(?:for|since))\b"
)
#: The writer well now ("in a good place now", "therapy sorted that", "fine now").
WELL_NOW = re.compile(
    r"\b(?:good|better|safe)\s+place\s+now\b|\b(?:therapy|counsell\w*|the\s+meds)\s+(?:sorted|fixed|helped|"
    r"changed)\b|\b(?:in|with)\s+therapy\b|\bturned\s+(?:things\s+)?(?:round|around)\b|"
    r"\b(?:changed|helped\s+with|sorted|fixed)\s+that\b|\bnow\s+(?:is|it's|it\s+is|things\s+are)\s+different\b|"
    r"\bnow\s+i'?m\s+(?:making\s+plans|doing\s+(?:well|ok|better)|well|fine|ok)\b|"
    r"\b(?:now|these\s+days|today)\b[^.]*\b(?:ok|okay|fine|good|better|well|stable)\b|"
    r"\b(?:doing|feeling)\s+(?:\w+\s+)?(?:ok|okay|fine|good|better|well)\s+now\b|"
    r"\b(?:better|well|ok|okay|fine|good)\s+now\b|"
    # "… but I've got good support now", "mood's a solid 7 these days"
    r"\b(?:got|have|had)\s+(?:good|great|lots\s+of|a\s+lot\s+of|proper)\s+support\b|"
    r"\bmood(?:'s|\s+is)\s+(?:a\s+)?(?:solid\s+|steady\s+)?(?:[5-9]|10)\b"
)
_STORY = re.compile(
    r"\b(?:film|movie|show|series|episode|book|novel|song|lyrics|character|podcast|documentary|"
    r"news|article|forum|game)\b"
)
_OTHER_DIES = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:mum|mom|mam|dad|father|mother|wife|husband|"
    r"son|daughter|brother|sister|friend|neighbour|neighbor|dog|cat|gran\w*|grand\w*|uncle|"
    r"aunt\w*|cousin|partner|colleague)\s+(?:\w+\s+){0,3}?(?:died|passed|dead|gone|"
    r"death(?!\s+(?:benefits?|in\s+service|grant)))"
)


# Medicines kept ready: counted, lined up, saved, in a jar, more than enough (a medicine
# named anywhere in the message).
_KEPT_READY = re.compile(
    # (never "saving it for tonight": a dose kept for later in the day)
    r"\b(?:(?<!daylight\s)(?:saved|saving)(?!\s+(?:it|them|one|that|the\s+[\w/-]+)\s+for\s+(?:tonight|later|bed(?:time)?|"
    r"the\s+(?:evening|night|morning|weekend|flight|drive)|tomorrow|after\b))|stash\w*|stockpil\w*|hoard\w*|"
    # (never a prescription picked up: "ready to collect", "collected it from the chemist")
    r"(?<!to\s)collect(?:ing|ed)?(?!\s+(?:it|them|from|at|my\s+(?:prescription|script|repeat|meds)|"
    r"the\s+(?:prescription|script|repeat)))|hid|hide|hiding|hidden|put(?:ting)?\s+(?:[\w'/-]+\s+){0,5}?(?:aside|away|by)|set(?:ting)?\s+(?:[\w'/-]+\s+){0,5}?aside|"
    r"(?:aside|away|back)\s+(?:each|every)\s+(?:night|day|morning|evening|week)|keeping\s+back|"
    r"lined\s+up|laid\s+out|counted|counting|more\s+than\s+enough|"
    r"in\s+(?:a|the|my)\s+(?!(?:dosette|pill|weekly|daily|dose|medicine|med|meds|first\s+aid)\b)(?:\w+\s+)?(?:jar|drawer|tin|box)|"
    r"(?:a|another)\s+different\s+(?:shop|store|chemist|pharmacy)|"
    r"(?:ordered|bought|got|buying|ordering)\s+(?:a\s+load|loads|a\s+lot|boxes|a\s+stack|stacks|heaps|a\s+(?:big\s+)?bag|"
    r"a\s+bunch)\s+of|"
    r"(?:all\s+)?at\s+once|(?:\d+|two|three|four|five|"
    r"different)\s+(?:different\s+)?(?:shops|stores|chemists|pharmacies))\b"
)


# The words for a medicine, enough to decide whether the widest readings are worth running
# (which medicine it is, `medicine_named` checks where it matters).
_DOSE_WORD = re.compile(
    r"\b(?:pills?|tablets?|tabs|meds|medication|medicines?|bottle|packet|strips?|patches|capsules|"
    r"doses?|oxys?|[a-z]+(?:codone|morphine|adol|alin|entin|tyline|pam|lam|fen|amol|eine|oxen|coxib)s?)\b"
)
# "… all of them together", "take all my …": medicines taken at once, only with one
# named after it ("period and back pain together … took 2 naproxen" is no means).
_ALL_AT_ONCE = re.compile(
    # (never "drink it at 8:30 together with gabapentin": two medicines taken side by side)
    # ("should not be a problem together", "the days run together": no all-at-once)
    r"\b(?:all\s+of\s+them|(?:(?:them|all|everything|the\s+lot|whole\s+(?:box|bottle|packet|strip|pack))"
    r"\s+(?:of\s+them\s+)?)together(?!\s+with\b)|the\s+lot|every\s+(?:last\s+)?one|every\s+(?:single\s+)?(?:pill|tablet|capsule)|"
    r"(?:took|take|taking|swallow\w*)\s+all\s+(?:of\s+)?(?:my|the))\b"
)


@cache
def medicine_named() -> re.Pattern[str]:
    """A medicine said by any name the knowledge file knows, or by the words for one
    ("pills", "the bottle", "my oxys"): where medicines kept ready can be meant."""
    names = {
        name.lower()
        for drug in all_drugs()
        for name in ((drug.generic,) if drug.named else ()) + drug.brands + drug.aliases
    }
    said = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(
        r"\b(?:pills?|tablets?|tabs|meds|medication|medicines?|capsules|doses?|bottle|box|packet|"
        r"refills?|prescriptions?|scripts?|pharmacy|chemist|"
        r"blister\s+packs?|strips?|patches|oxys?|percs|" + said + r")s?\b"
    )


_PRUDENT = re.compile(
    r"\b(?:power\s+of\s+attorney|solicitor|lawyer|estate|nothing\s+morbid|(?:just\s+)?sensible|"
    r"(?:plan|planning|intend)\s+to\s+be\s+around|like\s+my\s+(?:mother|father|mum|mom|dad)\s+did|"
    r"one\s+less\s+(?:worry|thing)|pre-?paid|adulting|life\s+admin|"
    r"will\s+(?:and|&)\s+(?:my\s+|the\s+)?(?:life\s+)?(?:insurance|pension|mortgage|tax\w*|isa)|before\s+(?:the|my|a)\s+(?:\w+\s+)?(?:surgery|operation|op|procedure))\b"
)
#: "said goodbye to the old truck", "goodbye to my crutches": a thing parted with
GOODBYE_TO_A_THING = (
    r"goodbyes?\s+to\s+(?:the|my|our)\s+(?:old\s+)?(?:car|truck|ute|van|bike|house|flat|job|office|sofa|"
    r"couch|bed|mattress|phone|garden|cast|brace|crutches|walker|stick|cane|wheelchair)\b"
)
_FAREWELL_EXPLAINED = re.compile(
    r"\b(?:mov(?:e|es|ing)\s+(?:house|home|out|in|into|to|on|abroad|away)|we\s+move|new\s+(?:rental|flat|"
    r"house|place|job|baby|landlord)|allerg\w*|landlord|(?:doesn't|don't|does\s+not)\s+allow\s+pets|no\s+pets|"
    r"downsiz\w*|traded\s+(?:it\s+)?in|trade-?in|sold\s+(?:it|him|her|them)|upgrad\w*|"
    # a thing given away with a reason or an offer: "since I use the one at physio now,
    # anyone want it", "free to a good home"
    r"anyone\s+(?:\w+\s+){0,3}?want\s+(?:it|them|one)|free\s+to\s+(?:a\s+)?good\s+home|declutter\w*|"
    r"since\s+i\s+(?:use|have|got|bought)|don't\s+use\s+(?:it|them)|" + GOODBYE_TO_A_THING + r")\b"
)
# "told them I'm moving … I'm not moving anywhere": the explanation denied, the parting stands.
_COVER_DENIED = re.compile(
    r"\b(?:i'?m|i\s+am|im)\s+not\s+(?:really\s+)?(?:moving|going\s+anywhere)\b|\bnot\s+(?:actually\s+)?moving\s+"
    r"(?:anywhere|house|home|abroad)\b|\bthere'?s\s+no\s+(?:move|new\s+(?:flat|house|place|job))\b"
)
_PAPERWORK = re.compile(r"\b(?:will|funeral|affairs|order|papers)\b")
#: Somewhere to go today: "before I go" is then the outing's
_OUTING = re.compile(
    r"\b(?:physio(?:'s)?|physiotherapy|appointment|appt|gym|shift|school|church|mosque|temple|"
    r"shops?|shopping|dentist|doctor's|gp|clinic|session|class|lesson|pool|meeting|flight|"
    r"airport|train|party|wedding|the\s+(?:office|pub|park|match|game))\b"
)
_BEFORE_I_GO = re.compile(r"\bbefore\s+i\s+go\b")
_CHEAP_ANCHORS = (
    ("wish_dead", _WISH_DEAD),
    ("self_harm_said", _SELF_HARM_SAID),
    ("self_harm", _SELF_HARM),
    ("place", _PLACE),
    ("kept", _KEPT_READY),
    ("kept", _ALL_AT_ONCE),
    ("farewell", _FAREWELL),
    ("final", _FINAL),
    ("final", _TIMED_ACT),
    ("final_said", _FINAL_SAID),
    ("final_said", SECRET_GOODBYE),
    ("wish_dead", PROVIDED_AFTER),
)
_WIDE_ANCHORS = (("gone", _GONE), ("means", _MEANS_READY))
_ANCHORS = _CHEAP_ANCHORS + _WIDE_ANCHORS
_NAMES = {pattern: name for name, pattern in _ANCHORS}
#: Anchors whose grammar puts another person beside the writer's own end.
WRITERS_BY_GRAMMAR = (SECRET_GOODBYE, PROVIDED_AFTER)

# The writer taking a third-person question or sentence back ("asking for a friend? no,
# for me", "not hypothetically", "that's me", "(she = me)").
_SAID_OF_MYSELF = re.compile(
    r"\b(?:it'?s|it\s+(?:was|is))\s+for\s+me\b(?!\s+to\b)|\basking\s+for\s+(?:me|myself)\b|"
    r"\bfor\s+(?:me|myself)\s+only\b|\bnot\s+(?:really\s+)?(?:a\s+)?hypothetical(?:ly)?\b|"
    r"\bthat'?s\s+me\W*$|\b(?:she|he|they)\s*=\s*me\b|\bi\s+mean\s+me\b|\bthe\s+someone\s+is\s+me\b|"
    r"\bi'?m\s+the\s+someone\b|\bnot\s+asking\s+for\s+a\s+friend\b|\b(?:it|this)\s+is\s+about\s+me\b"
)
# An absence said to last ("if I'm not around … like, permanently"): weighed beside one.
_FOR_GOOD = re.compile(
    r"\b(?:permanently|for\s+good|for\s+ever|forever)\b(?!\s+(?:weather|food|reasons?|cause|measure|"
    r"luck|company|behaviou?r|health|sleep|posture|days?|news))|"
    r"\b(?:a\s+lot\s+|much\s+|way\s+)longer\s+than\s+(?:a\s+while|they\s+think|(?:she|he)\s+thinks)\b"
)
# A day named as the one after which ("after the kids' birthday I won't need the
# refills"): weighed beside a farewell or a plan.
_AFTER_THE_DAY = re.compile(
    r"\b(?:after|once|when|past)\s+(?:the|this|my|her|his|their|our)\s+(?:[\w']+\s+){0,2}?"
    r"(?:birthday|wedding|christmas|holidays?|visit|anniversary|graduation|exams?|funeral|box|"
    r"bottle|pack|script|prescription)\b"
)
_SUPPORT = (
    ("after_the_day", _AFTER_THE_DAY),
    ("hopeless", _HOPELESS),
    ("wish", _WISH),
    ("plan", _PLAN),
    ("rehearsed", _REHEARSED),
    ("for_good", _FOR_GOOD),
)


def says_safe(low: str) -> bool:
    """ "I'm safe, just a rough night", "not suicidal, just venting": said plainly and not
    taken back."""
    return bool(SAID_SAFE.search(low) and not _UNSAID.search(low))


# After the crisis reply, the words said to have been misread: "I wasnae meaning anything
# like that", "that came out wrong", "not in that way, I just meant I'm tired". (Never
# "I won't do anything": an act denied leaves the wish standing.)
_NOT_MEANT = re.compile(
    r"\b(?:didn'?t|did\s+not|didnae|wasn'?t|was\s+not|wasnae|never|not)\s+(?:really\s+)?"
    r"(?:mean(?:ing|t)?|saying)\s+(?:it\s+|that\s+|anything\s+|owt\s+|aught\s+)?"
    r"(?:like\s+(?:that|this)|(?:in\s+)?that\s+way|literally|that|anything\s+(?:by\s+it|bad|serious))\b|"
    r"\b(?:came|come)\s+out\s+wrong\b|\bnot\s+(?:what|how)\s+i\s+meant\b|"
    r"\bnot\s+(?:like\s+that|in\s+that\s+way|that\s+way)\b|"
    r"\b(?:you\s+)?(?:misunderstood|misread|took\s+(?:it|that|me)\s+(?:the\s+)?wrong)\b|"
    r"\bwrong\s+end\s+of\s+the\s+stick\b|\bjust\s+(?:a\s+)?(?:saying|turn\s+of\s+phrase)\b|"
    # Nigerian English: "abeg no mind me, i dey fine. na just stress" (Sandbox, Lagos)
    r"\b(?:no|don'?t|dont)\s+mind\s+me\b|\bi\s+dey\s+(?:fine|ok|okay|alright)\b"
)


def says_not_meant(low: str) -> bool:
    """ "I wasnae meaning anything like that": what was read as thoughts of suicide said,
    after the reply, to have been misread (and not taken back again)."""
    return bool(_NOT_MEANT.search(low) and not _UNSAID.search(low))


def said_safe_or_long_past(low: str) -> bool:
    """ "I'm safe, just venting", "used to think that, therapy sorted it": said plainly,
    no reading of suicidal thoughts stands against it (unless they are back again)."""
    return bool((SAID_SAFE.search(low) and not _UNSAID.search(low)) or long_past_and_well(low))


def long_past_and_well(low: str) -> bool:
    """Thoughts told as long past, the writer well now, and nothing saying they are back
    ("… but lately it's back" keeps the flag)."""
    return bool(LONG_AGO.search(low) and WELL_NOW.search(low) and not _BACK_AGAIN.search(low))


_BACK_AGAIN = re.compile(
    r"\b(?:again|lately|recently|these\s+days|tonight|but\s+now|returned|relaps\w*|coming\s+back|"
    r"it's\s+back|they're\s+back)\b"
)


def said_of_myself(low: str) -> bool:
    """Whether the writer says a question or sentence put in the third person is about
    themselves ("what if someone took them all? it's for me")."""
    return bool(_SAID_OF_MYSELF.search(low))


def prudent_planning(text: str) -> bool:
    """A will, a funeral plan or papers put in order as sensible planning ("with the
    solicitor", "one less thing for the kids", "before the operation")."""
    return bool(_PRUDENT.search(text))


def about_a_story(low: str) -> bool:
    """A film, a book, a song, the news: someone else's story."""
    return bool(_STORY.search(low))


def suicidal_anchors(low: str) -> list[tuple[str, re.Match[str]]]:
    """Where normalised text speaks of the writer's death, a means or a farewell, when its
    cues together weigh enough to be read as thoughts of suicide: (sentence, match) pairs
    for the red-flag reader's context rules (negation, other people) to judge."""
    said = [
        (sentence, _IDIOM.sub(lambda m: " " * len(m.group()), sentence))
        for sentence in sentences(low)
        if not (_STORY.search(sentence) or _OTHER_DIES.search(sentence))
    ]
    cues = {name for _, plain in said for name, pattern in _SUPPORT if pattern.search(plain)}
    # Each sentence, and each two in a row: a cue said across a full stop ("woke up
    # again. unfortunately.") is one cue.
    anchors = _found(said, _CHEAP_ANCHORS) or _found(_in_twos(said), _CHEAP_ANCHORS)
    if not anchors and "plan" in cues:
        decided = _decided(said, cues)
        if decided and not said_safe_or_long_past(low):
            return decided
    if cues or anchors or _DOSE_WORD.search(low):
        # The two widest readings cost the most: only where something else is said.
        anchors += _found(said, _WIDE_ANCHORS)
    if not anchors or said_safe_or_long_past(low):
        return []
    anchors = _meant(low, [plain for _, plain in said], cues, anchors)
    covered = bool(_COVER_DENIED.search(low))
    if _FAREWELL_EXPLAINED.search(low) and not covered:
        # "rehoming our cat cos the new rental doesn't allow pets", "said goodbye to the
        # old truck, traded it in": a move or a swap, not a parting
        anchors = [(t, m) for t, m in anchors if m.re is not _FAREWELL]
    if _PRUDENT.search(low):
        # "got my will done and power of attorney sorted. Big relief": planning, not parting
        anchors = [(t, m) for t, m in anchors if not _PAPERWORK.search(m.group())]
    if _OUTING.search(low):
        # "physio's at 4, might take a nurofen before I go": going out, not going
        anchors = [(t, m) for t, m in anchors if not _BEFORE_I_GO.search(m.group())]
    if "for_good" in cues and not _for_good_apart(said, anchors):
        cues.discard("for_good")  # "sleep forever" is one cue, not two
    cues |= {_NAMES[m.re] for _, m in anchors}
    weight = sum(_WEIGHTS[c] for c in cues)
    farewells = {m.group() for _, m in anchors if m.re is _FAREWELL}
    if said_of_myself(low):
        weight += 1  # "what if someone took them all? it's for me": a disclosure made
    if len(farewells) > 1 or (farewells and covered):
        # letters written *and* "for after": two acts of leaving; or a parting covered by
        # a story the writer then denies
        weight += 1
    return anchors if anchors and weight >= 3 else []


#: A decision with its object said: about something else ("decided to stop physio").
_DECIDED_WHAT = re.compile(
    r"\s*(?:to|on|that|against|not|which|what|how|whether|if|between|about|for|it'?s|my|the)\b|"
    # "i've decided, i'm seeing a surgeon" (never "…, i'm done" / "at peace")
    r"\s*[,:-]?\s*(?:i'?m|i\s+am|i'?ll|i\s+will|we'?re|we'?ll)\s+(?!(?:not|done|gone|out|ready|at\s+peace|"
    r"finished|going\s+to\s+do\s+it)\b)\w+ing\b"
)


def _in_twos(said: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each two sentences in a row, as one (none for a message of one sentence)."""
    return [(f"{a} {b}", f"{pa} {pb}") for (a, pa), (b, pb) in zip(said, said[1:], strict=False)]


def _decided(said: list[tuple[str, str]], cues: set[str]) -> list[tuple[str, re.Match[str]]]:
    """A plan said with no word of death (C-SSRS intent and plan): a decision beside
    hopelessness ("I can't keep going. I've decided."), beside a rehearsal ("thought about
    it properly this time"), or two plans at once ("made up my mind. this weekend's the
    one"). The plan's words are the anchors the red-flag reader judges in context."""
    plans = [
        (sentence, m)
        for sentence, plain in said
        for m in _PLAN.finditer(plain)
        if not _DECIDED_WHAT.match(plain, m.end())  # "I've decided to quit physio"
    ]
    told = {m.group() for _, m in plans}
    if plans and (cues & {"hopeless", "rehearsed"} or len(told) > 1):
        return plans
    return []


def _for_good_apart(said: list[tuple[str, str]], anchors: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether "for good" / "permanently" is said outside the anchors' own words."""
    spans = [(sentence, m.span()) for sentence, m in anchors]
    return any(
        not any(t == sentence and a <= m.start() < b for t, (a, b) in spans)
        for sentence, plain in said
        for m in _FOR_GOOD.finditer(plain)
    )


def _found(
    said: list[tuple[str, str]], patterns: tuple[tuple[str, re.Pattern[str]], ...]
) -> list[tuple[str, re.Match[str]]]:
    return [
        (sentence, m) for sentence, plain in said for _, p in patterns for m in p.finditer(plain)
    ]


# "naproxen 2 at once tonight", "took two tramadol at once": a dose of a few tablets
# together, never medicines kept ready (Sandbox: the crisis reply to a dose told)
_A_FEW_AT_ONCE = re.compile(
    r"\b(?:[1-4]|one|two|three|four|a\s+couple(?:\s+of)?|both)\s+(?:[\w/-]+\s+){0,3}?at\s+once$"
)


def _a_dose_at_once(sentence: str, m: re.Match[str]) -> bool:
    """Whether the anchor is "at once" said of a few tablets taken together."""
    return (
        m.re is _KEPT_READY
        and m.group().startswith("at")
        and _A_FEW_AT_ONCE.search(sentence[: m.end()]) is not None
    )


def _meant(
    low: str, plains: list[str], cues: set[str], anchors: list[tuple[str, re.Match[str]]]
) -> list[tuple[str, re.Match[str]]]:
    """The anchors that stand: medicines kept only with a medicine named, a place only
    lingered at with intent, harm to one's body only when meant (which adds a wish)."""
    dropped: set[re.Pattern[str]] = set()
    kept = any(m.re is _KEPT_READY for _, m in anchors)
    if kept and not medicine_named().search(low):
        dropped.add(_KEPT_READY)  # "counted the days", "in the drawer": no medicine kept
    lingered = any(_LINGER_MEANT.search(plain) for plain in plains) or (
        any(_LINGER.search(plain) for plain in plains)
        and (cues & {"wish", "hopeless"} or any(m.re is _GONE for _, m in anchors))
    )
    if not lingered:
        dropped.add(_PLACE)  # "stood on the bridge watching the boats"
    if _ON_PURPOSE.search(low):
        if any(m.re is _SELF_HARM for _, m in anchors):
            cues.add("wish")
    else:
        dropped.add(_SELF_HARM)  # "burnt my arm on the oven": an accident, not harm meant
    return [
        (t, m)
        for t, m in anchors
        if m.re not in dropped
        and not _a_dose_at_once(t, m)
        and (
            m.re is not _ALL_AT_ONCE
            or medicine_named().search(t, m.end())
            or medicine_named().search(m.group())  # "every tablet in the house"
        )
    ]
