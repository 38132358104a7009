"""Start-up budgets, as a person feels them: each figure times a whole process, from spawn to done.

``python -m benchmarks startup`` prints one JSON object per line and exits 1 when a median misses its budget:

- ``cli_help``: ``mentor-coordinator --help``;
- ``cli_programme_list``: ``programme list`` on a small database (three programmes);
- ``gui_overview_5000``: ``mentor-coordinator gui`` until the window is on screen (Xvfb, the xcb platform) and its
  overview holds and has painted 5,000 open pairings; the app writes that moment to the file named by
  ``MENTOR_STARTUP_PROBE`` and quits (app/gui.py), and the figure runs from just before the process was spawned;
- ``demo_300``: ``demo --size 300`` into a freshly initialised database (``init`` itself is not timed).

Every process runs this checkout's code (``main.py`` with the checkout first on ``PYTHONPATH``) with its own data and
settings folders. One untimed warm-up run precedes the timed runs of each figure, except the demo; figures are
medians. ``load_1min`` is the machine's load when the figure was taken: on a shared machine the spread is wide.
Xvfb is started on a free display when ``DISPLAY`` is not set (``scripts/install-system-deps.sh run`` installs it).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"cli_help": 0.3, "cli_programme_list": 0.6, "gui_overview_5000": 1.5, "demo_300": 5.0}
# Medians of main before the start-up work (5c52ad5), taken with this harness on the 2-core machine the budgets were
# set on (load ~1.5); the gui figure with an outside hook on the same moment (overview filled, window shown), as that
# code had no probe. Earlier runs there at load ~2 gave 0.99, 1.00, 1.56 and 16.6 s.
BEFORE = {"cli_help": 0.95, "cli_programme_list": 0.87, "gui_overview_5000": 1.41, "demo_300": 13.3}
GUI_PAIRINGS = 5000
PROCESS_TIMEOUT = 120


class Runner:
    """Runs `main.py` of a checkout as a fresh process in a private folder."""

    def __init__(self, root: Path, folder: Path) -> None:
        self.root, self.folder = root, folder

    def env(self, db_url: str, **extra: str) -> dict[str, str]:
        path = os.pathsep.join(p for p in (str(self.root), os.environ.get("PYTHONPATH", "")) if p)
        return {
            **os.environ,
            "PYTHONPATH": path,
            "MENTOR_DATA_DIR": str(self.folder / "data"),
            "MENTOR_CONFIG_DIR": str(self.folder / "config"),
            "MENTOR_DB_URL": db_url,
            **extra,
        }

    def command(self, *args: str) -> list[str]:
        return [sys.executable, str(self.root / "main.py"), *args]

    def run(self, db_url: str, *args: str, **extra: str) -> float:
        """Seconds from spawn to exit; a failing command is an error, not a figure."""
        started = time.perf_counter()
        done = subprocess.run(
            self.command(*args),
            env=self.env(db_url, **extra),
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT,
            check=False,
        )
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited {done.returncode}: {done.stderr.strip()[-500:]}")
        return seconds

    def gui(self, db_url: str, display: str) -> float:
        """Seconds from spawn to the probe's moment: window exposed, overview filled and painted."""
        probe = self.folder / "startup-probe.txt"
        probe.unlink(missing_ok=True)
        env = self.env(db_url, MENTOR_STARTUP_PROBE=str(probe), QT_QPA_PLATFORM="xcb", DISPLAY=display)
        started = time.time()
        done = subprocess.run(
            self.command("gui"),
            env=env,
            cwd=self.folder,
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT,
            check=False,
        )
        if done.returncode != 0 or not probe.exists():
            raise RuntimeError(f"gui exited {done.returncode} without the probe: {done.stderr.strip()[-500:]}")
        moment, rows = probe.read_text(encoding="utf-8").split()
        if int(rows) < GUI_PAIRINGS:
            raise RuntimeError(f"the overview showed {rows} pairings, not {GUI_PAIRINGS}")
        return float(moment) - started


@contextlib.contextmanager
def x_display() -> Iterator[str]:
    """The display to use: $DISPLAY, or a private Xvfb on a free display number for the length of the run."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is not installed: run scripts/install-system-deps.sh run")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()  # Xvfb writes its display number once it accepts clients
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def small_database(runner: Runner, folder: Path) -> str:
    url = f"sqlite:///{folder / 'small.db'}"
    runner.run(url, "init")
    for name in ("Likeperson Oslo 2026", "Likeperson Bergen 2026", "Ungdom Trondheim 2026"):
        runner.run(url, "programme", "create", name)
    return url


def measure(name: str, runs: int, warm_up: bool, once: Callable[[], float]) -> dict[str, Any]:
    if warm_up:
        once()
    samples = [once() for _ in range(max(1, runs))]
    seconds = statistics.median(samples)
    record = {
        "name": name,
        "seconds": round(seconds, 3),
        "budget": BUDGETS[name],
        "within_budget": seconds <= BUDGETS[name],
        "before": BEFORE[name],
        "samples": [round(s, 3) for s in samples],
        "load_1min": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(record), flush=True)
    return record


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks startup", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command and of the gui (median)")
    parser.add_argument("--demo-runs", type=int, default=3, help="timed runs of demo --size 300 (median)")
    parser.add_argument(
        "--only", action="append", choices=sorted(BUDGETS), help="measure only this figure (repeat for several)"
    )
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    wanted = args.only or list(BUDGETS)

    records = []
    with tempfile.TemporaryDirectory(prefix="mentor-startup-") as temp:
        folder = Path(temp)
        runner = Runner(ROOT, folder)
        if "cli_help" in wanted:
            records.append(measure("cli_help", args.runs, True, lambda: runner.run("sqlite://", "--help")))
        if "cli_programme_list" in wanted:
            url = small_database(runner, folder)
            records.append(measure("cli_programme_list", args.runs, True, lambda: runner.run(url, "programme", "list")))
        if "gui_overview_5000" in wanted:
            from benchmarks.desktop import database

            big = database(GUI_PAIRINGS)
            with x_display() as display:
                records.append(measure("gui_overview_5000", args.runs, True, lambda: runner.gui(big, display)))
        if "demo_300" in wanted:
            template = folder / "empty.db"
            runner.run(f"sqlite:///{template}", "init")

            def demo() -> float:
                target = folder / "demo.db"
                for stale in folder.glob("demo.db*"):
                    stale.unlink()
                for part in folder.glob("empty.db*"):  # with a -wal file, should SQLite have left one
                    shutil.copyfile(part, folder / part.name.replace("empty.db", "demo.db"))
                return runner.run(f"sqlite:///{target}", "demo", "--size", "300")

            records.append(measure("demo_300", args.demo_runs, False, demo))
    return 0 if all(r["within_budget"] for r in records) else 1


if __name__ == "__main__":
    sys.exit(main())
