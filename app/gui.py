"""Starting the desktop application: the only place the CLI reaches into Qt."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.session import CliState
from app.startup_checks import missing_screen, start_failure_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.services.core.context import ServiceContext
    from app.views.main_window import MainWindow

logger = logging.getLogger(__name__)

# `python -m benchmarks startup` sets this to a file: the app writes when it first showed the overview full, and quits.
STARTUP_PROBE = "MENTOR_STARTUP_PROBE"


def run(args: argparse.Namespace) -> int:
    no_screen = missing_screen()
    if no_screen:  # before Qt: without a display it aborts the process with a core dump
        sys.stderr.write(f"error: {no_screen}\n")
        return 1
    from PySide6.QtWidgets import QApplication

    from app.views.main_window import MainWindow
    from app.views.widgets.start_failure import show_start_failure
    from app.views.widgets.translations import chosen_language, use_language
    from app.views.window_extras import RESTART_CODE

    state = CliState(args)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Mentor Coordinator")
    self_test = bool(getattr(args, "self_test", False))
    try:
        ctx = state.context()
    except Exception as exc:  # an unreachable server, a damaged file: a sentence in a dialog and on stderr
        message = start_failure_text(exc, state.url)
        logger.warning("the desktop cannot start: %s", message)
        sys.stderr.write(f"error: {message}\n")
        with contextlib.suppress(Exception):  # the dialog in the saved language, when the settings can be read
            use_language(app, chosen_language())
        if not self_test:  # unattended: the line on stderr is enough
            show_start_failure(message)
        state.close()
        return 1
    _identity(app)
    from app.scheduler.desktop import start_desktop_jobs  # reminders and alerts off the GUI thread

    try:
        while True:  # View → Language ends the loop with RESTART_CODE: a new window in the chosen language
            use_language(app, chosen_language(ctx.installation))
            if not self_test:  # `gui --self-test` (make dist-test) runs unattended
                ask_name_on_first_start(ctx, explicit=getattr(args, "actor", None))
            # The overview loads its rows in the background; the window shows at once with "Loading pairings…".
            window = MainWindow(ctx=ctx)
            window.show()
            probe = os.environ.get(STARTUP_PROBE)
            if probe:
                watch_startup(window, Path(probe), on_done=app.quit)
            jobs = start_desktop_jobs(ctx, window.followup.deliver)
            try:
                code = run_self_test(window) if self_test else int(app.exec())
            finally:
                jobs.shutdown(wait=True)  # a running tick finishes before the database closes
            window.deleteLater()
            if code != RESTART_CODE:
                return code
    finally:
        state.close()


def _identity(app: QApplication) -> None:
    """Version (the About box and `--version` read the same app.__version__), icon and display theme."""
    from PySide6.QtGui import QIcon

    from app import __version__
    from app.paths import RESOURCES_DIR
    from app.views.widgets.theme import apply_theme, saved_theme

    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(RESOURCES_DIR / "icons" / "mentor-coordinator.png")))
    apply_theme(app, saved_theme())  # standard or high contrast, as chosen last time (View menu)


def run_self_test(window: MainWindow) -> int:
    from app.gui_self_test import run_self_test as walk

    return walk(window)


def ask_name_on_first_start(ctx: ServiceContext, *, explicit: str | None) -> None:
    """Without a saved name (and no `--as`), ask who is acting, rather than writing the system user into history."""
    from app.services.identity import saved_identity
    from app.views.coordinator_name_dialog import CoordinatorNameDialog

    if explicit or saved_identity(ctx.installation) or os.environ.get(STARTUP_PROBE):
        return
    dialog = CoordinatorNameDialog(installation=ctx.installation)
    if dialog.exec() and dialog.name:
        ctx.actor = dialog.name


def watch_startup(window: MainWindow, path: Path, *, on_done: Callable[[], object]) -> None:
    """Write "<unix time> <rows>" once the window is on screen and its overview holds the rows, then `on_done`.

    Measured from outside (the benchmark takes the time before it starts the process), so it counts everything a
    person waits for: the interpreter, imports, the database, the window, the rows and their first paint.
    """
    from PySide6.QtCore import QTimer

    timer = QTimer(window)

    def check() -> None:
        handle = window.windowHandle()
        if not (window.overview.has_loaded and handle is not None and handle.isExposed()):
            return
        timer.stop()
        window.overview.table.viewport().repaint()  # the filled table painted, not only queued
        path.write_text(f"{time.time():.6f} {window.overview.model.rowCount()}\n", encoding="utf-8")
        logger.info("startup probe: the overview shows %d pairings", window.overview.model.rowCount())
        on_done()

    timer.timeout.connect(check)
    timer.start(5)
