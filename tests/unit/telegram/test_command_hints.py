"""An unknown command points to the one most likely meant."""

from __future__ import annotations

import pytest
from telegram.ext import CommandHandler

from bot.app import build_application
from bot.config import Settings
from bot.telegram.command_hints import WHAT_IT_DOES, command_meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("/list", "meds"),
        ("/medications", "meds"),
        ("/pain 7", "checkin"),
        ("/sumary", "summary"),
        ("/chekin", "checkin"),
        ("/settigns", "settings"),
        ("/Took", "took"),
        ("/report@backtrack_bot 14", "report"),
        ("/stop", "pause"),
        ("/log 2 advil", "took"),
    ],
)
def test_a_word_or_typo_leads_to_the_command(typed: str, meant: str) -> None:
    assert command_meant(typed) == meant


@pytest.mark.parametrize("typed", ["/frobnicate", "/", "", "/xyz", "/weather"])
def test_nothing_close_suggests_nothing(typed: str) -> None:
    assert command_meant(typed) is None


def test_every_command_a_person_can_use_is_described() -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, TELEGRAM_BOT_TOKEN="1:x", DATABASE_URL="sqlite+aiosqlite://"
    )
    app = build_application(settings)
    registered = {c for h in app.handlers[0] if isinstance(h, CommandHandler) for c in h.commands}
    assert registered - {"stats"} == set(WHAT_IT_DOES)  # /stats is for admins only
