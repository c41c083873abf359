"""Romanised Hindi/Urdu said in the English the parser reads: a dose taken, not taken,
forgotten or run out ("tapentadol le liya", "zerodol nahi li, khatam ho gayi", "lena bhool
gayi"), its time ("subah 8 baje", "lunch ke baad"), a day ahead ("kal physio hai", "agle
hafte"), a night's sleep ("neend nahi aayi", "sirf 4 ghante soya") and a side effect
("chakkar aa raha hai", "pregabalin se neend aati hai", "ulti ho rahi hai").

Run by the normaliser on lower-cased text, like :mod:`bot.parsing.spanish`. Hindi puts
the verb last ("aceclofenac le liya"), so a verb becomes an English participle after its
object ("aceclofenac taken"), which the parser reads as it reads English. The short verbs
("li", "liya", "khayi") are rewritten only after a medicine's name or a word for one
("dawai", "goli", "tablet"), so English text is never changed. Words the red-flag screens
read in Hindi ("jeene ka mann nahi", "khatam kar dena") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from bot.parsing.vocabulary import word_set as _words

__all__ = ["HINDI_WORDS", "hindi_said"]


# The words only Hindi/Urdu has of the phrases rewritten below: the normaliser calls
# hindi_said only for a message with one (a set lookup, cheaper than a search)
HINDI_WORDS: Final = _words(
    "li liya lia lai kha khayi khaya khai khaai bhool bhul bhuul yaad khatam khtm khatm baje bje "
    "subah subha savere sawere shaam sham raat dopahar dophar dopehar baad pehle pahle phele "
    "dawai dawa davai dawaai dawaiyan goli goliyan goliyaan golia golian chakkar chakar ghoom ghum "
    "neend ulti matli machla machal ghante ghanta soya soyi paya payi paaya kabz qabz kabj pet "
    "dono lunga lungi loonga loongi khaunga khaungi chuka chuki kal agle agli abhi khake khaake"
)

# ---- times ------------------------------------------------------------------------------

# The part of the day said with a clock: "subah 8 baje" 8am, "raat 10 baje" 10pm
_MORNING = r"subah|subha|savere|sawere"
_AFTERNOON = r"dopahar|dophar|dopehar"
_EVENING = r"shaam|sham"
_NIGHT = r"raat|rat"
_PART = rf"(?P<part>{_MORNING}|{_AFTERNOON}|{_EVENING}|{_NIGHT})"
# "sade 8" half past, "sawa 8" quarter past, "paune 8" quarter to
_HALVES = r"(?:(?P<half>sade|saade|sawa|savva|paune|pone)\s+)?"
_BAJE = r"(?:baje|bje|baj\w*)"
_CLOCK = _HALVES + r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*" + _BAJE
_PART_CLOCK: Final = re.compile(
    rf"\b(?:{_PART}\s+(?:(?:ke|ko|mein|me)\s+)?{_CLOCK}|"
    + _CLOCK.replace("?P<", "?P<b_")
    + rf"\s+{_PART.replace('?P<', '?P<b_')})\b"
)
_BARE_CLOCK: Final = re.compile(r"\b" + _CLOCK + r"\b")
# The part of the day alone: "subah li" this morning, "kal raat" last night
_PARTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(rf"\bkal\s+(?:{_NIGHT})(?:\s+(?:ko|mein|me))?\b"), "last night"),
    (re.compile(rf"\baaj\s+(?:{_MORNING})(?:\s+(?:ko|mein|me))?\b"), "this morning"),
    (re.compile(rf"\b(?:{_MORNING})\s+(?:ko|mein|me)\b"), "in the morning"),
    (re.compile(rf"\b(?:{_AFTERNOON})\s+(?:ko|mein|me)\b"), "in the afternoon"),
    (re.compile(rf"\b(?:{_EVENING})\s+(?:ko|mein|me)\b"), "in the evening"),
    (re.compile(r"\braat\s+(?:ko|mein|me)\b"), "at night"),
)
# "kal" is both yesterday and tomorrow; the verb tells which. "kal physio hai", "kal gym
# jaunga": tomorrow (is, will); "kal physio gaya tha": yesterday, left as said. Never
# "kal se" (since yesterday) or "kal raat" (last night, above).
_FUTURE_VERB = r"(?:hai|hain|h|hoga|hogi|honge|\w+(?:unga|ungi|oonga|oongi|enge|egi|ega))"
_KAL_AHEAD: Final = re.compile(
    r"\bkal\b(?!\s+(?:se|say|raat|rat)\b)(?=(?:\s+[a-z][\w'-]*){0,4}?\s+" + _FUTURE_VERB + r"\b"
    r"(?!\s+(?:tha|thi|the)\b))"
)
# "agle hafte", "agli baar": next week, next time
_NEXT: Final = re.compile(r"\b(?:agle|agli)\s+(?P<w>hafte|hafta|haftay|week|mahine|baar|bar)\b")
_NEXT_WHAT: Final[dict[str, str]] = {
    "hafte": "week", "hafta": "week", "haftay": "week", "week": "week", "mahine": "month",
    "baar": "time", "bar": "time",
}  # fmt: skip

# "lunch ke baad" after lunch, "khane se pehle" before food
_MEALS: Final[dict[str, str]] = {
    "khana": "food", "khane": "food", "khaane": "food", "khaana": "food", "nashta": "breakfast",
    "nashte": "breakfast", "naashte": "breakfast", "nashtay": "breakfast",
}  # fmt: skip
_AFTER: Final = re.compile(r"\b(?P<x>[a-z]+)\s+(?:ke|k)\s+(?P<w>baad|bad|pehle|pahle|phele)\b")


def _hour(m: re.Match[str], b: str = "") -> str:
    """ "subah 8 baje" → "at 8am"; "sade 8 baje" → "at 8:30"; no part of the day, no am/pm."""
    hour, minute = int(m[b + "h"]), m[b + "m"] or "00"
    half = m[b + "half"]
    if half in ("sade", "saade"):
        minute = "30"
    elif half in ("sawa", "savva"):
        minute = "15"
    elif half in ("paune", "pone"):
        hour, minute = (hour - 1) or 12, "45"
    part = m.groupdict().get(b + "part") or ""
    if hour > 12 or not part:
        return f"at {hour}:{minute}" if minute != "00" or hour > 12 else f"at {hour}"
    if re.fullmatch(_MORNING, part):
        pm = False
    elif re.fullmatch(_NIGHT, part):
        pm = 6 <= hour <= 11  # "raat 1 baje" is 1am, "raat 12 baje" midnight
    else:
        pm = hour != 11 or not re.fullmatch(_AFTERNOON, part)
    return f"at {hour}{':' + minute if minute != '00' else ''}{'pm' if pm else 'am'}"


def _part_clock(m: re.Match[str]) -> str:
    """Either order: "subah 8 baje" or "8 baje subah"."""
    return _hour(m) if m["h"] else _hour(m, "b_")


def _after(m: re.Match[str]) -> str:
    """ "lunch ke baad" → "after lunch", "nashte ke pehle" → "before breakfast"."""
    what = _MEALS.get(m["x"], m["x"])
    return f"{'after' if m['w'] in ('baad', 'bad') else 'before'} {what}"


# ---- doses ------------------------------------------------------------------------------

# "nahi li", "abhi tak nahi khayi", "li nahi": not taken (before the taken forms)
_TOOK_WORD = r"(?:(?:le|kha)\s+)?(?:li|liya|lia|lee|khayi|khaya|khai|khaai)"
_NOT_TAKEN: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\babhi\s+(?:tak\s+)?(?:nahi|nahin|nhi|nai)\s+" + _TOOK_WORD
                + r"(?:\s+(?:hai|h))?\b"), "not yet taken"),
    (re.compile(r"\b(?:nahi|nahin|nhi|nai)\s+(?:" + _TOOK_WORD + r"|(?:le|kha)\s+(?:paya|payi|paai|"
                r"saka|saki))(?:\s+(?:hai|h|thi|tha))?\b"), "not taken"),
    (re.compile(r"\b" + _TOOK_WORD + r"\s+(?:nahi|nahin|nhi|nai)\b(?!\s+(?:to|toh|na)\b)"),
     "not taken"),
)  # fmt: skip
_NOT_YET: Final = re.compile(r"\babhi\s+(?:tak\s+)?(?P<x>(?:[a-z][\w/-]*\s+){1,2}?)not\s+taken\b")
# "abhi nahi" said alone (no taking verb after it): not now, a wait
_NOT_NOW: Final = re.compile(r"\babhi\s+(?:nahi|nahin|nhi|nai)\b(?=\s*(?:$|[,.;!]))")
# "khana khake", "khana kha ke": once the meal is eaten
_AFTER_EATING: Final = re.compile(
    r"\b(?:khana|khaana|khane)\s+(?:khake|khaake|kha\s+ke|kha\s+kar)\b"
)
# "lena bhool gayi", "bhul gaya tha", "yaad nahi raha": forgot
_FORGOT: Final = re.compile(
    r"\b(?:(?:lena|lene|khana|khani|khaana)\s+)?(?:bhool|bhul|bhuul)\s+(?:gaya|gayi|gai|gya|gyi|"
    r"gaye|gayee)(?:\s+(?:tha|thi|the|hai|hoon|hun|hu))?\b|\byaad\s+(?:nahi|nahin|nhi)\s+(?:raha|rahi)\b"
)
# "khatam ho gayi", "khatam hai", "khatam": the supply run out, said of a medicine or with
# nothing before it; never "sab khatam", "dard khatam", "khatam kar dena" (words of despair
# the screens read, or of pain gone)
_RAN_OUT: Final = re.compile(
    r"(?:\b(?P<w>[a-z][\w/-]*)\s+)?\b(?:khatam|khtm|khatm)(?:\s+(?:ho\s+)?(?:gayi|gaya|gai|gya|"
    r"gyi|gaye|chuki|chuka|chuke)(?:\s+(?:hai|hain|h|thi|tha|the))?|\s+(?:hai|hain|h)\b|"
    r"(?=\s*(?:[,.;!]|$)))"
)
_RUN_OUT_OF: Final = _words(
    "medicine medicines tablet tablets tab tabs capsule capsules meds pills strip strips pack "
    "patta stock bhi"
)
# "le li", "kha liya", "le chuka": taken, wherever said (two words no English text has)
_TAKEN_PAIR: Final = re.compile(
    r"\b(?:le|kha)\s+(?:li|liya|lia|lee|liye|chuka|chuki|chuke)(?:\s+(?:hai|hain|h|thi|tha))?\b"
)
# One word ("liya", "li", "khayi") after what was taken: a medicine or a word for one
_TAKEN_ONE: Final = re.compile(
    r"\b(?P<w>[a-z][\w/-]*)(?P<gap>\s+(?:bhi|to|toh|ek|do|\d+))?\s+(?P<v>li|liya|lia|lai|khayi|"
    r"khaya|khai|khaai)(?:\s+(?:hai|hain|h|thi|tha))?\b"
)
# What a one-word "li" may follow: a medicine's name or one of these
_TAKEN_AFTER: Final = _words(
    "medicine medicines tablet tablets tab tabs capsule capsules dose meds pill pills both "
    "all haan ha han ji haanji maine"
)
_NOUNS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:dawai|dawaai|davai|dawa|dawaiyan|dawaiyaan)\b"), "medicine"),
    (re.compile(r"\b(?:goliyan|goliyaan|golia|golian)\b"), "tablets"),
    (re.compile(r"\bgoli\b"), "tablet"),
    (re.compile(r"\baaj\s+ki\s+(?=medicine|tablet)"), "today's "),
    # "etoricoxib, pregabalin dono": both of two
    (re.compile(r",\s*(?=[a-z][\w-]*\s+dono\b)"), " and "),
    (re.compile(r"\bdono\b"), "both"),
)
# "dono 1-1", "ek-ek": one each (a count said once for every medicine of a list)
_EACH: Final = re.compile(
    r"\b(?:(?P<n>[1-4])\s*-\s*(?P=n)|(?P<w>ek|do)[-\s](?P=w))\b(?!\s*[-:.]?\d)"
)
_EACH_COUNT: Final = {"ek": "1", "do": "2"}
# "baad mein lunga", "thodi der mein": later; "le lunga" alone: will take
_LATER: Final = re.compile(
    r"\b(?:baad\s+(?:mein|me|main)|thodi\s+der\s+(?:mein|me|baad))(?:\s+(?:le\s+|kha\s+)?(?:lunga|"
    r"lungi|loonga|loongi|khaunga|khaungi|leta|leti))?\b"
)
_WILL_TAKE: Final = re.compile(
    r"\b(?:(?:le|kha)\s+)?(?:lunga|lungi|loonga|loongi|khaunga|khaungi)(?:\s+(?:abhi|baad\s+mein))?\b"
)

# ---- sleep and side effects -------------------------------------------------------------

_VERY = r"(?:(?:bahut|bohot|bohat|bahot|bht|boht|kaafi|kafi|zyada|jyada|bada)\s+)?"
_IS = r"(?:\s+(?:hai|hain|h|tha|thi|the))?"
# Not when denied: "ulti nahi hui", "pet dard nahi hai"
_NOT = r"(?!\s+(?:nahi|nahin|nhi|nai)\b)"
_SLEEP: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\b(?:raat\s+bhar\s+)?neend\s+(?:hi\s+)?(?:nahi|nahin|nhi|nai)\s+(?:aayi|aai|"
                r"aati|aa\s+rahi|aa\s+payi|hui)" + _IS + r"|\bso\s+(?:nahi|nahin|nhi)\s+(?:paya|"
                r"payi|paaya|saka|saki)" + _IS + r"|\braat\s+bhar\s+(?:jaaga|jaagi|jaga|jagi|jagta|"
                r"jagti)" + _IS), "couldn't sleep"),
    (re.compile(r"\b(?:sirf|bas|keval)\s+(\d{1,2}(?:\.\d)?)\s+(?:ghante|ghanta|ghante\s+ki)\s+(?:hi\s+)?"
                r"(?:neend|soya|soyi|so\s+paya|so\s+payi|sui|soye)\b"), r"slept only \1 hours"),
    (re.compile(r"\b(\d{1,2}(?:\.\d)?)\s+(?:ghante|ghanta)\s+(?:ki\s+)?(?:neend|soya|soyi|so\s+paya|"
                r"so\s+payi|sui|soye)\b"), r"slept \1 hours"),
    (re.compile(r"\bneend\s+(?:achhi|acchi|achi|badhiya)\s+(?:aayi|aai|hui)" + _IS), "slept well"),
)  # fmt: skip
# "neend aati hai", "neend aa rahi hai": sleep comes (sleepy)
_COMES = r"(?:aati|aa\s+rahi|aa\s+jaati|aayi|aai|aata)"
_EFFECTS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    # "pregabalin se bohot neend aati hai": sleepy
    (re.compile(r"\bse\s+" + _VERY + r"neend\s+" + _VERY + _COMES + _IS), "makes me very sleepy"),
    (re.compile(r"\b" + _VERY + r"neend\s+" + _VERY + _COMES + _IS), "sleepy"),
    (re.compile(r"\b(?:chakkar|chakar)(?:\s+(?:sa|se))?\s+(?:aa|aate|aata|aati|aaye|aaya|lag|lagte|"
                r"lagta)(?:\s+(?:raha|rahe|rahi|gaya|gaye|jaata|jaate))?" + _IS
                + r"|\bsir\s+(?:ghoom|ghum)\s+(?:raha|rha)" + _IS), "dizzy"),
    # "khoon ki ulti": blood in the vomit, said as the screens read it
    (re.compile(r"\b(?:khoon|khun)\s+(?:ki|wali)\s+ulti(?:yan|yaan|yaa)?\b"), "vomiting blood"),
    (re.compile(r"\bulti\s+(?:jaisa|jaise|jaisi)\s+(?:lag\s+raha|lagta|mann|man|ho\s+raha)" + _IS
                + r"|\b(?:ji|jee)\s+(?:machla|machal)\w*(?:\s+raha)?" + _IS + r"|\bmatli\b"),
     "nauseous"),
    (re.compile(r"\bulti(?:yan|yaan|yaa)?" + _NOT + r"(?:\s+(?:ho\s+rahi|ho\s+gayi|hui|aa\s+rahi|"
                r"aayi|aai|kar\s+di|ki))?" + _IS), "vomiting"),
    (re.compile(r"\bpet\s+(?:(?:mein|me|main)\s+)?dard\b" + _NOT), "stomach pain"),
    (re.compile(r"\b(?:kabz|qabz|kabj)(?:iyat|iat)?\b"), "constipated"),
)  # fmt: skip


def _taken_one(is_medicine: Callable[[str], bool]) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        """ "pregabalin liya" → "pregabalin taken"; "kuch li" unchanged."""
        if m["w"] in _TAKEN_AFTER or is_medicine(m["w"]):
            return f"{m['w']}{m['gap'] or ''} taken"
        return m.group()

    return said


def _ran_out(is_medicine: Callable[[str], bool]) -> Callable[[re.Match[str]], str]:
    def said(m: re.Match[str]) -> str:
        """ "zerodol khatam ho gayi" → "zerodol ran out"; "sab khatam ho gaya" unchanged."""
        w = m["w"]
        if w is None or w in _RUN_OUT_OF or is_medicine(w):
            return f"{w} ran out" if w else "ran out"
        return m.group()

    return said


def hindi_said(low: str, is_medicine: Callable[[str], bool]) -> str:
    """`low` (lower-cased) with its romanised Hindi/Urdu dose, time, sleep and side-effect
    phrases in the English the parser reads; unchanged when it has none."""
    low = _PART_CLOCK.sub(_part_clock, low)
    low = _BARE_CLOCK.sub(_hour, low)
    for pattern, repl in _PARTS:
        low = pattern.sub(repl, low)
    if "kal" in low:
        low = _KAL_AHEAD.sub("tomorrow", low)
    low = _NEXT.sub(lambda m: f"next {_NEXT_WHAT[m['w']]}", low)
    low = _AFTER.sub(_after, low)
    low = re.sub(r"\b(khane|khaane|khana|nashte|nashta)\s+se\s+(?:pehle|pahle)\b",
                 lambda m: f"before {_MEALS[m[1]]}", low)  # fmt: skip
    for pattern, repl in _SLEEP:
        low = pattern.sub(repl, low)
    for pattern, repl in _EFFECTS:
        low = pattern.sub(repl, low)
    low = _EACH.sub(lambda m: f"{m['n'] or _EACH_COUNT[m['w']]} each", low)
    for pattern, repl in _NOUNS:
        low = pattern.sub(repl, low)
    for pattern, repl in _NOT_TAKEN:
        low = pattern.sub(repl, low)
    if "abhi" in low:
        # "abhi tak dawai nahi li": the object between, not yet taken
        low = _NOT_YET.sub(r"\g<x>not yet taken", low)
        low = _NOT_NOW.sub("not now", low)  # "abhi nahi, khana khake": a wait
    if "kha" in low:
        low = _AFTER_EATING.sub("after food", low)
    low = _FORGOT.sub("forgot", low)
    if "kh" in low:
        low = _RAN_OUT.sub(_ran_out(is_medicine), low)
    low = _TAKEN_PAIR.sub("taken", low)
    low = _TAKEN_ONE.sub(_taken_one(is_medicine), low)
    low = _LATER.sub("later", low)
    return _WILL_TAKE.sub("will take", low)
