"""Deferrable start-up work waits for the first sweep: a bot restarted in the middle of
an 08:00 rush spends its CPU on reminders first, the city index after."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from bot.app import _preload_after_catch_up, deps_of
from bot.knowledge import places
from tests.conftest import tick


async def test_gazetteer_is_built_only_after_the_sweep_caught_up() -> None:
    places._built_gazetteer.cache_clear()
    ticker = SimpleNamespace(caught_up=asyncio.Event())
    preload = asyncio.create_task(_preload_after_catch_up(ticker))  # type: ignore[arg-type]
    await asyncio.sleep(0.3)
    assert places._built_gazetteer.cache_info().currsize == 0, "built during the rush"
    ticker.caught_up.set()
    await asyncio.wait_for(preload, 60)
    assert places._built_gazetteer.cache_info().currsize == 1


async def test_a_running_bot_catches_up_then_preloads(bot: Any) -> None:
    deps = deps_of(bot)
    assert deps.ticker is not None and deps.preload is not None
    await tick(bot)  # a sweep with nothing due: caught up
    assert deps.ticker.caught_up.is_set()
    await asyncio.wait_for(asyncio.shield(deps.preload), 60)
    assert places._built_gazetteer.cache_info().currsize == 1
