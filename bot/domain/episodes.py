"""Whether a red flag's alarm still stands: told, and nothing since says it was seen to
or has passed. A question whether to get care asked while it stands is about it, and is
answered as the alarm was (PRODUCT §4). Pure: the records are read by the caller."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["RESOLVING", "Told", "standing_alarm", "standing_alarms", "told_from"]

#: What a later message may say of an episode that ends it: seen to ("home from A&E"),
#: eased ("nvm, it's fine now"), safe or not meant (after thoughts of suicide). Care
#: declined, asked about or on its way ends nothing: the alarm's answer still holds.
RESOLVING = frozenset({"seen", "eased", "safe", "not_meant"})


@dataclass(frozen=True)
class Told:
    """One red-flag record: an alarm (`followup` False), or what was said after one."""

    at: dt.datetime
    flags: tuple[str, ...]
    handled: bool = False
    followup: bool = False
    then: str | None = None

    @property
    def resolves(self) -> bool:
        """Whether this record ends the episodes before it: an episode told as already
        seen to ("went to the ER for the numbness"), or a follow-up that says so (one kept
        before follow-ups named what they said was one telling of care)."""
        if not self.handled:
            return False
        return not self.followup or self.then is None or self.then in RESOLVING


def told_from(at: dt.datetime, data: Mapping[str, Any]) -> Told:
    """A red-flag record's data, read."""
    then = data.get("then")
    return Told(
        at=at,
        flags=tuple(data.get("flags") or ()),
        handled=bool(data.get("handled")),
        followup=bool(data.get("followup")),
        then=then if isinstance(then, str) else None,
    )


def standing_alarm(told: Iterable[Told]) -> Told | None:
    """The latest alarm given that nothing told after it ended (a record ends the alarms
    that share a sign with it: "went to the ER for the fever" ends no numbness's); None
    when there is none. `told` in any order."""
    standing = standing_alarms(told)
    return standing[-1] if standing else None


def standing_alarms(told: Iterable[Told]) -> list[Told]:
    """Every alarm given that nothing told after it ended, oldest first (a later fever's
    alarm must not hide that thoughts of suicide told before it still stand)."""
    standing: list[Told] = []
    for t in sorted(told, key=lambda t: t.at):
        if t.resolves:
            standing = [a for a in standing if not set(a.flags) & set(t.flags)]
        elif not t.handled and t.flags:
            standing.append(t)
    return standing
