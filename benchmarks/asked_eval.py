"""How well the readers beside the parser tell what a message asks or tells: "when is my
next dose?" (next_dose), "can I take X with Y?" (together), a medicine changed or
stopped on the list (changed / stopped), a visit ahead told in passing (visit) — and
nothing for the near misses (none). They are read in the order the router reads them.

    .venv/bin/python benchmarks/asked_eval.py tests/corpus/asked-blind-47.jsonl [--failures]

Each line: {"text", "meds", "kind", "medicines"?, "medicine"?}. Prints hits per kind, the
lines given a kind they are not (false readings), and with --failures each miss.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.parsing.appointment_line import visit_told  # noqa: E402
from bot.parsing.next_question import asks_when_next  # noqa: E402
from bot.parsing.regimen_change import says_regimen_changed  # noqa: E402
from bot.parsing.taken_question import asks_if_taken  # noqa: E402
from bot.parsing.together_question import asks_if_together  # noqa: E402


def read(text: str, meds: list[str]) -> tuple[str, tuple[str, ...]]:
    """The kind the router would give `text`, and the medicines it names."""
    if asks_if_taken(text, meds) is not None:
        return "none", ()
    if (nxt := asks_when_next(text, meds)) is not None:
        return "next_dose", nxt.medicines
    if (two := asks_if_together(text, meds)) is not None:
        return "together", two.medicines
    if (change := says_regimen_changed(text, meds)) is not None:
        return change.kind, (change.medicine,)
    # A visit is kept beside whatever else the message reports (the router's order).
    if visit_told(text) is not None:
        return "visit", ()
    return "none", ()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    total: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    named_ok: Counter[str] = Counter()
    false: Counter[str] = Counter()
    misses: list[str] = []
    for path in args.files:
        for line in path.read_text().splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            want = row["kind"]
            got, names = read(row["text"], row["meds"])
            total[want] += 1
            expected = tuple(
                row.get("medicines") or ([row["medicine"]] if "medicine" in row else [])
            )
            if got == want:
                hits[want] += 1
                if not expected or tuple(names) == expected:
                    named_ok[want] += 1
                elif args.failures:
                    misses.append(f"  NAMES {want}: {row['text']!r} -> {names}, want {expected}")
            else:
                if got != "none":
                    false[got] += 1
                if args.failures:
                    misses.append(f"  FAIL {want} -> {got}: {row['text']!r}")
    for kind in sorted(total):
        print(
            f"{kind:10s} {hits[kind]:4d}/{total[kind]:<4d} read; "
            f"{named_ok[kind]}/{total[kind]} with the right medicines; "
            f"{false[kind]} lines of another kind read as this"
        )
    print(f"{'all':10s} {sum(hits.values()):4d}/{sum(total.values())}")
    for m in misses:
        print(m)


if __name__ == "__main__":
    main()
