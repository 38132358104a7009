"""A match's reasons as one readable line, e.g. "2 shared specialisations: braille, mobility · same municipality".

The choice of phrases lives here once; the CLI uses the English words below, the desktop passes translated ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

ENGLISH = {
    "one_shared": "1 shared specialisation: {names}",
    "many_shared": "{count} shared specialisations: {names}",
    "none_shared": "no shared specialisation",
    "same_municipality": "same municipality",
    "same_county": "same county",
    "another_county": "another county",
    "place_km": "{place}, {km} km",
    "slots_of": "{shared} of {wanted} slots",
    "slots_shared": "{count} shared slots",
    "places_free": "{free} of {capacity} places free",
}


def reason_parts(
    reasons: Mapping[str, Any], names: Mapping[str, str] | None = None, words: Mapping[str, str] = ENGLISH
) -> list[str]:
    """Short phrases: specialisations, place, slots, free places (each only when known).

    `names` maps catalogue keys to the names to show; `words` gives the phrases (keys as in ENGLISH).
    """
    names = names or {}
    parts = []
    shared = list(reasons.get("shared_specialisations") or [])
    if shared:
        listed = ", ".join(names.get(key, key.replace("_", " ")) for key in shared)
        template = words["one_shared"] if len(shared) == 1 else words["many_shared"]
        parts.append(template.format(count=len(shared), names=listed))
    else:
        parts.append(words["none_shared"])
    geography = (reasons.get("geography_fit") or {}).get("value", 0)
    place = words["same_municipality" if geography == 1 else "same_county" if geography == 0.5 else "another_county"]
    distance = reasons.get("distance_km")
    parts.append(words["place_km"].format(place=place, km=f"{distance:g}") if distance is not None else place)
    slots = list(reasons.get("shared_slots") or [])
    wanted = reasons.get("mentee_slots")
    if wanted:
        parts.append(words["slots_of"].format(shared=len(slots), wanted=wanted))
    elif slots:
        parts.append(words["slots_shared"].format(count=len(slots)))
    free, capacity = reasons.get("places_free"), reasons.get("capacity")
    if free is not None and capacity:
        parts.append(words["places_free"].format(free=free, capacity=capacity))
    return parts


def reason_line(
    reasons: Mapping[str, Any], names: Mapping[str, str] | None = None, words: Mapping[str, str] = ENGLISH
) -> str:
    return " · ".join(reason_parts(reasons, names, words))
