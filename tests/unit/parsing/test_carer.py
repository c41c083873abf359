"""A carer writing in the patient's chat, once they have said who they are, speaks of the
patient: "this is Linda, dad took his norco at 2" is the patient's dose (it was "someone
else's" and not logged; his sleepiness was lost)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.parsing import (
    DoseIntent,
    NoteIntent,
    PainIntent,
    RedFlagIntent,
    SideEffectIntent,
)
from bot.parsing.carer import (
    Whose,
    as_the_patient,
    as_told_of,
    carer_writing,
    choose,
    introduces_only,
    told_as_now,
    whose,
)
from bot.parsing.parser import parse

NOW = dt.datetime(2026, 12, 9, 21, 25, tzinfo=dt.UTC)
MEDS = ["hydrocodone/acetaminophen", "meloxicam"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("this is Sue, mum took her naproxen at 9", "I took my naproxen at 9"),
        ("Tom here: he skipped his gabapentin, too dizzy", "I skipped my gabapentin, too dizzy"),
        ("Hi, it's Mary, his wife. He fell this morning", "I fell this morning"),
        ("his daughter here - I gave dad his tablets at 8", "I gave me my tablets at 8"),
    ],
)
def test_the_patient_is_read_as_the_writer(text: str, read: str) -> None:
    assert as_the_patient(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "this is awful, my back is a 9",
        "my husband took 2 of my ibuprofen",
        "took my norco, he is fine",
    ],
)
def test_no_carer_no_change(text: str) -> None:
    assert as_the_patient(text) == text


def _read(text: str) -> list[object]:
    return list(parse(text, MEDS, NOW, ZoneInfo("America/Phoenix")))


def test_a_carers_report_is_the_patients_dose_and_side_effect() -> None:
    found = _read("this is Linda, dad took his norco at 2 and he seems really sleepy")
    doses = [i for i in found if isinstance(i, DoseIntent)]
    assert [(d.medication, d.at) for d in doses] == [
        ("hydrocodone/acetaminophen", "2026-12-09T14:00:00-07:00")
    ]
    assert [i.effects for i in found if isinstance(i, SideEffectIntent)] == [("drowsiness",)]


def test_a_carer_seeing_an_overdose_still_alarms() -> None:
    found = _read("this is Linda, dad is very hard to wake and his breathing is slow")
    assert [i.flags for i in found if isinstance(i, RedFlagIntent)] == [("overdose_signs",)]


def test_a_carers_note_is_kept_in_their_own_words() -> None:
    # Found living it: rewritten for the patient, the note read "I took me up to the Royal
    # Infirmary … I is home now" on the doctor's report.
    from tests.unit.parsing.helpers import run

    said = (
        "Hello, this is Fiona, Morag's daughter. I took Mum up to the Royal Infirmary in the "
        "night. She is home now and sleeping. She took her naproxen at nine."
    )
    out = run(said, ["naproxen"])
    assert [o["text"] for o in out if o["kind"] == "note"] == [said]
    assert [o["medication"] for o in out if o["kind"] == "dose"] == ["naproxen"]


# ---------------------------------------------- spoken of without saying who is writing
# Sandbox, Dublin: his wife never said who she was; "he", "his", "I gave him" were lost
# as someone else's while "Seamus had his tramadol" was his.
DUBLIN = ZoneInfo("Europe/Dublin")
SEAMUS = ["tramadol", "duloxetine", "paracetamol", "lactulose"]
SAT = dt.datetime(2026, 12, 12, 21, 30, tzinfo=DUBLIN)


def _told_of(text: str) -> list[object]:
    from bot.services.understanding import RESOLVE

    return list(parse(text, SEAMUS, SAT, DUBLIN, resolve=RESOLVE, told_of=True))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("he's very drowsy today, pain about a 6", Whose.THEM),
        ("I gave him an extra tram a doll, the pain was desperate", Whose.THEM),
        ("himself is grand this morning, he slept it off", Whose.THEM),
        ("she skipped her duloxetine, too dizzy", Whose.THEM),
        ("Bríd here, he's very drowsy today", Whose.THEM),
        ("my husband is very drowsy today", Whose.KIN),
        ("dad's had his tramadol", Whose.KIN),
        ("my son has a fever", Whose.OTHER),
        ("the baby is very sleepy and not feeding", Whose.OTHER),
        ("my friend took 2 tramadol, she's fine", Whose.OTHER),
        ("the GP said he'd up the cymbalta", Whose.OTHER),
        ("yes, he upped the amitriptyline to 20mg", Whose.OTHER),
        ("she put me on pregabalin instead", Whose.OTHER),
        ("he wants me to cut down the tramadol", Whose.OTHER),
        ("that show wrecked me, he just walks into the sea", Whose.OTHER),
        ("me ma's hip is at her again", Whose.KIN),
        ("my husband has a temperature, my back is a 5", Whose.WRITER),
        ("took my tramadol at 8", Whose.WRITER),
        ("my wife took 2 of my ibuprofen", Whose.WRITER),
        ("wife says she couldn't wake me this morning", Whose.WRITER),
        ("hubby said my lips were blue", Whose.WRITER),
        ("mum's on tramadol as well and she reckons it makes her dizzy", Whose.WRITER),
        ("my husband's back is playing up too, he's at a 7 today", Whose.WRITER),
    ],
)
def test_whom_the_third_person_is(text: str, who: Whose) -> None:
    assert whose(text) is who


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("he's very drowsy today", "I'm very drowsy today"),
        ("I gave him an extra tram a doll", "I took an extra tram a doll"),
        ("gave her her tramadol at 8", "took my tramadol at 8"),
        ("himself is grand this morning", "I'm grand this morning"),
        ("not himself at all", "not myself at all"),
        ("he's had his cymbalta", "I've had my cymbalta"),
        ("my husband is very drowsy", "I'm very drowsy"),
        ("my wife's back is a 7", "my back is a 7"),
        ("grandad is grand", "I'm grand"),
    ],
)
def test_told_of_is_read_in_the_first_person(text: str, read: str) -> None:
    assert as_told_of(text) == read


def test_his_extra_dose_is_his() -> None:
    found = _told_of("I gave him an extra tram a doll, the pain was desperate")
    assert [(d.status, d.medication) for d in found if isinstance(d, DoseIntent)] == [
        ("taken", "tramadol")
    ]
    assert [i.text for i in found if isinstance(i, NoteIntent)] == [
        "I gave him an extra tram a doll, the pain was desperate"
    ], "kept in her own words"


def test_his_drowsiness_is_a_side_effect_beside_his_pain() -> None:
    found = _told_of("he's very drowsy today, pain about a 6")
    assert [i.effects for i in found if isinstance(i, SideEffectIntent)] == [("drowsiness",)]
    assert [i.score for i in found if isinstance(i, PainIntent)] == [6]


def test_why_he_missed_it_is_the_skips_reason() -> None:
    found = _told_of("he forgot the 2 oclock one, he was down at the chemist")
    (skip,) = [d for d in found if isinstance(d, DoseIntent)]
    assert (skip.status, skip.reason, skip.at) == ("skipped", "forgot", "2026-12-12T14:00:00+00:00")


def test_his_red_flags_are_his() -> None:
    found = _told_of("he can't feel his legs and he's wet himself")
    flags = {f for i in found if isinstance(i, RedFlagIntent) for f in i.flags}
    assert {"leg_weakness", "bladder_bowel"} <= flags


def test_the_parser_alone_still_reads_he_as_someone_else() -> None:
    from bot.services.understanding import RESOLVE

    found = parse("he's very drowsy today", SEAMUS, SAT, DUBLIN, resolve=RESOLVE)
    assert not [i for i in found if isinstance(i, SideEffectIntent)]


def test_an_accented_name_is_a_carers_preface() -> None:
    assert carer_writing("Bríd here, he's very drowsy today")
    assert as_the_patient("Bríd here, he's very drowsy today") == "I'm very drowsy today"


# ------------------------------------------------------------------- which reading stands
_DROWSY = [SideEffectIntent(effects=("drowsiness",))]
_PAIN = [PainIntent(score=6)]


def test_more_recorded_when_read_as_theirs_is_theirs_and_a_carers() -> None:
    out = choose(
        "he's drowsy, pain 6", _PAIN, [*_PAIN, *_DROWSY], Whose.THEM, carer_here=None, asked=False
    )
    assert (out.intents, out.carer, out.ask) == ([*_PAIN, *_DROWSY], True, False)


def test_someone_else_or_a_chat_that_said_no_keeps_the_plain_reading() -> None:
    for who, said in ((Whose.OTHER, None), (Whose.THEM, False)):
        out = choose("x", [], _DROWSY, who, carer_here=said, asked=False)
        assert (out.intents, out.carer, out.ask) == ([], False, False)


def test_nothing_either_way_is_asked_once_then_kept_as_a_note() -> None:
    text = "himself is grand this morning"
    assert choose(text, [], [], Whose.THEM, carer_here=None, asked=False).ask
    assert not choose(text, [], [], Whose.THEM, carer_here=None, asked=True).ask
    kept = choose(text, [], [], Whose.THEM, carer_here=True, asked=False)
    assert (kept.intents, kept.carer) == ([NoteIntent(text=text)], True)


def test_a_new_red_flag_read_as_theirs_stands() -> None:
    flag = [RedFlagIntent(flags=("bladder_bowel",))]
    out = choose("he wet himself", [], flag, Whose.THEM, carer_here=None, asked=False)
    assert out.intents == flag and not out.ask


def test_the_family_named_is_the_patient_only_once_the_chat_has_said_so() -> None:
    """Corpus: "my husband's got a fever, hope I don't catch it", "my father is having
    chest pain, we took him to hospital" are most often the patient telling of family;
    read as theirs they were false alarms."""
    fever = [RedFlagIntent(flags=("fever",))]
    text = "my husband's got a fever"
    unknown = choose(text, [], fever, Whose.KIN, carer_here=None, asked=False)
    # never read as theirs unasked: asked whom it is about, nothing recorded yet
    assert (unknown.intents, unknown.carer, unknown.ask) == ([], False, True)
    again = choose(text, [], fever, Whose.KIN, carer_here=None, asked=True)
    assert (again.intents, again.ask) == ([], False)
    said = choose(text, [], fever, Whose.KIN, carer_here=True, asked=False)
    assert (said.intents, said.carer) == (fever, True)


def test_a_fall_told_of_family_is_answered_now_and_placed_after() -> None:
    """ "Mum had a fall this morning" before the chat has said who writes: the same-day
    advice is said now (`alarm`), whoever mum is, and nothing is recorded until asked
    whom it is about, even when an earlier question waits."""
    fall = [RedFlagIntent(flags=("trauma",))]
    text = "Mum had a fall this morning"
    for asked in (False, True):
        out = choose(text, [], fall, Whose.KIN, carer_here=None, asked=asked)
        assert (out.intents, out.alarm, out.ask) == ([], ("trauma",), True)
    # told it is someone else: nothing said for her, as before
    assert not choose(text, [], fall, Whose.KIN, carer_here=False, asked=False).alarm
    # a sign that is only a red flag beside back pain (fever) still waits for the tap
    fever = [RedFlagIntent(flags=("fever",))]
    assert not choose(text, [], fever, Whose.KIN, carer_here=None, asked=False).alarm


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("dad's been vomiting blood", "gi_bleeding"),
        ("my husband has chest pain and can't breathe", "chest_pain"),
        ("dad is vomiting blood, should I call an ambulance?", "gi_bleeding"),
    ],
)
def test_an_emergency_told_of_family_is_answered_now_and_placed_after(text: str, flag: str) -> None:
    """It had waited behind "is this about the person this diary is for?" (the old rule
    here held every emergency told of family): an emergency for whoever has it, it is
    answered now and placed after, a question too."""
    theirs = [RedFlagIntent(flags=(flag,))]
    out = choose(text, [], theirs, Whose.KIN, carer_here=None, asked=False)
    assert (out.intents, out.alarm, out.ask) == ([], (flag,), True)


@pytest.mark.parametrize(
    "text",
    [
        "my dad had a heart attack years ago",
        "mum died of a stroke",
        "grandad passed away after a heart attack",
        "my da had a heart attack at 60 so I keep an eye on the chest pain thing",
        "my grandma had a stroke in March, visiting her tomorrow",
        "my lola had a stroke before, that's why I'm careful with my BP po",
        "dad's in hospital with chest pains, I'm a wreck",
        "my husband was up all night with chest pains, we're in A&E now",
        "my dad is having chest pain and we're waiting for the ambulance",
        "my mum's stools went black on her iron pills",
    ],
)
def test_family_history_or_care_already_given_is_not_an_emergency_now(text: str) -> None:
    assert not told_as_now(text)
    chest = [RedFlagIntent(flags=("chest_pain",))]
    assert not choose(text, [], chest, Whose.KIN, carer_here=None, asked=False).alarm


def test_a_kins_body_is_theirs_when_read_as_the_patients() -> None:
    """ "mum's lips are blue" had read "I'm lips are blue", and the sign was lost."""
    assert as_told_of("mum's lips are blue") == "my lips are blue"
    assert as_told_of("dad's poo is black and tarry") == "my poo is black and tarry"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("mum's fever is 38.5", "my fever is 38.5"),
        ("dad's sleep was awful", "my sleep was awful"),
        ("my husband's blood pressure is up", "my blood pressure is up"),
        ("mum's left leg has gone numb", "my left leg has gone numb"),
        ("dad's heart is racing", "my heart is racing"),
        ("mum's walking is worse", "my walking is worse"),
        # "'s" that is "is": still "I'm"
        ("mum's really sore today", "I'm really sore today"),
        ("dad's fine thanks", "I'm fine thanks"),
        ("mum's ok had her tablets", "I'm ok had my tablets"),
        ("mum's having a bad day", "I'm having a bad day"),
        ("my husband's numb down there", "I'm numb down there"),
    ],
)
def test_any_thing_of_theirs_is_theirs_not_im(text: str, read: str) -> None:
    """A carer's "my husband's temperature is 38.5" kind: a family name's "'s" before
    something said of a thing of theirs is "my", whatever the thing ("I'm fever is 38.5")."""
    assert as_told_of(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("this is Sarah, her daughter. mum's temperature is 38.5", "my temperature is 38.5"),
        ("Sarah here, dad's sleep was awful", "my sleep was awful"),
        ("it's Linda, his daughter. dad's had his norco", "I've had my norco"),
        ("this is Sarah, her daughter. mum is very drowsy", "I'm very drowsy"),
    ],
)
def test_after_a_preface_the_family_name_reads_as_it_does_unannounced(text: str, read: str) -> None:
    """After "this is Sarah, her daughter" "mum's temperature" had read "I's temperature"."""
    assert as_the_patient(text) == read


def test_a_red_flag_told_of_her_is_answered_as_a_carers() -> None:
    """ "she's had a fall" is a fall either way; answered "Call your doctor" before."""
    fall = [RedFlagIntent(flags=("trauma",))]
    out = choose("she's had a fall", fall, fall, Whose.THEM, carer_here=None, asked=False)
    assert (out.intents, out.carer) == (fall, True)
    # a score told alike is still not a carer's until the chat says so
    pain = [PainIntent(score=6)]
    assert not choose("she says 6", pain, pain, Whose.THEM, carer_here=None, asked=False).carer


def test_a_question_is_not_asked_about() -> None:
    out = choose(
        "my wife asks can she take paracetamol?", [], [], Whose.KIN, carer_here=None, asked=False
    )
    assert not out.ask


def test_a_carer_who_says_who_is_writing_is_not_asked_whom_it_is_about() -> None:
    """Sandbox, Leeds: "this is Sarah, her daughter. she went to A&E last night" was asked
    "is this about the person this diary is for?" (or, once asked, "didn't catch that")."""
    text = "this is Sarah, her daughter. she went to A&E last night"
    for asked in (False, True):
        out = choose(text, [], [], Whose.THEM, carer_here=None, asked=asked)
        assert (out.intents, out.carer, out.ask) == ([NoteIntent(text=text)], True, False)


def test_herself_and_shes_had_after_a_carers_preface_are_the_patients() -> None:
    """Sandbox, Leeds: "this is Sarah, her daughter. she went to A&E last night, now she's
    wet herself again" read "I'm wet herself" and raised no alarm."""
    said = as_the_patient("this is Sarah, her daughter. now she's wet herself again")
    assert said == "now I'm wet myself again"
    assert as_the_patient("Linda here, he's had a fall") == "I've had a fall"


@pytest.mark.parametrize(
    "text",
    [
        "this is Sarah, her daughter. I'll be typing for mum",
        "Linda here, I look after dad",
        "I'm her carer, I'll be writing for her from now on",
    ],
)
def test_a_carer_saying_only_who_writes_is_an_introduction(text: str) -> None:
    """Sandbox, Leeds: "this is Sarah, her daughter. I'll be typing for mum" was kept as a
    note for the GP."""
    assert introduces_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "this is Sarah, her daughter. I'll be typing for mum, she's in agony",
        "Linda here, I gave dad his norco",
        "I'll be typing for mum",
    ],
)
def test_a_carers_report_is_no_introduction(text: str) -> None:
    assert not introduces_only(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("she says 6", Whose.THEM),
        ("she skipped her gabapentin", Whose.THEM),
        ("he's had his tramadol", Whose.THEM),
        ("mum took her naproxen", Whose.KIN),
    ],
)
def test_words_read_alike_either_way_are_a_carers_once_the_chat_has_said_so(
    text: str, who: Whose
) -> None:
    """ "she says 6" reads a pain of 6 whoever "she" is: once the chat has said someone
    writes for the patient, it is still their words (asked and kept as theirs)."""
    plain = [PainIntent(score=6)]
    said = choose(text, plain, plain, who, carer_here=True, asked=False)
    assert (said.intents, said.carer) == (plain, True)
    unknown = choose(text, plain, plain, who, carer_here=None, asked=False)
    assert (unknown.intents, unknown.carer) == (plain, False)


def test_mum_spoken_of_with_only_her_reading_recording_is_asked_about() -> None:
    """Sandbox, Sydney: a daughter's "Mum took her tablets at 8, she's a bit drowsy" got
    "didn't catch that" (read as someone else's, with nothing asked), so the morning's
    doses were marked missed and the drowsiness lost."""
    text = "Mum took her tablets at 8, she's a bit drowsy"
    assert whose(text) is Whose.KIN
    theirs = [DoseIntent(status="taken"), *_DROWSY]
    unknown = choose(text, [], theirs, Whose.KIN, carer_here=None, asked=False)
    assert (unknown.intents, unknown.carer, unknown.ask) == ([], False, True)
    said = choose(text, [], theirs, Whose.KIN, carer_here=True, asked=False)
    assert (said.intents, said.carer, said.ask) == (theirs, True, False)
    # the patient's own report beside it is read as it stands, never asked about
    own = choose(text, _PAIN, [*_PAIN, *theirs], Whose.KIN, carer_here=None, asked=False)
    assert (own.intents, own.ask) == (_PAIN, False)
