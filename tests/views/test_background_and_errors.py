"""Story 7: loading and saving run off the GUI thread; errors read as sentences, never as tracebacks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

import app.views.main_window
import app.views.pairings.dissolve_dialog
from app.services.core.context import ServiceContext
from app.services.pairings.pairings import dissolve_pairing
from app.views.main_window import MainWindow
from app.views.pairings.dissolve_dialog import DissolveDialog
from app.views.widgets.tasks import InlineTaskRunner, TaskRunner
from tests.views.builders import programme_with_pairings
from tests.views.conftest import click_row, closed, settle, wait_shown


def test_loading_and_saving_happen_off_the_gui_thread_and_the_window_stays_responsive(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    open_window: Callable[[ServiceContext], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    programme_with_pairings(sqlite_ctx)
    threads: dict[str, str] = {}
    release = threading.Event()
    real_load, real_dissolve = (
        app.views.main_window.list_open_pairings,
        app.views.pairings.dissolve_dialog.dissolve_pairing,
    )

    def slow_load(*args: Any, **kwargs: Any) -> Any:
        threads["load"] = threading.current_thread().name
        release.wait(10)
        return real_load(*args, **kwargs)

    def dissolve(*args: Any, **kwargs: Any) -> Any:
        threads["save"] = threading.current_thread().name
        return real_dissolve(*args, **kwargs)

    monkeypatch.setattr(app.views.main_window, "list_open_pairings", slow_load)
    monkeypatch.setattr(app.views.pairings.dissolve_dialog, "dissolve_pairing", dissolve)
    window = MainWindow(ctx=sqlite_ctx)
    qtbot.addWidget(window)
    window.show()

    # The load is blocked in its worker, yet the window answers the keyboard.
    assert window.overview.banner.text() == "Loading pairings…"
    assert window.overview.banner.accessibleName() == "Loading pairings…"
    qtbot.keyClicks(window.overview.filter_edit, "kari")
    assert window.overview.filter_edit.text() == "kari"
    assert not window.overview.has_loaded
    release.set()
    qtbot.waitUntil(lambda: window.overview.has_loaded)
    assert window.overview.proxy.rowCount() == 1
    qtbot.keyClick(window.overview.filter_edit, Qt.Key.Key_Escape)

    click_row(qtbot, window.overview.table, 0)
    selected = window.overview.selected_row()
    assert selected is not None
    dialog = window.dissolve_pairing(selected.id)
    assert isinstance(dialog, DissolveDialog)
    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, window)
    main = threading.main_thread().name
    assert threads["load"] != main and threads["save"] != main


def failing_window(qtbot: QtBot, context: ServiceContext) -> MainWindow:
    window = MainWindow(ctx=context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.overview.banner.kind == "error")
    return window


def test_an_unexpected_error_is_one_readable_line_and_a_logged_traceback(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise KeyError("health")

    monkeypatch.setattr(app.views.main_window, "list_open_pairings", broken)
    with caplog.at_level(logging.ERROR):
        window = failing_window(qtbot, sqlite_ctx)

    text = window.overview.banner.text()
    assert text == "The list could not be loaded: Something went wrong (KeyError). Details are in the log file."
    assert "Traceback" not in text and window.overview.banner.kind == "error"
    assert any(record.exc_info for record in caplog.records), "the traceback goes to the log"

    monkeypatch.undo()  # the cause goes away; F5 loads the list and the message goes too
    qtbot.keyClick(window.overview.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.overview.has_loaded)
    assert window.overview.banner.kind != "error"


def test_an_unreachable_database_says_so(
    qtbot: QtBot,
    sqlite_ctx: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def offline(*_: Any, **__: Any) -> Any:
        raise OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    monkeypatch.setattr(app.views.main_window, "list_open_pairings", offline)
    window = failing_window(qtbot, sqlite_ctx)

    assert "The database could not be reached" in window.overview.banner.text()


def test_a_refusal_from_the_service_is_shown_as_it_is(
    qtbot: QtBot, ctx: ServiceContext, open_window: Callable[[ServiceContext], MainWindow]
) -> None:
    programme_with_pairings(ctx)
    window = open_window(ctx)
    view = window.overview
    click_row(qtbot, view.table, next(r for r in range(3) if view.proxy.index(r, 1).data() == "Ola Hansen"))
    target = window.overview.selected_row()
    assert target is not None and target.status == "active"
    qtbot.keyClick(window.overview.table, Qt.Key.Key_Delete)
    dialog = wait_shown(qtbot, window, DissolveDialog)
    # Meanwhile a colleague on another desktop dissolves the same pairing.
    colleague = replace(ctx, actor="Other Coordinator", listeners=[])
    dissolve_pairing(colleague, target.id, "moved")

    qtbot.keyClick(dialog.reason_combo, Qt.Key.Key_Down)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.banner.kind == "error")
    assert dialog.banner.text() == "A dissolved pairing cannot be dissolved."
    assert dialog.isVisible()


def test_inline_runner_delivers_results_and_errors_at_once(qtbot: QtBot) -> None:
    runner = InlineTaskRunner()
    results: list[Any] = []
    runner.run(lambda: 41 + 1, results.append)
    runner.run(lambda: 1 / 0, results.append, lambda exc: results.append(type(exc).__name__))
    assert results == [42, "ZeroDivisionError"]


def test_thread_runner_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[str] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.run(
            lambda: threading.current_thread().name,
            lambda worker: seen.extend([worker, threading.current_thread().name]),
        )
    assert seen[0] != threading.main_thread().name and seen[1] == threading.main_thread().name
    runner.shutdown()


def test_a_result_for_a_window_closed_meanwhile_is_dropped(
    qtbot: QtBot, sqlite_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """My units closed (and deleted) while its units load: the late result must not touch its deleted widgets.

    pytest-qt fails the test on any exception raised in a Qt slot, which is what the late delivery raised before.
    """
    import shiboken6

    import app.views.scope_dialog
    from app.views.scope_dialog import ScopeDialog

    released = threading.Event()
    slow = app.views.scope_dialog.list_units
    monkeypatch.setattr(app.views.scope_dialog, "list_units", lambda ctx: released.wait(5) and slow(ctx))
    runner = TaskRunner()
    dialog = ScopeDialog(ctx=sqlite_ctx, tasks=runner)
    dialog.open()
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        released.set()
    assert runner.idle
    runner.shutdown()
