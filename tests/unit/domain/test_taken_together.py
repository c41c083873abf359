"""A dose of a listed medicine is warned of the medicines taken with it in the 24 hours
before, as when adding it (PRODUCT.md §7), once a day for a pair (Sandbox, Texas: an Aleve
kept "as needed" on a day of meloxicam was never warned)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.safety import (
    DoseTaken,
    RegimenItem,
    check_new_medication,
    check_taken_together,
)

T0 = datetime(2026, 12, 9, 11, 0, tzinfo=UTC)
REGIMEN = [
    RegimenItem("meloxicam", "Meloxicam", 15.0, "mg", 1.0, False, None),
    RegimenItem("naproxen", "Aleve", 220.0, "mg", None, True, None),
]


def _dose(generic: str, name: str, hours: float, scheduled: bool = False) -> DoseTaken:
    amount = {"meloxicam": 15.0, "naproxen": 220.0, "oxycodone": 5.0, "gabapentin": 300.0}
    return DoseTaken(
        generic, name, amount[generic], "mg", None, T0 + timedelta(hours=hours), scheduled
    )


def test_an_aleve_on_a_day_of_meloxicam_is_warned_in_the_names_used() -> None:
    meloxicam = _dose("meloxicam", "Meloxicam", 0, scheduled=True)
    aleve = _dose("naproxen", "Aleve", 9)
    (warning,) = check_taken_together(REGIMEN, [meloxicam], aleve)
    assert warning.code == "nsaid_duplicate"
    assert warning.text.startswith("Meloxicam and Aleve (naproxen) are both NSAIDs.")
    assert warning.text.endswith("talk to your doctor or pharmacist.")


def test_once_a_day_for_a_pair() -> None:
    meloxicam = _dose("meloxicam", "Meloxicam", 0, scheduled=True)
    first, second = _dose("naproxen", "Aleve", 9), _dose("naproxen", "Aleve", 14)
    assert not check_taken_together(REGIMEN, [meloxicam, first], second)
    # The next morning's meloxicam, with yesterday's Aleve still within 24 hours: told
    # once more that day, then not with its next Aleve.
    tomorrow = _dose("meloxicam", "Meloxicam", 24, scheduled=True)
    assert check_taken_together(REGIMEN, [first, second], tomorrow)
    later = _dose("naproxen", "Aleve", 30)
    assert not check_taken_together(REGIMEN, [second, tomorrow], later)


def test_nothing_past_24_hours_nor_between_two_scheduled_doses() -> None:
    aleve = _dose("naproxen", "Aleve", 9)
    assert not check_taken_together(REGIMEN, [_dose("meloxicam", "Meloxicam", -16)], aleve)
    regimen = [
        RegimenItem("oxycodone", "Oxycodone", 5.0, "mg", 2.0, False, None),
        RegimenItem("gabapentin", "Gabapentin", 300.0, "mg", 2.0, False, None),
    ]
    oxy = _dose("oxycodone", "Oxycodone", 0, scheduled=True)
    gaba = _dose("gabapentin", "Gabapentin", 0.1, scheduled=True)
    assert not check_taken_together(regimen, [oxy], gaba), "warned when it was added"
    extra = _dose("oxycodone", "Oxycodone", 0.2)
    assert [w.code for w in check_taken_together(regimen, [gaba], extra)] == [
        "opioid_gabapentinoid"
    ]


def test_one_medicine_under_two_names_is_said_by_both_names() -> None:
    (twice,) = [
        w
        for w in check_new_medication(
            REGIMEN, RegimenItem("naproxen", "naproxen", 500.0, "mg", 2.0, False, None)
        )
        if w.code == "same_drug_twice"
    ]
    assert twice.text.startswith(
        "Naproxen and Aleve, already in your list, are the same medicine (naproxen)."
    )
    (same,) = [
        w
        for w in check_new_medication(
            [RegimenItem("naproxen", "naproxen", 220.0, "mg", None, True, None)],
            RegimenItem("naproxen", "naproxen", 500.0, "mg", 2.0, False, None),
        )
        if w.code == "same_drug_twice"
    ]
    assert "same medicine as" not in same.text
    assert same.text.startswith("Naproxen is already in your list.")


def test_a_scheduled_dose_does_not_retell_a_pair_its_partner_told_that_day() -> None:
    # Sandbox, Denver: oxycodone at 13:00 told of the amitriptyline of the night before;
    # the nightly amitriptyline at 22:00 told it again. Given the day before (`earlier`),
    # the partner's dose is seen to have told it; without, the old rule stands.
    regimen = [
        RegimenItem("oxycodone", "Oxycodone", 5.0, "mg", None, True, None),
        RegimenItem("gabapentin", "Gabapentin", 300.0, "mg", 1.0, False, None),
    ]
    last_night = _dose("gabapentin", "Gabapentin", -13, scheduled=True)
    oxy = _dose("oxycodone", "Oxycodone", 0)
    assert check_taken_together(regimen, [last_night], oxy)
    tonight = _dose("gabapentin", "Gabapentin", 11.05, scheduled=True)
    assert not check_taken_together(regimen, [oxy], tonight, [last_night, oxy])
    # No gabapentin in the 24 hours before the oxycodone: it told nothing, so tonight's
    # gabapentin tells the pair (never dropped).
    assert check_taken_together(regimen, [oxy], tonight, [oxy])
    # An oxycodone that told nothing (one was taken in the 24 hours before it) does not
    # silence the next night's gabapentin: the pair is still said once a day.
    later_oxy = _dose("oxycodone", "Oxycodone", 20)
    next_night = _dose("gabapentin", "Gabapentin", 35.05, scheduled=True)
    assert check_taken_together(
        regimen, [tonight, later_oxy], next_night, [last_night, oxy, tonight, later_oxy]
    )
