"""PersonTableModel: one row per person and programme profile (a mentor in two programmes shows twice)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.services.core.rows import PersonRow, ProfileRow
from app.views.widgets.labels import (
    availability_label,
    format_date,
    mentee_state_label,
    mentor_state_label,
    role_label,
)
from app.views.widgets.row_table_model import Column, RowTableModel


@dataclass(frozen=True)
class PersonProfileRow:
    person: PersonRow
    profile: ProfileRow | None  # None: a person without any profile

    @property
    def is_mentor(self) -> bool:
        return self.profile is not None and self.profile.role != "mentee"


def person_profile_rows(people: Sequence[PersonRow]) -> list[PersonProfileRow]:
    rows = []
    for person in people:
        profiles: list[ProfileRow | None] = [*person.profiles] or [None]
        rows += [PersonProfileRow(person, profile) for profile in profiles]
    return rows


def state_text(row: PersonProfileRow) -> str:
    if row.profile is None:
        return ""
    return mentor_state_label(row.profile.state) if row.is_mentor else mentee_state_label(row.profile.state)


def availability_text(row: PersonProfileRow) -> str:
    profile = row.profile
    if profile is None or not row.is_mentor:
        return ""
    if profile.availability == "unavailable" and profile.unavailable_until is not None:
        return QCoreApplication.translate("PersonTableModel", "Unavailable until {date}").format(
            date=format_date(profile.unavailable_until)
        )
    return availability_label(profile.availability)


def capacity_text(row: PersonProfileRow) -> str:
    profile = row.profile
    if profile is None or not row.is_mentor or profile.capacity is None:
        return ""
    return QCoreApplication.translate("PersonTableModel", "{taken} of {capacity} taken").format(
        taken=profile.open_pairings, capacity=profile.capacity
    )


class PersonTableModel(RowTableModel[PersonProfileRow]):
    spec_names: dict[str, str] = {}  # specialisation key → name in the user's language

    def set_catalogue(self, names: dict[str, str]) -> None:
        self.spec_names = dict(names)

    def specialisations(self, row: PersonProfileRow) -> str:
        keys = row.profile.specialisations if row.profile else []
        return ", ".join(self.spec_names.get(k, k) for k in keys)

    def columns(self) -> Sequence[Column[PersonProfileRow]]:
        return (
            Column(self.tr("Name"), lambda r: r.person.name),
            Column(self.tr("Role"), lambda r: role_label(r.profile.role) if r.profile else ""),
            Column(self.tr("State"), state_text),
            Column(self.tr("Programme"), lambda r: r.profile.programme_name if r.profile else ""),
            Column(self.tr("Availability"), availability_text),
            Column(
                self.tr("Capacity"),
                capacity_text,
                lambda r: (r.profile.capacity or 0) - r.profile.open_pairings if r.is_mentor and r.profile else -1,
            ),
            Column(self.tr("Municipality"), lambda r: r.person.municipality or ""),
            Column(self.tr("Specialisations"), self.specialisations),
        )

    def summary(self, row: PersonProfileRow) -> str:
        parts = [row.person.name]
        if row.profile is not None:
            parts.append(
                self.tr("{role} in {programme}, {state}").format(
                    role=role_label(row.profile.role).lower(),
                    programme=row.profile.programme_name,
                    state=state_text(row).lower(),
                )
            )
        for text in (availability_text(row), capacity_text(row), row.person.municipality or ""):
            if text:
                parts.append(text)
        if row.profile is not None and row.profile.specialisations:
            parts.append(self.tr("specialisations: {list}").format(list=", ".join(row.profile.specialisations)))
        return ", ".join(parts)
