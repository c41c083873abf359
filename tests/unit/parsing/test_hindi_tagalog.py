"""Patients in India, Pakistan and the Philippines write their doses, times, sleep and side
effects in romanised Hindi/Urdu ("tapentadol le liya subah 8 baje") and in Taglish ("wala
na po akong celecoxib, ubos na"): read as the English ones are. Each case is of a kind, in
words of our own beside the corpus's; English text with the same short words is unchanged."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.hindi import hindi_said
from bot.parsing.redflags import detect_red_flags
from bot.parsing.tagalog import tagalog_said
from bot.parsing.text import _is_medicine, normalise
from tests.unit.parsing.helpers import check, run

KOLKATA = ZoneInfo("Asia/Kolkata")
MANILA = ZoneInfo("Asia/Manila")
IN_NOW = datetime(2026, 6, 15, 13, 20, tzinfo=KOLKATA)
PH_NOW = datetime(2026, 6, 15, 13, 20, tzinfo=MANILA)
IN_MEDS = ["pregabalin", "aceclofenac", "tapentadol", "etoricoxib"]
PH_MEDS = ["celecoxib", "gabapentin", "tramadol", "acetaminophen", "pregabalin"]


def _in(hour: int, minute: int = 0, day: int = 15) -> str:
    return datetime(2026, 6, day, hour, minute, tzinfo=KOLKATA).isoformat()


def _ok(text: str, expect: list[dict[str, Any]], absent: tuple[str, ...], india: bool) -> None:
    out = run(text, IN_MEDS, IN_NOW, KOLKATA) if india else run(text, PH_MEDS, PH_NOW, MANILA)
    reason = check(out, expect, absent)
    assert reason is None, f"{text!r}: {reason}"


TAKEN = {"kind": "dose", "status": "taken"}


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # taken: "le li", "kha liya", "liya" after a medicine or a word for one
        ("Dawai kha li", [TAKEN]),
        ("dawai le li hai", [TAKEN]),
        ("goli kha liya", [TAKEN]),
        ("pregabalin liya", [{**TAKEN, "medication": "pregabalin"}]),
        ("maine etoricoxib khayi", [{**TAKEN, "medication": "etoricoxib"}]),
        ("tapentadol bhi le lia", [{**TAKEN, "medication": "tapentadol"}]),
        ("Lunch ke baad aceclofenac le liya", [{**TAKEN, "medication": "aceclofenac"}]),
        (
            "Aaj ki dawai: etoricoxib, pregabalin dono le li ✅",
            [{**TAKEN, "medication": "etoricoxib"}, {**TAKEN, "medication": "pregabalin"}],
        ),
        # the part of the day and the clock: "subah 8 baje", "raat 10 baje", "8 baje raat"
        (
            "Aaj pain 6 hai, tapentadol le liya subah 8 baje",
            [{"kind": "pain", "score": 6}, {**TAKEN, "medication": "tapentadol", "at": _in(8)}],
        ),
        ("dawai kha li subah 9 baje", [{**TAKEN, "at": _in(9)}]),
        ("raat 10 baje pregabalin li thi", [{**TAKEN, "at": _in(22, day=14)}]),
        ("pregabalin 10 baje raat ko le li", [{**TAKEN, "at": _in(22, day=14)}]),
        ("dopahar 1 baje aceclofenac kha li", [{**TAKEN, "at": _in(13)}]),
        ("sade 8 baje subah tapentadol le liya", [{**TAKEN, "at": _in(8, 30)}]),
        # not taken, not yet, forgot, ran out
        (
            "zerodol nahi li, khatam ho gayi",
            [
                {
                    "kind": "dose",
                    "status": "skipped",
                    "medication": "aceclofenac",
                    "reason": "ran_out",
                }
            ],
        ),
        (
            "pregabalin lena bhool gayi",
            [{"kind": "dose", "status": "skipped", "medication": "pregabalin", "reason": "forgot"}],
        ),
        (
            "kal raat pregabalin nahi li, bhul gaya tha",
            [{"kind": "dose", "status": "skipped", "medication": "pregabalin", "reason": "forgot"}],
        ),
        (
            "tapentadol khatam hai",
            [
                {
                    "kind": "dose",
                    "status": "skipped",
                    "medication": "tapentadol",
                    "reason": "ran_out",
                }
            ],
        ),
        ("abhi tak dawai nahi li", [{"kind": "dose", "status": "snoozed"}]),
        ("baad mein lunga", [{"kind": "dose", "status": "snoozed"}]),
        # side effects and sleep
        (
            "Pregabalin se neend bohat aati hai",
            [{"kind": "side_effect", "effects": ["drowsiness"]}],
        ),
        (
            "Sir pregabalin se bohot neend aati hai",
            [{"kind": "side_effect", "effects": ["drowsiness"]}],
        ),
        (
            "tapentadol ke baad chakkar aa raha hai",
            [{"kind": "side_effect", "effects": ["dizziness"]}],
        ),
        ("subah se ulti ho rahi hai", [{"kind": "side_effect", "effects": ["vomiting"]}]),
        ("aceclofenac se pet mein dard", [{"kind": "side_effect", "effects": ["stomach_pain"]}]),
        (
            "neend nahi aayi, dard 7",
            [{"kind": "pain", "score": 7}, {"kind": "sleep", "quality": "poor"}],
        ),
        ("sirf 4 ghante soya", [{"kind": "sleep", "hours": 4}]),
    ],
)
def test_hindi_said(text: str, expect: list[dict[str, Any]]) -> None:
    _ok(text, expect, (), india=True)


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        # taken: "uminom ako ng", "ininom ko na", "nakainom na", "took na", "drank already"
        ("uminom ako ng celecoxib kanina", [{**TAKEN, "medication": "celecoxib"}]),
        ("ininom ko na yung gabapentin", [{**TAKEN, "medication": "gabapentin"}]),
        ("nakainom na po ako", [TAKEN]),
        ("ok na po, drank already", [TAKEN]),
        ("the celecoxib I took na", [{**TAKEN, "medication": "celecoxib"}]),
        (
            "Already ate the medicine po, 2 pcs paracetamol",
            [{**TAKEN, "medication": "acetaminophen", "count": 2}],
        ),
        # not yet, later, skip for now, forgot, ran out
        ("hindi pa po ako umiinom", [{"kind": "dose", "status": "snoozed"}]),
        (
            "later na yung celecoxib, after lunch po",
            [{"kind": "dose", "status": "snoozed", "medication": "celecoxib"}],
        ),
        (
            "nakalimutan ko pong uminom ng gabapentin",
            [{"kind": "dose", "status": "skipped", "medication": "gabapentin", "reason": "forgot"}],
        ),
        (
            "skip muna po, wala na akong gabapentin",
            [
                {
                    "kind": "dose",
                    "status": "skipped",
                    "medication": "gabapentin",
                    "reason": "ran_out",
                }
            ],
        ),
        (
            "Wala na po akong celecoxib, ubos na. Will buy on payday po",
            [{"kind": "dose", "status": "skipped", "medication": "celecoxib", "reason": "ran_out"}],
        ),
        (
            "ubos na po yung tramadol ko",
            [{"kind": "dose", "status": "skipped", "medication": "tramadol", "reason": "ran_out"}],
        ),
        # side effects and sleep
        (
            "medyo nahihilo po after the gabapentin",
            [{"kind": "side_effect", "effects": ["dizziness"]}],
        ),
        (
            "Nahihilo po ako after the pregabalin, and antok na antok po",
            [{"kind": "side_effect", "effects": ["dizziness", "drowsiness"]}],
        ),
        (
            "inaantok po ako lagi sa gabapentin",
            [{"kind": "side_effect", "effects": ["drowsiness"]}],
        ),
        (
            "masakit po ang tiyan after celecoxib",
            [{"kind": "side_effect", "effects": ["stomach_pain"]}],
        ),
        ("puyat po, 3 hrs lang tulog", [{"kind": "sleep", "quality": "poor", "hours": 3}]),
        ("tulog ko 5 hours lang po", [{"kind": "sleep", "hours": 5}]),
        (
            "Hindi po ako nakatulog, the pain was 8 the whole night",
            [{"kind": "sleep", "quality": "poor"}, {"kind": "pain", "score": 8}],
        ),
        ("di ako makatulog sa sakit", [{"kind": "sleep", "quality": "poor"}]),
    ],
)
def test_tagalog_said(text: str, expect: list[dict[str, Any]]) -> None:
    _ok(text, expect, (), india=False)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # words of despair or of pain gone: no dose read from "khatam"
        ("sab khatam ho gaya", ("dose",)),
        ("dard khatam ho gaya aaj", ("dose",)),
        ("ulti nahi hui, bas thoda dard", ("side_effect",)),
        # "wala na akong gana" (no appetite), "ubos na pasensya ko" (out of patience)
        ("wala na akong gana", ("dose",)),
        ("ubos na pasensya ko sa traffic", ("dose",)),
        ("I ate already, will take it later", ("side_effect",)),
    ],
)
def test_not_misread(text: str, absent: tuple[str, ...]) -> None:
    out = run(text, IN_MEDS + PH_MEDS, IN_NOW, KOLKATA)
    assert check(out, [], absent) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "li came over with soup",
        "Lia drove me to physio",
        "na, not today",
        "drank 3 coffees already lol",
        "I ate already",
        "the nahi concert was loud",
        "sham walk in the park",
        "wala wala",
        "I took it already",
        "Subah is my cat",
    ],
)
def test_english_unchanged(text: str) -> None:
    """English text with the same short words is left as it was."""
    low = text.lower()
    assert hindi_said(low, _is_medicine) == low
    assert tagalog_said(low, _is_medicine) == low


@pytest.mark.parametrize(
    "text",
    [
        "Jeene ka mann nahi karta ab, sab khatam kar dena chahta hoon",
        "Mujhe ab jeena nahi hai",
        "Sir, jeene ka mann nahi karta ab. I have kept all the tablets together in one place",
    ],
)
def test_hindi_red_flags_kept(text: str) -> None:
    assert "suicidal" in detect_red_flags(normalise(text))


def test_vomiting_blood_in_hindi_is_a_red_flag() -> None:
    assert "gi_bleeding" in detect_red_flags(normalise("khoon ki ulti hui subah"))
