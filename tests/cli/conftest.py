"""A `cli` fixture that runs commands in-process against the test database and captures what they print."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from app.cli.main import main


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def data(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Result]


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("MENTOR_DATA_DIR", str(tmp_path / "data"))

    def run(*args: str, as_json: bool = True) -> Result:
        argv = [*args, "--db", db_url, "--as", "Coordinator Cli"] + (["--json"] if as_json else [])
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    assert run("init").code == 0  # as a coordinator would, first thing
    return run
