"""Pure matching engine: filter, score and rank mentors for mentees, and propose whole cohorts."""

from app.matching.cohort import propose_cohort
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
