"""Opening the database for a command and building the service context."""

from __future__ import annotations

import argparse
from dataclasses import dataclass, field

from app.db import Database, open_database, upgrade_database
from app.paths import default_database_url
from app.services.core.context import ServiceContext
from app.services.identity import device_id, resolve_actor
from app.services.settings.catalogue import seed_catalogue


@dataclass
class CliState:
    args: argparse.Namespace
    _ctx: ServiceContext | None = field(default=None)

    @property
    def url(self) -> str:
        return str(getattr(self.args, "db", None) or default_database_url())

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def context(self) -> ServiceContext:
        """Upgrade the schema to head (cheap when current), then a context acting as the configured coordinator."""
        if self._ctx is None:
            upgraded = upgrade_database(self.url)
            db: Database = open_database(self.url)
            device = device_id(db)  # first, so a name an older database kept moves into the settings file
            self._ctx = ServiceContext(db=db, actor=resolve_actor(getattr(self.args, "actor", None)), device_id=device)
            if upgraded:
                seed_catalogue(self._ctx)
        return self._ctx

    def close(self) -> None:
        if self._ctx is not None:
            self._ctx.db.dispose()
