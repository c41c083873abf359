"""The alarm says what the person told: lost feeling in the legs is named beside
weakness, and the record's plain words claim neither alone (the clinician review:
"weakness" and "can't feel" are different findings)."""

from __future__ import annotations

from bot.domain.summary import flag_label
from bot.parsing.redflags import detect_red_flags
from bot.parsing.text import normalise
from bot.telegram.understood import red_flag_reply


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
