"""Erasing a person who asks to be forgotten (GDPR article 17): personal fields blanked, their history scrubbed.

The blanking goes through the ORM, so the journal records it and sync carries it to the server and every other
desktop like any change; `erased_at` tells them to scrub their own copies of the history too (app/erasure.py).
Pairings, states and dates stay, so pairing counts and statistics still add up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select

from app.erasure import PERSONAL_FIELDS, personal_records, scrub_history
from app.errors import InvalidInput
from app.models import Meeting, MenteeProfile, MentorProfile, Note, Pairing, Person
from app.models.enums import OPEN_PAIRING_STATUSES, MenteeState, MentorState
from app.services.core import lookup
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow
from app.services.portal.links import revoke_all

logger = logging.getLogger(__name__)

MODELS: dict[str, Any] = {
    "person": Person, "mentor_profile": MentorProfile, "mentee_profile": MenteeProfile, "pairing": Pairing,
    "meeting": Meeting, "note": Note,
}  # fmt: skip


@dataclass(frozen=True)
class ErasureRow(JsonRow):
    person_id: str
    records_blanked: int
    pairings_kept: int


def erase_person(ctx: ServiceContext, person_ref: str) -> ErasureRow:
    """Blank the person's personal fields and notes, withdraw their profiles, revoke portal links, scrub history."""
    with ctx.transaction() as session:
        person = lookup.person(session, person_ref)
        if person.erased_at is not None:
            raise InvalidInput("This person has already been erased.")
        open_pairings = session.scalar(
            select(func.count())
            .select_from(Pairing)
            .where(
                or_(Pairing.mentor_id == person.id, Pairing.mentee_id == person.id),
                Pairing.status.in_(OPEN_PAIRING_STATUSES),
                Pairing.deleted_at.is_(None),
            )
        )
        if open_pairings:
            raise InvalidInput(
                f"This person has {open_pairings} open pairing(s); dissolve them first, then erase the person."
            )
        records = personal_records(session.connection(), person.id)
        for entity, ids in records.items():
            model = MODELS[entity]
            for record in session.scalars(select(model).where(model.id.in_(ids))) if ids else ():
                for field, blank in PERSONAL_FIELDS[entity].items():
                    setattr(record, field, list(blank) if isinstance(blank, list) else blank)
                if isinstance(record, MentorProfile):
                    record.state = MentorState.WITHDRAWN.value
                elif isinstance(record, MenteeProfile):
                    record.state = MenteeState.WITHDRAWN.value
        revoke_all(session, person.id, ctx.actor)
        person.erased_at = ctx.now()
        session.flush()  # the journal entries of the blanking exist now, holding the old values: scrub them too
        scrub_history(session.connection(), person.id, records)
        logger.info("person %s erased at their request", person.id)
        return ErasureRow(
            person_id=person.id,
            records_blanked=sum(len(ids) for ids in records.values()),
            pairings_kept=len(records["pairing"]),
        )
