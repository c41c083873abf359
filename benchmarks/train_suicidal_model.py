"""Train the n-gram model for thoughts of suicide said indirectly (bot/parsing/suicidal_model.py).

Reads every labelled corpus (tests/corpus/replies-*.jsonl and the shared dev files) but
the sets held out, fits a logistic regression on `suicidal_model.features`, picks the
threshold on out-of-fold scores (5 folds) so that no everyday message of the training
data would have been flagged, writes the non-zero weights to
bot/parsing/suicidal_weights.json, and prints what it reads on the held-out sets alone
and beside the phrases and the screen. Needs scikit-learn (only here, never at run time):

    .venv/bin/pip install scikit-learn
    .venv/bin/python benchmarks/train_suicidal_model.py --hold-out 38
    .venv/bin/python benchmarks/train_suicidal_model.py            # all sets: the shipped model
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.parsing import redflags  # noqa: E402
from bot.parsing.suicidal_model import WEIGHTS, features  # noqa: E402
from bot.parsing.text import normalise  # noqa: E402

CORPORA = sorted((ROOT / "tests" / "corpus").glob("replies-*.jsonl")) + sorted(
    (ROOT.parent / "shared" / "corpus").glob("replies-*.jsonl")
)


def load(paths: list[Path]) -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            flags = [
                f for i in row["expect"]["intents"] if i["kind"] == "red_flag" for f in i["flags"]
            ]
            texts.append(normalise(row["text"]))
            labels.append(int("suicidal" in flags))
    return texts, labels


def main() -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hold-out", type=int, nargs="*", default=[], help="blind set numbers")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation")
    ap.add_argument(
        "--false-alarms", type=int, default=2, help="out-of-fold everyday messages allowed above"
    )
    args = ap.parse_args()
    held = {f"replies-blind-{n}.jsonl" for n in args.hold_out}
    train_texts, y = load([p for p in CORPORA if p.name not in held])
    vec = DictVectorizer(sparse=True)
    x = vec.fit_transform([dict(features(t)) for t in train_texts]).tocsr()
    x.indices = x.indices.astype("int32")  # liblinear takes 32-bit indices only
    x.indptr = x.indptr.astype("int32")

    def model() -> LogisticRegression:
        return LogisticRegression(
            C=args.c, class_weight="balanced", max_iter=2000, solver="liblinear"
        )

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    oof = cross_val_predict(model(), x, y, cv=folds, method="predict_proba")[:, 1]
    # As at run time: a reading the context rules set aside never counts either way.
    may = [redflags.model_may_read(t) for t in train_texts]
    scores = [p if m else 0.0 for p, m in zip(oof, may, strict=True)]
    negatives = sorted((p for p, label in zip(scores, y, strict=True) if not label), reverse=True)
    threshold = negatives[args.false_alarms] + 1e-4
    caught = sum(1 for p, label in zip(scores, y, strict=True) if label and p >= threshold)
    print(f"training: {len(y):,} messages, {sum(y)} with thoughts of suicide")
    print(
        f"out-of-fold: threshold {threshold:.4f} ({args.false_alarms} of {len(negatives):,} "
        f"everyday messages above it); reads {caught}/{sum(y)} of them alone"
    )
    final = model().fit(x, y)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, final.coef_[0], strict=True)
        if abs(w) >= 1e-3
    }
    WEIGHTS.write_text(
        json.dumps(
            {
                "intercept": round(float(final.intercept_[0]), 4),
                "threshold": round(threshold, 4),
                "trained_on": len(y),
                "held_out": sorted(args.hold_out),
                "weights": dict(sorted(weights.items())),
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(weights):,} weights to {WEIGHTS.relative_to(ROOT)}")
    _report_held_out([p for p in CORPORA if p.name in held])


def _report_held_out(paths: list[Path]) -> None:
    from bot.parsing import suicidal_model

    suicidal_model._model.cache_clear()
    suicidal_model._word_part.cache_clear()
    for path in paths:
        texts, labels = load([path])
        model = [redflags.model_may_read(t) and suicidal_model.reads_suicidal(t) for t in texts]
        phrases_and_screen = [_without_model(t) for t in texts]
        pos = sum(labels)
        neg = len(labels) - pos

        def hits(pred: list[bool], want: int, labels: list[int] = labels) -> int:
            return sum(1 for p, label in zip(pred, labels, strict=True) if p and label == want)

        both = ["suicidal" in redflags.detect_red_flags(t) for t in texts]
        print(f"held out {path.name}: {pos} with, {neg} without")
        for name, pred in (
            ("model alone", model),
            ("phrases + screen", phrases_and_screen),
            ("all three", both),
        ):
            print(f"  {name:18s} reads {hits(pred, 1)}/{pos}, false alarms {hits(pred, 0)}/{neg}")


def _without_model(low: str) -> bool:
    real = redflags.reads_suicidal
    redflags.reads_suicidal = lambda _low: False  # type: ignore[assignment]
    try:
        return "suicidal" in redflags.detect_red_flags(low)
    finally:
        redflags.reads_suicidal = real


if __name__ == "__main__":
    main()
