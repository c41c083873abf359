"""Whom to call after too much, said for where the person lives (bot.knowledge.poison_lines)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.domain.dose_amounts import DoseTaken, RegimenItem
from bot.domain.safety import OVERDOSE, check_as_needed_dose
from bot.knowledge import get_drug
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
    assert "in the UK, call NHS 111.)" in said and "elsewhere" not in said
    told = poison_lines_locally(TOLD, "Europe/London")
    assert "Please call NHS 111 now" in told and "Call NHS 111 if unsure" in told
    assert "Poison Control" not in told


def test_ireland_is_told_its_poisons_line_and_its_hours() -> None:
    said = say_locally(QUOTED, "Europe/Dublin")
    assert "in Ireland, call the Poisons Information Line, (01) 809 2166" in said
    assert "8am to 10pm every day" in said and "hospital A&E" in said
    assert "emergency" not in said.lower()


def test_elsewhere_the_us_words_stay() -> None:
    for zone in ("America/New_York", "America/Bogota", "UTC", None):
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


def _overdose_of(ingredient: str, zone: str) -> str:
    """The warning a logged total of twice `ingredient`'s labelled maximum gets, as said in
    `zone`: bot.domain.safety quotes the label, this module adds whom to call."""
    drug = get_drug(ingredient)
    assert drug is not None and drug.max_daily is not None and drug.poison_advice
    now = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
    listed = RegimenItem(
        generic=ingredient,
        name=ingredient,
        amount_per_unit=100,
        unit="mg",
        units_per_day=2,
        as_needed=True,
        max_per_day=None,
    )
    twice_the_maximum = drug.max_daily.absolute / 50
    taken = DoseTaken(
        generic=ingredient,
        name=ingredient,
        amount=None,
        unit=None,
        count=twice_the_maximum,
        at=now,
        scheduled=False,
        due=None,
    )
    (warning,) = [w for w in check_as_needed_dose([listed], [], taken) if w.code == OVERDOSE]
    return say_locally(warning.text, zone)


def test_an_nsaid_overdose_is_never_told_paracetamols_words() -> None:
    """Sandbox, London: 8 Aleve were told "even if you feel well, you need help right away",
    the NHS's words about paracetamol, whose harm is silent at first; naproxen's label says
    only "get medical help or contact a Poison Control Center right away"."""
    for nsaid in ("naproxen", "ibuprofen", "aspirin"):
        for zone in ("Europe/London", "Europe/Dublin", "Australia/Sydney", "Pacific/Auckland",
                     "Asia/Kolkata", "Asia/Manila"):  # fmt: skip
            said = _overdose_of(nsaid, zone)
            assert "feel well" not in said and "signs or symptoms" not in said, (nsaid, zone)
            assert "right away" in said, "the label's own urgency stays"
    london = _overdose_of("naproxen", "Europe/London")
    assert "in the UK, call NHS 111.)" in london
    # Paracetamol's own label says it: help is needed even without symptoms.
    paracetamol = _overdose_of("acetaminophen", "Europe/London")
    assert "even if you do not notice any signs or symptoms" in paracetamol
    assert "The paracetamol label says" in paracetamol and "NHS 111" in paracetamol


def test_every_local_line_says_only_whom_to_call() -> None:
    """What a country's line adds to a label's advice is a service and its number, never a
    clinical qualifier that one drug's label has and another's lacks."""
    for zone in ("Europe/London", "Europe/Dublin", "Australia/Sydney", "Pacific/Auckland",
                 "Asia/Kolkata", "Asia/Manila"):  # fmt: skip
        told = poison_lines_locally(TOLD, zone)
        for words in ("feel well", "symptom", "even if", "emergency"):
            assert words not in told.lower(), (zone, words)


def test_india_and_the_philippines_are_told_a_number_that_sends_help() -> None:
    """Sandbox, Pune and Manila: past paracetamol's labelled maximum the label's US number
    was followed by "elsewhere, call your local poison centre", a line no one there could
    dial. No official page gave a national poison line's number for either country; each
    is told its own number for medical help (112 in India, 911 in the Philippines)."""
    pune = _overdose_of("acetaminophen", "Asia/Kolkata")
    assert "(That number is the US line: in India, call 112.)" in pune
    assert "local poison centre" not in pune and "The paracetamol label says" in pune
    manila = _overdose_of("acetaminophen", "Asia/Manila")
    assert "(That number is the US line: in the Philippines, call 911.)" in manila
    assert "local poison centre" not in manila
    told = poison_lines_locally(texts.TOO_MUCH_TAKEN, "Asia/Kolkata")
    assert "call 112 now, and say which medicine" in told and "1-800" not in told
    assert "(911)" in poison_lines_locally(texts.RED_FLAG_ACTION, "Asia/Manila")


def test_the_number_that_sends_help_is_said_once_the_country_is_known() -> None:
    from bot.knowledge.poison_lines import urgent_number

    assert urgent_number("Australia/Sydney") == "000"
    assert urgent_number("Europe/London") == "999"
    assert urgent_number("America/Chicago") == "911"
    # a country this file holds no number for: the welcome's "112 / 911" stands
    assert urgent_number("Asia/Tokyo") is None
    assert urgent_number(None) is None
