"""Walk the running desktop app the way a screen reader sees it: through AT-SPI, driven by key presses only.

Runs under Debian's system Python (`/usr/bin/python3`, which has `python3-pyatspi`), inside the D-Bus session and X
display that tests/accessibility/test_atspi.py starts. Imports nothing from the project. It starts the app (the
command after `--`), then:

1. for every tab (reached with Ctrl+1 … Ctrl+7) and every dialog (opened with its keyboard shortcut or menu
   mnemonic): lists each interactive element (role, name) that has no accessible name, and each table's column
   headers;
2. on the Pairings tab: presses Tab until focus comes back round, reading every focus change from AT-SPI *events*
   (`object:state-changed:focused`, as Orca does: Qt item views can leave a stale focused state on a cell), and
   lists the focusable controls of the window the walk never reached;
3. dissolves a pairing with the keyboard and records the announcements (`object:announcement`) the app sends.

Writes a JSON report (the path after --report) and exits 0; the pytest side judges it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_DATE_EDITOR,
}
CONTAINERS_OF_ITEMS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST}
TABLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}

focus_events: list[tuple[str, str]] = []
announcements: list[str] = []


def pump(seconds: float = 0.3) -> None:
    """Let D-Bus events arrive: run the GLib main context for a while (pyatspi delivers events from it)."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def key(*keys: str, settle: float = 0.6) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)
    pump(settle)


def focus_window(title: str) -> None:
    """No window manager under Xvfb: give a window the X input focus directly, as a WM would on a click."""
    subprocess.run(
        ["xdotool", "search", "--sync", "--limit", "1", "--name", f"^{title}$", "windowfocus", "--sync"],
        check=False,
        timeout=20,
    )
    pump(0.5)


def focus_newest_window(pid: int, main_title: str) -> None:
    """Focus the app's newest top-level window other than the main one (a WM gives a new window the focus; there is
    no WM under Xvfb, and Qt only takes the focus itself for modal dialogs)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "."],
        capture_output=True,
        text=True,
        check=False,
        timeout=20,
    ).stdout.split()
    for window_id in reversed(found):
        title = subprocess.run(
            ["xdotool", "getwindowname", window_id], capture_output=True, text=True, check=False, timeout=20
        ).stdout.strip()
        if title and title != main_title:
            subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False, timeout=20)
            pump(0.5)
            return


def type_text(text: str) -> None:
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)
    pump(0.4)


def describe(acc: object) -> dict[str, str]:
    return {"role": acc.getRoleName(), "name": (acc.name or "").strip()}


def label(acc: object) -> str:
    """The accessible name, or the name of the element it is labelled by (what a screen reader reads)."""
    name = (acc.name or "").strip()
    if name:
        return name
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and (target.name or "").strip():
                    return target.name.strip()
    return ""


def showing_safe(acc: object) -> bool:
    try:
        return showing(acc)
    except Exception:  # the window is gone
        return False


def showing(acc: object) -> bool:
    states = acc.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def walk(root: object, *, path: str = "") -> tuple[list[dict[str, str]], list[dict[str, object]], list[object]]:
    """(unnamed interactive elements, tables with their headers, focusable elements) under `root`, showing only."""
    unnamed: list[dict[str, str]] = []
    tables: list[dict[str, object]] = []
    focusable: list[object] = []
    stack = [(root, path)]
    while stack:
        acc, where = stack.pop()
        try:
            if not showing(acc):
                continue
            role = acc.getRole()
            here = f"{where}/{acc.getRoleName()}:{(acc.name or '').strip()}"
        except Exception:  # an object that went away while walking (a dialog closing)
            continue
        if role in INTERACTIVE and not label(acc):
            unnamed.append({"role": acc.getRoleName(), "path": here})
        if (
            acc.getState().contains(pyatspi.STATE_FOCUSABLE)
            and role in INTERACTIVE
            and role
            not in (
                pyatspi.ROLE_MENU,
                pyatspi.ROLE_MENU_ITEM,
                pyatspi.ROLE_CHECK_MENU_ITEM,
                pyatspi.ROLE_RADIO_MENU_ITEM,
                pyatspi.ROLE_PAGE_TAB,
            )
        ):
            focusable.append(acc)
        if role in TABLES:
            tables.append(table_headers(acc, here))
        if role in CONTAINERS_OF_ITEMS:
            continue  # rows and cells: named by the item models (AccessibleTextRole), too many to walk here
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                stack.append((child, here))
    return unnamed, tables, focusable


def table_headers(acc: object, where: str) -> dict[str, object]:
    table = acc.queryTable()
    headers = []
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        text = (header.name if header is not None else "") or table.getColumnDescription(column) or ""
        headers.append(text.strip())
    return {"path": where, "name": label(acc), "columns": table.nColumns, "headers": headers}


def find_app(name: str, timeout: float = 60.0) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        pump(0.5)
    raise SystemExit(f"the application '{name}' never appeared on the AT-SPI bus")


def windows(app: object) -> list[object]:
    found = []
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and showing(child):
            found.append(child)
    return found


def main_frame(app: object) -> object:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for window in windows(app):
            if window.getRole() == pyatspi.ROLE_FRAME:
                return window
        pump(0.5)
    raise SystemExit("no main window")


def wait_for_new_window(app: object, before: set[str], timeout: float = 15.0) -> object | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for window in windows(app):
            if window.getRole() != pyatspi.ROLE_FRAME and key_of(window) not in before:
                pump(1.0)  # its rows load in the background
                return window
        pump(0.3)
    return None


def key_of(acc: object) -> str:
    return f"{acc.getRoleName()}:{acc.name}:{id(acc)}" if acc is not None else ""


def open_windows(app: object) -> set[str]:
    return {key_of(w) for w in windows(app) if w.getRole() != pyatspi.ROLE_FRAME}


def on_focus(event: object) -> None:
    if event.detail1 == 1 and event.source is not None:
        with contextlib.suppress(Exception):
            focus_events.append((event.source.getRoleName(), label(event.source)))


def on_announcement(event: object) -> None:
    text = event.any_data if isinstance(event.any_data, str) else str(event.any_data or "")
    announcements.append(text or (event.source.name if event.source is not None else ""))


def tab_to(role: int, limit: int = 30) -> bool:
    """Press Tab until a control of `role` has the focus (as a keyboard user moves to the list)."""
    for _ in range(limit):
        focus_events.clear()
        key("Tab", settle=0.35)
        if focus_events and focus_events[-1][0] == pyatspi.Atspi.Role(role).value_nick.replace("-", " "):
            return True
    return False


def keyboard_walk(limit: int = 120) -> list[tuple[str, str]]:
    """Press Tab until the first focused control comes round again; the focus order as events reported it."""
    focus_events.clear()
    key("Tab")
    if not focus_events:
        return []
    first = focus_events[-1]
    order = [first]
    for _ in range(limit):
        before = len(focus_events)
        key("Tab", settle=0.35)
        if len(focus_events) == before:
            continue
        current = focus_events[-1]
        if current == first:
            break
        order.append(current)
    return order


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--report", required=True)
    parser.add_argument("--app-name", default="Mentor Coordinator")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command

    pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(on_announcement, "object:announcement")
    app_process = subprocess.Popen(command, env=os.environ.copy())
    report: dict[str, object] = {"tabs": {}, "dialogs": {}, "tables": [], "unnamed": []}
    try:
        app = find_app(args.app_name)
        frame = main_frame(app)
        pump(3.0)  # the overview's rows
        focus_window(args.app_name)

        # 1. every tab
        tab_list = next(iter(pyatspi.findAllDescendants(frame, lambda a: a.getRole() == pyatspi.ROLE_PAGE_TAB_LIST)))
        tabs = [tab_list.getChildAtIndex(i) for i in range(tab_list.childCount)]
        tab_names = [tab.name for tab in tabs if tab is not None and tab.getRole() == pyatspi.ROLE_PAGE_TAB]
        report["tab_names"] = tab_names
        for number, name in enumerate(tab_names, start=1):
            key(f"ctrl+{number}", settle=2.0)
            unnamed, tables, focusable = walk(frame)
            report["tabs"][name] = {
                "unnamed": unnamed,
                "tables": tables,
                "focusable": [describe(a) for a in focusable],
            }

        # 2. the keyboard walk, on the Pairings tab
        key("ctrl+1", settle=1.5)
        _, _, focusable = walk(frame)
        order = keyboard_walk()
        report["keyboard_order"] = [{"role": r, "name": n} for r, n in order]
        reached = {(r, n) for r, n in order}
        report["unreached"] = [describe(a) for a in focusable if (a.getRoleName(), label(a)) not in reached]

        # 3. every dialog, opened from the keyboard; then a dissolve, whose result must be announced
        dialogs = [
            ("Keyboard shortcuts", ["F1"]),
            ("Import spreadsheet", ["ctrl+i"]),
            ("Server settings", ["alt+s", "s"]),
            ("Sync conflicts", ["alt+s", "c"]),
            ("My units", ["alt+v", "u"]),
            ("Add mentor", ["ctrl+3", "alt+m"]),
            ("New programme", ["ctrl+4", "alt+n"]),
            ("Guide for coordinators", ["alt+h", "g"]),
            ("About", ["alt+h", "a"]),
            ("Your name", ["alt+e", "n"]),
            ("Pairing details", ["ctrl+1", "ctrl+f", "TAB-TO-TABLE", "Down", "Return"]),
        ]
        for name, keys in dialogs:
            before = open_windows(app)
            for k in keys:
                if k == "TAB-TO-TABLE":
                    tab_to(pyatspi.ROLE_TABLE)
                else:
                    key(k, settle=0.8)
            window = wait_for_new_window(app, before)
            if window is None:
                report["dialogs"][name] = {"opened": False}
                continue
            focus_newest_window(app_process.pid, args.app_name)
            unnamed, tables, focusable = walk(window)
            report["dialogs"][name] = {
                "opened": True,
                "title": window.name,
                "unnamed": unnamed,
                "tables": tables,
                "focusable": [describe(a) for a in focusable],
            }
            key("Escape", settle=1.0)
            report["dialogs"][name]["closed_by_escape"] = not showing_safe(window)
            focus_window(args.app_name)

        # the dissolve: the list has focus on a row after the detail closed; Ctrl+D, pick a reason, confirm
        announcements.clear()
        before = open_windows(app)
        key("ctrl+d", settle=1.5)
        dissolve = wait_for_new_window(app, before)
        if dissolve is not None:
            unnamed, tables, focusable = walk(dissolve)
            report["dialogs"]["Dissolve pairing"] = {
                "opened": True,
                "title": dissolve.name,
                "unnamed": unnamed,
                "tables": tables,
                "focusable": [describe(a) for a in focusable],
            }
            for k in ("Down", "Tab", "Tab"):  # the first reason; past the note; onto "Dissolve"
                key(k, settle=0.5)
            key("space", settle=3.0)
            report["dissolve_window_left_open"] = showing_safe(dissolve)
        else:
            report["dialogs"]["Dissolve pairing"] = {"opened": False}
        pump(2.0)
        report["announcements"] = list(announcements)

        # a sync the coordinator starts (Ctrl+Shift+S): its result is announced when it finishes
        announcements.clear()
        focus_window(args.app_name)
        for _attempt in range(5):  # an automatic sync may be running (it started after the dissolve): ask again
            key("ctrl+shift+s", settle=1.0)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(a.startswith("Synced") for a in announcements):
                pump(0.5)
                if time.monotonic() > deadline - 50 and not announcements:
                    break  # not even "Syncing…": the key press was not taken, press again
            if any(a.startswith("Synced") for a in announcements):
                break
        report["sync_announcements"] = list(announcements)
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app_process.kill()
    with open(args.report, "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
