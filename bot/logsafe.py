"""Logging failures without health data: exception messages (and SQL parameters in
database errors) can quote what a person wrote, so INFO+ gets only type and frames."""

from __future__ import annotations

import logging
import traceback


def log_failure(logger: logging.Logger, what: str, exc: BaseException | None) -> None:
    """ERROR line with the exception type and last frames; full detail at DEBUG."""
    frames = traceback.format_list(traceback.extract_tb(exc.__traceback__)) if exc else []
    logger.error("%s: %s\n%s", what, type(exc).__name__, "".join(frames[-6:]).rstrip())
    logger.debug("%s (detail)", what, exc_info=exc)
