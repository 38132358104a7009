"""Place-name normalisation and great-circle (haversine) distances."""

from __future__ import annotations

import functools
import math

import numpy as np
import numpy.typing as npt

EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)

FloatArray = npt.NDArray[np.float64]


@functools.lru_cache(maxsize=8192)  # a programme has a few hundred distinct place names, compared over and over
def normalise_place(name: str | None) -> str | None:
    """Municipality/county name as compared by the filters: trimmed, inner spaces collapsed, case-folded.

    Returns None for a missing or blank name, which never matches anything.
    """
    if name is None:
        return None
    folded = " ".join(name.split()).casefold()
    return folded or None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    phi1 = math.radians(lat1)
    phi2 = math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2.0) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin((math.radians(lon2) - math.radians(lon1)) / 2.0) ** 2
    )
    return 2.0 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def haversine_km_array(
    lat1: FloatArray, lon1: FloatArray, cos_lat1: FloatArray, lat2: FloatArray, lon2: FloatArray, cos_lat2: FloatArray
) -> FloatArray:
    """Vectorised haversine on coordinates already in radians (arrays broadcast against each other).

    ``cos_lat*`` are the precomputed cosines of the latitudes, so a reused mentor pool pays for them once.
    """
    a = np.sin((lat2 - lat1) / 2.0) ** 2 + cos_lat1 * cos_lat2 * np.sin((lon2 - lon1) / 2.0) ** 2
    np.minimum(a, 1.0, out=a)
    result: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))
    return result
