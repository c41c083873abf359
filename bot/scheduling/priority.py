"""Doses first: while due reminders are being sent, typed messages go through a narrow lane.

One event loop serves both the dispatcher and people's messages, and asyncio has no
priorities: under a flood of texts the 08:00 burst was 2.5–7× later than alone
(BENCHMARKS.md, "Flood"). A reminder late by a minute is a dose late by a minute; a
reply to "slept badly" a few seconds later is not. But a burst is mostly waiting on
Telegram (a thousand reminders take ~6 s and under one second of CPU), so holding every
text until it ends made each reply that much later for nothing. So while a burst is in
flight, `width` texts are handled at once (a small share of the loop) and the rest wait
their place — at most `longest` seconds, so no burst starves anyone; a button tap (the
answer to a reminder) or a message naming a red flag never waits.
"""

from __future__ import annotations

import asyncio
from collections import deque

#: The longest a message waits for a place while a burst of reminders is sent.
LONGEST_WAIT_SECONDS = 10.0
#: Texts handled at once while a burst is sent: each mostly waits on Telegram, so eight
#: keep replies coming without slowing the reminders (BENCHMARKS.md, "Fourth round").
LANE_WIDTH = 32


class DosesFirst:
    """Wide open between bursts; while the dispatcher sends due doses, `width` places."""

    def __init__(self, longest: float = LONGEST_WAIT_SECONDS, width: int = LANE_WIDTH) -> None:
        self.longest = longest
        self.width = width
        self._sending = False
        self._in_lane = 0
        self._waiting: deque[asyncio.Future[bool]] = deque()

    @property
    def sending(self) -> bool:
        """Whether a burst of due doses is being sent now."""
        return self._sending

    def begin(self) -> None:
        """A burst starts: messages not yet started go through the lane."""
        self._sending = True

    def end(self) -> None:
        """The burst is over: everyone waiting goes on at once."""
        self._sending = False
        while self._waiting:
            waiter = self._waiting.popleft()
            if not waiter.done():
                waiter.set_result(False)

    async def enter(self) -> bool:
        """Wait for a place while a burst is sent (at most `longest` seconds). True when a
        place was taken: give it back with `leave`."""
        if not self._sending:
            return False
        if self._in_lane < self.width and not self._waiting:
            self._in_lane += 1
            return True
        waiter: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append(waiter)
        try:
            return await asyncio.wait_for(asyncio.shield(waiter), self.longest)
        except TimeoutError:
            if waiter.done():
                return waiter.result()  # handed a place just as the wait ran out
            waiter.cancel()
            return False
        except asyncio.CancelledError:
            if waiter.done() and waiter.result():
                self.leave()  # a place handed to a task that is gone
            waiter.cancel()
            raise

    def leave(self) -> None:
        """A place taken by `enter` is free: the next one waiting takes it."""
        self._in_lane -= 1
        while self._waiting and self._sending and self._in_lane < self.width:
            waiter = self._waiting.popleft()
            if not waiter.done():
                self._in_lane += 1
                waiter.set_result(True)
