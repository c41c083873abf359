"""Whose report a clause is (ConText's experiencer): "my husband's back is a 7", "my
daughter took two paracetamol" tell of someone else, and are not the writer's record.

Red flags are read apart (bot.parsing.redflags): signs of an overdose a carer sees must
still be answered. Here only what would be recorded as the writer's own is held back.
"""

from __future__ import annotations

import re

from bot.parsing.redflags import FIRST_PERSON
from bot.parsing.suicidal_screen import medicine_named
from bot.parsing.text import clauses

__all__ = [
    "KIN",
    "asks",
    "given_to_another",
    "plans_activity",
    "someone_elses",
    "swallowed_by_another",
    "their_dose",
]

KIN = (
    r"husband|wife|partner|son|daughter|kids?|children|child|baby|mum|mom|mother|dad|father|"
    r"brother|sister|friend|neighbou?r|nan|gran|grandma|grandad|grandpa|aunt|uncle|cousin|boss|"
    r"colleague|co-?worker|workmate|flatmate|roommate|housemate|boyfriend|girlfriend|fiance|"
    r"fiancee|hubby|missus|niece|nephew|grandson|granddaughter|teenager|toddler|dog|cat|lad|lass|"
    r"boy|girl|youngest|eldest"
)
# The clause opens with someone else as its subject.
_OTHER_SUBJECT = re.compile(
    # (after a greeting or a form of address: "madam my father is also having…")
    r"^(?:(?:madam|ma'?am|sir|doc|doctor|dr|hi|hello|hey|dear)\W+)?"
    r"(?:and\s+|so\s+|but\s+|also\s+|plus\s+)?(?:(?:my|our|the|me)\s+(?:" + KIN + r"|mam)(?:'s|s)?"
    # "mum took her tylenol at 8": the family said without "my"
    r"|(?:mum|mom|mam|dad|hubby|nan|gran|grandma|grandad|grandpa|wife|husband|missus|partner|son|"
    r"daughter)(?='s\b|\s+(?!and\b|or\b|n\b|i\b|&)[a-z])"
    # a pet said bare, by what it did: "cat slept 16 hrs today" (never "dog walk at 7")
    r"|(?:cat|dog|puppy|kitten)(?=\s+(?:slept|sleeps|napped|is|was|has|had|ate)\b)"
    # "mate at work reckons his sciatica's a 9", "her pain is 8 she says"
    r"|(?:mate|pal|buddy|bestie)(?=\s+(?:at|from|of|says|said|reckons|has|had|is|was)\b)"
    r"|(?:his|her|their)\s+(?=(?:pain|back|sciatica|leg|legs|neck|hip)\b)"
    # "mums sciatica is a 9": the possessive typed without its apostrophe
    r"|(?:mums|moms|mams|dads|nans|grans|hubbys|wifes|husbands|sons|daughters)(?=\s+[a-z])"
    r"|(?:he|she)(?:'s|\s+is|\s+was|\s+has|\s+had)?)\b"
)
# ... unless the writer is in it too, or it only reports what they say of the writer.
_WRITER_TOO = re.compile(
    # (not "my sister says her neck is a 6": what they say of themselves)
    r"^\W*(?:and\s+(?:i|me)\b|(?:says|said|thinks|thought|noticed|reckons)\b"
    # (not "he says its a 9", "she says 8 out of 10": their own pain, rated by them)
    r"(?!\s+(?:that\s+)?(?:her|his|their|she|he|they|its|it's|it\s+is|it\s+was|\d|an?\s+\d)\b)|"
    r"(?:told\s+me|tells\s+me|"
    r"made\s+me|gave\s+me|got\s+me|helped\s+me|"
    # a carer writing for the person the bot follows: "he rates it a four this evening"
    r"rates|rated|scores|scored|puts\s+it|put\s+it)\b)"
)
_WORDS_NEAR = 6
# Their own dose: the subject right before a taking or skipping verb.
_THEIR_DOSE = re.compile(
    r"\W*(?:\w+\s+)?(?:took|takes|taking|has\s+taken|had|has|forgot|forgets|skipped|skips|missed|misses|"
    # "mum keeps skipping her arthritis tablets", "my flatmate ran out of her antidepressants"
    r"(?:keeps?\s+|kept\s+)?(?:skipping|missing|forgetting)|ran\s+out|runs\s+out|has\s+run\s+out|is\s+out|"
    # "my wife slept through her tramadol": her dose slept past, not the writer's
    r"slept\s+(?:right\s+)?(?:through|thru)|"
    r"nicked|stole|pinched|swiped|helped\s+(?:him|her|them)sel(?:f|ves)\s+to|"
    r"is\s+on|'s\s+on|was\s+on|uses|used|swallowed|ate|eaten|chewed|got\s+(?:into|hold\s+of))\b"
)
# "one of my oxys", "from my stash": the writer owns the medicine, someone else took it
_MINE_TAKEN = re.compile(
    r"\b(?:(?:one|two|some|a\s+couple|half|few|all)\s+)?(?:of|from|into)\s+my\b"
)


def someone_elses(clause: str) -> bool:
    """Whether the clause tells of another person, not the writer ("my son slept 10
    hours straight", "he's at a 7 today")."""
    m = _OTHER_SUBJECT.match(clause)
    if m is None:
        return False
    if _swallowed_in(clause) is not None:
        return True  # "my husband took my pregabalin by mistake": theirs to swallow, not mine
    rest = clause[m.end() :]
    if _WRITER_TOO.match(rest):
        return False
    near = _MINE_TAKEN.sub(" ", " ".join(rest.split()[:_WORDS_NEAR]))
    return not FIRST_PERSON.search(near)


def their_dose(clause: str) -> bool:
    """Whether the clause's dose is the other person's ("my daughter took two paracetamol
    for her period pain", "my husband forgot his tablets")."""
    m = _OTHER_SUBJECT.match(clause)
    return m is not None and someone_elses(clause) and bool(_THEIR_DOSE.match(clause, m.end()))


# Someone else swallowed a medicine that was not theirs: a child, a partner or a pet got
# into the writer's tablets ("my son swallowed one of my tramadol by mistake", "the dog
# ate a gabapentin off the floor").
_SWALLOWED = re.compile(
    r"\W*(?:\w+\s+)?(?:swallowed|ate|eaten|chewed|got\s+(?:into|hold\s+of)|has\s+(?:taken|had|eaten|swallowed)|"
    r"(?:took|had)\b(?=.*\b(?:by\s+(?:mistake|accident)|accidentally|thought\s+(?:it|they)\s+(?:was|were)\s+"
    r"(?:sweets|candy|a\s+sweet))\b))"
)
_THEIR_OWN = re.compile(r"\b(?:his|her|their|its)\s+(?:own\s+)?$")
_PET = re.compile(
    r"^(?:and\s+|so\s+|but\s+|oh\s+no\W+)?(?:my|our|the)\s+(?:dog|cat|puppy|kitten)\b"
)


# A carer's hand, kin only: a carer who writes for the person the bot follows names them
# ("Gave Tom his gabapentin and 2 Tylenol at 9:30"), and those are the doses to record
_GIVEN_TO_ANOTHER = re.compile(
    r"(?:\b(?:gave|give|giving|given|handed|passed)\s+(?:my\s+|the\s+|our\s+)?(?:"
    + KIN
    + r"|mam)\s+"
    # ("gave my daughter 5ml calpol": hers too, her own word or not)
    r"(?:her\s+|his\s+|their\s+)?|"
    # "helped dad put his lidocaine patch on", "put dad's patch on for him"
    r"\bhelp(?:ed|ing)?\s+(?:my\s+|our\s+)?(?:"
    + KIN
    + r"|mam)\s+(?:to\s+)?(?:put|take|get|stick|apply)\s+"
    r"(?:on\s+)?(?:her|his|their)\s+|"
    r"\b(?:put|stuck|applied|changed)\s+(?:on\s+)?(?:my\s+|our\s+)?(?:" + KIN + r"|mam)'s\s+|"
    # "dad's nurse gives him his morphine at 8": given to him
    r"\b(?:gives|gave|giving|give)\s+(?:him|her|them)\s+(?:his|her|their)\s+)"
    r"(?:[\w'.]+\s+){0,3}?$"
)
_REACH = 100


def given_to_another(clause: str, end: int) -> bool:
    """Whether the words just before `end` (where a medicine is named) give it to kin:
    "gave mum her tramadol at 8" is her dose, given by the writer."""
    return bool(_GIVEN_TO_ANOTHER.search(clause, max(0, end - _REACH), end))


def swallowed_by_another(low: str) -> str | None:
    """ "person" or "pet" when normalised text tells of someone else swallowing a medicine
    that was not theirs, else None (their own dose, "my wife took her tylenol", is not)."""
    return next((who for c in clauses(low) if (who := _swallowed_in(c)) is not None), None)


def _swallowed_in(clause: str) -> str | None:
    m = _OTHER_SUBJECT.match(clause)
    took = _SWALLOWED.match(clause, m.end()) if m is not None else None
    if took is None:
        return None
    named = medicine_named().search(clause, took.end())
    if named is None or _THEIR_OWN.search(clause, took.end(), named.start()):
        return None  # "my son ate his dinner", "my daughter took her own paracetamol"
    return "pet" if _PET.match(clause) else "person"


# A question about something, not a report of it: "should I be walking more than 20
# minutes a day?", "what counts as a 5 on your scale?", "is 6 hours of sleep enough?"
_QUESTION = re.compile(
    # (after a filler or a courtesy: "like is 6 too many", "please what does 7 mean")
    r"^\W*(?:(?:like|please|pls|so|and|but|sir|madam|doctor|doc|um+|hmm+)\W+)*"
    r"(?:(?:what|how|why|which|whats|what's)\s+|(?:should|shall|does|do|is|are|can|could|"
    r"would)\s+(?:i|you|it|this|that|there|we|my|the|a|an|\d+)\b|"
    # "if my pain is still a 6 after the injection is that normal?": a case put, asked
    r"if\s+(?:my|the|i|it)\b)"
)
# A plan, not a deed: "planning to go swimming on Saturday", "going for a walk once I've
# sent this", "physio appointment on Thursday"
_PLAN = re.compile(
    r"\b(?:planning|plan\s+to|going\s+for\s+a|gonna|hoping\s+to|want\s+to|wanna|will|i'll|"
    r"try(?:ing)?\s+to|says?\s+i\s+should|should\s+do|tomorrow|tmrw|tmr|tomoz|next\s+week|from\s+next|"
    r"(?:on|next)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|once\s+i've|"
    # "physio later", "walk later today": still to come today (never "…later that day")
    r"later(?:\s+(?:today|tonight|this\s+(?:afternoon|evening))\b|(?=\s*(?:on)?\W*$))|"
    # Tagalog "mamaya": later today
    r"mamaya|"
    # "physio thurs 4pm": a day and a clock time ahead
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\s+"
    r"(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm))\b"
)
_DONE = re.compile(
    r"\b(?:walked|swam|did|done|went|managed|had\s+a|finished|completed|(?<!later\s)today|this\s+morning|"
    r"earlier|yesterday|last\s+night|then)\b"
)


#: Words said before a question ("wait, did I…", "sir kindly tell whether…").
QUESTION_OPENERS = (
    r"remind\s+me|quick\s+question|sorry|wait|hmm+|oh|sir|madam|kindly|please|pls|btw|like"
)
#: Asking someone to look at the record: "any idea", "can you check", "let me know" (if…).
ASKS_THE_RECORD = (
    r"any\s+idea|(?:do|does)\s+(?:you|anyone)\s+know|(?:(?:can|could)\s+you\s+)?(?:tell|check|confirm|see)"
    r"(?:\s+me)?|let\s+me\s+know"
)
#: Whom a carer writes about: "mum", "my dad", "your husband".
_CARED_FOR = (
    r"(?:(?:my|our|your|his|her)\s+)?(?:mum|mom|mam|mama|mother|dad|da|papa|father|wife|husband|"
    r"partner|son|daughter|gran|granny|grandma|grandad|grandpa|nan|nana)"
)
# A question about a dose, asked or wondered aloud, question mark or none: "is it ok to
# skip the muscle relaxant tonight", "what happens if I miss a dose", "not sure if I took
# my lyrica this morning", "can't remember if I had my 8pm naproxen".
_DOSE_QUESTION = re.compile(
    r"^\W*(?:(?:" + QUESTION_OPENERS + r"|question|hey|hi|so|um+|also|ok|okay|doctor)\W+)*"
    r"(?:(?:did|have|had|should|shall|can|could|may|do|would|will)\s+i\b"
    # "can I take it in 10": asked for a little time, not a question about the dose
    r"(?!\s+(?:take|have)\s+(?:it|them|mine)\s+in\s+(?:\d|an?\s|half|ten|twenty|thirty|fifteen))|"
    # a carer's "should she take it now?", "can mum have another one": asked, not told
    r"(?:should|shall|can|could|may|would|does|do)\s+(?:s?he|we|they|" + _CARED_FOR + r")\s+"
    r"(?:take|have|get|try|skip|stop|miss|double|use)\b|"
    # "would half a flexeril tonight be too much with the tramadol?"
    r"(?:would|will|could|is|does)\s+(?:[\w/-]+\s+){1,6}?(?:be\s+)?(?:too\s+(?:much|many|soon|strong)|ok|okay|safe|"
    r"alright|a\s+problem|dangerous)\b|thinking\s+(?:maybe|perhaps|i\s+(?:might|may|could|should))\b|"
    r"is\s+it\s+(?:ok|okay|alright|"
    r"safe|fine|bad|normal)|is\s+that\s+(?:ok|okay|alright|safe|fine)|any\s+reason\s+i|"
    r"what\s+(?:happens|if|should|do\s+i)|when\s+(?:should|can|do)\s+i|how\s+(?:many|much|long|soon|late)\b|"
    # "which signs go show say person don take too much tramadol?": the signs asked about
    r"(?:what|which)\s+(?:are\s+)?(?:the\s+)?(?:signs?|symptoms?)\b|"
    # "whats the max tylenol i can take with meloxicam"
    r"what(?:'s|s|\s+is)\s+the\s+(?:max(?:imum)?|most|limit|highest|safe\s+(?:dose|amount)|"
    r"right\s+dose|usual\s+dose)\b|"
    r"if\s+i\s+(?:skip|miss|take|have|stop|double|forget)|"
    r"(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?remind\s+me\s+(?:if|whether|what|when|which|how\s+(?:many|much))\b|"
    r"(?:was|were|am|are)\s+(?:i|we)\s+(?:meant|supposed)\s+to\b|"
    r"(?:" + ASKS_THE_RECORD + r")\s+(?:if|whether)\b|"
    r"not\s+sure\s+(?:if|whether)|(?:can't|cant|cannot|don't|dont|do\s+not)\s+(?:remember|recall|know)\s+"
    r"(?:if|whether)|wondering\s+(?:if|whether)|thinking\s+(?:about|of)\s+(?:skipping|taking|stopping|"
    r"having|missing))"
)


# "meds taken?", "lyrica done?": a report's words with a question mark ask for the record
_TAKEN_ASKED = re.compile(
    r"^\W*(?:(?:my|the|all|your|evening|morning)\s+)*[\w-]+\s+(?:taken|done|had)\W*$"
)


# "was the diclofenac at 8 or 9 this morning?": the record asked for, with a question mark
_WAS_IT_ASKED = re.compile(r"^\W*(?:wait\W+)?(?:was|were)\s+(?:it|that|this|the|my)\b")


def asks_about_dose(clause: str, asked: bool) -> bool:
    """Whether the clause asks or wonders about a dose instead of reporting one."""
    return bool(_DOSE_QUESTION.match(clause)) or (
        asked
        and bool(
            _TAKEN_ASKED.match(clause) or _WAS_IT_ASKED.match(clause) or _WHICH_ASKED.match(clause)
        )
    )


# "just the ibuprofen?", "only one?": asking which, not saying
_WHICH_ASKED = re.compile(r"^\W*(?:just|only)\s+(?!took|taken|had)")


# "remind me, did I have the oxy at lunch?": the words open the question that follows
_OPENS_A_QUESTION = re.compile(
    r"^\W*(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?remind\s+me(?:\s+(?:please|pls))?\W*$"
)


def opens_dose_question(clause: str, following: str | None, following_asked: bool) -> bool:
    """Whether a bare "remind me" opens the dose question said after it, rather than
    asking for a reminder later."""
    return (
        following is not None
        and bool(_OPENS_A_QUESTION.match(clause))
        and asks_about_dose(following, following_asked)
    )


def asks(clause: str, asked: bool) -> bool:
    """Whether the clause is a question (`asked`: it ends with "?") about something
    rather than a report of it."""
    return asked and bool(_QUESTION.match(clause))


def plans_activity(clause: str) -> bool:
    """Whether an activity in the clause is still to come ("will try the new stretches
    tomorrow"), not done."""
    return bool(_PLAN.search(clause)) and not _DONE.search(clause)
