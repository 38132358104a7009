"""Mentors and mentees encoded as numpy arrays (bitmasks, place codes, radians) for vectorised matching."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.matching.geo import normalise_place
from app.matching.types import MODALITY_INDEX, SLOT_INDEX, MenteeRequest, MentorCandidate

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
CodeArray = npt.NDArray[np.int32]
WordArray = npt.NDArray[np.uint64]

_WORD_BITS = 64
_WORD_MASK = (1 << _WORD_BITS) - 1
# Place codes for names that never match: a mentor's missing name, a mentee's missing name, and a mentee's name
# that no mentor in the pool has. Distinct values, so "missing == missing" is never a match.
MENTOR_PLACE_MISSING = -2
MENTEE_PLACE_MISSING = -1
MENTEE_PLACE_UNKNOWN = -3


def _bits(items: Iterable[str], index: dict[str, int]) -> int:
    mask = 0
    for item in items:
        position = index.get(item)
        if position is not None:
            mask |= 1 << position
    return mask


def _words(masks: list[int], n_words: int) -> WordArray:
    if n_words == 1:
        return np.array(masks, dtype=np.uint64).reshape(len(masks), 1)
    return np.array(
        [[(mask >> (_WORD_BITS * word)) & _WORD_MASK for word in range(n_words)] for mask in masks], dtype=np.uint64
    ).reshape(len(masks), n_words)


def _duplicates(ids: Iterable[str]) -> list[str]:
    return sorted(item for item, count in Counter(ids).items() if count > 1)


def _coordinates(
    points: list[tuple[float | None, float | None]],
) -> tuple[FloatArray, FloatArray, FloatArray, BoolArray]:
    """Radians, cos(latitude) and a "known" mask; a point with only one coordinate counts as unknown."""
    known = [lat is not None and lon is not None for lat, lon in points]
    lat = np.radians(np.array([p[0] if ok else math.nan for p, ok in zip(points, known, strict=True)], dtype=float))
    lon = np.radians(np.array([p[1] if ok else math.nan for p, ok in zip(points, known, strict=True)], dtype=float))
    return lat, lon, np.cos(lat), np.array(known, dtype=np.bool_)


@dataclass(frozen=True, eq=False)
class MentorPool:
    """Mentors sorted by id, with every per-mentor quantity the filters and the score need as arrays.

    Build once with :meth:`build` and pass to ``suggest``/``score_matrix`` to re-rank cheaply (e.g. per keystroke).
    """

    mentors: tuple[MentorCandidate, ...]
    ids: tuple[str, ...]
    index: dict[str, int]
    specialisation_index: dict[str, int]
    spec_words: WordArray  # (n, words): bit i of the concatenated words = offers specialisation i
    slot_mask: npt.NDArray[np.uint32]  # bit i = SLOTS[i]
    modality_mask: npt.NDArray[np.uint8]  # bit i = MODALITIES[i]
    municipality_index: dict[str, int]
    county_index: dict[str, int]
    municipality: CodeArray
    county: CodeArray
    has_county: BoolArray
    lat: FloatArray  # radians, NaN when unknown
    lon: FloatArray
    cos_lat: FloatArray
    has_location: BoolArray
    flagged_eligible: BoolArray  # MentorCandidate.eligible (approved and available)
    eligible: BoolArray  # flagged eligible and open pairings < capacity
    capacity_fit: FloatArray  # remaining / capacity
    remaining: IntArray  # max(0, capacity - open pairings)

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, mentors: Sequence[MentorCandidate]) -> MentorPool:
        """Encode ``mentors`` (any order; ids must be unique)."""
        ordered = tuple(sorted(mentors, key=lambda mentor: mentor.id))
        ids = tuple(mentor.id for mentor in ordered)
        index = {mentor_id: i for i, mentor_id in enumerate(ids)}
        if len(index) != len(ids):
            raise ValueError(f"duplicate mentor id(s): {_duplicates(ids)}")

        specialisation_index = {
            spec: i for i, spec in enumerate(sorted({spec for mentor in ordered for spec in mentor.specialisations}))
        }
        n_words = max(1, -(-len(specialisation_index) // _WORD_BITS))
        municipality_index: dict[str, int] = {}
        county_index: dict[str, int] = {}
        municipality = np.empty(len(ordered), dtype=np.int32)
        county = np.empty(len(ordered), dtype=np.int32)
        for i, mentor in enumerate(ordered):
            name = normalise_place(mentor.municipality)
            municipality[i] = (
                MENTOR_PLACE_MISSING if name is None else municipality_index.setdefault(name, len(municipality_index))
            )
            name = normalise_place(mentor.county)
            county[i] = MENTOR_PLACE_MISSING if name is None else county_index.setdefault(name, len(county_index))

        lat, lon, cos_lat, has_location = _coordinates([(m.latitude, m.longitude) for m in ordered])
        flagged = np.array([mentor.eligible for mentor in ordered], dtype=np.bool_)
        remaining = np.array([mentor.remaining_capacity for mentor in ordered], dtype=np.int64)
        return cls(
            mentors=ordered,
            ids=ids,
            index=index,
            specialisation_index=specialisation_index,
            spec_words=_words([_bits(m.specialisations, specialisation_index) for m in ordered], n_words),
            slot_mask=np.array([_bits(m.slots, SLOT_INDEX) for m in ordered], dtype=np.uint32),
            modality_mask=np.array([_bits(m.modalities, MODALITY_INDEX) for m in ordered], dtype=np.uint8),
            municipality_index=municipality_index,
            county_index=county_index,
            municipality=municipality,
            county=county,
            has_county=county != MENTOR_PLACE_MISSING,
            lat=lat,
            lon=lon,
            cos_lat=cos_lat,
            has_location=has_location,
            flagged_eligible=flagged,
            eligible=flagged & (remaining > 0),
            capacity_fit=np.array([m.remaining_capacity / m.capacity for m in ordered], dtype=np.float64),
            remaining=remaining,
        )

    def specialisation_words(self, specialisations: Iterable[str]) -> WordArray | None:
        """``specialisations`` as a bitset over this pool's vocabulary, or None if some are offered by no mentor."""
        wanted = frozenset(specialisations)
        if not wanted <= self.specialisation_index.keys():
            return None
        words: WordArray = _words([_bits(wanted, self.specialisation_index)], self.spec_words.shape[1])[0]
        return words


def _mentee_place(name: str | None, index: dict[str, int]) -> int:
    normalised = normalise_place(name)
    if normalised is None:
        return MENTEE_PLACE_MISSING
    return index.get(normalised, MENTEE_PLACE_UNKNOWN)


@dataclass(frozen=True, eq=False)
class MenteeBatch:
    """Mentees (in the given order) encoded against a pool's vocabularies."""

    mentees: tuple[MenteeRequest, ...]
    ids: tuple[str, ...]
    index: dict[str, int]
    spec_words: WordArray  # wanted specialisations no mentor offers are dropped: they can never overlap
    slot_mask: npt.NDArray[np.uint32]
    slot_count: IntArray
    modality_mask: npt.NDArray[np.uint8]
    municipality: CodeArray
    county: CodeArray
    has_county: BoolArray
    lat: FloatArray
    lon: FloatArray
    cos_lat: FloatArray
    has_location: BoolArray

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, pool: MentorPool, mentees: Sequence[MenteeRequest]) -> MenteeBatch:
        """Encode ``mentees`` against ``pool`` (ids must be unique)."""
        ids = tuple(mentee.id for mentee in mentees)
        index = {mentee_id: i for i, mentee_id in enumerate(ids)}
        if len(index) != len(ids):
            raise ValueError(f"duplicate mentee id(s): {_duplicates(ids)}")
        county = np.array([_mentee_place(m.county, pool.county_index) for m in mentees], dtype=np.int32)
        lat, lon, cos_lat, has_location = _coordinates([(m.latitude, m.longitude) for m in mentees])
        return cls(
            mentees=tuple(mentees),
            ids=ids,
            index=index,
            spec_words=_words(
                [_bits(m.specialisations, pool.specialisation_index) for m in mentees], pool.spec_words.shape[1]
            ),
            slot_mask=np.array([_bits(m.slots, SLOT_INDEX) for m in mentees], dtype=np.uint32),
            slot_count=np.array([len(m.slots) for m in mentees], dtype=np.int64),
            modality_mask=np.array([_bits(m.modalities, MODALITY_INDEX) for m in mentees], dtype=np.uint8),
            municipality=np.array(
                [_mentee_place(m.municipality, pool.municipality_index) for m in mentees], dtype=np.int32
            ),
            county=county,
            has_county=county != MENTEE_PLACE_MISSING,
            lat=lat,
            lon=lon,
            cos_lat=cos_lat,
            has_location=has_location,
        )
