"""Log output: plain lines or one JSON object per line (LOG_FORMAT), never the token.

Health data stays out of INFO+ by how the code logs (see bot/logsafe.py); the token
filter here is belt and braces for the one secret a library might still print.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from typing import Any, TextIO

REDACTED = "<token>"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Loggers that quote request URLs (which contain the token) or chatter at INFO.
NOISY_LOGGERS = (
    "httpx", "httpcore", "apscheduler", "aiosqlite", "asyncio", "aiohttp.access", "tornado.access"
)
#: A secret this long is never an ordinary word: redact it even without the bot id.
MIN_SECRET_PART = 20

# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("x", logging.INFO, __file__, 0, "", None, None))
) | {"message", "asctime", "taskName"}


class RedactToken(logging.Filter):
    """Replace the bot token in a record's message, arguments, exception and extras."""

    def __init__(self, token: str) -> None:
        super().__init__()
        secrets = [token] if token else []
        _, _, secret = token.partition(":")
        # Real tokens are `<bot id>:<35 characters>`; the part after the colon is the
        # secret, so it is redacted on its own too (e.g. a URL-quoted or split token).
        if len(secret) >= MIN_SECRET_PART:
            secrets.append(secret)
        self.secrets = secrets

    def _clean(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def _dirty(self, text: str | None) -> bool:
        if not text:
            return False
        return any(secret in text for secret in self.secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place and always let the record through."""
        if not self.secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string; let the handler report it
            message = str(record.msg)
        if self._dirty(message):
            record.msg, record.args = self._clean(message), None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the traceback is redacted once here.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if self._dirty(record.exc_text):
            record.exc_text = self._clean(record.exc_text or "")
        if self._dirty(record.stack_info):
            record.stack_info = self._clean(record.stack_info or "")
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRS and isinstance(value, str) and self._dirty(value):
                setattr(record, key, self._clean(value))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (ISO 8601 UTC), level, logger, msg, extras, exc."""

    def format(self, record: logging.LogRecord) -> str:
        """Serialise the record; values JSON cannot hold are written with str()."""
        ts = dt.datetime.fromtimestamp(record.created, dt.UTC)
        out: dict[str, Any] = {
            "ts": ts.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and key not in out:
                out[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            out["exc"] = record.exc_text
        if record.stack_info:
            out["stack"] = record.stack_info
        return json.dumps(out, ensure_ascii=False, default=str)


def make_handler(log_format: str, token: str = "", stream: TextIO | None = None) -> logging.Handler:
    """A stderr handler in the chosen format, with the token filter attached."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(TEXT_FORMAT))
    # On the handler, not a logger: handler filters also see records propagated up from
    # every library logger, logger filters only their own.
    handler.addFilter(RedactToken(token))
    return handler


def configure(level: str, log_format: str = "text", token: str = "") -> None:
    """Install the one root handler; HTTP client loggers held at WARNING or above."""
    root = logging.getLogger()
    root.handlers[:] = [make_handler(log_format, token)]
    root.setLevel(level)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
