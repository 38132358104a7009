"""The benchmark dispatcher and the budget check (the figures themselves are checked by `make bench`)."""

from __future__ import annotations

import json

import pytest

from benchmarks import __main__ as dispatcher
from benchmarks._budget import exit_status, figure


def test_dispatcher_knows_the_matching_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert "matching" in dispatcher.available()
    assert dispatcher.main(["no-such-benchmark"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err


def test_all_runs_each_benchmark_in_its_own_process_and_fails_on_any_miss(
    capsys: pytest.CaptureFixture[str],
) -> None:
    commands: list[list[str]] = []

    def spawn(command: list[str]) -> int:
        commands.append(command)
        return 1 if command[3] == "slow" else 0

    assert dispatcher.run_all(["fast", "slow", "other"], ["--quick"], spawn) == 1
    assert [command[1:] for command in commands] == [
        ["-m", "benchmarks", name, "--quick"] for name in ("fast", "slow", "other")
    ]
    assert "over budget or failed: slow" in capsys.readouterr().err
    assert dispatcher.run_all(["fast"], [], spawn) == 0


def test_a_figure_over_its_budget_fails_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    within = figure("import_5000_people", 2.4, 2.5)
    over = figure("export_10000_pairings", 2.6, 2.5, ratio=3.04, repeats=3)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines == [within, over]
    assert over == {
        "name": "export_10000_pairings",
        "seconds": 2.6,
        "budget_seconds": 2.5,
        "within_budget": False,
        "ratio_vs_reference": 3.0,
        "repeats": 3,
    }
    assert exit_status([within]) == 0 and exit_status([within, over]) == 1
