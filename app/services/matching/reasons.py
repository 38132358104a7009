"""The one place that phrases a match's reasons (the dict stored on every suggestion and pairing).

- `reason_line`: the short line, e.g. "2 shared specialisations: braille, mobility · same municipality"; the CLI uses
  the English words below, the desktop passes translated ones (app/views/matching/match_labels.py);
- `score_parts`: the four parts of the score with value, weight and contribution, in the order of the formula;
- `reason_details`: every stored component and fact on one line, as the exported Pairings sheet shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.vocabulary import slot_label
from app.vocabulary import words as code_words

# The score's parts, in the order of the formula (docs/matching.md).
SCORE_PARTS = ("specialisation_overlap", "geography_fit", "availability_fit", "capacity_remaining")

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
    parts.append(
        words["place_km"].format(place=place, km=words.get("number", "{:g}").format(distance))
        if distance is not None
        else place
    )
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


def score_parts(reasons: Mapping[str, Any]) -> list[tuple[str, float, float, float]]:
    """(part, value, weight, contribution) for each part of the score, in SCORE_PARTS order (0 when not stored)."""
    rows = []
    for key in SCORE_PARTS:
        part = reasons.get(key) or {}
        rows.append(
            (key, float(part.get("value", 0)), float(part.get("weight", 0)), float(part.get("contribution", 0)))
        )
    return rows


def reason_details(reasons: Mapping[str, Any]) -> str:
    """A pairing's stored reasons as one line: each score component with its contribution, then the facts."""
    parts = []
    for key, value in reasons.items():
        label = code_words(key)
        if isinstance(value, dict) and "value" in value:
            contribution = value.get("contribution")
            extra = f" (+{contribution:g})" if isinstance(contribution, int | float) else ""
            parts.append(f"{label} {value['value']:g}{extra}" if isinstance(value["value"], int | float) else label)
        elif isinstance(value, list):
            if value:
                shown = [
                    slot_label(v) if key.endswith("slots") and "_" in str(v) else code_words(str(v)) for v in value
                ]
                parts.append(f"{label}: {', '.join(shown)}")
        elif value is not None:
            parts.append(f"{label}: {value}")
    return "; ".join(parts)
