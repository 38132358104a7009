"""Help for bulk work: imports, exports and reports that make many objects at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector during a bulk import or export.

    Such a run makes some hundred thousand objects that live until it ends (rows, ORM objects, journal entries), and
    the collector would traverse them again and again: about a sixth of a 5,000-person import. Reference counting
    still frees everything as usual; cycles are collected once the run is over.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
