"""Logging failures without health data: exception messages (and SQL parameters in
database errors) can quote what a person wrote, so INFO+ gets only type and frames."""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import traceback

#: Length of a user pseudonym in logs: 48 bits, enough to follow one person's updates
#: through a log, too short to be worth anything as a key.
TAG_HEX = 12


def log_failure(logger: logging.Logger, what: str, exc: BaseException | None) -> None:
    """ERROR line with the exception type and last frames; full detail at DEBUG."""
    stack = traceback.extract_tb(exc.__traceback__) if exc else []
    # Our own frames say where it went wrong; library internals only add noise.
    ours = [f for f in stack if f"{os.sep}bot{os.sep}" in f.filename] or stack[-3:]
    frames = traceback.format_list(ours[-8:])
    logger.error("%s: %s\n%s", what, type(exc).__name__, "".join(frames).rstrip())
    logger.debug("%s (detail)", what, exc_info=exc)


def pseudonym_key(token: str) -> bytes:
    """Key for user pseudonyms in logs, derived from the bot token (never the token itself)."""
    # Its own label, so it is unrelated to the button-signing key derived from the same token.
    return hmac.digest(token.encode(), b"backtrack-log-pseudonym", hashlib.sha256)


def user_tag(user_id: int, key: bytes) -> str:
    """Short keyed hash of a Telegram user id for log lines.

    Telegram ids are small numbers: a plain hash could be reversed by trying them all,
    a keyed one only by someone who also holds the token.
    """
    return hmac.digest(key, str(user_id).encode(), hashlib.sha256).hex()[:TAG_HEX]
