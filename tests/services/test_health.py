"""Health status rules (docs/architecture.md), on the pure function."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.models.enums import Health
from app.services.pairings.health import compute_health

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def health(
    status: str = "active",
    *,
    idle_days: float | None = 0,
    proposed_days: float = 0,
    due: date | None = None,
    amber: int = 14,
    red: int = 28,
) -> Health:
    return compute_health(
        status,
        now=NOW,
        last_activity_at=None if idle_days is None else NOW - timedelta(days=idle_days),
        proposed_at=NOW - timedelta(days=proposed_days),
        earliest_open_due=due,
        amber_days=amber,
        red_days=red,
    )


@pytest.mark.parametrize(
    ("idle", "expected"),
    [
        (0, Health.ON_TRACK),
        (13.9, Health.ON_TRACK),
        (14, Health.NEEDS_ATTENTION),
        (27.9, Health.NEEDS_ATTENTION),
        (28, Health.STALLED),
        (90, Health.STALLED),
    ],
)
def test_idle_days_against_default_thresholds(idle: float, expected: Health) -> None:
    assert health(idle_days=idle) == expected


def test_programme_thresholds_are_used() -> None:
    assert health(idle_days=8, amber=7, red=10) == Health.NEEDS_ATTENTION
    assert health(idle_days=10, amber=7, red=10) == Health.STALLED


def test_overdue_milestone_needs_attention_but_due_today_does_not() -> None:
    assert health(due=NOW.date() - timedelta(days=1)) == Health.NEEDS_ATTENTION
    assert health(due=NOW.date()) == Health.ON_TRACK


def test_proposal_waiting_more_than_seven_days() -> None:
    assert health("proposed", proposed_days=7) == Health.PROPOSED
    assert health("proposed", proposed_days=7.01) == Health.NEEDS_ATTENTION


@pytest.mark.parametrize("status", ["completed", "dissolved", "declined"])
def test_closed_pairings_are_neutral(status: str) -> None:
    assert health(status, idle_days=400).value == status
