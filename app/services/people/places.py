"""Norwegian municipalities from the shipped reference data: county and centre coordinates by name."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from app.paths import REFERENCE_DIR


@dataclass(frozen=True)
class Place:
    municipality: str
    county: str
    latitude: float
    longitude: float


@lru_cache(maxsize=1)
def _places() -> dict[str, list[Place]]:
    path = REFERENCE_DIR / "norway_places.json"
    if not path.exists():
        return {}
    index: dict[str, list[Place]] = {}
    for m in json.loads(path.read_text(encoding="utf-8"))["municipalities"]:
        place = Place(m["name"], m["county"], float(m["latitude"]), float(m["longitude"]))
        index.setdefault(m["name"].casefold(), []).append(place)
    return index


def find_place(municipality: str | None, county: str | None = None) -> Place | None:
    """The municipality by name (any case); when two share a name, the county decides, else none is guessed."""
    if not municipality:
        return None
    found = _places().get(municipality.strip().casefold(), [])
    if county:
        found = [p for p in found if p.county.casefold() == county.strip().casefold()] or found
    return found[0] if len(found) == 1 else None


def nearest_place(latitude: float, longitude: float) -> tuple[Place, float] | None:
    """The known municipality whose centre is nearest to a position, and its distance in km (a map-free check)."""
    places = [place for found in _places().values() for place in found]
    if not places:
        return None
    best = min(places, key=lambda p: _km(latitude, longitude, p.latitude, p.longitude))
    return best, _km(latitude, longitude, best.latitude, best.longitude)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), as the matching engine measures it."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
