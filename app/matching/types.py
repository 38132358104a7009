"""Plain data types shared by every part of the matching engine: candidates, filters, weights, results."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

# The slot and modality vocabularies live in app.vocabulary; re-exported for the engine's callers.
from app.vocabulary import DAYS as DAYS
from app.vocabulary import MODALITIES as MODALITIES
from app.vocabulary import PARTS as PARTS
from app.vocabulary import SLOTS as SLOTS

# A slot's position in SLOTS is its bit in a slot mask.
SLOT_INDEX: dict[str, int] = {slot: i for i, slot in enumerate(SLOTS)}
MODALITY_INDEX: dict[str, int] = {modality: i for i, modality in enumerate(MODALITIES)}

# The hard filters in the order they are checked; a mentor is reported under the first one it fails.
FILTER_ORDER: tuple[str, ...] = (
    "eligible",
    "not_paired_before",
    "geography",
    "availability",
    "specialisation",
    "modality",
)

GeographyFilter = Literal["municipality", "county", "km"]
GEOGRAPHY_FILTERS: tuple[str, ...] = ("municipality", "county", "km")

# Finer reasons for an exclusion (stable strings, meant to be translated by the caller).
NOT_ELIGIBLE = "not eligible"
AT_CAPACITY = "at capacity"
PAIRED_BEFORE = "paired before"
LOCATION_UNKNOWN = "location unknown"
OTHER_MUNICIPALITY = "other municipality"
OTHER_COUNTY = "other county"
TOO_FAR = "too far"
NO_SHARED_SLOT = "no shared slot"
MISSING_SPECIALISATION = "missing specialisation"
NO_SHARED_MODALITY = "no shared modality"
EXCLUSION_DETAILS: tuple[str, ...] = (
    NOT_ELIGIBLE,
    AT_CAPACITY,
    PAIRED_BEFORE,
    LOCATION_UNKNOWN,
    OTHER_MUNICIPALITY,
    OTHER_COUNTY,
    TOO_FAR,
    NO_SHARED_SLOT,
    MISSING_SPECIALISATION,
    NO_SHARED_MODALITY,
)


def _check_person(kind: str, person_id: str, slots: frozenset[str], modalities: frozenset[str]) -> None:
    if not isinstance(person_id, str) or not person_id:
        raise ValueError(f"{kind} id must be a non-empty string, got {person_id!r}")
    unknown_slots = slots - SLOT_INDEX.keys()
    if unknown_slots:
        raise ValueError(f"{kind} {person_id}: unknown slot(s) {sorted(unknown_slots)}; expected e.g. 'mon_evening'")
    unknown_modalities = modalities - MODALITY_INDEX.keys()
    if unknown_modalities:
        raise ValueError(f"{kind} {person_id}: unknown modality(ies) {sorted(unknown_modalities)}")


def _check_coordinates(kind: str, person_id: str, latitude: float | None, longitude: float | None) -> None:
    if latitude is not None and not (math.isfinite(latitude) and -90.0 <= latitude <= 90.0):
        raise ValueError(f"{kind} {person_id}: latitude {latitude!r} is outside -90..90")
    if longitude is not None and not (math.isfinite(longitude) and -180.0 <= longitude <= 180.0):
        raise ValueError(f"{kind} {person_id}: longitude {longitude!r} is outside -180..180")


@dataclass(frozen=True)
class MentorCandidate:
    """A mentor as the matching engine sees them: eligibility, capacity and what they offer."""

    id: str
    eligible: bool  # approved AND available today, computed by the caller
    capacity: int  # >= 1
    open_pairings: int  # proposed + active pairings in this programme
    specialisations: frozenset[str]
    slots: frozenset[str]
    modalities: frozenset[str]
    municipality: str | None = None
    county: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    name: str = ""  # display only

    def __post_init__(self) -> None:
        _check_person("mentor", self.id, self.slots, self.modalities)
        if self.capacity < 1:
            raise ValueError(f"mentor {self.id}: capacity must be at least 1, got {self.capacity}")
        if self.open_pairings < 0:
            raise ValueError(f"mentor {self.id}: open pairings cannot be negative, got {self.open_pairings}")
        _check_coordinates("mentor", self.id, self.latitude, self.longitude)

    @property
    def remaining_capacity(self) -> int:
        """Seats left for new pairings (never negative)."""
        return max(0, self.capacity - self.open_pairings)


@dataclass(frozen=True)
class MenteeRequest:
    """What a waiting mentee asks for."""

    id: str
    specialisations: frozenset[str]  # wanted
    slots: frozenset[str]
    modalities: frozenset[str]
    municipality: str | None = None
    county: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    name: str = ""  # display only

    def __post_init__(self) -> None:
        _check_person("mentee", self.id, self.slots, self.modalities)
        _check_coordinates("mentee", self.id, self.latitude, self.longitude)


@dataclass(frozen=True)
class MatchFilters:
    """Which hard filters are switched on. ``max_km`` is only read when ``geography == "km"``."""

    eligible: bool = True
    not_paired_before: bool = True
    geography: GeographyFilter | None = None
    max_km: float | None = None
    slot_overlap: bool = False
    specialisations: frozenset[str] = frozenset()  # the mentor must offer every one of these
    modality: bool = False

    def __post_init__(self) -> None:
        if self.geography is not None and self.geography not in GEOGRAPHY_FILTERS:
            raise ValueError(f"geography filter must be one of {GEOGRAPHY_FILTERS} or None, got {self.geography!r}")
        if self.geography == "km":
            if self.max_km is None:
                raise ValueError("the 'km' geography filter needs max_km")
            if not (math.isfinite(self.max_km) and self.max_km >= 0):
                raise ValueError(f"max_km must be a finite number >= 0, got {self.max_km!r}")

    def active(self) -> tuple[str, ...]:
        """Names of the switched-on filters, in FILTER_ORDER."""
        on = {
            "eligible": self.eligible,
            "not_paired_before": self.not_paired_before,
            "geography": self.geography is not None,
            "availability": self.slot_overlap,
            "specialisation": bool(self.specialisations),
            "modality": self.modality,
        }
        return tuple(name for name in FILTER_ORDER if on[name])


@dataclass(frozen=True)
class MatchWeights:
    """Weights of the four score components (docs/matching.md); each programme may change them."""

    specialisation: float = 2.0
    geography: float = 1.0
    availability: float = 1.0
    capacity: float = 0.5

    def __post_init__(self) -> None:
        for name in ("specialisation", "geography", "availability", "capacity"):
            value = getattr(self, name)
            # Negative weights would make "no match" better than a match, which the cohort solver cannot express.
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"weight {name!r} must be a finite number >= 0, got {value!r}")


DEFAULT_FILTERS = MatchFilters()
DEFAULT_WEIGHTS = MatchWeights()


@dataclass(frozen=True)
class Suggestion:
    """One ranked mentor for one mentee, with the reasons behind its score."""

    mentor_id: str
    mentee_id: str
    score: float  # rounded to 6 decimals
    reasons: dict[str, object]


@dataclass(frozen=True)
class SuggestionResult:
    """Ranked suggestions for one mentee and why the other mentors were left out."""

    mentee_id: str
    suggestions: list[Suggestion]
    # filter name -> number of mentors whose first failing filter it is; one key per active filter, in FILTER_ORDER
    excluded: dict[str, int]
    # (mentor_id, filter name) for every excluded mentor, by mentor id
    excluded_mentors: list[tuple[str, str]]
    # mentor_id -> finer reason ("location unknown", "at capacity", ...), for every excluded mentor
    exclusion_details: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CohortResult:
    """An optimal set of proposed pairings for a whole cohort of waiting mentees."""

    proposals: list[Suggestion]  # sorted by mentee id; pinned pairs included
    matched: int  # number of proposals (pins included)
    unmatched: list[str]  # mentee ids, sorted
    total_score: float  # sum of the proposals' (rounded) scores
