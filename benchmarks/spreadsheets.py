"""Spreadsheet budgets (DESIGN.md §10): import 5,000 people from .xlsx (validate + apply) and export 10,000 pairings.

Prints one JSON object per line and exits 1 when a figure misses its budget (2.5 s each). Each figure is the median
of timed runs on a fresh SQLite database; building the data is not timed. The people are created through the import
service itself; the pairings, milestones and meetings for the export are inserted directly in one journaled
transaction, because proposing 10,000 pairings one by one through the services would take minutes and is not what
is measured.
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from openpyxl import Workbook

from app.db import open_database, upgrade_database
from app.models import Meeting, Pairing, PairingMilestone
from app.services.core.context import ServiceContext
from app.services.exchange.export_file import export_workbook
from app.services.exchange.import_file import import_spreadsheet
from app.services.identity import device_id
from app.services.people.people import list_people
from app.services.programmes.programmes import create_programme, set_programme_state
from app.services.settings.catalogue import seed_catalogue
from benchmarks._budget import exit_status, figure

logger = logging.getLogger(__name__)

BUDGET_SECONDS = 2.5  # each figure, DESIGN.md §10
PROGRAMME = "Likeperson Norge"
PLACES = [("0150", "Oslo", "Oslo", 59.91, 10.75), ("5003", "Bergen", "Vestland", 60.39, 5.32),
          ("7011", "Trondheim", "Trøndelag", 63.43, 10.39), ("9008", "Tromsø", "Troms", 69.65, 18.96),
          ("4006", "Stavanger", "Rogaland", 58.97, 5.73)]  # fmt: skip
SPECIALISATIONS = ["Braille", "Guide dogs", "Work life", "Punktskrift", "Førerhund", "Youth", "Arbeidsliv"]
SLOTS = ["Mon evening", "Tue morning", "ons kveld", "Thu afternoon", "lør morgen", "Sun evening"]
MODALITIES = ["in person", "phone", "video", "fysisk", "telefon"]


def fresh_context(folder: Path, name: str) -> ServiceContext:
    url = f"sqlite:///{folder / name}.db"
    upgrade_database(url)
    db = open_database(url)
    ctx = ServiceContext(db=db, actor="Benchmark", device_id=device_id(db))
    seed_catalogue(ctx)
    programme = create_programme(ctx, PROGRAMME, milestones=["First meeting", "Goals agreed", "Final review"])
    for state in ("open", "matching", "active"):
        set_programme_state(ctx, programme.id, state)
    return ctx


def people_workbook(path: Path, mentors: int, mentees: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    sheets = {"Mentors": (mentors, "mentor"), "Mentees": (mentees, "mentee")}
    for title, (count, role) in sheets.items():
        ws = wb.create_sheet(title)
        ws.append([f"{title} {PROGRAMME}"])  # a title row above the header, as coordinators' sheets have
        header = ["Name", "Email", "Phone", "Postcode", "Municipality", "County", "Latitude", "Longitude",
                  "Programme", "State", "Specialisations", "Slots", "Modalities"]  # fmt: skip
        if role == "mentor":
            header += ["Role", "Capacity", "Max travel km", "Bio"]
        ws.append(header)
        for i in range(count):
            postcode, municipality, county, lat, lon = rng.choice(PLACES)
            row = [
                f"{role.title()} {i:05d} Nordmann", f"{role}{i:05d}@example.no",
                f"+47 {rng.randint(40000000, 99999999)}", int(postcode), municipality, county,
                round(lat + rng.uniform(-0.2, 0.2), 5),
                round(lon + rng.uniform(-0.2, 0.2), 5), PROGRAMME, "approved" if role == "mentor" else "waiting",
                "; ".join(rng.sample(SPECIALISATIONS, 2)), "; ".join(rng.sample(SLOTS, 3)),
                ", ".join(rng.sample(MODALITIES, 2)),
            ]  # fmt: skip
            if role == "mentor":
                row += ["mentor", 5, rng.choice([10, 30, 100]), "Has lived with sight loss for many years."]
            ws.append(row)
    wb.save(path)
    return path


def add_pairings(ctx: ServiceContext, count: int, seed: int = 11) -> None:
    """`count` pairings over the imported people: active (with milestones and a meeting), proposed, ended."""
    rng = random.Random(seed)
    mentor_rows = list_people(ctx, role="mentor")
    mentors = [p.id for p in mentor_rows]
    mentees = [p.id for p in list_people(ctx, role="mentee")]
    programme_id = mentor_rows[0].profiles[0].programme
    pairings: list[Pairing] = []
    with ctx.transaction() as session:
        now = session.info["now"]
        for i in range(count):
            kind = rng.choices(["active", "proposed", "completed", "dissolved"], weights=[6, 2, 1, 1])[0]
            started = now - timedelta(days=rng.randint(1, 60))
            pairing = Pairing(
                programme_id=programme_id, mentor_id=mentors[i % len(mentors)], mentee_id=mentees[i % len(mentees)],
                status=kind, score=round(rng.uniform(0, 8), 6),
                reasons={"specialisation_overlap": {"value": 1, "contribution": 2.0}, "shared_slots": ["mon_evening"]},
                created_by="Benchmark", proposed_at=started - timedelta(days=2),
                activated_at=started if kind != "proposed" else None, last_activity_at=started,
                completed_at=now if kind == "completed" else None, dissolved_at=now if kind == "dissolved" else None,
                dissolution_reason="moved" if kind == "dissolved" else None,
            )  # fmt: skip
            session.add(pairing)
            pairings.append(pairing)
        session.flush()
        for pairing in pairings:
            if pairing.status == "proposed":
                continue
            for position, title in enumerate(("First meeting", "Goals agreed", "Final review"), start=1):
                done = pairing.status == "completed" or position == 1
                session.add(
                    PairingMilestone(
                        pairing_id=pairing.id, position=position, title=title, description="",
                        due_date=(pairing.activated_at or now).date() + timedelta(days=30 * position),
                        status="completed" if done else "pending", completed_at=now if done else None,
                        completed_by="Benchmark" if done else None,
                    )
                )  # fmt: skip
            session.add(
                Meeting(pairing_id=pairing.id, scheduled_at=now + timedelta(days=rng.randint(-20, 20)),
                        duration_minutes=60, modality="phone", status="scheduled", summary="")
            )  # fmt: skip


def timed(run: object, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_import(folder: Path, repeats: int) -> float:
    path = people_workbook(folder / "people.xlsx", 2500, 2500)
    contexts = [fresh_context(folder, f"import{i}") for i in range(repeats)]
    times = []
    for ctx in contexts:  # each run imports into an empty database: validate + apply, all 5,000 created
        start = time.perf_counter()
        report = import_spreadsheet(ctx, path)
        times.append(time.perf_counter() - start)
        assert report.created == 5000 and not report.errors, report.errors[:3]
        ctx.db.dispose()
    return statistics.median(times)


def bench_export(folder: Path, repeats: int) -> float:
    ctx = fresh_context(folder, "export")
    report = import_spreadsheet(ctx, people_workbook(folder / "export-people.xlsx", 2000, 10000))
    assert report.created == 12000, report.errors[:3]
    add_pairings(ctx, 10000)
    seconds = timed(lambda: export_workbook(ctx, folder / "export.xlsx", programme=PROGRAMME), repeats)
    ctx.db.dispose()
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks spreadsheets", description=__doc__)
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per figure (median reported)")
    parser.add_argument("--only", choices=["import", "export"], help="run one of the two")
    args = parser.parse_args(list(argv) if argv is not None else None)
    logging.basicConfig(level=logging.WARNING)
    records = []
    with tempfile.TemporaryDirectory(prefix="mc-bench-") as tmp:
        folder = Path(tmp)
        for name, key, bench in (
            ("import_5000_people", "import", bench_import),
            ("export_10000_pairings", "export", bench_export),
        ):
            if args.only in (None, key):
                records.append(figure(name, bench(folder, args.repeats), BUDGET_SECONDS, repeats=args.repeats))
    return exit_status(records)


if __name__ == "__main__":
    sys.exit(main())
