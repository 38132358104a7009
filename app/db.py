"""Engines, sessions and schema upgrades for the local SQLite and the shared PostgreSQL database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DomainError
from app.journal import install_journal
from app.paths import MIGRATIONS_DIR

logger = logging.getLogger(__name__)


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and use psycopg 3 for them."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # A 64 MB page cache (allocated only as used): bulk writes such as a spreadsheet import of thousands of people
    # (~100,000 journal rows) no longer spill to disk mid-transaction, about a third faster.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    # hide_parameters: an error's text (and so the log) never carries the values of a row, only its SQL.
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args={"connect_timeout": 5})


@dataclass
class Database:
    """An engine and its session factory; every write goes through services with this."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str) -> Database:
    engine = make_engine(url)
    factory = sessionmaker(engine, expire_on_commit=False)
    install_journal(factory)
    return Database(url=normalise_url(url), engine=engine, session_factory=factory)


def alembic_config(url: str) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


# The newest migration; a test checks it against Alembic's head so a new migration cannot forget it.
SCHEMA_HEAD = "0007"


def schema_is_current(url: str) -> bool:
    """A cheap check that skips loading Alembic on every command when nothing needs upgrading."""
    from sqlalchemy.exc import DBAPIError

    try:
        return current_revision(url) == SCHEMA_HEAD
    except DBAPIError:
        return False


def current_revision(url: str) -> str | None:
    """The schema revision the database holds; None when it has none yet. A disk or network failure raises."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        if "alembic_version" in str(exc.orig):  # no such table / relation does not exist: a new database
            return None
        raise
    finally:
        engine.dispose()


def upgrade_database(url: str, revision: str = "head") -> bool:
    """Create or upgrade the schema (Alembic); True when something was done.

    A database from a newer app is refused untouched; an older SQLite file is backed up beside itself first, and
    two copies started at once take turns (app/storage.py). Raises DomainError when the server cannot be reached
    or the disk refuses.
    """
    from sqlalchemy.exc import DatabaseError

    from app.storage import as_storage_error, backup_sqlite, refuse_newer, sqlite_path, upgrade_lock

    path = sqlite_path(normalise_url(url))
    try:
        found = current_revision(url)
        if revision == "head" and found == SCHEMA_HEAD:
            return False
        from alembic import command

        known = known_revisions()
        if found is not None and revision == "head":
            refuse_newer(url, found, known)  # before the lock file or anything else is written
        with upgrade_lock(url):  # a second copy started at the same moment waits here, then finds it done
            current = current_revision(url)
            if revision == "head" and current == SCHEMA_HEAD:
                return False
            if current is not None and revision == "head" and path is not None:
                backup_sqlite(path, current)
            command.upgrade(alembic_config(url), revision)
            return True
    except DatabaseError as exc:  # unreachable server, a damaged file, or a disk that refuses
        problem = as_storage_error(exc, path) if path is not None else None
        if problem is not None:
            raise problem from exc
        raise DomainError(
            f"Cannot open the database at {make_url(normalise_url(url)).render_as_string()}: "
            f"{str(exc.orig).strip().splitlines()[0]}"
        ) from exc


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()}


def downgrade_database(url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(url), revision)
