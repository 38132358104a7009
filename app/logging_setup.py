"""Logging to a rotating file in the user data directory; the terminal only gets one-line messages."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys

from app.errors import DomainError
from app.paths import user_data_dir

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"\+\d[\d ]{6,}\d|\b\d{2,3}(?: \d{2,3}){2,}\b")


class PrivateFormatter(logging.Formatter):
    """A last line of defence: e-mail addresses and phone numbers never reach the log file, even inside a traceback.

    Code logs ids, not names or contact details; SQL parameters are hidden by the engine (app.db). This catches what
    a third-party message (an SMTP refusal, say) may still carry.
    """

    def format(self, record: logging.LogRecord) -> str:
        return PHONE_RE.sub("<phone>", EMAIL_RE.sub("<e-mail>", super().format(record)))


class _QuietFileHandler(logging.handlers.RotatingFileHandler):
    """A log file that stays quiet when the disk fills up: the command's own sentence is what the user should read.
    Any other logging error (a bad format string, say) is reported as usual."""

    def handleError(self, record: logging.LogRecord) -> None:
        if not isinstance(sys.exc_info()[1], OSError):
            super().handleError(record)


def configure_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_mentor", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = _QuietFileHandler(
            user_data_dir() / "mentor-coordinator.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except (OSError, DomainError):  # a read-only or missing data folder: the command says so itself
        handler = logging.NullHandler()
    handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
