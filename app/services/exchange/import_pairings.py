"""Importing the Pairings sheet: new rows propose pairings; a changed Status runs the pairing state machine."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from app.errors import DomainError, InvalidInput, InvalidTransition
from app.models import Pairing, Person
from app.models.enums import OPEN_PAIRING_STATUSES, DissolutionReason, PairingStatus, values
from app.services.core import lookup, validation
from app.services.exchange.import_report import Outcome
from app.services.exchange.import_scope import ImportScope, differs_from_version, optional, read_cells, record_id
from app.services.pairings.pairings import (
    activate_in_session,
    decline_in_session,
    dissolution_reason,
    dissolve_in_session,
    propose_in_session,
)
from app.spreadsheets import RowData, SheetData, cells

logger = logging.getLogger(__name__)

CHUNK = 500


@dataclass
class PairingRowPlan:
    sheet: SheetData
    row: RowData
    values: dict[str, Any]

    @property
    def label(self) -> str:
        names = [cells.text(self.row.cells.get(k)) for k in ("mentor", "mentee")]
        return " & ".join(n for n in names if n) or cells.text(self.row.cells.get("id")) or f"row {self.row.number}"


def parse_pairings(scope: ImportScope, sheet: SheetData, outcome: Outcome) -> list[PairingRowPlan]:
    readers = {
        "id": record_id,
        "programme": optional(scope.programme),
        "mentor_id": optional(str),
        "mentee_id": optional(str),
        "status": optional(lambda v: validation.choice(v, values(PairingStatus), "pairing status")),
        "dissolution_reason": optional(lambda v: validation.choice(v, values(DissolutionReason), "dissolution reason")),
        "note": lambda v: validation.optional_text(cells.text(v), "The note", 200),
        "row_version": cells.version,
    }
    plans = []
    seen: dict[str, int] = {}
    for row in sheet.rows:
        found = read_cells(sheet, row, outcome, readers)
        if found is None:
            continue
        if found.get("id"):
            earlier = seen.setdefault(found["id"], row.number)
            if earlier != row.number:
                outcome.problem(sheet, row, "id", f"The same pairing is also in row {earlier}.")
                continue
        elif not (found.get("mentor_id") and found.get("mentee_id")):
            outcome.problem(sheet, row, "mentor_id", "A new pairing needs a Mentor ID and a Mentee ID (or e-mails).")
            continue
        plans.append(PairingRowPlan(sheet, row, found))
    return plans


def apply_pairings(scope: ImportScope, plans: list[PairingRowPlan], outcome: Outcome) -> None:
    session = scope.session
    ids = sorted({p.values["id"] for p in plans if p.values.get("id")})
    known: dict[str, Pairing] = {}
    for start in range(0, len(ids), CHUNK):
        for found in session.scalars(select(Pairing).where(Pairing.id.in_(ids[start : start + CHUNK]))):
            known[found.id] = found
    for plan in plans:
        try:
            pairing: Pairing | None = known.get(plan.values.get("id") or "")
            if plan.values.get("id") and (pairing is None or pairing.deleted_at is not None):
                outcome.problem(plan.sheet, plan.row, "id", "There is no such pairing (any more) in the app.")
                continue
            if pairing is None:
                pairing = _new_or_open(scope, plan, outcome)
                if pairing is None:
                    continue
            _update(scope, pairing, plan, outcome)
        except DomainError as exc:
            outcome.problem(plan.sheet, plan.row, exc.field, exc.message)


def _person(session: Any, ref: str, label: str) -> Person:
    try:
        return lookup.person(session, ref)
    except DomainError:
        raise InvalidInput(f"There is no person '{ref}' to be the {label}.", field=f"{label}_id") from None


def _new_or_open(scope: ImportScope, plan: PairingRowPlan, outcome: Outcome) -> Pairing | None:
    """An ID-less row: the open pairing of the same two people, or a new proposal (activated when it says active)."""
    session = scope.session
    programme = plan.values.get("programme") or scope.default_programme
    if programme is None:
        outcome.problem(
            plan.sheet, plan.row, "programme", "Say which programme: fill in Programme or give --programme."
        )
        return None
    mentor = _person(session, plan.values["mentor_id"], "mentor")
    mentee = _person(session, plan.values["mentee_id"], "mentee")
    existing = session.scalar(
        select(Pairing).where(
            Pairing.programme_id == programme.id,
            Pairing.mentor_id == mentor.id,
            Pairing.mentee_id == mentee.id,
            Pairing.status.in_(OPEN_PAIRING_STATUSES),
            Pairing.deleted_at.is_(None),
        )
    )
    if existing is not None:
        return existing
    target = plan.values.get("status") or PairingStatus.PROPOSED.value
    if target not in OPEN_PAIRING_STATUSES:
        raise InvalidTransition("A new pairing starts as proposed (or active).", field="status")
    pairing = propose_in_session(session, programme.id, mentor.id, mentee.id, None, {}, session.info["actor"])
    if target == PairingStatus.ACTIVE:
        activate_in_session(session, pairing)
    outcome.record(plan.sheet, plan.row, "create", pairing.id, f"{mentor.name} & {mentee.name}", [])
    return None


def _update(scope: ImportScope, pairing: Pairing, plan: PairingRowPlan, outcome: Outcome) -> None:
    v = plan.values
    target = v.get("status")
    moving = target is not None and target != pairing.status
    fields = ["status"] if moving else []
    if "note" in v and (v["note"] or None) != pairing.status_note:
        fields.append("note")
    if v.get("dissolution_reason") and v["dissolution_reason"] != pairing.dissolution_reason:
        fields.append("dissolution_reason")
    if not fields:
        outcome.record(plan.sheet, plan.row, "unchanged", pairing.id, plan.label, [])
        return
    version: datetime | None = v.get("row_version")
    if differs_from_version(pairing.updated_at, version):
        outcome.conflict(plan.sheet, plan.row, pairing.id, plan.label, fields)
        return
    if not moving:
        message = "The note and dissolution reason are written when a pairing is declined or dissolved; change Status."
        raise InvalidInput(message, field=fields[0])
    if target == PairingStatus.COMPLETED:
        raise InvalidTransition("A pairing completes by itself when its last milestone is completed.", field="status")
    if target == PairingStatus.ACTIVE:
        activate_in_session(scope.session, pairing)
    elif target == PairingStatus.DECLINED:
        decline_in_session(scope.session, pairing, v.get("note"))
    elif target == PairingStatus.DISSOLVED:
        dissolve_in_session(scope.session, pairing, dissolution_reason(v.get("dissolution_reason")), v.get("note"))
    else:
        raise InvalidTransition(f"A {pairing.status} pairing cannot go back to proposed.", field="status")
    outcome.record(plan.sheet, plan.row, "update", pairing.id, plan.label, fields)
