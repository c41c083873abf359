"""How well the parser reads patients' messages: per-category accuracy over the corpora.

Run from the repository root:

    .venv/bin/python benchmarks/parse_eval.py [--failures] [--files dev|own|blind|all]
    .venv/bin/python benchmarks/parse_eval.py --extra FILE.jsonl [--failures]

Prints, for the shared development files (../shared/corpus/replies-dev*.jsonl), our
own examples (tests/corpus/replies-own.jsonl) and the once-blind sets
(tests/corpus/replies-blind-*.jsonl), or only the files given with --extra: whole lines
right, intent kinds found, pain score, dose status, medication, other fields, red-flag
recall per flag, and the false-alarm rate; with --failures, every line that failed and
what came out. The definitions are in tests/corpus_eval.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.corpus_eval import BLIND_FILES, DEV_FILES, OWN_FILES, Report, evaluate  # noqa: E402


def show(title: str, r: Report, failures: bool) -> None:
    print(f"== {title}")
    print(f"lines right        {r.lines}")
    print(f"intent kinds       {r.kinds}")
    print(f"pain score         {r.pain_score}")
    print(f"dose status        {r.dose_status}")
    print(f"medication         {r.medication}")
    print(f"other fields       {r.fields}")
    print(f"all fields         {r.all_fields}")
    print(f"red-flag recall    {r.flag_recall}")
    for flag, t in sorted(r.flags.items()):
        print(f"  {flag:<18} {t}")
    print(f"false alarms       {r.alarms}  (lines without a red flag that got one)")
    if r.excepted:
        print(f"excepted lines     {len(r.excepted)} (tests/corpus/exceptions.tsv)")
    if failures:
        for text, out in r.failures:
            print(f"  FAIL {text!r}\n       -> {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="list every failing line")
    ap.add_argument("--files", choices=("dev", "own", "blind", "all"), default="all")
    ap.add_argument("--extra", type=Path, nargs="*", default=[], help="only these .jsonl files")
    args = ap.parse_args()
    if args.extra:
        show(", ".join(map(str, args.extra)), evaluate(tuple(args.extra)), args.failures)
        return
    if args.files in ("dev", "all"):
        show("development files (shared)", evaluate(DEV_FILES), args.failures)
    if args.files in ("own", "all"):
        show("own examples (tests/corpus)", evaluate(OWN_FILES), args.failures)
    if args.files in ("blind", "all"):
        show("once-blind sets (tests/corpus/replies-blind-*)", evaluate(BLIND_FILES), args.failures)


if __name__ == "__main__":
    main()
