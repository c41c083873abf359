"""Can this process reach what it depends on? Telegram and the database, as seen from
the outcomes of the calls the bot makes anyway (no extra traffic).

Each dependency keeps two instants: the last success and, when the latest outcome was a
failure, the first failure since that success. "Down" means every call since
`failing_since` has failed; one success clears it. `GET /readyz` turns 503 once a
dependency has been down longer than a threshold, so a blip (one 502, one slow query)
never flips readiness, and a real outage does within a minute.

The signal is passive: a process that makes no calls learns nothing new. That is enough
here because an outage keeps its own work coming back: a polling process calls
getUpdates all the time, a reply being retried and a reminder released for a retry a
minute later both call Telegram again, the dispatcher claims due work every tick, and
every probe of the ops server (/healthz, /readyz, /metrics) asks the database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from bot.clock import Clock, SystemClock

Dependency = Literal["telegram", "database"]
DEPENDENCIES: tuple[Dependency, ...] = ("telegram", "database")

#: Down this long (failing continuously) and `/readyz` says not ready: long enough to
#: ride out a blip and the sender's own quick retries, short next to the reply window.
READY_THRESHOLD = dt.timedelta(seconds=60)


@dataclass(slots=True)
class _State:
    last_ok: dt.datetime | None = None
    failing_since: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Outage:
    """A dependency failing continuously since `since` (for `down_for` at `now`)."""

    dependency: Dependency
    since: dt.datetime
    last_ok: dt.datetime | None
    down_for: float

    def as_json(self) -> dict[str, object]:
        """One entry of the /readyz body."""
        return {
            "since": self.since.isoformat(),
            "down_seconds": round(self.down_for, 3),
            "last_ok": None if self.last_ok is None else self.last_ok.isoformat(),
        }


class Reachability:
    """Last success and first failure since, per dependency; cheap enough for a hot path
    (a clock read and two attribute writes per call)."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or SystemClock()
        self._states = {dep: _State() for dep in DEPENDENCIES}

    def ok(self, dependency: Dependency) -> None:
        """A call to `dependency` got an answer (an error answer counts: it is there)."""
        state = self._states[dependency]
        state.failing_since = None
        state.last_ok = self.clock.now()

    def failed(self, dependency: Dependency) -> None:
        """A call to `dependency` got no usable answer (timeout, refused, 5xx)."""
        state = self._states[dependency]
        if state.failing_since is None:  # the first failure of a run is the one that counts
            state.failing_since = self.clock.now()

    def outage(self, dependency: Dependency, now: dt.datetime) -> Outage | None:
        """The current run of failures of `dependency`, or None when its last call worked
        (or none was made yet: nothing says it is down)."""
        state = self._states[dependency]
        since = state.failing_since
        if since is None:
            return None
        down = max(0.0, (now - since).total_seconds())
        return Outage(dependency, since, state.last_ok, down)

    def unreachable(
        self, now: dt.datetime, threshold: dt.timedelta = READY_THRESHOLD
    ) -> list[Outage]:
        """Dependencies down for longer than `threshold` at `now`."""
        limit = threshold.total_seconds()
        found = (self.outage(dep, now) for dep in DEPENDENCIES)
        return [o for o in found if o is not None and o.down_for > limit]
