"""Whom to call after too much, said for where the person lives (bot.knowledge.poison_lines)."""

from __future__ import annotations

from bot.knowledge.local_names import say_locally
from bot.knowledge.poison_lines import (
    CRISIS_LINES,
    EVERYWHERE,
    US_CALL,
    US_NOTE,
    poison_lines_locally,
)
from bot.telegram import texts

QUOTED = "The label says: “… (1-800-222-1222) …” " + US_NOTE
TOLD = f"Please {US_CALL} now. " + US_CALL[0].upper() + US_CALL[1:] + " if unsure."


def test_the_uk_is_told_nhs_111_beside_the_us_label() -> None:
    said = poison_lines_locally(QUOTED, "Europe/London")
    assert "1-800-222-1222" in said, "the label's own words stay quoted"
    assert "in the UK, call NHS 111 now" in said and "elsewhere" not in said
    told = poison_lines_locally(TOLD, "Europe/London")
    assert "Please call NHS 111 now" in told and "Call NHS 111 now" in told
    assert "Poison Control" not in told


def test_ireland_is_told_its_poisons_line_and_its_hours() -> None:
    said = say_locally(QUOTED, "Europe/Dublin")
    assert "in Ireland, call the Poisons Information Line, (01) 809 2166" in said
    assert "8am to 10pm every day" in said and "hospital A&E" in said
    assert "emergency" not in said.lower()


def test_elsewhere_the_us_words_stay() -> None:
    for zone in ("America/New_York", "Asia/Kolkata", "UTC", None):
        assert poison_lines_locally(QUOTED, zone) == QUOTED
        assert poison_lines_locally(TOLD, zone) == TOLD


def test_australia_and_new_zealand_are_told_their_poisons_centres() -> None:
    assert "in Australia, call the Poisons Information Centre, 13 11 26" in poison_lines_locally(
        QUOTED, "Australia/Melbourne"
    )
    told = poison_lines_locally(TOLD, "Pacific/Auckland")
    assert "Please call the National Poisons Centre, 0800 764 766 now" in told


def test_the_emergency_number_and_crisis_line_are_the_countrys() -> None:
    # Found living it: a nurse in Melbourne, mid-alarm, was told "112 / 911".
    assert EVERYWHERE in texts.RED_FLAG_ACTION and CRISIS_LINES in texts.SUICIDAL
    said = {
        zone: poison_lines_locally(texts.RED_FLAG_ACTION + texts.SUICIDAL, zone)
        for zone in ("Australia/Melbourne", "Europe/London", "America/Chicago", "Pacific/Auckland")
    }
    assert (
        "(000)" in said["Australia/Melbourne"]
        and "Lifeline, 13 11 14" in said["Australia/Melbourne"]
    )
    assert "(999)" in said["Europe/London"] and "Samaritans, 116 123" in said["Europe/London"]
    assert "(911)" in said["America/Chicago"] and "crisis line now: 988" in said["America/Chicago"]
    assert "(111)" in said["Pacific/Auckland"] and "0508 828 865" in said["Pacific/Auckland"]
    assert all(EVERYWHERE not in s for s in said.values())
    # Where the country is not known, both numbers stay.
    assert EVERYWHERE in poison_lines_locally(texts.RED_FLAG_ACTION, "America/Bogota")
    assert EVERYWHERE in poison_lines_locally(texts.RED_FLAG_ACTION, None)


def test_ireland_and_india_have_their_own_numbers() -> None:
    """Sandbox, Dublin and Pune: "112 / 911" in Ireland; 988 and the Samaritans to a man in
    Pune writing that everyone would be better off without him."""
    dublin = poison_lines_locally(texts.RED_FLAG_ACTION + texts.SUICIDAL, "Europe/Dublin")
    assert "(112 / 999)" in dublin and "Samaritans, 116 123" in dublin
    pune = poison_lines_locally(texts.RED_FLAG_ACTION + texts.SUICIDAL, "Asia/Kolkata")
    assert "(112)" in pune and "Tele-MANAS, 14416" in pune and "988" not in pune
    joburg = poison_lines_locally(texts.RED_FLAG_ACTION, "Africa/Johannesburg")
    assert "(112 from a mobile, or 10177 for an ambulance)" in joburg and "911" not in joburg
    safe = poison_lines_locally(texts.SAFE_AFTER_ALARM, "Asia/Kolkata")
    assert "Tele-MANAS" in safe and "Samaritans" not in safe


def test_canada_has_its_own_crisis_line() -> None:
    """Sandbox, Toronto: the crisis reply named "988 (US)" and the Samaritans."""
    toronto = poison_lines_locally(texts.RED_FLAG_ACTION + texts.SUICIDAL, "America/Toronto")
    assert "9-8-8, the Suicide Crisis Helpline (call or text 988)" in toronto
    assert "(911)" in toronto and "Samaritans" not in toronto and "(US)" not in toronto


def test_nigeria_has_its_emergency_number_and_no_foreign_crisis_lines() -> None:
    """Sandbox, Lagos: the crisis reply listed only the US's and the UK's lines."""
    lagos = poison_lines_locally(texts.RED_FLAG_ACTION + texts.SUICIDAL, "Africa/Lagos")
    assert "(112)" in lagos and "988" not in lagos and "Samaritans" not in lagos
    assert "crisis line now: one where you live, or someone you trust" in lagos
    assert "988 (US)" in poison_lines_locally(texts.SUICIDAL, None)
