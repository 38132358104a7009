"""`gui --self-test`, the check `make dist-test` runs inside the built bundle: it passes on a working build and
fails, naming the step, when a module is missing or a dialog does not open."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from app import gui_self_test
from app.gui_self_test import SelfTest, app_modules
from app.services.core.context import ServiceContext
from app.views.main_window import MainWindow
from tests.views.builders import programme_with_pairings


def test_walks_every_tab_and_dialog_and_passes(
    open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, capsys: pytest.CaptureFixture[str]
) -> None:
    programme_with_pairings(sqlite_ctx)
    window = open_window(sqlite_ctx)
    assert SelfTest(window).run() == 0
    out = capsys.readouterr().out
    for tab in ("Pairings", "Archive", "People", "Programmes", "View as mentor", "Matching", "Dashboard"):
        assert f"ok   tab {tab}" in out
    for dialog in ("import spreadsheet", "my units", "pairing details", "dissolve pairing", "sync conflicts"):
        assert f"ok   dialog {dialog}" in out
    assert out.strip().endswith("self-test: passed")


def test_a_module_missing_from_the_bundle_fails_the_run(
    open_window: Callable[[ServiceContext], MainWindow],
    sqlite_ctx: ServiceContext,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(sqlite_ctx)
    monkeypatch.setattr(gui_self_test, "app_modules", lambda: ["app.cli.main", "app.cli.commands_gone"])
    assert SelfTest(window).run() == 1
    out = capsys.readouterr().out
    assert "FAIL import every module of the app: ModuleNotFoundError" in out
    assert "self-test: FAILED: import every module of the app" in out


def test_an_exception_in_a_slot_fails_the_run(
    open_window: Callable[[ServiceContext], MainWindow], sqlite_ctx: ServiceContext, qtbot: QtBot
) -> None:
    window = open_window(sqlite_ctx)
    test = SelfTest(window)
    original = window.show_shortcuts

    def broken() -> object:
        original()
        raise RuntimeError("a slot broke")

    window.show_shortcuts = broken  # type: ignore[method-assign]
    assert test.run() == 1
    assert "dialog keyboard shortcuts" in test.failures


def test_the_source_tree_list_names_every_command_module() -> None:
    names = app_modules()
    assert {"app.cli.commands_setup", "app.cli.commands_portal", "app.gui_self_test", "app.storage"} <= set(names)
