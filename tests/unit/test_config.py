"""Settings: names as PRODUCT.md §8, one clear line on a bad value, token kept secret."""

from __future__ import annotations

import pytest

from bot.config import SettingsError, load_settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "TELEGRAM_API_URL",
        "DATABASE_URL",
        "WEBHOOK_URL",
        "WEBHOOK_SECRET",
        "ALLOWED_USER_IDS",
        "ADMIN_USER_IDS",
        "LOG_LEVEL",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults() -> None:
    s = load_settings(None)
    assert s.telegram_api_url == "https://api.telegram.org/bot"
    assert s.database_url == "sqlite+aiosqlite:///data/backtrack.db"
    assert s.log_level == "INFO" and s.webhook_url is None
    assert s.allowed_user_ids == frozenset()


def test_missing_token_names_botfather() -> None:
    with pytest.raises(SettingsError, match="BotFather"):
        load_settings(None).token()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_URL", "mysql://x"),
        ("LOG_LEVEL", "loud"),
        ("ALLOWED_USER_IDS", "1,abc"),
        ("TELEGRAM_API_URL", "ftp://x"),
        ("WEBHOOK_URL", "https://x.example/hook"),
    ],
)
def test_malformed_setting_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as err:
        load_settings(None)
    message = str(err.value)
    assert "\n" not in message
    assert (name if name != "WEBHOOK_URL" else "WEBHOOK_SECRET") in message


def test_lists_and_postgres_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOWED_USER_IDS", "1, 2,3")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    s = load_settings(None)
    assert s.allowed_user_ids == frozenset({1, 2, 3})
    assert s.database_url == "postgresql+asyncpg://u@h/db"


def test_token_is_not_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:SECRETSECRET")
    s = load_settings(None)
    assert "SECRETSECRET" not in repr(s) and "SECRETSECRET" not in str(s)
    assert s.token() == "123:SECRETSECRET"
