"""Settings read from the environment or `.env` (names exactly as PRODUCT.md §8)."""

from __future__ import annotations

from typing import Annotated

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.domain.trials import DEFAULT_REVIEW_WEEKS, read_review_weeks

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/backtrack.db"
TOKEN_HELP = (
    "TELEGRAM_BOT_TOKEN is not set: talk to @BotFather in Telegram, send /newbot, "
    "and put the token it gives you in .env as TELEGRAM_BOT_TOKEN=..."
)


#: `all` serves updates (polling or webhook) and sends due work; `dispatch` only sends
#: due work (extra processes on one PostgreSQL; see README "Operating at scale").
ROLES = ("all", "dispatch")
#: `text`: one readable line per record; `json`: one JSON object per line (log shippers).
LOG_FORMATS = ("text", "json")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line naming it."""


def _split_ids(value: object) -> object:
    if value is None or value == "":
        return frozenset()
    if isinstance(value, str):
        parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
        return frozenset(int(p) for p in parts)
    return value


class Settings(BaseSettings):
    """Operator configuration; every field is documented in `.env.example`."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("TELEGRAM_BOT_TOKEN")
    )
    telegram_api_url: str = Field(
        default="https://api.telegram.org/bot", validation_alias=AliasChoices("TELEGRAM_API_URL")
    )
    database_url: str = Field(
        default=DEFAULT_DATABASE_URL, validation_alias=AliasChoices("DATABASE_URL")
    )
    webhook_url: str | None = Field(default=None, validation_alias=AliasChoices("WEBHOOK_URL"))
    webhook_secret: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("WEBHOOK_SECRET")
    )
    webhook_listen: str = Field(default="0.0.0.0", validation_alias=AliasChoices("WEBHOOK_LISTEN"))
    webhook_port: int = Field(default=8443, validation_alias=AliasChoices("WEBHOOK_PORT"))
    # Telegram's updates are a few kB; a request longer than this is refused (413) unread.
    webhook_max_body_bytes: int = Field(
        default=1_048_576, ge=1024, validation_alias=AliasChoices("WEBHOOK_MAX_BODY_BYTES")
    )
    allowed_user_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), validation_alias=AliasChoices("ALLOWED_USER_IDS")
    )
    admin_user_ids: Annotated[frozenset[int], NoDecode] = Field(
        default=frozenset(), validation_alias=AliasChoices("ADMIN_USER_IDS")
    )
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("LOG_LEVEL"))
    log_format: str = Field(default="text", validation_alias=AliasChoices("LOG_FORMAT"))
    tick_seconds: float = Field(default=15.0, gt=0, validation_alias=AliasChoices("TICK_SECONDS"))
    lease_seconds: float = Field(
        default=120.0, gt=0, validation_alias=AliasChoices("LEASE_SECONDS")
    )
    role: str = Field(default="all", validation_alias=AliasChoices("ROLE"))
    send_rate_per_second: float = Field(
        default=30.0, ge=0, validation_alias=AliasChoices("SEND_RATE_PER_SECOND")
    )
    health_port: int = Field(
        default=8080, ge=0, le=65535, validation_alias=AliasChoices("HEALTH_PORT")
    )
    health_host: str = Field(default="0.0.0.0", validation_alias=AliasChoices("HEALTH_HOST"))
    reply_retry_seconds: float = Field(
        default=240.0, ge=0, le=3600, validation_alias=AliasChoices("REPLY_RETRY_SECONDS")
    )
    # Weeks after a medicine is started, stopped or its dose changed when "is it
    # helping?" is asked (PRODUCT.md §6a); bot.domain.trials.read_review_weeks checks it.
    trial_review_weeks: Annotated[tuple[int, ...], NoDecode] = Field(
        default=DEFAULT_REVIEW_WEEKS, validation_alias=AliasChoices("TRIAL_REVIEW_WEEKS")
    )

    @field_validator("allowed_user_ids", "admin_user_ids", mode="before")
    @classmethod
    def _ids(cls, value: object) -> object:
        return _split_ids(value)

    @field_validator("trial_review_weeks", mode="before")
    @classmethod
    def _trial_weeks(cls, value: object) -> tuple[int, ...]:
        if isinstance(value, str) and not value.strip():
            return DEFAULT_REVIEW_WEEKS  # set but empty in .env: as if unset
        if not isinstance(value, (str, tuple, list)):
            raise ValueError("must be week counts such as 2,6")
        return read_review_weeks(value)

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("log_format")
    @classmethod
    def _log_format(cls, value: str) -> str:
        fmt = value.strip().lower()
        if fmt not in LOG_FORMATS:
            raise ValueError("must be text (plain lines) or json (one JSON object per line)")
        return fmt

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        role = value.strip().lower()
        if role not in ROLES:
            raise ValueError("must be all (updates and due work) or dispatch (due work only)")
        return role

    @field_validator("database_url")
    @classmethod
    def _db(cls, value: str) -> str:
        if not (
            value.startswith("sqlite+aiosqlite://")
            or value.startswith("postgresql+asyncpg://")
            or value.startswith("postgresql://")
            or value.startswith("postgres://")
        ):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        if value.startswith("postgres://"):
            value = "postgresql://" + value.removeprefix("postgres://")
        if value.startswith("postgresql://"):
            value = "postgresql+asyncpg://" + value.removeprefix("postgresql://")
        return value

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http:// or https:// URL")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and not self.webhook_secret:
            raise ValueError("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
        return self

    @model_validator(mode="after")
    def _ports_differ(self) -> Settings:
        # The health server binds first (post_init); the webhook server would then fail.
        if self.webhook_url and self.health_port and self.health_port == self.webhook_port:
            raise ValueError("HEALTH_PORT must differ from WEBHOOK_PORT (or be 0 to disable)")
        return self

    def token(self) -> str:
        """The bot token, or SettingsError with the BotFather hint."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise SettingsError(TOKEN_HELP)
        return self.telegram_bot_token.get_secret_value()


_NAMES = {
    "telegram_bot_token": "TELEGRAM_BOT_TOKEN",
    "telegram_api_url": "TELEGRAM_API_URL",
    "database_url": "DATABASE_URL",
    "webhook_url": "WEBHOOK_URL",
    "webhook_secret": "WEBHOOK_SECRET",
    "webhook_listen": "WEBHOOK_LISTEN",
    "webhook_port": "WEBHOOK_PORT",
    "webhook_max_body_bytes": "WEBHOOK_MAX_BODY_BYTES",
    "allowed_user_ids": "ALLOWED_USER_IDS",
    "admin_user_ids": "ADMIN_USER_IDS",
    "log_level": "LOG_LEVEL",
    "log_format": "LOG_FORMAT",
    "tick_seconds": "TICK_SECONDS",
    "lease_seconds": "LEASE_SECONDS",
    "role": "ROLE",
    "send_rate_per_second": "SEND_RATE_PER_SECOND",
    "health_port": "HEALTH_PORT",
    "health_host": "HEALTH_HOST",
    "reply_retry_seconds": "REPLY_RETRY_SECONDS",
    "trial_review_weeks": "TRIAL_REVIEW_WEEKS",
}


def load_settings(env_file: str | None = ".env") -> Settings:
    """Read settings; raise SettingsError with one line naming the bad setting."""
    try:
        return Settings(_env_file=env_file)  # type: ignore[call-arg]
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err.get("loc", ())]
        name = _NAMES.get(loc[0], loc[0].upper()) if loc else ""
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        for named in ("WEBHOOK_SECRET", "HEALTH_PORT"):  # cross-field checks name their setting
            if not name and named in msg:
                raise SettingsError(f"setting {named}: {msg}") from None
        if not name:
            raise SettingsError(f"settings: {msg}") from None
        raise SettingsError(f"setting {name} is malformed: {msg}") from None
