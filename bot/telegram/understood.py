"""What the bot understood from a message, in words: the red-flag alarm and the echo of
what was recorded. Wording lives here, beside `texts`, not in the services below."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.domain.dose_amounts import drug_for
from bot.domain.leg_symptoms import runs_down_a_leg
from bot.domain.records import BreathingWarning
from bot.domain.regimen import display_name
from bot.domain.safety import danger_sign_notes
from bot.domain.sedation import sedation_pair
from bot.domain.summary import flag_label
from bot.domain.syndrome import SyndromeAlarm, syndrome_alarm
from bot.domain.wording import and_list
from bot.knowledge import get_drug
from bot.knowledge.local_names import say_locally
from bot.knowledge.poison_lines import poison_lines_locally
from bot.parsing import (
    ActivityIntent,
    DoseIntent,
    Intent,
    MoodIntent,
    NoteIntent,
    PainIntent,
    SideEffectIntent,
    SleepIntent,
)
from bot.parsing.answers import PainPlace
from bot.parsing.carer import carer_writing
from bot.parsing.sleepy import (
    acutely_confused,
    fainted,
    spell_over,
    strongly_sleepy,
    unusually_dizzy,
)
from bot.parsing.text import normalise
from bot.reports.text import quote
from bot.storage.models import Medication
from bot.telegram import texts


def red_flag_reply(
    flags: Sequence[str],
    *,
    handled: bool = False,
    medicines: Sequence[str] = (),
    too_much_only: bool = False,
    zone: str | None = None,
    asked_about_care: bool = False,
    syndrome: SyndromeAlarm | None = None,
    carer: bool = False,
) -> str:
    """The plain, immediate answer to red flags (the only text that says "emergency");
    for an episode already seen to (`handled`), a quiet note that it is recorded —
    except thoughts of suicide, which always get the crisis reply. A danger sign the
    label of one of `medicines` names is tied to that medicine. An overdose told only as
    more taken than meant (`too_much_only`) gets the labels' Poison Control advice, said
    for `zone`'s country where it has its own line. Thoughts of suicide told with "should
    I tell my GP" (`asked_about_care`) are answered yes. Signs the labels of two of the
    person's medicines name for a syndrome (`syndrome`, its code among `flags`) are said
    to be what those labels warn of. `carer`: told by someone with the patient, so an
    episode already seen to, and what to do today, are theirs ("I'm glad they were seen",
    "If their legs get weak")."""
    text = _red_flag_text(
        flags,
        handled=handled,
        medicines=medicines,
        too_much_only=too_much_only,
        syndrome=syndrome,
        carer=carer,
    )
    if asked_about_care and "suicidal" in flags:
        text += "\n" + texts.SUICIDAL_TELL_DOCTOR
    # (ingredients named as where they live: "The paracetamol in your Panadol" in London)
    return say_locally(text, zone)


def _flags_said(flags: Sequence[str]) -> str:
    return ", ".join(flag_label(f) for f in flags)


def _red_flag_text(
    flags: Sequence[str],
    *,
    handled: bool,
    medicines: Sequence[str],
    too_much_only: bool,
    syndrome: SyndromeAlarm | None = None,
    carer: bool = False,
) -> str:
    if handled and "suicidal" not in flags:
        seen = texts.RED_FLAG_HANDLED_CARER if carer else texts.RED_FLAG_HANDLED
        return seen.format(what=_flags_said(flags))
    parts: list[str] = []
    said = {syndrome.code: _syndrome_text(syndrome)} if syndrome is not None else {}
    medical = [f for f in flags if f in texts.RED_FLAG or f in said]
    same_day = [texts.SAME_DAY[f] for f in flags if f in texts.SAME_DAY]
    if medical:
        parts.append(texts.RED_FLAG_HEAD_CARER if carer else texts.RED_FLAG_HEAD)
        parts.extend(said.get(f) or _flag_text(f, too_much_only, carer) for f in medical)
        if too_much_only and "overdose_signs" in medical:
            parts.extend(_acetaminophen_label(medicines))
        parts.extend(danger_sign_notes(medical, medicines, "their" if carer else "your"))
        parts.extend(same_day)
        only_too_much = too_much_only and medical == ["overdose_signs"]
        action = texts.RED_FLAG_ACTION_CARER if carer else texts.RED_FLAG_ACTION
        parts.append(texts.TOO_MUCH_ACTION if only_too_much else action)
    elif same_day:
        parts.append(texts.SAME_DAY_HEAD)
        parts.extend(same_day)
        parts.append(texts.SAME_DAY_ACTION_CARER if carer else texts.SAME_DAY_ACTION)
    if "suicidal" in flags:
        parts.append(texts.SUICIDAL)
    return "\n\n".join(parts)


def _syndrome_text(alarm: SyndromeAlarm) -> str:
    """ "Confusion, sweating and shaking together are what the labels of Tramadol and
    Cymbalta (duloxetine) warn of as serotonin syndrome, …"."""
    signs = and_list([texts.SIGN_WORDS.get(s, s.replace("_", " ")) for s in alarm.signs])
    return texts.SYNDROME_SIGNS.format(
        signs=signs[:1].upper() + signs[1:], a=alarm.first, b=alarm.second, syndrome=alarm.name
    )


def syndrome_in(
    signs: set[str], meds: Sequence[Medication], text: str = ""
) -> SyndromeAlarm | None:
    """The syndrome `signs` (told now and in the last few hours) mean on the person's
    list, as the labels of two of its medicines name them; None when they do not, or
    the message (`text`) tells a spell long over ("last year I had serotonin syndrome")."""
    # (signs the writer puts down to coffee or low sugar the parser never records)
    if text and spell_over(normalise(text)):
        return None
    regimen = [
        (_named_with_generic(m), drug)
        for m in meds
        if (drug := drug_for(m.generic, m.name)) is not None
    ]
    return syndrome_alarm(signs, regimen)


def _acetaminophen_label(medicines: Sequence[str]) -> list[str]:
    """Acetaminophen's own overdose words, for too much of a medicine holding it: the one
    label that says to get help even with no signs."""
    names = [
        display_name(name)
        for name in medicines
        if (drug := drug_for(None, name)) is not None and "acetaminophen" in drug.ingredients
    ]
    label = get_drug("acetaminophen")
    if not names or label is None or not (label.overdose_note and label.poison_advice):
        return []
    # whom to call is said just above, for the person's country: the label's sentences
    # that say it (with the US number) are left out of the quote
    urgency = " ".join(
        sentence
        for sentence in re.split(r"(?<=\.)\s+", label.poison_advice)
        if "Poison Control" not in sentence
    )
    if not urgency:
        return []
    return [
        texts.TOO_MUCH_ACETAMINOPHEN.format(
            names="your " + and_list(names), note=label.overdose_note, advice=urgency
        )
    ]


def _flag_text(flag: str, too_much_only: bool, carer: bool = False) -> str:
    """A red flag's own sentence (of the person a `carer` writes for, when one told it)."""
    if flag == "overdose_signs" and too_much_only:
        return texts.TOO_MUCH_TAKEN
    return (texts.RED_FLAG_CARER if carer else texts.RED_FLAG)[flag]


def describe_place(place: PainPlace) -> str:
    """ "where it hurts: lower back, left leg, running down the leg"; what is felt there
    when said ("numb, left leg": numbness is no pain)."""
    where = _label(place.locations, texts.LOCATIONS)
    down = _spread(place.locations, place.radiating)
    worse = f", {texts.FELT_WORSE}" if place.worse else ""
    if place.qualities:
        # "numb, getting worse or spreading": no place said, none shown
        felt = ", ".join([*place.qualities, where] if where else place.qualities)
        return f"{felt}{down}{worse}"
    return f"where it hurts: {where}{down}{worse}"


def _spread(locations: Sequence[str], radiating: bool | None) -> str:
    """ ", running down the leg", or ", spreading" when it goes into a buttock or an arm."""
    if runs_down_a_leg(locations, radiating):
        return ", running down the leg"
    return ", spreading" if radiating else ""


def _label(values: Sequence[str], labels: dict[str, str]) -> str:
    return ", ".join(labels.get(v, v.replace("_", " ")).lower() for v in values)


_WHEN_PAIN = {1: " (yesterday)", 2: " (the day before yesterday)"}


def describe(intents: Sequence[Intent]) -> str:
    """ "pain 7, shooting, left leg · slept badly" — what we understood, for the echo."""
    parts: list[str] = []
    for i in intents:
        if isinstance(i, PainIntent):
            bits = [f"pain {i.score:g}" + _WHEN_PAIN.get(i.days_ago, "")]
            bits += [q for q in i.qualities]
            bits += [texts.LOCATIONS.get(loc, loc.replace("_", " ")).lower() for loc in i.locations]
            worse = f", {texts.FELT_WORSE}" if i.worse else ""
            parts.append(", ".join(bits) + _spread(i.locations, i.radiating) + worse)
        elif isinstance(i, SideEffectIntent):
            parts.append("side effects: " + _label(i.effects, texts.SIDE_EFFECT_LABELS))
        elif isinstance(i, SleepIntent):
            hours = f", {i.hours:g} h" if i.hours else ""
            parts.append(f"sleep {i.quality}{hours}")
        elif isinstance(i, ActivityIntent):
            mins = f", {i.minutes} min" if i.minutes else ""
            parts.append("activity: " + _label(i.kinds, texts.ACTIVITY_LABELS) + mins)
        elif isinstance(i, MoodIntent):
            parts.append(
                "mood " + (f"{i.score:g}/10" if i.score is not None else ", ".join(i.words))
            )
        elif isinstance(i, NoteIntent):
            parts.append(f"note {quote(i.text, 80)}")  # (cut at a word, with "…")
    return " · ".join(parts)


def sedation_reply(
    intents: Sequence[Intent],
    text: str,
    meds: Sequence[Medication],
    zone: str | None,
    *,
    carer: bool = False,
) -> tuple[str, BreathingWarning] | None:
    """ "Very drowsy and muddled" on tramadol with pregabalin: the FDA's signs of breathing
    trouble, and to get help now (Sandbox, Dublin: it was logged as two side effects and
    her question went unanswered), with what was told, for the report. None when the
    message or the list does not make it so. `carer`: told by someone with the patient
    ("he's very drowsy"), answered as to them."""
    effects = {e for i in intents if isinstance(i, SideEffectIntent) for e in i.effects}
    low = normalise(text)
    very_sleepy = strongly_sleepy(low)
    # The FDA's signs among the side effects the parser read as the writer's own, now:
    # "confused by the leaflet" and brain fog are no disorientation, seeing what isn't
    # there is, and a faint is consciousness lost (Blind set, sleepiness)
    told = effects if acutely_confused(low) else effects - {"confusion"}
    if "hallucinations" in effects:
        told = told | {"confusion"}
    lost = "dizziness" in effects and fainted(low)
    if _A_KNOWN_EFFECT.search(low) and not very_sleepy:
        return None  # "lyrica makes me foggy": the side effect they live with, not tonight's
    if spell_over(low):
        return None  # "GP adjusted it, he's been bright as a button since": over
    # the medicines this message names first ("he had an extra endone tonight"): the pair
    # said is the one taken, not the first two on the list (Sandbox, Sydney)
    named = {i.medication for i in intents if isinstance(i, DoseIntent) and i.medication}
    ordered = sorted(meds, key=lambda m: m.known_as.lower() not in named)
    regimen = [
        (_named_with_generic(m), frozenset(drug.classes))
        for m in ordered
        if (drug := drug_for(m.generic, m.name)) is not None
    ]
    very_dizzy = lost or unusually_dizzy(low)
    pair = sedation_pair(told, very_sleepy, regimen, very_dizzy=very_dizzy)
    if pair is None:
        return None
    first, second = (say_locally(name, zone) for name in pair)
    to_carer = carer or carer_writing(text)
    if lost and not (very_sleepy or "confusion" in told):
        said = texts.SEDATION_FAINT_CARER if to_carer else texts.SEDATION_FAINT
    elif very_dizzy and "dizziness" in told and not (very_sleepy or "confusion" in told):
        # "feeling this sleepy or muddled" said to a near fall reads as not listened to
        said = texts.SEDATION_DIZZY_CARER if to_carer else texts.SEDATION_DIZZY
    else:
        said = texts.SEDATION_SIGNS_CARER if to_carer else texts.SEDATION_SIGNS
    # (ingredients named as where they live: "paracetamol/codeine" in Sydney, as at /add)
    return say_locally(said.format(a=first, b=second), zone), BreathingWarning(
        first, second, to_carer
    )


# A side effect the medicine has long had, said as its habit ("makes me foggy")
_A_KNOWN_EFFECT = re.compile(
    r"\b(?:makes?|making|made|leaves?|leaving)\s+me\s+(?:(?:a\s+bit|a\s+little|kinda|abit|so|"
    r"really|always|bit)\s+)?(?:foggy|groggy|fuzzy|muzzy|drowsy|sleepy|tired|dopey|spacey|spacy|"
    r"woozy|dozy|vague|forgetful|muddled|confused)\b"
)


def alarm_again(flags: Sequence[str], first: dt.datetime, put_off: bool, zone: str | None) -> str:
    """The same signs told again while their alarm stands: noted beside it, and the
    urgency said once more in a line (or, when care is put off, why it should not be); a
    same-day sign alone (a fall) in the same day's words, never the emergency's."""
    what = ", ".join(flag_label(f) for f in flags)
    today = not any(f in texts.RED_FLAG or f == "suicidal" for f in flags)
    if put_off:
        if today:
            return texts.SAME_DAY_DECLINED_AGAIN.format(what=what)
        return poison_lines_locally(texts.CARE_DECLINED_AFTER_ALARM, zone)
    when = first.astimezone(ZoneInfo(zone)) if zone else first
    again = texts.SAME_DAY_AGAIN if today else texts.RED_FLAG_AGAIN
    return poison_lines_locally(again.format(what=what, at=f"{when:%H:%M}"), zone)


def care_asked_reply(flags: Sequence[str], *, only_normal: bool, zone: str | None) -> str:
    """ "Is that normal? do I have to go to the doctor?" while the alarm for `flags`
    stands: the alarm's answer again, first — yes, now (or, asked `only_normal`, that it
    can't wait); a doctor today for a same-day sign; after thoughts of suicide, yes, tell
    the doctor too, and the crisis line."""
    medical = [f for f in flags if f in texts.RED_FLAG]
    same_day = [f for f in flags if f in texts.SAME_DAY]
    what = and_list([flag_label(f) for f in (medical or same_day)])
    if medical:
        head = texts.NORMAL_ASKED_AFTER_ALARM if only_normal else texts.CARE_ASKED_AFTER_ALARM
        parts = [head.format(what=what)]
        if "overdose_signs" in medical:
            parts.append(texts.CARE_ASKED_OVERDOSE)
        said = " ".join(parts)
    elif same_day:
        head = texts.SAME_DAY_NORMAL_ASKED if only_normal else texts.SAME_DAY_ASKED_AFTER_ALARM
        said = f"{head.format(what=what)} {texts.SAME_DAY_ACTION}"
    else:
        said = texts.SUICIDAL_CARE_ASKED
    if medical and "suicidal" in flags:
        said += "\n\n" + texts.SUICIDAL_CARE_ASKED
    return poison_lines_locally(said, zone)


def _named_with_generic(m: Medication) -> str:
    """ "Pregabid (pregabalin)": the name as listed, and what it is when that says more."""
    name = display_name(m.name)
    generic = m.generic or ""
    return f"{name} ({generic})" if generic and generic.lower() not in m.name.lower() else name
