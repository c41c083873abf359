"""The fake Telegram Bot API used by the tests (it lives in bot/devtools so that
`backtrack sandbox` can use the same stand-in)."""

from bot.devtools.fakebotapi import *  # noqa: F403
from bot.devtools.fakebotapi import EditRecord, FakeBotApi, SentMessage, fake_bot_api

__all__ = ["EditRecord", "FakeBotApi", "SentMessage", "fake_bot_api"]
