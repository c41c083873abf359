"""Time choices offered by /add when the clock times were not given."""

from __future__ import annotations

import pytest

from bot.domain.regimen import (
    combination_strength,
    describe_medication,
    dose_text,
    interval_times,
    suggested_times,
)


def test_nothing_said_offers_the_general_choices() -> None:
    assert suggested_times() == (("08:00",), ("08:00", "20:00"), ("08:00", "14:00", "22:00"))


@pytest.mark.parametrize(
    ("per_day", "parts", "first"),
    [
        (None, {"bedtime"}, ("21:00",)),
        (1, {"bedtime"}, ("21:00",)),
        (None, {"morning"}, ("07:00",)),
        (None, {"morning", "bedtime"}, ("08:00", "22:00")),
        (2, set(), ("08:00", "20:00")),
        (3, set(), ("08:00", "14:00", "20:00")),
        (4, set(), ("08:00", "12:00", "16:00", "20:00")),
        # Counts that contradict the parts named go by the count.
        (2, {"bedtime"}, ("08:00", "20:00")),
        (5, set(), ("08:00",)),
    ],
)
def test_choices_fit_what_was_said(
    per_day: int | None, parts: set[str], first: tuple[str, ...]
) -> None:
    choices = suggested_times(per_day, frozenset(parts))
    assert choices[0] == first
    wanted = per_day if per_day in (1, 2, 3, 4) else None
    for times in choices:
        assert list(times) == sorted(set(times)) or "00:00" in times
        if wanted:
            assert len(times) == wanted


@pytest.mark.parametrize(
    ("generic", "amount", "unit", "shown"),
    [
        ("hydrocodone/acetaminophen", 10.0, "mg", "10/325 mg"),
        ("hydrocodone/acetaminophen", 7.5, None, "7.5/325 mg"),
        ("acetaminophen/codeine", 30.0, "mg", "300/30 mg"),
        ("oxycodone/acetaminophen", 5.0, "mg", "5/325 mg"),
        # Not one marketed strength, not a combination, or not known: no guess.
        ("hydrocodone/acetaminophen", 9.0, "mg", None),
        ("hydrocodone/acetaminophen", 10.0, "mcg", None),
        ("ibuprofen", 400.0, "mg", None),
        ("made/up", 10.0, "mg", None),
        (None, 10.0, "mg", None),
    ],
)
def test_combination_strength(
    generic: str | None, amount: float, unit: str | None, shown: str | None
) -> None:
    assert combination_strength(generic, amount, unit) == shown


def test_dose_text() -> None:
    assert dose_text("norco", 10.0, "mg", "hydrocodone/acetaminophen") == "Norco 10/325 mg"
    assert dose_text("ibuprofen", 400.0, "mg", "ibuprofen") == "Ibuprofen 400 mg"
    assert dose_text("lidocaine patch", 5.0, "%", "lidocaine") == "Lidocaine patch 5%"
    assert dose_text("xyzzy", None, None, None) == "Xyzzy"
    assert dose_text("norco 10/300", 10.0, "mg", None) == "Norco 10/300 10 mg"


def test_dose_text_says_how_many_tablets_a_dose_is() -> None:
    assert dose_text("ibuprofen", 200.0, "mg", "ibuprofen", None, 2) == "Ibuprofen 2 × 200 mg"
    co = dose_text("co-codamol", 30.0, "mg", "acetaminophen/codeine", "30/500", 2)
    assert co == "Co-codamol 2 × 30/500 mg"
    assert dose_text("amitriptyline", 10.0, "mg", None, None, 0.5) == "Amitriptyline ½ × 10 mg"
    assert dose_text("ibuprofen", 400.0, "mg", None, None, 1) == "Ibuprofen 400 mg"
    assert dose_text("xyzzy", None, None, None, None, 2) == "Xyzzy × 2"


def test_a_dose_that_varies_shows_its_least_and_most() -> None:
    # Sandbox: "1-2 tabs" read back as "Oxycodone 5 mg", one tablet.
    oxy = dose_text("oxycodone", 5.0, "mg", "oxycodone", None, None, 2)
    assert oxy == "Oxycodone 5 mg, 1\u20132 tablets"
    co = dose_text("co-codamol", 30.0, "mg", "acetaminophen/codeine", "30/500", None, 2)
    assert co == "Co-codamol 30/500 mg, 1\u20132 tablets"
    assert dose_text("gabapentin", 300.0, "mg", None, None, 2, 3) == (
        "Gabapentin 300 mg, 2\u20133 tablets"
    )
    assert dose_text("xyzzy", None, None, None, None, None, 2) == "Xyzzy, 1\u20132 tablets"
    # no range: as before
    assert dose_text("ibuprofen", 200.0, "mg", None, None, 2, 2) == "Ibuprofen 2 × 200 mg"
    assert dose_text("ibuprofen", 200.0, "mg", None, None, None, None) == "Ibuprofen 200 mg"


def test_an_as_needed_range_is_listed_with_its_limits() -> None:
    line = describe_medication(
        "oxycodone",
        5.0,
        "mg",
        (),
        as_needed=True,
        max_per_day=8,
        generic="oxycodone",
        min_gap_hours=6,
        most=2,
    )
    # (how many doses 8 tablets are depends on each dose: the maximum is said in tablets)
    assert line == (
        "Oxycodone 5 mg, 1\u20132 tablets · as needed, at least 6 h apart, max 8 tablets a day"
    )


def test_a_maximum_in_tablets_shows_its_doses() -> None:
    line = describe_medication(
        "co-codamol", 30.0, "mg", (), as_needed=True, max_per_day=8, strength="30/500", per_dose=2
    )
    assert line == "Co-codamol 2 × 30/500 mg · as needed, max 8 a day (4 doses)"
    plain = describe_medication("tylenol", 500.0, "mg", (), as_needed=True, max_per_day=6)
    assert plain == "Tylenol 500 mg · as needed, max 6 a day"


def test_every_n_hours_is_laid_out_in_waking_hours() -> None:
    assert interval_times(8) == (
        ("06:00", "14:00", "22:00"),
        ("07:00", "15:00", "23:00"),
    )
    six = interval_times(6)
    assert six[:3] == (
        ("06:00", "12:00", "18:00"),
        ("07:00", "13:00", "19:00"),
        ("08:00", "14:00", "20:00"),
    )
    assert six[-1] == ("08:00", "14:00", "20:00", "02:00")  # around the clock, to choose
    assert suggested_times(per_day=3, every_hours=8) == interval_times(8)
    assert interval_times(0) == ()


def test_a_brand_of_several_words_is_shown_as_its_maker_writes_it() -> None:
    from bot.domain.regimen import display_name

    assert display_name("panadeine forte") == "Panadeine Forte"
    assert display_name("tylenol  pm") == "Tylenol PM"
    assert display_name("co-codamol") == "Co-codamol"  # not a brand: as typed
    assert display_name("extra strength tylenol") == "Extra strength tylenol"


def test_a_misspelt_name_is_spelled_as_its_medicine_and_others_are_kept() -> None:
    from bot.domain.regimen import spelled_as_known

    assert spelled_as_known("ibuprofin") == "Ibuprofen"
    assert spelled_as_known("gabapentine") == "Gabapentin"
    for kept in ("Advil", "Nurofen", "co-codamol", "lyrica", "paracetamol", "oxy", "Zapmedol"):
        assert spelled_as_known(kept) == kept


def test_a_liquid_is_shown_with_its_concentration_and_its_dose_in_ml() -> None:
    from bot.domain.regimen import dose_text

    assert dose_text("oramorph", 10, "mg", "morphine", None, 0.5, 1.0, 5.0) == (
        "Oramorph 10 mg/5 ml, 2.5–5 ml"
    )
    assert dose_text("oramorph", 10, "mg", "morphine", None, 1.0, None, 5.0) == (
        "Oramorph 10 mg/5 ml, 5 ml"
    )
    # no dose said: none is made up
    assert dose_text("oramorph", 10, "mg", "morphine", volume_ml=5.0) == "Oramorph 10 mg/5 ml"


def test_a_button_name_is_cut_at_a_word_or_with_an_ellipsis() -> None:
    """ "✏️ Edit · Tylenol arthriti": a cut mid-word reads as a typo (Sandbox, Phoenix)."""
    from bot.domain.regimen import button_name

    assert button_name("tylenol arthritis") == "Tylenol Arthritis"
    assert button_name("tylenol arthritis pain") == "Tylenol arthritis…"
    assert button_name("acetaminophen extended release") == "Acetaminophen…"
    assert button_name("hydrocodone/acetaminophen") == "Hydrocodone/aceta…"
    assert all(len(button_name(n)) <= 18 for n in ("a " * 30, "x" * 40, "vitamin d3 2000 iu"))
