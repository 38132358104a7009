"""`mentor-coordinator gui` where it cannot start (no screen, no server, a damaged file): a sentence, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.startup_checks import NO_SCREEN, missing_screen

MAIN = str(Path(__file__).resolve().parents[2] / "main.py")


def run_gui(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    base.update(MENTOR_DATA_DIR=str(tmp_path / "data"), MENTOR_CONFIG_DIR=str(tmp_path / "config"), **env)
    return subprocess.run(
        [sys.executable, MAIN, "gui", *args], capture_output=True, text=True, env=base, timeout=120, check=False
    )


def test_no_display_says_so_and_exits_1_before_qt_aborts(tmp_path: Path) -> None:
    result = run_gui(tmp_path, "--db", f"sqlite:///{tmp_path / 'gui.db'}")
    assert result.returncode == 1  # not a negative number: no SIGABRT, no core dump
    assert result.stderr == f"error: {NO_SCREEN}\n"
    assert "mentor-coordinator --help" in result.stderr and "demo" in result.stderr
    assert not (tmp_path / "gui.db").exists()  # it stopped before touching anything


def test_unreachable_server_at_start_is_a_sentence(tmp_path: Path) -> None:
    result = run_gui(tmp_path, "--db", "postgresql://nobody@127.0.0.1:1/none", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot open the database at postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_damaged_database_file_at_start_is_a_sentence(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this was a database once" * 400)
    result = run_gui(tmp_path, "--db", f"sqlite:///{damaged}", QT_QPA_PLATFORM="offscreen")
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot open the database at sqlite:///")
    assert "file is not a database" in result.stderr and "Traceback" not in result.stderr
    assert damaged.read_bytes() == b"this was a database once" * 400  # left as it was


@pytest.mark.parametrize(
    ("env", "platform", "screen"),
    [
        ({}, "linux", False),
        ({"DISPLAY": "remote.example:10.0"}, "linux", True),  # ssh -X
        ({"DISPLAY": ":987"}, "linux", False),  # no X server behind that number
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", True),
        ({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux", True),
        ({}, "win32", True),
        ({}, "darwin", True),
    ],
)
def test_which_environments_have_a_screen(env: dict[str, str], platform: str, screen: bool) -> None:
    assert (missing_screen(env, platform) is None) is screen


def test_start_failure_dialog_reads_well(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.views.widgets.start_failure import start_failure_box

    box = start_failure_box("Cannot open the database at sqlite:///x.db: file is not a database")
    qtbot.addWidget(box)
    box.show()
    assert box.text() == "Cannot open the database at sqlite:///x.db: file is not a database"
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.accessibleName() == "Mentor Coordinator cannot start"
    close = box.button(QMessageBox.StandardButton.Close)
    assert close.accessibleName() == "Close Mentor Coordinator"
    close.click()
    assert not box.isVisible()
