"""The match score (docs/matching.md): per-pair components with reasons, and the same formula over arrays."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from app.matching.geo import haversine_km, normalise_place
from app.matching.pool import MenteeBatch, MentorPool
from app.matching.types import SLOT_INDEX, MatchWeights, MenteeRequest, MentorCandidate

# Scores are compared and summed as whole millionths of a point, so "rounded to 6 decimals" means the same thing
# in plain Python and in numpy (both round x * 1e6 half-to-even) and totals are exact integers.
SCORE_SCALE = 1_000_000
# The four weighted parts of the score, in the order of the formula (keys of the reasons dict).
COMPONENTS = ("specialisation_overlap", "geography_fit", "availability_fit", "capacity_remaining")

FloatArray = npt.NDArray[np.float64]
Int64Array = npt.NDArray[np.int64]


def score_key(raw: float) -> int:
    """A score as an integer number of millionths (the value rankings and the cohort solver compare)."""
    return round(raw * SCORE_SCALE)


def quantise(raw: float) -> float:
    """A score rounded to 6 decimals, consistently with :func:`score_key`."""
    return score_key(raw) / SCORE_SCALE


def score_keys(raw: FloatArray) -> Int64Array:
    """Vectorised :func:`score_key`."""
    keys: Int64Array = np.rint(raw * SCORE_SCALE).astype(np.int64)
    return keys


def same_municipality(mentor: MentorCandidate, mentee: MenteeRequest) -> bool:
    """Same municipality name; when both counties are known they must agree too (Herøy and Våler exist twice)."""
    municipality = normalise_place(mentor.municipality)
    if municipality is None or municipality != normalise_place(mentee.municipality):
        return False
    mentor_county = normalise_place(mentor.county)
    mentee_county = normalise_place(mentee.county)
    return mentor_county is None or mentee_county is None or mentor_county == mentee_county


def same_county(mentor: MentorCandidate, mentee: MenteeRequest) -> bool:
    """Both counties known and equal."""
    county = normalise_place(mentor.county)
    return county is not None and county == normalise_place(mentee.county)


def geography_fit(mentor: MentorCandidate, mentee: MenteeRequest) -> float:
    """1 for the same municipality, 0.5 for the same county otherwise, 0 otherwise."""
    if same_municipality(mentor, mentee):
        return 1.0
    return 0.5 if same_county(mentor, mentee) else 0.0


def availability_fit(mentor: MentorCandidate, mentee: MenteeRequest) -> float:
    """Share of the mentee's weekly slots the mentor also has (0 when the mentee gave none)."""
    if not mentee.slots:
        return 0.0
    return len(mentor.slots & mentee.slots) / len(mentee.slots)


def capacity_remaining(mentor: MentorCandidate) -> float:
    """Share of the mentor's capacity still free, never below 0."""
    return mentor.remaining_capacity / mentor.capacity


def distance_km(mentor: MentorCandidate, mentee: MenteeRequest) -> float | None:
    """Great-circle distance when both sides have coordinates, else None."""
    if mentor.latitude is None or mentor.longitude is None or mentee.latitude is None or mentee.longitude is None:
        return None
    return haversine_km(mentor.latitude, mentor.longitude, mentee.latitude, mentee.longitude)


def score_pair(
    mentor: MentorCandidate, mentee: MenteeRequest, weights: MatchWeights
) -> tuple[float, dict[str, object]]:
    """The pair's score (rounded to 6 decimals) and its JSON-serialisable reasons."""
    shared_specialisations = mentor.specialisations & mentee.specialisations
    shared_slots = mentor.slots & mentee.slots
    values = (
        len(shared_specialisations),
        geography_fit(mentor, mentee),
        availability_fit(mentor, mentee),
        capacity_remaining(mentor),
    )
    ws, wg, wa, wc = weights.specialisation, weights.geography, weights.availability, weights.capacity
    contributions = (ws * values[0], wg * values[1], wa * values[2], wc * values[3])
    # Same operations in the same order as score_block, so both give bit-identical floats.
    raw = contributions[0] + contributions[1] + contributions[2] + contributions[3]
    distance = distance_km(mentor, mentee)
    scale = SCORE_SCALE  # quantise() inlined: this runs once per listed suggestion, on the interactive path
    reasons: dict[str, object] = {
        name: {
            "value": value if i == 0 else round(value * scale) / scale,
            "weight": round(weight * scale) / scale,
            "contribution": round(contribution * scale) / scale,
        }
        for i, (name, value, weight, contribution) in enumerate(
            zip(COMPONENTS, values, (ws, wg, wa, wc), contributions, strict=True)
        )
    }
    reasons["shared_specialisations"] = sorted(shared_specialisations)
    reasons["shared_slots"] = sorted(shared_slots, key=SLOT_INDEX.__getitem__)
    reasons["distance_km"] = None if distance is None else round(distance, 1)
    # Counts behind the fractions, so a reason can read "3 of 4 slots · 1 of 2 places free".
    reasons["mentee_slots"] = len(mentee.slots)
    reasons["capacity"] = mentor.capacity
    reasons["places_free"] = mentor.remaining_capacity
    return quantise(raw), reasons


def same_municipality_block(pool: MentorPool, batch: MenteeBatch, rows: slice) -> npt.NDArray[np.bool_]:
    """Vectorised :func:`same_municipality` for mentees ``rows`` × all mentors."""
    same = batch.municipality[rows, None] == pool.municipality[None, :]
    counties_agree = (
        (batch.county[rows, None] == pool.county[None, :]) | ~batch.has_county[rows, None] | ~pool.has_county[None, :]
    )
    result: npt.NDArray[np.bool_] = same & counties_agree
    return result


def same_county_block(pool: MentorPool, batch: MenteeBatch, rows: slice) -> npt.NDArray[np.bool_]:
    """Vectorised :func:`same_county` (missing codes never compare equal)."""
    result: npt.NDArray[np.bool_] = batch.county[rows, None] == pool.county[None, :]
    return result


def score_block(pool: MentorPool, batch: MenteeBatch, rows: slice, weights: MatchWeights) -> FloatArray:
    """Raw scores for mentees ``rows`` × all mentors, equal bit for bit to :func:`score_pair`'s."""
    spec = batch.spec_words[rows]
    overlap = np.bitwise_count(spec[:, None, 0] & pool.spec_words[None, :, 0])
    for word in range(1, pool.spec_words.shape[1]):
        overlap += np.bitwise_count(spec[:, None, word] & pool.spec_words[None, :, word])
    geography = same_county_block(pool, batch, rows) * 0.5
    geography[same_municipality_block(pool, batch, rows)] = 1.0
    shared = np.bitwise_count(batch.slot_mask[rows, None] & pool.slot_mask[None, :])
    # shared is 0 whenever the mentee has no slots, so dividing by max(n, 1) gives the defined 0.
    availability = shared / np.maximum(batch.slot_count[rows], 1)[:, None].astype(np.float64)

    score: FloatArray = np.multiply(overlap, weights.specialisation, dtype=np.float64)
    score += weights.geography * geography
    score += weights.availability * availability
    score += weights.capacity * pool.capacity_fit[None, :]
    return score
