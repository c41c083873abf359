"""Log output: plain lines or one JSON object per line (LOG_FORMAT), never the token,
never what a person wrote.

Our own code keeps health data out by how it logs (see bot/logsafe.py). Libraries do
not: PTB logs "Processing update %s" (DEBUG) and "Error while building CallbackContext
for update %s" (CRITICAL) with the whole update, its Bot logs every request's parameters
(a reply's text), SQLAlchemy a statement's parameters. `KeepTextOut` strips such values
from every record not logged by `bot.*`, at every level; `RedactToken` is belt and
braces for the one secret a library might still print.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
import traceback
from typing import Any, TextIO

REDACTED = "<token>"
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Loggers that quote request URLs (which contain the token) or chatter at INFO.
NOISY_LOGGERS = (
    "httpx",
    "httpcore",
    "apscheduler",
    "aiosqlite",
    "asyncio",
    "aiohttp.access",
    "tornado.access",
)
#: A secret this long is never an ordinary word: redact it even without the bot id.
MIN_SECRET_PART = 20

#: Set on a record KeepTextOut has scrubbed: a second handler's filter leaves it alone.
SCRUBBED = "_backtrack_text_kept_out"
# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("x", logging.INFO, __file__, 0, "", None, None))
) | {"message", "asctime", "taskName", SCRUBBED}


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


#: Our own loggers: what they log is reviewed (bot/logsafe.py), so it is left as it is.
OWN_LOGGERS = "bot"
#: A library's string argument longer than this is withheld. Library log calls pass a
#: person's text inside an update, a parameter dict or raw JSON (caught by type, or by
#: length); short strings are names, prefixes and ids and keep the lines useful.
MAX_ARG_CHARS = 80
#: An exception message shorter than this is not searched for in a record's message
#: (an empty or one-letter message would match anywhere).
MIN_QUOTED = 3
#: Values kept as they are in library records: they cannot hold text.
_PLAIN = (int, float, bool, type(None))


def withheld(value: object) -> str:
    """What a library record shows in place of a value that might hold someone's text."""
    if isinstance(value, str):
        return f"<{len(value)} characters>"
    return f"<{type(value).__name__}>"


def scrub_arg(value: object) -> object:
    """`value` if it cannot carry text, else a placeholder naming its type.

    Anything but a number or a short string is withheld: an Update, a Message, a dict of
    request parameters, bytes, SQLAlchemy's parameter list and an exception (whose
    message may quote what it failed on) all print their contents.
    """
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, str) and len(value) <= MAX_ARG_CHARS and not value.startswith("{"):
        return value  # a short name or id; a JSON object is raw data, however short
    return withheld(value)


def exception_chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it was raised from or during, outermost last."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        if current.__cause__ is not None or current.__suppress_context__:
            current = current.__cause__
        else:
            current = current.__context__
    return chain[::-1]


def traceback_without_messages(exc: BaseException) -> str:
    """A traceback with every frame and exception type, but no exception message.

    Frames show code, never values; a message may quote the data it failed on
    (`KeyError: 'pain 9'`), so only the type is printed.
    """
    parts: list[str] = []
    for i, link in enumerate(exception_chain(exc)):
        if i:
            parts.append("\nWhile handling the above, another exception occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(link.__traceback__))
        kind = type(link)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)\n")
    return "".join(parts).rstrip("\n")


class KeepTextOut(logging.Filter):
    """Keep what a person wrote out of every record a library logs, at every level.

    Arguments that could hold text become placeholders, a record's exception keeps its
    frames and types but loses its messages (also where the log message quotes them, as
    asyncio's "Task exception was never retrieved" does), extras are treated like
    arguments. Records of `bot.*` pass untouched.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub in place and always let the record through."""
        if record.name == OWN_LOGGERS or record.name.startswith(OWN_LOGGERS + "."):
            return True
        if getattr(record, SCRUBBED, False):
            return True
        setattr(record, SCRUBBED, True)
        if not isinstance(record.msg, str):  # logger.debug(update)
            record.msg = withheld(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(scrub_arg(a) for a in record.args)
        elif isinstance(record.args, dict):
            # logging keeps a lone dict argument as a dict: it is either the mapping of a
            # "%(name)s" message or one value printed whole ("Received data: %r", data).
            if isinstance(record.msg, str) and "%(" in record.msg:
                record.args = {k: scrub_arg(v) for k, v in record.args.items()}
            else:
                record.args = (withheld(record.args),)
        if record.exc_info and record.exc_info[1] is not None:
            self._scrub_exception(record, record.exc_info[1])
        elif record.exc_text:  # formatted elsewhere already: nothing left to keep apart
            record.exc_text = "(traceback withheld)"
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_ATTRS:
                setattr(record, key, scrub_arg(value))
        if "message" in vars(record):
            # An earlier handler's formatter cached the unscrubbed text: drop it.
            del record.message
        return True

    @staticmethod
    def _scrub_exception(record: logging.LogRecord, exc: BaseException) -> None:
        # exc_text is what every Formatter prints when it is set; exc_info goes, so that
        # no later formatter (or handler) rebuilds the full traceback from it.
        record.exc_text = traceback_without_messages(exc)
        record.exc_info = None
        if not isinstance(record.msg, str):
            return
        for link in exception_chain(exc):
            # repr first: it contains str, which would leave `ValueError(<...>)` behind.
            for quoted in (repr(link), str(link)):
                if len(quoted) >= MIN_QUOTED and quoted in record.msg:
                    record.msg = record.msg.replace(quoted, withheld(link))


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
    # every library logger, logger filters only their own. Text first, so that the token
    # filter also sees the scrubbed traceback.
    handler.addFilter(KeepTextOut())
    handler.addFilter(RedactToken(token))
    return handler


def configure(level: str, log_format: str = "text", token: str = "") -> None:
    """Install the one root handler; HTTP client loggers held at WARNING or above."""
    root = logging.getLogger()
    root.handlers[:] = [make_handler(log_format, token)]
    root.setLevel(level)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
