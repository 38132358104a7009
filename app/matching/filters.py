"""The hard filters (docs/matching.md) as boolean masks over mentees × mentors, with first-failure diagnostics."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.matching.geo import haversine_km_array
from app.matching.pool import (
    MENTEE_PLACE_MISSING,
    MENTOR_PLACE_MISSING,
    BoolArray,
    IntArray,
    MenteeBatch,
    MentorPool,
)
from app.matching.scoring import same_county_block, same_municipality_block
from app.matching.types import FILTER_ORDER, MatchFilters

PASSES = -1  # first_failure code of a pair that passes every active filter
FILTER_CODE: dict[str, int] = {name: code for code, name in enumerate(FILTER_ORDER)}


@functools.lru_cache(maxsize=4)
def _mentors_by_mentee(pairs: frozenset[tuple[str, str]]) -> dict[str, list[str]]:
    """mentee id -> mentor ids of ``pairs``. Cached because the interactive path passes the same set per keystroke
    (a frozenset caches its hash, so a hit costs an identity check)."""
    index: dict[str, list[str]] = {}
    for mentor_id, mentee_id in pairs:
        index.setdefault(mentee_id, []).append(mentor_id)
    return index


@dataclass(frozen=True)
class PairPositions:
    """(mentee row, mentor column) positions of id pairs within a batch and a pool; unknown ids are skipped."""

    rows: IntArray
    cols: IntArray

    @classmethod
    def locate(cls, pairs: Iterable[tuple[str, str]], pool: MentorPool, batch: MenteeBatch) -> PairPositions:
        """Positions of the (mentor_id, mentee_id) ``pairs`` that are both present."""
        rows: list[int] = []
        cols: list[int] = []
        for mentor_id, mentee_id in pairs:
            row = batch.index.get(mentee_id)
            if row is not None:
                col = pool.index.get(mentor_id)
                if col is not None:
                    rows.append(row)
                    cols.append(col)
        return cls(np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))

    @classmethod
    def for_one(cls, pairs: frozenset[tuple[str, str]], pool: MentorPool, mentee_id: str) -> PairPositions:
        """Positions for a batch holding only ``mentee_id`` (row 0), without scanning every pair on each call."""
        cols = [pool.index[m] for m in _mentors_by_mentee(pairs).get(mentee_id, ()) if m in pool.index]
        return cls(np.zeros(len(cols), dtype=np.int64), np.array(cols, dtype=np.int64))

    def mask(self, start: int, stop: int, n_mentors: int) -> BoolArray:
        """A (stop - start, mentors) mask that is False exactly at the pairs in mentee rows start..stop-1."""
        result = np.ones((stop - start, n_mentors), dtype=np.bool_)
        inside = (self.rows >= start) & (self.rows < stop)
        result[self.rows[inside] - start, self.cols[inside]] = False
        return result


@dataclass(frozen=True)
class BlockFilters:
    """Pass masks of the active filters for a block of mentees × all mentors (some are broadcast views)."""

    shape: tuple[int, int]
    masks: dict[str, BoolArray]  # active filter -> pass mask, in FILTER_ORDER
    location_unknown: BoolArray | None  # where the geography filter failed for lack of a place or coordinates

    def feasible(self) -> BoolArray:
        """True where every active filter passes."""
        result = np.ones(self.shape, dtype=np.bool_)
        for mask in self.masks.values():
            result &= mask
        return result

    def first_failure(self) -> npt.NDArray[np.int8]:
        """Per pair, the FILTER_CODE of the first active filter it fails, or PASSES."""
        codes = np.full(self.shape, PASSES, dtype=np.int8)
        still_in = np.ones(self.shape, dtype=np.bool_)
        for name, mask in self.masks.items():
            codes[still_in & ~mask] = FILTER_CODE[name]
            still_in &= mask
        return codes


def block_filters(
    pool: MentorPool,
    batch: MenteeBatch,
    rows: slice,
    previous: PairPositions,
    filters: MatchFilters,
) -> BlockFilters:
    """Evaluate the active ``filters`` for mentees ``rows`` of ``batch`` against every mentor of ``pool``."""
    start, stop, _ = rows.indices(len(batch))
    shape = (stop - start, len(pool))
    masks: dict[str, BoolArray] = {}
    location_unknown: BoolArray | None = None
    if filters.eligible:
        masks["eligible"] = np.broadcast_to(pool.eligible[None, :], shape)
    if filters.not_paired_before:
        masks["not_paired_before"] = previous.mask(start, stop, len(pool))
    if filters.geography == "municipality":
        masks["geography"] = same_municipality_block(pool, batch, rows)
        location_unknown = (batch.municipality[rows, None] == MENTEE_PLACE_MISSING) | (
            pool.municipality[None, :] == MENTOR_PLACE_MISSING
        )
    elif filters.geography == "county":
        masks["geography"] = same_county_block(pool, batch, rows)
        location_unknown = ~batch.has_county[rows, None] | ~pool.has_county[None, :]
    elif filters.geography == "km":
        assert filters.max_km is not None  # guaranteed by MatchFilters
        known = batch.has_location[rows, None] & pool.has_location[None, :]
        distance = haversine_km_array(
            batch.lat[rows, None], batch.lon[rows, None], batch.cos_lat[rows, None], pool.lat, pool.lon, pool.cos_lat
        )
        masks["geography"] = known & (distance <= filters.max_km)
        location_unknown = ~known
    if filters.slot_overlap:
        masks["availability"] = (batch.slot_mask[rows, None] & pool.slot_mask[None, :]) != 0
    if filters.specialisations:
        required = pool.specialisation_words(filters.specialisations)
        if required is None:  # some required specialisation is offered by nobody
            offers_all = np.zeros(len(pool), dtype=np.bool_)
        else:
            offers_all = np.all((pool.spec_words & required[None, :]) == required[None, :], axis=1)
        masks["specialisation"] = np.broadcast_to(offers_all[None, :], shape)
    if filters.modality:
        masks["modality"] = (batch.modality_mask[rows, None] & pool.modality_mask[None, :]) != 0
    return BlockFilters(shape=shape, masks=masks, location_unknown=location_unknown)
