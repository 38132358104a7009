"""One way for every benchmark to report a figure against its budget, so that a miss fails the run."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any


def figure(
    name: str, seconds: float, budget_seconds: float, ratio: float | None = None, **extra: Any
) -> dict[str, Any]:
    """Print one JSON line ``{"name", "seconds", "budget_seconds", "within_budget", "ratio_vs_reference", …}``."""
    record: dict[str, Any] = {
        "name": name,
        "seconds": round(seconds, 6),
        "budget_seconds": budget_seconds,
        "within_budget": seconds <= budget_seconds,
        "ratio_vs_reference": None if ratio is None else round(ratio, 1),
        **extra,
    }
    print(json.dumps(record), flush=True)
    return record


def exit_status(records: Iterable[Mapping[str, Any]]) -> int:
    """0 when every figure is within its budget, else 1 (the exit status of the benchmark's process)."""
    return 0 if all(record["within_budget"] for record in records) else 1
