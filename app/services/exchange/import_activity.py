"""Importing the Milestones and Meetings sheets through the same state machines as the milestone and meeting services.

Milestones come from the programme's template, so only an exported milestone's Status can change here. Meetings
can be added (no ID), moved or changed while scheduled, summarised, and completed, cancelled or marked no-show.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.errors import DomainError, InvalidInput
from app.models import Meeting, Pairing, PairingMilestone
from app.models.enums import MilestoneStatus, values
from app.services.core import validation
from app.services.exchange.import_report import Outcome
from app.services.exchange.import_scope import ImportScope, differs_from_version, optional, read_cells, record_id
from app.services.pairings.meetings_notes import (
    MEETING_RULES,
    add_meeting_in_session,
    meeting_status_in_session,
    update_meeting_in_session,
)
from app.services.pairings.milestones import milestone_status_in_session
from app.spreadsheets import RowData, SheetData, cells
from app.vocabulary import parse_modality

logger = logging.getLogger(__name__)

CHUNK = 500
SAME_MOMENT_SECONDS = 1.0  # a time read back from a spreadsheet may lose sub-second precision


@dataclass
class ActivityRowPlan:
    sheet: SheetData
    row: RowData
    values: dict[str, Any]


def parse_milestones(scope: ImportScope, sheet: SheetData, outcome: Outcome) -> list[ActivityRowPlan]:
    readers = {
        "id": record_id,
        "status": optional(lambda v: validation.choice(v, values(MilestoneStatus), "milestone status")),
        "row_version": cells.version,
    }
    plans = []
    for row in sheet.rows:
        found = read_cells(sheet, row, outcome, readers)
        if found is None:
            continue
        if not found.get("id"):
            message = "Milestones come from the programme's template: only the Status of an exported one can change."
            outcome.problem(sheet, row, "id", message)
            continue
        plans.append(ActivityRowPlan(sheet, row, found))
    return plans


def parse_meetings(scope: ImportScope, sheet: SheetData, outcome: Outcome) -> list[ActivityRowPlan]:
    readers = {
        "id": record_id,
        "pairing_id": record_id,
        "scheduled_at": lambda v: cells.moment(v, scope.zone),
        "duration_minutes": lambda v: (
            None if cells.is_blank(v) else MEETING_RULES["duration_minutes"](cells.integer(v))
        ),
        "modality": optional(lambda v: MEETING_RULES["modality"](parse_modality(v))),
        "status": optional(MEETING_RULES["status"]),
        "reason": lambda v: MEETING_RULES["reason"](cells.text(v)),
        "summary": lambda v: MEETING_RULES["summary"](cells.text(v)),
        "row_version": cells.version,
    }
    plans = []
    for row in sheet.rows:
        found = read_cells(sheet, row, outcome, readers)
        if found is None:
            continue
        if not found.get("id") and not (found.get("pairing_id") and found.get("scheduled_at")):
            outcome.problem(sheet, row, "pairing_id", "A new meeting needs a Pairing ID and a Scheduled time.")
            continue
        plans.append(ActivityRowPlan(sheet, row, found))
    return plans


def _load(scope: ImportScope, model: Any, ids: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    wanted = sorted(ids)
    for start in range(0, len(wanted), CHUNK):
        for obj in scope.session.scalars(select(model).where(model.id.in_(wanted[start : start + CHUNK]))):
            found[obj.id] = obj
    return found


def apply_milestones(scope: ImportScope, plans: list[ActivityRowPlan], outcome: Outcome) -> None:
    milestones = _load(scope, PairingMilestone, {p.values["id"] for p in plans})
    pairings = _load(scope, Pairing, {m.pairing_id for m in milestones.values()})
    for plan in plans:
        milestone = milestones.get(plan.values["id"])
        if milestone is None or milestone.deleted_at is not None:
            outcome.problem(plan.sheet, plan.row, "id", "There is no such milestone (any more) in the app.")
            continue
        target = plan.values.get("status")
        if target is None or target == milestone.status:
            outcome.record(plan.sheet, plan.row, "unchanged", milestone.id, milestone.title, [])
            continue
        if differs_from_version(milestone.updated_at, plan.values.get("row_version")):
            outcome.conflict(plan.sheet, plan.row, milestone.id, milestone.title, ["status"])
            continue
        try:
            milestone_status_in_session(scope.session, pairings[milestone.pairing_id], milestone, target)
        except DomainError as exc:
            outcome.problem(plan.sheet, plan.row, exc.field or "status", exc.message)
            continue
        outcome.record(plan.sheet, plan.row, "update", milestone.id, milestone.title, ["status"])


def apply_meetings(scope: ImportScope, plans: list[ActivityRowPlan], outcome: Outcome) -> None:
    meetings = _load(scope, Meeting, {p.values["id"] for p in plans if p.values.get("id")})
    pairing_ids = {p.values["pairing_id"] for p in plans if p.values.get("pairing_id")}
    pairings = _load(scope, Pairing, pairing_ids | {m.pairing_id for m in meetings.values()})
    for plan in plans:
        try:
            _apply_meeting(scope, plan, meetings, pairings, outcome)
        except DomainError as exc:
            outcome.problem(plan.sheet, plan.row, exc.field, exc.message)


def _same_moment(a: Any, b: Any) -> bool:
    return a is not None and b is not None and abs((a - b).total_seconds()) < SAME_MOMENT_SECONDS


def _apply_meeting(
    scope: ImportScope,
    plan: ActivityRowPlan,
    meetings: dict[str, Meeting],
    pairings: dict[str, Pairing],
    outcome: Outcome,
) -> None:
    v = plan.values
    meeting = meetings.get(v.get("id") or "")
    if v.get("id") and (meeting is None or meeting.deleted_at is not None):
        raise InvalidInput("There is no such meeting (any more) in the app.", field="id")
    if meeting is None:
        pairing = pairings.get(v["pairing_id"])
        if pairing is None or pairing.deleted_at is not None:
            raise InvalidInput("There is no such pairing in the app.", field="pairing_id")
        same_pairing = scope.session.scalars(
            select(Meeting).where(Meeting.pairing_id == pairing.id, Meeting.deleted_at.is_(None))
        )
        # A new row already imported once (the same pairing at the same time) is that meeting, not a second one.
        meeting = next((m for m in same_pairing if _same_moment(m.scheduled_at, v["scheduled_at"])), None)
        if meeting is None:
            created = add_meeting_in_session(
                scope.session, pairing, v["scheduled_at"], v.get("duration_minutes") or 60,
                v.get("modality") or "in_person", v.get("status") or "scheduled", v.get("summary") or "",
            )  # fmt: skip
            scope.session.flush()
            outcome.record(plan.sheet, plan.row, "create", created.id, _label(created), [])
            return
    fields = _changed_fields(meeting, v)
    if not fields:
        outcome.record(plan.sheet, plan.row, "unchanged", meeting.id, _label(meeting), [])
        return
    if differs_from_version(meeting.updated_at, v.get("row_version")):
        outcome.conflict(plan.sheet, plan.row, meeting.id, _label(meeting), fields)
        return
    update_meeting_in_session(
        scope.session,
        meeting,
        scheduled_at=v["scheduled_at"] if "scheduled_at" in fields else None,
        duration_minutes=v.get("duration_minutes") if "duration_minutes" in fields else None,
        modality=v.get("modality") if "modality" in fields else None,
        summary=v.get("summary") if "summary" in fields else None,
    )
    if "status" in fields:
        meeting_status_in_session(scope.session, meeting, v["status"], v.get("reason"))
    elif "reason" in fields:
        raise InvalidInput(
            "A reason is given when a meeting is cancelled or nobody came; change Status.", field="reason"
        )
    outcome.record(plan.sheet, plan.row, "update", meeting.id, _label(meeting), fields)


def _changed_fields(meeting: Meeting, v: dict[str, Any]) -> list[str]:
    fields = []
    if v.get("scheduled_at") is not None and not _same_moment(v["scheduled_at"], meeting.scheduled_at):
        fields.append("scheduled_at")
    for key in ("duration_minutes", "modality", "status"):
        if v.get(key) is not None and v[key] != getattr(meeting, key):
            fields.append(key)
    if "summary" in v and v["summary"] != (meeting.summary or ""):
        fields.append("summary")
    if "reason" in v and v["reason"] != meeting.reason:
        fields.append("reason")
    return fields


def _label(meeting: Meeting) -> str:
    local = cells.local(meeting.scheduled_at)
    return f"Meeting {local:%Y-%m-%d %H:%M}" if local else "Meeting"
