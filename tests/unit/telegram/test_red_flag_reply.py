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
