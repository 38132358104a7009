"""Match widget re-ranking: how long a filter change takes with 1,000 mentors (≤ 50 ms); exits 1 over budget."""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.matching import MatchWeights
from app.services.matching.matching import MatchInput
from benchmarks._budget import exit_status, figure
from benchmarks.matching import make_instance

BUDGET = 0.05


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv or [])
    quick = "--quick" in args
    n_mentors = 100 if quick else 1000
    app = QApplication.instance() or QApplication(sys.argv[:1])

    from app.views.matching.match_widget import MatchWidget
    from app.views.widgets.tasks import InlineTaskRunner

    instance = make_instance(n_mentors, 50)
    data = MatchInput(
        programme_id="bench",
        mentors=list(instance.mentors),
        mentees={m.id: m for m in instance.mentees},
        waiting=sorted(m.id for m in instance.mentees),
        previous_pairs=frozenset(instance.previous_pairs),
        weights=MatchWeights(),
        names={
            **{m.id: m.name or m.id[:8] for m in instance.mentors},
            **{m.id: m.name or m.id[:8] for m in instance.mentees},
        },
    )
    specs = sorted({s for m in instance.mentors for s in m.specialisations})
    widget = MatchWidget(ctx=None, tasks=InlineTaskRunner())  # type: ignore[arg-type]  # data is injected below
    widget.resize(1200, 800)
    widget.show()
    widget._loaded((data, {s: s.replace("_", " ") for s in specs}))
    app.processEvents()

    panel = widget.filters
    toggles = [panel.slot_overlap, panel.modality, panel.not_paired_before, panel.eligible]
    timings = []
    for i in range(10 if quick else 40):
        box = toggles[i % len(toggles)]
        start = time.perf_counter()
        box.click()  # emits changed → rerank → model reset, as a click would
        app.processEvents()
        timings.append(time.perf_counter() - start)
    start = time.perf_counter()
    panel.set_geography("county")
    app.processEvents()
    timings.append(time.perf_counter() - start)
    median = statistics.median(timings)
    record = figure(
        "match_widget_filter_change",
        median,
        BUDGET,
        max_seconds=round(max(timings), 6),
        mentors=n_mentors,
        candidates_shown=widget.model.rowCount(),
    )
    widget.close()
    return 0 if quick else exit_status([record])  # --quick is a smoke run: its timings mean nothing


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
