"""LOG_FORMAT text|json, and the token filter that keeps the token out of every record."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from telegram import Update

from bot.config import SettingsError, load_settings
from bot.logconfig import (
    REDACTED,
    JsonFormatter,
    KeepTextOut,
    RedactToken,
    configure,
    make_handler,
)

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.split(":")[1]


@pytest.fixture
def log() -> Iterator[logging.Logger]:
    """A private logger of ours (`bot.*`: KeepTextOut leaves it alone) that does not
    propagate (the test owns its only handler)."""
    logger = logging.getLogger("bot.tests.logconfig")
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
    assert first["logger"] == "bot.tests.logconfig"
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
    assert line.endswith("INFO bot.tests.logconfig: starting in polling mode")


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


# --- KeepTextOut: a library's records never carry what a person wrote -----------------

TEXT = "pain 9 lost bladder control"
WORDS = ("pain 9", "bladder")


def an_update(text: str = TEXT) -> Update:
    """A real PTB Update holding `text`, as PTB's own loggers receive it."""
    data = {
        "update_id": 7,
        "message": {
            "message_id": 7,
            "date": 0,
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": False, "first_name": "A"},
            "text": text,
        },
    }
    return Update.de_json(data, None)


@pytest.fixture
def library_log() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """PTB's Application logger, routed only to a production handler at DEBUG."""
    logger = logging.getLogger("telegram.ext.Application")
    saved = logger.handlers[:], logger.level, logger.propagate
    stream = io.StringIO()
    logger.handlers[:] = [make_handler("text", TOKEN, stream)]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.handlers[:], logger.level, logger.propagate = saved


def assert_no_text(out: str) -> None:
    for word in WORDS:
        assert word not in out, out


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_ptb_records_lose_the_update_and_the_exception_message(log_format: str) -> None:
    logger = logging.getLogger("telegram.ext.Application")
    saved = logger.handlers[:], logger.level, logger.propagate
    stream = io.StringIO()
    logger.handlers[:] = [make_handler(log_format, TOKEN, stream)]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        logger.debug("Processing update %s", an_update())
        try:
            raise KeyError(TEXT)
        except KeyError as exc:
            logger.critical(
                "Error while building CallbackContext for update %s", an_update(), exc_info=exc
            )
    finally:
        logger.handlers[:], logger.level, logger.propagate = saved
    out = stream.getvalue()
    assert_no_text(out)
    assert "Processing update <Update>" in out
    # The traceback keeps its frames and the exception's type: still worth reading.
    assert "KeyError (message withheld)" in out and "test_logconfig.py" in out


def test_raw_data_dicts_bytes_and_long_strings_are_withheld(
    library_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = library_log
    data = {"update_id": 5, "message": {"text": TEXT}}
    logger.critical("Received data was: %r", data)
    logger.critical("Received data was: %r", {"update_id": 6, "message": TEXT})
    logger.debug("Webhook received data: %s", an_update().to_json())
    logger.debug("Calling Bot API endpoint `%s` with parameters `%s`", "sendMessage", data)
    logger.debug("Webhook received data: %s", json.dumps(data))
    logger.debug("raw %s and %s", TEXT.encode(), [TEXT])
    logger.debug(an_update())  # not even a format string
    logger.debug("%(data)s", {"data": data})
    logger.info("with an extra", extra={"payload": data})
    out = stream.getvalue()
    assert_no_text(out)
    assert "sendMessage" in out and "<dict>" in out and "<bytes>" in out


def test_short_values_keep_library_lines_useful(
    library_log: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = library_log
    logger.info("Rate limit hit. Retrying after %f seconds", 1.5)
    logger.debug("%s Starting", "Network Retry Loop (Polling Updates):")
    logger.debug("Getting updates: %s", 3)
    out = stream.getvalue()
    assert "Retrying after 1.500000 seconds" in out
    assert "Network Retry Loop (Polling Updates): Starting" in out
    assert "Getting updates: 3" in out


def test_a_message_quoting_its_exception_loses_the_quote() -> None:
    # asyncio's "Task exception was never retrieved" puts the exception's repr in the text.
    try:
        try:
            raise ValueError(TEXT)
        except ValueError as inner:
            raise RuntimeError(f"wrapped {TEXT}") from inner
    except RuntimeError as exc:
        msg = f"Task exception was never retrieved\nfuture: <Task exception={exc!r}>"
        record = logging.LogRecord(
            "asyncio", logging.ERROR, __file__, 1, msg, None, (type(exc), exc, exc.__traceback__)
        )
    KeepTextOut().filter(record)
    shown = "\n".join([record.getMessage(), record.exc_text or ""])
    assert_no_text(shown)
    assert record.exc_info is None, "nothing left from which to rebuild the full traceback"
    assert "ValueError (message withheld)" in shown and "RuntimeError" in shown
    assert logging.Formatter().format(record).count("withheld") >= 2


def test_our_own_records_pass_untouched() -> None:
    record = logging.LogRecord("bot.updates", logging.INFO, __file__, 1, "%s", ("x" * 200,), None)
    KeepTextOut().filter(record)
    assert record.getMessage() == "x" * 200


def test_two_handlers_scrub_once_and_the_token_is_still_redacted() -> None:
    logger = logging.getLogger("telegram.Bot")
    saved = logger.handlers[:], logger.level, logger.propagate
    first, second = io.StringIO(), io.StringIO()
    logger.handlers[:] = [make_handler("text", TOKEN, first), make_handler("json", TOKEN, second)]
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        try:
            raise RuntimeError(f"https://api.telegram.org/bot{TOKEN}/sendMessage {TEXT}")
        except RuntimeError:
            logger.error("network error at %s", f"bot{TOKEN}", exc_info=True)
    finally:
        logger.handlers[:], logger.level, logger.propagate = saved
    for out in (first.getvalue(), second.getvalue()):
        assert_no_text(out)
        assert TOKEN not in out and SECRET not in out
        assert "RuntimeError (message withheld)" in out, out
