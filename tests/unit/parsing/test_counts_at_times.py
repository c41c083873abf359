"""One medicine taken more than once, each time with its count, told after its name:
every dose is kept, never one lost nor a pain of 2."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.parsing import DoseIntent, PainIntent, parse
from bot.parsing.counts_at_times import each_count_at_its_time

ZONE = ZoneInfo("Asia/Kolkata")
NOW = dt.datetime(2026, 5, 12, 21, 15, tzinfo=ZONE)
MEDS = ["acetaminophen", "ibuprofen"]


def test_each_count_at_its_time() -> None:
    said = parse("crocin today, one at 9 and two at 3", MEDS, NOW, ZONE)
    doses = [(d.count, d.at) for d in said if isinstance(d, DoseIntent)]
    assert doses == [(1, "2026-05-12T09:00:00+05:30"), (2, "2026-05-12T15:00:00+05:30")]
    assert not [p for p in said if isinstance(p, PainIntent)]


def test_left_as_said_where_it_is_no_medicine_or_a_time_was_told() -> None:
    def known(word: str) -> bool:
        return word in {"crocin", "brufen"}

    for said in (
        "pain 6 at 8 and 4 at 2",
        "took 2 crocin at 6am and 2 at 12 and 2 at 6pm",
        "crocin for the headache, then one at 9 and two at 3",
        # a digit right after the name is its strength: 2 mg at each time
        "brufen 2 at 4am and 2 at 9am",
    ):
        assert each_count_at_its_time(said, known) == said


def test_the_second_time_said_around_or_with_the_days_part() -> None:
    # (Blind set 100: "two at 9am and two more mid-afternoon around 3" went to the
    # amitriptyline of the sentence before)
    said = parse(
        "only brufen today, two at 8am and two more mid-afternoon around 3", MEDS, NOW, ZONE
    )
    doses = [(d.medication, d.count, d.at) for d in said if isinstance(d, DoseIntent)]
    assert doses == [
        ("ibuprofen", 2, "2026-05-12T08:00:00+05:30"),
        ("ibuprofen", 2, "2026-05-12T15:00:00+05:30"),
    ]
