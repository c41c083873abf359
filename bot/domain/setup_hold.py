"""Medicines told while setup asks its zone or check-in time, held in ``users.draft``."""

from __future__ import annotations

import json
from dataclasses import dataclass

#: What marks the stored hold apart from an add draft (whose JSON has no "kind").
KIND = "after_setup"
#: 2: {"kind", "v", "add", "listed"}; 1 (earlier releases): {"after_setup": line}.
VERSION = 2
# Cut as the words are kept elsewhere: a line as /add's, a list as a message set aside.
_LINE_MAX = 200
_LIST_MAX = 4000


@dataclass(frozen=True, slots=True)
class SetupHold:
    """What setup goes on with once answered: an add's one line (`add`; "" for /add
    alone) and a whole list told in one message (`listed`), each the latest told."""

    add: str | None = None
    listed: str | None = None

    def to_json(self) -> str:
        """The hold as stored."""
        raw: dict[str, object] = {"kind": KIND, "v": VERSION}
        if self.add is not None:
            raw["add"] = self.add[:_LINE_MAX]
        if self.listed is not None:
            raw["listed"] = self.listed[:_LIST_MAX]
        return json.dumps(raw)

    @classmethod
    def from_json(cls, raw: str | None) -> SetupHold | None:
        """The hold stored (either version); None for anything else (an add draft)."""
        try:
            values = json.loads(raw or "")
        except ValueError:
            return None
        if not isinstance(values, dict):
            return None
        if values.get("kind") != KIND:
            old = values.get("after_setup")
            return cls(add=old) if isinstance(old, str) else None
        add, listed = values.get("add"), values.get("listed")
        return cls(
            add=add if isinstance(add, str) else None,
            listed=listed if isinstance(listed, str) else None,
        )
