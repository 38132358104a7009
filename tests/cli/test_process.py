"""The installed command as a separate process: no Qt import, one-line errors, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from app.cli.main import main
code = main(sys.argv[1:])
assert not any(name.startswith("PySide6") for name in sys.modules), "CLI imported Qt"
sys.exit(code)
"""


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MENTOR_DATA_DIR": str(tmp_path), "MENTOR_DB_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def test_commands_run_without_qt_and_refusals_are_one_line(tmp_path: Path) -> None:
    created = run(tmp_path, "programme", "create", "Likeperson Agder", "--json")
    assert created.returncode == 0, created.stderr
    assert '"state": "draft"' in created.stdout

    refused = run(tmp_path, "programme", "state", "Likeperson Agder", "completed")
    assert refused.returncode == 1
    assert refused.stderr.strip() == ("error: A programme cannot go from draft to completed. The next step is 'open'.")
    assert refused.stdout == ""


def test_unreachable_server_is_a_readable_refusal(tmp_path: Path) -> None:
    result = run(tmp_path, "--db", "postgresql://nobody@127.0.0.1:1/none", "programme", "list")
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot open the database") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
