"""The update queue, bounded by the updates taken in and not yet finished.

PTB turns every update it takes off its queue into a task at once, so in a flood
thousands of fetched updates sat parked in the process (each with its task and
coroutine), waiting for a turn — the memory that stayed behind after the flood.
Bounding what is in the process keeps the rest where it costs us nothing: with long
polling, at Telegram (the poller waits before it puts more); with a webhook, refused
with 503 so Telegram delivers them again later (never accepted twice).
"""

from __future__ import annotations

import asyncio

from telegram import Update

#: Updates in the process at once (queued, waiting for their person's turn, or running):
#: some 20 s of work at a flood's pace, a few megabytes of memory.
MAX_UPDATES_IN_PROCESS = 1000


class IntakeQueue(asyncio.Queue[object]):
    """An unbounded queue whose `put` of an update waits while `limit` are unfinished."""

    def __init__(self, limit: int = MAX_UPDATES_IN_PROCESS) -> None:
        super().__init__()
        self.limit = limit
        self._taken = 0  # put and not yet task_done: queued plus being processed
        self._room = asyncio.Event()

    @property
    def in_process(self) -> int:
        """Updates put and not yet finished."""
        return self._taken

    def put_nowait(self, item: object) -> None:
        """Put without waiting (PTB's stop signal, and `put` once there is room)."""
        self._taken += 1
        super().put_nowait(item)

    async def put(self, item: object) -> None:
        """Put an update once fewer than `limit` are in the process; anything else at once."""
        while isinstance(item, Update) and self._taken >= self.limit:
            self._room.clear()
            await self._room.wait()
        self.put_nowait(item)

    def has_room(self) -> bool:
        """Whether an update put now would be taken at once."""
        return self._taken < self.limit

    def offer(self, update: Update) -> bool:
        """Put `update` if there is room now; False (nothing put) otherwise."""
        if self._taken >= self.limit:
            return False
        self.put_nowait(update)
        return True

    def task_done(self) -> None:
        """One item finished: room for the next."""
        super().task_done()
        self._taken -= 1
        if self._taken < self.limit:
            self._room.set()
