"""Screenshots of the main views on demo data, for docs/screenshots/ and the README.

Usage: ``.venv/bin/python scripts/screenshots.py`` (starts ``Xvfb :99`` itself when there is no display), or under
``xvfb-run``. Builds the demo cohort (``mentor-coordinator demo``) in a temporary database, opens the real window
and saves overview.png, detail.png, detail_history.png, dissolve_dialog.png, people.png, programme.png,
mentor_view.png, match_widget.png, create_pairing.png, cohort_review.png, dashboard.png, alerts.png,
meeting_actions.png, mentor_link.png (a mentor's profile with a personal portal link just issued) and overview_nb.png
(in Norwegian Bokmål; needs the compiled .qm from `make translations`). ``--only NAME.png …`` saves just those (the
others stay as they are).

With a PostgreSQL server at hand (``MENTOR_TEST_PG``, default the local one as the tests use it), the demo desktop
syncs with a throwaway server database first, and the script also saves sync_status.png (the status bar after a
sync that met conflicts), conflicts.png and server_settings.png; a second desktop ("Bergen office") makes the
conflicting edits. Without one, those three are skipped.
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
from typing import Any

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


PG_ADMIN_URL = os.environ.get("MENTOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def sync_server() -> str | None:
    """An empty database on the local PostgreSQL prepared as a sync server, or None when there is no PostgreSQL."""
    import uuid

    import psycopg

    from app.sync.server_setup import init_server

    name = f"mc_screens_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        print(f"no PostgreSQL at {PG_ADMIN_URL} ({exc}); skipping the sync screenshots")
        return None
    url = f"{PG_ADMIN_URL.rsplit('/', 1)[0]}/{name}"
    init_server(url)
    return url


def drop_server(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[arg-type]


ONLY: set[str] = set()


def main() -> int:
    ONLY.update(name for name in sys.argv[1:] if name != "--only")
    server = start_display()
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    try:
        with tempfile.TemporaryDirectory() as folder:
            os.environ["MENTOR_DATA_DIR"] = folder
            os.environ["MENTOR_CONFIG_DIR"] = str(Path(folder) / "config")  # never the user's own server setting
            server_url = sync_server()
            try:
                return shoot(demo_database(Path(folder)), server_url, Path(folder))
            finally:
                if server_url:
                    drop_server(server_url)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)


def shoot(url: str, server_url: str | None, folder: Path) -> int:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.views.main_window import MainWindow
    from app.views.pairings.dissolve_dialog import DissolveDialog
    from app.views.widgets.roles import ROW_ROLE
    from app.views.widgets.translations import install_translations, remove_translations

    app = QApplication(["Mentor Coordinator"])
    install_translations(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Kari Koordinator", device_id="screenshots")
    if server_url:
        from app.sync.engine import run_sync

        ctx.installation.set("server_url", server_url)
        run_sync(ctx, server_url)  # the views below show a desktop in sync

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
        if ONLY and name not in ONLY:
            return
        wait(lambda: window.tasks.idle and window.sync.idle)
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

    os.environ.setdefault("MENTOR_PORTAL_URL", "https://portal.example.no")
    people = window.people
    row = next(
        r for r in range(people.proxy.rowCount()) if people.proxy.index(r, 0).data(ROW_ROLE).person.id == chosen.mentor
    )
    people.table.setCurrentIndex(people.proxy.index(row, 0))
    person = people.edit_selected()
    assert person is not None and person.portal_links is not None
    wait(lambda: person.isVisible() and window.tasks.idle)
    person.portal_links.issue()
    wait(lambda: window.tasks.idle and bool(person.portal_links and person.portal_links.link_edit.text()))
    save(person, "mentor_link.png")
    person.reject()

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
    if server_url:
        shoot_sync(window, server_url, folder, wait, save)
    followup_screens(window, ctx, chosen.id, save, wait)  # scheduler branch
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


def shoot_sync(window: Any, server_url: str, folder: Path, wait: Any, save: Any) -> None:
    """A second desktop changes what this one changes too; this one syncs and meets the conflicts."""
    from app.db import open_database, upgrade_database
    from app.installation import Installation
    from app.services.core.context import ServiceContext
    from app.services.people.people import list_people, update_person
    from app.services.people.rules import PersonFields
    from app.sync.engine import run_sync
    from app.views.sync.conflicts_dialog import ConflictsDialog

    ctx = window.ctx
    bergen_url = f"sqlite:///{folder / 'bergen.db'}"
    upgrade_database(bergen_url)
    bergen_db = open_database(bergen_url)
    bergen = ServiceContext(
        db=bergen_db, actor="Bergen office", device_id="bergen", installation=Installation(folder / "bergen.json")
    )
    run_sync(bergen, server_url)
    people = sorted(list_people(ctx), key=lambda p: p.name)[:2]
    update_person(bergen, people[0].id, PersonFields(phone="+47 222 22 222"))
    update_person(bergen, people[1].id, PersonFields(email="bergen@example.org"))
    run_sync(bergen, server_url)
    update_person(ctx, people[0].id, PersonFields(phone="+47 111 11 111"))
    update_person(ctx, people[1].id, PersonFields(email="oslo@example.org"))
    window.tabs.setCurrentWidget(window.overview)
    window.sync.sync_now()
    wait(lambda: window.sync.idle and window.sync.status.conflicts_button.isVisible())
    update_person(ctx, people[1].id, PersonFields(postcode="0150"))  # one save waiting to be sent
    wait(lambda: "1 change waiting" in window.sync.status.label.text())
    save(window.statusBar(), "sync_status.png")

    window.sync.status.conflicts_button.click()
    dialog = next(w for w in window.findChildren(ConflictsDialog) if w.isVisible())
    dialog.resize(900, 360)
    wait(lambda: dialog.has_loaded and dialog.model.rowCount() == 2)
    dialog.table.selectRow(0)
    dialog.table.setFocus()
    save(dialog, "conflicts.png")
    dialog.close()

    settings = window.sync.open_settings()
    wait(settings.isVisible)
    settings.test_connection()
    wait(lambda: not settings.testing)
    save(settings, "server_settings.png")
    settings.reject()
    bergen_db.dispose()


def followup_screens(
    window: Any, ctx: Any, pairing_id: str, save: Callable[..., None], wait: Callable[..., None]
) -> None:
    """dashboard.png, alerts.png and meeting_actions.png (the scheduler's parts of the window)."""
    from app.scheduler.jobs import raise_alerts

    raise_alerts(ctx, ctx.now())
    window.tabs.setCurrentWidget(window.followup.dashboard)
    wait(lambda: window.followup.dashboard.current() is not None)
    window.resize(1320, 900)
    save(window, "dashboard.png")
    window.followup.refresh_count()
    panel = window.followup.show_alerts()
    panel.resize(900, 420)
    wait(lambda: panel.isVisible() and panel.model.rowCount() > 0)
    save(panel, "alerts.png")
    panel.close()
    detail = window.open_pairing(pairing_id)
    detail.resize(980, 620)
    wait(lambda: detail.detail is not None)
    detail.tabs.setCurrentIndex(2)
    table = detail.other_tables[1]
    if table.model().rowCount():
        table.setFocus()
        table.selectRow(table.model().rowCount() - 1)
    save(detail, "meeting_actions.png")
    detail.close()


if __name__ == "__main__":
    sys.exit(main())
