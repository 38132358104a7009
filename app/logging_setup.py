"""Logging to a rotating file in the user data directory; the terminal only gets one-line messages."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import user_data_dir


def configure_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_mentor", False) for h in root.handlers):
        return
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            user_data_dir() / "mentor-coordinator.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._mentor = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)
