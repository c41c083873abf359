"""LOG_FORMAT text|json, and the token filter that keeps the token out of every record."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.config import SettingsError, load_settings
from bot.logconfig import REDACTED, JsonFormatter, RedactToken, configure, make_handler

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.split(":")[1]


@pytest.fixture
def log() -> Iterator[logging.Logger]:
    """A private logger that does not propagate (the test owns its only handler)."""
    logger = logging.getLogger("test.logconfig")
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    yield logger
    logger.handlers.clear()


def capture(logger: logging.Logger, log_format: str, token: str = TOKEN) -> io.StringIO:
    """Route the logger to a fresh handler of that format; returns what it writes."""
    stream = io.StringIO()
    logger.handlers[:] = [make_handler(log_format, token, stream)]
    return stream


@pytest.fixture(autouse=True)
def no_log_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings tests read only what they set."""
    for name in ("LOG_FORMAT", "LOG_LEVEL", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def test_log_format_defaults_to_text_and_accepts_json(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings(None).log_format == "text"
    monkeypatch.setenv("LOG_FORMAT", " JSON ")
    assert load_settings(None).log_format == "json"


def test_bad_log_format_is_named_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_FORMAT", "xml")
    with pytest.raises(SettingsError) as err:
        load_settings(None)
    assert "LOG_FORMAT" in str(err.value) and "\n" not in str(err.value)


def test_json_lines_parse_with_fields_and_extras(log: logging.Logger) -> None:
    stream = capture(log, "json")
    log.info("sent %d reminders", 3, extra={"tick_ms": 12.5, "role": "all"})
    log.warning("plain ünïcode")
    try:
        raise ValueError("boom")
    except ValueError:
        log.exception("tick failed")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3, "one object per line, tracebacks included"
    first, second, third = (json.loads(line) for line in lines)
    assert first["msg"] == "sent 3 reminders" and first["level"] == "INFO"
    assert first["logger"] == "test.logconfig"
    assert first["tick_ms"] == 12.5 and first["role"] == "all"
    assert first["ts"].endswith("Z") and "T" in first["ts"]
    assert second["msg"] == "plain ünïcode" and second["level"] == "WARNING"
    assert third["level"] == "ERROR" and "ValueError: boom" in third["exc"]


def test_json_survives_values_json_cannot_hold(log: logging.Logger) -> None:
    stream = capture(log, "json")
    log.info("odd extra", extra={"obj": object(), "when": {1, 2}})
    record = json.loads(stream.getvalue())
    assert record["msg"] == "odd extra" and "object" in record["obj"]


def test_text_format_is_one_plain_line(log: logging.Logger) -> None:
    stream = capture(log, "text")
    log.info("starting in %s mode", "polling")
    line = stream.getvalue().strip()
    assert line.endswith("INFO test.logconfig: starting in polling mode")


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_token_is_redacted_everywhere(log: logging.Logger, log_format: str) -> None:
    stream = capture(log, log_format)
    log.debug("GET https://api.telegram.org/bot%s/getUpdates", TOKEN)
    log.info(f"token in the message itself: {TOKEN}")
    log.warning("only the secret part: %s", SECRET)
    log.info("in an extra", extra={"url": f"https://api.telegram.org/bot{TOKEN}/getMe"})
    try:
        raise RuntimeError(f"Cannot connect to https://api.telegram.org/bot{TOKEN}/getMe")
    except RuntimeError:
        log.error("network error", exc_info=True)
    log.error("with stack", stack_info=True, extra={"note": TOKEN})
    out = stream.getvalue()
    assert TOKEN not in out and SECRET not in out
    # Text lines do not print extras; JSON lines carry both extras too.
    assert out.count(REDACTED) >= (6 if log_format == "json" else 4)


def test_short_test_tokens_redact_only_the_whole_token() -> None:
    # A short secret part could be an ordinary word; only the full token is certain.
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "a TEST of 1:TEST", None, None)
    RedactToken("1:TEST").filter(record)
    assert record.getMessage() == f"a TEST of {REDACTED}"


def test_no_token_changes_nothing() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "hello %s", ("world",), None)
    assert RedactToken("").filter(record) and record.getMessage() == "hello world"


def test_configure_installs_one_root_handler_and_quietens_http_loggers() -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure("DEBUG", "json", TOKEN)
        assert len(root.handlers) == 1
        handler = root.handlers[0]
        assert isinstance(handler.formatter, JsonFormatter)
        assert any(isinstance(f, RedactToken) for f in handler.filters)
        assert logging.getLogger("httpx").level == logging.WARNING
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
