"""A vague "later" puts the dose off only when it is said of the dose: "will call the
doctor later", "I'll eat later", "gonna shower later" are other plans (the verb the future
word governs is not a taking one), and a plan of an activity ("pt bukas", "kal physio
hai", "physio mañana", "physio later") is kept out of the record as English "physio
tomorrow" is. Words of our own, of each kind; the snoozes the corpus lists still are."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.other_plan import another_plan_waits
from tests.unit.parsing.helpers import run

LONDON = ZoneInfo("Europe/London")
MANILA = ZoneInfo("Asia/Manila")
KOLKATA = ZoneInfo("Asia/Kolkata")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 12, 7, 14, 0, tzinfo=LONDON)
MEDS = ["naproxen"]


def _kinds(text: str, zone: ZoneInfo = LONDON) -> dict[str, list[dict[str, object]]]:
    out = run(text, MEDS, NOW.astimezone(zone), zone)
    found: dict[str, list[dict[str, object]]] = {}
    for intent in out:
        found.setdefault(str(intent["kind"]), []).append(intent)
    return found


def _snoozed(text: str, zone: ZoneInfo = LONDON) -> bool:
    return any(d["status"] == "snoozed" for d in _kinds(text, zone).get("dose", []))


@pytest.mark.parametrize(
    "text",
    [
        "will call the doctor later",
        "I'll eat later",
        "I'll ring mum later",
        "gonna clean the kitchen later",
        "will phone the pharmacy later",
        "I'll text my sister later",
        "we're going to see my mum later",
        "going to my sister's later",
        "I'll sleep later",
        "gonna cook later",
        "I'll do my check in later",
        "I'll have a bath later",
        "I'll take the dog out later",
        "low battery, will reply later",
        "I'll probably just work later",
    ],
)
def test_another_verbs_later_is_no_snooze(text: str) -> None:
    assert not _snoozed(text), text


def test_the_rest_of_the_message_still_counts() -> None:
    found = _kinds("gonna shower later, pain 5")
    assert "dose" not in found
    assert found["pain"][0]["score"] == 5


@pytest.mark.parametrize(
    "text",
    [
        "later",
        "later pls",
        "later ok",
        "remind me later",
        "will take it later",
        "I'll take them later",
        "will take my naproxen later",
        "I'll have my meds later",
        "I'll do it later",
        "I'll do later",
        "gonna wait till later",
        "will try it later",
        "ill tk it later",
        "I'll take the pill after dinner",
        "I'll probably just take it after I eat",
        "not yet",
        "in a bit",
        "after dinner",
        "gimme 10",
        "snooze 45",
        "later, pain 5",
    ],
)
def test_a_dose_put_off_still_snoozes(text: str) -> None:
    assert _snoozed(text), text


def test_the_verb_after_the_future_word_decides() -> None:
    clause = "will call the doctor later"
    assert another_plan_waits(clause, clause.index("later"), [])
    clause = "will take it later"
    assert not another_plan_waits(clause, clause.index("later"), [])
    # A break between: "later" waits on its own
    clause = "i'll eat first, later"
    assert not another_plan_waits(clause, clause.index("later"), [])


@pytest.mark.parametrize(
    "text",
    ["pt mamaya", "mag walk ako mamaya", "physio mamaya ng hapon"],
)
def test_tagalog_later_of_an_activity_is_no_snooze(text: str) -> None:
    found = _kinds(text, MANILA)
    assert "dose" not in found and "activity" not in found, found


@pytest.mark.parametrize("text", ["mamaya po", "mamaya na lang", "mamaya na po, after breakfast"])
def test_tagalog_later_alone_still_snoozes(text: str) -> None:
    assert _snoozed(text, MANILA), text


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("physio later", LONDON),
        ("walk later today", LONDON),
        ("physio next friday", LONDON),
        ("gym tmrw", LONDON),
        ("pt bukas", MANILA),
        ("Pupunta po ako sa physio bukas", MANILA),
        ("Pupunta po ako sa physio", MANILA),
        ("yoga bukas ng umaga", MANILA),
        ("kal physio hai", KOLKATA),
        ("physio kal hai", KOLKATA),
        ("kal gym jaunga", KOLKATA),
        ("kal yoga karungi", KOLKATA),
        ("agle hafte physio", KOLKATA),
        ("physio mañana", NEW_YORK),
        ("gym mañana en la mañana", NEW_YORK),
        ("physio pasado mañana", NEW_YORK),
        ("physio la próxima semana", NEW_YORK),
        ("gym el próximo viernes", NEW_YORK),
    ],
)
def test_an_activity_ahead_is_not_logged(text: str, zone: ZoneInfo) -> None:
    assert "activity" not in _kinds(text, zone), text


@pytest.mark.parametrize(
    ("text", "zone", "kind"),
    [
        ("walked today", LONDON, "walk"),
        ("physio kahapon", MANILA, "physio"),
        ("nag walk ako kanina", MANILA, "walk"),
        ("kal physio gaya tha", KOLKATA, "physio"),
        ("kal walk ki thi, aaj dard 4 hai", KOLKATA, "walk"),
        ("physio ayer", NEW_YORK, "physio"),
        ("walk esta mañana", NEW_YORK, "walk"),
        ("hice yoga hoy en la mañana", NEW_YORK, "yoga"),
    ],
)
def test_an_activity_gone_by_still_logs(text: str, zone: ZoneInfo, kind: str) -> None:
    found = _kinds(text, zone)
    assert kind in found.get("activity", [{}])[0].get("kinds", []), found


def test_open_is_not_tomorrow_in_tagalog() -> None:
    # "bukas pa ba ang mercury?": is the pharmacy still open — no day ahead
    found = _kinds("bukas pa ba ang mercury? ubos na naproxen ko", MANILA)
    assert found["dose"][0]["reason"] == "ran_out"


def test_spanish_morning_stays_a_morning() -> None:
    found = _kinds("me tomé la naproxen esta mañana", NEW_YORK)
    assert found["dose"][0]["status"] == "taken"
