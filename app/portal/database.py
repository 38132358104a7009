"""A read-only connection for the portal: PostgreSQL as the portal role, SQLite opened with `mode=ro`."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url

logger = logging.getLogger(__name__)

DEFAULT_PORTAL_ROLE = "mentor_portal"
WRITE_PRIVILEGES = "INSERT, UPDATE, DELETE, TRUNCATE"


class PortalDatabaseError(Exception):
    """The portal cannot (or must not) use this database; the message says why."""


def shown_url(url: str) -> str:
    """The URL without its password, for logs and the start-up line."""
    return make_url(url).render_as_string(hide_password=True)


def portal_url(url: str, role: str | None = DEFAULT_PORTAL_ROLE) -> str:
    """The URL the portal connects with.

    PostgreSQL: the user becomes the portal role (its password from the URL when the URL names that role, else from
    MENTOR_PORTAL_PASSWORD, else libpq's usual sources such as ~/.pgpass). SQLite: a read-only URI (`mode=ro`).
    """
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        database = parsed.database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            raise PortalDatabaseError("The portal needs a SQLite database file (an in-memory database has no data).")
        path = Path(database).resolve()
        if not path.exists():
            raise PortalDatabaseError(f"There is no database file at {path}.")
        return f"sqlite:///file:{path}?mode=ro&uri=true"
    if parsed.drivername in ("postgresql", "postgres") or parsed.drivername.startswith("postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
        if role and parsed.username != role:
            parsed = parsed.set(username=role, password=os.environ.get("MENTOR_PORTAL_PASSWORD") or None)
        return parsed.render_as_string(hide_password=False)
    raise PortalDatabaseError(f"The portal reads SQLite or PostgreSQL, not {parsed.drivername}.")


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")  # a second lock on top of mode=ro
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def open_portal_engine(url: str, role: str | None = DEFAULT_PORTAL_ROLE, *, pool_size: int = 2) -> Engine:
    """An engine that cannot write; on PostgreSQL, refuses a role that holds any write privilege.

    A worker reads on its event loop, one page at a time, so a small pool suffices.
    """
    target = portal_url(url, role)
    if target.startswith("sqlite"):
        engine = create_engine(target)
        event.listen(engine, "connect", _sqlite_read_only)
        return engine
    engine = create_engine(
        target,
        pool_size=pool_size,
        max_overflow=0,
        # No pre-ping: it costs a round trip per request; `web.reading` repeats a read that met a dropped connection.
        pool_pre_ping=False,
        # Each statement is its own transaction: no BEGIN and ROLLBACK round trips around every page. A page's few
        # statements may then see different instants, which a read-only page refreshed on the next click tolerates.
        isolation_level="AUTOCOMMIT",
        # Every transaction read-only as well (implicit ones included), in case a role is ever granted too much.
        connect_args={"connect_timeout": 5, "options": "-c default_transaction_read_only=on"},
    )
    check_cannot_write(engine)
    return engine


def check_cannot_write(engine: Engine) -> None:
    """Refuse to serve with a PostgreSQL role that may write any table of the schema."""
    try:
        with engine.connect() as connection:
            writable = connection.execute(
                text(
                    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, :privileges)"
                ),
                {"privileges": WRITE_PRIVILEGES},
            ).scalar()
            user = connection.execute(text("SELECT current_user")).scalar()
    except Exception as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise PortalDatabaseError(f"Cannot open the database at {shown_url(str(engine.url))}: {first}") from exc
    if writable:
        engine.dispose()
        raise PortalDatabaseError(
            f"The role {user} may write {writable} tables; the portal runs only as a read-only role "
            f"(`server init` makes one called {DEFAULT_PORTAL_ROLE})."
        )
