"""The matching benchmark runs in --quick mode and prints well-formed JSON lines (timings are not checked)."""

from __future__ import annotations

import json

import pytest

from benchmarks import __main__ as dispatcher
from benchmarks import matching

KEYS = {"name", "seconds", "peak_mb", "ratio_vs_reference", "budget_seconds"}


def test_quick_run_prints_one_json_object_per_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert matching.main(["--quick"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert [record["name"] for record in records] == ["all_pairs", "one_mentee", "one_mentee_cold", "cohort"]
    for record in records:
        assert record.keys() >= KEYS
        assert isinstance(record["seconds"], float) and record["seconds"] >= 0
        assert isinstance(record["peak_mb"], float)
        assert record["ratio_vs_reference"] is None or isinstance(record["ratio_vs_reference"], float)
    assert records[0]["reference_agrees"] is True
    assert records[1]["reference_agrees"] is True


def test_dispatcher_knows_the_matching_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert "matching" in dispatcher.available()
    assert dispatcher.main(["no-such-benchmark"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err
