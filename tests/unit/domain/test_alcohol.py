"""What the labels say of alcohol beside the person's medicines."""

from __future__ import annotations

from bot.domain.alcohol import with_alcohol


def test_an_opioid_gets_the_opioid_labels_words() -> None:
    w = with_alcohol(["Oxycodone", "Gabapentin"])
    assert w is not None
    assert "Opioid labels warn that taking oxycodone with alcohol" in w.text
    assert "coma and death" in w.text
    assert w.text.endswith("talk to your doctor or pharmacist.")
    assert "emergency" not in w.text.lower()  # the word is kept for red flags


def test_two_opioids_and_a_muscle_relaxant_each_said_once() -> None:
    w = with_alcohol(["Norco", "Oxycodone", "Flexeril", "Flexeril"])
    assert w is not None
    assert w.text.count("Opioid labels warn") == 1
    assert "Norco (hydrocodone/acetaminophen) and oxycodone" in w.text
    assert w.text.count("may enhance the effects of alcohol") == 1


def test_medicines_whose_labels_say_nothing_of_it_get_nothing() -> None:
    assert with_alcohol(["Ibuprofen", "Duloxetine", "unknownium"]) is None


def test_a_listed_medicine_named_again_in_the_message_is_said_once() -> None:
    # (Sandbox, Houston: "taking Norco (hydrocodone/acetaminophen) and
    # hydrocodone/acetaminophen with alcohol", and the cyclobenzaprine line twice)
    warning = with_alcohol(["Norco", "Flexeril", "hydrocodone/acetaminophen", "cyclobenzaprine"])
    assert warning is not None
    assert warning.text.count("hydrocodone/acetaminophen") == 1
    assert warning.text.count("may enhance the effects of alcohol") == 1
