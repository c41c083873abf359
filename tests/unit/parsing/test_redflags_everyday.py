"""The physical red flags in everyday, indirect or embarrassed words (blind set 45's kinds,
in wording of our own), and the near misses beside them."""

from __future__ import annotations

import pytest

from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my right leg keeps folding under me and it's worse every day", "leg_weakness"),
        ("my left foot is dragging more than last week", "leg_weakness"),
        ("can't get up on my tiptoes on the right any more", "leg_weakness"),
        ("can't get up from the sofa without pushing with my arms now", "leg_weakness"),
        ("I wipe and feel nothing, and both my feet are slapping now", "leg_weakness"),
        ("found my knickers wet again and never felt it happen", "bladder_bowel"),
        ("I don't get the feeling I need to go any more", "bladder_bowel"),
        ("I have to press on my tummy to get any wee out", "bladder_bowel"),
        ("haven't been able to pee since lunch, pain 7", "bladder_bowel"),
        ("my partner poked my bum with a fork and I couldn't feel it", "saddle_numbness"),
        ("between my legs feels like a numbing injection at the dentist", "saddle_numbness"),
        ("my stools look like liquorice since the diclofenac", "gi_bleeding"),
        ("sick that looked like coffee came up this morning", "gi_bleeding"),
        ("my chest is in a vice and my arm aches", "chest_pain"),
        ("tightness in my chest, not like my usual heartburn", "chest_pain"),
        ("my wife says my pupils were pinpoints and I kept stopping breathing", "overdose_signs"),
        ("he says I went grey and floppy and wouldn't answer him", "overdose_signs"),
        ("teeth chattering, sheets soaked, back is worse", "fever"),
        ("reading is hard, and my son says my speech is slurred", "stroke_signs"),
    ],
)
def test_said_in_everyday_words(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "shivering at the bus stop, minus 10 out there",
        "burning up, the air con broke and it's 40 outside",
        "put my eye drops in, pain 4",
        "the wardrobe door fell on my foot, bruised toe",
        "my legs are jelly after spin class, feel great",
        "pins and needles down my leg like always, 5 today",
        "dropped my phone and the screen cracked, back's fine",
    ],
)
def test_near_misses(text: str) -> None:
    assert not detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "right leg isn't doing what I tell it and I can't feel anything down there on the loo",
        "no sleep at all and I have gone numb between my legs",
        "not eating much and I've got no feeling in my bum when I wipe",
    ],
)
def test_a_negation_stops_at_the_writers_next_clause(text: str) -> None:
    """ "… not … and I …": the second clause is the writer's own, not negated by the first."""
    assert "saddle_numbness" in detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "no numbness and I can feel everything when I wipe",
        "not numb down there and I've checked twice",
    ],
)
def test_a_negation_of_the_sign_itself_still_holds(text: str) -> None:
    assert "saddle_numbness" not in detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        # other words for the signs, as blind set 67 showed them missed (our wording)
        ("no feeling where youd sit on a bicycle saddle since today", "saddle_numbness"),
        ("sat on the loo and couldn't feel anything under me", "saddle_numbness"),
        ("wiping is like it's somebody else's arse", "saddle_numbness"),
        ("my legs feel wrong and they keep buckling when I stand", "leg_weakness"),
        ("tried to pee, nothing came out and I'm bursting", "bladder_bowel"),
        ("I don't get the urge any more and then it's too late", "bladder_bowel"),
        ("right arm won't work properly and my face feels odd", "stroke_signs"),
        ("so sleepy, it's like I forget to breathe", "overdose_signs"),
    ],
)
def test_signs_in_more_words(text: str, flag: str) -> None:
    assert flag in detect_red_flags(normalise(text)), text


@pytest.mark.parametrize(
    "text",
    [
        # a sign asked about, explained by the cold or a bite, another's, or expected by
        # the doctor
        "what would foot drop look like, just so I know",
        "how does an allergic reaction to naproxen show itself?",
        "lips went blue in the lake, so cold",
        "my lip swelled up cos I bit it at dinner",
        "little one has a temp, up with her all night",
        "the toddler wet the bed again",
        "stools are black since the iron tablets, gp said that's expected",
    ],
)
def test_near_misses_of_set_67s_kinds(text: str) -> None:
    assert detect_red_flags(normalise(text)) == [], text


def test_black_stools_explained_only_by_the_writer_still_alarm() -> None:
    # googling is no examination: an NSAID's bleed must not be talked away
    text = "poo is black since the pepto, googled it, apparently normal"
    assert detect_red_flags(normalise(text)) == ["gi_bleeding"]


@pytest.mark.parametrize(
    "text",
    [
        # a prescription dispensed or ready is no means made ready (set 68: both had
        # raised the suicide alarm)
        "pharmacist counted out 56 tablets for the 4 weeks",
        "pharmacy texted, my celebrex is ready to collect",
        "collected my repeat from the chemist",
    ],
)
def test_a_prescription_dispensed_is_no_alarm(text: str) -> None:
    assert detect_red_flags(normalise(text)) == [], text


def test_pills_counted_out_by_the_writer_with_intent_still_alarm() -> None:
    assert "suicidal" in detect_red_flags(normalise("counted out 56 tablets, enough to end it"))


@pytest.mark.parametrize(
    "text",
    [
        # an opioid's signs in other words (set 70)
        "took my tapentadol twice by accident, so sleepy i cant keep my eyes open",
        "cant keep me eyes open, breathing's gone all slow since the oramorph",
    ],
)
def test_overdose_signs_in_more_words(text: str) -> None:
    assert "overdose_signs" in detect_red_flags(normalise(text)), text


def test_coffee_grounds_spewed_up_is_a_bleed() -> None:
    text = "spewed up dark gritty stuff, looked like coffee grounds"
    assert detect_red_flags(normalise(text)) == ["gi_bleeding"]


def test_falling_asleep_is_no_fall() -> None:
    text = "i keep falling asleep while eating and my wife says my breathing is slow"
    assert detect_red_flags(normalise(text)) == ["overdose_signs"]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a temperature read under 38 °C (100.4 °F) is no fever, whatever it is called
        ("fever 99.2 since morning", []),
        ("fever of 37.2 today", []),
        ("fever 101 and my back is killing me", ["fever"]),
        ("fever for 36 hours now", ["fever"]),
        # a child by age is someone else
        ("my 4 yr old has a 38.5 temp", []),
    ],
)
def test_a_fever_by_its_reading(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags


def test_the_englishes_of_set_71() -> None:
    assert detect_red_flags(
        normalise("mi foot dem a get weaker every day, mi cyaan walk good again")
    ) == ["leg_weakness"]
    assert (
        detect_red_flags(normalise("mi madda have chest pain, mi haffi carry her go doctor")) == []
    )
    assert (
        detect_red_flags(
            normalise("ma pal says numbness doon below is an emergency, is that right?")
        )
        == []
    )
    assert detect_red_flags(normalise("legs went weak for a minute, fine again now")) == []


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a typo that opens like a name ("typng is…") is no other person once "my" follows
        ("spellng is hard, my right arm is dead and my mouth droops", ["stroke_signs"]),
        ("sophie has a fever of 39", []),
        ("sophie my daughter has a fever of 39", []),
    ],
)
def test_a_name_and_then_the_writer(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Set 75's kinds, in wording of our own: signs said lightly or in passing
        ("lol my grin has gone all wonky and my left hand won't hold a pen", ["stroke_signs"]),
        (
            "couldn't get the words right on the phone to my sister, my left arm's gone heavy, "
            "came on suddenly",
            ["stroke_signs"],
        ),
        (
            "my words keep coming out wrong, they're all muddled, and one side of my face is numb",
            ["stroke_signs"],
        ),
        ("part of my vision just vanished and my right arm feels weak", ["stroke_signs"]),
        (
            "sat on the toilet 20 mins, can't squeeze any pee out since this morning",
            ["bladder_bowel"],
        ),
        ("the numb patch on my thigh has spread up into my bum", ["saddle_numbness"]),
        (
            "legs have packed in, can't get up off the bed without help, weaker than last week",
            ["leg_weakness"],
        ),
        ("took an extra morphine, I'm barely taking a breath every so often", ["overdose_signs"]),
        ("wife couldn't wake me for an hour after my oxy, I'm fine now", ["overdose_signs"]),
        ("the toilet water looked like tar after I went", ["gi_bleeding"]),
        ("black and runny poo since the naproxen", ["gi_bleeding"]),
        ("sharp jab in my chest when I breathe in", ["chest_pain"]),
        ("with any luck I won't wake up tomorrow", ["suicidal"]),
        ("been reading how many tramadol it'd take to not wake up", ["suicidal"]),
        # ...and their look-alikes
        ("bum went numb on the long train ride, went away as soon as I got up", []),
        ("legs felt weak after gardening all day yesterday, today fine", []),
        ("knees turned to jelly when the bill came lol", []),
        ("my sciatica can go jump in the sea", []),
        ("hope the new pills mean I don't wake up at 4am again", []),
        ("hope I don't wake up in agony like yesterday", []),
        ("I won't wake up till 10 if I take the amitriptyline late", []),
    ],
)
def test_set_75_kinds(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags, text


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Set 79's kinds, in wording of our own
        ("sicked up some blood after lunch", ["gi_bleeding"]),
        ("bladder keeps letting go on its own since the flare", ["bladder_bowel"]),
        ("passing urine without control since last night", ["bladder_bowel"]),
        ("bowels went in my sleep and I never knew", ["bladder_bowel"]),
        ("the power in my legs is fading fast today", ["leg_weakness"]),
        ("I can't properly feel the car seat under me since yesterday", ["saddle_numbness"]),
        ("my son saw me clutching my chest, still sore", ["chest_pain"]),
        (
            "mum took extra tramadol and now she isn't waking and her breathing is slow",
            ["overdose_signs"],
        ),
        # ...and their look-alikes
        ("numb bum on the long bus ride, ok the moment i got up", []),
        ("legs went weak on the hike, better after a rest", []),
        ("the old man across the road had a stroke, he's home now", []),
        ("my sciatica foot drop came back in 2019 but surgery fixed it", []),
        ("how can I tell an allergic reaction from a heat rash?", []),
        ("the insert for the pregabalin mentions suicidal thoughts, is that common", []),
        ("my brother took too much of his methadone one time and ended up in icu", []),
        ("wife reckons i take too much ibuprofen", []),
    ],
)
def test_set_79_kinds(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags, text


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Sets 82 and 84's kinds, in wording of our own: overdose signs
        (
            "two extra oxy, can't hold my head up and my breathing feels like it's slowing",
            ["overdose_signs"],
        ),
        (
            "partner says my breathing keeps stopping when i nod off on the morphine",
            ["overdose_signs"],
        ),
        ("dad's had extra tramadol, he's muddled and we can't keep him awake", ["overdose_signs"]),
        ("he's making a gurgling snore and won't wake after his norco", ["overdose_signs"]),
        ("she's breathing maybe 5 times a minute", ["overdose_signs"]),
        # ...the cauda equina and a foot that drops
        ("my left foot smacks the ground when i walk now, worse this week", ["leg_weakness"]),
        ("can't lift my right foot up, toes catching more and more now", ["leg_weakness"]),
        ("my leg won't do what i tell it anymore", ["leg_weakness"]),
        ("leg power getting less and less each day", ["leg_weakness"]),
        ("ankle won't bend up since tuesday", ["leg_weakness"]),
        ("not peed since breakfast, i need to but nothing comes", ["bladder_bowel"]),
        ("can't feel when my bladder is full any more, leaked in the car", ["bladder_bowel"]),
        ("found my jeans damp, no idea i'd wet myself", ["bladder_bowel"]),
        ("wiping feels like i'm wiping somebody else", ["saddle_numbness"]),
        ("faeces black like tar since monday", ["gi_bleeding"]),
        # ...and their look-alikes
        ("i won't wake him, he was up all night", []),
        ("i won't wake up till noon tomorrow, day off", []),
        ("the kids won't wake for school again", []),
        ("dog asleep across my legs, can't move lol", []),
    ],
)
def test_sets_82_and_84_kinds(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags, text


def test_falling_asleep_mid_sentence_after_extra_opioid_is_an_overdose_sign() -> None:
    text = "i keep falling asleep mid conversation since the extra morphine"
    assert detect_red_flags(normalise(text)) == ["overdose_signs"]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # Set 86's kinds, in wording of our own
        (
            "my left foot can't work the clutch any more, it's got weaker this week",
            ["leg_weakness"],
        ),
        ("legs more weak every day now", ["leg_weakness"]),
        ("the front of my foot won't lift up when i walk, getting worse", ["leg_weakness"]),
        ("suddenly went blind in my right eye and my face feels odd", ["stroke_signs"]),
        ("chucking up and there's blood in it", ["gi_bleeding"]),
        ("i keep imagining myself hanging in the garage", ["suicidal"]),
        (
            "took extra oxy, keep nodding off while i text and can barely breathe",
            ["overdose_signs"],
        ),
        ("my groin's gone numb since lunch and the feeling hasn't come back", ["saddle_numbness"]),
        # ...and their look-alikes
        ("my voice is hoarse and my throat is sore from the cold", []),
        ("does numbness in the leg mean nerve damage? just curious", []),
        ("had numbness down there after the spinal anaesthetic, that was 10 years ago", []),
    ],
)
def test_set_86_kinds(text: str, flags: list[str]) -> None:
    assert detect_red_flags(normalise(text)) == flags, text
