"""Dose events in a clause (taken, skipped, snoozed), snooze lengths, skip reasons and
bare affirmations ("yes", "✅")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from bot.knowledge import get_drug, multiword_names
from bot.parsing.at_once import a_limit_told, counted_at_once
from bot.parsing.detect_other import sleep_hours_alone
from bot.parsing.dose_times import first_before
from bot.parsing.drug_kinds import names_a_kind, one_pill_by_its_look
from bot.parsing.experiencer import KIN, given_to_another
from bot.parsing.findings import DoseEvent, Found, Named
from bot.parsing.intents import DoseStatus, SkipReason
from bot.parsing.medications import Meds, Mention
from bot.parsing.numbers import (
    amount_before,
    amounts_in,
    bare_amount,
    clock_after_dose,
    clock_after_name,
    count_after,
    count_before,
    count_in,
    count_marked_after,
    count_value,
    minutes_of,
    strength_said_as_count,
    to_float,
)
from bot.parsing.other_plan import another_plan_waits
from bot.parsing.patterns import (
    ACTIVITY_FALSE,
    ACTIVITY_RE,
    AFFIRM,
    AFFIRM_CORE,
    AFFIRM_EMOJI,
    AFFIRM_FILLER,
    AMOUNT,
    CHANGE_OF_MED,
    COUNT_X,
    DOSE_OBJECT_WORDS,
    EFFECT_OF_MED,
    FORGOT_NOT_SKIP,
    FUTURE,
    HAD_DOSE,
    JUST_NOW,
    LATER_FALSE,
    MED_AFFIRM,
    MOVED_MED,
    MOVED_TO,
    NEG_TAKEN,
    NEGATE_ALONE,
    NO_MED,
    NO_NEED,
    NOT_A_LOG,
    NOT_A_MEDICINE_ON_THE_SKIN,
    NOT_DOSE_OBJECT,
    OBJECT,
    ON_THE_SKIN,
    ONLY_DURATION,
    OUT_OF_FALSE,
    PATCH_WORD,
    PILL_RE,
    REASONS,
    SKIP_VERB,
    SNOOZE,
    SNOOZE_MIN,
    TAKEN_VERB,
    TIMES_TAKEN,
    TOKEN,
    TWICE,
    UNIT_MAP,
    VAGUE_WAIT,
    WAIT_FILLER,
    WHEN_DONE,
    WORDISH,
    YET,
)
from bot.parsing.plan_ahead import planned_for_later
from bot.parsing.spans import mask
from bot.parsing.spelling import is_english_word
from bot.parsing.temporality import another_occasion, as_a_rule, goes_with_a_meal
from bot.parsing.timephrases import TimeScan, resolve_scan, scan_time, taken_when
from bot.parsing.total_as_units import as_units_of_the_total
from bot.parsing.two_doses import one_medicine_twice
from bot.parsing.vocabulary import PILL_WORDS

# A medicine said not to be working ("the norco isnt doing much today")
_NOT_HELPING = re.compile(
    r"(?:'s)?\s+(?:isn't|isnt|is\s+not|is\s+n't|aren't|arent|doesn't|doesnt|does\s+not|didn't|didnt|"
    r"did\s+not|not|never|ain't)\s+(?:really\s+|even\s+)?(?:doing\s+(?:much|anything|a\s+thing|it)|working|"
    r"helping|help|touch(?:ing)?\s+it|cutting\s+it|do\s+(?:much|anything|a\s+thing))\b|"
    r"(?:'s)?\s+(?:is|was)\s+(?:useless|rubbish|not\s+enough|no\s+good)\b"
)
# A word or phrase that says what happened to a dose: (start, end, status).
_Verb = tuple[int, int, DoseStatus]


def dose_events(
    clause: str, idx: int, meds: Meds, now: datetime, zone: ZoneInfo, tscan: TimeScan
) -> list[DoseEvent]:
    """Dose events in one clause: verbs split it into segments, meds attach to them."""
    # ("… the norco isnt doing much today": a medicine judged, not a dose of it)
    mentions = [m for m in meds.mentions(clause) if not _NOT_HELPING.match(clause, m.end)]
    verbs = _verbs(clause, mentions, tscan)
    if not verbs:
        return []
    verbs = [_as_planned(clause, v, mentions, tscan, now, zone) for v in sorted(verbs)]
    events: list[DoseEvent] = []
    for i, verb in enumerate(verbs):
        seg_start = 0 if i == 0 else verb[0]
        seg_end = verbs[i + 1][0] if i + 1 < len(verbs) else len(clause)
        found = _segment_events(clause, idx, mentions, seg_start, seg_end, verb, now, zone, tscan)
        if events and found:
            the_timed_one(clause[seg_start:seg_end], found, events[-1])
        if events and found and _ANOTHER_OF_IT.match(clause, verb[1]):
            _of_the_last(found, events[-1])
            if found[0].at is not None:
                # "took naproxen at 8 and took another at 2" at night: 08:00, then 14:00
                first_scan = scan_time(clause[:seg_start])
                second = datetime.fromisoformat(found[0].at)
                events[-1].at = first_before(events[-1].at, second, first_scan, zone)
        if verb[2] == "taken" and _TAKEN_LATE.match(clause, verb[0]):
            for event in found:
                event.at = event.at or _when_late(clause, now, zone)
        events.extend(found)
    for event in events:
        as_units_of_the_total(clause, event)  # "600mg so two of the 300s"
        if event.medication is None and event.count is None and one_pill_by_its_look(clause):
            event.count = 1.0  # "took the little white one": one of what is due, not all
    return events


def _as_planned(
    clause: str,
    verb: _Verb,
    mentions: list[Mention],
    tscan: TimeScan,
    now: datetime,
    zone: ZoneInfo,
) -> _Verb:
    """A dose told as taken with no verb of it done, for a part of the day still to come
    ("naproxen x2 tonight" at 15:00): still to come, as "will take" is."""
    if verb[2] != "taken":
        return verb
    bare = any((m.start, m.end) == verb[:2] for m in mentions)
    said = None if bare else clause[verb[0] : verb[1]]
    if planned_for_later(clause, said, tscan, now, zone):
        return (verb[0], verb[1], "snoozed")
    return verb


# "took tramadol 50 at 2, took another at 8": a second taking verb, "another" of the last
_ANOTHER_OF_IT = re.compile(
    r"\s+(?:another|one\s+more|the\s+same|again)\b(?!\s+(?:of\s+)?[a-z]{4,})"
)


# "skipped the 10pm one", "didn't take the 12 one", "missed the lunchtime dose": another
# dose of the medicine just named, at its own time of day
_THE_TIMED_ONE = re.compile(
    r"\b(?:(?:the|my)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|second|2nd|third|3rd|last|later|next)|"
    r"(?:(?:the|my)\s+)?(?:noon|midday|morning|lunchtime|lunch|afternoon|evening|night|nighttime|"
    r"bedtime|teatime|dinner|dinnertime))\s+(?:one|dose|tablet|pill|cap|capsule)\b"
)


def the_timed_one(text: str, found: list[DoseEvent], last: DoseEvent) -> None:
    """Doses of "the 2pm one" with no medicine named are of the medicine just named ("…at
    8, skipped the 2pm one")."""
    if last.medication is None or not _THE_TIMED_ONE.search(text):
        return
    for event in found:
        if event.medication is None:
            event.medication, event.product = last.medication, last.product


def _of_the_last(found: list[DoseEvent], last: DoseEvent) -> None:
    """Doses said as "another" with no medicine named are of the medicine just taken."""
    for event in found:
        if event.medication is None and event.status == "taken" and last.status == "taken":
            event.medication, event.product = last.medication, last.product
            event.amount, event.unit = event.amount or last.amount, event.unit or last.unit
            event.part = last.part + 1  # a dose of its own, never merged into the last


# A dose supposed, not told: "if I took my whole fortnight of it…", "what would happen if
# a person took…", "is it ok if I take…"
# The reminder itself spoken of as a standing thing: its time asked to change, one asked
# to be added every day (never "send me a reminder at 9", a wait asked for once)
_THE_REMINDER_ITSELF = re.compile(
    r"\b(?:reminders?|alarms?|notifications?)\b(?=.*\b(?:instead|every\s*day|daily|weekdays|"
    r"weekends|each\s+(?:day|morning|night)|too\s+(?:early|late)|from\s+now\s+on|come\s+at|make\s+it|"
    r"move|change|earlier|later\s+on)\b)|\b(?:add|set\s+up|create)\s+(?:a\s+|another\s+)?"
    r"(?:reminder|alarm)\b(?=.*\b(?:every|daily|each)\b)"
)
_SUPPOSED = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:what\s+(?:would|will|could)?\s*happens?\s+|(?:is\s+it|would\s+it\s+be)\s+"
    r"(?:ok|okay|safe|bad|fine|alright)\s+)?(?:if|what\s+if|suppose|supposing|imagine)\s+(?:i|you|someone|"
    r"somebody|a\s+person|anyone|one|people|they|he|she)\b"
)


# "gave dad his 2 panadol and had 2 myself", "… and forgot my own": the writer's dose after
_THE_WRITERS_TOO = re.compile(r"\b(?:myself|my\s+own|mine|me\s+too)\b")


def _verbs(clause: str, mentions: list[Mention], tscan: TimeScan) -> list[_Verb]:
    """What the clause says happened to a dose; without a verb, a medicine logged bare
    ("ibuprofen done", "lyrica 75") or, failing that, a request to wait."""
    if _SET_ASIDE.search(clause):
        return []  # "putting a couple of the co-codamol aside every night": none taken
    if _ONLY_OFF.search(clause) and not _PUT_ANOTHER.search(clause):
        return []  # "took the lidoderm off at 8pm": a patch removed, none put on
    if _SUPPOSED.match(clause):
        return []  # "if I took 2 more naproxen would that be ok", "what if someone took…"
    if _TOLD_NOT_TO_TAKE.search(clause):
        return []  # "pharmacist said not to take extra tylenol with the percocet": advice
    if (
        len(mentions) == 1
        and given_to_another(clause, mentions[0].start)
        and not _THE_WRITERS_TOO.search(clause, mentions[0].end)
    ):
        return []  # "helped dad put his lidocaine patch on": his, put on by the writer
    verbs: list[_Verb] = []
    _add_skip_verbs(clause, mentions, verbs)
    _add_taken_verbs(clause, mentions, verbs)
    _add_reminders_asked(clause, mentions, verbs)
    told = [v for v in verbs if not another_occasion(clause, v[0], v[1])]
    if verbs and not told:
        return []  # "last time i skipped my gabapentin i couldn't sleep": a story, no dose
    verbs = told
    if not verbs and _HANDED_A_SUPPLY.search(clause):
        return []  # "they gave me a medrol dosepak": a pack to start, no tablet of it yet
    if not verbs and mentions and _given_by_hand(clause, mentions[0]):
        # "the nurse gave me tramadol", "they gave me morphine in a&e": a dose had
        verbs.append((mentions[0].start, mentions[0].end, "taken"))
    # A reminder's own time asked to change, a shop's stock: no dose, whatever else is said
    spoken_of = bool(
        not verbs
        and mentions
        and (_THE_REMINDER_ITSELF.search(clause) or _A_SHOP_LACKS.search(clause))
    )
    # "ibuprofen done", "gabapentin ✅": a med and an affirmation, no verb (never "the repeat
    # prescription for the amitriptyline sorted ✅": its supply; nor a reminder's time asked)
    if (
        not verbs
        and mentions
        and MED_AFFIRM.search(clause)
        and not _WONDERED.search(clause)
        and not spoken_of
        and not _NO_DOSE_OF_IT.search(clause)
    ):
        verbs.append((mentions[0].start, mentions[0].end, "taken"))
    # "3rd ibuprofen today", "ok 4th ibuprofen": counted, so taken
    if (
        not verbs
        and mentions
        and (
            _ORDINAL_BEFORE.search(clause, 0, mentions[0].start)
            # "percocet #2 for the day", "norco number 3 today": counted after the name
            or _NUMBERED_AFTER.match(clause, mentions[0].end)
        )
        and not _ORDINAL_AHEAD.search(clause)
    ):
        verbs.append((mentions[0].start, mentions[0].end, "taken"))
    # "tramadol no": a med and a refusal, no verb.
    if not verbs and mentions and _MED_NO.match(clause, mentions[-1].end):
        verbs.append((mentions[0].start, mentions[0].end, "skipped"))
    # "snooze my lyrica 15", "remind me about the naproxen": the wait asked for by name
    if not verbs and mentions and _SNOOZE_ASKED.match(clause):
        verbs.append((mentions[0].start, mentions[0].end, "snoozed"))
    # "naproxen with lunch later", "naproxen and flexeril after I eat": still to come.
    if (
        not verbs
        and mentions
        and _MED_LATER.search(clause, mentions[-1].end)
        and not LATER_FALSE.search(clause)
    ):
        verbs.append((mentions[0].start, mentions[0].end, "snoozed"))
    if not verbs and spoken_of:
        # "can the lyrica reminder come at 7:30", "chemist didn't have the lyrica 75s"
        return []
    if not verbs and mentions:
        if _wished_for(clause, mentions[0]):
            return []  # "I'd love a tramadol right now but it's too early"
        bare = _bare_mention(clause, mentions[0], tscan)
        if bare is not None:
            verbs.append((mentions[0].start, mentions[0].end, bare))
    if not verbs and _planned_take(clause, len(clause)) and _PLANNED_IT.search(clause):
        verbs.append((0, 0, "snoozed"))  # "will take it at 9"
    if not verbs:
        hit = _first_snooze(clause, mentions)
        if hit is not None:
            verbs.append((hit.start(), hit.end(), "snoozed"))
    return verbs


# A medicine handed over as a supply, no verb of taking: "they gave me a medrol dosepak",
# "doc gave me a prescription for tramadol", "got given a box of naproxen" (Sandbox,
# Chicago: the pack was logged as a 24 mg dose taken, on the report as an extra dose)
_HANDED_A_SUPPLY = re.compile(
    r"\b(?:gave|given|handed|prescribed|issued)\s+(?:me\s+|us\s+|him\s+|her\s+)?"
    r"(?:a|an|some|the|another|new)?\s*(?:[\w/-]+\s+){0,3}?"
    r"(?:dose\s*pa(?:c?k)s?|dosepa(?:c?k)s?|packs?|packets?|prescriptions?|scripts?|rx|boxe?s?|"
    r"bottles?|course|supply|refill)\b"
)


# What may stand between "gave me" and the medicine's name when a dose is given: "my",
# "some", "iv", "a drip of" (never "a leaflet about", "a letter for")
_AS_A_DOSE = (
    r"(?:(?:my|the|a|an|some|more|another|her|his|iv|intravenous|oral|liquid|a\s+drip\s+of|"
    r"\d+(?:\.\d+)?\s*(?:mg|mcg|ml)?|one|two)\s+){0,3}"
)
# Someone who gives a dose by hand, then the writer as who had it: "the nurse gave me",
# "paramedics gave me", "my husband gave me" (never the doctor or the pharmacy: what they
# give is as often a prescription or a box, read by its count or its form)
_GIVEN_BY_HAND = re.compile(
    r"\b(?:nurses?|paramedics?|medics?|ambulance(?:\s+crew)?|carers?|care\s+workers?|"
    + KIN
    + r")\s+(?:gave|administered|injected)\s+me\s+"
    + _AS_A_DOSE
    + r"$"
)
# Given where a dose is given by hand, or by a route only a hand gives: "they gave me
# morphine in a&e", "was given oxycodone at the hospital", "gave me iv paracetamol"
_GIVEN_ME = re.compile(r"\b(?:gave\s+me|(?:was|were|got|been)\s+given)\s+" + _AS_A_DOSE + r"$")
_WHERE_GIVEN = re.compile(
    r"\b(?:in|at)\s+(?:the\s+)?(?:a\s+and\s+e|er|e\s*r|emergency(?:\s+room|\s+department)?|"
    r"hospital|urgent\s+care|ward|ambulance|recovery)\b|\bgave\s+me\s+(?:iv|intravenous)\b|"
    r"\bby\s+(?:the\s+)?(?:nurses?|paramedics?)\b"
)
# A supply to take later, not a dose: "gave me some naproxen to take home", "… to try"
_FOR_LATER = re.compile(
    r"\b(?:to\s+(?:take\s+)?home|home\s+with|to\s+take\s+(?:later|tonight|tomorrow|with)|"
    r"for\s+(?:later|tonight|tomorrow|when|home|the\s+(?:week|weekend|month))|to\s+(?:try|start)|"
    r"in\s+case)\b"
)


def _given_by_hand(clause: str, first: Mention) -> bool:
    """Whether a medicine was given to the writer as a dose, not as a supply: by a nurse or
    family ("the nurse gave me tramadol"), or where doses are given ("… in a&e")."""
    if _FOR_LATER.search(clause) or "?" in clause:
        return False
    if _GIVEN_BY_HAND.search(clause, 0, first.start):
        return True
    return bool(_GIVEN_ME.search(clause, 0, first.start) and _WHERE_GIVEN.search(clause))


# ("snoozing my 2pm celebrex 15 min": never the 2pm dose taken)
_SNOOZE_ASKED = re.compile(
    r"^\W*(?:pls\s+|please\s+)?(?:snooz(?:e|ing)|postpon(?:e|ing)|defer(?:ring)?|hold(?:ing)?)\b"
)


def _add_reminders_asked(clause: str, mentions: list[Mention], verbs: list[_Verb]) -> None:
    """ "remind me about the gabapentin in 30 minutes … I took my celebrex": a medicine
    asked to be reminded of, before another one's verb in one run-on, waits."""
    if not verbs or not mentions:
        return
    first = min(v[0] for v in verbs)
    for m in _REMIND_ABOUT.finditer(clause, 0, first):
        if any(m.end() <= mm.start < first for mm in mentions):
            verbs.append((m.start(), m.end(), "snoozed"))
            return


# "remind me about the gabapentin", "can you remind me in 15 min for the gabapentin"
_REMIND_ABOUT = re.compile(
    r"\b(?:remind|ping|nudge)\s+me\b(?:\s+(?:in|after)\s+(?:like\s+|about\s+)?[\w.]+\s+\w+)?"
    r"\s+(?:about|for|of|to\s+take)\b"
)


def _wished_for(clause: str, first: Mention) -> bool:
    """A medicine wanted or maybe left out, not a dose: "could murder a tramadol", "I might
    skip the tizanidine tonight" (not decided)."""
    return bool(_WISHED.search(clause, 0, first.start) or _MAY_SKIP.search(clause, 0, first.start))


def _bare_mention(clause: str, first: Mention, tscan: TimeScan) -> DoseStatus | None:
    """A medicine named with no taking verb: asked to be reminded of, due next, planned,
    meant, or logged bare ("ibuprofen 400mg at 2pm", "lyrica 75", "percocet x1 just now":
    an amount, a count, a strength or a time)."""
    if (
        _REMIND_OF.search(clause, _back(first.start), first.start)
        or _ASKS_FOR_REMINDER.search(clause)
        or _NEXT_DUE.search(clause)
    ):
        return "snoozed"  # "ping me at 10 for the naproxen", "my next norco is due at 4:30"
    if _IS_DUE.search(clause) or _TIME_OF_ANOTHER.search(clause, 0, first.start):
        # "my baclofen is due at 8 but I havent taken it yet", "doc appointment at 4 to talk
        # about upping the cymbalta", "nurse coming at 3 to change my fentanyl patch": the
        # time is a schedule's or another thing's, never a dose taken then
        return None
    if _MEANT_TAKE.search(clause, 0, first.start) or _said_after(_MEANT_TAKE, clause, first):
        return "skipped"  # "meant to take my robaxin at lunch", "the robaxin I meant to take"
    if _planned_take(clause, first.start) or _planned_take_after(clause, first):
        return "snoozed"  # "about to take my tramadol", "naproxen i will take after brekkie"
    if _MAYBE_BEFORE.search(clause, _back(first.start), first.start):
        return None  # "maybe 2 extra norco tonight if it doesn't settle": not decided
    if given_to_another(clause, first.start):
        return None  # "gave mum her tramadol at 8": her dose, given by the writer
    if _ON_IT.search(clause, _back(first.start), first.start) or _A_REGIMEN_TOLD.search(clause):
        # "my wife's on gabapentin 300 as well", "they prescribed norco 10/325, 1 every 6
        # hrs as needed", "my sister swears by 2 aleve": a regimen told, no dose had
        return None
    if _NO_DOSE_OF_IT.search(clause):
        return None  # "bought a 200ml bottle of oramorph": its supply, not a dose
    before, after = _ONLY_BEFORE.match(clause[: first.start]), _ONLY_AFTER.match(clause, first.end)
    if before and after and (before["only"] or after["only"]) and "?" not in clause:
        return "taken"  # "only the gabapentin", "just the lyrica tonight": that one taken
    return "taken" if _reads_as_log(clause, first, tscan) else None


_TOLD_NOT_TO_TAKE = re.compile(
    r"\b(?:said|says|told\s+(?:me|us)|advised|warned)\s+(?:me\s+)?(?:not\s+to|never\s+to|to\s+never)\s+"
    r"(?:take|have|mix|double)\b"
)
# Who is on a medicine, said before its name: a regimen, not a dose
_ON_IT = re.compile(
    r"\b(?:i'm|im|i\s+am|(?:she|he|they|we)(?:'s|'re|\s+is|\s+are)|[a-z]+'s|been|was|were|is|are|started|"
    r"starting|put\s+(?:me|him|her|them)|kept\s+(?:me|him|her)|still)\s+on\s+(?:the\s+|my\s+|her\s+|his\s+)?$"
)
_A_REGIMEN_TOLD = re.compile(
    r"\bprescribed\b|\bevery\s+\d+(?:\s*-\s*\d+)?\s*(?:hrs?|hours?)\b|\bswears?\s+by\b"
)


# Words about a medicine that are no dose of it: its supply ("bought a 200ml bottle of
# oramorph", "the new voltaren tube is 150g"), how it is used ("pharmacist showed me how
# to stick the butrans on"), some of it spilt ("knocked the oramorph bottle over")
_NO_DOSE_OF_IT = re.compile(
    r"\b(?:bought|buy|ordered|picked\s+up|collected|got\s+delivered|delivery|arrived|in\s+stock)\b|"
    # "went to boots to collect 56 naproxen", "repeat prescription for the amitriptyline sorted"
    r"\b(?:to\s+collect|collecting|(?:to\s+)?pick\s+up|picking\s+up|repeat\s+(?:prescription|script)|"
    r"the\s+repeat\s+for|(?:prescription|script)\s+for\s+(?:the|my))\b|"
    # "got a naloxone kit from the pharmacy": a supply, or a kit kept in case
    r"\b(?:kit|from\s+the\s+(?:pharmacy|chemist|drugstore))\b|"
    r"\b(?:tube|bottle|tub|box|pack|packet|jar|label|leaflet)\s+(?:is|was|holds|has|says|said|of\s+\d)|"
    r"\bshow(?:ed|n|s)?\s+(?:me|us)\s+how\b|\bhow\s+to\s+(?:use|stick|put|apply|take|do)\b|"
    r"\b(?:knocked|spilt|spilled|tipped)\b[^.;]{0,30}\b(?:over|bottle|everywhere)\b|"
    r"\b(?:had|has|have|got)\s+(?:it|them|some|any)\s+in\b(?!\s+(?:my|the|a|an|me)\b)"
)
#: Two strengths offered as alternatives after the name: "300 or 600"
_EITHER_AMOUNT = re.compile(r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g)?\s+or\s+\d+(?:\.\d+)?\b")
_HOW_TO = re.compile(r"\bhow\s+to\s+$")
_ON_THE_SKIN = re.compile(ON_THE_SKIN)
_COMBINATION_STRENGTH = re.compile(r"\s*\d+(?:\.\d+)?/\d+(?:\.\d+)?(?:\s*mg)?")
_NOW_AFTER_COUNT = re.compile(r"\s+\d\s+now\b")
# A strength and two or more 24-hour clock times, no verb: a schedule written as /add
# takes one ("gabapentin 300mg 08:00 14:00 22:00"), not doses taken — never a day told
# ("hydromorphone 2mg at 6:45 and 12:45": the times it was taken at)
_SCHEDULE_LINE = re.compile(
    r"\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)\b(?:\s*,?\s*(?:and\s+)?[0-2]\d:[0-5]\d){2,}"
    r"(?:\s+(?:daily|every\s+day|each\s+day|mon-fri|weekdays))?\W*$"
)
# A name with nothing after it but its strength and "now": "aleve now", "lyrica 75 now",
# "amitriptyline going in now" (a list's last item, or an answer to its reminder)
_NOW_ALONE = re.compile(
    r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?)?\s+(?:(?:going|goes|gone)\s+(?:in|down)\s+|in\s+)?"
    r"(?:right\s+)?now\b(?:\s+(?:too|as\s+well|also))?"
    # ("ibuprofen now with food")
    r"(?:\s+with\s+(?:my\s+|some\s+)?(?:food|breakfast|brekkie|lunch|dinner|tea|supper|a\s+meal|milk|toast))?\W*$"
)
# A name with nothing after it but "again": "palexia again", "nurofen 200 again now" — one
# more dose of it, typed in a hurry (Sandbox, Sydney: a flare's two Palexia went unlogged).
# Never "too"/"as well" alone: "cymbalta too" leans on the message before ("skipped the
# lyrica" as often as "took"), which this clause cannot see.
_AGAIN_ALONE = re.compile(
    r"(?:\s*\d+(?:\.\d+)?\s*(?:mg|mcg|g|ml)?)?\s+again\b(?:\s+(?:now|just\s+now|tonight|today))?\W*$"
)
# What a dose was for, said after it: "one more palexia so i can sleep", "1 palexia so i
# could get some sleep" — its "can"/"get" are the purpose's, not a question or an errand
# (never with a "?": "1 palexia so i can sleep?" still asks)
_PURPOSE = re.compile(r"\bso\s+(?:that\s+)?i\s+(?:can|could)\b[^?]*$")
# "left" as leaving, never as supply left: "… before I left", "after we'd left", "left
# the house", "left work" ("2 tramadol left", "only 3 left" are still what is left)
_LEFT_AS_LEAVING = re.compile(
    r"\b(?:i|we|he|she|they|you)(?:'d|\s+had|\s+just|\s+finally)?\s+left\b|"
    r"\bleft\s+(?:for\s+|the\s+|my\s+)?(?:house|home|flat|work|office|hospital|ward|clinic|"
    r"surgery|gym|pub|party|school|site|shop|a\s+and\s+e|er|appointment)\b"
)


def _not_a_log(clause: str) -> bool:
    """Whether a verbless clause says something other than a dose ("2 norco left", "should
    I take 2 advil?"), once a purpose and any leaving are set aside."""
    return bool(NOT_A_LOG.search(_LEFT_AS_LEAVING.sub(" ", _PURPOSE.sub("", clause))))


# A medicine named with nothing after it but when in the day it went down: "nurofen after
# the school run", "cymbalta with my oatmeal", "celebrex at smoko", "nurofen when I knocked
# off work", "pregabalin before sleep yesterday", "palexia first thing", "nurofen last night"
_WHEN_OF_THE_DAY = re.compile(
    r"\s+(?:(?:with|after|before|at|during)\s+(?:my\s+|the\s+|a\s+|me\s+|our\s+)?[\w']+(?:\s+[\w']+){0,3}|"
    r"when\s+(?:i|the\s+pain|pain|it)\s+(?:\w+ed|got|went|woke|came|was|had|felt|knocked|left|"
    r"sat|stood|ate|wake|woke\s+me)\b(?:\s+[\w']+){0,5}|"
    r"first\s+thing(?:\s+(?:this\s+morning|today))?|"
    r"(?:last|this)\s+(?:night|morning|afternoon|evening|arvo)|yesterday(?:\s+(?:morning|evening|afternoon))?|"
    r"earlier(?:\s+today)?)"
    r"(?:\s*,?\s*(?:bout|about|around|at|~)\s*\d{1,2}(?:[:.]\d\d)?(?:ish|\s*[ap]m)?)?"
    r"(?:\s+(?:po|lah|mate|yesterday|today|too|as\s+well))?\W*$"
)
# A reminder's medicines answered with the one taken: "only the gabapentin", "lyrica only"
_ONLY_BEFORE = re.compile(r"^\W*(?:(?P<only>only|just)\s+(?:the\s+|my\s+)?)?$")
_ONLY_AFTER = re.compile(
    r"(?:\s+(?:one|tablet|pill|dose))?(?:\s+(?:tonight|today|this\s+(?:morning|evening)|for\s+now))?"
    r"(?:\s+(?P<only>only))?\W*$"
)


_MAYBE_BEFORE = re.compile(r"\b(?:maybe|perhaps|possibly)\s+(?:[\w/-]+\s+){0,3}?$")


# "remind me at 2:15 for the tizanidine", "🔔 me for oxy", "set an alarm for 3pm for my
# celecoxib", "need a nudge in an hour for the robaxin": a reminder asked for
_ASKS_FOR_REMINDER = re.compile(
    r"\b(?:remind|ping|nudge|buzz|alert|notify)\s+(?:me|us)\b|\U0001f514\s*(?:me\b)?|"
    r"\b(?:set|send|give|schedule)\s+(?:me\s+|us\s+)?(?:an?\s+)?(?:alarm|reminder|nudge|ping)\b|"
    r"\bneed\s+(?:a|another)\s+(?:nudge|reminder|ping)\b"
)
# "my baclofen is due at 8": its schedule, no dose
_IS_DUE = re.compile(
    r"\b(?:is|'s|are|was|were)\s+(?:not\s+)?due\s+(?:at|by|in|around|till|until)\b"
)
#: A clock that belongs to something else said before the medicine: a visit, a call
_TIME_OF_ANOTHER = re.compile(
    r"\b(?:appointment|appt|physio|nurse|doctor|doc|gp|dentist|meeting|visit|consult\w*|clinic|"
    r"scan|mri|x-?ray|surgery|op|operation|call|interview|class|session)\s+(?:\w+\s+){0,2}?"
    r"(?:at|@)\s*\d"
)
# "my next norco is due at 4:30", "next dose of pregabalin is at 9pm"
_NEXT_DUE = re.compile(
    r"\bnext\s+(?:dose\s+(?:of\s+)?)?(?:[\w/-]+\s+){0,2}?(?:is\s+|'s\s+)?(?:due|at)\b"
)
# "I'd love a tramadol", "tempted to double up on the lyrica", "wish I could take more":
# a dose wanted, not one taken
_WISHED = re.compile(
    r"\b(?:(?:i'd|i\s+would|i\s+could|could)\s+(?:really\s+)?(?:love|like|kill\s+for|murder|do\s+with)|"
    r"dying\s+for|tempted\s+to|wish\s+i\s+(?:could|was\s+allowed\s+to|can)|craving|"
    r"desperate\s+for|(?:itching|aching)\s+(?:for|to))\b"
)


# "don't", "mustn't", "can't": what must not happen (forgetting a dose)
_MUST_NOT = r"don't|dont|do\s+not|mustn't|must\s+not|can't|cannot"

_SET_ASIDE = re.compile(
    r"\b(?:put(?:ting)?|set(?:ting)?|keep(?:ing)?|kept|sav(?:e|ed|ing)|stash\w*|hid(?:e|ing|den)?)\s+"
    # ("put a lidoderm on my back" is a patch on, not a tablet put back)
    r"(?:[\w'/-]+\s+){0,5}?(?:aside|away|(?<!my\s)(?<!the\s)(?<!low\s)(?<!lower\s)(?<!mid\s)(?<!upper\s)"
    r"back|by)\b(?!\s+(?:the\s+)?(?:bed|bedside))|\b(?:stockpil|hoard)\w*"
)
_NOT_FORGET = re.compile(
    r"\b(?:" + _MUST_NOT + r"|shouldn't|won't|so\s+i\s+(?:don't|dont)|"
    r"in\s+case\s+i|(?:make|making)\s+sure\s+i\s+(?:don't|dont))\s+(?:let\s+me\s+)?$"
)
# "might", "maybe", "thinking of": not decided
_MAYBE = (
    r"\b(?:might|may|maybe|perhaps|possibly|thinking\s+(?:of|about)|considering|tempted\s+to)\s+"
)
_MAY_SKIP = re.compile(
    _MAYBE + r"(?:just\s+)?(?:skip(?:ping)?|miss(?:ing)?|leav(?:e|ing)\s+out|drop(?:ping)?|"
    r"not\s+(?:take|have)|go(?:ing)?\s+without)\b"
)
_TENTATIVE = re.compile(
    _MAYBE + r"(?:just\s+|have\s+to\s+)?$|"
    # "my wife reckons I should skip the tramadol", "asked if I ever skip doses", "do you
    # ever miss one": advice or a habit asked about, no dose skipped
    r"\b(?:should|shouldn't|could|ought\s+to|ever|never\s+ever)\s+(?:just\s+)?$"
)


def _undecided(clause: str, at: int) -> bool:
    """ "I might skip the tizanidine tonight": a skip word said as a maybe."""
    return bool(_TENTATIVE.search(clause, _back(at), at))


# "don't let me forget the gabapentin at 9", "remind me about my lyrica": asked for later
_REMIND_OF = re.compile(
    r"(?:\b(?:" + _MUST_NOT + r")\s+(?:let\s+me\s+)?forget|"
    r"\bremind\s+(?:me|us)\s+(?:about|of))\s+(?:about\s+)?(?:my\s+|the\s+|our\s+)?$"
)
_NOT_TODAY = re.compile(
    r"^\W*(?:not\s+(?:today|tonight|this\s+time)|no\s+thanks?|nah\s+not\s+today)\W*$"
)
_ASKS_WHETHER = re.compile(r"^\W*(?:did|have|had|should|shall|can|could|do|would)\s+i\b")
_MED_NO = re.compile(
    r"\s*(?:nope|nah|no|not\s+(?:yet|today|tonight)|skip(?:ped)?|\u274c|"
    # "tramadol not needed today", "aceclofenac wasn't needed"
    r"(?:not|wasn't|isn't)\s+needed(?:\s+(?:today|tonight|this\s+(?:morning|evening)))?)\W*$"
)
_MED_LATER = re.compile(
    # (never "after lunch" alone: "brufen 400mg one tablet after lunch" at 7pm was taken)
    r"\b(?:later|after\s+(?:i\s+eat|i've\s+eaten|i\s+have\s+eaten|my\s+(?:shower|bath))|for\s+a\s+bit|"
    r"in\s+a\s+bit|when\s+i\s+get\s+(?:home|back)|goes\s+on\s+after)\b"
)


#: "have" as an auxiliary after a negation: "wouldn't have coped", "couldn't have managed"
_HAVE_DONE = re.compile(r"\s+(?:been|done|made|gone|got|managed|lasted|coped|slept|walked|\w+ed)\b")
_FOR_GOOD = re.compile(
    r"^(?:(?!\b(?:because|cos|cause|as|since|but|today|tonight)\b)[^,.;]){0,30}?"
    r"\b(?:any\s*more|ever\s+again|again|for\s+good|from\s+now\s+on)(?=\s*(?:$|[,.;!]))"
)


def _add_skip_verbs(clause: str, mentions: list[Mention], verbs: list[_Verb]) -> None:
    has_yet = bool(YET.search(clause))
    for m in NEG_TAKEN.finditer(clause):
        if _undecided(clause, m.start()):
            continue
        if _A_SHOP_BEFORE.search(clause, max(0, m.start() - 30), m.start()):
            continue  # "chemist didn't have the lyrica 75s": the shop's stock, not a dose
        near = any(m.end() <= mm.start <= m.end() + 30 for mm in mentions)
        if _names_something_else(clause, m.end(), near or bool(PILL_RE.search(clause, m.end()))):
            continue  # "didn't use the cane today", "didn't bother with the walk"
        if m.group().endswith("have") and _HAVE_DONE.match(clause, m.end()):
            continue  # "back wouldn't have coped": "have" an auxiliary, no dose
        if _FOR_GOOD.match(clause[m.end() :]):
            # "not taking amitriptyline anymore", "won't be taking that one again": a medicine
            # stopped (the list's to change, by a tap), no dose of it skipped
            continue
        till = _TILL_THEN.match(clause, m.end())
        # "didn't take my naproxen till 11": taken, late, at 11; "won't take it till 11":
        # not yet
        late = till is not None and _TAKEN_LATE.match(m.group()) is not None
        wait = till is not None and _NOT_YET_TILL.match(m.group()) is not None
        status: DoseStatus = "taken" if late else "snoozed" if (has_yet or wait) else "skipped"
        verbs.append((m.start(), m.end(), status))
    negated_spans = [(a, b) for a, b, _ in verbs]
    for m in SKIP_VERB.finditer(clause):
        if any(a <= m.start() < b for a, b in negated_spans):
            continue
        if _undecided(clause, m.start()):
            continue
        if _skips_something_else(clause, m, mentions):
            continue  # "skipped the gym", "missed the bus", "ran out of patience"
        if _says_skipped(clause, m, mentions):
            verbs.append((m.start(), m.end(), "skipped"))
    for m in _SLEPT_PAST.finditer(clause):
        if _slept_past_a_dose(clause, m.end(), mentions) and not any(
            a <= m.start() < b for a, b, _ in verbs
        ):
            verbs.append((m.start(), m.end(), "skipped"))
    # "no ibuprofen today": a medicine named right after "no"/"without" was not taken.
    for mm in mentions:
        neg = NO_MED.search(clause, 0, mm.start)
        if neg and _undecided(clause, neg.start()):
            continue
        if neg and not any(a <= neg.start() < b for a, b, _ in verbs):
            verbs.append((neg.start(), neg.end(), "skipped"))
    need = NO_NEED.search(clause)
    if need and not verbs:
        verbs.append((need.start(), need.end(), "skipped"))  # "no need for it today"


# "slept through my cymbalta", "slept thru the 1400 panadol", "slept right through her
# lunchtime one": a dose slept past — missed, for being asleep (its reason, "forgot"); never
# "slept through the night" or "… the storm", which name no dose
_SLEPT_PAST = re.compile(r"\b(?:slept|sleeping)\s+(?:right\s+)?(?:through|thru)\s+")
_SLEPT_PAST_WHOSE = re.compile(r"(?:my|the|her|his|their)\s+(?:[\w:']+\s+){0,2}?")
_SLEPT_PAST_DOSE = re.compile(
    r"(?:dose|doses|pills?|tablets?|tabs|capsules?|meds|medication|medicine|one|ones)\b"
)


def _slept_past_a_dose(clause: str, at: int, mentions: list[Mention]) -> bool:
    """Whether what was slept through, from `at`, is a dose: a medicine or a dose's word
    after "my"/"the" and at most two words more ("my 9am", "her lunchtime")."""
    for end in range(at + 1, min(len(clause), at + 40)):
        if (
            clause[end - 1].isspace()
            and _SLEPT_PAST_WHOSE.fullmatch(clause, at, end)
            and (any(mm.start == end for mm in mentions) or _SLEPT_PAST_DOSE.match(clause, end))
        ):
            return True
    return False


_A_SHOP = r"\b(?:chemist|pharmacy|pharmacist|boots|cvs|walgreens|drugstore|shop|store)(?:'s)?\s+"
_A_SHOP_LACKS = re.compile(
    _A_SHOP
    + r"(?:didn't|hasn't|haven't|doesn't|don't|did\s+not|had\s+no|has\s+no|was\s+out|is\s+out|"
    r"ran\s+out)\b"
)
_A_SHOP_BEFORE = re.compile(_A_SHOP + "$")
_OUT_OF_A_THING = re.compile(
    r"^\s+of\s+(?:the\s+|my\s+|those\s+|these\s+|them\s+)?(?P<w>[a-z]{3,})\b"
)
#: What "gave … a miss" names that is a dose: "it", "tonight's", "the morning one"
_A_DOSE_GIVEN_A_MISS = re.compile(
    r"\b(?:it|them|that|this|tonight'?s?|today'?s?|one|ones|dose|doses|(?:morning|evening|night|bedtime)\w*)\b"
)
#: Words for the doses waiting, said again: "ran out of both", "out of them all"
_THE_DOSES_AGAIN = re.compile(
    r"(?:both|them|all|either|everything)(?:\s+of\s+(?:them|those|these|my\s+\w+)|"
    r"\s+(?:my\s+)?(?:meds|pills|tablets|tabs))?"
    r"\s*(?:$|[,.;!?]|\b(?:till|until|til|since|today|tonight|now|again|already|sadly|this|for)\b)"
)
_OBJECT_TAKING_SKIPS = re.compile(
    r"skip|miss|forg|held|hold(?!ing\s+off|\s+off)|ran\s+out|run\s+out|(?:nope|nah|no)\s+(?:on|to)\b"
)
#: "hold my" / "holding the": the verb alone, so its object is read with its determiner
_HOLD_VERB = re.compile(r"hold(?:ing)?(?=\s+(?:the|my)\b)")


def _skips_something_else(clause: str, m: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a skip word's object is a thing no dose is called, with no medicine or pill
    near ("skipped the gym", "forgot my glasses", "ran out of patience")."""
    if not _OBJECT_TAKING_SKIPS.match(m.group()):
        return False
    near = any(m.end() <= mm.start <= m.end() + 30 for mm in mentions)
    dose_near = near or bool(PILL_RE.search(clause, m.end(), m.end() + 30))
    if "out" in m.group():
        thing = _OUT_OF_A_THING.match(clause[m.end() :])
        if thing is not None and thing["w"] in ("stock", "supply", "supplies"):
            return False  # "pharmacy's out of stock": the medicine's supply
        if thing is not None and _THE_DOSES_AGAIN.match(clause, m.end() + thing.start("w")):
            return False  # "ran out of both", "out of them till friday": the doses waiting
        return thing is not None and not dose_near and not _may_name_a_dose(thing["w"])
    # "can't hold my urine", "couldn't hold my cup": held in the body or the hand, no
    # dose withheld (a red flag's words had the pending dose recorded as skipped)
    verb = _HOLD_VERB.match(m.group())
    end = m.start() + verb.end() if verb else m.end()
    return _names_something_else(clause, end, dose_near)


# "when does the oxy run out?", "how long till my lyrica runs out": its supply asked about
_WHEN_IT_RUNS_OUT = re.compile(
    r"\b(?:when|how\s+(?:long|many\s+days)\s+(?:till|until|before|til))\s+(?:\w+\s+){0,4}?"
    r"(?:runs?|running|will\s+run|run)\s+out\b"
)


def _says_skipped(clause: str, m: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a skip word is about a dose ("forgot my meds", not "forgot to log")."""
    word = m.group()
    if "out" in word and _WHEN_IT_RUNS_OUT.search(clause):
        return False  # "when will my gabapentin run out?": its supply asked about
    if word.startswith("forg") and FORGOT_NOT_SKIP.match(clause, m.start()):
        return False
    if word.startswith("forg") and _NOT_FORGET.search(clause, _back(m.start()), m.start()):
        return False  # "don't let me forget the gabapentin at 9": a reminder asked for
    if word.startswith("out") and OUT_OF_FALSE.match(clause, m.start()):
        return False
    if word.startswith("out") and _OUT_OF_THEM.match(clause, m.start()):
        return True  # "out of them": the supply the reminder is about
    if (
        word.startswith("out")
        and _OUT_OF_STOCK.match(clause, m.start())
        and not _SHOP_ELSE.search(clause)
    ):
        return True  # "pharmacy out of stock": the supply, even unnamed
    if word.startswith("out") and not (mentions or PILL_RE.search(clause, m.end(), m.end() + 30)):
        return False
    if word.startswith("not") and not mentions:
        return False
    if word.endswith("all gone") and not any(mm.start < m.start() <= mm.end for mm in mentions):
        return False  # "pain's all gone" is no supply; "tramal's all gone" is
    if ("touch" in word or word.startswith("stay")) and not (
        mentions or PILL_RE.search(clause, m.end(), m.end() + 30)
    ):
        return False  # "didn't touch my dinner", "stayed put on the couch": no dose
    if "bother" in word:
        # "haven't bothered with a patch": a dose; "didn't bother with the walk": none
        near = clause[m.end() : m.end() + 30]
        return any(mm.start >= m.end() for mm in mentions) or bool(
            PILL_RE.search(near) or PATCH_WORD.search(near) or _A_DOSE.match(near)
        )
    if word.startswith(("left the ", "left my", "leav")) and not word.endswith(("out", "off")):
        # "left the valium", "left my pills at home": a skip; "left the house today": no dose
        # (never "left them at home", said of the doses: "them" is no "the …")
        named = any(m.start() < mm.start < m.end() for mm in mentions)
        return named or bool(PILL_RE.search(word))
    if word.endswith("a miss") and not (
        any(m.start() <= mm.start < m.end() for mm in mentions)
        or PILL_RE.search(word)
        or _A_DOSE_GIVEN_A_MISS.search(word)
    ):
        return False  # "gave the footy a miss": something else left out
    if _waits_for_it(clause, m):
        return False  # "once Corrie's finished": a wait, not the supply gone
    if word == "missing" and _COUNTED_MISSING.search(clause, 0, m.start()):
        return False  # "only one missing from the pack": a count, not a dose missed
    if word.startswith("miss"):
        # "missed it", "missed my dose"; "missed the bus" is no dose.
        return bool(
            mentions
            or PILL_RE.search(clause)
            or re.search(r"\b(?:it|them|dose|one|ones)\b", clause)
        )
    return True


_OUT_OF_STOCK = re.compile(r"out\s+of\s+stock\b(?!\s+of\b)")
# "the shop was out of stock of bread": another shop's shelf
_SHOP_ELSE = re.compile(r"\b(?:shop|store|supermarket|bakery|tesco|walmart)\b")
_COUNTED_MISSING = re.compile(r"\b(?:one|two|three|four|five|\d+|some|a\s+few|few)\s+(?:\w+\s+)?$")


# A dose not taken until a time gone: taken then ("didn't take it till 11", "never got
# round to my gabapentin until after lunch", "didn't put a new one on till this morning")
_TAKEN_LATE = re.compile(r"(?:didn't|did\s+not|never)\b")
_NOT_YET_TILL = re.compile(r"(?:won't|will\s+not|not)\b")
_TILL_THEN = re.compile(
    r"[^.;!?]{0,40}?\b(?:till|til|until|untill)\s+(?P<when>(?:about\s+|around\s+|nearly\s+|gone\s+|"
    r"after\s+)?(?:half\s+(?:past\s+)?)?(?:\d{1,2}(?:[.:][0-5]\d)?(?:\s*[ap]\.?m\b\.?)?|"
    r"this\s+morning|lunch|noon|midday|dinner|tea|supper|bedtime|bed|last\s+night|"
    r"the\s+(?:evening|afternoon|morning)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\b)[^,.;!?]*|(?:i|we)\s+(?:got|came|was|went|had)\b[^,.;!?]*)"
)


def _when_late(clause: str, now: datetime, zone: ZoneInfo) -> str | None:
    """When a dose told "not taken till …" was taken, if the clause says ("till 11")."""
    neg = NEG_TAKEN.search(clause)
    till = _TILL_THEN.match(clause, neg.end()) if neg is not None else None
    if till is None:
        return None
    when = till["when"]
    at = taken_when(scan_time("at " + when), "taken", now, zone) or taken_when(
        scan_time(when), "taken", now, zone
    )
    return at.isoformat(timespec="seconds") if at is not None else None


# What is taken off after the verb: "… the old patch off", "… the lidoderm off", "… it off"
_OFF_OBJECT = (
    r"\s+(?:the\s+|my\s+|it\s+|them\s+)?(?:old\s+)?(?:[\w-]+\s+)?(?:patch(?:es)?\s+)?off\b"
)
_TAKEN_OFF = re.compile(_OFF_OBJECT + r"|\s+off\b")
# A patch only removed: "took the lidoderm off at 8pm like they said", "peeled it off"
_ONLY_OFF = re.compile(r"\b(?:took|take|taken|peeled|pulled|ripped)" + _OFF_OBJECT)
_PUT_ANOTHER = re.compile(
    r"\b(?:put|stuck|slapped|applied|new\s+one|fresh\s+one|replaced|changed)\b"
)
# "had them for years", "had it since I was a kid": something lived with, not a dose
_HAD_FOR_LONG = re.compile(
    r"\s+(?:it|them|these|this|those|that)\s+(?:on\s+and\s+off\s+)?(?:for\s+(?:years|ages|months|decades|"
    r"a\s+long\s+time|(?:\d+|a\s+few|a\s+couple\s+of|many|several)\s+(?:years|months|decades))|"
    r"since\s+(?:i\s+was|my\s+\w+|childhood|birth|the\s+(?:birth|baby|surgery|op)|(?:19|20)\d\d))\b"
)
_FORGOT_TO = re.compile(r"\bforg(?:o|e)t(?:ten)?\s+to\s+$")
# Between two taking verbs of one act, only a count or an article ("put on one lidoderm on")
_SAME_ACT = re.compile(r"\s+(?:one|a|an|another|my|the|\d)?\s*")


# "took the gabapentin I picked up": where the medicine taken came from, said after it
_WHERE_IT_CAME_FROM = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:i|we)\s+(?:just\s+|only\s+)?"
    r"(?:picked\s+up|collected|bought|ordered)\b"
)


def _no_dose_of_it(clause: str, mentions: list[Mention]) -> bool:
    """Only about the medicine's supply or use, its source said after the medicine taken
    left out ("took the new gabapentin I picked up" is a dose)."""
    return _supply_words_end(clause, mentions) is not None


def _supply_words_end(clause: str, mentions: list[Mention]) -> int | None:
    """Where the clause's last words about the medicine's supply or use end (None: it
    has none); the source said after a medicine taken is left out."""
    came = [m.span() for x in mentions if (m := _WHERE_IT_CAME_FROM.match(clause, x.end))]
    if came and not TAKEN_VERB.search(clause, 0, came[0][0]):
        came = []  # "picked up": said before any taking, the supply is all it tells
    ends = [m.end() for m in _NO_DOSE_OF_IT.finditer(mask(clause, came))]
    return ends[-1] if ends else None


# "picked up my naproxen and had one at 9", "collected the oxy, then took 2": a taking
# told as the next thing done after the supply, joined to it
_THEN_TAKEN = re.compile(
    r"(?:,|\band\b|\bthen\b|&|\+)\s*(?:(?:then|i|just|also|straight\s+away)\s+)*$"
)


def _one_of_it(clause: str, m: re.Match[str], mentions: list[Mention]) -> bool:
    """A count after the verb ("had one", "took 2") of a medicine named before it."""
    return any(x.end <= m.start() for x in mentions) and bool(_A_COUNT.match(clause, m.end()))


def _add_taken_verbs(clause: str, mentions: list[Mention], verbs: list[_Verb]) -> None:
    supply_end = _supply_words_end(clause, mentions)
    for m in TAKEN_VERB.finditer(clause):
        if supply_end is not None and (
            m.start() < supply_end or not _THEN_TAKEN.search(clause, supply_end, m.start())
        ):
            # "bought a 200ml bottle of oramorph", "showed me how to…": no dose (one
            # taken after the supply, as the next thing done, still is)
            continue
        if supply_end is not None and _one_of_it(clause, m, mentions):
            # "picked up my naproxen and had one at 9": one of the medicine just named
            verbs.append((m.start(), m.end(), "taken"))
            continue
        if any(a <= m.start() < b for a, b, _ in verbs):
            continue
        if (
            verbs
            and verbs[-1][2] == "taken"
            and _SAME_ACT.fullmatch(clause, verbs[-1][1], m.start())
        ):
            continue  # "put on one lidoderm on my back": one patch put on, said once
        if _WISHED.search(clause, 0, m.start()):
            continue  # "tempted to double up on the lyrica tonight"
        if _FORGOT_TO.search(clause, _back(m.start()), m.start()):
            continue  # "forgot to put my patch on": the forgetting is the skip, said once
        if _HOW_TO.search(clause, _back(m.start()), m.start()):
            continue  # "…how to stick the butrans on"
        if _HAD_FOR_LONG.match(clause, m.end()) and m.group() in ("had", "'ve had"):
            continue  # "it's the piles, I've had them for years": a condition kept, no dose
        if NOT_A_MEDICINE_ON_THE_SKIN.search(clause, _back(m.start()), m.end() + 30):
            continue  # "stuck a heat patch on my lower back"
        if any(v[2] == "taken" for v in verbs) and _ON_THE_SKIN.match(m.group()):
            continue  # "rubbed voltaren gel on my back": one act, its verb said first
        if _TAKEN_OFF.match(clause, m.end()) and (
            not _PUT_ANOTHER.search(clause, m.end()) or TAKEN_VERB.search(clause, m.end())
        ):
            # "took my patch off": the removal is no dose; "… and put a fresh patch on at
            # 9": the putting on is, said by its own verb (with its time)
            continue
        if _says_taken(clause, m, mentions):
            if _MEANT.search(clause, _back(m.start()), m.start()):
                # "wanted to take my lyrica at 8", "was going to have the robaxin": not done
                verbs.append((m.start(), m.end(), "skipped"))
                continue
            # "will take the tramadol at 8 tonight": a dose still to come, not one taken
            planned = (
                _PLANNED.search(clause, _back(m.start()), m.start())
                and not _NOW_AFTER.match(clause, m.end())
                and not _NOW_SAID.search(m.group())  # "will take it now"
            )
            if planned and any(v[2] == "skipped" and v[0] > m.start() for v in verbs):
                continue  # "supposed to take it at 9 but can't": the skip says it all
            verbs.append((m.start(), m.end(), "snoozed" if planned else "taken"))


# "will", "gonna", "going to" (just, probably, then): what follows is still to come; so
# too a dose asked to be reminded of, owed ("need to", "supposed to") or wanted. Never
# "had to", "needed to", "remembered to" (done), nor "should have"/"might have" (a doubt).
_WILL = (
    r"(?:\bwill|'ll|\bill|\bgonna|\bgoing\s+to|\bplan(?:ning)?\s+to|\bshall|"
    r"\b(?:remind|ping|nudge|text|message)\s+(?:me|us)\s+(?:(?:at|in|after|around|about)\s+[\w:.]+\s+)?to|"
    r"\b(?:need|needs|have|has|want|wants|hoping|hope|intend|mean|meaning|trying|try|about)\s+to|"
    r"\b(?:gotta|wanna|hafta|(?<!was\s)(?<!were\s)supposed\s+to|(?<!\bi\s)remember\s+to|must\s+remember\s+to|"
    r"(?:" + _MUST_NOT + r"|not)\s+(?:let\s+me\s+)?forget\s+to)|"
    r"\b(?:(?:i'm|am|are|is)\s+meant\s+to|(?:should|might|may|must)(?!\s+(?:have|of|'ve)\s+"
    r"(?:taken|had|been|forgot\w*|missed|skipped|done|used|swallowed|took|got)\b)))\s+"
    r"(?:just\s+|probably\s+|prob\s+|then\s+|definitely\s+|def\s+|still\s+|also\s+)?"
)
_PLANNED = re.compile(_WILL + "$")
_A_PLAN = re.compile(_WILL)  # anywhere before the name: "…so I'll collect the gabapentin"
#: The words that end right before a verb ("will", "meant to", "might") are never longer
#: than this: the patterns anchored there need not try every earlier position.
_REACH = 100


def _back(end: int) -> int:
    """Where a search for words ending at `end` may start (look-behinds still see before)."""
    return max(0, end - _REACH)


# A dose meant, wanted or planned in the past: said so, it was not taken
_MEANT_WORDS = (
    r"\b(?:(?<!i'm\s)(?<!am\s)(?<!are\s)(?<!is\s)meant|wanted|intended|planned|(?:was|were)\s+(?:going|"
    r"gonna|supposed|about|planning|meaning|hoping)|(?:i'd|i\s+had|had)\s+(?:meant|wanted|planned))\s+(?:to\s+)?"
    r"(?:just\s+|actually\s+|finally\s+)?"
)
_MEANT = re.compile(_MEANT_WORDS + "$")
_MEANT_TAKE = re.compile(_MEANT_WORDS + r"(?:take|have|pop|use|swallow|put\s+on|do)\b")
_PLANNED_TAKE = re.compile(_WILL + r"(?:take|have|pop|use|swallow|put\s+on|do)\b")
_PLANNED_IT = re.compile(
    r"\b(?:take|have|pop|use|swallow|do)\s+(?:it|them|em|mine|my\s+(?:meds|dose|pills|tablets|medication))\b"
)
_NOW_SAID = re.compile(r"\b(?:now|already)\b")
# "will take it now", "gonna have the robaxin right now": taken as it is said
_NOW_AFTER = re.compile(r"\s+(?:\w+\s+){0,3}?(?:now|right\s+now|rn)\b")


# "naproxen I'll take after brekkie": who says it may stand between the name and the plan,
# and its strength ("Aceclofenac 100 mg I will take after breakfast")
_SAYER = re.compile(
    r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|ml|g)?\s+)?(?:(?:i\s+think|then|and)\s+)?(?:(?:i'm|im|i|we)\b\s*)?"
)


def _after(clause: str, first: Mention) -> str:
    """What follows the medicine's name, from where a plan said of it would start."""
    return clause[first.end : first.end + _REACH]


def _said_after(pattern: re.Pattern[str], clause: str, first: Mention) -> re.Match[str] | None:
    """`pattern` said right after the medicine's name, by the writer ("naproxen i will
    take…", "the robaxin I meant to take…")."""
    rest = _after(clause, first)
    said = _SAYER.match(rest)
    return pattern.match(rest, said.end() if said else 0)


def _planned_take_after(clause: str, first: Mention) -> bool:
    """ "naproxen i will take in 20 min", "the gabapentin I'm gonna have with lunch": a plan
    said right after the medicine's name, the dose not taken now."""
    m = _said_after(_PLANNED_TAKE, clause, first)
    return m is not None and not _NOW_AFTER.match(m.string, m.end())


def _planned_take(clause: str, end: int) -> bool:
    """Whether "will take", "gonna have" stands before `end`, the dose not taken now."""
    m = _PLANNED_TAKE.search(clause, 0, end)
    return m is not None and not _NOW_AFTER.match(clause, m.end())


# "how would i know if i'd taken too much oxy": a taking wondered about, not told
_IF_I = r"\b(?:if|whether)\s+(?:i'd|id|i\s+had|i've|i\s+have|i)\s+(?:already\s+|even\s+)?"
_IF_I_BEFORE = re.compile(_IF_I + "$")
_WONDERED = re.compile(_IF_I + r"(?:taken|took|had|take)\b")


def _says_taken(clause: str, m: re.Match[str], mentions: list[Mention]) -> bool:
    """Whether a taking verb is about a dose ("took 2", not "took a walk")."""
    if _IF_I_BEFORE.search(clause, max(0, m.start() - 25), m.start()):
        return False
    rest = _ONLY_SAID.sub("", clause[m.end() :], count=1)  # "took only 1", "had just the one"
    word = m.group()
    if word in ("drink", "eat") and _TO_BEFORE.search(clause, 0, m.start()):
        return False  # "forgot to drink the gabapentin", "need to drink my meds"
    if _ASKS_WHETHER.match(clause):
        return False  # "did I already take my lyrica today?": a question, not a dose
    if word in ("take", "have", "use") and as_a_rule(clause, m.start()):
        return False  # "I usually take gabapentin at 9": the rule, not a dose
    # ("dose taken 1 hr ago" opening the clause; "2nd dose taken at 12" is the one named)
    first = _THE_DOSE_FIRST.match(word)
    if first and first.group().startswith("dose") and clause[: m.start()].strip():
        first = None
    if PATCH_WORD.search(word) or first:
        # "put the patch on at 8", "tablet taken at 8 o'clock", "my medicine I have taken"
        return True
    if any(m.start() <= mm.start < m.end() for mm in mentions):
        return True  # "put a fresh lidoderm on my lower back": the medicine is in the verb
    if _NONE_OF.match(rest):
        return False  # "pharmacy had no naproxen", "took none today": nothing was taken
    if _only_when(word, rest):
        return True
    if NOT_DOSE_OBJECT.match(rest):
        return False
    near_med = any(m.end() <= mm.start <= m.end() + 30 for mm in mentions) or (
        # "robaxin had 2", "tramadol took 1": named just before, its count after
        any(0 <= m.start() - mm.end <= 3 for mm in mentions) and bool(_A_COUNT.match(rest))
    )
    # "took 400mg", "had 2.5 ml": an amount of what is due, unnamed (never "had 500ml")
    near_pill = bool(PILL_RE.search(clause, m.end(), m.end() + 30) or _AN_AMOUNT.match(rest))
    if _SAID_AFTER_THE_NAME.match(word) and _named_just_before(clause, m.start(), mentions):
        return True  # "voltaren 2% rubbed in", "panadol soluble 2 in water", "bupe under my tongue"
    if _names_something_else(clause, m.end(), near_med or near_pill):
        return False  # "took the kids to school", "took a photo", "took 2 buses"
    if word.startswith(("don ", "did it")) or word == "down the hatch" or word.startswith("got"):
        return True  # "I don take am", "down the hatch 💊"
    if word.endswith(("eat", "ate")):
        return near_med or near_pill  # "I eat the ibuprofen", never "I ate my dinner"
    if word in ("had", "used", "applied", "put on", "stuck on", "injected", "drank", "drink") or (
        word.startswith("rubbed")
    ):
        # "had it at 2:30", "had mine": a dose; "had it with this pain": not.
        had_dose = word == "had" and bool(HAD_DOSE.match(rest))
        return near_med or near_pill or had_dose
    # "swallowed ✅": nothing after the verb but emoji or punctuation
    return bool(near_med or near_pill or OBJECT.match(rest) or not WORDISH.search(rest))


# A dose's amount right after the verb, no name: never a drink's volume ("had 500ml of
# water", "had 250 ml of milk") — a spoonful's worth of ml, any mg or mcg
_AN_AMOUNT = re.compile(
    r"\s*(?:about\s+|around\s+|maybe\s+|roughly\s+)?(?:\d{1,4}(?:[.,]\d+)?\s*"
    r"(?:mg|mcg|ug|\u00b5g|milligrams?|micrograms?)|\d{1,2}(?:[.,]\d+)?\s*(?:ml|millilit(?:er|re)s?))\b"
    r"(?!\s*(?:of\s+(?!it\b|that\b|the\s+(?:liquid|syrup|solution|oral)\b)|water|milk|juice|tea|coffee|wine|beer))"
)

# Verbs that follow the medicine's name as often as they lead it
_SAID_AFTER_THE_NAME = re.compile(
    r"(?:rubbed|applied|swallowed|injected|dissolved|in\s|under\s|beneath\s|used|put\s+on|stuck\s+on)"
)
# Between a name and such a verb: only its strength, count or form
_ONLY_ITS_DETAILS = re.compile(
    r"[\s\d.,x%/()-]*(?:(?:mg|mcg|g|ml|mls|tabs?|tablets?|pills?|caps?|capsules?|liquid|syrup|"
    r"solution|gel|cream|spray|patch|soluble|fizzy|sachets?|drops?)\b[\s\d.,x%/()-]*){0,3}"
)


def _named_just_before(clause: str, at: int, mentions: list[Mention]) -> bool:
    """Whether a medicine is named right before `at`, with only its details between."""
    return any(mm.end <= at and _ONLY_ITS_DETAILS.fullmatch(clause, mm.end, at) for mm in mentions)


def _only_when(word: str, rest: str) -> bool:
    """ "taken 1 hr ago", "took at 8": a taking verb followed by nothing but when."""
    if word not in ("taken", "took", "done") or not rest.strip():
        return False
    scan = scan_time(rest)
    return (
        bool(scan.spans)
        and (scan.ago is not None or scan.clock is not None)
        and not WORDISH.search(mask(rest, scan.spans))
    )


_ONLY_SAID = re.compile(r"^\s*(?:only|just)\b")
_NONE_OF = re.compile(r"\s*(?:no|none|nothing|zero|not\s+(?:a|one|any))\b(?!\s*\.\s*\d)")
_THE_DOSE_FIRST = re.compile(
    r"(?:doses?|meds|pills?|tablets?|medicine|medication|jab|injection|shot|gel|cream)\b"
)
_A_COUNT = re.compile(
    r"\s*(?:\d(?:\.5)?|one|two|three|a\s+couple|half)\b(?!\s*(?:hours?|hrs?|days?|mins?|minutes?))"
)
_A_DOSE = re.compile(r"\s*(?:it|them|any|my\s+(?:meds|medication|dose|doses))\b")
_TO_BEFORE = re.compile(r"\bto\s+$")
# (an emoji after it too: "…and forgot my own 🙈")
_MY_OWN = re.compile(
    r"^\s*my\s+own\b(?=\s*(?:$|[,.;!]|at\b|this\b|last\b|today\b|too\b|and\b|@|[^\w\s]))"
)
# ("have not had any black pudding": a food, no dose)
_DETERMINED_NOUN = re.compile(
    r"^\s*(?:the|my|a|an|our|his|her|their|some|any)\s+(?P<w>[a-z0-9'.:]+)"
)
# "took 2 buses": a number and a plural word no dose is called
_COUNTED_NOUN = re.compile(r"^\s+(?:\d{1,2}|two|three|four|five)\s+(?P<w>[a-z]{3,}s)\b")


def _names_something_else(clause: str, end: int, dose_near: bool) -> bool:
    """Whether the words after a taking verb ending at `end` name a thing no dose is
    called ("took the kids", "didn't use the cane"), with no medicine or pill near."""
    rest = clause[end:]
    if _MY_OWN.match(rest):
        return False  # "took my own at 6" (and not the one asked for): the writer's dose
    thing = _DETERMINED_NOUN.match(rest) or _COUNTED_NOUN.match(rest)
    if not thing or dose_near or _may_name_a_dose(thing["w"]):
        return False
    if thing["w"] in _WHEN_WORDS or thing["w"] in ("of", "more", "other", "others"):
        # "took 2 this morning": a count, then when; "haven't had any of my tablets"
        return False
    return not names_a_kind(rest, thing.start("w"))  # "the muscle relaxer"


#: Words that open when something happened, never a thing counted ("took 2 this morning")
_WHEN_WORDS = frozenset(
    {"this", "that", "last", "yesterday", "today", "tonight", "earlier", "just", "now", "at"}
    | {"around", "about", "before", "after", "with", "in", "on", "first", "again", "then"}
)


def _may_name_a_dose(word: str) -> bool:
    """Whether the word after "took the/my" can be a dose: a dose word, a number, a time,
    or a word no dictionary has (slang: "my xannies"). A medicine's name never gets here:
    it is a mention, next to the verb."""
    return word in DOSE_OBJECT_WORDS or any(c.isdigit() for c in word) or not is_english_word(word)


_CAN_WAIT = re.compile(r"(?:can|could|will|'ll|gonna|has\s+to|have\s+to)\s+wait\b")
_A_DOSE_BEFORE = re.compile(r"\b(?:it|that|they|dose|doses|pills?|meds|tablets?|one|ones)\s+$")


def _first_snooze(clause: str, mentions: list[Mention]) -> re.Match[str] | None:
    if sleep_hours_alone(clause) is not None:
        return None  # "7.5 hrs 💤": a night's sleep, not a wait
    for m in SNOOZE.finditer(clause):
        if m.group() == "later" and LATER_FALSE.search(clause):
            continue  # "an hour later" dates what happened
        said_of_a_dose = mentions or _A_DOSE_BEFORE.search(clause, 0, m.start())
        if _CAN_WAIT.match(m.group()) and not said_of_a_dose:
            continue  # "the physio can wait": something else put off
        if m.group() == "mamaya" and _an_activity_waits(clause, mentions):
            continue  # "pt mamaya", "mag walk ako mamaya": the activity is later today
        if _asks_to_wait(clause, m, mentions):
            return m
    return None


def _an_activity_waits(clause: str, mentions: list[Mention]) -> bool:
    """Whether a Tagalog "later" (mamaya) is said of an activity, with no dose named."""
    if mentions or PILL_RE.search(clause):
        return False
    return any(
        m.lastgroup and not ACTIVITY_FALSE.match(clause, m.start())
        for m in ACTIVITY_RE.finditer(clause)
    )


def _segment_events(
    clause: str,
    idx: int,
    mentions: list[Mention],
    seg_start: int,
    seg_end: int,
    verb: _Verb,
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
) -> list[DoseEvent]:
    """The doses one verb's segment of the clause speaks of, one per medicine named."""
    start, end, status = verb
    seg = clause[seg_start:seg_end]
    named = _named_in(clause, mentions, seg_start, seg_end)
    amounts = amounts_in(seg)
    count = count_in(seg)
    # "slept from midnight till 6:30 … took my naproxen at 7:45": the night's times before
    # the verb are the sleep's, not the dose's
    night_first = seg_start == 0 < start and bool(_NIGHT_TOLD_BEFORE.search(clause, 0, start))
    own_clock = night_first and scan_time(clause[start:seg_end]).clock is not None
    when_from = start if own_clock else seg_start
    at, vague, minutes, until = _when_said(
        clause, clause[when_from:seg_end], (when_from, seg_end), status, now, zone, tscan
    )
    reason, explicit = _stated_reason(clause[start:end]) if status == "skipped" else (None, False)
    if reason == "ran_out" and _TOLD_NO_MORE.search(clause, 0, start):
        # "the doctor there said no more diazepam for now": stopped on purpose, never a
        # supply run out on the report (Sandbox, Edinburgh)
        reason, explicit = "other", True
    targets: list[str | None] = list(named.meds) if named.meds else [None]
    # "2 doses", "twice": the count is of whole doses, not of tablets
    of_dose = count is not None and count >= 2 and bool(_DOSES_COUNTED.search(seg))
    if status == "taken" and len(targets) == 1:
        twice = one_medicine_twice(clause, seg, named, targets[0], amounts, now, zone, idx)
        if twice:
            return twice
        times = TIMES_TAKEN.search(seg) if count in (None, 1.0) else None
        if count in (None, 1.0) and TWICE.search(seg):
            count = 2.0  # "a double dose", "took 1 twice"
            of_dose = True
        elif times is not None and (n := count_value(times["n"])) is not None:
            count, of_dose = n, True  # "took dolo 3 times today": three doses
    per_med_at = _times_per_med(clause, named.starts, seg_end, now, zone, status)
    events: list[DoseEvent] = []
    for j, med in enumerate(targets):
        amount, unit, units = _amount_and_units(clause, amounts, count, named, j, med)
        if status == "snoozed" and _SNOOZE_THEN_LENGTH.match(clause):
            amount, unit, units = None, None, None  # "snooze my lyrica 15": a length
        own_at = per_med_at[j] if per_med_at else at
        if own_at is None and status == "taken" and named.meds and med is not None:
            # "took 2 norco 845": a nurse's clock after the name, never a strength of 845
            # "norco 1 tab 2330": the same clock after the dose's strength or count
            clock = clock_after_name(clause, named.ends[j], med) or clock_after_dose(
                clause, named.ends[j], med
            )
            # four figures, as written: a 24-hour time ("1130" is never 23:30)
            when = clock and taken_when(
                scan_time("at " + clock.replace(":", "")), "taken", now, zone
            )
            if when:
                own_at, vague = when.isoformat(timespec="seconds"), False
        events.append(
            DoseEvent(
                status=status,
                medication=med,
                amount=amount,
                unit=unit,
                count=units,
                product=named.products[j] if named.meds else None,
                at=own_at,
                vague_at=vague,
                minutes=minutes,
                reason=reason,
                clause=idx,
                explicit_reason=explicit,
                until=until,
                of_dose=of_dose and units is not None and amount is None,
                # a second product of it named in the list ("crocin and dolo"): a dose more
                part=targets[:j].count(med) if med is not None else 0,
            )
        )
    if status == "taken" and len(targets) > 1:
        return _twice_among_many(clause, seg_end, named, events, now, zone, idx)
    return events


_ORDINAL_BEFORE = re.compile(
    r"(?:^|\W)(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)\s+"
    r"(?:one\s+of\s+(?:the\s+|my\s+)?)?$"
)
_NUMBERED_AFTER = re.compile(
    r"\s*(?:#|no\.?\s*|number\s+)(?:[1-9]|one|two|three|four|five|six)\b\s*"
    r"(?:for\s+(?:the\s+)?(?:day|today)|today|of\s+the\s+day|this\s+(?:morning|afternoon|evening)|"
    r"tonight|so\s+far|down|done|in)\b"
)
_ORDINAL_AHEAD = re.compile(
    r"\b(?:tomorrow|will|gonna|going\s+to|later|next|should|can\s+i|may\s+i|allowed|ok\s+to|okay\s+to|"
    r"tempted|want|wanted|wanna|thinking|considering|might|could|would|if|need|needed|before\s+i)\b|\?"
)
_DOSES_COUNTED = re.compile(r"\b(?:\d|two|three|four|both)\s+(?:of\s+(?:my|the)\s+)?doses\b")
_NIGHT_TOLD_BEFORE = re.compile(r"\b(?:slept|sleep|asleep|woke|awake|bed|up\s+at)\b")


# What joins one medicine's words to the next one's, with that one's count or article:
# "…at 7am and 1pm and gabapentin", "soma at 6:30 and 1 perc"
_JOINER_END = re.compile(
    r"(?:,|;|\band\b|\bn\b|&|\bthen\b|\bplus\b|\+|\bw(?:ith)?\b)\s*"
    r"(?:\d+(?:\.5)?|one|two|three|four|an?|half|some|my|the|a\s+couple\s+of)?\s*$"
)


def _twice_among_many(
    clause: str,
    seg_end: int,
    named: Named,
    events: list[DoseEvent],
    now: datetime,
    zone: ZoneInfo,
    idx: int,
) -> list[DoseEvent]:
    """ "took my oxy at 7am and 1pm and gabapentin with lunch": of several medicines named
    by one verb, each said at two times is two doses."""
    out: list[DoseEvent] = []
    for j, event in enumerate(events):
        last = j + 1 == len(named.starts)
        own = clause[named.starts[j] : seg_end if last else named.starts[j + 1]]
        if not last:
            own = _JOINER_END.sub("", own, count=1)
        one = Named(
            [named.meds[j]],
            [named.starts[j]],
            [named.ends[j]],
            [named.counts[j]],
            [named.products[j]],
        )
        twice = one_medicine_twice(
            clause, own, one, event.medication, amounts_in(own), now, zone, idx
        )
        if len(twice) >= 2:
            _amount_said_before_name(twice, event)
        out.extend(twice if len(twice) >= 2 else [event])
    return out


def _amount_said_before_name(doses: list[DoseEvent], event: DoseEvent) -> None:
    """ "took 1000mg tylenol at 8 and 1000 at 12 and 2 norco at 13": the amount said before
    the name, outside the medicine's own words, is its first dose's, and the unit of a
    later one that said the same number bare."""
    if event.amount is None or doses[0].amount is not None:
        return
    doses[0].amount, doses[0].unit = event.amount, event.unit
    for dose in doses[1:]:
        if dose.amount == event.amount and dose.unit is None:
            dose.unit = event.unit
        elif dose.amount is None and dose.count is None:
            dose.amount, dose.unit = event.amount, event.unit  # "…and again at 12"


def _when_said(
    clause: str,
    seg: str,
    span: tuple[int, int],
    status: DoseStatus,
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
) -> tuple[str | None, bool, int | None, str | None]:
    """When a segment's dose was taken (ISO, and whether only vaguely said), or for a wait
    its length in minutes or the instant it runs to."""
    if status == "snoozed":
        minutes, until = _wait_said(seg, now, zone)
        return None, False, minutes, until
    seg_scan = scan_time(seg) if span != (0, len(clause)) else tscan
    if seg_scan.anchor and _SINCE_A_DAY.search(seg):
        # "the meloxicam with breakfast, haven't gone since wednesday": when something else
        # began, not the dose's day
        seg = _SINCE_A_DAY.sub(lambda m: " " * len(m.group()), seg)
        seg_scan = scan_time(seg)
    sleep = _SLEEP_TOLD.search(seg)
    if sleep is not None and seg_scan.anchor:
        # "took 2 tramadol at 6, only slept 3 hrs last nite": the night is the sleep's
        own = scan_time(seg[: sleep.start()])
        if own.clock is not None or own.ago is not None:
            seg, seg_scan = seg[: sleep.start()], own
    if seg_scan.clock is None and seg_scan.anchor and (about := _ABOUT_THE_HOUR.search(seg)):
        # "tramadol 50 about 11 last nite": of a dose, "about 11" before the day is its hour
        seg = seg[: about.start()] + "at " + about["h"] + seg[about.end() :]
        seg_scan = scan_time(seg)
    when = _dose_time(seg, seg_scan, status, now, zone)
    if when is None:
        return None, False, None, None
    return when.isoformat(timespec="seconds"), _vague(seg, seg_scan), None, None


_SINCE_A_DAY = re.compile(
    r"\b(?:since|until|till|til)\s+(?:last\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)"
    r"(?:day)?\b"
)
_ABOUT_THE_HOUR = re.compile(
    r"\b(?:about|approx\.?|roughly|maybe)\s+(?P<h>(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?)"
    r"(?=\s+(?:last\s+ni(?:ght|te)|this\s+(?:morning|afternoon|evening)|tonight|yesterday|"
    r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)"
)


def _amount_and_units(
    clause: str,
    amounts: list[tuple[float, str]],
    count: float | None,
    named: Named,
    j: int,
    med: str | None,
) -> tuple[float | None, str | None, float | None]:
    """The `j`th medicine's amount, unit and count: one number is a strength or a count,
    never both ("took 50 tramadol"), and a fraction that is a strength is one ("7.5")."""
    n = max(len(named.meds), 1)
    amount, unit = _amount_for(clause, amounts, n, j, med, named.starts, named.ends)
    units = _count_for(count, named.counts, j, n)
    if amount is None and units is not None and (strength := strength_said_as_count(med, units)):
        return strength[0], strength[1], None  # "took 7.5 meloxicam"
    if units is not None and units == amount and units > 4:
        units = None  # "took 50 tramadol": its strength, never also 50 tablets
    return amount, unit, units


def product_name(generic: str, written: str) -> str | None:
    """The name as written when it is a product's own name: a brand ("Tylenol PM",
    "Advil"), kept so the record says what the person took, or a form ("conzip" is
    extended-release tramadol), so the safety checks use that form's limits. Not a
    misspelling, which is only read."""
    drug = get_drug(generic)
    if drug is None:
        return None
    low = " ".join(written.lower().split())
    form = drug.form_for(written)
    if form is not None:
        # "tylenol es", "extra strength tylenol": the brand's own name for that form, so
        # the doctor reads one product, not three ("Tylenol es", "Extra strength tylenol")
        return _brand_of_form(drug.brands, form.names, low) or written
    if low in multiword_names():
        return written
    # A brand, or the ingredient's name elsewhere ("paracetamol", "co-codamol"): a British
    # record says so.
    other = drug.is_other_name(low) or drug.is_other_name(low.replace("-", ""))
    return written if low in _brands(generic) or other else None


def _brand_of_form(brands: Sequence[str], names: Sequence[str], low: str) -> str | None:
    """The brand, as its maker spells it, that is one of a form's names and whose first
    word was written ("Tylenol Extra Strength" of "tylenol es"); None for a generic's
    form ("extra strength acetaminophen" is no Tylenol)."""
    said = set(low.split())
    forms = {" ".join(n.lower().split()) for n in names}
    ours = [b for b in brands if b.lower() in forms]
    # the brand written whole first: "tylenol arthritis" is Tylenol Arthritis, never the
    # same caplet's other name "Tylenol 8 HR" (Sandbox, Phoenix)
    whole = next((b for b in ours if b.lower() in low), None)
    return whole or next((b for b in ours if b.split()[0].lower() in said), None)


@cache
def _brands(generic: str) -> frozenset[str]:
    drug = get_drug(generic)
    return frozenset(b.lower() for b in drug.brands) if drug else frozenset()


# (never "slept through my 8am dose": the dose slept past, not a break's end)
_UNTIL = re.compile(
    r"\b(?:till|til|until|untill|(?<!slept\s)(?<!right\s)(?<!sleeping\s)(?:through|thru))\s+"
    r"(?:[\w']+\s+){0,4}$"
)


def _dose_time(
    seg: str, scan: TimeScan, status: str, now: datetime, zone: ZoneInfo
) -> datetime | None:
    """When the segment's dose was taken or skipped; none for a break's end ("won't be
    taking anything till friday")."""
    if status == "skipped" and _only_an_end(seg, scan):
        return None
    return _off_by(seg, scan, taken_when(scan, status, now, zone), now)


def _only_an_end(seg: str, scan: TimeScan) -> bool:
    """Every time the segment says is the end of a break ("till friday"), none a dose's."""
    return bool(scan.spans) and all(_UNTIL.search(seg, 0, start) for start, _ in scan.spans)


#: A wait named by a clock time this far ahead at most; later, the time is more likely
#: the next dose's than this one's ("gonna take the naproxen at 8 tonight" at 11:00).
LONGEST_WAIT = timedelta(hours=3)


# "took my 8 o'clock oxy an hour late", "had the 9pm gabapentin 30 mins early"
_OFF_BY = re.compile(
    r"\b(?P<len>(?:an?|one|half\s+an?|a\s+half|\d+(?:\.\d+)?|two|three|four|five|ten|fifteen|twenty|"
    r"thirty|forty|forty-five|ninety)\s*(?:hours?|hrs?|h|minutes?|mins?|m))\s+(?P<dir>late|early|"
    r"later|earlier)\b"
)


# "my 8 o'clock …", "the 9pm …": the clock names the dose, not when it was taken
_THE_DOSE_OF = re.compile(r"\b(?:my|the|this|his|her|our)\s+$")


def _vague(seg: str, scan: TimeScan) -> bool:
    """A dose's time that a time said after it may replace: none but a part of day or a
    meal, or the clock that names the dose ("my 8am dose")."""
    clock = scan.clock
    return scan.ago is None and (
        clock is None or clock.period == "meal" or _names_the_dose(seg, scan)
    )


def _names_the_dose(seg: str, scan: TimeScan) -> bool:
    """ "my 8am dose": the clock says which dose, so a time said after it ("…, about half
    9") is when it was taken."""
    return any(_THE_DOSE_OF.search(seg, 0, start) for start, _ in scan.spans)


def _off_by(seg: str, scan: TimeScan, when: datetime | None, now: datetime) -> datetime | None:
    """A dose's own clock time moved by how late or early it was taken, never past now."""
    m = _OFF_BY.search(seg)
    if when is None or m is None or scan.clock is None or scan.clock.period == "meal":
        return when
    if not _names_the_dose(seg, scan):
        return when  # "took the oxy at 9, an hour late": 9 is when it was taken
    minutes = _duration(m["len"])
    if minutes is None:
        return when
    moved = when + timedelta(minutes=minutes if m["dir"].startswith("late") else -minutes)
    if moved > now and scan.clock.period is None:
        moved -= timedelta(hours=12)  # "my 8 o'clock … an hour late" at 20:05: the morning's
    return moved if moved <= now else when


def _wait_said(seg: str, now: datetime, zone: ZoneInfo) -> tuple[int | None, str | None]:
    """A wait's length in minutes ("will take the gabapentin at 3" at 14:05: 55), or, for
    a clock time further ahead, that instant (ISO 8601) for the bot to weigh."""
    scan = scan_time(seg)
    minutes = _snooze_minutes(seg) or _minutes_until(scan, now, zone)
    later = None if minutes else _clock_ahead(scan, now, zone, LONGEST_SAID)
    if not minutes and later is None:
        later = _meal_ahead(seg, scan, now, zone)
    return minutes, later.isoformat(timespec="seconds") if later else None


#: "after lunch": about this long after the meal's usual hour
_AFTER_A_MEAL = timedelta(hours=1)
_AFTER_MEAL_SAID = re.compile(r"\bafter\s+(?:my\s+|the\s+)?(?:breakfast|lunch|dinner|supper|tea)")


def _meal_ahead(seg: str, scan: TimeScan, now: datetime, zone: ZoneInfo) -> datetime | None:
    """ "will take it after lunch" said at 09:00: the meal's usual hour (an hour after it,
    for "after"), still to come within `LONGEST_SAID`, for the bot to wait until (it
    waited its 15 minutes and asked again in the middle of the morning — Sandbox)."""
    if scan.clock is None or scan.clock.period != "meal" or scan.ago is not None:
        return None
    local = now.astimezone(zone)
    meal = local.replace(hour=scan.clock.hour, minute=scan.clock.minute, second=0, microsecond=0)
    if _AFTER_MEAL_SAID.search(seg):
        meal += _AFTER_A_MEAL
    for ahead in (timedelta(0), timedelta(days=1)):
        later = meal + ahead  # (wall-clock arithmetic: the same tzinfo)
        if now < later <= now + LONGEST_SAID:
            return later
    return None


#: The furthest a wait said to a clock time is kept for the bot (`DoseIntent.until`).
LONGEST_SAID = timedelta(hours=12)


def _minutes_until(scan: TimeScan, now: datetime, zone: ZoneInfo) -> int | None:
    """Minutes until the clock time a wait names, when it is still to come within
    `LONGEST_WAIT`; None for no clock, a meal, a time past or further ahead."""
    later = _clock_ahead(scan, now, zone, LONGEST_WAIT)
    return max(1, round((later - now).total_seconds() / 60)) if later else None


def _clock_ahead(
    scan: TimeScan, now: datetime, zone: ZoneInfo, within: timedelta
) -> datetime | None:
    """The next instant of the clock time a wait names, within `within` of now; None for
    no clock, a meal, a time past or further ahead."""
    if scan.clock is None or scan.clock.period == "meal" or scan.ago is not None:
        return None
    when = resolve_scan(scan, now, zone)
    if when is None:
        return None
    for ahead in (timedelta(0), timedelta(hours=12), timedelta(hours=24)):
        later = when + ahead
        if now < later <= now + within:
            return later
    return None


# What joins two names of a list of things taken: "crocin and dolo", "tylenol + panadol"
_LIST_JOINER = re.compile(
    r"\s*(?:and|n|&|plus|\+|with|as\s+well\s+as|along\s+with|also)\s+"
    r"(?:(?:\d+(?:\.5)?|one|two|three|four|an?|half|some|my|the|his|her|their|a\s+couple\s+of)\s+)*$"
)


def _another_product(clause: str, named: Named, mm: Mention) -> bool:
    """ "took crocin and dolo": a second product of a medicine already named in the
    segment, joined to it as one more thing taken, is a second dose — never the same one
    said again ("my tylenol, the acetaminophen", "tylenol (paracetamol)")."""
    written = " ".join(clause[mm.start : mm.end].lower().split())
    if any(
        " ".join(clause[s:e].lower().split()) == written
        for g, s, e in zip(named.meds, named.starts, named.ends, strict=True)
        if g == mm.generic
    ):
        return False
    return named.meds[-1] == mm.generic and bool(
        _LIST_JOINER.match(clause, named.ends[-1], mm.start)
    )


def _named_in(clause: str, mentions: list[Mention], seg_start: int, seg_end: int) -> Named:
    named = Named([], [], [], [], [])
    before = seg_start
    for mm in mentions:
        if seg_start <= mm.start < seg_end and (
            mm.generic not in named.meds or _another_product(clause, named, mm)
        ):
            named.meds.append(mm.generic)
            named.starts.append(mm.start)
            named.ends.append(mm.end)
            said = count_before(clause[before : mm.start])
            named.counts.append(said if said is not None else _count_after(clause, mm))
            named.products.append(product_name(mm.generic, clause[mm.start : mm.end]))
            before = mm.end
    return named


def _count_after(clause: str, mm: Mention) -> float | None:
    """The count just after a name, unless that number is read as the medicine's
    strength: one number is never both ("tizanidine 4 at 9" is 4 mg, not 4 tablets)."""
    marked = count_marked_after(clause, mm.end)
    if marked is not None:
        return marked
    together = counted_at_once(clause, mm.end)
    if together is not None:
        return together  # "tramadol 50mg 2 together": units, whatever strengths it has
    combination = _COMBINATION_STRENGTH.match(clause, mm.end)
    if combination is not None:
        # "co-codamol 15/500 two at 7": the strength said, then how many
        return count_after(clause, combination.end())
    after = count_after(clause, mm.end)
    if after is not None and bare_amount(clause, mm.end, mm.generic) is not None:
        return None
    return after


_TOLD_NO_MORE = re.compile(
    r"\b(?:said|says|told\s+(?:me|her|him|us|them)|wants?|advised|ordered|instructed)\s*"
    r"(?:to\s+(?:have|take)\s+)?$"
)


def _stated_reason(word: str) -> tuple[SkipReason | None, bool]:
    """The reason a skip word gives by itself ("ran out", "forgot"), and whether it did."""
    if word.startswith(("ran", "run", "out", "none left", "no more")):
        return "ran_out", True
    if word.startswith(("forg", "slept", "sleeping")):
        return "forgot", True  # "slept through my cymbalta": asleep at its time
    return None, False


_AMOUNT_AFTER_NAME = re.compile(r"\s*(?=\d)" + AMOUNT.pattern.removeprefix(r"\b"))
_COUNT_X_AMOUNT = re.compile(
    r"\s*\d(?:\.5)?\s*[x×]\s*(?P<n>\d{2,4}(?:[.,]\d+)?)\s*(?P<u>mg|mcg|g|ml)?\b"
)
# "took 250mg naproxen and gabapentin": an amount with its unit right before a name
_AMOUNT_BEFORE_NAME = re.compile(AMOUNT.pattern + r"\s+(?:of\s+)?(?:the\s+|my\s+)?$")


def _amount_for(
    clause: str,
    amounts: list[tuple[float, str]],
    n_targets: int,
    j: int,
    med: str | None,
    med_starts: list[int],
    med_ends: list[int],
) -> tuple[float | None, str | None]:
    """The amount of target `j`: its own, the one amount given for all, or a bare strength."""
    if len(amounts) == n_targets:
        return amounts[j]
    if amounts and n_targets == 1:
        return amounts[0]
    if j < len(med_ends):
        # "my oxycodone 5mg at 8 and lyrica at 9": an amount written right after a name
        own = _AMOUNT_AFTER_NAME.match(clause, med_ends[j])
        if own is not None:
            return float(own["n"].replace(",", ".")), UNIT_MAP[own["u"]]
        times = _COUNT_X_AMOUNT.match(clause, med_ends[j])
        if times is not None and med is not None:
            # "gabapentin 2x300": two of 300 — the amount is one unit's
            value = float(times["n"].replace(",", "."))
            if times["u"]:
                return value, UNIT_MAP[times["u"]]
            marketed = strength_said_as_count(med, value)
            if marketed is not None and marketed[1] is not None:
                return marketed[0], marketed[1]
        own = _AMOUNT_BEFORE_NAME.search(clause, 0, med_starts[j])
        # (not one written right after the name before it: "gabapentin 300mg naproxen")
        if own is not None and (j == 0 or clause[med_ends[j - 1] : own.start()].strip()):
            return float(own["n"].replace(",", ".")), UNIT_MAP[own["u"]]
    if med is not None and j < len(med_ends):
        # "lyrica 75", "neurontin taken, 300": a marketed strength, in mg; "etoricoxib 90"
        found = bare_amount(clause, med_ends[j], med)
        if found is not None:
            return found
        before = amount_before(clause, med_starts[j], med)  # "800 motrin at 10", "1000 of tylenol"
        if before is not None:
            return before
    return None, None


def _asks_to_wait(clause: str, hit: re.Match[str], mentions: Sequence[Mention]) -> bool:
    """Whether a snooze phrase asks to postpone the dose rather than date a report."""
    if not VAGUE_WAIT.match(hit.group()):
        return True
    if not mentions and _ANOTHER_PLAN.search(clause) and not PILL_RE.search(clause):
        return False  # "I'll do my walk later": the walk waits, not a dose
    if (
        _IN_A_LENGTH.fullmatch(hit.group())
        and (mentions or _THE_DOSE_SAID.search(clause))
        and not TAKEN_VERB.search(clause)
    ):
        return True  # "tonight's dose in 40 min, remind me": that dose, later
    if FUTURE.search(clause) and not another_plan_waits(clause, hit.start(), mentions):
        return True  # "I'll take it later" (never "will call the doctor later")
    spans = [(hit.start(), hit.end())] + [(mm.start, mm.end) for mm in mentions]
    return all(
        t.group() in WAIT_FILLER
        for t in TOKEN.finditer(clause)
        if not any(a <= t.start() < b for a, b in spans)
    )


_IN_A_LENGTH = re.compile(
    r"in\s+(?:\d{1,3}\s*(?:min(?:ute)?s?|m|h|hrs?|hours?)|(?:half\s+)?an?\s+hour(?:\s+and\s+a\s+half)?)"
)
_THE_DOSE_SAID = re.compile(r"\b(?:dose|pills?|tablets?|meds|medication)\b")


# Something else put off: "I'll do my walk later", "gonna have a bath after dinner"
_ANOTHER_PLAN = re.compile(
    r"\b(?:do|have|take|go\s+(?:for|on))\s+(?:my|a|the|some)\s+(?:walk|stroll|shower|bath|exercises?|"
    r"stretch(?:es|ing)?|physio|nap|swim|shopping|run|yoga|pilates|gym|workout|hoovering|housework)\b|"
    r"\bgo\s+(?:for\s+a\s+)?(?:walk|swim|run)\b"
)


# A count said with its unit, after or before the name: "robaxin 2 tabs", "2 caps of lyrica"
_COUNTED_UNITS = (
    # (a dose's count, never a box's: "30 tablets of tramadol" is a prescription)
    r"(?<![\d.])(?:[1-4](?:\.5)?|one|two|three|four|half(?:\s+an?)?|a\s+couple\s+of)\s+(?:"
    + PILL_WORDS
    + r"|sachets?|of\s+them)\b"
)
_UNITS_COUNTED_AFTER = re.compile(r"\W*(?:x\s*)?" + _COUNTED_UNITS)
_UNITS_COUNTED_BEFORE = re.compile(_COUNTED_UNITS + r"\s+(?:of\s+)?(?:my\s+|the\s+)?$")


# How many times a medicine was taken on a day gone by, said after its name
_TIMES_SO_FAR = re.compile(
    r"\s*(?:twice|thrice|(?:[2-4]|two|three|four)\s*(?:x|times))\s+(?:so\s+far\s+)?"
    r"(?:today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night)\b"
)


_COMBINED_STRENGTH = re.compile(r"\s*\d{1,4}(?:\.\d+)?\s*/\s*\d{2,4}\b(?!\s*/)\s*(?:mg\b)?\W*$")


def _reads_as_log(clause: str, first: Mention, tscan: TimeScan) -> bool:
    """Whether a verbless clause naming a medicine logs a dose of it."""
    if CHANGE_OF_MED.search(clause, 0, first.start) or EFFECT_OF_MED.match(clause, first.end):
        # "awake at 3am since upping the duloxetine", "duloxetine has me awake at 3am":
        # a change or an effect, not a dose
        return False
    if MOVED_MED.search(clause, 0, first.start) and MOVED_TO.match(clause, first.end):
        return False  # "changing my gabapentin to 9am from tomorrow": a time moved
    if as_a_rule(clause, first.start):
        return False  # "I usually take gabapentin at 9": the rule, not a dose
    if _A_PLAN.search(clause, 0, first.start):
        return False  # "pharmacy opens at 2 so I'll collect the gabapentin and take it then"
    if _ONLY_BEFORE.match(clause[: first.start]) and _WHEN_OF_THE_DAY.match(clause, first.end):
        # "nurofen after the school run", "cymbalta with my oatmeal" (never "…left?")
        return not _not_a_log(clause)
    if goes_with_a_meal(clause):
        return False  # "mobic goes with breakfast": when it is taken as a rule
    if _EITHER_AMOUNT.match(clause, first.end):
        return False  # "gabapentin 300 or 600, which one am i meant to be on?": not sure which
    if _SCHEDULE_LINE.match(clause, first.end):
        return False  # "gabapentin 300mg 08:00 14:00 22:00": its times, as /add takes them
    if _ONLY_BEFORE.match(clause[: first.start]) and _NOW_ALONE.match(clause, first.end):
        return "?" not in clause  # "aleve now", "amitriptyline going in now"
    if _ONLY_BEFORE.match(clause[: first.start]) and _AGAIN_ALONE.match(clause, first.end):
        return "?" not in clause  # "palexia again", "nurofen again now"
    if AMOUNT.search(clause) or tscan.clock or tscan.ago or COUNT_X.search(clause):
        return True
    if _COMBINED_STRENGTH.match(clause, first.end):
        return True  # "percocet 5/325", "co-codamol 30/500": a combination's strengths
    if _TIMES_SO_FAR.match(clause, first.end):
        return True  # "tramadol twice today, 8 and 2" (never "twice a day": a schedule)
    if _not_a_log(clause):
        return False  # "2 norco left", "should I take 2 advil?", "need to buy panadol"
    if counted_at_once(clause, first.end) is not None:
        return not a_limit_told(clause)  # "tramadol 2 at once" (never "… max")
    if count_before(clause[: first.start]) is not None:
        return True
    if count_marked_after(clause, first.end) is not None:
        return True  # "diazepam only a quarter tablet", "ultram 50mg x2"
    if _UNITS_COUNTED_AFTER.match(clause, first.end) or _UNITS_COUNTED_BEFORE.search(
        clause, 0, first.start
    ):
        return True  # "methocarbamol 2 tabs", "2 caps of gabapentin"
    if (tscan.anchor or _NOW_AFTER_COUNT.search(clause, first.end)) and count_after(
        clause, first.end
    ) is not None:
        return True  # "percocet 1 this morning", "panadol 2 now"
    if JUST_NOW.search(clause):
        return True
    if _HOW_OFTEN.search(clause):
        return False  # "taking 300 of gabapentin 3 times a day now": the regimen, no dose
    if amount_before(clause, first.start, first.generic) is not None:
        return True  # "1000 of tylenol", "800 motrin", as "tylenol 1000"
    return bare_amount(clause, first.end, first.generic) is not None


# How often a medicine is meant to be taken: "3 times a day", "twice daily", "every 6 hours"
_HOW_OFTEN = re.compile(
    r"\b(?:(?:[1-6]|one|two|three|four|once|twice|thrice)\s*(?:times?|x)?\s*(?:a|per|each)\s+day|"
    r"(?:once|twice|thrice|[1-6]\s*(?:times|x))\s+daily|every\s+\d+\s*(?:hours?|hrs?|h)\b)"
)


def _count_for(count: float | None, per_med: list[float | None], j: int, n: int) -> float | None:
    """The count of target `j`: the segment's own, or the one just before its name."""
    if n == 1:
        return count if count is not None or not per_med else per_med[0]
    return per_med[j] if j < len(per_med) else None


def _times_per_med(
    clause: str,
    starts: list[int],
    seg_end: int,
    now: datetime,
    zone: ZoneInfo,
    status: DoseStatus,
) -> list[str | None]:
    """ "ibuprofen at 8 and gabapentin at 2pm": each medicine takes the time after it; where
    the items are joined ("45 mins ago meloxicam 15 and 10 mins ago tizanidine 4", "at 7
    took cymbalta and at 9 an advil"), the time inside its own item, before or after it."""
    if len(starts) < 2 or status == "snoozed":
        return []
    out: list[str | None] = []
    for start, end in _item_spans(clause, starts, seg_end):
        when = resolve_scan(scan_time(clause[start:end]), now, zone)
        out.append(when.isoformat(timespec="seconds") if when else None)
    if all(a is None for a in out):
        return []
    # A time given once for all ("ibuprofen and gabapentin at 8am") applies to each.
    last = out[-1]
    return [a if a is not None else last for a in out]


#: What joins two items of a list: "… and …", ", ", " & ", " n ", "then"
_JOIN = re.compile(r"\s*,\s*(?:and\s+|then\s+|&\s+)?|\s+(?:and|n|&|then|plus)\s+(?:then\s+)?")


def _item_spans(clause: str, starts: list[int], seg_end: int) -> list[tuple[int, int]]:
    """Where each medicine's time is read: from its name to the next name; where every item
    is joined ("… and …", ", "), its whole item, the first one from its opening when no time
    follows its name ("45 mins ago meloxicam 15 and …")."""
    ends = [*starts[1:], seg_end]
    cuts = [_item_start(clause, a, b) for a, b in zip(starts, starts[1:], strict=False)]
    if any(c is None for c in cuts):
        return list(zip(starts, ends, strict=True))
    bounds = [c for c in cuts if c is not None]
    first_end = bounds[0]
    first = starts[0]
    if not scan_time(clause[first:first_end]).spans:
        first = _item_start(clause, 0, first) or 0
    return list(zip([first, *bounds], [*bounds, seg_end], strict=True))


def _item_start(clause: str, prev: int, start: int) -> int | None:
    """Where the item holding the medicine named at `start` begins: after the last join
    between it and the one before (at `prev`); None when nothing joins them."""
    cut = None
    for m in _JOIN.finditer(clause, prev, start):
        if m.start() > prev:
            cut = m.end()
    return cut


_SLEEP_TOLD = re.compile(
    r"\b(?:slept|sleeping|woke|(?:couldn't|could\s+not|can't|didn't)\s+sleep)\b"
)
_ABOUT_SLEEP = re.compile(r"\bsle(?:ep|pt|eping)\b|\bnight\b|\bin\s+bed\b")
_SKIN_TONE = re.compile("[\U0001f3fb-\U0001f3ff]")
_OUT_OF_THEM = re.compile(
    r"out\s+of\s+(?:(?:it|those|these)\b(?=\s*(?:$|[,.!;]|today|now|again|already|sadly))|"
    + _THE_DOSES_AGAIN.pattern
    + ")"
)
_ALARM_MINUTES = re.compile(r"\u23f0\s*(\d{1,3})\b")  # "⏰ 15"


# "snooze my lyrica 15", "snooze the nerve pill 15 min": the length said last, after the
# medicine (never its strength)
_SNOOZE_THEN_LENGTH = re.compile(
    # (the dose's own clock passed over: "snoozing my 2pm celebrex 15 min")
    r"^\W*(?:pls\s+|please\s+)?(?:snooz(?:e|ing)|hold(?:ing)?|remind\s+me)\b"
    r"(?:[^\d]|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)*?(?<!at\s)(?<!by\s)(?<!@\s)(?<!@)(?<!till\s)(?<!until\s)(?<!til\s)"
    r"\b(?P<n>\d{1,3})\s*"
    r"(?:(?P<u>m|mins?|minutes?|h|hrs?|hours?)\b.*|\W*)$"
)


_MINUTES_MORE = re.compile(r"\b(?P<n>\d{1,3})\s*(?:m|mins?|minutes?)\s+more\b(?!\s+than)")


def _snooze_minutes(seg: str) -> int | None:
    more = _MINUTES_MORE.search(seg)
    if more is not None and 0 < int(more["n"]) <= 240:
        return int(more["n"])  # "30 mins more, I am eating"
    said_last = _SNOOZE_THEN_LENGTH.match(seg)
    if said_last is not None:
        hours = (said_last["u"] or "m").startswith("h")
        minutes = int(said_last["n"]) * (60 if hours else 1)
        if 0 < minutes <= 240:
            return minutes  # "snooze my lyrica 15", "snooze zanaflex and mobic 1 hr"
    alarm = _ALARM_MINUTES.search(seg)
    if alarm is not None and 0 < int(alarm.group(1)) <= 24 * 60:
        return int(alarm.group(1))
    if re.search(r"\b(?:(?:an?|one)\s+)?(?:hour|hr)\s+and\s+a\s+half\b", seg):
        return 90
    for m in SNOOZE_MIN.finditer(seg):
        unit = m["u"] or "min"
        value = minutes_of(m["n"], unit)
        if m["n"] in ("a", "an") and (m["u"] is None or m["u"] in ("h", "m")):
            continue  # "wait a bit"; "wait ah" is no hour
        if value is not None and 0 < value <= 24 * 60:
            return round(value)
    if re.search(r"\bthree\s+quarters\s+of\s+an?\s+(?:hour|hr)\b", seg):
        return 45
    if re.search(r"\bquarter\s+(?:of\s+)?(?:an?\s+)?(?:hour|hr)\b", seg):
        return 15  # ("quarter of an hour and I'll have it": never the hour alone)
    if re.search(r"\bhalf\s+(?:an?\s+)?(?:hour|hr)\b", seg):
        return 30
    if re.search(r"\b(?:an?|another)\s+(?:hour|hr)\b", seg):
        return 60
    another = re.search(r"\banother\s+(\d{1,3})\s*(?:m|mins?|minutes?)\b", seg)
    if another is not None and 0 < int(another.group(1)) <= 240:
        return int(another.group(1))  # "give it another 20 mins"
    return None


def is_affirmation(low: str) -> DoseStatus | None:
    if len(low) > 60 or low.rstrip().endswith("?"):
        # a bare "yes"/"✅" reply is short (skip the per-character scan); "meds taken?" asks
        return None
    chars = "".join(" " if unicodedata.category(c).startswith("P") else c for c in low)
    tokens: list[str] = []
    # 👍🏽: the thumb, whatever its skin tone
    for raw in _SKIN_TONE.sub("", chars.replace("\ufe0f", " ")).split():
        word = "".join(c for c in raw if c.isalnum() or c == "'")
        emoji = [c for c in raw if not (c.isalnum() or c == "'")]
        if word:
            tokens.append(word)
        tokens.extend(emoji)
    if not tokens:
        return None
    if all(t in NEGATE_ALONE for t in tokens) or _NOT_TODAY.match(low):
        return "skipped"
    if any(t in AFFIRM_CORE or t in AFFIRM_EMOJI for t in tokens) and all(
        t in AFFIRM or t in AFFIRM_EMOJI or t in AFFIRM_FILLER for t in tokens
    ):
        return "taken"
    if _SKIPPED_ALONE.match(low):
        return "skipped"  # "not needed today, feeling ok", "no - fasting"
    return None


# A reminder answered with a skip and, at most, its reason: "didn't bother, pain's low",
# "not needed today", "no - fasting" (a "no" then a reason, never "no pain today")
_SKIPPED_ALONE = re.compile(
    # ("neither", "not bothering tonight": none of the doses asked about)
    r"^\W*(?:(?:not\s+needed|didn't\s+bother|(?:don't|didn't)\s+need\s+(?:it|them|any)|neither(?:\s+of\s+(?:them|em))?|"
    r"not\s+bothering|not\s+bothered)"
    r"(?:\s+(?:today|tonight|this\s+(?:morning|evening|time)))?(?:\W*$|\s*[,.;:!-]+\s*(?=\S))|"
    # ("nah mate, feeling sweet today": a word to whom between)
    r"(?:no|nah|nope)(?:\s+(?:mate|love|hun|thanks|ta|sorry|man|bro|dear|doc))?\s*[-,.;:!\u2013\u2014]+\s*"
    r"(?=(?:[\w']+\W*){1,4}$)(?=.*\b(?:fasting|ran\s+out|"
    r"run\s+out|out\s+of|felt?\s+(?:sick|fine|ok|good|sweet)|feeling\s+(?:sick|fine|ok|good|sweet|great)|"
    r"no\s+need|pain'?s?\s+(?:low|ok|fine|gone)|drinking|busy)\b)|"
    # "not today, makes me very dizzy", "not tonight - too drowsy": declined, and why
    r"not\s+(?:today|tonight|this\s+(?:morning|evening|time))\s*[-,.;:!\u2013\u2014]+\s*"
    r"(?=(?:[\w']+\W*){1,6}$)(?=.*\b(?:dizzy|drowsy|groggy|sleepy|sick|nause\w*|queasy|spaced|foggy|"
    r"makes?\s+me|made\s+me|felt?\s+(?:fine|ok|good)|feeling\s+(?:fine|ok|good)|stomach)\b))"
)


BARE_MINUTES = re.compile(r"^\s*\d{1,3}[\s.!]*$")


def _duration(text: str) -> int | None:
    m = ONLY_DURATION.match(text)
    if m is None:
        return None
    if m["ninety"]:
        return 90
    said = m["n"].replace("1/2", "half") if m["n"] else None  # "in 1/2 hr"
    value = to_float(m["bare"]) if m["bare"] else minutes_of(said, m["u"])
    return round(value) if value is not None and 0 < value <= 24 * 60 else None


def _waits_for_it(low: str, m: re.Match[str]) -> bool:
    """ "once Corrie's finished": a "finished" that says when, not that the supply ran out."""
    start = max(low.rfind(",", 0, m.start()), low.rfind(".", 0, m.start()), 0)
    return "finish" in m.group() and bool(WHEN_DONE.search(low, start, m.start()))


def snooze_lengths(low: str, parts: list[str], found: Found) -> None:
    """ "10 min" alone answers the reminder's "how long?"; "hold on, 15 min" and "busy
    right now, 20 minutes" give the snooze's length in the clause after it."""
    if not found.doses:
        if sleep_hours_alone(low) is not None:
            return  # "7 hrs", "ten hours solid": a night's sleep, not a wait
        whole = _duration(low)
        said_else = (
            found.activity
            or found.sleep_quality is not None
            or found.sleep_hours
            or _ABOUT_SLEEP.search(low)  # "sleep not so good, 5 hours": a night, not a wait
        )
        if whole is None and not said_else:
            # "5 mins, making a cuppa", "in the shower, 10 mins": the length, and why
            whole = next((m for m in map(_duration, parts) if m is not None), None)
        if whole is not None:
            found.doses.append(DoseEvent(status="snoozed", minutes=whole))
            found.explained = [True] * len(found.explained)
        return
    for d in found.doses:
        if d.status != "snoozed" or d.minutes is not None:
            continue
        # "will take after food, remind after 1 hour": the length the later words give
        timed = [e.minutes for e in found.doses if e.status == "snoozed" and e.minutes]
        if timed:
            d.minutes = timed[0]
            continue
        for idx, clause in enumerate(parts):
            if idx and _ABOUT_SLEEP.search(parts[idx - 1] + " " + clause):
                continue  # "slept ok, 6 hrs": a night, not the wait
            minutes = _duration(clause) if idx != d.clause else None
            if minutes is None and idx > d.clause and BARE_MINUTES.match(clause):
                bare = int(clause.strip(" .!"))  # "eating first, 15" (up to 10: a score)
                minutes = bare if 10 < bare <= 180 else None
            if minutes is not None:
                d.minutes = minutes
                found.explained[idx] = True
                break


def skip_reason(low: str, effects: set[str]) -> SkipReason | None:
    for reason, pat in REASONS:
        if any(not _waits_for_it(low, m) for m in pat.finditer(low)):
            if reason == "other" and effects:
                return "side_effects"
            return reason
    return "side_effects" if effects else None
