"""The desktop's view of sync: saves waiting, the last sync, and a cheap check of the server that says why it fails."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.sync.errors import SyncError
from app.sync.status import check_for_changes, is_unreachable, local_state, server_url_problem, try_connection
from tests.helpers import empty_postgres, make_mentee, make_programme
from tests.sync.desktops import Desktop

UNREACHABLE = "postgresql://postgres@127.0.0.1:1/mentor"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", "Enter the server's address"),
        ("sqlite:///mentor.db", "must start with postgresql://"),
        ("not a url", "must start with postgresql://"),
        ("postgresql://coordinator@server", "Add the database name"),
        ("postgresql:///mentor", "Add the server's host name"),
        ("postgresql://coordinator@server/mentor", None),
        ("postgres://coordinator:secret@server:5433/mentor", None),
    ],
)
def test_server_addresses_are_checked_before_use(url: str, problem: str | None) -> None:
    found = server_url_problem(url)
    assert (found is None) if problem is None else (found is not None and problem in found)


def test_the_cheap_check_sees_new_changes_on_the_server(desktops: Callable[[str], Desktop], server_url: str) -> None:
    bergen, oslo = desktops("Bergen office"), desktops("Oslo office")
    assert check_for_changes(server_url).reachable
    programme = make_programme(bergen.ctx)
    bergen.sync()
    check = check_for_changes(server_url)
    assert check.reachable and check.problem is None
    assert check.newest > local_state(oslo.ctx).cursor

    oslo.sync()
    state = local_state(oslo.ctx)
    assert state.cursor == check.newest and state.pending == 0 and state.last_sync == oslo.ctx.now()
    make_mentee(oslo.ctx, programme.id, "Vente Lund")
    assert local_state(oslo.ctx).pending == 1, "one save waits, however many fields it touched"
    assert "ready for sync" in try_connection(server_url)


def test_an_unusable_server_is_a_sentence(server_url: str) -> None:
    away = check_for_changes(UNREACHABLE)
    assert not away.reachable and away.problem is not None and "cannot be reached right now" in away.problem
    with pytest.raises(SyncError) as raised:
        try_connection(UNREACHABLE)
    assert is_unreachable(raised.value)
    with empty_postgres() as url:
        bare = check_for_changes(url)
        assert bare.reachable and bare.problem is not None and "not set up for sync yet" in bare.problem
        with pytest.raises(SyncError, match="not set up for sync yet") as raised:
            try_connection(url)
        assert not is_unreachable(raised.value)
