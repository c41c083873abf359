"""How well the chat answers a breastfed baby's signs of too much opioid told by a mother
taking codeine or tramadol (FDA 2017: sleepier than usual, hard to wake, limp, feeding
poorly, slow or noisy breathing, blue lips): answered when the baby's alarm or a red flag
(signs of an overdose, said of anyone) is raised at once; a near miss (a newborn's usual
sleep, cluster feeding, the mother's own tiredness, another baby, a scare long over) must
get neither.

    .venv/bin/python benchmarks/baby_eval.py tests/corpus/baby-blind-1.jsonl [--failures]

Each line: {"text", "sign", "writer"}.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.breathing_eval import Score, report, score_with  # noqa: E402
from bot.parsing.breastfeeding import baby_signs  # noqa: E402
from bot.parsing.redflags import detect_red_flags  # noqa: E402
from bot.parsing.text import normalise  # noqa: E402


def alarmed(text: str, carer: bool) -> bool:
    """Whether the chat answers `text` at once: the baby's alarm or a red flag."""
    low = normalise(text)
    return baby_signs(low) or bool(detect_red_flags(low))


def score(path: Path) -> Score:
    """The set at `path`, scored."""
    return score_with(path, alarmed, lambda row: str(row.get("writer", "")))


if __name__ == "__main__":
    report(__doc__ or "", "signs", score)
