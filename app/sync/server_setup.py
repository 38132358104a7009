"""`server init`: prepare an empty PostgreSQL database as the shared server, and check one before syncing."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError

from app.db import SCHEMA_HEAD, make_engine, normalise_url, upgrade_database
from app.paths import MIGRATIONS_DIR
from app.sync.errors import SyncError, connection_message, display_url

logger = logging.getLogger(__name__)

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# What the portal may read: the domain and the history, never sync bookkeeping or per-database settings.
# portal_links: the portal checks a personal link's hash, expiry and revocation on every request.
PORTAL_TABLES = (
    "organisation_units", "specialisations", "programmes", "milestone_templates", "people", "mentor_profiles",
    "mentee_profiles", "mentor_pairings", "pairing_milestones", "meetings", "notes", "change_journal",
    "portal_links",
)  # fmt: skip


@dataclass(frozen=True)
class ServerInfo:
    server: str
    schema: str
    roles: list[dict[str, str]]

    def as_json(self) -> dict[str, object]:
        return {"server": self.server, "schema": self.schema, "roles": self.roles}


def known_revisions() -> list[str]:
    """The schema revisions this version of the app knows, oldest first (from the migration file names)."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def _role(name: str, what: str) -> str:
    if not ROLE_NAME.match(name):
        raise SyncError(f"'{name}' cannot be used as the {what} role: use lower-case letters, digits and underscores.")
    return name


def server_address(url: str) -> str:
    """The server URL, normalised for the driver; a SyncError when it is not a PostgreSQL address."""
    try:
        url = normalise_url(url.strip())
    except ArgumentError as exc:
        raise SyncError(f"'{url}' is not a server address; it looks like postgresql://user@host/database.") from exc
    if not url.startswith("postgresql"):
        raise SyncError("The shared server must be a PostgreSQL database (a URL starting with postgresql://).")
    return url


def init_server(
    url: str, coordinator_role: str = "mentor_coordinator", portal_role: str = "mentor_portal"
) -> ServerInfo:
    """Migrate an empty (or our own) database to the current schema and create the two roles. Idempotent."""
    shown = display_url(url)
    url = server_address(url)
    coordinator_role = _role(coordinator_role, "coordinator")
    portal_role = _role(portal_role, "portal")
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            _refuse_foreign(connection, url)
        upgrade_database(url)
        with engine.begin() as connection:
            _grant(connection, coordinator_role, portal_role)
    except DBAPIError as exc:
        raise SyncError(connection_message(exc, url)) from exc
    finally:
        engine.dispose()
    logger.info("server prepared at %s (schema %s)", shown, SCHEMA_HEAD)
    return ServerInfo(
        server=shown,
        schema=SCHEMA_HEAD,
        roles=[
            {"name": coordinator_role, "kind": "coordinator", "access": "read and write"},
            {"name": portal_role, "kind": "portal", "access": "read only"},
        ],
    )


def _refuse_foreign(connection: Connection, url: str) -> None:
    tables = set(inspect(connection).get_table_names())
    if not tables:
        return
    version = None
    if "alembic_version" in tables:
        version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if version is None or "change_journal" not in tables:
        raise SyncError(
            f"The database at {display_url(url)} already holds other data ({len(tables)} tables that are not Mentor "
            "Coordinator's); use an empty database for the server."
        )
    _check_revision(str(version))


def _check_revision(version: str) -> None:
    known = known_revisions()
    if version not in known:
        raise SyncError(
            f"The server's database is newer than this app (schema {version}, this app knows up to {known[-1]}); "
            "update the app."
        )


def _grant(connection: Connection, coordinator: str, portal: str) -> None:
    database = connection.execute(text("SELECT current_database()")).scalar()
    for role in (coordinator, portal):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
        if not exists:
            connection.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        connection.execute(text(f'GRANT CONNECT ON DATABASE "{database}" TO "{role}"'))
        connection.execute(text(f'GRANT USAGE ON SCHEMA public TO "{role}"'))
    # Coordinators sync: they read and write rows but never delete them (deletes travel as tombstones).
    connection.execute(text(f'GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "{coordinator}"'))
    connection.execute(text(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{coordinator}"'))
    connection.execute(text(f'REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "{portal}"'))
    connection.execute(text(f'GRANT SELECT ON {", ".join(PORTAL_TABLES)} TO "{portal}"'))


def check_server(engine: Engine, url: str) -> str:
    """The server's schema revision, or a SyncError saying what is wrong with it."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            if "alembic_version" not in tables or "sync_devices" not in tables:
                raise SyncError(
                    f"The server at {display_url(url)} is not set up for sync yet: run "
                    f"`mentor-coordinator server init --url {display_url(url)}` once."
                )
            version = str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())
    except DBAPIError as exc:
        raise SyncError(connection_message(exc, url)) from exc
    _check_revision(version)
    if version != SCHEMA_HEAD:
        raise SyncError(
            f"The server has an older schema ({version}) than this app ({SCHEMA_HEAD}); ask whoever runs the server "
            "to run `server init` with this version of the app."
        )
    return version
