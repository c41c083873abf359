"""Doses as people type them on a phone (blind set 43's kinds, in wording of our own):
someone else's dose is never the writer's, a question or a maybe is never a dose, a
count is never a pain score, a day of the week is that day, text-speak and second-
language phrasings are read, and each tick or cross marks its own medicine."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from tests.unit.parsing.helpers import BERLIN, check, run

MEDS = ["ibuprofen", "gabapentin", "tramadol", "lidocaine", "methocarbamol", "duloxetine"]
# A Sunday morning.
SUNDAY = datetime(2026, 8, 16, 11, 0, tzinfo=BERLIN)


def dose(**fields: Any) -> dict[str, Any]:
    return {"kind": "dose", **fields}


@pytest.mark.parametrize(
    "text",
    [
        "my dad had a couple of my tramadol for his hip last night",
        "mum took her gabapentin at 9, she's fine",
        "my toddler got into my tramadol, only one missing I think",
        "the cat chewed one of my gabapentin",
        "would a second tramadol tonight be too much with the gabapentin?",
        "thinking maybe an extra ibuprofen later if it flares",
    ],
)
def test_someone_elses_dose_or_a_dose_wondered_about_is_not_recorded(text: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [], ("dose",)) is None, out


def test_a_dose_given_to_the_writer_by_someone_is_the_writers() -> None:
    out = run("my husband gave me one of my tramadol at 9", MEDS, SUNDAY)
    assert check(out, [dose(status="taken", medication="tramadol", count=1)]) is None, out


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3 lido patches on, across the low back", None),
        ("2 1/2 ibuprofen this time", 2.5),
        ("ate the medicine already, 2 pcs gabapentin", None),
    ],
)
def test_a_count_opening_a_dose_is_no_pain_score(text: str, count: float | None) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [], ("pain",)) is None, out
    if count is not None:
        assert check(out, [dose(status="taken", count=count)]) is None, out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("thursday 10pm gabapentin 300", "2026-08-13T22:00:00+02:00"),
        ("took tramadol on friday evening", "2026-08-14T19:00:00+02:00"),
        ("last sunday I had 2 ibuprofen at 8am", "2026-08-09T08:00:00+02:00"),
    ],
)
def test_a_day_of_the_week_is_that_day(text: str, at: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [dose(status="taken", at=at)]) is None, out


@pytest.mark.parametrize(
    ("text", "status", "medication"),
    [
        ("tk my duloxetine", "taken", "duloxetine"),
        ("gabapentin dne", "taken", "gabapentin"),
        ("methocarbomol tkn", "taken", "methocarbamol"),
        ("4got my gabapentin lst nite", "skipped", "gabapentin"),
        ("robaxin 2 tabs", "taken", "methocarbamol"),
        ("2 caps of gabapentin", "taken", "gabapentin"),
    ],
)
def test_text_speak_and_counts_with_their_unit(text: str, status: str, medication: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [dose(status=status, medication=medication)]) is None, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Tablet taken at 9 o'clock", dose(status="taken", at="2026-08-16T09:00:00+02:00")),
        ("My medicine I have taken at half past eight", dose(status="taken")),
        ("Today I put the patch at 7 hour", dose(status="taken", medication="lidocaine")),
        ("today I am not take the medicine because pain is less", dose(reason="felt_fine")),
        ("medicine is finish since yesterday", dose(status="skipped", reason="ran_out")),
    ],
)
def test_second_language_phrasings(text: str, expect: dict[str, Any]) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [expect]) is None, out


def test_each_tick_or_cross_marks_its_own_medicine() -> None:
    out = run("gabapentin \u2705 tramadol \u274c", MEDS, SUNDAY)
    want = [
        dose(status="taken", medication="gabapentin"),
        dose(status="skipped", medication="tramadol"),
    ]
    assert check(out, want) is None, out


def test_nothing_left_in_the_box_is_run_out_not_despair() -> None:
    out = run("couldn't take my duloxetine, nothing left in the box", MEDS, SUNDAY)
    assert check(out, [dose(status="skipped", reason="ran_out")], ("red_flag",)) is None, out


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("robaxin, had 2", dose(status="taken", medication="methocarbamol", count=2)),
        ("tramadol, 2 x 50mg", dose(status="taken", medication="tramadol", amount=50, count=2)),
        ("duloxetine yesterday, 9pm", dose(status="taken", at="2026-08-15T21:00:00+02:00")),
        ("gabapentin, at 7", dose(status="taken", at="2026-08-16T07:00:00+02:00")),
    ],
)
def test_a_medicine_named_then_its_details_after_a_comma(text: str, expect: dict[str, Any]) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [expect]) is None, out


def test_a_medicine_named_then_something_else_stays_apart() -> None:
    out = run("ibuprofen, pain 6", MEDS, SUNDAY)
    assert check(out, [{"kind": "pain", "score": 6}], ("dose",)) is None, out


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("two nurofen plus after breakfast", "ibuprofen/codeine"),
        ("nurofen plus done, back's still a 6", "ibuprofen/codeine"),
        ("took 1 ibuprofen plus a tramadol", "tramadol"),
    ],
)
def test_plus_inside_a_medicines_name_is_not_a_new_clause(text: str, medication: str) -> None:
    out = run(text, ["ibuprofen/codeine", "ibuprofen", "tramadol"], SUNDAY)
    assert check(out, [dose(status="taken", medication=medication)]) is None, out


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("took 20 drops of tramadol", "tramadol"),  # 20 tablets would be 1,000 mg
        ("took 40 drops novalgin", "metamizole"),
        ("20 drops of novalgin at 8", "metamizole"),
    ],
)
def test_drops_are_never_a_count_of_tablets(text: str, medicine: str) -> None:
    out = run(text, ["tramadol", "metamizole"])
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["medication"], d["count"]) for d in doses] == [(medicine, None)], out


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("took to tylenol this morning", "acetaminophen"),
        ("I took too advil", "ibuprofen"),
        ("had to gabapentin with lunch", "gabapentin"),
        ("popped to more tramadol", "tramadol"),
        ("took to tabs of percocet", "oxycodone/acetaminophen"),
        ("took my gabapentin and to advil", "ibuprofen"),
    ],
)
def test_two_written_by_voice_to_text_is_two(text: str, medication: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert check(out, [dose(medication=medication, count=2)]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "took to bed early, back is bad",
        "had to take my gabapentin",
        "took it to work",
        "went to the gp and to the pharmacy",
    ],
)
def test_to_that_means_to_is_no_count(text: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert all(o.get("count") != 2 for o in out), out


@pytest.mark.parametrize(
    ("text", "meds", "medication"),
    [
        (
            "had 2 more extra strength",
            ["Tylenol Extra Strength", "duloxetine"],
            "tylenol extra strength",
        ),
        ("took an extra-strength at 3", ["Tylenol Extra Strength"], "tylenol extra strength"),
        ("took 2 liqui gels", ["Advil Liqui-Gels", "gabapentin"], "advil liqui-gels"),
        # Listed by the brand alone: the one of theirs sold in that variant.
        ("2 more extra strength", ["Norco", "Tylenol", "Tylenol PM", "meloxicam"], "tylenol"),
        (
            "had two regular strength",
            ["acetaminophen 325 mg", "cyclobenzaprine"],
            "acetaminophen 325 mg",
        ),
        ("took 2 liqui gels", ["Advil", "gabapentin"], "advil"),
    ],
)
def test_the_variant_of_a_listed_product_names_it(
    text: str, meds: list[str], medication: str
) -> None:
    out = run(text, meds, SUNDAY)
    assert check(out, [dose(medication=medication)]) is None, out


@pytest.mark.parametrize(
    "meds",
    [
        ["ibuprofen", "Tylenol Extra Strength", "Advil Extra Strength"],  # which of the two?
        ["ibuprofen", "gabapentin"],  # none of theirs is one
        ["Tylenol PM", "Norco"],  # neither is sold as "extra strength" in the file
        ["Tylenol", "acetaminophen 500 mg"],  # which of the two?
    ],
)
def test_a_variant_names_only_the_one_listed_medicine_that_carries_it(meds: list[str]) -> None:
    out = run("had 2 extra strength", meds, SUNDAY)
    assert all(o.get("medication") is None for o in out if o["kind"] == "dose"), out


@pytest.mark.parametrize(
    "text",
    [
        "wont be taking my tramadol till friday",
        "no gabapentin until after my surgery on monday",
    ],
)
def test_the_end_of_a_break_is_no_time_of_a_dose(text: str) -> None:
    # "till friday" had become last Friday's date on the skip, as if a dose was skipped then.
    out = run(text, MEDS, SUNDAY)
    assert [o.get("at") for o in out if o["kind"] == "dose"] == [None], out


@pytest.mark.parametrize(
    "text",
    [
        "saw gp, she upped gabapentin to 600mg and wants me to do physio",
        "they put me on 600mg gabapentin now",
        "doc changed tramadol to 100mg",
        "she lowered the ibuprofen to 200mg",
    ],
)
def test_a_dose_prescribed_anew_is_no_dose_taken(text: str) -> None:
    # Found living it: "she upped amitriptyline to 20mg" was logged as 20 mg taken, late.
    out = run(text, MEDS, SUNDAY)
    assert not [o for o in out if o["kind"] == "dose"], out


@pytest.mark.parametrize(
    "text", ["took my new 600mg gabapentin", "changed my lidocaine patch at 8", "gabapentin 600mg"]
)
def test_a_dose_taken_beside_a_change_is_still_a_dose(text: str) -> None:
    out = run(text, MEDS, SUNDAY)
    assert [o["status"] for o in out if o["kind"] == "dose"] == ["taken"], out


MUSCLE = ["hydrocodone/acetaminophen", "tizanidine", "cyclobenzaprine", "lidocaine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A half said with no "a", after the name: half a tablet.
        ("tizanidine half tab at 10", dose(status="taken", medication="tizanidine", count=0.5)),
        ("flexeril half tab last night", dose(status="taken", medication="cyclobenzaprine")),
        # "last <medicine> was <hour>": when the last dose was taken.
        ("my last flexeril was 9 last night", dose(status="taken", at="2026-08-15T21:00:00+02:00")),
        ("last norco was 6 this morning", dose(status="taken", at="2026-08-16T06:00:00+02:00")),
        # Not needed, with "a": a dose left out because it was not needed.
        ("didn't need a norco yesterday, pain was ok", dose(status="skipped", reason="felt_fine")),
        # Left where it was: not taken.
        ("the flexeril stayed in the drawer last night", dose(status="skipped")),
        (
            "never touched the norco today",
            dose(status="skipped", medication="hydrocodone/acetaminophen"),
        ),
        # A patch named in the verb, "fresh" or "stuck on" after its name.
        ("slapped a new lidoderm on my hip", dose(status="taken", medication="lidocaine", count=1)),
        ("new lidoderm stuck on this morning", dose(status="taken", medication="lidocaine")),
    ],
)
def test_dose_kinds_read_past_their_small_words(text: str, expected: dict[str, Any]) -> None:
    out = run(text, MUSCLE, SUNDAY)
    assert check(out, [expected]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "didn't touch my dinner",
        "stayed put on the sofa all day, pain 6",
        "last pain score was 7",
        "last time was 5",
    ],
)
def test_words_like_a_skip_or_a_last_dose_that_are_neither(text: str) -> None:
    out = run(text, MUSCLE, SUNDAY)
    assert check(out, [], ("dose",)) is None, out


def test_a_dose_that_did_nothing_is_not_a_dose_left_untouched() -> None:
    out = run("norco at 2 didn't touch it", MUSCLE, SUNDAY)
    assert check(out, [dose(status="taken")]) is None, out
    assert not [o for o in out if o["kind"] == "dose" and o["status"] == "skipped"], out


@pytest.mark.parametrize(
    "text",
    [
        # Found living it: "… you can stop the reminders after Friday" dated the breakfast
        # dose said before it to last Friday.
        "took my tizanidine. physio on friday",
        "tizanidine taken with breakfast. see you on thursday",
        "took the tizanidine. my appointment's on tuesday",
    ],
)
def test_a_day_said_of_something_else_never_dates_the_dose_before_it(text: str) -> None:
    out = run(text, MUSCLE, SUNDAY)
    doses = [o for o in out if o["kind"] == "dose"]
    assert doses and all(
        (d["at"] or SUNDAY.date().isoformat()).startswith("2026-08-16") for d in doses
    ), out


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("took my tizanidine. about an hour ago", "2026-08-16T10:00:00+02:00"),
        ("took the tizanidine, two tabs, at 9", "2026-08-16T09:00:00+02:00"),
        ("took the tizanidine... that was at 7 this morning", "2026-08-16T07:00:00+02:00"),
    ],
)
def test_a_clause_of_little_but_a_time_still_times_the_dose(text: str, at: str) -> None:
    out = run(text, MUSCLE, SUNDAY)
    assert check(out, [dose(status="taken", at=at)]) is None, out


@pytest.mark.parametrize(
    ("text", "amount", "count"),
    [
        # One number is never both the strength and the count: "tizanidine 4" is 4 mg
        # (four tablets of it would be 16 mg in the record).
        ("tizanidine 4 at 9", 4, None),
        ("tizanidine 4, two tabs at 9", 4, 2),
        # A number that is no strength of it is still the count.
        ("norco 1 at 9", None, 1),
    ],
)
def test_a_number_after_a_name_is_its_strength_or_its_count_never_both(
    text: str, amount: float | None, count: float | None
) -> None:
    out = run(text, MUSCLE, SUNDAY)
    assert check(out, [dose(status="taken", amount=amount, count=count)]) is None, out


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        # A name, a comma, then its tablets counted in words and its time.
        ("flexeril, one tab, 9:15", {"medication": "cyclobenzaprine", "count": 1}),
        ("tizanidine, two tabs at 9", {"medication": "tizanidine", "count": 2}),
        # The name with its strength, then the tablets.
        ("norco 10, 2 tabs at 8", {"medication": "hydrocodone/acetaminophen", "count": 2}),
    ],
)
def test_a_name_then_its_tablets_after_a_comma_is_one_dose(
    text: str, fields: dict[str, Any]
) -> None:
    out = run(text, MUSCLE, SUNDAY)
    assert check(out, [dose(status="taken", **fields)]) is None, out


def test_tablets_left_after_a_name_are_no_dose() -> None:
    out = run("norco, one tab left", MUSCLE, SUNDAY)
    assert check(out, [], ("dose",)) is None, out


@pytest.mark.parametrize(
    ("text", "medication"),
    [
        ("took narco", "hydrocodone/acetaminophen"),  # their Norco, listed by its generic
        ("took a mobik at 8", "meloxicam"),
    ],
)
def test_a_misspelt_brand_of_a_listed_medicine_names_it(text: str, medication: str) -> None:
    out = run(text, ["hydrocodone/acetaminophen", "meloxicam"], SUNDAY)
    assert check(out, [dose(medication=medication)]) is None, out


def test_a_misspelt_brand_of_no_listed_medicine_names_none() -> None:
    out = run("took narco", ["meloxicam", "gabapentin"], SUNDAY)
    assert all(o.get("medication") in (None,) for o in out if o["kind"] == "dose"), out
