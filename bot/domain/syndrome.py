"""Signs told together that the labels of two of the person's medicines name for the
syndrome the pair can cause (tramadol with duloxetine: serotonin syndrome), said at once
as a red flag (Sandbox, Dublin: "Seamus is sweating and shaking and very confused, is it
the tablets?" on tramadol and Cymbalta was logged as two side effects and nothing more).

The signs and their groups are the knowledge file's (`combinations[].signs`, each with
its label source); the pair is one its combination rules already warn of. What is read
here: at least two of the labels' groups (mental status, autonomic, neuromuscular) among
the signs told — in one message or within a few hours — so that sweating alone, an
everyday side effect of an SNRI, is never an alarm. Pure: medicines and signs in, the
pair and its syndrome out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from bot.knowledge import CombinationRule, Drug, SyndromeSigns, combination_rules

__all__ = ["MIN_GROUPS", "SIGNS_WITHIN", "SyndromeAlarm", "syndrome_alarm"]

#: Groups of signs that make it the syndrome the labels describe, not one side effect.
MIN_GROUPS: Final = 2
#: Signs told this long before the message still count with it ("a few hours").
SIGNS_WITHIN: Final = dt.timedelta(hours=4)


@dataclass(frozen=True, slots=True)
class SyndromeAlarm:
    """The syndrome two listed medicines' labels name, with the signs told of it."""

    code: str  # the red flag recorded ("serotonin_syndrome")
    name: str  # "serotonin syndrome"
    first: str  # the two medicines, as the person's list names them
    second: str
    signs: tuple[str, ...]  # the signs told, in the labels' group order
    groups: tuple[str, ...]  # the labels' groups they fall in


def syndrome_alarm(
    signs: Collection[str], regimen: Sequence[tuple[str, Drug]]
) -> SyndromeAlarm | None:
    """The alarm for `signs` (side-effect keys, and "fever") told by someone whose list
    (`regimen`: each medicine's name as listed, and its knowledge row) holds a pair whose
    labels name them for a syndrome; None when the list holds no such pair or the signs
    fall in fewer than two of the labels' groups."""
    for rule in combination_rules():
        if rule.signs is None:
            continue
        told = _told(rule.signs, signs)
        if len({group for group, _ in told}) < MIN_GROUPS:
            continue
        pair = _pair(rule, regimen)
        if pair is None:
            continue
        return SyndromeAlarm(
            code=rule.signs.code,
            name=rule.signs.name,
            first=pair[0],
            second=pair[1],
            signs=tuple(dict.fromkeys(sign for _, sign in told)),
            groups=tuple(dict.fromkeys(group for group, _ in told)),
        )
    return None


def _told(syndrome: SyndromeSigns, signs: Collection[str]) -> list[tuple[str, str]]:
    """(group, sign) for each sign told, in the labels' order."""
    return [
        (group, sign)
        for group, listed in syndrome.groups.items()
        for sign in listed
        if sign in signs
    ]


def _pair(rule: CombinationRule, regimen: Sequence[tuple[str, Drug]]) -> tuple[str, str] | None:
    """The first two medicines of the list the rule pairs (its `a` side named first)."""
    for name, drug in regimen:
        if not rule.a.matches(drug):
            continue
        for other, other_drug in regimen:
            if other_drug.generic != drug.generic and rule.b.matches(other_drug):
                return name, other
    return None
