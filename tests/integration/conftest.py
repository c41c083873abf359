"""Integration-only fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.knowledge import places
from bot.storage.migrate import upgrade_sync
from tests.pgcluster import PrivatePostgres


@pytest.fixture(scope="session", autouse=True)
def _city_index() -> None:
    """The offline city index built once up front, as `backtrack run` does at start-up:
    otherwise the first test to send /timezone pays for building it (seconds on a busy
    machine) inside the fake Bot API's wait for the reply."""
    places.preload()


@pytest.fixture
def private_pg() -> Iterator[PrivatePostgres]:
    """A migrated PostgreSQL server the test may stop and start."""
    try:
        pg = PrivatePostgres()
    except (FileNotFoundError, OSError) as exc:
        pytest.skip(f"no PostgreSQL server binaries to run a private server: {exc}")
    try:
        pg.start()
        upgrade_sync(pg.url)
        yield pg
    finally:
        pg.remove()
