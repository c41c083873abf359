"""Routing is declared: every question the bot waits for has one reader, and every
button family one handler registered in app.py (plus the catch-all for stale buttons)."""

from __future__ import annotations

from telegram.ext import CallbackQueryHandler

from bot.app import build_application
from bot.config import Settings
from bot.domain.conversation import ASKED
from bot.telegram import payloads
from bot.telegram.handlers.router import ANSWERS

#: Every button family the payloads module declares (a class with its ACTIONS).
FAMILIES = [c for c in vars(payloads).values() if isinstance(c, type) and hasattr(c, "ACTIONS")]


def test_every_waiting_question_has_one_reader() -> None:
    assert set(ANSWERS) == set(ASKED)


def test_one_button_handler_per_family_then_the_catch_all() -> None:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        TELEGRAM_BOT_TOKEN="1:x",
        HEALTH_PORT=0,
    )
    app = build_application(settings)
    handlers = [h for h in app.handlers[0] if isinstance(h, CallbackQueryHandler)]
    assert len(handlers) == len(FAMILIES) + 1
    for family in FAMILIES:
        claimed = [
            h
            for h in handlers[:-1]
            if callable(h.pattern) and all(h.pattern(f"{a}:x") for a in family.ACTIONS)
        ]
        assert len(claimed) == 1, family
    assert handlers[-1].pattern is None  # stale or forged: answered, never silent
