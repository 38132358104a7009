"""The command line loads only what a command needs: `--help` no database code, `programme list` no numpy or Qt."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from app.cli.main import command_handler
from app.cli.parser import build_parser

HEAVY = ("sqlalchemy", "alembic", "numpy", "scipy", "openpyxl", "PySide6", "psycopg")

PROBE = """
import json, sys
from app.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code or 0
roots = sorted({name.split(".")[0] for name in sys.modules})
sys.stderr.write("MODULES " + json.dumps(roots) + "\\n")
sys.exit(code)
"""


def run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    env = {**os.environ, "MENTOR_DATA_DIR": str(tmp_path), "MENTOR_DB_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    marker = next(line for line in result.stderr.splitlines() if line.startswith("MODULES "))
    return result, set(json.loads(marker.removeprefix("MODULES ")))


def test_help_loads_no_command_code_and_lists_every_command(tmp_path: Path) -> None:
    result, modules = run(tmp_path, "--help")
    assert result.returncode == 0
    assert not modules & set(HEAVY), f"--help imported {sorted(modules & set(HEAVY))}"
    for command in ("init", "demo", "gui", "programme", "person", "pairing", "match", "import", "export", "sync"):
        assert f"\n    {command} " in result.stdout

    result, modules = run(tmp_path, "match", "cohort", "--help")
    assert result.returncode == 0 and "--include-paired-before" in result.stdout
    assert not modules & set(HEAVY)


def test_a_plain_read_loads_no_numpy_openpyxl_alembic_or_qt(tmp_path: Path) -> None:
    first, _ = run(tmp_path, "init")  # creates the schema: Alembic may load here, and only here
    assert first.returncode == 0, first.stderr
    result, modules = run(tmp_path, "programme", "list")
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" in modules
    assert not modules & {"alembic", "numpy", "scipy", "openpyxl", "PySide6"}


def _handlers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, str]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                for path, target in _handlers(sub):
                    yield f"{name} {path}".strip(), target
    target = parser.get_default("handler")
    if target is not None:
        yield "", target


def test_every_command_names_a_handler_that_exists() -> None:
    handlers = dict(_handlers(build_parser()))
    assert len(handlers) >= 30
    for command, target in handlers.items():
        assert callable(command_handler(target)), command
    assert handlers["programme list"] == "app.cli.commands_programmes:cmd_list"
