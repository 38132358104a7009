"""Desktop budgets (DESIGN.md §10): start to usable window with 5,000 pairings, and one filter keystroke.

``python -m benchmarks desktop`` (or ``python -m benchmarks.desktop``) prints one JSON object per line:

- ``desktop_start_5000``: from an existing QApplication to the main window constructed, shown and its overview
  holding every open pairing (opening the database included), median of ``--runs`` fresh windows;
- ``overview_filter_keystroke``: median time of one key typed into the overview's filter until the proxy has
  filtered and the queued events (the repaint) are processed.

The database (SQLite, 5,000 open pairings) is built once and cached in the temp directory, keyed by a version string.
Runs on the offscreen Qt platform.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA_VERSION = "desktop-v1"  # change when the seed or the schema changes, so a stale cache is not reused
BUDGETS = {"desktop_start_5000": 2.0, "overview_filter_keystroke": 0.05}
TYPED = "kari nordmann"


def database(pairings: int, *, rebuild: bool = False) -> str:
    """A cached SQLite database with `pairings` open pairings; built in a few seconds when missing."""
    from app.db import open_database, upgrade_database
    from app.services.core.context import ServiceContext
    from app.services.settings.catalogue import seed_catalogue
    from benchmarks._desktop_seed import seed_open_pairings

    folder = Path(tempfile.gettempdir()) / "mentor-coordinator-benchmarks"
    folder.mkdir(exist_ok=True)
    path = folder / f"{DATA_VERSION}-{pairings}.db"
    if path.exists() and not rebuild:
        return f"sqlite:///{path}"
    building = path.with_suffix(".building")
    for stale in (building, path):
        stale.unlink(missing_ok=True)
    url = f"sqlite:///{building}"
    upgrade_database(url)
    db = open_database(url)
    try:
        ctx = ServiceContext(db=db, actor="benchmark", device_id="benchmark")
        seed_catalogue(ctx)
        seed_open_pairings(ctx, pairings)
    finally:
        db.dispose()
    building.rename(path)
    return f"sqlite:///{path}"


def measure_start(url: str, pairings: int) -> tuple[float, Any, Any]:
    """Seconds from nothing open to a usable overview; returns the window for the keystroke measurement too."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.views.main_window import MainWindow

    app = QApplication.instance()
    assert app is not None
    started = time.perf_counter()
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="benchmark", device_id="benchmark")
    window = MainWindow(ctx=ctx)
    window.show()
    # Wait the way the application does, in an event loop, until the overview says it has loaded.
    loop = QEventLoop()
    window.overview.loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    if not window.overview.has_loaded:
        loop.exec()
    if window.overview.model.rowCount() < pairings:
        raise RuntimeError(f"the overview did not fill: {window.overview.banner.text()}")
    app.processEvents()  # the first paint of the filled table
    return time.perf_counter() - started, window, db


def measure_keystrokes(window: Any) -> list[float]:
    """Type the filter text and delete it again, one key at a time, timing each key."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    edit = window.overview.filter_edit
    edit.setFocus()
    keys = [(ch, Qt.Key(ord(ch.upper()))) for ch in TYPED] + [("\b", Qt.Key.Key_Backspace)] * len(TYPED)
    times = []
    for text, key in keys:
        started = time.perf_counter()
        if key == Qt.Key.Key_Backspace:
            QTest.keyClick(edit, key)
        else:
            QTest.keyClick(edit, key, Qt.KeyboardModifier.NoModifier)
        window.overview.proxy.rowCount()
        QCoreApplication.processEvents()
        times.append(time.perf_counter() - started)
        assert text == "\b" or edit.text().endswith(text)
    assert edit.text() == "" and window.overview.proxy.rowCount() == window.overview.model.rowCount()
    return times


def emit(name: str, seconds: float, samples: int) -> dict[str, Any]:
    record = {
        "name": name,
        "seconds": round(seconds, 4),
        "budget_seconds": BUDGETS[name],
        "ratio_vs_reference": None,
        "within_budget": seconds <= BUDGETS[name],
        "samples": samples,
    }
    print(json.dumps(record), flush=True)
    return record


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks desktop", description=__doc__.splitlines()[0])
    parser.add_argument("--pairings", type=int, default=5000, help="open pairings in the database (default 5000)")
    parser.add_argument("--runs", type=int, default=3, help="fresh windows to time for the start (median)")
    parser.add_argument("--rebuild", action="store_true", help="build the cached database again")
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))

    from PySide6.QtWidgets import QApplication

    url = database(args.pairings, rebuild=args.rebuild)
    app = QApplication.instance() or QApplication(["benchmark"])
    starts, keystrokes = [], []
    for _ in range(max(1, args.runs)):
        seconds, window, db = measure_start(url, args.pairings)
        starts.append(seconds)
        keystrokes += measure_keystrokes(window)
        window.close()
        window.deleteLater()
        app.processEvents()
        db.dispose()
    records = [
        emit("desktop_start_5000", statistics.median(starts), len(starts)),
        emit("overview_filter_keystroke", statistics.median(keystrokes), len(keystrokes)),
    ]
    return 0 if all(r["within_budget"] for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
