"""The alarm says what the person told: lost feeling in the legs is named beside
weakness, and the record's plain words claim neither alone (the clinician review:
"weakness" and "can't feel" are different findings)."""

from __future__ import annotations

from bot.domain.summary import flag_label
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from bot.telegram.understood import care_asked_reply, red_flag_reply


def test_legs_you_cannot_feel_are_named_in_the_alarm() -> None:
    said = "didnt sleep, pain 8, cant feel my feet properly"
    assert "leg_weakness" in detect_red_flags(normalise(said))
    reply = red_flag_reply(["leg_weakness"])
    assert "can't feel" in reply and "emergency" in reply
    assert flag_label("leg_weakness") == "weakness or loss of feeling in the legs"


def test_more_taken_than_meant_gets_the_labels_poison_control_advice() -> None:
    """ "double dosed by accident on gabapentin" named no sign of an opioid overdose: the
    reply is the Drug Facts labels' Poison Control line, not the opioid's signs."""
    reply = red_flag_reply(["overdose_signs"], too_much_only=True, medicines=["gabapentin"])
    assert "Poison Control" in reply and "emergency" in reply
    assert "opioid" not in reply.lower() and "pinpoint" not in reply
    # Beside another flag the emergency department line still stands.
    both = red_flag_reply(["overdose_signs", "chest_pain"], too_much_only=True)
    assert "emergency department" in both and "Poison Control" in both


def test_signs_of_an_overdose_keep_the_opioid_alarm() -> None:
    reply = red_flag_reply(["overdose_signs"], medicines=["oxycodone"])
    assert "pinpoint pupils" in reply and "emergency department" in reply
    assert "opioids such as your oxycodone" in reply.lower() and "Poison Control" not in reply


def test_care_asked_while_the_alarm_stands_is_answered_yes_now() -> None:
    said = care_asked_reply(
        ["bladder_bowel", "saddle_numbness"], only_normal=False, zone="America/Chicago"
    )
    assert said.startswith("Yes — please call your local emergency number (911) now")
    assert "bladder or bowel control and numbness around the groin" in said
    assert "next visit" not in said and "can't be woken" not in said


def test_only_asked_whether_it_is_normal_is_not_answered_yes() -> None:
    said = care_asked_reply(["fever"], only_normal=True, zone=None)
    assert not said.startswith("Yes") and "urgent care now" in said and "112 / 911" in said


def test_care_asked_after_overdose_signs_says_to_stay_with_them() -> None:
    said = care_asked_reply(["overdose_signs"], only_normal=False, zone=None)
    assert "stay with them" in said


def test_care_asked_after_a_same_day_sign_is_a_doctor_today() -> None:
    said = care_asked_reply(["trauma"], only_normal=False, zone=None)
    assert said.startswith("Yes — please see a doctor today") and "emergency" not in said


def test_care_asked_after_thoughts_of_suicide_says_tell_the_doctor_and_the_line() -> None:
    said = care_asked_reply(["suicidal"], only_normal=False, zone="America/Toronto")
    assert said.startswith("Yes, please tell your doctor") and "9-8-8" in said


def test_a_carers_words_are_answered_of_the_person_they_write_for() -> None:
    """Sandbox, Leeds: her daughter's "she can't feel her legs, they checked her at A&E
    yesterday" got "I'm glad you were seen … your doctor's report", and "mum fell over in
    the kitchen" "If your legs get weak"."""
    seen = red_flag_reply(["leg_weakness"], handled=True, carer=True)
    assert "glad they were seen" in seen and "their doctor" in seen and "your" not in seen
    fall = red_flag_reply(["trauma"], carer=True)
    assert "If their legs get weak" in fall and "your" not in fall
    # the patient's own words are still answered to them
    assert "glad you were seen" in red_flag_reply(["leg_weakness"], handled=True)
    assert "If your legs" in red_flag_reply(["trauma"])
    # an alarm is never softened for a carer
    assert "emergency" in red_flag_reply(["bladder_bowel"], carer=True)
