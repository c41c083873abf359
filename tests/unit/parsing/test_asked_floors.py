"""Floors for the readers beside the parser (benchmarks/asked_eval.py): what a held-out
set of questions, list changes and visits reads as, and no near miss read as any."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from benchmarks.asked_eval import read

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _score(name: str) -> tuple[Counter[str], Counter[str], int]:
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    false = 0
    for line in (CORPUS / name).read_text().splitlines():
        row = json.loads(line)
        got, _ = read(row["text"], row["meds"])
        total[row["kind"]] += 1
        hits[row["kind"]] += got == row["kind"]
        false += got not in (row["kind"], "none")
    return total, hits, false


def test_set_47() -> None:
    total, hits, false = _score("asked-blind-47.jsonl")
    assert sum(total.values()) == 320
    assert sum(hits.values()) >= 319, hits
    assert false == 0


def test_set_48() -> None:
    total, hits, false = _score("asked-blind-48.jsonl")
    assert sum(total.values()) == 285
    assert sum(hits.values()) >= 280, hits
    assert false == 0
