"""A third reading for thoughts of suicide said indirectly: a linear model over word and
character n-grams, trained on the corpora's labelled messages (`benchmarks/
train_suicidal_model.py`), its weights shipped in `suicidal_weights.json`.

Why a model beside the phrases (`redflags`) and the kinds of cue (`suicidal_screen`):
sets written blind to the parser showed the hand-written readings find about half of
such messages by writers they have not seen (BENCHMARKS.md). N-grams catch wordings
near ones seen before without anyone writing a rule for them. The model only ever
*adds* the flag; its threshold was chosen on held-out folds for no false alarm among
everyday messages, and the same context rules as the phrases judge it (negation is in
the features; other people's words and denials are set aside by the caller).

Pure and dependency-free: the features are computed here, the same way for training
and for use; scoring is a sum of weights.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["features", "preload", "reads_suicidal", "suicidal_score"]

WEIGHTS = Path(__file__).with_name("suicidal_weights.json")
_WORD = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")


def features(low: str) -> Counter[str]:
    """Features of normalised text: each distinct word, its character 3-5-grams (with its
    edges, so "stockpiling" and "stockpiled" share most) and each distinct word pair.
    Counted per distinct word, so a score is a sum of per-word parts (cached)."""
    words = _WORD.findall(low)
    out: Counter[str] = Counter()
    for w in set(words):
        out.update(_word_features(w))
    out.update({f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False)})
    return out


def _word_features(w: str) -> set[str]:
    grams = {f"w:{w}"}
    if len(w) >= 3:
        padded = f" {w} "
        for n in (3, 4, 5):
            grams.update(f"c:{padded[i : i + n]}" for i in range(len(padded) - n + 1))
    return grams


@cache
def _model() -> tuple[dict[str, float], float, float]:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return data["weights"], float(data["intercept"]), float(data["threshold"])


@lru_cache(maxsize=65536)
def _word_part(word: str) -> float:
    weights = _model()[0]
    return sum(weights.get(f, 0.0) for f in _word_features(word))


def preload() -> None:
    """Read the weights now (start-up), not on the first message of the day."""
    _model()


def suicidal_score(low: str) -> float:
    """The model's probability that normalised text carries thoughts of suicide (the same
    sum as over `features`, word by word)."""
    weights, intercept, _ = _model()
    words = _WORD.findall(low)
    z = intercept + sum(_word_part(w) for w in set(words))
    z += sum(weights.get(f"b:{a} {b}", 0.0) for a, b in set(zip(words, words[1:], strict=False)))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def reads_suicidal(low: str) -> bool:
    """Whether the score passes the threshold chosen for no false alarm in training."""
    return suicidal_score(low) >= _model()[2]
