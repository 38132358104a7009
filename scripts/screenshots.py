"""Screenshots of the main views on demo data, for docs/screenshots/ and the README.

Usage: ``.venv/bin/python scripts/screenshots.py`` (starts ``Xvfb :99`` itself when there is no display), or under
``xvfb-run``. Builds the demo cohort (``mentor-coordinator demo``) in a temporary database, opens the real window
and saves overview.png, detail.png, detail_history.png, dissolve_dialog.png, people.png, programme.png,
mentor_view.png, match_widget.png, create_pairing.png, cohort_review.png and overview_nb.png (in Norwegian
Bokmål; needs the compiled .qm from `make translations`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def start_display() -> subprocess.Popen[bytes] | None:
    """An Xvfb display unless one is there already (xvfb-run, a desktop session)."""
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb is missing: run ./scripts/install-system-deps.sh, or use QT_QPA_PLATFORM=offscreen")
    server = subprocess.Popen(["Xvfb", ":99", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"])
    os.environ["DISPLAY"] = ":99"
    time.sleep(0.5)  # a separate process: nothing to wait on but its socket
    return server


def demo_database(folder: Path) -> str:
    url = f"sqlite:///{folder / 'demo.db'}"
    env = {**os.environ, "MENTOR_DATA_DIR": str(folder)}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "demo"], check=True, env=env)
    return url


def main() -> int:
    server = start_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["MENTOR_DATA_DIR"] = folder
            return shoot(demo_database(Path(folder)))
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


def shoot(url: str) -> int:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.views.main_window import MainWindow
    from app.views.pairings.dissolve_dialog import DissolveDialog
    from app.views.widgets.translations import install_translations, remove_translations

    app = QApplication(["Mentor Coordinator"])
    install_translations(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Kari Koordinator", device_id="screenshots")

    def wait(condition: Callable[[], bool], timeout: float = 20) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise TimeoutError("the window did not get there in time")
            app.processEvents()
            time.sleep(0.01)
        for _ in range(5):
            app.processEvents()

    def save(widget: QWidget, name: str) -> None:
        wait(lambda: window.tasks.idle)
        widget.grab().save(str(OUT / name))
        print(f"saved {OUT / name}")

    window = MainWindow(ctx=ctx)
    window.resize(1320, 780)
    window.show()
    wait(lambda: window.overview.has_loaded)
    window.overview.table.setFocus()
    window.overview.select_pairing(window.overview.model.rows[0].id)
    save(window, "overview.png")

    rows = window.overview.model.rows
    chosen = max((r for r in rows if r.status == "active"), key=lambda r: (r.milestones_done, r.mentee_name))
    window.overview.select_pairing(chosen.id)
    detail = window.open_pairing(chosen.id)
    detail.resize(980, 620)
    wait(lambda: detail.detail is not None)
    pending = [m for m in detail.pairing.milestones if m.status != "completed"]
    detail.select_milestone((pending or detail.pairing.milestones)[0].id)
    save(detail, "detail.png")
    detail.tabs.setCurrentIndex(1)
    save(detail, "detail_history.png")
    detail.close()

    dialog = window.dissolve_pairing(chosen.id)
    assert isinstance(dialog, DissolveDialog)
    dialog.resize(560, dialog.sizeHint().height())
    wait(dialog.isVisible)
    save(dialog, "dissolve_dialog.png")
    dialog.reject()

    window.tabs.setCurrentWidget(window.people)
    wait(lambda: window.people.has_loaded)
    save(window, "people.png")

    window.tabs.setCurrentWidget(window.programmes)
    wait(lambda: window.programmes.has_loaded)
    window.programmes.table.selectRow(0)
    window.programmes.table.setCurrentIndex(window.programmes.proxy.index(0, 0))
    edit = window.programmes.edit_selected()
    assert edit is not None
    wait(edit.isVisible)
    save(edit, "programme.png")
    edit.reject()

    window.tabs.setCurrentWidget(window.mentor_view)
    wait(lambda: window.mentor_view.has_loaded)
    combo = window.mentor_view.mentor_combo
    combo.setCurrentIndex(combo.findData(chosen.mentor))
    wait(lambda: window.mentor_view.list.has_loaded and window.mentor_view.list.model.rowCount() > 0)
    save(window, "mentor_view.png")

    window.tabs.setCurrentWidget(window.matching_page)
    matching = window.matching_page
    wait(lambda: matching.model.rowCount() > 0 and window.tasks.idle)
    matching.table.selectRow(0)
    matching.show_excluded.setChecked(True)
    save(window, "match_widget.png")
    matching.table.selectRow(0)
    confirm = matching.create_pairing()
    assert confirm is not None
    wait(confirm.isVisible)
    save(confirm, "create_pairing.png")
    confirm.reject()
    review = matching.review_cohort()
    assert review is not None
    review.resize(1200, 640)
    wait(lambda: review.isVisible() and not review.busy and review.model.rowCount() > 0)
    save(review, "cohort_review.png")
    review.reject()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()

    remove_translations(app)
    install_translations(app, QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    window = MainWindow(ctx=ctx)
    window.resize(1320, 780)
    window.show()
    wait(lambda: window.overview.has_loaded)
    save(window, "overview_nb.png")
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
