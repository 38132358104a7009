"""Keeps None, True and False alive under PySide6 6.12 on Python 3.11, which releases them once too often.

On Python 3.11 every PySide6 6.12 call that returns nothing drops one reference to None, and every `Signal.emit`
one to True (harmless from Python 3.12 on, where these objects are immortal). After a few thousand calls CPython
aborts with "deallocating None". Until the project moves to Python >= 3.12 or a fixed PySide6, this module raises
their reference counts by a large margin and tops them up from a timer, which is what 3.12's immortality does.

The counts are raised in place (CPython keeps the count in the object's first field) rather than by holding
references in a list: a list would release them all again when the interpreter shuts down, and crash there.
"""

from __future__ import annotations

import ctypes
import platform
import sys

from PySide6.QtCore import QCoreApplication, QTimer

NEEDED = sys.version_info < (3, 12) and platform.python_implementation() == "CPython"
# None is released by every void call, True by every emit; refill when a count falls below half its margin.
MARGINS = {None: 50_000_000, True: 5_000_000, False: 5_000_000}
CHECK_MS = 250

_timer: QTimer | None = None


def top_up() -> None:
    """Raise the reference counts of None, True and False where they run low (cheap: three look-ups)."""
    if not NEEDED:
        return
    for value, margin in MARGINS.items():
        if sys.getrefcount(value) < margin // 2:
            ctypes.c_ssize_t.from_address(id(value)).value += margin


def install(app: QCoreApplication) -> None:
    """Raise the counts now and keep them up while the application runs."""
    global _timer
    if not NEEDED:
        return
    top_up()
    if _timer is None:
        _timer = QTimer(app)
        _timer.timeout.connect(top_up)
        _timer.start(CHECK_MS)
