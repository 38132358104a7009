"""Translated words for matching: filter names, exclusion details and a match's reasons as one readable line."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.rows import SpecialisationRow
from app.views.labels import day_label, part_of_day_label

# Every string is written out in a QCoreApplication.translate() call, so pyside6-lupdate finds it.


def specialisation_names(catalogue: Iterable[SpecialisationRow]) -> dict[str, str]:
    """Catalogue key → the name to show: Norwegian when the interface is Norwegian, English otherwise."""
    norwegian = QLocale().language() == QLocale.Language.NorwegianBokmal
    return {s.key: (s.name_nb if norwegian else s.name_en) for s in catalogue}


def filter_label(code: str) -> str:
    return {
        "eligible": QCoreApplication.translate("MatchLabels", "Not eligible"),
        "not_paired_before": QCoreApplication.translate("MatchLabels", "Paired before"),
        "geography": QCoreApplication.translate("MatchLabels", "Geography"),
        "availability": QCoreApplication.translate("MatchLabels", "No shared slot"),
        "specialisation": QCoreApplication.translate("MatchLabels", "Specialisation"),
        "modality": QCoreApplication.translate("MatchLabels", "Way of meeting"),
    }.get(code, code)


def exclusion_detail_label(detail: str) -> str:
    return {
        "not eligible": QCoreApplication.translate("MatchLabels", "not approved or not available"),
        "at capacity": QCoreApplication.translate("MatchLabels", "at capacity"),
        "paired before": QCoreApplication.translate("MatchLabels", "paired with this mentee before"),
        "location unknown": QCoreApplication.translate("MatchLabels", "location unknown"),
        "other municipality": QCoreApplication.translate("MatchLabels", "lives in another municipality"),
        "other county": QCoreApplication.translate("MatchLabels", "lives in another county"),
        "too far": QCoreApplication.translate("MatchLabels", "too far away"),
        "no shared slot": QCoreApplication.translate("MatchLabels", "no shared weekly slot"),
        "missing specialisation": QCoreApplication.translate(
            "MatchLabels", "does not offer every chosen specialisation"
        ),
        "no shared modality": QCoreApplication.translate("MatchLabels", "no shared way of meeting"),
    }.get(detail, detail)


def slot_text(slot: str) -> str:
    day, part = slot.split("_")
    return f"{day_label(day)} {part_of_day_label(part).lower()}"


def reason_parts(reasons: Mapping[str, Any], names: Mapping[str, str]) -> list[str]:
    """Reasons as short phrases: specialisations, place, slots, free places (each only when known)."""
    parts = []
    shared = list(reasons.get("shared_specialisations") or [])
    if shared:
        listed = ", ".join(names.get(key, key.replace("_", " ")) for key in shared)
        parts.append(_shared(len(shared), listed))
    else:
        parts.append(QCoreApplication.translate("MatchLabels", "no shared specialisation"))
    geography = (reasons.get("geography_fit") or {}).get("value", 0)
    place = (
        QCoreApplication.translate("MatchLabels", "same municipality")
        if geography == 1
        else QCoreApplication.translate("MatchLabels", "same county")
        if geography == 0.5
        else QCoreApplication.translate("MatchLabels", "another county")
    )
    distance = reasons.get("distance_km")
    parts.append(
        QCoreApplication.translate("MatchLabels", "{place}, {km} km").format(place=place, km=f"{distance:g}")
        if distance is not None
        else place
    )
    slots = list(reasons.get("shared_slots") or [])
    wanted = reasons.get("mentee_slots")
    if wanted:
        parts.append(
            QCoreApplication.translate("MatchLabels", "{shared} of {wanted} slots").format(
                shared=len(slots), wanted=wanted
            )
        )
    elif slots:
        parts.append(QCoreApplication.translate("MatchLabels", "{count} shared slots").format(count=len(slots)))
    free, capacity = reasons.get("places_free"), reasons.get("capacity")
    if free is not None and capacity:
        parts.append(
            QCoreApplication.translate("MatchLabels", "{free} of {capacity} places free").format(
                free=free, capacity=capacity
            )
        )
    return parts


def _shared(count: int, listed: str) -> str:
    if count == 1:
        return QCoreApplication.translate("MatchLabels", "1 shared specialisation: {names}").format(names=listed)
    return QCoreApplication.translate("MatchLabels", "{count} shared specialisations: {names}").format(
        count=count, names=listed
    )


def reason_text(reasons: Mapping[str, Any], names: Mapping[str, str]) -> str:
    return " · ".join(reason_parts(reasons, names))


def score_breakdown(reasons: Mapping[str, Any]) -> list[tuple[str, float, float, float]]:
    """(part, value, weight, contribution) for each of the four score parts, in the order of the formula."""
    labels = {
        "specialisation_overlap": QCoreApplication.translate("MatchLabels", "Specialisation overlap"),
        "geography_fit": QCoreApplication.translate("MatchLabels", "Geography fit"),
        "availability_fit": QCoreApplication.translate("MatchLabels", "Availability fit"),
        "capacity_remaining": QCoreApplication.translate("MatchLabels", "Capacity remaining"),
    }
    rows = []
    for key, label in labels.items():
        part = reasons.get(key) or {}
        rows.append(
            (label, float(part.get("value", 0)), float(part.get("weight", 0)), float(part.get("contribution", 0)))
        )
    return rows
