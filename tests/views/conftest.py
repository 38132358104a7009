"""Fixtures for the desktop: a main window on a real database, waited on the way a person would wait."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.db import open_database
from app.services.catalogue import seed_catalogue
from app.services.context import ServiceContext
from app.services.identity import device_id
from app.views.main_window import MainWindow
from tests.helpers import FakeClock

WAIT_MS = 15_000


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
