"""What handlers need, built once in app.py and kept in `application.bot_data`."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import ContextTypes

from bot.clock import Clock
from bot.config import Settings
from bot.ops.metrics import Metrics
from bot.telegram.callbacks import CallbackCodec
from bot.telegram.sender import Sender

if TYPE_CHECKING:
    from bot.scheduling.dispatcher import Dispatcher
    from bot.scheduling.ticker import Ticker

KEY = "backtrack"


class Services(Protocol):
    """What sending a prompt needs (Deps and the Dispatcher both have it)."""

    sessions: async_sessionmaker[AsyncSession]
    sender: Sender
    codec: CallbackCodec


@dataclass
class Deps:
    """Shared services of one running bot."""

    settings: Settings
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    codec: CallbackCodec
    sender: Sender
    dispatcher: Dispatcher
    metrics: Metrics
    ticker: Ticker | None = None
    preload: asyncio.Task[None] | None = None  # the gazetteer being indexed at start-up
    freeze: asyncio.Task[int] | None = None  # bot.runtime.freeze_after (whole process)
    extras: dict[str, object] = field(default_factory=dict)


def deps(context: ContextTypes.DEFAULT_TYPE) -> Deps:
    """The Deps of the running application."""
    d: Deps = context.application.bot_data[KEY]
    return d
