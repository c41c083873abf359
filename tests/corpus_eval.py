"""How well the parser reads patients' messages, by category, over the corpus files.

Used by ``benchmarks/parse_eval.py`` (which prints the figures and every failure) and
by ``tests/unit/parsing/test_eval_floors.py`` (which holds floors in ``make test``).

Categories, each counted over the expected intents the corpus lists:

* **kinds** — an expected intent has an output intent of its kind;
* **pain score**, **dose status**, **medication** — that key of the expected intent
  matches the best-matching output intent of its kind;
* **other fields** — every other key listed (amount, unit, count, at, minutes, reason,
  locations, radiating, qualities, effects, quality, hours, kinds, score of mood …);
* **red-flag recall** per flag — an expected flag is among the output's flags;
* **false alarms** — lines that expect no red flag (none listed) but get one.

Lines a shared corpus file labels against PRODUCT.md §5, in our judgement, are listed in
``tests/corpus/exceptions.tsv`` (text, tab, one-line reason): they are reported, not
counted in the floors.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.parsing.parser import parse_unguarded, to_json

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared" / "corpus").resolve()
OWN = REPO / "tests" / "corpus"
DEV_FILES = (SHARED / "replies-dev.jsonl", SHARED / "replies-dev-2.jsonl")
OWN_FILES = (OWN / "replies-own.jsonl",)
# Written blind to the parser (from PRODUCT.md and the dev files' kinds alone), then used
# to find what the parser missed: since then they are kept as regression examples.
BLIND_FILES = tuple(OWN / f"replies-blind-{n}.jsonl" for n in range(1, 35))
#: Later sets, kept apart: thoughts of suicide said indirectly (35, 37-39), where the floor
#: is what the broader screen reads now, records as meant (36), and the development
#: files' kinds again from other voices (49-51) and the safety net (52); 47-48 are
#: questions (asked_eval.py).
LATER_FILES = tuple(OWN / f"replies-blind-{n}.jsonl" for n in (*range(35, 47), *range(49, 127)))
EXCEPTIONS = OWN / "exceptions.tsv"

_SPECIAL = {"pain": "score", "dose": "status"}


@dataclass
class Tally:
    """Hits out of trials."""

    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{100 * self.rate:5.1f} % ({self.hits}/{self.total})"


@dataclass
class Report:
    """The figures of one evaluation, and the lines that failed."""

    lines: Tally = field(default_factory=Tally)
    kinds: Tally = field(default_factory=Tally)
    pain_score: Tally = field(default_factory=Tally)
    dose_status: Tally = field(default_factory=Tally)
    medication: Tally = field(default_factory=Tally)
    fields: Tally = field(default_factory=Tally)
    flags: dict[str, Tally] = field(default_factory=dict)
    alarms: Tally = field(default_factory=Tally)  # lines without a flag that got one
    failures: list[tuple[str, str]] = field(default_factory=list)
    excepted: list[tuple[str, str]] = field(default_factory=list)

    @property
    def flag_recall(self) -> Tally:
        out = Tally()
        for t in self.flags.values():
            out.hits += t.hits
            out.total += t.total
        return out

    @property
    def all_fields(self) -> Tally:
        """Every field judged: kinds, pain scores, statuses, medicines and the rest."""
        out = Tally()
        for t in (self.kinds, self.pain_score, self.dose_status, self.medication, self.fields):
            out.hits += t.hits
            out.total += t.total
        return out


def load(paths: tuple[Path, ...]) -> list[dict[str, Any]]:
    """Every corpus line of the files that exist."""
    rows: list[dict[str, Any]] = []
    for path in paths:
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            rows += [json.loads(line) for line in text.splitlines() if line.strip()]
    return rows


def exceptions() -> dict[str, str]:
    """Corpus lines judged mislabelled: text → reason."""
    if not EXCEPTIONS.is_file():
        return {}
    out: dict[str, str] = {}
    for line in EXCEPTIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, _, reason = line.partition("\t")
            out[text] = reason.strip()
    return out


def _same(want: Any, have: Any) -> bool:
    if isinstance(want, list):
        return isinstance(have, list) and set(want) == set(have)
    return bool(want == have)


def _best(expected: dict[str, Any], out: list[dict[str, Any]]) -> dict[str, Any] | None:
    same_kind = [o for o in out if o["kind"] == expected["kind"]]
    if not same_kind:
        return None
    keys = [k for k in expected if k != "kind"]
    return max(same_kind, key=lambda o: sum(_same(expected[k], o.get(k)) for k in keys))


def _judge(report: Report, expect: dict[str, Any], out: list[dict[str, Any]]) -> bool:
    ok = True
    for exp in expect.get("intents", []):
        got = _best(exp, out)
        report.kinds.add(got is not None)
        ok &= got is not None and all(_same(v, got.get(k)) for k, v in exp.items())
        for key, want in exp.items():
            if key == "kind":
                continue
            hit = got is not None and _same(want, got.get(key))
            if exp["kind"] == "red_flag" and key == "flags":
                flags = {f for o in out if o["kind"] == "red_flag" for f in o["flags"]}
                for flag in want:
                    report.flags.setdefault(flag, Tally()).add(flag in flags)
            elif _SPECIAL.get(exp["kind"]) == key:
                (report.pain_score if key == "score" else report.dose_status).add(hit)
            elif exp["kind"] == "dose" and key == "medication":
                report.medication.add(hit)
            else:
                report.fields.add(hit)
    absent = set(expect.get("absent", []))
    bad = [o for o in out if o["kind"] in absent]
    if expect.get("not_taken"):
        # a dose asked about, planned or wished for: nothing recorded as taken or skipped
        bad += [o for o in out if o["kind"] == "dose" and o["status"] in ("taken", "skipped")]
    ok &= not bad
    expects_flag = any(i["kind"] == "red_flag" for i in expect.get("intents", []))
    if not expects_flag:
        report.alarms.add(any(o["kind"] == "red_flag" for o in out))
    return ok


def evaluate(paths: tuple[Path, ...], *, skip_exceptions: bool = True) -> Report:
    """Parse every line of `paths` and judge it by the PRODUCT.md §5 matching rule."""
    report = Report()
    excepted = exceptions() if skip_exceptions else {}
    for row in load(paths):
        now = datetime.fromisoformat(row["now"])
        # (unguarded: a parser bug raises here instead of reading as "nothing understood")
        zone = ZoneInfo(row["tz"])
        # (as `backtrack parse` prints it: a dose taken never after now)
        out = to_json(parse_unguarded(row["text"], row["meds"], now, zone), now, zone)["intents"]
        if row["text"] in excepted:
            report.excepted.append((row["text"], excepted[row["text"]]))
            continue
        expect = row["expect"] | ({"not_taken": True} if row.get("not_taken") else {})
        ok = _judge(report, expect, out)
        report.lines.add(ok)
        if not ok:
            report.failures.append((row["text"], json.dumps(out, ensure_ascii=False)))
    return report


def kinds_of(paths: tuple[Path, ...]) -> Counter[str]:
    """How many expected intents of each kind the files hold."""
    return Counter(i["kind"] for r in load(paths) for i in r["expect"].get("intents", []))
