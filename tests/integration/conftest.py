"""Integration-only fixtures."""

from __future__ import annotations

import pytest

from bot.knowledge import places


@pytest.fixture(scope="session", autouse=True)
def _city_index() -> None:
    """The offline city index built once up front, as `backtrack run` does at start-up:
    otherwise the first test to send /timezone pays for building it (seconds on a busy
    machine) inside the fake Bot API's wait for the reply."""
    places.preload()
