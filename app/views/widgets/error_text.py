"""Turning an exception into words for a coordinator: refusals as they are, bugs as one line (traceback to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from app.errors import DomainError
from app.storage import DISK_FULL, READ_ONLY, storage_problem

logger = logging.getLogger(__name__)


def error_text(exc: BaseException, doing: str = "") -> str:
    """The message to show. Known refusals (DomainError) keep their own sentence; anything else is logged in full."""
    if isinstance(exc, DomainError):
        return exc.message
    disk = storage_problem(exc)
    if disk in (READ_ONLY, DISK_FULL):  # the transaction was rolled back: say what the disk did, in the user's language
        logger.warning("the disk refused a write (%s)%s", disk, f" while {doing}" if doing else "")
        if disk == DISK_FULL:
            return QCoreApplication.translate(
                "Errors", "The disk is full. Free some space and try again; nothing was saved."
            )
        return QCoreApplication.translate(
            "Errors", "The database is on a read-only disk or folder, so nothing could be saved. Ask IT for help."
        )
    logger.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=(type(exc), exc, exc.__traceback__))
    if isinstance(exc, OSError | ConnectionError) or type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
        return QCoreApplication.translate(
            "Errors", "The database could not be reached or refused the request. Try again; details are in the log."
        )
    return QCoreApplication.translate("Errors", "Something went wrong ({name}). Details are in the log file.").format(
        name=type(exc).__name__
    )
