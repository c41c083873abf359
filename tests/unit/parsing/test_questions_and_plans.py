"""A question about a dose, or a dose still planned, is never a dose taken: the record
says what the person did, not what they asked or meant to do (blind set 36's kinds, in
wording of our own)."""

from __future__ import annotations

import pytest

from tests.unit.parsing.helpers import EVENING, check, run

MEDS = ["ibuprofen", "gabapentin", "tramadol"]


@pytest.mark.parametrize(
    "text",
    [
        "pills taken?",
        "gabapentin done?",
        "is it alright to skip the tramadol tomorrow",
        "what happens if I double up on gabapentin",
        "if I miss the ibuprofen will my back flare",
        "not sure whether I had my gabapentin at lunch",
        "can't recall if I took the tramadol",
        "wondering if I should take another ibuprofen",
        "should I have the gabapentin at 6 or 8?",
        "thinking about skipping the tramadol tonight",
        # a carer asking for the person they look after (Glasgow: logged as taken)
        "should she take it now?",
        "can mum have another ibuprofen",
        "should my husband skip the tramadol tonight",
    ],
)
def test_a_question_about_a_dose_records_no_dose(text: str) -> None:
    out = run(text, MEDS)
    assert check(out, [], ("dose",)) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "will have the gabapentin at 10",
        "gonna take my tramadol after the film",
        "going to take the ibuprofen with dinner at 7",
        "I'll take it at half 9",
    ],
)
def test_a_dose_still_to_come_is_a_wait_not_a_dose_taken(text: str) -> None:
    out = run(text, MEDS)
    assert check(out, [{"kind": "dose", "status": "snoozed"}], ()) is None, out
    assert all(o.get("status") != "taken" for o in out), out


def test_a_report_beside_a_question_is_still_recorded() -> None:
    out = run("took 2 ibuprofen at 4. is it ok to have the gabapentin now?", MEDS)
    assert check(out, [{"kind": "dose", "status": "taken", "medication": "ibuprofen"}]) is None
    assert [o.get("medication") for o in out if o["kind"] == "dose"] == ["ibuprofen"], out


def test_taking_it_now_is_still_a_dose_taken() -> None:
    out = run("will take the tramadol now", MEDS)
    assert all(o.get("status") != "snoozed" for o in out), out


def test_a_wait_until_a_clock_time_lasts_until_then() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    london = ZoneInfo("Europe/London")
    at_2 = datetime(2026, 1, 5, 14, 5, tzinfo=london)
    out = run("will take the gabapentin at 3", MEDS, now=at_2, zone=london)
    assert check(out, [{"kind": "dose", "status": "snoozed", "minutes": 55}]) is None, out
    # hours ahead is more likely the next dose's time: no length from it
    out = run("gonna take the tramadol at 9 tonight", MEDS, now=at_2, zone=london)
    assert check(out, [{"kind": "dose", "status": "snoozed", "minutes": None}]) is None, out


def test_a_question_to_the_record_in_a_report_s_words() -> None:
    from bot.parsing.taken_question import asks_if_taken

    assert asks_if_taken("meds taken?", MEDS) is not None
    assert asks_if_taken("gabapentin done?", MEDS) is not None
    assert asks_if_taken("homework done?", MEDS) is None


@pytest.mark.parametrize(
    "text",
    [
        "remind me to have the gabapentin at half 10",
        "ping me at 10 to take the tramadol",
        "need to take my ibuprofen after tea",
        "I have to have the gabapentin before bed",
        "gotta do my tramadol in a bit",
        "I'm supposed to take the gabapentin at 11",
        "want to take 2 ibuprofen once the kids are down",
        "should take the tramadol before I go up",
        "don't let me forget to take the gabapentin at 11",
        "dont let me forget my tramadol at 11",
        "remind me about the gabapentin at 11",
    ],
)
def test_a_dose_asked_for_owed_or_wanted_is_not_a_dose_taken(text: str) -> None:
    out = run(text, MEDS)
    assert all(o.get("status") not in ("taken", "skipped") for o in out), out


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("wanted to have my gabapentin at 6 but dozed off", "gabapentin"),
        ("was going to take the tramadol at lunch, got distracted", "tramadol"),
        ("meant to pop an ibuprofen this morning but forgot", "ibuprofen"),
    ],
)
def test_a_dose_meant_in_the_past_was_not_taken(text: str, medicine: str) -> None:
    out = run(text, MEDS)
    assert check(out, [{"kind": "dose", "status": "skipped", "medication": medicine}]) is None
    assert all(o.get("status") != "taken" for o in out), out


@pytest.mark.parametrize(
    "text",
    [
        "had to take 2 extra tramadol last night",
        "needed my gabapentin early so had it at 5",
        "remembered to take my gabapentin at 7",
        "took the tramadol like you said",
    ],
)
def test_a_dose_owed_and_done_is_still_taken(text: str) -> None:
    out = run(text, MEDS)
    assert check(out, [{"kind": "dose", "status": "taken"}]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "remind me, did I have the tramadol at lunch or not",
        "can you remind me if I took my gabapentin this morning",
        "pls remind me whether I had the ibuprofen",
    ],
)
def test_remind_me_before_a_question_asks_the_record(text: str) -> None:
    from bot.parsing.taken_question import asks_if_taken

    out = run(text, MEDS)
    assert check(out, [], ("dose",)) is None, out
    assert asks_if_taken(text, MEDS) is not None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("buzz me at 9 about the gabapentin", 55),
        ("set a reminder for 9pm for my tramadol", 55),
        ("need another nudge in 20 mins for the ibuprofen", 20),
        ("my next tramadol is due at 9", 55),
        ("about to have my gabapentin", None),
        ("going to take the tramadol in about half an hour", 30),
        ("🔔 me at 20:45 for the ibuprofen", 40),
    ],
)
def test_a_reminder_asked_for_or_a_dose_due_next_is_a_wait(text: str, minutes: int | None) -> None:
    out = run(text, MEDS)
    expected = {"kind": "dose", "status": "snoozed", "minutes": minutes}
    assert check(out, [expected]) is None, out
    assert all(o.get("status") not in ("taken", "skipped") for o in out), out


@pytest.mark.parametrize(
    "text",
    [
        "could murder a tramadol right now, pain 8",
        "tempted to have a third ibuprofen",
        "maybe skipping the gabapentin tonight, too groggy",
        "hmm did I log the gabapentin?",
        "any idea whether I had the tramadol at lunch",
        "was it the ibuprofen at 6 or the tramadol?",
    ],
)
def test_wishes_doubts_and_questions_record_no_dose(text: str) -> None:
    out = run(text, MEDS)
    assert all(o.get("status") not in ("taken", "skipped") for o in out), out


def test_not_taken_then_planned_is_one_wait() -> None:
    out = run("didn't take the tramadol, will take it at 9", MEDS)
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["status"], d["medication"]) for d in doses] == [("snoozed", "tramadol")], out


def test_meant_for_one_time_taken_at_another_is_the_dose_taken() -> None:
    out = run("was going to have the gabapentin at 6 but ended up having it at 7", MEDS)
    doses = [o for o in out if o["kind"] == "dose"]
    assert [(d["status"], d["medication"]) for d in doses] == [("taken", "gabapentin")], out
    assert doses[0]["at"].startswith("2026-11-25T19:00"), out


def test_a_wait_takes_no_length_from_a_night_s_sleep() -> None:
    out = run("want to take 2 ibuprofen after the school run. slept badly, 5 hrs", MEDS)
    assert check(out, [{"kind": "dose", "status": "snoozed", "minutes": None}]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "hmm did I log the gabapentin?",
        "any idea whether I had the tramadol at lunch",
        "kindly tell whether I have taken my gabapentin",
        "please check if I took my ibuprofen",
    ],
)
def test_questions_to_the_record_are_answered_from_it(text: str) -> None:
    from bot.parsing.taken_question import asks_if_taken

    assert asks_if_taken(text, MEDS) is not None


@pytest.mark.parametrize("text", ["please log 2 tramadol", "check in: pain 5", "oh took it"])
def test_reports_are_not_questions_to_the_record(text: str) -> None:
    from bot.parsing.taken_question import asks_if_taken

    assert asks_if_taken(text, MEDS) is None


@pytest.mark.parametrize(
    ("text", "medicine"),
    [
        ("took the ibuprofen, tramadol i will take in 20 min", "tramadol"),
        ("gabapentin I'll have at 9", "gabapentin"),
        ("the tramadol im gonna take with my tea", "tramadol"),
    ],
)
def test_a_plan_said_after_the_medicine_s_name_is_a_wait(text: str, medicine: str) -> None:
    out = run(text, MEDS)
    assert check(out, [{"kind": "dose", "status": "snoozed", "medication": medicine}]) is None
    assert not [o for o in out if o.get("medication") == medicine and o["status"] == "taken"]


def test_a_plan_for_now_is_a_dose_taken() -> None:
    out = run("gabapentin will take it now", MEDS)
    assert check(out, [{"kind": "dose", "status": "taken", "medication": "gabapentin"}]) is None


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("took my 8 o'clock gabapentin an hour late", 9, 0),
        ("had the 6pm tramadol half an hour early", 17, 30),
        ("took the tramadol at 7 an hour late", 19, 0),  # 7 is when it was taken
    ],
)
def test_a_dose_named_by_its_clock_taken_late_or_early(text: str, hour: int, minute: int) -> None:
    out = run(text, MEDS)
    dose = next(o for o in out if o["kind"] == "dose")
    assert dose["status"] == "taken" and dose["at"].startswith(
        f"2026-11-25T{hour:02d}:{minute:02d}"
    ), out


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("took my 8am dose late, about 9:30", 9, 30),
        ("had my 8 oclock ones late, about half 9", 9, 30),  # UK "half 9" is 9:30
        ("took my 8 o clock tablets, 9ish", 9, 0),
        ("took my 8am dose", 8, 0),  # no other time: the dose's own
    ],
)
def test_a_time_said_after_a_dose_named_by_its_clock_is_when_it_was_taken(
    text: str, hour: int, minute: int
) -> None:
    out = run(text, MEDS, now=EVENING.replace(hour=10, minute=30))
    doses = [o for o in out if o["kind"] == "dose"]
    assert len(doses) == 1 and doses[0]["count"] is None, out  # "8 oclock" is no 8 pills
    assert doses[0]["at"].startswith(f"2026-11-25T{hour:02d}:{minute:02d}"), out
    assert not [o for o in out if o["kind"] == "note"], out


@pytest.mark.parametrize(
    "text", ["had my morning ones", "had my night tablets", "had my 8 o'clock ones"]
)
def test_had_my_ones_is_a_dose_taken(text: str) -> None:
    out = run(text, MEDS, now=EVENING.replace(hour=10, minute=30))
    assert check(out, [{"kind": "dose", "status": "taken", "medication": None}]) is None, out


@pytest.mark.parametrize(
    "text",
    [
        "if I took 3 ibuprofen instead of 2 would that be bad",
        "what would happen if someone took all their gabapentin",
        "is it ok if I take the tramadol with a glass of wine",
        "suppose I took a tramadol at midnight, could I drive at 8",
        "what if you took the gabapentin on an empty stomach",
    ],
)
def test_a_dose_supposed_is_never_a_dose_taken(text: str) -> None:
    out = run(text, MEDS)
    assert check(out, [], ("dose",)) is None, out


def test_a_dose_told_beside_a_supposed_one_is_kept() -> None:
    out = run("took 2 ibuprofen at 8. if I took another would it help?", MEDS)
    doses = [i for i in out if i["kind"] == "dose"]
    said = [(d["medication"], d["status"], d["count"]) for d in doses]
    assert said == [("ibuprofen", "taken", 2)]


@pytest.mark.parametrize("text", ["physio thurs 4pm", "hydro class fri at 10am"])
def test_an_activity_on_a_day_and_time_ahead_is_a_plan_not_done(text: str) -> None:
    out = run(text, MEDS)
    assert check(out, [], absent=("activity",)) is None, out


def test_an_activity_said_done_with_its_day_is_still_done() -> None:
    out = run("did my physio thurs 4pm, tough", MEDS)
    assert check(out, [{"kind": "activity"}]) is None, out


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        # (Sandbox, Houston: both medicines were logged taken)
        ("took the gabapentin instead of the tramadol", "gabapentin"),
        ("had an ibuprofen instead of my tramadol", "ibuprofen"),
        ("took ibuprofen rather than the gabapentin today", "ibuprofen"),
        ("instead of the tramadol I took 2 ibuprofen", "ibuprofen"),
        ("took naproxen in place of my usual ibuprofen", "naproxen"),
    ],
)
def test_the_medicine_taken_instead_of_another_is_the_only_one_taken(text: str, taken: str) -> None:
    out = run(text, [*MEDS, "naproxen"])
    assert [o["medication"] for o in out if o["kind"] == "dose"] == [taken], out


def test_instead_of_a_count_or_a_time_is_still_the_dose() -> None:
    assert [o["count"] for o in run("took 2 tramadol instead of 1", MEDS)] == [2]
