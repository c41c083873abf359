"""Alcohol the writer says they drank ("had a beer with dinner", "2 glasses of wine",
"drinking a beer rn"): beside an opioid or a sedating medicine, a fact their labels warn
about. Not another's drink, not one refused, planned or asked about."""

from __future__ import annotations

import re

from bot.parsing.experiencer import someone_elses
from bot.parsing.spans import negated_at
from bot.parsing.text import clauses

_DRINK = (
    # (never "a flu shot", "a pint of water", "a drink of water")
    r"(?:beers?|pints?(?!\s+of\s+(?:water|milk|blood|juice|squash))|lagers?|ales?|ciders?|stouts?|"
    r"wines?|prosecco|champagne|vodkas?|whiske?ys?|bourbons?|rums?|gins?|tequilas?|"
    r"shots?\s+of\s+(?:vodka|tequila|whiske?y|rum|gin|jager\w*|sambuca)|cocktails?|margaritas?|"
    r"booze|alcohol|tinnies|bevv(?:y|ies)|brewskis?|g\s*&\s*ts?|"
    # Australian glasses and bottles: "had 3 schooners" (Sandbox, Sydney)
    r"schooners?|middies|middys?|stubb(?:y|ies)|frothies|frothy|coldies|cold\s+ones|"
    r"(?:a|one|two|few|couple(?:\s+of)?|some|\d+)\s+drinks?(?!\s+of\s+(?:water|juice|milk|tea))|"
    r"glass(?:es)?\s+of\s+(?:wine|red|white|rose|bubbly|prosecco|champagne|whiske?y|port)|"
    r"cans?\s+of\s+(?:beer|lager|cider)|bottles?\s+of\s+(?:wine|beer|red|white))"
)
# A drink had: "had a beer", "drank 2 glasses of wine", "few beers", "2 pints last night",
# "drinking a beer rn", "beer with dinner"
_DRANK = re.compile(
    r"\b(?:(?:had|drank|downed|sank|necked|finished|having|drinking|sipping|on\s+my)\s+"
    r"(?:a\s+|an\s+|one\s+|two\s+|three\s+|few\s+|a\s+few\s+|couple\s+(?:of\s+)?|a\s+couple\s+(?:of\s+)?|"
    r"some\s+|\d+\s+|my\s+|a\s+glass\s+of\s+|the\s+)?(?:\w+\s+)?" + _DRINK + r"|"
    r"(?:\d+|two|three|four|five|a\s+few|few|couple\s+of|a\s+couple\s+of)\s+" + _DRINK + r")\b"
)
# Still to come, wished or asked: "gonna have a beer", "can I have a glass of wine"
_NOT_HAD = re.compile(
    r"\b(?:can|could|may|should|shall|would|will|gonna|going\s+to|want\s+to|wanna|planning|"
    r"allowed|ok\s+to|okay\s+to|safe\s+to|is\s+it|if|whether|avoid|avoiding|off\s+the|"
    r"quit|stopped|gave\s+up|no\s+more)\b"
)


def drank_alcohol(low: str) -> bool:
    """Whether the (normalised) message says the writer had a drink: now or lately."""
    return drink_said(low) is not None


def drink_said(low: str) -> str | None:
    """The clause of the (normalised) message that says the writer had a drink ("had a
    glass of wine with dinner"), for the record; None when none does."""
    for clause in clauses(low):
        if "?" in clause or someone_elses(clause):
            continue
        for m in _DRANK.finditer(clause):
            before = clause[: m.start()]
            if negated_at(clause, m.start(), m.end()) or _NOT_HAD.search(before[-40:]):
                continue
            cut = _THEN_A_DOSE.search(clause, m.end())
            return clause[: cut.start() if cut else len(clause)].strip(" ,.;")
    return None


# "had a beer with dinner and took an oxy": the drink's words end where the dose's begin
_THEN_A_DOSE = re.compile(
    r"\s*(?:,|\band\b|\bthen\b|\bso\b)\s*(?:i\s+)?(?:took|popped|had|taken|swallowed)\b"
)


_DRINK_WORD = r"(?:" + _DRINK + r"|drinks?|drinking|drank|beers?|pints?)"
# "is it bad i drank beer w the norco", "can I have a glass of wine on tramadol?", "ok to
# drink with gabapentin?": alcohol asked about beside a medicine (Sandbox, Phoenix: a
# generic "question for your doctor" though the labels' words were on file)
_ASKS_ALCOHOL = re.compile(
    r"^\W*(?:(?:is|was|would|will)\s+(?:it|that)\s+(?:\w+\s+)?(?:bad|ok|okay|safe|alright|fine|"
    r"dangerous|a\s+problem)|(?:can|could|may|should)\s+i\s+(?:still\s+)?(?:have|drink|take)|"
    r"(?:is\s+it\s+)?(?:ok|okay|safe|alright|fine|bad)\s+to\s+(?:have|drink)|do\s+i\s+need\s+to\s+avoid|"
    r"should\s+i\s+avoid)\b[^?]*\b" + _DRINK_WORD + r"\b"
)


_OK_TO_DRINK = re.compile(
    r"^\W*(?:is\s+it\s+|would\s+it\s+be\s+)?(?:ok|okay|safe|alright|fine|bad)\s+to\s+drink\b|"
    r"^\W*(?:can|could|may|should)\s+i\s+(?:still\s+)?drink\b"
)


def asks_about_alcohol(low: str) -> bool:
    """Whether the (normalised) message asks if alcohol is all right with a medicine."""
    return _ASKS_ALCOHOL.search(low) is not None or _OK_TO_DRINK.search(low) is not None
