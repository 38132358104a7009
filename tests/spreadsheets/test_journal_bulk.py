"""The journal's bulk path (used heavily by imports) writes exactly what the plain path would."""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.journal import _change_ids, _encode_fast, encode

VALUES = st.one_of(
    st.none(),
    st.text(),
    st.integers(),
    st.booleans(),
    st.floats(),
    st.lists(st.text()),
    st.lists(st.one_of(st.text(), st.integers())),
    st.dictionaries(st.text(), st.integers()),
)


@given(VALUES)
def test_fast_encoding_equals_json(value: Any) -> None:
    assert _encode_fast(value) == encode(value)


def test_change_ids_are_distinct_version_4_uuids() -> None:
    ids = _change_ids(2000)
    assert len(set(ids)) == 2000
    parsed = [uuid.UUID(i) for i in ids]
    assert all(p.version == 4 and p.variant == uuid.RFC_4122 and str(p) == i for p, i in zip(parsed, ids, strict=True))
