"""The benchmark dispatcher refuses an unknown name (the figures themselves are checked by `make bench`)."""

from __future__ import annotations

import pytest

from benchmarks import __main__ as dispatcher


def test_dispatcher_knows_the_matching_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    assert "matching" in dispatcher.available()
    assert dispatcher.main(["no-such-benchmark"]) == 2
    assert "unknown benchmark" in capsys.readouterr().err
