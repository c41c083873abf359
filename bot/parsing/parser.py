"""Free text -> intents (PRODUCT.md §5).

The message is normalised, red flags are looked for over whole sentences (they are
safety-critical and checked first), then each short clause ("6", "took 2 tylenol at
noon", "slept badly") is read by small rule-based detectors whose findings are merged
into at most one intent of each kind, except doses (one per medication and status).
Clauses that nothing explains become a ``note`` when something else was understood.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.knowledge import get_drug
from bot.knowledge import resolve_name as knowledge_name
from bot.parsing.activity_skipped import activity_not_a_dose
from bot.parsing.all_but import all_but
from bot.parsing.care_question import is_care_question
from bot.parsing.carer import as_the_patient, as_told_of
from bot.parsing.contents_said import (
    cut_contents,
    says_no_taking,
    tells_contents,
    tells_contents_after_name,
)
from bot.parsing.day_in_parts import (
    DayInParts,
    bare_hours_in_their_part,
    day_in_parts,
    log_clocks_moved,
)
from bot.parsing.day_part import bare_hours_by_the_day_part
from bot.parsing.declined import declined_for_effect
from bot.parsing.detect_doses import (
    dose_events,
    is_affirmation,
    product_name,
    skip_reason,
    snooze_lengths,
    the_timed_one,
)
from bot.parsing.detect_other import (
    SLEEP_WORDS,
    detect_activity,
    detect_mood,
    detect_side_effects,
    detect_sleep,
    duration_minutes,
    effects_kept_clear_of,
    felt_in_question,
    quality_of_hours,
    sleep_hours_alone,
    slept_span,
)
from bot.parsing.detect_pain import pain_details, pain_locations, pain_scores, radiating
from bot.parsing.dose_change import tells_a_new_dose, tells_a_schedule, tells_a_stop
from bot.parsing.doubled_up import (
    doubled_by_the_writer,
    doubled_for_a_missed_one,
    doubled_in_another_clause,
)
from bot.parsing.doubted import doubts_dose
from bot.parsing.each_listed import share_out
from bot.parsing.elided import split_bare_number_at_a_time, split_elided_items
from bot.parsing.experiencer import (
    asks,
    asks_about_dose,
    opens_dose_question,
    plans_activity,
    someone_elses,
    their_dose,
)
from bot.parsing.findings import DoseEvent, Found
from bot.parsing.half_told import half_told_after
from bot.parsing.intents import (
    ACTIVITY_KINDS,
    MORE_SIDE_EFFECTS,
    QUALITIES,
    SIDE_EFFECTS,
    ActivityIntent,
    DoseIntent,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
    SkipReason,
    SleepIntent,
    to_json,
)
from bot.parsing.list_time import date_the_list
from bot.parsing.listed_after_a_time import dated_by_the_opening
from bot.parsing.medications import Meds, Mention, near_name
from bot.parsing.named_then_put_off import named_then_put_off
from bot.parsing.nerve_growing import nerve_growing
from bot.parsing.numbers import bare_strength, count_before, count_value, minutes_of, to_float
from bot.parsing.patterns import (
    ACTIVITY_RE,
    ALNUM,
    AMOUNT,
    ANOTHER_DOSE,
    BARE_HOURS,
    DURATION,
    EARLIER_TODAY,
    FILLER,
    IT,
    MISHAP,
    NOW_WORD,
    ONLY_COUNT,
    ONLY_NUMBER,
    PAIN_NAMED,
    PAIN_OUT_OF,
    PAST_DAYS,
    PATCH_WORD,
    REASONS,
    REASSURED_ONLY,
    SKIP_VERB,
    SLEEP_SCORE,
    TAKEN_VERB,
    THAT_DAYS_DOSE,
    THE_TIMES_ONE,
    UNIT_MAP,
)
from bot.parsing.products_listed import another_product, number_products_listed
from bot.parsing.redflags import detect_red_flags
from bot.parsing.reduced_to import strength_lowered_to
from bot.parsing.restated import restate
from bot.parsing.same_time import (
    again_on_that_day,
    all_at_one_time,
    at_the_same_time,
    same_hour_too,
)
from bot.parsing.sleepy import SETTLED_WORDS, explained_otherwise
from bot.parsing.small_talk import meant_for_another_chat
from bot.parsing.spans import blank, mask
from bot.parsing.spoken_names import join_spoken_names
from bot.parsing.stock_out_said import stock_out_said
from bot.parsing.strength_after import strength_told_after
from bot.parsing.taken_back import merge_taken_back, restate_names, restate_side, split_taken_back
from bot.parsing.temporality import (
    another_occasion_told,
    long_ago,
    not_now,
    says_done,
    score_not_of_now,
)
from bot.parsing.text import MAX_CHARS, clauses, normalise, without_list_numbers
from bot.parsing.time_list import times_listed_after
from bot.parsing.timephrases import (
    ON_WAKING,
    TAKEN_AHEAD,
    TimeScan,
    in_the_meals_part,
    on_the_wall,
    resolve_scan,
    scan_time,
    taken_when,
    time_spans,
)
from bot.parsing.told_in_order import times_in_the_order_told
from bot.parsing.two_doses import count_and_time_of_the_last, count_of_the_last, more_of_the_last
from bot.parsing.vocabulary import Resolve, knowledge_resolver, resolve_name
from bot.parsing.works_or_not import judges_a_medicine

# Names the knowledge file holds first (brands, forms, misspellings, with its safety facts),
# then the parser's own table of slang it does not ("gaba", "oxys"): the bot and
# `backtrack parse` read a medicine the same way.
DEFAULT_RESOLVE: Resolve = knowledge_resolver(knowledge_name, fallback=resolve_name)

# radiating is re-exported for bot.parsing.answers, to_json for the tests and the CLI.
__all__ = ["parse", "radiating", "to_json"]


def _substantive(clause: str) -> bool:
    return any(w not in FILLER for w in ALNUM.findall(clause))


def _scores_the_mood(parts: list[str], idx: int) -> bool:
    """Whether clause `idx` is a bare rating right after a clause about the mood."""
    if idx == 0 or PAIN_NAMED.search(parts[idx]) or PAIN_NAMED.search(parts[idx - 1]):
        return False
    rating = PAIN_OUT_OF.search(parts[idx]) or _BARE_RATING.match(parts[idx])
    return bool(_MOOD_WORD.search(parts[idx - 1])) and bool(rating)


def _rates_something_else(parts: list[str], idx: int) -> bool:
    """Whether clause `idx` is a rating, and only that, right after a clause about a film,
    a meal or another thing people rate."""
    if idx == 0 or PAIN_NAMED.search(parts[idx]) or PAIN_NAMED.search(parts[idx - 1]):
        return False
    only_a_rating = _A_RATING_ALONE.fullmatch(parts[idx])
    return bool(only_a_rating) and bool(_RATED_THING.search(parts[idx - 1]))


_A_RATING_ALONE = re.compile(
    r"\W*(?:a\s+)?(?:solid|strong|easy|generous|honest|maybe|about|like)?\s*\d+(?:\.5)?\s*"
    r"(?:/|out\s+of|outta)\s*10\W*"
)
_RATED_THING = re.compile(
    r"\b(?:film|movie|show|series|episode|book|meal|dinner|restaurant|game|match|gig|concert|"
    r"album|curry|pizza|burger|instructor|class)\b"
)
_ROUGH_HOUR = re.compile(r"^\W*~?\s*(?:[1-9]|1[0-2])\s*-?\s*ish\W*$")
_MOOD_WORD = re.compile(
    r"\b(?:mood|spirits|mentally|emotionally|mental\s+health|headspace|head\s+space)\b"
)
# "feeling about a 7 out of 10 mood-wise": the number rates the mood said after it
_MOOD_AFTER = re.compile(r"\bmood[-\s]?wise\b|\bfor\s+(?:my\s+)?mood\b")
_BARE_RATING = re.compile(
    r"^\s*(?:maybe\s+|about\s+|around\s+|like\s+|probably\s+|prob\s+)?(?:an?\s+)?"
    r"(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)\s*$"
)


# "robaxin, took 2", "tramadol, 2 x 50mg", "celebrex yesterday, 8pm": a medicine named
# alone (perhaps with its day), then what was taken and when, after a comma
_ONLY_A_DAY = re.compile(
    r"^\W*(?:(?:my|the|\d+|one|two)\s+)?(?:yesterday|last\s+night|this\s+morning|tonight|today|earlier|"
    r"(?:the\s+)?(?:morning|evening|bedtime|night|lunchtime|afternoon|noon)(?:'s)?)?"
    # "baclofen liquid - 10ml swallowed": the medicine's form, named with it
    r"(?:\s*(?:liquid|syrup|solution|suspension|gel|cream|spray|drops|patch|sachet|soluble|oral))?\W*$"
)
# "robaxin 500, 2 tabs at 9:30": the name with its strength, then its tablets counted
_ONLY_A_STRENGTH = re.compile(r"^\W*\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s*(?:mg|mcg)?\W*$")
_TABS_FOLLOW = re.compile(
    r"^\W*(?:\d|one|two|three|four|half\s+a|half|an?)\s*(?:tabs?|tablets?|pills?|caps?|capsules?)\b"
)
# "pregabalin - no, forgot it", "naproxen - yes": a list ticked off in words
_CHECKLIST_ANSWER = re.compile(
    r"^\W*(?:yes|yep|yeah|yup|no|nope|nah|done|skipped|missed|forgot(?:\s+it)?|not\s+taken)\W*$"
)
_DETAILS_FOLLOW = re.compile(
    r"^\W*(?:(?:only|just)\s+(?:took|had)|i\s+(?:only\s+|just\s+)?(?:took|had)|"
    r"(?:i\s+)?(?:did\s+not|didn't|have\s+not|haven't|never)\s+(?:take|taken|took|have|had)|"
    # "Amitriptyline - missed it last night, completely forgot": a list's item skipped
    r"(?:missed|skipped|forgot|forgotten)\s+(?:it|them|this|that)\b|"
    r"took|taken|had|done|x\s*\d|\d+(?:\.\d+)?\s*(?:x\b|of\s+them|tabs?|pills?|caps?|mg|ml|mls|am|pm|$)|"
    r"(?:one|two|three|a\s+couple)\s+of\s+them|(?:at|around|about)\s+\d|\d{1,2}(?::\d\d)?\s*(?:am|pm)|"
    r"(?:one|two|three|four|half\s+a|half|an?)\s+(?:tabs?|tablets?|pills?|caps?|capsules?)\b|"
    r"(?:\d|one|two|three)\s+in\s+(?:a\s+(?:glass|cup)\s+of\s+)?water\b|"
    # "evening gabapentin — give me 20 min": put off
    r"give\s+me\s+(?:\d|an?\b|half)|remind\s+me\b|snooze\b|not\s+yet\b|"
    # "percocet 5/325 - one at 8am, one at 2pm": so many of it at a time
    r"(?:[1-4]|one|two|three|four)\s+(?:at|@|around|about)\s+\d)"
)


def _name_then_details(parts: list[str], meds: Meds) -> list[str]:
    """Clauses, with a medicine named alone joined to the details said after its comma."""
    out: list[str] = []
    for part in parts:
        prev = out[-1] if out else None
        named = meds.mentions(prev) if prev is not None else []
        rest = prev[: named[0].start] + " " + prev[named[0].end :] if prev and named else ""
        if (
            prev is not None
            and len(named) == 1
            and (
                _ONLY_A_DAY.match(rest)
                or (_ONLY_A_STRENGTH.match(rest) and _TABS_FOLLOW.match(part))
            )
            and not meds.mentions(part)
            and (_DETAILS_FOLLOW.match(part) or _CHECKLIST_ANSWER.match(part))
        ):
            out[-1] = f"{prev} {part}"
            continue
        out.append(part)
    return out


# "slept through" / "slept thru" that is not the whole night ("slept through the night")
_SLEPT_THROUGH = re.compile(
    r"\b(?:slept|sleeping|sleep)\s+(?:right\s+)?(?:through|thru)\b"
    r"(?!\s+(?:the\s+|till\s+|until\s+)?(?:night|whole|all|morning|\d))"
)
_DOSE_MISSED = re.compile(r"\b(?:missed|skipped|didn'?t\s+take|never\s+took|no\s+dose)\b")


def _analyse(
    low: str, meds: Meds, now: datetime, zone: ZoneInfo
) -> tuple[Found, list[str], DayInParts]:
    """Every detector over each clause in turn: what was found, the clauses, and where
    they lie in a day told part by part."""
    found = Found()
    # "8 - mobic\n12 - tramadol 50": "mobic at 8", …
    low = log_clocks_moved(low, lambda line: bool(meds.mentions(line)), meds.only_a_dose)
    parts = split_elided_items(_name_then_details(clauses(low), meds), meds)
    parts = split_bare_number_at_a_time(parts, meds)
    told = day_in_parts(low, parts)
    asked_parts = asked_clauses(low, parts)
    sentences = clause_sentences(low, parts)
    # What a medicine holds, told of it, is no dose — read only where nothing is said
    # taken or skipped ("dolo 650 has paracetamol, took 2 at 9" is a Dolo taken), and in
    # the whole message too ("zerodol sp: aceclofenac 100, paracetamol 325, …" is cut
    # into clauses at its commas)
    mishap = bool(MISHAP.search(low))  # "I fell over, I'm ok": unhurt, no mood
    telling = says_no_taking(low)
    holds = telling and tells_what_it_holds(low, meds)
    doubted_before = False
    for idx, (clause, asked) in enumerate(zip(parts, asked_parts, strict=True)):
        tscan = scan_time(clause)
        following = parts[idx + 1] if idx + 1 < len(parts) else None
        # "think I took it?", "might have taken a tizanidine, might not": not known taken
        doubted = doubts_dose(clause, asked, following, sentences[idx])
        about_a_dose = (
            asks_about_dose(clause, asked)
            or opens_dose_question(
                clause, following, following is not None and asked_parts[idx + 1]
            )
            # "flexeril before bed? or now?", "can panadol extra be taken with my celecoxib?"
            or (asked and not says_done(clause) and bool(meds.mentions(clause)))
            or doubted
            # "… or just got it out of the bottle": the other half of the doubt
            or (idx > 0 and clause.startswith("or ") and doubted_before)
        )
        doubted_before = doubted
        # "madam my father is | also having pregabalin 75": the clause split off goes on
        carried = idx > 0 and _UNFINISHED.search(parts[idx - 1]) and someone_elses(parts[idx - 1])
        if someone_elses(clause) or carried or asks(clause, asked) or about_a_dose:
            mine = not about_a_dose and not carried  # (what they are having is theirs)
            _held_back(clause, idx, found, meds, now, zone, tscan, doses=mine)
            if about_a_dose and not carried and not someone_elses(clause):
                # "is it normal to feel this dizzy on gabapentin?": asked, and had
                found.effects |= felt_in_question(clause)
            continue
        # "used to be on flexeril back in 2022", "start duloxetine from tomorrow": no dose
        # of now (what else the clause says is still read)
        not_a_dose = (
            (
                bool(meds.mentions(clause) or TAKEN_VERB.search(clause) or SKIP_VERB.search(clause))
                and not_now(clause)
            )
            or holds
            or (telling and tells_what_it_holds(clause, meds))
        )
        before = parts[idx - 1] if idx else ""
        if times_listed_after(clause, idx, found.doses, parts, now, zone):
            _account(clause, found, scan_time(""), True, False)
            continue
        if _times_the_last_dose(clause, idx, found) or _lasts_the_last_thing(clause, before, found):
            continue
        if _about_the_hour(clause, idx, found, now, zone, before):
            _account(clause, found, scan_time(""), True, False)
            continue
        if not_a_dose:
            dosed, masked = False, _told_not_done(clause, meds, tscan)
        else:
            dosed, masked = _doses_in(clause, idx, found, meds, now, zone, tscan, parts)
        effects = detect_side_effects(clause)
        after = following or ""
        answered_no = asked and bool(_ANSWERED_NO.match(after))  # "black stools? no."
        if effects and (
            long_ago(clause) or _GONE_NOW.search(clause) or _GONE_NOW.match(after) or answered_no
        ):
            # "used to get heartburn on diclofenac years ago", "had a rash last week from new
            # washing powder, gone now": not a side effect of now
            effects = set()
        if (
            "insomnia" in effects
            and _PAIN_KEEPS_AWAKE.search(" ".join(parts))
            and not meds.mentions(clause)
            and not _SINCE_STARTING.search(clause)
        ):
            # "pain 9 cant sleep": the pain's night, kept as sleep — never a side effect
            # that the report lays beside her medicines (Sandbox, Bengaluru and Toronto)
            effects = effects - {"insomnia"}
        found.effects |= effects
        # ("last time i skipped it i couldn't sleep": that night's, not last night's — a side
        # effect told of another time is still the medicine's, and kept)
        elsewhen = another_occasion_told(clause)
        # "cymbalta missed, slept through", "slept thru my flexeril": a dose slept past
        # (its reason, "forgot"), never a good night's report
        # "slept through my cymbalta": the skip the clause told is the words' whole meaning
        slept_past = bool(
            _SLEPT_THROUGH.search(clause)
            and (
                _DOSE_MISSED.search(low)
                or any(d.clause == idx and d.status == "skipped" for d in found.doses)
            )
        )
        quality, hours = detect_sleep(clause) if not (elsewhen or slept_past) else (None, None)
        if quality is not None:
            found.sleep_quality = found.sleep_quality or quality
            if hours is not None and found.sleep_hours is None:
                found.sleep_hours = hours
        activity_hit = not plans_activity(clause) and detect_activity(clause, found)
        mood_hit = detect_mood(clause, found, after_mishap=mishap)
        # Numbers that belong to sleep, mood, snooze or activity are not pain scores.
        numbers_taken = (
            hours is not None
            or (found.mood_score is not None and mood_hit)
            or (activity_hit and bool(DURATION.search(clause)))
            or bool(SLEEP_SCORE.search(clause))
        )
        # A number of sleep, mood or activity is no score; "pain 7" said beside one still is.
        scores = pain_scores(clause, masked, dosed or numbers_taken)
        if scores and (long_ago(clause) or score_not_of_now(clause)):
            # "back in 2019 after the fall I was at a 10 every day", "if it gets past a 7
            # tonight…", "on a normal day I sit around a 3"
            scores = []
        if numbers_taken and not PAIN_OUT_OF.search(masked):
            scores = [s for s in scores if s[0] >= 2]
        if mood_hit and found.mood_score is not None:
            scores = _not_the_mood(scores, clause)
        if scores and _rates_something_else(parts, idx):
            scores = []  # "watched the new bond film, solid 8/10": the film's rating
        if (
            scores
            and (_scores_the_mood(parts, idx) or _MOOD_AFTER.search(clause))
            and (found.mood_score is None)
        ):
            # "mood's rubbish, 2/10": the number rates the mood said just before it
            found.mood_score, scores, mood_hit = scores[0][1], [], True
        _add_scores(
            found,
            scores,
            parts,
            idx,
            tscan,
            small_hours=now.astimezone(zone).hour < 5,
            later=told.order[idx],
        )
        # Where and how it hurts, unless the clause is a side effect's alone ("stomach pain")
        details_hit = (not effects or bool(scores)) and pain_details(clause, found)
        others = bool(dosed or scores or effects or quality or activity_hit or mood_hit)
        _account(clause, found, tscan, others, details_hit)
    return found, parts, told


def tells_what_it_holds(clause: str, meds: Meds) -> bool:
    """ "dolo 650 is paracetamol 650", "zerodol-p: aceclofenac 100 + paracetamol 325": what
    a medicine holds, told of it — never a dose taken (bot.parsing.contents_said)."""
    return tells_contents(clause, meds) or tells_contents_after_name(clause)


_PAIN_KEEPS_AWAKE = re.compile(r"\b(?:pain|painful|hurts?|hurting|aches?|aching|agony|sore)\b")
_SINCE_STARTING = re.compile(
    r"\b(?:since|after|from|on)\s+(?:starting|the\s+new|my\s+new|these|this)\b"
)


def _doses_in(
    clause: str,
    idx: int,
    found: Found,
    meds: Meds,
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
    parts: list[str],
) -> tuple[bool, str]:
    """Whether the clause said a dose (its doses added to `found`), and the clause with its
    times, amounts and the dose's own numbers blanked, for the pain score's reading."""
    events = dose_events(clause, idx, meds, now, zone, tscan)
    if found.doses and events and not meds.mentions(clause):
        the_timed_one(clause, events, found.doses[-1])  # "…at 8, skipped the 2pm one"
    if (
        all(e.medication is None and e.status == "taken" for e in events)
        and not meds.mentions(clause)
        and count_of_the_last(clause, found.doses, now, zone, tscan)
    ):
        # "robaxin 500, took 1.5 tabs": the count of the dose just named, not a new dose
        # (every number in it is the dose's: "half of a 4" is no pain score of 4)
        masked = _A_NUMBER.sub(lambda m: " " * len(m.group()), mask(clause, tscan.spans))
        return True, masked
    more = not events
    told = more and count_and_time_of_the_last(clause, found.doses, now, zone, tscan)
    if more and not told:
        events = more_of_the_last(clause, idx, found.doses, now, zone, tscan, parts)
    found.doses.extend(events)
    masked = AMOUNT.sub(lambda m: " " * len(m.group()), mask(clause, tscan.spans))
    late = _ABOUT_AN_HOUR_LAST.search(clause)
    untimed = [e for e in events if e.status == "taken" and e.at is None]
    if late and untimed and not _SCORE_WORD.search(clause, 0, late.start()):
        # "took 2 advil about 7": when it went down, not a score
        when = taken_when(scan_time("at " + late["h"]), "taken", now, zone)
        for e in untimed:
            e.at = when.isoformat(timespec="seconds") if when is not None else None
        masked = mask(masked, [late.span()])
    if more and (events or told):
        # "…, 1 at 3pm", "…, then 2 more at 3pm": the number opening it is the dose's
        masked = _LEAD_NUMBER.sub(lambda m: " " * len(m.group()), masked, count=1)
    # A number next to a medicine's name is a count or a strength, never a pain score.
    return bool(events) or told, mask(
        masked, [near_name(clause, mm) for mm in meds.mentions(clause)]
    )


# "…about 7" closing a dose's clause: the hour it went down ("about 2" alone may be a
# count or a score, so timephrases leaves it; after a dose told, it is the time)
_ABOUT_AN_HOUR_LAST = re.compile(
    r"\b(?:about|around|roughly)\s+(?P<h>(?:1[0-2]|[1-9])(?:[:.][0-5]\d)?(?:\s*[ap]m)?)"
    # ("had 5ml of oramorph about 3 when it flared": when, then why)
    r"(?:\W*$|\s+(?=(?:when|as\s+(?:it|the|my)|because|cos|after\s+(?:it|the|my))\b))"
)
# What makes a number a score, not an hour, when said before it in the clause
_SCORE_WORD = re.compile(
    r"\b(?:pain|hurts?|hurting|back|sciatica|aches?|sore|score|level|rating)\b"
)


def _told_not_done(clause: str, meds: Meds, tscan: TimeScan) -> str:
    """A clause whose medicine is no dose of now, for the pain score's reading: its times,
    amounts and the numbers by its names blanked, as for a dose's."""
    masked = AMOUNT.sub(lambda m: " " * len(m.group()), mask(clause, tscan.spans))
    # ("i take the lyrica at 8 and 8 normally": the second hour said bare)
    hours = [m.span("h") for m in _HOUR_AFTER_AN_HOUR.finditer(clause)]
    return mask(masked, [near_name(clause, mm) for mm in meds.mentions(clause)] + hours)


_HOUR_AFTER_AN_HOUR = re.compile(
    r"\b(?:at|@)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+(?:and|&)\s+(?P<h>\d{1,2})\b"
)


# "co-codamol x2 with breakfast, about 9": a clause of only an hour, after a dose
_ABOUT_HOUR = re.compile(
    r"^\W*(?:at\s+)?(?:about|bout|around|approx\.?|roughly|~)\s*(?P<h>\d{1,2}(?:[:.][0-5]\d)?)\s*"
    r"(?:[ap]\.?m\.?|ish)?\W*$"
)

# A bare hour past the pain scale, alone in its clause
_PAST_THE_SCALE = re.compile(r"^\W*(?:at\s+)?(?P<h>1[12])\W*$")


def _about_the_hour(
    clause: str, idx: int, found: Found, now: datetime, zone: ZoneInfo, before: str = ""
) -> bool:
    """ "…, about 9" right after a dose: the hour it was taken (never a pain score of 9),
    on the day or part of it the dose's clause named ("nurofen last night, bout 11ish")."""
    last = found.doses[-1] if found.doses else None
    if last is None or last.clause != idx - 1 or last.status != "taken":
        return False
    # "took my gabapentin at bedtime, 11": an hour no score can be, after a part of the day
    m = _ABOUT_HOUR.match(clause) or (_PAST_THE_SCALE.match(clause) if last.vague_at else None)
    if m is None:
        return False
    anchor = scan_time(before).anchor or ""
    if anchor.startswith("weekday") or anchor == ON_WAKING:
        anchor = ""  # (said in words only for a named part of a day: "last night")
    hour = clause[m.start("h") :].strip(" .!,")
    scan = in_the_meals_part(scan_time(f"{anchor} at {hour}".strip()), before)
    when = resolve_scan(scan, now, zone)
    if when is None:
        return False
    for dose in found.doses:
        if dose.clause == idx - 1:
            dose.at, dose.vague_at = when.isoformat(timespec="seconds"), False
    return True


_LEAD_NUMBER = re.compile(r"^\W*(?:(?:and|then)\s+)?\d+(?:\.\d+)?")
_A_NUMBER = re.compile(r"\d+(?:[.,/]\d+)?")


def _account(clause: str, found: Found, tscan: TimeScan, others: bool, details: bool) -> None:
    """What one clause explained, for the note and for the fragments that follow it."""
    explained = others or details
    reason_hit = any(p.search(clause) for _, p in REASONS)
    skipped = any(d.status == "skipped" for d in found.doses)
    found.explained.append(explained or (reason_hit and skipped))
    found.details_only.append(details and not others)
    has_time = bool(tscan.ago or tscan.clock or tscan.anchor)
    # Only a clause that is little but the time ("…, about an hour ago"): "physio on
    # friday" after "took my meloxicam" is another matter, never the dose's day.
    only_time = has_time and _LITTLE_BUT_TIME.match(mask(clause, tscan.spans)) is not None
    found.time_only.append(tscan if only_time and not explained else None)


_LITTLE_BUT_TIME = re.compile(
    r"^\W*(?:(?:about|around|roughly|approx\w*|maybe|probably|i\s+think|or\s+so|ish|now|already|"
    r"just|at|by|on|like|that\s+was|was|it\s+was|this|and|then|so|yes|yeah|yep|ok|okay|oh|um|uh|"
    r"i\s+guess|or|actually|sorry|tho|though|too|also|both|all|them|it|one|mine|those|these|"
    r"taken|took|had|done|last|the|a|an|\d+\w*|\w+day|morning|evening|night|noon|time|earlier|"
    r"later|again|ago|back|before|after|instead|of|as|prescribed|usual|with|my|food|water|meal|"
    r"breakfast|brekkie|lunch|dinner|supper|tea|dose|doses|pills?|tabs?|tablets?|caps?|capsules?|"
    r"meds|medication|mg|milligrams?|one|two|three|four|first|second|third|half|past|quarter|to|"
    # (each word whole, "\b": "\d+\w*" then "\W*" could split a run of digits every way,
    # and twenty zeros before "at 3pm" took minutes — the fuzz test's long text)
    r"o'?clock|am|pm|hours?|hrs?|mins?|minutes?)\b\W*)*$"
)


# "proper lie-in, 9 hours!", "a stroll round the park, half an hour": a bare duration
# after sleep or an activity is how long it lasted, never a snooze
_BARE_DURATION = re.compile(
    # ("walked 5k with the dog, took about an hour"; "the parade, couple of hours on me feet")
    r"^\W*(?:(?:it\s+|that\s+)?(?:took|lasted)\s+)?"
    r"(?:maybe|about|around|like|roughly|nearly|almost|over|just|only|~)?\s*"
    + DURATION.pattern
    + r"(?:\s+(?:total|tops|max|straight|solid|or\s+so|all\s+told|on\s+(?:my|me)\s+feet))?\W*$"
)


def _keep_as_its_length(
    found: Found, minutes: float, slept: bool, night_just_said: bool = False
) -> None:
    """A length of time said beside an activity or a night: the activity's minutes, else
    the night's hours (and the night's quality by them when none was said); the night's
    first when it was said just before ("walked 5k … slept grand, 7 hours")."""
    night = (night_just_said or slept) and found.sleep_hours is None
    if found.activity and not found.activity_minutes and not (night_just_said and night):
        found.activity_minutes = minutes
    elif night:
        found.sleep_hours = minutes / 60
        found.sleep_quality = found.sleep_quality or quality_of_hours(found.sleep_hours)


def _lasts_the_last_thing(clause: str, before: str, found: Found) -> bool:
    """A duration said alone right after sleep or an activity: kept as its length."""
    m = _BARE_DURATION.match(clause)
    slept = bool(found.sleep_quality or found.sleep_hours or SLEEP_WORDS.search(before))
    if m is None or not (slept or found.activity):
        return False
    minutes = duration_minutes(m)
    if minutes is None:
        return False
    night_just_said = bool(SLEEP_WORDS.search(before)) and not ACTIVITY_RE.search(before)
    _keep_as_its_length(found, minutes, slept, night_just_said and minutes >= 60)
    found.explained.append(True)
    found.details_only.append(False)
    found.time_only.append(None)
    return True


def _times_the_last_dose(clause: str, idx: int, found: Found) -> bool:
    """ "had my duloxetine at breakfast, 8ish": a rough hour right after a dose not yet
    timed is that dose's time, not a pain score (kept for `_attach_times`)."""
    if not _ROUGH_HOUR.match(clause) or not any(
        d.clause == idx - 1 and (d.at is None or d.vague_at) for d in found.doses
    ):
        return False
    found.explained.append(False)
    found.details_only.append(False)
    found.time_only.append(scan_time("at " + clause.strip(" ~").split("ish")[0]))
    return True


def _not_the_mood(scores: list[tuple[int, float]], clause: str) -> list[tuple[int, float]]:
    """Scores left once the mood's is taken: "pain 7 and mood 3" keeps the pain named."""
    named = bool(PAIN_NAMED.search(clause)) or not _MOOD_WORD.search(clause)
    return [s for s in scores if s[0] >= 2 and named]


#: A score ranked this low was said of an earlier day (see _by_when).
_PAST_DAY_RANK = -7


# "yesterday was a shocker, 9/10 all arvo": the day itself judged, its score after it
_DAY_WAS = re.compile(
    r"^(?P<day>yesterday|last\s+night|the\s+day\s+before\s+yesterday)\s+(?:was|were|has\s+been)\b"
)


def _add_scores(
    found: Found,
    scores: list[tuple[int, float]],
    parts: list[str],
    idx: int,
    tscan: TimeScan,
    *,
    small_hours: bool = False,
    later: int = 0,
) -> None:
    """A clause's scores, ranked by when they were true; a past day's noted as such.
    `later`: the clause's place in a day told part by part (a later part's score wins)."""
    day = _score_day(parts, idx, tscan)
    if small_hours and day in ("tonight", "this evening"):
        # "light just come back now. pain na 8 tonight" at 00:20: the evening just gone,
        # yesterday's (Sandbox, Lagos: it became the next day's hardest score)
        day = "yesterday"
    clause = parts[idx]
    said_when = EARLIER_TODAY.search(clause) or NOW_WORD.search(clause)
    if (
        idx
        and scores
        and not said_when
        and tscan.anchor is None
        and not _A_DIGIT.search(parts[idx - 1])
    ):
        # "back was brutal after lunch, 7 id say, better now tho, 4": the words of when sit
        # in the clause just before the number
        clause = f"{parts[idx - 1]} {clause}"
    found.pain.extend((p + later, v) for p, v in _by_when(scores, clause, tscan, day))
    if scores and day in PAST_DAYS:
        found.pain_days_ago = 2 if day == "the day before yesterday" else 1


_A_DIGIT = re.compile(r"\d")


def _score_day(parts: list[str], idx: int, tscan: TimeScan) -> str | None:
    """The day a clause's score is of: its own, else the day judged in the clause just
    before ("yesterday was awful, 8"), unless the score says now or today."""
    if tscan.anchor is not None or idx == 0 or NOW_WORD.search(parts[idx]):
        return tscan.anchor
    m = _DAY_WAS.match(parts[idx - 1])
    return " ".join(m["day"].split()) if m and "today" not in parts[idx] else None


# Days gone that timephrases does not name as one day: "over the weekend", "last week"
_EARLIER_DAYS = re.compile(
    r"\b(?:(?:over|on|at|during)\s+the\s+weekend|last\s+(?:week|weekend)|the\s+other\s+day|"
    r"(?:a\s+)?(?:few|couple\s+of)\s+days\s+ago)\b|"
    # "sat 8, sun 7": a day's short name opening its score
    r"^\W*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\s+(?=\d)"
)


def _by_when(
    scores: list[tuple[int, float]], clause: str, tscan: TimeScan, day: str | None = None
) -> list[tuple[int, float]]:
    """A clause's scores ranked by when they were true: the latest said counts."""
    anchor = day or tscan.anchor or ""
    if anchor in PAST_DAYS or (
        (anchor.startswith("weekday ") or _EARLIER_DAYS.search(clause))
        and not NOW_WORD.search(clause)
    ):
        # "yesterday was an 8, today more like 5", "like a 9 saturday, bit better today,
        # 6": today's score is the one to keep.
        return [(p - 10, v) for p, v in scores]
    if EARLIER_TODAY.search(clause) and not NOW_WORD.search(clause):
        # "was a 7 this morning, now about 4": now's score, but above yesterday's.
        return [(p - 5, v) for p, v in scores]
    if NOW_WORD.search(clause) and not _NOW_LISTED.search(clause):
        return [(p + 2, v) for p, v in scores]  # "pain 8 at 2am …, now 4"
    return scores


# "gabapentin three times (8, 2 and just now)": "now" one of a dose's times listed, never
# the moment a number beside it is true
_NOW_LISTED = re.compile(r"(?:\band|,)\s+(?:just\s+)?now\b\)?\W*$")


# A clause left unfinished at its verb ("my father is", then "also having …")
_UNFINISHED = re.compile(r"\b(?:is|was|are|were|has|had|have|'s)\s*$")


def _held_back(
    clause: str,
    idx: int,
    found: Found,
    meds: Meds,
    now: datetime,
    zone: ZoneInfo,
    tscan: TimeScan,
    *,
    doses: bool,
) -> None:
    # "my husband's back is a 7", "my daughter took two paracetamol", "is 6 hours of
    # sleep enough?": kept as said, never recorded as the writer's own report (a dose
    # only when it is not theirs: "my wife gave me my gabapentin at 8"; never from a
    # question: "should I take another advil?").
    mine = doses and not their_dose(clause)
    events = dose_events(clause, idx, meds, now, zone, tscan) if mine else []
    found.doses.extend(events)
    found.explained.append(bool(events))
    found.details_only.append(False)
    found.time_only.append(None)


def _placed(low: str, parts: list[str]) -> list[tuple[int, re.Match[str] | None] | None]:
    """For each clause, where it starts in `low` and the mark that ends its sentence (None
    for a clause not found as written)."""
    out: list[tuple[int, re.Match[str] | None] | None] = []
    pos = 0
    for part in parts:
        at = low.find(part, pos)
        if at < 0:
            out.append(None)
            continue
        pos = at + len(part)
        out.append((at, _SENTENCE_END.search(low, pos)))
    return out


def clause_sentences(low: str, parts: list[str]) -> list[str]:
    """For each clause of `low`, the whole sentence that holds it."""
    out: list[str] = []
    for part, placed in zip(parts, _placed(low, parts), strict=True):
        if placed is None:
            out.append(part)
            continue
        at, end = placed
        start = max(low.rfind(c, 0, at) for c in ".!?\n") + 1
        out.append(low[start : end.start() if end else len(low)])
    return out


def asked_clauses(low: str, parts: list[str]) -> list[bool]:
    """For each clause, whether it is asked: its sentence ends with a question mark, and
    no later clause of that sentence opens the question ("naproxen at midnight, can i
    take it with the cymbalta?" tells a dose, then asks)."""
    out: list[bool] = []
    ends: list[int] = []
    for placed in _placed(low, parts):
        end = placed[1] if placed is not None else None
        out.append(end is not None and end.group() == "?")
        ends.append(end.start() if end is not None else -1)
    for i, part in enumerate(parts):
        later = [p for p, e in zip(parts[i + 1 :], ends[i + 1 :], strict=True) if e == ends[i]]
        if out[i] and any(_A_REQUEST_ASKED.match(p) for p in later):
            out[i] = False  # (the question mark is the request's)
        elif (
            out[i]
            and not _OPENS_A_QUESTION.match(part)
            and any(_OPENS_A_QUESTION.match(p) for p in later)
        ):
            out[i] = False
    return out


# "…in 20 min, remind me?", "…, ok?": a request or a tag closes the sentence, not a
# question about what the clause before it told
_A_REQUEST_ASKED = re.compile(
    r"^\W*(?:(?:can|could|will|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:remind|ping|nudge)\s+"
    r"me\b|^\W*(?:ok(?:ay)?|yeah|right|alright|thanks|ta|pls|please)\W*$"
)


_Span = tuple[int, int]
_SENTENCE_END = re.compile(r"[.!?\n]")
# A clause that opens a question of its own: "can i…", "is it ok…", "does anyone…"
_OPENS_A_QUESTION = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:can|could|is|are|does|do|did|should|would|will|shall|what|how|"
    r"why|which|who|any(?:one|body)?|am\s+i)\b"
)


def _how_long_it_lasted(parts: list[str], found: Found) -> None:
    # "hour and a half walk along the canal", "maybe 5 hours, broken": how long a walk or a
    # night lasted, never a wait asked for (one said in words of waiting stays)
    lasted = bool(found.activity) or any(
        SLEEP_WORDS.search(clause) or _BROKEN_NIGHT.search(clause) for clause in parts
    )
    kept = []
    for d in found.doses:
        unnamed_wait = d.status == "snoozed" and d.medication is None and d.minutes is not None
        said_as_wait = _ASKED_TO_WAIT.search(parts[d.clause]) if d.clause < len(parts) else None
        too_long = d.minutes is not None and d.minutes >= 4 * 60
        if unnamed_wait and not said_as_wait and (lasted or too_long):
            _keep_as_its_length(found, d.minutes or 0, slept=not found.activity)
            continue
        kept.append(d)
    found.doses = kept


_BROKEN_NIGHT = re.compile(r"\b(?:broken|interrupted|on\s+and\s+off|restless|kip)\b")
_ASKED_TO_WAIT = re.compile(
    r"\b(?:remind|snooz\w*|give\s+(?:me|us)|wait|hold\s+on|hang\s+on|later|ask\s+(?:me\s+)?again|"
    r"ping|nudge|in\s+(?:\d|an?\s|half)|after\s+(?:\d|an?\s))"
)


def _reasons_to_wait(parts: list[str], found: Found) -> None:
    # "give me an hour, I'm driving": why the wait is, is nothing to keep as a note
    if any(d.status == "snoozed" for d in found.doses):
        for idx, clause in enumerate(parts):
            found.explained[idx] = found.explained[idx] or bool(_WAIT_REASON.fullmatch(clause))


# "I'm driving", "at work"; "just finishing dinner", "making coffee", "in the bath", "want
# to watch the end of the film": what the wait is for (never words of how one is: "having a
# bad day")
_WAIT_REASON = re.compile(
    r"\W*(?:sorry\W+)?(?:i'm\s+|im\s+|am\s+|still\s+)?(?:driving|at\s+work|in\s+a\s+meeting|on\s+the\s+phone|"
    r"on\s+a\s+call|busy|eating|cooking|in\s+the\s+shower|out|at\s+the\s+shops|at\s+the\s+doctor'?s|"
    r"with\s+the\s+kids|putting\s+the\s+kids\s+to\s+bed)(?:\s+(?:right\s+)?now)?\W*|"
    r"\W*(?:(?:just|still|i'm|im|am|currently)\s+)*(?:finishing|making|brewing|jumping\s+in|"
    r"getting\s+(?:ready|dressed|the|my)|watching|walking\s+the|driving|putting|sorting|washing|feeding|"
    r"bathing|in\s+the\s+(?:bath|shower|car|garden|middle\s+of)|out\s+(?:walking|shopping)|"
    r"want\s+to\s+(?:watch|finish|eat|drive|get|have|shower)|about\s+to\s+(?:eat|leave|head\s+out|go\s+out|"
    r"have\s+(?:my\s+|a\s+|the\s+)?(?:dinner|lunch|breakfast|tea|supper|shower|bath))|having\s+(?:my\s+|a\s+|the\s+)?"
    r"(?:dinner|lunch|breakfast|tea|supper|coffee|cuppa|shower|bath|bite))\b"
    r"(?![^,.;!?]*\b(?:pain|hurt|sore|sick|dizz|nause|ache))[^,.;!?]{0,50}"
)

# The reminder answered in a word: "done", "yep taken", "had em"
_DONE_SAID = r"^\W*(?:(?:yes|yep|yeah|ok|okay|all)\W+)?(?:done|taken|sorted|had\s+(?:it|them|em)"
# The reminder answered with its time alone: "done at 7ish", "taken about 20 mins ago"
_DONE_AT = re.compile(
    _DONE_SAID + r")\s+"
    r"(?P<when>(?:at|around|about|@|by)\s+\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|pm)?(?:\s*-?ish)?|"
    r"(?:about\s+|around\s+)?(?:\d{1,3}|an?|half\s+an?)\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago)"
    r"(?:\s+(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night))?\W*$"
)
# An opening that answers the reminder by itself, said before a report in the same message.
_DONE_FIRST = re.compile(
    _DONE_SAID
    + r"|took\s+(?:it|them|em)|\u2705|\u2714\ufe0f?|\U0001f48a)\W*(?:\u2705|\U0001f44d)?\W*$"
)


_ANSWERED_NO = re.compile(r"^\W*(?:no|nope|nah|none|negative|not\s+really)\W*$")
# A side effect said to be over: "the itching stopped once…", "…, gone now"
_GONE_NOW = re.compile(
    r"(?:^\W*|\b(?:is|has|'s|it's|its)\s+)(?:gone|better|cleared(?:\s+up)?|settled)"
    r"(?:\s+(?:now|finally|at\s+last))?\W*$|"
    r"\b(?:stopped|went\s+away|cleared\s+up|gone\s+now)\b|"
    # a clause of its own after the spell: "… that was 2021", "… fine now", "… that's settled"
    r"^\W*(?:that|it|this)\s+was\s+(?:in\s+|back\s+in\s+)?(?:19|20)\d\d\b|"
    r"^\W*(?:i'm\s+|i\s+am\s+|she's\s+|he's\s+)?(?:fine|ok|okay|grand|good)\s+(?:on\s+(?:it|them)\s+)?now\b|"
    r"^\W*(?:that's|thats|its|that\s+has|it\s+has)\s+(?:all\s+)?(?:settled|passed|worn\s+off)\b|"
    # the words the alarms read as a spell over, anywhere in the clause
    + SETTLED_WORDS
)
_TIREDNESS = frozenset({"fatigue", "drowsiness"})
#: Signs a body gives on its own for a reason the writer names (coffee, low sugar, the cold)
_STIRRED = frozenset({"agitation", "racing_heart", "tremor", "sweating", "feeling_hot"})
# Tiredness put down to something else by the writer: the night, the work, the baby
_NOT_THE_MEDICINE = re.compile(
    r"\bnot\s+(?:the|my)\s+(?:meds|medicines?|medication|tablets|pills|drugs)\b|"
    r"\b(?:that's|thats|it's|its)\s+(?:the|bc|because|cos|from)\b|"
    r"\b(?:tired|sleepy|knackered|shattered|exhausted)\s+(?:\w+\s+)?(?:from|after)\s+\w+ing\b|"
    r"\bstayed\s+up\b|\bup\s+(?:at|till|until|til)\s+\d|\bbeing\s+up\s+all\s+night\b"
)


def _build(
    low: str,
    original: str,
    meds: Meds,
    now: datetime,
    zone: ZoneInfo,
) -> list[Intent]:
    """Red flags first, then the clause findings merged into intents, then the note."""
    intents: list[Intent] = []
    flags = detect_red_flags(low)
    if flags:
        intents.append(RedFlagIntent(flags=tuple(flags)))
    if meant_for_another_chat(low):
        # "done ✅ — oops wrong chat, ignore that": meant for someone else, nothing of it is
        # a record here (a sign in it is still answered: it may be the writer's)
        return intents

    affirm = is_affirmation(low)
    found, parts, day = _analyse(low, meds, now, zone)
    if affirm is not None and not found.doses:
        found.doses.append(DoseEvent(status=affirm))
        found.explained = [True] * len(found.explained)
    elif not found.doses and (done_at := _DONE_AT.match(low)) is not None:
        # "done at 7ish", "taken about 20 mins ago": the reminder answered, and when
        when = taken_when(scan_time(done_at["when"]), "taken", now, zone)
        at = when.isoformat(timespec="seconds") if when is not None else None
        found.doses.append(DoseEvent(status="taken", at=at))
        found.explained = [True] * len(found.explained)
    elif not found.doses and parts and _DONE_FIRST.match(parts[0]):
        # "done. still 8 tho": the reminder answered, then the report ("had em" alone: the
        # reminder answered — it was not understood, and the dose went missed)
        found.doses.append(DoseEvent(status="taken"))
        found.explained[0] = True
    split = all_but(low, meds.meds, lambda text: [m.generic for m in meds.mentions(text)])
    if split is not None:
        # "all but the tramadol": each medicine of the list taken, the named one not
        taken, left = split
        # "…except the gabapentin, will have it after breakfast": that one still to come
        later = [
            replace(d, medication=d.medication or left[0])
            for d in found.doses
            if d.status == "snoozed"
            and (d.medication in left or (d.medication is None and len(left) == 1))
        ]
        # ("took em all at 7:30 but skipped the motrin": when the others went down)
        told = [d.at for d in found.doses if d.status == "taken" and d.at is not None]
        at = told[0] if len(set(told)) == 1 else None
        found.doses = [DoseEvent(status="taken", medication=g, at=at) for g in taken] + (
            later or [DoseEvent(status="skipped", medication=g) for g in left]
        )
        found.explained = [True] * len(found.explained)
    snooze_lengths(low, parts, found)
    _how_long_it_lasted(parts, found)
    _not_yet(parts, found)
    _reasons_to_wait(parts, found)
    _score_said_roughly(parts, found, low)
    _attach_fragments(low, parts, found, now, zone, meds)
    number_products_listed(low, parts, found.doses)  # "took crocin, dolo and advil"
    # (before the prescribed changes are set aside: "the doctor doubled my tramadol" is one)
    doubled_by_the_writer(parts, found, meds.mentions, now, zone)  # "doubled up on my tramadol"
    _changes_not_doses(parts, found)
    activity_not_a_dose(parts, found)  # "skipped physio today": no dose skipped
    _replaced_not_taken(parts, found, meds)
    _named_then_denied(parts, found)
    doubled_for_a_missed_one(parts, found)  # "doubled up cause I missed the noon one"
    doubled_in_another_clause(parts, found, now, zone)  # "missed it yesterday, so 2 today"
    bare_hours_by_the_day_part(parts, found, now, zone)  # "…tonight, took it at 10"
    strength_lowered_to(parts, found, meds)  # "cut the diazepam down to 2mg, took it at 10"
    strength_told_after(parts, found)  # "changed my patch at 9, it's the 25 mcg one"
    at_the_same_time(parts, found)  # "…at 7:30, and one Tylenol at the same time"
    all_at_one_time(parts, found)  # "gaba 600, cymbalta 60, celebrex 200 all down at 8"
    same_hour_too(parts, found, zone)  # "Tylenol at 8 this morning, Lyrica 75 at 8 too"
    again_on_that_day(parts, found, now, zone)  # "yesterday … at 8am and again at 8pm"
    half_told_after(parts, found)  # "valium tonight but just a half"
    # "couldnt get gabapentin anywhere", "finished my X, need a new script"; never "… out
    # of stock but I still had some left"
    stock_out_said(parts, found, meds)
    times_in_the_order_told(parts, found)  # "cymbalta at 8, 2 tylenol at 12, 2 at 6"
    bare_hours_in_their_part(parts, day, found, now, zone)  # "Morning: 2 panadol at 7"
    if any(d.at is None for d in found.doses) and any(d.at for d in found.doses):
        # "meds at 8:45: lyrica 75, cymbalta 30": each item at the opening's time
        dated_by_the_opening(parts, clause_sentences(low, parts), found)
    _taken_later(parts, found)  # "tonight's morphine in 40 min": put off, not taken
    named_then_put_off(parts, found, meds.mentions)  # "Lyrica 75 - remind me in 15 min"
    _planned_for_another_day(parts, found)  # "I'll start the butrans patches on monday"
    _declined_for_effect(low, found)  # "too groggy": the pending dose declined, and why
    _the_one_named(low, parts, found, meds)  # "baclofen leaves me groggy, skipping the am one"
    _long_ago_told(parts, found)  # "last month I ran out of tramadol for 3 days"
    if "overdose_signs" in flags:
        _too_many_is_no_count(parts, found)
    if found.effects & _TIREDNESS and _NOT_THE_MEDICINE.search(low):
        # "tired af but thats bc i worked a double, not the meds": no side effect
        found.effects -= _TIREDNESS
    if found.effects & _STIRRED and explained_otherwise(low):
        # "3 espressos and now I'm jittery, heart thumping": the coffee's, no side effect
        found.effects -= _STIRRED
    if "fatigue" in found.effects and found.activity and not meds.mentions(low):
        # "hour and a half walk along the canal, knackered now": the walk's, not a medicine's
        found.effects -= {"fatigue"}
    # ("skip cyclo, cant be drowsy at work": a side effect kept clear of is the reason)
    reason = skip_reason(low, found.effects | effects_kept_clear_of(low))
    intents.extend(_dose_intents(found, reason))
    intents.extend(_report_intents(found, low))
    if not found.pain:
        # "took gabapentin, my knee is swelling": with no score there is no pain to record
        # the place on, so the words are kept as they were said.
        found.explained = [
            e and not d for e, d in zip(found.explained, found.details_only, strict=True)
        ]

    if intents:
        note = _note(original, parts, found.explained, flags)
        if note:
            intents.append(NoteIntent(text=note))
    elif judges_a_medicine(low, meds):
        # "my meds aren't working anymore" said alone: the doctor's to weigh, in the
        # person's words (it got "didn't catch that")
        intents.append(NoteIntent(text=" ".join(original.split())[:_NOTE_LONGEST]))
    return intents


def _declined_for_effect(low: str, found: Found) -> None:
    """ "too groggy", "stomach's too upset for it" said alone: the pending (or named) dose
    skipped for side effects, the effect kept too (it was the effect alone, and the dose
    went "no answer": Sandbox, Phoenix)."""
    effects = declined_for_effect(low)
    if effects is None:
        return
    # (the words hold no taking: a name in them, "too groggy for the flexeril", is its skip)
    named = list(dict.fromkeys(d.medication for d in found.doses)) or [None]
    found.doses = [
        DoseEvent(status="skipped", medication=m, reason="side_effects", explicit_reason=True)
        for m in named
    ]
    found.effects |= effects
    # ("upset" there is the stomach's, not a mood)
    found.mood_words = [w for w in found.mood_words if w != "upset"]
    found.explained = [True] * len(found.explained)


# "took too many dolo", "too much tylenol", "overdosed on my oxy": how many is not said
_TOO_MANY = re.compile(
    r"\btoo\s+(?:many|much)\b|\boverdos|"
    # "took double my dose of oxy": how many is the listed dose's double, not one dose
    r"\b(?:a\s+)?(?:double|twice)\s+(?:my\s+|the\s+)?(?:usual\s+)?(?:dose|amount)\b"
)


def _too_many_is_no_count(parts: list[str], found: Found) -> None:
    """ "i think i took too many dolo by mistake": the alarm keeps what was said; no dose
    of one tablet is made up beside it (Sandbox, Pune: "Also kept for your doctor: Dolo
    650 mg at 14:25"). A count said ("took 2 extra oxy by mistake") is still a dose."""
    found.doses = [
        d
        for d in found.doses
        if not (
            d.status == "taken"
            and d.count is None
            and d.amount is None
            and _TOO_MANY.search(parts[d.clause])
        )
    ]


def _named_then_denied(parts: list[str], found: Found) -> None:
    """ "tizanidine last night - fell asleep in the chair before 2200, never took it": a
    medicine named with its time and no verb, then said not taken, is that skip only —
    never also taken (Sandbox, Chicago: the missed dose was marked taken)."""
    denied = [
        d
        for d in found.doses
        if d.status == "skipped" and d.at is None and _IT_DENIED.search(parts[d.clause])
    ]
    if not denied:
        return
    kept: list[DoseEvent] = []
    for d in found.doses:
        said = [s for s in denied if s.clause > d.clause and s.medication == d.medication]
        if (
            d.status == "taken"
            and d.medication is not None
            and said
            and not TAKEN_VERB.search(parts[d.clause])
        ):
            said[0].at, said[0].vague_at = d.at, d.vague_at  # the time named with it
            continue
        kept.append(d)
    found.doses = kept


# "never took it", "didn't take them": the dose named before, denied
_IT_DENIED = re.compile(
    r"\b(?:never|didn'?t|did\s+not|not)\s+(?:actually\s+|even\s+)?(?:take|took|taken|have|had)\s+"
    r"(?:it|them|that\s+one|any)\b"
)


def _changes_not_doses(parts: list[str], found: Found) -> None:
    """ "she upped the amitriptyline to 20mg": a new dose prescribed, not one taken; "GP
    says no more ibuprofen": a stop told, no dose at all. Its clause stays in the note."""
    message = " ".join(parts)
    changed = {
        d.clause
        for d in found.doses
        if d.status == "taken"
        and d.medication
        and (tells_a_new_dose(parts[d.clause]) or tells_a_schedule(parts[d.clause], message))
        and not _DOUBLED_UP.match(parts[d.clause])  # "…, doubled up at 2": taken, a catch-up
    }
    # "the doctor said no more ibuprofen": a clinician's word to stop, never a dose skipped
    # (or taken) — the list's change is offered by the chat (Sandbox, Glasgow)
    stopped = {
        d.clause for d in found.doses if tells_a_stop(parts[d.clause], " ".join(parts[: d.clause]))
    }
    if not changed and not stopped:
        return
    found.doses = [
        d
        for d in found.doses
        if not (d.status == "taken" and d.clause in changed) and d.clause not in stopped
    ]
    for idx in changed | stopped:
        found.explained[idx] = False


# The medicine named after "instead of" is the one not taken
_INSTEAD_OF = re.compile(
    r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of|in\s+lieu\s+of|"
    # (Spanish, as the normaliser leaves it: "took the tapentadol en vez del tramadol")
    r"en\s+(?:vez|lugar)\s+(?:del?|of))\s+"
    r"(?:(?:the|my|a|an|his|her|usual|regular|normal|el|la|los|las|mi|mis)\s+)*$"
)


def _replaced_not_taken(parts: list[str], found: Found, meds: Meds) -> None:
    """ "took the tapentadol instead of the tramadol": the one named after "instead of"
    was not taken (both were logged — Sandbox, Houston). Nothing is said of it: no dose,
    and no skip either (the reminder still waiting is answered by the person's tap)."""
    replaced: set[tuple[int, str]] = set()
    for idx, clause in enumerate(parts):
        if not any(
            w in clause for w in ("instead", "rather", "place of", "lieu", "en vez", "en lugar")
        ):
            continue
        for mention in meds.mentions(clause):
            if _INSTEAD_OF.search(clause, 0, mention.start):
                replaced.add((idx, mention.generic))
    if replaced:
        found.doses = [
            d
            for d in found.doses
            if not (d.status == "taken" and (d.clause, d.medication or "") in replaced)
        ]


def _attach_fragments(
    low: str, parts: list[str], found: Found, now: datetime, zone: ZoneInfo, meds: Meds
) -> None:
    """Clauses that only complete an earlier one (a time, a strength, a count, a length,
    "it") are folded into what that clause found; the order matters, each sees the last."""
    _names_said_after(parts, found, meds)
    _attach_times(parts, found, now, zone)
    _one_time_for_all(parts, found)
    date_the_list(low, parts, found, meds)  # "took naproxen, advil at 8"
    _taken_on_waking(parts, found, now, zone)
    _attach_strengths(parts, found)
    _attach_counts(parts, found)
    _the_named_one_taken(parts, found)
    _attach_activity_minutes(parts, found)
    _how_long_the_symptom(parts, found)
    _attach_sleep_hours(parts, found)
    _one_dose_told_twice(parts, found)
    _it_with_another(parts, found, meds)
    _name_it(parts, found, meds)
    _taken_late_after_all(parts, found, now, zone)
    _forgot_but_will_take_it(found)
    _name_the_patch(parts, found, meds)
    _it_is_the_one_named_before(parts, found, meds)
    _counted_of_the_one_named(parts, found, meds)
    _another_of_the_one_named(parts, found)
    _caught_up(parts, found, now, zone)
    _pills_named_after(parts, found, meds)
    _supply_told(parts, found)
    _a_part_of_one(parts, found)
    _share_of_the_dose(parts, found)
    _taken_not_ahead(parts, found, now, zone)


_EVERYTHING = re.compile(r"\b(?:everything|the\s+lot|all\s+of\s+them)\b")
# What may stand beside a medicine's name in a clause that only adds it to the doses told.
_NAME_FILLER = re.compile(
    r"\b(?:and|plus|also|too|as\s+well|then|my|the|both|with\s+it|one|two|three|four|a|an|\d)\b|\W+"
)


_AT_THE_SAME_TIME = re.compile(r"\b(?:too|as\s+well|also)\b")


def _names_alone(clause: str, meds: Meds) -> list[Mention]:
    """The medicines a clause names when it says nothing else ("the norco and the
    gabapentin", "nerve pill too"); [] for any other clause."""
    mentions = meds.mentions(clause)
    if not mentions or _NAME_FILLER.sub("", mask(clause, [(m.start, m.end) for m in mentions])):
        return []
    return mentions


def _names_said_after(parts: list[str], found: Found, meds: Meds) -> None:
    # "took everything this morning - oxy, neurontin, aleve and the flexeril", "new pain
    # patch on at 7, nerve pill too", "yoga 20 min then celebrex": names said alone after
    # a dose or an activity told are doses taken too.
    for idx, clause in enumerate(parts):
        if idx == 0 or found.explained[idx] or any(d.clause == idx for d in found.doses):
            continue
        mentions = _names_alone(clause, meds)
        if not mentions:
            continue
        before = " ".join(parts[:idx])
        if not (
            any(d.status == "taken" and d.clause < idx for d in found.doses)
            or TAKEN_VERB.search(before)
            or found.activity
        ):
            continue
        # "took everything - oxy, neurontin …": the names say what "everything" was
        everything = [
            d
            for d in found.doses
            if d.medication is None and d.clause < idx and _EVERYTHING.search(parts[d.clause])
        ]
        found.doses = [d for d in found.doses if d not in everything]
        # "took the naproxen at 7:30 this morning. and the gabapentin too": taken with the
        # dose told just before, so at its time ("everything this morning": at that time)
        told = [d for d in found.doses if d.status == "taken" and d.clause < idx]
        at: str | None = None
        if everything:
            at = everything[-1].at
        elif told and _AT_THE_SAME_TIME.search(clause):
            at = told[-1].at
        before_name = 0
        for m in mentions:
            # ("…, dolo and 2 advil": each its own count, and the product as written)
            count = count_before(clause[before_name : m.start])
            product = product_name(m.generic, clause[m.start : m.end])
            found.doses.append(
                DoseEvent("taken", m.generic, count=count, at=at, clause=idx, product=product)
            )
            before_name = m.end
        found.explained[idx] = True


# "…but ended up taking it at 5", "…finally did at 9:15": the dose meant, taken after all
_IN_THE_END = re.compile(
    r"\b(?:instead|ended\s+up|finally|in\s+the\s+end|after\s+all|eventually)\b"
)


def _not_yet(parts: list[str], found: Found) -> None:
    """A dose said not taken, then planned ("didn't take the oxy, I'll take it at 10": not
    yet) or taken after all ("meant to take it at 6 but ended up taking it at 5"): one
    dose, the later word's, not a skip beside it."""
    for skip in [d for d in found.doses if d.status == "skipped" and not d.explicit_reason]:
        for later in found.doses:
            same = later.medication in (None, skip.medication) or skip.medication is None
            if later.clause <= skip.clause or not same:
                continue
            if later.status == "snoozed" or (
                later.status == "taken" and _IN_THE_END.search(parts[later.clause])
            ):
                later.medication = later.medication or skip.medication
                found.doses.remove(skip)
                break


def _attach_times(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    # A clause holding only a time ("…, about an hour ago") belongs to the dose before it.
    for idx, scan in enumerate(found.time_only):
        if scan is None:
            continue
        # "…with my breakfast, three hours ago now": a clock said later wins over a
        # part of day's usual time
        targets = [d for d in found.doses if d.clause < idx and (d.at is None or d.vague_at)]
        if idx == 0 and not targets:
            # "10:20 - dilaudid 4mg": a time opening the message, then the dose it dates
            targets = [d for d in found.doses if d.clause == 1 and d.at is None][:1]
        if targets and targets[-1].status != "snoozed":
            if targets[-1].vague_at:
                # "with my breakfast, at 9": the hour in that meal's part of the day
                scan = in_the_meals_part(scan, parts[targets[-1].clause])
            when = resolve_scan(scan, now, zone)
            if when is not None:
                # "voltaren 50 / lyrica 75 / endone 5 - all at 7am": each untimed one
                every = _ALL_OF_THEM.match(parts[idx])
                for dose in targets if every else targets[-1:]:
                    dose.at = _on_its_day(dose.at, when, scan, now, zone).isoformat(
                        timespec="seconds"
                    )
                found.explained[idx] = True


# "woke at 4 from pain, took 2 panadol": the dose told right after waking at a clock
# was taken then (a dose with its own time keeps it).
_WOKE_AT_CLOCK = re.compile(
    r"^\W*(?:(?:i|so|and)\s+)?(?:woke|woken|got\s+up|was\s+up)\s+(?:up\s+)?(?:at|around|about)\s+"
    r"(?:about\s+|around\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*(?:am|a\.m\.?)?"
    r"(?:\s+(?:from|with|in|because\s+of|cos\s+of)\s+(?:the\s+)?(?:pain|agony|my\s+back)|"
    r"\s+(?:in\s+)?(?:agony|pain|sore|hurting))?\W*$"
)
_TOOK_FIRST = re.compile(r"^\W*(?:(?:so|and|then)\s+)?(?:i\s+)?(?:took|had|popped|swallowed)\b")


def _taken_not_ahead(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    # A dose told as taken at a clock time well ahead was taken then yesterday, as
    # `taken_when` reads one dose; the second of two ("ibuprofen 400 at 2pm, 400 at 8pm"
    # said at 09:00) had been left ahead, as if still to come.
    # (Never before an earlier dose of it: "gabapentin at 7.30, second at 2pm" said at
    # 08:35 keeps 14:00, which the bot asks about.)
    for j, d in enumerate(found.doses):
        if d.status != "taken" or d.at is None or d.vague_at:
            continue
        at = datetime.fromisoformat(d.at)
        anchor = scan_time(parts[d.clause]).anchor
        if (
            at > now
            and anchor in ("tonight", "this evening")
            and not TAKEN_VERB.search(parts[d.clause])
        ):
            # "naproxen is with dinner at 6 tonight" said at 15:20: a dose planned, never
            # yesterday's 18:00 taken
            d.status, d.at = "snoozed", None
            continue
        if at > now and anchor in PAST_DAYS:
            # "yesterday i took paracetamol at 9am and 3pm" said at 08:00: that day's times
            d.at = on_the_wall(at, zone, -24).isoformat(timespec="seconds")
            continue
        if at <= now + TAKEN_AHEAD or anchor is not None:
            continue
        day_before = on_the_wall(at, zone, -24)
        earlier = [
            datetime.fromisoformat(e.at)
            for e in found.doses[:j]
            if e.medication == d.medication and e.at is not None
        ]
        if all(e < day_before for e in earlier):
            d.at = day_before.isoformat(timespec="seconds")


def _taken_on_waking(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    for idx in range(1, len(parts)):
        if not (_WOKE_AT_CLOCK.match(parts[idx - 1]) and _TOOK_FIRST.match(parts[idx])):
            continue
        when = resolve_scan(scan_time(parts[idx - 1]), now, zone)
        for d in found.doses:
            if d.clause == idx and d.at is None and d.status == "taken" and when is not None:
                d.at = when.isoformat(timespec="seconds")


def _on_its_day(
    told: str | None, when: datetime, scan: TimeScan, now: datetime, zone: ZoneInfo
) -> datetime:
    """A clock said after a dose told of an earlier day is on that day: "took my cymbalta
    late yesterday, around 4 in the afternoon" at 10:20 is yesterday's 16:00, and "on
    Tuesday … at bedtime, about half ten" Tuesday's 22:30 (not last night's)."""
    if told is None or scan.ago is not None:
        return when
    if scan.anchor not in (None, *_ANY_DAYS_PART):
        return when
    day = datetime.fromisoformat(told).astimezone(zone).date()
    local = when.astimezone(zone)
    if day >= local.date():
        return when
    if when <= now and (local.date() - day).days < 2:
        # (a clock already gone by, a day from one told: "last night's pregabalin now, at
        # 7" is this morning's 7, "before bed, around half 12" just past midnight)
        return when
    return on_the_wall(when, zone, -24 * (local.date() - day).days)


_ANY_DAYS_PART = ("in the morning", "in the afternoon", "in the evening", "at night")

_ALL_OF_THEM = re.compile(
    r"^\W*(?:and\s+)?(?:all|both|each|all\s+of\s+them|them\s+all|the\s+lot)\b"
)

_AMOUNT_ALONE = re.compile(
    r"^\s*(?:the\s+)?"
    + AMOUNT.pattern.removeprefix(r"\b")
    + r"(?:\s+(?:one|patch|tablet|dose))?\s*$"
)


def _attach_strengths(parts: list[str], found: Found) -> None:
    # "neurontin taken, 300": a bare strength in the next clause belongs to the dose.
    for idx, clause in enumerate(parts):
        said = _AMOUNT_ALONE.match(clause)
        if found.explained[idx] or not (ONLY_NUMBER.match(clause) or said):
            continue
        before = [
            d for d in found.doses if d.clause == idx - 1 and d.medication and d.amount is None
        ]
        if before and said:
            # "changed my fentanyl patch at 8, 25mcg": the amount with its unit
            before[-1].amount = float(said["n"].replace(",", "."))
            before[-1].unit = UNIT_MAP[said["u"]]
            found.explained[idx] = True
            continue
        strength = before and bare_strength(" " + clause, 0, before[-1].medication or "")
        if strength:
            before[-1].amount, before[-1].unit = strength
            found.explained[idx] = True


def _attach_counts(parts: list[str], found: Found) -> None:
    # "robaxin 750, two of them, at 9", "Ibuprofen 400mg. 2 tabs.": a count in the next
    # clause belongs to the dose.
    for idx, clause in enumerate(parts):
        m = ONLY_COUNT.match(clause)
        if m is None:
            continue  # (explained or not: "2 caps with lunch" also said when)
        before = [d for d in found.doses if d.clause < idx and d.count is None]
        if before:
            before[-1].count = count_value(m["n"])
            found.explained[idx] = True


def _the_named_one_taken(parts: list[str], found: Found) -> None:
    # "naproxen 250mg, took 2 at 9 this morning": the medicine named alone, then taken
    # unnamed in the next clause, is one dose of it (two were told, one of them unnamed)
    for d in [d for d in found.doses if d.medication is None and d.status == "taken"]:
        named = [e for e in found.doses if e.clause == d.clause - 1]
        if (
            d.clause == 0
            or len(named) != 1
            or named[0].medication is None
            or named[0].status != "taken"
            or named[0].count is not None
            or named[0].at is not None
            or TAKEN_VERB.search(parts[d.clause - 1])
            or any(e.clause == d.clause and e is not d for e in found.doses)
        ):
            continue
        bare = named[0]
        d.medication, d.product = bare.medication, bare.product
        d.amount = d.amount if d.amount is not None else bare.amount
        d.unit = d.unit or bare.unit
        found.doses.remove(bare)


def _attach_activity_minutes(parts: list[str], found: Found) -> None:
    # "went for a walk, 30 minutes": a bare duration belongs to the activity.
    if not found.activity or found.activity_minutes:
        return
    for idx, clause in enumerate(parts):
        m = DURATION.search(clause)
        if not found.explained[idx] and m:
            v = minutes_of(m["n"], m["u"])
            if v is not None and 0 < v <= 24 * 60:
                found.activity_minutes = v
                found.explained[idx] = True
                break


# How long it has gone on, said alone after it: "6 days now", "a week now", "for 3 days"
_HOW_LONG_NOW = re.compile(
    r"\W*(?:(?:been|going\s+on|like\s+(?:this|that))\s+)?(?:for\s+)?(?:about\s+|nearly\s+)?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few)\s+"
    r"(?:days?|weeks?|months?|nights?)\s+(?:now|running|straight|in\s+a\s+row)\W*"
)


def _how_long_the_symptom(parts: list[str], found: Found) -> None:
    # "still cant poop, 6 days now", "pain 7, 3 days now": how long the symptom said just
    # before has lasted is part of it, not a note of its own
    if not (found.effects or found.pain):
        return
    for idx in range(1, len(parts)):
        if found.explained[idx - 1] and _HOW_LONG_NOW.fullmatch(parts[idx]):
            found.explained[idx] = True


def _attach_sleep_hours(parts: list[str], found: Found) -> None:
    # "maybe 5 hours sleep, broken": how the night went, said of it, is no note
    if found.sleep_quality is not None:
        for idx, clause in enumerate(parts):
            if _HOW_THE_NIGHT_WENT.fullmatch(clause):
                found.explained[idx] = True
    # "in bed at 10, up at half five": the span said across a comma
    if found.sleep_hours is None:
        across = slept_span(", ".join(parts))
        if across is not None:
            found.sleep_hours = across
            found.sleep_quality = found.sleep_quality or quality_of_hours(across)
            for idx, clause in enumerate(parts):
                # "drifted off at 1, woke at 6": the two times are the night, no note
                found.explained[idx] = found.explained[idx] or bool(_ONLY_A_CLOCK.fullmatch(clause))
    # "slept well, about 7 hours", "slept 9-3 after shift, so 6 hrs": a clause of bare
    # hours belongs to the sleep; alone, hours only a night can be ("7 hrs last night").
    if found.sleep_hours is not None:
        return
    about_sleep = found.sleep_quality is not None or SLEEP_WORDS.search(" ".join(parts))
    for idx, clause in enumerate(parts):
        m = BARE_HOURS.match(clause)
        if found.explained[idx] or not m:
            continue
        v = minutes_of(m["n"], "h")
        alone = sleep_hours_alone(clause) if not (found.activity or found.doses) else None
        if v is not None and 0 < v <= 24 * 60 and (about_sleep or alone is not None):
            found.sleep_hours = v / 60 + (0.5 if m["half"] else 0.0)
            found.sleep_quality = found.sleep_quality or quality_of_hours(found.sleep_hours)
            found.explained[idx] = True
            break


_HOW_THE_NIGHT_WENT = re.compile(
    r"\W*(?:very\s+|so\s+|really\s+|all\s+)?(?:broken|restless|interrupted|on\s+and\s+off|in\s+bits|"
    r"patchy|fitful|choppy)\W*"
)
_ONLY_A_CLOCK = re.compile(
    r"\W*(?:\w+\s+){0,3}?(?:at|by|till?|until)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\W*"
)
_ROUGH_SCORE = re.compile(
    r"(?:around|about|maybe|roughly|probably|prob)\s+(?:a\s+)?"
    r"(?P<n>\d|10|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_PAIN_WORD = re.compile(r"\b(?:pain|hurts?|hurting|sore|ache|aching)\b")


def _score_said_roughly(parts: list[str], found: Found, low: str) -> None:
    # "around 6, mostly my right hip", "pain dey, around 6": with no dose in the message
    # to be timed, "around 6" beside words about the pain is its score, not a clock.
    if found.pain or found.doses:
        return
    if not (found.locations or found.qualities or _PAIN_WORD.search(low)):
        return
    for idx, clause in enumerate(parts):
        m = _ROUGH_SCORE.fullmatch(clause)
        if m is not None and not found.explained[idx]:
            found.pain.append((1, to_float(m["n"]) or 0.0))
            found.explained[idx] = True
            found.time_only[idx] = None
            return


def _one_dose_told_twice(parts: list[str], found: Found) -> None:
    # "pregabalin 150mg bd - pm dose taken 2000": the second clause tells when the dose
    # named in the first was taken, not a second dose ("another", "again" would say so).
    for d in list(found.doses):
        if d.status != "taken" or d.at is None or d.amount is not None or d.count is not None:
            continue
        if d.clause == 0 or ANOTHER_DOSE.search(parts[d.clause]):
            continue
        before = [
            e
            for e in found.doses
            if e.clause < d.clause
            and e.status == "taken"
            and e.medication
            and e.medication == (d.medication or e.medication)
        ]
        if before and before[-1].at is None and not another_product(before[-1], d):
            # ("took crocin, then dolo at 6": the Dolo is a dose of its own)
            before[-1].at = d.at
            found.doses.remove(d)


def _it_with_another(parts: list[str], found: Found, meds: Meds) -> None:
    # "forgot the gabapentin at 8 so took it at 11 with the baclofen": "it" is a dose of
    # its own beside the one named after "with" (which had taken the whole verb); named
    # below, as any "it"
    for i, d in reversed(list(enumerate(found.doses))):
        if d.status != "taken" or d.medication is None or d.clause >= len(parts):
            continue
        clause = parts[d.clause]
        at = next((mm.start for mm in meds.mentions(clause) if mm.generic == d.medication), None)
        if at is None or not _IT_WITH.search(clause, 0, at):
            continue
        found.doses.insert(i, replace(d, medication=None, product=None, count=None, amount=None))


_IT_WITH = re.compile(
    # ("…so i take am 9am with paracetamol": "am" is "it" after "take")
    r"\b(?:(?:took|had|taken|did|drank|drink|got)\s+(?:already\s+)?"
    r"(?:it|" + THAT_DAYS_DOSE + "|" + THE_TIMES_ONE + r")|"
    r"take\s+am)\b[^.;()]{0,30}?\b(?:with|w/?|plus|and|n|&)\s+"
    r"(?:the\s+|my\s+|a\s+|an\s+|\d+\s+|two\s+|one\s+)?$"
)


def _name_it(parts: list[str], found: Found, meds: Meds) -> None:
    # "forgot my diclofenac this morning, took it at 11 instead": "it" is the medicine
    # named before; "threw up after the tramadol, skipping tonight's dose": the one
    # medicine the message named, in whatever it said of it.
    for i, d in enumerate(found.doses):
        pronoun = IT.search(parts[d.clause]) or _TIMES_ONE.search(parts[d.clause])
        if pronoun is not None and pronoun.group().endswith(("them", "ones")):
            # "cymbalta n aleve i still have, took them at 8", "took the evening ones": the
            # ones just named
            continue
        if d.medication is None and pronoun is not None:
            # "took my celebrex at 9 and forgot this morning's": an earlier dose, even of
            # the same clause
            named = [e for e in found.doses[:i] if e.clause <= d.clause and e.medication]
            if not named and d.clause > 0:
                said = {m.generic for part in parts[: d.clause] for m in meds.mentions(part)}
                if len(said) == 1:
                    d.medication = said.pop()
                continue
            if named:
                d.medication = named[-1].medication
                if ANOTHER_DOSE.search(parts[d.clause]):
                    # "took it again at 2": a second dose of it, kept apart from the first.
                    d.part = max(e.part for e in found.doses if e.medication == d.medication) + 1


#: A time long gone, beyond anything the record holds as a dose: a story, not a report
_LONG_AGO = re.compile(
    r"\blast\s+(?:month|year|summer|winter|spring|autumn|christmas)\b|"
    r"\b(?:\d+|a|two|three|few|couple\s+of|several)\s+(?:months?|years?)\s+ago\b|\byears\s+back\b"
)


def _long_ago_told(parts: list[str], found: Found) -> None:
    """Skips told of a month or more ago ("last month I ran out of tramadol for 3 days and
    it was grim", "last month the doc told me to skip the meloxicam") are a story: none is
    kept as a dose of now."""
    # (a dose taken keeps its clause: "lyrica 150 ✅ (the 75 was last month …)")
    found.doses = [
        d for d in found.doses if d.status == "taken" or not _LONG_AGO.search(parts[d.clause])
    ]


def _the_one_named(low: str, parts: list[str], found: Found, meds: Meds) -> None:
    """The one unnamed dose of a message that names one medicine only in what it says of
    it: that medicine's. A skip or wait, wherever it is named ("baclofen leaves me so groggy
    …, skipping the am one", "I forget my tablet yesterday night, the pregabalin"); any dose
    told after it is named alone as the topic ("Ah the pregabalin, yes had that half an
    hour ago") — never when a dose of it is told apart."""
    unnamed = [d for d in found.doses if d.medication is None]
    if len(unnamed) != 1 or any(d.medication for d in found.doses):
        return
    topic = _the_topic(parts, meds)
    if topic is not None and topic[0] < unnamed[0].clause:
        unnamed[0].medication = topic[1]
        found.explained[topic[0]] = True
        return
    if unnamed[0].status == "taken":
        return
    # (never one named only in a question: "forgot. is tramadol ok with alcohol?")
    asked = asked_clauses(low, parts)
    said = {
        m.generic
        for part, q in zip(parts, asked, strict=True)
        if not q
        for m in meds.mentions(part)
    }
    if len(said) == 1:
        unnamed[0].medication = said.pop()


def _the_topic(parts: list[str], meds: Meds) -> tuple[int, str] | None:
    """The one clause that is a medicine's name alone ("Ah the pregabalin,"): where, whose."""
    topics = []
    for idx, part in enumerate(parts):
        named = meds.mentions(part)
        if (
            len(named) == 1
            and _TOPIC_BEFORE.fullmatch(part[: named[0].start])
            and not _A_WORD.search(part, named[0].end)
        ):
            topics.append((idx, named[0].generic))
    return topics[0] if len(topics) == 1 else None


_TOPIC_BEFORE = re.compile(
    r"\W*(?:(?:ah+|oh+|re|about|as\s+for|yes|yeah|and|ok(?:ay)?)\W+)*(?:the\s+|my\s+)?"
)
_A_WORD = re.compile(r"\w")


# ("the afternoon one" names the medicine said before, but is never the missed dose
# taken late: it is a dose of its own time)
_TIMES_ONE = re.compile(r"\b" + THE_TIMES_ONE + r"\b")

_LATE = re.compile(
    r"\b(?:instead|late|later|anyway|after\s+all|eventually|in\s+the\s+end|"
    r"(?:when|once)\s+i\s+remembered)\b"
)


def _taken_late_after_all(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    # "forgot my naproxen this morning so I took it at eleven instead", "forgot the
    # ibuprofen, taking it now": the forgotten dose was taken late — one dose taken, not a
    # skip beside it. A dose said without a time is now's.
    said_now = now.isoformat()
    for d in list(found.doses):
        said = parts[d.clause]
        now_said = _NOW_SAID.search(said) is not None
        if d.status != "taken" or not (IT.search(said) or (now_said and _BOTH.search(said))):
            continue
        forgot = [
            e
            for e in found.doses[: found.doses.index(d)]
            if e.status == "skipped"
            and (e.reason == "forgot" or (e.reason is None and now_said))
            and e.medication
            and e.medication == (d.medication or e.medication)
        ]
        if d.medication is None and len(forgot) > 1 and now_said and _BOTH.search(said):
            # "missed the 0900 lyrica and 1400 panadol, taking both now": each, late, now
            for e in forgot:
                e.status, e.at, e.reason = "taken", d.at, None
            found.doses.remove(d)
            continue
        # "took it this morning with the morning one": the forgotten dose late, and the
        # one now due beside it — two doses, never a skip (Sandbox, Sydney: 150 mg lost)
        paired = _WITH_ITS_OWN.search(said) is not None
        if forgot and (
            paired
            or _LATE.search(parts[d.clause])
            or _same_day(forgot[-1].at or said_now, d.at or said_now, zone)
            or (now_said and _hours_after(forgot[-1].at, d.at or said_now))
        ):
            d.medication = forgot[-1].medication
            missed_at = forgot[-1].at
            d.for_due = missed_at
            found.doses.remove(forgot[-1])
            if paired:
                if d.at is not None and datetime.fromisoformat(d.at) > now:
                    d.at = said_now  # "this morning" at 07:20 is already past, not 08:00
                part = max(e.part for e in found.doses if e.medication == d.medication) + 1
                due_one = replace(d, for_due=None, part=part)
                found.doses.insert(found.doses.index(d), due_one)
                continue
            took = datetime.fromisoformat(d.at) if d.at else None
            missed = datetime.fromisoformat(missed_at) if missed_at else None
            if took is not None and missed is not None and took < missed:
                # "forgot my tramadol at lunch, took it at 3": after lunch, 15:00 — a bare
                # hour had been read as the night before the missed one
                later = on_the_wall(took, zone, 12)
                if missed < later <= now:
                    d.at = later.isoformat(timespec="seconds")


_BOTH = re.compile(r"\bboth\b")
# the dose now due, named beside the forgotten one taken with it ("with the morning one")
_WITH_ITS_OWN = re.compile(
    r"\b(?:(?:along|together)\s+with|with|alongside|as\s+well\s+as)\s+(?:the|my|this|today'?s)\s+"
    r"(?:morn(?:ing|in)|evening|night|nite|lunch(?:time)?|bedtime|usual|normal|regular|next)"
    r"(?:'?s)?\s+(?:ones?|doses?|pills?|tablets?|tabs?|meds?|lot)\b"
)
# the forgotten dose taken as the message is written ("just took it now", "taking both now")
_NOW_SAID = re.compile(r"\b(?:just\s+now|right\s+now|now|just\s+(?:took|had|taken))\b")


def _hours_after(missed: str | None, took: str) -> bool:
    """Whether a dose taken came within half a day after the one forgotten ("forgot my
    lyrica at 2100, just took it now" at 04:10 on a night shift: that dose, late)."""
    if missed is None:
        return False
    gap = datetime.fromisoformat(took) - datetime.fromisoformat(missed)
    return timedelta(0) <= gap <= timedelta(hours=12)


def _forgot_but_will_take_it(found: Found) -> None:
    # "forgot my gabapentin, will take it just now": the dose is still to come — a wait,
    # not a skip.
    waits = [d for d in found.doses if d.status == "snoozed"]
    if not waits:
        return
    for d in list(found.doses):
        later = [w for w in waits if w.clause >= d.clause and w.medication in (None, d.medication)]
        if d.status == "skipped" and d.reason == "forgot" and later:
            later[0].medication = later[0].medication or d.medication
            found.doses.remove(d)


def _same_day(first: str | None, second: str | None, zone: ZoneInfo) -> bool:
    if first is None or second is None:
        return False
    a, b = (datetime.fromisoformat(t).astimezone(zone).date() for t in (first, second))
    return a == b


def _name_the_patch(parts: list[str], found: Found, meds: Meds) -> None:
    # "changed my patch at 6": the one patch in the regimen. With none listed, a patch
    # said is no dose of the list: left unnamed, it would answer the tablets' reminder
    # ("I didn't put my patch on" had skipped the 08:00 naproxen and gabapentin).
    # (a medicine that comes as a patch among other forms, as buprenorphine does, is the
    # patch when no medicine that is only ever one is listed)
    patches = [m for m in meds.meds if _is_patch(m)] or [m for m in meds.meds if _may_be_a_patch(m)]
    if not patches and meds.meds:
        found.doses = [
            d
            for d in found.doses
            if d.medication is not None or not PATCH_WORD.search(parts[d.clause])
        ]
    for d in found.doses:
        strength = _PATCH_STRENGTH.search(parts[d.clause])
        if d.amount is None and strength is not None and d.status == "taken":
            d.amount = float(strength[1])  # "changed my 10 patch": 10 micrograms an hour
    if len(patches) != 1:
        return
    for d in found.doses:
        if d.medication is None and PATCH_WORD.search(parts[d.clause]):
            d.medication = patches[0]


# "half my dose", "half a dose", "half the gabapentin", "half of my usual naproxen": a share
# of the whole dose; not "half a naproxen", "half the tablet", "half of the 600" (of one).
_OF_THE_DOSE = re.compile(
    r"\b(?:half|(?:a\s+)?quarter)\s+(?:of\s+)?(?:(?:an?|my|the|his|her)\s+)?"
    r"(?:usual\s+|normal\s+|whole\s+|regular\s+|prescribed\s+)?dose\b|"
    r"\b(?:half|(?:a\s+)?quarter)\s+(?:of\s+)?(?:my|the)\s+(?:usual\s+|normal\s+|regular\s+)?"
    r"(?!(?:tab|tablet|pill|cap|capsule|caplet|one|patch|sachet|dose)s?\b)[a-z][\w-]*"
)


def _a_part_of_one(parts: list[str], found: Found) -> None:
    # "cut my 25mg nortriptyline in half", "halved the flexeril", "quarter of a 10 oxy",
    # "3/4 of a tizanidine", "sevredol 10 - just half": a part of one tablet taken, said
    # around its name (the count the clause read, if any, was the one tablet cut)
    for d in found.doses:
        if d.status != "taken" or (d.count is not None and d.count != 1):
            continue
        if sum(e.clause == d.clause for e in found.doses) > 1:
            continue  # "half a valium at 10 and 1 tramadol at 6": each its own count
        said = parts[d.clause]
        part = next((v for v, pattern in _PARTS_OF_ONE if pattern.search(said)), None)
        if part is not None:
            d.count = part


_NOT_A_TIME = r"(?!\s*(?:an?\s+)?(?:hour|hr|past|day|the\s+(?:day|night|time|morning|box|pack)))"
_PARTS_OF_ONE = (
    (0.75, re.compile(r"(?:\b3/4|\bthree[-\s]quarters?|\u00be)\s+(?:of\s+)?(?:a|an|one|my|the)\b")),
    (
        0.25,
        re.compile(
            r"\b(?:a\s+)?quarter\s+(?:of\s+)?(?:a|an|one|my|the)\b" + _NOT_A_TIME + r"|\u00bc"
        ),
    ),
    (
        0.5,
        re.compile(
            r"\b(?:(?:cut|broke|snapped|split|chopped|bit)\s+(?:[\w.]+\s+){0,4}?(?:in|into)\s+(?:half|halves|two)|"
            r"halved|halving|(?:just|only)\s+(?:the\s+)?half\b"
            + _NOT_A_TIME
            + r"|the\s+half\s+(?:tablet|pill|tab|one)|"
            r"half\s+(?:of\s+)?(?:a|an|one|my|the)\b" + _NOT_A_TIME + r"|media\s+pastilla)|\u00bd"
        ),
    ),
)


def _share_of_the_dose(parts: list[str], found: Found) -> None:
    # "half my gabapentin" of a two-capsule dose is one capsule, not half of one.
    for d in found.doses:
        if d.count is not None and d.count < 1 and _OF_THE_DOSE.search(parts[d.clause]):
            d.of_dose = True


def _is_patch(generic: str) -> bool:
    drug = get_drug(generic)
    if drug is None:
        return "patch" in generic
    return "patch" in (drug.display or "") or drug.route == "transdermal"


# "2 fizzy co-codamol", "two soluble paracetamol": the form between a count and its name
_FORM_BETWEEN = re.compile(
    r"\b(\d|one|two|three|four)\s+(?:fizzy|soluble|effervescent|dissolvable|dispersible)\s+(?=[a-z])"
)
# "patch came off in the shower, stuck a new one on": the one is a patch
_ONE_ON = re.compile(
    r"\b((?:put|stuck|slapped|stick)\s+(?:a\s+)?(?:new|fresh|another|clean)\s+)one(\s+on)\b"
)


def _one_is_the_patch(low: str) -> str:
    m = _ONE_ON.search(low)
    if m is None or not PATCH_WORD.search(low, 0, m.start()):
        return low
    return low[: m.start()] + m[1] + "patch" + m[2] + low[m.end() :]


# A patch's strength said before it: "norspan 5 patch", "the 52.5 patch" (never one patch)
_PATCH_STRENGTH = re.compile(r"(?<![\w.])((?:[5-9]|\d{2,3})(?:\.\d)?)\s+patch\b")


def _only_supply(clause: str) -> bool:
    """Whether `clause` tells a supply come ("pharmacy had the celecoxib"), with no taking
    verb beside the supply's own words."""
    return bool(_SUPPLY_SAID.search(clause)) and not TAKEN_VERB.search(blank(_SUPPLY_SAID, clause))


def _supply_told(parts: list[str], found: Found) -> None:
    # "picked up my new script at the chemist, 20 endone, gotta make em last": what came,
    # said bare in a message about a supply, is no dose taken (a taking verb still is one)
    if not any(_SUPPLY_SAID.search(clause) for clause in parts):
        return
    found.doses = [
        d
        for d in found.doses
        if d.status != "taken"
        or d.clause >= len(parts)
        # ("had the gabapentin filled at cvs": the "had" is the filling's, no taking)
        or TAKEN_VERB.search(blank(_SUPPLY_SAID, parts[d.clause]))
        # "collected my prescription, 1 endone at 9": one taken then (never the time it
        # came: "chemist dispensed 56 of the naproxen this morning")
        or (d.at is not None and not _SUPPLY_SAID.search(parts[d.clause]))
    ]


_SUPPLY_SAID = re.compile(
    r"\b(?:picked\s+up|collected|new\s+(?:script|prescription|supply|box|pack)|refill(?:ed)?|"
    r"(?:script|prescription)\s+(?:came|arrived|was\s+ready|is\s+ready)|"
    # "pharmacy only gave me 20 of the oxycodone", "the pharmacist gave me 14 tramadol",
    # "they only gave me half the oxy": handed over by the shop, not given to swallow
    # (a nurse or a carer giving one still is a dose)
    # (the shop the subject: "got it from the pharmacy and had one at 9" is a dose)
    r"(?:pharmac\w*|chemist|drugstore)(?:'s)?\s+(?:(?!and\b|then\b|so\b)\w+\s+){0,2}?"
    r"(?:gave|dispensed|handed|filled|had)|"
    r"they\s+(?:only|just)\s+(?:gave|dispensed|handed)\s+me|they\s+(?:only|just)\s+had|dispensed|"
    # "got 60 gabapentin filled today", "had my norco filled"
    r"(?:got|get|had|have)\s+(?:[\w/-]+\s+){0,3}?filled)\b"
)


def _one_time_for_all(parts: list[str], found: Found) -> None:
    # "took palexia 100 at 9pm n 2 nurofen", "cyclobenzaprine 10mg at 11pm + 2 advil": the
    # one time said in the clause is when each medicine in it went down
    for idx, clause in enumerate(parts):
        taken = [d for d in found.doses if d.clause == idx and d.status == "taken"]
        times = {d.at for d in taken if d.at is not None}
        if len(times) != 1 or all(d.at is not None for d in taken):
            continue
        # (the time said itself is no other time: "naproxen at like 7 30 this morning and
        # the gabapentin too")
        if _NOW_TOO.search(mask(clause, time_spans(clause))):
            continue
        at = times.pop()
        for d in taken:
            d.at = d.at or at


# A dose of now said beside the timed one: "… and the naproxen just now"
_NOW_TOO = re.compile(r"\b(?:now|just|right\s+now|later|tonight|earlier|this\s+morning)\b")


def _it_is_the_one_named_before(parts: list[str], found: Found, meds: Meds) -> None:
    # "forgot my patch yesterday, did it just now": "it" is the one medicine named before;
    # "cymbalta n aleve i still have, took them at 8", "forgot the mobic and the flexeril,
    # took both at 6": "them", "both" are the ones named just before (an unnamed dose would
    # otherwise answer whatever reminder is open — or, once, the medicine run out of)
    for d in list(found.doses):
        said = _IT.search(parts[d.clause]) if d.clause < len(parts) else None
        if d.medication is not None or d.status != "taken" or said is None:
            continue
        earlier = [e for e in found.doses if e.clause < d.clause and e.medication]
        if _PLURAL_IT.search(said.group()) is None:
            before = {e.medication for e in earlier if e.medication}
            named: list[str] = list(before) if len(before) == 1 else []
        else:
            named = _several_named_just_before(parts, d.clause, meds)
            if named and set(named) <= {e.medication for e in earlier if e.status == "taken"}:
                # "today gabapentin and naproxen at 8, took them with breakfast": the doses
                # just told, said again — not two more
                found.doses.remove(d)
                continue
            taken_before = {e.medication for e in earlier if e.status == "taken"}
            if not named and len(taken_before) == 1 and d.count is None:
                # "I took the one o'clock panadol twice. I forgot I had them taken …": the
                # tablets just named, said again (left unnamed, it answered the baclofen due)
                found.doses.remove(d)
                continue
        if not named:
            continue
        d.medication = named[0]
        for n, generic in enumerate(named[1:], 1):
            found.doses.append(replace(d, medication=generic, part=d.part + n))


def _another_of_the_one_named(parts: list[str], found: Found) -> None:
    # "… took the panadol twice. … and took another two just now": "another" is one more of
    # the one medicine taken earlier in the message (unnamed, it answered whatever was due)
    for d in list(found.doses):
        if d.medication is not None or d.status != "taken" or d.clause >= len(parts):
            continue
        if not _ANOTHER.search(parts[d.clause]):
            continue
        earlier = [e for e in found.doses if e.clause < d.clause and e.status == "taken"]
        before = {e.medication for e in earlier}
        if len(before) != 1 or None in before:
            continue
        if any(e.of_dose and e.count == 2 for e in earlier):
            found.doses.remove(d)  # "took it twice …, took another just now": the second, told
            continue
        d.medication = before.pop()


_ANOTHER = re.compile(
    r"\b(?:another|one\s+more|(?:\d|two|three)\s+more)\b(?!\s+(?:of\s+)?(?:my|the)\s+\w)"
)


def _pills_named_after(parts: list[str], found: Found, meds: Meds) -> None:
    # "I took my morning pills at 7, the Norco and the gabapentin", "I forgot both evening
    # tablets, the tizanidine and the tramadol": the pills are the ones named after them —
    # each a dose as told (never one more, unnamed, beside them)
    for d in list(found.doses):
        if d.medication is not None or d.status not in ("taken", "skipped"):
            continue
        if d.clause >= len(parts) or not _PILLS_SAID.search(parts[d.clause]):
            continue
        names: list[str] = []
        for clause in parts[d.clause + 1 :]:
            mentions = _names_alone(clause, meds)
            if not mentions:
                break
            names += [m.generic for m in mentions]
        if not names:
            continue
        found.doses.remove(d)
        for generic in dict.fromkeys(names):
            same = [e for e in found.doses if e.medication == generic and e.status == d.status]
            for e in same:
                e.at = e.at or d.at
            if not same:
                found.doses.append(replace(d, medication=generic, count=None))


_PILLS_SAID = re.compile(r"\b(?:pills|meds|medicines|medications|tablets|tabs|capsules)\b")


def _caught_up(parts: list[str], found: Found, now: datetime, zone: ZoneInfo) -> None:
    # "forgot last night's gabapentin so I took two this morning", "missed the 8am lyrica,
    # doubled up at 2": two at once after a dose missed are that medicine's, a catch-up —
    # the missed dose stays missed, the two are one dose of two tablets
    skipped = {d.medication for d in found.doses if d.status == "skipped" and d.medication}
    if len(skipped) != 1 or any(
        d.status == "taken" and d.medication and d.medication not in skipped for d in found.doses
    ):
        return
    (missed,) = skipped
    first_skip = min(d.clause for d in found.doses if d.status == "skipped")
    for d in found.doses:
        unnamed_after = d.status == "taken" and d.medication is None and d.clause >= first_skip
        if unnamed_after and ((d.count or 0) >= 2 or _BOTH_AT_ONCE.search(parts[d.clause])):
            d.medication = missed
            d.count = d.count or 2
    for idx in range(first_skip + 1, len(parts)):
        if any(d.clause == idx for d in found.doses) or not _DOUBLED_UP.match(parts[idx]):
            continue
        when = taken_when(scan_time(parts[idx]), "taken", now, zone)
        found.doses.append(
            DoseEvent(
                status="taken",
                medication=missed,
                count=2,
                at=when.isoformat(timespec="seconds") if when is not None else None,
                clause=idx,
            )
        )
        found.explained[idx] = True


# "doubled up at 2", "so I doubled it", "took a double dose tonight": two doses at once
_DOUBLED_UP = re.compile(
    r"^\W*(?:so\s+|and\s+|then\s+)?(?:i\s+)?(?:doubled\s+(?:up|it|the\s+dose)|"
    r"took\s+a\s+double\s+dose|had\s+a\s+double\s+dose)\b"
)
_BOTH_AT_ONCE = re.compile(r"\b(?:both|two\s+at\s+once|2\s+at\s+once|together)\b")


# "bought a wee packet of Nurofen … I took two of them at 3": tablets of the product
# named before, even where it was not taken then (left unnamed, it answered the diazepam
# reminder that was open — Sandbox, Edinburgh)
_N_OF_THEM = re.compile(
    r"\b(?:\d|one|two|three|four|a\s+couple|couple|a\s+few|some)\s+of\s+(?:them|those|these|"
    r"the\s+(?:tablets|pills|tabs|capsules|caplets))\b"
)


# "picked up the tramadol, then took one at 9", "naproxen came today, had 2 around noon":
# a count taken, standing for tablets of the one medicine the clause before named without
# a dose of it (fetched, found, delivered). Left unnamed, it answered whatever was due.
_TOOK_A_COUNT = re.compile(
    r"\b(?:took|had|popped|swallowed|necked|downed|taken)\s+(?:just\s+|only\s+)?"
    r"(?:one|two|three|[1-4]|a\s+couple|a\s+few)\b"
)


def _counted_of_the_one_named(parts: list[str], found: Found, meds: Meds) -> None:
    for d in found.doses:
        if d.medication is not None or d.status != "taken" or d.clause >= len(parts):
            continue
        said = parts[d.clause]
        counted = _N_OF_THEM.search(said) is not None
        if not counted and not _TOOK_A_COUNT.search(said):
            continue
        names = _named_just_before(parts, d.clause, meds)
        if len(names) != 1:
            continue
        # (a bare count of a medicine just taken is another matter: "another" dose; one
        # of a medicine missed is that medicine, "forgot naproxen this morning, took one
        # at 11" — left unnamed, it answered whatever reminder was open — unless none of
        # it was left: "ran out of tramadol, took one at 9" is of something else)
        dosed = any(
            e.medication == names[0]
            and e.clause < d.clause
            and (e.status != "skipped" or e.reason == "ran_out")
            and not _only_supply(parts[e.clause])
            for e in found.doses
        )
        if counted or not dosed:
            d.medication = names[0]


def _named_just_before(parts: list[str], clause: int, meds: Meds) -> list[str]:
    """The medicines named in the nearest clause before `clause` that names any."""
    for j in range(clause - 1, -1, -1):
        names = list(dict.fromkeys(m.generic for m in meds.mentions(parts[j])))
        if names:
            return names
    return []


def _several_named_just_before(parts: list[str], clause: int, meds: Meds) -> list[str]:
    """Those medicines when there are two or more ("them", "both"); else []."""
    names = _named_just_before(parts, clause, meds)
    return names if len(names) > 1 else []


_IT = re.compile(
    r"\b(?:did|done|had|took|taken|take)\s+(?:it|them|both|the\s+(?:morning|evening|night|"
    r"lunchtime)\s+ones?)\b|\bboth\s+(?:taken|done|had|down)\b"
)
_PLURAL_IT = re.compile(r"\b(?:them|both|ones)\b")


def _may_be_a_patch(generic: str) -> bool:
    drug = get_drug(generic)
    return drug is not None and any("patch" in alias for alias in drug.aliases)


# A length of time still to come, said of the dose with no verb of taking: "tonight's
# morphine in 40 min", "nortriptyline 10 at bedtime I will take after 15 minutes"
_WILL_WORDS = r"\b(?:i'll|i\s+will|will|gonna|going\s+to)"
_LATER_BY = re.compile(
    r"(?:" + _WILL_WORDS + r"\s+(?:take|have)\s+(?:it\s+|them\s+)?(?:after|in)|"
    r"\bin)\s+(?P<n>\d{1,3})\s*(?P<u>min(?:ute)?s?|m|hours?|hrs?|h)\b(?!\s+ago)|"
    # "amitriptyline tonight: 10 more minutes, in the bath"
    r"\b(?P<n2>\d{1,3})\s+more\s+(?P<u2>min(?:ute)?s?|hours?|hrs?)\b(?!\s+(?:than|of|on|at|in)\b)"
)


_TOOK_EFFECT = re.compile(
    r"\b(?:work(?:ed|s|ing)|kick(?:ed|s)?\s+in|help(?:ed|s)|eas(?:ed|es)|settl(?:ed|es)|took\s+effect|"
    r"wore\s+off|wear\s+off)\b"
)


def _taken_later(parts: list[str], found: Found) -> None:
    """A dose read as taken whose clause puts it off by a length of time (and says no
    taking) is put off: snoozed for that long, with no time taken; a snooze read with no
    length takes the clause's."""
    for d in found.doses:
        waits = d.status == "snoozed" and d.minutes is None
        if not (d.status == "taken" or waits) or d.clause >= len(parts):
            continue
        clause = parts[d.clause]
        m = _LATER_BY.search(clause)
        if m is None or TAKEN_VERB.search(clause) or _TOOK_EFFECT.search(clause):
            continue  # ("morphine 10mg, worked in 20 min": how soon it helped)
        n, unit = (m["n"], m["u"]) if m["n"] else (m["n2"], m["u2"])
        minutes = int(n) * (60 if unit.startswith("h") else 1)
        if 0 < minutes <= 240:
            # (a snooze read with no length takes the one said: "gabapentin tonight: 5 more
            # minutes")
            d.status, d.minutes, d.at, d.vague_at = "snoozed", minutes, None, False


# A dose planned for another day: no dose now, taken or put off ("gonna take 2 advil before
# physio on thursday", "I'll start the butrans patches on monday"); never a reminder asked
# for then ("remind me tomorrow")
_PLANNED_VERB = re.compile(
    r"(?:" + _WILL_WORDS + r"|\bplan(?:ning)?\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:take|have|start|begin|try|use|put)\b"
)
_ANOTHER_DAY = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|tomoz|next\s+(?:week|month)|"
    r"(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)


def _planned_for_another_day(parts: list[str], found: Found) -> None:
    found.doses = [
        d
        for d in found.doses
        if d.status == "skipped"
        or d.clause >= len(parts)
        or not (_PLANNED_VERB.search(parts[d.clause]) and _ANOTHER_DAY.search(parts[d.clause]))
    ]


def _dose_intents(found: Found, reason: SkipReason | None) -> list[Intent]:
    """One intent per medicine, status and part; ``reason`` is the message's skip reason."""
    intents: list[DoseIntent] = []
    seen: dict[tuple[str, str | None, int], list[int]] = {}  # key -> its intents' places
    named_skips = any(d.status == "skipped" and d.medication for d in found.doses)
    for d in found.doses:
        if d.status == "snoozed" and reason == "ran_out" and not d.minutes:
            d.status = "skipped"  # "not yet taking it because I have no more": none to take
        key = (d.status, d.medication, d.part)
        said = [intents[i].at for i in seen.get(key, [])]
        if key in seen and (d.at is None or any(at in (None, d.at) for at in said)):
            # said again ("took my gabapentin. yes the gabapentin"); a dose of it at another
            # time said in its own clause ("1 x lyrica at 8 this morning, 1 x lyrica at 8
            # tonight") is another dose. Said again with its time and strength ("heartburn
            # after the meloxicam … Took meloxicam 15 at 8am"): the fuller telling stands.
            untimed = [i for i in seen[key] if intents[i].at is None]
            if d.status == "taken" and d.at is not None and untimed:
                intents[untimed[0]] = _dose_intent(d, reason)
            continue
        if d.status == "skipped" and d.medication is None and named_skips:
            # "never took the naproxen, slipped my mind": the second words are the reason
            # for that skip, not a second skip of some other medicine
            continue
        seen.setdefault(key, []).append(len(intents))
        intents.append(_dose_intent(d, reason))
    return list(intents)


def _dose_intent(d: DoseEvent, reason: SkipReason | None) -> DoseIntent:
    """The intent of one dose found; ``reason`` is the message's skip reason."""
    r = d.reason
    if d.status == "skipped" and not d.explicit_reason:
        r = reason
    elif d.status == "skipped" and d.reason == "forgot" and reason == "side_effects":
        r = d.reason
    return DoseIntent(
        status=d.status,
        medication=d.medication,
        amount=d.amount,
        unit=d.unit,
        count=d.count,
        at=d.at,
        minutes=d.minutes,
        reason=r if d.status == "skipped" else None,
        product=d.product,
        until=d.until,
        of_dose=d.of_dose,
        for_due=d.for_due,
    )


def _report_intents(found: Found, low: str) -> list[Intent]:
    """At most one pain (and a past day's beside today's), side-effect, sleep, activity
    and mood intent, in that order."""
    intents: list[Intent] = []
    if found.pain:
        best = max(found.pain, key=lambda s: s[0])
        qualities = tuple(x for x in QUALITIES if x in found.qualities)
        intents.append(
            PainIntent(
                score=best[1],
                locations=pain_locations(found.locations),
                radiating=found.radiating,
                qualities=qualities,
                # only scores of a past day were said: the best is that day's
                days_ago=found.pain_days_ago if best[0] <= _PAST_DAY_RANK else 0,
                # "6, the numbness is getting worse": the score and the growing both kept
                worse=bool({"numb", "tingling"} & set(qualities)) and nerve_growing(low),
            )
        )
        past = [s for s in found.pain if s[0] <= _PAST_DAY_RANK]
        if best[0] > _PAST_DAY_RANK and past and found.pain_days_ago:
            # "6 yesterday evening, 4 now": yesterday's score kept on its own day too
            # (the parse contract's pain has no day: it shows today's only)
            said = max(past, key=lambda s: s[0])[1]
            intents.append(PainIntent(score=said, days_ago=found.pain_days_ago))
    if found.effects:
        intents.append(
            SideEffectIntent(
                effects=tuple(x for x in (*SIDE_EFFECTS, *MORE_SIDE_EFFECTS) if x in found.effects)
            )
        )
    if found.sleep_quality is not None:
        intents.append(SleepIntent(quality=found.sleep_quality, hours=found.sleep_hours))
    if found.activity:
        minutes = round(found.activity_minutes) if found.activity_minutes else None
        intents.append(
            ActivityIntent(
                kinds=tuple(x for x in ACTIVITY_KINDS if x in found.activity), minutes=minutes
            )
        )
    if found.mood_score is not None or found.mood_words:
        intents.append(MoodIntent(score=found.mood_score, words=tuple(found.mood_words)))
    return intents


# Words about the message itself, nothing to keep: "forgot to tell you", "sorry for the
# late reply", "just so you know".
_ABOUT_THE_MESSAGE = re.compile(
    r"(?:(?:sorry|oops|soz),?\s+)?(?:i\s+)?(?:forgot|forget)\s+to\s+(?:tell|say|log|mention|"
    r"report|send)(?:\s+(?:you|it|this|that|earlier|before|yesterday))*|"
    r"(?:sorry\s+)?(?:for\s+)?(?:the\s+)?late\s+(?:reply|message|update|log)|sorry(?:\s+i'm|\s+for\s+"
    r"being)?\s+late|(?:just\s+)?(?:so\s+you\s+know|fyi|letting\s+you\s+know)|logging\s+(?:it\s+)?late|"
    # "correction - it was 2 percs": the word that heads the message, not a note
    r"(?:(?:sorry|oops|soz),?\s+)?(?:correction|typo|edit|update)"
)


def _note(original: str, parts: list[str], explained: list[bool], flags: list[str]) -> str:
    """Clauses nothing explained, in the user's own spelling where possible."""
    leftover = [
        idx
        for idx, clause in enumerate(parts)
        if not explained[idx]
        and _substantive(clause)
        and not _ABOUT_THE_MESSAGE.fullmatch(clause)
        and not (flags and detect_red_flags(clause))
        # (the alarm's reply answers "should I ring the doctor"; it is no note)
        and not (flags and is_care_question(clause))
    ]
    if not leftover or (
        MISHAP.search(" ".join(parts)) and all(REASSURED_ONLY.match(parts[i]) for i in leftover)
    ):
        return ""  # ("I fell over, I'm ok": no note of the "I'm ok" alone)
    folded, spans = _clause_spans(original)
    if len(spans) != len(parts):
        return "; ".join(parts[i] for i in leftover)
    # Neighbouring clauses split only by a word ("dr also upped my gabapentin") are kept as
    # written, not as "dr; upped my gabapentin"; a sentence's end still separates them.
    runs: list[list[int]] = []
    for i in leftover:
        if runs and runs[-1][-1] == i - 1 and _joined_by_words(folded, spans[i - 1], spans[i]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return "; ".join(
        " ".join(folded[first[0] : last[1]].split())
        if (first := spans[run[0]]) is not None and (last := spans[run[-1]]) is not None
        else parts[run[0]]
        for run in runs
    )


_SENTENCE_END = re.compile(r"[.;!?\n\u2026]")


def _joined_by_words(folded: str, before: _Span | None, after: _Span | None) -> bool:
    return (
        before is not None
        and after is not None
        and not _SENTENCE_END.search(folded, before[1], after[0])
    )


def _clause_spans(text: str) -> tuple[str, list[_Span | None]]:
    """The raw message (folded) and where each clause of :func:`bot.parsing.text.clauses`
    lies in it, in the user's own spelling; None for a clause not found as written."""
    folded = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    if "\n" in lowered:
        lowered = without_list_numbers(lowered)
    spans: list[_Span | None] = []
    pos = 0
    for piece in clauses(lowered):
        i = lowered.find(piece[:20], pos)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(piece)))
        pos = i + len(piece)
    return folded, spans


def _taken_back(
    low: str, original: str, meds: Meds, now: datetime, zone: ZoneInfo
) -> list[Intent] | None:
    """A message that takes back a report ("took my gabapentin… actually no I didn't
    yet"): each half read alone, the later one replacing the earlier; its red flags are
    read over the whole text. None when it takes nothing back."""
    split = split_taken_back(low)
    if split is None:
        return None
    before, after = split
    said = _build(before, before, meds, now, zone)
    merged = merge_taken_back(said, _build(after, after, meds, now, zone))
    if merged is None and said:
        # "took my gabapentin… actually no I didn't yet": the words after lean on the
        # report before ("it", a bare "3 hrs"), so they are read with its subject
        flipped = _status_flip(after, said[-1], now, zone)
        if flipped is not None:
            return merge_taken_back(said, [flipped])
        topic = _TOPIC.get(said[-1].kind, "")
        if isinstance(said[-1], DoseIntent):
            topic = said[-1].medication or "my meds"
        if topic:
            again = f"{topic} {after}"
            merged = merge_taken_back(said, _build(again, again, meds, now, zone))
    if merged is None:
        return None
    flags = detect_red_flags(low)
    return ([RedFlagIntent(flags=tuple(flags))] if flags else []) + merged


_TOPIC = {"sleep": "slept", "pain": "pain"}
_NOT_YET = re.compile(
    r"^\W*(?:no\W+)?(?:i\s+)?(?:didn't|did\s+not|haven't|have\s+not|hadn't|not)\b(?:\s+\w+)?"
    r"(?:\s+(?:it|them|one))?\s+yet\b"
)
_NOT_TAKEN = re.compile(
    r"^\W*(?:no\W+)?i\s+(?:didn't|did\s+not|haven't|have\s+not|never)\b(?!.*\byet\b)"
)
_DID_TAKE = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|oh)\W+)*(?:i\s+)?(?:did(?:\s+(?:take|have|swallow))?(?:\s+(?:it|them|one))?|"
    r"had\s+(?:it|them|one)|took\s+(?:it|them|one)|i've\s+had\s+(?:it|them))\b"
)


def _status_flip(after: str, last: Intent, now: datetime, zone: ZoneInfo) -> DoseIntent | None:
    """ "… actually no I didn't yet", "… oh wait I did have it, at 7": a dose's status
    said again in words that name no medicine (the one before is meant)."""
    if not isinstance(last, DoseIntent):
        return None
    if _NOT_YET.match(after):
        return DoseIntent(status="snoozed")
    if _NOT_TAKEN.match(after):
        return DoseIntent(status="skipped")
    if _DID_TAKE.match(after):
        when = taken_when(scan_time(after), "taken", now, zone)
        return DoseIntent(status="taken", at=when.isoformat(timespec="seconds") if when else None)
    return None


def parse_unguarded(
    text: str,
    meds: Sequence[str],
    now: datetime,
    zone: ZoneInfo,
    resolve: Resolve | None = None,
) -> list[Intent]:
    """`parse` without its last-resort guard: for tests, so that a parser bug raises
    instead of reading as "nothing understood"."""
    if not isinstance(text, str) or not text.strip():
        return []
    if now.tzinfo is None:
        now = now.replace(tzinfo=zone)
    low = _one_is_the_patch(_FORM_BETWEEN.sub(r"\1 ", restate(normalise(text))))
    if not low:
        return []
    known = Meds(list(meds or ()), resolve or DEFAULT_RESOLVE)
    low = join_spoken_names(low, known.meds, known.match_word)
    low = restate_side(restate_names(low, known.spans))
    low = share_out(low, known.spans)  # "crocin and dolo, 2 each": 2 crocin and 2 dolo
    # "took 2 myospaz, it has … paracetamol 300 mg": what it holds is no dose of its own
    low = cut_contents(low, known)
    return _taken_back(low, text, known, now, zone) or _build(low, text, known, now, zone)


#: A carer's note kept in their words is cut to this (the record keeps the whole message).
_NOTE_LONGEST = 500


def parse(
    text: str,
    meds: Sequence[str],
    now: datetime,
    zone: ZoneInfo,
    resolve: Resolve | None = None,
    *,
    told_of: bool = False,
) -> list[Intent]:
    """Read one free-text message into intents; [] when nothing is understood. Never raises.

    ``meds`` is the user's regimen (generic names), ``now`` the arrival time (aware; a
    naive value is taken as wall time in ``zone``), ``resolve`` maps names to generics.
    ``told_of``: "he", "she", "my husband" are the patient, spoken of by someone with
    them (bot.parsing.carer.as_told_of); the bot says when.
    """
    said = text
    # "this is Linda, dad took his norco": his own report
    text = as_told_of(text) if told_of else as_the_patient(text)
    try:
        intents = parse_unguarded(text, meds, now, zone, resolve)
        if text != said and any(isinstance(i, NoteIntent) for i in intents):
            # What is kept as a note stays in the carer's own words: rewritten for the
            # patient it read "I took me up to the Royal Infirmary … I is home now"
            kept = NoteIntent(text=" ".join(said.split())[:_NOTE_LONGEST])
            intents = [i for i in intents if not isinstance(i, NoteIntent)] + [kept]
        return intents
    except Exception:  # noqa: BLE001 - last resort: a parser bug must not hide a red flag
        try:
            flags = detect_red_flags(normalise(text))
        except Exception:  # noqa: BLE001
            return []
        return [RedFlagIntent(flags=tuple(flags))] if flags else []
