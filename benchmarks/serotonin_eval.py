"""How well the chat answers serotonin syndrome told on tramadol with a serotonergic
antidepressant: signs from at least two of the labels' groups (mental status, autonomic,
neuromuscular) get the alarm at once (bot.domain.syndrome, read as the chat reads them:
the message's side effects and a fever); one sign alone, a sign explained otherwise, a
past spell or someone else's must not.

    .venv/bin/python benchmarks/serotonin_eval.py tests/corpus/serotonin-blind-1.jsonl [--failures]

Each line: {"text", "sign", "groups", "writer"?}; "writer": "carer" is read as a carer's
chat. The regimen is tramadol with sertraline.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.breathing_eval import Score, report, score_with  # noqa: E402
from bot.parsing.intents import RedFlagIntent, SideEffectIntent  # noqa: E402
from bot.parsing.parser import parse  # noqa: E402
from bot.storage.models import Medication  # noqa: E402
from bot.telegram.understood import syndrome_in  # noqa: E402

ZONE = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 7, 15, 0, tzinfo=ZONE)
GENERICS = ("tramadol", "sertraline")


def alarmed(text: str, carer: bool) -> bool:
    """Whether the chat raises the serotonin syndrome alarm for `text`."""
    meds = [Medication(name=g.capitalize(), generic=g) for g in GENERICS]
    intents = parse(text, GENERICS, NOW, ZONE, told_of=carer)
    signs = {e for i in intents if isinstance(i, SideEffectIntent) for e in i.effects}
    flags = {f for i in intents if isinstance(i, RedFlagIntent) for f in i.flags}
    return syndrome_in(signs | ({"fever"} & flags), meds, text) is not None


def score(path: Path) -> Score:
    """The set at `path`, scored."""
    return score_with(path, alarmed, lambda row: "+".join(row.get("groups", [])))


if __name__ == "__main__":
    report(__doc__ or "", "syndromes", score)
