"""Every line of the shared dev corpus must pass the PRODUCT.md §5 matching rule."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.parser import parse, to_json
from tests.unit.parsing.helpers import check

# <repo>/tests/unit/parsing/test_corpus.py -> <repo>/../shared
SHARED = (Path(__file__).resolve().parents[3] / ".." / "shared").resolve()
CORPUS = SHARED / "corpus" / "replies-dev.jsonl"


def _load() -> list[dict[str, Any]]:
    if not CORPUS.is_file():
        return []
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CASES = _load()


@pytest.mark.skipif(not CASES, reason=f"dev corpus not found at {CORPUS}")
@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_corpus_line(case: dict[str, Any]) -> None:
    now = datetime.fromisoformat(case["now"])
    out = to_json(parse(case["text"], case["meds"], now, ZoneInfo(case["tz"])))["intents"]
    expect = case["expect"]
    problem = check(out, expect.get("intents", []), tuple(expect.get("absent", [])))
    assert problem is None, f"{case['text']!r}: {problem}"


def test_corpus_is_present() -> None:
    if not CASES:
        pytest.skip(f"dev corpus not found at {CORPUS}: the corpus tests did not run")
    assert len(CASES) >= 40
