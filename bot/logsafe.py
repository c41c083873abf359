"""Logging failures without health data: exception messages (and SQL parameters in
database errors) can quote what a person wrote, so INFO+ gets only type and frames."""

from __future__ import annotations

import logging
import os
import traceback


def log_failure(logger: logging.Logger, what: str, exc: BaseException | None) -> None:
    """ERROR line with the exception type and last frames; full detail at DEBUG."""
    stack = traceback.extract_tb(exc.__traceback__) if exc else []
    # Our own frames say where it went wrong; library internals only add noise.
    ours = [f for f in stack if f"{os.sep}bot{os.sep}" in f.filename] or stack[-3:]
    frames = traceback.format_list(ours[-8:])
    logger.error("%s: %s\n%s", what, type(exc).__name__, "".join(frames).rstrip())
    logger.debug("%s (detail)", what, exc_info=exc)
