"""Export a programme (or all) to the exchange workbook, and write the empty template with instructions."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Programme, Specialisation
from app.models.enums import (
    Availability,
    DissolutionReason,
    MeetingStatus,
    MenteeState,
    MentorRole,
    MentorState,
    MilestoneStatus,
    Modality,
    PairingStatus,
    values,
)
from app.services.core import lookup
from app.services.core.bulk import paused_gc
from app.services.core.context import ServiceContext
from app.services.core.rows import JsonRow
from app.services.exchange.export_rows import PairingData, mentee_rows, mentor_rows
from app.services.followup.dashboard import DASHBOARD_SHEET, dashboard_sheet  # scheduler branch
from app.spreadsheets.cells import version_text
from app.spreadsheets.columns import FORMAT_VERSION, MEETINGS, MENTEES, MENTORS, MILESTONES, PAIRINGS
from app.spreadsheets.instructions import template_instructions
from app.spreadsheets.writer import WorkbookWriter
from app.vocabulary import CONTACT_PREFERENCES, SLOTS, slot_label, words

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportSummary(JsonRow):
    path: str
    programme: str | None
    sheets: dict[str, int] = field(default_factory=dict)


def _lists(session: Session, programmes: list[Programme]) -> dict[str, list[str]]:
    specs = session.scalars(
        select(Specialisation).where(Specialisation.deleted_at.is_(None)).order_by(Specialisation.name_en)
    ).all()
    return {
        "programmes": [p.name for p in programmes],
        "mentor_roles": [words(v) for v in values(MentorRole)],
        "mentor_states": [words(v) for v in values(MentorState)],
        "mentee_states": [words(v) for v in values(MenteeState)],
        "availability": [words(v) for v in values(Availability)],
        "specialisations": [s.name_en for s in specs],
        "slots": [slot_label(s) for s in SLOTS],
        "modalities": [words(v) for v in values(Modality)],
        "contact_preferences": [words(v) for v in CONTACT_PREFERENCES],
        "pairing_statuses": [words(v) for v in values(PairingStatus)],
        "dissolution_reasons": [words(v) for v in values(DissolutionReason)],
        "milestone_statuses": [words(v) for v in values(MilestoneStatus)],
        "meeting_statuses": [words(v) for v in values(MeetingStatus)],
    }


def export_workbook(ctx: ServiceContext, path: Path | str, *, programme: str | None = None) -> ExportSummary:
    """Mentors, Mentees, Pairings, Milestones and Meetings of one programme (or of all) with IDs and row versions."""
    path = Path(path)
    now = ctx.now()
    with paused_gc(), ctx.read() as session:
        if programme is not None:
            programmes = [lookup.programme(session, programme)]
        else:
            programmes = list(
                session.scalars(select(Programme).where(Programme.deleted_at.is_(None)).order_by(Programme.name))
            )
        ids = [p.id for p in programmes]
        names = {p.id: p.name for p in programmes}
        specs = dict(session.execute(select(Specialisation.id, Specialisation.name_en)).all())
        writer = WorkbookWriter()
        writer.set_lists(_lists(session, programmes))
        counts = {
            MENTORS.title: writer.add_sheet(MENTORS.title, MENTORS.columns, mentor_rows(session, ids, names, specs)),
            MENTEES.title: writer.add_sheet(MENTEES.title, MENTEES.columns, mentee_rows(session, ids, names, specs)),
        }
        data = PairingData(session, programmes, now)
        for spec, rows in (
            (PAIRINGS, data.pairing_rows()),
            (MILESTONES, data.milestone_rows()),
            (MEETINGS, data.meeting_rows()),
        ):
            counts[spec.title] = writer.add_sheet(spec.title, spec.columns, rows)
        # The programme dashboard's figures, for reading (import ignores the sheet).
        columns, dashboard_rows = dashboard_sheet(session, programmes, now)
        counts[DASHBOARD_SHEET] = writer.add_sheet(DASHBOARD_SHEET, columns, dashboard_rows)
        only_id, only_name = (programmes[0].id, programmes[0].name) if programme is not None else ("", "")
    writer.set_meta(
        {
            "format": "mentor-coordinator-exchange",
            "format_version": str(FORMAT_VERSION),
            "exported_at": version_text(now),
            "exported_by": ctx.actor,
            "programme_id": only_id,
            "programme": only_name,
            "timezone": "Europe/Oslo",
        }
    )
    writer.save(path)
    logger.info("exported %s to %s: %s", only_name or "all programmes", path, counts)
    return ExportSummary(path=str(path), programme=only_name or None, sheets=counts)


def export_template(ctx: ServiceContext, path: Path | str) -> ExportSummary:
    """An empty workbook to fill in: instructions, the Mentors and Mentees sheets, drop-down lists."""
    path = Path(path)
    with ctx.read() as session:
        programmes = list(
            session.scalars(select(Programme).where(Programme.deleted_at.is_(None)).order_by(Programme.name))
        )
        lists = _lists(session, programmes)
    writer = WorkbookWriter()
    writer.set_lists(lists)
    writer.add_text_sheet("Instructions", template_instructions(lists))
    counts = {spec.title: writer.add_sheet(spec.title, spec.columns, []) for spec in (MENTORS, MENTEES)}
    writer.set_meta(
        {
            "format": "mentor-coordinator-exchange",
            "format_version": str(FORMAT_VERSION),
            "exported_at": version_text(ctx.now()),
            "template": "yes",
            "timezone": "Europe/Oslo",
        }
    )
    writer.save(path)
    return ExportSummary(path=str(path), programme=None, sheets=counts)
