"""Screenshots of the organisation units, taken from the desktop alone (issue 14's acceptance), for docs/screenshots/.

Usage: ``.venv/bin/python scripts/screenshots_units.py`` under ``xvfb-run`` (or with a display). Builds the demo
cohort plus a second programme in Tromsø, then, through the dialogs as a coordinator would: builds national →
region → chapter, moves the demo programme to the chapter, retires the demo's old unit, narrows "My units" to the
region and shows the overview. Saves units_tree.png, units_programme.png, units_scope.png and units_overview.png.
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


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MENTOR_DATA_DIR"] = folder
        os.environ["MENTOR_CONFIG_DIR"] = str(Path(folder) / "config")
        url = f"sqlite:///{Path(folder) / 'demo.db'}"
        subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", url, "demo", "--size", "24"], check=True)
        return shoot(url)


def shoot(url: str) -> int:
    import shiboken6
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication, QComboBox, QWidget

    from app.db import open_database
    from app.services.core.context import ServiceContext
    from app.services.pairings.pairings import activate_pairing, create_pairing
    from app.services.people.people import PersonFields, ProfileFields, add_person
    from app.services.programmes.programmes import create_programme, set_programme_state
    from app.views.main_window import MainWindow
    from app.views.widgets.translations import install_translations

    app = QApplication(["Mentor Coordinator"])
    install_translations(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    OUT.mkdir(parents=True, exist_ok=True)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Kari Koordinator", device_id="screenshots")
    tromso = create_programme(ctx, "Likeperson Tromsø 2026", milestones=["First meeting", "Goals agreed"])
    for state in ("open", "matching"):
        set_programme_state(ctx, tromso.id, state)
    for mentor, mentee in (("Hanne Johansen", "Trond Eriksen"), ("Jon Pettersen", "Ingrid Nilsen")):

        def person(name: str) -> PersonFields:
            return PersonFields(name=name, email=f"{name.split()[0].lower()}@example.no", municipality="Tromsø")

        approved = ProfileFields(state="approved")
        m = add_person(ctx, person(mentor), role="mentor", programme=tromso.id, profile=approved)
        e = add_person(ctx, person(mentee), role="mentee", programme=tromso.id)
        activate_pairing(ctx, create_pairing(ctx, programme=tromso.id, mentor=m.id, mentee=e.id).id)

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

    def pick(combo: QComboBox, text: str) -> None:
        index = combo.findText(text)
        assert index >= 0, text
        combo.setCurrentIndex(index)

    window = MainWindow(ctx=ctx)
    window.resize(1320, 780)
    window.show()
    wait(lambda: window.overview.has_loaded)

    units = window.edit_units()
    wait(lambda: units.has_loaded)
    for name, level, parent in (
        ("Norges Blindeforbund", "National", "Nothing (top level)"),
        ("Viken", "Region", "Norges Blindeforbund"),
        ("Oslo lokallag", "Chapter", "Viken"),
        ("Nord", "Region", "Norges Blindeforbund"),
        ("Tromsø lokallag", "Chapter", "Nord"),
    ):
        units.name_edit.setText(name)
        pick(units.kind_combo, level)
        pick(units.parent_combo, parent)
        units.add()
        wait(lambda name=name: units.banner.text() == f"Added {name}." and window.tasks.idle)

    window.tabs.setCurrentWidget(window.programmes)
    wait(lambda: window.programmes.has_loaded)
    for programme, unit in (("Likeperson Tromsø 2026", "Tromsø lokallag"), (None, "Oslo lokallag")):
        proxy = window.programmes.proxy
        names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
        row = names.index(programme) if programme else next(i for i, n in enumerate(names) if "Tromsø" not in n)
        window.programmes.table.setCurrentIndex(proxy.index(row, 0))
        edit = window.programmes.edit_selected()
        assert edit is not None
        wait(edit.isVisible)
        pick(edit.unit_combo, unit)
        if programme is None:
            save(edit, "units_programme.png")
        edit.save()
        wait(lambda edit=edit: not shiboken6.isValid(edit) or not edit.isVisible())

    units.reload()
    wait(lambda: window.tasks.idle)
    old = next(u for u in units.units if u.name == "Region Øst")
    for row in range(units.model.rowCount()):
        if units.model.index(row, 0).data() == old.name:
            units.tree.setCurrentIndex(units.model.index(row, 0))
    units.retire()
    wait(lambda: units.banner.text() == "Retired Region Øst." and window.tasks.idle)
    oslo = units.model.index(0, 0, units.model.index(1, 0, units.model.index(0, 0)))
    units.tree.setCurrentIndex(oslo)
    wait(lambda: window.tasks.idle)
    units.resize(640, 560)
    save(units, "units_tree.png")
    units.reject()

    window.tabs.setCurrentWidget(window.overview)
    scope = window.choose_scope()
    wait(lambda: scope.has_loaded)
    for i in range(scope.unit_list.count()):
        item = scope.unit_list.item(i)
        if item.text().strip() == "Viken":
            scope.unit_list.setCurrentRow(i)
            item.setCheckState(Qt.CheckState.Checked)
    save(scope, "units_scope.png")
    scope.save()
    wait(lambda: not shiboken6.isValid(scope) or not scope.isVisible())
    wait(lambda: window.tasks.idle)
    window.refresh()
    wait(lambda: window.tasks.idle)
    save(window, "units_overview.png")
    window.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
