"""Turning an exception into words for a coordinator: refusals as they are, bugs as one line (traceback to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError

logger = logging.getLogger(__name__)


def error_text(exc: BaseException, doing: str = "") -> str:
    """The message to show. Known refusals (DomainError) keep their own sentence; anything else is logged in full."""
    if isinstance(exc, DomainError):
        return exc.message
    logger.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=(type(exc), exc, exc.__traceback__))
    if isinstance(exc, OSError | ConnectionError) or type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
        return QCoreApplication.translate(
            "Errors", "The database could not be reached or refused the request. Try again; details are in the log."
        )
    return QCoreApplication.translate("Errors", "Something went wrong ({name}). Details are in the log file.").format(
        name=type(exc).__name__
    )
