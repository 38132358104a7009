"""Screenshots of the display settings for docs/: the overview at 200 % text size and in the high-contrast theme.

Usage: ``xvfb-run -a -s "-screen 0 2400x1500x24" .venv/bin/python scripts/screenshots_display.py`` (or with any
display). Builds the demo cohort in a temporary folder and saves docs/screenshots/overview_200_percent.png and
docs/screenshots/overview_high_contrast.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="mc-display-"))
    os.environ.update(MENTOR_DATA_DIR=str(folder), MENTOR_CONFIG_DIR=str(folder / "config"))
    os.environ.pop("MENTOR_SERVER_URL", None)
    url = f"sqlite:///{folder / 'demo.db'}"
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "demo", "--size", "30"], check=True)

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.services.identity import device_id
    from app.views.main_window import MainWindow
    from app.views.widgets.theme import HIGH_CONTRAST, apply_theme

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication(sys.argv[:1])
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Demo Coordinator", device_id=device_id(db))

    def wait(condition: object, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError
            QCoreApplication.processEvents()
            time.sleep(0.02)

    def shoot(name: str, size: tuple[int, int]) -> None:
        window = MainWindow(ctx=ctx)
        window.resize(*size)
        window.show()
        wait(lambda: window.overview.has_loaded and window.tasks.idle)
        for _ in range(20):
            QCoreApplication.processEvents()
            time.sleep(0.02)
        window.grab().save(str(OUT / name))
        print(f"saved {OUT / name}")
        window.close()

    font = app.font()
    base = font.pointSizeF()
    font.setPointSizeF(base * 2)  # a system text size of 200 %
    app.setFont(font)
    shoot("overview_200_percent.png", (2200, 1300))
    font.setPointSizeF(base)
    app.setFont(font)
    apply_theme(app, HIGH_CONTRAST)
    shoot("overview_high_contrast.png", (1400, 820))
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
