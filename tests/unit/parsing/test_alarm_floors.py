"""Floors for the signs that get an alarm on a risky pair: breathing trouble
(benchmarks/breathing_eval.py), serotonin syndrome (benchmarks/serotonin_eval.py) and a
breastfed baby's signs on codeine or tramadol (benchmarks/baby_eval.py); sets
written blind, each measured on first sight before its kinds were worked (BENCHMARKS.md),
kept from falling back; no near miss alarmed."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.baby_eval import score as baby_score
from benchmarks.breathing_eval import score
from benchmarks.serotonin_eval import score as serotonin_score

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "signs", "floor", "alarms"),
    [
        ("breathing-blind-1.jsonl", 80, 72, 1),  # the one: a fall on ice with pain since (trauma)
        ("breathing-blind-2.jsonl", 80, 74, 0),
        ("breathing-blind-3.jsonl", 80, 68, 0),
        ("breathing-blind-4.jsonl", 60, 42, 0),
    ],
)
def test_floor(name: str, signs: int, floor: int, alarms: int) -> None:
    s = score(CORPUS / name)
    assert s.signs == signs
    assert s.answered >= floor, s.misses
    assert s.alarmed <= alarms, s.alarms


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "signs", "floor"),
    [
        ("serotonin-blind-1.jsonl", 70, 65),
        ("serotonin-blind-2.jsonl", 60, 50),
        ("serotonin-blind-3.jsonl", 50, 45),
    ],
)
def test_serotonin_floor(name: str, signs: int, floor: int) -> None:
    s = serotonin_score(CORPUS / name)
    assert s.signs == signs
    assert s.answered >= floor, s.misses
    assert s.alarmed == 0, s.alarms


@pytest.mark.slow
def test_baby_floor() -> None:
    s = baby_score(CORPUS / "baby-blind-1.jsonl")
    assert s.signs == 50
    assert s.answered >= 47, s.misses
    # both red flags as the text alone reads them: a sister's baby's blue lips, and a baby
    # "passed out" milk-drunk on a lap
    assert s.alarmed <= 2, s.alarms
