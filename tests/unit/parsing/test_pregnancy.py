"""A pregnancy told or asked about by the writer (Sandbox, Bengaluru: "my period is late,
could I be pregnant? am taking all these" got "didn't catch that"), never another's, a
past or denied one, or the figure of speech."""

from __future__ import annotations

import pytest

from bot.parsing.pregnancy import PregnancyTold, says_pregnancy


@pytest.mark.parametrize(
    "text",
    [
        "my period is late, could I be pregnant? am taking all these",
        "is it safe to take these medicines if pregnant?",
        "I'm pregnant",
        "just found out I'm pregnant!",
        "found out i am 6 weeks pregnant",
        "im pregnant and my back is killing me",
        "I'm 8 weeks pregnant with my second",
        "I think I might be pregnant",
        "am I pregnant?? period is 2 weeks late",
        "positive pregnancy test this morning",
        "we're trying for a baby",
        "I'm not pregnant but we're trying to conceive",
        "what if I get pregnant on these",
        "ttc so worried about my meds",
        "planning a pregnancy next year, what about my meds",
        "we are expecting a baby in june",
        "is naproxen safe in pregnancy?",
        "is lyrica ok during pregnancy",
        "can i take tramadol while pregnant",
    ],
)
def test_a_pregnancy_of_the_writers_or_asked_about(text: str) -> None:
    assert says_pregnancy(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "my wife is pregnant",
        "my wife is pregnant so I'm doing all the lifting",
        "is it ok for my wife to take advil during pregnancy",
        "my daughter is pregnant, can she take tylenol in pregnancy",
        "she's trying to get pregnant",
        "my sister's ankles are so swollen with the pregnancy, baby due any day",
        "there was a pregnant pause",
        "the silence was pregnant with meaning",
        "when I was pregnant with my son my back went",
        "I got pregnant with my son in 2010 and my back never recovered",
        "my back pain started during my last pregnancy",
        "i was taking tramadol during my pregnancy",
        "I'm not pregnant",
        "definitely not pregnant",
        "pregnancy test was negative, phew",
        "been trying for hours",
        "expecting a call from the doctor",
        "slept like a baby",
    ],
)
def test_never_another_s_a_past_or_denied_one_or_a_figure_of_speech(text: str) -> None:
    assert says_pregnancy(text) is None


def test_the_medicines_the_message_names_are_read() -> None:
    told = says_pregnancy("found out I'm pregnant, is the lyrica ok?", ["naproxen", "pregabalin"])
    assert told == PregnancyTold(("pregabalin",))
