"""Screenshots for issue 15: the main window at 200 % on a 1920×1080 screen and at 1280×720 (100 %) in both
languages, the Bokmål file dialog, the detail after an action, the cohort proposal with its filters.
Usage: ``xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots_keyboard.py``.

Each picture is taken in its own process, because the scale factor (``QT_SCALE_FACTOR``) is read once at start.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def wait(app: object, condition: Callable[[], bool], timeout: float = 20) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(url: str, shot: str, language: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.views.main_window import MainWindow
    from app.views.widgets.translations import use_language

    app = QApplication(["Mentor Coordinator"])
    use_language(app, language)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Kari Koordinator", device_id="screenshots")
    window = MainWindow(ctx=ctx)
    window.show()
    wait(app, lambda: window.overview.has_loaded and window.tasks.idle)
    suffix = "" if language == "en" else f"_{language}"
    if shot == "main":
        window.showMaximized()
        wait(app, lambda: window.tasks.idle)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        screen = window.screen()
        name = f"main_200pct{suffix}.png" if os.environ.get("QT_SCALE_FACTOR") == "2" else f"main_100pct{suffix}.png"
        screen.grabWindow(0).save(str(OUT / name))
    elif shot.startswith("main_1280"):  # main_1280 (Pairings) or main_1280_matching: the window at 1280×720
        window.showNormal()
        window.resize(1280, 720)
        if shot.endswith("matching"):
            window.show_page(window.matching_page)
            wait(app, lambda: window.matching_page.has_loaded and window.tasks.idle)
        for _ in range(30):
            app.processEvents()
            time.sleep(0.02)
        page = "_matching" if shot.endswith("matching") else ""
        window.grab().save(str(OUT / f"main_1280x720{page}{suffix}.png"))
    elif shot == "cohort":
        window.show_page(window.matching_page)
        wait(app, lambda: window.matching_page.has_loaded and window.tasks.idle)
        window.matching_page.filters.set_geography("county")
        review = window.matching_page.review_cohort()
        wait(app, lambda: review is not None and not review.busy and window.tasks.idle)
        review.table.selectRow(0)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        review.grab().save(str(OUT / f"cohort_filters{suffix}.png"))
    elif shot == "file_dialog":
        dialog = QFileDialog(window, window.export_action.text().replace("&", "").rstrip("…"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(window.export_action.tr("Excel workbook (*.xlsx)"))
        folder = Path(tempfile.mkdtemp()) / "Mentorprogram"  # a coordinator's folder, not this checkout
        (folder / "Arkiv").mkdir(parents=True)
        for name in ("Likeperson Øst 2026.xlsx", "Nye mentees mars.xlsx"):
            (folder / name).write_bytes(b"")
        dialog.setDirectory(str(folder))
        dialog.selectFile("mentor-coordinator.xlsx")
        dialog.show()
        for _ in range(30):
            app.processEvents()
            time.sleep(0.02)
        dialog.grab().save(str(OUT / f"file_dialog{suffix}.png"))
    elif shot == "detail":
        view = window.overview
        view.table.setFocus()
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        row = view.selected_row()
        detail = window.open_pairing(row.id, view)
        wait(app, lambda: detail.detail is not None and window.tasks.idle)
        detail._set_milestone("completed")  # what Ctrl+Return does on the selected (next) milestone
        wait(app, lambda: window.tasks.idle and detail.banner.isVisible())
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        detail.grab().save(str(OUT / f"detail_after_action{suffix}.png"))
        del Qt
    window.close()
    db.dispose()


def main() -> int:
    if len(sys.argv) > 1:  # one picture, in this process
        shoot(sys.argv[1], sys.argv[2], sys.argv[3])
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        env = {**os.environ, "MENTOR_DATA_DIR": folder, "MENTOR_CONFIG_DIR": folder, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "demo"], check=True, env=env)
        for shot, language, scale in (
            ("main", "en", "2"),
            ("main", "nb", "2"),
            ("main", "nb", "1"),
            ("main_1280", "en", "1"),
            ("main_1280", "nb", "1"),
            ("main_1280_matching", "en", "1"),
            ("main_1280_matching", "nb", "1"),
            ("cohort", "en", "1"),
            ("cohort", "nb", "1"),
            ("file_dialog", "nb", "1"),
            ("detail", "en", "1"),
            ("detail", "nb", "1"),
        ):
            run_env = {**env, "QT_SCALE_FACTOR": scale}
            subprocess.run([sys.executable, __file__, url, shot, language], check=True, env=run_env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
