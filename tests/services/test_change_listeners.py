"""A change listener that fails after a commit is logged as a bug; the saved write is still reported as saved."""

from __future__ import annotations

import logging

import pytest

from app.services.core.context import ServiceContext
from app.services.programmes.programmes import create_programme, get_programme


def test_a_failing_listener_is_logged_and_the_write_stands(
    ctx: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[dict[str, set[str]]] = []

    def broken(_changed: dict[str, set[str]]) -> None:
        raise RuntimeError("a view that forgot it was closed")

    ctx.listeners.extend([broken, heard.append])  # the one after the broken one still hears
    with caplog.at_level(logging.ERROR, logger="app.services.core.context"):
        row = create_programme(ctx, "Likeperson Agder")
    assert get_programme(ctx, row.id).name == "Likeperson Agder"
    assert heard and row.id in heard[0]["programme"]
    failures = [r for r in caplog.records if "change listener failed" in r.getMessage()]
    assert len(failures) == 1 and failures[0].exc_info is not None
