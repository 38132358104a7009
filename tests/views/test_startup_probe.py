"""The start-up probe the benchmark reads: written once the window is exposed and the overview holds its rows."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.gui import watch_startup
from app.services.core.context import ServiceContext
from app.views.main_window import MainWindow
from tests.views.builders import programme_with_pairings
from tests.views.conftest import WAIT_MS


def test_the_probe_waits_for_the_rows_then_writes_the_moment(
    qtbot: QtBot, sqlite_ctx: ServiceContext, tmp_path: Path
) -> None:
    programme_with_pairings(sqlite_ctx)
    probe = tmp_path / "probe.txt"
    done: list[bool] = []
    before = time.time()
    window = MainWindow(ctx=sqlite_ctx)
    qtbot.addWidget(window)
    watch_startup(window, probe, on_done=lambda: done.append(True))
    window.show()
    # The window shows at once, saying it is loading, while the rows come in the background.
    assert window.overview.banner.text() == "Loading pairings…"
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)

    moment, rows = probe.read_text(encoding="utf-8").split()
    assert before <= float(moment) <= time.time()
    assert int(rows) == window.overview.model.rowCount() > 0
    assert window.overview.has_loaded and not window.overview.banner.isVisible()
