"""A match's reasons as one readable line, e.g. "2 shared specialisations: braille, mobility · same municipality"."""

from __future__ import annotations

from typing import Any

from app.vocabulary import slot_label


def reason_parts(reasons: dict[str, Any]) -> list[str]:
    """The reasons as short English phrases (the desktop has its own translated version)."""
    parts = []
    shared = reasons.get("shared_specialisations") or []
    if shared:
        noun = "specialisation" if len(shared) == 1 else "specialisations"
        parts.append(f"{len(shared)} shared {noun}: {', '.join(s.replace('_', ' ') for s in shared)}")
    else:
        parts.append("no shared specialisation")
    geography = (reasons.get("geography_fit") or {}).get("value", 0)
    distance = reasons.get("distance_km")
    place = "same municipality" if geography == 1 else "same county" if geography == 0.5 else "other county"
    parts.append(f"{place}, {distance:g} km" if distance is not None else place)
    slots = reasons.get("shared_slots") or []
    wanted = reasons.get("mentee_slots")
    if wanted:
        parts.append(f"{len(slots)} of {wanted} slots")
    elif slots:
        parts.append(f"{len(slots)} shared slots: {', '.join(slot_label(s) for s in slots)}")
    free, capacity = reasons.get("places_free"), reasons.get("capacity")
    if free is not None and capacity:
        parts.append(f"{free} of {capacity} places free")
    return parts


def reason_line(reasons: dict[str, Any]) -> str:
    return " · ".join(reason_parts(reasons))
