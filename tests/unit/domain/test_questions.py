"""Which messages keep a question for the doctor, and what is kept of them."""

from __future__ import annotations

import pytest

from bot.domain.questions import MAX_CHARS, as_asked, question_in, tidy


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ask the doctor about the tingling in my left foot", "About the tingling in my left foot"),
        (
            "Ask my GP whether I can take advil with meloxicam",
            "Can I take advil with meloxicam?",
        ),
        ("question for my doctor: is 600mg gabapentin too much?", "Is 600mg gabapentin too much?"),
        ("Questions for the doctor - sleep", "Sleep"),
        ("Q for doc why am I so dizzy", "Why am I so dizzy"),
        ("remember to ask my doctor about physio", "About physio"),
        ("please ask the pharmacist if I can split the tablets", "Can I split the tablets?"),
        ("ask the doctor", ""),  # the question itself is asked for
        # As typed on a phone: no article, a name after "dr", a reminder to oneself.
        ("ask doc if i can go back to physio", "Can I go back to physio?"),
        ("ask gp about the mri", "About the mri"),
        ("ask dr patel if i can swim", "Can I swim?"),
        ("ask dr if the dizziness is the pregabalin", "If the dizziness is the pregabalin"),
        ("remind me to ask doc about physio", "About physio"),
        ("don't forget to ask my physio about stretches", "About stretches"),
    ],
)
def test_a_question_for_the_doctor_is_kept_in_its_own_words(text: str, kept: str) -> None:
    assert question_in(text) == kept


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # Found living it: "If i can go back to the gym" on the doctor's page.
        ("if i can go back to the gym", "Can I go back to the gym?"),
        (
            "whether it's ok to take ibuprofen gel with naproxen",
            "Is it ok to take ibuprofen gel with naproxen?",
        ),
        ("if i'm on too many pills", "Am I on too many pills?"),
        ("about my sleep, i.e. the tiredness", "About my sleep, i.e. the tiredness"),
        ("if the dizziness is the pregabalin", "If the dizziness is the pregabalin"),
    ],
)
def test_a_question_told_as_if_is_kept_as_asked(said: str, asked: str) -> None:
    assert as_asked(said) == asked


@pytest.mark.parametrize(
    "text",
    [
        "I asked the doctor yesterday",  # told, not to ask
        "asking the doctor tomorrow",
        "ask my wife to pick up my meds",
        "took 2 advil",
        "the doctor asked about my sleep",
        "pain 6, ask",
        "asking for a friend",
        "ask docs",
    ],
)
def test_other_messages_are_not_questions(text: str) -> None:
    assert question_in(text) is None


def test_a_question_is_one_tidy_line_of_bounded_length() -> None:
    assert tidy("  can   I\n take it\twith food?  ") == "Can I take it with food?"
    assert len(tidy("why " * 400)) <= MAX_CHARS


def test_someone_saying_i_should_ask_the_doctor_is_a_question_kept() -> None:
    """Sandbox, Dublin: kept as a side effect ("confusion") and the question was lost."""
    said = "My daughter Aoife says I should ask the doctor is the tramadol making me muddled"
    assert question_in(said) == "Is the tramadol making me muddled"
    assert question_in("I should ask the doctor if the tramadol is making me muddled")
    assert question_in("should I ask the doctor about it?") is None
