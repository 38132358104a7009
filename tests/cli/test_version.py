"""One version string: pyproject.toml's, read from the package metadata; `--version` and the About box show it."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

import app

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_the_package_metadata() -> None:
    assert app.__version__ == importlib.metadata.version("mentor-coordinator")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{app.__version__}"' in pyproject


def test_the_cli_prints_it_on_stdout_and_exits_0() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, f"mentor-coordinator {app.__version__}\n", "")


def test_the_about_box_shows_the_same(qtbot: QtBot) -> None:
    from app.views.help_dialogs import AboutDialog

    about = AboutDialog()
    qtbot.addWidget(about)
    assert f"Mentor Coordinator {app.__version__}" in about.text.toPlainText()
