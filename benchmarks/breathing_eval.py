"""How well the chat answers the FDA's signs of breathing trouble told on an opioid with a
gabapentinoid or another medicine that slows the brain: extreme sleepiness, someone hard
to wake, disorientation, unusual dizziness or a faint, slow breathing. A line is answered
when the chat's own readers would answer it at once: a red flag (signs of an overdose) or
the breathing-trouble reply (bot.telegram.understood.sedation_reply). Near misses
(ordinary tiredness, a muddle about the times, a spell long over) must get neither.

    .venv/bin/python benchmarks/breathing_eval.py tests/corpus/breathing-blind-1.jsonl [--failures]

Each line: {"text", "sign", "kind", "writer"?}; "writer": "carer" is read as a carer's
chat ("he", "she", "mum" are the patient), else the patient's own. The regimen is
oxycodone with pregabalin.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.parsing.parser import parse  # noqa: E402
from bot.parsing.redflags import detect_red_flags  # noqa: E402
from bot.parsing.text import normalise  # noqa: E402
from bot.storage.models import Medication  # noqa: E402
from bot.telegram.understood import sedation_reply  # noqa: E402

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=ZONE)
GENERICS = ("oxycodone", "pregabalin")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|me|my|i've)\b")


@dataclass
class Score:
    """Signs answered, near misses alarmed, and the lines of each."""

    signs: int = 0
    answered: int = 0
    near: int = 0
    alarmed: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)


def answered(text: str, carer: bool) -> bool:
    """Whether the chat answers `text` at once as a sign (a red flag or the breathing reply)."""
    meds = [Medication(name=g.capitalize(), generic=g) for g in GENERICS]
    intents = parse(text, GENERICS, NOW, ZONE, told_of=carer)
    said = sedation_reply(intents, text, meds, ZONE.key, carer=carer)
    return said is not None or bool(detect_red_flags(normalise(text)))


def score_with(
    path: Path, reads: Callable[[str, bool], bool], what: Callable[[dict[str, Any]], str]
) -> Score:
    """The set at `path` scored by `reads` (text, carer's chat → answered), a miss shown
    with `what` of its row."""
    out = Score()
    for line in path.read_text("utf-8").splitlines():
        row = json.loads(line)
        writer = row.get("writer")
        carer = writer == "carer" if writer else not _FIRST_PERSON.search(row["text"].lower())
        got = reads(row["text"], carer)
        if row["sign"]:
            out.signs += 1
            out.answered += got
            if not got:
                out.misses.append(f"{what(row)}\t{row['text']}")
        else:
            out.near += 1
            out.alarmed += got
            if got:
                out.alarms.append(row["text"])
    return out


def score(path: Path) -> Score:
    """The set at `path`, scored."""
    return score_with(path, answered, lambda row: str(row["kind"]))


def report(doc: str, noun: str, scored: Callable[[Path], Score]) -> None:
    """The command line: each file's figures, and with --failures its misses and alarms."""
    p = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--failures", action="store_true")
    args = p.parse_args()
    for path in args.files:
        s = scored(path)
        print(
            f"{path.name}: {noun} answered {s.answered}/{s.signs} "
            f"({100 * s.answered / max(s.signs, 1):.0f} %), near misses alarmed "
            f"{s.alarmed}/{s.near}"
        )
        if args.failures:
            for m in s.misses:
                print(f"  MISS  {m}")
            for a in s.alarms:
                print(f"  ALARM {a}")


if __name__ == "__main__":
    report(__doc__ or "", "signs", score)
