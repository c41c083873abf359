"""A 24-hour total counts every dose in any 24 hours holding the new one, the doses
logged for later hours too: a dose told after later ones ("and I took 1000 at 8 this
morning"), or a pair back-dated in one message, can complete a window past the label's
maximum that no backward-looking sum sees."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.domain.safety import DoseTaken, check_as_needed_dose
from bot.domain.warnings import END
from tests.unit.domain.test_safety import NORCO, TYLENOL, codes, item

EIGHT = datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def at(hour: float, mg: float = 1000, name: str = "Tylenol") -> DoseTaken:
    return DoseTaken(None, name, mg, "mg", None, EIGHT + timedelta(hours=hour - 8))


def test_a_dose_told_after_later_ones_completes_a_window_past_the_maximum() -> None:
    # Sandbox, London: 12:00, 17:55, 21:55, 22:55 logged, then "took 1000mg tylenol at
    # 8 this morning" — 5,000 mg from 08:00, unflagged.
    later = [at(12), at(17 + 55 / 60), at(21 + 55 / 60), at(22 + 55 / 60)]
    warnings = check_as_needed_dose([], later, at(8))
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "5,000 mg of acetaminophen" in w.text
    assert "4,000 mg" in w.text
    assert "last 24 hours" not in w.text  # the window runs on past this dose
    assert "24 hours" in w.text
    assert w.text.endswith(END)


def test_the_earlier_of_a_back_dated_pair_sees_the_later_one() -> None:
    # "took 2 norco at 13 and 1000 at 9" after 1,000 mg at 10, 11 and 12: the 09:00 dose
    # is the one checked last, its window 09:00–09:00 holding 4,650 mg.
    logged = [at(10), at(11), at(12), DoseTaken(None, "Norco", None, None, 2, at(13).at)]
    warnings = check_as_needed_dose([NORCO, TYLENOL], logged, at(9))
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "4,650 mg of acetaminophen" in w.text


def test_doses_more_than_24_hours_apart_are_never_one_window() -> None:
    # 2,000 mg 20 hours before and 2,000 mg 20 hours after: no 24 hours hold 5,000 mg
    warnings = check_as_needed_dose([], [at(-12, 2000), at(28, 2000)], at(8))
    assert not {"overdose", "over_labelled_max"} & codes(warnings)


def test_a_window_that_ends_at_the_dose_still_says_the_last_24_hours() -> None:
    earlier = [at(h) for h in (-8, -4, 0, 4)]
    warnings = check_as_needed_dose([], earlier, at(8))
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "In the last 24 hours you've logged about 5,000 mg" in w.text


def test_the_highest_window_is_the_one_said() -> None:
    # before: 3,000 mg in the 24 hours up to 08:00; after: 08:00–08:00 holds 5,000 mg
    doses = [at(-10), at(-6), at(12), at(16), at(20), at(23)]
    warnings = check_as_needed_dose([item("Tylenol", 500, as_needed=True)], doses, at(8))
    (w,) = [w for w in warnings if w.code == "overdose"]
    assert "5,000 mg" in w.text
