"""A product label's units a day, a form's own maximum, the person's own maximum a day and
a tapped scheduled dose's totals count every 24 hours holding the dose, as the ingredient
totals do: "took 2 norco at 8am" told at 22:00 after 2 at 12, 16 and 20 is 8 tablets in
the 24 hours from 08:00. The gap checks measure to the nearest dose on either side."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.domain.day_windows import highest, windows_around
from bot.domain.safety import DoseTaken, RegimenItem, check_as_needed_dose, check_scheduled_dose
from bot.domain.warnings import END, SafetyWarning
from tests.unit.domain.test_safety import NORCO, codes, item

EIGHT = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def at(hour: float, count: float = 2, name: str = "Norco") -> DoseTaken:
    return DoseTaken(None, name, None, None, count, EIGHT + timedelta(hours=hour - 8))


def only(warnings: list[SafetyWarning], code: str) -> SafetyWarning:
    (w,) = [w for w in warnings if w.code == code]
    assert w.text.endswith(END)
    return w


def test_a_morning_norco_told_last_completes_the_labels_units_a_day() -> None:
    warnings = check_as_needed_dose([NORCO], [at(12), at(16), at(20)], at(8))
    w = only(warnings, "over_product_max")
    assert "8 tablets of Norco" in w.text and "6 tablets a day" in w.text
    assert "In 24 hours that include this dose" in w.text
    assert "last 24 hours" not in w.text  # the 24 hours run on past this dose


def test_the_labels_units_up_to_the_dose_still_say_the_last_24_hours() -> None:
    warnings = check_as_needed_dose([NORCO], [at(-4), at(0), at(4)], at(8))
    w = only(warnings, "over_product_max")
    assert w.text.startswith("In the last 24 hours you've logged 8 tablets")


def test_tablets_more_than_24_hours_apart_are_never_one_day() -> None:
    warnings = check_as_needed_dose([NORCO], [at(-12, 4), at(28, 4)], at(8))
    assert "over_product_max" not in codes(warnings)
    assert "over_own_max" not in codes(warnings)


def test_a_morning_dose_told_last_passes_the_persons_own_maximum() -> None:
    own_four = item("Norco", 10, None, as_needed=True, max_per_day=4, strength="10/325")
    later = [at(12, 1), at(16, 1), at(20, 1)]
    w = only(check_as_needed_dose([own_four], later, at(8)), "over_own_max")
    assert "5 × Norco" in w.text and "your own maximum is 4 a day" in w.text
    assert "in 24 hours that include this dose" in w.text
    # the same five, all before it: the last 24 hours
    earlier = [at(-4, 1), at(0, 1), at(4, 1)]
    w = only(check_as_needed_dose([own_four], earlier, at(8)), "over_own_max")
    assert "in the last 24 hours" in w.text


def test_a_forms_own_maximum_counts_the_24_hours_after_a_dose_told_late() -> None:
    # ConZip's label: 300 mg a day, where tramadol's is 400
    conzip = [
        DoseTaken(None, "ConZip", 100, "mg", 1, EIGHT + timedelta(hours=h)) for h in (0, 4, 8, 12)
    ]
    w = only(check_as_needed_dose([], conzip[1:], conzip[0]), "over_labelled_max")
    assert "about 400 mg of ConZip (tramadol)" in w.text and "300 mg a day" in w.text
    assert "In 24 hours that include this dose" in w.text


def test_a_dose_told_late_an_hour_before_one_logged_is_said_to_be_an_hour_apart() -> None:
    w = only(check_as_needed_dose([NORCO], [at(9, 1)], at(8, 1)), "min_interval")
    assert "another Norco (hydrocodone/acetaminophen) as taken about 1 hour after this" in w.text
    assert "before this one" not in w.text


def test_the_nearest_dose_on_either_side_is_the_gap_said() -> None:
    # 05:00 is three hours before; 09:00 one hour after: the hour is said
    w = only(check_as_needed_dose([NORCO], [at(5, 1), at(9, 1)], at(8, 1)), "min_interval")
    assert "about 1 hour after this one" in w.text
    # 07:30 is nearer than 09:00: the one before is said, as it always was
    w = only(check_as_needed_dose([NORCO], [at(7.5, 1), at(9, 1)], at(8, 1)), "min_interval")
    assert "Your last Norco (hydrocodone/acetaminophen) was logged 30 minutes before" in w.text


def test_a_later_dose_past_the_labels_gap_is_no_fact() -> None:
    assert "min_interval" not in codes(check_as_needed_dose([NORCO], [at(14, 1)], at(8, 1)))


def test_the_persons_own_gap_counts_a_later_dose_worded_as_two_doses_close_together() -> None:
    oxy = replace(item("Oxycodone", 5, None, as_needed=True), min_gap_hours=4)
    later = [at(9, 1, "Oxycodone")]
    w = only(check_as_needed_dose([oxy], later, at(8, 1, "Oxycodone")), "sooner_than_planned")
    assert "another oxycodone as taken about 1 hour after this one" in w.text
    assert "the two are about 3 hours closer together than the plan" in w.text
    assert "the next would be" not in w.text  # the next one is already logged


def test_a_scheduled_dose_tapped_late_counts_the_extras_logged_after_it() -> None:
    para = RegimenItem("acetaminophen", "Paracetamol", 1000, "mg", 1, False, None)
    tapped = DoseTaken("acetaminophen", "Paracetamol", 1000, "mg", 1, EIGHT, scheduled=True)
    extras = [
        DoseTaken(None, "Tylenol", 1000, "mg", None, EIGHT + timedelta(hours=h))
        for h in (4, 8, 12, 15)
    ]
    w = only(check_scheduled_dose([para], [tapped, *extras], tapped), "overdose")
    assert "In 24 hours that include this dose you've logged about 5,000 mg" in w.text


def test_scheduled_nsaid_doses_alone_in_the_window_said_stay_the_plan() -> None:
    # a once-daily meloxicam taken late one day and on time the next, the next day's dose
    # already logged when the late one is answered: the plan, no warning
    melox = RegimenItem("meloxicam", "Meloxicam", 15, "mg", 1, False, None)
    late = DoseTaken("meloxicam", "Meloxicam", 15, "mg", 1, EIGHT, scheduled=True)
    next_day = replace(late, at=EIGHT + timedelta(hours=19))
    assert check_scheduled_dose([melox], [late, next_day], late) == []


def test_windows_start_at_each_dose_and_the_first_wins_a_tie() -> None:
    doses = [at(0), at(8), at(12), at(30)]
    windows = windows_around(doses, EIGHT)
    assert windows[0].last and [d.at.hour for d in windows[0].doses] == [0, 8]
    assert all(not w.last for w in windows[1:])
    assert all(any(d.at > EIGHT for d in w.doses) for w in windows[1:])
    assert highest(windows, lambda w: 1.0) is windows[0]
