"""Doses first: while due reminders are being sent, typed messages wait their turn.

One event loop serves both the dispatcher and people's messages, and asyncio has no
priorities: under a flood of texts the 08:00 burst was 2.5–7× later than alone
(BENCHMARKS.md, "Flood"). A reminder late by a minute is a dose late by a minute; a
reply to "slept badly" a few seconds later is not. So a text waits while a burst is
in flight — at most `longest` seconds, so no burst starves anyone — and a button tap
(the answer to a reminder) or a message naming a red flag never waits.
"""

from __future__ import annotations

import asyncio

#: The longest a message waits for a burst of reminders to finish.
LONGEST_WAIT_SECONDS = 10.0


class DosesFirst:
    """Open between bursts; closed while the dispatcher sends due doses."""

    def __init__(self, longest: float = LONGEST_WAIT_SECONDS) -> None:
        self.longest = longest
        self._open = asyncio.Event()
        self._open.set()

    @property
    def sending(self) -> bool:
        """Whether a burst of due doses is being sent now."""
        return not self._open.is_set()

    def begin(self) -> None:
        """A burst starts: messages not yet started wait."""
        self._open.clear()

    def end(self) -> None:
        """The burst is over: waiting messages go on."""
        self._open.set()

    async def wait_turn(self) -> None:
        """Return once no burst is being sent, or after `longest` seconds."""
        if self._open.is_set():
            return
        try:
            await asyncio.wait_for(self._open.wait(), self.longest)
        except TimeoutError:
            pass
