"""One update's unit of work: one database session for all of its short transactions,
and its person loaded once.

Handlers never hold a transaction open across a Telegram call (a send can take seconds,
and SQLite has one writer), so an update is several short transactions; they share one
`AsyncSession`, whose identity map keeps the person's row loaded by the first. The
session holds no connection between transactions (sessions never expire on commit).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage.models import User
from bot.telegram.deps import deps

_KEY = "_backtrack_unit"


class Unit:
    """The session and person of one update."""

    __slots__ = ("_session", "_sessions", "user")

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None
        self.user: User | None = None

    @property
    def session(self) -> AsyncSession:
        """The update's session (opened on first use)."""
        if self._session is None:
            self._session = self._sessions()
        return self._session

    @asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:
        """A short transaction, committed on leaving; inside another, that one."""
        s = self.session
        if s.in_transaction():
            yield s
            return
        try:
            async with s.begin():
                yield s
        except BaseException:
            # A rollback expires every loaded row: the person is read again if needed.
            self.user = None
            raise


def unit(context: Any) -> Unit:
    """The unit of work of the update `context` belongs to (PTB builds one context per
    update and hands it to every handler of it)."""
    found: Unit | None = context.__dict__.get(_KEY)
    if found is None:
        found = Unit(deps(context).sessions)
        context.__dict__[_KEY] = found
    return found
