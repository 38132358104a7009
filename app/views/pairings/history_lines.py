"""The change journal in words: one line per record changed in a transaction, newest first, with actor and time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services.core.rows import HistoryRow
from app.views.widgets.labels import (
    format_datetime,
    meeting_status_label,
    milestone_status_label,
    modality_label,
    pairing_status_label,
    reason_label,
    visibility_label,
)

# Bookkeeping that always travels with a change worth showing (the status, a note, a milestone…).
QUIET_FIELDS = {
    "last_activity_at",
    "activated_at",
    "completed_at",
    "dissolved_at",
    "declined_at",
    "proposed_at",
    "started_at",
    "completed_by",
    "reopened_count",
    "deleted_at",
}


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    actor: str
    text: str


def _parse_time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def history_lines(entries: list[HistoryRow], milestone_titles: dict[str, str]) -> list[HistoryLine]:
    """`entries` newest first, as `pairing_detail` gives them; lines come out in the same order."""
    lines = []
    for (at, actor, entity, entity_id, operation), group in groupby(
        entries, key=lambda e: (e.at, e.actor, e.entity, e.entity_id, e.operation)
    ):
        fields = {e.field: (e.old, e.new) for e in group}
        text = _describe(entity, entity_id, operation, fields, milestone_titles)
        if text:
            lines.append(HistoryLine(at=at, actor=actor, text=text))
    return lines


def _describe(
    entity: str, entity_id: str, operation: str, fields: dict[str, tuple[Any, Any]], titles: dict[str, str]
) -> str:
    new = {name: values[1] for name, values in fields.items()}
    if operation == "insert":
        if entity == "pairing":
            return QCoreApplication.translate("History", "Pairing proposed")
        if entity == "pairing_milestone":
            return QCoreApplication.translate("History", "Milestone added: {title}").format(title=new.get("title", ""))
        if entity == "meeting":
            when = format_datetime(_parse_time(new.get("scheduled_at")))
            way = modality_label(str(new.get("modality", "")))
            if new.get("status") == "completed":
                return QCoreApplication.translate("History", "Meeting logged as held: {when}, {way}").format(
                    when=when, way=way
                )
            return QCoreApplication.translate("History", "Meeting scheduled for {when}, {way}").format(
                when=when, way=way
            )
        if entity == "note":
            return QCoreApplication.translate("History", "Note added, visible to {who}: “{text}”").format(
                who=visibility_label(str(new.get("visibility", ""))).lower(), text=_excerpt(new.get("body"))
            )
    changes = [(name, old, value) for name, (old, value) in fields.items() if name not in QUIET_FIELDS]
    if not changes:
        return ""
    parts = [_change(entity, name, old, value) for name, old, value in changes]
    if entity == "pairing_milestone":
        return QCoreApplication.translate("History", "Milestone “{title}”: {changes}").format(
            title=titles.get(entity_id, ""), changes="; ".join(parts)
        )
    if entity == "meeting":
        return QCoreApplication.translate("History", "Meeting: {changes}").format(changes="; ".join(parts))
    if entity == "pairing":
        return QCoreApplication.translate("History", "Pairing: {changes}").format(changes="; ".join(parts))
    return "; ".join(parts)


def _change(entity: str, name: str, old: Any, new: Any) -> str:
    if name == "status":
        label = {
            "pairing": pairing_status_label,
            "pairing_milestone": milestone_status_label,
            "meeting": meeting_status_label,
        }.get(entity, str)
        return QCoreApplication.translate("History", "status {old} → {new}").format(
            old=label(str(old or "")), new=label(str(new or ""))
        )
    if name == "dissolution_reason":
        return QCoreApplication.translate("History", "reason: {reason}").format(reason=reason_label(new))
    if name in ("status_note", "reason"):
        return QCoreApplication.translate("History", "note: “{text}”").format(text=_excerpt(new))
    return QCoreApplication.translate("History", "{field}: {old} → {new}").format(
        field=name.replace("_", " "), old=_value(old), new=_value(new)
    )


def _value(value: Any) -> str:
    return "—" if value in (None, "", [], {}) else str(value)


def _excerpt(value: Any, limit: int = 80) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
