"""Sync state for the desktop's status bar: last sync, changes waiting, open conflicts, and a cheap server check."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.db import normalise_url
from app.services.core.context import ServiceContext
from app.sync import inbox, outbox
from app.sync.engine import server_engine, syncs_locally
from app.sync.errors import SyncError, connection_message, display_url
from app.sync.server_setup import check_server

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalSyncState:
    """What this desktop knows without asking the server."""

    syncs: bool  # False when the app runs directly on a shared PostgreSQL database: nothing to sync
    server: str | None  # the configured server without its password, or None
    last_sync: datetime | None
    pending: int  # changes waiting to be sent: saves (transactions), not the fields each one touched
    open_conflicts: int
    cursor: int


@dataclass(frozen=True)
class ServerCheck:
    """The answer of the cheap check: is the server there, and does it have changes this desktop has not pulled?"""

    reachable: bool
    newest: int = 0  # the server's newest change sequence number
    problem: str | None = None  # a sentence when the server cannot be used


def local_state(ctx: ServiceContext) -> LocalSyncState:
    url = ctx.installation.server_url
    server = display_url(url) if url else None
    if not syncs_locally(ctx):
        return LocalSyncState(False, server, None, 0, 0, 0)
    with ctx.db.engine.connect() as connection:
        last = inbox.read_setting(connection, inbox.LAST_SYNC_KEY)
        pending = outbox.pending_count(connection)
        conflicts = outbox.open_conflict_count(connection)
        cursor = inbox.local_cursor(connection)
    return LocalSyncState(
        syncs=True,
        server=server,
        last_sync=datetime.fromisoformat(last) if last else None,
        pending=int(pending),
        open_conflicts=int(conflicts),
        cursor=cursor,
    )


def server_url_problem(url: str) -> str | None:
    """A sentence when `url` cannot be a sync server's address, else None."""
    url = url.strip()
    if not url:
        return "Enter the server's address, for example postgresql://coordinator@server.example.org/mentor."
    wrong = "The server's address must start with postgresql:// (for example postgresql://user@host/database)."
    try:
        parsed = make_url(normalise_url(url))
    except ArgumentError:
        return wrong
    if not parsed.drivername.startswith("postgresql"):
        return wrong
    if not parsed.host:
        return "Add the server's host name, for example postgresql://user@server.example.org/mentor."
    if not parsed.database:
        return "Add the database name after the host, for example postgresql://user@host/mentor."
    return None


def check_for_changes(url: str) -> ServerCheck:
    """One short query: the server's newest change number. Cheap enough to run every few seconds."""
    problem = server_url_problem(url)
    if problem:
        return ServerCheck(reachable=False, problem=problem)
    engine = server_engine(url)
    try:
        with engine.connect() as connection:
            newest = connection.execute(text("SELECT coalesce(max(seq), 0) FROM change_journal")).scalar()
        return ServerCheck(reachable=True, newest=int(newest or 0))
    except DBAPIError as exc:
        sentence = connection_message(exc, url)
        if is_unreachable_sentence(sentence):
            return ServerCheck(reachable=False, problem=sentence)
        try:  # reachable, but not usable: say why in the words sync itself would use
            check_server(engine, url)
        except SyncError as error:
            return ServerCheck(reachable=not is_unreachable(error), problem=error.message)
        return ServerCheck(reachable=True, problem=sentence)
    finally:
        engine.dispose()


def try_connection(url: str) -> str:
    """Connect and check the server is ready for sync; a sentence on success, SyncError with one on failure."""
    problem = server_url_problem(url)
    if problem:
        raise SyncError(problem)
    engine = server_engine(url)
    try:
        schema = check_server(engine, url)
    finally:
        engine.dispose()
    return f"Connected to {display_url(url)}: the server is ready for sync (schema {schema})."


def is_unreachable_sentence(sentence: str) -> bool:
    return "cannot be reached" in sentence


def is_unreachable(exc: BaseException) -> bool:
    """True when a sync failed because the server could not be reached (rather than refused or was not usable)."""
    return isinstance(exc, SyncError) and is_unreachable_sentence(exc.message)
