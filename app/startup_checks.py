"""What must hold before the desktop starts: a screen to show it on, and a database that opens.

Plain Python (no Qt): the screen check runs before Qt is imported, because Qt without a display aborts the process
with a core dump instead of saying anything a person can act on.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from app.errors import DomainError

logger = logging.getLogger(__name__)

# Platforms that need a display server; any other (offscreen, vnc, eglfs, linuxfb, minimal) draws without one.
_SCREEN_PLATFORMS = ("xcb", "wayland", "wayland-egl", "wayland-brcm", "")

NO_SCREEN = (
    "There is no screen to show the desktop application on (neither DISPLAY nor WAYLAND_DISPLAY is set, as in an SSH "
    "session or on a server). Use the command line here: `mentor-coordinator --help` lists every command, and "
    "`mentor-coordinator demo` fills a database to try them on. To use the desktop, start it on the computer's own "
    "screen, or connect with `ssh -X`."
)


def missing_screen(env: Mapping[str, str] | None = None, platform: str | None = None) -> str | None:
    """The sentence to print when Qt would find no screen, else None."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin", "cygwin"):
        return None
    wanted = [p.split(":")[0].strip() for p in env.get("QT_QPA_PLATFORM", "").split(";")]
    if any(p not in _SCREEN_PLATFORMS for p in wanted):
        return None  # a platform that needs no display server was asked for
    if env.get("WAYLAND_DISPLAY") and any(p.startswith("wayland") or not p for p in wanted):
        return None
    display = env.get("DISPLAY", "")
    if display and any(p in ("xcb", "") for p in wanted) and _x_display_reachable(display):
        return None
    return NO_SCREEN


def _x_display_reachable(display: str) -> bool:
    """A local display ':N' needs its socket; a remote one (host:N, as ssh -X sets) is trusted."""
    host, _, number = display.rpartition(":")
    if host and host != "unix":
        return True
    number = number.split(".")[0]
    return not number.isdigit() or Path(f"/tmp/.X11-unix/X{number}").exists()


def start_failure_text(exc: BaseException, url: str) -> str:
    """One sentence for a database that cannot be opened at start; a bug is logged with its traceback."""
    if isinstance(exc, DomainError):
        return exc.message
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    shown = make_url(url).render_as_string(hide_password=True)
    if isinstance(exc, SQLAlchemyError):
        logger.warning("the database cannot be opened at start: %s", type(exc).__name__)
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return f"The database at {shown} cannot be opened ({detail}). Choose another with --db, or restore a backup."
    logger.error("start-up failed", exc_info=exc)
    return f"The desktop could not start: unexpected {type(exc).__name__} (details in the log file)."
