""" "Stopped the naproxen", "the GP upped my duloxetine": a change to a medicine on the
list, found with its kind; a pause for a while, a symptom that stopped, a question or a
medicine not on the list is none."""

from __future__ import annotations

import pytest

from bot.parsing.regimen_change import (
    RegimenChange,
    says_break,
    says_paused,
    says_regimen_changed,
    stop_told_by,
    unnamed_change_told,
)

MEDS = ["pregabalin", "naproxen", "duloxetine", "tramadol"]


@pytest.mark.parametrize(
    ("text", "kind", "medicine"),
    [
        ("the consultant has increased my lyrica to 150", "changed", "pregabalin"),
        ("my cymbalta dose went down to 30", "changed", "duloxetine"),
        ("I'm on 150mg pregabalin now", "changed", "pregabalin"),
        ("I've quit the tramadol, couldn't stand the fog", "stopped", "tramadol"),
        ("pain clinic took me off naproxen last week", "stopped", "naproxen"),
        ("im off the tramadol for good", "stopped", "tramadol"),
        ("no longer taking duloxetine", "stopped", "duloxetine"),
        ("gp put my naproxen down to 250", "changed", "naproxen"),
        ("tramadol is now 50 twice a day, was 100", "changed", "tramadol"),
        ("been off the cymbalta since sunday, consultant's call", "stopped", "duloxetine"),
        ("my lyrica has been discontinued", "stopped", "pregabalin"),
        ("the consultant has me on 4 pregabalin a day now, used to be 3", "changed", "pregabalin"),
        ("took myself off the tramadol with my GP's blessing", "stopped", "tramadol"),
    ],
)
def test_a_change_to_the_list(text: str, kind: str, medicine: str) -> None:
    change = says_regimen_changed(text, MEDS)
    assert change is not None, text
    assert (change.kind, change.medicine) == (kind, medicine)


@pytest.mark.parametrize(
    "text",
    [
        "stopped the naproxen for a few days while my stomach settles",
        "the shooting stopped after the pregabalin",
        "should I stop the tramadol?",
        "stopped the ibuprofen",  # not on the list
        "skipped the naproxen tonight",
        "my GP wants to change my duloxetine",
        "would like to come off the tramadol one day",
        "is it ok to have 2 naproxen instead of 1",
        "pharmacy gave me a different brand of pregabalin, same dose",
        "had the tramadol and naproxen together at 9, pain down to 4",
        "stopped at the pharmacy for my pregabalin on the way home",
    ],
)
def test_not_a_change_to_the_list(text: str) -> None:
    assert says_regimen_changed(text, MEDS) is None


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("pause methocarbamol for a few days, making me dizzy", "methocarbamol"),
        ("putting the naproxen on hold", "naproxen"),
        ("taking a break from the tramadol this weekend", "tramadol"),
        ("holding off on naproxen till the scan", "naproxen"),
        ("should i pause the naproxen?", None),
        ("pause the netflix", None),
        ("paused", None),
    ],
)
def test_a_pause_of_a_listed_medicine(text: str, medicine: str | None) -> None:
    assert says_paused(text, ["methocarbamol", "naproxen", "tramadol"]) == medicine


@pytest.mark.parametrize(
    "text",
    [
        "going into hospital tomorrow for a nerve block, wont be taking anything till friday",
        "no naproxen until after my surgery on monday",
        "I'm off all my meds till the procedure",
    ],
)
def test_a_break_until_a_day_or_an_event(text: str) -> None:
    assert says_break(text)


@pytest.mark.parametrize(
    "text",
    [
        "skipped my naproxen this morning",
        "should I stop the naproxen until the surgery?",
        "pain 6 until I took the tramadol",
    ],
)
def test_no_break(text: str) -> None:
    assert not says_break(text)


def test_a_count_corrected_is_no_change_of_the_list() -> None:
    # "it was 2 paracetamol not 1" had offered to change the list's paracetamol
    assert (
        says_regimen_changed("correction - it was 2 paracetamol not 1", ["acetaminophen"]) is None
    )
    assert says_regimen_changed("gp changed my gabapentin, 600 not 300", ["gabapentin"]) is not None


def test_one_of_the_days_doses_stopped_is_a_change_not_a_removal() -> None:
    """Sandbox, Dublin: "the GP said I'm to stop the morning pregabalin" offered to remove
    pregabalin altogether, night dose and all."""
    meds = ["pregabalin", "naproxen"]
    said = "Just so ye know the GP said I'm to stop the morning pregabalin from tomorrow"
    assert says_regimen_changed(said, meds) == RegimenChange("changed", "pregabalin")
    assert says_regimen_changed("stopped the naproxen this morning", meds) == RegimenChange(
        "stopped", "naproxen"
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Aoife drove me to the out of hours doctor about the black poo, they took bloods "
            "and said to stop the diclofenac for now and come back if it happens again",
            "out_of_hours",
        ),
        ("my GP sent me to A&E and they said to stop the naproxen for now", "emergency"),
        ("the gp told me to stop the naproxen for now", "gp"),
        ("pharmacist said I should stop the ibuprofen for now", "pharmacist"),
        ("Dr Byrne told me to hold the naproxen until Friday", "doctor"),
        ("my wife said to stop the naproxen for now", None),  # nobody the report can name
        ("they said to stop the diclofenac for now, the doctor at the hospital did", None),
        ("the doctor upped my naproxen", None),  # no stop for a while told at all
    ],
)
def test_who_said_to_stop_for_now(text: str, who: str | None) -> None:
    assert stop_told_by(text) == who


def test_a_change_beside_a_scan_in_another_sentence_is_a_change() -> None:
    """Sandbox, Chicago: "… increased tizanidine to 4 mg … Bladder scan in office" got "I
    haven't logged a dose from that"."""
    text = (
        "Dr Nowak increased tizanidine to 4 mg at bedtime starting tonight. Bladder scan in "
        "office, PVR 250, urology referral."
    )
    change = says_regimen_changed(text, ["tizanidine"])
    assert change is not None and change.medicine == "tizanidine"
    assert says_regimen_changed("stop the naproxen before my surgery", ["naproxen"]) is None


@pytest.mark.parametrize(
    "text",
    [
        # (Sandbox, Houston: only "changed my X to Y" was read as a change)
        "doctor switched me from tramadol to tapentadol",
        "GP switched my tramadol for tapentadol",
        "switched from tramadol to tapentadol yesterday",
        "they moved me off tramadol onto tapentadol",
        "doc swapped the tramadol for tapentadol",
    ],
)
def test_a_medicine_switched_for_another_is_its_change(text: str) -> None:
    assert says_regimen_changed(text, ["tramadol"]) == RegimenChange("changed", "tramadol")


@pytest.mark.parametrize(
    "text",
    [
        "thinking of switching from tramadol",
        "should I switch from tramadol?",
        "took my tramadol, switched the tv off",
    ],
)
def test_a_switch_wished_asked_or_of_something_else_is_none(text: str) -> None:
    assert says_regimen_changed(text, ["tramadol"]) is None


_LIST = ["gabapentin", "naproxen", "ibuprofen", "tramadol"]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        # (Sandbox, Toronto: after the visit only the gabapentin's change was offered)
        (
            "she upped the gabapentin to 600 at night and stopped the naproxen",
            [("changed", "gabapentin"), ("stopped", "naproxen")],
        ),
        (
            "gabapentin increased to 600, naproxen stopped",
            [("changed", "gabapentin"), ("stopped", "naproxen")],
        ),
        (
            "stopped the naproxen and the ibuprofen",
            [("stopped", "naproxen"), ("stopped", "ibuprofen")],
        ),
        (
            "dr cut my tramadol down to 50 & stopped ibuprofen",
            [("changed", "tramadol"), ("stopped", "ibuprofen")],
        ),
        # a verb of the message serves its first medicine only
        ("stopped naproxen, started on ibuprofen 400 instead", [("stopped", "naproxen")]),
        ("upped the gabapentin and I take the naproxen with food", [("changed", "gabapentin")]),
        ("took my tramadol and naproxen", []),
    ],
)
def test_each_medicine_a_message_changes_is_its_own_change(
    text: str, changes: list[tuple[str, str]]
) -> None:
    from bot.parsing.regimen_change import says_regimen_changes

    assert [(c.kind, c.medicine) for c in says_regimen_changes(text, _LIST)] == changes


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("the doctor said to go up to 300mg twice a day from tomorrow", True),
        ("doc upped it to 600", True),
        ("gp wants me taking them three times a day now", True),
        ("pain clinic said to cut down to 2 a day", True),
        ("doctor said to go up on the naproxen", False),  # named: its own Change
        ("should the doctor increase it?", False),
        ("she said my back is getting better", False),
        ("dr said to rest and use heat", False),
        ("took 2 at 8, upped my walking", False),
    ],
)
def test_a_dose_change_told_without_its_name(text: str, told: bool) -> None:
    assert unnamed_change_told(text, MEDS) is told


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("wee bit dizzy and sleepy since the pregabalin went up", "pregabalin"),
        ("dizzy since they upped the pregabalin", "pregabalin"),
        ("ma pregabalin's gone up tae 150", "pregabalin"),
        ("feeling sick since the naproxen was increased", "naproxen"),
        ("pain went up to 8", None),
        ("my pain went up after i started the pregabalin", None),
        ("took my pregabalin, pain went up later", None),
        ("back went up a notch since the pregabalin", None),
    ],
)
def test_a_dose_change_told_in_passing(text: str, medicine: str | None) -> None:
    change = says_regimen_changed(text, MEDS)
    assert (change.medicine if change else None) == medicine
    assert change is None or change.kind == "changed"


@pytest.mark.parametrize(
    ("text", "medicine", "strength", "down", "alone"),
    [
        ("they upped my pregabalin to 150", "pregabalin", "150mg", False, True),
        ("ma pregabalin's gone up tae 150", "pregabalin", "150mg", False, True),
        ("they cut my tramadol to 50mg", "tramadol", "50mg", True, True),
        ("since the pregabalin went up, sleepy", "pregabalin", None, False, True),
        ("pregabalin went up to 2 tablets", "pregabalin", None, False, True),
        ("doc put my naproxen up to 500 twice a day", "naproxen", None, False, False),
        (
            "she upped the pregabalin to 150 at night and stopped the naproxen",
            "pregabalin",
            None,
            False,
            False,
        ),
        ("changed my tramadol to tapentadol", "tramadol", None, False, False),
    ],
)
def test_the_new_dose_told_with_a_change(
    text: str, medicine: str, strength: str | None, down: bool, alone: bool
) -> None:
    from bot.parsing.regimen_change import NewDose, new_dose_told

    assert new_dose_told(text, medicine, MEDS) == NewDose(strength, down, alone)
