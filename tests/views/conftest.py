"""Fixtures for the desktop: a main window on a real database, waited on the way a person would wait."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.services.core.context import ServiceContext
from app.services.identity import device_id
from app.services.settings.catalogue import seed_catalogue
from app.views.main_window import MainWindow
from app.views.widgets.translations import TRANSLATIONS_DIR, remove_translations, use_language
from tests.helpers import FakeClock

WAIT_MS = 15_000
W = TypeVar("W", bound=QWidget)


@pytest.fixture
def sqlite_ctx(sqlite_url: str, clock: FakeClock) -> Iterator[ServiceContext]:
    """For widget tests that do not need to run on both databases."""
    db = open_database(sqlite_url)
    context = ServiceContext(db=db, actor="Test Coordinator", device_id=device_id(db), clock=clock)
    seed_catalogue(context)
    yield context
    db.dispose()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until no background task runs and nothing is left to deliver (loads, saves, reloads after saves)."""
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=WAIT_MS)


@pytest.fixture
def open_window(qtbot: QtBot) -> Callable[[ServiceContext], MainWindow]:
    def make(context: ServiceContext) -> MainWindow:
        window = MainWindow(ctx=context)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.waitUntil(lambda: window.overview.has_loaded, timeout=WAIT_MS)
        settle(qtbot, window)
        return window

    return make


def shown(parent: QWidget, kind: type[W]) -> W | None:
    """The visible dialog (or widget) of a kind among `parent`'s children, as a person would find it on screen."""
    return next((w for w in parent.findChildren(kind) if w.isVisible()), None)


def wait_shown(qtbot: QtBot, parent: QWidget, kind: type[W]) -> W:
    qtbot.waitUntil(lambda: shown(parent, kind) is not None, timeout=WAIT_MS)
    found = shown(parent, kind)
    assert found is not None
    if found.isWindow():
        qtbot.waitUntil(found.isActiveWindow, timeout=WAIT_MS)
    return found


def click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    """Click a row of a table with the mouse (in its first column)."""
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def closed(widget: QWidget) -> bool:
    """Hidden or already deleted (dialogs delete themselves when they close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The test runs once in English and once in Norwegian Bokmål (app and Qt translations, locale formats)."""
    before = QLocale()
    for compiled in (TRANSLATIONS_DIR / "mentor_coordinator_nb.qm", TRANSLATIONS_DIR / "qtbase_nb.qm"):
        if not compiled.exists():  # `make translations` builds them; build them here when the tests run alone
            lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
            source = compiled.with_suffix(".ts")
            subprocess.run([lrelease, str(source), "-qm", str(compiled)], check=True, capture_output=True)
    use_language(qapp, request.param)
    yield request.param
    remove_translations(qapp)
    QLocale.setDefault(before)
