"""`mentor-coordinator gui --self-test`: prove a build works the way a coordinator would use it, then exit.

Run by `make dist-test` against the built bundle (and by the Windows and macOS CI jobs): it imports every module of
the app (the list the bundle was built with, so a module PyInstaller missed fails here), resolves every command
handler the CLI names as a string, then opens the main window, walks every tab until its rows have loaded, opens
each dialog a coordinator reaches from the menus and closes it again. One line per step on stdout; exit 0 only when
every step passed.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from app.views.main_window import MainWindow

logger = logging.getLogger(__name__)
TIMEOUT_S = 60.0


def app_modules() -> list[str]:
    """The bundle's manifest (written by packaging/mentor-coordinator.spec), or every module of the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle, "app_modules.txt").read_text(encoding="utf-8").split()
    import app

    return sorted(["app", *(m.name for m in pkgutil.walk_packages(app.__path__, "app."))])


def wait_until(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")
        QCoreApplication.processEvents()
        time.sleep(0.01)
    QCoreApplication.processEvents()


class SelfTest:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.failures: list[str] = []

    def step(self, name: str, action: Callable[[], object]) -> None:
        try:
            detail = action()
        except Exception as exc:  # each step reports and the walk goes on: one run lists every problem
            self.failures.append(name)
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", flush=True)
            logger.error("self-test step %s failed\n%s", name, traceback.format_exc())
            return
        print(f"ok   {name}" + (f" ({detail})" if detail else ""), flush=True)

    def run(self) -> int:
        previous = sys.excepthook
        sys.excepthook = self.unhandled  # an exception in a slot (Qt swallows it after printing) fails the run too
        try:
            return self.walk()
        finally:
            sys.excepthook = previous

    def unhandled(self, kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        self.failures.append(f"unhandled {kind.__name__}")
        print(f"FAIL unhandled {kind.__name__}: {exc}", flush=True)
        traceback.print_exception(kind, exc, tb)

    def walk(self) -> int:
        self.step("import every module of the app", self.import_modules)
        self.step("resolve every command handler", self.resolve_handlers)
        self.step("main window on screen", self.window_shown)
        for index in range(self.window.tabs.count()):
            title = self.window.tabs.tabText(index).replace("&", "")
            self.step(f"tab {title}", lambda index=index: self.visit_tab(index))
        for name, opener in self.dialogs():
            self.step(f"dialog {name}", lambda opener=opener: self.open_and_close(opener))
        self.window.close()
        QCoreApplication.processEvents()
        print(f"self-test: {'passed' if not self.failures else 'FAILED: ' + ', '.join(self.failures)}", flush=True)
        return 0 if not self.failures else 1

    # -- steps
    def import_modules(self) -> str:
        names = app_modules()
        for name in names:
            importlib.import_module(name)
        return f"{len(names)} modules"

    def resolve_handlers(self) -> str:
        from app.cli.main import command_handler
        from app.cli.parser import handler_targets

        targets = handler_targets()
        for target in targets:
            command_handler(target)
        return f"{len(targets)} handlers"

    def window_shown(self) -> str:
        wait_until(lambda: self.window.windowHandle() is not None and self.window.windowHandle().isExposed(), "show")
        wait_until(lambda: self.window.overview.has_loaded, "the overview loading")
        return f"{self.window.overview.model.rowCount()} active pairings"

    def visit_tab(self, index: int) -> str:
        self.window.tabs.setCurrentIndex(index)
        page = self.window.tabs.widget(index)
        if hasattr(page, "has_loaded"):
            wait_until(lambda: bool(page.has_loaded), f"tab {index} loading")
        wait_until(lambda: self.window.tasks.idle, "background work")
        model = getattr(page, "model", None)
        return f"{model.rowCount()} rows" if model is not None and hasattr(model, "rowCount") else ""

    def dialogs(self) -> list[tuple[str, Callable[[], Any]]]:
        window = self.window
        self.window.tabs.setCurrentIndex(0)
        first = window.overview.model.rows[0].id if window.overview.model.rows else None
        openers: list[tuple[str, Callable[[], Any]]] = [
            ("keyboard shortcuts", window.show_shortcuts),
            ("import spreadsheet", window.import_spreadsheet),
            ("my units", lambda: _last_dialog(window.choose_scope)),
            ("sync server settings", window.sync.open_settings),
            ("sync conflicts", window.sync.open_conflicts),
            ("alerts", window.followup.show_alerts),
            ("guide for coordinators", window.extras.show_guide),
            ("about", window.extras.show_about),
            ("your name", window.extras.ask_name),
        ]
        if first is not None:
            openers.append(("pairing details", lambda: window.open_pairing(first)))
            openers.append(("dissolve pairing", lambda: window.dissolve_pairing(first)))
        return openers

    def open_and_close(self, opener: Callable[[], Any]) -> str:
        widget = opener()
        if not isinstance(widget, QWidget):
            raise RuntimeError("nothing opened")
        wait_until(widget.isVisible, "the dialog showing")
        wait_until(lambda: self.window.tasks.idle, "the dialog loading")
        title = widget.windowTitle() or widget.accessibleName()
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()
        QCoreApplication.processEvents()
        return title


def _last_dialog(open_it: Callable[[], object]) -> QWidget | None:
    """Open a dialog that its opener does not return, and find it among the top-level widgets."""
    before = set(QApplication.topLevelWidgets())
    open_it()
    QCoreApplication.processEvents()
    new = [w for w in QApplication.topLevelWidgets() if w not in before and isinstance(w, QDialog)]
    return new[-1] if new else None


def run_self_test(window: MainWindow) -> int:
    return SelfTest(window).run()
