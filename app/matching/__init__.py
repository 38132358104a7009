"""Pure matching engine: filter, score and rank mentors for mentees, and propose whole cohorts."""

from typing import TYPE_CHECKING

from app.matching.geo import EARTH_RADIUS_KM, haversine_km, normalise_place
from app.matching.pool import MenteeBatch, MentorPool
from app.matching.scoring import SCORE_SCALE, quantise, score_key, score_pair
from app.matching.suggest import score_matrix, suggest
from app.matching.types import (
    DAYS,
    DEFAULT_FILTERS,
    DEFAULT_WEIGHTS,
    EXCLUSION_DETAILS,
    FILTER_ORDER,
    LOCATION_UNKNOWN,
    MODALITIES,
    PARTS,
    SLOTS,
    CohortResult,
    MatchFilters,
    MatchWeights,
    MenteeRequest,
    MentorCandidate,
    Suggestion,
    SuggestionResult,
)

if TYPE_CHECKING:
    from app.matching.cohort import propose_cohort


def __getattr__(name: str) -> object:
    # The cohort solver brings OR-Tools: loaded when a cohort is proposed, not when the desktop
    # or a command that only scores pairs starts.
    if name == "propose_cohort":
        from app.matching.cohort import propose_cohort

        return propose_cohort
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DAYS",
    "DEFAULT_FILTERS",
    "DEFAULT_WEIGHTS",
    "EARTH_RADIUS_KM",
    "EXCLUSION_DETAILS",
    "FILTER_ORDER",
    "LOCATION_UNKNOWN",
    "MODALITIES",
    "PARTS",
    "SCORE_SCALE",
    "SLOTS",
    "CohortResult",
    "MatchFilters",
    "MatchWeights",
    "MenteeBatch",
    "MenteeRequest",
    "MentorCandidate",
    "MentorPool",
    "Suggestion",
    "SuggestionResult",
    "haversine_km",
    "normalise_place",
    "propose_cohort",
    "quantise",
    "score_key",
    "score_matrix",
    "score_pair",
    "suggest",
]
