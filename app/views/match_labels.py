"""Translated words for matching: filter names, exclusion details and a match's reasons as one readable line."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.views.labels import day_label, part_of_day_label


def _t(text: str) -> str:
    return QCoreApplication.translate("MatchLabels", text)


def filter_label(code: str) -> str:
    return {
        "eligible": _t("Not eligible"),
        "not_paired_before": _t("Paired before"),
        "geography": _t("Geography"),
        "availability": _t("No shared slot"),
        "specialisation": _t("Specialisation"),
        "modality": _t("Way of meeting"),
    }.get(code, code)


def exclusion_detail_label(detail: str) -> str:
    return {
        "not eligible": _t("not approved or not available"),
        "at capacity": _t("at capacity"),
        "paired before": _t("paired with this mentee before"),
        "location unknown": _t("location unknown"),
        "other municipality": _t("lives in another municipality"),
        "other county": _t("lives in another county"),
        "too far": _t("too far away"),
        "no shared slot": _t("no shared weekly slot"),
        "missing specialisation": _t("does not offer every chosen specialisation"),
        "no shared modality": _t("no shared way of meeting"),
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
        parts.append(_t("no shared specialisation"))
    geography = (reasons.get("geography_fit") or {}).get("value", 0)
    place = (
        _t("same municipality") if geography == 1 else _t("same county") if geography == 0.5 else _t("another county")
    )
    distance = reasons.get("distance_km")
    parts.append(_t("{place}, {km} km").format(place=place, km=f"{distance:g}") if distance is not None else place)
    slots = list(reasons.get("shared_slots") or [])
    wanted = reasons.get("mentee_slots")
    if wanted:
        parts.append(_t("{shared} of {wanted} slots").format(shared=len(slots), wanted=wanted))
    elif slots:
        parts.append(_t("{count} shared slots").format(count=len(slots)))
    free, capacity = reasons.get("places_free"), reasons.get("capacity")
    if free is not None and capacity:
        parts.append(_t("{free} of {capacity} places free").format(free=free, capacity=capacity))
    return parts


def _shared(count: int, listed: str) -> str:
    if count == 1:
        return _t("1 shared specialisation: {names}").format(names=listed)
    return _t("{count} shared specialisations: {names}").format(count=count, names=listed)


def reason_text(reasons: Mapping[str, Any], names: Mapping[str, str]) -> str:
    return " · ".join(reason_parts(reasons, names))


def score_breakdown(reasons: Mapping[str, Any]) -> list[tuple[str, float, float, float]]:
    """(part, value, weight, contribution) for each of the four score parts, in the order of the formula."""
    labels = {
        "specialisation_overlap": _t("Specialisation overlap"),
        "geography_fit": _t("Geography fit"),
        "availability_fit": _t("Availability fit"),
        "capacity_remaining": _t("Capacity remaining"),
    }
    rows = []
    for key, label in labels.items():
        part = reasons.get(key) or {}
        rows.append(
            (label, float(part.get("value", 0)), float(part.get("weight", 0)), float(part.get("contribution", 0)))
        )
    return rows
