"""The service context: who acts, on which device, against which database, and one transaction helper."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import DomainError, InvariantViolation
from app.installation import Installation, current_installation
from app.models import utcnow

logger = logging.getLogger(__name__)

ChangeListener = Callable[[dict[str, set[str]]], None]


@dataclass
class ServiceContext:
    """Everything a service needs besides its plain arguments."""

    db: Database
    actor: str
    device_id: str
    clock: Callable[[], datetime] = utcnow
    listeners: list[ChangeListener] = field(default_factory=list)
    # Per-installation settings (scope, server URL); tests give each simulated desktop its own file.
    installation: Installation = field(default_factory=current_installation)
    # Set only inside all_or_nothing(): every service call then works in this one session and transaction.
    outer_session: Session | None = field(default=None, repr=False, compare=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error; then tell listeners what changed."""
        if self.outer_session is not None:
            with self._part_of_outer() as session:
                yield session
            return
        session = self.db.session_factory()
        session.info.update(
            actor=self.actor, device_id=self.device_id, now=self.clock(), transaction_id=str(uuid.uuid4())
        )
        try:
            with session.begin():
                yield session
                session.flush()
                changed = _changed_entities(session)
        except IntegrityError as exc:
            raise _integrity_message(exc) from exc
        finally:
            session.close()
        if changed:
            self.tell_listeners(changed)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        if self.outer_session is not None:  # reads see what the calls before them wrote, not yet committed
            yield self.outer_session
            return
        session = self.db.session_factory()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def tell_listeners(self, changed: dict[str, set[str]]) -> None:
        """After a commit: a listener that fails is a bug to log, never a reason to call the saved write failed."""
        for listener in list(self.listeners):
            try:
                listener(changed)
            except Exception:
                logger.exception("a change listener failed after the commit; the change itself is saved")

    def now(self) -> datetime:
        return self.clock()

    @contextmanager
    def all_or_nothing(self) -> Iterator[ServiceContext]:
        """Many service calls as one database transaction: all of them are saved, or none (building the demo).

        Yields a context for the calls. Each call still journals under its own transaction id and clock reading, as
        it would alone, so history and sync see the same entries; listeners hear once, after the commit.
        """
        if self.outer_session is not None:
            yield self
            return
        session = self.db.session_factory()
        try:
            with session.begin():
                yield replace(self, outer_session=session)
                session.flush()
                changed = _changed_entities(session)
        finally:
            session.close()
        if changed:
            self.tell_listeners(changed)

    @contextmanager
    def _part_of_outer(self) -> Iterator[Session]:
        session = self.outer_session
        assert session is not None
        session.info.update(
            actor=self.actor, device_id=self.device_id, now=self.clock(), transaction_id=str(uuid.uuid4())
        )
        try:
            yield session
            session.flush()
        except IntegrityError as exc:
            raise _integrity_message(exc) from exc


def _changed_entities(session: Session) -> dict[str, set[str]]:
    """Entity → ids journaled by this transaction (app.journal collects them as it writes the entries)."""
    return {entity: set(ids) for entity, ids in session.info.get("journal_changed", {}).items()}


def _integrity_message(exc: IntegrityError) -> DomainError:
    text = str(exc.orig)
    # The first line names the constraint; PostgreSQL's DETAIL that follows shows the row's values, which stay out.
    logger.info("integrity error turned into a refusal: %s", text.strip().splitlines()[0] if text.strip() else "")
    if "open_mentee" in text or "mentor_pairings.programme_id, mentor_pairings.mentee_id" in text:
        return InvariantViolation("This mentee already has an open pairing in the programme.")
    return InvariantViolation("The change conflicts with existing data and was not saved.")
