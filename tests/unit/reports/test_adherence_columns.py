"""The report's details adherence table: Skipped + Ran out + No answer are the doses
not taken, and the skip reason is that of the skips chosen (a "ran out" sat in neither
column while the reason read "ran out": Sandbox, Chicago)."""

from __future__ import annotations

import datetime as dt

from bot.domain.summary import Adherence, MedicationAdherence
from bot.reports.pdf import ADHERENCE_KEY, adherence_rows


def _med(**kw: object) -> MedicationAdherence:
    base: dict[str, object] = {
        "med_id": 1,
        "name": "gabapentin",
        "generic": "gabapentin",
        "scheduled": 21,
        "taken": 13,
        "taken_late": 1,
        "skipped": 7,
        "missed": 1,
        "pending": 0,
        "percent": 62,
        "top_skip_reason": "side_effects",
        "amount": 300.0,
        "unit": "mg",
        "ran_out": 6,
        "ran_out_days": (dt.date(2026, 12, 9), dt.date(2026, 12, 10), dt.date(2026, 12, 11)),
    }
    base.update(kw)
    return MedicationAdherence(**base)  # type: ignore[arg-type]


def _adherence(*meds: MedicationAdherence) -> Adherence:
    return Adherence(
        scheduled=sum(m.scheduled for m in meds),
        taken=sum(m.taken for m in meds),
        taken_late=sum(m.taken_late for m in meds),
        skipped=sum(m.skipped for m in meds),
        missed=sum(m.missed for m in meds),
        pending=0,
        percent=None,
        previous_percent=None,
        per_medication=meds,
    )


def _count(cell: str) -> int:
    return int(cell.split()[0])


def test_the_columns_add_up_to_the_doses_not_taken() -> None:
    rows = adherence_rows(_adherence(_med()))
    head = rows[0]
    assert head[3:6] == ["Skipped", "Ran out", "No answer"]
    gaba, total = rows[1], rows[-1]
    for row in (gaba, total):
        taken, due = (int(x) for x in row[1].split(" / "))
        assert sum(_count(c) for c in row[3:6]) == due - taken
    assert gaba[3] == "1"  # the one chosen (side effects), not the 6 run out
    assert gaba[4] == "6 (Wed 9 – Fri 11 Dec)"
    assert gaba[7] == "side effects"


def test_a_stock_out_alone_gives_no_skip_reason() -> None:
    only_out = _med(taken=15, skipped=6, missed=0, top_skip_reason=None)
    rows = adherence_rows(_adherence(only_out))
    assert rows[1][3] == "0" and rows[1][4].startswith("6 ") and rows[1][7] == ""


def test_the_key_says_what_each_column_counts() -> None:
    assert "Not taken = Skipped + Ran out + No answer" in ADHERENCE_KEY
