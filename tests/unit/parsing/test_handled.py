"""Events already seen to are told apart from new ones (no second alarm)."""

from __future__ import annotations

import pytest

from bot.parsing.handled import (
    already_handled,
    asks_if_normal_only,
    asks_what_to_do,
    asks_whether_to_go,
    care_sought_of_them,
    declines_care,
    going_for_care,
    says_it_eased,
    urgent_care_sought,
)


@pytest.mark.parametrize(
    "text",
    [
        "ER visit for numbness + bladder accident. MRI bulging disc L4-5. started medrol",
        "home from the ER, they said it's a disc",
        "went to A&E last night with the bladder thing, they scanned me",
        "was seen at urgent care for the fever",
        "my GP checked the numbness this morning",
        "called an ambulance yesterday, they sorted me out",
    ],
)
def test_handled(text: str) -> None:
    assert already_handled(text)


@pytest.mark.parametrize(
    "text",
    [
        "I wet myself and cant feel my legs",
        "my bladder let go yesterday",
        "numb between my legs again after the ER visit",
        "was seen on monday but the weakness is getting worse",
        "cant feel my bum, should I go to the ER?",
    ],
)
def test_not_handled(text: str) -> None:
    assert not already_handled(text)


@pytest.mark.parametrize(
    "text",
    [
        "nvm its fine now just sat on a pallet wrong",
        "false alarm, sorry",
        "it passed",
        "ok its gone now",
    ],
)
def test_a_sign_said_to_have_eased(text: str) -> None:
    assert says_it_eased(text)


@pytest.mark.parametrize("text", ["its not fine", "still numb", "it came back", "my leg is weak"])
def test_not_eased(text: str) -> None:
    assert not says_it_eased(text)


@pytest.mark.parametrize(
    "text",
    [
        "i aint goin to no ER at 2am for that, ill tell dr okafor friday",
        "nah she'll be right, will mention it to the surgeon monday",
        "not going to hospital over this, I'll wait till my appointment",
        "I won't call an ambulance",
    ],
)
def test_urgent_care_declined(text: str) -> None:
    assert declines_care(text) and not going_for_care(text)


@pytest.mark.parametrize(
    "text",
    ["partner's driving me to the alfred ED now", "on my way to A&E", "ambulance is coming"],
)
def test_urgent_care_sought_now(text: str) -> None:
    assert going_for_care(text) and not declines_care(text)


@pytest.mark.parametrize(
    "text", ["going to the hospital for my MRI on friday", "took my naproxen", "went to the ER"]
)
def test_neither(text: str) -> None:
    assert not going_for_care(text) and not declines_care(text)


@pytest.mark.parametrize(
    "text",
    [
        "hello?? should i call somebody",
        "freaking out. what do i do",
        "is this an emergency?",
        "is that normal? do I have to go to the doctor?",
        "es normal? tengo que ir al doctor?",
        "¿debo ir a urgencias?",
        "¿qué hago?",
        "is this serious",
        "should I be worried?",
        "do I need to see someone about it",
    ],
)
def test_what_to_do_now_is_asked(text: str) -> None:
    assert asks_what_to_do(text)


@pytest.mark.parametrize(
    "text",
    [
        "took my naproxen",
        "called the gp this morning",
        "is it bad to take ibuprofen with food",
        "is it normal for the naproxen to make me dizzy",
        "tengo que ir al baño",
        "is it ok?",
    ],
)
def test_no_what_to_do(text: str) -> None:
    assert not asks_what_to_do(text)


@pytest.mark.parametrize(
    ("text", "going", "normal_only"),
    [
        ("is that normal? do I have to go to the doctor?", True, False),
        ("es normal? tengo que ir al doctor?", True, False),
        ("should I go to the ER", True, False),
        ("¿llamo al 911?", True, False),
        ("is that normal?", False, True),
        ("es normal?", False, True),
        ("should I be worried?", False, True),
        ("is this serious", False, False),  # "yes" answers it
        ("hello?? should i call somebody", False, False),
    ],
)
def test_what_is_asked_after_an_alarm(text: str, going: bool, normal_only: bool) -> None:
    assert asks_whether_to_go(text) is going
    assert asks_if_normal_only(text) is normal_only


@pytest.mark.parametrize(
    "text",
    [
        "went to the ER last night",
        "ended up in A&E on saturday",
        "was admitted on tuesday",
        "spent the night in hospital",
        "hospital visit yesterday went ok",
        "fui a urgencias anoche",
    ],
)
def test_urgent_care_already_sought_is_read(text: str) -> None:
    assert urgent_care_sought(text)


@pytest.mark.parametrize(
    "text",
    [
        "didnt go to the ER",
        "should I go to the ER?",
        "not going to the hospital",
        "the hospital called about my scan",
        "my mum went to the ER",
        "she went to A&E",
        "mum went to a&e, they sent her home",
        "took him to urgent care yesterday",
        "dad was admitted on tuesday",
    ],
)
def test_a_visit_not_made_or_not_the_writers_is_not(text: str) -> None:
    assert not urgent_care_sought(text)


@pytest.mark.parametrize(
    "text", ["my son took me to A&E last night", "my mum drove me to the hospital"]
)
def test_the_writers_visit_driven_by_family_is_theirs(text: str) -> None:
    assert urgent_care_sought(text)
    assert not care_sought_of_them(text)


@pytest.mark.parametrize(
    "text",
    [
        "she went to A&E last night with the pain",
        "mum went to a&e, they sent her home",
        "took him to urgent care yesterday",
        "my husband went to the ER last night",
        "dad was admitted on tuesday",
        "took mum to A&E last night",
        "this is Sarah, her daughter. she was in hospital all weekend",
    ],
)
def test_a_visit_of_someone_who_may_be_the_patient_is_read(text: str) -> None:
    assert care_sought_of_them(text)


@pytest.mark.parametrize(
    "text",
    [
        "went to A&E last night",
        "my friend went to A&E",
        "my son went to the ER with his wrist",
        "should she go to A&E?",
        "she didn't go to the hospital",
        "gave mum her tramadol",
    ],
)
def test_no_visit_of_the_patient_spoken_of(text: str) -> None:
    assert not care_sought_of_them(text)


@pytest.mark.parametrize("text", ["she says 6", "she says pain 7 today", "he said it hurts"])
def test_he_or_she_saying_is_no_clinicians_word_alone(text: str) -> None:
    """Sandbox, Leeds: her daughter's "she says 6", the day after a fall, was kept as the
    fall's follow-up ("I'm glad you were seen") instead of the check-in's score."""
    assert not already_handled(text)


@pytest.mark.parametrize(
    "text", ["went to the GP, she said it's a disc", "saw the doctor, he says it's sciatica"]
)
def test_he_or_she_saying_after_a_clinician_named_is_theirs(text: str) -> None:
    assert already_handled(text)
