"""Would medspaCy's ConText beat our own context rules for red flags? A measurement.

Run from the repository root, in a scratch environment that has medspaCy (the project
itself does not depend on it):

    python3 -m venv /tmp/ctxenv && /tmp/ctxenv/bin/pip install medspacy
    /tmp/ctxenv/bin/pip install -e . "numpy<2"   # spaCy 3.7's thinc breaks on numpy 2
    /tmp/ctxenv/bin/python benchmarks/context_compare.py [--failures] [--files dev|own|all]
        [--sentencizer ours|pyrush] [--repeat N]

Every system starts from the same candidates: the spans our red-flag patterns
(``bot.parsing.redflags._COMPILED``) match in each sentence of the normalised text,
before any of our context filters. Then:

* **ours** — ``detect_red_flags(normalise(text))``: our NegEx/ConText-style filters;
* **raw** — every candidate, no filter at all (the ceiling of recall);
* **ctx-default** — medspaCy's ConText with its default rules; a candidate is dropped
  when ConText marks it negated, historical, hypothetical or family;
* **ctx+ours** — the same with a few rules of ours added: other people as FAMILY
  ("my son", "my wife" …; not for overdose signs, which a bystander reports),
  instructions and worries as HYPOTHETICAL ("if i ever", "the doctor said if" …) and
  old events as HISTORICAL ("years ago", "last month", "none since" …);
* **ctx+ours-outside** — ctx+ours, but a modifier that overlaps the candidate itself
  is ignored: our patterns hold their own negation ("can't control my bladder", "better
  off without me"), which ConText otherwise reads as negating the symptom.

Scored as in ``tests/corpus_eval.py``: recall per expected flag, and false alarms (a
line that expects no red flag but gets one); flags outside the ``backtrack parse``
contract (``RED_FLAGS``) are dropped first, as ``to_json`` does. ConText's scope is a
sentence; by default the sentences are ours (``--sentencizer pyrush`` for medspaCy's).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.parsing import redflags  # noqa: E402
from bot.parsing.text import normalise, sentences  # noqa: E402
from tests.corpus_eval import exceptions, load  # noqa: E402

_T0 = time.perf_counter()
try:
    import medspacy
    import spacy
    from medspacy.context import ConTextRule
    from spacy.language import Language
    from spacy.tokens import Doc
except ImportError:
    sys.exit("medspacy is not installed: pip install medspacy to run this comparison")
IMPORT_SECONDS = time.perf_counter() - _T0

_SHARED_DIRS = (Path("/tmp/shared/corpus"), (REPO / ".." / "shared" / "corpus").resolve())
SHARED = next((d for d in _SHARED_DIRS if d.is_dir()), _SHARED_DIRS[-1])
DEV_FILES = (SHARED / "replies-dev.jsonl", SHARED / "replies-dev-2.jsonl")
OWN_FILES = (REPO / "tests" / "corpus" / "replies-own.jsonl",)

GROUP = "red_flag_candidates"
DROP_ATTRS = ("is_negated", "is_historical", "is_hypothetical", "is_family")
DROP_CATEGORIES = {"NEGATED_EXISTENCE", "HISTORICAL", "HYPOTHETICAL", "FAMILY"}

Candidate = tuple[str, int, int]  # flag, start, end in the normalised text


def candidates(low: str) -> tuple[list[Candidate], list[int]]:
    """Our patterns' raw matches, sentence by sentence as detect_red_flags reads them,
    with the sentences' start offsets."""
    found: list[Candidate] = []
    starts: list[int] = []
    pos = 0
    for sent in sentences(low):
        base = low.find(sent, pos)
        if base < 0:  # not expected: sentences() only strips
            continue
        pos = base + len(sent)
        starts.append(base)
        for flag, prefilter, pattern in redflags._COMPILED:
            if not prefilter.search(sent):
                continue
            for m in pattern.finditer(sent):
                found.append((flag, base + m.start(), base + m.end()))
    return found, starts


def contract(flags: Iterable[str]) -> set[str]:
    return {f for f in flags if f in redflags.RED_FLAGS}


# --- our rules for ConText (configuration d) -------------------------------------------

_OTHERS = [
    "son", "sons", "daughter", "daughters", "kid", "kids", "children", "child", "baby",
    "wife", "husband", "partner", "boyfriend", "girlfriend", "mum", "mom", "mother", "dad",
    "father", "brother", "sister", "friend", "neighbour", "neighbor", "nan", "gran",
    "grandma", "grandad", "grandpa", "aunt", "uncle", "cousin", "flatmate", "mate",
]  # fmt: skip
_FAMILY = [f"my {w}" for w in _OTHERS] + ["the kids", "the baby", "someone", "somebody"]
_HYPOTHETICAL = [
    "if i ever", "if i get", "if i have", "if i start", "if i notice", "if you",
    "the doctor said if", "doctor said if", "gp said if", "nurse said if", "said if",
    "told me to call if", "told me to watch for", "watch out for", "watch for",
    "look out for", "in case", "what if", "should i", "signs of", "symptoms of",
    "warned me about", "told me about", "asked me about", "checked me for",
]  # fmt: skip
_HISTORICAL_BACKWARD = [
    "years ago", "year ago", "months ago", "a month ago", "weeks ago", "last month",
    "last year", "last week", "last summer", "last winter", "last christmas",
    "none since", "nothing since", "not since", "never since", "in the past",
    "as a kid", "as a child", "when i was young", "when i was a kid", "back then",
]  # fmt: skip
_HISTORICAL_FORWARD = ["used to", "back in", "last month", "last year", "years ago", "once had"]


def our_rules() -> list[Any]:
    rules: list[Any] = [
        ConTextRule(t, "FAMILY", direction="FORWARD", excluded_types={"overdose_signs"})
        for t in _FAMILY
    ]
    rules += [ConTextRule(t, "HYPOTHETICAL", direction="FORWARD") for t in _HYPOTHETICAL]
    rules += [ConTextRule(t, "HISTORICAL", direction="BACKWARD") for t in _HISTORICAL_BACKWARD]
    rules += [ConTextRule(t, "HISTORICAL", direction="FORWARD") for t in _HISTORICAL_FORWARD]
    return rules


# --- the spaCy pipelines ---------------------------------------------------------------


def _add_candidates(doc: Doc) -> Doc:
    """Turn our raw matches into a span group, and (unless PyRuSH already did) set the
    sentence starts to ours so that ConText's scope is our sentence."""
    found, starts = candidates(doc.text)
    if not doc.has_annotation("SENT_START"):
        j = 0
        for i, tok in enumerate(doc):
            begins = i == 0
            while j < len(starts) and starts[j] <= tok.idx:
                begins = True
                j += 1
            tok.is_sent_start = begins
    spans = []
    for flag, start, end in found:
        span = doc.char_span(start, end, label=flag, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[GROUP] = spans
    return doc


Language.component("red_flag_candidates", func=_add_candidates)


def build(extra_rules: bool, sentencizer: str) -> Any:
    enable = ["medspacy_tokenizer"] + (["medspacy_pyrush"] if sentencizer == "pyrush" else [])
    if sentencizer == "pyrush":
        from loguru import logger  # PyRuSH logs every sentence at DEBUG level

        logger.disable("PyRuSH")
    nlp = medspacy.load(medspacy_enable=enable)
    nlp.add_pipe("red_flag_candidates")
    ctx = nlp.add_pipe(
        "medspacy_context",
        config={"rules": "default", "input_span_type": "group", "span_group_name": GROUP},
    )
    if extra_rules:
        ctx.add(our_rules())
    return nlp


def _dropped(span: Any, outside_only: bool) -> bool:
    if not outside_only:
        return any(getattr(span._, a) for a in DROP_ATTRS)
    # Our patterns hold their own negation ("can't control my bladder", "better off
    # without me"): a modifier inside the candidate is part of the symptom, not context.
    return any(
        m.category in DROP_CATEGORIES
        and not (m.modifier_span[0] < span.end and m.modifier_span[1] > span.start)
        for m in span._.modifiers
    )


def context_flags(nlp: Any, low: str, outside_only: bool = False) -> tuple[set[str], Any]:
    doc = nlp(low) if low else None
    if doc is None:
        return set(), None
    kept = {s.label_ for s in doc.spans[GROUP] if not _dropped(s, outside_only)}
    return contract(kept), doc


# --- scoring ---------------------------------------------------------------------------


@dataclass
class Score:
    flags: dict[str, list[int]] = field(default_factory=dict)  # flag -> [hits, total]
    alarms: list[int] = field(default_factory=lambda: [0, 0])
    seconds: float = 0.0

    def add(self, want: set[str], got: set[str]) -> None:
        for f in want:
            t = self.flags.setdefault(f, [0, 0])
            t[0] += f in got
            t[1] += 1
        if not want:
            self.alarms[0] += bool(got)
            self.alarms[1] += 1

    def recall(self) -> tuple[int, int]:
        return sum(t[0] for t in self.flags.values()), sum(t[1] for t in self.flags.values())


def pct(hits: int, total: int) -> str:
    return f"{100 * hits / total if total else 100:5.1f}% ({hits}/{total})"


def expected_flags(row: dict[str, Any]) -> set[str]:
    intents = row["expect"].get("intents", [])
    return {f for i in intents if i["kind"] == "red_flag" for f in i["flags"]}


def right(want: set[str], got: set[str]) -> bool:
    """Every expected flag found; no flag at all on a line that expects none."""
    return want <= got if want else not got


def timed(fn: Callable[[str], set[str]], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, time.perf_counter() - t0)
    return best


def explain(doc: Any) -> str:
    if doc is None:
        return ""
    parts = []
    for s in doc.spans[GROUP]:
        marks = [a[3:] for a in DROP_ATTRS if getattr(s._, a)]
        mods = ", ".join(
            f"{m.category}:{doc[slice(*m.modifier_span)].text!r}" for m in s._.modifiers
        )
        parts.append(f"{s.label_}[{s.text!r}]" + (f" dropped {marks} by {mods}" if marks else ""))
    return "; ".join(parts)


System = Callable[[str], set[str]]  # a text's red flags, as one configuration sees them
Wrong = tuple[str, set[str], dict[str, set[str]], str, str]  # text, want, got, why d/o


def _parse_args() -> argparse.Namespace:
    """The command line (see the module's docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--failures", action="store_true", help="lines ConText gets wrong")
    ap.add_argument("--files", choices=("dev", "own", "all"), default="all")
    ap.add_argument("--sentencizer", choices=("ours", "pyrush"), default="ours")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (best is shown)")
    return ap.parse_args()


def _load_rows(files: str) -> list[dict[str, Any]]:
    """The corpus lines of `files` (dev, own or all), without corpus_eval's exceptions."""
    paths = {"dev": DEV_FILES, "own": OWN_FILES, "all": DEV_FILES + OWN_FILES}[files]
    excepted = exceptions()
    return [r for r in load(paths) if r["text"] not in excepted]


def _timed_build(extra_rules: bool, sentencizer: str) -> tuple[Any, float]:
    """`build`'s pipeline and the seconds it took."""
    t0 = time.perf_counter()
    nlp = build(extra_rules, sentencizer)
    return nlp, time.perf_counter() - t0


def _systems(nlp_default: Any, nlp_ours: Any) -> dict[str, System]:
    """The configurations compared, by name, in the table's column order."""
    return {
        "ours": lambda t: contract(redflags.detect_red_flags(normalise(t))),
        "raw": lambda t: contract(f for f, _, _ in candidates(normalise(t))[0]),
        "ctx-default": lambda t: context_flags(nlp_default, normalise(t))[0],
        "ctx+ours": lambda t: context_flags(nlp_ours, normalise(t))[0],
        "ctx+ours-outside": lambda t: context_flags(nlp_ours, normalise(t), True)[0],
    }


def _score(
    rows: list[dict[str, Any]], systems: dict[str, System], nlp_default: Any, nlp_ours: Any
) -> tuple[dict[str, Score], list[Wrong]]:
    """Every system's score over `rows`, and the lines a ConText configuration gets wrong
    (with why, for --failures)."""
    scores = {name: Score() for name in systems}
    wrong: list[Wrong] = []
    for row in rows:
        want = expected_flags(row)
        got = {name: fn(row["text"]) for name, fn in systems.items()}
        for name in systems:
            scores[name].add(want, got[name])
        if any(not right(want, got[n]) for n in got if n.startswith("ctx")):
            low = normalise(row["text"])
            wrong.append(
                (
                    row["text"],
                    want,
                    got,
                    explain(context_flags(nlp_default, low)[1]),
                    explain(context_flags(nlp_ours, low)[1]),
                )
            )
    return scores, wrong


def _print_table(scores: dict[str, Score], n_texts: int) -> None:
    """Recall (overall and per flag), false alarms and speed, one column per system."""
    names = list(scores)
    print(f"{'':<18}" + "".join(f"{n:>18}" for n in names))
    flags = sorted({f for s in scores.values() for f in s.flags})
    print(f"{'red-flag recall':<18}" + "".join(f"{pct(*scores[n].recall()):>18}" for n in names))
    for flag in flags:
        cells = (pct(*scores[n].flags.get(flag, [0, 0])) for n in names)
        print(f"  {flag:<16}" + "".join(f"{c:>18}" for c in cells))
    print(f"{'false alarms':<18}" + "".join(f"{pct(*scores[n].alarms):>18}" for n in names))
    speed = (f"{n_texts / scores[n].seconds:,.0f}/s" for n in names)
    print(f"{'messages/s':<18}" + "".join(f"{s:>18}" for s in speed))


def _print_failures(wrong: list[Wrong], names: list[str]) -> None:
    """Each line a ConText configuration gets wrong: what each system found, and why."""
    print(f"\n== lines a ConText configuration gets wrong ({len(wrong)})")
    for text, want, got, why_d, why_o in wrong:
        print(f"- {text!r}")
        print(f"    want {sorted(want) or '-'}")
        for name in names:
            print(f"    {name:<12} {sorted(got[name]) or '-'}")
        print(f"    ctx-default: {why_d or 'no candidate'}")
        print(f"    ctx+ours:    {why_o or 'no candidate'}")


def main() -> None:
    """Score every configuration on the corpus and print the comparison."""
    args = _parse_args()
    rows = _load_rows(args.files)
    texts = [r["text"] for r in rows]
    nlp_default, build_default = _timed_build(False, args.sentencizer)
    nlp_ours, build_ours = _timed_build(True, args.sentencizer)
    systems = _systems(nlp_default, nlp_ours)
    scores, wrong = _score(rows, systems, nlp_default, nlp_ours)
    for name, fn in systems.items():
        scores[name].seconds = timed(fn, texts, args.repeat)

    print(
        f"{len(rows)} lines ({args.files}; shared corpus {SHARED}), "
        f"{sum(1 for r in rows if expected_flags(r))} with a red flag; "
        f"ConText sentences: {args.sentencizer}"
    )
    print(
        f"medspacy {medspacy.__version__}, spacy {spacy.__version__}: import "
        f"{IMPORT_SECONDS:.2f} s, pipeline build {build_default:.2f} s (default rules), "
        f"{build_ours:.2f} s (+{len(our_rules())} of ours)"
    )
    print()
    _print_table(scores, len(texts))
    if args.failures:
        _print_failures(wrong, list(systems))


if __name__ == "__main__":
    main()
